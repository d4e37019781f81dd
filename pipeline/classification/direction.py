"""Direction from who writes and who is addressed, not from the template.

A document from another service, a company or a person to the municipality is *entrada*;
the municipality's to someone outside is *salida*; one unit's to another (a memo, a circular
to the directors, a decreto) is *interno*. Who writes shows in the DE: line, the letterhead
and the signature; who is addressed in the A: line or the "Señor ... Presente" block. Forms
that citizens fill in carry our letterhead and are still *entrada*.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.classification.headings import title_at
from pipeline.classification.patterns import fold_upper
from pipeline.classification.placedate import dated

OWN, EXTERNAL = "own", "external"
PRESENTED = ("carta", "reclamo", "solicitud_transparencia", "solicitud_audiencia_lobby")
ALWAYS_INCOMING = (*PRESENTED[1:], "dictamen")
# The direction of our own document when nobody outside is addressed.
_OWN_DEFAULT = {"oficio": "salida", "oficio_reservado": "salida", "certificado": "salida"}
# What is internal by nature when the author cannot be told.
_INTERNAL_BY_NATURE = ("memorandum", "decreto", "acta_concejo", "ordenanza")

_OTHER_BODIES = re.compile(
    r"\b(?:MINISTERIO|MINISTR[OA]|SUBSECRETARI[OA]|SEREMI|REGIONAL|PROVINCIAL|NACIONAL"
    r"|SERVICIO\s+(?!MUNICIPAL)|SUPERINTENDEN\w*|CONTRALOR\w*|GOBIERNO|GOBERNADOR\w*|DELEGAD[OA]"
    r"|DELEGACION|CARABINEROS|COMISARI[OA]|TENENCIA|POLICIA DE INVESTIGACIONES|FISCAL\w*"
    r"|TRIBUNAL\w*|CORTE|SERVIU|JUNAEB|JUNJI|INSTITUTO|UNIVERSIDAD|HOSPITAL|EMBAJADA"
    r"|CONSEJO PARA LA TRANSPARENCIA|CONSEJO DE DEFENSA DEL ESTADO)\b"
)
_ORGANISATIONS = (
    r"EMPRESA|CONSTRUCTORA|JUNTA DE VECINOS|CLUB|AGRUPACION|COMITE|SINDICATO|ASOCIACION"
    r"|FUNDACION|COOPERATIVA"
)
_PRIVATE = re.compile(
    rf"\b(?:SPA|LTDA|LIMITADA|S\.A|EIRL|E\.I\.R\.L|{_ORGANISATIONS}|CORPORACION"
    r"|PRESIDENT[EA]|REPRESENTANTE LEGAL|GERENTE)\b|\bRUT\b"
)
# A neighbours' or a private organisation named first: the commune after it is its address.
_ORGANISATION = re.compile(
    rf"^(?:\W*\w+\W+){{0,2}}?(?:{_ORGANISATIONS}"
    r"|CENTRO (?:DE PADRES|CULTURAL|SOCIAL)|UNION COMUNAL|SOCIEDAD)\b"
)
_OWN_POSTS = re.compile(
    r"\b(?:ALCALDE(?:SA)?S?|ALCALDIA|CONCEJO MUNICIPAL|CONCEJAL(?:ES|A|AS)?"
    r"|ADMINISTRADOR(?:A)? MUNICIPAL|SECRETARI[OA] MUNICIPAL|DIRECTORES?(?: Y |, )JEFES"
    r"|JEFES? DE (?:DEPARTAMENTO|UNIDAD)|UNIDADES MUNICIPALES|FUNCIONARI[OA]S MUNICIPALES"
    r"|DIRECCIONES MUNICIPALES|SECPLAN?|DIDECO|DAEM|DESAMU|OMIL|DIMAA?O"
    r"|(?:DIRECTOR|DIRECTORA|JEFE|JEFA|DIRECCION)\s+(?:DE\s+)?(?:DOM|DAF|DIDECO|SECPLAN?))\b"
)
_POST_STEMS = (
    r"(?:DIRECTOR(?:A)?|DIRECCION|JEFE|JEFA|DEPARTAMENTO|SECRETARI[OA]|ADMINISTRADOR(?:A)?"
    r"|ENCARGAD[OA]|UNIDAD|JUEZ|JUZGADO|ASESOR(?:A)?|ASESORIA|OFICINA)"
)
# A person's name as written ("Juan Pérez Soto"), or after a form of address in any case.
_PERSON = re.compile(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){1,4}$")
_ADDRESS = re.compile(r"^(?:SR|SRA|SRTA|DON|DONA|SENOR(?:A|ITA)?)\.?\s+[A-Z]+\s+[A-Z]+")
# The letterhead ends at a label, at the addressee ("Señor", "Al señor Alcalde", "Don …")
# and at a printed e-mail's header ("From:", "Enviado el:").
_AFTER_LETTERHEAD = re.compile(
    r"\s(?:DE|A|PARA|ANT|MAT|REF)\s*\.?\s*:|^\s*(?:(?:AL?|A LA)\s+)?(?:SENOR|SR\b|SRA\b)"
    r"|^\s*(?:DON|DONA)\s+[A-Z]"
    r"|^\s*(?:FROM|SENT|TO|DE|ENVIADO(?: EL)?|PARA|ASUNTO|SUBJECT)\s*:"
)
# Courts of the judiciary; a Juzgado de Policía Local is the municipality's own only when
# it is the commune's ("1er JUZGADO DE POLICÍA LOCAL DE ARICA" writes to Putre's).
_COURTS = re.compile(
    r"\b(?:PODER JUDICIAL|JUZGADO\s+(?:DE\s+LETRAS|DE\s+GARANTIA|DEL\s+TRABAJO|DE\s+FAMILIA"
    r"|CIVIL|DE\s+COBRANZA)|TRIBUNAL\s+(?:DE\s+JUICIO|ORAL))\b"
)
_LOCAL_COURT = re.compile(r"\bJUZGADO\s+DE\s+POLICIA\s+LOCAL\s+DE\s+(?:LA\s+COMUNA\s+DE\s+)?(?=\w)")
_ARTICLE = re.compile(r"^(?:LA|LAS|LOS|EL)\s+")


@dataclass(frozen=True, kw_only=True)
class Parties:
    """What the header and the signature say about who writes and who is addressed."""

    sender: str | None  # the DE: line or the post under the signature
    sender_org: str | None
    recipient: str | None
    from_label: bool  # the sender was named by a DE: line


class Ownership:
    """Tells the municipality's own names and posts from everyone else's."""

    def __init__(self, own_names: Sequence[str], unit_names: Sequence[str]) -> None:
        folded = [" ".join(fold_upper(name).split()) for name in own_names]
        self._names = [name for name in folded if name]
        self._communes = sorted(
            {n.split("MUNICIPALIDAD DE ", 1)[1] for n in self._names if "MUNICIPALIDAD DE " in n}
        )
        self._posts = [_unit_post(fold_upper(name)) for name in unit_names]

    def party(self, text: str | None) -> str | None:
        """OWN, EXTERNAL or None (cannot tell) for a sender, a recipient or a letterhead."""
        raw = " ".join((text or "").split()).strip(" .,;")
        folded = fold_upper(raw)
        if not folded:
            return None
        if self._other_municipality(folded):
            return EXTERNAL
        if any(name in folded for name in self._names):
            return OWN
        if _ORGANISATION.match(folded):  # "COMITÉ DE VIVIENDA ..., comuna de X": its address
            return EXTERNAL
        if self._own_commune(folded):
            return OWN
        if _COURTS.search(folded) or self._other_court(folded):
            return EXTERNAL
        if _OTHER_BODIES.search(folded):
            return EXTERNAL
        if _OWN_POSTS.search(folded) or any(post.search(folded) for post in self._posts):
            return OWN
        if _PRIVATE.search(folded) or _PERSON.match(raw) or _ADDRESS.match(folded):
            return EXTERNAL
        return None

    def names_us(self, text: str | None) -> bool:
        """The text names this municipality or its commune (not only a post every
        municipality has, such as «ALCALDE»)."""
        folded = " ".join(fold_upper(text or "").split())
        return any(name in folded for name in self._names) or self._own_commune(folded)

    def another_municipality(self, text: str) -> bool:
        return self._other_municipality(" ".join(fold_upper(text).split()))

    def _own_commune(self, folded: str) -> bool:
        places = r"\b(?:MUNICIPALIDAD|MUNICIPIO|ALCALDE(?:SA)?|COMUNA)\s+DE\s+"
        return any(re.search(places + re.escape(c) + r"\b", folded) for c in self._communes)

    def _other_court(self, folded: str) -> bool:
        match = _LOCAL_COURT.search(folded)
        if match is None or not self._communes:
            return False
        return not any(folded[match.end() :].startswith(c) for c in self._communes)

    def _other_municipality(self, folded: str) -> bool:
        """ "MUNICIPALIDAD DE <another commune>" (not "DIVISIÓN DE MUNICIPALIDADES")."""
        for match in re.finditer(r"\bMUNICIPALIDAD\s+DE\s+(?=[A-Z])", folded):
            rest = folded[match.end() :]
            bare = _ARTICLE.sub("", rest)
            if not any(rest.startswith(c) or bare.startswith(c) for c in self._communes):
                return bool(self._communes)
        return False


def _unit_post(unit_name: str) -> re.Pattern[str]:
    """ "DIRECCIÓN DE OBRAS MUNICIPALES" -> the posts and offices of that unit."""
    tail = unit_name.split(" ", 1)[1] if " " in unit_name else unit_name
    words = [re.escape(word) for word in tail.split()]
    if words and words[-1][-1] in "AO":
        words[-1] = words[-1][:-1] + "[AO]"
    phrase = r"\s+".join(words)
    return re.compile(rf"\b{_POST_STEMS}\s+(?:DEPARTAMENTO\s+)?{phrase}\b")


def suggest_direction(
    doc_type: str, lines: list[str], parties: Parties, ownership: Ownership
) -> str:
    if doc_type in ALWAYS_INCOMING or (doc_type == "otro" and _filled_form(lines)):
        return "entrada"
    if doc_type == "convenio":
        return "salida" if _our_convenio(lines, ownership) else "entrada"
    author = _author(lines, parties, ownership)
    if doc_type == "carta" and author != OWN:
        return "entrada"
    addressee = ownership.party(parties.recipient)
    if author == EXTERNAL:
        return "entrada"
    if author == OWN:
        if addressee == EXTERNAL:
            return "salida"
        if addressee == OWN:
            return "interno"
        if doc_type == "certificado" and _budget_certificate(lines):
            return "interno"  # it goes with a decreto's file, to no one outside
        return _OWN_DEFAULT.get(doc_type, "salida" if doc_type == "carta" else "interno")
    if doc_type in _INTERNAL_BY_NATURE:
        return "interno"
    return "entrada"


def _our_convenio(lines: list[str], ownership: Ownership) -> bool:
    """A convenio or contract the municipality makes with a firm, a club or a foundation is
    ours, sent out for their signature; one with a ministry, a service or the regional
    government (a transfer of funds) comes in for the mayor's. The other party is read in
    the title or in the clause «entre … y …»."""
    for index, line in enumerate(lines[:40]):
        folded = fold_upper(line)
        if not (_AGREEMENT.match(folded.lstrip()) or " ENTRE " in f" {folded} "):
            continue
        parties = _BETWEEN.search(fold_upper(" ".join(lines[index : index + 4])))
        if parties is None:
            continue
        others = [p for p in parties.groups() if ownership.party(p) != OWN]
        if len(others) == 1:
            other = others[0]
            state = _OTHER_BODIES.search(other) or _STATE_FUNDS.search(other)
            return not state and bool(_PRIVATE.search(other) or _PARTNERS.search(other))
    return False


_AGREEMENT = re.compile(r"^(?:CONVENIO|CONTRATO)\b")
# «… ENTRE <one party> Y <the other>» in a convenio's title or first clause (folded).
_BETWEEN = re.compile(r"\bENTRE\s+(.{5,120}?)(?:,[^,]{0,160}?)?\s+Y\s+(.{3,80}?)(?:,|\s+SE\s+HA|$)")
# Those a municipality contracts with, beyond _PRIVATE's firms and organisations.
_PARTNERS = re.compile(
    r"\b(?:CLUB|JUNTA|FUNDACION|ONG|CORPORACION|CONSTRUCTORA|EMPRESA|SOCIEDAD|COMUNIDAD"
    r"|CENTRO(?!\s+DE\s+SALUD)|PARROQUIA|IGLESIA|BOMBEROS|CUERPO DE|COLEGIO|COMITE|CAMARA)\b"
)
# The state's funds and services that _OTHER_BODIES does not name: their convenios transfer
# money to the municipality and come in for the mayor's signature.
_STATE_FUNDS = re.compile(
    r"\b(?:FOSIS|INDAP|SENCE|CORFO|SERCOTEC|PRODEMU|INTEGRA|ASISTENCIA JUDICIAL|CONADI"
    r"|SENADIS|SENAMA|INJUV|CONAF|SERNATUR|SERNAMEG|SENDA|MINVU|SUBDERE)\b"
)


# A form a citizen or a firm fills in on our letterhead: its title, then the applicant's
# fields ("SOLICITUD DE PATENTE DE ALCOHOLES" ... "1. Nombre o razón social: ...").
_FORM_TITLE = re.compile(r"^(?:FORMULARIO\b|SOLICITUD\s+DE\s+(?!AUDIENCIA|ACCESO))")
_APPLICANT = re.compile(
    r"^(?:\d{1,2}\s*[.)-]\s*)?(?:NOMBRE|RAZON SOCIAL|RUT|SOLICITANTE|POSTULANTE)\b[^:]{0,40}:"
)


def _budget_certificate(lines: list[str]) -> bool:
    """A finance director's certificate that the budget has the funds for a payment (not
    one that goes with an application to another body: "... postulado al FRIL")."""
    folded = [fold_upper(line) for line in lines]
    titled = any(_BUDGET.search(line) for line in folded[:8])
    return titled and not any(_APPLIED.search(line) for line in folded)


_BUDGET = re.compile(r"\bCERTIFICADO\s+DE\s+DISPONIBILIDAD\s+PRESUPUESTARIA\b")
_APPLIED = re.compile(r"\bPOSTULA|\bGOBIERNO REGIONAL\b|\bSUBDERE\b|\b(?:FNDR|FRIL|PMU|PMB)\b")


# An official's or a unit's own form: a leave request, a purchase request.
_STAFF_FORM = re.compile(
    r"\b(?:FUNCIONARI[OA]|UNIDAD SOLICITANTE|UNIDAD\s*:|CARGO\s*:|ESTAMENTO|GRADO\s*:"
    r"|RECURSOS HUMANOS|FERIADO|PERMISO ADMINISTRATIVO|REQUERIMIENTO DE COMPRA)"
)


def _filled_form(lines: list[str]) -> bool:
    folded = [fold_upper(line).strip() for line in lines[:25]]
    titled = next((n for n, line in enumerate(folded[:8]) if _FORM_TITLE.match(line)), None)
    if titled is None or any(_STAFF_FORM.search(line) for line in folded):
        return False
    return any(_APPLICANT.match(line) for line in folded[titled + 1 :])


def _author(lines: list[str], parties: Parties, ownership: Ownership) -> str | None:
    """Who writes: the DE: line, else the letterhead, else the signature."""
    named = ownership.party(parties.sender) if parties.from_label else None
    head = letterhead_text(lines)
    letterhead = ownership.party(head)
    if named == EXTERNAL and letterhead == OWN and _bare_name(parties.sender):
        return OWN  # "DE: Ignacio Lagos Marca" under our letterhead: one of our officials
    theirs = ownership.another_municipality(head) and not ownership.names_us(parties.sender)
    if named == OWN and theirs:
        return EXTERNAL  # "DE: ALCALDE" under San Fernando's letterhead: their mayor
    if named is not None:
        return named
    if letterhead is not None:
        return letterhead
    return ownership.party(parties.sender) or ownership.party(parties.sender_org)


def _bare_name(sender: str | None) -> bool:
    """A person's name and nothing that places them outside (no company, no RUT)."""
    raw = " ".join((sender or "").split()).strip(" .,;")
    return bool(_PERSON.match(raw)) and not _PRIVATE.search(fold_upper(raw))


def letterhead_text(lines: list[str]) -> str:
    """The first lines, up to the title, the address block or the first label (a two-column
    header puts the number block beside the letterhead: cut it there)."""
    kept: list[str] = []
    for line in without_stamp(lines)[:4]:
        if title_at(line) is not None:  # "ORDENANZA SOBRE TENENCIA ..." names no author
            break
        folded = fold_upper(line)
        if dated(line):  # a neighbour's letter opens with its place and date
            break
        cut = _AFTER_LETTERHEAD.search(folded)
        if cut is not None:
            if cut.start() > 0:
                kept.append(line[: cut.start()])
            break
        kept.append(line)
    return " ".join(kept)


# Our Oficina de Partes stamps what arrives ("MUNICIPALIDAD DE X / OFICINA DE PARTES /
# RECIBIDO 18 AGO 2024 / N° 3682 HORA 9:46"), often over the sender's letterhead: the stamp
# names who received the paper, not who wrote it.
_STAMP_WORD = re.compile(
    r"\b(?:RECIBID[OA]|RECEPCIONAD[OA]|INGRESAD[OA]|FECHA DE RECEPCION|DESPACHAD[OA])\b"
)
_STAMP_PART = re.compile(r"^\W*(?:OFICINA DE PARTES|N\W{0,3}\s*\d+\s+HORA\b|HORA\b)")
_STAMP_LINES = 8


def without_stamp(lines: list[str]) -> list[str]:
    """The first lines without a reception stamp: its office line, its date and time, the
    municipality's name just above the office line, and the stamp's words on a line that
    the letterhead shares ("SERVICIO ELECTORAL RECIBIDO 18 AGO 2024" keeps its first words)."""
    head = lines[:_STAMP_LINES]
    folded = [fold_upper(line) for line in head]
    if not any(_STAMP_WORD.search(line) for line in folded):
        return lines
    kept: list[str] = []
    for index, line in enumerate(head):
        if index < _stamp_name(head, folded):
            continue
        following = folded[index + 1] if index + 1 < len(head) else ""
        stamped = _STAMP_WORD.search(folded[index])
        if stamped is not None:
            before = line[: stamped.start()].strip()
            if before and not _STAMP_PART.match(folded[index]):
                kept.append(before)
        elif not _STAMP_PART.match(folded[index]) and not (
            "MUNICIPALIDAD" in folded[index] and _STAMP_PART.match(following)
        ):
            kept.append(line)
    return kept + lines[_STAMP_LINES:]


def _stamp_name(head: list[str], folded: list[str]) -> int:
    """How many lines open the page as a stamp's office name: up to three lines in capitals
    right above its «OFICINA DE PARTES», when a letterhead follows the stamp («SECRETARÍA
    REGIONAL / MINISTERIAL DE SALUD / OFICINA DE PARTES – RECIBIDO / 20 ABR 2025 / Ilustre
    Municipalidad de …» on the copy of an oficio we sent; 0: none, and a name followed by
    the title is the letterhead: «GOBIERNO REGIONAL / OFICINA DE PARTES / INGRESADO … /
    ORD. N° 4»)."""
    office = next((i for i, line in enumerate(folded) if line.startswith("OFICINA DE PARTES")), 0)
    name = head[:office]
    if not 0 < office <= 3 or any(c.islower() for line in name for c in line):
        return 0
    after = [
        line
        for line, fold in zip(head[office + 1 :], folded[office + 1 :], strict=True)
        if not (_STAMP_WORD.search(fold) or _STAMP_PART.match(fold) or re.search(r"\d", fold))
    ]
    return office if after and title_at(after[0]) is None else 0

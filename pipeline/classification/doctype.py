"""Document type from the formats of Chilean public documents.

The heading at the top of the first page ("ORD. N°", "CIRCULAR ORD. N°", "RESOLUCIÓN
EXENTA N°", "DECRETO ALCALDICIO") is strong evidence: see ``headings``. Without one, the
document's structure and wording are weaker evidence (VISTOS ... RESUELVO is a resolución,
VISTOS ... DECRETO a decreto, "Se ha dirigido a esta Contraloría" a dictamen, "De mi
consideración" a letter); nothing is none. The confidence of each says so, so a trained model
can outvote a weak rule.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from pipeline.classification.headings import find_heading, header_end
from pipeline.classification.patterns import fold_upper, names_reserved

HEADER_CONFIDENCE, STRUCTURE_CONFIDENCE, BODY_CONFIDENCE, NO_EVIDENCE = 0.9, 0.8, 0.7, 0.35

# Opening a line, or after the number and date of a Diario Oficial extract ("Núm. 321.-
# Papudo, 10 de junio de 2009.- Vistos:", "Num. 05 Vistos:").
_VISTOS = re.compile(
    r"^\s*V\s?I\s?S\s?T\s?O\s?S?\b"
    r"|(?:\.-\s*|^\s*NUM\s*\.?\s*\d[\d.]*\s*\.?-?\s*)VISTOS?(?:\s+Y\s+TENIENDO\s+PRESENTE)?\s*[:,]",
    re.M,
)
# The operative part, also typed with spaced letters ("R e s u e l v o:", "D E C R E T O"),
# or the formula of the Diario Oficial's extracts ("Hoy se ha decretado lo siguiente").
_RESUELVO = re.compile(
    r"^\s*(?:SE\s+)?R ?E ?S ?U ?E ?L ?V ?[OE]\b|\bRESUELVO\s*:|\bHOY SE HA RESUELTO\b", re.M
)
_DECRETO_PART = re.compile(
    r"^\s*(?:SE\s+)?D ?E ?C ?R ?E ?T ?[OA]\s*:?\s*$|^\s*D ?E ?C ?R ?E ?T ?O\s*:|\bDECRETASE\b"
    r"|\bHOY SE HA DECRETADO\b|\b(?:EMITIDO|DICTADO) EL SIGUIENTE DECRETO\b",
    re.M,
)
_CONTRALORIA = re.compile(
    r"SE HA DIRIGIDO A ESTA (?:CONTRALORIA|ENTIDAD|SEDE)|(?:ESTA|ESE) (?:CONTRALORIA GENERAL"
    r"|CONTRALORIA REGIONAL|ENTIDAD (?:DE CONTROL|FISCALIZADORA)"
    r"|ORGANISMO (?:DE CONTROL|CONTRALOR))|\bESTE ORGANO (?:CONTRALOR|DE CONTROL)"
    r"|\bDICTAMINA\b|\bDICTAMEN(?:ES)?\s+N"
)
# Contraloría's register of dictámenes, printed from its website.
_REGISTER = re.compile(r"^BASE DE DICTAMENES\b|^NUMERO DICTAMEN\b", re.M)
_ASKING = r"\b(?:SOLICITO|SOLICITAMOS|REQUIERO|REQUERIMOS|PIDO|PEDIMOS)\b"
# (type, confidence, pattern, accented), first match wins. A pattern reads the folded text, or
# with ``accented`` the text in capitals with its accents kept.
_BODY_RULES: tuple[tuple[str, float, re.Pattern[str], bool], ...] = (
    (
        "ordenanza",
        BODY_CONFIDENCE,
        re.compile(r"\bORDENANZA\b[\s\S]*\bARTICULO\s+(?:1|PRIMERO)\b"),
        False,
    ),
    # The law named *and* someone asking: a circular about the law asks nothing for itself.
    (
        "solicitud_transparencia",
        BODY_CONFIDENCE,
        re.compile(
            # (the portal's folio of a request names the law: "MU265T0002494")
            r"\A(?=[\s\S]*(?:ACCESO A (?:LA )?INFORMACION|20\.285|TRANSPARENCIA"
            r"|\b[A-Z]{2}\d{3}T\s?\d{7}\b))"
            rf"(?=[\s\S]*(?:{_ASKING}|INFORMACION SOLICITADA|SOLICITUD DE (?:ACCESO|INFORMACION)"
            # the Portal de Transparencia's receipt of a request
            r"|DETALLE DE LA SOLICITUD|(?m:^SOLICITUD\s*:)))"
        ),
        False,
    ),
    (
        "solicitud_audiencia_lobby",
        BODY_CONFIDENCE,
        re.compile(
            r"\A(?=[\s\S]*(?:\bLOBBY\b|20\.730|SOLICITUDE?S? DE AUDIENCIA))"
            rf"(?=[\s\S]*(?:{_ASKING}|SOLICITUDE?S? DE AUDIENCIA|\bUNA AUDIENCIA\b))"
        ),
        False,
    ),
    # the noun, not "reclamó" (he complained): read with its accents
    ("reclamo", BODY_CONFIDENCE, re.compile(r"\bRECLAMO\b|\bRECLAMAR\b"), True),
    ("certificado", BODY_CONFIDENCE, re.compile(r"\bCERTIFIC[AO]\s*:?\s+QUE\b"), False),
    (
        "carta",
        BODY_CONFIDENCE,
        re.compile(
            # a salutation opens its line: "ha estimado necesario" is an official's verb
            r"DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION|(?m:^(?:MUY\s+)?ESTIMAD[OA]S?\b)"
            r"|\bESTIMAD[OA]S?\s+(?:SENOR|SR|SRA|ALCALDE|DIRECTOR|CONCEJAL|VECIN|AMIG)"
            r"|\bATENTAMENTE\b"
            r"|\bLES? SALUDAN? (?:MUY )?CORDIALMENTE\b|(?m:\bLES? SALUDAN?\s*,?\s*$)"
            r"|\bSALUDARLES?\b"
            # a neighbour writing to the Alcalde, without a salutation
            r"|\b(?:SE DIRIGE|ME DIRIJO|NOS DIRIGIMOS) A USTED\b|\bAGRADECIENDO DE ANTEMANO\b"
            # "la presente" is the letter itself (an oficio says "el presente")
            r"|\b(?:POR|A\s+TRAVES\s+DE|MEDIANTE)\s+(?:(?:INTERMEDIO|MEDIO)\s+DE\s+)?LA\s+PRESENTE\b"
        ),
        False,
    ),
)


# DocDigital and other platforms print the document's type as a field of their cover.
_TYPE_FIELD = re.compile(
    r"^\W*+TIPO(?:\s+DE\s+DOCUMENTO)?(?:\s*+:\s*+|\s++)(OFICIO|ORD(?:INARIO)?\b|RESOLUCION|DECRETO|CIRCULAR"
    r"|MEMO(?:RANDUM)?\b|CARTA\b|CERTIFICADO|INFORME|CONVENIO|RECLAMO|DICTAMEN)"
)
_FOLIO_FIELD = re.compile(r"^\W*FOLIO\b")
_FIELD_TYPES = {
    "OFIC": "oficio", "ORD": "oficio", "ORDI": "oficio", "RESO": "resolucion",
    "DECR": "decreto", "CIRC": "circular", "MEMO": "memorandum", "CART": "carta",
    "CERT": "certificado", "INFO": "informe", "CONV": "convenio", "RECL": "reclamo",
    "DICT": "dictamen",
}  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class TypeGuess:
    doc_type: str
    confidence: float
    evidence: str  # "encabezado", "estructura", "cuerpo" or "ninguna": shown to the reviewer


def detect_type(lines: list[str]) -> TypeGuess:
    """The type named by the heading, else by the document's structure, else by its words."""
    heading = find_heading(lines)
    if heading is not None:
        doc_type = heading.doc_type
        if doc_type == "oficio" and _reserved(lines[: heading.line + 3]):
            doc_type = "oficio_reservado"
        return TypeGuess(doc_type=doc_type, confidence=HEADER_CONFIDENCE, evidence="encabezado")
    if (field_type := _form_type(lines)) is not None:
        if field_type == "oficio" and _reserved(lines[: header_end(lines)]):
            field_type = "oficio_reservado"
        return TypeGuess(doc_type=field_type, confidence=HEADER_CONFIDENCE, evidence="encabezado")
    folded = fold_upper("\n".join(lines))
    structural = _by_structure(folded)
    if structural is not None:
        return TypeGuess(
            doc_type=structural, confidence=STRUCTURE_CONFIDENCE, evidence="estructura"
        )
    accented = unicodedata.normalize("NFC", "\n".join(lines)).upper()
    for doc_type, confidence, pattern, with_accents in _BODY_RULES:
        if pattern.search(accented if with_accents else folded):
            return TypeGuess(doc_type=doc_type, confidence=confidence, evidence="cuerpo")
    return TypeGuess(doc_type="otro", confidence=NO_EVIDENCE, evidence="ninguna")


def _by_structure(folded: str) -> str | None:
    """An administrative act without a readable heading: by how it resolves, or Contraloría."""
    contraloria = "CONTRALORIA" in folded or "ORGANO CONTRALOR" in folded
    if (contraloria and _CONTRALORIA.search(folded)) or _REGISTER.search(folded):
        return "dictamen"
    if not _VISTOS.search(folded):
        return None
    if _RESUELVO.search(folded):
        return "resolucion"
    if _DECRETO_PART.search(folded) or re.search(r"\bALCALDE(?:SA)?\b", folded):
        return "decreto"
    return "resolucion"


def _reserved(lines: list[str]) -> bool:
    """ "OF. RESERVADO", or a platform's field "Reservado Sí" (not "Reservado No")."""
    return names_reserved("\n".join(lines))


def _form_type(lines: list[str]) -> str | None:
    """The type a document platform prints in its own field: "Tipo Oficio Ordinario", on a
    cover that numbers it with its "Folio" (not a form's "Tipo: Certificado de residencia")."""
    header = lines[: header_end(lines)]
    if not any(_FOLIO_FIELD.match(fold_upper(line)) for line in header):
        return None
    for line in header:
        if match := _TYPE_FIELD.match(fold_upper(line)):
            return _FIELD_TYPES[match.group(1)[:4]]
    return None

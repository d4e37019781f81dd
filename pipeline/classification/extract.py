"""Metadata of a Chilean public document read from its text: N°, date, ANT., MAT., DE, A, RUT.

Pure functions over the text as OCR gives it: labels may sit after a letterhead on the same
line (headers in two columns), values may run over several lines, "REF." or "Materia" may
stand for "MAT.", "N*" or "N?" for "N°", and accents may be lost. What the header cites
(ANT.: "Resolución Exenta N° 45 de 3 de marzo de 2023") is never taken for the document's own
number or date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.classification.direction import PRESENTED
from pipeline.classification.headings import HEADER_LINES, header_end, title_at
from pipeline.classification.labels import (
    OWN_LABEL,
    extract_labels,
    is_reference,
    label_value_lines,
)
from pipeline.classification.mail import gmail_subject, marked_subject, unmarked
from pipeline.classification.numbers import document_number, foot_number, table_row
from pipeline.classification.patterns import (
    BARE_NUMBER,
    DOC_NUMBER,
    FOLIO,
    LABEL,
    MONTHS,
    NUM_SIGN,
    find_date,
    find_ruts,
    find_short_date,
    fold_upper,
    names_reserved,
    number_of,
)
from pipeline.classification.placedate import PLACE_DAY
from pipeline.classification.signature import signature_post, signer
from pipeline.classification.subject import TITLED, fallback_subject, summary_of

__all__ = ["HEADER_LINES", "Fields", "document_date", "document_number", "extract_fields"]


@dataclass(frozen=True, kw_only=True)
class Fields:
    sender: str | None = None
    sender_from_label: bool = False  # named by a DE: line, not guessed from the signature
    sender_org: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    reserved: bool = False


# The kinds whose summary line says what they do, and a value that cites another paper
# instead: "Memorándum N° 45 de la DOM", "Su Oficio Ord. N° 12".
_SUMMARISED = ("decreto", "resolucion", "oficio", "oficio_reservado", "memorandum", "circular")
_CITES_A_PAPER = re.compile(
    r"^(?:(?:SU|NUESTRO|NUESTRA|EL|LA)\s+)?(?:OFICIO|OF\.|ORD(?:INARIO)?\.?|MEMORANDUM|MEMO"
    r"|DECRETO|RESOLUCION|RES\.|CARTA|CORREO|PROVIDENCIA|INGRESO|DICTAMEN|CIRCULAR)\b[^,;]{0,30}"
    r"\bN\W{0,3}\s*\d",
    re.I,
)


def _only_cites_a_paper(subject: str | None) -> bool:
    """A value that cites another paper and says no matter of its own ("Memorándum N° 45 de
    la DOM", not "Memorándum N° 45 del DAEM, sobre denuncia en escuela rural")."""
    folded = fold_upper(subject or "")
    return bool(_CITES_A_PAPER.match(folded)) and not _A_MATTER.search(folded)


_A_MATTER = re.compile(r"\b(?:SOBRE|RELATIV[OA]S?|RESPECTO|ACERCA|QUE|PARA|POR|EN RELACION)\b|,")


def extract_fields(text: str, *, doc_type: str, own_names: tuple[str, ...] = ()) -> Fields:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = lines[:HEADER_LINES]
    labels = extract_labels(lines[:60])
    ignore = own_names if doc_type in PRESENTED else ()
    subject = labels.get("MAT")
    if subject is not None and is_reference([subject]):
        subject = None
    subject = unmarked(subject) if subject else gmail_subject(lines) or marked_subject(lines)
    if doc_type in TITLED or not subject:
        # (an acta's or a convenio's materia is its title, whatever it lists)
        subject = fallback_subject(doc_type, lines) or subject
    elif doc_type in _SUMMARISED and _only_cites_a_paper(subject):
        # "REF.: Memorándum N° 45 de la DOM" is the act's antecedent; its summary says what
        subject = summary_of(lines) or subject
    home = _communes(own_names)
    number, when = document_number(header, doc_type), document_date(lines, body=False, home=home)
    if number is None and (row := table_row(header)):
        number, when = row[0], row[1] or when
    # The e-signature's stamp numbers an act whose header does not, and dates one whose
    # header does not: its date is the act's, a date of the body is most often a cited one.
    stamp = digital_stamp(lines) if number is None or when is None else None
    if stamp and number is None:
        number, when = stamp[0], stamp[1] or when
    elif stamp and when is None:
        when = stamp[1]
    number = number or foot_number(lines, doc_type)
    when = when or _body_date(lines)
    return Fields(
        sender=labels.get("DE") or signer(lines) or signature_post(lines),
        sender_from_label="DE" in labels,
        sender_org=_organisation(header, doc_type, ignore),
        recipient=labels.get("A") or _addressee(header),
        subject=subject,
        antecedents=labels.get("ANT"),
        doc_number=number,
        doc_date=when,
        ruts=find_ruts(text),
        reserved=names_reserved("\n".join(header)),
    )


# "NEGRETE, 10 de marzo", "En Negrete, a diez días de ...", "Santiago26/02/2018" (a place
# glued to its date by the text layer); not "OF. ORD. 2.078/2021" (a number, not a day).
_PLACE_DATE = re.compile(
    r"^(?:EN\s+)?[A-Z][A-Z .'-]{2,40}(?:,?\s+(?:A\s+)?(?:\d{1,2}(?!\.\d{3}\b|,\d)\b"
    r"|[A-Z]+(?:\s+Y\s+[A-Z]+)?\s+DE\s+)|(?<=[A-Z])(?=\d{1,2}[./-]\d{1,2}[./-]\d{4}\b))"
)
# A place, its comma and a date with a two-digit year: "TEMUCO, 3.10.24" (not "ARTICULO 3.10.24").
_PLACE_SHORT_DATE = re.compile(r"^(?:EN\s+)?[A-Z][A-Z .'-]{2,40},\s*(?:A\s+)?\d{1,2}[./-]\d")
# A date in words wrapped before its year: "ARICA, ocho de enero de dos mil / veinticuatro."
_WRAPPED = re.compile(r"\b(?:DE|DEL|MIL|Y)$")

# "FECHA:", and a table's field without its colon: "FECHA 26.05.25", "Fecha Temuco, ...".
_DATE_LABEL = re.compile(
    r"(?:^|\s)FECHA(?:\s+(?:DE\s+)?(?:EMISION|PRESENTACION|DOCUMENTO))?\s*:|^FECHA\s+(?=\d)"
)
# The field before a place, read with its capitals: "Ord. N° 851 Fecha Angol, a ..." (not "en
# la fecha indicada, 3 de enero").
_DATE_BEFORE_PLACE = re.compile(r"(?:^|\s)(?:Fecha|FECHA)\s+(?=[A-ZÁÉÍÓÚÑ][\w .'-]{2,30},)")
# A reception stamp dates the arrival, not the document.
_FILE_REFERENCE = re.compile(r"\bN\S{0,2}\s*[A-Z]{1,2}\d{3,}")  # "W002917/2024"
_RECEIVED = re.compile(
    r"^(?:OFICINA DE PARTES\W*)?(?:RECIBID[OA]|RECEPCIONAD[OA]|INGRESAD[OA]|INGRESO|FECHA DE "
    r"(?:INGRESO|RECEPCION))\b"
)


# The e-signature platform's stamp, the only place some services print a resolución's
# number and date ("RESOLUCIÓN EXENTA (N° digital en el costado inferior izquierdo)").
_DIGITAL_STAMP = re.compile(r"\bDOCUMENTO\s+DIGITAL\s*" + NUM_SIGN + r"\s*:?\s*(\d{2,})\b")
# Other platforms' stamps: "RESOLUCIÓN EXENTA N°: 72/2025 / FECHA: 09-05-2025 10:51:57",
# "Res. Exenta N° 2186 de 3 de noviembre de 2025 / Firmado electrónicamente por ...".
_SIGNED = re.compile(
    r"\b(?:FIRMADO\s+ELECTRONICAMENTE|FIRMA\s+ELECTRONICA|FECHA\s*:|CODIGO\s+DE\s+VERIFICACION"
    r"|VERIFI(?:QUE|CAR)\b)"
)


def digital_stamp(lines: list[str]) -> tuple[str, date | None] | None:
    """The number and date of the e-signature stamp ("Documento Digital N°: 2024295196 -
    Fecha: 08/04/2024"; a numbered heading with its date beside a signature's words), for a
    document whose header prints none."""
    folded = [fold_upper(line) for line in lines]
    for index, line in enumerate(folded):
        if found := _DIGITAL_STAMP.search(line):
            return found.group(1), find_date(lines[index][found.end() :])
    for index in range(header_end(lines), len(lines)):
        number = DOC_NUMBER.search(folded[index])
        if number is None and len(folded[index]) <= 20:  # a stamp's own "N° 1176"
            number = BARE_NUMBER.match(folded[index])
        near = " ".join(folded[max(0, index - 1) : index + 3])
        if number is None or number.start() > 6 or not _SIGNED.search(near):
            continue  # (a picture's edge may come before it as a stray mark or two)
        rest = lines[index][number.end() :] if number.end() < len(lines[index]) else ""
        when = find_date(f"{rest} {lines[index + 1] if index + 1 < len(lines) else ''}")
        if when is not None:
            return number_of(number), when
    return None


def _communes(own_names: tuple[str, ...]) -> frozenset[str]:
    """The municipality's communes, as its names say ("Ilustre Municipalidad de Negrete")."""
    found = (re.search(r"MUNICIPALIDAD\s+DE\s+(.+)$", fold_upper(n)) for n in own_names)
    return frozenset(" ".join(m.group(1).split()) for m in found if m)


def _elsewhere(line: str, home: frozenset[str]) -> bool:
    """A place-and-date line of another commune than the municipality's: no stamp of its
    own Oficina de Partes prints it ("Los Ángeles, 9 de enero" below "INGRESO N° 4567")."""
    # (the place before its comma, or before its day: "NEGRETE 15 ENE 2025", "En Negrete a 15")
    found = re.match(r"^(?:EN\s+)?(.+?)(?:\s*,|\s+A\s+\d|\s+\d)", fold_upper(line).strip())
    place = found.group(1) if found else fold_upper(line).strip()
    return bool(home) and " ".join(place.split()) not in home


def document_date(
    lines: list[str], *, body: bool = True, home: frozenset[str] = frozenset()
) -> date | None:
    """A "FECHA:" field, else the "NEGRETE, 10 de marzo de 2026" line of the header, else
    another date of the header (a stamp), else a place-and-date line below (letters dated
    at the end, "En Negrete, a ..." of minutes), else (with ``body``) the first date of the
    body. Dates cited in ANT. or MAT. and reception stamps ("RECIBIDO 15 ENE 2024") are other
    papers' dates; ``home``: the municipality's communes, the only places its stamps print."""
    end = header_end(lines)
    folded = [fold_upper(line) for line in lines]
    # The Portal de Transparencia's "Fecha de ingreso" is the request's own date.
    portal = any(FOLIO.search(line) for line in folded[:end])
    received = {
        i for i in range(end) if len(lines[i]) <= 50 and _RECEIVED.match(folded[i]) and not portal
    }
    # (not below a file's reference, "Ingreso CGR N° W002917/2024", nor one of another
    # commune: the place-and-date line there is the document's own; a stamp's "RECIBIDO /
    # Negrete, 15 de enero" is the stamp's)
    stamped = {
        i + 1
        for i in received
        if i + 1 < len(lines)
        and not (
            _placed(lines[i + 1], folded[i + 1])
            and (_FILE_REFERENCE.search(folded[i]) or _elsewhere(lines[i + 1], home))
        )
    }
    skipped = label_value_lines(lines[:end]) | received | stamped
    own = [i for i in range(end) if i not in skipped]
    for index in own:
        label = _DATE_LABEL.search(folded[index]) or _DATE_BEFORE_PLACE.search(lines[index])
        if label is None:
            continue
        following = lines[index + 1] if index + 1 in own else ""
        value = _whole(lines, index, label.end())
        if found := find_date(value) or find_short_date(value) or find_date(following):
            return found
    placed = [i for i in own if _placed(lines[i], folded[i])]
    for index in placed:
        if found := find_date(_whole(lines, index)) or _short_placed(lines, folded, index):
            return found
    cited = {i for i in own if _CITED_DATE.search(folded[i]) and not title_at(lines[i])}
    for index in [i for i in own if i not in placed and i not in cited]:
        if found := find_date(_whole(lines, index)):
            return found
    for index in range(end, len(lines)):
        if _placed(lines[index], folded[index]) and (
            found := find_date(_whole(lines, index)) or _short_placed(lines, folded, index)
        ):
            return found
    return _body_date(lines) if body else None


def _body_date(lines: list[str]) -> date | None:
    """The first date of the body: the weakest evidence, most often a date it cites."""
    return find_date("\n".join(lines[header_end(lines) :]))


# A sentence that dates another act: "adoptado en sesión de fecha 8 de agosto de 2024".
_CITED_DATE = re.compile(r"\b(?:DE|CON|EN) FECHA\s+(?:\d|[A-Z]+\s+DE\b)")

_CONNECTORS = {"de", "del", "la", "las", "los", "el", "y", "a", "en"}


def _placed(line: str, folded: str) -> bool:
    """A place-and-date line: its place's words are capitalised ("Puerto Montt, 3 de ...",
    "En San José de la Mariquina, a ..."), unlike a sentence ("En visita realizada el 4 de
    octubre ...")."""
    if not _PLACE_DATE.match(folded):
        return False
    for index, word in enumerate(line.split()):
        if any(c.isdigit() for c in word):
            return True
        if not any(c.isalpha() for c in word):
            if "," in word:
                return True  # "Concepción , a dieciséis de ...": the comma apart
            continue
        if index and not word[:1].isupper() and word.lower() not in _CONNECTORS:
            return False
        if word.endswith(","):
            return True
    return True


def _short_placed(lines: list[str], folded: list[str], index: int) -> date | None:
    if _PLACE_SHORT_DATE.match(folded[index]):
        return find_short_date(lines[index])
    return None


def _whole(lines: list[str], index: int, start: int = 0) -> str:
    """The line (from ``start``), with the next one or two while it breaks off a date
    before its year ("Angol, a veinticuatro de / julio de dos mil / veinticinco.")."""
    text, last = lines[index][start:], index
    while last + 1 < len(lines) and last - index < 2 and _wrapped(fold_upper(text)):
        last += 1
        text = f"{text} {lines[last]}"
    return text


def _wrapped(folded: str) -> bool:
    """Broken off after "de", "mil" or, on a place-and-date line, the month: "ARICA, a
    veintinueve de septiembre / de dos mil veinticinco." (not a sentence that cites "la
    sesión de fecha 14 de enero / de 2025")."""
    end = folded.strip().rstrip(" .")
    after_month = (place := PLACE_DAY.match(end)) is not None and place.end() == len(end)
    cut = _CUT_AFTER_MONTH.search(end) or _WRAPPED.search(end)
    return after_month or cut is not None


# A date cut before its year: "FECHA martes 29 de octubre / de 2024".
_CUT_AFTER_MONTH = re.compile(rf"\b\d{{1,2}}\s+DE\s+(?:{'|'.join(MONTHS).upper()})$")


_ORG_WORDS = re.compile(
    r"\b(SPA|LIMITADA|LTDA|S\.A|JUNTA DE VECINOS|CLUB|AGRUPACION|MUNICIPALIDAD|SERVICIO|"
    r"GOBIERNO|SEREMI|CONTRALORIA|DIRECCION|SUPERINTENDENCIA|JUNTA NACIONAL|CARABINEROS|"
    r"DELEGACION|MINISTERIO|SUBSECRETARIA|INSTITUTO|CORPORACION|FUNDACION|UNIVERSIDAD|"
    r"HOSPITAL|TESORERIA|FISCALIA|TRIBUNAL|CONSEJO)\b"
)


def _organisation(header: list[str], doc_type: str, ignore: tuple[str, ...]) -> str | None:
    """The letterhead: the first header line naming a body, cut before an ORD. N° beside it.
    A company's request names it after "Entidad representada:"; our own name on a citizen's
    form or in a letter's address is the addressee, not the sender."""
    for line in header:
        if match := re.match(r"^Entidad representada\s*:\s*(.+)$", line, re.I):
            return re.split(r",\s*RUT\b", match.group(1))[0].strip(" .")
    ours = [fold_upper(name) for name in ignore]
    for index, line in enumerate(header[:6]):
        folded = fold_upper(line)
        if re.match(r"^SE[NÑ]OR", folded) or re.match(
            r"DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION", folded
        ):
            break
        if title_at(line) is not None:  # "ORDENANZA ... DE LA MUNICIPALIDAD" is a title
            continue
        if not _ORG_WORDS.search(folded) or LABEL.search(folded) or OWN_LABEL.match(line):
            continue
        if any(name in folded for name in ours):
            continue
        cut = DOC_NUMBER.search(folded)
        value = line[: cut.start()] if cut else line
        value = re.split(r",\s*RUT\b", value)[0].strip(" .")
        if len(value) >= 4:
            return _carried_on(value, header[index + 1 : index + 2])
    return None


# A letterhead in a narrow column wraps: "DELEGACIÓN PRESIDENCIAL" / "PROVINCIAL DE BIOBÍO".
_CARRIED = re.compile(r"^(?:DE|DEL|PROVINCIAL|REGIONAL|NACIONAL|GENERAL|METROPOLITANA)\b")


def _carried_on(value: str, following: list[str]) -> str:
    """The letterhead with the line that carries it on, if the next line does."""
    if not following or not _CARRIED.match(fold_upper(following[0])):
        return value
    rest = following[0]
    if cut := LABEL.search(fold_upper(rest)) or DOC_NUMBER.search(fold_upper(rest)):
        rest = rest[: cut.start()]
    letters = [c for c in rest if c.isalpha()]
    if not letters or not all(c.isupper() for c in letters) or len(rest.split()) > 6:
        return value
    return f"{value} {rest.strip(' .')}"


def _addressee(header: list[str]) -> str | None:
    """ "Señor / Alcalde / ... / Presente": the line after the salutation."""
    for index, line in enumerate(header[:-1]):
        if re.match(r"^SE[NÑ]OR(A|ES)?$", fold_upper(line).strip()):
            return header[index + 1].strip()
    return None

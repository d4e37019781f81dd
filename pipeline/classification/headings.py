"""The heading that names a document's type, and where the header ends.

Real documents cite other documents everywhere: an oficio's MAT. names a Resolución Exenta,
a resolución's VISTOS names decretos, a circular speaks of transparency. What a document *is*
is said once, by the heading at the top of its first page ("CIRCULAR ORD. N° 12",
"RESOLUCIÓN EXENTA N° 123", "DECRETO ALCALDICIO N° 45"). So only titles count: a heading
opens its line, or follows a letterhead in capitals (two columns read as one line); it sits
in the header, before the body opens (VISTOS, "Junto con saludar", ...), outside the ANT.
and MAT. values; and the earliest one wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.classification.labels import label_value_lines
from pipeline.classification.patterns import (
    BEFORE_VALUE,
    CUT_AT_WORD,
    NUM_SIGN,
    OFFICE_INITIALS,
    fold_upper,
)

HEADER_LINES = 25

# The body opens with these; the header (and a heading) comes before.
BODY_OPENER = re.compile(
    r"^(?:V\s?I\s?S\s?T\s?O\s?S?\b|CONSIDERANDO|TENIENDO PRESENTE|JUNTO CON SALUDAR"
    r"|DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION|POR (?:MEDIO|INTERMEDIO) DE"
    r"|MEDIANTE\b|A TRAVES DEL?\b|SE HA DIRIGIDO|SE HA RECIBIDO|ESTIMAD[OA]S?\b"
    r"|EN [A-Z .]{3,40},? A \d|ARTICULO\s+(?:1|PRIMERO)\b|ART\.\s*1\b|TITULO\s+(?:I|PRIMERO)\b"
    # "Con esta fecha remito a usted ...", not the act's formula, which may stand above the
    # heading ("CON ESTA FECHA SE HA DICTADO EL SIGUIENTE:")
    r"|CON ESTA (?:MISMA )?FECHA\b(?!.*(?:SIGUIENTE|LO QUE SIGUE|:\s*$)))"
)

# (type, title pattern over a folded line); on the same line, the earlier rule wins ties.
_TITLES: tuple[tuple[str, str], ...] = (
    (
        "solicitud_transparencia",
        r"(?:FORMULARIO\s+(?:DE\s+)?)?SOLICITUD\s+DE\s+ACCESO\s+A\s+(?:LA\s+)?INFORMACION",
    ),
    ("solicitud_audiencia_lobby", r"(?:FORMULARIO\s+(?:DE\s+)?)?SOLICITUD\s+DE\s+AUDIENCIA"),
    ("reclamo", r"FORMULARIO\s+DE\s+RECLAMO|RECLAMO\b"),
    (
        "circular",
        r"(?:(?:OFICIO|ORD(?:INARIO)?)\s*\.?\s*)?CIRCULAR\b"
        r"(?=\s*(?:ORD|OFICIO|ELECTRONICA|INTERNA|N|:|\d|[A-Z]\d|$))"
        r"|OF\s*\.?\s*CIRC\s*\.\s*(?=N)",  # "Of. Circ. N° 23"
    ),
    (
        "resolucion",
        r"RES[O0]LUCI[O0]N\b|RES(?:OL)?\s*\.\s*EX(?:ENTA)?\b|RES\s+EXENTA\b"
        r"|(?:REX|RESOL)\b\s*\.?\s*(?=N|\d|:)",
    ),
    (
        "decreto",
        r"DECRETO\s+(?:ALCALDICIO|ALC|EXENTO|EX|AFECTO|SUPREMO|DE\s+PAGO)\b|DECRETO\s*(?:"
        + NUM_SIGN
        + r"|:)?\s*\d"
        r"|DECRETO\s*$|D\s*\.\s*A\s*\.\s*(?:E\s*\.\s*|EX(?:ENTO|\s*\.)\s*)?(?:\(E\)\s*)?"
        + NUM_SIGN
        + r"|DTO\s*\.\s*(?:ALC\s*\.\s*)?(?:EX\s*\.\s*)?"
        + NUM_SIGN,
    ),
    ("dictamen", r"DICTAMEN\b"),
    ("ordenanza", r"(?:TEXTO\s+(?:REFUNDIDO|ACTUALIZADO)\s+(?:DE\s+LA\s+)?)?ORDENANZA\b"),
    # OCR may cut a word at a column's edge: "MEMORAN DUM"
    (
        "memorandum",
        r"MEMO(?:\s?RAN\s?DUM|RANDO)?\b(?:\s+(?:INTERNO|INT\.|ELECTRONICO))?\s*\.?\s*(?:N|:|\d|$)",
    ),
    # the Concejo's minutes may open with the session alone: "SESIÓN ORDINARIA N° 113"
    ("acta_concejo", r"ACTA\b|SESION\s+(?:ORDINARIA|EXTRAORDINARIA)\s+(?:N|\d)"),
    # a contract is registered with the agreements: "CONTRATO DE EJECUCIÓN DE OBRA ..."
    (
        "convenio",
        r"CONVENIO\b|CONTRATO\s+DE\s+(?:PRESTACION|EJECUCION|SUMINISTRO|ARRIENDO|COMODATO"
        r"|COMPRAVENTA|CONCESION)\b",
    ),
    ("informe", r"INFORME\b(?!\s*:)"),
    # a company's or an organisation's own series: "CARTA N° 12", "Cta. Nº 429"
    (
        "carta",
        r"(?:CARTA(?:\s+[A-Z]{2,6}(?:-[A-Z]{1,3})?(?=\s*N))?|CTA\s*\.)\s*(?:"
        + NUM_SIGN
        + r")\s*:?\s*\d",
    ),
    ("certificado", r"CERTIFICADO\b"),
    (
        "oficio",
        r"(?:(?:OF\s*\.?\s*)?(?:ORD(?:INARIO)?|OFICIO(?:\s+ORD(?:INARIO)?)?)(?:\s+ELECTRONICO)?"
        + OFFICE_INITIALS
        + r"|OF\s*\.(?=\s*(?:RES|N)))\s*\.?\s*(?:RES(?:ERVADO|\s*\.)\s*)?(?:"
        + NUM_SIGN
        + r"|:)"
        # "ORD. 2345": the number without its sign
        r"|(?:OF\s*\.?\s*)?ORD(?:INARIO)?\s*\.?\s*(?!(?:19|20)\d\d\b)\d",
    ),
)
_TITLE_PATTERNS = tuple((t, re.compile(p)) for t, p in _TITLES)
_SESSION = re.compile(r"^\W*SESION\b")
# A number sign opening its line, the number beside it or on the next: a heading printed in a
# narrow cell ("Oficio Ordinario / N° / 1089-24"); or ending its line, the number on the next
# ("ACTA EXTRAORDINARIA N° / 100").
_BARE_SIGN = re.compile(r"^\s*+" + NUM_SIGN + r"\s*+:?\s*+(?:\d[\d./-]*+)?\s*+$")
ENDS_WITH_SIGN = re.compile(r"\s" + NUM_SIGN + r"\s*+:?\s*+$")


def _number_apart(line: str, next_line: str) -> bool:
    following = fold_upper(next_line)
    if _BARE_SIGN.match(following):
        return True
    return bool(ENDS_WITH_SIGN.search(fold_upper(line)) and following.strip()[:1].isdigit())


# A heading after a letterhead on the same line carries its number: "... CIRCULAR N° 12".
_NUMBERED = re.compile(r"^[A-Z .]{0,40}?" + NUM_SIGN + BEFORE_VALUE + r"\d")


@dataclass(frozen=True, kw_only=True)
class Heading:
    doc_type: str
    line: int  # index among the document's non-empty lines
    column: int


def header_end(lines: list[str]) -> int:
    """Index of the line that opens the body (or the header's limit)."""
    limit = min(len(lines), HEADER_LINES)
    for index, line in enumerate(lines[:limit]):
        if index and BODY_OPENER.match(fold_upper(line).strip()):
            return index
    return limit


# The Diario Oficial names the kind of act it publishes below its title: "(Resolución)".
_KIND_MARK = re.compile(r"^\((RESOLUCION|DECRETO|CIRCULAR|DICTAMEN|ORDENANZA)(?:\s+EXENT[AO])?\)$")


def find_heading(lines: list[str]) -> Heading | None:
    """The earliest title in the header, outside the ANT. and MAT. values."""
    end = header_end(lines)
    cited = label_value_lines(lines[:end])
    for index, line in enumerate(lines[:end]):
        if index in cited:
            continue
        if mark := _KIND_MARK.match(fold_upper(line).strip()):
            return Heading(doc_type=mark.group(1).lower(), line=index, column=0)
        found = _titles_in(line, lines[index + 1] if index + 1 < len(lines) else "")
        if _SESSION.match(fold_upper(line)) and any(
            title_at(x) for x in lines[index + 1 : index + 4]
        ):
            continue  # "SESIÓN ORDINARIA N° 45" above "CERTIFICADO N° 123": the session is cited
        if not found and index + 1 < end and _number_apart(line, lines[index + 1]):
            found = _titles_in(f"{line} {' '.join(lines[index + 1 : index + 3])}", "")
        carried = index and CUT_AT_WORD.search(fold_upper(lines[index - 1]))
        if found and not (carried and min(found)[2] == "convenio"):
            # (an act approving a contract wraps its summary: "... ASOCIADOS AL / CONTRATO DE")
            column, _rank, doc_type = min(found)
            return Heading(doc_type=doc_type, line=index, column=column)
    return None


def title_at(line: str) -> str | None:
    """The type whose title opens ``line``, if any ("RESOLUCIÓN EXENTA N° 12" -> resolucion)."""
    found = [t for t in _titles_in(line, "") if t[0] == 0]
    return min(found)[2] if found else None


def _titles_in(line: str, next_line: str) -> list[tuple[int, int, str]]:
    """(column, rule rank, type) of each title the line holds in a title's position."""
    folded = fold_upper(line)
    found = []
    for rank, (doc_type, pattern) in enumerate(_TITLE_PATTERNS):
        for match in pattern.finditer(folded):
            if not _in_title_position(line, folded, match):
                continue
            if doc_type == "acta_concejo" and not _council_minutes(folded, next_line):
                continue
            found.append((match.start(), rank, doc_type))
            break
    return found


def _in_title_position(line: str, folded: str, match: re.Match[str]) -> bool:
    """At the start of the line, or after a letterhead in capitals with a number after it."""
    start = match.start()
    if not folded[:start].strip(" .-•*|:"):
        return True
    prefix = [c for c in line[:start] if c.isalpha()]
    capitals = sum(c.isupper() for c in prefix) >= 0.85 * len(prefix)
    return capitals and bool(_NUMBERED.match(folded[start:]))


def _council_minutes(folded: str, next_line: str) -> bool:
    """An "ACTA" of the Concejo: the session or the council named on its line or the next, or
    one of its committees ("ACTA COMISIÓN DE HACIENDA N° 20")."""
    both = f"{folded} {fold_upper(next_line)}"
    return bool(re.search(r"\b(CONCEJO|SESION)\b", both) or _COMMITTEE.match(folded.strip()))


# A committee of the Concejo, not one that evaluates bids or receives works.
_COMMITTEE = re.compile(
    r"ACTA\s+(?:DE\s+(?:LA\s+)?)?COMISION\s+DE\s+(?!EVALUACION|RECEPCION|APERTURA|ADJUDICACION)"
)

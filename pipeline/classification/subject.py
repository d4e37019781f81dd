"""The subject of a document that has no MAT./MATERIA/REF. line.

Each kind of document states what it is about in its own place: a decreto or a resolución
in the summary above VISTOS ("APRUEBA CONVENIO ..."), else in the first point of what it
decrees or resolves; a circular or a memo in its summary line ("IMPARTE INSTRUCCIONES ...");
an acta, a convenio, an ordenanza or an informe in its title; a letter in a headline in
capitals between the addressee's block and the salutation, else in its request; a portal's
receipt in the field of what is asked.
"""

from __future__ import annotations

import re

from pipeline.classification.asked import first_sentence, paragraph, requested
from pipeline.classification.headings import BODY_OPENER, ENDS_WITH_SIGN, header_end, title_at
from pipeline.classification.headline import headline
from pipeline.classification.labels import (
    ACT_FORMULA,
    addressee,
    capital_share,
    continues,
    find_label,
    goes_on_lower,
    opens_sentence,
)
from pipeline.classification.margin import summary_apart
from pipeline.classification.patterns import CUT_AT_WORD as _DANGLING
from pipeline.classification.patterns import (
    DOC_NUMBER,
    ends_sentence,
    find_date,
    fold_upper,
)
from pipeline.classification.phrases import (
    OFFICES,
    SUMMARY,
    in_capitals,
    interrupts,
    names_a_party,
)
from pipeline.classification.spelled import DAY_WORDS

_OPERATIVE = {
    "decreto": r"^(?:SE\s+)?DECRET[OA]\s*:?$|^DECRETO\s*:",
    "resolucion": r"^(?:SE\s+)?RESUELV[OE]\s*:?$|^RESUELVO\s*:",
    "carta": r"^(?:DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION|ESTIMAD)",
    "reclamo": r"^(?:DETALLE|RECLAMO|DESCRIPCION(?: DEL RECLAMO)?)\s*:",
}
# The kinds whose materia is their title, even when a field inside names a matter.
TITLED = ("acta_concejo", "convenio")
_TITLE_WORDS = {
    "acta_concejo": r"(?:CONCEJO MUNICIPAL\b[^-—–]*[-—–]\s*)?ACTA\b"
    r"|SESION\s+(?:ORDINARIA|EXTRAORDINARIA)\s+(?:N|\d)",
    "ordenanza": r"(?:TEXTO\s+\w+\s+(?:DE\s+LA\s+)?)?ORDENANZA\b",
    "informe": r"INFORME\b",
}
# A form's title: "SOLICITUD DE PATENTE DE ALCOHOLES", "FORMULARIO DE POSTULACIÓN ...".
_FORM_TITLE = r"(?:FORMULARIO\s+(?:DE\s+)?)?SOLICITUD\s+DE\b|FORMULARIO\b"
_PAGE = re.compile(r"^(?:PAGINA|PAG\.?)\s*\d+\s*(?:DE|/)\s*\d+$")  # "Pág. 1 de 2"
# A place-and-date line cut after its day: "Angol, a veinticuatro de / septiembre de ...".
# (Not "A FUNCIONARIA, 3 DÍAS HÁBILES": a place does not open with a connector, and its day
# is followed by "de" or by nothing.)
_CONNECTOR = r"(?!(?:A|AL|Y|E|O|DE|DEL|EN|CON|POR|PARA|SOBRE|QUE)\b)"  # "LA PINTANA," is one
_PLACE_THEN_DAY = re.compile(
    rf"^(?:EN\s+)?{_CONNECTOR}[A-Z][A-Z .'-]{{2,40}},\s+(?:A\s+)?(?:\d{{1,2}}|{DAY_WORDS})"
    r"(?:\s+DE\b|\s*$)"
)
# The place of a place-and-date line whose date is on the next line or left blank for the
# e-signature to fill ("LA PINTANA," / "SANTIAGO"): a short line ending in a comma, or
# alone one of the regional capitals, where the services that send resoluciones sit, when
# the body or a date follows it (not "HOSPITAL REGIONAL / TEMUCO / DE ...").
_PLACE_COMMA = re.compile(rf"^{_CONNECTOR}[A-Z][A-Z .]{{1,30}},$")
_CAPITAL = re.compile(
    r"^(?:SANTIAGO|ARICA|IQUIQUE|ANTOFAGASTA|COPIAPO|LA SERENA|VALPARAISO|RANCAGUA|TALCA"
    r"|CHILLAN|CONCEPCION|TEMUCO|VALDIVIA|PUERTO MONTT|COYHAIQUE|PUNTA ARENAS)$"
)


def fallback_subject(doc_type: str, lines: list[str]) -> str | None:
    """Where a document of ``doc_type`` states its subject without a label (None: nowhere)."""
    if grid := _grid_matter(lines):
        return grid
    if doc_type == "convenio":
        return _convenio_subject(lines)
    if doc_type in _TITLE_WORDS:
        return _title(lines, _TITLE_WORDS[doc_type])
    if doc_type == "certificado":
        return _certificate_title(lines)
    if doc_type == "otro":  # the minutes of another body (COSOC, a committee), a form: their title
        return _title(lines, _TITLE_WORDS["acta_concejo"]) or _title(lines, _FORM_TITLE)
    if doc_type in ("decreto", "resolucion", "circular"):
        summary = summary_line(lines)
        if summary or doc_type == "circular":
            return summary or _titled_below(lines, "circular")
        if summary := _table_row(lines) or _above_vistos(lines) or _concept(lines):
            return summary
        if summary := summary_apart(lines):
            return summary
    if doc_type in ("dictamen", "oficio"):
        return summary_line(lines) or _table_row(lines) or _plain_summary(lines)
    if doc_type == "memorandum":  # "SOLICITA CERTIFICADO ..." below its A, DE and FECHA
        return summary_line(lines) or _table_row(lines) or _concept(lines, _THEME)
    if doc_type == "solicitud_transparencia":
        return requested(lines)
    if doc_type in ("carta", "reclamo") and (found := headline(lines)):
        return found
    pattern = _OPERATIVE.get(doc_type)
    if pattern is None:
        return None
    for index, line in enumerate(lines[:-1]):
        if re.match(pattern, fold_upper(line).strip()):
            return first_sentence(paragraph(lines, index + 1))
    return None


def summary_of(lines: list[str]) -> str | None:
    """An act's or an oficio's summary line, with a verb or (an act's) above its VISTOS."""
    return summary_line(lines) or _above_vistos(lines)


def summary_line(lines: list[str]) -> str | None:
    """The summary in the header: a line that opens with what the act does ("APRUEBA ...",
    "DECLÁRASE ...") and the lines that carry it on, up to the body. Printed in a narrow
    column beside the letterhead it may take eight lines; a summary in capitals goes on
    only in capitals."""
    end = header_end(lines)
    for index in range(end):
        opening = lines[index].strip()
        if title_at(opening) and (numbered := _AFTER_NUMBER.search(opening)):
            opening = opening[numbered.end() :]  # "CIRCULAR N° 40: IMPARTE INSTRUCCIONES ..."
        if find_label(opening) or not SUMMARY.match(fold_upper(opening)):
            continue
        if opening[:1].islower() and index and _DANGLING.search(fold_upper(lines[index - 1])):
            continue  # "... Ord. N° 1904/2025 y / responde consultas ..." carries a line on
        parts = [opening]
        capitals = capital_share(parts[0]) >= 0.97  # "APRUEBA PROCEDIMIENTO PARA la ..." is not
        for at in range(index + 1, min(end, index + 8)):
            line, following = lines[at], lines[at + 1] if at + 1 < len(lines) else ""
            joined = " ".join(parts)
            unclosed = joined.count("(") > joined.count(")")  # "(Ley / N° 20.922)"
            if len(joined) >= 300 or not (unclosed or _summary_goes_on(parts[-1], line, capitals)):
                break
            if _place_alone(line, following):
                break
            parts.append(line.strip())
        return " ".join(parts).strip(" .;")[:300] or None
    return None


# A heading's number and the colon after which its summary opens on the same line.
_AFTER_NUMBER = re.compile(r"\b(?:N|Nº|N°|NRO)\s?\.?\s?[°º]?\s*\d[\w./-]*\s*:\s+(?=\S)", re.I)


# A header printed as a table: its row of column names ("N° FECHA MATERIA", "DE PARA FECHA
# MATERIA", "DOCUMENTO FECHA MATERIA"), and the row of values below it, whose date cell
# stands just before the matter's (the cells before it may wrap over several lines).
_COLUMNS = re.compile(
    r"^(?:(?:N\W{0,3}|NUMERO|DOCUMENTO|DECRETO|RESOLUCION|OFICIO|DE|PARA|A)\s+){0,3}FECHA\s+"
    r"(?P<ant>(?:ANT|ANTECEDENTES?)\s*\.?\s+)?(?:MATERIA|ASUNTO|MAT\.?)$"
)
_DATED_CELL = re.compile(
    r"^\s*(?:(?:\S+\s+){0,3}\S*\d\S*\s+)?\d{1,2}(?:[./-]\d{1,2}[./-]\d{2,4}"
    r"|\s+(?:de\s+)?[a-záéíóú]{3,10}\.?\s+(?:del?\s+)?\d{4})\s+(?=\S)",
    re.I,
)


def _table_row(lines: list[str]) -> str | None:
    """The matter in a table's row below "N° FECHA [ANT.] MATERIA" ("1.277/2025 19/06/2025
    Remite información requerida sobre la / vigilancia ..."), past the antecedent's full
    stop when the table has one."""
    end = header_end(lines)
    for index in range(min(end, len(lines) - 1)):
        columns = _COLUMNS.match(fold_upper(lines[index]).strip())
        if columns is None:
            continue
        for row in range(index + 1, min(end, index + 9)):
            if values := _DATED_CELL.search(lines[row]):
                first = lines[row][values.end() :].strip()
                if columns.group("ant"):
                    first = first.split(". ", 1)[1] if ". " in first else ""
                return _carried_on(first, lines[row + 1 : end])
        return None
    return None


def _widths(parts: list[str]) -> list[int]:
    return [len(part) for part in parts]


def _carried_on(first: str, following: list[str]) -> str | None:
    """A matter's first line and the lines that carry it on, as a label's value goes on."""
    parts = [first] if first else []
    for line in following:
        # (the next field, "A: Alcalde de X", ends it as it ends a label's own block)
        if not parts or find_label(line) or not continues("MAT", parts, line, _widths(parts)):
            break
        parts.append(line.strip())
    return " ".join(parts).strip(" .;")[:300] or None


# A grid's row: the number's cell, then "MATERIA" and its value.
_GRID_MATTER = re.compile(r"\bN\W{0,3}\s*[\w./-]*\d[\w./-]*\s+(?:MATERIA|ASUNTO)\s+(?=\S)")


def _grid_matter(lines: list[str]) -> str | None:
    """The matter in a grid whose row holds the number and the matter ("N° ORD. N° 78-A
    MATERIA Solicitud de información sobre el / depósito de relaves ...")."""
    end = header_end(lines)
    for index in range(end):
        if (found := _GRID_MATTER.search(lines[index])) is None:
            continue
        return _carried_on(lines[index][found.end() :].strip(), lines[index + 1 : end])
    return None


# A certificate's title says what it certifies: "CERTIFICADO DE RESIDENCIA N° 12" (its
# number is no part of it; "CERTIFICADO N° 12" alone says nothing).
_CERTIFICATE = re.compile(r"^CERTIFICADO\s+DE\s+.+?(?=\s+N\W{0,2}(?:RO|O)?\W{0,4}(?:\d|:|$)|\s*$)")


def _certificate_title(lines: list[str]) -> str | None:
    """A certificate is registered by its title, as an informe is; a title wrapped before
    its number goes on into it ("CERTIFICADO DE NO / EXPROPIACIÓN MUNICIPAL N° 88")."""
    for index, line in enumerate(lines[:10]):
        if not _CERTIFICATE.match(fold_upper(line).strip()):
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not _NUMBERED.search(fold_upper(line)) and _NUMBERED.search(fold_upper(following)):
            line = f"{line.strip()} {following.strip()}"
        found = _CERTIFICATE.match(fold_upper(line).strip())
        return line.strip()[: found.end()].strip(" .:;,") if found else None
    return None


_NUMBERED = re.compile(r"\sN\W{0,2}(?:RO|O)?\W{0,4}\d")


def _titled_below(lines: list[str], doc_type: str) -> str | None:
    """A summary printed in capitals just below the number heading, without a verb
    ("CIRCULAR ORD. N° 0180 / DDU 478 / APLICACIÓN DEL ARTÍCULO 116 DE LA LEY ..."); a short
    code line between them is the series' own numbering."""
    end = header_end(lines)
    heading = next((i for i in range(end) if title_at(lines[i]) == doc_type), None)
    if heading is None:
        return None
    start = heading + 1
    if start < end and len(lines[start].split()) <= 3 and not _DANGLING.search(lines[start]):
        start += 1
    parts: list[str] = []
    for line in lines[start : min(end, start + 6)]:
        if _marks(line) or title_at(line) or capital_share(line) < 0.97:
            break
        parts.append(line.strip())
    text = " ".join(parts).strip(" .;")
    return text[:300] if len(text.split()) >= 4 else None


def _above_vistos(lines: list[str]) -> str | None:
    """An act's summary without a verb, in capitals just above its VISTOS ("ORDENANZA QUE
    REGULA LA TENENCIA RESPONSABLE DE MASCOTAS / VISTOS:"); not its number, date, office,
    formula or addressee."""
    end = header_end(lines)
    if end >= len(lines) or not re.match(r"^V\s?I\s?S\s?T\s?O", fold_upper(lines[end]).strip()):
        return None
    top = end
    while top > 0 and end - top < 4 and _summary_above(lines[top - 1]):
        top -= 1
    text = " ".join(line.strip() for line in lines[top:end]).strip(" .;:")
    if _DANGLING.search(fold_upper(text)) or len(text.split()) < 4:
        return None  # a table's heading row: "BENEFICIARIO MONTO POR CONCEPTO DE"
    if top and _DANGLING.search(fold_upper(lines[top - 1])):
        return None  # the end of a summary that opens beside a number or a date
    return text[:300] if len(text.split()) >= 3 else None


# A decreto de pago's field of what is paid; a memo's theme.
_CONCEPT = re.compile(r"^(?:por\s+)?concepto(?:\s+de)?\s*:?\s+(?=\S)", re.I)
_THEME = re.compile(r"^tema\s*:\s*(?=\S)", re.I)


def _concept(lines: list[str], field: re.Pattern[str] = _CONCEPT) -> str | None:
    """The value of a header's ``field`` ("POR CONCEPTO DE Pago de factura N° 7950 ... por
    arriendo / de maquinaria", a memo's "Tema: Ayudas sociales de invierno"), when the
    document has no summary."""
    end = header_end(lines)
    for index in range(end):
        if found := field.match(lines[index].strip()):
            parts = [lines[index].strip()[found.end() :]]
            for line in lines[index + 1 : end]:
                if not (_DANGLING.search(fold_upper(parts[-1])) or goes_on_lower(line)):
                    break
                parts.append(line.strip())
            return " ".join(parts).strip(" .;")[:300] or None
    return None


_UNIT_LINE = re.compile(
    r"^(?:DEPTO|DEPARTAMENTO|DIRECCION|SECRETARIA|ALCALDIA|CONCEJO|UNIDAD|OFICINA|SECCION"
    r"|SUBDIRECCION|GABINETE|ADMINISTRACION|DIVISION|TESORERIA|JUZGADO|REPUBLICA|PROVINCIA"
    r"|REGION)\b|\bMUNICIPAL(?:IDAD)?\b"
)


def _summary_above(line: str) -> bool:
    folded = fold_upper(line).strip()
    return not (
        capital_share(line) < 0.97
        or _UNIT_LINE.match(folded)  # the letterhead's unit: "DEPTO. DE FINANZAS", "ALCALDÍA"
        or folded.endswith(",")  # the place of a date set apart: "COYHAIQUE,"
        or _marks(line)
        or title_at(line)
        or _opens_with_office(folded)
        or ACT_FORMULA.match(folded)
        or addressee(line)
        or _PAGE.match(folded)
    )


def _summary_goes_on(last: str, line: str, capitals: bool) -> bool:
    """A line cut at "DE" or "LA" goes on ("DEJA SIN EFECTO LA / RESOLUCIÓN EXENTA N° 30
    ..."), and so does one in lower case after a summary that is not in capitals; else a
    date, a number, a title ("RESOLUCIÓN EXENTA ELECTRÓNICA"), the addressee, the formula
    that opens the act, an office's name, a sentence of the body or, after capitals, a line
    not in capitals ends the summary."""
    if _DANGLING.search(fold_upper(last)):
        return not find_label(line)
    if not capitals and goes_on_lower(line) and not last.endswith("."):
        return True  # "Pone término al convenio suscrito / el 28 de marzo de 2024 sobre ..."
    if _marks(line) or title_at(line) or last.endswith(".") or addressee(line):
        return False
    if ACT_FORMULA.match(fold_upper(line).strip()):
        return False  # "CON ESTA FECHA SE HA DICTADO EL SIGUIENTE DECRETO:"
    if not capitals and opens_sentence(line):
        return False  # the body: "En atención a la materia, ..."
    if _opens_with_office(fold_upper(line)) and in_capitals(line):
        return False  # the letterhead of the column beside it, as OCR reads a scan
    return not capitals or in_capitals(line)


def _place_alone(line: str, following: str) -> bool:
    folded = fold_upper(line).strip()
    if len(line.split()) > 3:
        return False
    return bool(_PLACE_COMMA.match(folded)) or bool(
        _CAPITAL.match(folded) and (not following or _marks(following))
    )


def _plain_summary(lines: list[str]) -> str | None:
    """Contraloría's summary in plain words ("Municipalidad de X debe pagar ..."): the run of
    sentence-case lines of the header after its number, date or file reference, just
    before its number ("Solicita informar ... / OFICIO N° E84457"), or opening the page
    before the letterhead (OCR reads the right-hand column of a scan first)."""
    parts: list[str] = []
    numbered = False  # a number, a date or a reference came before the run
    opening = True  # nothing but marks came before the run
    end = header_end(lines)
    for at, line in enumerate(lines[:end]):
        if _PAGE.match(fold_upper(line).strip()):
            continue
        letterhead = _opens_with_office(fold_upper(line)) and len(line.split()) <= 6
        if letterhead and at + 1 < end and goes_on_lower(lines[at + 1]):
            letterhead = False  # "Municipalidad de X debe / ajustar el pago ..." is a sentence
        mark = _marks(line)
        if addressee(line):
            break  # "... sobre el tránsito de camiones / Señor Alcalde / Presente"; the body
        if parts and _DANGLING.search(fold_upper(parts[-1])) and not mark:
            letterhead = False  # "a los funcionarios del / Departamento de Salud ..."
        if mark or in_capitals(line) or letterhead:
            words = len(" ".join(parts).split())  # (fewer than five: an office's unit's name)
            if words >= 5 and (numbered or mark or (opening and words >= 8)):
                break
            parts = []
            numbered, opening = numbered or mark, opening and mark
            continue
        parts.append(line.strip())
    if len(parts) > 5:
        return None  # a paragraph of the body ("Por orden del señor Presidente de la Cámara")
    text = " ".join(parts[:4]).strip(" .;")
    return text[:300] if len(text.split()) >= 5 else None


# A line that is nothing but a reference: a few words and their number (not a summary's
# end: "CONFORME A LA LEY N° 19.418").
_REFERENCE_LINE = re.compile(
    r"^(?:(?!(?:A|AL|LA|LAS|LOS|EL|DE|DEL|Y|EN|CON|POR|PARA|SOBRE)\s)[A-Z.]+\s+){1,4}"
    r"N\W{0,3}\s*[A-Z]{0,2}-?\d[\d./-]*$"
)


def _marks(line: str) -> bool:
    """A date (or its place and day, the rest on the next line), a label, the body's opening
    or a number that heads its line, a file's reference ("Ingreso CGR N° W046992/2025"); not
    a sentence that cites a number ("ordenado en el Informe Final N° 7, de 2025")."""
    folded = fold_upper(line).strip()
    if _PLACE_THEN_DAY.match(folded) or _REFERENCE_LINE.match(folded):
        return True
    if (number := DOC_NUMBER.search(folded)) and number.start() <= 2:
        return True  # "Dictamen N° E464187 / 2025"
    if capital_share(line) >= 0.5 or len(line.split()) < 5:
        return interrupts(line)
    return bool(find_date(line) or find_label(line) or BODY_OPENER.match(fold_upper(line).strip()))


# The offices a letterhead names first ("MINISTERIO DE SALUD", "Ilustre Municipalidad de X");
# not "Vehículos de la Municipalidad de X ..." nor "NACIONAL DE INFORMACIÓN MUNICIPAL".
_OFFICE = re.compile(rf"(?:[IL1]\s?\.\s*|ILUSTRE\s+)?(?:{OFFICES})\b")  # "l." as OCR reads "I."


def _opens_with_office(folded: str) -> bool:
    return _OFFICE.match(folded.strip()) is not None


# A section's heading below a title: "TÍTULO I", "CAPÍTULO 1", "1. CONCLUSIONES", "I.-".
_SECTION = re.compile(r"^(?:TITULO|CAPITULO)\b|^(?:\d{1,2}|[IVX]{1,4})\s*(?:[.)]|\.-)\s*[A-Z]")
_PARTY_NUMBER = re.compile(r"^N\W{0,3}\s*\d+\s+[A-Z]")  # a party's own number: "N° 7 COIPIN"
_SESSION = re.compile(r"^SESION\s+(?:ORDINARIA|EXTRAORDINARIA|ESPECIAL|SOLEMNE)\b")
_LONE_NUMBER = re.compile(r"^\d[\d.]*(?:\s*/\s*\d{4})?$")


def _title(lines: list[str], words: str) -> str | None:
    """The title line and the lines in capitals that carry it on, not the parties' or the
    offices' names that follow (unless the title names them: "CONVENIO ... ENTRE"); a line
    cut at "DE" or "SOBRE" always goes on."""
    start = next(
        (i for i, line in enumerate(lines[:10]) if re.match(words, fold_upper(line).strip())), None
    )
    if start is None:
        return None
    parts = [lines[start].strip()]
    for line in lines[start + 1 : start + 6]:
        folded = fold_upper(line).strip()
        first = fold_upper(parts[0]).strip(" .:")
        session = first[:4] == "ACTA" and _SESSION.match(folded)
        if len(parts) == 1 and (first == "ACTA" or session):
            parts.append(line.strip())  # "ACTA / SESIÓN ORDINARIA N° 45", "ACTA DE ACUERDOS / ..."
            continue
        if ENDS_WITH_SIGN.search(fold_upper(parts[-1])) and _LONE_NUMBER.match(folded):
            parts.append(line.strip())  # "ACTA EXTRAORDINARIA N° / 100", as a scan reads it
            continue
        naming = bool(re.search(r"\bENTRE\b", fold_upper(" ".join(parts))))
        if naming and in_capitals(line) and _PARTY_NUMBER.match(folded):
            parts.append(line.strip())  # "... Y JUNTA DE VECINOS / N° 7 COIPÍN"
            continue
        if interrupts(line) or ends_sentence(parts[-1]) or _SECTION.match(folded) or ":" in line:
            break  # (nor into a field: "PERIODO: FEBRERO 2025")
        if _names_the_parties(parts[0], line):
            parts.append(line.strip())
            continue
        dangling = bool(_DANGLING.search(fold_upper(parts[-1])))
        own_line = in_capitals(line) and (naming or not names_a_party(folded))
        # a title in sentence case that names its parties goes on to its second line, and
        # further while a line carries on in lower case, not into the body ("Entre la
        # Ilustre Municipalidad ...", "Comparecen ...")
        body = re.match(r"^(?:ENTRE|COMPARECE|EN\s|PRIMERO)\b", folded)
        carries_on = len(parts) == 1 or line.strip()[:1].islower()
        sentence_case = naming and not in_capitals(parts[0]) and carries_on
        # ... and any title in sentence case into a line in lower case ("que regula el aseo
        # y ornato / de la comuna de X")
        lower = not in_capitals(parts[0]) and goes_on_lower(line)
        own_line = own_line or bool((sentence_case or lower) and not body)
        if not (dangling or own_line) or (not naming and re.match(r"^(?:ENTRE|Y)\b", folded)):
            break
        parts.append(line.strip())
    return " ".join(parts).strip(" .;:")[:300] or None


def _names_the_parties(first: str, line: str) -> bool:
    """A title's "ENTRE" line: alone, as a centred title sets it, or in capitals below a
    title in capitals and without a comma (the body's "ENTRE LA ILUSTRE MUNICIPALIDAD DE X,
    RUT ..." has one)."""
    folded = fold_upper(line).strip()
    if not re.match(r"^(?:\d{4}\s+)?ENTRE\b", folded):  # ("... LOCAL / 2024 ENTRE ...")
        return False
    return folded == "ENTRE" or (in_capitals(first) and in_capitals(line) and "," not in line)


def _convenio_subject(lines: list[str]) -> str | None:
    """The title, with the purpose of the transfer when the object clause says it."""
    title = _title(lines, r"CONVENIO\b|CONTRATO\s+DE\b")
    if title is None:
        return None
    at = next((i for i, ln in enumerate(lines) if re.search(r"OBJETO", fold_upper(ln))), None)
    purpose = paragraph(lines, at) if at is not None else ""
    found = re.search(r"\b(?:financiar|apoyar|ejecutar)\s+(.+?)(?:\.\s|\.?$)", purpose)
    if found is None or re.search(r"\b(?:SOBRE|RELATIVO|PARA|ENTRE)\b", fold_upper(title)):
        return title  # a title that says what for or between whom is the subject itself
    return f"{title.capitalize()} para {found.group(1)}"

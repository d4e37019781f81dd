"""Patterns of Chilean public documents, tolerant of OCR noise (N*, N?, lost accents)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from index.terms import rut_check_digit as rut_check_digit  # one módulo 11, shared
from pipeline.classification.spelled import spelled_dates

MONTHS = {
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}

# "N°", "Nº", "N.°", "N*", "N?", "N%", "N“", "NS", "NO", "No.", "Nro.", "NUM." as OCR reads them;
# on a scan Tesseract also reads the raised "º" as a 2 or a 9 ("N2 739", "N.2 2.067", "N.9 27"),
# told from a real 2 by the number that follows it ("N°2 15.03.2026" is number 2, and a date).
NUM_SIGN = (
    r"(?:N\s?\.?\s?[°º˚*?%\"“”'oO0S]{0,2}[29](?=\s+\d)"
    r"(?!\s+\d{1,2}(?:[./-]\d{1,2}[./-]\d|\s+DE\b))"
    r"|N\s?\.?\s?[°º˚*?%\"“”'oO0S]{0,2}\.?|NRO\.?|NUM(?:ERO)?\.?)"
)
# A document's own number: digits with thousands dots (a comma on a scan: "3,396"), or
# Contraloría's "E123456" (a document system's "E-12345").
# (a series' letter belongs to the number: "N° 265-B"; a year does not: "N° 1089-24")
NUMBER_VALUE = (
    r"(?P<value>E-?\d{4,7}(?:N\d{2})?|\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+(?:-[A-Z](?![\w-]))?)"
    r"(?![\d.]\d)"
)
# Between the sign and the digits: "N°: 12", "N°- 12" (as typed or as OCR reads a dot), and
# the border of the table cell that holds the number, as OCR reads it: "N°: [1.411", "¡56",
# "(2765" (not a year in brackets: "N° ____ (2025)").
BEFORE_VALUE = r"\s*[:\-–]?[\s_]*(?:[\[|¡]\s*|\((?=\d+\b(?!\))))?"
# The issuing office's initials between an oficio's name and its sign: "ORD. ALC. N°",
# "OF. ORD. D.E. N°" (the SEA's Dirección Ejecutiva, not a decreto exento), "ORD. DOH N°",
# "OFICIO ORD. SEREMI N°", "Ord. (D.O.M.) N°", a ministry's code: "ORD. B/ N°", "ORD. C31/N°".
OFFICE_INITIALS = (
    r"(?:\s*\.?\s*[A-Z]\d{0,3}\s?/(?=\s*N)"
    r"|\s*\.?\s*(?:[A-Z]\s?\.\s?){1,3}|\s*\.?\s+[A-Z]{1,6}\b\.?|\.[A-Z]{2,6}\b\.?"
    r"|\s*\.?\s*\(\s*(?:[A-Z]\s?\.?\s?){2,6}\)){0,2}"
)
# The words that introduce a number, per type: "CIRCULAR ORD. N°", "RES. EX. N°", "REX N°".
NUMBER_PREFIXES: dict[str, str] = {
    # a ministry's code may precede the sign: "CIRCULAR B2/N° 12"
    "circular": r"(?:(?:OFICIO|ORD(?:INARIO)?|OF)\s*\.?\s*)?CIRC(?:ULAR|\s*\.)"
    r"(?:\s*(?:ORD(?:INARI[OA])?|OFICIO|INTERNA)\s*\.?)?(?:\s*ELECTRONICA)?"
    r"(?:\s*[A-Z]\d{1,3}\s*/?)?",
    # the issuer's initials may precede the sign: "RESOLUCIÓN EXENTA SII N° 189", "IP/N° 315";
    # a document system may print "RESOLUCION EXENTO"
    "resolucion": r"(?:RES[O0]LUCI[O0]N(?:\s+(?:EXENT[AO]|EX\.?|AFECTA|ELECTRONICA|TRAMITADA))*"
    r"|RES(?:OL)?\s*\.?\s*EX(?:ENT[AO])?(?:\s*\.?\s*ELEC\w*)?)(?:\s+[A-Z]{2,4}\s*/?(?=\s*N))?"
    r"|REX|RESOL|RES",
    # "DECRETO ALCALDICIO (E) N°": (E) marks it exento; "DTO. ALC. N°", "DECRETO ALC. EX. Nro."
    # ("DECRETO ALCALDICIO SECCIÓN 1ª N°": the section of the municipality's series)
    "decreto": r"DECRETO(?:\s+(?:ALCALDICIO|ALC\.?|EXENTO|EX\.?|AFECTO|SUPREMO|DE\s+PAGO))*"
    r"(?:\s*\(E\))?(?:\s*\(?SECCION\s+\d\s*[A°º]?\)?)?"
    r"|D\s*\.\s*[ASEP]\s*\.?(?:\s*E\s*\.?|\s*EX(?:ENTO|\s*\.)?)?(?:\s*\(E\))?"
    r"|DTO\s*\.?(?:\s*ALC\s*\.?)?(?:\s*EX\s*\.?)?",
    "dictamen": r"DICTAMEN",
    "ordenanza": r"ORDENANZA(?:\s+(?:MUNICIPAL|LOCAL))?",
    # "INFORME DE FISCALIZACION N° 234", "CERTIFICADO DE ANTIGUEDAD LABORAL N° 905"
    "informe": r"INFORME(?:\s+(?!N\W)[A-Z]+){0,4}?",
    # "MEMORAN DUM" (OCR), "MEMO INT."
    "memorandum": r"MEMO(?:\s?RAN\s?DUM|RANDO)?(?:\s+(?:INTERNO|INT\.?|ELECTRONICO))?",
    "certificado": r"CERTIFICADO(?:\s+(?!N\W)[A-Z]+){0,4}?",
    # a company's own series, its heading: "Cta. N° 429" (not "Banco Estado Cta. N° 6290")
    # ("Carta GZ-Ñ N°: 1715": a zone's series; "Carta Ext. N° 142": an external one)
    "carta": r"CARTA(?:\s+[A-Z]{2,6}(?:-[A-Z]{1,3})?\b\.?(?=\s*N))?|(?<![^\n])CTA\s*\.",
    # a routing slip's own number ("PROVIDENCIA N° 986"), not the paper it routes
    # (opening its line, with nothing but the number after it: not "Av. Providencia N° 2653,")
    "providencia": r"(?<![^\n])PROVIDENCIA(?=\s*N[^\n,]*(?:\n|$))",
    # a committee's minutes name it before the number: "ACTA COMISIÓN DE HACIENDA N° 20"
    "acta_concejo": r"(?:ACTA(?:\s+(?:DE\s+(?:LA\s+)?)?(?:SESION|COMISION\b[A-Z ,]{0,60}?))?"
    r"|SESION)(?:\s+(?:ORDINARIA|EXTRAORDINARIA))?",
    "oficio": r"(?:OF\s*\.?\s*)?ORD(?:INARIO)?(?:\s*\.?\s*RESERVADO)?"
    + OFFICE_INITIALS
    + r"|OF\s*\.?\s*RES(?:ERVADO)?\b"
    # the issuing office's initials after an oficio's name too: "OF. ALC. N°", "OFICIO DOM N°"
    # (not "OFICIO S/N°", "OFICIO SIN N°", "OFICIO EN N° 12")
    r"|(?:OFICIO(?:\s+(?:ORD(?:INARIO)?|RESERVADO))?(?:\s+ELECTRONICO)?|OF)"
    r"(?:\s*\.?\s+(?!(?:SIN|SU|SUS|EN|DE|DEL|AL|LA|EL|LOS|LAS)\b)[A-Z]{2,6}\b\.?)?",
}
DOC_NUMBER = re.compile(
    r"\b(?:"
    + "|".join(f"(?P<{key}>{prefix})" for key, prefix in NUMBER_PREFIXES.items())
    + r")\s*\.?\s*"
    + NUM_SIGN
    + BEFORE_VALUE
    + NUMBER_VALUE
    + r"(?:\s*/\s*(\d{4}))?",
)
# A number without its type's name: "N° 1.234" opening a line, or after a date ("SANTIAGO,
# 12 ENE 2024 N° 1.234", as Contraloría prints it), or after "RESOLUCIÓN EXENTA" cut by OCR.
# A form's "Folio N° 1062" numbers it too, and the Diario Oficial's extract prints it after
# the date: "Las Condes, 6 de febrero de 1998.- Núm. 512.-".
BARE_NUMBER = re.compile(
    r"(?:^|\d{4}[\s,.\-–]+|^FOLIO\s+)" + NUM_SIGN + BEFORE_VALUE + NUMBER_VALUE
)


_RESERVED = re.compile(r"\bRESERVAD[OA]\b", re.I)
# "OF. RES. N° 12", "ORD. RES. N° 12": the reserved oficio abbreviated in its heading.
_RESERVED_HEADING = re.compile(r"\b(?:OF|ORD|OFICIO)\s*\.?\s*RES\s*\.\s*N", re.I)
# The word "No" ending the line ("Reservado No", "Reservado: NO"), not "Nº" nor "NO DIFUNDIR".
_ANSWERED_NO = re.compile(r"[ \t]*:?[ \t]*NO[ \t.|]*$", re.I)
_FIELD_BEFORE = re.compile(r"^\W*(?:TIPO\b.*)?$", re.I)


def names_reserved(text: str) -> bool:
    """ "OF. RESERVADO", "OF. RES. N° 12", "RESERVADO NO DIFUNDIR", but not a document
    platform's field answered no ("Reservado No" ending its line, which it opens or where it
    follows the "Tipo" field, and no number on the next line). Read in the original text, where
    "No" and "Nº" differ. When in doubt it is reserved: a reserved paper shown is worse than
    the reverse."""
    lines = text.splitlines()
    if any(_RESERVED_HEADING.search(line) for line in lines):
        return True
    for index, line in enumerate(lines):
        following = lines[index + 1].lstrip(" [|¡") if index + 1 < len(lines) else ""
        for match in _RESERVED.finditer(line):
            field = _FIELD_BEFORE.match(line[: match.start()]) is not None
            answered = _ANSWERED_NO.match(line, match.end()) is not None
            if not (field and answered and not following[:1].isdigit()):
                return True
    return False


def number_family(match: re.Match[str]) -> str:
    """The type whose name introduced a ``DOC_NUMBER`` match."""
    return next(key for key in NUMBER_PREFIXES if match.group(key) is not None)


def number_of(match: re.Match[str]) -> str:
    """The number as printed, without thousands dots ("0012" keeps its zeros)."""
    return match.group("value").replace(".", "").replace(",", "")


# Transparency requests are numbered by the Portal: "Folio: MU123T0001234", "Folio Nº: ...".
# OCR may read a digit of it as a letter (5 as S, 0 as O, 1 as I): see ``folio``.
# OCR may also split it after the letter: "MU966T 1674069".
# The Lobby platform numbers its requests alike: "N° de solicitud SA674AW3744677".
FOLIO = re.compile(
    r"\b(?:FOLIO(?:\s*N(?:O\b)?\W{0,2})?|(?:N\W{0,3}|NUMERO)\s*DE\s+SOLICITUD)\s*:?\s*[\[|]?"
    r"([A-Z]{2}[\dSOIL]{3}[A-Z]{1,2}\s?[\dSOIL]{7})\b"
)
_DIGIT_LOOKALIKES = str.maketrans("SOIL", "5011")


def folio(raw: str) -> str:
    """The folio with its digit positions read as digits."""
    raw = raw.replace(" ", "")
    digits = _DIGIT_LOOKALIKES
    return raw[:2] + raw[2:5].translate(digits) + raw[5:-7] + raw[-7:].translate(digits)


# Stamps and electronic documents abbreviate the month: "12 ENE 2024", "12-ENE-2024".
MONTH_ABBREVIATIONS = {
    "ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8,
    "sept": 9, "sep": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12,
}  # fmt: skip
_MONTH_WORDS = "|".join([*MONTHS, *MONTH_ABBREVIATIONS])
# "10 de marzo de 2026", "12-ENE-2024", "8 de Septiembre de2008" (a lost space), and the
# minutes' "a 06 días del mes de enero de 2016".
_DAY_TO_MONTH = r"(?:\s+de\s+|\s*[-./]\s*|\s+|\s+d[ií]as\s+(?:del\s+mes\s+)?de\s+)"
DATE_WORDS = re.compile(
    rf"\b(\d{{1,2}})\s*(?:°|º)?{_DAY_TO_MONTH}({_MONTH_WORDS})(?![a-z])\.?"
    r"\s*(?:del?\s*|[-./,]\s*)?(\d{4})\b"
)
# The month first, as many hand-written letters date themselves: "enero 21 del 2025".
DATE_MONTH_FIRST = re.compile(
    r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})\s*(?:,\s*|\s+del?\s+|\s+)(\d{4})\b"
)
# An e-mail printed from a mail program in English: "Sent: Monday, March 10, 2025 8:43 PM".
_ENGLISH = ["january", "february", "march", "april", "may", "june", "july", "august"]
_ENGLISH_MONTHS = {
    m: n for n, m in enumerate([*_ENGLISH, "september", "october", "november", "december"], 1)
}
DATE_ENGLISH = re.compile(r"\b(" + "|".join(_ENGLISH_MONTHS) + r")\s+(\d{1,2}),\s*(\d{4})\b")
# (also glued to a word by the text layer: "Santiago26/02/2018")
DATE_NUMERIC = re.compile(r"(?:\b|(?<=[a-z]))(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b")
DATE_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# Contraloría writes the month in Roman numerals: "25-I-2016", "25.XII.2016".
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
          "x": 10, "xi": 11, "xii": 12}  # fmt: skip
DATE_ROMAN = re.compile(r"\b(\d{1,2})[-.](i{1,3}|iv|vi{0,3}|ix|xi{0,2})[-.](\d{4})\b")
RUT = re.compile(r"\b(\d{1,2}(?:\.\d{3}){2}|\d{7,8})\s?-\s?([\dkK])\b")
# Labels that open a line ("DE:", "A:", form fields), and ANT./MAT./REF., which may also
# follow a letterhead on the same line when the header is printed in two columns.
# A lawyer's escrito sums up its requests: "SUMA: Interpone recurso de reposición" or "EN LO
# PRINCIPAL: Reclama ...; OTROSÍ: Acompaña documentos" (not a sum of money: "Suma: $ 120.000").
_LINE_LABELS = (
    r"DE|A|PARA|SOLICITANTE|NOMBRE DEL SOLICITANTE|NOMBRE|INFORMACION SOLICITADA|SUJETO PASIVO"
    r"|SUMA(?!\s*\.?\s*:\s*(?:US\$|CLP|\$|\d|[A-Z ]*\bPESOS\s*\.?\s*$))|EN LO PRINCIPAL"
    # an organisation's letter sums up what it asks as an escrito does: "SOLICITA: Reunión ..."
    r"|SOLICITA(?=\s*:)"
    # a decreto's summary or an office's object, labelled so: "RESUMEN: Aprueba ...",
    # "Objeto: Da respuesta a ..."
    r"|RESUMEN(?=\s*:)"
)
# "SUBJECT": an e-mail printed from an English mail program ("From:", "Sent:", "Subject:");
# "OBJ.": Carabineros' oficios state their object so ("OBJ.: Remite Parte Denuncia ...").
_INLINE_LABELS = r"ANT(?:ECEDENTES?)?|MAT(?:ERIA)?|REF(?:ERENCIA)?|ASUNTO|SUBJECT|OBJ(?:ETO)?"
# Many offices write "MAT.- ", "ANT.- ", "DE.- ", "PARA.- " ("A.- " too, but a lettered point
# of the body is written so: it is not taken for a label).
_DASHED = r"ANT(?:ECEDENTES?)?|MAT(?:ERIA)?|REF(?:ERENCIA)?|DE|PARA"
# A header printed as a table puts the abbreviation in one cell and the value in the next:
# "MAT. Solicita pronunciamiento ...", "Mat Deriva presentación ...", "Mat/ Convoca ...", or
# "REF" alone, its value on the next line.
_TABLED = r"ANT|MAT|REF(?:ERENCIA)?|OBJ"
# The fields of citizens' forms that hold what is asked, printed in a table (OCR often
# loses the colon): the portal's "Información solicitada", OIRS' "Materia del reclamo".
_FORM_FIELDS = (
    r"INFORMACION SOLICITADA|DETALLE DE LO SOLICITADO|DESCRIPCION DE LA SOLICITUD"
    r"|MATERIA DEL RECLAMO|MATERIA DE LA SOLICITUD|MATERIA DE LA AUDIENCIA"
    r"|MOTIVO DEL RECLAMO|MOTIVO DE LA SOLICITUD"
    # a table's bare field name, not the word ending a sentence ("expone sobre la materia."),
    # with what qualifies it: "Materia a tratar", "Especificación de la materia", "Motivo de
    # la audiencia", "Objetivo de la reunión" (a lobby request's fields)
    r"|(?:ESPECIFICACION DE LA )?(?:MATERIA|ASUNTO|MOTIVO)(?![.,;])"
    r"(?:\s+(?:A TRATAR|DE LA (?:AUDIENCIA|REUNION|SOLICITUD|MATERIA)(?: A TRATAR)?))?"
    r"|OBJETIVO DE LA (?:AUDIENCIA|REUNION)"
    r"|ANTECEDENTES?(?=\s+\w)"
    # the Portal de Transparencia's own receipt: "Solicitud: Copia íntegra del ..."
    r"|SOLICITUD(?=\s*:)"
)
LABEL = re.compile(
    # a table's one column for both: "ANT./MAT. Informa ..." (its value states the matter)
    r"^\s*(?P<both>ANT\s*\.?\s*/\s*MAT)\s*\.?\s*:?\s*(?=\S)|"
    rf"^\s*(?P<label>{_LINE_LABELS})\s*\.?\s*:|(?:^|(?<=\s))(?P<inline>{_INLINE_LABELS})\s*[.,;]?\s*[:;]"
    rf"|^\s*(?P<dashed>{_DASHED})\s*\.\s*-|^\s*(?P<tabled>{_TABLED})(?:\s*\.\s+(?=\S)|\s*/\s*(?=\S)|\s+(?=[A-Z])|\s*\.?$)"
    rf"|^\s*(?P<form>{_FORM_FIELDS})\b\s*:?"
)


_SPACED = re.compile(r"(?<!\S)(?:\w )+\w(?![^\s:.,;])")


def squeeze(line: str) -> str:
    """Runs of blanks cut to three: they still part two columns, and the number patterns, whose
    optional blanks meet, stay linear on a line that OCR filled with thousands of them."""
    return _BLANKS.sub("   ", line) if "    " in line or "\t" in line else line


_BLANKS = re.compile(r"[ \t]{4,}|\t")


def drop_rules(line: str) -> str:
    """A table's vertical rules as OCR reads them ("| Materia | Solicita ... |"): not text."""
    return _RULES.sub("", line).strip() if "|" in line or "¦" in line else line


_RULES = re.compile(r"(?:^|(?<=\s))[|¦]+(?=\s|$)\s*")


def unspace(line: str) -> str:
    """ "R E S O L U C I Ó N" -> "RESOLUCIÓN": titles typed with spaced capitals."""

    def join(match: re.Match[str]) -> str:
        letters = match.group(0).split(" ")
        if len(letters) >= 4 and all(c.isalpha() and c.isupper() for c in letters):
            return "".join(letters)
        return match.group(0)

    return _SPACED.sub(join, line)


class _Uncombined(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters come."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


def fold_upper(text: str) -> str:
    """Upper case without accents, for matching; positions are not preserved."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed.upper()
    return decomposed.translate(_UNCOMBINED).upper()


def normalise_rut(body: str, dv: str) -> str | None:
    """``12.345.678-5`` if the check digit is right, else None."""
    digits = int(body.replace(".", ""))
    if digits < 1_000_000 or rut_check_digit(digits) != dv.upper():
        return None
    return f"{digits:,}".replace(",", ".") + f"-{dv.upper()}"


def find_ruts(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in RUT.finditer(text):
        rut = normalise_rut(match.group(1), match.group(2))
        if rut and rut not in found:
            found.append(rut)
    return tuple(found)


# A year in two digits ("Temuco, 3.10.24", "FECHA: 15.05.24"): read only where the text says
# it is the document's date (a place before it, or a FECHA field), never in running text.
_DATE_SHORT = re.compile(r"(?:\b|(?<=[a-z]))(\d{1,2})[./-](\d{1,2})[./-](\d{2})\b(?![./-]?\d)")


def find_short_date(text: str) -> date | None:
    """The first day/month/two-digit-year date, of this century."""
    for match in _DATE_SHORT.finditer(text.lower()):
        if found := _safe_date(2000 + int(match.group(3)), match.group(2), match.group(1)):
            return found
    return None


def find_date(text: str) -> date | None:
    """The first plausible date: written out ("10 de marzo de 2026", "12 ENE 2024"),
    numeric ("12.01.2024", "2024-01-12") or with a Roman month ("25-I-2016")."""
    lowered = unicodedata.normalize("NFC", text).lower()
    candidates: list[tuple[int, date | None]] = []
    for match in DATE_WORDS.finditer(lowered):
        month = MONTHS.get(match.group(2)) or MONTH_ABBREVIATIONS[match.group(2)]
        candidates.append((match.start(), _safe_date(match.group(3), month, match.group(1))))
    for match in DATE_MONTH_FIRST.finditer(lowered):
        candidates.append((match.start(), _safe_date(match[3], MONTHS[match[1]], match[2])))
    for match in DATE_ENGLISH.finditer(lowered):
        candidates.append(
            (match.start(), _safe_date(match[3], _ENGLISH_MONTHS[match[1]], match[2]))
        )
    for match in DATE_NUMERIC.finditer(lowered):
        candidates.append((match.start(), _safe_date(*match.group(3, 2, 1))))
    for match in DATE_ISO.finditer(lowered):
        candidates.append((match.start(), _safe_date(*match.group(1, 2, 3))))
    for match in DATE_ROMAN.finditer(lowered):
        month = _ROMAN[match.group(2)]
        candidates.append((match.start(), _safe_date(match.group(3), month, match.group(1))))
    candidates.extend(spelled_dates(lowered))
    found = [(start, day) for start, day in candidates if day is not None]
    return min(found)[1] if found else None


def _safe_date(year: str | int, month: str | int, day: str | int) -> date | None:
    if not 1900 <= int(year) <= 2100:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


# A line cut at a word that needs the next line (a preposition, an article, a conjunction, a
# grade before its number: "PROFESIONAL GRADO / 8° E.M.S."), in capitals (a stray dot of OCR
# after it: "RELATIVO AL."; not the "A." of "S.A.").
CUT_AT_WORD = re.compile(
    r"(?<![.\w])(?:DE|DEL|LA|LAS|LOS|EL|Y|E|PARA|SOBRE|EN|QUE|CON|POR|A|AL|ILUSTRE|DESDE|HASTA"
    r"|HACIA|ANTE|ENTRE|CONTRA|SIN|SEGUN|DURANTE|MEDIANTE|GRADO|ESA|ESE|ESTA|ESTE|DICHA|DICHO)"
    r"\s*\.?\s*$"
)


# A full stop that closes an abbreviation, not a sentence: a firm's "S.A.", "Ltda.", "SpA.".
_ABBREVIATION_END = re.compile(
    r"(?:\bS\.\s?A|\bLTDA|\bS\.?P\.?A|\bE\.I\.R\.L|\bS\.R\.L|\bCIA|\bINC)\.$", re.I
)


def ends_sentence(text: str) -> bool:
    """Whether a line ends with a sentence's full stop (not with "S.A." or "Ltda.")."""
    stripped = text.rstrip()
    return stripped.endswith(".") and not _ABBREVIATION_END.search(stripped)


# How a summary opens: the verb of what the act does, plain or imperative ("APRUÉBASE").
VERBS = (
    "APRUEBA|DECLARA|ORDENA|AUTORIZA|DESIGNA|NOMBRA|MODIFICA|DEJA|OTORGA|CONCEDE|DISPONE"
    "|ESTABLECE|FIJA|ASIGNA|ADJUDICA|RECHAZA|ACOGE|INSTRUYE|DELEGA|CREA|LLAMA|CONVOCA"
    "|PRORROGA|RENUEVA|REVOCA|SANCIONA|APLICA|AMPLIA|ACEPTA|DEROGA|INICIA|PONE|ENCOMIENDA"
    "|CONTRATA|RECTIFICA|COMPLEMENTA|REGULARIZA|ACLARA|IMPARTE|REITERA|DETERMINA|CALIFICA"
    "|PROMULGA|SUSPENDE|TRANSFIERE|TRASPASA|REEMPLAZA|INCORPORA|EXIME|PERMITE|DA|INFORMA"
    "|REMITE|SOLICITA|ENCARGA|CANCELA|RATIFICA|RECONOCE|RESTITUYE|ACTUALIZA|DIFUNDE|COMUNICA"
    "|DICTA|REGULA|REAJUSTA|CITA|REQUIERE|RESPONDE|NOTIFICA|DEVUELVE|ADJUNTA|ACUSA|DERIVA"
    "|OFICIA|PIDE|ENVIA|CONSTITUYE|FORMULA|CONFORMA|CONFIRMA|CONFIERE|CONVALIDA|INVALIDA"
    "|ANULA|SUSCRIBE|ADQUIERE|ARRIENDA|CEDE|DESAFECTA|EXTIENDE|AUMENTA|REDUCE|RESTABLECE"
    "|HABILITA|INHABILITA|DESTINA|ADSCRIBE|ENCASILLA|PROMUEVE|PROPONE"
)
# What a writer's request is called when it opens a headline or an object ("SOLICITUD DE ...",
# "Denuncia por ...").
REQUEST_NOUNS = (
    "SOLICITUD|DENUNCIA|RECLAMO|PETICION|INVITACION|CONVOCATORIA|RESPUESTA|REMISION"
    "|OBSERVACIONES|PROPUESTA|CONSULTA"
)

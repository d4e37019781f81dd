"""The labelled blocks of a document's header: ANT., MAT./REF./MATERIA, DE, A, form fields.

A label may sit after a letterhead on the same line (headers in two columns) and its value
may run over several lines; the lines that carry a label's value are known, so that a date,
a number or a type named inside "ANT.: Resolución Exenta N° 45 de 2023" is not taken for
the document's own.
"""

from __future__ import annotations

import re

from pipeline.classification.patterns import (
    DOC_NUMBER,
    LABEL,
    REQUEST_NOUNS,
    VERBS,
    find_date,
    fold_upper,
)
from pipeline.classification.placedate import PLACE_DAY, dated

OWN_LABEL = re.compile(r"^[A-Za-zÁÉÍÓÚÑáéíóúñ .]{2,30}:")
# The formula that opens an act: "Hoy se ha resuelto lo que sigue", "Con esta fecha se ha
# dictado el siguiente decreto:" (folded).
ACT_FORMULA = re.compile(
    r"^(?:CON ESTA (?:MISMA )?FECHA\b"
    r"|HOY SE (?:HA )?(?:RESUELTO|DECRETADO|DICTADO|DECRETO|RESOLVIO)\b)"
)
_BLOCK_END = re.compile(
    r"^((?:[IVX]{1,4}|\d{1,2})\s*(?:[.)-]|\.-)\s*[A-Z]|VISTOS?\b|CONSIDERANDO|DECRETO|RESUELVO"
    r"|RES[O0]LUCI[O0]N\b|JUNTO CON|POR MEDIO|EN RELACION|SE SOLICITA|SE HA DIRIGIDO"
    r"|DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION|BUEN(?:OS|AS)? (?:DIAS?|TARDES|NOCHES)\b|HOLA\b"
    # a reception stamp over the header ("l. MUNICIPALIDAD RÍO BUENO / INGRESO", as OCR reads it)
    r"|[IL1]\s?\.\s*MUNICIPALIDAD\b|OFICINA DE PARTES\b"
    # a grid's next row: "FECHA viernes 29 de marzo de 2024 ANT. ..." (not "FECHA DE TÉRMINO")
    r"|FECHA\s*:?\s*(?:\d|(?:LUNES|MARTES|MIERCOLES|JUEVES|VIERNES|SABADO|DOMINGO)\b))"
)
# What opens the next part of a header, not the rest of a value: "DE.- DIRECTORA ...",
# "PARA.- SR. ...", "A.- ...", a salutation ("Señor", "Estimada señora"), the addressee
# ("Señor Alcalde"), a form's next field.
_NEXT_PART = re.compile(
    r"^(?:(?:DE|A|PARA)\s*\.\s*-|SE[NÑ]OR(?:A|ES|ITA)?\s*(?:\(A\))?\s*[:,]?$|ESTIMAD[OA]S?\b"
    r"|(?:AL?\s+)?SE[NÑ]OR(?:A)?\s+(?:ALCALDE|ALCALDESA|DIRECTOR|DIRECTORA|JEFE|JEFA|CONCEJAL)\b"
    r"|DESCRIPCION DE LOS HECHOS|DATOS DEL SOLICITANTE)"
)


# A word in lower case opening the line (not a stray letter of OCR: "o").
# (or a one-letter connector before another word in lower case: "consulta / a las ...")
_GOES_ON_LOWER = re.compile(r"^(?:[a-záéíóúñü]{2,}\b|[aeoy]\s+[a-záéíóúñü])")
# A table's field name alone on its line, its value in the next cell: "DE", "REF", "FECHA".
_BARE_LABEL = re.compile(
    r"^(?:DE|PARA|ANT|MAT|REF|FECHA|ASUNTO|MATERIA|ANTECEDENTES?|INCL|DIST)\s*[.:]?$"
)


# The labels of a subject besides MAT., MATERIA and REF. (an escrito's SUMA, an
# organisation's SOLICITA, a decreto's RESUMEN, an office's OBJETO).
_SUBJECT_LABELS = (
    "ASUNTO", "SUBJECT", "OBJ", "OBJETO", "RESUMEN", "SUMA", "EN LO PRINCIPAL", "SOLICITA"
)  # fmt: skip


def _label_key(word: str) -> str:
    if word in ("PARA", "SOLICITANTE", "NOMBRE DEL SOLICITANTE", "NOMBRE"):
        return "A" if word == "PARA" else "DE"
    if word in ("INFORMACION SOLICITADA", "SUJETO PASIVO"):
        return "MAT" if word.startswith("INFO") else "A"
    if word in _SUBJECT_LABELS:
        return "MAT"
    return word[:3] if word[:3] in ("ANT", "MAT", "REF") else word


def find_label(line: str) -> tuple[str, int] | None:
    """The label a line carries and where it starts."""
    match = LABEL.search(fold_upper(line))
    if match is None:
        return None
    groups = ("both", "label", "inline", "dashed", "tabled", "form")
    group = next(g for g in groups if match.group(g))
    if group == "both":
        key = "MAT"
    elif group != "form":
        key = _label_key(match.group(group))
        if match.group(group) in ("OBJETO", "RESUMEN") and not _states_act(line, match.end()):
            return None  # "con el siguiente objeto:", "RESUMEN: Total bruto $5.000.000"
    elif line.lstrip()[:1].islower():
        return None  # a form prints its fields capitalised; "materia de ..." is prose
    else:  # what a form asks for, or its antecedents
        key = "ANT" if match.group(group).startswith("ANTECEDENTE") else "MAT"
    return ("MAT" if key == "REF" else key), match.start(group)


# What an object or a summary opens with: what the paper does or asks ("Invita a ...", "Se
# acoge el amparo ...", "Solicitud de ayuda ...", "Denuncia por ...").
_ACT_VERB = re.compile(
    rf"^\s*(?:(?:{VERBS}|INVITA)(?:N|SE|NSE)?\b|SE\s+(?:ACOGE|RECHAZA|PRONUNCIA|ABSTIENE)\b"
    rf"|(?:{REQUEST_NOUNS})\b)"
)


def _states_act(line: str, end: int) -> bool:
    """An object or a summary that opens with what the paper does, capitalised ("Objeto: Da
    respuesta ...", "RESUMEN: Aprueba convenio ..."); not a contract's object nor figures."""
    rest = line[end:].lstrip(" :.-")
    return rest[:1].isupper() and bool(_ACT_VERB.match(fold_upper(rest)))


def label_of(line: str) -> str | None:
    found = find_label(line)
    return found[0] if found else None


class _Block:
    """One label's value, the indices of the lines it spans and the widths of its lines
    (in characters, the value's own: a header in two columns prints its letterhead to the
    left of the label)."""

    def __init__(self, key: str, index: int, first: str, *, by_reference: str = "") -> None:
        self.key = key
        # "REF" (a REF. line), "SUM" or "EN " (an escrito's SUMA: or EN LO PRINCIPAL:): read
        # as the subject until a MAT.
        self.by_reference = by_reference
        self.value = [first] if first else []
        self.lines = [index]
        self.widths = [len(first)] if first else []


def _blocks(lines: list[str]) -> list[_Block]:
    """Each label's block, the first of each key (but a MAT. or MATERIA over a REF.: "REF.:
    Ley de Presupuestos" beside "MAT.: Informa ..." is a reference); a value continues on
    unlabelled lines."""
    blocks: list[_Block] = []
    current: _Block | None = None
    for index, line in enumerate(lines):
        label = find_label(line)
        if label:
            current = None
            # a REF. line gives way to a MAT. or MATERIA; an escrito's SUMA: or EN LO
            # PRINCIPAL: only to a MAT. label ("Motivo por el cual ..." is its body)
            word = fold_upper(line)[label[1] : label[1] + 3]
            named = word if word in ("REF", "SUM", "EN ") else ""
            for key, value in _beside(label[0], after_colon(line, label[1])):
                taken = next((block for block in blocks if block.key == key), None)
                gives_way = taken is not None and taken.by_reference and not named
                if gives_way and taken is not None and taken.by_reference != "REF":
                    gives_way = word == "MAT"
                if taken is None or gives_way:
                    if taken is not None:
                        blocks.remove(taken)
                    current = _Block(key, index, value, by_reference=named)
                    blocks.append(current)
            continue
        if current is not None and continues(current.key, current.value, line, current.widths):
            current.value.append(line)
            current.lines.append(index)
            current.widths.append(len(line.strip()))
        else:
            current = None
    return blocks


# "DE: Juez Titular A: ALCALDE DE X": the addressee printed beside the sender.
_ADDRESSEE_BESIDE = re.compile(r"\s(?:A|PARA|Para)\s*:\s*")


# "ANT.: Oficio N° 184/2025. MATERIA: Pone en su conocimiento ...": the matter after the
# antecedent on its line, past its full stop or a gap of columns.
_MATTER_BESIDE = re.compile(r"(?:(?<=[.;])\s+|\s{3,})(?:MAT(?:ERIA)?|ASUNTO)\s*\.?\s*:\s*", re.I)


def _beside(key: str, value: str) -> list[tuple[str, str]]:
    """A DE: value split from an A: or PARA: on the same line, an ANT. value from a MAT.
    (the lines that follow carry on the second, the right-hand column)."""
    if key == "ANT" and (matter := _MATTER_BESIDE.search(value)):
        return [("ANT", value[: matter.start()].strip()), ("MAT", value[matter.end() :].strip())]
    found = _ADDRESSEE_BESIDE.search(value) if key == "DE" else None
    if found is None:
        return [(key, value)]
    return [("DE", value[: found.start()].strip()), ("A", value[found.end() :].strip())]


def extract_labels(lines: list[str]) -> dict[str, str]:
    """ANT., MAT./REF., DE, A blocks; a value continues on lines that carry no label."""
    return {b.key: clean_value(b.key, " ".join(b.value)) for b in _blocks(lines) if b.value}


def label_value_lines(lines: list[str], keys: tuple[str, ...] = ("ANT", "MAT")) -> set[int]:
    """Indices of the lines that carry the values of ``keys`` (the label's line included)."""
    return {i for block in _blocks(lines) if block.key in keys for i in block.lines}


def continues(key: str, value: list[str], line: str, widths: list[int]) -> bool:
    """Does ``line`` carry on the value of ``key``? Not after a full stop, not when it is a
    field of its own ("RUT: ...") or, for a subject, the addressee ("SR. JUAN PÉREZ SOTO"),
    not at a date line unless the line cites a date and goes on ("efectuada el 12.02.2026
    en"), for DE / A (posts, in capitals) only in capitals, and for a subject or
    antecedents only while its paragraph goes on (``_subject_goes_on``)."""
    if len(value) >= 8 or sum(map(len, value)) >= 300 or OWN_LABEL.match(line):
        return False
    if len(line.strip()) <= 1 and not _word_alone_in_capitals(value, line):
        return False  # a stray mark of OCR ("o", "|"), not a conjunction that goes on
    joined = " ".join(value)
    unclosed = joined.count("(") > joined.count(")")  # "(Ley / N° 20.922)"
    paper = value and _CITING_PAPER.search(value[-1]) and _CITATION_GOES_ON.match(line.strip())
    cut = value and (_DANGLING.search(value[-1]) or _CITING.search(value[-1]) or unclosed or paper)
    if key in ("MAT", "ANT") and cut:
        # "requeridos en / Ord. N° 283" is one subject; a stray colon or a mark read as "a"
        # before the body's opening formula ("Junto con saludar, ...") is not
        closed = value[-1].rstrip().endswith(":") or ends_block(line)
        stray = closed and _OPENER.match(line.strip())
        return not (_FIELD.match(line) or stray)
    if key in ("MAT", "ANT") and (_FIELD.match(line) or addressee(line) or _GREETING.search(line)):
        return False
    cited = _cites_a_date(line) or _GOES_ON_LOWER.match(line.strip())  # "desde el 12 de ..."
    if ends_block(line) and not (key in ("MAT", "ANT") and value and cited):
        return False
    stop = value and value[-1].rstrip().endswith(".") and not _ABBREVIATION_END.search(value[-1])
    if stop or (key == "MAT" and value and is_reference(value)):
        return False
    if key == "DE" and _addressee_after_post(value, line):
        return False
    if key in ("DE", "A"):
        return capital_share(line) >= 0.8
    if key in ("MAT", "ANT") and value:
        return _subject_goes_on(value, line, widths)
    return True


# A post in a sender's value, and the addressee's block that follows it when OCR has lost
# its "A:" ("DE: DIRECTORA REGIONAL DE OBRAS HIDRÁULICAS / ALCALDE I. MUNICIPALIDAD ...").
_POST = re.compile(
    r"\b(?:DIRECTOR|DIRECTORA|JEFE|JEFA|SECRETARI[OA]|SEREMI|GOBERNADOR|GOBERNADORA|DELEGAD[OA]"
    r"|SUBSECRETARI[OA]|MINISTR[OA]|ENCARGAD[OA]|ADMINISTRADOR|ADMINISTRADORA|PRESIDENT[EA]"
    r"|FISCAL|JUEZ|JUEZA|COMISARI[OA]|INSPECTOR|INSPECTORA)\b"
)
_ADDRESSEE_OPENING = re.compile(r"^(?:AL?\s+)?(?:SE[NÑ]OR(?:A)?|SRA?\b|ALCALDE(?:SA)?\b)")


# The addressee's block: "SR. EDUARDO TAPIA VEGA", "Señor Nelson Cortés", "AL SEÑOR ALCALDE",
# "A la señora o señor Alcalde".
_ADDRESSEE = re.compile(
    r"^(?:AL?\s+(?:LA\s+)?)?(?:SE[NÑ]OR(?:A|ITA|ES|AS)?|SRA?|SRTA|SRES)\b\.?(?:\s*\(A\))?"
    r"(?:\s+O\s+SE[NÑ]OR\b)?(?:\s+[A-Z]|\s*[:,]?$)"
)


def _cites_a_date(line: str) -> bool:
    """A subject's line that cites a date and goes on ("REALIZADA EL 04.05.2025 EN") or
    cites it after "el" ("EFECTUADA EL 19.02.2025"), not a place-and-date line, however it
    wraps ("NEGRETE, 10 de marzo de")."""
    folded = fold_upper(line).strip()
    if re.match(r"^[A-Z][A-Z .'-]{2,40},", folded) or _BLOCK_END.match(folded):
        return False
    if _NEXT_PART.match(folded) or not find_date(line):
        return False
    # "EFECTUADA EL 19.02.2025": no place is "el" (a place's day: "TALCA 5 de Agosto del 2025")
    if re.search(r"\b(?:EL|AL|DE FECHA)\s+\d", folded):
        return True
    return not PLACE_DAY.match(folded) and bool(_DANGLING.search(line))


def opens_sentence(line: str) -> bool:
    """A sentence of the body: "En atención a la materia, ...", "Esta Dirección ..."."""
    return bool(_OPENER.match(line.strip()) or _OFFICE_OPENER.match(line.strip()))


def goes_on_lower(line: str) -> bool:
    """A line that opens with a word in lower case carries on the sentence above it."""
    return _GOES_ON_LOWER.match(line.strip()) is not None


def addressee(line: str) -> bool:
    """Does ``line`` open the addressee's block? It ends a subject that runs on into it. A
    short line only, that says no more than whom: "SR. JUAN PÉREZ SOTO", not "SR. JUAN
    PÉREZ SOTO POR INMUEBLE ..." nor "Sra. María Soto, sobre subsidio habitacional"."""
    folded = fold_upper(line).strip()
    if _TO_THE_MAYOR.match(folded):
        return True
    if _TITLED_DON.match(line.strip()) and len(folded.split()) <= 6:
        return True  # "Don Carlos Roa Paredes" (not "DON PEDRO SOTO" in a subject in capitals,
        # nor "don Sergio Vásquez Gómez." ending a sentence of the body)
    if len(folded.split()) > 6 or "," in folded.rstrip(",") or _SAYS_MORE.search(folded):
        return False
    if _ADDRESSEE.match(folded):
        return True
    # a circular's distribution in title case, "A Alcaldes y Alcaldesas de Chile" (not
    # "a alcaldes ..." nor a summary in capitals: "OTORGA ASIGNACIÓN / A DIRECTORES DE ...")
    title_case = line.strip()[:1] == "A" and capital_share(line) < 0.85
    return title_case and _DISTRIBUTION.match(folded) is not None


_TITLED_DON = re.compile(r"^Do(?:n|ña)\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")
_TO_THE_MAYOR = re.compile(
    r"^(?:AL?\s+)?(?:SE[NÑ]OR(?:A|ES)?|SRA?\.?)\s+(?:ALCALDE(?:SA|S)?|PRESIDENTE)\b"
    r"|^A\s+(?:LOS\s+)?(?:SE[NÑ]ORES\s+)?ALCALDES\b"  # a circular's "A ALCALDES Y ALCALDESAS"
)
_SAYS_MORE = re.compile(r"\b(?:SOBRE|POR|PARA|QUE|RESPECTO|RELATIV[OA])\b")


_DISTRIBUTION = re.compile(
    r"^A\s+(?:LOS\s+|LAS\s+|LA\s+|EL\s+)?(?:SRES?\.?|SENOR(?:ES|AS)?|ALCALDE(?:S|SA|SAS)?"
    r"|DIRECTOR(?:ES|A|AS)?|JEFE(?:S)?|JEFA(?:S)?|SECRETARI[OA]S?|ENCARGAD[OA]S?)\b"
)


def _addressee_after_post(value: list[str], line: str) -> bool:
    """A sender's post is complete; a line naming the Alcalde or "Señor" is the addressee
    (a name above its post goes on: "JUAN PÉREZ SOTO / ALCALDE")."""
    return bool(
        value
        and _POST.search(fold_upper(" ".join(value)))
        and _ADDRESSEE_OPENING.match(fold_upper(line).strip())
    )


# The body opening with the office that writes: "Esta Dirección ha tomado conocimiento ...".
_OFFICE_OPENER = re.compile(
    r"^(?:Esta|Este)\s+(?:Dirección|Secretaría|Servicio|Superintendencia|Subsecretaría|Seremi"
    r"|Contraloría|Municipalidad|Jefatura|Unidad|Oficina|Departamento|División|Institución"
    r"|Corporación|Tesorería|Delegación|Fiscalía|Tribunal|Juzgado|Corte|Prefectura|Comisaría)\b"
)
# Words a sentence of the body opens with ("Con el objeto de ...", "El organismo tiene ...").
_OPENER = re.compile(
    r"^(?:Con|En|Por|Me|Junto|Tengo|Mediante|Al|Se|Según|Como|Esta|Este|Mi|Nos|Le|Les|Hago"
    r"|El|La|Los|Las|Solicito|Agradeceré|Adjunto|Informo|Saluda|Atentamente)\b"
    r"(?:\s+[a-záéíóúñ]|\s*[,.]?$)"
)


def _word_alone_in_capitals(value: list[str], line: str) -> bool:
    """«RELATIVA / A / LA CONSULTA»: a narrow column's preposition in a value in capitals."""
    if not value or capital_share(value[-1]) < 0.97:
        return False
    word = line.strip()
    return word in ("Y", "E") or (word == "A" and bool(_NEEDS_A.search(fold_upper(value[-1]))))


# Words a lone «A» carries on: «RELATIVA / A / LA CONSULTA».
_NEEDS_A = re.compile(
    r"\b(?:RELATIV[OA]S?|REFERENTES?|RESPECTO|CONFORME|ATINGENTES?|TENDIENTES?|DESTINAD[OA]S?"
    r"|ORIENTAD[OA]S?|ASOCIAD[OA]S?|OTORGAD[OA]S?|ASIGNAD[OA]S?|APLICABLES?)\s*$"
)


# An article or a preposition alone on its line: a narrow column's wrap, not a sentence.
_WORD_LEFT = re.compile(r"(?:El|La|Los|Las|Al|En|Por|Con)")
_DANGLING = re.compile(
    r"(?:\b(?:de|del|la|las|los|el|y|e|o|a|al|en|para|por|con|sobre|que|su|sus|desde|hasta"
    r"|hacia|ante|entre|contra|sin|según|segun|durante|mediante|esa|ese|esta|este|dicha|dicho)"
    r"|[,;:–-])\s*$",
    re.I,
)
# A citation cut before its number: "DEROGA RES. EX. / N° 12, DE 02.01.2001".
_CITING = re.compile(r"\b(?:RES\.?\s*EX(?:ENTA)?|ORD|DTO|D\.\s?[SE]|N[°º]|NRO)\.?\s*$", re.I)
# A line cut at a paper's name or "de fecha", carried on by its number or date on the next
# line ("requeridos en Oficio / Ord. N° 2363", "de fecha / 18.06.2026, relativo ..."), not by
# the date or the addressee that follow a complete subject ("Da respuesta a su oficio").
_CITING_PAPER = re.compile(r"\b(?:OFICIO|DE FECHA)\s*$", re.I)
_CITATION_GOES_ON = re.compile(r"^(?:ORD|OF|N[°º]|NRO|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b)", re.I)


# The next field of a header printed as a table, without a colon ("De Gobernador Regional",
# "Para Ana Luisa Triviño - Alcaldesa"): capitalised as a field name, not as a sentence.
_FIELD = re.compile(
    r"^(?:De|Para|Fecha|Folio|Tipo|Destinatario|Remitente)(?:\s+[A-ZÁÉÍÓÚÑ\d]|\s*$)"
)
# A letter's greeting after its subject: "Reciba un fraternal saludo", "Kamisaraki, reciba
# usted un cordial saludo".
_GREETING = re.compile(
    r"\brecib[ae]n?\s+(?:usted(?:es)?\s+)?(?:un|mi|nuestro)\s+(?:\w+\s+)?saludo", re.I
)
# A value's line that ends at an abbreviation's full stop goes on: "audiencia con el Sr." /
# "Alcalde sobre ...".
_ABBREVIATION_END = re.compile(r"\b(?:Sr|Sra|Srta|Sres|Dr|Dra|Av|Avda|Pje|Ing|Prof|Depto)\.$", re.I)


# A sentence going on past a proper name that opens the line ("Jurídica la atención de ..."):
# a capitalised word, then words in lower case; wrapped twice, a subject leaves short lines.
_NAME_GOES_ON = re.compile(r"^[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s+(?:[a-záéíóúñü]+\s+){2}")
_NAME_PART = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s*){1,2}$")


def _name_goes_on(value: list[str], line: str) -> bool:
    """A name cut by a second wrap goes on: "a la Dirección de / Asesoría / Jurídica la ..."
    (the short line only a capitalised word or two after a line cut at a connector)."""
    return (
        len(value) >= 2
        and bool(_DANGLING.search(fold_upper(value[-2])))
        and bool(_NAME_PART.match(value[-1].strip()))
        and bool(_NAME_GOES_ON.match(line.strip()))
        and not _OPENER.match(line.strip())
    )


def _subject_goes_on(value: list[str], line: str, widths: list[int]) -> bool:
    """A wrapped subject fills each line to the column's edge: once it has wrapped, a line
    with room left for the next line's first word is its last. Nor does it go on into a
    sentence of the body, or into a line in capitals after one that is not (a stamp,
    "DOCUMENTO RESERVADO"); a line cut at "de", "la" or a comma, or the next one opening in
    lower case, goes on."""
    if _GOES_ON_LOWER.match(line) and not value[-1].rstrip().endswith("."):
        return True  # a sentence goes on in lower case, however a scan wrapped it
    fitted = len(widths) >= 2 and widths[-1] + 1 + len(line.split()[0]) < 0.8 * max(widths)
    if fitted and not _name_goes_on(value, line):
        return False  # the line's first word would have fitted on the last one
    opens = _OPENER.match(line.strip()) and not _WORD_LEFT.fullmatch(line.strip())
    if opens or _OFFICE_OPENER.match(line.strip()):
        return False
    # (a citation in brackets goes on, in capitals or not: "(D.L. N° 3.516)"; not a field)
    cited = line.strip()[0] == "(" and ":" not in line
    stamp = capital_share(line) >= 0.85 and len(line.split()) > 1 and not cited
    return not (stamp and capital_share(value[-1]) < 0.85)


def capital_share(text: str) -> float:
    """The share of the letters of ``text`` that are capitals (0 without letters)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def is_reference(value: list[str]) -> bool:
    """ "REF.: N° 123.456/2023", "REF. N° W37134/2024" (a file's number, as Contraloría
    writes it) is no subject."""
    words = re.sub(
        r"\b(?:N\S{0,2}|NROS?|REFS?)\b|\b[A-Z]{1,2}(?=\d)|[\d.,/°º:-]",
        " ",
        fold_upper(" ".join(value)),
    )
    return not words.strip()


def after_colon(line: str, start: int) -> str:
    """The value after the label's colon or ".-" (folding keeps the positions of Spanish
    letters); after a form's field name without either, the rest of the line."""
    match = LABEL.search(fold_upper(line), start)
    return line[match.end() :].strip(" :-|") if match else ""


def clean_value(key: str, value: str) -> str:
    if key == "MAT" and (_OTROSI.search(value) or _PRINCIPAL.match(value)):
        # an escrito's principal request, not its otrosíes
        value = _PRINCIPAL.sub("", _OTROSI.split(value)[0]).strip(" .;:")
        value = value[:1].upper() + value[1:]
    value = value.strip(" .;:")
    if key == "MAT" and (cited := _CITED_THEN_MATTER.match(fold_upper(value))):
        value = value[cited.end() :]  # "Su Ord. N° 42, de 06.05.2024 – Reitera solicitud ..."
    if key == "MAT":
        value = _STRAY_END.sub("", value)
    if key in ("DE", "A"):  # "Juan Pérez, RUT 12.345.678-5" names the person
        value = re.split(r",\s*RUT\b", value, flags=re.I)[0]
    return value


# A reference that cites a paper, then a dash and the matter: "Su Ord. N° 42, de 06.05.2024 –
# Reitera ...", "Correo electrónico de 30 de septiembre de 2024 – Comunica ...", "Reunión
# sostenida el 15.04.2024 – Manifiesta ...", our own "Ingreso N° 710 – ..." (folded); a scan
# may lose the dash, the matter's verb still follows the number or the date. Only a paper's
# kind opens it (a police report's "Parte Denuncia N° 6536 – Informa ..." too): "Solicitud de
# permiso N° 45 - Observaciones" is one subject.
_CITED_THEN_MATTER = re.compile(
    r"^(?:(?:SU|SUS|VUESTRO|VUESTRA|NUESTRO|NUESTRA|EL|LA)\s+)?"
    r"(?:ORD|OFICIO|OF|CORREO ELECTRONICO|CORREO|CARTA|MEMO|MEMORANDUM|RES|RESOLUCION|DECRETO"
    r"|PARTE(?:\s+DENUNCIA)?|REUNION(?:\s+SOSTENIDA)?(?=\s+(?:EL|DEL?|CON\s+FECHA)\s+\d)"
    r"|INGRESO(?=\s+N\W))\b"
    r"(?=[^–—]*\d)[^–—]{0,140}?(?:\s+[–—-]\s+(?=[A-Z])|(?<=\d)\s+(?=(?:" + VERBS + r")\b))"
)
# A stamp's mark read as a connector at a value's end ("... Estancia Las Mercedes a"), not a
# point's letter ("numeral 3 letra a").
_STRAY_END = re.compile(r"(?<!\bletra)(?<!\bliteral)(?<!\binciso)(?<!\bpunto)\s+[aeoy]$", re.I)
_PRINCIPAL = re.compile(r"^\s*EN\s+LO\s+PRINCIPAL\s*[:,]?\s*", re.I)
_OTROSI = re.compile(
    r"[;.,]\s*(?:EN\s+(?:EL|LOS)\s+)?(?:(?:PRIMER|SEGUNDO|TERCER|CUARTO|\d+\s*(?:ER|°|º)?)\s+)?"
    r"OTROS[IÍ](?:ES)?\b",
    re.I,
)


def ends_block(line: str) -> bool:
    """A date line ("NEGRETE, 10 de marzo de 2026", "PUERTO MONTT, 01/06/2026"), a number
    heading ("DECRETO EX. N° 4.953"), the next header part or the body's opening ends a
    label's value."""
    folded = fold_upper(line).strip()
    if (len(line) < 60 and find_date(line)) or PLACE_DAY.match(folded) or dated(line):
        return True
    number = DOC_NUMBER.match(folded)
    if number is not None and number.end() == len(folded):
        return True
    bare = _BARE_LABEL.match(folded) and line.strip()[:1].isupper()  # not "de" alone
    return bool(
        _BLOCK_END.match(folded) or ACT_FORMULA.match(folded) or _NEXT_PART.match(folded) or bare
    )

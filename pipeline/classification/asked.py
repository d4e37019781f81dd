"""What a citizen asks for: a transparency request's object, in the portal's field (even
when the field's name wraps in its cell) or after "solicito ... lo siguiente:" in a letter;
and the first sentence of a paragraph, the subject of last resort."""

from __future__ import annotations

import re

from pipeline.classification.patterns import CUT_AT_WORD, fold_upper

_ASKS = re.compile(r"\b(?:LO SIGUIENTE|LA SIGUIENTE INFORMACION|LOS SIGUIENTES \w+)\s*:\s*$")


def requested(lines: list[str]) -> str | None:
    """A transparency request written as a letter: what it asks for follows "solicito ...
    lo siguiente:" (a portal's form has its own field, read as a label, unless the field's
    name wraps in its cell)."""
    if wrapped := _interleaved_field(lines) or _wrapped_field(lines):
        return wrapped
    for index, line in enumerate(lines[:-1]):
        folded = fold_upper(line)
        if _ASKS.search(folded) or _ASKS.search(f"{folded} {fold_upper(lines[index + 1])}"):
            # ("... solicito a esa Municipalidad lo / siguiente:" ends on the next line)
            start = index + 1 if _ASKS.search(folded) else index + 2
            asked = re.sub(r"^\w+\s*:\s*", "", paragraph(lines, start))  # "Solicitud: "
            return first_sentence(asked)
    return _asked_in_a_sentence(lines)


# "... solicito [a usted | a esa Municipalidad] [que se me entregue] copia de ...".
_ASKING = re.compile(
    r"\b(?:solicito|solicitamos|requiero|requerimos)\s+"
    r"(?:a\s+(?:usted|ud\.|esa|esta|la|el)\b[^,.:]{0,60}?(?=\s+(?:que|copia|informaci[oó]n|el|la"
    r"|los|las|un|una|se)\b)\s+)?"
    r"(?:(?:que\s+)?se\s+me\s+(?:entregue|env[ií]e|remita|proporcione)n?\s+)?(?P<object>\S.*)",
    re.I | re.S,
)


def _asked_in_a_sentence(lines: list[str]) -> str | None:
    """A request letter that says what it asks in its body's sentence ("De conformidad con
    la Ley N° 20.285, solicito copia de los contratos ..."): the object of "solicito"."""
    for index, line in enumerate(lines[:40]):
        found = _ASKING.search(paragraph(lines, index))
        if found and found.start() <= len(line):  # the verb on this line, not a later one
            asked = first_sentence(found.group("object"))
            return asked[:1].upper() + asked[1:] if asked else None
    return None


_ASKED_FIELD = re.compile(
    r"^(?:\d{1,2}\s*[.)-]\s*)?(?:DESCRIPCION DE LA INFORMACION SOLICITADA|INFORMACION SOLICITADA"
    r"|DETALLE DE LO SOLICITADO|DESCRIPCION DE LA SOLICITUD)\s*:?$"
)
# The portal's next field after what is asked, or its closing note.
_NEXT_FIELD = re.compile(
    r"^(?:FORMATO|FORMA DE|MEDIO DE|TIPO DE|OBSERVACIONES|ARCHIVO|DOCUMENTOS? ADJUNTOS?"
    r"|CONSERVE|DATOS DE|DIRECCION|REGION|COMUNA|NOMBRES?|APELLIDOS|CORREO|TELEFONO|FECHA"
    r"|EL PLAZO)\b"
)


def _wrapped_field(lines: list[str]) -> str | None:
    """What a portal's receipt says is asked when the field's name wraps in its cell
    ("Descripción de / la información / solicitada"): the lines after it, to the next field."""
    for index in range(min(len(lines), 40)):
        for size in (1, 2, 3):
            name = fold_upper(" ".join(lines[index : index + size])).strip()
            if _ASKED_FIELD.match(" ".join(name.split())):
                value: list[str] = []
                for line in lines[index + size : index + size + 5]:
                    cut = value and CUT_AT_WORD.search(fold_upper(value[-1]))
                    if _NEXT_FIELD.match(fold_upper(line).strip()) and not cut:
                        break
                    if _sentence_ended(value) and not _GOES_ON.match(line.strip()):
                        break  # the request's sentence ended: the requester's name follows
                    value.append(line.strip())
                text = " ".join(value).strip(" .;")
                return text[:300] or None
    return None


_GOES_ON = re.compile(r"^[a-záéíóúñü]")
_FIELD_NAMES = (
    ("DESCRIPCION", "DE", "LA", "INFORMACION", "SOLICITADA"),
    ("DETALLE", "DE", "LO", "SOLICITADO"),
    ("INFORMACION", "SOLICITADA"),
)


def _interleaved_field(lines: list[str]) -> str | None:
    """What a portal's receipt asks when its field's name and its value both wrap in their
    cells and OCR reads them line by line ("Descripción | Nómina de beneficiarios de / de la
    | áridos del río / información / solicitada"): the value is what follows the name's
    words on each line."""
    for index in range(min(len(lines), 40)):
        cells = [_cells(line) for line in lines[index : index + 5]]
        for name in _FIELD_NAMES:
            if not cells[0] or cells[0][0][0] != name[0]:
                continue
            value: list[str] = []
            wanted, rows = list(name), 0
            for row in cells:
                cut = value and CUT_AT_WORD.search(fold_upper(value[-1]))
                if not wanted and (not row or _NEXT_FIELD.match(row[0][0]) or not cut):
                    break  # past the name, the value goes on only after a word that needs it
                rows += 1
                while wanted and row and row[0][0] == wanted[0]:
                    wanted.pop(0)
                    row = row[1:]
                value += [word for _folded, word in row]
            if not wanted and rows >= 2 and value:
                return " ".join(value).strip(" .;:")[:300]
    return None


def _cells(line: str) -> list[tuple[str, str]]:
    """A table's line as (folded, original) words, without its rules."""
    words = re.sub(r"[|¦\[\]]", " ", line).split()
    return [(fold_upper(w).strip(".,:;"), w) for w in words if w.strip(".,:;")]


def _sentence_ended(value: list[str]) -> bool:
    """A full stop ends the value's last line, not an abbreviation's («Soc.», «D.A.»)."""
    if not value or not value[-1].endswith("."):
        return False
    before = value[-1][:-1].rstrip()
    return not _abbreviation_ends(before) and not before.endswith(".")


def paragraph(lines: list[str], start: int) -> str:
    """Lines from ``start`` joined until one ends a sentence: a wrapped paragraph."""
    parts: list[str] = []
    for line in lines[start : start + 4]:
        parts.append(line)
        if line.rstrip().endswith("."):
            break
    return " ".join(parts)


# A full stop that ends a sentence, not an abbreviation's ("D.S. N° 49", "S.A. de", "Sr. X").
_ABBREVIATED = re.compile(
    r"(?:[A-ZÁÉÍÓÚÑ]\.)*[A-ZÁÉÍÓÚÑ]|Sr|Sra|Srta|Art|Arts|Nro|Núm|Dto|Ord|Res|Ex|Av|Ltda|Dr|Dra"
    r"|Ing|Prof|Depto|Of|Inc|Cía|Soc|etc"
)


def _sentence_end(text: str) -> int:
    for stop in re.finditer(r"\.\s", text):
        if not _abbreviation_ends(text[: stop.start()]):
            return stop.start()
    return len(text)


def _abbreviation_ends(text: str) -> bool:
    """Whether the last word of ``text`` is an abbreviation (its full stop follows)."""
    token = text.rsplit(None, 1)[-1] if text.strip() else ""
    return _ABBREVIATED.fullmatch(token.lstrip('(«"')) is not None


def first_sentence(line: str) -> str | None:
    text = re.sub(r"^\d+\s*(?:[.°º)]\s*-?|-)\s*", "", line)
    sentence = text[: _sentence_end(text)]
    sentence = re.sub(r"^Por medio de la presente,\s*", "", sentence, flags=re.I)
    sentence = re.split(r",\s+(?:que|el cual|la cual)\b", sentence)[0]
    return sentence.strip(" .")[:200] or None


def opening_paragraph(lines: list[str]) -> str | None:
    """The body's first paragraph: from the first line of prose (eight words or more, mostly
    in lower case), what a writing that states no subject is about."""
    for index, line in enumerate(lines[:40]):
        letters = [c for c in line if c.isalpha()]
        lower = sum(c.islower() for c in letters)
        if len(line.split()) >= 8 and lower > 0.6 * len(letters):
            return paragraph(lines, index)
    return None

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
    if wrapped := _wrapped_field(lines):
        return wrapped
    for index, line in enumerate(lines[:-1]):
        if _ASKS.search(fold_upper(line)):
            asked = re.sub(r"^\w+\s*:\s*", "", paragraph(lines, index + 1))  # "Solicitud: "
            return first_sentence(asked)
    return None


_ASKED_FIELD = re.compile(
    r"^(?:DESCRIPCION DE LA INFORMACION SOLICITADA|INFORMACION SOLICITADA"
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
        for size in (2, 3):
            name = fold_upper(" ".join(lines[index : index + size])).strip()
            if _ASKED_FIELD.match(" ".join(name.split())):
                value: list[str] = []
                for line in lines[index + size : index + size + 5]:
                    cut = value and CUT_AT_WORD.search(fold_upper(value[-1]))
                    if _NEXT_FIELD.match(fold_upper(line).strip()) and not cut:
                        break
                    value.append(line.strip())
                text = " ".join(value).strip(" .;")
                return text[:300] or None
    return None


def paragraph(lines: list[str], start: int) -> str:
    """Lines from ``start`` joined until one ends a sentence: a wrapped paragraph."""
    parts: list[str] = []
    for line in lines[start : start + 4]:
        parts.append(line)
        if line.rstrip().endswith("."):
            break
    return " ".join(parts)


def first_sentence(line: str) -> str | None:
    sentence = re.sub(r"^\d+\s*(?:[.°º)]\s*-?|-)\s*", "", line).split(". ")[0]
    sentence = re.sub(r"^Por medio de la presente,\s*", "", sentence, flags=re.I)
    sentence = re.split(r",\s+(?:que|el cual|la cual)\b", sentence)[0]
    return sentence.strip(" .")[:200] or None

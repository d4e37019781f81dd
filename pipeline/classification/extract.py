"""Metadata of a Chilean public document read from its text: N°, date, ANT., MAT., DE, A, RUT.

Pure functions over the text as OCR gives it: labels may sit after a letterhead on the same
line (headers in two columns), values may run over several lines, "REF." or "Materia" may
stand for "MAT.", "N*" or "N?" for "N°", and accents may be lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.classification.patterns import (
    DATE_WORDS,
    DOC_NUMBER,
    FOLIO,
    LABEL,
    find_date,
    find_ruts,
    fold_upper,
    folio,
)

HEADER_LINES = 25


@dataclass(frozen=True, kw_only=True)
class Fields:
    sender: str | None = None
    sender_org: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    reserved: bool = False


# Types that a person or a company presents, often on the municipality's own form.
PRESENTED = ("carta", "reclamo", "solicitud_transparencia", "solicitud_audiencia_lobby")


def extract_fields(text: str, *, doc_type: str, own_names: tuple[str, ...] = ()) -> Fields:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = lines[:HEADER_LINES]
    folded_header = fold_upper("\n".join(header))
    labels = extract_labels(lines[:60])
    ignore = own_names if doc_type in PRESENTED else ()
    return Fields(
        sender=labels.get("DE") or _signer(lines) or _signature_post(lines),
        sender_org=_organisation(header, doc_type, ignore),
        recipient=labels.get("A") or _addressee(header),
        subject=labels.get("MAT") or _fallback_subject(doc_type, lines),
        antecedents=labels.get("ANT"),
        doc_number=document_number(folded_header),
        doc_date=document_date(header) or find_date(text),
        ruts=find_ruts(text),
        reserved=bool(re.search(r"\bRESERVAD[OA]\b", folded_header)),
    )


def document_number(folded_header: str) -> str | None:
    if match := DOC_NUMBER.search(folded_header):
        return match.group(1).replace(".", "")
    if match := FOLIO.search(folded_header):
        return folio(match.group(1))
    return None


_PLACE_DATE = re.compile(r"^(?:EN\s+)?[A-Z][A-Z .'-]{2,40},\s*(?:A\s+)?\d{1,2}")


def document_date(header_lines: list[str]) -> date | None:
    """The "NEGRETE, 10 de marzo de 2026" line first; dates inside ANT. are of other papers."""
    for line in header_lines:
        if _PLACE_DATE.match(fold_upper(line)) and (found := find_date(line)):
            return found
    body = [line for line in header_lines if _label_of(line) != "ANT"]
    return find_date("\n".join(body))


def _label_key(word: str) -> str:
    if word in ("PARA", "SOLICITANTE", "NOMBRE DEL SOLICITANTE", "NOMBRE"):
        return "A" if word == "PARA" else "DE"
    if word in ("INFORMACION SOLICITADA", "SUJETO PASIVO"):
        return "MAT" if word.startswith("INFO") else "A"
    return word[:3] if word[:3] in ("ANT", "MAT", "REF") else word


def _find_label(line: str) -> tuple[str, int] | None:
    """The label a line carries and where it starts."""
    match = LABEL.search(fold_upper(line))
    if match is None:
        return None
    group = "label" if match.group("label") else "inline"
    key = _label_key(match.group(group))
    return ("MAT" if key == "REF" else key), match.start(group)


def _label_of(line: str) -> str | None:
    found = _find_label(line)
    return found[0] if found else None


def extract_labels(lines: list[str]) -> dict[str, str]:
    """ANT., MAT./REF., DE, A blocks; a value continues on lines that carry no label."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        label = _find_label(line)
        if label:
            key, start = label
            current = key if key not in found else None
            if current:
                value = _after_colon(line, start)
                found[current] = [value] if value else []
            continue
        if current and _continues(current, found[current], line):
            found[current].append(line)
        else:
            current = None
    return {k: _clean_value(k, " ".join(v)) for k, v in found.items() if v}


_OWN_LABEL = re.compile(r"^[A-Za-zÁÉÍÓÚÑáéíóúñ .]{2,30}:")


def _continues(key: str, value: list[str], line: str) -> bool:
    """Does ``line`` carry on the value of ``key``? Not after a full stop, not when it is a
    field of its own ("RUT: ..."), and for DE / A (posts, in capitals) only in capitals."""
    if len(value) >= 4 or _ends_block(line) or _OWN_LABEL.match(line):
        return False
    if value and value[-1].rstrip().endswith("."):
        return False
    if key in ("DE", "A"):
        letters = [c for c in line if c.isalpha()]
        return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    return True


def _after_colon(line: str, start: int) -> str:
    """The value after the label's colon (folding keeps the positions of Spanish letters)."""
    colon = line.find(":", start)
    return line[colon + 1 :].strip() if colon >= 0 else ""


def _clean_value(key: str, value: str) -> str:
    value = value.strip(" .;")
    if key in ("DE", "A"):  # "Juan Pérez, RUT 12.345.678-5" names the person
        value = re.split(r",\s*RUT\b", value, flags=re.I)[0]
    return value


def _ends_block(line: str) -> bool:
    """A date line ("NEGRETE, 10 de marzo de 2026") or the body's opening ends a label's value."""
    folded = fold_upper(line)
    if DATE_WORDS.search(line.lower()) and len(line) < 60:
        return True
    return bool(
        re.match(
            r"^(VISTOS|CONSIDERANDO|DECRETO|JUNTO CON|POR MEDIO|EN RELACION|SE SOLICITA)", folded
        )
    )


def _fallback_subject(doc_type: str, lines: list[str]) -> str | None:
    """Without MAT.: a decreto's first resolution, a letter's request, a covenant's title."""
    if doc_type == "convenio":
        return _convenio_subject(lines)
    markers = {
        "decreto": r"^DECRETO\s*:?$",
        "carta": r"^(DE MI CONSIDERACION|ESTIMAD)",
        "reclamo": r"^(DETALLE|RECLAMO)\s*:",
    }
    pattern = markers.get(doc_type)
    if pattern is None:
        return None
    for index, line in enumerate(lines[:-1]):
        if re.match(pattern, fold_upper(line)):
            return _first_sentence(_paragraph(lines, index + 1))
    return None


def _paragraph(lines: list[str], start: int) -> str:
    """Lines from ``start`` joined until one ends a sentence: a wrapped paragraph."""
    parts: list[str] = []
    for line in lines[start : start + 4]:
        parts.append(line)
        if line.rstrip().endswith("."):
            break
    return " ".join(parts)


def _first_sentence(line: str) -> str | None:
    sentence = re.sub(r"^\d+\.\s*", "", line).split(". ")[0]
    sentence = re.sub(r"^Por medio de la presente,\s*", "", sentence, flags=re.I)
    sentence = re.split(r",\s+(?:que|el cual|la cual)\b", sentence)[0]
    return sentence.strip(" .")[:200] or None


def _convenio_subject(lines: list[str]) -> str | None:
    title = next((ln for ln in lines[:3] if fold_upper(ln).startswith("CONVENIO")), None)
    at = next((i for i, ln in enumerate(lines) if re.search(r"OBJETO", fold_upper(ln))), None)
    purpose = _paragraph(lines, at) if at is not None else None
    if title is None:
        return None
    found = re.search(r"\b(?:financiar|apoyar|ejecutar)\s+(.+?)\.?$", purpose or "")
    return f"{title.strip().capitalize()} para {found.group(1)}" if found else title.strip()


def _signer(lines: list[str]) -> str | None:
    """In a letter the signer's name opens the block that ends with the RUT line."""
    for index, line in enumerate(lines):
        if not re.match(r"^@?RUT\b", fold_upper(line)) or index == 0:
            continue
        block = lines[max(0, index - 4) : index]
        closing = [
            i for i, ln in enumerate(block) if re.match(r"^(ATENTAMENTE|SALUDA)", fold_upper(ln))
        ]
        start = closing[-1] + 1 if closing else len(block) - 1
        candidate = block[start].strip() if start < len(block) else ""
        if 3 <= len(candidate) <= 80 and not any(ch.isdigit() for ch in candidate):
            return candidate
    return None


_QUALIFIERS = {"MINISTRO DE FE", "PRESENTE", "ATENTAMENTE"}


def _signature_post(lines: list[str]) -> str | None:
    """The post under the signature: the last short line in capitals at the end."""
    for line in reversed(lines[-4:]):
        folded = fold_upper(line).strip(" .,")
        letters = [c for c in line if c.isalpha()]
        if folded in _QUALIFIERS or not letters:
            continue
        if len(line) <= 60 and all(c.isupper() for c in letters):
            return line.strip(" .,")
        return None
    return None


_ORG_WORDS = re.compile(
    r"\b(SPA|LIMITADA|LTDA|S\.A\.|JUNTA DE VECINOS|CLUB|AGRUPACION|MUNICIPALIDAD|SERVICIO|"
    r"GOBIERNO|SEREMI|CONTRALORIA|DIRECCION|SUPERINTENDENCIA|JUNTA NACIONAL|CARABINEROS|"
    r"DELEGACION|MINISTERIO)\b"
)


def _organisation(header: list[str], doc_type: str, ignore: tuple[str, ...]) -> str | None:
    """The letterhead: the first header line naming a body, cut before an ORD. N° beside it.
    A company's request names it after "Entidad representada:"; our own name on a citizen's
    form or in a letter's address is the addressee, not the sender."""
    for line in header:
        if match := re.match(r"^Entidad representada\s*:\s*(.+)$", line, re.I):
            return re.split(r",\s*RUT\b", match.group(1))[0].strip(" .")
    ours = [fold_upper(name) for name in ignore]
    for line in header[:6]:
        folded = fold_upper(line)
        if re.match(r"^SE[NÑ]OR", folded) or folded.startswith("DE MI CONSIDERACION"):
            break
        if doc_type == "convenio" and folded.startswith("CONVENIO"):
            continue
        if not _ORG_WORDS.search(folded) or LABEL.search(folded) or _OWN_LABEL.match(line):
            continue
        if any(name in folded for name in ours):
            continue
        cut = DOC_NUMBER.search(folded)
        value = line[: cut.start()] if cut else line
        value = re.split(r",\s*RUT\b", value)[0].strip(" .")
        if len(value) >= 4:
            return value
    return None


def _addressee(header: list[str]) -> str | None:
    """ "Señor / Alcalde / ... / Presente": the line after the salutation."""
    for index, line in enumerate(header[:-1]):
        if re.match(r"^SE[NÑ]OR(A|ES)?$", fold_upper(line).strip()):
            return header[index + 1].strip()
    return None

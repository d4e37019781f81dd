"""First rule-based classifier: document type, direction and metadata from the headers.

Pure functions over text; the stage in ``pipeline.stages`` feeds them and keeps the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.patterns import DATE_WORDS, DOC_NUMBER, LABEL, find_date, find_ruts, fold_upper

HEADER_LINES = 25


@dataclass(frozen=True, kw_only=True)
class Unit:
    code: str
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Classification:
    doc_type: str
    direction: str
    unit: str | None = None
    sender: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    reserved: bool = False


# (type, pattern over the folded upper-case header), first match wins.
_HEADER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("decreto", re.compile(r"\bDECRETO\s+(ALCALDICIO|EXENTO|N)|\bVISTOS\s*:")),
    ("memorandum", re.compile(r"\bMEMO(RANDUM|RANDO)?\b\s*(N|INTERNO|:)")),
    ("acta_concejo", re.compile(r"\bACTA\b.*\bCONCEJO\b|\bSESION\s+(ORDINARIA|EXTRAORDINARIA)")),
    ("circular", re.compile(r"\bCIRCULAR\s*N")),
    ("oficio", re.compile(r"\b(ORD(INARIO)?|OFICIO)\s*\.?\s*(N|NRO|NUM)")),
    ("certificado", re.compile(r"^\s*CERTIFICADO\b|\bCERTIFICA\s+QUE\b", re.M)),
    ("convenio", re.compile(r"^\s*CONVENIO\b", re.M)),
)
_BODY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "solicitud_transparencia",
        re.compile(r"ACCESO A (LA )?INFORMACION PUBLICA|LEY\s+(N\S*\s*)?20\.285|TRANSPARENCIA"),
    ),
    ("solicitud_audiencia_lobby", re.compile(r"\bLOBBY\b|LEY\s+(N\S*\s*)?20\.730")),
    ("reclamo", re.compile(r"\bRECLAMO\b|\bRECLAMAR\b")),
    (
        "carta",
        re.compile(r"DE MI CONSIDERACION|ESTIMAD[OA]S?\b|SALUDA ATENTAMENTE|\bATENTAMENTE\b"),
    ),
)


def classify(text: str, *, units: tuple[Unit, ...], own_names: tuple[str, ...]) -> Classification:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    header = "\n".join(lines[:HEADER_LINES])
    folded_header = fold_upper(header)
    doc_type = detect_type(folded_header, fold_upper(text))
    reserved = bool(re.search(r"\bRESERVADO\b", folded_header))
    if doc_type == "oficio" and reserved:
        doc_type = "oficio_reservado"
    labels = extract_labels(lines[:60])
    number = DOC_NUMBER.search(folded_header)
    subject = labels.get("MAT") or labels.get("REF") or _fallback_subject(doc_type, lines)
    return Classification(
        doc_type=doc_type,
        direction=suggest_direction(doc_type, lines[:4], own_names),
        unit=choose_unit(text, subject, units),
        sender=labels.get("DE") or _letter_sender(lines),
        recipient=labels.get("A"),
        subject=subject,
        antecedents=labels.get("ANT"),
        doc_number=number.group(1).replace(".", "") if number else None,
        doc_date=document_date(lines[:HEADER_LINES]) or find_date(text),
        ruts=find_ruts(text),
        reserved=reserved,
    )


_PLACE_DATE = re.compile(r"^[A-Z][A-Z .'-]{2,40},\s*\d{1,2}")


def document_date(header_lines: list[str]) -> date | None:
    """The "NEGRETE, 10 de marzo de 2026" line first; dates inside ANT. are of other papers."""
    for line in header_lines:
        if _PLACE_DATE.match(fold_upper(line)) and (found := find_date(line)):
            return found
    body = [line for line in header_lines if not re.match(r"^\s*ANT", fold_upper(line))]
    return find_date("\n".join(body))


def detect_type(folded_header: str, folded_text: str) -> str:
    for doc_type, pattern in _HEADER_RULES:
        if pattern.search(folded_header):
            return doc_type
    for doc_type, pattern in _BODY_RULES:
        if pattern.search(folded_text):
            return doc_type
    return "otro"


def suggest_direction(doc_type: str, first_lines: list[str], own_names: tuple[str, ...]) -> str:
    """Memorándums and decretos are internal; our own letterhead on an oficio means outgoing."""
    if doc_type in ("memorandum", "decreto", "acta_concejo"):
        return "interno"
    letterhead = fold_upper(" ".join(first_lines))
    ours = any(fold_upper(name) in letterhead for name in own_names)
    if ours and doc_type in ("oficio", "oficio_reservado", "circular", "certificado"):
        return "salida"
    return "entrada"


def _label_key(word: str) -> str:
    if word == "PARA":
        return "A"
    return word[:3] if word[:3] in ("ANT", "MAT", "REF") else word


def extract_labels(lines: list[str]) -> dict[str, str]:
    """ANT., MAT., REF., DE, A blocks; a value continues on lines that carry no label."""
    found: dict[str, list[str]] = {}
    current: str | None = None
    for line in lines:
        match = LABEL.match(fold_upper(line))
        if match:
            key = _label_key(match.group(1))
            current = key if key not in found else None
            if current:
                value = line[line.index(":") + 1 :].strip()
                found[current] = [value] if value else []
            continue
        if current and len(found[current]) < 3 and not _ends_block(line):
            found[current].append(line)
        else:
            current = None
    return {k: " ".join(v).strip(" .") for k, v in found.items() if v}


def _ends_block(line: str) -> bool:
    """A date line ("NEGRETE, 10 de marzo de 2026") or the body's opening ends a label's value."""
    folded = fold_upper(line)
    if DATE_WORDS.search(line.lower()) and len(line) < 60:
        return True
    return bool(re.match(r"^(VISTOS|CONSIDERANDO|DECRETO|JUNTO CON|POR MEDIO|EN RELACION)", folded))


def _fallback_subject(doc_type: str, lines: list[str]) -> str | None:
    """Without MAT.: a decreto's first resolution, or a letter's first request."""
    markers = {"decreto": r"^DECRETO\s*:?$", "carta": r"^(DE MI CONSIDERACION|ESTIMAD)"}
    pattern = markers.get(doc_type)
    if pattern is None:
        return None
    for index, line in enumerate(lines[:-1]):
        if re.match(pattern, fold_upper(line)):
            sentence = re.sub(r"^\d+\.\s*", "", lines[index + 1]).split(". ")[0]
            sentence = re.split(r",\s+(?:que|el cual|la cual)\b", sentence)[0]
            return sentence.strip(" .")[:200] or None
    return None


def _letter_sender(lines: list[str]) -> str | None:
    """In a citizen's letter the signer's name stands just above the RUT line."""
    for index, line in enumerate(lines):
        if re.search(r"\bRUT\b", fold_upper(line)) and index > 0:
            candidate = lines[index - 1].strip()
            if 3 <= len(candidate) <= 80 and not any(ch.isdigit() for ch in candidate):
                return candidate
    return None


def choose_unit(text: str, subject: str | None, units: tuple[Unit, ...]) -> str | None:
    """The unit whose name or keywords appear most, those in the subject counting triple."""
    folded_text = fold_upper(text)
    focus = fold_upper(subject or "")
    best: tuple[int, str] | None = None
    for unit in units:
        terms = [fold_upper(unit.name), *(fold_upper(k) for k in unit.keywords)]
        score = sum(folded_text.count(t) + 2 * focus.count(t) for t in terms if t)
        if score and (best is None or score > best[0]):
            best = (score, unit.code)
    return best[1] if best else None

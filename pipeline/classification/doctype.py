"""Document type and direction from the formats of Chilean public documents.

A header that names the type ("ORD. N°", "DECRETO ALCALDICIO", "SOLICITUD DE AUDIENCIA")
is strong evidence; words in the body ("De mi consideración") are weaker; nothing is none.
The confidence of each says so, so a trained model can outvote a weak rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.classification.patterns import fold_upper

HEADER_CONFIDENCE, BODY_CONFIDENCE, NO_EVIDENCE = 0.9, 0.7, 0.35
INTERNAL_TYPES = ("memorandum", "decreto", "acta_concejo")

# (type, pattern over the folded upper-case header), first match wins.
_HEADER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "solicitud_transparencia",
        re.compile(r"ACCESO A (LA )?INFORMACION PUBLICA|LEY\s+(N\S*\s*)?20\.285"),
    ),
    ("solicitud_audiencia_lobby", re.compile(r"SOLICITUD DE AUDIENCIA|\bLOBBY\b|20\.730")),
    ("reclamo", re.compile(r"FORMULARIO DE RECLAMO|^\s*RECLAMO\b", re.M)),
    ("convenio", re.compile(r"^\s*CONVENIO\b", re.M)),
    ("decreto", re.compile(r"\bDECRETO\s+(ALCALDICIO|EXENTO|N)|\bVISTOS\s*:")),
    # OCR may cut a word at a column's edge: "MEMORAN DUM"
    ("memorandum", re.compile(r"\bMEMO(\s?RAN\s?DUM|RANDO)?\b\s*(N|INTERNO|:)")),
    # "ACTA" opens the line: an oficio may well be about "la sesión ordinaria del Concejo"
    ("acta_concejo", re.compile(r"^\s*ACTA\b[^\n]*\b(CONCEJO|SESION)\b", re.M)),
    ("circular", re.compile(r"\bCIRCULAR\s*N")),
    ("oficio", re.compile(r"\b(ORD(INARIO)?|OFICIO)\s*\.?\s*(RESERVADO\s*)?(N|NRO|NUM)")),
    ("certificado", re.compile(r"^\s*CERTIFICADO\b|\bCERTIFICA\s+QUE\b", re.M)),
)
_BODY_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("solicitud_transparencia", re.compile(r"ACCESO A (LA )?INFORMACION PUBLICA|TRANSPARENCIA")),
    ("solicitud_audiencia_lobby", re.compile(r"\bLOBBY\b|LEY\s+(N\S*\s*)?20\.730")),
    ("reclamo", re.compile(r"\bRECLAMO\b|\bRECLAMAR\b")),
    ("carta", re.compile(r"DE MI CONSIDERACION|ESTIMAD[OA]S?\b|\bATENTAMENTE\b")),
)


@dataclass(frozen=True, kw_only=True)
class TypeGuess:
    doc_type: str
    confidence: float
    evidence: str  # "encabezado", "cuerpo" or "ninguna": shown to the clerk who reviews


def detect_type(header: str, text: str) -> TypeGuess:
    folded_header = fold_upper(header)
    reserved = bool(re.search(r"\bRESERVAD[OA]\b", folded_header))
    for doc_type, pattern in _HEADER_RULES:
        if pattern.search(folded_header):
            if doc_type == "oficio" and reserved:
                doc_type = "oficio_reservado"
            return TypeGuess(doc_type=doc_type, confidence=HEADER_CONFIDENCE, evidence="encabezado")
    folded_text = fold_upper(text)
    for doc_type, pattern in _BODY_RULES:
        if pattern.search(folded_text):
            return TypeGuess(doc_type=doc_type, confidence=BODY_CONFIDENCE, evidence="cuerpo")
    return TypeGuess(doc_type="otro", confidence=NO_EVIDENCE, evidence="ninguna")


def suggest_direction(doc_type: str, first_lines: list[str], own_names: tuple[str, ...]) -> str:
    """Memos, decretos and minutes are internal; our letterhead on an oficio means outgoing."""
    if doc_type in INTERNAL_TYPES:
        return "interno"
    letterhead = fold_upper(" ".join(first_lines))
    if not any(fold_upper(name) in letterhead for name in own_names):
        return "entrada"
    if doc_type == "circular":  # our circulars instruct our own units
        return "interno"
    if doc_type in ("oficio", "oficio_reservado", "certificado"):
        return "salida"
    return "entrada"

"""A letter's headline: its subject set in capitals between the addressee's block and the
salutation, when it states no label."""

from __future__ import annotations

import re

from pipeline.classification.labels import addressee
from pipeline.classification.patterns import CUT_AT_WORD, REQUEST_NOUNS, VERBS, fold_upper
from pipeline.classification.phrases import (
    SUMMARY,
    in_capitals,
    interrupts,
    names_a_party,
)

# The salutation that opens a letter's body, and the lines of the addressee's block above it.
_SALUTATION = re.compile(
    r"^(?:(?:ESTIMAD|RESPETAD)[OA]S?\b|DE (?:MI|NUESTRA) (?:MAYOR )?CONSIDERACION|JUNTO CON SALUDAR"
    r"|(?:SENOR|SR\.?)(?:A|ITA)?\b[^:]{0,30}:$|DON(?:A)?\s+[A-Z]+(?:\s+[A-Z]+)?\s*:$)"
)
_PRESENTE = r"P\s*R\s*E\s*S\s*E\s*N\s*T\s*E"  # "Presente", spaced out or not
_ADDRESSING = re.compile(
    rf"^(?:{_PRESENTE}\b|S\s*/\s*D\b|DON\b|DONA\b|DE LA COMUNA\b"
    r"|ALCALDE(?:SA)?\b|(?:[IL1]\s?\.\s*|ILUSTRE\s+)?MUNICIPALIDAD\b)"
)


def headline(lines: list[str]) -> str | None:
    """A letter's subject set in capitals between the addressee's block ("Presente", "DON
    ...", "I. Municipalidad de X") and the salutation ("RECLAMO POR LA CIRCULACIÓN DE
    CAMIONES ... / Estimado señor Alcalde:")."""
    return _below_presente(lines) or _above_salutation(lines)


def _below_presente(lines: list[str]) -> str | None:
    start = next((i for i, ln in enumerate(lines[:30]) if _PRESENT.match(fold_upper(ln))), None)
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and end - start <= 4 and _headline_line(lines[end], lines[end - 1]):
        end += 1
    return _headline_between(lines, start + 1, end) or _request_below(lines, start + 1)


def _request_above(lines: list[str], salutation: int) -> str | None:
    """A request in sentence case on the one or two lines just above the salutation
    ("Reclamo por la rotura de la matriz ... / De nuestra consideración:")."""
    for start in (salutation - 1, salutation - 2):
        if start >= 0 and _opens_request(lines[start]):
            return _request(lines[start:salutation])
    return None


def _request_below(lines: list[str], start: int) -> str | None:
    """A headline in sentence case that says what the writer asks, right below "Presente"
    and just above the salutation ("Solicita pronunciamiento municipal sobre ... en /
    Población X / De nuestra consideración:")."""
    if start >= len(lines) or not _opens_request(lines[start]):
        return None
    ends = range(start + 1, min(start + 4, len(lines)))
    end = next((n for n in ends if _SALUTATION.match(fold_upper(lines[n]).strip())), None)
    return _request(lines[start:end]) if end is not None else None


def _request(lines: list[str]) -> str | None:
    """The request's lines as one subject; none if a field or a mark stands among them."""
    if any(":" in line or interrupts(line) for line in lines):
        return None
    return " ".join(line.strip() for line in lines).strip(" .;:")[:300]


_PRESENT = re.compile(rf"^\s*(?:{_PRESENTE}|SU DESPACHO)\s*[.:,]?\s*$")
# What closes the addressee's block just above a headline: "Presente", "S/D" (as a scan may
# read it: "3 D"), or the addressee's name after "DON".
_BLOCK_CLOSE = re.compile(rf"^(?:{_PRESENTE}|DON|DONA)\b|^[A-Z]?\s*[S35$]\s*/?\s*D\s*$")


def _above_salutation(lines: list[str]) -> str | None:
    salutation = next(
        (i for i, ln in enumerate(lines[:30]) if _SALUTATION.match(fold_upper(ln).strip())), None
    )
    if salutation is None:
        return None
    top = salutation
    while top > 0 and salutation - top < 4:
        if not _headline_line(lines[top - 1], lines[top - 2] if top > 1 else ""):
            break
        top -= 1
    if top == salutation:  # none in capitals: one in sentence case that says what it asks
        return _request_above(lines, salutation)
    # the headline opens with what the writer does, below the rest of the address ("A : SR.
    # ALCALDE / RODRIGO SANDOVAL / FREIRE N° 540 / SOLICITA PERMISO PARA ... / Señor Alcalde:")
    verb = (k for k in range(top, salutation) if _opens_request(lines[k]))
    opening = next(verb, None)
    above = lines[top - 1] if top else ""
    if opening is not None:
        top = opening
    elif top == 0 or not (_BLOCK_CLOSE.match(fold_upper(above).strip()) or _addressing(above)):
        return None
    return _headline_between(lines, top, salutation) if top < salutation else None


# What a writer's headline opens with: a verb ("SOLICITA ...") or a request's name.
_REQUEST = re.compile(rf"^(?:{REQUEST_NOUNS}|QUEJA|PRESENTACION|APELACION)\b")


def _opens_request(line: str) -> bool:
    folded = fold_upper(line).strip()
    return bool(SUMMARY.match(folded) or _REQUEST.match(folded))


def _headline_between(lines: list[str], start: int, end: int) -> str | None:
    """The headline is the lines ``start:end``, when the body follows them (a salutation or
    a line not in capitals): in a letter typed in capitals, nothing stands out."""
    following = lines[end] if end < len(lines) else ""
    body = _SALUTATION.match(fold_upper(following).strip()) or not in_capitals(following)
    text = " ".join(line.strip() for line in lines[start:end]).strip(" .;:")
    return text[:300] if body and len(text.split()) >= 3 else None


# Not a headline: the addressee's or the writer's post or organisation (a school, a fire
# brigade, a parish, a court), a field ("ATENCIÓN: ...").
_NOT_HEADLINE = re.compile(
    r"^(?:(?:PRIMER|SEGUND|TERCER|CUART|QUINT|SEXT|SEPTIM|OCTAV|NOVEN|DECIM)A\s+|\d{1,2}\S?\s+)?"
    r"(?:DIRECTOR|DIRECTORA|JEFE|JEFA|SECRETARI[OA]|ENCARGAD[OA]|ALCALDE|ALCALDESA|CONCEJAL"
    r"|PRESIDENT[EA]|GERENTE|ADMINISTRADOR|ADMINISTRADORA|ASESOR|ASESORA|JUEZ|JUEZA|COMITE"
    r"|CLUB|AGRUPACION|ASOCIACION|SINDICATO|COOPERATIVA|FUNDACION|CENTRO|UNION|CONSEJO"
    r"|SOCIEDAD|EMPRESA|CONSTRUCTORA|PERSONALIDAD|SECTOR|COMUNA|DEPARTAMENTO|UNIDAD|OFICINA"
    r"|SUBDIRECTORA?|SUBJEFE|COORDINADORA?|INSPECTORA?|PROFESORA?|ABOGADA?|CUERPO|COMPANIA"
    r"|BRIGADA|ESCUELA|LICEO|COLEGIO|JARDIN|INSTITUTO|UNIVERSIDAD|HOSPITAL|CESFAM|POSTA"
    r"|CONSULTORIO|PARROQUIA|IGLESIA|CAPILLA|OBISPADO|JUZGADO|TRIBUNAL|FISCALIA|NOTARIA|BANCO"
    r"|COMISARIA|SUBCOMISARIA|ONG)\b"
)


def _addressing(line: str) -> bool:
    return bool(_ADDRESSING.match(fold_upper(line).strip()) or addressee(line))


def _headline_line(line: str, above: str) -> bool:
    """A line of the headline; ``above``, the line before it (one cut at "A LA" carries
    on into any line: "... A LA / EMPRESA CONTRATISTA ...")."""
    folded = fold_upper(line).strip()
    words = re.search(r"[^\W\d_]{3,}", line) is not None  # not "S/D" as OCR reads it: "3 D"
    if not words or ":" in line or not in_capitals(line) or interrupts(line):
        return False
    if CUT_AT_WORD.search(fold_upper(above)) and in_capitals(above):
        return True
    party = names_a_party(folded) or _NOT_HEADLINE.match(folded)
    # ... unless the organisation says what it asks ("COLEGIO SAN JORGE SOLICITA APOYO ...")
    says = re.search(rf"\b(?:{VERBS})N?\b", folded)
    return not ((party and not says) or _addressing(line))

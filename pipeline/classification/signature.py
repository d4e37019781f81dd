"""Who signs: the name above a RUT (a person's letter) or the post under the signature.

The signature is not always the last thing on the page: a resolución ends with its
"DISTRIBUCIÓN:" list, an oficio with the typist's initials ("JHY/mrs") and copies ("c.c."),
a letter with a telephone number. Those are left out before the signature is looked for.
"""

from __future__ import annotations

import re

from pipeline.classification.patterns import fold_upper

_QUALIFIERS = {"MINISTRO DE FE", "PRESENTE", "ATENTAMENTE", "POR ORDEN DEL ALCALDE"}
_TRAILER = re.compile(
    r"^(?:DISTRIBUCION|C\s*\.\s*C\s*\.?|CC\s*:|CON COPIA|INCL\b|ADJ\b|ANEXOS?\s*:|TELEFONO"
    r"|CORREO|E-?MAIL|ARCHIVO\b|[A-Z]{2,5}\s*/\s*[A-Z]{2,5}(?:\s*/\s*[A-Z]{2,5})?\s*$)"
)
_CLOSING = re.compile(r"^(?:ANOTESE|TRANSCRIBASE|COMUNIQUESE|PUBLIQUESE|REGISTRESE)\b")
# Posts written in small letters under a name: "Contralor General de la República".
_POST_WORDS = re.compile(
    r"^(?:EL\s+|LA\s+)?(?:ALCALDE|ALCALDESA|CONTRALOR|DIRECTOR|DIRECTORA|JEFE|JEFA|SECRETARI[OA]"
    r"|SUBSECRETARI[OA]|MINISTR[OA]|GOBERNADOR|DELEGAD[OA]|SEREMI|SUPERINTENDENTE|ADMINISTRADOR"
    r"|ENCARGAD[OA]|PRESIDENT[EA]|FISCAL|JUEZ|COORDINADOR|COORDINADORA|INSPECTOR)\b"
)


def signature_block(lines: list[str]) -> list[str]:
    """The last lines before the distribution list, the copies and the typist's initials."""
    end = len(lines)
    for index in range(len(lines) - 1, max(-1, len(lines) - 16), -1):
        if _TRAILER.match(fold_upper(lines[index]).strip()):
            end = index
    return lines[max(0, end - 6) : end]


def signer(lines: list[str]) -> str | None:
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


def signature_post(lines: list[str]) -> str | None:
    """The post under the signature: the last short line in capitals (or one that names a
    post, "Contralor General de la República") at the end of the signature block."""
    for line in reversed(signature_block(lines)[-4:]):
        folded = fold_upper(line).strip(" .,")
        letters = [c for c in line if c.isalpha()]
        if folded in _QUALIFIERS or not letters or folded.startswith("(S)"):
            continue
        if _CLOSING.match(folded):  # "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE": nobody signed below
            return None
        capitals = all(c.isupper() for c in letters)
        if len(line) <= 80 and (capitals or _POST_WORDS.match(folded)):
            return line.strip(" .,")
        return None
    return None

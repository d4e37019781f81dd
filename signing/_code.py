"""Verification codes printed on the stamp: Crockford's base-32 alphabet, 60 random bits."""

from __future__ import annotations

import secrets

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LENGTH = 12
# Crockford's decoding: the letters left out of the alphabet are read as the digits they
# look like, so a code copied from paper, or read by OCR, still finds its document.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def verification_code() -> str:
    """Twelve characters in three groups, with no I, L, O or U: a code read aloud or typed
    from paper cannot be mistaken."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(_LENGTH))
    return _grouped(raw)


def normalize_code(text: str) -> str | None:
    """The code a person (or OCR) typed or read, as it was issued; None if it cannot be one.

    Case, spaces and hyphens do not matter, and O, I and L are read as 0, 1 and 1."""
    raw = "".join(text.split()).replace("-", "").upper().translate(_LOOKALIKES)
    if len(raw) != _LENGTH or any(c not in _ALPHABET for c in raw):
        return None
    return _grouped(raw)


def _grouped(raw: str) -> str:
    return "-".join(raw[i : i + 4] for i in range(0, _LENGTH, 4))

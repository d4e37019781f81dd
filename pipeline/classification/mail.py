"""E-mails printed and filed as documents: where their subject stands.

A mail program prints the subject in its header («Asunto:», «Subject:», a label the label
reader finds) with the reply and forward marks the messages gathered on the way
(«RE: RV: Fwd:»), which say nothing about the matter. Gmail prints it alone on the second
line, under «Gmail» and the account, above «N mensaje(s)».
"""

from __future__ import annotations

import re

_MARKS = re.compile(r"^(?:(?:RE|RV|FW|FWD|TR|AW|WG)\s*:\s*)+", re.I)
_GMAIL = re.compile(r"^Gmail\b")
_MESSAGES = re.compile(r"^\d{1,3}\s+mensajes?$|^\d{1,3}\s+messages?$", re.I)


def unmarked(subject: str) -> str:
    """The subject without the reply and forward marks before it."""
    return _MARKS.sub("", subject).strip() or subject


def gmail_subject(lines: list[str]) -> str | None:
    """The subject of a conversation printed from Gmail (None: not such a print)."""
    if len(lines) >= 3 and _GMAIL.match(lines[0]) and _MESSAGES.match(lines[2].strip()):
        return unmarked(lines[1].strip()) or None
    return None

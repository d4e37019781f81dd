"""E-mails printed and filed as documents: where their subject stands.

A mail program prints the subject in its header («Asunto:», «Subject:», a label the label
reader finds) with the reply and forward marks the messages gathered on the way
(«RE: RV: Fwd:»), which say nothing about the matter. Gmail prints it alone under «Gmail»
and the account, above «N mensaje(s)».
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
    """The subject of a conversation printed from Gmail (None: not such a print): the
    lines above «N mensaje(s)», below the account («Oficina de Partes <partes@...>»), under
    a «Gmail» line (a browser's print adds its date and the page's title above it)."""
    count = next((i for i, line in enumerate(lines[:12]) if _MESSAGES.match(line.strip())), None)
    if count is None or not any(_GMAIL.match(line) for line in lines[:count]):
        return None
    above = [i for i in range(count) if _ACCOUNT.search(lines[i]) or _GMAIL.match(lines[i])]
    subject = lines[above[-1] + 1 : count]
    if not 1 <= len(subject) <= 3:
        return None
    return unmarked(" ".join(line.strip() for line in subject)) or None


_ACCOUNT = re.compile(r"<[^<>\s]+>")


def marked_subject(lines: list[str]) -> str | None:
    """A printed message's subject with no label, known by its reply or forward mark
    («RV: Manifiesta preocupación …») near the top of the page."""
    for line in lines[:6]:
        if _MARKS.match(line.strip()) and len(unmarked(line).split()) >= 3:
            return unmarked(line)
    return None

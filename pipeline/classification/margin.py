"""An act's summary printed apart from its header: in the left margin or a box beside the
body, which a PDF's text layer often gives after the signatures («OTORGA SUBVENCIÓN / PARA
EL DISEÑO / DEL SISTEMA APR DE / PARCA», «Aprueba plan de / acción para los / …»)."""

from __future__ import annotations

import re

from pipeline.classification.headings import header_end
from pipeline.classification.labels import capital_share, find_label
from pipeline.classification.patterns import CUT_AT_WORD, fold_upper
from pipeline.classification.phrases import SUMMARY

# A margin is narrow: its lines are short, and a summary takes at most this many of them.
MAX_LINES = 10
SHORT = 40
# A summary in sentence case is taken only as a run of this many short lines at least (a
# short line of the body that opens with a verb is no margin).
LEAST_LINES = 3


def summary_apart(lines: list[str]) -> str | None:
    """The first run of short lines below the header that opens with what the act does in
    the third person («OTORGA …», not the operative «OTÓRGASE …» nor a numbered point); in
    capitals it goes on only in capitals."""
    for index in range(header_end(lines), len(lines)):
        opening = lines[index].strip()
        capitals = capital_share(opening) >= 0.97
        before = fold_upper(lines[index - 1]) if index else ""
        if not _summary_opening(opening, capitals) or CUT_AT_WORD.search(before):
            continue  # (a line of a paragraph in capitals that a connector carries on)
        parts = [opening]
        for line in lines[index + 1 : index + MAX_LINES]:
            text = line.strip()
            if not text or len(text) > SHORT or (capitals and capital_share(text) < 0.97):
                break
            if _ENDS_SUMMARY.match(fold_upper(text)) or find_label(text):
                break
            parts.append(text)
        if capitals or len(parts) >= LEAST_LINES:
            return " ".join(parts).strip(" .;")
    return None


# What ends a margin's summary: a numbered point, the body's opening, a label of its own,
# the distribution list.
_ENDS_SUMMARY = re.compile(r"^(?:\d{1,2}\s*[.)°º-]|[A-Z ]{2,30}:|DISTRIBUCION\b|DIST\b)")


def _summary_opening(opening: str, capitals: bool) -> bool:
    folded = fold_upper(opening)
    match = SUMMARY.match(folded)
    if match is None or folded[match.end() - 2 : match.end()] == "SE" or find_label(opening):
        return False
    if opening.rstrip().endswith((";", ",", ":")):
        return False
    sentence_case = opening[:1].isupper() and opening[1:2].islower()
    return (capitals or sentence_case) and len(opening) <= SHORT and len(folded.split()) >= 2

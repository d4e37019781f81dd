"""A snippet of a hit's original text around the first words the query matched, those
words in capitals (as the Whoosh backend shows them), computed only for the hits shown.

Snowball's Spanish stems are, but for a few suffixes, prefixes of the folded word: a word
matches when its folded, lower-case form starts with a stem (or prefix) of the query.
"""

from __future__ import annotations

import re

from index.terms import Group, Node, Not, Phrase, Term, fold_fast, stem_token

WIDTH = 160
_BEFORE = 60


def _wanted(node: Node | None) -> list[str]:
    """The folded stems and prefixes of the words the query looks for (not the NOT ones)."""
    if node is None or isinstance(node, Not):
        return []
    if isinstance(node, Term):
        if node.field in ("unit", "doc_type", "ids"):
            return []
        return [fold_fast(node.text) if node.prefix else stem_token(node.text)]
    if isinstance(node, Phrase):
        return [stem_token(w) for w in node.words] if node.field not in ("unit", "doc_type") else []
    assert isinstance(node, Group)
    return [w for item in node.items for w in _wanted(item)]


def snippet(text: str, tree: Node | None) -> str:
    plain = " ".join(text.split())
    words = sorted({w for w in _wanted(tree) if w}, key=len, reverse=True)
    if not words:
        return plain[:WIDTH]
    folded = fold_fast(plain).lower()
    if len(folded) != len(plain):  # a character that changes length when lower-cased
        return plain[:WIDTH]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\w*")
    first = pattern.search(folded)
    if first is None:
        return plain[:WIDTH]
    start = max(0, first.start() - _BEFORE)
    if start:
        space = plain.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start
    end = min(len(plain), start + WIDTH)
    pieces, at = [], start
    for m in pattern.finditer(folded, start, end):
        pieces.append(plain[at : m.start()])
        pieces.append(plain[m.start() : m.end()].upper())
        at = m.end()
    pieces.append(plain[at:end])
    return ("…" if start else "") + "".join(pieces) + ("…" if end < len(plain) else "")

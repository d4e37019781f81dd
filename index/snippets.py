"""A snippet of a hit's original text around the first words the query matched, those
words in capitals (as the Whoosh backend shows them), computed only for the hits shown.

Snowball's Spanish stems are, but for a few suffixes, prefixes of the folded word: a word
matches when it starts with a stem (or prefix) of the query, accents forgiven. The pattern
is built once per query and searched in the original text (no copy of it is folded).
"""

from __future__ import annotations

import re

from index.terms import Group, Node, Not, Phrase, Term, fold_fast, stem_token

WIDTH = 160
_BEFORE = 60
_CODES = ("unit", "doc_type", "ids")
_ACCENTED = {"a": "aáàâä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôö", "u": "uúùûü", "n": "nñ"}


def _forgiving(word: str) -> str:
    return "".join(f"[{_ACCENTED[c]}]" if c in _ACCENTED else re.escape(c) for c in word)


def _wanted(node: Node | None) -> list[str]:
    """Patterns of what the query looks for (stems, prefixes, phrases; not the NOT ones)."""
    if node is None or isinstance(node, Not) or getattr(node, "field", None) in _CODES:
        return []
    if isinstance(node, Term):
        return [_forgiving(fold_fast(node.text) if node.prefix else stem_token(node.text))]
    if isinstance(node, Phrase):
        return [r"\w*\W+".join(_forgiving(stem_token(w)) for w in node.words)]
    assert isinstance(node, Group)
    return [w for item in node.items for w in _wanted(item)]


def pattern_of(tree: Node | None) -> re.Pattern[str] | None:
    """What to look for in a hit's text (None: the query has no words)."""
    wanted = sorted({w for w in _wanted(tree) if w}, key=len, reverse=True)
    if not wanted:
        return None
    return re.compile(r"\b(?:" + "|".join(wanted) + r")\w*", re.IGNORECASE)


def snippet(text: str, pattern: re.Pattern[str] | None) -> str:
    first = pattern.search(text) if pattern is not None else None
    if first is None or pattern is None:
        return " ".join(text[: WIDTH * 2].split())[:WIDTH]
    start = max(0, first.start() - _BEFORE)
    if start:
        space = text.find(" ", start, first.start())
        start = space + 1 if space >= 0 else start
    end = min(len(text), start + WIDTH + 40)
    window = pattern.sub(lambda m: m.group(0).upper(), text[start:end])
    plain = " ".join(window.split())
    cut = plain[:WIDTH]
    return ("…" if start else "") + cut + ("…" if len(plain) > WIDTH or end < len(text) else "")


def marked(snippet_text: str, query: str) -> list[tuple[str, bool]]:
    """The snippet cut into (text, is it a word the query looks for), for a door to mark
    them (the web wraps them in <mark>); a query that does not parse marks nothing."""
    from index.errors import QueryError
    from index.terms import parse

    try:
        pattern = pattern_of(parse(query)) if query.strip() else None
    except QueryError:
        pattern = None
    if pattern is None:
        return [(snippet_text, False)] if snippet_text else []
    pieces: list[tuple[str, bool]] = []
    last = 0
    for found in pattern.finditer(snippet_text):
        if found.start() > last:
            pieces.append((snippet_text[last : found.start()], False))
        pieces.append((found.group(0), True))
        last = found.end()
    if last < len(snippet_text):
        pieces.append((snippet_text[last:], False))
    return pieces

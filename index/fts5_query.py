"""The query tree (index.terms) as an FTS5 MATCH expression.

Every word is quoted (no FTS5 syntax can leak in from what a clerk typed), text words are
stemmed like the indexed text, prefixes are folded but not stemmed (as in Whoosh), and a
word without a field is looked for in the text columns only, never in unit or type.
"""

from __future__ import annotations

import itertools

from index.errors import QueryError
from index.terms import TOKEN, Group, Node, Not, Phrase, Term, fold_fast, stem_token

_TEXT = "{subject sender content ids}"
_ONLY_NOT = "Una búsqueda no puede tener solo exclusiones (NOT): agregue una palabra que buscar."


def match_expression(node: Node) -> str | None:
    """The MATCH string, or None when nothing searchable is left."""
    if isinstance(node, Not):
        raise QueryError(_ONLY_NOT)
    return _expr(node)


def _column(field: str | None) -> str:
    return _TEXT if field is None else field


def _word(text: str, field: str | None) -> str:
    if field in ("unit", "doc_type", "ids"):
        return fold_fast(text)
    return stem_token(text)


def compact(value: str) -> str:
    """A unit or type code as one token: «oficio_reservado» is not «oficio»."""
    return "".join(TOKEN.findall(fold_fast(value.lower())))


def _expr(node: Node) -> str | None:
    if isinstance(node, Term):
        if node.prefix:
            return f'{_column(node.field)} : "{fold_fast(node.text)}"*'
        return f'{_column(node.field)} : "{_word(node.text, node.field)}"'
    if isinstance(node, Phrase) and node.field in ("unit", "doc_type"):
        return f'{node.field} : "{compact("".join(node.words))}"'
    if isinstance(node, Phrase) and node.field is None and len(node.words) > 1:
        stems = [_word(w, None) for w in node.words]
        pairs = " ".join(f"{a}_{b}" for a, b in itertools.pairwise(stems))
        return f'pairs : "{pairs}"'
    if isinstance(node, Phrase):
        words = " ".join(_word(w, node.field) for w in node.words)
        return f'{_column(node.field)} : "{words}"'
    if isinstance(node, Not):
        raise QueryError("«NOT» va después de lo que se busca: «alumbrado NOT público».")
    return _group(node)


def _group(node: Group) -> str | None:
    if node.op == "OR":
        parts = [p for p in (_expr(i) for i in node.items) if p]
        return "(" + " OR ".join(parts) + ")" if parts else None
    positives = [p for p in (_expr(i) for i in node.items if not isinstance(i, Not)) if p]
    negatives = [p for p in (_expr(i.node) for i in node.items if isinstance(i, Not)) if p]
    if not positives:
        if negatives:
            raise QueryError(_ONLY_NOT)
        return None
    expression = "(" + " AND ".join(positives) + ")"
    return expression + "".join(f" NOT ({n})" for n in negatives)

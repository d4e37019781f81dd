"""What every backend shares: tokens, Spanish stems, identifiers and the query language.

A query is parsed once, here, into a small tree (words, prefixes, phrases, AND/OR/NOT,
field terms); each backend translates the tree into its own syntax, so both answer the
same question. Identifiers a clerk types in many ways (a RUT with or without dots, a
registry number) become one canonical token, indexed in the ``ids`` field.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import snowballstemmer

# Letters and digits; "_" separates like punctuation (as SQLite's unicode61 does).
TOKEN = re.compile(r"[^\W_]+")
_ACCENTS = str.maketrans(
    "áéíóúüñàèìòùâêîôûäëïöÁÉÍÓÚÜÑÀÈÌÒÙÂÊÎÔÛÄËÏÖ", "aeiouunaeiouaeiouaeioAEIOUUNAEIOUAEIOUAEIO"
)
# 12.345.678-9, 12345678-9, 12.345.678-K (the check digit is verified).
_RUT = re.compile(r"(?<![\d.])(\d{1,2}\.\d{3}\.\d{3}|\d{7,8})\s?-\s?([\dkK])(?!\w)")
_BARE_RUT = re.compile(r"\b(\d{7,8})([\dkK])\b")
_REGISTRY = re.compile(r"\b([A-Z]{1,4})-(\d{4})-(\d{1,6})\b")
# The same two, scanned from the dash: what must stand before it is checked on a slice.
_DASH = re.compile(r"-\s?([\dkK])(?!\w)")
_RUT_BODY = re.compile(r"(?:^|[^\d.])(\d{1,2}\.\d{3}\.\d{3}|\d{7,8})\s?$")
_REGISTRY_TAIL = re.compile(r"-(\d{4})-(\d{1,6})\b")
_REGISTRY_HEAD = re.compile(r"(?:^|\W)([A-Z]{1,4})$")
TEXT_FIELDS = ("subject", "sender", "content", "ids")
# What a clerk may write before ":" (Spanish first), and the field it means.
FIELDS = {
    "materia": "subject",
    "subject": "subject",
    "remitente": "sender",
    "sender": "sender",
    "texto": "content",
    "contenido": "content",
    "content": "content",
    "unidad": "unit",
    "unit": "unit",
    "tipo": "doc_type",
    "ids": "ids",
}


@functools.cache
def _stemmer() -> Any:
    return snowballstemmer.stemmer("spanish")  # PyStemmer's C implementation when installed


def fold_fast(text: str) -> str:
    """Spanish accents removed, one character for one (offsets stay valid)."""
    return text.translate(_ACCENTS)


@functools.lru_cache(maxsize=400_000)
def stem_token(token: str) -> str:
    """A lower-case token, folded and stemmed (words repeat: each distinct one once)."""
    from index.analysis import fold

    return str(_stemmer().stemWord(fold(token)))


def stems(text: str) -> list[str]:
    return [stem_token(t) for t in TOKEN.findall(text.lower())]


def stemmed_text(text: str) -> str:
    """The text as the full-text index sees it: folded stems separated by spaces.

    Each distinct word is stemmed once; the words are then mapped in C (``map`` over a
    dict), not one Python call per word."""
    words = TOKEN.findall(text.lower())
    stemmed = {w: stem_token(w) for w in set(words)}
    return " ".join(map(stemmed.__getitem__, words))


def rut_check_digit(body: int) -> str:
    """The RUT's dígito verificador (módulo 11; 10 is «K»)."""
    total, factor = 0, 2
    while body:
        total += (body % 10) * factor
        body //= 10
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return {11: "0", 10: "K"}.get(rest, str(rest))


def _rut_token(match: re.Match[str]) -> str | None:
    return _rut_token_of(match.group(1), match.group(2))


def _rut_token_of(body_text: str, digit_text: str) -> str | None:
    body = int(body_text.replace(".", ""))
    digit = digit_text.lower()
    return f"rut{body}{digit}" if rut_check_digit(body).lower() == digit else None


def identifiers(text: str) -> str:
    """Canonical tokens of the RUTs (check digit right) and registry numbers in ``text``.

    Whole documents are scanned from each «-» (a regex that starts with a literal is
    fast; one that starts with a class or a look-behind tries every position)."""
    found: set[str] = set()
    for dash in _DASH.finditer(text):
        before = text[max(0, dash.start() - 14) : dash.start()]
        rut = _RUT_BODY.search(before)
        if rut is not None:
            token = _rut_token_of(rut.group(1), dash.group(1))
            if token:
                found.add(token)
    for number in _REGISTRY_TAIL.finditer(text):
        prefix = _REGISTRY_HEAD.search(text[max(0, number.start() - 5) : number.start()])
        if prefix is not None:
            found.add(f"reg{prefix.group(1).lower()}{number.group(1)}{int(number.group(2)):06d}")
    return " ".join(sorted(found))


def rewrite_identifiers(query: str) -> str:
    """A RUT or registry number in any format becomes a term of the ``ids`` field."""

    def rut(match: re.Match[str]) -> str:
        token = _rut_token(match)
        return f" ids:{token} " if token else match.group(0)

    def registry(match: re.Match[str]) -> str:
        number = int(match.group(3))
        return f" ids:reg{match.group(1).lower()}{match.group(2)}{number:06d} "

    def bare(match: re.Match[str]) -> str:  # 123456785: a RUT only if its digit checks
        token = _rut_token(match)
        return f" (ids:{token} OR {match.group(0)}) " if token else match.group(0)

    return _REGISTRY.sub(registry, _BARE_RUT.sub(bare, _RUT.sub(rut, query)))


# --- the query tree ---------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A word (``prefix``: a word that ends in *), in a field or in every text field."""

    text: str
    field: str | None = None
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class Group:
    op: str  # "AND" | "OR"
    items: tuple[Node, ...]


Node = Term | Phrase | Not | Group

_LEX = re.compile(r'\s*(?:(\()|(\))|(?:([^\W\d_]+):)?(?:"([^"]*)"?|([^\s()"]+)))')


def parse(text: str) -> Node | None:
    """The query tree of what a clerk typed (None: nothing to look for)."""
    lexemes = _lex(rewrite_identifiers(text))
    if not lexemes:
        return None
    node, rest = _or(lexemes)
    while rest:  # a stray ")": skip it and go on
        tail, rest = _or(rest[1:])
        if tail is not None:
            node = tail if node is None else Group("AND", (node, tail))
    return node


Lexeme = tuple[str, Any]


def _lex(text: str) -> list[Lexeme]:
    out: list[Lexeme] = []
    for m in _LEX.finditer(text):
        opening, closing, field, phrase, word = m.groups()
        if opening:
            out.append(("(", "("))
        elif closing:
            out.append((")", ")"))
        elif word in ("AND", "OR", "NOT") and not field:
            out.append((word, word))
        else:
            atom = _atom(field, phrase, word)
            if atom is not None:
                out.append(("atom", atom))
    return out


def _atom(field: str | None, phrase: str | None, word: str | None) -> Node | None:
    target = FIELDS.get(field.lower()) if field else None
    if field and target is None:  # not a field: the word as it was written
        word = f"{field}:{word or ''}"
    raw = phrase if phrase is not None else (word or "")
    prefix = phrase is None and raw.endswith("*")
    tokens = TOKEN.findall(raw.lower())
    if not tokens:
        return None
    if prefix:
        return Term(tokens[-1], target, prefix=True) if len(tokens) == 1 else None
    if len(tokens) == 1:
        return Term(tokens[0], target)
    return Phrase(tuple(tokens), target)


def _or(lx: list[Lexeme]) -> tuple[Node | None, list[Lexeme]]:
    items = []
    node, lx = _and(lx)
    items.append(node)
    while lx and lx[0][0] == "OR":
        node, lx = _and(lx[1:])
        items.append(node)
    kept = tuple(i for i in items if i is not None)
    if not kept:
        return None, lx
    return (kept[0] if len(kept) == 1 else Group("OR", kept)), lx


def _and(lx: list[Lexeme]) -> tuple[Node | None, list[Lexeme]]:
    items: list[Node] = []
    while lx and lx[0][0] not in ("OR", ")"):
        if lx[0][0] == "AND":
            lx = lx[1:]
            continue
        node, lx = _unary(lx)
        if node is not None:
            items.append(node)
    if not items:
        return None, lx
    return (items[0] if len(items) == 1 else Group("AND", tuple(items))), lx


def _unary(lx: list[Lexeme]) -> tuple[Node | None, list[Lexeme]]:
    kind, value = lx[0]
    if kind == "NOT":
        if len(lx) == 1:
            return None, []
        node, rest = _unary(lx[1:])
        return (Not(node) if node is not None else None), rest
    if kind == "(":
        node, rest = _or(lx[1:]) if len(lx) > 1 and lx[1][0] != ")" else (None, lx[1:])
        if rest and rest[0][0] == ")":
            rest = rest[1:]
        return node, rest
    return value, lx[1:]

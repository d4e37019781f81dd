"""Spanish text analysis: lower case, accents folded, then the current Snowball stemmer.

Folding *before* stemming makes "Resolución" and "resolucion" the same string before the
stemmer sees them, so a clerk who types without accents finds accented text. No stop words:
"no" and "sin" matter in an official document.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import snowballstemmer
from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer

# Words and numbers; registry numbers are looked up directly, not through the analyzer.
_TOKEN = r"\w+"


@functools.cache
def _stemmer() -> Any:
    # snowballstemmer uses PyStemmer's C implementation when it is installed.
    return snowballstemmer.stemmer("spanish")


def fold(text: str) -> str:
    """Remove accents (ñ becomes n): search forgives missing accents; stored text keeps them."""
    import unicodedata

    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    return str(_stemmer().stemWord(fold(word.lower())))


class FoldStemFilter(Filter):  # type: ignore[misc]
    """Folds accents and stems each token; whoosh's own stemmer is an older Snowball."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FoldStemFilter)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            if not token.stopped:
                token.text = _fold_stem(token.text)
            yield token


@functools.lru_cache(maxsize=200_000)
def _fold_stem(word: str) -> str:
    """Words repeat (Zipf): indexing and highlighting stem each distinct one once."""
    return str(_stemmer().stemWord(fold(word)))


def spanish_analyzer() -> CompositeAnalyzer:
    return RegexTokenizer(_TOKEN) | LowercaseFilter() | FoldStemFilter()


def keyword_analyzer() -> CompositeAnalyzer:
    """For identifiers and numbers: folded and lower-cased, not stemmed."""
    return RegexTokenizer(_TOKEN) | LowercaseFilter() | _FoldFilter()


class _FoldFilter(Filter):  # type: ignore[misc]
    def __eq__(self, other: object) -> bool:
        return isinstance(other, _FoldFilter)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for token in tokens:
            token.text = fold(token.text)
            yield token

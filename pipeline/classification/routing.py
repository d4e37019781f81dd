"""Routing rules as clerks write them: a type, a sender or words in the text send a document
to a unit. Rules are checked in order, the first that matches wins, and rules win over the
trained model: they are the office's explicit decisions. One exception: a rule that sends a
whole type to a unit yields once the clerks have derived most documents of that type
elsewhere (the defaults ``partes init`` writes are a guess at the office's practice; the
derivations are its practice).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from pipeline.classification.patterns import fold_upper

MATCH_MODES = ("any", "all", "exact", "regex", "fuzzy")


@dataclass(frozen=True, kw_only=True)
class RoutingRule:
    """One ``[[routing]]`` table of partes.toml; empty conditions are not checked."""

    unit: str
    name: str = ""
    doc_type: str = ""
    sender: str = ""  # words of the sender or the sender's organisation
    words: tuple[str, ...] = ()
    match: str = "any"  # how ``words`` are looked for in the text: see MATCH_MODES
    fuzzy_threshold: int = 85  # 0-100, for match = "fuzzy"

    def describe(self) -> str:
        return self.name or f"regla hacia «{self.unit}»"


@dataclass(frozen=True, kw_only=True)
class RoutingInput:
    text: str
    doc_type: str
    sender: str | None
    sender_org: str | None


def route(
    rules: tuple[RoutingRule, ...],
    document: RoutingInput,
    *,
    set_aside: Collection[RoutingRule] = (),
) -> RoutingRule | None:
    for rule in rules:
        if rule not in set_aside and rule_matches(rule, document):
            return rule
    return None


# A rule yields to the clerks' record only on this much evidence: this many derived or
# reviewed documents of its type, and fewer than half of them sent to its unit.
MIN_EVIDENCE = 10


def contradicted(rule: RoutingRule, units_of_type: Mapping[str, int]) -> bool:
    """True when ``rule`` sends a whole type to a unit (no sender, no words: those are
    narrower decisions, kept as written) and the clerks sent most of the documents of that
    type elsewhere; ``units_of_type``: unit → documents of the rule's type sent there."""
    if not rule.doc_type or rule.sender or rule.words:
        return False
    seen = sum(units_of_type.values())
    return seen >= MIN_EVIDENCE and 2 * units_of_type.get(rule.unit, 0) < seen


def rule_matches(rule: RoutingRule, document: RoutingInput) -> bool:
    if rule.doc_type and rule.doc_type != document.doc_type:
        return False
    if rule.sender:
        who = fold_upper(f"{document.sender or ''} {document.sender_org or ''}")
        if fold_upper(rule.sender) not in who:
            return False
    return not rule.words or words_match(
        rule.words, document.text, rule.match, rule.fuzzy_threshold
    )


def words_match(words: tuple[str, ...], text: str, mode: str, threshold: int = 85) -> bool:
    if mode == "exact":  # as written: accents and capitals count
        return any(word in text for word in words)
    if mode == "regex":
        return any(re.search(word, text, re.IGNORECASE | re.MULTILINE) for word in words)
    folded = " ".join(fold_upper(text).split())
    if mode == "fuzzy":  # OCR noise: "pavimentacion" read as "pavimentaci6n"
        return any(
            fuzz.partial_ratio(fold_upper(word), folded) >= threshold for word in words if word
        )
    hits = [_contains_words(folded, fold_upper(word)) for word in words]
    return all(hits) if mode == "all" else any(hits)


def _contains_words(folded_text: str, folded_phrase: str) -> bool:
    phrase = r"\s+".join(re.escape(part) for part in folded_phrase.split())
    return bool(phrase) and re.search(rf"\b{phrase}\b", folded_text) is not None


def check_rule(rule: RoutingRule) -> str | None:
    """What is wrong with a rule, in Spanish, or None."""
    if rule.match not in MATCH_MODES:
        return f"«match» debe ser uno de {', '.join(MATCH_MODES)}; se encontró {rule.match!r}"
    if not (rule.doc_type or rule.sender or rule.words):
        return "la regla no tiene condiciones: indique «doc_type», «sender» o «words»"
    if not 0 <= rule.fuzzy_threshold <= 100:
        return "«fuzzy_threshold» debe estar entre 0 y 100"
    if rule.match == "regex":
        for word in rule.words:
            try:
                re.compile(word)
            except re.error as exc:
                return f"la expresión regular {word!r} no es válida ({exc})"
    return None

"""Precision, recall and F1 of one extracted field against the generator's ground truth.

A field is right when the value matches the truth: exactly for numbers, dates, RUTs and
the reserved flag; for text fields (subject, sender, ...) after folding accents, case,
spaces and punctuation, with a similarity of at least 0.9 (a scan's subject with one
misread letter is still the subject). A wrong value counts as a false positive and a
false negative, as usual in information extraction.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from rapidfuzz.distance import Levenshtein

FIELDS = (
    "doc_number",
    "doc_date",
    "subject",
    "sender",
    "sender_org",
    "recipient",
    "antecedents",
    "ruts",
    "reserved",
)
TEXT_FIELDS = {"subject", "sender", "sender_org", "recipient", "antecedents"}
SIMILARITY = 0.9


def normalise(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def same(field: str, truth: Any, found: Any) -> bool:
    if field in TEXT_FIELDS:
        return Levenshtein.normalized_similarity(normalise(truth), normalise(found)) >= SIMILARITY
    if field == "doc_number":
        return str(truth).replace(".", "").upper() == str(found).replace(".", "").upper()
    if field == "ruts":
        return set(truth) == set(found)
    return bool(truth == found)


def _present(field: str, value: Any) -> bool:
    if field == "reserved":
        return bool(value)
    return value not in (None, "", (), [])


def field_scores(
    field: str, truths: Sequence[Any], results: Sequence[Any]
) -> tuple[float, float, float, int]:
    """(precision, recall, F1, documents whose truth has the field)."""
    tp = fp = fn = 0
    for truth_doc, result in zip(truths, results, strict=True):
        truth, found = getattr(truth_doc, field), getattr(result, field)
        has_truth, has_found = _present(field, truth), _present(field, found)
        if has_truth and has_found and same(field, truth, found):
            tp += 1
            continue
        fp += has_found
        fn += has_truth
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp + fn

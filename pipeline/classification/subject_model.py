"""Where a document states its matter, learnt from the subjects clerks confirmed.

The header rules know the layouts they were written for; a municipality receives layouts
nobody wrote a rule for. This model ranks spans of the document's first lines (one to four
lines, a label such as «Tema:» taken off) by how much they look like the spans that held
the subjects the clerks confirmed: their first words, the label before them, the line before,
their place, capitals, length and how they end. It is trained on the confirmed subjects of
the office's own documents, so it learns the layouts the office really receives.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz.distance import Levenshtein

from pipeline.classification.patterns import fold_upper

MAX_LINES = 70  # the matter is stated near the top
MAX_SPAN = 4  # lines a subject runs over
# A span holds a confirmed subject when their normalised texts are this alike (0-1).
SAME_SUBJECT = 0.9
# The model is trained once this many confirmed subjects are known, on the latest of them
# up to MAX_SUBJECTS (about 15 ms each: a retraining after a correction stays short).
MIN_SUBJECTS = 50
MAX_SUBJECTS = 1000

_LABEL = re.compile(r"^\s*([A-ZÁÉÍÓÚÑa-záéíóúñ .°]{2,30}?)\s*:\s*(.*)$")
_CONNECTORS = frozenset(
    "DE LA EL Y DEL LOS LAS EN A PARA POR CON AL E O U QUE SU SUS".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Span:
    text: str
    plain: str  # normalise(text), compared with subjects
    features: dict[str, Any]


@dataclass(frozen=True)
class Ranked:
    best: str | None  # the likeliest span
    best_p: float
    # the likeliest of the spans that overlap the rules' subject (0: none does)
    of_subject: float
    best_overlaps: bool = False  # the likeliest span is (part of) the rules' subject


def normalise(value: str) -> str:
    decomposed = unicodedata.normalize("NFKD", value)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", plain).split())


def _holds(subject: str, span: str) -> bool:
    """Both normalised: the span holds the subject (SAME_SUBJECT alike)."""
    if min(len(subject), len(span)) < SAME_SUBJECT * max(len(subject), len(span)):
        return False  # (lengths too far apart to be that alike)
    alike = Levenshtein.normalized_similarity(subject, span, score_cutoff=SAME_SUBJECT)
    return bool(alike >= SAME_SUBJECT)


def _bucket(value: float, edges: Sequence[float]) -> int:
    return next((i for i, edge in enumerate(edges) if value < edge), len(edges))


def _words(text: str, count: int) -> list[str]:
    return fold_upper(text).split()[:count]


def _label(line: str) -> tuple[str, str]:
    """(the label's first words, the text after it), or ("", the line)."""
    found = _LABEL.match(line)
    return (" ".join(_words(found.group(1), 3)), found.group(2)) if found else ("", line)


def spans(text: str) -> list[Span]:
    lines = [line.strip() for line in text.splitlines() if line.strip()][:MAX_LINES]
    plain = [normalise(line) for line in lines]
    found: list[Span] = []
    for i, line in enumerate(lines):
        label, body = _label(line)
        before = lines[i - 1] if i else ""
        body_plain = normalise(body)
        for size in range(1, min(MAX_SPAN, len(lines) - i) + 1):
            joined = " ".join(part for part in (body, *lines[i + 1 : i + size]) if part).strip()
            if len(joined) >= 4:
                words = " ".join(x for x in (body_plain, *plain[i + 1 : i + size]) if x)
                features = _features(lines, i, size, label, before, joined)
                found.append(Span(joined, words, features))
    return found


def _overlaps(span: str, subject: str) -> bool:
    """A span inside the subject (its first line of several) or the subject inside it."""
    return bool(span) and bool(subject) and (span in subject or subject in span)


def _features(
    lines: list[str], i: int, size: int, label: str, before: str, text: str
) -> dict[str, Any]:
    """What the model reads of a span. A change here changes what a saved model was
    trained on: raise ``model.FEATURES`` with it, so saved models are trained again."""
    first = _words(_label(lines[i])[1], 3)
    last = _words(lines[i + size - 1], 99)
    after = lines[i + size] if i + size < len(lines) else ""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters) / max(1, len(letters))
    return {
        f"label={label}": 1,
        f"label_before={_label(before)[0] if _LABEL.match(before) else ''}": 1,
        f"lines={size}": 1,
        f"label|lines={label}|{size}": 1,
        f"first={first[0] if first else ''}": 1,
        f"first_two={' '.join(first[:2])}": 1,
        f"line_first={(_words(lines[i], 1) or [''])[0]}": 1,
        f"before_first={(_words(before, 1) or [''])[0]}": 1,
        f"place={_bucket(i, (2, 5, 10, 15, 20, 30, 45))}": 1,
        f"capitals={_bucket(capitals, (0.2, 0.5, 0.8, 0.95))}": 1,
        f"length={_bucket(len(text), (15, 30, 60, 100, 160, 250))}": 1,
        "ends_with_stop": text.endswith("."),
        "ends_with_connector": bool(last) and last[-1] in _CONNECTORS,
        "next_in_lower_case": bool(after) and after[0].islower(),
        "next_is_labelled": bool(_LABEL.match(after)),
        "runs_into_a_label": any(_LABEL.match(x) for x in lines[i + 1 : i + size]),
    }


class SubjectModel:
    """A logistic regression over the spans' features: the probability that a span holds
    the document's subject."""

    def __init__(self, vectorizer: Any, classifier: Any) -> None:
        self._vectorizer = vectorizer
        self._classifier = classifier

    def rank(self, text: str, subject: str | None) -> Ranked:
        found = spans(text)
        if not found:
            return Ranked(best=None, best_p=0.0, of_subject=0.0)
        matrix = self._vectorizer.transform([s.features for s in found])
        p = self._classifier.predict_proba(matrix)[:, 1]
        best = int(p.argmax())
        wanted = normalise(subject or "")
        overlapping = [float(p[i]) for i, s in enumerate(found) if _overlaps(s.plain, wanted)]
        return Ranked(
            best=found[best].text,
            best_p=float(p[best]),
            of_subject=max(overlapping, default=0.0),
            best_overlaps=_overlaps(found[best].plain, wanted),
        )


def train_subjects(pairs: Sequence[tuple[str, str]]) -> SubjectModel | None:
    """From (text, confirmed subject) pairs, oldest first; None below MIN_SUBJECTS or without
    a span that holds a subject."""
    if len(pairs) < MIN_SUBJECTS:
        return None
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[dict[str, Any]] = []
    held: list[bool] = []
    for text, subject in pairs[-MAX_SUBJECTS:]:
        found = spans(text)
        wanted = normalise(subject)
        marks = [_holds(wanted, span.plain) for span in found]
        if any(marks):  # (a subject a clerk put in other words shows no span)
            rows.extend(span.features for span in found)
            held.extend(marks)
    if not any(held) or all(held):
        return None
    vectorizer = DictVectorizer()
    classifier = LogisticRegression(C=1.0, max_iter=3000)
    classifier.fit(vectorizer.fit_transform(rows), held)
    return SubjectModel(vectorizer, classifier)


# The rules' subject gives way to a span that does not overlap it when the model finds that
# span likelier by more than this than the likeliest span overlapping it; a document the
# rules find no subject in takes the model's span when it is at least this likely.
OVERRULE_MARGIN = 0.6
FILL_LIKELIHOOD = 0.5


def choose_subject(rules: str | None, ranked: Ranked) -> tuple[str | None, bool]:
    """(subject, True when it is the model's)."""
    if ranked.best is None:
        return rules, False
    if not rules:
        return (ranked.best, True) if ranked.best_p >= FILL_LIKELIHOOD else (None, False)
    if not ranked.best_overlaps and ranked.best_p - ranked.of_subject > OVERRULE_MARGIN:
        return ranked.best, True
    return rules, False

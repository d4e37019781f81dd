"""Where a document states its matter, learnt from the subjects clerks confirmed.

The header rules know the layouts they were written for; a municipality receives layouts
nobody wrote a rule for. This model ranks spans of the document's first lines (one to six
lines, after a label such as «Tema:», after a line's first word or two, which may be a label
printed without a colon, or after a dash) by how much they look like the spans that held
the subjects the clerks confirmed: their label and first words, the lines before and after,
the paragraph breaks around them, their place, capitals, digits, length and how they end.
It is trained on the confirmed subjects of the office's own documents, so it learns the
layouts the office really receives.
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
MAX_SPAN = 6  # lines a subject runs over (a narrow column's or a margin's: six)
LABEL_WORDS = (1, 2)  # a label printed without a colon: one word or two («Su Referencia»)
_DASHES = (" – ", " - ", " — ")
# A span holds a confirmed subject when their normalised texts are this alike (0-1).
SAME_SUBJECT = 0.9
# The model is trained once this many confirmed subjects are known, on the latest of them
# up to MAX_SUBJECTS (20 to 40 ms each, measured on two development sets: a retraining after
# a correction stays under 20 seconds).
MIN_SUBJECTS = 50
MAX_SUBJECTS = 500

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
    # the likeliest of the spans that hold the rules' subject (0: none does)
    of_rules: float
    best_is_rules: bool = False  # the likeliest span holds the rules' subject


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


@dataclass(frozen=True)
class _Piece:
    """A line, or what follows a label on it, read once for all the spans it is in."""

    text: str
    plain: str
    words: tuple[str, ...]  # its first three words, folded
    last: str  # its last word, folded
    letters: int
    capitals: int
    digits: int
    label: str | None  # the «X:» label's first words (None: no label)


def _piece(text: str) -> _Piece:
    folded = fold_upper(text).split()
    found = _LABEL.match(text)
    return _Piece(
        text=text,
        plain=normalise(text),
        words=tuple(folded[:3]),
        last=folded[-1] if folded else "",
        letters=sum(c.isalpha() for c in text),
        capitals=sum(c.isupper() for c in text),
        digits=sum(c.isdigit() for c in text),
        label=" ".join(_words(found.group(1), 3)) if found else None,
    )


_NONE = _piece("")


def _starts(line: str) -> list[tuple[str, str]]:
    """(label, body): where a span may start on a line. After a «X:» label, else at the
    line's start and after its first word or two (a label printed without a colon, as in a
    grid's «Materia | …»); and after a dash («REF.: Oficio N° 12 – Solicita …»)."""
    label, body = _label(line)
    found = [(label, body)]
    words = line.split()
    if not label:
        found.extend(
            ("~" + " ".join(_words(" ".join(words[:n]), n)), " ".join(words[n:]))
            for n in LABEL_WORDS
            if len(words) > n + 1
        )
    dash = next((at for d in _DASHES if 0 < (at := body.find(d)) < len(body) - 8), -1)
    if dash > 0:
        found.append(("–", body[dash + 3 :]))
    return found


def _lines(text: str) -> tuple[list[_Piece], frozenset[int]]:
    """The first non-blank lines, and which of them follow a blank line (a paragraph's
    end, where a subject usually stops)."""
    lines: list[_Piece] = []
    gaps: set[int] = set()
    for raw in text.splitlines():
        if len(lines) == MAX_LINES:
            break
        if raw.strip():
            lines.append(_piece(raw.strip()))
        elif lines:
            gaps.add(len(lines))
    return lines, frozenset(gaps)


def spans(text: str) -> list[Span]:
    lines, gaps = _lines(text)
    found: list[Span] = []
    for i, line in enumerate(lines):
        for label, body in _starts(line.text):
            start = _piece(body)
            for size in range(1, min(MAX_SPAN, len(lines) - i) + 1):
                parts = [start, *lines[i + 1 : i + size]]
                joined = " ".join(part.text for part in parts if part.text).strip()
                if len(joined) >= 4:
                    plain = " ".join(part.plain for part in parts if part.plain)
                    at = _At(lines, gaps, i, size, label)
                    found.append(Span(joined, plain, _features(at, parts, joined)))
    return found


@dataclass(frozen=True)
class _At:
    """Where a span stands: lines ``i`` to ``i + size - 1``, after ``label``."""

    lines: list[_Piece]
    gaps: frozenset[int]
    i: int
    size: int
    label: str

    def line(self, offset: int) -> _Piece:
        at = self.i + offset
        return self.lines[at] if 0 <= at < len(self.lines) else _NONE


def _features(at: _At, parts: list[_Piece], text: str) -> dict[str, Any]:
    """What the model reads of a span: its label, its first words, the lines around it,
    paragraph breaks, place, capitals, length and ending. A change here changes what a
    saved model was trained on: raise ``model.FEATURES`` with it, so saved models are
    trained again."""
    label, size = at.label, at.size
    first = [w for part in parts for w in part.words][:3]
    before, after = at.line(-1), at.line(size)
    letters = sum(part.letters for part in parts)
    place = _bucket(at.i, (2, 5, 10, 15, 20, 30, 45))
    head = first[0] if first else ""
    gap_after = at.i + size in at.gaps
    return {
        f"label={label}": 1,
        f"label_before={before.label or ''}": 1,
        f"lines={size}": 1,
        f"label|lines={label}|{size}": 1,
        f"label|place={label}|{place}": 1,
        f"label|first={label}|{head}": 1,
        f"first={head}": 1,
        f"first_two={' '.join(first[:2])}": 1,
        f"line_first={(at.line(0).words or ('',))[0]}": 1,
        f"before_first={(before.words or ('',))[0]}": 1,
        f"before_two={' '.join(before.words[:2])}": 1,
        f"after_first={(after.words or ('',))[0]}": 1,
        f"after_two={' '.join(after.words[:2])}": 1,
        f"place={place}": 1,
        f"capitals={_bucket(sum(p.capitals for p in parts) / max(1, letters), _SHARES)}": 1,
        f"digits={_bucket(sum(p.digits for p in parts) / max(1, len(text)), _DIGITS)}": 1,
        f"length={_bucket(len(text), (15, 30, 60, 100, 160, 250))}": 1,
        f"gap_after|lines={gap_after}|{size}": 1,
        "gap_after": gap_after,
        "gap_before": at.i in at.gaps,
        "gap_inside": any(at.i + k in at.gaps for k in range(1, size)),
        "ends_with_stop": text.endswith("."),
        "ends_with_connector": parts[-1].last in _CONNECTORS,
        "next_in_lower_case": after.text[:1].islower(),
        "next_is_labelled": after.label is not None,
        "runs_into_a_label": any(at.line(k).label is not None for k in range(1, size)),
    }


_SHARES = (0.2, 0.5, 0.8, 0.95)
_DIGITS = (0.01, 0.05, 0.15)


class SubjectModel:
    """A logistic regression over the spans' features: the probability that a span holds
    the document's subject."""

    def __init__(self, vectorizer: Any, classifier: Any) -> None:
        self._vectorizer = vectorizer
        self._classifier = classifier

    def rank(self, text: str, subject: str | None) -> Ranked:
        found = spans(text)
        if not found:
            return Ranked(best=None, best_p=0.0, of_rules=0.0)
        matrix = self._vectorizer.transform([s.features for s in found])
        p = self._classifier.predict_proba(matrix)[:, 1]
        best = int(p.argmax())
        wanted = normalise(subject or "")
        rules = {i for i, s in enumerate(found) if wanted and _holds(wanted, s.plain)}
        return Ranked(
            best=found[best].text,
            best_p=float(p[best]),
            of_rules=max((float(p[i]) for i in rules), default=0.0),
            best_is_rules=best in rules,
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


# The rules' subject gives way to the model's likeliest span when the model finds it likelier
# by more than this than the span that holds the rules' subject (0 when none does: a subject
# cut short or run on, or from elsewhere); a document the rules find no subject in takes the
# model's span when it is at least this likely. Measured over 14 development sets with 500
# confirmed subjects (bench/classify_dev.py, 750 born-digital and 753 scanned subjects; the
# rules alone 742 / 694 right): 0.8 gives 743 / 700, 0.6 741 / 699, 0.5 740 / 703, 0.4
# 739 / 704; on devgen13 with the rules written before it (a layout they never saw: 37 / 40
# of 49 / 50) 0.8 gives 38 / 42 and 0.6 to 0.4 give 42 / 45.
OVERRULE_MARGIN = 0.5
FILL_LIKELIHOOD = 0.5


def choose_subject(rules: str | None, ranked: Ranked) -> tuple[str | None, bool]:
    """(subject, True when it is the model's)."""
    if ranked.best is None:
        return rules, False
    if not rules:
        return (ranked.best, True) if ranked.best_p >= FILL_LIKELIHOOD else (None, False)
    if not ranked.best_is_rules and ranked.best_p - ranked.of_rules > OVERRULE_MARGIN:
        return ranked.best, True
    return rules, False

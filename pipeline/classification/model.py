"""A trainable classifier of document type, unit and direction that learns from clerks'
corrections.

scikit-learn: TF-IDF over words and over character n-grams (robust to OCR noise: "pavimen-
taci6n" still shares most of its n-grams with "pavimentación"), then a logistic regression,
whose probabilities are the confidence of each prediction. The model is derived data, like
the search index: it is rebuilt from the corrections kept in the registry whenever needed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.classification.patterns import fold_upper
from pipeline.classification.subject_model import SubjectModel, train_subjects

_log = logging.getLogger(__name__)

# scikit-learn takes two seconds to import: it is imported when a model is trained or
# loaded, not by every «partes» command.

MAX_CHARS = 4000  # the header and the first paragraphs say what a document is


@dataclass(frozen=True, kw_only=True)
class Example:
    text: str
    doc_type: str | None  # None: the example teaches the unit only (a derivation)
    unit: str | None
    subject: str | None = None  # as registered: the unit model reads it first, twice
    # The type the registry holds, confirmed or not (default: ``doc_type``): what a routing
    # rule by type is checked against, whatever unit the clerk chose.
    registered_type: str | None = None
    # The subject as a clerk confirmed or corrected it (a reviewed document): where such
    # subjects stand is what the subject model learns.
    confirmed_subject: str | None = None
    # The direction a clerk confirmed or corrected (None: not reviewed, a derivation only).
    direction: str | None = None


# The unit follows the matter: the unit model reads the registered subject this many times
# before the text. Measured over 24 development sets (12 generators, born-digital and
# scanned, 200 labels): unit 94.65 % reading the text alone, 95.07 % once, 95.42 % twice,
# 95.35 % three times.
SUBJECT_WEIGHT = 2


def unit_text(text: str, subject: str | None) -> str:
    """What the unit model reads: the subject, repeated, then the document's text."""
    return (subject.strip() + "\n") * SUBJECT_WEIGHT + text if subject and subject.strip() else text


@dataclass(frozen=True, kw_only=True)
class Prediction:
    label: str
    confidence: float


class LabelModel:
    """One target (type, unit or direction) over the shared text features."""

    def __init__(self, pipeline: Any) -> None:
        self._pipeline = pipeline

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(str(label) for label in self._pipeline.classes_)

    def predict(self, text: str) -> Prediction:
        probabilities = self._pipeline.predict_proba([prepare(text)])[0]
        best = int(probabilities.argmax())
        return Prediction(label=self.labels[best], confidence=float(probabilities[best]))

    def probabilities(self, text: str) -> dict[str, float]:
        row = self._pipeline.predict_proba([prepare(text)])[0]
        return {label: float(p) for label, p in zip(self.labels, row, strict=True)}


class Memory:
    """The corrected documents themselves, for when they hold one label only and there is
    nothing to tell apart yet: a new document very like one of them takes its label, with
    the likeness (cosine of TF-IDF vectors, 0-1) as the confidence."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True
        )
        self._matrix = self._vectorizer.fit_transform(list(texts))
        self._labels = list(labels)

    def predict(self, text: str) -> Prediction:
        likeness = (self._matrix @ self._vectorizer.transform([prepare(text)]).T).toarray()[:, 0]
        best = int(likeness.argmax())
        return Prediction(label=self._labels[best], confidence=float(likeness[best]))

    def probabilities(self, text: str) -> dict[str, float]:
        best = self.predict(text)
        return {best.label: best.confidence}


# What the model reads and keeps, in this version: the unit model reads the subject first
# (2), the model keeps the units of each type (3), where confirmed subjects stand (4), the
# directions the clerks confirmed (5), and the subject model reads more of a span's
# surroundings (6). A model saved by an earlier version is trained again.
FEATURES = 6


@dataclass(frozen=True, kw_only=True)
class TrainedModel:
    doc_type: LabelModel | Memory | None
    unit: LabelModel | Memory | None
    examples: int
    trained_at: datetime
    sklearn_version: str
    # registered type → unit → documents of that type the clerks sent to that unit: the
    # record a type-wide routing rule is checked against (routing.contradicted)
    units_by_type: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    subject: SubjectModel | None = None  # None below MIN_SUBJECTS confirmed subjects
    direction: LabelModel | Memory | None = None  # None: no reviewed direction yet
    features: int = FEATURES


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def prepare(text: str) -> str:
    return " ".join(fold_upper(text[:MAX_CHARS]).split())


def _sklearn_version() -> str:
    import sklearn

    return str(sklearn.__version__)


def _pipeline() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    features = FeatureUnion(
        [
            ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, max_features=60000
                ),
            ),
        ]
    )
    # (C = 50, weak regularisation: measured over 20 development sets at 300 labels, unit
    # 97.00 % with C = 20, 97.33 % with C = 50; the type no worse)
    classifier = LogisticRegression(C=50.0, max_iter=2000)
    return Pipeline([("features", features), ("classifier", classifier)])


def _fit(texts: Sequence[str], labels: Sequence[str]) -> LabelModel | Memory | None:
    """A classifier; a memory of the examples while they hold a single label."""
    if not labels:
        return None
    if len(set(labels)) < 2:
        return Memory(texts, labels)
    pipeline = _pipeline()
    pipeline.fit(list(texts), list(labels))
    return LabelModel(pipeline)


def _units_by_type(examples: Sequence[Example]) -> dict[str, dict[str, int]]:
    tally: dict[str, Counter[str]] = {}
    for e in examples:
        kind = e.registered_type or e.doc_type
        if kind and e.unit:
            tally.setdefault(kind, Counter())[e.unit] += 1
    return {kind: dict(units) for kind, units in tally.items()}


def train(examples: Sequence[Example]) -> TrainedModel:
    with_unit = [(prepare(unit_text(e.text, e.subject)), e.unit) for e in examples if e.unit]
    with_type = [(prepare(e.text), e.doc_type) for e in examples if e.doc_type]
    with_direction = [(prepare(e.text), e.direction) for e in examples if e.direction]
    return TrainedModel(
        doc_type=_fit([t for t, _d in with_type], [d for _t, d in with_type if d]),
        unit=_fit([t for t, _u in with_unit], [u for _t, u in with_unit if u]),
        direction=_fit([t for t, _d in with_direction], [d for _t, d in with_direction if d]),
        units_by_type=_units_by_type(examples),
        subject=train_subjects(
            [(e.text, e.confirmed_subject) for e in examples if e.confirmed_subject]
        ),
        examples=len(examples),
        trained_at=datetime.now(UTC),
        sklearn_version=_sklearn_version(),
    )


def save(model: TrainedModel, path: Path) -> str:
    """Atomically: a reader sees the old model or the new one, never half of one.
    Returns the SHA-256 of the file written, to be recorded where the file is not."""
    import joblib

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        joblib.dump(model, temporary)
        digest = _sha256(temporary.read_bytes())
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return digest


def load(path: Path, trusted: Collection[str]) -> TrainedModel | None:
    """The saved model, or None if there is none, if it was made by another scikit-learn,
    or if its SHA-256 is not one of ``trusted`` (then it is never unpickled: unpickling
    runs code, and whoever can write the model folder must not run code here)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    if _sha256(data) not in trusted:
        why = (
            "no coincide con la huella registrada al entrenarlo"
            if trusted
            else "no tiene huella registrada"
        )
        _log.warning(
            "El modelo de clasificación %s %s: no se carga (se entrenará de nuevo desde el "
            "registro).",
            path,
            why,
        )
        return None
    import joblib

    try:
        model: Any = joblib.load(io.BytesIO(data))
    except Exception:  # an unreadable model is rebuilt from the registry, never trusted
        return None
    if not isinstance(model, TrainedModel) or model.sklearn_version != _sklearn_version():
        return None
    if model.__dict__.get("features", 1) != FEATURES:  # (not the class's default)
        _log.info(
            "El modelo de clasificación %s es de una versión anterior: se entrena de nuevo.", path
        )
        return None
    return model

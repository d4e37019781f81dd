"""The trained model kept in step with the clerks' corrections stored in the registry."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive import (
    Database,
    latest_label_at,
    record_trained_model,
    trained_model_hashes,
    training_rows,
)
from pipeline.classification.model import Example, TrainedModel, load, save, train

_log = logging.getLogger(__name__)
RETRAIN_EVERY = timedelta(minutes=10)


def retrain(db: Database, path: Path) -> TrainedModel | None:
    """Train on every confirmed, corrected or derived document and save; None if none."""
    started = datetime.now(UTC)  # a label written while training is newer than the model
    examples = [
        Example(
            text=row.text,
            doc_type=row.doc_type,
            unit=row.unit,
            subject=row.subject,
            registered_type=row.registered_type,
            # a reviewed document's subject is the clerk's
            confirmed_subject=row.subject if row.doc_type is not None else None,
            direction=row.direction,
        )
        for row in training_rows(db)
    ]
    if not examples:
        path.unlink(missing_ok=True)
        return None
    model = replace(train(examples), trained_at=started)
    record_trained_model(db, sha256=save(model, path), examples=len(examples))
    _log.info("modelo reentrenado con %d documentos revisados o derivados", len(examples))
    return model


def current_model(db: Database, path: Path) -> TrainedModel | None:
    """The saved model; rebuilt from the registry when it is missing, unreadable, not the
    file the registry recorded when it was trained, or older than the newest derivation
    (each one a unit label)."""
    model = load(path, trusted=trained_model_hashes(db))
    if model is None or behind(db, model):
        model = retrain(db, path)
    return model


def behind(db: Database, model: TrainedModel | None) -> bool:
    """True when a clerk derived a document after ``model`` was trained, and the model is
    older than ``RETRAIN_EVERY``: derivations come all day, a full training takes a while,
    so their labels join the model at most that often."""
    latest = latest_label_at(db)
    if latest is None:
        return False
    if model is None:
        return True
    return latest > model.trained_at and datetime.now(UTC) - model.trained_at > RETRAIN_EVERY

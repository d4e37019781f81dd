"""Clerks confirm or correct a document's labels (the model learns), and hand out the
certificado de presentación."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from archive import (
    CORRECTABLE,
    Actor,
    DocumentRecord,
    attach_files,
    correct,
    file_of,
    pending_review,
    record_event,
)
from index import SearchIndexError
from partes.errors import UsageError
from partes.services._access import require, visibility
from partes.services.reading import DocumentFile, find_visible
from partes.wiring import App
from pipeline import index_pending
from pipeline.classification.learning import retrain
from pipeline.reception.receiving import make_certificate
from pipeline.vocabulary import DIRECTIONS, DOC_TYPES

_log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class Correction:
    record: DocumentRecord
    before: dict[str, Any]  # field → the value it had; empty when the labels were confirmed
    model_examples: int

    def after(self, key: str) -> Any:
        value = getattr(self.record, key)
        return value.isoformat() if isinstance(value, date) else value


def review_list(app: App, *, actor: Actor, limit: int = 200) -> list[DocumentRecord]:
    """Documents whose type or unit the classifier was not sure of, oldest first."""
    require(app, actor, "revision.ver")
    return pending_review(app.services.db, visibility=visibility(actor), limit=limit)


def correct_labels(app: App, *, actor: Actor, ref: str, changes: dict[str, Any]) -> Correction:
    """Apply ``changes`` (none: confirm the labels); retrain and reindex right away."""
    require(app, actor, "revision.corregir")
    _check(app, changes)
    db = app.services.db
    record, before = correct(db, ref, changes, actor=actor, visibility=visibility(actor))
    model = retrain(db, app.services.model_path)
    try:
        index_pending(db, app.services.index)
    except SearchIndexError as exc:  # the correction stands; the index catches up later
        _log.warning("%s corregido; el índice se actualizará después: %s", ref, exc)
    return Correction(record=record, before=before, model_examples=model.examples if model else 0)


def _check(app: App, changes: dict[str, Any]) -> None:
    unknown = sorted(set(changes) - set(CORRECTABLE))
    if unknown:
        raise UsageError(f"No se pueden corregir estos campos: {', '.join(unknown)}.")
    units = {u.code for u in app.config.units}
    if changes.get("unit") is not None and changes["unit"] not in units:
        raise UsageError(
            f"La unidad «{changes['unit']}» no está configurada "
            f"(unidades: {', '.join(sorted(units))})."
        )
    if "doc_type" in changes and changes["doc_type"] not in DOC_TYPES:
        raise UsageError(f"Tipo de documento desconocido «{changes['doc_type']}».")
    if "direction" in changes and changes["direction"] not in DIRECTIONS:
        raise UsageError(f"Dirección desconocida «{changes['direction']}».")


def receipt(app: App, *, actor: Actor, ref: str) -> DocumentFile:
    """The certificado de presentación (made now if a crash or an old version left none)."""
    require(app, actor, "certificado.entregar")
    record = find_visible(app, actor, ref)
    services = app.services
    sha = file_of(services.db, record.id, "certificate")
    if sha is None:
        app.layout.work.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=app.layout.work) as tmp:
            made = make_certificate(record, app.settings.reception, Path(tmp), services)
        attach_files(
            services.db, record.id, (made,), action="certificado_emitido", detail={}, actor=actor
        )
        sha = made.blob.sha256
    record_event(
        services.db,
        actor=actor,
        action="certificado_entregado",
        document_id=record.id,
        detail={"sha256": sha},
    )
    return DocumentFile(
        registry_number=record.registry_number,
        role="certificate",
        sha256=sha,
        media_type="application/pdf",
        path=services.store.path_for(sha),
        name=f"certificado-{record.registry_number}.pdf",
    )

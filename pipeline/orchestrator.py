"""The orchestrator: one document through the stages, in order, or into quarantine.

    fingerprint → (duplicate?) → triage → ocr → classify → register → index

A failure of any stage quarantines a copy of the file with a Spanish reason and leaves
everything else as it was; the next file is processed regardless.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from archive import ArchiveError, Registration, quarantine_file
from archive.models import Document
from archive.records import record_of
from index import SearchIndexError
from ocr import OcrError
from pipeline.job import JobContext, Outcome, PipelineSettings, Services
from pipeline.stages import (
    classify_stage,
    fingerprint_stage,
    index_stage,
    known_duplicate,
    ocr_stage,
    register_stage,
    triage_stage,
)

_log = logging.getLogger(__name__)


def process_file(
    source: Path,
    *,
    services: Services,
    settings: PipelineSettings,
    station: str,
    direction: str | None = None,
    actor: str = "sistema",
    index_now: bool = True,
) -> Outcome:
    started = time.monotonic()
    workroot = services.quarantine_root.parent / "work"
    workroot.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="job-", dir=workroot))
    ctx = JobContext(
        workdir=workdir,
        station=station,
        direction=direction,
        received_at=datetime.now(UTC),
        actor=actor,
        settings=settings,
    )
    try:
        outcome = _run_stages(source, ctx, services)
    except OcrError as exc:
        outcome = _quarantine(source, ctx, services, exc.message, exc.hint)
    except ArchiveError as exc:
        outcome = _quarantine(source, ctx, services, str(exc), "")
    except Exception as exc:  # a bug must not lose the file nor stop the batch
        _log.exception("error inesperado procesando %s", source)
        outcome = _quarantine(
            source,
            ctx,
            services,
            f"Error interno al procesar el archivo ({type(exc).__name__}: {exc}).",
            "Informe al administrador del sistema; el archivo queda guardado aquí.",
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if index_now and outcome.status == "registered":
        _index_quietly(services)
    return _timed(outcome, started)


def _run_stages(source: Path, ctx: JobContext, services: Services) -> Outcome:
    fp = fingerprint_stage(source, ctx)
    existing = known_duplicate(fp, services)
    if existing is not None:
        return _outcome(source, existing, services, fp.sha256)
    info = triage_stage(source, ctx)
    read = ocr_stage(source, info, ctx)
    labels = classify_stage(read, ctx)
    registration = register_stage(source, fp, info, read, labels, ctx, services)
    return _outcome(source, registration, services, fp.sha256)


def _index_quietly(services: Services) -> None:
    """The record is committed; an index failure is repaired by the next run or reindex."""
    try:
        index_stage(services)
    except (SearchIndexError, OSError) as exc:
        _log.warning("no se pudo actualizar el índice ahora (%s); se reintentará", exc)


def _outcome(source: Path, reg: Registration, services: Services, sha256: str) -> Outcome:
    with services.db.read() as session:
        doc = session.get(Document, reg.document_id)
        assert doc is not None
        record = record_of(session, doc)
    return Outcome(
        source=str(source),
        status="duplicate" if reg.duplicate else "registered",
        id=record.id,
        registry_number=record.registry_number,
        series=record.series,
        year=record.year,
        number=record.number,
        doc_type=record.doc_type,
        direction=record.direction,
        unit=record.unit,
        sender=record.sender,
        subject=record.subject,
        doc_number=record.doc_number,
        doc_date=record.doc_date,
        pages=record.pages,
        ocr_pages=record.ocr_pages,
        sha256=sha256,
    )


def _quarantine(
    source: Path, ctx: JobContext, services: Services, reason: str, hint: str
) -> Outcome:
    item = quarantine_file(
        services.quarantine_root, source, station=ctx.station, reason=reason, hint=hint
    )
    _log.warning("%s en cuarentena: %s", source.name, reason)
    return Outcome(
        source=str(source),
        status="quarantined",
        error=f"{reason} {hint}".strip(),
        quarantine_path=str(item.path),
    )


def _timed(outcome: Outcome, started: float) -> Outcome:
    return replace(outcome, seconds=round(time.monotonic() - started, 3))

"""The import flow: an existing archive's documents, under the numbers they already had.

    fingerprint → (already registered? skipped) → read (triage + OCR of the pages without
    text, in a worker) → classify → store → register a batch → index the batch

Unlike ``orchestrator.Ingestor`` there is no reception stage (no stamp, no certificado de
presentación: these documents were received years ago) and no signature verification;
numbers are given, not allocated (``archive.register_historical``). A batch of documents
is one transaction and one index commit; while it is registered and indexed, the workers
already read the next batch. A bad file is refused (reported, never quarantined: the
original stays in the archive's folder); a broken system stops the run with ``paused``.
Whatever was committed stays: running the same import again skips it by its SHA-256.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

from archive import (
    LOCAL_TZ,
    RESERVED_TYPES,
    Actor,
    ArchiveError,
    DatabaseUnavailable,
    HistoricalEntry,
    HistoricalNumber,
    HistoricalResult,
    NewDocument,
    NewFile,
    Registration,
)
from archive import register_historical as register_batch
from index import IndexDocument, SearchIndexError
from ocr import OcrError, OcrPool, ReadResult
from pipeline.classification.classify import Classification
from pipeline.classification.model import TrainedModel
from pipeline.flows.failures import system_failure
from pipeline.flows.indexing import index_registered
from pipeline.flows.job import IMPORT_STATION, JobContext, PipelineSettings, Services
from pipeline.flows.orchestrator import WORK_PREFIX
from pipeline.flows.stages import (
    Fingerprint,
    classify_stage,
    fingerprint_stage,
    known_duplicate,
    new_document,
    read_stage,
)

_log = logging.getLogger(__name__)
LABELS = ("doc_type", "unit", "sender", "subject", "direction")
PDF = "application/pdf"
CHANGED = (
    "El archivo cambió mientras se importaba (otro programa lo estaba escribiendo). "
    "Vuelva a importarlo cuando esté completo."
)


@dataclass(frozen=True, kw_only=True)
class ImportItem:
    """One file to import: its historical number and what the old book says of it (a
    label left empty is the classifier's)."""

    source: Path
    number: HistoricalNumber
    doc_date: date | None = None  # None: the date the classifier reads in the text
    doc_type: str | None = None
    unit: str | None = None
    sender: str | None = None
    subject: str | None = None
    direction: str | None = None
    row: int | None = None  # the spreadsheet's line, for the report


@dataclass(frozen=True, kw_only=True)
class ImportOutcome:
    """What happened to one file; the JSON lines of ``partes import --json``."""

    source: str
    status: str  # imported | skipped | refused | paused (the system is broken)
    row: int | None = None
    id: int | None = None
    registry_number: str | None = None
    series: str | None = None
    year: int | None = None
    number: int | None = None
    doc_type: str | None = None
    direction: str | None = None
    unit: str | None = None
    sender: str | None = None
    subject: str | None = None
    doc_date: date | None = None
    pages: int | None = None
    ocr_pages: int | None = None
    sha256: str | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["doc_date"] = self.doc_date.isoformat() if self.doc_date else None
        return data


@dataclass(frozen=True, kw_only=True)
class _Read:
    read: ReadResult
    labels: Classification
    doc_date: date


@dataclass
class _Job:
    item: ImportItem
    ctx: JobContext
    fp: Fingerprint | None = None
    future: Future[ReadResult] | None = None
    done: ImportOutcome | None = None


class Importer:
    """Runs ``ImportItem``s through the import flow; the caller owns the OCR pool."""

    def __init__(
        self,
        *,
        services: Services,
        settings: PipelineSettings,
        pool: OcrPool,
        actor: Actor,
        batch: int = 50,
        model: TrainedModel | None = None,
    ) -> None:
        self.services = services
        self.settings = settings
        self.pool = pool
        self.actor = actor
        self.batch = max(1, batch)
        self.model = model

    def run(self, items: Iterable[ImportItem]) -> Iterator[ImportOutcome]:
        """Outcomes in the order of ``items``, a batch at a time, each batch committed."""
        pending = iter(items)
        chunks = iter(lambda: list(islice(pending, self.batch)), [])
        current = [self._start(item) for item in next(chunks, [])]
        while current:
            following = [self._start(item) for item in next(chunks, [])]  # workers read on
            yield from self._settle(current)
            current = following

    def _start(self, item: ImportItem) -> _Job:
        name = f"{WORK_PREFIX}{os.getpid()}-{secrets.token_hex(6)}"
        ctx = JobContext(
            workdir=self.services.quarantine_root.parent / "work" / name,
            station=IMPORT_STATION,
            direction=item.direction,
            received_at=received_at(item.doc_date) if item.doc_date else datetime.now(UTC),
            actor=self.actor,
            settings=self.settings,
            model=self.model,
        )
        job = _Job(item=item, ctx=ctx)
        try:
            ctx.workdir.mkdir(parents=True)
            job.fp = fingerprint_stage(item.source, ctx)
            existing = known_duplicate(job.fp, self.services)
            if existing is not None:
                job.done = _skipped(_outcome(job, "skipped"), existing)
            else:
                job.future = read_stage(item.source, ctx, self.pool)
        except Exception as exc:
            job.done = _failed(job, exc)
        return job

    def _settle(self, jobs: list[_Job]) -> Iterator[ImportOutcome]:
        """Read results into entries, store their files with one sync, register them in
        one transaction and index them with one commit."""
        try:
            ready: list[tuple[_Job, _Read]] = []
            for job in jobs:
                if job.done is None:
                    self._read(job, ready)
                if _paused(jobs):
                    break
            entries = [] if _paused(jobs) else self._entries(ready)
            paused = _paused(jobs)
        finally:
            for job in jobs:
                shutil.rmtree(job.ctx.workdir, ignore_errors=True)
        if paused is not None:
            yield paused  # the caller stops: nothing of this batch is committed
            return
        results = register_batch(self.services.db, [e for _, e in entries], actor=self.actor)
        for (job, entry), result in zip(entries, results, strict=True):
            job.done = _registered(job, entry, result)
        self._index(
            [
                _index_document(e, r)
                for (_, e), r in zip(entries, results, strict=True)
                if r.status == "imported"
            ]
        )
        for job in jobs:
            assert job.done is not None
            yield job.done

    def _read(self, job: _Job, ready: list[tuple[_Job, _Read]]) -> None:
        """Wait for the worker, classify, settle the date; or set ``job.done``."""
        assert job.future is not None
        try:
            read = self.pool.result(job.future)
            labels = classify_stage(read, job.ctx)
        except Exception as exc:
            job.done = _failed(job, exc)
            return
        doc_date = job.item.doc_date or labels.doc_date
        if doc_date is None:
            reason = "Fecha desconocida: no está en la planilla ni se lee en el documento."
            job.done = _outcome(job, "refused", reason=reason)
            return
        ready.append((job, _Read(read=read, labels=labels, doc_date=doc_date)))

    def _entries(self, ready: list[tuple[_Job, _Read]]) -> list[tuple[_Job, HistoricalEntry]]:
        """Store every file of the batch (two syncs in all), then the entries to register."""
        sources: list[Path] = []
        for job, got in ready:
            sources.append(job.item.source)
            if got.read.searchable_pdf is not None:
                sources.append(got.read.searchable_pdf)
        try:
            blobs = iter(self.services.store.put_many(sources))
        except Exception as exc:
            for job, _got in ready:
                job.done = _failed(job, exc)
            return []
        entries: list[tuple[_Job, HistoricalEntry]] = []
        for job, got in ready:
            original = next(blobs)
            files = [NewFile(role="original", blob=original, media_type=got.read.triage.media_type)]
            if got.read.searchable_pdf is not None:
                searchable = next(blobs)
                files.append(NewFile(role="searchable", blob=searchable, media_type=PDF))
            assert job.fp is not None
            if original.sha256 != job.fp.sha256:
                job.done = _outcome(job, "refused", reason=CHANGED)
                continue
            entries.append((job, self._entry(job, got, tuple(files))))
        return entries

    def _entry(self, job: _Job, got: _Read, files: tuple[NewFile, ...]) -> HistoricalEntry:
        item = job.item
        assert job.fp is not None
        direction = item.direction or got.labels.direction
        ctx = replace(job.ctx, received_at=received_at(got.doc_date))
        new = new_document(
            item.source, job.fp, got.read, got.labels, ctx, files, direction=direction
        )
        given = {name: getattr(item, name) for name in LABELS if getattr(item, name)}
        complete = item.doc_type is not None and item.unit is not None
        new = replace(
            new,
            **given,
            doc_date=got.doc_date,
            reserved=new.reserved or given.get("doc_type") == "oficio_reservado",
            review=None if complete else new.review,
            legal_received_on=None,
        )
        detail = [("origen", str(item.source))]
        if item.row is not None:
            detail.append(("fila", str(item.row)))
        return HistoricalEntry(document=new, number=item.number, detail=tuple(detail))

    def _index(self, docs: list[IndexDocument]) -> None:
        """The batch is committed; an index failure is repaired by the next run or reindex."""
        if not docs:
            return
        try:
            index_registered(self.services.db, self.services.index, docs)
        except (SearchIndexError, OSError, DatabaseUnavailable) as exc:
            _log.warning("no se pudo actualizar el índice ahora (%s); se reintentará", exc)


def _index_document(entry: HistoricalEntry, result: HistoricalResult) -> IndexDocument:
    """What the index takes of a document just registered (revision 0), from memory."""
    new, reg = entry.document, result.registration
    assert reg is not None
    return IndexDocument(
        id=reg.document_id,
        registry_number=reg.registry_number,
        doc_type=new.doc_type,
        direction=new.direction,
        unit=new.unit,
        year=reg.year,
        doc_date=new.doc_date,
        subject=new.subject,
        sender=new.sender,
        content="\n\f\n".join(page.text for page in new.pages),
        reserved=new.reserved or new.doc_type in RESERVED_TYPES,
        series=entry.number.series,
        station=new.station,
        pending_review=new.review == "por_revisar",
    )


def received_at(day: date) -> datetime:
    """A historical document counts as received at noon of its date, in Chile."""
    return datetime.combine(day, time(12, 0), tzinfo=LOCAL_TZ).astimezone(UTC)


def _outcome(job: _Job, status: str, *, reason: str | None = None) -> ImportOutcome:
    item = job.item
    return ImportOutcome(
        source=str(item.source),
        status=status,
        row=item.row,
        registry_number=item.number.registry_number,
        series=item.number.series,
        year=item.number.year,
        number=item.number.number,
        sha256=job.fp.sha256 if job.fp else None,
        reason=reason,
    )


def _registered(job: _Job, entry: HistoricalEntry, result: HistoricalResult) -> ImportOutcome:
    new: NewDocument = entry.document
    reg = result.registration
    outcome = _outcome(job, result.status, reason=result.reason or None)
    if result.status == "skipped" and reg is not None:
        return _skipped(outcome, reg)
    return replace(
        outcome,
        id=reg.document_id if reg else None,
        doc_type=new.doc_type,
        direction=new.direction,
        unit=new.unit,
        sender=new.sender,
        subject=new.subject,
        doc_date=new.doc_date,
        pages=len(new.pages),
        ocr_pages=sum(1 for p in new.pages if p.source == "ocr"),
    )


def _paused(jobs: list[_Job]) -> ImportOutcome | None:
    """The outcome of a job that found the system broken, if any."""
    return next((j.done for j in jobs if j.done is not None and j.done.status == "paused"), None)


def _skipped(outcome: ImportOutcome, existing: Registration) -> ImportOutcome:
    """The content is in the archive already: its number there, not the one given now."""
    return replace(
        outcome,
        id=existing.document_id,
        registry_number=existing.registry_number,
        series=existing.series,
        year=existing.year,
        number=existing.number,
        reason=None,
    )


def _failed(job: _Job, exc: Exception) -> ImportOutcome:
    """A broken system pauses the run; a bad file is refused with the reason."""
    system = system_failure(exc)
    if system is not None:
        return _outcome(job, "paused", reason=system.text)
    if isinstance(exc, OcrError):
        reason = f"{exc.message} {exc.hint}".strip()
    elif isinstance(exc, ArchiveError):
        reason = str(exc)
    elif isinstance(exc, OSError) and job.fp is None:
        reason = f"No se pudo leer el archivo ({exc.strerror})."
    else:
        _log.error("error inesperado importando %s", job.item.source, exc_info=exc)
        reason = f"Error interno al procesar el archivo ({type(exc).__name__}: {exc})."
    return _outcome(job, "refused", reason=reason)

"""The orchestrator: documents through the stages, in order, or into quarantine.

    fingerprint → (duplicate?) → read (triage + OCR, in a worker) → classify → register
    → stamp + certificate (incoming) → verify signatures (signed PDFs) → index

Up to a few documents are read at once by the OCR workers; they are registered in the
order they were given, so a stack of paper is numbered in its own order. A bad file is
quarantined (a copy, with a Spanish reason) and the next file goes on; a broken system
(``failures.system_failure``) quarantines nothing: the outcome is ``paused`` and the file
stays where it was. Once a document is registered, no later stage's failure (stamp,
certificate, verification, index) turns it into anything else.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import ParamSpec, TypeVar

from archive import (
    Actor,
    ArchiveError,
    DatabaseUnavailable,
    DocumentRecord,
    NewFile,
    Registration,
    quarantine_file,
    record_by_id,
)
from index import SearchIndexError
from ocr import OcrError, OcrPool, ReadResult
from pipeline.classification.model import TrainedModel
from pipeline.flows.failures import SystemFailure, system_failure
from pipeline.flows.job import JobContext, Outcome, PipelineSettings, Services
from pipeline.flows.stages import (
    Fingerprint,
    classify_stage,
    fingerprint_stage,
    index_stage,
    known_duplicate,
    read_stage,
    register_stage,
)
from pipeline.reception.receiving import (
    reception_missing,
    reception_stage,
    record_failure,
    resume_reception,
)
from pipeline.reception.verifying import Verifier, verification_stage

_log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def _timed(job: Job, name: str, stage: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run one stage and keep its duration for the log line of the document."""
    began = time.monotonic()
    try:
        return stage(*args, **kwargs)
    finally:
        job.timings[name] = time.monotonic() - began


@dataclass(frozen=True, kw_only=True)
class Origin:
    """Where a file came from: the station, the direction its folder says, who sent it,
    and when it was received (its arrival, not the moment a worker got to it)."""

    station: str
    actor: Actor
    direction: str | None = None
    received_at: datetime | None = None  # None: when the run is started
    batch: NewFile | None = None  # the scan the files were cut from, if any


@dataclass
class Job:
    """One file in flight: started, read by a worker, then finished in the caller's order."""

    source: Path
    ctx: JobContext
    started: float
    fp: Fingerprint | None = None
    future: Future[ReadResult] | None = None
    done: Outcome | None = None
    registration: Registration | None = None  # set once the record is committed
    timings: dict[str, float] = field(default_factory=dict)

    def ready(self) -> bool:
        """True when ``finish`` will not wait for a worker."""
        return self.future is None or self.future.done()


WORK_PREFIX = "job-"


class Ingestor:
    """Runs files through the pipeline with a pool of OCR workers; the caller owns the pool.

    ``run`` suits a list of files; a long-running caller (the watcher) uses ``start``,
    ``Job.ready`` and ``finish`` to keep the workers busy without waiting on any one file.
    """

    def __init__(
        self,
        *,
        services: Services,
        settings: PipelineSettings,
        pool: OcrPool,
        model: TrainedModel | None = None,
        verifier: Verifier | None = None,
    ) -> None:
        self.services = services
        self.settings = settings
        self.pool = pool
        self.model = model
        self.verifier = verifier
        self.window = max(2, 2 * pool.settings.workers)

    def run(self, sources: Iterable[Path], origin: Origin) -> Iterator[Outcome]:
        """Outcomes in the order of ``sources``; the index is updated as they are registered."""
        pending: deque[Job] = deque()
        if origin.received_at is None:  # a batch given at once is received at once
            origin = replace(origin, received_at=datetime.now(UTC))
        for source in sources:
            pending.append(self.start(source, origin))
            while len(pending) >= self.window:
                yield self._finish_and_index(pending.popleft())
        while pending:
            yield self._finish_and_index(pending.popleft())

    def process(self, source: Path, origin: Origin) -> Outcome:
        return next(iter(self.run([source], origin)))

    def _finish_and_index(self, job: Job) -> Outcome:
        outcome = self.finish(job)
        if outcome.status == "registered":
            self.index()
        return outcome

    def start(self, source: Path, origin: Origin) -> Job:
        """Fingerprint the file and hand it to a worker (or settle it as a duplicate)."""
        workroot = self.services.quarantine_root.parent / "work"
        name = f"{WORK_PREFIX}{os.getpid()}-{secrets.token_hex(6)}"
        ctx = JobContext(
            workdir=workroot / name,
            station=origin.station,
            direction=origin.direction,
            received_at=origin.received_at or datetime.now(UTC),
            actor=origin.actor,
            settings=self.settings,
            model=self.model,
            batch=origin.batch,
        )
        job = Job(source=source, ctx=ctx, started=time.monotonic())
        try:
            ctx.workdir.mkdir(parents=True)
            job.fp = _timed(job, "huella", fingerprint_stage, source, ctx)
            existing = known_duplicate(job.fp, self.services)
            if existing is not None:
                job.done = self._settle_duplicate(job, existing)
            else:
                job.future = read_stage(source, ctx, self.pool)
        except Exception as exc:
            job.done = self._failed(job, exc)
        return job

    def _settle_duplicate(self, job: Job, existing: Registration) -> Outcome:
        """Already registered; if a crash cut its reception short, finish that now."""
        assert job.fp is not None
        job.registration = existing
        record = self._record(existing)
        policy = self.settings.reception
        if reception_missing(record, policy, self.services):
            try:
                _timed(
                    job,
                    "recepcion",
                    resume_reception,
                    record,
                    job.ctx,
                    self.services,
                )
            except Exception as exc:
                _log.exception("no se pudo completar la recepción de %s", record.registry_number)
                record_failure(self.services, record, exc, job.ctx.actor)
        return self._outcome_of(job.source, record, True, job.fp.sha256)

    def finish(self, job: Job) -> Outcome:
        """Register (or quarantine, or pause on) the file; waits for its worker if need be."""
        try:
            outcome = job.done or self._complete(job)
        except Exception as exc:  # a bug must not lose the file nor stop the batch
            outcome = self._failed(job, exc)
        finally:
            shutil.rmtree(job.ctx.workdir, ignore_errors=True)
        timings = {name: round(value, 3) for name, value in job.timings.items()}
        return replace(outcome, seconds=round(time.monotonic() - job.started, 3), timings=timings)

    def _complete(self, job: Job) -> Outcome:
        assert job.future is not None and job.fp is not None
        read = self.pool.result(job.future)
        job.timings["lectura"] = read.seconds
        labels = _timed(job, "clasificacion", classify_stage, read, job.ctx)
        registration = _timed(
            job,
            "registro",
            register_stage,
            job.source,
            job.fp,
            read,
            labels,
            job.ctx,
            self.services,
        )
        job.registration = registration
        record = self._record(registration)
        if not registration.duplicate:
            _timed(job, "recepcion", self._receive, job, read, record)
            if read.triage.signed and self.verifier is not None:
                _timed(job, "verificacion", self._verify, job, record)
        return self._outcome_of(job.source, record, registration.duplicate, job.fp.sha256)

    def _receive(self, job: Job, read: ReadResult, record: DocumentRecord) -> None:
        """Stamp and certificate; the record is committed, so a failure here is only logged."""
        base = read.searchable_pdf or (job.source if read.triage.kind == "pdf" else None)
        try:
            reception_stage(record, base, job.ctx, self.services)
        except Exception as exc:
            _log.exception(
                "no se pudo emitir el timbre ni el certificado de %s", record.registry_number
            )
            record_failure(self.services, record, exc, job.ctx.actor)

    def _verify(self, job: Job, record: DocumentRecord) -> None:
        """Signatures of an arriving signed PDF; a failure here is only logged."""
        assert self.verifier is not None
        try:
            verification_stage(record, job.source, self.verifier, self.services, job.ctx.actor)
        except Exception as exc:
            _log.exception("no se pudo verificar la firma de %s", record.registry_number)
            record_failure(self.services, record, exc, job.ctx.actor)

    def index(self) -> None:
        """The record is committed; an index failure is repaired by the next run or reindex."""
        try:
            index_stage(self.services)
        except (SearchIndexError, OSError, DatabaseUnavailable) as exc:
            _log.warning("no se pudo actualizar el índice ahora (%s); se reintentará", exc)

    def _record(self, reg: Registration) -> DocumentRecord:
        return record_by_id(self.services.db, reg.document_id)

    @staticmethod
    def _outcome_of(source: Path, record: DocumentRecord, duplicate: bool, sha256: str) -> Outcome:
        return Outcome(
            source=str(source),
            status="duplicate" if duplicate else "registered",
            id=record.id,
            registry_number=record.registry_number,
            series=record.series,
            year=record.year,
            number=record.number,
            doc_type=record.doc_type,
            direction=record.direction,
            unit=record.unit,
            sender=record.sender,
            sender_org=record.sender_org,
            recipient=record.recipient,
            subject=record.subject,
            antecedents=record.antecedents,
            doc_number=record.doc_number,
            doc_date=record.doc_date,
            ruts=record.ruts,
            reserved=record.reserved,
            type_confidence=record.type_confidence,
            unit_confidence=record.unit_confidence,
            review=record.review,
            legal_received_on=record.legal_received_on,
            pages=record.pages,
            ocr_pages=record.ocr_pages,
            sha256=sha256,
        )

    def _failed(self, job: Job, exc: Exception) -> Outcome:
        """A registered file stays registered; a broken system pauses; a bad file is
        quarantined (and if even its quarantine copy cannot be written, that pauses too)."""
        if job.registration is not None:
            _log.error("%s quedó registrado; falló una etapa posterior: %s", job.source, exc)
            return self._registered_anyway(job, job.registration)
        system = system_failure(exc)
        if system is not None:
            return self._paused(job, system)
        reason, hint = _reason_of(job, exc)
        try:
            return self._quarantine(job, reason, hint)
        except OSError as copy_failed:
            system = system_failure(copy_failed) or SystemFailure(
                cause=f"No se pudo copiar el archivo a la cuarentena ({copy_failed.strerror}).",
                hint="Revise el espacio y los permisos del directorio de datos.",
            )
            return self._paused(job, system)

    def _registered_anyway(self, job: Job, reg: Registration) -> Outcome:
        assert job.fp is not None
        try:
            record = self._record(reg)
        except ArchiveError:
            return Outcome(
                source=str(job.source),
                status="duplicate" if reg.duplicate else "registered",
                id=reg.document_id,
                registry_number=reg.registry_number,
                series=reg.series,
                year=reg.year,
                number=reg.number,
                sha256=job.fp.sha256,
            )
        return self._outcome_of(job.source, record, reg.duplicate, job.fp.sha256)

    def _paused(self, job: Job, system: SystemFailure) -> Outcome:
        _log.info("%s queda donde está: %s", job.source.name, system.cause)
        return Outcome(source=str(job.source), status="paused", error=system.text)

    def _quarantine(self, job: Job, reason: str, hint: str) -> Outcome:
        item = quarantine_file(
            self.services.quarantine_root,
            job.source,
            station=job.ctx.station,
            reason=reason,
            hint=hint,
            direction=job.ctx.direction,
        )
        _log.warning("%s en cuarentena: %s", job.source.name, reason)
        return Outcome(
            source=str(job.source),
            status="quarantined",
            error=f"{reason} {hint}".strip(),
            quarantine_path=str(item.path),
        )


def _reason_of(job: Job, exc: Exception) -> tuple[str, str]:
    """Why a bad file is quarantined, and what to do, in Spanish."""
    if isinstance(exc, OcrError):
        return exc.message, exc.hint
    if isinstance(exc, ArchiveError):
        return str(exc), ""
    if isinstance(exc, OSError) and job.fp is None:
        return f"No se pudo leer el archivo ({exc.strerror}).", ""
    _log.error("error inesperado procesando %s", job.source, exc_info=exc)
    return (
        f"Error interno al procesar el archivo ({type(exc).__name__}: {exc}).",
        "Informe al administrador del sistema; el archivo queda guardado aquí.",
    )

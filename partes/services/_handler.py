"""The watcher's handler: deliveries from the inboxes through the pipeline.

This is the shell's wiring of two components: ``watch_folders`` decides *when* a file
is taken and removes it once handled; the ``pipeline`` Ingestor registers it. A scan
with separator sheets is split here first, and every part is registered on its own.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from archive import ArchiveError, NewFile, StoreError, quarantine_file
from partes.services._access import station_actor
from pipeline import Ingestor, Job, Origin, Outcome
from pipeline.classification.learning import behind, current_model
from pipeline.flows.failures import SystemFailure, system_failure
from pipeline.vocabulary import DOC_TYPE_NAMES
from watch_folders import Delivery, Handled, Handler, split_batch

_log = logging.getLogger("partes.vigilante")
BATCH_PREFIX = "lote-"
BATCH_ROLE = "lote_original"  # the stored role of the scan a document was cut from


@dataclass
class _Pending:
    delivery: Delivery
    jobs: deque[Job]
    outcomes: list[Outcome] = field(default_factory=list)
    batch_dir: Path | None = None
    parts: int = 1


class PipelineHandler(Handler):
    def __init__(self, *, ingestor: Ingestor, work_root: Path, model_path: Path) -> None:
        self.ingestor = ingestor
        self.work_root = work_root
        self.model_path = model_path
        self._model_mtime = _mtime(model_path)
        self._pending: deque[_Pending] = deque()

    def capacity(self) -> int:
        return self.ingestor.window - sum(len(p.jobs) for p in self._pending)

    def submit(self, delivery: Delivery) -> None:
        self._refresh_model()
        origin = Origin(
            station=delivery.station,
            direction=delivery.direction,
            actor=station_actor(delivery.station),
            received_at=datetime.fromtimestamp(delivery.arrived_at or delivery.stable_at, UTC),
        )
        pending = _Pending(delivery=delivery, jobs=deque())
        try:
            sources = self._split(delivery, pending)
            if pending.batch_dir is not None:
                origin = replace(origin, batch=self._stored_batch(delivery))
        except (OSError, StoreError) as exc:  # no room: the file waits in its inbox
            system = system_failure(exc) or SystemFailure(
                cause=str(exc)
                if isinstance(exc, StoreError)
                else f"No se pudo preparar el lote ({exc.strerror}).",
                hint="Revise el espacio y los permisos del directorio de datos.",
            )
            pending.outcomes.append(
                Outcome(source=str(delivery.path), status="paused", error=system.text)
            )
            sources = []
        if not sources and not pending.outcomes:
            pending.outcomes.append(self._only_separators(delivery))
        for source in sources:
            pending.jobs.append(self.ingestor.start(source, origin))
        self._pending.append(pending)

    def collect(self) -> list[Handled]:
        done: list[Handled] = []
        while self._pending:
            head = self._pending[0]
            while head.jobs and head.jobs[0].ready():
                head.outcomes.append(self.ingestor.finish(head.jobs.popleft()))
            if head.jobs:
                break
            done.append(self._handled(self._pending.popleft()))
        self._index_if_any(done)
        return done

    def drain(self) -> Iterator[Handled]:
        while self._pending:
            head = self._pending.popleft()
            while head.jobs:
                head.outcomes.append(self.ingestor.finish(head.jobs.popleft()))
            handled = self._handled(head)
            self._index_if_any([handled])
            yield handled

    def _split(self, delivery: Delivery, pending: _Pending) -> list[Path]:
        """The files to register: the delivery itself, or the parts of a separated batch."""
        if not delivery.separators or not _is_pdf(delivery.path):
            return [delivery.path]
        self.work_root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f"{BATCH_PREFIX}{os.getpid()}-", dir=self.work_root))
        try:
            parts = split_batch(delivery.path, folder)
        except Exception as exc:  # a damaged PDF: the pipeline repairs or quarantines it
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError) and system_failure(exc) is not None:
                raise
            _log.debug("no se buscaron separadores en %s: %s", delivery.path, exc)
            parts = None
        if parts is None:
            shutil.rmtree(folder, ignore_errors=True)
            return [delivery.path]
        pending.batch_dir, pending.parts = folder, len(parts)
        _log.info("%s: lote con %d documentos separados", delivery.path.name, len(parts))
        return parts

    def _stored_batch(self, delivery: Delivery) -> NewFile:
        """The whole scan, kept in the store and linked to every document cut from it
        (stored once, before its parts: the store keeps one copy of a content)."""
        blob = self.ingestor.services.store.put(delivery.path)
        return NewFile(role=BATCH_ROLE, blob=blob, media_type="application/pdf")

    def _only_separators(self, delivery: Delivery) -> Outcome:
        reason = "El archivo solo contiene hojas separadoras; no hay documento que registrar."
        item = quarantine_file(
            self.ingestor.services.quarantine_root,
            delivery.path,
            station=delivery.station,
            reason=reason,
            direction=delivery.direction,
        )
        return Outcome(
            source=str(delivery.path),
            status="quarantined",
            error=reason,
            quarantine_path=str(item.path),
        )

    def _handled(self, pending: _Pending) -> Handled:
        if pending.batch_dir is not None:
            shutil.rmtree(pending.batch_dir, ignore_errors=True)
        statuses = {o.status for o in pending.outcomes}
        # One part the system could not take keeps the whole file in its inbox (the parts
        # already registered come back as duplicates).
        order = ("paused", "registered", "duplicate", "quarantined")
        status = next(s for s in order if s in statuses)
        return Handled(
            delivery=pending.delivery,
            status=status,
            message="; ".join(
                describe(o) for o in pending.outcomes if status != "paused" or o.status == status
            ),
            results=tuple(pending.outcomes),
            finished_at=time.time(),
        )

    def _index_if_any(self, done: list[Handled]) -> None:
        if any(o.status == "registered" for h in done for o in h.results):
            self.ingestor.index()

    def _refresh_model(self) -> None:
        """A correction retrains the model on disk, a derivation leaves it behind: take
        (or make) the current one for the next files."""
        mtime = _mtime(self.model_path)
        db = self.ingestor.services.db
        try:
            if mtime != self._model_mtime or behind(db, self.ingestor.model):
                self.ingestor.model = current_model(db, self.model_path)
                self._model_mtime = _mtime(self.model_path)
        except (ArchiveError, OSError) as exc:  # a broken system: the pipeline will say so
            _log.warning("no se pudo actualizar el modelo de clasificación: %s", exc)


def describe(outcome: Outcome) -> str:
    """One Spanish phrase for the log and ``partes status``."""
    if outcome.status == "quarantined":
        return f"en cuarentena: {outcome.error}"
    if outcome.status == "paused":
        return str(outcome.error)
    kind = DOC_TYPE_NAMES.get(outcome.doc_type or "", outcome.doc_type or "")
    if outcome.status == "duplicate":
        return f"ya estaba registrado como {outcome.registry_number}"
    return f"{outcome.registry_number} ({kind})"


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(1024).find(b"%PDF-") >= 0
    except OSError:
        return False


def _mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime
    except OSError:
        return None

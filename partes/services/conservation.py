"""An archive that proves itself: annulments as book lines, checkpoints of the chains kept
outside the server with a TSA's time-stamp, and the audit that checks all of it.

A checkpoint is a small JSON file (how many lines the book and the events had, and the
hash of the last of each) and the TSA's token over those exact bytes. An audit recomputes
both chains and checks that the line the checkpoint counted still has the hash it sealed:
a book rewritten consistently after the checkpoint, reordered or cut short is caught.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from datetime import time as dtime
from pathlib import Path

from archive import (
    LOCAL_TZ,
    Actor,
    ChainHead,
    DocumentRecord,
    EventFilter,
    annul,
    book_head,
    book_problems,
    broken_links,
    check_store,
    event_head,
    list_events,
    record_event,
)
from partes.config import ConservationSettings
from partes.errors import ConfigError, UsageError
from partes.services._access import allowed, require, visibility
from partes.wiring import App

IDENTITY_FILE = "archivo.id"


@dataclass(frozen=True, kw_only=True)
class Checkpoint:
    path: Path
    book: ChainHead
    events: ChainHead
    stamped: bool  # with a TSA's token beside it


@dataclass(frozen=True, kw_only=True)
class AuditReport:
    problems: tuple[str, ...]
    warnings: tuple[str, ...]
    files: int
    bytes_read: int
    book_lines: int
    events: int
    checkpoints: int
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


def annul_entry(app: App, *, actor: Actor, ref: str, reason: str) -> DocumentRecord:
    require(app, actor, "libro.anular")
    if len(reason.strip()) < 5:
        raise UsageError("Indique el motivo de la anulación (--reason), en palabras.")
    return annul(
        app.services.db, ref, reason=reason.strip(), actor=actor, visibility=visibility(actor)
    )


def archive_identity(app: App) -> str:
    """This archive's own name among the checkpoints of a shared folder (kept with the
    home, so a restored copy answers to the same checkpoints)."""
    path = app.layout.root / IDENTITY_FILE
    if not path.exists():
        path.write_text(f"{uuid.uuid4()}\n", encoding="ascii")
    return path.read_text(encoding="ascii").strip()


def checkpoint_folder(app: App) -> Path:
    folder = app.config.conservation.folder(app.layout.root)
    if folder is None:
        raise ConfigError(
            "No hay carpeta de puntos de control.",
            "Configure «conservation.checkpoints» en partes.toml: una carpeta fuera del"
            " directorio de datos (otro disco o una carpeta de red).",
        )
    if folder == app.layout.root or app.layout.root in folder.parents:
        raise ConfigError(
            f"La carpeta de puntos de control {folder} está dentro del directorio de datos.",
            "Elija otro disco o una carpeta de red: quien reescriba el archivo no debe poder"
            " reescribir también sus puntos de control.",
        )
    return folder / archive_identity(app)


def checkpoint(app: App, *, actor: Actor) -> Checkpoint:
    """Write the chains' heads outside the data home, time-stamped when a TSA is set."""
    require(app, actor, "archivo.sellar")
    folder = checkpoint_folder(app)
    folder.mkdir(parents=True, exist_ok=True)
    book = book_head(app.services.db)
    events = event_head(app.services.db)
    now = datetime.now(UTC)
    body = {
        "archivo": archive_identity(app),
        "municipalidad": app.config.municipality.name,
        "creado": now.isoformat(),
        "libro": {"lineas": book.count, "cabeza": book.head},
        "eventos": {"cantidad": events.count, "cabeza": events.head},
    }
    data = json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")
    stem = folder / f"punto-{now.strftime('%Y%m%dT%H%M%S%fZ')}"
    token = _stamp(app, data)
    _write_new(stem.with_suffix(".json"), data)
    if token is not None:
        _write_new(stem.with_suffix(".tsr"), token)
    record_event(
        app.services.db,
        actor=actor,
        action="punto_de_control",
        detail={"archivo": stem.name, "lineas": book.count, "eventos": events.count},
    )
    return Checkpoint(
        path=stem.with_suffix(".json"),
        book=book,
        events=events,
        stamped=token is not None,
    )


def _stamp(app: App, data: bytes) -> bytes | None:
    settings = app.signing
    if not settings.tsa_url:
        return None
    from signing.timestamps import stamp

    return stamp(data, url=settings.tsa_url, timeout=settings.network_timeout_seconds)


def _write_new(path: Path, data: bytes) -> None:
    """Written whole under a temporary name, then renamed: never half a checkpoint."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def audit(
    app: App, *, actor: Actor, progress: Callable[[int, int], None] | None = None
) -> AuditReport:
    """Every stored file re-hashed in full, both chains recomputed, the checkpoints checked,
    each series contiguous, every record's files present, orphan blobs listed."""
    require(app, actor, "archivo.auditar")
    started = time.perf_counter()
    db = app.services.db
    problems = book_problems(db)
    problems += broken_links(db)
    fixity = check_store(db, app.services.store, progress)
    problems += fixity.problems
    warnings = [f"Almacén: archivo sin registro (huérfano) {sha}." for sha in fixity.orphans]
    checked, found, notes = _check_checkpoints(app)
    problems += found
    warnings += notes
    report = AuditReport(
        problems=tuple(problems),
        warnings=tuple(warnings),
        files=fixity.files,
        bytes_read=fixity.bytes_read,
        book_lines=book_head(db).count,
        events=event_head(db).count,
        checkpoints=checked,
        seconds=round(time.perf_counter() - started, 3),
    )
    record_event(db, actor=actor, action="auditoria", detail=_summary(report))
    return report


def _summary(report: AuditReport) -> dict[str, object]:
    return {
        "resultado": "correcta" if report.ok else "con_problemas",
        "problemas": len(report.problems),
        "primeros": list(report.problems[:5]),
        "archivos": report.files,
        "lineas": report.book_lines,
        "puntos_de_control": report.checkpoints,
        "segundos": report.seconds,
    }


def _check_checkpoints(app: App) -> tuple[int, list[str], list[str]]:
    """(checkpoints read, problems, warnings)."""
    if app.config.conservation.folder(app.layout.root) is None:
        return 0, [], ["Sin puntos de control: configure «conservation.checkpoints»."]
    folder = checkpoint_folder(app)
    files = sorted(folder.glob("punto-*.json")) if folder.is_dir() else []
    if not files:
        return 0, [], [f"Aún no hay puntos de control en {folder} («partes checkpoint»)."]
    problems: list[str] = []
    warnings: list[str] = []
    for path in files:
        found, note = _check_one(app, path)
        problems += found
        warnings += note
    return len(files), problems, warnings


def _check_one(app: App, path: Path) -> tuple[list[str], list[str]]:
    data = path.read_bytes()
    try:
        body = json.loads(data)
        book = ChainHead(count=int(body["libro"]["lineas"]), head=str(body["libro"]["cabeza"]))
        events = ChainHead(
            count=int(body["eventos"]["cantidad"]), head=str(body["eventos"]["cabeza"])
        )
    except (ValueError, KeyError, TypeError):
        return [f"Punto de control {path.name}: ilegible."], []
    problems, warnings = _token_problems(app, path, data)
    now = book_head(app.services.db, upto=book.count)
    if now.count < book.count:
        problems.append(
            f"Punto de control {path.name}: el libro tenía {book.count} líneas y ahora tiene"
            f" {now.count}: se truncó."
        )
    elif now.head != book.head:
        problems.append(
            f"Punto de control {path.name}: la línea {book.count} del libro no es la que se"
            " selló: el libro fue reescrito."
        )
    now_events = event_head(app.services.db, upto=events.count)
    if now_events.count < events.count:
        problems.append(
            f"Punto de control {path.name}: había {events.count} eventos y ahora hay"
            f" {now_events.count}:"
            " se truncó el registro de eventos."
        )
    elif now_events.head != events.head:
        problems.append(
            f"Punto de control {path.name}: el evento {events.count} no es el que se selló:"
            " los eventos fueron reescritos."
        )
    return problems, warnings


def _token_problems(app: App, path: Path, data: bytes) -> tuple[list[str], list[str]]:
    token_path = path.with_suffix(".tsr")
    if not token_path.exists():
        return [], [f"Punto de control {path.name}: sin sello de tiempo (sin «signing.tsa_url»)."]
    from signing import trust_roots
    from signing.timestamps import check

    result = check(token_path.read_bytes(), data, roots=trust_roots(Path(app.signing.trust_roots)))
    if result.ok:
        return [], []
    return [f"Punto de control {path.name}: su sello de tiempo no vale ({result.problem})."], []


@dataclass(frozen=True, kw_only=True)
class Due:
    checkpoint: bool
    audit: bool


def due(
    now: datetime,
    *,
    settings: ConservationSettings,
    last_checkpoint: datetime | None,
    last_audit: datetime | None,
) -> Due:
    """What the service owes now (local time): the day's checkpoint once past its hour, the
    week's audit on its day (or as soon as one is more than eight days late)."""
    hour, minute = (int(part) for part in settings.checkpoint_hour.split(":"))
    checkpoint = (
        bool(settings.checkpoints)
        and now.time() >= dtime(hour, minute)
        and (last_checkpoint is None or last_checkpoint.date() < now.date())
    )
    audit = False
    if settings.audit_weekday:
        today = now.isoweekday() == settings.audit_weekday
        fresh = last_audit is not None and last_audit.date() == now.date()
        late = last_audit is None or (now.date() - last_audit.date()).days > 8
        audit = (today and not fresh) or late
    return Due(checkpoint=checkpoint, audit=audit)


SERVICE = Actor(login="servicio:conservacion", role="admin", channel="watcher")


def maintain(app: App, *, now: datetime | None = None) -> list[str]:
    """The service's round: the checkpoint and the audit it owes, if any; what it did."""
    moment = (now or datetime.now(UTC)).astimezone(LOCAL_TZ)
    owed = due(
        moment,
        settings=app.config.conservation,
        last_checkpoint=_last(app, "punto_de_control"),
        last_audit=_last(app, "auditoria"),
    )
    done: list[str] = []
    if owed.checkpoint:
        point = checkpoint(app, actor=SERVICE)
        done.append(f"punto de control {point.path.name}")
    if owed.audit:
        report = audit(app, actor=SERVICE)
        done.append(
            "auditoría " + ("correcta" if report.ok else f"con {len(report.problems)} problemas")
        )
    return done


def _last(app: App, action: str) -> datetime | None:
    found = list_events(app.services.db, EventFilter(action=action, limit=1))
    return found[-1].at.astimezone(LOCAL_TZ) if found else None


def last_audit(app: App, *, actor: Actor) -> str | None:
    """One Spanish sentence on the latest audit, for the dashboard of who may audit."""
    if not allowed(actor.role, "archivo.auditar"):
        return None
    found = list_events(app.services.db, EventFilter(action="auditoria", limit=1))
    if not found:
        return "El archivo aún no se ha auditado («partes audit»)."
    event = found[-1]
    when = event.at.astimezone(LOCAL_TZ)
    problems = int(event.detail.get("problemas", 0))
    verdict = "correcta" if problems == 0 else f"con {problems} problemas"
    return (
        f"Última auditoría del archivo: {when:%d-%m-%Y %H:%M}, {verdict}"
        f" ({event.detail.get('archivos', 0)} archivos leídos completos)."
    )

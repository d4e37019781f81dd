"""The libro de registro as a chain of lines that proves itself.

Each line holds the canonical JSON of the whole entry as the book showed it (number,
series, year, direction, the original's SHA-256, reception time, type, sender, subject,
unit, reserved) and its hash covers that JSON over the previous line's hash. A correction
of any of those fields and an annulment are new lines; nothing is rewritten, and a number
is never reused. Lines are written inside the transaction of what they record, under the
database's write lock, so the chain has one head at a time.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from archive.db import Database
from archive.models import BookLine, Document, RegistryEntry, SeriesCounter

GENESIS = "0" * 64
LINE_KINDS = ("registro", "correccion", "anulacion")
# What the book shows of a document; a change of any of them is a new line.
BOOK_FIELDS = ("direction", "doc_type", "sender", "subject", "unit", "reserved")


@dataclass(frozen=True, kw_only=True)
class ChainHead:
    """How many lines (or events) a chain has and the hash of its last one."""

    count: int
    head: str


def line_hash(prev_hash: str, content: dict[str, Any]) -> str:
    text = json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(f"{prev_hash}\n{text}".encode()).hexdigest()


def entry_content(
    doc: Document, entry: RegistryEntry, *, kind: str, reason: str = ""
) -> dict[str, Any]:
    """The canonical JSON of one book line: plain values only, as the JSON column keeps them."""
    content: dict[str, Any] = {
        "linea": kind,
        "numero": entry.registry_number,
        "serie": entry.series,
        "anio": entry.year,
        "correlativo": entry.number,
        **shown_in_book(doc),
    }
    if reason:
        content["motivo"] = reason
    return content


def shown_in_book(doc: Document) -> dict[str, Any]:
    """What the book says of a document now: its original, reception and BOOK_FIELDS."""
    shown: dict[str, Any] = {
        "sha256": doc.sha256,
        "recepcion": doc.received_at.astimezone(UTC).isoformat(),
    }
    shown.update({name: getattr(doc, name) for name in BOOK_FIELDS})
    shown["reserved"] = bool(doc.reserved)
    return shown


def append_line(
    session: Session,
    doc: Document,
    entry: RegistryEntry,
    *,
    kind: str,
    actor: str,
    reason: str = "",
    at: datetime | None = None,
    prev_hash: str | None = None,
) -> BookLine:
    """Add one chained line inside the caller's write transaction (archive-internal); a
    registration's entry not yet stored is stored with it. ``prev_hash``: the head as the
    caller knows it, having written the last line itself in this transaction."""
    if kind not in LINE_KINDS:
        raise ValueError(f"clase de línea desconocida: {kind}")
    if prev_hash is None:
        prev = session.scalar(select(BookLine.line_hash).order_by(BookLine.id.desc()).limit(1))
        prev_hash = prev or GENESIS
    content = entry_content(doc, entry, kind=kind, reason=reason)
    if entry.id is None:  # a new registration: the entry carries its line's hash
        entry.prev_hash, entry.entry_hash = prev_hash, line_hash(prev_hash, content)
        session.add(entry)
        session.flush()
    line = BookLine(
        entry_id=entry.id,
        document_id=doc.id,
        kind=kind,
        content=content,
        created_at=at or datetime.now(UTC),
        actor=actor,
        prev_hash=prev_hash,
        line_hash=line_hash(prev_hash, content),
    )
    session.add(line)
    session.flush()
    return line


def book_changed(session: Session, doc: Document) -> bool:
    """Whether the document no longer shows what its last book line says."""
    last = session.scalar(
        select(BookLine).where(BookLine.document_id == doc.id).order_by(BookLine.id.desc())
    )
    if last is None:
        return False
    return any(last.content.get(k) != v for k, v in shown_in_book(doc).items())


def chain_head(
    db: Database, digest: InstrumentedAttribute[str], *, upto: int | None = None
) -> ChainHead:
    """A chain's head (its hash column ``digest``, in id order) now, or after its first
    ``upto`` links (count short of ``upto`` and an empty head when it has fewer)."""
    order = digest.class_.id
    counted = select(func.count(order))
    with db.read() as session:
        if upto is None:
            head = session.scalar(select(digest).order_by(order.desc()).limit(1))
            return ChainHead(count=session.scalar(counted) or 0, head=head or GENESIS)
        if upto == 0:
            return ChainHead(count=0, head=GENESIS)
        row = session.execute(select(digest).order_by(order).offset(upto - 1).limit(1)).first()
        if row is None:  # fewer links than counted then
            return ChainHead(count=session.scalar(counted) or 0, head="")
        return ChainHead(count=upto, head=row[0])


def book_head(db: Database, *, upto: int | None = None) -> ChainHead:
    return chain_head(db, BookLine.line_hash, upto=upto)


def book_problems(db: Database) -> list[str]:
    """Spanish descriptions of every line whose hash or link does not hold, of every entry
    without its line, of every document that no longer shows what the book says, and of
    every gap in the numbers a series' counter gave (empty: the book proves itself)."""
    with db.read() as session:
        problems, last_lines, registered = _walk(session)
        problems += _entries_without_lines(session, registered)
        problems += _documents_unlike_book(session, last_lines)
        problems += _gaps(session)
    return problems


def _walk(session: Session) -> tuple[list[str], dict[int, BookLine], set[int]]:
    problems: list[str] = []
    last_lines: dict[int, BookLine] = {}
    registered: set[int] = set()
    prev = GENESIS
    for line in session.scalars(select(BookLine).order_by(BookLine.id)).yield_per(2000):
        number = line.content.get("numero", "?")
        if line.prev_hash != prev:
            problems.append(
                f"Libro: la línea {line.id} ({number}) no sigue a la anterior: falta o se"
                " reordenó una línea."
            )
        elif line.line_hash != line_hash(prev, dict(line.content)):
            problems.append(
                f"Libro: la línea {line.id} ({number}) fue alterada (su huella no coincide)."
            )
        prev = line.line_hash
        last_lines[line.document_id] = line
        if line.kind == "registro":
            registered.add(line.entry_id)
    return problems, last_lines, registered


def _entries_without_lines(session: Session, registered: set[int]) -> list[str]:
    entries = session.execute(select(RegistryEntry.id, RegistryEntry.registry_number)).all()
    return [
        f"Libro: el registro {number} no tiene su línea en el libro."
        for entry_id, number in entries
        if entry_id not in registered
    ]


def _documents_unlike_book(session: Session, last_lines: dict[int, BookLine]) -> list[str]:
    problems: list[str] = []
    for doc in session.scalars(select(Document).order_by(Document.id)).yield_per(2000):
        line = last_lines.get(doc.id)
        if line is None:
            continue  # reported as an entry without its line
        changed = sorted(k for k, v in shown_in_book(doc).items() if line.content.get(k) != v)
        if changed:
            fields = ", ".join(changed)
            problems.append(
                f"Libro: el documento {line.content.get('numero')} no dice lo que dice el libro"
                f" ({fields}): se modificó fuera del sistema."
            )
    return problems


def _gaps(session: Session) -> list[str]:
    problems: list[str] = []
    rows = session.execute(
        select(RegistryEntry.series, RegistryEntry.year, RegistryEntry.number).order_by(
            RegistryEntry.series, RegistryEntry.year, RegistryEntry.number
        )
    ).all()
    by_series: dict[tuple[str, int], list[int]] = {}
    for series, year, number in rows:
        by_series.setdefault((series, year), []).append(number)
    given = {
        (counter.series, counter.year): counter.last_number
        for counter in session.scalars(select(SeriesCounter))
    }
    for (series, year), last in sorted(given.items()):
        kept = by_series.get((series, year), [0])[-1]
        if last > kept:
            problems.append(
                f"Libro: la serie {series} de {year} entregó hasta el número {last} pero el"
                f" libro termina en el {kept}: se truncó su final."
            )
    for (series, year), numbers in sorted(by_series.items()):
        if (series, year) not in given:
            continue  # historical numbers (archive.historical) are kept as given, gaps and all
        missing = sorted(set(range(1, numbers[-1] + 1)) - set(numbers))
        if missing:
            shown = ", ".join(str(n) for n in missing[:10]) + ("…" if len(missing) > 10 else "")
            problems.append(f"Libro: a la serie {series} de {year} le faltan los números {shown}.")
    return problems

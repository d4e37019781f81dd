"""The expediente (DS 10/2023 arts. 18-19): a received document with its derivations, notes,
answers and signed replies, an identifier and an índice (each document in order with its
date of incorporation and SHA-256); and the hoja de ruta for paper that still travels."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import archive
from archive import Actor, DerivationView, DocumentRecord, RecordNotFound, record_event
from partes.services._access import require, visibility
from partes.services.reading import find_visible
from partes.services.tramite import INSTRUCTION_NAMES, derivations_of
from partes.wiring import App
from tramite import IndexLine, IndexSheet, RouteSlip, RouteStep, render_index, render_route_slip

RESERVED = "(documento reservado)"


@dataclass(frozen=True, kw_only=True)
class Piece:
    """One document of the expediente, in the order it was incorporated."""

    order: int
    registry_number: str
    role: str  # inicial | respuesta | firmado
    title: str
    incorporated_at: datetime
    sha256: str
    media_type: str


@dataclass(frozen=True, kw_only=True)
class Step:
    at: datetime
    what: str
    who: str


@dataclass(frozen=True, kw_only=True)
class Expediente:
    identifier: str
    record: DocumentRecord
    derivations: tuple[DerivationView, ...]
    pieces: tuple[Piece, ...]
    steps: tuple[Step, ...]


@dataclass(frozen=True, kw_only=True)
class MadeFile:
    name: str
    media_type: str
    content: bytes


def expediente(app: App, *, actor: Actor, ref: str) -> Expediente:
    """The whole path of a received document; recorded as an access to its content."""
    require(app, actor, "expediente.ver")
    made = _build(app, actor, ref)
    record_event(
        app.services.db,
        actor=actor,
        action="expediente_consultado",
        document_id=made.record.id,
        detail={"expediente": made.identifier},
    )
    return made


def _build(app: App, actor: Actor, ref: str) -> Expediente:
    record = find_visible(app, actor, ref)
    derivations = tuple(derivations_of(app, actor=actor, ref=record.registry_number))
    pieces = [
        Piece(
            order=1,
            registry_number=record.registry_number,
            role="inicial",
            title=_title(record),
            incorporated_at=record.received_at,
            sha256=record.sha256,
            media_type=record.media_type,
        )
    ]
    linked: dict[int, datetime] = {}
    for d in derivations:  # one reply may answer several derivations: it enters once
        if d.answer_id is not None and d.closed_at is not None:
            linked[d.answer_id] = min(d.closed_at, linked.get(d.answer_id, d.closed_at))
    for answer_id, linked_at in linked.items():
        pieces += _answer_pieces(app, actor, answer_id, linked_at, len(pieces))
    pieces.sort(key=lambda p: (p.incorporated_at, p.order))
    ordered = tuple(Piece(**{**p.__dict__, "order": i}) for i, p in enumerate(pieces, start=1))
    return Expediente(
        identifier=f"EXP-{record.registry_number}",
        record=record,
        derivations=derivations,
        pieces=ordered,
        steps=tuple(sorted(_steps(app, record, derivations, ordered), key=lambda s: s.at)),
    )


def _answer_pieces(
    app: App, actor: Actor, answer_id: int, linked_at: datetime, before: int
) -> list[Piece]:
    db = app.services.db
    try:
        reply = archive.find_record(db, str(answer_id), visibility=visibility(actor))
    except RecordNotFound:
        return []  # a reserved answer stays out of the expediente of who may not see it
    out = [
        Piece(
            order=before + 1,
            registry_number=reply.registry_number,
            role="respuesta",
            title=f"Respuesta: {_title(reply)}",
            incorporated_at=linked_at,
            sha256=reply.sha256,
            media_type=reply.media_type,
        )
    ]
    for sig in archive.signatures_of(db, answer_id):
        out.append(
            Piece(
                order=before + len(out) + 1,
                registry_number=reply.registry_number,
                role="firmado",
                title=f"Respuesta firmada ({sig.level}) por {sig.signer}",
                incorporated_at=max(sig.signed_at, linked_at),  # signed before its link
                sha256=sig.signed_sha256,
                media_type="application/pdf",
            )
        )
    return out


def _title(record: DocumentRecord) -> str:
    kind = record.doc_type.replace("_", " ").capitalize()
    number = f" N° {record.doc_number}" if record.doc_number else ""
    subject = RESERVED if record.restricted else (record.subject or "sin materia")
    return f"{record.registry_number} — {kind}{number}: {subject}"


def _steps(
    app: App,
    record: DocumentRecord,
    rows: tuple[DerivationView, ...],
    pieces: tuple[Piece, ...],
) -> list[Step]:
    names = {u.code: u.name for u in app.config.units}
    steps = [
        Step(at=record.received_at, what="Recibido en la Oficina de Partes", who=record.station)
    ]
    for d in rows:
        unit = names.get(d.unit, d.unit)
        due = f", plazo {d.due_on:%d-%m-%Y}" if d.due_on else ""
        what = f"Derivado a {unit} {INSTRUCTION_NAMES[d.instruction].lower()}{due}"
        steps.append(Step(at=d.created_at, what=what, who=d.created_by))
        if d.acknowledged_at and d.acknowledged_by:
            steps.append(
                Step(at=d.acknowledged_at, what=f"Recibido por {unit}", who=d.acknowledged_by)
            )
        steps += [Step(at=n.at, what=f"Nota: {n.text}", who=n.actor) for n in d.notes]
        if d.closed_at and d.closed_by:
            steps.append(Step(at=d.closed_at, what=_closing(d, unit), who=d.closed_by))
    for p in pieces:
        if p.role == "firmado":
            steps.append(Step(at=p.incorporated_at, what=f"{p.registry_number}: {p.title}", who=""))
    return steps


def _closing(d: DerivationView, unit: str) -> str:
    if d.closing == "respondida":
        return f"Respondido por {unit} con {d.answer_number}"
    if d.closing == "rederivada":
        return f"{unit} lo derivó nuevamente: {d.closing_note}"
    return f"Cerrado por {unit}: {d.closing_note}"


def index_pdf(app: App, *, actor: Actor, ref: str) -> MadeFile:
    """The índice of the expediente as a PDF."""
    made = expediente(app, actor=actor, ref=ref)
    return MadeFile(
        name=f"indice-{made.identifier}.pdf",
        media_type="application/pdf",
        content=_index_bytes(app, made),
    )


def _index_bytes(app: App, made: Expediente) -> bytes:
    local = archive.LOCAL_TZ
    sheet = IndexSheet(
        municipality=app.config.municipality.name,
        identifier=made.identifier,
        registry_number=made.record.registry_number,
        subject=RESERVED if made.record.restricted else (made.record.subject or "—"),
        opened=f"{made.record.received_at.astimezone(local):%d-%m-%Y %H:%M}",
        lines=tuple(
            IndexLine(
                order=p.order,
                incorporated=f"{p.incorporated_at.astimezone(local):%d-%m-%Y %H:%M:%S}",
                title=p.title,
                sha256=p.sha256,
            )
            for p in made.pieces
        ),
        made=f"{datetime.now(UTC).astimezone(local):%d-%m-%Y %H:%M}",
    )
    return _rendered(app, lambda dest: render_index(sheet, dest))


def zip_file(app: App, *, actor: Actor, ref: str) -> MadeFile:
    """Every document of the expediente in order, with its índice (PDF and JSON)."""
    require(app, actor, "documento.archivo")
    made = expediente(app, actor=actor, ref=ref)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive_zip:
        archive_zip.writestr(f"00-indice-{made.identifier}.pdf", _index_bytes(app, made))
        listing = []
        for p in made.pieces:
            name = f"{p.order:02d}-{p.registry_number}-{p.role}{_suffix(p.media_type)}"
            archive_zip.write(app.services.store.path_for(p.sha256), name)
            listing.append(
                {
                    "orden": p.order,
                    "archivo": name,
                    "documento": p.registry_number,
                    "incorporado": p.incorporated_at.isoformat(),
                    "sha256": p.sha256,
                }
            )
        index = {"expediente": made.identifier, "documentos": listing}
        archive_zip.writestr("indice.json", json.dumps(index, ensure_ascii=False, indent=2))
    record_event(
        app.services.db,
        actor=actor,
        action="expediente_descargado",
        document_id=made.record.id,
        detail={"expediente": made.identifier, "documentos": len(made.pieces)},
    )
    for p in made.pieces[1:]:  # the answers' files left too: each is an access of its own
        record_event(
            app.services.db,
            actor=actor,
            action="archivo_descargado",
            document_id=archive.find_record(
                app.services.db, p.registry_number, visibility=archive.EVERYTHING
            ).id,
            detail={"sha256": p.sha256, "expediente": made.identifier},
        )
    return MadeFile(
        name=f"{made.identifier}.zip", media_type="application/zip", content=buffer.getvalue()
    )


def _suffix(media_type: str) -> str:
    return {"application/pdf": ".pdf", "image/tiff": ".tif", "image/jpeg": ".jpg"}.get(
        media_type, ".png" if media_type == "image/png" else ".bin"
    )


def route_slip(app: App, *, actor: Actor, ref: str, base_url: str) -> MadeFile:
    """The printable hoja de ruta: reserved documents travel without sender or subject."""
    require(app, actor, "expediente.ver")
    record = find_visible(app, actor, ref)
    rows = derivations_of(app, actor=actor, ref=record.registry_number)
    names = {u.code: u.name for u in app.config.units}
    local = archive.LOCAL_TZ
    slip = RouteSlip(
        municipality=app.config.municipality.name,
        registry_number=record.registry_number,
        received=f"{record.received_at.astimezone(local):%d-%m-%Y %H:%M}",
        sender=RESERVED if record.restricted else (record.sender_org or record.sender or "—"),
        subject=RESERVED if record.restricted else (record.subject or "—"),
        steps=tuple(
            RouteStep(
                unit=names.get(d.unit, d.unit),
                instruction=INSTRUCTION_NAMES[d.instruction],
                providencia="" if record.restricted else d.providencia,
                derived=f"{d.created_at.astimezone(local):%d-%m-%Y}",
                due=f"{d.due_on:%d-%m-%Y}" if d.due_on else "sin plazo",
            )
            for d in rows
        ),
        url=f"{base_url.rstrip('/')}/documentos/{record.registry_number}",
    )
    record_event(
        app.services.db,
        actor=actor,
        action="hoja_ruta_impresa",
        document_id=record.id,
        detail={"derivaciones": len(rows)},
    )
    return MadeFile(
        name=f"hoja-de-ruta-{record.registry_number}.pdf",
        media_type="application/pdf",
        content=_rendered(app, lambda dest: render_route_slip(slip, dest)),
    )


def _rendered(app: App, render: Callable[[Path], None]) -> bytes:
    app.layout.work.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=app.layout.work) as tmp:
        dest = Path(tmp) / "sheet.pdf"
        render(dest)
        return dest.read_bytes()

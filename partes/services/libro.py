"""The libro de registro of one series and year, as a CSV of every line or as a foliated PDF
for the Secretario Municipal (ministro de fe) to certify and sign.

The lines come from the ``registry`` use case (the same book ``partes registry`` lists,
as the person may see it); a reserved document's subject and correspondent print as
«(documento reservado)» unless the person may see reserved documents. Issuing the book
is an event of trazabilidad.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from archive import LOCAL_TZ, Actor, DocumentRecord, Series, record_event
from partes.errors import UsageError
from partes.formats import type_name
from partes.services._access import allowed
from partes.services._book_pdf import render_book
from partes.services.reading import registry
from partes.wiring import App

RESERVED = "(documento reservado)"
ANNULLED = ("annulled",)  # a document's status once a book line annuls it (partes annul)
FORMATS = ("csv", "pdf")
LIBRO_FORMATS = FORMATS  # the name the core exports it under
SIGNATURE_FIELD = "FirmaSecretarioMunicipal"
CSV_COLUMNS = (
    "numero_registro",
    "fecha_hora_recepcion",
    "tipo_registro",
    "remitente_destinatario",
    "tipo_documento",
    "materia",
    "unidad",
    "reservado",
    "anulado",
)


@dataclass(frozen=True, kw_only=True)
class LibroLine:
    registry_number: str
    received: datetime  # America/Santiago
    kind: str  # entrada, salida, interno
    party: str  # the sender of what came in, the recipient of what went out
    doc_type: str  # its Spanish name
    subject: str
    unit: str
    reserved: bool
    annulled: bool


@dataclass(frozen=True, kw_only=True)
class Libro:
    municipality: str
    commune: str
    series: str
    series_name: str
    year: int
    lines: tuple[LibroLine, ...]
    made_at: datetime  # America/Santiago
    made_by: str

    def by_kind(self) -> dict[str, int]:
        return dict(sorted(Counter(line.kind for line in self.lines).items()))

    def annulled(self) -> int:
        return sum(1 for line in self.lines if line.annulled)


def series_named(app: App, text: str) -> Series:
    """A configured series, current or historical (``partes import``), by its code
    (``ingreso``) or its prefix (``E``)."""
    historical = (
        Series(code=h.code, prefix=h.prefix, name=h.name) for h in app.config.importacion.series
    )
    known = (*app.config.series, *historical)
    for series in known:
        if text.strip().lower() in (series.code.lower(), series.prefix.lower()):
            return series
    codes = ", ".join(f"{s.code} ({s.prefix})" for s in known)
    raise UsageError(f"No existe la serie «{text}».", f"Series de partes.toml: {codes}.")


def libro(app: App, *, actor: Actor, series: str, year: int, fmt: str) -> Libro:
    """The book of ``series`` and ``year`` as this person may read it."""
    if fmt not in FORMATS:
        raise UsageError(f"Formato desconocido «{fmt}»: use csv o pdf.")
    chosen = series_named(app, series)
    records = registry(app, actor=actor, series=chosen.code, year=year)
    hide = not allowed(actor.role, "reservados.ver")
    units = {u.code: u.name for u in app.config.units}
    book = Libro(
        municipality=app.config.municipality.name,
        commune=app.config.municipality.commune,
        series=chosen.code,
        series_name=chosen.name,
        year=year,
        lines=tuple(_line(r, hide=hide, units=units) for r in records),
        made_at=datetime.now(LOCAL_TZ),
        made_by=actor.name or actor.login,
    )
    record_event(
        app.services.db,
        actor=actor,
        action="libro_emitido",
        detail={"serie": chosen.code, "anio": year, "formato": fmt, "lineas": len(book.lines)},
    )
    return book


def _line(record: DocumentRecord, *, hide: bool, units: dict[str, str]) -> LibroLine:
    masked = hide and record.restricted
    party = record.sender_org or record.sender
    if record.direction != "entrada":
        party = record.recipient
    return LibroLine(
        registry_number=record.registry_number,
        received=record.received_at.astimezone(LOCAL_TZ),
        kind=record.direction,
        party=RESERVED if masked else (party or ""),
        doc_type=type_name(record.doc_type),
        subject=RESERVED if masked else (record.subject or ""),
        unit=units.get(record.unit or "", record.unit or ""),
        reserved=record.restricted,
        annulled=record.status in ANNULLED,
    )


def libro_csv(book: Libro) -> str:
    """Every line of the book, oldest first (the BOM lets Excel read the accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for line in book.lines:
        writer.writerow(
            [
                line.registry_number,
                line.received.strftime("%d-%m-%Y %H:%M:%S"),
                line.kind,
                line.party,
                line.doc_type,
                line.subject,
                line.unit,
                "sí" if line.reserved else "no",
                "sí" if line.annulled else "no",
            ]
        )
    return "\ufeff" + buffer.getvalue()


def libro_pdf(book: Libro, dest: Path) -> int:
    """The foliated book at ``dest``, with an empty signature field for the Secretario
    Municipal (``partes sign`` fills it in); how many pages. Written beside ``dest`` and
    renamed: never half a book."""
    from signing import add_signature_field

    partial = dest.with_name(f".{dest.name}.parcial")
    try:
        made = render_book(book, partial)
        add_signature_field(partial, name=SIGNATURE_FIELD, page=made.signature_page, box=made.box)
        partial.replace(dest)
    except OSError as exc:
        raise UsageError(f"No se pudo escribir «{dest}» ({exc.strerror}).") from exc
    finally:
        partial.unlink(missing_ok=True)
    return made.pages

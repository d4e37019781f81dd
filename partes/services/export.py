"""Export (issue 17): documents with every file they hold and their DS 10/2023 metadata,
as a BagIt bag another archive (or the Archivo Nacional) can check file by file.

Chosen by series and year or by registry numbers; whoever may not see reserved documents
exports none of them; the whole export is one event of trazabilidad, and every document
it carries gets an ``exportado`` access event, written together in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from archive import (
    LOCAL_TZ,
    Actor,
    BagEntry,
    DocumentRecord,
    bag_draft,
    fill_bag,
    place_bag,
    record_by_id,
    record_events,
    refuse_unusable,
    registry_book,
    signatures_of,
)
from ocr import scan_dpi
from partes.errors import UsageError
from partes.services._access import allowed, require, visibility
from partes.services._metadata import (
    INDEX_COLUMNS,
    NORM,
    document_metadata,
    file_names,
    index_row,
    needs_measuring,
)
from partes.services.libro import series_named
from partes.services.reading import find_visible
from partes.wiring import App

Progress = Callable[[int, int], None]


@dataclass(frozen=True, kw_only=True)
class Exported:
    dest: Path
    registry_numbers: tuple[str, ...]
    reserved: int
    files: int  # payload files, metadata included
    bytes: int
    oxum: str
    fingerprint: str  # SHA-256 of the bag's tagmanifest: the bag as a whole
    seconds: float


def export_bag(
    app: App,
    *,
    actor: Actor,
    dest: Path,
    refs: Sequence[str] = (),
    series: str | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> Exported:
    """Write the chosen documents as a bag at ``dest`` (new, or an empty folder)."""
    started = datetime.now(UTC)
    require(app, actor, "exportar")
    dest = dest.absolute()
    refuse_unusable(dest)
    records, selection = _chosen(app, actor, refs=refs, series=series, year=year)
    reserved = [r for r in records if r.restricted]
    if reserved and not allowed(actor.role, "reservados.ver"):
        require(app, actor, "reservados.ver", detail={"exportacion": str(dest)})
    entries = _entries(app, records)
    info = _bag_info(app, actor, records, selection, started)
    with bag_draft(dest) as draft:
        done = fill_bag(
            draft,
            entries,
            info=info,
            progress=(lambda n: progress(n, len(entries))) if progress else None,
        )
        summary = {
            "destino": str(dest),
            **selection,
            "documentos": len(records),
            "reservados": len(reserved),
            "archivos": done.files,
            "bytes": done.bytes,
            "huella": done.tagmanifest_sha256,
        }
        events: list[tuple[str, int | None, dict[str, Any]]] = [("exportacion", None, summary)]
        events += [("exportado", r.id, {"destino": str(dest)}) for r in records]
        record_events(app.services.db, actor=actor, events=events)
        place_bag(draft, dest)
    return Exported(
        dest=dest,
        registry_numbers=tuple(r.registry_number for r in records),
        reserved=len(reserved),
        files=done.files,
        bytes=done.bytes,
        oxum=done.oxum,
        fingerprint=done.tagmanifest_sha256,
        seconds=(datetime.now(UTC) - started).total_seconds(),
    )


def _chosen(
    app: App,
    actor: Actor,
    *,
    refs: Sequence[str],
    series: str | None,
    year: int | None,
) -> tuple[list[DocumentRecord], dict[str, Any]]:
    """The full records to export, in book order, and how they were chosen."""
    if refs and (series is not None or year is not None):
        raise UsageError("Exporte por serie y año o por números de registro, no ambos.")
    if refs:
        found: dict[int, DocumentRecord] = {}
        for ref in refs:
            record = find_visible(app, actor, ref, full=True)
            found.setdefault(record.id, record)
        ordered = sorted(found.values(), key=lambda r: (r.series, r.year, r.number))
        return ordered, {"referencias": [r.registry_number for r in ordered]}
    if series is None or year is None:
        raise UsageError(
            "Indique qué exportar: «--series S --year AAAA» o uno o más números de registro.",
            "Ejemplo: partes export --series ingreso --year 2026 /respaldo/ingreso-2026",
        )
    chosen = series_named(app, series)
    book = registry_book(
        app.services.db, visibility=visibility(actor), series=chosen.code, year=year
    )
    if not book:
        raise UsageError(f"La serie «{chosen.code}» no tiene documentos del año {year}.")
    records = [record_by_id(app.services.db, r.id, full=True) for r in book]
    return records, {"serie": chosen.code, "anio": year}


def _entries(app: App, records: list[DocumentRecord]) -> list[BagEntry]:
    """Per document a folder with its files and metadatos.json; the index at the top."""
    entries: list[BagEntry] = []
    metas: list[dict[str, Any]] = []
    for record in records:
        folder = record.registry_number
        for name, stored in file_names(record):
            entries.append(
                BagEntry(
                    path=f"{folder}/{name}",
                    source=app.services.store.path_for(stored.sha256),
                    sha256=stored.sha256,
                )
            )
        original = app.services.store.path_for(record.sha256)
        meta = document_metadata(
            record,
            signatures_of(app.services.db, record.id),
            folder=folder,
            measured_dpi=scan_dpi(original) if needs_measuring(record) else None,
        )
        metas.append(meta)
        entries.append(BagEntry(path=f"{folder}/metadatos.json", content=_json(meta)))
    entries.append(BagEntry(path="indice.json", content=_json({"documentos": metas})))
    entries.append(BagEntry(path="indice.csv", content=_index_csv(metas)))
    return entries


def _index_csv(metas: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(INDEX_COLUMNS)
    writer.writerows(index_row(m, m["identificador"]) for m in metas)
    return buffer.getvalue().encode("utf-8-sig")


def _json(value: dict[str, Any]) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _bag_info(
    app: App,
    actor: Actor,
    records: list[DocumentRecord],
    selection: dict[str, Any],
    started: datetime,
) -> dict[str, str]:
    town = app.config.municipality
    local = started.astimezone(LOCAL_TZ)
    if "serie" in selection:
        what = f"serie «{selection['serie']}», año {selection['anio']}"
    else:
        what = "documentos " + ", ".join(selection["referencias"])
    return {
        "Source-Organization": town.name,
        "Organization-Address": f"{town.commune}, Chile",
        "Internal-Sender-Identifier": "Oficina de Partes",
        "Contact-Name": actor.name or actor.login,
        "External-Description": f"Exportación de la Oficina de Partes de {town.name}: {what}",
        "External-Identifier": f"exportacion-{started:%Y%m%dT%H%M%SZ}",
        "Bagging-Date": local.date().isoformat(),
        "Bag-Software-Agent": "Oficina de Partes digital (partes export)",
        "Municipalidad": town.name,
        "Fecha-Exportacion": local.isoformat(timespec="seconds"),
        "Exportado-Por": f"{actor.login} ({actor.role})",
        "Documentos": str(len(records)),
        "Documentos-Reservados": str(sum(1 for r in records if r.restricted)),
        "Archivos-De-Documentos": str(sum(len(r.files) for r in records)),
        "Norma-Metadatos": NORM,
    }

"""How results reach a person (rich tables, Spanish, Chile's time) or a program (JSON lines).

Text that comes from documents (subjects, senders, file names, OCR) is escaped before Rich
reads it as markup: «[borrador]» stays visible and «[/x]» cannot break a line.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from archive import DocumentRecord, EventView
from partes import formats
from partes.formats import STATUS_NAMES as STATUS_NAMES
from partes.formats import local_date as local_date
from partes.formats import local_time as local_time

out = Console(highlight=False, soft_wrap=True, emoji=False)
err = Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)
# C0 controls but tab, newline, form feed, carriage return; DEL; C1 (ANSI, OSC 8 links).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def progress_bar(label: str, *, show: bool) -> Progress:
    """A bar on stderr with the count, the time taken and what remains (long work)."""
    columns = (
        TextColumn(f"[bold]{escape(label)}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("quedan"),
        TimeRemainingColumn(),
    )
    return Progress(*columns, console=err, disable=not show)


def json_line(data: dict[str, Any] | Any) -> None:
    if is_dataclass(data) and not isinstance(data, type):
        data = asdict(data)
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=_plain) + "\n")
    sys.stdout.flush()


def type_name(code: str | None) -> str:
    return esc(formats.type_name(code))


def esc(value: object) -> str:
    """Any value as text Rich prints literally."""
    return str(escape(CONTROL.sub("", str(value))))


def opt(value: str | None) -> str:
    return esc(value) if value else "—"


def registry_table(records: list[DocumentRecord], title: str) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("N° de registro", no_wrap=True)
    table.add_column("Tipo")
    table.add_column("Fecha doc.", no_wrap=True)
    table.add_column("Ingreso", no_wrap=True)
    table.add_column("Materia")
    for rec in records:
        table.add_row(
            rec.registry_number,
            type_name(rec.doc_type),
            local_date(rec.doc_date),
            local_time(rec.registered_at),
            opt(rec.subject),
        )
    return table


def record_json(rec: DocumentRecord) -> dict[str, Any]:
    data = asdict(rec)
    for key in ("doc_date", "legal_received_on"):
        value = getattr(rec, key)
        data[key] = value.isoformat() if value else None
    data["events"] = [event_json(e) for e in rec.events]
    return data


def event_json(event: EventView) -> dict[str, Any]:
    data = asdict(event)
    data["at"] = event.at.isoformat()
    return data


def _confidence(rec: DocumentRecord) -> str:
    if rec.type_confidence is None or rec.unit_confidence is None:
        return "—"
    state = {"por_revisar": ", por revisar", "revisado": ", revisado"}.get(rec.review or "", "")
    return (
        f"tipo {100 * rec.type_confidence:.0f} %, unidad {100 * rec.unit_confidence:.0f} %{state}"
    )


def _legal(rec: DocumentRecord) -> str:
    """Ley 19.880: received on a holiday, it counts from the next working day."""
    if rec.legal_received_on is None:
        return "—"
    from pipeline.reception.receiving import legal_date_if_different  # stamps: numpy

    legal = legal_date_if_different(rec)
    if legal is None:
        return local_date(rec.legal_received_on)
    return f"{local_date(legal)} (recibido en día inhábil)"


def show_record(rec: DocumentRecord) -> None:
    rows = [
        ("N° de registro", rec.registry_number),
        ("Identificador", str(rec.id)),
        ("Tipo", type_name(rec.doc_type)),
        ("Dirección", rec.direction),
        ("Unidad", esc(rec.unit or "sin asignar")),
        ("Remitente", opt(rec.sender)),
        ("Organización", opt(rec.sender_org)),
        ("Destinatario", opt(rec.recipient)),
        ("Materia", opt(rec.subject)),
        ("Antecedentes", opt(rec.antecedents)),
        ("N° del documento", opt(rec.doc_number)),
        ("Fecha del documento", local_date(rec.doc_date)),
        ("RUT", opt(", ".join(rec.ruts))),
        ("Reservado", "sí" if rec.reserved else "no"),
        ("Confianza", _confidence(rec)),
        ("Páginas", f"{rec.pages} ({rec.ocr_pages} con OCR)"),
        ("Recibido", f"{local_time(rec.received_at)} en la estación {esc(rec.station)}"),
        ("Recepción legal", _legal(rec)),
        ("Archivo original", f"{esc(rec.original_name)} (SHA-256 {rec.sha256})"),
    ]
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for label, value in rows:
        table.add_row(label, value)
    out.print(table)
    if rec.files:
        out.print("\n[bold]Archivos guardados[/bold]")
        for f in rec.files:
            pdfa = f"  PDF/A-2b: {f.pdfa_verdict}" if f.pdfa_verdict else ""
            out.print(f"  {f.role:<11} {f.sha256}  {f.size:>10,} bytes  {f.media_type}{pdfa}")
    if rec.page_details:
        out.print("\n[bold]Páginas[/bold]")
        for p in rec.page_details:
            how = "texto del archivo" if p.source == "text" else "OCR"
            conf = f", confianza {p.confidence:.0f}" if p.confidence is not None else ""
            dpi = f", {p.dpi:.0f} ppp{' (supuesto)' if p.dpi_assumed else ''}" if p.dpi else ""
            out.print(f"  {p.number:>3}  {how}{conf}{dpi}, {p.chars} caracteres")
    if rec.events:
        out.print("\n[bold]Historia[/bold]")
        show_events(rec.events, with_document=False)


def show_events(events: tuple[EventView, ...] | list[EventView], *, with_document: bool) -> None:
    for e in events:
        where = f"{e.registry_number or '—':<15} " if with_document else ""
        who = f"{esc(e.actor)} ({esc(e.role or '—')}, {esc(e.channel or '—')})"
        out.print(f"  {local_time(e.at)}  {where}{e.action:<20} {who}")
        for line in event_lines(e.action, e.detail):
            out.print(f"      {esc(line)}")


_VERDICTS = {
    "valid": "firmas válidas",
    "invalid": "firma NO válida",
    "unsigned": "sin firmas",
    "error": "no se pudo verificar",
}


def event_lines(action: str, detail: dict[str, Any]) -> list[str]:
    """What a clerk needs to read of a signing event (the rest is in ``--json``)."""
    if action == "firmado":
        return [
            f"Firmó {detail.get('firmante')} (RUT {detail.get('rut') or '?'}), nivel "
            f"{detail.get('nivel')}; código de verificación {detail.get('codigo_verificacion')}",
            f"PDF/A: {detail.get('pdfa')}",
        ]
    if action == "firma_verificada":
        lines = [f"Verificación: {_VERDICTS.get(detail.get('result', ''), '?')}"]
        if detail.get("error"):
            lines.append(str(detail["error"]))
        for sig in detail.get("signatures", []):
            mark = "✔" if sig.get("ok") else "✘"
            rut = f" (RUT {sig['rut']})" if sig.get("rut") else ""
            lines.append(f"{mark} {sig.get('signer')}{rut}, nivel {sig.get('level') or '-'}")
            lines.extend(f"  {p}" for p in sig.get("problems", []))
        return lines
    return []


def show_watch_status(
    running: bool, live: dict[str, Any] | None, stations: list[dict[str, Any]]
) -> None:
    """The stations as ``partes status`` shows them (``stations`` as in its JSON)."""
    pause = (live or {}).get("pause")
    if running and live and pause:
        since = local_time(datetime.fromtimestamp(pause["since"], UTC))
        retry = local_time(datetime.fromtimestamp(pause["retry_at"], UTC))
        out.print(f"Vigilante: [red]en pausa[/red] desde {since}: {esc(pause['cause'])}")
        out.print(
            f"  Los archivos esperan en su bandeja (nada va a cuarentena). "
            f"Próximo intento: {retry} (intentos fallidos: {pause['attempts']})."
        )
    elif running and live:
        since = local_time(datetime.fromtimestamp(live["started_at"], UTC))
        out.print(f"Vigilante: [green]funcionando[/green] (pid {live['pid']}, desde {since})")
    else:
        out.print("Vigilante: [yellow]detenido[/yellow] (inícielo con «partes watch»)")
    for st in stations:
        out.print(f"\n[bold]{esc(st['station'])}[/bold]  {esc(st['inbox'])}")
        counts = st["session_counts"]
        done = ", ".join(f"{n} {STATUS_NAMES.get(s, s)}" for s, n in counts.items()) or "ninguno"
        out.print(
            f"  en bandeja: {st['in_inbox']}   en proceso: {st['in_process']}   "
            f"en cuarentena: {st['quarantined']}   esta sesión: {done}"
        )
        for rec in st["last_registered"]:
            out.print(
                f"  {rec['registry_number']}  {type_name(rec['doc_type'])}  {opt(rec['subject'])}"
            )
        for err in st["errors"][-5:]:
            out.print(f"  [red]✗[/red] {esc(err.get('file', ''))} {esc(err['message'])}")

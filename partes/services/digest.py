"""The daily digest: each unit with a mailbox gets its own overdue and due-soon
derivations, and nothing of any other unit. No server configured: nothing is sent.

A reserved document travels by e-mail as its registry number only."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage

from archive import Actor, EventFilter, list_events, record_event
from partes.errors import MailUnavailable
from partes.services._access import require
from partes.services.seguimiento import STANDINGS, PlazoLine, plazos
from partes.wiring import App

RESERVED_TEXT = "(documento reservado)"


@dataclass(frozen=True, kw_only=True)
class DigestSent:
    unit: str
    address: str
    items: int


def send_digest(
    app: App, *, actor: Actor, password: str = "", today: date | None = None
) -> list[DigestSent]:
    """Mail each configured unit the derivations it has overdue or due soon."""
    require(app, actor, "plazos.avisar")
    mail = app.config.mail
    if not mail.enabled:
        return []
    report = plazos(app, actor=actor, today=today)
    done = _sent_on(app, report.today)
    sent = []
    for box in mail.mailboxes:
        lines = [x for x in report.urgent() if x.derivation.unit == box.unit]
        if not lines or (box.unit, box.address) in done:
            continue
        message = _message(app, box.unit, box.address, lines, report.today)
        _deliver(app, message, password)
        sent.append(DigestSent(unit=box.unit, address=box.address, items=len(lines)))
        record_event(
            app.services.db,
            actor=actor,
            action="resumen_plazos_enviado",
            detail={
                "unidad": box.unit,
                "destinatario": box.address,
                "derivaciones": len(lines),
                "dia": report.today.isoformat(),
            },
        )
    return sent


def _sent_on(app: App, day: date) -> set[tuple[str, str]]:
    """Digests already sent for that day: a second run (a retried cron job) sends no copy."""
    found = list_events(
        app.services.db,
        EventFilter(action="resumen_plazos_enviado", since=datetime.now(UTC) - timedelta(days=2)),
    )
    return {
        (e.detail.get("unidad", ""), e.detail.get("destinatario", ""))
        for e in found
        if e.detail.get("dia") == day.isoformat()
    }


def _message(
    app: App, unit: str, address: str, lines: list[PlazoLine], today: date
) -> EmailMessage:
    names = {u.code: u.name for u in app.config.units}
    overdue = sum(x.standing == "vencida" for x in lines)
    message = EmailMessage()
    message["From"] = app.config.mail.sender
    message["To"] = address
    message["Subject"] = (
        f"Plazos de {names.get(unit, unit)}: {overdue} vencidas, "
        f"{len(lines) - overdue} por vencer ({today:%d-%m-%Y})"
    )
    body = [
        f"Derivaciones de {names.get(unit, unit)} vencidas o por vencer al {today:%d-%m-%Y}:",
        "",
    ]
    base = app.config.mail.base_url.rstrip("/")
    for x in lines:
        d = x.derivation
        subject = RESERVED_TEXT if d.restricted else (d.subject or "(sin materia)")
        due = d.due_on.strftime("%d-%m-%Y") if d.due_on else "sin plazo"
        body.append(f"- {d.registry_number}  {STANDINGS[x.standing]}, vence {due}: {subject}")
        if base:
            body.append(f"  {base}/documentos/{d.registry_number}")
    body += ["", f"— Oficina de Partes, {app.config.municipality.name}"]
    message.set_content("\n".join(body))
    return message


def _deliver(app: App, message: EmailMessage, password: str) -> None:
    mail = app.config.mail
    try:
        with smtplib.SMTP(mail.host, mail.port, timeout=30) as smtp:
            if mail.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if mail.username:
                smtp.login(mail.username, password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailUnavailable(
            f"No se pudo enviar el resumen por correo a través de {mail.host}:{mail.port}: {exc}.",
            "Revise la sección [mail] de partes.toml y que el servidor SMTP esté disponible.",
        ) from None

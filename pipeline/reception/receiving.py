"""The reception stage: a stamped copy of page 1 and the certificado de presentación.

Runs after the record is committed, so the registry number can be printed on both. A
failure here never undoes the registration: it is recorded as an event, and
``partes receipt`` makes the certificate again on demand.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import Actor, DocumentRecord, NewFile, attach_files, file_of, record_event
from pipeline.flows.job import IMPORT_STATION, JobContext, Services
from pipeline.reception.certificate import CertificateData, render_certificate
from pipeline.reception.policy import LOCAL_TZ, ReceptionPolicy, holiday_name
from pipeline.reception.stamping import StampText, stamp_pdf
from pipeline.vocabulary import DOC_TYPE_NAMES

_log = logging.getLogger(__name__)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")


def reception_stage(
    record: DocumentRecord, base_pdf: Path | None, ctx: JobContext, services: Services
) -> None:
    """Stamp page 1 of ``base_pdf`` (the searchable copy, or the original PDF) and make the
    certificate; both become files of the record."""
    workdir, policy = ctx.workdir, ctx.settings.reception
    if record.direction not in policy.stamp_directions:
        return
    files: list[NewFile] = []
    detail: dict[str, Any] = {}
    if base_pdf is not None:
        try:
            stamped = workdir / "timbrado.pdf"
            spot = stamp_pdf(base_pdf, stamped, stamp_text(record, policy))
            blob = services.store.put(stamped)
            files.append(NewFile(role="stamped", blob=blob, media_type="application/pdf"))
            detail["timbre"] = {"esquina": spot.corner, "sobre_tinta": round(spot.ink, 4)}
        except Exception as exc:  # pyHanko and pdfium raise many types on odd files
            _log.warning("%s: no se pudo timbrar (%s)", record.registry_number, exc)
            detail["timbre_error"] = f"{type(exc).__name__}: {exc}"
    files.append(make_certificate(record, policy, workdir, services))
    attach_files(
        services.db,
        record.id,
        tuple(files),
        action="timbrado",
        detail=detail,
        actor=ctx.actor,
    )


def reception_missing(record: DocumentRecord, policy: ReceptionPolicy, services: Services) -> bool:
    """True when a crash fell between the registration and the stamp of this document."""
    if record.direction not in policy.stamp_directions or record.station == IMPORT_STATION:
        return False
    return file_of(services.db, record.id, "certificate") is None


def resume_reception(record: DocumentRecord, ctx: JobContext, services: Services) -> None:
    """Stamp and certify a registered document now, from its stored files."""
    sha = file_of(services.db, record.id, "searchable")
    if sha is None and record.media_type == "application/pdf":
        sha = record.sha256
    base = services.store.path_for(sha) if sha else None
    reception_stage(record, base, ctx, services)


def make_certificate(
    record: DocumentRecord, policy: ReceptionPolicy, workdir: Path, services: Services
) -> NewFile:
    path = workdir / "certificado.pdf"
    render_certificate(certificate_data(record, policy), path)
    blob = services.store.put(path)
    return NewFile(role="certificate", blob=blob, media_type="application/pdf")


def stamp_text(record: DocumentRecord, policy: ReceptionPolicy) -> StampText:
    received = record.received_at.astimezone(LOCAL_TZ)
    legal = legal_date_if_different(record)
    return StampText(
        municipality=policy.municipality,
        registry_number=record.registry_number,
        received=received.strftime("%d-%m-%Y %H:%M"),
        station=policy.station_name(record.station),
        legal_date=legal.strftime("%d-%m-%Y") if legal else None,
    )


def certificate_data(record: DocumentRecord, policy: ReceptionPolicy) -> CertificateData:
    received = record.received_at.astimezone(LOCAL_TZ)
    legal = legal_date_if_different(record)
    return CertificateData(
        municipality=policy.municipality,
        commune=policy.commune,
        registry_number=record.registry_number,
        received=received.strftime("%d-%m-%Y %H:%M:%S"),
        legal_date=legal.strftime("%d-%m-%Y") if legal else None,
        legal_reason=_why_not_working(received, policy.region) if legal else None,
        channel=f"Digitalización en la estación «{policy.station_name(record.station)}»",
        station=record.station,
        received_by="Oficina de Partes",
        doc_type=DOC_TYPE_NAMES.get(record.doc_type, record.doc_type),
        sender=" — ".join(p for p in (record.sender, record.sender_org) if p) or None,
        subject=record.subject,
        original_name=record.original_name,
        pages=record.pages,
        sha256=record.sha256,
    )


def legal_date_if_different(record: DocumentRecord) -> date | None:
    """The legal reception date when it is not the day the document came in (in Chile)."""
    real = record.received_at.astimezone(LOCAL_TZ).date()
    legal = record.legal_received_on
    return legal if legal and legal != real else None


def _why_not_working(received: datetime, region: str) -> str:
    day = received.date()
    return holiday_name(day, region=region) or WEEKDAYS[day.weekday()]


def record_failure(
    services: Services, record: DocumentRecord, exc: Exception, actor: Actor
) -> None:
    record_event(
        services.db,
        actor=actor,
        action="timbre_fallido",
        document_id=record.id,
        detail={"error": f"{type(exc).__name__}: {exc}"},
    )

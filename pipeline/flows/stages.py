"""The stages of one document, in the order the orchestrator runs them.

Each stage takes the input path and the job context, may write new files in the job's
work folder, and never changes its input. Reading (triage + OCR) runs in a worker
process; registering and indexing run in the orchestrator's process, the single writer.
"""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from archive import (
    NewDocument,
    NewFile,
    PageText,
    Registration,
    StoreError,
    choose_series,
    find_registration,
    register,
    sha256_of,
)
from ocr import OcrPool, ReadResult
from pipeline.classification.classify import Classification, classify
from pipeline.flows.indexing import index_pending
from pipeline.flows.job import JobContext, Services
from pipeline.reception.policy import legal_reception_date


@dataclass(frozen=True, kw_only=True)
class Fingerprint:
    sha256: str
    size: int


def fingerprint_stage(source: Path, ctx: JobContext) -> Fingerprint:
    return Fingerprint(sha256=sha256_of(source), size=source.stat().st_size)


def known_duplicate(fp: Fingerprint, services: Services) -> Registration | None:
    """A content already registered skips OCR; ``register`` checks again under the lock."""
    return find_registration(services.db, fp.sha256)


def read_stage(source: Path, ctx: JobContext, pool: OcrPool) -> Future[ReadResult]:
    """Triage and OCR in a worker process: the future holds the text or an OcrError."""
    return pool.submit(source, ctx.workdir)


def classify_stage(read: ReadResult, ctx: JobContext) -> Classification:
    text = "\n".join(page.text for page in read.pages)
    return classify(text, policy=ctx.settings.classify, model=ctx.model)


def register_stage(
    source: Path,
    fp: Fingerprint,
    read: ReadResult,
    labels: Classification,
    ctx: JobContext,
    services: Services,
) -> Registration:
    """Store the files durably, then number and record them in one transaction."""
    direction = ctx.direction or labels.direction
    series = choose_series(ctx.settings.series, direction=direction, doc_type=labels.doc_type)
    files = store_stage(source, fp, read, services)
    if ctx.batch is not None:  # the whole scan this document was cut from
        files = (*files, ctx.batch)
    new = new_document(source, fp, read, labels, ctx, files, direction=direction)
    return register(services.db, new, series=series, actor=ctx.actor)


def store_stage(
    source: Path, fp: Fingerprint, read: ReadResult, services: Services
) -> tuple[NewFile, ...]:
    """The original (checked against its fingerprint) and its searchable copy, stored."""
    original = services.store.put(source)
    if original.sha256 != fp.sha256:
        raise StoreError(
            "El archivo cambió mientras se procesaba (otro programa lo estaba escribiendo). "
            "Vuelva a ingresarlo cuando esté completo."
        )
    files = [NewFile(role="original", blob=original, media_type=read.triage.media_type)]
    if read.searchable_pdf is not None:
        blob = services.store.put(read.searchable_pdf)
        files.append(NewFile(role="searchable", blob=blob, media_type="application/pdf"))
    return tuple(files)


def new_document(
    source: Path,
    fp: Fingerprint,
    read: ReadResult,
    labels: Classification,
    ctx: JobContext,
    files: tuple[NewFile, ...],
    *,
    direction: str,
) -> NewDocument:
    """What the registry keeps of one document read and labelled."""
    return NewDocument(
        sha256=fp.sha256,
        original_name=source.name,
        media_type=read.triage.media_type,
        size=fp.size,
        station=ctx.station,
        direction=direction,
        doc_type=labels.doc_type,
        received_at=ctx.received_at,
        unit=labels.unit,
        sender=labels.sender,
        recipient=labels.recipient,
        subject=labels.subject,
        antecedents=labels.antecedents,
        doc_number=labels.doc_number,
        doc_date=labels.doc_date,
        ruts=labels.ruts,
        sender_org=labels.sender_org,
        reserved=labels.reserved or labels.doc_type == "oficio_reservado",
        type_confidence=labels.type_confidence,
        unit_confidence=labels.unit_confidence,
        review="por_revisar" if labels.needs_review else None,
        legal_received_on=legal_reception_date(
            ctx.received_at, region=ctx.settings.reception.region
        ),
        files=files,
        pages=_page_texts(read),
        pdfa_verdict=read.pdfa.verdict if read.pdfa else None,
        details=_details(read, labels, ctx),
    )


def _page_texts(read: ReadResult) -> tuple[PageText, ...]:
    return tuple(
        PageText(
            number=p.number,
            text=p.text,
            source=p.source,
            confidence=p.confidence,
            dpi=p.dpi,
            dpi_assumed=p.dpi_assumed,
        )
        for p in read.pages
    )


def _details(read: ReadResult, labels: Classification, ctx: JobContext) -> dict[str, object]:
    """What the registration event records about how the document was read and labelled."""
    details: dict[str, object] = {
        "estacion": ctx.station,
        "paginas_ocr": read.ocr_pages,
        "clasificacion": list(labels.reasons),
    }
    if read.pdfa is not None:
        details["pdfa"] = {"nivel": read.pdfa.flavour, "veredicto": read.pdfa.verdict}
    flags = {
        "firmado": read.triage.signed,
        "reparado": read.repaired,
        "extension_incorrecta": read.triage.mislabelled,
    }
    details.update({name: True for name, on in flags.items() if on})
    return details


def index_stage(services: Services) -> int:
    return index_pending(services.db, services.index)

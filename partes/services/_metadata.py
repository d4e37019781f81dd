"""The metadata of a document as the Norma Técnica de Documentos y Expedientes Electrónicos
(DS 10/2023) names its elements, from the record alone: pure functions, plain values out.

identificador, título, fecha de creación, mecanismo de incorporación, tipo documental,
nivel de acceso, firma; and for a digitalized document its resolución, páginas and fecha
de captura. The registry's own fields follow under ``registro``.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from archive import LOCAL_TZ, DocumentRecord, FileView, SignatureView
from partes.formats import type_name

NORM = "DS 10/2023, Norma Técnica de Documentos y Expedientes Electrónicos"
SCANNED = "digitalización"
BORN_DIGITAL = "nacido digital"
PLATFORM = "recibido por plataforma"
FILE_NAMES = {  # role → Spanish description of the file
    "original": "original tal como se recibió",
    "searchable": "copia buscable (PDF/A con capa de texto)",
    "stamped": "copia timbrada por la Oficina de Partes",
    "certificate": "certificado de presentación",
    "pdfa": "copia PDF/A",
    "signed": "versión firmada electrónicamente",
    "lote_original": "escaneo completo del lote del que se separó el documento",
}
INDEX_COLUMNS = (
    "identificador",
    "titulo",
    "fecha_creacion",
    "mecanismo_incorporacion",
    "tipo_documental",
    "nivel_acceso",
    "firmado",
    "paginas",
    "resolucion_dpi",
    "fecha_captura",
    "carpeta",
    "archivos",
)


def file_names(record: DocumentRecord) -> list[tuple[str, FileView]]:
    """(bag file name, file) of every file the record holds, oldest first; a role held
    twice (a signature added later) is numbered: ``-signed.pdf``, ``-signed-2.pdf``."""
    seen: Counter[str] = Counter()
    names = []
    for f in record.files:
        seen[f.role] += 1
        suffix = Path(record.original_name).suffix.lower() if f.role == "original" else ".pdf"
        count = f"-{seen[f.role]}" if seen[f.role] > 1 else ""
        names.append((f"{record.registry_number}-{f.role}{count}{suffix}", f))
    return names


def mechanism(record: DocumentRecord) -> str:
    """Digitalización when any page was read from an image; else received through the
    API (another institution's platform, a citizen's form) or born digital."""
    scanned = record.ocr_pages > 0 or record.media_type.startswith("image/")
    if scanned:
        return SCANNED
    channel = next((e.channel for e in record.events if e.action == "registrado"), "")
    return PLATFORM if channel == "api" else BORN_DIGITAL


def document_metadata(
    record: DocumentRecord,
    signatures: list[SignatureView],
    *,
    folder: str,
    measured_dpi: int | None = None,
) -> dict[str, Any]:
    """The DS 10/2023 elements of one document, then its registry fields and files
    (``measured_dpi``: of a scanned PDF, whose pages carry no resolution of their own)."""
    created, created_from = (
        (record.doc_date.isoformat(), "fecha del documento")
        if record.doc_date
        else (_local(record.received_at)[:10], "fecha de recepción")
    )
    how = mechanism(record)
    data: dict[str, Any] = {
        "norma": NORM,
        "identificador": record.registry_number,
        "titulo": record.subject or f"{type_name(record.doc_type)} sin materia",
        "fecha_creacion": created,
        "fecha_creacion_segun": created_from,
        "mecanismo_incorporacion": how,
        "tipo_documental": record.doc_type,
        "tipo_documental_nombre": type_name(record.doc_type),
        "nivel_acceso": "reservado" if record.restricted else "público",
        "firma": signature_element(record, signatures),
        "paginas": record.pages,
        "digitalizacion": scan_element(record, measured_dpi) if how == SCANNED else None,
        "registro": registry_element(record),
        "archivos": [
            {
                "nombre": f"{folder}/{name}",
                "rol": f.role,
                "descripcion": FILE_NAMES.get(f.role, f.role),
                "sha256": f.sha256,
                "bytes": f.size,
                "tipo_mime": f.media_type,
            }
            for name, f in file_names(record)
        ],
    }
    return data


def signature_element(record: DocumentRecord, signatures: list[SignatureView]) -> dict[str, Any]:
    """Signatures present: those verified at reception and those the municipality made."""
    found: list[dict[str, Any]] = []
    verified = [e for e in record.events if e.action == "firma_verificada"]
    if verified:
        report = verified[-1].detail
        for sig in report.get("signatures", []):
            found.append(
                {
                    "origen": "recibida",
                    "firmante": sig.get("signer"),
                    "rut": sig.get("rut"),
                    "fecha": sig.get("signing_time"),
                    "nivel": sig.get("level"),
                    "valida": bool(sig.get("ok")),
                }
            )
    for made in signatures:
        found.append(
            {
                "origen": "municipio",
                "firmante": made.signer,
                "fecha": made.signed_at.isoformat(),
                "nivel": made.level,
                "codigo_verificacion": made.code,
                "sha256_firmado": made.signed_sha256,
            }
        )
    has_signed_file = any(f.role == "signed" for f in record.files)
    return {"firmado": bool(found) or has_signed_file, "firmas": found}


def needs_measuring(record: DocumentRecord) -> bool:
    """A scanned PDF: its pages were read without a resolution of their own."""
    return mechanism(record) == SCANNED and not any(p.dpi for p in record.page_details)


def scan_element(record: DocumentRecord, measured_dpi: int | None = None) -> dict[str, Any]:
    """Resolution (the most common of the pages read by OCR, else measured on the file),
    pages and capture time."""
    scanned = [p for p in record.page_details if p.source == "ocr"] or list(record.page_details)
    dpis = Counter(round(p.dpi) for p in scanned if p.dpi)
    return {
        "resolucion_dpi": dpis.most_common(1)[0][0] if dpis else measured_dpi,
        "resolucion_supuesta": any(p.dpi_assumed for p in scanned),
        "paginas": record.pages,
        "paginas_digitalizadas": record.ocr_pages,
        "fecha_captura": _local(record.received_at),
        "estacion": record.station,
    }


def registry_element(record: DocumentRecord) -> dict[str, Any]:
    return {
        "serie": record.series,
        "anio": record.year,
        "numero": record.number,
        "direccion": record.direction,
        "estado": record.status,
        "fecha_recepcion": _local(record.received_at),
        "fecha_recepcion_legal": (
            record.legal_received_on.isoformat() if record.legal_received_on else None
        ),
        "fecha_registro": _local(record.registered_at),
        "estacion": record.station,
        "unidad": record.unit,
        "remitente": record.sender,
        "organizacion_remitente": record.sender_org,
        "destinatario": record.recipient,
        "numero_documento": record.doc_number,
        "antecedentes": record.antecedents,
        "nombre_original": record.original_name,
        "sha256_original": record.sha256,
    }


def index_row(meta: dict[str, Any], folder: str) -> list[str]:
    """One line of the bag's indice.csv."""
    scan = meta["digitalizacion"] or {}
    return [
        meta["identificador"],
        meta["titulo"],
        meta["fecha_creacion"],
        meta["mecanismo_incorporacion"],
        meta["tipo_documental"],
        meta["nivel_acceso"],
        "sí" if meta["firma"]["firmado"] else "no",
        str(meta["paginas"]),
        str(scan.get("resolucion_dpi") or ""),
        scan.get("fecha_captura") or "",
        folder,
        " ".join(f["nombre"] for f in meta["archivos"]),
    ]


def _local(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).isoformat(timespec="seconds")

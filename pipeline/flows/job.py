"""The job model: what one document's run knows, and what it reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import Actor, Database, FileStore, NewFile, Series
from index import SearchBackend
from ocr import OcrSettings
from pipeline.classification.classify import ClassifyPolicy
from pipeline.classification.model import TrainedModel
from pipeline.reception.policy import ReceptionPolicy

# The station of documents brought in by ``partes import``: received long ago, they have no
# stamp nor certificado de presentación to make (a station of partes.toml cannot take it).
IMPORT_STATION = "importacion"


@dataclass(frozen=True, kw_only=True)
class PipelineSettings:
    """Everything the stages need from the configuration, as plain values."""

    ocr: OcrSettings
    series: tuple[Series, ...]
    classify: ClassifyPolicy
    reception: ReceptionPolicy


@dataclass(frozen=True, kw_only=True)
class Services:
    """The I/O edges the stages write to."""

    db: Database
    store: FileStore
    index: SearchBackend
    quarantine_root: Path
    model_path: Path  # the trained classifier, derived from the registry's corrections


@dataclass(frozen=True, kw_only=True)
class JobContext:
    """One document's run: its work folder (removed afterwards), origin and settings."""

    workdir: Path
    station: str
    direction: str | None
    received_at: datetime
    actor: Actor
    settings: PipelineSettings
    model: TrainedModel | None = None
    # The whole scan this document was cut from at separator sheets, already stored: it is
    # linked to every document cut from it (role ``lote_original``).
    batch: NewFile | None = None


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What happened to one input file; the JSON lines of ``partes ingest --json``."""

    source: str
    status: str  # registered | duplicate | quarantined | paused (the system is broken)
    id: int | None = None
    registry_number: str | None = None
    series: str | None = None
    year: int | None = None
    number: int | None = None
    doc_type: str | None = None
    direction: str | None = None
    unit: str | None = None
    sender: str | None = None
    sender_org: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    reserved: bool = False
    type_confidence: float | None = None
    unit_confidence: float | None = None
    review: str | None = None
    legal_received_on: date | None = None
    pages: int | None = None
    ocr_pages: int | None = None
    sha256: str | None = None
    error: str | None = None
    quarantine_path: str | None = None
    seconds: float | None = None
    timings: dict[str, float] | None = None  # seconds per stage, for the log

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        for key in ("doc_date", "legal_received_on"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        data["ruts"] = list(self.ruts)
        data["timings"] = dict(self.timings) if self.timings else None
        return data

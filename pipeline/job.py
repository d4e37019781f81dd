"""The job model: what one document's run knows, and what it reports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from archive import Database, FileStore, Series
from index import SearchBackend
from ocr import OcrSettings
from pipeline.classify import Unit


@dataclass(frozen=True, kw_only=True)
class PipelineSettings:
    """Everything the stages need from the configuration, as plain values."""

    ocr: OcrSettings
    series: tuple[Series, ...]
    units: tuple[Unit, ...]
    own_names: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class Services:
    """The I/O edges the stages write to."""

    db: Database
    store: FileStore
    index: SearchBackend
    quarantine_root: Path


@dataclass(frozen=True, kw_only=True)
class JobContext:
    """One document's run: its work folder (removed afterwards), origin and settings."""

    workdir: Path
    station: str
    direction: str | None
    received_at: datetime
    actor: str
    settings: PipelineSettings


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """What happened to one input file; the JSON lines of ``partes ingest --json``."""

    source: str
    status: str  # registered | duplicate | quarantined
    id: int | None = None
    registry_number: str | None = None
    series: str | None = None
    year: int | None = None
    number: int | None = None
    doc_type: str | None = None
    direction: str | None = None
    unit: str | None = None
    sender: str | None = None
    subject: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    pages: int | None = None
    ocr_pages: int | None = None
    sha256: str | None = None
    error: str | None = None
    quarantine_path: str | None = None
    seconds: float | None = None

    def as_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["doc_date"] = self.doc_date.isoformat() if self.doc_date else None
        return data

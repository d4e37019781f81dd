"""What the REST API sends and takes, as pydantic models (its OpenAPI document)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from archive import DocumentRecord, EventView
from index import SearchHit
from pipeline import Outcome


class Document(BaseModel):
    id: int
    registry_number: str
    series: str
    year: int
    number: int
    doc_type: str
    direction: str
    unit: str | None
    sender: str | None
    sender_org: str | None
    recipient: str | None
    subject: str | None
    antecedents: str | None
    doc_number: str | None
    doc_date: date | None
    reserved: bool
    review: str | None
    type_confidence: float | None
    unit_confidence: float | None
    pages: int
    ocr_pages: int
    station: str
    received_at: datetime
    sha256: str

    @classmethod
    def of(cls, r: DocumentRecord) -> Document:
        return cls(
            **{name: getattr(r, name) for name in cls.model_fields if name != "review"},
            review=r.review,
        )


class StoredFile(BaseModel):
    kind: str
    sha256: str
    size: int
    media_type: str
    url: str


class DocumentDetail(Document):
    files: list[StoredFile]
    text: list[str] = Field(description="El texto de cada página, en orden")


class DocumentPage(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[Document]


class Hit(BaseModel):
    id: int
    registry_number: str
    score: float
    doc_type: str
    doc_date: date | None
    subject: str | None
    snippet: str

    @classmethod
    def of(cls, h: SearchHit) -> Hit:
        return cls(**{name: getattr(h, name) for name in cls.model_fields})


class SearchAnswer(BaseModel):
    hits: list[Hit]
    jump_to: str | None = Field(None, description="La consulta era un N° de registro")
    total: int = Field(0, description="Documentos que coinciden, en todas las páginas")
    offset: int = Field(0, description="Resultados saltados antes de esta página")
    facets: dict[str, dict[str, int]] | None = Field(
        None, description="Conteos por doc_type, unit y year (con facets=true)"
    )


class IngestOutcome(BaseModel):
    source: str
    status: str
    id: int | None
    registry_number: str | None
    doc_type: str | None
    direction: str | None
    unit: str | None
    subject: str | None
    sha256: str | None
    error: str | None

    @classmethod
    def of(cls, o: Outcome) -> IngestOutcome:
        values = {name: getattr(o, name) for name in cls.model_fields}
        return cls(**values | {"source": Path(o.source).name})  # never a server path


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    doc_type: str | None = None
    unit: str | None = None
    direction: str | None = None
    sender: str | None = Field(None, max_length=500)
    sender_org: str | None = Field(None, max_length=500)
    recipient: str | None = Field(None, max_length=500)
    subject: str | None = Field(None, max_length=2000)
    antecedents: str | None = Field(None, max_length=2000)
    doc_number: str | None = Field(None, max_length=60)
    doc_date: date | None = None
    reserved: bool | None = None


class CorrectionOut(BaseModel):
    document: Document
    changed: dict[str, Any]
    model_examples: int


class Event(BaseModel):
    id: int
    at: datetime
    actor: str
    role: str
    channel: str
    action: str
    registry_number: str | None
    detail: dict[str, Any]

    @classmethod
    def of(cls, e: EventView) -> Event:
        return cls(**{name: getattr(e, name) for name in cls.model_fields})


class Verification(BaseModel):
    result: str
    error: str | None
    signatures: list[dict[str, Any]]


class Problem(BaseModel):
    error: str
    hint: str | None = None

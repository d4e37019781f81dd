"""Tables of the registry database (SQLAlchemy 2 declarative, typed)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC, returns aware datetimes: SQLite keeps no time zone of its own."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    original_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(40))
    direction: Mapped[str] = mapped_column(String(20))
    doc_type: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str | None] = mapped_column(String(40))
    sender: Mapped[str | None] = mapped_column(Text)
    sender_org: Mapped[str | None] = mapped_column(Text)
    recipient: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str | None] = mapped_column(Text)
    antecedents: Mapped[str | None] = mapped_column(Text)
    doc_number: Mapped[str | None] = mapped_column(String(60))
    doc_date: Mapped[date | None] = mapped_column(Date)
    ruts: Mapped[list[str]] = mapped_column(JSON, default=list)
    reserved: Mapped[bool] = mapped_column(Boolean, default=False)
    type_confidence: Mapped[float | None] = mapped_column(Float)
    unit_confidence: Mapped[float | None] = mapped_column(Float)
    # "por_revisar" until a clerk confirms or corrects the labels, then "revisado"
    review: Mapped[str | None] = mapped_column(String(20), index=True)
    # Ley 19.880: a document received on a Saturday, Sunday or holiday counts from the next
    # working day; received_at keeps the real instant.
    legal_received_on: Mapped[date | None] = mapped_column(Date)
    page_count: Mapped[int] = mapped_column(Integer)
    ocr_page_count: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="registered")
    indexed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    # Raised by every change of what the index holds (a correction): an index write knows
    # whether the record it read is still the current one.
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    files: Mapped[list[StoredFile]] = relationship(back_populates="document")
    entries: Mapped[list[RegistryEntry]] = relationship(
        back_populates="document", foreign_keys="RegistryEntry.document_id"
    )
    pages: Mapped[list[Page]] = relationship(order_by="Page.number")


class StoredFile(Base):
    __tablename__ = "stored_files"
    __table_args__ = (UniqueConstraint("document_id", "role", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    pdfa_verdict: Mapped[str | None] = mapped_column(String(20))

    document: Mapped[Document] = relationship(back_populates="files")


class SeriesCounter(Base):
    __tablename__ = "series_counters"

    series: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class RegistryEntry(Base):
    """One line of the libro de registro; lines are chained by hash and never rewritten."""

    __tablename__ = "registry_entries"
    __table_args__ = (
        UniqueConstraint("series", "year", "number"),
        Index("ix_registry_entries_kind", "kind"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    registry_number: Mapped[str] = mapped_column(String(30), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    refers_to_id: Mapped[int | None] = mapped_column(ForeignKey("registry_entries.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)

    document: Mapped[Document] = relationship(back_populates="entries", foreign_keys=[document_id])


class BookLine(Base):
    """One line of the libro de registro as it was written: a registration, a correction of
    what the book shows, or an annulment. Append-only and chained by hash; ``content`` is
    the canonical JSON the hash covers, so the line proves itself without the document."""

    __tablename__ = "book_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("registry_entries.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # registro | correccion | anulacion
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    prev_hash: Mapped[str] = mapped_column(String(64))
    line_hash: Mapped[str] = mapped_column(String(64), unique=True)


class Event(Base):
    """One action or access (DS 10/2023 arts. 11 and 37): append-only, chained by hash.

    Database triggers refuse UPDATE and DELETE; ``hash`` covers the previous event's hash.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100), index=True)
    role: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[str] = mapped_column(String(10), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64), default="")


class User(Base):
    """A person who works in the system; the password hash is argon2id (None: CLI only)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Page(Base):
    """Text of one page, kept so the index can be rebuilt without OCR."""

    __tablename__ = "pages"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(10))
    confidence: Mapped[float | None] = mapped_column(Float)
    dpi: Mapped[float | None] = mapped_column(Float)
    dpi_assumed: Mapped[bool] = mapped_column(Boolean, default=False)


class ApiToken(Base):
    """A bearer token of the API, for a person or a station; only its SHA-256 is kept."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    login: Mapped[str | None] = mapped_column(String(60))
    station: Mapped[str | None] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Signature(Base):
    """A signature the Secretario made, by the verification code printed on its stamp."""

    __tablename__ = "signatures"

    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    signed_sha256: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(300), default="")
    level: Mapped[str] = mapped_column(String(10), default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Derivation(Base):
    """A document sent to a unit (or a person in it) with a providencia and a plazo.

    Rows change state (received, closed) but never disappear; every change is also an
    event of the document, so the path is kept twice: as state and as history."""

    __tablename__ = "derivations"
    __table_args__ = (
        Index("ix_derivations_unit_state", "unit", "state"),
        Index("ix_derivations_state_due_on", "state", "due_on"),
        Index("ix_derivations_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("derivations.id"))
    unit: Mapped[str] = mapped_column(String(40))
    person: Mapped[str | None] = mapped_column(String(60))
    instruction: Mapped[str] = mapped_column(String(20))
    providencia: Mapped[str] = mapped_column(Text, default="")
    plazo_days: Mapped[int | None] = mapped_column(Integer)
    plazo_source: Mapped[str] = mapped_column(String(20), default="tabla")
    due_on: Mapped[date | None] = mapped_column(Date)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    # pendiente → recibida → cerrada; or rederivada when sent on
    state: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(100))
    closing: Mapped[str | None] = mapped_column(String(20))
    closing_note: Mapped[str | None] = mapped_column(Text)
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)


class DerivationNote(Base):
    """A note a unit adds to what it was sent (part of the expediente)."""

    __tablename__ = "derivation_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    derivation_id: Mapped[int] = mapped_column(ForeignKey("derivations.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)

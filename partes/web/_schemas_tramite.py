"""What the distribution part of the REST API sends and takes."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from archive import DerivationView
from partes.services import Expediente, PlazoLine

Instruction = Literal["conocimiento", "informe", "respuesta", "tramitacion", "archivo", "otra"]


class DerivationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    units: list[str] = Field(min_length=1, max_length=20)
    instruction: Instruction
    person: str | None = Field(default=None, max_length=60)
    providencia: str = Field(default="", max_length=2000)
    days: int | None = Field(default=None, ge=1, le=365)


class NoteIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    note: str = Field(min_length=1, max_length=2000)


class AnswerIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answer: str = Field(min_length=1, max_length=40, description="N° de registro de la respuesta")


class Derivation(BaseModel):
    id: int
    registry_number: str
    unit: str
    person: str | None
    instruction: str
    providencia: str
    plazo_days: int | None
    plazo_source: str
    due: date | None
    state: str
    derived_at: datetime
    derived_by: str
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    closed_at: datetime | None
    closing: str | None
    closing_note: str | None
    answer: str | None

    @classmethod
    def of(cls, d: DerivationView) -> Derivation:
        return cls(
            id=d.id,
            registry_number=d.registry_number,
            unit=d.unit,
            person=d.person,
            instruction=d.instruction,
            providencia=d.providencia,
            plazo_days=d.plazo_days,
            plazo_source=d.plazo_source,
            due=d.due_on,
            state=d.state,
            derived_at=d.created_at,
            derived_by=d.created_by,
            acknowledged_at=d.acknowledged_at,
            acknowledged_by=d.acknowledged_by,
            closed_at=d.closed_at,
            closing=d.closing,
            closing_note=d.closing_note,
            answer=d.answer_number,
        )


class PlazoItem(Derivation):
    standing: str
    business_days_left: int | None

    @classmethod
    def of_line(cls, line: PlazoLine) -> PlazoItem:
        base = Derivation.of(line.derivation).model_dump()
        return cls(**base, standing=line.standing, business_days_left=line.days_left)


class Piece(BaseModel):
    order: int
    registry_number: str
    role: str
    incorporated_at: datetime
    sha256: str


class ExpedienteOut(BaseModel):
    identifier: str
    registry_number: str
    documents: list[Piece]
    derivations: list[Derivation]

    @classmethod
    def of(cls, made: Expediente) -> ExpedienteOut:
        return cls(
            identifier=made.identifier,
            registry_number=made.record.registry_number,
            documents=[
                Piece(
                    order=p.order,
                    registry_number=p.registry_number,
                    role=p.role,
                    incorporated_at=p.incorporated_at,
                    sha256=p.sha256,
                )
                for p in made.pieces
            ],
            derivations=[Derivation.of(d) for d in made.derivations],
        )

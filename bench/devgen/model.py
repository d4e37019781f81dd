"""What a generated document is: its ground truth and the blocks the renderer lays out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

Align = str  # "left", "center", "right" or "justify"


@dataclass(frozen=True)
class Truth:
    """What a careful clerk would register for the document (fields of bench.scoring)."""

    kind: str
    doc_type: str
    direction: str
    unit: str
    subject: str | None
    doc_number: str | None
    doc_date: date
    sender: str | None
    sender_org: str | None
    recipient: str | None
    antecedents: str | None
    ruts: tuple[str, ...]
    reserved: bool
    topic: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "doc_type": self.doc_type,
            "direction": self.direction,
            "unit": self.unit,
            "subject": self.subject,
            "doc_number": self.doc_number,
            "doc_date": self.doc_date.isoformat(),
            "sender": self.sender,
            "sender_org": self.sender_org,
            "recipient": self.recipient,
            "antecedents": self.antecedents,
            "ruts": list(self.ruts),
            "reserved": self.reserved,
            "topic": self.topic,
        }


# --- blocks --------------------------------------------------------------------------


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    emblem: str = "none"  # muni, gob, seal, company or none
    align: Align = "left"


@dataclass(frozen=True)
class Heading:
    text: str
    align: Align = "center"
    size: float = 2.0  # points above the body size
    bold: bool = True
    underline: bool = False


@dataclass(frozen=True)
class Fields:
    """Label/value rows: ORD. N° / ANT. / MAT. / DE / A, a form's boxes, ..."""

    rows: tuple[tuple[str, str], ...]
    boxed: bool = False
    side: str = "full"  # full, left or right
    bold_labels: bool = True


@dataclass(frozen=True)
class Para:
    text: str
    align: Align = "justify"
    bold: bool = False
    indent: float = 0.0  # first-line indent in mm
    size: float = 0.0  # points relative to the body size
    left: float = 0.0  # left indent in mm


@dataclass(frozen=True)
class Table:
    rows: tuple[tuple[str, ...], ...]
    header: bool = True
    widths: tuple[float, ...] = ()  # relative widths


@dataclass(frozen=True)
class Signer:
    name: str
    cargo: str
    org: str = ""


@dataclass(frozen=True)
class Signature:
    signers: tuple[Signer, ...]
    align: Align = "center"
    closing: str = ""
    rule: bool = True  # a line to sign on


@dataclass(frozen=True)
class Listing:
    """DISTRIBUCIÓN:, c.c.:, Adjunta: ... in a smaller size."""

    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Space:
    mm: float


@dataclass(frozen=True)
class Columns:
    """Two blocks of lines side by side (an office's data left, number and date right)."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    bold_right: bool = True


@dataclass(frozen=True)
class Box:
    """A framed note: RESERVADO, a portal's receipt, a verification code."""

    lines: tuple[str, ...]
    align: Align = "left"
    bold: bool = False


Block = Letterhead | Heading | Fields | Para | Table | Signature | Listing | Space | Columns | Box


@dataclass(frozen=True)
class Draft:
    """A document ready to render: the head, the body (which may flow in two columns) and
    the page furniture."""

    truth: Truth
    head: tuple[Block, ...]
    body: tuple[Block, ...]
    footer: tuple[str, ...] = ()
    two_columns: bool = False
    stamp: tuple[str, ...] = ()  # a reception stamp (scanned paper only)
    watermark: str = ""  # e.g. RESERVADO, COPIA
    extras: dict[str, Any] = field(default_factory=dict)

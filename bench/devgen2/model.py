"""A Vichuquén document ready to lay out: devgen's blocks (paragraphs, label/value rows,
tables, signatures, lists, boxes) plus the ones this generator's layouts need, and the page
furniture (footer, page label, running head, stamp)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen.model import (
    Box,
    Fields,
    Heading,
    Listing,
    Para,
    Signature,
    Signer,
    Space,
    Table,
    Truth,
)

__all__ = [
    "Block",
    "Box",
    "Column",
    "Doc",
    "Fields",
    "Head",
    "Heading",
    "Listing",
    "Pair",
    "Para",
    "Rule",
    "Signature",
    "Signer",
    "Space",
    "Table",
    "Truth",
]


@dataclass(frozen=True)
class Head:
    """A letterhead: an emblem, the caption under it, and the office's lines."""

    lines: tuple[str, ...]
    emblem: str = "none"  # escudo, gob, cgr, pjud, carab, seal or none
    align: str = "left"  # left, center or right
    caption: str = ""  # printed under the emblem ("REPÚBLICA DE CHILE")
    rule: bool = False  # a line under the letterhead


@dataclass(frozen=True)
class Column:
    """Lines set in a narrow column at one side: the number block of an oficio."""

    lines: tuple[str, ...]
    side: str = "right"
    width: float = 0.48  # share of the text width
    boxed: bool = False


@dataclass(frozen=True)
class Pair:
    """Two cells side by side: «DE: …» beside «A: …», or the office beside its number."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    split: float = 0.5
    boxed: bool = False
    right_align: str = "left"


@dataclass(frozen=True)
class Rule:
    thickness: float = 0.6


Block = (
    Head
    | Column
    | Pair
    | Rule
    | Heading
    | Fields
    | Para
    | Table
    | Signature
    | Listing
    | Space
    | Box
)


@dataclass(frozen=True)
class Doc:
    truth: Truth
    blocks: tuple[Block, ...]
    footer: tuple[str, ...] = ()
    footer_align: str = "center"
    footer_rule: bool = False
    page_label: str = ""  # e.g. "Página {p} de {n}", "{p}/{n}", "- {p} -"
    label_at: str = "bottom-right"  # bottom-right, bottom-center or top-right
    running: str = ""  # printed at the top of the pages after the first
    stamp: tuple[str, ...] = ()  # the Oficina de Partes' reception stamp
    watermark: str = ""

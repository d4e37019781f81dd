"""A document of the state ready to lay out: devgen2's blocks (bench.devgen2.model) plus the ones
the state's platforms print (the two-column head of a resolution, DocDigital's header table, an
advanced e-signature's appearance) and the bottom-left stamp that carries a resolution's
number and date when the header leaves them blank."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2 import model as model2
from bench.devgen2.model import Truth

__all__ = ["Banner", "Block", "Doc", "Grid", "SealBox", "Stamp"]


@dataclass(frozen=True)
class Banner:
    """Service block left (mark over its lines), a block of lines right, both from the top."""

    left: tuple[str, ...]
    right: tuple[str, ...]  # "" is a blank line
    emblem: str = "none"
    split: float = 0.5  # the left block's share of the width
    right_bold: bool = True
    right_align: str = "left"
    rule: bool = False  # a line under the whole head


@dataclass(frozen=True)
class Grid:
    """A header table with shaded label cells: (label, value) or (label, value, label, value)."""

    rows: tuple[tuple[str, ...], ...]
    shade: bool = True
    title: str = ""  # a band across the top («DATOS DEL DOCUMENTO»)


@dataclass(frozen=True)
class SealBox:
    """An advanced e-signature appearance: a QR-like square beside the signer's lines."""

    lines: tuple[str, ...]
    code: str  # seeds the square's pattern
    align: str = "left"
    width: float = 0.6  # share of the text width


@dataclass(frozen=True)
class Stamp:
    """The stamp at the bottom left that gives a resolution its number and date."""

    lines: tuple[str, ...]
    mode: str = "text"  # text, rotated (along the left margin), image (a raster), image-turned
    pages: str = "first"  # first, last or all


Block = Banner | Grid | SealBox | model2.Block


@dataclass(frozen=True)
class Doc:
    truth: Truth
    blocks: tuple[Block, ...]
    footer: tuple[str, ...] = ()
    page_label: str = ""  # «Página {p} de {n}»
    label_at: str = "bottom-right"  # bottom-right, bottom-center or top-right
    running: str = ""  # printed at the top of the pages after the first
    digital: Stamp | None = None
    band: str = ""  # a platform's band across the top of every page («DocDigital»)
    reception: tuple[str, ...] = ()  # the Oficina de Partes' stamp (scanned paper only)

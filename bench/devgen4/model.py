"""A Putre document ready to lay out: devgen2's and devgen3's blocks, plus what this set's
papers need (a page break before an annex, a court's or an organisation's round seal, a
letterhead with Putre's own mark) and its page furniture: notebook ruling under a letter
written at home, a summary in a wide margin, a browser's print header and footer around an
e-mail, and the Oficina de Partes' RECIBIDO stamp."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Truth
from bench.devgen3 import model as model3

__all__ = ["Block", "Break", "Doc", "Margin", "Photos", "Seal", "Truth"]


@dataclass(frozen=True)
class Break:
    """A new page (an annex starts on its own sheet)."""


@dataclass(frozen=True)
class Seal:
    """A round rubber seal in violet ink, its words set across it, beside a signature."""

    lines: tuple[str, ...]
    align: str = "left"


@dataclass(frozen=True)
class Photos:
    """An annex's photographs (grey prints of a landscape), two by row, with captions."""

    captions: tuple[str, ...]


Block = Break | Seal | Photos | model3.Block


@dataclass(frozen=True)
class Margin:
    """Lines set in a wide margin of the first page, from the top of the text («MAT.: …»)."""

    lines: tuple[str, ...]
    side: str = "left"  # left or right
    width: float = 52.0  # mm


@dataclass(frozen=True)
class Doc:
    truth: Truth
    blocks: tuple[Block, ...]
    footer: tuple[str, ...] = ()
    page_label: str = ""  # «Página {p} de {n}», «{p}/{n}»
    label_at: str = "bottom-right"  # bottom-right, bottom-center or top-right
    running: str = ""  # printed at the top of the pages after the first
    paper: str = "office"  # office, hand (a letter written at home) or mail (a printed e-mail)
    ruled: bool = False  # notebook lines under a letter
    margin: Margin | None = None
    browser: tuple[str, str, str] = ("", "", "")  # top left, top centre, bottom left
    reception: tuple[str, ...] = ()  # the Oficina de Partes' stamp (scanned paper only)

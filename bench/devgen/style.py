"""The visual style of one document: paper, fonts, sizes, margins, page numbers."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

OFICIO = (8.5 * 72, 13 * 72)  # the Chilean "oficio" paper
PAGES = (LETTER, LETTER, OFICIO, A4)
TRUETYPE = Path("/usr/share/fonts/truetype")
# family: "regular file|bold file" under TRUETYPE, or "" for a PDF base font.
FAMILIES: dict[str, str] = {
    "DejaVuSans": "dejavu/DejaVuSans.ttf|dejavu/DejaVuSans-Bold.ttf",
    "DejaVuSerif": "dejavu/DejaVuSerif.ttf|dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuSansCondensed": "dejavu/DejaVuSansCondensed.ttf|dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerifCondensed": "dejavu/DejaVuSerifCondensed.ttf|dejavu/DejaVuSerifCondensed-Bold.ttf",
    "LiberationSans": "liberation/LiberationSans-Regular.ttf|liberation/LiberationSans-Bold.ttf",
    "LiberationSerif": "liberation/LiberationSerif-Regular.ttf|liberation/LiberationSerif-Bold.ttf",
    "LiberationSansNarrow": "liberation/LiberationSansNarrow-Regular.ttf"
    "|liberation/LiberationSansNarrow-Bold.ttf",
    "LiberationMono": "liberation/LiberationMono-Regular.ttf|liberation/LiberationMono-Bold.ttf",
    "NotoSansMono": "noto/NotoSansMono-Regular.ttf|noto/NotoSansMono-Bold.ttf",
    "Helvetica": "",
    "Times-Roman": "",
    "Courier": "",
}
BASE_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
_registered: set[str] = set()


def fonts(family: str) -> tuple[str, str]:
    """(regular, bold) font names, registering TrueType files on first use."""
    if not FAMILIES[family]:
        return family, BASE_BOLD[family]
    regular_file, bold_file = FAMILIES[family].split("|")
    bold = f"{family}-Bold"
    if family not in _registered:
        pdfmetrics.registerFont(TTFont(family, str(TRUETYPE / regular_file)))
        pdfmetrics.registerFont(TTFont(bold, str(TRUETYPE / bold_file)))
        pdfmetrics.registerFontFamily(
            family, normal=family, bold=bold, italic=family, boldItalic=bold
        )
        _registered.add(family)
    return family, bold


def available_families() -> list[str]:
    """The base fonts, and the TrueType families installed on this machine."""
    return [
        f for f, files in FAMILIES.items() if not files or (TRUETYPE / files.split("|")[0]).exists()
    ]


@dataclass(frozen=True)
class Style:
    page: tuple[float, float]
    regular: str
    bold: str
    size: float
    leading: float
    margins: tuple[float, float, float, float]  # left, right, top, bottom (points)
    numbers: str  # "", "x de y", "- x -", "Pág. x"
    rule_under_head: bool
    grid_fields: bool
    header_family: tuple[str, str]  # the letterhead may use another family
    stamp_at: tuple[float, float, float]  # reception stamp: mm from the right, mm down, degrees

    @property
    def width(self) -> float:
        return self.page[0] - self.margins[0] - self.margins[1]


def choose_style(rng: random.Random) -> Style:
    families = available_families()
    regular, bold = fonts(rng.choice(families))
    header = fonts(rng.choice(families)) if rng.random() < 0.3 else (regular, bold)
    size = rng.choice((9.5, 10, 10.5, 11, 11, 11.5, 12))
    margins = (
        rng.uniform(20, 35) * mm,
        rng.uniform(15, 25) * mm,
        rng.uniform(12, 25) * mm,
        rng.uniform(15, 25) * mm,
    )
    return Style(
        page=rng.choice(PAGES),
        regular=regular,
        bold=bold,
        size=size,
        leading=size * rng.uniform(1.2, 1.4),
        margins=margins,
        numbers=rng.choice(("", "", "x de y", "- x -", "Pág. x")),
        rule_under_head=rng.random() < 0.35,
        grid_fields=rng.random() < 0.2,
        header_family=header,
        stamp_at=(rng.uniform(60, 80), rng.uniform(14, 40), rng.uniform(-8, 8)),
    )

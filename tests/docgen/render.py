"""Born-digital PDFs (reportlab) and scans of them (pypdfium2 + Pillow: noise, skew)."""

from __future__ import annotations

import io
import random
from pathlib import Path

import img2pdf
import numpy as np
import pypdfium2
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tests.docgen.content import Truth

MARGIN = 72
BODY_FONT, BOLD_FONT, SIZE = "Times-Roman", "Times-Bold", 12
# What a word processor embeds (for PDF/A): Debian's DejaVu Serif, registered on first use.
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
EMBEDDED = {"Times-Roman": "DejaVuSerif", "Times-Bold": "DejaVuSerif-Bold"}


def _embedded_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name in EMBEDDED.values():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(_DEJAVU / f"{name}.ttf")))


def render_pdf(truth: Truth, dest: Path, *, embed_fonts: bool = False) -> None:
    """A one-page document as an office would print it from a word processor; with
    ``embed_fonts``, its fonts are embedded (as Word's «PDF/A» export does)."""
    body, bold = BODY_FONT, BOLD_FONT
    if embed_fonts:
        _embedded_fonts()
        body, bold = EMBEDDED[BODY_FONT], EMBEDDED[BOLD_FONT]
    # reportlab declares its initial font on every page: make it one that is embedded.
    initial = {"initialFontName": body} if embed_fonts else {}
    canvas = Canvas(str(dest), pagesize=LETTER, invariant=True, **initial)
    canvas.setTitle(truth.subject or truth.doc_type)
    width, height = LETTER
    y = height - MARGIN
    for raw in truth.lines:
        if raw.startswith("%"):
            y = _two_columns(canvas, raw[1:], y, width, (body, bold))
        elif raw.startswith("#"):
            canvas.setFont(bold, SIZE + 1)
            canvas.drawString(MARGIN, y, raw[1:])
            y -= SIZE * 1.6
        elif raw.startswith("@"):
            canvas.setFont(body, SIZE)
            canvas.drawCentredString(width / 2, y, raw[1:])
            y -= SIZE * 1.4
        elif not raw:
            y -= SIZE
        else:
            canvas.setFont(body, SIZE)
            for part in simpleSplit(raw, body, SIZE, width - 2 * MARGIN):
                canvas.drawString(MARGIN, y, part)
                y -= SIZE * 1.4
    canvas.showPage()
    canvas.save()


def _two_columns(canvas: Canvas, raw: str, y: float, width: float, fonts: tuple[str, str]) -> float:
    """Letterhead on the left, the number block on the right half, as many offices print."""
    body, bold = fonts
    left, right = raw.split("\t")
    column = width / 2 - 10
    lefts = simpleSplit(left, bold, SIZE - 2, column - MARGIN - 14) or [""]
    rights = simpleSplit(right, body, SIZE, width - MARGIN - column) or [""]
    for row in range(max(len(lefts), len(rights))):
        if row < len(lefts):
            canvas.setFont(bold, SIZE - 2)
            canvas.drawString(MARGIN, y, lefts[row])
        if row < len(rights):
            canvas.setFont(body, SIZE)
            canvas.drawString(column, y, rights[row])
        y -= SIZE * 1.4
    return y


def rasterize(pdf: Path, *, dpi: int = 300) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document
        ]
    finally:
        document.close()


def degrade(image: Image.Image, rng: random.Random, *, skew: float = 0.8) -> Image.Image:
    """A scanner's look: a slight skew, a little blur, paper grain and specks."""
    angle = rng.uniform(-skew, skew)
    out = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    out = out.filter(ImageFilter.GaussianBlur(radius=0.6))
    # Paper grain from the seeded generator (PIL's effect_noise is not seeded): the same
    # seed gives the same pixels, so tests that read scans are reproducible.
    noise = np.random.default_rng(rng.randrange(2**32)).normal(128, 18, out.size[::-1])
    grain = np.where(noise > 120, 255, noise + 120).clip(0, 255).astype(np.uint8)
    out = Image.blend(out, Image.fromarray(grain, mode="L"), 0.12)
    pixels = out.load()
    assert pixels is not None
    for _ in range(out.size[0] * out.size[1] // 4000):
        x, y = rng.randrange(out.size[0]), rng.randrange(out.size[1])
        pixels[x, y] = rng.randint(0, 90)
    return out


def save_scan(images: list[Image.Image], dest: Path, *, dpi: int = 300) -> None:
    """Write a scan as image-only PDF, JPEG or TIFF, by the destination's extension."""
    suffix = dest.suffix.lower()
    if suffix == ".pdf":
        pages = []
        for image in images:
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=85, dpi=(dpi, dpi))
            pages.append(buffer.getvalue())
        dest.write_bytes(img2pdf.convert(pages))
    elif suffix in (".jpg", ".jpeg"):
        images[0].save(dest, format="JPEG", quality=88, dpi=(dpi, dpi))
    elif suffix in (".tif", ".tiff"):
        images[0].save(
            dest,
            format="TIFF",
            compression="tiff_lzw",
            dpi=(dpi, dpi),
            save_all=True,
            append_images=images[1:],
        )
    elif suffix == ".png":
        images[0].save(dest, format="PNG", dpi=(dpi, dpi))
    else:
        raise ValueError(f"unknown scan format {suffix}")

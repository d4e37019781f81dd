"""Paper through a scanner: rasterise a PDF, tilt it, add noise, blur and JPEG artefacts, and
save the pages as an image PDF or a multi-page TIFF."""

from __future__ import annotations

import io
import random
from pathlib import Path

import img2pdf
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageEnhance, ImageFilter


def rasterise(pdf: Path, dpi: int) -> list[Image.Image]:
    document = pdfium.PdfDocument(str(pdf))
    try:
        return [
            page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document
        ]
    finally:
        document.close()


def degrade(page: Image.Image, rng: random.Random, *, dpi: int) -> Image.Image:
    """One scanned sheet: a slight tilt and offset, uneven toner, noise, softness."""
    angle = rng.uniform(-1.6, 1.6) if rng.random() < 0.85 else rng.uniform(-3.0, 3.0)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if rng.random() < 0.5:
        shift = (rng.randint(-dpi // 15, dpi // 15), rng.randint(-dpi // 15, dpi // 15))
        page = page.transform(
            page.size, Image.Transform.AFFINE, (1, 0, shift[0], 0, 1, shift[1]), fillcolor=255
        )
    page = ImageEnhance.Contrast(page).enhance(rng.uniform(0.75, 1.25))
    page = ImageEnhance.Brightness(page).enhance(rng.uniform(0.92, 1.06))
    pixels = np.asarray(page, dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(3, 14), pixels.shape)
    if rng.random() < 0.4:  # the page is a little darker towards one edge
        ramp = np.linspace(0, rng.uniform(10, 35), pixels.shape[1], dtype=np.float32)
        pixels = pixels - (ramp if rng.random() < 0.5 else ramp[::-1])[None, :]
    page = Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8), "L")
    radius = rng.uniform(0.2, 1.0) * dpi / 300
    page = page.filter(ImageFilter.GaussianBlur(radius))
    if rng.random() < 0.25:  # a speck or two of dust
        _specks(page, rng)
    return page


def _specks(page: Image.Image, rng: random.Random) -> None:
    width, height = page.size
    for _ in range(rng.randint(3, 30)):
        x, y = rng.randrange(width), rng.randrange(height)
        size = rng.randint(1, 4)
        page.paste(rng.randint(0, 90), (x, y, min(width, x + size), min(height, y + size)))


def _jpeg(page: Image.Image, quality: int, dpi: int) -> bytes:
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return buffer.getvalue()


def save_scan(pages: list[Image.Image], dest: Path, rng: random.Random, *, dpi: int) -> None:
    """An image PDF of JPEG pages, or a TIFF (LZW grey or Group 4 black and white)."""
    if dest.suffix.lower() in (".tif", ".tiff"):
        if rng.random() < 0.5:
            threshold = rng.randint(140, 185)
            frames = [
                p.point(lambda v, t=threshold: 255 if v > t else 0).convert("1") for p in pages
            ]
            frames[0].save(
                dest, save_all=True, append_images=frames[1:], compression="group4", dpi=(dpi, dpi)
            )
        else:
            frames = [Image.open(io.BytesIO(_jpeg(p, rng.randint(55, 90), dpi))) for p in pages]
            frames[0].save(
                dest,
                save_all=True,
                append_images=frames[1:],
                compression="tiff_lzw",
                dpi=(dpi, dpi),
            )
        return
    quality = rng.randint(35, 88)
    layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
    pdf = img2pdf.convert(
        [_jpeg(p, quality, dpi) for p in pages],
        layout_fun=layout,
        nodate=True,
        engine=img2pdf.Engine.internal,
    )
    dest.write_bytes(pdf)


def scan(clean: Path, dest: Path, rng: random.Random) -> int:
    """Write ``dest`` from the born-digital ``clean``; returns the resolution used."""
    dpi = rng.choice((200, 240, 300, 300))
    pages = [degrade(p, rng, dpi=dpi) for p in rasterise(clean, dpi)]
    save_scan(pages, dest, rng, dpi=dpi)
    return dpi

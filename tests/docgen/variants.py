"""Unusual inputs a scanner or a clerk can produce, made from the generated documents."""

from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

import img2pdf
import pikepdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from tests.docgen import Generated, make_document
from tests.docgen.render import degrade, rasterize


def scan_image(
    kind: str, *, seed: int, topic_index: int, dpi: int = 300
) -> tuple[Image.Image, Generated]:
    """A degraded grayscale page image and the document it shows (its PDF in a folder of
    its own: pytest-xdist's workers build the same fixtures at the same time)."""
    with tempfile.TemporaryDirectory(prefix="partes-variant-") as folder:
        tmp = Path(folder) / f"{seed}.pdf"
        doc = make_document(kind, tmp, seed=seed, topic_index=topic_index)
        page = degrade(rasterize(tmp, dpi=dpi)[0], random.Random(seed))
    return page, doc


def save_image(
    image: Image.Image, dest: Path, *, mode: str, fmt: str, dpi: int | None, **kw: object
) -> Path:
    """``image`` converted to ``mode`` and written as ``fmt``, with or without a DPI."""
    converted = image.convert(mode)
    options: dict[str, object] = dict(kw)
    if dpi:
        options["dpi"] = (dpi, dpi)
    converted.save(dest, format=fmt, **options)
    return dest


def banner_page(banner: str, body: str) -> Image.Image:
    """A 300 dpi page with a light-on-dark banner (letterheads have them) above dark text."""
    image = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 60)
    draw.rectangle((150, 150, 2330, 450), fill=0)
    draw.text((250, 250), banner, font=font, fill=255)
    draw.text((250, 700), body, font=font, fill=0)
    return image


def with_alpha(image: Image.Image) -> Image.Image:
    rgba = image.convert("RGBA")
    rgba.putalpha(255)
    return rgba


def multipage_tiff(images: list[Image.Image], dest: Path, *, compression: str, mode: str) -> Path:
    frames = [im.convert(mode) for im in images]
    frames[0].save(
        dest,
        format="TIFF",
        compression=compression,
        dpi=(300, 300),
        save_all=True,
        append_images=frames[1:],
    )
    return dest


def image_pdf(image: Image.Image, dest: Path, *, rotate: int = 0) -> Path:
    """A scanner's PDF: the page is one JPEG; ``rotate`` turns the paper, not the page box."""
    turned = image.rotate(-rotate, expand=True) if rotate else image
    buffer = io.BytesIO()
    turned.convert("L").save(buffer, format="JPEG", quality=88, dpi=(300, 300))
    dest.write_bytes(img2pdf.convert(buffer.getvalue()))
    return dest


def merge(parts: list[Path], dest: Path) -> Path:
    with pikepdf.new() as out:
        for part in parts:
            with pikepdf.open(part) as src:
                out.pages.extend(src.pages)
        out.save(dest)
    return dest


def with_ocr_layer(image: Image.Image, words: str, dest: Path) -> Path:
    """A scan that already carries an (invisible) text layer, as earlier OCR software leaves."""
    width, height = LETTER
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="JPEG", quality=85)
    canvas = Canvas(str(dest), pagesize=LETTER, invariant=True)
    from reportlab.lib.utils import ImageReader

    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    text = canvas.beginText(72, height - 100)
    text.setTextRenderMode(3)  # invisible
    text.setFont("Helvetica", 11)
    for line in words.splitlines():
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return dest


def form_pdf(dest: Path) -> Path:
    """A born-digital form with fillable fields (AcroForm)."""
    canvas = Canvas(str(dest), pagesize=LETTER)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(72, 720, "FORMULARIO DE SOLICITUD DE PATENTE COMERCIAL")
    canvas.drawString(72, 690, "Nombre del solicitante:")
    canvas.acroForm.textfield(name="nombre", x=230, y=684, width=250, height=18, value="Rosa Vidal")
    canvas.drawString(72, 660, "Dirección del local comercial en la comuna de Negrete:")
    canvas.acroForm.textfield(name="direccion", x=72, y=630, width=400, height=18)
    canvas.showPage()
    canvas.save()
    return dest


def vector_drawing_pdf(dest: Path) -> Path:
    """A page whose only content is vector drawing (a site plan): no text, no image."""
    canvas = Canvas(str(dest), pagesize=LETTER)
    canvas.setLineWidth(2)
    canvas.rect(100, 300, 400, 300)
    canvas.line(100, 450, 500, 450)
    canvas.line(300, 300, 300, 600)
    canvas.circle(200, 520, 40)
    canvas.showPage()
    canvas.save()
    return dest


def rotated_born_digital(source: Path, dest: Path, angle: int) -> Path:
    with pikepdf.open(source) as pdf:
        for page in pdf.pages:
            page.rotate(angle, relative=True)
        pdf.save(dest)
    return dest


def signed_structure(source: Path, dest: Path) -> Path:
    """A PDF with a signature field holding a signature dictionary (detection only)."""
    with pikepdf.open(source) as pdf:
        sig = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Sig,
                Filter=pikepdf.Name("/Adobe.PPKLite"),
                SubFilter=pikepdf.Name("/ETSI.CAdES.detached"),
                Contents=pikepdf.String(b"\0" * 64),
                ByteRange=pikepdf.Array([0, 0, 0, 0]),
            )
        )
        field = pdf.make_indirect(
            pikepdf.Dictionary(
                FT=pikepdf.Name.Sig,
                T=pikepdf.String("Firma1"),
                V=sig,
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                Rect=pikepdf.Array([0, 0, 0, 0]),
                P=pdf.pages[0].obj,
            )
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([field]))
        pdf.Root.AcroForm = pdf.make_indirect(pikepdf.Dictionary(Fields=pikepdf.Array([field])))
        pdf.save(dest)
    return dest


def broken_xref(source: Path, dest: Path) -> Path:
    """A PDF whose cross-reference table points to the wrong places (repairable)."""
    data = bytearray(source.read_bytes())
    start = data.rfind(b"startxref")
    digits = data[start + 10 :].split(b"\n", 1)[0].strip()
    data[start + 10 : start + 10 + len(digits)] = b"9" * len(digits)
    xref = data.find(b"xref\n")
    if xref > 0:
        data[xref + 5 : xref + 25] = b"0 999 garbage here!"
    dest.write_bytes(bytes(data))
    return dest

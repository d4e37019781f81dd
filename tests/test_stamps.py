"""A resolución whose number and date are only in its e-signature stamp, pasted as a
picture on a born-digital page: the stamp is read, the page's text is not OCR'd."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PIL import Image, ImageDraw, ImageFont
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.stamp import TextStampStyle
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from ocr import OcrSettings, read_document
from partes.config import Config
from pipeline import ClassifyPolicy, classify
from tests.pki import build_pki

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
POLICY = ClassifyPolicy(units=Config().units, own_names=(Config().municipality.name,))


def _picture(lines: list[str], size: tuple[int, int]) -> Image.Image:
    image = Image.new("L", size, 255)
    pen = ImageDraw.Draw(image)
    pen.rectangle((1, 1, size[0] - 2, size[1] - 2), outline=0, width=3)
    font = ImageFont.truetype(FONT, 30)
    for n, line in enumerate(lines):
        pen.text((24, 18 + 44 * n), line, fill=0, font=font)
    return image


def _resolution(path: Path, *, turned: str = "") -> None:
    """``turned``: "" lying at the bottom; "canvas" drawn turned 90° along the left margin;
    "pixels" a picture whose pixels were turned (it reads from the top down)."""
    canvas = Canvas(str(path), pagesize=letter)
    logo = _picture(["SEA"], (220, 220))  # a square logo in the letterhead: not a stamp
    canvas.drawImage(ImageReader(logo), 72, 700, width=60, height=60)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(150, 730, "SERVICIO DE EVALUACIÓN AMBIENTAL")
    canvas.drawString(150, 715, "RESOLUCIÓN EXENTA")
    canvas.drawString(150, 690, "APRUEBA CONVENIO DE COLABORACIÓN CON LA MUNICIPALIDAD")
    canvas.setFont("Helvetica", 10)
    body = [
        "VISTOS: Lo dispuesto en la Ley N° 19.300, sobre Bases Generales del Medio Ambiente.",
        "CONSIDERANDO: Que es necesario colaborar con los municipios de la región.",
        "RESUELVO: 1. Apruébase el convenio de colaboración que se transcribe.",
        "Anótese, comuníquese y archívese.",
    ]
    for n, line in enumerate(body):
        canvas.drawString(72, 640 - 18 * n, line)
    stamp = _picture(["RESOLUCIÓN EXENTA N°: 72/2025", "FECHA: 09-05-2025 10:51:57"], (640, 120))
    if turned == "canvas":
        canvas.translate(60, 120)
        canvas.rotate(90)
        canvas.drawImage(ImageReader(stamp), 0, 0, width=240, height=45)
    elif turned == "pixels":
        upright = stamp.rotate(-90, expand=True)
        canvas.drawImage(ImageReader(upright), 15, 120, width=45, height=240)
    else:
        canvas.drawImage(ImageReader(stamp), 72, 60, width=240, height=45)
    canvas.save()


def test_the_stamp_picture_gives_the_number_and_date(tmp_path: Path) -> None:
    source = tmp_path / "resolucion.pdf"
    _resolution(source)
    result = read_document(source, tmp_path / "trabajo", OcrSettings(workers=1))
    assert [p.source for p in result.pages] == ["text"]  # the page itself is not OCR'd
    text = result.pages[0].text
    assert "VISTOS: Lo dispuesto en la Ley N° 19.300" in text
    assert "SEA" not in text.split()  # the letterhead's logo is not read
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "72"
    assert labels.doc_date == date(2025, 5, 9)


@pytest.mark.parametrize("turned", ["canvas", "pixels"])
def test_a_stamp_turned_along_the_margin_is_read_either_way_up(tmp_path: Path, turned: str) -> None:
    source = tmp_path / "resolucion.pdf"
    _resolution(source, turned=turned)
    text = read_document(source, tmp_path / "trabajo", OcrSettings(workers=1)).pages[0].text
    assert "RESOLUCIÓN EXENTA N°: 72/2025" in text
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "72"
    assert labels.doc_date == date(2025, 5, 9)


def test_without_the_setting_the_pictures_are_not_read(tmp_path: Path) -> None:
    source = tmp_path / "resolucion.pdf"
    _resolution(source)
    settings = OcrSettings(workers=1, stamp_pictures=False)
    result = read_document(source, tmp_path / "trabajo", settings)
    assert "72/2025" not in result.pages[0].text


def test_a_stamp_printed_as_text_at_the_end() -> None:
    text = """SECRETARÍA REGIONAL MINISTERIAL DE SALUD
RESOLUCIÓN EXENTA N°
APRUEBA PROTOCOLO DE FISCALIZACIÓN
VISTOS: Lo dispuesto en el Código Sanitario.
RESUELVO: 1. Apruébase el protocolo.
Anótese y comuníquese.
Res. Exenta N° 2186 de 3 de noviembre de 2025
Firmado electrónicamente por Esteban Carrasco Ampuero"""
    labels = classify(text, policy=POLICY)
    assert (labels.doc_number, labels.doc_date) == ("2186", date(2025, 11, 3))


def test_a_resolution_cited_in_the_body_is_no_stamp() -> None:
    text = """SECRETARÍA REGIONAL MINISTERIAL DE SALUD
RESOLUCIÓN EXENTA N°
DEJA SIN EFECTO RESOLUCIÓN ANTERIOR
VISTOS: Lo dispuesto en el Código Sanitario.
RESUELVO: 1. Déjase sin efecto la
Resolución Exenta N° 30 de 4 de enero de 2025, por las razones expuestas.
Anótese y comuníquese."""
    assert classify(text, policy=POLICY).doc_number is None


def test_a_visible_signature_s_stamp_gives_the_number_and_date(tmp_path: Path) -> None:
    """The stamp a signing platform draws in the signature's widget is an annotation's
    appearance: no text layer has it, and no picture of the page either."""
    pki = build_pki(tmp_path / "pki", port=1)  # only its keys: nothing is fetched
    signer = signers.SimpleSigner.load_pkcs12_data(pki.p12("secretario", b"x"), set(), b"x")
    source, signed = tmp_path / "resolucion.pdf", tmp_path / "firmada.pdf"
    canvas = Canvas(str(source), pagesize=letter)
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(150, 715, "RESOLUCIÓN EXENTA")
    canvas.drawString(150, 690, "APRUEBA CONVENIO DE COLABORACIÓN CON LA MUNICIPALIDAD")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 640, "VISTOS: Lo dispuesto en la Ley N° 19.300.")
    canvas.drawString(72, 622, "RESUELVO: 1. Apruébase el convenio.")
    canvas.save()
    style = TextStampStyle(
        stamp_text="Documento Digital N°: 2024991234 - Fecha: 14/03/2024\nFirmado por: %(signer)s",
        text_box_style=TextBoxStyle(font_size=9),
    )
    with source.open("rb") as file, signed.open("wb") as out:
        writer = IncrementalPdfFileWriter(file)
        spec = fields.SigFieldSpec(sig_field_name="Firma", on_page=0, box=(40, 40, 300, 90))
        fields.append_signature_field(writer, spec)
        meta = signers.PdfSignatureMetadata(field_name="Firma")
        signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out)
    result = read_document(signed, tmp_path / "trabajo", OcrSettings(workers=1))
    assert [p.source for p in result.pages] == ["text"]
    labels = classify(result.pages[0].text, policy=POLICY)
    assert labels.doc_number == "2024991234"
    assert labels.doc_date == date(2024, 3, 14)


def test_a_malformed_annotation_leaves_the_page_s_text_alone(tmp_path: Path) -> None:
    source, broken = tmp_path / "resolucion.pdf", tmp_path / "anotacion-rota.pdf"
    _resolution(source)
    with pikepdf.open(source) as pdf:
        appearance = pikepdf.Stream(pdf, b"q 0 0 1 rg 0 0 100 20 re f Q")
        appearance.BBox = [0, 0, 100, 20]
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Rect=pikepdf.Array([pikepdf.String("x"), 0, 100, 20]),  # not a number
            AP=pikepdf.Dictionary(N=appearance),
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(annot)]))
        pdf.save(broken)
    result = read_document(broken, tmp_path / "trabajo", OcrSettings(workers=1))
    assert "VISTOS: Lo dispuesto en la Ley N° 19.300" in result.pages[0].text


def test_the_stamp_dates_an_act_whose_header_has_only_its_number() -> None:
    text = """SERVICIO DE SALUD DEL RELONCAVÍ
RESOLUCIÓN EXENTA N° 1.204
APRUEBA CONVENIO DE APOYO A LA ATENCIÓN PRIMARIA CON LA MUNICIPALIDAD
VISTOS: La Resolución Exenta N° 88, de fecha 3 de marzo de 2020, de este Servicio.
RESUELVO: 1. Apruébase el convenio.
Documento Digital N°: 1204 - Fecha: 14/03/2024"""
    labels = classify(text, policy=POLICY)
    assert labels.doc_number == "1204"
    assert labels.doc_date == date(2024, 3, 14)  # not the date VISTOS cites

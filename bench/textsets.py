"""Page sets with ground truth for the OCR benchmark, and the character error rate."""

from __future__ import annotations

import random
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import img2pdf
from PIL import Image
from rapidfuzz.distance import Levenshtein

from tests.docgen import GENERATORS, make_document
from tests.docgen.render import degrade, rasterize


@dataclass
class BenchSet:
    name: str
    inputs: list[Path]  # what the stage and ocrmypdf read
    images: list[Path]  # the same pixels, for plain Tesseract
    truths: list[str]
    old_spelling: bool = False


def generated_set(folder: Path, pages: int, *, degraded: bool) -> BenchSet:
    """One-page municipal documents as a scanner writes them: a JPEG in a PDF.

    Documents whose header is printed in two columns are left out: their reading order is
    the layout analysis's choice, and would count as character errors here.
    """
    folder.mkdir(parents=True, exist_ok=True)
    kinds = list(GENERATORS)
    inputs: list[Path] = []
    images: list[Path] = []
    truths: list[str] = []
    seed = 7000 + (500 if degraded else 0)
    while len(inputs) < pages:
        i = len(inputs)
        seed += 1
        doc = make_document(
            kinds[seed % len(kinds)], folder / f"d{i}.pdf", seed=seed, topic_index=seed
        )
        if any(line.startswith("%") for line in doc.truth.lines):
            continue
        page = rasterize(doc.path, dpi=300)[0]
        if degraded:
            page = degrade(page, random.Random(seed))
        image = folder / f"p{i}.jpg"
        page.save(image, format="JPEG", quality=90, dpi=(300, 300))
        scan = folder / f"s{i}.pdf"
        scan.write_bytes(img2pdf.convert(str(image)))
        inputs.append(scan)
        images.append(image)
        truths.append("\n".join(line.lstrip("#@") for line in doc.truth.lines if line))
    return BenchSet(
        "generadas-degradadas" if degraded else "generadas-limpias", inputs, images, truths
    )


def fondue_set(data: Path, folder: Path) -> BenchSet:
    """19th-century Spanish prints with their ALTO transcriptions."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs, images, truths = [], [], []
    for index, alto in enumerate(sorted(data.glob("*/*.xml"))):
        source = _image_for(alto)
        if source is None:
            continue
        # The same pixels for every tool: no alpha (ocrmypdf refuses it), a declared DPI.
        image = folder / f"f{index}.png"
        with Image.open(source) as original:
            original.convert("RGB").save(image, dpi=(300, 300))
        scan = folder / f"f{index}.pdf"
        scan.write_bytes(img2pdf.convert(str(image)))
        inputs.append(scan)
        images.append(image)
        truths.append(alto_text(alto))
    return BenchSet("fondue-es-print-19", inputs, images, truths, old_spelling=True)


def _image_for(alto: Path) -> Path | None:
    for candidate in alto.parent.iterdir():
        if candidate.stem == alto.stem and candidate.suffix.lower() in (".jpg", ".png", ".tif"):
            return candidate
    return None


def alto_text(alto: Path) -> str:
    """Lines in reading order (TextLine by TextLine), words of each line joined by spaces."""
    root = ET.parse(alto).getroot()
    lines = []
    for line in root.iter():
        if line.tag.endswith("TextLine"):
            words = [s.get("CONTENT", "") for s in line if s.tag.endswith("String")]
            lines.append(" ".join(w for w in words if w))
    return "\n".join(lines)


def normalise(text: str, *, old_spelling: bool) -> str:
    text = unicodedata.normalize("NFC", text)
    if old_spelling:
        text = re.sub(r"[¬-]\s*(?:\n\s*|$)", "", text.strip())  # hyphenated across lines
        text = text.replace("¬", "")
        text = re.sub(r"(?<!\w)á(?!\w)", "a", text)  # old spelling of the preposition
    text = text.replace("\u2014", "-").replace("\u2013", "-")
    text = re.sub(r"[“”«»]", '"', text).replace("’", "'")
    return " ".join(text.split())


def cer(hypothesis: str, reference: str) -> float:
    if not reference:
        return 0.0 if not hypothesis else 1.0
    return Levenshtein.distance(hypothesis, reference) / len(reference)

"""Generator of realistic Chilean municipal documents for tests, samples and benchmarks.

Every document comes with its ground truth; nothing is downloaded.
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.docgen import acts, content, letters, notices
from tests.docgen.content import TOPICS, Topic, Truth
from tests.docgen.render import degrade, rasterize, render_pdf, save_scan

__all__ = ["GENERATORS", "Generated", "Truth", "generate", "make_batch", "make_document"]

# Every doc_type of DESIGN.md, in the three directions; the first four are the early ones,
# and new kinds go at the end (tests and benchmarks take the first ones by position).
GENERATORS: dict[str, Callable[[random.Random, Topic], Truth]] = {
    "oficio": content.oficio_entrante,
    "decreto": content.decreto,
    "carta": letters.carta,
    "memorandum": content.memorandum,
    "oficio_salida": content.oficio_saliente,
    "solicitud_transparencia": letters.solicitud_transparencia,
    "reclamo": letters.reclamo,
    "oficio_reservado": content.oficio_reservado,
    "circular": content.circular,
    "certificado": content.certificado,
    "acta_concejo": letters.acta_concejo,
    "convenio": letters.convenio,
    "solicitud_audiencia_lobby": letters.solicitud_audiencia_lobby,
    "otro": letters.otro,
    "resolucion": acts.resolucion,
    "dictamen": acts.dictamen,
    "ordenanza": notices.ordenanza,
    "informe": notices.informe,
    "circular_externa": notices.circular_externa,
    "decreto_exento": acts.decreto_exento,
}


@dataclass(frozen=True)
class Generated:
    path: Path
    truth: Truth
    scanned: bool


def make_document(
    kind: str,
    dest: Path,
    *,
    seed: int,
    topic_index: int | None = None,
    scan: bool | None = None,
    dpi: int = 300,
    topic: Topic | None = None,
    embed_fonts: bool = False,
) -> Generated:
    """One document of ``kind`` at ``dest``; scanned when the extension is not .pdf or ``scan``."""
    rng = random.Random(seed)
    if topic is None:
        topic = TOPICS[topic_index % len(TOPICS)] if topic_index is not None else rng.choice(TOPICS)
    truth = GENERATORS[kind](rng, topic)
    scanned = scan if scan is not None else dest.suffix.lower() != ".pdf"
    if not scanned:
        render_pdf(truth, dest, embed_fonts=embed_fonts)
        return Generated(dest, truth, False)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.pdf"
        render_pdf(truth, clean)
        pages = [degrade(page, rng) for page in rasterize(clean, dpi=dpi)]
    save_scan(pages, dest, dpi=dpi)
    return Generated(dest, truth, True)


def make_batch(
    kinds: list[str], dest: Path, *, seed: int, separator: Path, dpi: int = 200
) -> list[Truth]:
    """One scanned stack: the documents of ``kinds`` with a separator sheet after each."""
    rng = random.Random(seed)
    pages: list[Image.Image] = []
    truths: list[Truth] = []
    sheet = rasterize(separator, dpi=dpi)[0]
    with tempfile.TemporaryDirectory() as tmp:
        for i, kind in enumerate(kinds):
            truth = GENERATORS[kind](rng, TOPICS[(seed + i) % len(TOPICS)])
            clean = Path(tmp) / f"{i}.pdf"
            render_pdf(truth, clean)
            pages.extend(degrade(page, rng) for page in rasterize(clean, dpi=dpi))
            pages.append(degrade(sheet, rng))
            truths.append(truth)
    save_scan(pages, dest, dpi=dpi)
    return truths


def generate(out: Path, *, count: int, seed: int) -> list[Generated]:
    """A mixed set: born-digital PDFs, scanned PDFs, JPEG and TIFF scans, with truth.json."""
    out.mkdir(parents=True, exist_ok=True)
    kinds = list(GENERATORS)
    formats = [".pdf", ".pdf", "scan.pdf", ".jpg", ".pdf", ".tif"]
    made: list[Generated] = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        fmt = formats[i % len(formats)]
        name = f"{i + 1:02d}-{kind}{'-escaneado.pdf' if fmt == 'scan.pdf' else fmt}"
        made.append(
            make_document(
                kind, out / name, seed=seed * 1000 + i, topic_index=seed + i, scan=fmt != ".pdf"
            )
        )
    truth = {g.path.name: {**g.truth.as_json(), "scanned": g.scanned} for g in made}
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2), "utf-8")
    return made

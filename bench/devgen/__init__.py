"""A development set for the classifier: documents of a third municipality, Maullín (Los Lagos),
written independently of the project's own generator (tests/docgen) and of the held-out one
(bench/evalgen). Engineers may look at its errors and tune on it; the held-out sets stay
untouched.

Every document comes with the truth a careful clerk would register (bench.scoring's fields,
plus doc_type, direction and unit). Born-digital PDFs are laid out with reportlab in many
styles; the scanned variant rasterises them (pypdfium2, 200-300 dpi), tilts, soils and
compresses the pages, and saves an image PDF or a TIFF. Everything follows from the seed.

    python -m bench.devgen OUT --count N --seed S [--scan]
"""

from __future__ import annotations

import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from bench.devgen import (
    acts,
    cartas,
    certificates,
    common,
    convenios,
    forms,
    letters,
    reclamos,
    records,
    render,
    rulings,
    scan,
    topics,
    world,
)
from bench.devgen.model import Draft, Truth

__all__ = ["KINDS", "Made", "Truth", "generate", "make", "write_truth"]

# kind: (writer, how many of it in each round of the deck)
KINDS: dict[str, tuple[Callable[[common.Ctx], Draft], int]] = {
    "oficio_entrada": (letters.oficio_entrada, 4),
    "oficio_salida": (letters.oficio_salida, 2),
    "oficio_reservado": (letters.oficio_reservado, 1),
    "memorandum": (letters.memorandum, 2),
    "carta": (cartas.carta, 2),
    "carta_salida": (cartas.carta_salida, 1),
    "solicitud_transparencia": (forms.transparencia, 2),
    "solicitud_audiencia_lobby": (forms.lobby, 1),
    "reclamo": (reclamos.reclamo, 2),
    "certificado": (certificates.certificado, 1),
    "decreto": (acts.decreto, 2),
    "resolucion": (acts.resolucion, 2),
    "dictamen": (rulings.dictamen, 1),
    "circular": (rulings.circular, 1),
    "ordenanza": (rulings.ordenanza, 1),
    "acta_concejo": (records.acta, 1),
    "convenio": (convenios.convenio, 1),
    "informe": (records.informe, 2),
    "otro": (convenios.otro, 1),
}


# Kinds a citizen, a company or an organisation writes (or is answered with).
CITIZENS = {"carta", "carta_salida", "reclamo", "solicitud_audiencia_lobby"}


@dataclass(frozen=True)
class Made:
    path: Path
    truth: Truth
    scanned: bool


def kinds_for(count: int, seed: int) -> list[str]:
    """Rounds of a shuffled deck, so that a small set still has every kind."""
    deck = [kind for kind, (_writer, n) in KINDS.items() for _ in range(n)]
    out: list[str] = []
    round_no = 0
    while len(out) < count:
        cards = list(deck)
        random.Random(f"deck:{seed}:{round_no}").shuffle(cards)
        out.extend(cards)
        round_no += 1
    return out[:count]


def write_draft(kind: str, seed: int, index: int, topic_index: int) -> Draft:
    """The content and truth of document ``index`` of the set ``seed``."""
    rng = random.Random(f"devgen:{seed}:{index}")
    topic = topics.TOPICS[topic_index % len(topics.TOPICS)]
    if kind in CITIZENS:
        topic = topics.public(rng, topic)
    matter = topics.matter(rng, topic)
    ctx = common.Ctx(rng=rng, kind=kind, day=world.pick_date(rng), matter=matter)
    return KINDS[kind][0](ctx)


def make(kind: str, dest: Path, *, seed: int, index: int, topic_index: int, scanned: bool) -> Made:
    """One document of ``kind`` at ``dest`` (scanned: an image PDF, or a TIFF by its suffix)."""
    draft = write_draft(kind, seed, index, topic_index)
    style_rng = random.Random(f"style:{seed}:{index}")
    if not scanned:
        render.render(draft, dest, style_rng)
        return Made(dest, draft.truth, False)
    scan_rng = random.Random(f"scan:{seed}:{index}")
    if draft.truth.direction == "entrada" and scan_rng.random() < 0.3:
        stamp_ctx = common.Ctx(
            rng=scan_rng, kind=kind, day=draft.truth.doc_date, matter=topics.pick(scan_rng)
        )
        draft = replace(draft, stamp=common.received_stamp(stamp_ctx))
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.pdf"
        render.render(draft, clean, style_rng)
        scan.scan(clean, dest, scan_rng)
    return Made(dest, draft.truth, True)


def generate(out: Path, *, count: int, seed: int, scan_mode: bool | None = False) -> list[Made]:
    """``count`` documents in ``out`` with ``truth.jsonl``. scan_mode: False born-digital,
    True scanned, None one in three scanned (as the model's training sets are)."""
    out.mkdir(parents=True, exist_ok=True)
    order = list(range(len(topics.TOPICS)))
    random.Random(f"topics:{seed}").shuffle(order)
    made: list[Made] = []
    for i, kind in enumerate(kinds_for(count, seed)):
        scanned = (i % 3 == 2) if scan_mode is None else scan_mode
        suffix = ".tif" if scanned and random.Random(f"fmt:{seed}:{i}").random() < 0.3 else ".pdf"
        name = f"{i + 1:04d}-{kind}{'-esc' if scanned else ''}{suffix}"
        made.append(
            make(
                kind,
                out / name,
                seed=seed,
                index=i,
                topic_index=order[i % len(order)],
                scanned=scanned,
            )
        )
    write_truth(out, made)
    return made


def write_truth(out: Path, made: list[Made]) -> None:
    """``out/truth.jsonl``: a row a document, its file name first (devgen2 and devgen3 too)."""
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        for m in made:
            row = {"file": m.path.name, **m.truth.as_json(), "scanned": m.scanned}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")

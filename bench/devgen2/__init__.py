"""A second DEVELOPMENT set for the classifier: documents of a fourth municipality,
Vichuquén (Región del Maule), with other layouts and other wording than bench/devgen.

Engineers may look at its errors and tune on it, as on bench/devgen; the held-out sets of
bench/classify.py stay untouched. It was written from knowledge of how Chilean public
documents look, without reading the held-out generator (bench/evalgen), the evaluation sets
or the classifier's rules (pipeline/classification); only devgen's truth conventions, its
renderer and its scanner were looked at, and the last two are reused.

It has the same interface as bench.devgen (``generate``, ``KINDS``, ``Made``, ``Truth``) and
the same truth fields. What differs: letterheads with drawn emblems placed left, centred or
right; the number block in a right column, in a bordered table, beside the office or on
top of a letter; DE and A side by side; subject labels MAT./MATERIA/REF./ASUNTO; numbers
as «OF. ORD. N° 1.234/2025», «RES. EX. N°», «D.A. N°»; dates as «03.03.2025», «3 MAR
2025», in words or at the foot of a letter; footers with address and phone, «Página 1 de
2», running heads, initials, distribution lists, e-signature notes and, on scans, the
Oficina de Partes' stamp with its own date and entry number. Everything follows from the
seed.

    python -m bench.devgen2 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Protocol, TypeVar

from bench.devgen import KINDS as DEVGEN_KINDS
from bench.devgen import Made, scan, write_truth
from bench.devgen.model import Truth
from bench.devgen2 import (
    acts,
    agreements,
    citizens,
    forms,
    norms,
    oficios,
    parts,
    records,
    render,
    topics,
    wording,
)
from bench.devgen2.model import Doc

__all__ = ["KINDS", "Made", "Truth", "deal", "generate", "lay_out", "make", "produce"]

Writer = Callable[[parts.Ctx], Doc]

# kind: (writer, how many in each round of the deck); the mix is devgen's.
KINDS: dict[str, tuple[Writer, int]] = {
    "oficio_entrada": (oficios.oficio_entrada, 4),
    "oficio_salida": (oficios.oficio_salida, 2),
    "oficio_reservado": (oficios.oficio_reservado, 1),
    "memorandum": (oficios.memorandum, 2),
    "carta": (citizens.carta, 2),
    "carta_salida": (citizens.carta_salida, 1),
    "solicitud_transparencia": (forms.transparencia, 2),
    "solicitud_audiencia_lobby": (forms.lobby, 1),
    "reclamo": (citizens.reclamo, 2),
    "certificado": (acts.certificado, 1),
    "decreto": (acts.decreto, 2),
    "resolucion": (acts.resolucion, 2),
    "dictamen": (norms.dictamen, 1),
    "circular": (norms.circular, 1),
    "ordenanza": (norms.ordenanza, 1),
    "acta_concejo": (records.acta, 1),
    "convenio": (agreements.convenio, 1),
    "informe": (records.informe, 2),
    "otro": (agreements.otro, 1),
}
assert set(KINDS) == set(DEVGEN_KINDS)

# Kinds a citizen, a company or an organisation writes (or is answered with).
CITIZENS = {"carta", "carta_salida", "reclamo", "solicitud_audiencia_lobby"}


def kinds_for(count: int, seed: int) -> list[str]:
    """Shuffled rounds of the deck, so that a small set still has every kind."""
    return deal(KINDS, count, "vq", seed)


def deal(kinds: Mapping[str, tuple[object, int]], count: int, prefix: str, seed: int) -> list[str]:
    """``count`` kinds from shuffled rounds of a deck with ``n`` cards of each kind, shuffled
    by ``prefix`` and ``seed`` (bench.devgen3 deals its own deck with its own prefix)."""
    deck = [kind for kind, (_writer, n) in kinds.items() for _ in range(n)]
    out: list[str] = []
    for round_no in range(count // len(deck) + 1):
        cards = list(deck)
        random.Random(f"{prefix}-deck:{seed}:{round_no}").shuffle(cards)
        out.extend(cards)
    return out[:count]


def write(kind: str, seed: int, index: int, topic_index: int) -> Doc:
    """The content and truth of document ``index`` of the set ``seed``."""
    rng = random.Random(f"vichuquen:{seed}:{index}")
    topic = topics.TOPICS[topic_index % len(topics.TOPICS)]
    if kind in CITIZENS:
        topic = topics.for_citizens(rng, topic)
    day = wording.pick_date(rng)
    ctx = parts.Ctx(rng=rng, kind=kind, day=day, matter=topics.matter(rng, topic, day.year))
    return KINDS[kind][0](ctx)


def make(kind: str, dest: Path, *, seed: int, index: int, topic_index: int, scanned: bool) -> Made:
    """One document of ``kind`` at ``dest`` (scanned: an image PDF, or a TIFF by its suffix)."""
    doc = write(kind, seed, index, topic_index)
    return lay_out(
        doc, dest, render.render, _received, prefix="vq", seed=seed, index=index, scanned=scanned
    )


def _received(doc: Doc, rng: random.Random) -> Doc:
    return replace(doc, stamp=parts.reception_stamp(rng, doc.truth.doc_date))


class Laid(Protocol):
    """What lay_out needs of a document: its truth."""

    @property
    def truth(self) -> Truth: ...


DocT = TypeVar("DocT", bound=Laid)


def lay_out(
    doc: DocT,
    dest: Path,
    draw: Callable[[DocT, Path, random.Random], object],
    received: Callable[[DocT, random.Random], DocT],
    *,
    prefix: str,
    seed: int,
    index: int,
    scanned: bool,
) -> Made:
    """``doc`` at ``dest`` through ``draw``; scanned, an incoming one sometimes gets the
    Oficina de Partes' stamp (``received``) first; the rngs follow from prefix, seed, index."""
    style_rng = random.Random(f"{prefix}-style:{seed}:{index}")
    if not scanned:
        draw(doc, dest, style_rng)
        return Made(dest, doc.truth, False)
    scan_rng = random.Random(f"{prefix}-scan:{seed}:{index}")
    if doc.truth.direction == "entrada" and scan_rng.random() < 0.45:
        doc = received(doc, scan_rng)
    with tempfile.TemporaryDirectory() as tmp:
        clean = Path(tmp) / "clean.pdf"
        draw(doc, clean, style_rng)
        scan.scan(clean, dest, scan_rng)
    return Made(dest, doc.truth, True)


def generate(out: Path, *, count: int, seed: int, scan_mode: bool | None = False) -> list[Made]:
    """``count`` documents in ``out`` with ``truth.jsonl``. scan_mode: False born-digital,
    True scanned, None one in three scanned (as the model's training sets are)."""
    order = list(range(len(topics.TOPICS)))
    random.Random(f"vq-topics:{seed}").shuffle(order)

    def one(kind: str, dest: Path, i: int, scanned: bool) -> Made:
        topic_index = order[i % len(order)]
        return make(kind, dest, seed=seed, index=i, topic_index=topic_index, scanned=scanned)

    return produce(out, kinds_for(count, seed), one, prefix="vq", seed=seed, scan_mode=scan_mode)


def produce(
    out: Path,
    kinds: list[str],
    make_one: Callable[[str, Path, int, bool], Made],
    *,
    prefix: str,
    seed: int,
    scan_mode: bool | None,
) -> list[Made]:
    """The documents of ``kinds`` in ``out`` through ``make_one(kind, dest, index, scanned)``,
    and ``truth.jsonl``; ``prefix`` and ``seed`` decide which scans are TIFFs."""
    out.mkdir(parents=True, exist_ok=True)
    made: list[Made] = []
    for i, kind in enumerate(kinds):
        scanned = (i % 3 == 1) if scan_mode is None else scan_mode
        tif = scanned and random.Random(f"{prefix}-fmt:{seed}:{i}").random() < 0.25
        name = f"{i + 1:04d}-{kind}{'-esc' if scanned else ''}{'.tif' if tif else '.pdf'}"
        made.append(make_one(kind, out / name, i, scanned))
    write_truth(out, made)
    return made

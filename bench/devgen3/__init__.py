"""A third DEVELOPMENT set for the classifier: what a fifth municipality, Chile Chico (Región
de Aysén), receives from the state, in the layouts of the state's own platforms, and some of
its answers.

Engineers may look at its errors and tune on it, as on bench/devgen and bench/devgen2; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets
or the classifier's rules; only devgen's truth conventions and devgen/devgen2's code were
looked at. That code is reused, not copied: devgen2's deck, lay-out and set loop
(``deal``, ``lay_out``, ``produce``), its writing context and truth record, its blocks,
renderer and page furniture, devgen's scanner and truth file.

Same interface as bench.devgen2 (``generate``, ``KINDS``, ``Made``, ``Truth``) and the same
truth fields; other kinds. What it adds: resoluciones exentas with the service's block left
and the summary in capitals right, multi-page with «Página 1 de 3», VISTOS / CONSIDERANDO /
RESUELVO, transcribed agreements and tables, and sometimes no number in the head but an
e-signature stamp at the bottom left (as text, turned along the margin, or a pasted raster);
oficios «OF. ORD. D.E. N°» with ANT./MAT./DE/A in a right column or beside the letterhead,
e-signature notes with verification code and folio, «A: SEGÚN DISTRIBUCIÓN»; DocDigital's
header table and signature appearance with a QR-like square; ministries' circulars;
Contraloría's dictámenes and oficios with the summary on the right and the addressee at the
foot; Chile Chico's own oficios answering them. Everything follows from the seed.

    python -m bench.devgen3 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen2 import deal, lay_out, produce
from bench.devgen3 import (
    circulares,
    contraloria,
    docdigital,
    oficios,
    parts,
    render,
    resoluciones,
    topics,
    wording,
)
from bench.devgen3.model import Doc

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

Writer = Callable[[parts.Ctx], Doc]

# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "resolucion_exenta": (resoluciones.resolucion_exenta, 3),
    "resolucion_firma_digital": (resoluciones.resolucion_firma_digital, 2),
    "oficio_servicio": (oficios.oficio_servicio, 4),
    "oficio_distribucion": (oficios.oficio_distribucion, 2),
    "docdigital": (docdigital.docdigital, 2),
    "circular": (circulares.circular, 2),
    "dictamen": (contraloria.dictamen, 1),
    "oficio_contraloria": (contraloria.oficio_contraloria, 1),
    "oficio_respuesta": (oficios.oficio_respuesta, 2),
}
# What a kind needs of its matter (bench.devgen3.topics.eligible).
NEEDS = {
    "resolucion_exenta": "res",
    "resolucion_firma_digital": "res",
    "oficio_servicio": "mat",
    "oficio_distribucion": "mass",
    "docdigital": "mat",
    "circular": "circular",
    "dictamen": "cgr",
    "oficio_contraloria": "cgr",
    "oficio_respuesta": "mat",
}


def kinds_for(count: int, seed: int) -> list[str]:
    """Shuffled rounds of the deck, so that a small set still has every kind."""
    return deal(KINDS, count, "cc", seed)


def write(kind: str, seed: int, index: int, topic_index: int) -> Doc:
    """The content and truth of document ``index`` of the set ``seed``."""
    rng = random.Random(f"chilechico:{seed}:{index}")
    day = wording.pick_date(rng)
    matter = topics.pick(rng, NEEDS[kind], topic_index, day.year)
    ctx = parts.Ctx(rng=rng, kind=kind, day=day, matter=matter)
    return KINDS[kind][0](ctx)


def make(kind: str, dest: Path, *, seed: int, index: int, topic_index: int, scanned: bool) -> Made:
    """One document of ``kind`` at ``dest`` (scanned: an image PDF, or a TIFF by its suffix)."""
    doc = write(kind, seed, index, topic_index)
    return lay_out(
        doc, dest, render.render, _received, prefix="cc", seed=seed, index=index, scanned=scanned
    )


def _received(doc: Doc, rng: random.Random) -> Doc:
    return replace(doc, reception=parts.reception_stamp(rng, doc.truth.doc_date))


def _topic_index(kind: str, nth: int, seed: int) -> int:
    """The ``nth`` document of ``kind`` takes the next affair of a shuffled round of those
    fit for it, so that a kind does not repeat an affair before it has used them all."""
    size = len(topics.eligible(NEEDS[kind]))
    order = list(range(size))
    random.Random(f"cc-topics:{seed}:{kind}:{nth // size}").shuffle(order)
    return order[nth % size]


def generate(out: Path, *, count: int, seed: int, scan_mode: bool | None = False) -> list[Made]:
    """``count`` documents in ``out`` with ``truth.jsonl``. scan_mode: False born-digital,
    True scanned, None one in three scanned (as the model's training sets are)."""
    seen: dict[str, int] = {}

    def one(kind: str, dest: Path, i: int, scanned: bool) -> Made:
        topic_index = _topic_index(kind, seen.get(kind, 0), seed)
        seen[kind] = seen.get(kind, 0) + 1
        return make(kind, dest, seed=seed, index=i, topic_index=topic_index, scanned=scanned)

    return produce(out, kinds_for(count, seed), one, prefix="cc", seed=seed, scan_mode=scan_mode)

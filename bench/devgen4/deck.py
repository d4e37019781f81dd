"""How a set of devgen4's family (devgen4, devgen5, devgen6) is dealt and written: shuffled
rounds of its deck of kinds, a topic for each document in a shuffled order, a writer per kind,
a renderer, and the municipality's reception stamp on scans. Each generator supplies only what
is its own (its kinds, topics, wording, renderer and stamp, and the strings that seed it), so
the same seed still writes the same files."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from bench.devgen import Made
from bench.devgen2 import deal, lay_out, produce
from bench.devgen2.parts import Ctx
from bench.devgen2.topics import Matter, Topic
from bench.devgen4.model import Doc

Writer = Callable[[Ctx], Doc]


@dataclass(frozen=True, kw_only=True)
class Deck:
    name: str  # seeds each document's writing: "putre:{seed}:{index}"
    prefix: str  # names the files and seeds the shuffles: "pu"
    kinds: Mapping[str, tuple[Writer, int]]  # kind: (writer, cards in each round)
    topics: Sequence[Topic]
    matter: Callable[[random.Random, Topic, int], Matter]
    pick_date: Callable[[random.Random], date]
    render: Callable[[Doc, Path, random.Random], object]
    reception_stamp: Callable[[random.Random, date], tuple[str, ...]]
    # the kinds whose writers (neighbours, companies) choose the topic their own way
    retopic: Callable[[random.Random, Topic], Topic]
    retopiced: Collection[str] = ()

    def kinds_for(self, count: int, seed: int) -> list[str]:
        """Shuffled rounds of the deck, so that a small set still has every kind."""
        return deal(self.kinds, count, self.prefix, seed)

    def write(self, kind: str, seed: int, index: int, topic_index: int) -> Doc:
        """The content and truth of document ``index`` of the set ``seed``."""
        rng = random.Random(f"{self.name}:{seed}:{index}")
        topic = self.topics[topic_index % len(self.topics)]
        if kind in self.retopiced:
            topic = self.retopic(rng, topic)
        day = self.pick_date(rng)
        ctx = Ctx(rng=rng, kind=kind, day=day, matter=self.matter(rng, topic, day.year))
        return self.kinds[kind][0](ctx)

    def make(
        self, kind: str, dest: Path, *, seed: int, index: int, topic_index: int, scanned: bool
    ) -> Made:
        """One document of ``kind`` at ``dest`` (scanned: an image PDF, or a TIFF by suffix)."""
        doc = self.write(kind, seed, index, topic_index)
        return lay_out(
            doc,
            dest,
            self.render,
            self._received,
            prefix=self.prefix,
            seed=seed,
            index=index,
            scanned=scanned,
        )

    def _received(self, doc: Doc, rng: random.Random) -> Doc:
        return replace(doc, reception=self.reception_stamp(rng, doc.truth.doc_date))

    def generate(
        self, out: Path, *, count: int, seed: int, scan_mode: bool | None = False
    ) -> list[Made]:
        """``count`` documents in ``out`` with ``truth.jsonl``. scan_mode: False born-digital,
        True scanned, None one in three scanned (as the model's training sets are)."""
        order = list(range(len(self.topics)))
        random.Random(f"{self.prefix}-topics:{seed}").shuffle(order)

        def one(kind: str, dest: Path, i: int, scanned: bool) -> Made:
            topic_index = order[i % len(order)]
            return self.make(
                kind, dest, seed=seed, index=i, topic_index=topic_index, scanned=scanned
            )

        kinds = self.kinds_for(count, seed)
        return produce(out, kinds, one, prefix=self.prefix, seed=seed, scan_mode=scan_mode)

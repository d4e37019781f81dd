"""Municipal documents for measuring and testing search: 1 to 10 pages in the office's
wording, dates over ten years, RUTs with their check digit, document numbers.

Page 1 is a whole document of ``tests.docgen`` (oficio, decreto, carta, ...: letterhead,
N°, ANT., MAT., body, signature); further pages are paragraphs of the development set's
matters (``bench.devgen.topics``), the office's filler sentences, references to other
acts (``Decreto N° 813/2024``) and citizens with their RUT. The metadata a registry would
hold comes with each document, so a test knows which documents are relevant to a query.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bench.devgen.topics import cap, pick
from tests.docgen import GENERATORS
from tests.docgen.content import TOPICS
from tests.docgen.people import FILLER, FIRST_NAMES, LAST_NAMES, random_rut

KINDS = sorted(GENERATORS)
PAGES = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10)  # most documents are short
TODAY = date(2026, 11, 30)
_ACTS = ("Decreto", "Decreto Exento", "Resolución", "Ordinario", "ORD.", "Oficio")


@dataclass(frozen=True, kw_only=True)
class CorpusDoc:
    doc_type: str
    direction: str
    unit: str
    sender: str
    subject: str | None
    doc_number: str | None
    doc_date: date
    ruts: tuple[str, ...]
    reserved: bool
    pages: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\f\n".join(self.pages)


def documents(count: int, seed: int = 18, *, start: int = 0) -> Iterator[CorpusDoc]:
    """Documents ``start`` to ``start + count``: each from its own seed, so any slice of an
    archive can be made alone (by worker processes) and is the same every time."""
    for i in range(start, start + count):
        rng = random.Random(seed * 1_000_003 + i)
        kind = KINDS[i % len(KINDS)]
        truth = GENERATORS[kind](rng, TOPICS[rng.randrange(len(TOPICS))])
        day = TODAY - timedelta(days=rng.randint(0, 3650))
        ruts = list(truth.ruts)
        pages = ["\n".join(truth.lines).replace(str(truth.doc_date.year), str(day.year))]
        for _ in range(rng.choice(PAGES) - 1):
            pages.append(_page(rng, ruts))
        yield CorpusDoc(
            doc_type=truth.doc_type,
            direction=truth.direction,
            unit=truth.unit,
            sender=truth.sender,
            subject=truth.subject,
            doc_number=truth.doc_number,
            doc_date=day,
            ruts=tuple(ruts),
            reserved=truth.reserved,
            pages=tuple(pages),
        )


def with_text(doc: CorpusDoc, extra: str) -> CorpusDoc:
    """The document with ``extra`` added to its first page (planted for a test)."""
    return replace(doc, pages=(f"{doc.pages[0]}\n{extra}", *doc.pages[1:]))


def _page(rng: random.Random, ruts: list[str]) -> str:
    """About 2,500 characters: paragraphs of matters, references and people."""
    paragraphs: list[str] = []
    size = 0
    while size < 2500:
        paragraph = _paragraph(rng, ruts)
        paragraphs.append(paragraph)
        size += len(paragraph)
    return "\n\n".join(paragraphs)


def _paragraph(rng: random.Random, ruts: list[str]) -> str:
    matter = pick(rng)
    sentences = [
        f"En relación con {matter.name}, {rng.choice(_VERBS)} {matter.other}.",
        matter.detail,
        rng.choice(FILLER),
    ]
    roll = rng.random()
    if roll < 0.3:
        act = rng.choice(_ACTS)
        year = rng.randint(TODAY.year - 10, TODAY.year)
        sentences.append(f"Lo anterior, según {act} N° {rng.randint(1, 3000)}/{year}.")
    elif roll < 0.45:
        rut = random_rut(rng)
        ruts.append(rut)
        person = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {rng.choice(LAST_NAMES)}"
        sentences.append(f"Comparece don(ña) {person}, RUT {rut}, domiciliado(a) en la comuna.")
    rng.shuffle(sentences)
    return cap(" ".join(sentences))


_VERBS = (
    "se informa sobre",
    "se solicita pronunciamiento respecto de",
    "se remiten antecedentes de",
    "la Dirección ha revisado",
    "se adjunta el expediente de",
)

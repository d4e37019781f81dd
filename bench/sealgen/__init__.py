"""A SEALED evaluation set for the classifier: the papers the Ilustre Municipalidad de
Pichilemu (Provincia Cardenal Caro, Región del Libertador General Bernardo O'Higgins, region
code LI), a coastal surf town, receives and writes. It is a held-out set, run ONCE to measure
the classifier; nobody looks at its errors or tunes anything on it.

It was written from knowledge of how Chilean public documents look (oficios of services,
courts, the Contraloría and the Consejo para la Transparencia, letters of firms, organisations
and neighbours, printed e-mails, forms of the transparency and lobby laws, memorándums,
circulars, reports, certificates, decretos, resoluciones, minutes, convenios, ordinances),
without reading the classifier, its rules or unit keywords, the tests, the held-out
generators and sets, or the public corpus. Only devgen's truth conventions and the plumbing
were read, and the plumbing is imported, not copied: devgen4's Deck (dealing and rendering)
and renderer with its page furniture, devgen2's writing context, truth record and topic
reader, devgen3's marks, devgen9's ``matter_record``, and devgen's scanner and truth file
(through the Deck). Senders, wording, topics and layouts are this package's own.

The matter's topic decides the unit a clerk derives a paper to (or the unit that writes it);
writers that answer to a given office (a court's request, a lobby audience, a circular, a
certificate) choose the matter from that unit. Layouts: the number block in a right column,
the matter boxed at the right, «ASUNTO:» after the salutation, a two-column banner, «En
relación a …» as the only statement, references citing other papers, court heads with the
cause, grids, round seals, a clerk's pencilled note in the margin, footers, page labels,
annexes on a second sheet, notebook paper, a printed Gmail page. Dates as «Pichilemu, 3 de
marzo de 2025», «PICHILEMU, 03 MAR. 2025», «03.03.2025», «2025-03-03», in words in minutes
and convenios; numbers as «ORD. N° 123», «Nº 123/2025», «N°0123», «E12345/2025», «12.600/45»,
«Oficio N° 45-2025». Everything follows from the seed.

    python -m bench.sealgen OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.sealgen import (
    actos,
    cartas,
    contraloria,
    internos,
    oficios,
    parts,
    render,
    solicitudes,
    topics,
    tribunales,
    world,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_reparticion, 6),
    (tribunales.oficio_tribunal, 2),
    (contraloria.oficio_contraloria, 2),
    (oficios.oficio_alcaldia, 2),
    (cartas.carta_empresa, 3),
    (cartas.carta_vecino, 4),
    (cartas.correo, 1),
    (solicitudes.transparencia, 1),
    (solicitudes.lobby, 1),
    (internos.memorandum, 2),
    (internos.circular, 1),
    (internos.informe, 1),
    (internos.certificado, 1),
    (actos.decreto, 3),
    (actos.resolucion, 2),
    (actos.acta_concejo, 1),
    (actos.convenio, 1),
    (actos.ordenanza, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "carta_vecino", "correo", "oficio_reparticion"}

_DECK = Deck(
    name="pichilemu-sealed",
    prefix="ps",
    kinds=KINDS,
    topics=topics.TOPICS,
    matter=topics.matter,
    pick_date=world.pick_date,
    render=render.render,
    reception_stamp=parts.reception_stamp,
    retopic=topics.for_outsiders,
    retopiced=OUTSIDERS,
)
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

"""A sixteenth DEVELOPMENT set for the classifier: the papers Chimbarongo (Provincia de
Colchagua, Región del Libertador General Bernardo O'Higgins, region code LI), the commune of
the mimbre between the Tinguiririca and the Embalse Convento Viejo, receives, sends and keeps,
with many of its own outgoing papers beside incoming ones that look municipal.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen13; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation or
sealed sets, the public corpus, the tests or the classifier's rules; only the truth
conventions, the document-type strings, unit codes and directions of devgen to devgen13, and
their structure, were looked at. Reused, not copied: devgen4's deck, renderer, page
furniture, seals, page breaks and photographs; devgen2's writing context, truth record,
topic machinery and blocks; devgen3's marks, banners and grids; devgen5's operative verbs;
devgen8's offices and otrosíes; devgen9's office letterhead, initials, copy lists and record
of a matter; devgen12's dates, numbers, capitals and narrow columns; devgen13's round seal,
two-line subjects, letters' greetings and the court's and Carabineros' subjects; devgen's
scanner and truth file.

Same interface as bench.devgen13 (``generate``, ``KINDS``, ``Made``, ``Truth``, ``make``)
and the same truth fields. What it adds: direction in all its forms — the mayor's and the
directors' oficios to O'Higgins' offices and to the neighbouring municipalities (the copy on
file with the addressee's «RECIBIDO» stamp), letters answering neighbours, invitations,
certificates to citizens and convenios Chimbarongo drafts (salida); oficios of San Fernando,
Placilla, Nancagua, Santa Cruz, Teno and Rengo and of the municipal associations that look
like Chimbarongo's own (entrada); memorándums, informes, decretos and minutes (interno). The
subject after «MAT.:», «MATERIA:», «REF.:», «Ref.», «ASUNTO:», «Objeto:», «Sumilla:», «SUMA:»
or «EN LO PRINCIPAL:», as a bold underlined line, in a table's cell, in the right column of
a two-column head, over two or three lines, in small letters, or nowhere. Letterheads with
drawn marks (a wicker basket, the reservoir's dam, cherries), at the left, centred or at
the right; tables, footers with the address, page numbers, second pages, other offices'
stamps, signatures flourished by hand, «c.c.» lists. Dates and numbers as devgen12 prints
them. Everything follows from the seed.

    python -m bench.devgen14 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen14 import (
    actos,
    cartas,
    entrantes,
    escritos,
    internos,
    justicia,
    parts,
    registros,
    render,
    respuestas,
    salidas,
    topics,
    vecinas,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): incoming oficios and letters as an Oficina
# de Partes receives them, and a good share of what the municipality sends. A kind is named
# after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (entrantes.oficio_servicio, 4),
    (vecinas.oficio_municipio, 3),
    (justicia.oficio_judicial, 1),
    (justicia.control, 1),
    (entrantes.resolucion, 1),
    (cartas.carta_empresa, 2),
    (cartas.carta_organizacion, 2),
    (cartas.carta_vecino, 2),
    (escritos.escrito, 1),
    (salidas.oficio_alcalde, 3),
    (salidas.oficio_unidad, 2),
    (respuestas.carta_respuesta, 2),
    (respuestas.invitacion, 1),
    (respuestas.certificado, 1),
    (registros.convenio, 1),
    (internos.memorandum, 2),
    (internos.informe, 1),
    (actos.decreto, 2),
    (registros.concejo, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write, or that answer them: about matters outsiders write about.
OUTSIDERS = {"carta_empresa", "carta_organizacion", "carta_vecino", "carta_respuesta"}

_DECK = Deck(
    name="chimbarongo",
    prefix="cb",
    kinds=KINDS,
    topics=topics.TOPICS,
    matter=topics.matter,
    pick_date=wording.pick_date,
    render=render.render,
    reception_stamp=parts.reception_stamp,
    retopic=topics.for_outsiders,
    retopiced=OUTSIDERS,
)
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

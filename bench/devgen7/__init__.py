"""A seventh DEVELOPMENT set for the classifier: the papers a rural valley municipality,
Vicuña (Provincia de Elqui, Región de Coquimbo, region code CO), receives and writes, in
wordings and layouts the other development sets cover little, above all in where a paper
states its SUBJECT and which UNIT must handle it.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen6; the held-out
sets of bench/classify.py stay untouched. It was written from knowledge of how Chilean
municipal, regional and court documents look, without reading the held-out generator, the
evaluation sets, the public corpus or the classifier's rules; only devgen's truth
conventions, the document-type vocabulary and the code of devgen to devgen6 were looked at,
for the interface. That code is reused, not copied: devgen4's deck, renderer, signatures and
RECIBIDO stamp; devgen2's writing context, truth record, matters and services; devgen5's
line wrapping; devgen's scanner and truth file. The unit codes are the same as in every
development set.

Same interface as bench.devgen2 to devgen6 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: the oficios of Coquimbo's offices (SEREMI
de Salud, GORE, DOH's rural sanitation unit, Vialidad, SAG, CONAF, SEA, SMA, SERNATUR,
Consejo de Monumentos Nacionales, Dirección del Trabajo, SII, Superintendencia de Educación,
Delegación Presidencial de Elqui), Carabineros' «OF. N°» with «OBJ.:», the Fiscalía's with
its RUC and the courts' with their Rol, each numbering its own way («ORD. SAG N° 1.245»,
«ORD. DOH N° 045-2025»), their head in six arrangements: ANT./MAT. stacked in a left column
with A:/DE: rows, a table whose first row names the columns (N°, FECHA, ANT., MATERIA), a
letter's head with «REF.:» indented after the addressee, a two-by-two grid, spaced «MATERIA
:» rows, or the subject as a centred, underlined line; Vicuña's own ordinarios in the same
arrangements; neighbours' and organisations' letters and complaints and firms' letters (a
pisquera, a mine, a grape grower, the water and power companies) with «Ref.:», «Asunto:»
above the date, a framed «Materia:», a title in capitals or no subject; resoluciones
exentas whose summary stands in the right half, after «REF.:», in a table or as a title
with the date after the signature; decretos alcaldicios whose summary is in capitals before
VISTOS, a boxed MATERIA row, beside the number, «MAT.:» after the date or a framed «REF.:»;
dictámenes and oficios of the Contraloría Regional («DICTAMEN N° E123456 / 2025»); ministries'
circulars; memorándums as a grid, with the subject under a rule or as «REF.:» beside the
number; minutes of the Concejo dated in words; informes técnicos, sociales, jurídicos and of
Control; certificados. Subjects cite laws, earlier oficios and dates, wrap, come in capitals
now and then, and name the valley's matters: the drought and water trucks, APR systems,
light pollution near the observatories, cabins without permits, rural subdivisions,
petroglyphs, pisco and astrotourism. Everything follows from the seed.

    python -m bench.devgen7 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen7 import actos, cartas, internos, normas, oficios, parts, render, topics, wording

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]


# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "oficio_servicio": (oficios.oficio_servicio, 4),
    "oficio_salida": (oficios.oficio_salida, 2),
    "carta_vecino": (cartas.carta_vecino, 2),
    "carta_empresa": (cartas.carta_empresa, 2),
    "resolucion_servicio": (actos.resolucion_servicio, 2),
    "decreto": (actos.decreto, 3),
    "contraloria": (normas.contraloria, 1),
    "circular": (normas.circular, 1),
    "memorandum": (internos.memorandum, 2),
    "acta_concejo": (internos.acta_concejo, 1),
    "informe": (internos.informe, 1),
    "certificado": (internos.certificado, 1),
}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_vecino", "carta_empresa"}


_DECK = Deck(
    name="vicuna",
    prefix="vc",
    kinds=KINDS,
    topics=topics.TOPICS,
    matter=topics.matter,
    pick_date=wording.pick_date,
    render=render.render,
    reception_stamp=parts.reception_stamp,
    retopic=topics.for_outsiders,
    retopiced=OUTSIDERS,
)
kinds_for = _DECK.kinds_for
write = _DECK.write
make = _DECK.make
generate = _DECK.generate

"""A thirteenth DEVELOPMENT set for the classifier: the papers Porvenir (Provincia de Tierra
del Fuego, Región de Magallanes y de la Antártica Chilena, region code MA), the island's
capital across the Strait from Punta Arenas, receives and writes, in senders, layouts and
wordings the other development sets cover little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen10; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus, the tests or the classifier's rules; only devgen's truth conventions, the
document-type strings, unit codes and directions of devgen to devgen10, and their structure,
were looked at. Reused, not copied: devgen4's deck, renderer and page furniture; devgen2's
writing context, truth record and matters; devgen5's wrapping and operative verbs; devgen8's
office record and subject filling; devgen9's office letterhead, initials and copy lists;
devgen's scanner and truth file.

Same interface as bench.devgen2 to devgen10 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: oficios of SERNAPESCA, Subpesca, the SAG,
CONAF, INDAP, Vialidad, the DGA, the Delegación Presidencial Provincial de Tierra del Fuego,
the GORE, the SEREMI de Salud, the Servicio de Salud Magallanes, JUNJI, Carabineros and the
PDI, and the mayor's own, printed from DocDigital (ORD. N° / ANT. / MAT. / FECHA / DE / A as
bordered table rows, an electronic-signature note, the platform's verification code in the
footer), with «Ref.:» citing an earlier paper and «Materia:» on the next line, «Objeto:» in a
cell beside the addressee, the subject framed under its own label, or lower-case labels with
a subject that starts with a small letter; the Armada's ordinarios («ORD. N° 12.600/45 VRS.»,
«OBJ.:», lettered «REF.:», numbered paragraphs, the officer's rank over the post); the
Contraloría Regional's oficios («REF. N° W012345/2025») and dictámenes (a «MATERIA» box);
letters of estancias, fishing and salmon firms, tourism operators and contractors, of
neighbours (RUT, address, phone and e-mail under the signature) and of juntas de vecinos,
clubs and parents' centres, the subject after «Ref.:»/«Materia:», «Objeto:», as a title, in
a box or only in the body's first sentence; escritos to the Juzgado de Policía Local or the
mayor («SUMA:», «EN LO PRINCIPAL: …; PRIMER OTROSÍ: …»); decretos alcaldicios («SECCIÓN
1ª N°») whose summary stands in a left column beside «HOY SE HA DECRETADO LO QUE SIGUE:», in
a bordered two-cell table, after «RESUMEN:» or underlined; services' resoluciones exentas
with the summary after «MAT.:», «REF.:», in a box or only in RESUELVO; electronic and paper
memorándums, providencias as a routing form, certificados («CERTIFICA: Que …»), minutes and
«ACTA DE ACUERDOS» of the Concejo, and convenios with long titles. Everything follows from
the seed.

    python -m bench.devgen11 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen11 import (
    actos,
    cartas,
    escritos,
    estado,
    internos,
    oficios,
    parts,
    registros,
    render,
    topics,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_servicio, 6),
    (estado.oficio_armada, 2),
    (oficios.oficio_municipal, 2),
    (estado.contraloria, 1),
    (cartas.carta_empresa, 3),
    (cartas.carta_vecino, 3),
    (escritos.escrito, 1),
    (actos.decreto, 3),
    (actos.resolucion, 2),
    (internos.memorandum, 2),
    (internos.providencia, 1),
    (internos.certificado, 1),
    (registros.acta, 1),
    (registros.convenio, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "carta_vecino", "escrito"}

_DECK = Deck(name="porvenir", prefix="pv", kinds=KINDS, topics=topics.TOPICS,
             matter=topics.matter, pick_date=wording.pick_date, render=render.render,
             reception_stamp=parts.reception_stamp, retopic=topics.for_outsiders,
             retopiced=OUTSIDERS)  # fmt: skip
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

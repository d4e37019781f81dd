"""A fifteenth DEVELOPMENT set for the classifier: the papers Pozo Almonte (Provincia del
Tamarugal, Región de Tarapacá, region code TA), the pampa's capital between the nitrate
ruins, the mines of the high plateau and the oases of La Tirana, Mamiña and Pica, receives
and writes, in senders, layouts and wordings the other development sets cover little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen12; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus, the tests or the classifier's rules; only the truth conventions, the
document-type strings, unit codes and directions of devgen to devgen12, and their structure,
were looked at. Reused, not copied: devgen4's deck, renderer, page furniture, seals, page
breaks and margin notes; devgen2's writing context, truth record, topic machinery and
blocks; devgen3's marks, grids and e-signature boxes; devgen5's operative verbs; devgen8's
office record; devgen9's office letterhead, initials, copy lists and record of a matter;
devgen12's dates, numbers, capitals and narrow columns; devgen's scanner and truth file.

Same interface as bench.devgen12 (``generate``, ``KINDS``, ``Made``, ``Truth``, ``make``)
and the same truth fields. What it adds: Tarapacá's offices (the Delegaciones
Presidenciales Regional and Provincial, the GORE, the SEREMIs of Salud, Transportes and
Educación, the Servicio de Salud Iquique, SERVIU, Vialidad, the DOH, the DGA, the SAG, CONAF
with the Reserva Pampa del Tamarugal, CONADI, SERNAGEOMIN), whose oficios put the office at
the left and number, «ANT.:», a «MAT.:» broken over two lines and the date at the right;
every field in one boxed grid; «OBJETO:»/«ASUNTO:» under the addressee; «REF.:» behind a
cited paper and a dash; the subject in a wide left margin with number and date only in the
e-signature box at the end; or no subject at all; annexes on a second page; the Juzgado de
Letras y Garantía de Pozo Almonte (the cause in a RIT/RUC table), the Corte de Apelaciones
de Iquique, the Fiscalía Local and the Subcomisaría («OBJ.:»); the Contraloría Regional de
Tarapacá's oficios (an unlabelled summary in the right half) and dictámenes («Sobre …»);
the Consejo para la Transparencia's oficios in a shaded grid; the Cámara's oficios de
fiscalización («INC.: solicitud», no subject) and committee invitations; letters of
Collahuasi, Teck Quebrada Blanca, SQM Nueva Victoria, Aguas del Altiplano, CGE, a transport
firm and the Universidad Arturo Prat; of Aymara and Quechua communities and associations
(Mamiña, Huatacondo, Matilla, Huara, Pica), the Federación de Bailes Religiosos de La Tirana
and the APR committees («SUMA:» at the right, greetings in Aymara, two signatures and a
seal); of juntas de vecinos, clubs and neighbours writing at home; e-mails from a Spanish
Outlook («Enviado el:», «Asunto:») or a webmail (the subject as a bold band over a De/Para/
Fecha table); transparency requests on the municipality's form or as a brief with «SUMA:»;
memorándums (a boxed number beside DE/PARA, or a shaded grid), technical reports, decrees
(a headline in capitals, a boxed number and «REF.:», «MAT.:» at the top and number and date
beside the signatures, or the summary in the margin), offices' resolutions, certificates,
the Concejo's minutes with an attendance table, convenios with the GORE, CONADI, the health
service, Collahuasi, the university and the Federación de Bailes, and ordinances. Dates
and numbers as devgen12 prints them. Everything follows from the seed.

    python -m bench.devgen13 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen13 import (
    actos,
    cartas,
    control,
    correos,
    internos,
    justicia,
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
    (justicia.oficio_judicial, 2),
    (control.contraloria, 1),
    (control.cplt, 1),
    (control.congreso, 1),
    (oficios.oficio_alcalde, 2),
    (cartas.carta_empresa, 3),
    (cartas.carta_comunidad, 3),
    (cartas.carta_vecino, 3),
    (correos.correo, 2),
    (correos.transparencia, 1),
    (internos.memorandum, 2),
    (internos.informe, 1),
    (internos.certificado, 1),
    (actos.decreto, 3),
    (actos.resolucion, 1),
    (registros.concejo, 1),
    (registros.convenio, 1),
    (registros.ordenanza, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "carta_comunidad", "carta_vecino", "correo", "transparencia"}

_DECK = Deck(
    name="pozo-almonte",
    prefix="pa",
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

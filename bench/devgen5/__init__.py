"""A fifth DEVELOPMENT set for the classifier: the papers a seventh municipality, Lonquimay
(Provincia de Malleco, Región de La Araucanía, region code AR), receives and writes, in
wordings and layouts the other development sets cover little, above all in how a paper
states its SUBJECT and which UNIT it concerns.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen4; the held-out
sets of bench/classify.py stay untouched. It was written from knowledge of how Chilean
municipal and regional documents look, without reading the held-out generator, the
evaluation sets, the public corpus or the classifier's rules; only devgen's truth
conventions and the code of devgen, devgen2, devgen3 and devgen4 were looked at. That code
is reused, not copied: devgen2's deck, lay-out and set loop (``deal``, ``lay_out``,
``produce``), its writing context, truth record, matters and services; devgen3's banner and
shaded grid; devgen4's renderer, margin notes, papers and RECIBIDO stamp; devgen's scanner
and truth file. The unit codes are the same as in every development set.

Same interface as bench.devgen2 to devgen4 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: oficios of La Araucanía's services
(SEREMIs, Servicio de Salud Araucanía Norte, CONADI, INDAP, SERVIU, GORE, Delegación
Presidencial de Malleco, Contraloría Regional, Superintendencia de Educación, Dirección del
Trabajo, SERNAGEOMIN, CONAF, Vialidad) and Lonquimay's own, whose subject is labelled
«MAT.:», «MATERIA:», «Materia:», «REF.:», «ASUNTO:», «Referencia», «Mat/», stands alone on
its line with the text below, wraps over two or three lines, sits in a right-hand number
column (before or after ANT.), in a small bordered table or a shaded grid, or follows DE:/A:
with ANT. between it and the body, with «INCL.:» and «DIST.:» now and then; courts' oficios
with «Causa Rol N°» and the addressee at the foot; resoluciones exentas and decretos whose
summary («APRUEBA …», «ORDENA SUMARIO …», «PONE TÉRMINO …») sits under the number, in
the right or left margin, as a bold centred title, after «MATERIA:», in a right column or in
a narrow column with words split by hyphens; memorándums between directions with
DE/A/FECHA/MAT. in six orders, as fields, boxed, a grid or plain lines; informes with or
without a stated MATERIA; certificados; minutes of the Concejo and its comisiones;
convenios; neighbours' requests with «Asunto:» or no subject at all; invitations. Dates
numeric («03.03.2025», «3.03.25»), in words, with the town («Lonquimay, 3 de marzo de
2025») or beside a signature; numbers as «ORD. N° 1.245», «Oficio Ordinario N°: 45/2025»,
«RES. EX. N° 3.210», «DECRETO N° 877», «MEMO N° 12». Everything follows from the seed.

    python -m bench.devgen5 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen5 import actos, internos, oficios, papeles, parts, render, topics, wording

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]


# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "oficio_servicio": (oficios.oficio_servicio, 5),
    "oficio_municipal": (oficios.oficio_municipal, 2),
    "oficio_juzgado": (oficios.oficio_juzgado, 1),
    "memorandum": (internos.memorandum, 3),
    "informe": (internos.informe, 1),
    "certificado": (internos.certificado, 1),
    "resolucion_servicio": (actos.resolucion_servicio, 2),
    "decreto": (actos.decreto, 3),
    "acta": (papeles.acta, 1),
    "convenio": (papeles.convenio, 1),
    "solicitud_vecino": (papeles.solicitud_vecino, 2),
    "invitacion": (papeles.invitacion, 1),
}
# Kinds neighbours write: about matters they write about.
CITIZENS = {"solicitud_vecino"}


_DECK = Deck(
    name="lonquimay",
    prefix="lq",
    kinds=KINDS,
    topics=topics.TOPICS,
    matter=topics.matter,
    pick_date=wording.pick_date,
    render=render.render,
    reception_stamp=parts.reception_stamp,
    retopic=topics.for_citizens,
    retopiced=CITIZENS,
)
kinds_for = _DECK.kinds_for
write = _DECK.write
make = _DECK.make
generate = _DECK.generate

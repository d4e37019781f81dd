"""A DEVELOPMENT set for the classifier: the papers Lo Prado (Provincia de Santiago, Región
Metropolitana, region code RM), a dense urban commune of western Santiago, receives and
writes, in senders, layouts and wordings the other development sets cover little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen10; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus, the tests or the classifier's rules; only devgen's truth conventions, the
document-type strings, unit codes and directions of devgen to devgen10, and their structure,
were looked at. Reused, not copied: devgen4's deck, renderer and page furniture; devgen2's
writing context, truth record, matters and e-signature note; devgen3's marks; devgen5's
wrapping and operative verbs; devgen8's office record and subject filling; devgen9's office
letterhead, initials, copy lists and oficio foot; devgen's scanner and truth file.

Same interface as bench.devgen2 to devgen10 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: the national and metropolitan offices in
Santiago (SUBDERE, Desarrollo Social, SERVIU Metropolitano, the DTPM, the Superintendencia de
Educación, the SEREMI de Salud RM, the Servicio de Salud Metropolitano Occidente, SII,
Tesorería, Registro Civil, INE, SENDA, SERVEL, the GORE, the Delegación Presidencial Regional,
the Subsecretaría de Prevención del Delito), whose oficios put the subject after «Referencia:»
/ «Ref.:» / «Asunto:» behind a cited paper and a dash, as a numbered list after «MATERIA:»
(«1) …; 2) …»), as a bold headline centred over the body, only in the first paragraph
(«Tengo el agrado de remitir a usted …»), or in the MATERIA cell of a table whose header row
names the cells; the mayor's (a man's, or «por orden del Alcalde») ordinarios in the same
heads; the Juzgado de Familia de Pudahuel, the Primer Juzgado Civil and the Corte de
Apelaciones de Santiago, the Fiscalía Centro Norte and the 44ª Comisaría; the Contraloría
Regional Metropolitana's oficios and the Consejo para la Transparencia's decisions on
amparos («DECISIÓN AMPARO ROL C1234-25», «RESUMEN:») and oficios; letters of Enel, Aguas
Andinas, Metro, a bus operator, builders, universities and foundations, and of juntas de
vecinos, clubs and neighbours («SOLICITA …» or the empty «SOLICITA LO QUE INDICA» at the top
right, «Materia: 1) …; 2) …», a headline, or nothing); e-mails printed from Gmail (the
subject as an unlabelled bold line) or an English Outlook («Subject:»); memorándums as a
header-row table, in four orders of DE/A/FECHA/MAT. or from the document platform («MEMO
ELECTRÓNICO N° E-12345/2025»); decretos whose summary is only their first «DECRETO:» point,
a table cell or a «MAT.:» left column; services' resoluciones exentas with their file
number first, a headline and an e-signature, or the summary in capitals at the right; the
Concejo's minutes with a table of agreements; convenios and contratos; forms with numbered
fields (a BNUP permit, a licence, a FONDEVE application). Dates as «Santiago, 3 de marzo de
2025», «LO PRADO, 03.03.2025», «Fecha: 03-03-2025»; numbers as «ORD. N° 1234/2025», «OF.
ORD. N°: 0456», «RES. EX. N° 789», «E-12345/2025». Everything follows from the seed.

    python -m bench.devgen12 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen12 import (
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
    (oficios.oficio_alcalde, 2),
    (cartas.carta_institucion, 3),
    (cartas.carta_vecinal, 3),
    (correos.correo, 1),
    (control.control, 2),
    (internos.memorandum, 2),
    (actos.decreto, 3),
    (actos.resolucion, 2),
    (registros.concejo, 1),
    (registros.convenio, 1),
    (registros.formulario, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_institucion", "carta_vecinal", "correo"}

_DECK = Deck(
    name="lo-prado",
    prefix="lp",
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

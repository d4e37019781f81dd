"""A SEALED evaluation set for the classifier: the papers the Ilustre Municipalidad de Tomé
(Provincia de Concepción, Región del Biobío, region code BI) receives and writes.

SEALED: engineers working on the classifier must not read this package's code, its
generated documents or its per-document errors, nor tune on them; only aggregate figures
may be looked at, as reported by ``python -m bench.classify_dev --generator sealgen4
--sealed`` (registered there by the engineer). It was written from knowledge of how Chilean
public documents look, without reading the classifier, its rules, the held-out or other
sealed generators, the evaluation sets, the public corpus or the tests; only the
development generators' structure, interface and truth conventions (document-type strings,
directions, unit codes, how numbers and subjects are registered) were looked at.

Reused, not copied, from the development generators: devgen4's deck, renderer and page
furniture (seals, printed e-mails, notebook paper); devgen2's writing context, truth
record, topic machinery, blocks, dates and e-signature box; devgen3's marks (Tomé's own
joins them); devgen5's wrapping and operative verbs; devgen8's offices, units and subject
filling; devgen9's office letterhead, matter record, initials, copy lists and page labels;
devgen12's dates, numbers, capitals and the «de la»/«del» of organisations; devgen's scanner,
truth file and command.

Same interface as bench.devgen12 (``generate``, ``KINDS``, ``Made``, ``Truth``, ``make``)
and the same truth fields. Senders: Biobío's Delegación Presidencial, GORE, SEREMIs (Salud,
Vivienda, Transportes, Educación), SERVIU, Vialidad, DOH, SERNAPESCA, the Capitanía de
Puerto de Talcahuano, the Servicio de Salud Talcahuano, the SMA; the Contraloría Regional
del Biobío; the Juzgado de Letras de Tomé, the Corte de Apelaciones de Concepción, the
Fiscalía Local and Carabineros; firms of the coast; fishermen's unions of the caletas;
juntas de vecinos, clubs and neighbours; e-mails; transparency requests; and the
municipality's own oficios, memorándums, decretos, certificates, minutes and convenios.
Everything follows from the seed.

    python -m bench.sealgen4 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.sealgen4 import (
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

# (writer, cards in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_servicio, 6),
    (justicia.oficio_judicial, 2),
    (oficios.oficio_alcalde, 2),
    (control.contraloria, 1),
    (control.resolucion, 1),
    (cartas.carta_empresa, 2),
    (cartas.carta_caleta, 1),
    (cartas.carta_vecinal, 3),
    (correos.correo, 1),
    (correos.transparencia, 1),
    (internos.memorandum, 2),
    (internos.decreto, 2),
    (internos.certificado, 1),
    (registros.concejo, 1),
    (registros.convenio, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about public matters.
OUTSIDERS = {"carta_vecinal", "carta_caleta", "correo", "transparencia"}

_DECK = Deck(
    name="tome-sealed",
    prefix="tm",
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

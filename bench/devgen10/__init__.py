"""A twelfth DEVELOPMENT set for the classifier: the papers Tierra Amarilla (Provincia de
Copiapó, Región de Atacama, region code AT), a mining commune of the upper Copiapó valley,
receives and writes, in senders, layouts and wordings the other development sets cover
little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen9; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus, the tests or the classifier's rules; only devgen's truth conventions, the
document-type strings, unit codes and directions of devgen9, and the structure of devgen to
devgen9 were looked at. Reused, not copied: devgen4's deck, renderer and page furniture;
devgen2's writing context, truth record and matters; devgen3's header grid and two-column
banner; devgen5's operative verbs; devgen8's office record and subject filling; devgen9's
office letterhead, numbers, dates, antecedents, wrapping, oficio body and foot; devgen's
scanner and truth file.

Same interface as bench.devgen2 to devgen9 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: oficios of SERNAGEOMIN, the
Superintendencia del Medio Ambiente, the DGA, the SEA, the SEREMI de Minería, the Delegación
Presidencial Provincial de Copiapó, Carabineros' Tenencia and the Hospital de Copiapó, and
Aguas Chañar's letters, their subject labelled «MAT:» with the text on the NEXT lines of a
narrow column, «Materia.-» in sentence case closed by a full stop, spaced «ASUNTO :» rows, a
shaded two-column box whose narrow «MATERIA» cell wraps it, or started in the head's right
column and continued under it at full width; subjects that begin with a noun («Solicitud de
información sobre …», «Observaciones al …»), carry a project's name in «…» or an acronym in
parentheses; the mayor's (an Alcaldesa) ordinarios in the same heads; letters of mines and
contractors (RUT, «Carta GG N°», «Ref.:» citing an earlier oficio with «Asunto:» under it);
neighbours' and Colla communities' letters with a title line in capitals; e-mails printed
from Outlook with «Asunto: RE: …»; decretos whose summary is only a «MAT.:» in the head, a
framed line, or two bold lines above VISTOS; services' «RESOLUCIÓN EXENTA N° 123/2025» with
the summary in sentence case right under it; the Concejo's minutes, informes técnicos with a
title, and convenios whose title runs over three lines. Everything follows from the seed.

    python -m bench.devgen10 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen10 import actos, cartas, oficios, parts, registros, render, topics, wording

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_servicio, 6),
    (oficios.oficio_municipal, 2),
    (cartas.carta_empresa, 3),
    (cartas.carta_comunidad, 3),
    (cartas.correo, 2),
    (actos.decreto, 4),
    (actos.resolucion, 2),
    (registros.acta, 1),
    (registros.informe, 1),
    (registros.convenio, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "carta_comunidad", "correo"}

_DECK = Deck(name="tierra-amarilla", prefix="ta", kinds=KINDS, topics=topics.TOPICS,
             matter=topics.matter, pick_date=wording.pick_date, render=render.render,
             reception_stamp=parts.reception_stamp, retopic=topics.for_outsiders,
             retopiced=OUTSIDERS)  # fmt: skip
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

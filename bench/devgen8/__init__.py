"""A tenth DEVELOPMENT set for the classifier: the papers Río Bueno (Provincia del Ranco,
Región de Los Ríos, region code LR) receives and writes, in layouts and wordings the other
development sets cover little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen7; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus or the classifier's rules; only devgen's truth conventions, the
document-type vocabulary, the unit codes and the structure of devgen to devgen7 were looked
at. Reused, not copied: devgen4's deck, renderer and page furniture; devgen2's writing
context, truth record and matters; devgen3's header table; devgen5's line wrapping;
devgen's scanner and truth file.

Same interface as bench.devgen2 to devgen7 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: oficios of Los Ríos' offices (SERVIU,
Vialidad, SII, Tesorería, SAG, CONAF, SEREMI de Salud, Delegación del Ranco, DGA, GORE) and
of Carabineros, the PDI, the Fiscalía and the courts (RUC, Rol, parte), their heads as a
shaded label table, a right-hand column, number and place/date on one line with an indented
«REF.:», an ANT./MAT. table, or labels in a wide right margin; lawyers' escritos with their
sumilla («SUMA:» or «EN LO PRINCIPAL: …; OTROSÍ: …»); neighbours' and organisations'
letters with «Ref.:», a line in capitals after «Presente», or no subject; transparency
requests from the portal or as letters; printed e-mails; invitations; resoluciones exentas
with the summary above VISTOS, in a MATERIA row or only in the first RESUELVO point;
decretos (on a matter, de pago with a voucher table, de nombramiento); Contraloría's
dictámenes and oficios; circulars; memorándums in three heads; minutes of the Concejo, the
COSOC and its committees; informes; convenios. Everything follows from the seed.

    python -m bench.devgen8 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen8 import (
    actos,
    cartas,
    escritos,
    internos,
    normas,
    oficios,
    parts,
    render,
    topics,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "oficio_servicio": (oficios.oficio_servicio, 4),
    "oficio_justicia": (oficios.oficio_justicia, 2),
    "escrito": (escritos.escrito, 1),
    "carta_vecino": (cartas.carta_vecino, 3),
    "transparencia": (escritos.transparencia, 1),
    "correo": (cartas.correo, 1),
    "invitacion": (cartas.invitacion, 1),
    "resolucion_servicio": (actos.resolucion_servicio, 2),
    "decreto": (actos.decreto, 3),
    "contraloria": (normas.contraloria, 1),
    "circular": (normas.circular, 1),
    "memorandum": (internos.memorandum, 2),
    "acta": (internos.acta, 1),
    "informe": (internos.informe, 1),
    "convenio": (internos.convenio, 1),
}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_vecino", "escrito", "transparencia", "correo", "invitacion"}

_DECK = Deck(
    name="riobueno",
    prefix="rb",
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

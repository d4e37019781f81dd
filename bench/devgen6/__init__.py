"""A sixth DEVELOPMENT set for the classifier: the papers an urban, mid-sized municipality,
San Pedro de la Paz (Provincia de Concepción, Región del Biobío, region code BI), receives
and writes, in wordings and layouts the other development sets cover little, above all in
how a paper states its SUBJECT and which UNIT must handle it.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen5; the held-out
sets of bench/classify.py stay untouched. It was written from knowledge of how Chilean
municipal, regional and court documents look, without reading the held-out generator, the
evaluation sets, the public corpus or the classifier's rules; only devgen's truth
conventions and the code of devgen to devgen5 were looked at, for the interface. That code
is reused, not copied: devgen2's deck, lay-out and set loop (``deal``, ``lay_out``,
``produce``), its writing context, truth record, matters and services; devgen4's renderer,
marks, signatures and RECIBIDO stamp; devgen5's line wrapping; devgen's scanner and truth
file. The unit codes are the same as in every development set.

Same interface as bench.devgen2 to devgen5 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: letters of firms (ESSBIO, CGE, a
constructora, a telecom) with «Ref.:», «Asunto:» or «Materia:» (or none), the firm's own
number, «Concepción, marzo 12 de 2025» at the right and a signature block with the firm's
RUT; oficios of Concepción, Talcahuano, Coronel, Chiguayante and Hualqui; oficios of the
Biobío's offices (Tesorería, Dirección del Trabajo, SEREMI de Salud, SEC, GORE, SERVIU,
SEREMI MINVU, Subsecretaría de Prevención del Delito, Carabineros, PDI, SII, SENDA,
Contraloría) and «Of. Circ.» whose head sets the office left and the number, ANT. and MAT.
right, a two-column grid, «REF.:» at half width under the date, «MATERIA» on its own line
with the date after the signature, or A:/DE: with the subject last; resoluciones exentas
with «MATERIA:» in a framed box, above VISTOS or as a title; oficios of the Juzgado de Letras
de Coronel, the Corte de Apelaciones de Concepción, a labour court and a Juzgado de Policía
Local; decretos de pago (a voucher table), de nombramiento, approving bases or convenios,
their summary «MAT.:» above VISTOS, in a right column, as a title or in sentence case under
the number; the mayor's and the directions' own ordinarios («Ord. (D.O.M.) N° 45»);
memorándums as a grid, side-by-side cells or plain lines; minutes of the Concejo's
comisiones and of the COSOC; convenios de transferencia (FRIL, SENDA, SPD) and contratos;
informes of the Dirección de Control; certificados. Subjects are long (up to 250
characters), wrap, cite a number mid-way («Solicita informe respecto del Ord. N° 1.234 de
2024 sobre…»), carry dates, «quotes», parentheses and FNDR, FRIL, PMU, CESFAM, OPD, SENDA;
numbers come as «Res. Ex. N° 3.210/2025», «Oficio N° 045», «Decreto N° 877 /». Everything
follows from the seed.

    python -m bench.devgen6 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4 import render
from bench.devgen4.deck import Deck, Writer
from bench.devgen6 import (
    cartas,
    decretos,
    oficios,
    papeles,
    parts,
    propios,
    resoluciones,
    topics,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]


# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "oficio_servicio": (oficios.oficio_servicio, 4),
    "carta_empresa": (cartas.carta_empresa, 3),
    "oficio_municipio": (cartas.oficio_municipio, 1),
    "resolucion_servicio": (resoluciones.resolucion_servicio, 2),
    "oficio_tribunal": (resoluciones.oficio_tribunal, 1),
    "decreto": (decretos.decreto, 4),
    "ordinario": (propios.ordinario, 2),
    "memorandum": (propios.memorandum, 2),
    "acta": (papeles.acta, 1),
    "convenio": (papeles.convenio, 1),
    "informe_control": (papeles.informe_control, 1),
    "certificado": (papeles.certificado, 1),
}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "oficio_servicio", "oficio_municipio"}


_DECK = Deck(
    name="sanpedro",
    prefix="sp",
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

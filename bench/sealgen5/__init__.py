"""A SEALED evaluation set for the classifier: the papers Vallenar (Provincia del Huasco,
Región de Atacama, region code AT), the olive, grape and iron town on the Huasco river,
receives and writes. Sealed: the classifier's authors see only its aggregate figures
(``python -m bench.classify_dev --generator sealgen5 --sealed``), never its documents nor
their per-document errors, and never tune on it.

It was written without reading the classifier, the held-out generators and sets, the other
sealed generators, the tests or the public corpus; only the interface, the truth
conventions, the document-type strings, unit codes and directions of the development sets
(devgen to devgen13) were studied. Reused, not copied: devgen4's deck, renderer, page
furniture, seals, page breaks and photographs; devgen2's writing context, truth record and
topic machinery; devgen3's marks, grids, banners and e-signature boxes; devgen5's operative
verbs; devgen8's office record; devgen9's office letterhead, initials and copy lists;
devgen12's dates and numbers; devgen's scanner and truth file.

Same interface as bench.devgen13 (``generate``, ``KINDS``, ``Made``, ``Truth``, ``make``)
and the same truth fields. Its own: the senders of Atacama and the Huasco valley (regional
SEREMIs, the Delegación Presidencial Provincial del Huasco, GORE, DGA, SAG, SERNAGEOMIN,
the Servicio de Salud Atacama, Vialidad, DOH, SERVIU; the Contraloría Regional de Atacama,
the Juzgado de Letras de Vallenar, the Fiscalía Local and the 2ª Comisaría; Freirina,
Huasco and Alto del Carmen; olive, grape and mining firms, the water utility, the Junta de
Vigilancia del Río Huasco, rural water committees, Diaguita communities, juntas de vecinos
and neighbours), and its own heads and wordings (see ``heads`` and each writer's module).
Everything follows from the seed.

    python -m bench.sealgen5 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.sealgen5.actos import decreto, resolucion
from bench.sealgen5.cartas import carta_comunidad, carta_vecino
from bench.sealgen5.comunas import carta_municipal, oficio_alcalde, oficio_comuna
from bench.sealgen5.correos import correo, transparencia
from bench.sealgen5.empresas import carta_empresa
from bench.sealgen5.internos import certificado, informe, memorandum
from bench.sealgen5.justicia import oficio_contraloria, oficio_judicial
from bench.sealgen5.oficios import oficio_regional
from bench.sealgen5.parts import reception_stamp
from bench.sealgen5.registros import acta_concejo, convenio
from bench.sealgen5.render import render
from bench.sealgen5.topics import TOPICS, for_outsiders, matter
from bench.sealgen5.wording import pick_date

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# Each writer with the number of its cards in a round of the deck (35 in all): incoming
# oficios and letters weigh most, as in any Oficina de Partes. A kind is its writer's name.
_ROUND: tuple[tuple[Writer, int], ...] = (
    (oficio_regional, 6), (oficio_judicial, 2), (oficio_contraloria, 1), (oficio_comuna, 1),
    (oficio_alcalde, 2), (carta_municipal, 1), (carta_empresa, 3), (carta_comunidad, 3),
    (carta_vecino, 3), (correo, 2), (transparencia, 1), (memorandum, 2), (informe, 1),
    (certificado, 1), (decreto, 3), (resolucion, 1), (acta_concejo, 1), (convenio, 1),
)  # fmt: skip
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _ROUND}
# The kinds about what outsiders raise (the deck gives them a public matter).
OUTSIDERS = frozenset(
    w.__name__
    for w in (carta_empresa, carta_comunidad, carta_vecino, correo, transparencia, carta_municipal)
)

_DECK = Deck(
    kinds=KINDS,
    name="vallenar",
    prefix="va",
    render=render,
    pick_date=pick_date,
    topics=TOPICS,
    matter=matter,
    retopic=for_outsiders,
    retopiced=OUTSIDERS,
    reception_stamp=reception_stamp,
)
generate, make = _DECK.generate, _DECK.make
kinds_for, write = _DECK.kinds_for, _DECK.write

"""A SEALED evaluation set for the classifier: the papers the Ilustre Municipalidad de
Casablanca (Provincia de Valparaíso, Región de Valparaíso, region code VS), an inland
wine-growing commune on the Ruta 68, receives and writes.

SEALED: engineers must not read this package's code, its generated documents, or its
per-document errors, and must not tune the classifier on it. Only its aggregate figures may
be printed, by ``python -m bench.classify_dev --generator sealgen3 --sealed``. Reading it
would make it one more development set.

How it was written: from knowledge of how Chilean public documents look, without reading
the classifier, its rules, tests, held-out generators or evaluation sets, or the public
corpus; only the development generators (bench/devgen to devgen12) were read, for their
structure, interface, truth conventions, document-type strings, directions and unit codes.
Reused (imported), not copied: devgen4's Deck and renderer with its page furniture and
RECIBIDO stamp (devgen2's lay-out and production, devgen's scanner and truth file);
devgen2's writing context, clerk's record, topics machinery, date picking and e-signature
blocks; devgen3's Banner, Grid and SealBox blocks and its marks registry; devgen4's Margin
and Seal; devgen5's wrapping and operative verbs; devgen8's Office, Unit and subject
filling; devgen9's clerk's record with the municipality's printed name, office letterheads,
initials, copy lists and oficio foot; devgen12's table of unit codes. Casablanca's world,
topics, senders, wording and layouts are its own.

Same interface as bench.devgen12 (``generate``, ``KINDS``, ``Made``, ``Truth``, ``make``)
and the same truth fields and conventions. Everything follows from the seed.

    python -m bench.sealgen3 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.sealgen3 import (
    actos,
    cartas,
    control,
    correos,
    internos,
    justicia,
    oficios,
    parts,
    portal,
    registros,
    render,
    topics,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_regional, 6),
    (oficios.oficio_alcalde, 2),
    (justicia.oficio_judicial, 2),
    (justicia.oficio_congreso, 1),
    (control.contraloria, 1),
    (control.dictamen, 1),
    (control.cplt, 1),
    (cartas.carta_empresa, 3),
    (cartas.carta_vecinal, 4),
    (correos.correo, 2),
    (portal.solicitud_portal, 2),
    (internos.memorandum, 2),
    (internos.informe, 1),
    (internos.certificado, 1),
    (actos.decreto, 3),
    (actos.resolucion, 1),
    (registros.acta_concejo, 1),
    (registros.convenio, 1),
    (registros.ordenanza, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_empresa", "carta_vecinal", "correo", "solicitud_portal"}

_DECK = Deck(
    name="casablanca",
    prefix="cb",
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

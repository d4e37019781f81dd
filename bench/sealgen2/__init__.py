"""A SEALED evaluation set for the classifier: the papers the Oficina de Partes of the
Municipalidad de Calama (Provincia El Loa, Región de Antofagasta, region code AN) receives
and writes: a mining city in the desert oasis of the Loa, beside Codelco's Chuquicamata, with
Lickanantay communities, migrants, campamentos, dust and MP10, heat, water rights, trucks and
street markets.

SEALED: nobody looks at its errors, reads its documents to fix the classifier, or tunes
anything on it; it is generated, scored and reported, and that is all. Changing the
classifier because of a result here spoils it.

How it was written: in one sitting, from knowledge of how Chilean public documents look,
without reading the classifier, its tests, the held-out or other sealed generators, the
evaluation sets or the public corpus. Only devgen's truth record (bench/devgen/model.py) and
the plumbing of devgen, devgen2, devgen3, devgen4, devgen9 and devgen12 were read, and that
plumbing is imported, not copied: devgen4's deck, renderer and furniture; devgen2's writing
context, truth record, topic format and number words; devgen3's marks and QR; devgen9's
``matter_record``; devgen's scanner and truth file. Senders, wordings and layouts are this
set's own: oficios of the Antofagasta SEREMIs, SERVIU, DGA, SMA, SEA, CONADI, Migraciones,
Mejor Niñez, SII, Tesorería, the Delegación Presidencial and the GORE, whose subject sits in
a header table's cell, under the date at the right («Materia:»), after «Tema:»/«Motivo:»,
as a bold sentence under the addressee, after a dash in a «Ref.» citing an earlier paper, or
nowhere (the request only in the last paragraph), some from the document platform with a QR
and a verification code; the Calama courts, the Fiscalía and Carabineros (some reserved);
the Contraloría Regional's oficios, dictámenes and informes finales and the Consejo para la
Transparencia; Codelco's and contractors' letters; juntas de vecinos and neighbours on
notebook paper; Lickanantay communities with their seal; webmail printouts; the lobby and
transparency portals' printouts; the mayor's oficios with the matter in a wide margin;
memorándums, decretos alcaldicios, certificados, circulares, actas del Concejo, convenios,
ordenanzas and technical reports. Everything follows from the seed.

    python -m bench.sealgen2 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.sealgen2 import (
    cartas,
    entrantes,
    municipales,
    parts,
    portales,
    registros,
    render,
    topics,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, cards in each round of the deck): many oficios and letters. A kind is named after
# its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (entrantes.oficio_servicio, 6),
    (entrantes.oficio_judicial, 2),
    (entrantes.contraloria, 2),
    (entrantes.resolucion_servicio, 1),
    (cartas.carta_minera, 2),
    (cartas.carta_vecinos, 3),
    (cartas.carta_comunidad, 1),
    (cartas.correo_impreso, 1),
    (portales.lobby, 1),
    (portales.transparencia, 1),
    (municipales.oficio_alcalde, 3),
    (municipales.memorandum, 2),
    (municipales.decreto, 2),
    (municipales.certificado, 1),
    (municipales.circular, 1),
    (registros.acta_concejo, 1),
    (registros.convenio, 1),
    (registros.ordenanza, 1),
    (registros.informe, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters outsiders write about.
OUTSIDERS = {
    "carta_minera",
    "carta_vecinos",
    "carta_comunidad",
    "correo_impreso",
    "lobby",
    "transparencia",
}

_DECK = Deck(
    name="calama-sealed",
    prefix="cl",
    kinds=KINDS,
    topics=topics.TOPICS,
    matter=topics.matter,
    pick_date=parts.pick_date,
    render=render.render,
    reception_stamp=parts.reception_stamp,
    retopic=topics.for_outsiders,
    retopiced=OUTSIDERS,
)
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

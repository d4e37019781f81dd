"""A fourth DEVELOPMENT set for the classifier: the papers a sixth municipality, Putre
(Provincia de Parinacota, Región de Arica y Parinacota), receives and writes that the other
development sets cover little or not at all, in other layouts and other words.

Engineers may look at its errors and tune on it, as on bench/devgen, devgen2 and devgen3; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean municipal, judicial and regional documents look, without reading the held-out
generator, the evaluation sets or the classifier's rules; only devgen's truth conventions
and the code of devgen, devgen2 and devgen3 were looked at. That code is reused, not
copied: devgen2's deck, lay-out and set loop (``deal``, ``lay_out``, ``produce``), its
writing context, truth record, matters and services, its blocks, renderer and page
furniture; devgen3's blocks (banner, shaded grid) and marks; devgen's scanner and truth
file. The unit codes are the same as in every development set.

Same interface as bench.devgen2 and devgen3 (``generate``, ``KINDS``, ``Made``, ``Truth``)
and the same truth fields. What it adds: neighbours' letters written at home (no letterhead,
place and date at the top right or above the signature, «Señor Alcalde … Presente», «De mi
consideración», RUT, address and phone under the signature; notebook ruling, a chancery or
typewriter face; mostly without a «Ref.:» line, so without subject) and organisations'
letters with their round seal; requests from the Portal de Transparencia («Folio N°
MU273T0001234», the requester's fields, «Solicitud:», «Forma de recepción») with the
browser's print header; oficios of courts, the Fiscalía and Carabineros with RIT, ROL and
RUC, dates in words and the addressee at the foot, «OBJ.:» and «REF.: Parte N°»; informes
técnicos, sociales and jurídicos with a PARA/DE/FECHA/MATERIA table, sections and annex
pages; e-mails printed from Outlook (Spanish or English) or Gmail with forwarded messages
inside; Putre's decretos with the summary above VISTOS on the left, in a wide margin or as a
title, its ordinances, the Concejo's minutes and convenios; and regional services' oficios
with MAT. before ANT., lower-case labels, ANT. over several lines, a MAT. broken in
mid-sentence and DE:/A: after the body. Papers carta and oficio, many faces and margins,
letterheads with or without Putre's mark, and on scans a RECIBIDO stamp turned up to
thirty degrees. Everything follows from the seed.

    python -m bench.devgen4 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4 import (
    cartas,
    concejo,
    correos,
    decretos,
    informes,
    parts,
    regionales,
    render,
    topics,
    transparencia,
    tribunales,
    wording,
)
from bench.devgen4.deck import Deck, Writer

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]


# kind: (writer, how many in each round of the deck)
KINDS: dict[str, tuple[Writer, int]] = {
    "carta_vecino": (cartas.carta_vecino, 3),
    "carta_organizacion": (cartas.carta_organizacion, 2),
    "transparencia_portal": (transparencia.transparencia, 2),
    "oficio_tribunal": (tribunales.oficio_tribunal, 3),
    "oficio_policial": (tribunales.oficio_policial, 1),
    "informe": (informes.informe, 3),
    "correo": (correos.correo, 3),
    "decreto": (decretos.decreto, 3),
    "ordenanza": (decretos.ordenanza, 1),
    "acta_concejo": (concejo.acta, 1),
    "convenio": (concejo.convenio, 1),
    "oficio_regional": (regionales.oficio_regional, 4),
}
# Kinds neighbours and organisations write: about matters they write about.
CITIZENS = {"carta_vecino", "carta_organizacion"}


_DECK = Deck(
    name="putre",
    prefix="pu",
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

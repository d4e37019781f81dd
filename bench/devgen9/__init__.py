"""An eleventh DEVELOPMENT set for the classifier: the papers Quirihue (Provincia de Itata,
Región de Ñuble, region code NB) receives and writes, in senders, layouts and wordings the
other development sets cover little.

Engineers may look at its errors and tune on it, as on bench/devgen to devgen8; the
held-out sets of bench/classify.py stay untouched. It was written from knowledge of how
Chilean public documents look, without reading the held-out generator, the evaluation sets,
the public corpus or the classifier's rules; only devgen's truth conventions, the
document-type strings, unit codes and directions the earlier development sets use, and the
structure of devgen to devgen8 were looked at. Reused, not copied: devgen4's deck, renderer
and page furniture; devgen2's writing context, truth record and matters; devgen3's header
table, two-column banner and e-signature box; devgen5's line wrapping and operative verbs;
devgen8's office record, subject filling, initials and distribution lists; devgen's scanner
and truth file. Places, people, matters, offices and firms are data (``data/*.txt``).

Same interface as bench.devgen2 to devgen8 (``generate``, ``KINDS``, ``Made``, ``Truth``,
``make``) and the same truth fields. What it adds: oficios of Ñuble's offices (SEREMIs, the
Servicio de Salud Ñuble, the Delegación Presidencial Provincial de Itata, SENAPRED, INDAP,
FOSIS, JUNAEB, the Inspección del Trabajo, the GORE, Vialidad, CONAF), of national services
(SUBDERE, SERVEL, Registro Civil, Superintendencia de Educación), of courts, and Quirihue's
own, with heads where the labels follow the addressee block, the subject sits in a boxed
table cell, everything is in sentence case («Oficio N°: 45», «Materia:»), the office's
letterhead and the number block share a two-column head, or «REFERENCIA:» and
«ANTECEDENTES:» rows come under a centred number; numbers as «OF. ORD. N° 1234/2025», «ORD.
N° 12-A», «OFICIO RES. N°», «N° 0045»; ANT. listing several documents; signatures with «(S)»
or «p.o.»; the Congreso's oficios (the Cámara's fiscalización at a deputy's request, its
committees' invitations, the Senado's in a senator's name); firms' letters (water, power,
towers, a debt collector, factoring, builders, the bank) and a notary's certificate of an
assigned invoice; neighbours' letters written at home («Motivo:», «Asunto:», an underlined
title or nothing), organisations' with «SOLICITA:» and three signatures under a seal, the
fire brigade's oficios; forwarded and answered e-mails («RV:», «RE:», «Fwd:») printed from
Outlook, Gmail or Thunderbird; decretos (exentos, de pago, de nombramiento, de sumario, one
approving a reglamento) with the summary in a right column, centred in capitals, above the
number or underlined; services' resoluciones; Contraloría's dictámenes from its
jurisprudence portal or with MATERIA/DESCRIPTORES after the text; national and internal
circulars; ordenanzas; memorándums; providencias; minutes of the Concejo, the COSOC, the
emergency committee and a work's reception; convenios; informes (and the ALFA emergency
form); certificados; the OIRS counter's transparency form. Everything follows from the seed.

    python -m bench.devgen9 OUT --count N --seed S [--scan]
"""

from __future__ import annotations

from bench.devgen import Made
from bench.devgen.model import Truth
from bench.devgen4.deck import Deck, Writer
from bench.devgen9 import (
    actos,
    cartas,
    congreso,
    correos,
    internos,
    normas,
    oficios,
    parts,
    registros,
    render,
    topics,
    vecinos,
    wording,
)

__all__ = ["KINDS", "Made", "Truth", "generate", "make"]

# (writer, how many in each round of the deck): many oficios and letters, as an Oficina de
# Partes receives them. A kind is named after its writer.
_DEALT: tuple[tuple[Writer, int], ...] = (
    (oficios.oficio_regional, 5),
    (oficios.oficio_nacional, 2),
    (congreso.oficio_congreso, 2),
    (oficios.oficio_tribunal, 1),
    (oficios.oficio_municipal, 2),
    (cartas.carta_empresa, 3),
    (cartas.certificado_notarial, 1),
    (vecinos.carta_vecino, 3),
    (vecinos.carta_organizacion, 2),
    (vecinos.oficio_bomberos, 1),
    (correos.correo, 2),
    (registros.transparencia, 1),
    (actos.decreto, 4),
    (actos.resolucion, 2),
    (normas.dictamen, 1),
    (normas.circular, 1),
    (normas.ordenanza, 1),
    (internos.memorandum, 2),
    (internos.providencia, 1),
    (registros.acta, 1),
    (registros.convenio, 1),
    (internos.informe, 1),
    (internos.certificado, 1),
)
KINDS: dict[str, tuple[Writer, int]] = {w.__name__: (w, n) for w, n in _DEALT}
# Kinds outsiders write: about matters they write about.
OUTSIDERS = {"carta_vecino", "carta_organizacion", "correo", "transparencia"}

_DECK = Deck(name="quirihue", prefix="qh", kinds=KINDS, topics=topics.TOPICS,
             matter=topics.matter, pick_date=wording.pick_date, render=render.render,
             reception_stamp=parts.reception_stamp, retopic=topics.for_outsiders,
             retopiced=OUTSIDERS)  # fmt: skip
kinds_for, write, make, generate = _DECK.kinds_for, _DECK.write, _DECK.make, _DECK.generate

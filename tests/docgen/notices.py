"""Ordenanzas, informes and the circulars ministries send to every municipality."""

from __future__ import annotations

import random

from tests.docgen.acts import styled_date
from tests.docgen.content import Topic, Truth, spanish_date, subject_label, when
from tests.docgen.people import COMMUNE, FILLER, INTERNAL_POSTS, MUNICIPALITY, citizen

# (what the ordenanza regulates, a word of it without accents)
ORDINANCES = [
    ("RUIDOS MOLESTOS", "ruidos"),
    ("TENENCIA RESPONSABLE DE MASCOTAS Y ANIMALES DE COMPAÑÍA", "mascotas"),
    ("DERECHOS MUNICIPALES POR PERMISOS, CONCESIONES Y SERVICIOS", "concesiones"),
    ("FUNCIONAMIENTO DE FERIAS LIBRES", "ferias"),
    ("ASEO Y ORNATO DE LA COMUNA", "ornato"),
    ("PARTICIPACIÓN CIUDADANA", "participacion"),
]
# Posts of the units that INTERNAL_POSTS leaves out.
_MORE_POSTS = {
    "juridica": "ASESOR JURÍDICO",
    "jpl": "SECRETARIA JUZGADO DE POLICÍA LOCAL",
    "alcaldia": "JEFE DE GABINETE",
    "secretaria-municipal": "SECRETARIO MUNICIPAL",
}
# Which ministry writes circulars about a unit's matters.
_MINISTRIES = {
    "salud": ("MINISTERIO DE SALUD", "SUBSECRETARIO DE REDES ASISTENCIALES"),
    "educacion": ("MINISTERIO DE EDUCACIÓN", "SUBSECRETARIA DE EDUCACIÓN"),
    "dom": ("MINISTERIO DE VIVIENDA Y URBANISMO", "SUBSECRETARIO DE VIVIENDA Y URBANISMO"),
    "transito": ("MINISTERIO DE TRANSPORTES Y TELECOMUNICACIONES", "SUBSECRETARIO DE TRANSPORTES"),
    "dideco": ("MINISTERIO DE DESARROLLO SOCIAL Y FAMILIA", "SUBSECRETARIA DE SERVICIOS SOCIALES"),
}
_SUBDERE = (
    "SUBSECRETARÍA DE DESARROLLO REGIONAL Y ADMINISTRATIVO",
    "SUBSECRETARIO DE DESARROLLO REGIONAL Y ADMINISTRATIVO",
)


def ordenanza(rng: random.Random, topic: Topic) -> Truth:
    """A municipal ordenanza: its title, then titles and articles."""
    matter, word = rng.choice(ORDINANCES)
    day = when(rng)
    number = str(rng.randint(1, 30)) if rng.random() < 0.4 else None
    title = f"ORDENANZA MUNICIPAL {f'N° {number} ' if number else ''}SOBRE {matter}"
    lines = (
        f"#{MUNICIPALITY}",
        title,
        f"{COMMUNE}, {spanish_date(day)}",
        "",
        "TÍTULO I",
        "DISPOSICIONES GENERALES",
        f"Artículo 1°.- La presente ordenanza regula {matter.lower()} en el territorio de la "
        f"comuna de {COMMUNE.title()}.",
        "Artículo 2°.- Corresponderá a los inspectores municipales y a Carabineros de Chile "
        "fiscalizar el cumplimiento de la presente ordenanza.",
        "Artículo 3°.- Las infracciones serán sancionadas por el Juzgado de Policía Local con "
        "multas de una a cinco unidades tributarias mensuales.",
        "Artículo 4°.- La presente ordenanza entrará en vigencia desde su publicación.",
        "",
        "@Javier Hermosilla Yáñez",
        "@ALCALDE",
    )
    return Truth(
        kind="ordenanza",
        doc_type="ordenanza",
        direction="interno",
        unit="secretaria-municipal",  # the Secretario keeps and publishes them, by routing rule
        doc_number=number,
        doc_date=day,
        subject=title,
        sender="ALCALDE",
        sender_org=MUNICIPALITY,
        recipient=None,
        ruts=(),
        keyword=word,
        lines=lines,
    )


def informe(rng: random.Random, topic: Topic) -> Truth:
    """A unit's informe técnico, social or jurídico to the Alcalde."""
    post = {unit: post for post, unit in INTERNAL_POSTS}.get(topic[1]) or _MORE_POSTS[topic[1]]
    kind = {"dideco": "SOCIAL", "juridica": "JURÍDICO"}.get(topic[1], "TÉCNICO")
    number, day = str(rng.randint(1, 300)), when(rng)
    recipient = rng.choice(["ALCALDE", "ADMINISTRADOR MUNICIPAL"])
    titled = rng.random() < 0.3  # no MAT.: the title says what it is about
    if titled:
        subject = f"INFORME {kind} SOBRE LA {topic[0].upper()}"
        heading = [subject]
    else:
        subject = f"Informa sobre la {topic[0]}"
        heading = [f"INFORME {kind} N° {number}", f"{subject_label(rng)} {subject}."]
    lines = (
        f"#{MUNICIPALITY}",
        *heading,
        f"{COMMUNE}, {spanish_date(day)}",
        f"DE: {post}",
        f"A: {recipient}",
        "",
        "I. ANTECEDENTES",
        f"En atención a lo solicitado, se informa respecto de la {topic[0]}.",
        rng.choice(FILLER),
        "II. CONCLUSIÓN",
        "Se recomienda continuar con el procedimiento en los términos expuestos.",
        "",
        f"@{post}",
    )
    return Truth(
        kind="informe",
        doc_type="informe",
        direction="interno",
        unit=topic[1],
        doc_number=None if titled else number,
        doc_date=day,
        subject=subject,
        sender=post,
        sender_org=MUNICIPALITY,
        recipient=recipient,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )


def circular_externa(rng: random.Random, topic: Topic) -> Truth:
    """A ministry's circular to every municipality, headed as ministries head them."""
    body, post = _MINISTRIES.get(topic[1], _SUBDERE)
    day = when(rng)
    number = rng.choice([f"{rng.randint(1, 99):04d}", str(rng.randint(1, 99))])
    heading = rng.choice(
        [f"CIRCULAR ORD. N° {number}", f"CIRCULAR N° {number}", f"OFICIO CIRCULAR N° {number}"]
    )
    subject = f"Imparte instrucciones sobre la {topic[0]}"
    recipient = rng.choice(["SEGÚN DISTRIBUCIÓN", "SRES. ALCALDES Y ALCALDESAS DEL PAÍS"])
    with_subject = rng.random() < 0.8
    lines = (
        f"#{body}",
        "#GABINETE",
        heading,
        *([f"MAT.: {subject}."] if with_subject else []),
        f"SANTIAGO, {styled_date(rng, day)}",
        f"DE: {post}",
        f"A: {recipient}",
        "",
        "Junto con saludar, y en el marco de la Ley N° 20.285 sobre Acceso a la Información "
        f"Pública y de la Ley N° 18.695, se imparten instrucciones respecto de la {topic[0]}.",
        "Los municipios deberán informar a esta Secretaría de Estado las medidas adoptadas.",
        "",
        "Saluda atentamente a ustedes,",
        f"@{citizen(rng).name}",
        f"@{post}",
        "",
        "DISTRIBUCIÓN:",
        "- Sres. Alcaldes y Alcaldesas",
        "- Archivo",
    )
    return Truth(
        kind="circular_externa",
        doc_type="circular",
        direction="entrada",
        unit=topic[1],
        doc_number=number,
        doc_date=day,
        subject=subject if with_subject else None,
        sender=post,
        sender_org=body,
        recipient=recipient,
        ruts=(),
        keyword=topic[2],
        lines=lines,
    )

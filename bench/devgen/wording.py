"""Many ways to say the same thing: subjects, openings, requests, closings, antecedents."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen import world
from bench.devgen.topics import Matter, cap

# (subject template, what the body says it does) for letters from outside.
INCOMING = (
    ("Solicita información sobre {m}", "solicitar información respecto de {m}"),
    ("Solicita antecedentes relativos a {m}", "requerir los antecedentes relativos a {m}"),
    ("Informa sobre {m}", "informar a usted acerca de {m}"),
    ("Remite antecedentes de {m}", "remitir los antecedentes de {m}"),
    ("Requiere pronunciamiento respecto de {m}", "requerir su pronunciamiento sobre {m}"),
    ("Sobre {m}", "referirme a {m}"),
    ("{M}", "exponer la situación de {m}"),
    ("Reitera solicitud de información sobre {m}", "reiterar lo solicitado respecto de {m}"),
    ("Invita a mesa de trabajo sobre {m}", "invitar a una mesa de trabajo sobre {m}"),
    ("Hace presente situación relativa a {m}", "hacer presente la situación de {m}"),
    ("Comunica observaciones sobre {m}", "comunicar las observaciones formuladas a {m}"),
    ("Adjunta documentación relativa a {m}", "adjuntar la documentación relativa a {m}"),
    ("Da respuesta a consulta sobre {m}", "dar respuesta a la consulta sobre {m}"),
    ("Solicita coordinar acciones respecto de {m}", "coordinar acciones respecto de {m}"),
    ("Informa lo que indica en relación con {m}", "informar lo que sigue en relación con {m}"),
)
# For the municipality's own oficios (salida).
OUTGOING = (
    ("Responde Ord. N° {ant} sobre {m}", "dar respuesta a su oficio relativo a {m}"),
    ("Remite información solicitada sobre {m}", "remitir la información solicitada sobre {m}"),
    ("Solicita apoyo para {m}", "solicitar su colaboración para {m}"),
    ("Informa estado de {m}", "informar el estado de {m}"),
    ("Solicita visita técnica por {m}", "solicitar una visita técnica con motivo de {m}"),
    ("Solicita financiamiento para {m}", "solicitar financiamiento para {m}"),
    ("Envía antecedentes de {m}", "enviar los antecedentes de {m}"),
    ("{M}: solicita lo que indica", "solicitar lo que se indica respecto de {m}"),
    ("Comunica acuerdo municipal sobre {m}", "comunicar el acuerdo adoptado sobre {m}"),
    ("Solicita gestionar {m}", "solicitar que se gestione {m}"),
)
# For memos between units.
INTERNAL = (
    ("Solicita informe sobre {m}", "solicitar un informe sobre {m}"),
    ("Deriva solicitud relativa a {m}", "derivar la solicitud relativa a {m}"),
    (
        "Remite antecedentes de {m} para su revisión",
        "remitir para su revisión los antecedentes de {m}",
    ),
    ("Solicita gestionar {m}", "solicitar que su unidad gestione {m}"),
    ("Coordina {m}", "coordinar {m}"),
    ("Requiere visación de {m}", "requerir la visación de {m}"),
    ("Informa {m}", "informar {m}"),
    ("Pide pronunciamiento sobre {m}", "pedir el pronunciamiento de su unidad sobre {m}"),
    ("{M}", "tratar {m}"),
    ("Encarga seguimiento de {m}", "encargar el seguimiento de {m}"),
)
# Citizens, companies and organisations.
CITIZEN = (
    ("Solicita apoyo respecto de {m}", "solicitar su apoyo respecto de {m}"),
    ("Petición sobre {m}", "formular una petición sobre {m}"),
    ("Consulta por {m}", "consultar por {m}"),
    ("Solicitud relativa a {m}", "presentar una solicitud relativa a {m}"),
    ("Expone problema de {m}", "exponer el problema de {m}"),
    ("Pide solución a {m}", "pedir una pronta solución a {m}"),
    ("{M}", "plantear lo que ocurre con {m}"),
)
DECREE_VERBS = (
    "APRUEBA {m}",
    "APRUÉBASE {m}",
    "AUTORIZA GASTO PARA {m}",
    "DISPONE MEDIDAS RESPECTO DE {m}",
    "APRUEBA PROGRAMA MUNICIPAL RELATIVO A {m}",
    "DESIGNA COMISIÓN PARA {m}",
    "APRUEBA CONVENIO SOBRE {m}",
    "AUTORÍZASE {m}",
    "ORDENA {m}",
    "APRUEBA BASES ADMINISTRATIVAS PARA {m}",
    "MODIFICA DECRETO QUE REGULA {m}",
)
RESOLUTION_VERBS = (
    "APRUEBA CONVENIO DE TRANSFERENCIA PARA {m}",
    "ASIGNA RECURSOS PARA {m}",
    "OTORGA AUTORIZACIÓN RESPECTO DE {m}",
    "APRUEBA PROCEDIMIENTO PARA {m}",
    "DISPONE FISCALIZACIÓN DE {m}",
    "APRUEBA NÓMINA DE BENEFICIARIOS DE {m}",
    "ACOGE SOLICITUD SOBRE {m}",
    "FIJA PLAZO PARA {m}",
    "RECHAZA OBSERVACIONES SOBRE {m}",
)
OPENERS = (
    "Junto con saludarle cordialmente, me dirijo a usted para {v}.",
    "Por medio del presente, tengo a bien {v}.",
    "Mediante el presente documento, me permito {v}.",
    "Tengo el agrado de dirigirme a usted con el objeto de {v}.",
    "En atención a la materia del epígrafe, me corresponde {v}.",
    "Por intermedio del presente, y conforme a lo dispuesto en la normativa "
    "vigente, procedo a {v}.",
    "Me dirijo a usted con el propósito de {v}.",
    "Cumplo con {v}.",
)
REQUESTS = (
    "Se solicita remitir la información en un plazo de {n} días hábiles desde "
    "la recepción del presente.",
    "Agradeceré disponer que la unidad competente evalúe la situación e informe "
    "las medidas adoptadas.",
    "Le agradeceré dar respuesta a la brevedad, atendida la urgencia del caso.",
    "Esta repartición queda atenta a cualquier consulta que estime necesaria.",
    "Solicito a usted instruir a quien corresponda para que se adopten las medidas pertinentes.",
    "Se adjuntan los antecedentes de respaldo para su conocimiento y fines.",
    "Se ruega acusar recibo del presente documento.",
)
CLOSINGS = (
    "Sin otro particular, saluda atentamente a usted,",
    "Saluda atentamente,",
    "Sin otro particular, le saluda cordialmente,",
    "Atentamente,",
    "Hago propicia la ocasión para saludarle atentamente,",
    "Saluda cordialmente a usted,",
    "",
)


def subject(
    rng: random.Random, table: tuple[tuple[str, str], ...], m: Matter, **kw: str
) -> tuple[str, str]:
    """(subject line, infinitive phrase for the body) from one row of ``table``."""
    template, verb = rng.choice(table)
    name = m.name if rng.random() < 0.75 else m.other
    text = template.format(m=name, M=cap(name), **kw)
    if rng.random() < 0.2:
        text = text.upper()
    return text, verb.format(m=name)


def opener(rng: random.Random, verb: str) -> str:
    return rng.choice(OPENERS).format(v=verb)


def request(rng: random.Random) -> str:
    return rng.choice(REQUESTS).format(n=rng.choice((5, 10, 15)))


def closing(rng: random.Random) -> str:
    return rng.choice(CLOSINGS)


def place_date(rng: random.Random, city: str, day: date, *, words: float = 0.0) -> str:
    text = world.date_text(rng, day, words=words)
    style = rng.random()
    if style < 0.5:
        return f"{city}, {text}"
    if style < 0.65:
        return f"{city.upper()}, {text}"
    if style < 0.8:
        return f"{city}, {text}."
    return f"Fecha: {text}" if style < 0.9 else text


def antecedent(rng: random.Random, day: date, *, own: bool) -> str | None:
    """An ANT. line or None (some documents have none, some print «No hay»)."""
    earlier = world.earlier(rng, day)
    sign = world.number_sign(rng)
    when = world.date_text(rng, earlier)
    whose = "ese Servicio" if own else "esa Municipalidad"
    options = (
        f"Ord. {sign} {rng.randint(12, 2900)} de fecha {when}",
        f"Su oficio {sign} {rng.randint(12, 2900)}, de {world.long_date(earlier)}",
        f"Correo electrónico de fecha {when}",
        f"Memorándum {sign} {rng.randint(3, 400)} de {when}",
        f"Reunión sostenida el {world.long_date(earlier)}",
        "Ley N° 18.695, Orgánica Constitucional de Municipalidades",
        f"Solicitud ingresada el {when}",
        f"Oficio {sign} {rng.randint(12, 2900)} de {whose}",
    )
    return rng.choice(options)


def initials(rng: random.Random, signer: str) -> str:
    """The drafting initials at the foot of an oficio: «PCB/mov/jlp»."""
    first = "".join(w[0] for w in signer.split()[:3]).upper()
    typist = "".join(rng.choice("abcdefghjlmnoprstv") for _ in range(3))
    if rng.random() < 0.5:
        return f"{first}/{typist}"
    return f"{first}/{typist}/{''.join(rng.choice('abcdefgjlmprs') for _ in range(3))}"


def distribution(rng: random.Random, first: str, units: list[str]) -> tuple[str, ...]:
    items = [first]
    for unit in units[: rng.randint(1, 3)]:
        items.append(rng.choice((world.titled(world.UNIT_AREA[unit]), world.OFFICIALS[unit].short)))
    items.append(rng.choice(("Archivo", "Oficina de Partes", "Archivo Oficina de Partes")))
    return tuple(dict.fromkeys(items))


def salutation(rng: random.Random, female: bool) -> str:
    if female:
        return rng.choice(("Señora", "Estimada señora", "De mi consideración:", "Señora:"))
    return rng.choice(("Señor", "Estimado señor", "De mi consideración:", "Señor:"))

"""How Vichuquén's documents say things: dates, numbers, subject lines, the sentences of a
body, initials and distribution lists. Every choice is drawn from the document's rng."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.devgen2 import world
from bench.devgen2.topics import Matter, cap

WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")
SIGNS = ("N°", "N°", "N°", "Nº", "N.º", "Nro.", "No")


def pick_date(rng: random.Random, first: date = date(2023, 3, 1), days: int = 1000) -> date:
    """A working day from ``first`` to ``days`` later (by default March 2023 to November
    2025)."""
    day = first + timedelta(days=rng.randint(0, days))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def earlier(rng: random.Random, day: date) -> date:
    return day - timedelta(days=rng.randint(4, 70))


def long_date(day: date) -> str:
    return f"{day.day} de {world.MONTHS[day.month - 1]} de {day.year}"


def date_text(rng: random.Random, day: date) -> str:
    """One of the many ways a Chilean office prints a date."""
    month = world.MONTHS[day.month - 1]
    forms = (
        f"{day.day} de {month} de {day.year}",
        f"{day.day} de {month} de {day.year}",
        f"{day.day:02d} de {month} de {day.year}",
        f"{day.day} de {month.capitalize()} del {day.year}",
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day} {month[:3].upper()} {day.year}",
        f"{day.day:02d} {month[:3].upper()}. {day.year}",
        f"{WEEKDAYS[day.weekday()]} {day.day} de {month} de {day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day} DE {month.upper()} DE {day.year}",
    )
    return rng.choice(forms)


def place_date(rng: random.Random, city: str, day: date) -> str:
    when = date_text(rng, day)
    return rng.choice(
        (f"{city}, {when}", f"{city.upper()}, {when}", f"{city}, {when}.", f"{city} {when}")
    )


def sign(rng: random.Random) -> str:
    return rng.choice(SIGNS)


def printed(rng: random.Random, num: str) -> str:
    """1234 as printed: 1234 or 1.234."""
    if len(num) >= 4 and num.isdigit() and rng.random() < 0.4:
        return f"{int(num):,}".replace(",", ".")
    return num


def number_line(rng: random.Random, label: str, num: str, year: int) -> str:
    """«ORD. N° 1.234», «ORD. Nº: 1234 /», «OF. ORD. N° 1234/2025» (the truth keeps 1234)."""
    shown = printed(rng, num)
    tail = rng.choice(("", "", "", " /", f"/{year}", f" / {year}", f"-{year}"))
    colon = rng.choice((" ", " ", ": ", " : "))
    return f"{label} {sign(rng)}{colon}{shown}{tail}".replace("  ", " ")


def initials(rng: random.Random, signer: world.Person) -> str:
    """«PALC/mrf» or «PALC/mrf/jvv»: who signs, who wrote it, who typed it."""
    typists = [world.person(rng).initials().lower() for _ in range(rng.randint(1, 2))]
    return "/".join([signer.initials(), *typists])


# --- subject lines --------------------------------------------------------------------------

INCOMING = (
    "Solicita informe sobre {m}",
    "Requiere antecedentes relativos a {m}",
    "Remite observaciones respecto de {m}",
    "Informa sobre {m}",
    "Pone en conocimiento situación de {m}",
    "Solicita designar contraparte técnica para {m}",
    "Instruye adoptar medidas respecto de {m}",
    "Da respuesta a oficio municipal sobre {m}",
)
INCOMING_TAILS = (
    ", y solicita remitir respuesta dentro del plazo de diez días hábiles",
    ", conforme a las atribuciones que la ley otorga a este Servicio",
    ", según se indica en documento adjunto",
    ", a fin de coordinar las acciones que correspondan con esa Municipalidad",
)
OUTGOING = (
    "Responde {ant} sobre {m}",
    "Solicita apoyo técnico para {m}",
    "Remite antecedentes de {m}",
    "Informa estado de avance de {m}",
    "Solicita prórroga de plazo para informar {m}",
    "Envía propuesta municipal relativa a {m}",
)
INTERNAL = (
    "Deriva antecedentes de {m} para su gestión",
    "Solicita pronunciamiento sobre {m}",
    "Remite para su revisión {m}",
    "Solicita informe técnico de {m}",
    "Coordina acciones respecto de {m}",
    "Informa lo obrado en {m}",
)
CITIZEN = (
    "Solicita solución a {m}",
    "Pide intervención municipal en {m}",
    "Consulta sobre {m}",
    "Solicitud relativa a {m}",
    "Presenta solicitud por {m}",
)
ANSWER = (
    "Responde carta sobre {m}",
    "Da respuesta a su presentación relativa a {m}",
    "Informa sobre {m}",
    "Respuesta a solicitud sobre {m}",
)
DECREE = (
    "Aprueba procedimiento para {m}",
    "Autoriza gastos asociados a {m}",
    "Dispone medidas respecto de {m}",
    "Ordena ejecutar acciones para {m}",
    "Designa encargado de {m}",
    "Aprueba lo obrado en {m}",
)
RESOLUTION = (
    "Aprueba convenio de transferencia de recursos para {m}",
    "Fija plazo para subsanar observaciones sobre {m}",
    "Ordena fiscalización de {m}",
    "Asigna recursos para {m}",
    "Aprueba rendición de cuentas relativa a {m}",
    "Aprueba bases técnicas para {m}",
)


def subject(rng: random.Random, templates: tuple[str, ...], m: Matter, **extra: str) -> str:
    return cap(rng.choice(templates).format(m=m.name, **extra))


def incoming_subject(rng: random.Random, m: Matter) -> str:
    """Sometimes long enough to wrap onto two or three lines of the number column."""
    text = subject(rng, INCOMING, m)
    return text + rng.choice(INCOMING_TAILS) if rng.random() < 0.3 else text


def decree_summary(rng: random.Random, m: Matter) -> str:
    """Mostly in capitals, as decrees print it; else as written."""
    text = rng.choice(DECREE).format(m=m.name)
    return text.upper() if rng.random() < 0.65 else text


# --- the sentences of a body ------------------------------------------------------------------


def opening(rng: random.Random, m: Matter, *, whom: str) -> str:
    """The first sentence; ``whom``: «esa Municipalidad», «ese Servicio», «esa unidad»."""
    return rng.choice(
        (
            f"Por medio del presente, me dirijo a usted en relación con {m.name}.",
            f"Junto con saludar, informo a usted que {whom} debe tener presente lo relativo a "
            f"{m.other}.",
            f"En atención a la materia del epígrafe, cumplo con señalar a usted lo que sigue "
            f"respecto de {m.name}.",
            f"Con el propósito de dar curso a {m.other}, me permito exponer lo siguiente.",
        )
    )


def development(rng: random.Random, m: Matter) -> str:
    extra = rng.choice(
        (
            f"Los antecedentes reunidos muestran que la situación afecta al sector {m.sector}.",
            "La información disponible fue revisada por el equipo técnico a cargo.",
            "Esta materia ha sido planteada en reiteradas ocasiones por la comunidad.",
            "Es necesario resolver este asunto antes del inicio de la temporada estival.",
            "",
        )
    )
    return f"{m.detail} {extra}".strip()


def request(rng: random.Random, *, to_muni: bool) -> str:
    if to_muni:
        return rng.choice(
            (
                "En mérito de lo expuesto, se solicita a usted informar a este Servicio las "
                "medidas adoptadas en el más breve plazo.",
                "Agradeceré remitir la información requerida a la casilla de correo institucional "
                "indicada al pie.",
                "Se hace presente que la falta de respuesta será informada a la autoridad "
                "superior.",
            )
        )
    return rng.choice(
        (
            "Quedo atento a su respuesta y disponible para coordinar una reunión de trabajo.",
            "Agradeceré a usted considerar lo expuesto y comunicar lo resuelto.",
            "Sin otro particular, se despide cordialmente.",
        )
    )


def closing(rng: random.Random) -> str:
    return rng.choice(
        (
            "Saluda atentamente a usted,",
            "Sin otro particular, saluda atentamente,",
            "Le saluda cordialmente,",
            "Atentamente,",
            "",
        )
    )


def distribution_title(rng: random.Random) -> str:
    return rng.choice(("DISTRIBUCIÓN:", "Distribución:", "DISTRIBUCION:", "C.c.:", "Copia a:"))


def antecedent(rng: random.Random, day: date, *, own: bool) -> str:
    """An ANT.: line: the document this one answers or follows."""
    past = earlier(rng, day)
    num = rng.randint(12, 2900)
    kind = rng.choice(("Memo", "Correo electrónico", "Ord.")) if own else "Ord."
    if kind == "Correo electrónico":
        return f"Correo electrónico de fecha {past.day:02d}.{past.month:02d}.{past.year}"
    forms = (
        f"{kind} N° {num} de fecha {long_date(past)}",
        f"{kind} N° {num}/{past.year}",
        f"Su {kind} N° {num}, del {past.day:02d}.{past.month:02d}.{past.year}",
    )
    return rng.choice(forms)

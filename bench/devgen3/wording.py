"""How the state's documents say things: dates, numbers, the laws a resolution cites, its
considerations and operative points, closing formulas and e-signature notes."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.devgen2 import wording as wording2
from bench.devgen2.wording import long_date as long_date  # devgen3's modules use it from here
from bench.devgen2.world import MONTHS
from bench.devgen3 import world
from bench.devgen3.topics import Matter

SIGNS = ("N°", "N°", "N°", "Nº", "N.º")


def pick_date(rng: random.Random) -> date:
    """A working day from June 2023 to November 2025."""
    return wording2.pick_date(rng, date(2023, 6, 1), 900)


def earlier(rng: random.Random, day: date, lo: int = 5, hi: int = 60) -> date:
    return day - timedelta(days=rng.randint(lo, hi))


def date_text(rng: random.Random, day: date) -> str:
    """A date as the state's systems print it."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            long_date(day),
            long_date(day),
            f"{day.day:02d} de {month} de {day.year}",
            f"{day.day:02d} {month[:3].upper()} {day.year}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day} DE {month.upper()} DE {day.year}",
        )
    )


def place_date(rng: random.Random, city: str, day: date) -> str:
    when = date_text(rng, day)
    return rng.choice((f"{city.upper()}, {when}", f"{city}, {when}", f"{city.upper()}, {when}."))


def sign(rng: random.Random) -> str:
    return rng.choice(SIGNS)


def printed(rng: random.Random, num: str) -> str:
    """1523 as printed: 1523 or 1.523."""
    if num.isdigit() and 4 <= len(num) <= 6 and rng.random() < 0.35:
        return f"{int(num):,}".replace(",", ".")
    return num


def number_line(rng: random.Random, label: str, num: str, year: int) -> str:
    """«ORD. N° 1.523», «OF. ORD. D.E. N° 250123», «CIRCULAR N° 5/2025» (truth: the number)."""
    tail = rng.choice(("", "", "", f"/{year}", f" / {year}"))
    return f"{label} {sign(rng)} {printed(rng, num)}{tail}"


def initials(rng: random.Random, signer: world.Person) -> str:
    typists = [world.person(rng).initials().lower() for _ in range(rng.randint(1, 2))]
    return "/".join([signer.initials(), *typists])


def money(rng: random.Random, lo: int = 8_000_000, hi: int = 180_000_000) -> str:
    amount = rng.randint(lo // 1000, hi // 1000) * 1000
    return "$ " + f"{amount:,}".replace(",", ".")


# --- resolutions -------------------------------------------------------------------------

COMMON_LAWS = (
    "la Ley N° 19.880, que establece Bases de los Procedimientos Administrativos que rigen los "
    "Actos de los Órganos de la Administración del Estado",
    "el D.F.L. N° 1/19.653, de 2000, del Ministerio Secretaría General de la Presidencia, que "
    "fija el texto refundido de la Ley N° 18.575, Orgánica Constitucional de Bases Generales "
    "de la Administración del Estado",
    "la Ley N° 18.695, Orgánica Constitucional de Municipalidades",
)
TOMA_DE_RAZON = (
    "la Resolución N° 7, de 2019, de la Contraloría General de la República, que fija normas "
    "sobre exención del trámite de toma de razón",
    "la Resolución N° 36, de 2024, de la Contraloría General de la República, que fija normas "
    "sobre exención del trámite de toma de razón",
)
LAWS: dict[str, tuple[str, ...]] = {
    "sea": ("la Ley N° 19.300, sobre Bases Generales del Medio Ambiente",
            "el D.S. N° 40, de 2012, del Ministerio del Medio Ambiente, que aprueba el "
            "Reglamento del Sistema de Evaluación de Impacto Ambiental"),
    "medioambiente": ("la Ley N° 19.300, sobre Bases Generales del Medio Ambiente",),
    "minvu": ("el D.F.L. N° 458, de 1975, Ley General de Urbanismo y Construcciones",
              "el D.S. N° 47, de 1992, Ordenanza General de Urbanismo y Construcciones"),
    "serviu": ("el D.S. N° 355, de 1976, de Vivienda y Urbanismo, Reglamento Orgánico de los "
               "SERVIU", "el D.S. N° 10, de 2015, que regula el Programa de Habitabilidad Rural"),
    "salud": ("el Código Sanitario, aprobado por el D.F.L. N° 725, de 1967, del Ministerio de "
              "Salud", "el D.S. N° 189, de 2005, del Ministerio de Salud"),
    "ssa": ("la Ley N° 19.378, Estatuto de Atención Primaria de Salud Municipal",),
    "doh": ("la Ley N° 20.998, que regula los Servicios Sanitarios Rurales",),
    "vialidad": ("el D.F.L. MOP N° 850, de 1997, que fija el texto refundido de la Ley de "
                 "Caminos",),
    "subdere": ("la Ley de Presupuestos del Sector Público vigente",
                "la Ley N° 3.063, sobre Rentas Municipales"),
    "gore": ("la Ley N° 19.175, Orgánica Constitucional sobre Gobierno y Administración "
             "Regional", "el acuerdo del Consejo Regional de Aysén"),
    "cmn": ("la Ley N° 17.288, de Monumentos Nacionales",),
    "patrimonio": ("la Ley N° 21.045, que crea el Ministerio de las Culturas, las Artes y el "
                   "Patrimonio",),
    "conaf": ("el D.S. N° 276, de 1980, del Ministerio de Agricultura, sobre roce a fuego",),
    "servel": ("la Ley N° 18.700, Orgánica Constitucional sobre Votaciones Populares y "
               "Escrutinios", "la Ley N° 18.556, sobre Sistema de Inscripciones Electorales"),
    "mtt": ("la Ley N° 20.378, que crea un subsidio nacional al transporte público de "
            "pasajeros",),
    "desarrollo": ("el D.S. N° 22, de 2015, del Ministerio de Desarrollo Social, Reglamento "
                   "del Registro Social de Hogares",),
    "indap": ("la Ley N° 18.910, Orgánica del Instituto de Desarrollo Agropecuario",),
    "supereduc": ("la Ley N° 20.529, que crea el Sistema Nacional de Aseguramiento de la "
                  "Calidad de la Educación",),
}  # fmt: skip


def vistos(rng: random.Random, service: str) -> str:
    own = list(LAWS.get(service.split("-")[0], ()))
    laws = own + rng.sample(COMMON_LAWS, rng.randint(1, 2)) + [rng.choice(TOMA_DE_RAZON)]
    lead = rng.choice(("Lo dispuesto en ", "Lo establecido en ", "", "Estos antecedentes; "))
    return lead + "; ".join(laws) + "."


def considering(rng: random.Random, m: Matter, day: date) -> list[str]:
    """The reasons, one «Que, …» each; the first lines are this matter's, the rest common."""
    asked = earlier(rng, day)
    reasons = [
        f"Que, mediante Oficio Ord. N° {rng.randint(30, 990)}, de {long_date(asked)}, la "
        f"Ilustre Municipalidad de Chile Chico remitió antecedentes relativos a {m.about}.",
        f"Que, {m.detail[0].lower()}{m.detail[1:]}",
        "Que, corresponde a este Servicio velar por el cumplimiento de la normativa citada en "
        "los vistos, en el ámbito de su competencia territorial.",
        "Que, los antecedentes fueron revisados por la unidad técnica y por la unidad "
        "jurídica de este Servicio, sin formular observaciones que impidan su aprobación.",
        "Que, la presente resolución se dicta dentro del plazo que establece el artículo 24 "
        "de la Ley N° 19.880.",
        f"Que, mediante Informe Técnico N° {rng.randint(3, 240)}, de "
        f"{long_date(earlier(rng, day, 2, 20))}, el equipo profesional a cargo analizó "
        f"{m.about}, concluyendo que los antecedentes se ajustan a la normativa vigente y "
        "recomendando continuar con la tramitación del presente acto.",
        "Que, el principio de transparencia obliga a publicar los actos y resoluciones de los "
        "órganos de la Administración del Estado, así como sus fundamentos y los "
        "procedimientos utilizados, conforme a la Ley N° 20.285.",
        "Que, en mérito de lo expuesto, resulta procedente dictar el acto administrativo "
        "correspondiente.",
    ]
    return reasons[:2] + rng.sample(reasons[2:-1], rng.randint(2, 5)) + reasons[-1:]


def numbered(rng: random.Random, style: str, i: int) -> str:
    ordinals = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO",
                "OCTAVO", "NOVENO", "DÉCIMO", "UNDÉCIMO", "DUODÉCIMO", "DECIMOTERCERO",
                "DECIMOCUARTO", "DECIMOQUINTO", "DECIMOSEXTO")  # fmt: skip
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
             "XIV", "XV", "XVI")  # fmt: skip
    return {
        "deg": f"{i}°",
        "dot": f"{i}.-",
        "word": f"{ordinals[i - 1]}:",
        "roman": f"{roman[i - 1]}.-",
        "paren": f"{i})",
    }[style]


IMPERATIVES = (
    ("Aprueba ", "APRUÉBASE "),
    ("Otorga ", "OTÓRGASE "),
    ("Autoriza ", "AUTORÍZASE "),
    ("Deja sin efecto ", "DÉJASE SIN EFECTO "),
    ("Instruye ", "INSTRÚYESE "),
    ("Aplica ", "APLÍCASE "),
    ("Fija ", "FÍJANSE "),
    ("Asigna ", "ASÍGNASE "),
    ("Determina ", "DETERMÍNANSE "),
    ("Da inicio ", "DESE INICIO "),
    ("Pone término ", "PÓNESE TÉRMINO "),
    ("Decreta ", "DECRÉTASE "),
    ("Téngase presente ", "TÉNGASE PRESENTE "),
    ("Se pronuncia sobre ", "PRONÚNCIASE FAVORABLEMENTE, CON INDICACIONES, SOBRE "),
)
ARTICLES = {"convenio": "el ", "nómina": "la ", "transferencia": "la ", "subvención": "la "}


def imperative(res: str) -> str:
    """«Aprueba convenio de …» → «APRUÉBASE el convenio de …», the first operative point."""
    for lead, verb in IMPERATIVES:
        if res.startswith(lead):
            rest = res[len(lead) :]
            first = rest.split(" ", 1)[0].lower()
            return verb + ARTICLES.get(first, "") + rest + "."
    return res + "."


def closing_formula(rng: random.Random, money_involved: bool) -> str:
    options = [
        "ANÓTESE, COMUNÍQUESE Y ARCHÍVESE.",
        "ANÓTESE, NOTIFÍQUESE Y ARCHÍVESE.",
        "ANÓTESE, COMUNÍQUESE, PUBLÍQUESE Y ARCHÍVESE.",
        "Anótese, comuníquese y archívese.",
    ]
    if money_involved:
        options.append("ANÓTESE, REFRÉNDESE, COMUNÍQUESE Y ARCHÍVESE.")
    return rng.choice(options)


def closing(rng: random.Random) -> str:
    return rng.choice(
        ("Saluda atentamente a usted,", "Sin otro particular, saluda atentamente,",
         "Saluda atentamente,", "Le saluda cordialmente,", "")
    )  # fmt: skip


def verification(rng: random.Random, domain: str) -> tuple[str, str]:
    """(verification code, URL) of a service's signature platform."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    code = "-".join("".join(rng.choice(alphabet) for _ in range(4)) for _ in range(3))
    url = rng.choice(
        (f"https://ceropapel.{domain}/validar", f"https://validador.{domain}/verificar",
         f"https://firma.{domain}/documentos", "https://validador.digital.gob.cl")
    )  # fmt: skip
    return code, url

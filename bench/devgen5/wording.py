"""How Lonquimay's papers say things. Dates, numbers and closings are devgen2's and
devgen4's (bench.devgen2.wording, bench.devgen4.wording); this set adds the many ways a
paper labels its subject («MAT.:», «MATERIA:», «REF.:», «ASUNTO:», «Mat/», «Referencia»),
the subject lines of La Araucanía's services and of the municipality, the summaries of
resolutions and decrees, numbers as «Oficio Ordinario N°: 45/2025» or «RES. EX. N° 3.210»,
and a summary broken with hyphens as a narrow column breaks it."""

from __future__ import annotations

import random
from datetime import date

from bench.devgen2 import wording as wording2
from bench.devgen2.topics import Matter, cap
from bench.devgen2.wording import closing as closing
from bench.devgen2.wording import date_text as date_text
from bench.devgen2.wording import earlier as earlier
from bench.devgen2.wording import long_date as long_date
from bench.devgen2.wording import place_date as place_date
from bench.devgen2.wording import printed as printed
from bench.devgen2.wording import sign as sign
from bench.devgen2.world import MONTHS
from bench.devgen4.wording import in_words as in_words


def pick_date(rng: random.Random) -> date:
    """A working day from March 2024 to December 2025."""
    return wording2.pick_date(rng, date(2024, 3, 1), 640)


def any_date(rng: random.Random, day: date) -> str:
    """A date as this set's papers print it, numeric, abbreviated or in words."""
    month = MONTHS[day.month - 1]
    forms = (
        f"{day.day:02d}.{day.month:02d}.{day.year}",
        f"{day.day}.{day.month:02d}.{day.year % 100:02d}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day} de {month} de {day.year}",
        f"{day.day} {month.upper()} {day.year}",
        f"{day.day} de {month} del {day.year}",
    )
    return rng.choice(forms) if rng.random() < 0.6 else date_text(rng, day)


def town_date(rng: random.Random, town: str, day: date) -> str:
    """«Lonquimay, 3 de marzo de 2025», «LONQUIMAY, 03.03.2025», «Temuco, a tres de …»."""
    if rng.random() < 0.15:
        return f"{town}, {in_words(day, article=rng.random() < 0.5)}."
    shown = town.upper() if rng.random() < 0.4 else town
    return f"{shown}, {any_date(rng, day)}"


def number_text(rng: random.Random, label: str, num: str, year: int) -> tuple[str, str]:
    """(«ORD. N° 1.245», «Oficio Ordinario N°: 45/2025», «RES. EX. N° 3210 /»; the number
    as printed after the sign: «1.245», «45/2025»). The truth keeps 1245, 45, 3210."""
    shown = printed(rng, num) + rng.choice(("", "", "", f"/{year}", f" / {year}", f"-{year % 100}"))
    colon = rng.choice((" ", " ", ": ", " : "))
    return f"{label} {sign(rng)}{colon}{shown}".replace("  ", " "), shown


# Labels before a subject; a label may stand alone on its line with the text below it.
SUBJECT_LABELS = (
    "MAT.:", "MAT.:", "MAT:", "MATERIA:", "Materia:", "REF.:", "Ref.:", "ASUNTO:", "Asunto:",
    "Mat/", "MAT. :", "Referencia:",
)  # fmt: skip

SERVICE_MATS = (
    "Solicita informe sobre {m}",
    "Remite observaciones respecto de {m}",
    "Informa sobre {m}",
    "Solicita designar contraparte técnica para {m}",
    "Requiere antecedentes relativos a {m}",
    "Comunica resultado de la fiscalización de {m}",
    "Solicita pronunciamiento municipal respecto de {m}",
    "Convoca a mesa técnica provincial sobre {m}",
    "Da respuesta a oficio de esa Municipalidad sobre {m}",
    "Notifica inicio de proceso respecto de {m}",
)
MUNI_MATS = (
    "Solicita apoyo técnico para {m}",
    "Informa a ese Servicio sobre {m}",
    "Remite antecedentes de {m}",
    "Responde Ord. sobre {m}",
    "Solicita priorizar {m}",
    "Solicita audiencia para tratar {m}",
)
MEMO_MATS = (
    "Solicita informe técnico sobre {m}",
    "Remite antecedentes de {m}",
    "Solicita V°B° para {m}",
    "Informa situación de {m}",
    "Deriva presentación sobre {m}",
    "Solicita gestionar {m}",
    "Pide pronunciamiento respecto de {m}",
)
# A service's resolutions, by a word of its name; the last row is any service's.
RESOLUTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Salud", (
        "ORDENA SUMARIO SANITARIO RESPECTO DE {M}",
        "OTORGA AUTORIZACIÓN SANITARIA PARA {M}",
        "FIJA PLAZO PARA SUBSANAR OBSERVACIONES SANITARIAS SOBRE {M}",
    )),
    ("Trabajo", (
        "APLICA MULTA ADMINISTRATIVA POR INFRACCIONES CONSTATADAS EN {M}",
        "FIJA PLAZO PARA CORREGIR INFRACCIONES LABORALES EN {M}",
    )),
    ("Contraloría", (
        "ORDENA INSTRUIR SUMARIO ADMINISTRATIVO RESPECTO DE {M}",
        "APRUEBA INFORME FINAL DE AUDITORÍA SOBRE {M}",
    )),
    ("Superintendencia", (
        "ORDENA INSTRUIR PROCESO ADMINISTRATIVO RESPECTO DE {M}",
        "APLICA SANCIÓN POR INFRACCIONES A LA NORMATIVA EDUCACIONAL EN {M}",
    )),
    ("", (
        "APRUEBA CONVENIO DE TRANSFERENCIA DE RECURSOS PARA {M}",
        "PONE TÉRMINO AL CONVENIO SUSCRITO PARA {M}",
        "APRUEBA BASES TÉCNICAS PARA {M}",
        "AUTORIZA MODIFICACIÓN DE PLAZO DEL CONVENIO PARA {M}",
        "FIJA PLAZO PARA SUBSANAR OBSERVACIONES SOBRE {M}",
    )),
)  # fmt: skip


def resolutions(org: str) -> tuple[str, ...]:
    """The summaries a service named ``org`` resolves."""
    return next(templates for word, templates in RESOLUTIONS if word in org)


DECREES = (
    "APRUEBA {M}",
    "AUTORIZA GASTOS ASOCIADOS A {M}",
    "DESIGNA COMISIÓN EVALUADORA PARA {M}",
    "OTORGA SUBVENCIÓN MUNICIPAL PARA {M}",
    "PONE TÉRMINO A CONTRATO RELATIVO A {M}",
    "ORDENA SUMARIO ADMINISTRATIVO POR IRREGULARIDADES EN {M}",
    "ORDENA INSTRUIR INVESTIGACIÓN SUMARIA SOBRE HECHOS RELATIVOS A {M}",
    "APRUEBA BASES ADMINISTRATIVAS DE LICITACIÓN PARA {M}",
)


def subject(rng: random.Random, templates: tuple[str, ...], m: Matter) -> str:
    return cap(rng.choice(templates).format(m=m.name))


def act_summary(rng: random.Random, templates: tuple[str, ...], m: Matter) -> str:
    """A resolution's or decree's summary: in capitals mostly, else in sentence case."""
    text = rng.choice(templates).format(M=m.name.upper())
    return text if rng.random() < 0.65 else cap(text.lower())


def wrap(rng: random.Random, text: str, width: int) -> str:
    """``text`` with hard line breaks about every ``width`` characters (a typist keeping it
    in its column); the truth folds them back into spaces."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width + rng.randint(-4, 4):
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def hyphenate(rng: random.Random, text: str, width: int) -> tuple[str, str]:
    """(``text`` set in a column about ``width`` wide, long words split with a hyphen at the
    line's end, the text as a clerk reads it back: unchanged). Words are cut after a vowel."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        room = width - len(line) - 1
        if line and len(line) + 1 + len(word) > width:
            cut = _cut(word, room) if len(word) > 7 and rng.random() < 0.8 else 0
            if cut:
                lines.append(f"{line} {word[:cut]}-")
                line = word[cut:]
                continue
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line]), text


def _cut(word: str, room: int) -> int:
    """Where to split ``word`` to fit ``room`` letters and a hyphen: before a lone consonant
    between vowels (TRANSFE-RENCIA), leaving three letters at least on each side; 0 if
    nowhere."""
    vowels = "aeiouáéíóúAEIOUÁÉÍÓÚ"
    for i in range(min(room - 1, len(word) - 3), 2, -1):
        lone = word[i].isalpha() and word[i] not in vowels
        if lone and word[i - 1] in vowels and word[i + 1] in vowels:
            return i
    return 0


IMPERATIVE = {
    "APRUEBA": "APRUÉBASE", "AUTORIZA": "AUTORÍZASE", "DESIGNA": "DESÍGNASE",
    "OTORGA": "OTÓRGASE", "PONE": "PÓNESE TÉRMINO A", "ORDENA": "ORDÉNASE",
    "FIJA": "FÍJASE", "APLICA": "APLÍQUESE",
}  # fmt: skip


def operative(summary: str) -> str:
    """The operative word of an act whose summary opens with ``summary``'s verb."""
    return IMPERATIVE.get(summary.split(" ")[0].upper(), "DISPÓNGASE")

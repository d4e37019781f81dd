"""What a resolution transcribes or lists: the clauses of the agreement it approves, and the
table of beneficiaries, streets, communes or polling places it fixes. These make a
resolution run over two to four pages, as real ones do."""

from __future__ import annotations

from bench.devgen2.model import Para, Table
from bench.devgen3 import wording, world
from bench.devgen3.model import Block
from bench.devgen3.parts import Ctx
from bench.devgen3.services import Service

ORDINALS = ("PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "SÉPTIMO", "OCTAVO",
            "NOVENO", "DÉCIMO")  # fmt: skip
AYSEN = ("Aysén", "Chile Chico", "Cisnes", "Cochrane", "Coyhaique", "Guaitecas", "Lago Verde",
         "O'Higgins", "Río Ibáñez", "Tortel")  # fmt: skip


def clauses(ctx: Ctx, s: Service, signer: str) -> list[Block]:
    """An agreement between the service and the municipality, clause by clause."""
    m = ctx.matter
    amount = wording.money(ctx.rng)
    mayor = world.UNITS["alcaldia"].chief.name
    signed = wording.long_date(wording.earlier(ctx.rng, ctx.day, 3, 40))
    muni_rut = ctx.rut(world.MUNI_RUT)
    texts = [
        f"En {s.city}, a {signed}, entre {s.org}, representado por su {signer}, con "
        f"domicilio en {s.city}, en adelante «el Servicio»; y la Ilustre Municipalidad de "
        f"Chile Chico, RUT {muni_rut}, representada por su Alcaldesa doña {mayor}, domiciliada "
        "en O'Higgins N° 333, Chile Chico, en adelante «la Municipalidad», se ha convenido "
        "lo siguiente:",
        f"Antecedentes. {m.detail} Las partes reconocen la necesidad de coordinar sus "
        f"acciones respecto de {m.about}.",
        f"Objeto. Por el presente instrumento el Servicio transfiere a la Municipalidad los "
        f"recursos necesarios para {m.about}, conforme al programa de trabajo que forma parte "
        "integrante de este convenio.",
        f"Monto. El Servicio transferirá la suma total de {amount}, en "
        f"{ctx.pick('una cuota', 'dos cuotas', 'tres cuotas')}, una vez totalmente tramitado el "
        "acto administrativo que apruebe el presente convenio.",
        "Obligaciones de la Municipalidad. La Municipalidad deberá destinar los recursos "
        "exclusivamente a los fines del convenio y rendir cuenta mensual de su uso, conforme a "
        "la Resolución N° 30, de 2015, de la Contraloría General de la República.",
        f"Plazo. El convenio regirá desde la total tramitación de la resolución que lo aprueba "
        f"y hasta el {wording.long_date(ctx.day.replace(year=ctx.day.year + 1, day=1))}, "
        "pudiendo prorrogarse por acuerdo escrito de las partes.",
        "Supervisión. Cada parte designará una contraparte técnica, que velará por la correcta "
        "ejecución de las actividades y visará los informes de avance.",
        "Término anticipado. El Servicio podrá poner término anticipado al convenio si la "
        "Municipalidad no cumple sus obligaciones, debiendo ésta restituir los saldos no "
        "ejecutados o no rendidos.",
        "Ejemplares. El presente convenio se firma en tres ejemplares de idéntico tenor, "
        "quedando dos en poder del Servicio y uno en poder de la Municipalidad.",
    ]
    middle = texts[5:-1] if ctx.chance(0.6) else ctx.rng.sample(texts[5:-1], 2)
    keep = [*texts[:5], *middle, texts[-1]]
    out: list[Block] = [Para(keep[0], left=8)]
    for i, text in enumerate(keep[1:]):
        out.append(Para(f"{ORDINALS[i]}: {text}", left=8))
    return out


def table(ctx: Ctx) -> list[Block]:
    """A table for the affairs that fix a list; none for the others."""
    key = ctx.matter.affair.key
    rows: list[tuple[str, ...]]
    if key == "habitabilidad":
        rows = [("N°", "Nombre", "RUT", "Subsidio (UF)")]
        for i in range(1, ctx.rng.randint(5, 11)):
            who = world.person(ctx.rng)
            rut = ctx.rut(ctx.rng.randint(5_000_000, 22_000_000))
            rows.append((str(i), who.name, rut, f"{ctx.rng.randint(180, 420)},00"))
    elif key == "pavimentos":
        rows = [("N°", "Comuna", "Calle o pasaje", "Metros lineales", "Aporte comité ($)")]
        for i, street in enumerate(ctx.rng.sample(world.STREETS, ctx.rng.randint(3, 6)), 1):
            aporte = f"{ctx.rng.randint(800, 6000) * 1000:,}".replace(",", ".")
            rows.append((str(i), "Chile Chico", street.title(), str(ctx.rng.randint(80, 640)),
                         aporte))  # fmt: skip
    elif key == "fcm":
        rows = [("Comuna", "Coeficiente", "Monto estimado ($)")]
        for commune in AYSEN:
            coef = f"0,{ctx.rng.randint(100, 990):03d}"
            amount = f"{ctx.rng.randint(400, 4200) * 1_000_000:,}".replace(",", ".")
            rows.append((commune, coef, amount))
    elif key == "locales":
        rows = [("Local de votación", "Dirección", "Mesas")]
        places = (world.SCHOOLS[0], world.SCHOOLS[1], "Gimnasio Municipal de Chile Chico",
                  world.SCHOOLS[2], "Sede Social Mallín Grande")  # fmt: skip
        for place in places:
            rows.append((place, ctx.pick(*world.STREETS).title(), str(ctx.rng.randint(1, 9))))
    else:
        return []
    lead = Para(ctx.pick("El detalle es el siguiente:", "Conforme a la siguiente nómina:"))
    return [lead, Table(tuple(rows))]


def filler(ctx: Ctx) -> list[str]:
    """Reasons every resolution of the Administration may give, to pick from."""
    s = ctx.service
    return [
        "Que, de conformidad con el artículo 3° de la Ley N° 19.880, las decisiones escritas "
        "que adopte la Administración se expresan por medio de actos administrativos, y las "
        "resoluciones son los actos de esta naturaleza que dictan las autoridades dotadas de "
        "poder de decisión.",
        "Que, conforme al principio de coordinación del artículo 5° de la Ley N° 18.575, los "
        "órganos de la Administración deben cumplir sus cometidos coordinadamente y propender "
        "a la unidad de acción, evitando la duplicación o interferencia de funciones.",
        f"Que, mediante correo electrónico, la contraparte técnica de {s.short or 'este Servicio'} "
        "informó favorablemente los antecedentes, recomendando su aprobación.",
        "Que, las condiciones geográficas y climáticas de la Provincia General Carrera "
        "justifican adecuar los plazos de ejecución a la temporada de verano.",
        "Que, el artículo 41 de la Ley N° 19.880 dispone que la resolución que ponga fin al "
        "procedimiento decidirá todas las cuestiones planteadas por los interesados, y que "
        "deberá expresar los recursos que contra ella procedan, el órgano ante el cual deban "
        "presentarse y el plazo para interponerlos.",
        "Que, según lo informado por la Oficina Provincial de General Carrera, la comuna de "
        "Chile Chico presenta rezagos de conectividad y de acceso a servicios que hacen "
        "necesario priorizar las iniciativas localizadas en sus sectores rurales, en especial "
        "en Puerto Guadal, Mallín Grande y Fachinal.",
        "Que, los antecedentes técnicos acompañados permiten verificar el cumplimiento de los "
        "requisitos de admisibilidad y de los criterios de evaluación establecidos en la "
        "normativa aplicable, sin perjuicio de las observaciones que la contraparte técnica "
        "pueda formular durante la ejecución.",
    ]

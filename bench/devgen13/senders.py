"""Who writes to Pozo Almonte from outside: the regional and provincial offices of Tarapacá
(in Iquique, Alto Hospicio or Pozo Almonte), the court, the Fiscalía and Carabineros, the
mining companies, utilities and transport firms, the university, and the indigenous
communities and associations, religious dance societies and water committees of the pampa,
the oases and the ravines."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen8.senders import Office


def _office(row: str, units: str, above: str, emblem: str, labels: str, law: str = "") -> Office:
    """«org | man's post / woman's post | city [| sort]» with its units «a;b»."""
    cells = [c.strip() for c in row.split("|")]
    man, woman = (cells[1].split(" / ") * 2)[:2]
    sort = cells[3] if len(cells) > 3 else "service"
    return Office(cells[0], (man, woman), cells[2], tuple(units.split(";")), above, emblem,
                  labels=tuple(labels.split(";")), law=law, sort=sort)  # fmt: skip


INTERIOR, MOP, AGRI = (
    "Ministerio del Interior",
    "Ministerio de Obras Públicas",
    "Ministerio de Agricultura",
)
SERVICES: tuple[Office, ...] = (
    _office("Delegación Presidencial Regional de Tarapacá | Delegado Presidencial Regional / "
            "Delegada Presidencial Regional | Iquique", "alcaldia;dideco;transito", INTERIOR,
            "gob", "ORD.;OF. ORD.;ORD. DPR"),
    _office("Delegación Presidencial Provincial del Tamarugal | Delegado Presidencial "
            "Provincial / Delegada Presidencial Provincial | Pozo Almonte", "alcaldia;dideco",
            INTERIOR, "gob", "ORD.;OFICIO"),
    _office("Gobierno Regional de Tarapacá | Gobernador Regional / Gobernadora Regional | "
            "Iquique", "secplan;alcaldia;dideco", "", "seal", "ORD.;ORD. GORE",
            "la Ley N° 19.175, Orgánica Constitucional sobre Gobierno y Administración Regional"),
    _office("Secretaría Regional Ministerial de Salud Región de Tarapacá | Seremi de Salud | "
            "Iquique", "salud;dom", "Ministerio de Salud", "gob", "ORD.;ORD. B",
            "el Código Sanitario"),
    _office("Servicio de Salud Iquique | Director del Servicio de Salud Iquique / Directora del "
            "Servicio de Salud Iquique | Iquique", "salud", "Ministerio de Salud", "cross",
            "ORD.;ORD. SSI", "la Ley N° 19.378, Estatuto de Atención Primaria"),
    _office("SERVIU Región de Tarapacá | Director Regional SERVIU / Directora Regional SERVIU | "
            "Iquique", "secplan;dom;dideco", "Ministerio de Vivienda y Urbanismo", "gob",
            "ORD.;ORD. SERVIU", "el D.S. N° 49, de 2011, de Vivienda y Urbanismo"),
    _office("Dirección Regional de Vialidad Tarapacá | Director Regional de Vialidad / Directora "
            "Regional de Vialidad | Iquique", "transito;dom", MOP, "gob", "ORD.;ORD. DRV",
            "el D.F.L. N° 850, de 1997, del MOP"),
    _office("Dirección de Obras Hidráulicas Región de Tarapacá | Director Regional DOH / "
            "Directora Regional DOH | Iquique", "secplan;dideco", MOP, "drop", "ORD.;ORD. DOH",
            "la Ley N° 20.998, de Servicios Sanitarios Rurales"),
    _office("Dirección General de Aguas Región de Tarapacá | Director Regional de Aguas / "
            "Directora Regional de Aguas | Iquique", "juridica;secplan;dideco", MOP, "drop",
            "ORD.;ORD. DGA", "el Código de Aguas"),
    _office("Servicio Agrícola y Ganadero Región de Tarapacá | Director Regional SAG / Directora "
            "Regional SAG | Iquique", "dom;salud", AGRI, "leaf", "ORD.;ORD. SAG",
            "la Ley N° 21.020, sobre tenencia responsable de mascotas"),
    _office("Corporación Nacional Forestal Región de Tarapacá | Director Regional CONAF / "
            "Directora Regional CONAF | Iquique", "dom;alcaldia", AGRI, "tree", "OF. ORD.;ORD.",
            "el Decreto Supremo N° 207, de 1987, que crea la Reserva Nacional Pampa del "
            "Tamarugal"),
    _office("Corporación Nacional de Desarrollo Indígena, Subdirección Nacional Norte | "
            "Subdirector Nacional / Subdirectora Nacional | Iquique", "alcaldia;dideco;juridica",
            "Ministerio de Desarrollo Social y Familia", "gob", "ORD.;OF. ORD.",
            "la Ley N° 19.253, Ley Indígena"),
    _office("Servicio Nacional de Geología y Minería, Oficina Regional Tarapacá | Director "
            "Regional / Directora Regional | Iquique", "dom;transito",
            "Ministerio de Minería", "hills", "ORD.;OF.", "el D.S. N° 132, Reglamento de "
            "Seguridad Minera"),
    _office("Secretaría Regional Ministerial de Transportes y Telecomunicaciones Tarapacá | "
            "Seremi de Transportes y Telecomunicaciones | Iquique", "transito",
            "Ministerio de Transportes y Telecomunicaciones", "gob", "ORD.;ORD. SEREMITT",
            "la Ley N° 18.290, de Tránsito"),
    _office("Secretaría Regional Ministerial de Educación Tarapacá | Seremi de Educación | "
            "Iquique", "educacion", "Ministerio de Educación", "gob", "ORD.;ORD. N°",
            "la Ley N° 21.040"),
)  # fmt: skip

JUSTICE: tuple[Office, ...] = (
    _office("Juzgado de Letras y Garantía de Pozo Almonte | Juez Titular / Jueza Titular | Pozo "
            "Almonte | court", "juridica;dideco;jpl", "Poder Judicial", "pjud", "OFICIO N°"),
    _office("Corte de Apelaciones de Iquique | Presidente / Presidenta | Iquique | corte",
            "juridica;dom", "Poder Judicial", "pjud", "OFICIO N°"),
    _office("Fiscalía Local de Pozo Almonte | Fiscal Adjunto / Fiscal Adjunta | Pozo Almonte | "
            "fiscal", "juridica;dom;salud", "Ministerio Público, Fiscalía Regional de "
            "Tarapacá", "columns", "OFICIO N°;OF. N°"),
    _office("Carabineros de Chile, Subcomisaría Pozo Almonte | Capitán, Subcomisario / "
            "Capitana, Subcomisaria | Pozo Almonte | police", "transito;jpl;alcaldia",
            "Prefectura Tarapacá", "carab", "OFICIO N°;OF. N°"),
)  # fmt: skip


@dataclass(frozen=True)
class Firm:
    """A company or institution that writes letters: what its letterhead prints and signs."""

    name: str
    rut: int
    address: str
    post: str  # the signer's post
    units: tuple[str, ...]  # the units it writes to
    emblem: str = "none"
    numbered: str = ""  # its own letter label, if it numbers them


FIRMS: tuple[Firm, ...] = (
    Firm("Compañía Minera Doña Inés de Collahuasi SCM", 89_468_900, "Baquedano 902, Iquique",
         "Gerente de Asuntos Externos y Comunidades", ("transito", "dideco", "alcaldia"),
         "mina", "Carta GAE"),
    Firm("Teck Quebrada Blanca S.A.", 96_546_010, "Av. Héroes de la Concepción 2555, Iquique",
         "Superintendente de Relaciones Comunitarias", ("transito", "dom", "secplan"), "mina",
         "QB2-CE"),
    Firm("SQM Nitratos S.A., Operación Nueva Victoria", 96_592_180, "Ruta 5 Norte km 1.760, "
         "Pozo Almonte", "Jefe de Asuntos Públicos", ("dom", "transito", "alcaldia"), "mina",
         "CARTA NV"),
    Firm("Aguas del Altiplano S.A.", 76_215_628, "Aníbal Pinto 375, Iquique",
         "Subgerente Zonal Tarapacá", ("dom", "secplan", "salud"), "drop", "Carta AA"),
    Firm("CGE S.A., Zonal Tarapacá", 76_411_321, "Zegers 469, Iquique", "Jefa Zonal",
         ("dom", "secplan"), "none", "CGE-TPA"),
    Firm("Transportes Pampa del Tamarugal Ltda.", 77_318_440, "Comercio 540, Pozo Almonte",
         "Gerente", ("transito",)),
    Firm("Universidad Arturo Prat", 70_777_500, "Av. Arturo Prat 2120, Iquique",
         "Director de Vinculación con el Medio", ("salud", "educacion", "secplan"), "columns"),
)  # fmt: skip

# (name, what it is, its town, the units it writes to)
COMMUNITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Comunidad Indígena Quechua de Mamiña", "indigena", "Mamiña", ("juridica", "salud", "dideco")),
    ("Comunidad Indígena Aymara de Huatacondo", "indigena", "Huatacondo", ("dideco", "secplan")),
    ("Asociación Indígena Aymara Pampa del Tamarugal", "indigena", "Pozo Almonte",
     ("alcaldia", "dideco")),
    ("Comunidad Indígena Quechua de Matilla", "indigena", "Matilla, Pica",
     ("juridica", "alcaldia")),
    ("Asociación Indígena Aymara Jach'a Marka de Huara", "indigena", "Huara",
     ("alcaldia", "dideco")),
    ("Asociación Indígena Quechua Laguna del Huasco de Pica", "indigena", "Pica",
     ("juridica", "secplan")),
    ("Federación de Bailes Religiosos de la Virgen del Carmen de La Tirana", "bailes", "La Tirana",
     ("alcaldia", "dideco", "daf", "salud")),
    ("Comité de Agua Potable Rural La Huayca", "agua", "La Huayca", ("secplan", "dideco")),
    ("Comité de Agua Potable Rural de Mamiña", "agua", "Mamiña", ("secplan", "salud")),
)  # fmt: skip

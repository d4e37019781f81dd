"""Who writes to Chimbarongo from outside, and to whom it writes: the offices of O'Higgins
(in Rancagua or San Fernando: the Delegaciones Presidenciales, the GORE, the SEREMIs of
Salud, Educación, Agricultura, Medio Ambiente and Transportes, the Servicio de Salud
O'Higgins, SERVIU, Vialidad, the DOH, the DGA, the SAG, INDAP, SENAPRED), the court, the
Fiscalía and Carabineros; the neighbouring municipalities (San Fernando, Placilla, Nancagua,
Santa Cruz, Rengo and, across the Teno, the Maule's Teno) and the municipal associations;
the reservoir's concessionaire, fruit exporters and packing plants, the water and power
utilities; and the mimbre artisans' guilds, canal users, rural water committees and small
farmers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bench.devgen8.senders import Office
from bench.devgen14 import topics


class Keyed(Protocol):
    """Who writes about some topics (an office, a firm): «dom:05»."""

    @property
    def keys(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Desk(Office):
    """An office and the topics it writes about («dom:05»; its units are theirs)."""

    keys: tuple[str, ...] = ()


def _office(row: str, keys: str, above: str, emblem: str, labels: str, law: str = "") -> Desk:
    """«org | man's post / woman's post | city [| sort]» with its topics «unit:nn;…»."""
    cells = [c.strip() for c in row.split("|")]
    man, woman = (cells[1].split(" / ") * 2)[:2]
    sort = cells[3] if len(cells) > 3 else "service"
    topics = tuple(keys.split(";"))
    units = tuple(dict.fromkeys(k.split(":")[0] for k in topics))
    return Desk(cells[0], (man, woman), cells[2], units, above, emblem,
                labels=tuple(labels.split(";")), law=law, sort=sort, keys=topics)  # fmt: skip


INTERIOR, MOP, AGRI = (
    "Ministerio del Interior",
    "Ministerio de Obras Públicas",
    "Ministerio de Agricultura",
)
OH = "Región del Libertador General Bernardo O'Higgins"
SERVICES: tuple[Desk, ...] = (
    _office("Delegación Presidencial Provincial de Colchagua | Delegado Presidencial Provincial "
            "/ Delegada Presidencial Provincial | San Fernando",
            "alcaldia:01;alcaldia:02;dideco:05;transito:02",
            INTERIOR, "gob", "ORD.;OF. ORD.;ORD. DPP"),
    _office(f"Delegación Presidencial Regional de la {OH} | Delegado Presidencial Regional / "
            "Delegada Presidencial Regional | Rancagua", "alcaldia:02;dideco:02", INTERIOR, "gob",
            "ORD.;OFICIO"),
    _office(f"Gobierno Regional de la {OH} | Gobernador Regional / Gobernadora Regional | "
            "Rancagua", "secplan:01;secplan:02;secplan:04;alcaldia:01", "", "seal",
            "ORD.;ORD. GORE",
            "la Ley N° 19.175, Orgánica Constitucional sobre Gobierno y Administración Regional"),
    _office("Secretaría Regional Ministerial de Salud Región de O'Higgins | Seremi de Salud | "
            "Rancagua", "salud:02;salud:03;dom:01;jpl:02", "Ministerio de Salud", "gob",
            "ORD.;ORD. B",
            "el Código Sanitario"),
    _office("Servicio de Salud O'Higgins | Director del Servicio de Salud O'Higgins / Directora "
            "del Servicio de Salud O'Higgins | Rancagua", "salud:01", "Ministerio de Salud",
            "cross", "ORD.;ORD. SSO", "la Ley N° 19.378, Estatuto de Atención Primaria"),
    _office("Secretaría Regional Ministerial de Educación O'Higgins | Seremi de Educación | "
            "Rancagua", "educacion:01;educacion:02", "Ministerio de Educación", "gob",
            "ORD.;ORD. SECREDUC",
            "la Ley N° 21.040"),
    _office("Secretaría Regional Ministerial de Agricultura O'Higgins | Seremi de Agricultura | "
            "Rancagua", "juridica:01;jpl:03;dideco:06", AGRI, "leaf", "ORD.;OF. ORD."),
    _office("Secretaría Regional Ministerial del Medio Ambiente O'Higgins | Seremi del Medio "
            "Ambiente | Rancagua", "dom:01;jpl:03;salud:03", "Ministerio del Medio Ambiente",
            "tree",
            "ORD.;ORD. MMA", "la Ley N° 19.300, sobre Bases Generales del Medio Ambiente"),
    _office("Secretaría Regional Ministerial de Transportes y Telecomunicaciones O'Higgins | "
            "Seremi de Transportes y Telecomunicaciones | Rancagua",
            "transito:01;transito:02;transito:03;transito:04",
            "Ministerio de Transportes y Telecomunicaciones", "gob", "ORD.;ORD. SEREMITT",
            "la Ley N° 18.290, de Tránsito"),
    _office("SERVIU Región de O'Higgins | Director Regional SERVIU / Directora Regional SERVIU "
            "| Rancagua", "secplan:03", "Ministerio de Vivienda y Urbanismo", "gob",
            "ORD.;ORD. SERVIU", "el D.S. N° 49, de 2011, de Vivienda y Urbanismo"),
    _office("Dirección Provincial de Vialidad Colchagua | Jefe Provincial de Vialidad / Jefa "
            "Provincial de Vialidad | San Fernando", "transito:01;transito:03;alcaldia:02",
            MOP, "gob",
            "ORD.;ORD. DPV", "el D.F.L. N° 850, de 1997, del MOP"),
    _office("Dirección de Obras Hidráulicas Región de O'Higgins | Director Regional DOH / "
            "Directora Regional DOH | Rancagua", "secplan:01;secplan:04;dideco:02;alcaldia:02",
            MOP, "drop",
            "ORD.;ORD. DOH", "la Ley N° 20.998, de Servicios Sanitarios Rurales"),
    _office("Dirección General de Aguas Región de O'Higgins | Director Regional de Aguas / "
            "Directora Regional de Aguas | Rancagua", "juridica:01;secplan:01", MOP, "drop",
            "ORD.;ORD. DGA", "el Código de Aguas"),
    _office("Servicio Agrícola y Ganadero, Oficina Sectorial San Fernando | Jefe de Oficina "
            "Sectorial / Jefa de Oficina Sectorial | San Fernando", "salud:03;jpl:03", AGRI,
            "leaf", "ORD.;ORD. SAG", "la Ley N° 20.308, sobre protección de los trabajadores "
            "en el uso de plaguicidas"),
    _office("Instituto de Desarrollo Agropecuario, Agencia de Área San Fernando | Jefe de Área "
            "/ Jefa de Área | San Fernando", "dideco:06;juridica:01", AGRI, "leaf", "ORD.;OF.",
            "la Ley N° 18.910, Orgánica de INDAP"),
    _office("Servicio Nacional de Prevención y Respuesta ante Desastres, Dirección Regional "
            "O'Higgins | Director Regional / Directora Regional | Rancagua",
            "alcaldia:02;dideco:02",
            INTERIOR, "gob", "ORD.;OF. ORD.", "la Ley N° 21.364"),
)  # fmt: skip

JUSTICE: tuple[Desk, ...] = (
    _office("Juzgado de Letras y Garantía de Chimbarongo | Juez Titular / Jueza Titular | "
            "Chimbarongo | court", "juridica:02;juridica:01;dideco:01", "Poder Judicial", "pjud",
            "OFICIO N°;OF. N°"),
    _office("Fiscalía Local de San Fernando | Fiscal Adjunto / Fiscal Adjunta | San Fernando | "
            "fiscal", "jpl:03;juridica:02;salud:03", "Ministerio Público, Fiscalía Regional de "
            "O'Higgins", "columns", "OFICIO N°;OF. N°"),
    _office("Carabineros de Chile, Tenencia Chimbarongo | Teniente, Jefe de Tenencia / "
            "Teniente, Jefa de Tenencia | Chimbarongo | police",
            "transito:01;transito:02;jpl:02;jpl:01",
            "Prefectura Colchagua", "carab", "OFICIO N°;OF. N°"),
)  # fmt: skip

# (the municipality as its letterhead prints it, its town, whether a woman heads it)
MUNICIPALITIES: tuple[tuple[str, str, bool], ...] = (
    ("Ilustre Municipalidad de San Fernando", "San Fernando", False),
    ("Ilustre Municipalidad de Placilla", "Placilla", True),
    ("Ilustre Municipalidad de Nancagua", "Nancagua", False),
    ("Ilustre Municipalidad de Santa Cruz", "Santa Cruz", False),
    ("Ilustre Municipalidad de Teno", "Teno", True),
    ("Ilustre Municipalidad de Rengo", "Rengo", False),
)
# (the association, its town, its signer's post)
ASSOCIATIONS: tuple[tuple[str, str, str], ...] = (
    (f"Asociación de Municipalidades de la {OH}", "Rancagua", "Secretario Ejecutivo"),
    ("Asociación de Municipalidades de la Provincia de Colchagua", "San Fernando",
     "Presidente del Directorio"),
)  # fmt: skip


@dataclass(frozen=True)
class Firm:
    """A company that writes letters: what its letterhead prints and who signs."""

    name: str
    rut: int
    address: str
    post: str  # the signer's post
    keys: tuple[str, ...]  # the topics it writes about
    emblem: str = "none"
    numbered: str = ""  # its own letter label, if it numbers them


FIRMS: tuple[Firm, ...] = (
    Firm("Sociedad Concesionaria Embalse Convento Viejo S.A.", 96_977_210,
         "Camino a Convento Viejo km 4, Chimbarongo", "Gerente General",
         ("alcaldia:03", "alcaldia:02", "dom:01"), "embalse", "CCV-GG"),
    Firm("Exportadora Frutícola Tinguiririca S.A.", 78_441_560, "Ruta 5 Sur km 156, "
         "Chimbarongo", "Jefe de Planta", ("transito:01", "dom:05", "salud:03",
         "dideco:05"), "fruta", "EFT"),
    Firm("Agrícola y Packing San Juan de la Sierra Ltda.", 77_215_930,
         "Camino a San Juan de la Sierra s/n, Chimbarongo", "Administradora",
         ("transito:01", "dideco:05", "jpl:03")),
    Firm("Frigorífico Las Toscas SpA", 76_903_118, "Parcela 12, Las Toscas, Chimbarongo",
         "Gerente de Operaciones", ("dom:05", "transito:01"), "fruta", "FLT"),
    Firm("ESSBIO S.A., Gerencia Zonal O'Higgins", 76_833_300, "Cuevas 870, Rancagua",
         "Subgerente Zonal", ("secplan:03", "dom:04"), "drop", "Carta GZ"),
    Firm("CGE S.A., Zonal Colchagua", 76_411_321, "Manuel Rodríguez 780, San Fernando",
         "Jefe Zonal", ("dom:03", "secplan:03"), "none", "CGE-COL"),
    Firm("Buses Colchagua Ltda.", 79_552_870, "Estación 210, Chimbarongo", "Gerente",
         ("transito:04", "transito:02")),
)  # fmt: skip

# (name, what it is, its town, the topics it writes about)
GROUPS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Asociación Gremial de Artesanos del Mimbre de Chimbarongo", "gremio", "Chimbarongo",
     ("dideco:04", "daf:02", "alcaldia:01")),
    ("Cooperativa de Artesanos Mimbreros de Quinta Ltda.", "gremio", "Quinta",
     ("dideco:04", "dom:02", "daf:02")),
    ("Asociación de Canalistas del Canal Quinta", "canal", "Quinta",
     ("juridica:01", "dom:01", "secplan:04")),
    ("Junta de Vigilancia del Río Tinguiririca y sus Afluentes", "canal", "San Fernando",
     ("juridica:01", "alcaldia:02")),
    ("Comité de Agua Potable Rural de Quinta", "agua", "Quinta", ("secplan:01", "salud:02",
    "dideco:02")),
    ("Comité de Agua Potable Rural San Juan de la Sierra", "agua", "San Juan de la Sierra",
     ("secplan:01", "salud:02")),
    ("Comité de Pequeños Agricultores de Morza", "campo", "Morza", ("dideco:06", "jpl:03",
    "salud:03")),
)  # fmt: skip

_KEYS = {k for o in (*SERVICES, *JUSTICE) for k in o.keys}
_KEYS |= {k for f in FIRMS for k in f.keys} | {k for *_, keys in GROUPS for k in keys}
assert set(topics.BY_KEY) >= _KEYS, _KEYS - set(topics.BY_KEY)

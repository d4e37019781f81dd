"""Who writes to Casablanca from outside: the regional offices of Valparaíso (in Valparaíso,
Viña del Mar or Quillota), each with the units its matters concern, how it numbers its
oficios and the law it cites (devgen8's Office); the courts, the Fiscalía and Carabineros;
the Congress; and the firms of the valley (vineyards, agricultural and transport firms, the
water and power utilities, the Ruta 68 concessionaire)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen8.senders import Office


def _o(
    org: str,
    posts: str,
    city: str,
    units: str,
    above: str,
    *,
    emblem: str = "gob",
    labels: tuple[str, ...] = ("ORD.",),
    law: str = "",
    sort: str = "service",
) -> Office:
    """An Office from compact cells: posts «man|woman», units «a b c»."""
    man, woman = (posts.split("|") * 2)[:2]
    return Office(
        org, (man, woman), city, tuple(units.split()), above, emblem, labels, law=law, sort=sort
    )


MOP = "Ministerio de Obras Públicas"
MINAGRI = "Ministerio de Agricultura"
SERVICES: tuple[Office, ...] = (
    _o(
        "Delegación Presidencial Regional de Valparaíso",
        "Delegado Presidencial Regional|Delegada Presidencial Regional",
        "Valparaíso",
        "alcaldia:01 alcaldia:02 dideco:01 transito:03 daf:03",
        "Ministerio del Interior",
        labels=("ORD.", "OFICIO ORD."),
        law="la Ley N° 21.364",
    ),
    _o(
        "Gobierno Regional de Valparaíso",
        "Gobernador Regional|Gobernadora Regional",
        "Valparaíso",
        "secplan:01 secplan:02 secplan:03 alcaldia:02",
        "",
        emblem="seal",
        labels=("ORD.", "ORD. GORE"),
        law="la Ley N° 19.175",
    ),
    _o(
        "Secretaría Regional Ministerial de Salud Región de Valparaíso",
        "Seremi de Salud",
        "Valparaíso",
        "salud:01 salud:03 jpl:02 jpl:03 dom:05 dom:07",
        "Ministerio de Salud",
        labels=("ORD.", "ORD. B32"),
        law="el Código Sanitario",
    ),
    _o(
        "SERVIU Región de Valparaíso",
        "Director SERVIU Región de Valparaíso|Directora SERVIU Región de Valparaíso",
        "Valparaíso",
        "dom:06",
        "Ministerio de Vivienda y Urbanismo",
        labels=("ORD.",),
        law="la Ley General de Urbanismo y Construcciones",
    ),
    _o(
        "Secretaría Regional Ministerial de Vivienda y Urbanismo Región de Valparaíso",
        "Seremi de Vivienda y Urbanismo",
        "Valparaíso",
        "dom:01 dom:03 dom:06",
        "Ministerio de Vivienda y Urbanismo",
        labels=("ORD.",),
        law="el artículo 55 de la Ley General de Urbanismo y Construcciones",
    ),
    _o(
        "Dirección Regional de Vialidad Región de Valparaíso",
        "Director Regional de Vialidad|Directora Regional de Vialidad",
        "Valparaíso",
        "transito:01 transito:03 alcaldia:01",
        MOP,
        labels=("ORD.", "ORD. DRV"),
        law="el D.F.L. N° 850, de 1997, del MOP",
    ),
    _o(
        "Dirección de Obras Hidráulicas Región de Valparaíso",
        "Director Regional DOH|Directora Regional DOH",
        "Valparaíso",
        "secplan:01 salud:03 dideco:01",
        MOP,
        labels=("ORD. DOH", "ORD."),
        law="la Ley N° 20.998, de servicios sanitarios rurales",
    ),
    _o(
        "Dirección General de Aguas Región de Valparaíso",
        "Director Regional de Aguas|Directora Regional de Aguas",
        "Valparaíso",
        "dom:02 dideco:01 secplan:01",
        MOP,
        emblem="drop",
        labels=("ORD. DGA", "ORD."),
        law="el Código de Aguas",
    ),
    _o(
        "Servicio Agrícola y Ganadero, Oficina Sectorial Casablanca",
        "Jefe de Oficina Sectorial|Jefa de Oficina Sectorial",
        "Casablanca",
        "salud:01 jpl:02 dom:01",
        MINAGRI,
        emblem="leaf",
        labels=("ORD.", "ORD. SAG"),
        law="el D.L. N° 3.557, de 1980",
    ),
    _o(
        "Corporación Nacional Forestal Región de Valparaíso",
        "Director Regional CONAF|Directora Regional CONAF",
        "Viña del Mar",
        "alcaldia:02 jpl:02",
        MINAGRI,
        emblem="tree",
        labels=("OF. ORD.", "ORD."),
        law="la Ley N° 20.283",
    ),
    _o(
        "Superintendencia del Medio Ambiente, Oficina Regional de Valparaíso",
        "Jefe Oficina Regional|Jefa Oficina Regional",
        "Valparaíso",
        "jpl:03 dom:02 dom:05",
        "Ministerio del Medio Ambiente",
        emblem="hills",
        labels=("ORD. OR-VAL", "ORD."),
        law="la Ley N° 20.417",
    ),
    _o(
        "Servicio de Salud Valparaíso San Antonio",
        "Director del Servicio de Salud|Directora del Servicio de Salud",
        "Valparaíso",
        "salud:02",
        "Ministerio de Salud",
        labels=("ORD.", "ORD. SSVSA"),
    ),
    _o(
        "Secretaría Regional Ministerial de Transportes y Telecomunicaciones Región de Valparaíso",
        "Seremi de Transportes y Telecomunicaciones",
        "Valparaíso",
        "transito:01 transito:02 transito:03 educacion:01",
        "Ministerio de Transportes y Telecomunicaciones",
        labels=("ORD.",),
        law="la Ley N° 18.696",
    ),
    _o(
        "Dirección Regional de Valparaíso del Servicio Nacional de Prevención y Respuesta ante "
        "Desastres",
        "Director Regional SENAPRED|Directora Regional SENAPRED",
        "Viña del Mar",
        "alcaldia:01 alcaldia:02 dideco:01",
        "Ministerio del Interior",
        labels=("ORD.", "OFICIO"),
        law="la Ley N° 21.364",
    ),
    _o(
        "Secretaría Regional Ministerial de Desarrollo Social y Familia Región de Valparaíso",
        "Seremi de Desarrollo Social y Familia",
        "Valparaíso",
        "dideco:02 dideco:03",
        "Ministerio de Desarrollo Social y Familia",
        labels=("ORD.",),
        law="el D.S. N° 22, de 2015",
    ),
    _o(
        "Superintendencia de Educación, Dirección Regional de Valparaíso",
        "Director Regional|Directora Regional",
        "Valparaíso",
        "educacion:01 educacion:02",
        "",
        emblem="gob",
        labels=("ORD.", "ORD. DR V"),
    ),
)

JUSTICE: tuple[Office, ...] = (
    _o(
        "Juzgado de Letras y Garantía de Casablanca",
        "Juez Titular|Jueza Titular",
        "Casablanca",
        "juridica:02 dideco:04",
        "Poder Judicial",
        emblem="pjud",
        labels=("OFICIO",),
        sort="court",
    ),
    _o(
        "Corte de Apelaciones de Valparaíso",
        "Presidente|Presidenta",
        "Valparaíso",
        "juridica:01",
        "Poder Judicial",
        emblem="pjud",
        labels=("OFICIO",),
        sort="corte",
    ),
    _o(
        "Fiscalía Local de Casablanca",
        "Fiscal Adjunto|Fiscal Adjunta",
        "Casablanca",
        "alcaldia:02 dom:02 salud:01",
        "Fiscalía Regional de Valparaíso",
        emblem="columns",
        labels=("OFICIO",),
        sort="fiscal",
    ),
    _o(
        "Carabineros de Chile, Subcomisaría Casablanca",
        "Capitán, Subcomisario|Capitana, Subcomisaria",
        "Casablanca",
        "transito:01 jpl:02 jpl:03 alcaldia:01",
        "Prefectura Valparaíso",
        emblem="carab",
        labels=("OFICIO",),
        sort="police",
    ),
)

CONGRESS: tuple[tuple[str, str, str], ...] = (
    ("Cámara de Diputadas y Diputados", "Prosecretario|Prosecretaria", "la Diputada señora"),
    (
        "Cámara de Diputadas y Diputados",
        "Secretario General|Secretaria General",
        "el Diputado señor",
    ),
    (
        "Senado de la República",
        "Secretario General del Senado|Secretaria General del Senado",
        "el Senador señor",
    ),
)


@dataclass(frozen=True)
class Firm:
    name: str
    rut: int
    address: str
    post: str  # the signer's post
    units: tuple[str, ...]  # the units or topics («dom:02») it writes about


FIRMS: tuple[Firm, ...] = (
    Firm(
        "Viña Altos de Tapihue S.A.",
        76_418_220,
        "Camino a Tapihue km 4, Casablanca",
        "Gerente General",
        ("salud:01", "daf:01", "daf:02", "dom:03", "transito:01"),
    ),
    Firm(
        "Agrícola Valle Las Dichas SpA",
        77_203_915,
        "Fundo Las Dichas s/n, Casablanca",
        "Administrador de Fundo",
        ("salud:01", "jpl:02", "dideco:03"),
    ),
    Firm(
        "Transportes Rurales Casablanca Ltda.",
        78_551_300,
        "Calle Yungay 540, Casablanca",
        "Gerente de Operaciones",
        ("transito:02", "educacion:01"),
    ),
    Firm(
        "ESVAL S.A.",
        89_900_400,
        "Cochrane 751, Valparaíso",
        "Subgerente Zonal",
        ("dom:07",),
    ),
    Firm(
        "Chilquinta Distribución S.A.",
        96_813_520,
        "Av. Argentina 1, Valparaíso",
        "Jefe de Zona Litoral",
        ("dom:04", "alcaldia:02"),
    ),
    Firm(
        "Sociedad Concesionaria Rutas del Pacífico S.A.",
        96_869_650,
        "Ruta 68 km 60, Casablanca",
        "Gerente de Explotación",
        ("transito:03", "alcaldia:01"),
    ),
    Firm(
        "Áridos El Estero Ltda.",
        76_990_011,
        "Camino Lo Ovalle km 2, Casablanca",
        "Representante Legal",
        ("dom:02", "juridica:01"),
    ),
    Firm(
        "Eventos y Banquetería Los Maitenes SpA",
        77_640_118,
        "Parcela 12, Los Maitenes, Casablanca",
        "Representante Legal",
        ("jpl:03", "daf:01"),
    ),
)

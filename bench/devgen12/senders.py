"""Who writes to Lo Prado from outside: the national and metropolitan offices in Santiago
(each with the units its matters concern, how it numbers its oficios and the law it cites),
the courts, the Fiscalía and Carabineros, and the firms, universities and foundations
(name, RUT, address, kind, the signer's post, the units they write to)."""

from __future__ import annotations

from bench.devgen8.senders import Office


def _office(
    org: str,
    post: str,
    units: str,
    above: str,
    emblem: str,
    labels: str,
    law: str = "",
    city: str = "Santiago",
    sort: str = "service",
) -> Office:
    """An Office from compact cells: «Director Regional/Directora Regional», «a;b»."""
    man, woman = (post.split("/") * 2)[:2]
    return Office(
        org,
        (man, woman),
        city,
        tuple(units.split(";")),
        above,
        emblem,
        labels=tuple(labels.split(";")),
        law=law,
        sort=sort,
    )


# National and metropolitan offices in Santiago that write to the mayor.
SERVICES: tuple[Office, ...] = (
    _office(
        "Subsecretaría de Desarrollo Regional y Administrativo",
        "Subsecretario de "
        "Desarrollo Regional y Administrativo/Subsecretaria de Desarrollo Regional y "
        "Administrativo",
        "secplan;daf;administracion",
        "Ministerio del Interior",
        "gob",
        "ORD.;OFICIO ORD.",
        "la Ley N° 18.695, Orgánica Constitucional de Municipalidades",
    ),
    _office(
        "Subsecretaría de Servicios Sociales",
        "Subsecretario de Servicios Sociales/Subsecretaria de Servicios Sociales",
        "dideco",
        "Ministerio de Desarrollo Social y Familia",
        "gob",
        "ORD.;ORD. N° SSS",
        "la Ley N° 20.379",
    ),
    _office(
        "Servicio de Vivienda y Urbanización Metropolitano",
        "Director SERVIU Metropolitano/Directora SERVIU Metropolitano",
        "dom;secplan;dideco",
        "Ministerio de Vivienda y Urbanismo",
        "gob",
        "ORD.;ORD. SERVIU RM",
        "el D.S. N° 27, de 2016, de Vivienda y Urbanismo",
    ),
    _office(
        "Directorio de Transporte Público Metropolitano",
        "Director de Transporte Público "
        "Metropolitano/Directora de Transporte Público Metropolitano",
        "transito",
        "Ministerio de Transportes y Telecomunicaciones",
        "gob",
        "ORD. DTPM;ORD.",
        "la Ley N° 18.696",
    ),
    _office(
        "Superintendencia de Educación, Dirección Regional Metropolitana",
        "Director Regional/Directora Regional",
        "educacion",
        "",
        "gob",
        "ORD.;OF. ORD.",
        "la Ley N° 20.529",
    ),
    _office(
        "Secretaría Regional Ministerial de Salud Región Metropolitana",
        "Seremi de Salud Región Metropolitana",
        "salud;dom;dideco",
        "Ministerio de Salud",
        "cross",
        "ORD.;ORD. B/",
        "el Código Sanitario",
    ),
    _office(
        "Servicio de Salud Metropolitano Occidente",
        "Director/Directora",
        "salud",
        "Ministerio de Salud",
        "cross",
        "ORD.;ORD. SSMOC",
        "la Ley N° 19.378",
    ),
    _office(
        "Servicio de Impuestos Internos, Dirección Regional Santiago Poniente",
        "Director Regional/Directora Regional",
        "daf;dom",
        "",
        "gob",
        "ORD.;OFICIO ORD.",
        "la Ley N° 17.235, sobre Impuesto Territorial",
    ),
    _office(
        "Tesorería General de la República",
        "Tesorero General de la República/Tesorera General de la República",
        "daf",
        "",
        "gob",
        "ORD.;OF. ORD.",
    ),
    _office(
        "Servicio de Registro Civil e Identificación",
        "Director Regional Metropolitano/Directora Regional Metropolitana",
        "jpl;transito",
        "Ministerio de Justicia y Derechos Humanos",
        "gob",
        "ORD.;OFICIO",
        "la Ley N° 18.287",
    ),
    _office(
        "Instituto Nacional de Estadísticas",
        "Director Regional Metropolitano/Directora Regional Metropolitana",
        "alcaldia;secplan",
        "",
        "ballot",
        "ORD.;OFICIO",
    ),
    _office(
        "Servicio Nacional para la Prevención y Rehabilitación del Consumo de Drogas y Alcohol",
        "Director Regional SENDA RM/Directora Regional SENDA RM",
        "dideco;salud",
        "Ministerio del Interior",
        "leaf",
        "ORD.;OF. ORD.",
        "la Ley N° 20.502",
    ),
    _office(
        "Servicio Electoral",
        "Director Regional Metropolitano/Directora Regional Metropolitana",
        "secretaria-municipal;dom;alcaldia",
        "",
        "ballot",
        "OFICIO;ORD.",
        "la Ley N° 18.700",
    ),
    _office(
        "Gobierno Regional Metropolitano de Santiago",
        "Gobernador Regional/Gobernadora Regional",
        "secplan;alcaldia",
        "",
        "seal",
        "ORD.;OF. ORD.",
    ),
    _office(
        "Delegación Presidencial Regional Metropolitana de Santiago",
        "Delegado Presidencial Regional/Delegada Presidencial Regional",
        "alcaldia;dideco;transito",
        "Ministerio del Interior",
        "gob",
        "OFICIO;ORD.",
    ),
    _office(
        "Subsecretaría de Prevención del Delito",
        "Subsecretario de Prevención del Delito/Subsecretaria de Prevención del Delito",
        "alcaldia;administracion",
        "Ministerio de Seguridad Pública",
        "gob",
        "ORD.;OFICIO ORD.",
        "la Ley N° 20.965",
    ),
)

# Courts, prosecutors and the police: (office, the unit its papers concern by default).
JUSTICE: tuple[Office, ...] = (
    _office(
        "Juzgado de Familia de Pudahuel",
        "Juez de Familia/Jueza de Familia",
        "dideco",
        "Poder Judicial",
        "pjud",
        "OFICIO;OF.",
        city="Pudahuel",
        sort="family",
    ),
    _office(
        "Primer Juzgado Civil de Santiago",
        "Juez Titular/Jueza Titular",
        "juridica;daf",
        "Poder Judicial",
        "pjud",
        "OFICIO;OF.",
        sort="civil",
    ),
    _office(
        "Corte de Apelaciones de Santiago",
        "Presidente/Presidenta",
        "juridica;dom",
        "Poder Judicial",
        "pjud",
        "OFICIO",
        sort="corte",
    ),
    _office(
        "Fiscalía Regional Metropolitana Centro Norte",
        "Fiscal Adjunto/Fiscal Adjunta",
        "juridica;dom;alcaldia",
        "Ministerio Público",
        "columns",
        "OFICIO FR;OF.",
        sort="fiscal",
    ),
    _office(
        "Carabineros de Chile, 44ª Comisaría Lo Prado",
        "Mayor, Comisario/Mayor, Comisaria",
        "transito;jpl;alcaldia",
        "Prefectura Santiago Occidente",
        "carab",
        "OFICIO;OF.",
        city="Lo Prado",
        sort="police",
    ),
)

# (name, RUT without check digit, address, kind, signer's post, words of the matters they
# write about)
FIRMS: tuple[tuple[str, int, str, str, str, str], ...] = (
    (
        "Enel Distribución Chile S.A.",
        96_800_570,
        "Santa Rosa 76, Santiago",
        "firm",
        "Subgerente de Relacionamiento Municipal",
        "alumbrado;luminarias",
    ),
    (
        "Aguas Andinas S.A.",
        61_808_000,
        "Presidente Balmaceda 1398, Santiago",
        "firm",
        "Jefe de Asuntos Comunitarios",
        "alcantarillado;agua potable",
    ),
    (
        "Empresa de Transporte de Pasajeros Metro S.A.",
        61_219_000,
        "Av. Libertador Bernardo O'Higgins 1414, Santiago",
        "firm",
        "Gerente de Sostenibilidad",
        "estación",
    ),
    (
        "Buses Poniente Express S.A.",
        76_431_228,
        "Av. Las Torres 1520, Lo Prado",
        "firm",
        "Gerente de Operaciones",
        "recorrido;paradero",
    ),
    (
        "Constructora Neptuno SpA",
        77_215_904,
        "Av. Neptuno 1130, Lo Prado",
        "firm",
        "Administrador de Obra",
        "condominios;mejoramiento de vivienda",
    ),
    (
        "Torres y Antenas del Pacífico SpA",
        76_990_311,
        "Apoquindo 4501, of. 1202, Las Condes",
        "firm",
        "Gerente Legal",
        "antena",
    ),
    (
        "Universidad de Santiago de Chile",
        60_911_000,
        "Av. Libertador Bernardo O'Higgins 3363, Estación Central",
        "university",
        "Decano de la Facultad de Ciencias Médicas",
        "vacunación;SAPU;roedores",
    ),
    (
        "Universidad de Chile",
        60_910_000,
        "Av. Portugal 84, Santiago",
        "university",
        "Directora de la Escuela de Arquitectura",
        "ciclovía;recuperación",
    ),
    (
        "Fundación Barrio Activo",
        65_128_440,
        "Sargento Menadier 2280, Lo Prado",
        "foundation",
        "Directora Ejecutiva",
        "adultos mayores;matrícula",
    ),
    (
        "Corporación Cultural Poniente",
        65_077_812,
        "Av. San Pablo 6120, Lo Prado",
        "foundation",
        "Presidente del Directorio",
        "dirigentes;albergue",
    ),
)

"""Who writes to Tomé from outside: Biobío's regional offices in Concepción and Talcahuano
(each with the units its matters concern, how it numbers its papers and the law it cites),
the courts, the Fiscalía, Carabineros, the Contraloría Regional del Biobío, and the firms of
the coast (textile, tourism, water, power, fishing)."""

from __future__ import annotations

from bench.devgen8.senders import Office


def _o(
    org: str,
    post: str,
    units: str,
    above: str,
    labels: str,
    law: str = "",
    *,
    city: str = "Concepción",
    emblem: str = "gob",
    sort: str = "service",
) -> Office:
    """An Office from compact cells: «Director/Directora», «unit;unit», «ORD.;ORD. X»."""
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


SERVICES: tuple[Office, ...] = (
    _o(
        "Delegación Presidencial Regional del Biobío",
        "Delegado Presidencial Regional/Delegada Presidencial Regional",
        "alcaldia;dideco;transito",
        "Ministerio del Interior",
        "ORD.;OF. ORD. DPR",
        "la Ley N° 21.073",
    ),
    _o(
        "Gobierno Regional del Biobío",
        "Gobernador Regional/Gobernadora Regional",
        "secplan;alcaldia",
        "",
        "ORD.;ORD. GORE",
        "la Ley N° 19.175",
        emblem="seal",
    ),
    _o(
        "Secretaría Regional Ministerial de Salud Región del Biobío",
        "Seremi de Salud",
        "salud;dom;educacion",
        "Ministerio de Salud",
        "ORD. B.S.A.;ORD.",
        "el Código Sanitario",
    ),
    _o(
        "SEREMI de Vivienda y Urbanismo Región del Biobío",
        "Secretario Regional Ministerial/Secretaria Regional Ministerial",
        "dom;secplan",
        "Ministerio de Vivienda y Urbanismo",
        "ORD.",
        "la Ley General de Urbanismo y Construcciones",
    ),
    _o(
        "SERVIU Región del Biobío",
        "Director SERVIU/Directora SERVIU",
        "dom;dideco;secplan",
        "Ministerio de Vivienda y Urbanismo",
        "ORD.;ORD. SERVIU",
        "el D.S. N° 49, de 2011",
    ),
    _o(
        "SEREMI de Transportes y Telecomunicaciones Región del Biobío",
        "Seremi de Transportes y Telecomunicaciones",
        "transito",
        "Ministerio de Transportes y Telecomunicaciones",
        "ORD.;ORD. SEREMITT",
        "la Ley N° 18.696",
    ),
    _o(
        "Dirección Regional de Vialidad Biobío",
        "Director Regional de Vialidad/Directora Regional de Vialidad",
        "transito;dom",
        "Ministerio de Obras Públicas",
        "ORD.;ORD. DRV",
        "el D.F.L. N° 850, de 1997, del MOP",
    ),
    _o(
        "Dirección Regional de Obras Hidráulicas Biobío",
        "Director Regional DOH/Directora Regional DOH",
        "secplan;dom",
        "Ministerio de Obras Públicas",
        "ORD.;ORD. DOH",
        "la Ley N° 20.998, de Servicios Sanitarios Rurales",
        emblem="drop",
    ),
    _o(
        "Servicio Nacional de Pesca y Acuicultura, Dirección Regional del Biobío",
        "Director Regional/Directora Regional",
        "dideco;secplan",
        "Ministerio de Economía",
        "ORD.;ORD. DR BIO",
        "la Ley General de Pesca y Acuicultura",
        city="Talcahuano",
    ),
    _o(
        "Capitanía de Puerto de Talcahuano",
        "Capitán de Puerto",
        "alcaldia;secplan",
        "Armada de Chile - Gobernación Marítima de Talcahuano",
        "ORD.;C.P. TAL. ORD.",
        "el D.F.L. N° 340, de 1960, sobre Concesiones Marítimas",
        city="Talcahuano",
        emblem="seal",
    ),
    _o(
        "Servicio de Salud Talcahuano",
        "Director/Directora",
        "salud",
        "Ministerio de Salud",
        "ORD.;ORD. SST",
        "la Ley N° 19.378",
        city="Talcahuano",
    ),
    _o(
        "Superintendencia del Medio Ambiente, Oficina Regional del Biobío",
        "Jefe Oficina Regional/Jefa Oficina Regional",
        "juridica;salud;dom",
        "",
        "ORD.;ORD. OBB",
        "la Ley Orgánica de la Superintendencia del Medio Ambiente",
    ),
    _o(
        "SEREMI de Educación Región del Biobío",
        "Seremi de Educación",
        "educacion",
        "Ministerio de Educación",
        "ORD.;ORD. N°",
        "la Ley N° 21.040",
    ),
)

JUSTICE: tuple[Office, ...] = (
    _o(
        "Juzgado de Letras de Tomé",
        "Juez Titular/Jueza Titular",
        "juridica;dideco;daf",
        "Poder Judicial",
        "OFICIO;OF.",
        city="Tomé",
        emblem="pjud",
        sort="court",
    ),
    _o(
        "Corte de Apelaciones de Concepción",
        "Presidente/Presidenta",
        "juridica;dom",
        "Poder Judicial",
        "OFICIO",
        emblem="pjud",
        sort="corte",
    ),
    _o(
        "Fiscalía Local de Tomé",
        "Fiscal Adjunto/Fiscal Adjunta",
        "juridica;dom;salud",
        "Ministerio Público - Fiscalía Regional del Biobío",
        "OFICIO;OF.",
        city="Tomé",
        emblem="columns",
        sort="fiscal",
    ),
    _o(
        "Carabineros de Chile, 3ª Comisaría Tomé",
        "Mayor, Comisario/Mayor, Comisaria",
        "jpl;transito;alcaldia",
        "Prefectura Concepción",
        "OF.;OFICIO",
        city="Tomé",
        emblem="carab",
        sort="police",
    ),
)

CGR = "Contraloría Regional del Biobío"

# (name, RUT, address, sort, signer's post, units it writes to)
FIRMS: tuple[tuple[str, int, str, str, str, str], ...] = (
    (
        "Essbio S.A.",
        76_833_300,
        "Diagonal Pedro Aguirre Cerda 1129, Concepción",
        "firm",
        "Subgerente Zonal Concepción",
        "dom;salud",
    ),
    (
        "CGE S.A.",
        76_411_321,
        "Av. Prat 199, Concepción",
        "firm",
        "Jefe Zonal Biobío Costa",
        "dom;transito",
    ),
    (
        "Textil Bellavista Tomé SpA",
        77_418_250,
        "Calle Bellavista 85, Tomé",
        "firm",
        "Gerente General",
        "dom;daf",
    ),
    (
        "Hotel y Cabañas Costa Dichato Ltda.",
        77_902_114,
        "Av. Daniel Vera 612, Dichato",
        "firm",
        "Administradora",
        "daf;alcaldia;transito",
    ),
    (
        "Pesquera Coliumo Sur S.A.",
        96_781_440,
        "Caleta Coliumo s/n, Tomé",
        "firm",
        "Jefe de Planta",
        "dideco;salud;juridica",
    ),
    (
        "Buses Expreso Tomé Ltda.",
        78_244_190,
        "Sotomayor 1340, Tomé",
        "firm",
        "Gerente de Operaciones",
        "transito",
    ),
    (
        "Universidad de Concepción",
        81_494_400,
        "Víctor Lamas 1290, Concepción",
        "university",
        "Director de Vinculación con el Medio",
        "secplan;educacion;salud",
    ),
)

"""Who writes to Vallenar from outside: Atacama's regional offices (in Copiapó) and the
provincial ones (in Vallenar), the Contraloría Regional, the court, the Fiscalía and
Carabineros, the neighbouring municipalities of the Huasco valley, the olive, grape and
mining firms, the Junta de Vigilancia del Río Huasco, the rural water committees and the
Diaguita communities."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen8.senders import Office


def _o(
    org: str,
    posts: str,
    city: str,
    units: str,
    *,
    above: str = "",
    emblem: str = "gob",
    labels: str = "ORD.",
    law: str = "",
    sort: str = "service",
) -> Office:
    """An office: «man's post / woman's post», its units «a b c», its labels «A;B»."""
    man, _, woman = posts.partition(" / ")
    return Office(org, (man, woman or man), city, tuple(units.split()), above, emblem,
                  tuple(labels.split(";")), law=law, sort=sort)  # fmt: skip


MOP, AGRI, SALUD = (
    "Ministerio de Obras Públicas",
    "Ministerio de Agricultura",
    "Ministerio de Salud",
)
SERVICES: tuple[Office, ...] = (
    _o("Delegación Presidencial Provincial del Huasco", "Delegado Presidencial Provincial / "
       "Delegada Presidencial Provincial", "Vallenar", "alcaldia dideco transito",
       above="Ministerio del Interior", labels="ORD.;OFICIO ORD.;ORD. DPP"),
    _o("Gobierno Regional de Atacama", "Gobernador Regional / Gobernadora Regional",
       "Copiapó", "secplan alcaldia", emblem="hills", labels="ORD.;OF. ORD. GORE",
       law="la Ley N° 19.175"),
    _o("Secretaría Regional Ministerial de Salud de Atacama", "Seremi de Salud", "Copiapó",
       "salud dom", above=SALUD, labels="ORD.;ORD. B-34", law="el Código Sanitario"),
    _o("Servicio de Salud Atacama", "Director del Servicio de Salud Atacama / Directora del "
       "Servicio de Salud Atacama", "Copiapó", "salud", above=SALUD, emblem="cross",
       labels="ORD.;ORD. SSA"),
    _o("Secretaría Regional Ministerial de Agricultura de Atacama", "Seremi de Agricultura",
       "Copiapó", "dideco juridica", above=AGRI, emblem="leaf", labels="ORD.;OF."),
    _o("Secretaría Regional Ministerial de Obras Públicas de Atacama", "Seremi de Obras "
       "Públicas", "Copiapó", "secplan dom", above=MOP, labels="ORD.;ORD. SEREMI MOP"),
    _o("Dirección General de Aguas, Región de Atacama", "Director Regional de Aguas / "
       "Directora Regional de Aguas", "Copiapó", "juridica dideco secplan", above=MOP,
       emblem="drop", labels="ORD.;ORD. DGA", law="el Código de Aguas"),
    _o("Dirección de Vialidad, Oficina Provincial Huasco", "Jefe Provincial de Vialidad / "
       "Jefa Provincial de Vialidad", "Vallenar", "transito dom", above=MOP,
       labels="ORD.;ORD. VPH", law="el D.F.L. N° 850, de 1997, del MOP"),
    _o("Dirección de Obras Hidráulicas, Región de Atacama", "Director Regional DOH / "
       "Directora Regional DOH", "Copiapó", "secplan dom", above=MOP, emblem="drop",
       labels="ORD.;ORD. DOH", law="la Ley N° 20.998"),
    _o("Servicio Agrícola y Ganadero, Oficina Sectorial Vallenar", "Jefe de Oficina Sectorial "
       "/ Jefa de Oficina Sectorial", "Vallenar", "salud dideco dom", above=AGRI,
       emblem="leaf", labels="ORD. SAG;ORD.", law="la Ley N° 18.755"),
    _o("Servicio Nacional de Geología y Minería, Dirección Regional de Atacama", "Director "
       "Regional / Directora Regional", "Copiapó", "dom transito juridica",
       above="Ministerio de Minería", emblem="hills", labels="ORD.;OF. ORD."),
    _o("Secretaría Regional Ministerial de Medio Ambiente de Atacama", "Seremi del Medio "
       "Ambiente", "Copiapó", "salud dom", labels="ORD.;ORD. MMA"),
    _o("Secretaría Regional Ministerial de Educación de Atacama", "Seremi de Educación",
       "Copiapó", "educacion", labels="ORD.;ORD. N"),
    _o("SERVIU Región de Atacama", "Director Regional SERVIU / Directora Regional SERVIU",
       "Copiapó", "secplan dom dideco", above="Ministerio de Vivienda y Urbanismo",
       labels="ORD.;ORD. SERVIU"),
)  # fmt: skip

JUSTICE: tuple[Office, ...] = (
    _o("Juzgado de Letras de Vallenar", "Juez Titular / Jueza Titular", "Vallenar",
       "juridica dideco daf", above="Poder Judicial", emblem="pjud", labels="OFICIO;OF.",
       sort="court"),
    _o("Fiscalía Local de Vallenar", "Fiscal Adjunto / Fiscal Adjunta", "Vallenar",
       "juridica dom salud", above="Fiscalía Regional de Atacama", emblem="columns",
       labels="OFICIO;OF.", sort="fiscal"),
    _o("Carabineros de Chile, 2ª Comisaría Vallenar", "Mayor, Comisario / Mayor, Comisaria",
       "Vallenar", "transito jpl alcaldia", above="Prefectura Atacama", emblem="carab",
       labels="OFICIO;OF.", sort="police"),
)  # fmt: skip

CONTRALORIA = _o("Contraloría Regional de Atacama", "Contralor Regional / Contralora "
                 "Regional", "Copiapó", "control juridica daf administracion",
                 above="Contraloría General de la República", emblem="cgr",
                 labels="OFICIO")  # fmt: skip

# (the municipality, its mayor, its address)
NEIGHBOURS: tuple[tuple[str, str, str], ...] = (
    ("Ilustre Municipalidad de Freirina", "Alcalde", "Calle Arturo Prat 38, Freirina"),
    ("Ilustre Municipalidad de Huasco", "Alcaldesa", "Craig 530, Huasco"),
    ("Ilustre Municipalidad de Alto del Carmen", "Alcalde", "Calle Padre Alonso García s/n"),
)


@dataclass(frozen=True)
class Firm:
    """A company that writes letters, and the matters it writes about («dom:01»)."""

    name: str
    rut: int
    town: str
    address: str
    post: str
    keys: tuple[str, ...]
    emblem: str = "none"
    label: str = ""  # how it numbers its letters


FIRMS: tuple[Firm, ...] = (
    Firm("Agrícola Olivos del Huasco Ltda.", 76_482_190, "Vallenar", "Fundo Longomilla s/n",
         "Gerente General", ("salud:04", "dideco:02", "transito:01", "juridica:01"), "olivo",
         "Carta N°"),
    Firm("Exportadora de Uva de Mesa Valle Verde S.A.", 96_871_230, "Vallenar",
         "Camino a Alto del Carmen km 4", "Jefa de Personas",
         ("dideco:02", "salud:04", "transito:02"), "racimo"),
    Firm("Cooperativa Agrícola Pisquera del Huasco", 70_354_800, "Alto del Carmen",
         "San Félix s/n", "Presidente del Consejo de Administración",
         ("dideco:02", "daf:01", "alcaldia:01")),
    Firm("Compañía Minera Los Llanos del Huasco S.A.", 96_733_540, "Vallenar",
         "Av. Brasil 1175, Vallenar", "Gerente de Asuntos Externos",
         ("transito:01", "salud:03", "dom:01", "secplan:01"), "faena", "GAE-CARTA"),
    Firm("Minera Cerro Algarrobo SpA", 77_210_664, "Copiapó", "Los Carrera 770, Copiapó",
         "Superintendenta de Medio Ambiente y Comunidades",
         ("salud:03", "transito:01", "alcaldia:02"), "faena", "MCA"),
    Firm("Nueva Atacama S.A.", 76_525_260, "Copiapó", "Av. Copayapu 2970, Copiapó",
         "Jefe Zonal Huasco", ("dideco:01", "secplan:01", "dom:03"), "drop", "Carta NA"),
)  # fmt: skip

# (name, sort, town, the matters it writes about)
GROUPS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Junta de Vigilancia de la Cuenca del Río Huasco y sus Afluentes", "junta", "Vallenar",
     ("juridica:01", "dom:01", "alcaldia:02")),
    ("Comité de Agua Potable Rural de Domeyko", "apr", "Domeyko",
     ("secplan:01", "dideco:01", "salud:01")),
    ("Comité de Agua Potable Rural de Cachiyuyo", "apr", "Cachiyuyo",
     ("secplan:01", "dideco:01", "educacion:01")),
    ("Comunidad Indígena Diaguita Chiyagua de Vallenar", "diaguita", "Vallenar",
     ("alcaldia:03", "alcaldia:01", "dom:01")),
    ("Comunidad Diaguita Taira de Hacienda Ventanas", "diaguita", "Hacienda Ventanas",
     ("alcaldia:03", "dideco:01", "dideco:04")),
    ("Asociación Indígena Diaguita Paytani del Huasco", "diaguita", "Vallenar",
     ("alcaldia:03", "dideco:04", "educacion:01")),
    ("Asociación de Olivicultores del Valle del Huasco", "gremio", "Vallenar",
     ("salud:04", "transito:01", "juridica:01", "dideco:02")),
)  # fmt: skip

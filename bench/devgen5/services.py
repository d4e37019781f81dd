"""The services of La Araucanía (and the national ones with regional offices) that write to
Lonquimay, and the courts whose oficios reach its Juzgado and its Dirección de Tránsito. A
service is devgen2's (bench.devgen2.services.Service): its name as the letterhead prints it
(the truth's sender_org), its signer's post, its city, the municipal units its matters
concern and its mark."""

from __future__ import annotations

import random

from bench.devgen2.services import Service
from bench.devgen2.world import gendered
from bench.devgen3.services import GENDERED

REGIONAL: tuple[Service, ...] = (
    Service("Secretaría Regional Ministerial de Salud Región de La Araucanía",
            "Secretario Regional Ministerial de Salud", "Temuco", ("salud", "dom", "daf"),
            above="Ministerio de Salud", office="Oficina Provincial Malleco",
            street="Aldunate 51, Temuco"),
    Service("Servicio de Salud Araucanía Norte", "Director Servicio de Salud Araucanía Norte",
            "Angol", ("salud",), above="Ministerio de Salud",
            office="Subdirección de Gestión Asistencial", street="Ilabaca 752, Angol"),
    Service("Corporación Nacional de Desarrollo Indígena", "Director Regional CONADI Temuco",
            "Temuco", ("dideco", "juridica"), above="Ministerio de Desarrollo Social y Familia",
            office="Dirección Regional Temuco", emblem="leaf"),
    Service("Instituto de Desarrollo Agropecuario", "Jefe de Área INDAP Lonquimay",
            "Lonquimay", ("dideco",), above="Ministerio de Agricultura",
            office="Agencia de Área Lonquimay", emblem="hills"),
    Service("Servicio de Vivienda y Urbanización Región de La Araucanía",
            "Director SERVIU Región de La Araucanía", "Temuco", ("dom", "secplan", "dideco"),
            above="Ministerio de Vivienda y Urbanismo", office="Departamento Técnico"),
    Service("Gobierno Regional de La Araucanía", "Gobernador Regional de La Araucanía", "Temuco",
            ("secplan", "alcaldia"), emblem="seal",
            office="División de Presupuesto e Inversión Regional"),
    Service("Delegación Presidencial Provincial de Malleco",
            "Delegada Presidencial Provincial de Malleco", "Angol",
            ("alcaldia", "transito", "dideco"), above="Ministerio del Interior",
            street="Lautaro 49, Angol", female=True),
    Service("Contraloría Regional de La Araucanía", "Contralor Regional de La Araucanía",
            "Temuco", ("control", "daf", "administracion"), emblem="cgr",
            office="Unidad de Control Externo", street="Manuel Bulnes 450, Temuco"),
    Service("Superintendencia de Educación, Dirección Regional de La Araucanía",
            "Director Regional Superintendencia de Educación", "Temuco", ("educacion",),
            emblem="columns"),
    Service("Dirección del Trabajo, Inspección Provincial del Trabajo de Malleco",
            "Inspectora Provincial del Trabajo", "Angol", ("administracion", "educacion", "salud"),
            above="Ministerio del Trabajo y Previsión Social", female=True),
    Service("Servicio Nacional de Geología y Minería, Dirección Zonal Sur",
            "Director Zonal SERNAGEOMIN", "Temuco", ("dom", "alcaldia"), above="Ministerio de "
            "Minería", office="Red Nacional de Vigilancia Volcánica"),
    Service("Corporación Nacional Forestal Región de La Araucanía", "Director Regional CONAF",
            "Temuco", ("dom", "dideco", "alcaldia"), above="Ministerio de Agricultura",
            office="Reserva Nacional Malalcahuello-Nalcas", emblem="tree"),
    Service("Secretaría Regional Ministerial de Transportes y Telecomunicaciones Región de "
            "La Araucanía", "Secretaria Regional Ministerial de Transportes y "
            "Telecomunicaciones", "Temuco", ("transito",),
            above="Ministerio de Transportes y Telecomunicaciones", female=True),
    Service("Secretaría Regional Ministerial de Educación Región de La Araucanía",
            "Secretaria Regional Ministerial de Educación", "Temuco", ("educacion",),
            above="Ministerio de Educación", female=True),
    Service("Dirección Regional de Vialidad Región de La Araucanía",
            "Director Regional de Vialidad", "Temuco", ("dom", "transito", "secplan"),
            above="Ministerio de Obras Públicas", office="Provincial de Vialidad Malleco"),
)  # fmt: skip

COURTS: tuple[Service, ...] = (
    Service("Juzgado de Policía Local de Curacautín", "Juez de Policía Local", "Curacautín",
            ("transito",), emblem="none"),
    Service("Juzgado de Policía Local de Victoria", "Jueza de Policía Local", "Victoria",
            ("transito", "jpl"), emblem="none", female=True),
    Service("Segundo Juzgado de Policía Local de Temuco", "Juez Titular", "Temuco",
            ("jpl", "transito"), emblem="none"),
    Service("Juzgado de Letras y Garantía de Curacautín", "Juez de Letras y Garantía",
            "Curacautín", ("jpl", "juridica"), emblem="pjud"),
)  # fmt: skip

COVERED = tuple(sorted({u for s in REGIONAL for u in s.units}))


def for_unit(rng: random.Random, unit: str) -> Service:
    """A service whose matters concern ``unit`` (any if none does)."""
    fitting = [s for s in REGIONAL if unit in s.units]
    return rng.choice(fitting or list(REGIONAL))


def post(s: Service, female: bool) -> str:
    """The signer's post as a woman or a man holds it."""
    return gendered(s.cargo, female, GENDERED)


def domain(s: Service) -> str:
    if s.emblem == "cgr":
        return "www.contraloria.cl"
    words = [w for w in s.org.lower().replace(",", "").split() if len(w) > 3][:2]
    return "www." + "".join(words).translate(str.maketrans("áéíóú", "aeiou")) + ".gob.cl"

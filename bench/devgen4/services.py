"""The regional services that write to Putre, and the courts, prosecutors and police whose
oficios reach it. A service is devgen2's (bench.devgen2.services.Service): its name as the
letterhead prints it (the truth's sender_org), its signer's post (sender), its city, the
municipal units its matters concern and its mark."""

from __future__ import annotations

import random

from bench.devgen2.services import Service
from bench.devgen2.world import gendered
from bench.devgen3.services import GENDERED

REGIONAL: tuple[Service, ...] = (
    Service("Secretaría Regional Ministerial de Salud Región de Arica y Parinacota",
            "Secretaria Regional Ministerial de Salud", "Arica", ("salud", "dom", "educacion"),
            above="Ministerio de Salud", office="Departamento de Acción Sanitaria",
            street="Avenida Santa María 2330, Arica", female=True),
    Service("Gobierno Regional de Arica y Parinacota", "Gobernador Regional de Arica y Parinacota",
            "Arica", ("secplan", "alcaldia", "dideco"), emblem="seal",
            office="División de Presupuesto e Inversión Regional",
            street="Avenida General Velásquez 1775, Arica"),
    Service("Servicio de Vivienda y Urbanización Región de Arica y Parinacota",
            "Director SERVIU Región de Arica y Parinacota", "Arica", ("dom", "dideco", "secplan"),
            above="Ministerio de Vivienda y Urbanismo", office="Departamento Técnico"),
    Service("Delegación Presidencial Provincial de Parinacota",
            "Delegado Presidencial Provincial de Parinacota", "Putre",
            ("alcaldia", "dideco", "transito"), above="Ministerio del Interior y Seguridad Pública",
            street="Calle Latorre 231, Putre"),
    Service("Delegación Presidencial Regional de Arica y Parinacota",
            "Delegada Presidencial Regional de Arica y Parinacota", "Arica",
            ("alcaldia", "dideco"), above="Ministerio del Interior y Seguridad Pública",
            female=True),
    Service("Dirección Regional de Vialidad Arica y Parinacota", "Director Regional de Vialidad",
            "Arica", ("dom", "transito", "secplan"), above="Ministerio de Obras Públicas",
            office="Departamento de Conservación", street="Avenida Diego Portales 2560, Arica"),
    Service("Dirección de Obras Hidráulicas Región de Arica y Parinacota",
            "Directora Regional de Obras Hidráulicas", "Arica", ("secplan", "dom"),
            above="Ministerio de Obras Públicas",
            office="Subdirección de Servicios Sanitarios Rurales", female=True),
    Service("Corporación Nacional Forestal Región de Arica y Parinacota",
            "Director Regional CONAF", "Arica", ("dideco", "alcaldia", "dom"),
            above="Ministerio de Agricultura",
            office="Departamento de Áreas Silvestres Protegidas"),
    Service("Secretaría Regional Ministerial de Educación Región de Arica y Parinacota",
            "Secretario Regional Ministerial de Educación", "Arica", ("educacion",),
            above="Ministerio de Educación"),
    Service("Servicio Nacional de Prevención y Respuesta ante Desastres, Dirección Regional "
            "Arica y Parinacota", "Director Regional SENAPRED", "Arica", ("alcaldia", "dideco"),
            above="Ministerio del Interior y Seguridad Pública"),
    Service("Secretaría Regional Ministerial de Transportes y Telecomunicaciones Región de Arica "
            "y Parinacota", "Secretaria Regional Ministerial de Transportes y Telecomunicaciones",
            "Arica", ("transito",), above="Ministerio de Transportes y Telecomunicaciones",
            female=True),
    Service("Corporación Nacional de Desarrollo Indígena, Oficina de Asuntos Indígenas Arica",
            "Jefe Oficina de Asuntos Indígenas", "Arica", ("dideco", "juridica"),
            above="Ministerio de Desarrollo Social y Familia"),
    Service("Servicio Agrícola y Ganadero, Dirección Regional Arica y Parinacota",
            "Directora Regional SAG", "Arica", ("dideco", "jpl"), above="Ministerio de Agricultura",
            office="Oficina Sectorial Putre", female=True),
    Service("Secretaría Regional Ministerial de Desarrollo Social y Familia Región de Arica y "
            "Parinacota", "Secretario Regional Ministerial de Desarrollo Social y Familia",
            "Arica", ("dideco",), above="Ministerio de Desarrollo Social y Familia"),
    Service("Contraloría Regional de Arica y Parinacota", "Contralor Regional de Arica y "
            "Parinacota", "Arica", ("control", "daf", "administracion"), emblem="cgr",
            office="Unidad de Control Externo", street="Avenida 7 de Junio 188, Arica"),
)  # fmt: skip


# The units whose matters some regional service deals with.
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

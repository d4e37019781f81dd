"""Who writes to Río Bueno from outside: the offices of Los Ríos (in Valdivia or La Unión),
the police, the Fiscalía and the courts; each with the units its matters concern, how it
numbers its oficios, how it labels their subject and the law it cites."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    org: str  # as the letterhead prints it (the truth's sender_org)
    post: tuple[str, str]  # the signer's post (man, woman)
    city: str
    units: tuple[str, ...]
    above: str = ""  # the ministry or institution printed above
    emblem: str = "gob"
    labels: tuple[str, ...] = ("ORD.",)  # what precedes «N°»
    mat: tuple[str, ...] = ("MAT.:",)  # the subject's label
    law: str = ""
    sort: str = "service"  # service, police, fiscal, court

    def signer_post(self, female: bool) -> str:
        return self.post[1] if female else self.post[0]


SERVICES: tuple[Office, ...] = (
    Office("SERVIU Región de Los Ríos", ("Director Regional SERVIU", "Directora Regional SERVIU"),
           "Valdivia", ("dideco", "dom", "secplan"), "Ministerio de Vivienda y Urbanismo",
           labels=("ORD.", "ORD. SERVIU"), law="el D.S. N° 49, de 2011, (V. y U.)"),
    Office("Dirección Regional de Vialidad Los Ríos", ("Director Regional de Vialidad",
           "Directora Regional de Vialidad"), "Valdivia", ("transito", "dom", "alcaldia"),
           "Ministerio de Obras Públicas", labels=("ORD.", "ORD. DRV LR"),
           mat=("MAT.:", "REF.:"), law="el D.F.L. N° 850, de 1997, del MOP"),
    Office("Servicio de Impuestos Internos, Dirección Regional Valdivia", ("Director Regional",
           "Directora Regional"), "Valdivia", ("daf", "dom"), labels=("ORD.", "OFICIO ORD."),
           mat=("MAT.:", "MATERIA:"), law="la Ley N° 17.235, sobre Impuesto Territorial"),
    Office("Tesorería Regional de Los Ríos", ("Tesorero Regional", "Tesorera Regional"),
           "Valdivia", ("daf",), "Tesorería General de la República", labels=("ORD.",),
           mat=("REF.:", "MAT.:")),
    Office("Servicio Agrícola y Ganadero, Oficina Sectorial La Unión", ("Jefe de Oficina "
           "Sectorial", "Jefa de Oficina Sectorial"), "La Unión", ("jpl", "dom", "dideco"),
           "Ministerio de Agricultura", labels=("ORD. SAG", "ORD."),
           law="la Ley N° 21.020, sobre tenencia responsable de mascotas"),
    Office("Corporación Nacional Forestal Los Ríos", ("Director Regional", "Directora Regional"),
           "Valdivia", ("dom", "alcaldia"), "Ministerio de Agricultura", emblem="tree",
           labels=("OF. ORD.", "ORD."), law="la Ley N° 20.283, sobre Bosque Nativo"),
    Office("Secretaría Regional Ministerial de Salud Los Ríos", ("Seremi de Salud",
           "Seremi de Salud"), "Valdivia", ("salud", "dom", "educacion"), "Ministerio de Salud",
           labels=("ORD.", "ORD. B2"), mat=("MAT.:", "MATERIA:", "ANT./MAT."),
           law="el Código Sanitario"),
    Office("Delegación Presidencial Provincial del Ranco", ("Delegado Presidencial Provincial",
           "Delegada Presidencial Provincial"), "La Unión", ("alcaldia", "dideco", "transito"),
           "Ministerio del Interior y Seguridad Pública", labels=("OFICIO",
           "ORD.")),
    Office("Dirección General de Aguas Región de Los Ríos", ("Director Regional de Aguas",
           "Directora Regional de Aguas"), "Valdivia", ("dom", "salud", "secplan"),
           "Ministerio de Obras Públicas", emblem="drop", labels=("ORD. DGA", "ORD."),
           law="el artículo 41 del Código de Aguas"),
    Office("Gobierno Regional de Los Ríos", ("Gobernador Regional", "Gobernadora Regional"),
           "Valdivia", ("secplan", "alcaldia"), emblem="seal", labels=("ORD.", "ORD. GORE"),
           mat=("MAT.:", "REF.:")),
)  # fmt: skip

JUSTICE: tuple[Office, ...] = (
    Office("Carabineros de Chile, Subcomisaría Río Bueno", ("Capitán, Subcomisario",
           "Capitana, Subcomisaria"), "Río Bueno", ("jpl", "transito", "alcaldia"),
           "Prefectura Osorno N° 25", emblem="carab", labels=("OF.",),
           mat=("OBJ.:", "ASUNTO:"), sort="police"),
    Office("Policía de Investigaciones de Chile, Brigada de Investigación Criminal La Unión",
           ("Subprefecto, Jefe BICRIM", "Subprefecta, Jefa BICRIM"), "La Unión",
           ("juridica", "alcaldia", "dideco"), emblem="seal", labels=("OFICIO",),
           mat=("MAT.:",), sort="police"),
    Office("Fiscalía Local de La Unión", ("Fiscal Adjunto", "Fiscal Adjunta"), "La Unión",
           ("juridica", "dom", "salud"), "Ministerio Público", emblem="columns",
           labels=("OFICIO", "OF."), mat=("MAT.:", "REF.:"), sort="fiscal"),
    Office("Juzgado de Letras y Garantía de Río Bueno", ("Juez Titular", "Jueza Titular"),
           "Río Bueno", ("juridica", "dideco", "daf"), "Poder Judicial", emblem="pjud",
           labels=("OFICIO", "OF."), mat=("MAT.:", "REF.:"), sort="court"),
    Office("Juzgado de Policía Local de La Unión", ("Juez de Policía Local",
           "Jueza de Policía Local"), "La Unión", ("jpl", "transito"), emblem="none",
           labels=("OFICIO", "OF."), mat=("MAT.:", "REF.:"), sort="court"),
    Office("Juzgado Civil de Valdivia, 1° Juzgado", ("Juez Titular", "Jueza Titular"),
           "Valdivia", ("juridica", "daf"), "Poder Judicial", emblem="pjud",
           labels=("OFICIO",), mat=("MAT.:",), sort="court"),
)  # fmt: skip

CONTRALORIA = Office("Contraloría Regional de Los Ríos", ("Contralor Regional",
                     "Contralora Regional"), "Valdivia", ("control",), emblem="cgr",
                     labels=("OFICIO",), mat=("MAT.:",))  # fmt: skip


def for_matter(rng: random.Random, unit: str, pool: tuple[Office, ...]) -> Office | None:
    """An office of ``pool`` whose matters include ``unit`` (None when no one does)."""
    fits = [o for o in pool if unit in o.units]
    return rng.choice(fits) if fits else None


def domain(org: str) -> str:
    words = [w for w in org.replace(",", "").split() if w[:1].isupper() and len(w) > 3]
    return (
        "www."
        + "".join(w[0] for w in words).lower().translate(str.maketrans("áéíóú", "aeiou"))
        + ".cl"
    )

"""Contraloría: dictámenes («DICTAMEN N° E123456 / 2024») and oficios of the regional office,
with the summary in sentence case on the right of the head and the addressee at the foot.

Truth: a dictamen goes to the Dirección de Control, its subject the summary paragraph, its
number the «E…» one without the year; a Contraloría oficio goes to the unit of its matter
(audits to Control, disciplinary follow-ups to Jurídica), its subject the summary."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bench.devgen2.model import Heading, Pair, Para, Space
from bench.devgen3 import parts, services, wording, world
from bench.devgen3.model import Banner, Block, Doc
from bench.devgen3.parts import Ctx

# (key, summary, who complained, what the municipality answered, the rule applied)
RULINGS = (
    ("zona", "Municipalidad de Chile Chico debe pagar la asignación de zona a los funcionarios "
     "del Departamento de Salud contratados a plazo fijo, en los términos que se indican",
     "una técnico en enfermería de la Posta de Salud Rural Puerto Guadal",
     "la asignación solo se paga al personal de planta",
     "la asignación de zona es un beneficio que la ley otorga a todo el personal que se "
     "desempeña en la zona, sin distinguir la calidad jurídica de su designación"),
    ("nevazon", "No procede descontar de las remuneraciones de los asistentes de la educación "
     "de Chile Chico los días de suspensión de clases dispuestos por nevazones",
     "la asociación de asistentes de la educación de la comuna",
     "los días no trabajados no dan derecho a remuneración",
     "la suspensión de actividades por causas climáticas no es imputable a los trabajadores"),
    ("honorarios", "Personas contratadas a honorarios por la Municipalidad de Chile Chico no "
     "pueden ejercer funciones de fiscalización de ordenanzas municipales",
     "un concejal de la comuna", "los inspectores a honorarios actúan bajo supervisión",
     "las potestades públicas solo pueden ejercerse por funcionarios de planta o a contrata"),
    ("costanera", "La Municipalidad de Chile Chico debe licitar públicamente las concesiones de "
     "los quioscos de la costanera del Lago General Carrera",
     "una vecina del sector Bahía Jara", "las concesiones se otorgaron por trato directo",
     "el artículo 36 de la Ley N° 18.695 exige licitación pública para las concesiones"),
    ("barcaza", "Se ajustó a derecho el pago de pasajes en barcaza a funcionarios de la "
     "Municipalidad de Chile Chico en cometido a Puerto Ibáñez",
     "un exfuncionario municipal", "los pasajes se pagaron conforme al reglamento de viáticos",
     "los gastos de traslado de un cometido funcionario son de cargo del servicio"),
    ("vehiculos", "Vehículos de la Municipalidad de Chile Chico no pueden destinarse al traslado "
     "de particulares, salvo en las situaciones de emergencia que se señalan",
     "un ciudadano por presentación anónima", "los traslados obedecieron a razones sociales",
     "los bienes públicos deben destinarse exclusivamente a los fines del servicio"),
)  # fmt: skip


def _cgr(ctx: Ctx, central: bool) -> tuple[services.Service, world.Person, str]:
    s = services.SERVICES["cgr-central" if central else "cgr"]
    who = world.person(ctx.rng)
    post = services.signer_post(s, who.female) + (" (S)" if ctx.chance(0.15) else "")
    return s, who, post


def _left(ctx: Ctx, s: services.Service) -> tuple[str, ...]:
    if s.key == "cgr":
        top = ("CONTRALORÍA REGIONAL DE AYSÉN DEL GENERAL CARLOS IBÁÑEZ DEL CAMPO",
               ctx.pick("UNIDAD JURÍDICA", "UNIDAD DE CONTROL EXTERNO"))  # fmt: skip
    else:
        top = ("CONTRALORÍA GENERAL DE LA REPÚBLICA",
               ctx.pick("DIVISIÓN JURÍDICA", "DIVISIÓN DE MUNICIPALIDADES"))  # fmt: skip
    refs = f"REF. {wording.sign(ctx.rng)} W{ctx.rng.randint(10000, 99999)}/{ctx.day.year}"
    return (*top, "", refs) if ctx.chance(0.7) else top


def _foot(ctx: Ctx) -> tuple[list[Block], str]:
    """The addressee, at the foot of the first page as Contraloría prints it."""
    to = ctx.pick(
        "A LA SEÑORA\nALCALDESA DE LA MUNICIPALIDAD DE CHILE CHICO\nCHILE CHICO",
        "A LA SEÑORA ALCALDESA\nMUNICIPALIDAD DE CHILE CHICO\nPRESENTE",
        "SEÑORA ALCALDESA DE LA MUNICIPALIDAD DE CHILE CHICO\nCHILE CHICO",
    )
    recipient = " ".join(to.split("\n")[:2])
    return [Space(6), Para(to, align="left", bold=True)], recipient


def _number_line(ctx: Ctx, label: str, num: str, s: services.Service) -> list[Block]:
    when = wording.place_date(ctx.rng, s.city, ctx.day)
    shown = ctx.pick(f"{num} / {ctx.day.year}", f"{num}/{ctx.day.year}", f"{num} de {ctx.day.year}")
    no = f"{label} {wording.sign(ctx.rng)} {shown}".strip()
    if ctx.chance(0.5):
        return [Pair((no,), (when,), right_align="right")]
    return [Heading(no, align=ctx.pick("left", "center"), size=0.5), Para(when, align="right")]


def dictamen(ctx: Ctx) -> Doc:
    """Contraloría rules on a claim about Chile Chico; Control follows it up."""
    key, summary, who_asked, answer, rule = ctx.rng.choice(RULINGS)
    s, who, post = _cgr(ctx, ctx.chance(0.5))
    num = f"E{ctx.rng.randint(100000, 650000)}"
    blocks: list[Block] = [
        Banner(_left(ctx, s), (summary,), "cgr", ctx.rng.choice((0.42, 0.48)), right_bold=False),
        *_number_line(ctx, ctx.pick("DICTAMEN", "DICTAMEN", ""), num, s),
        Para(f"Se ha dirigido a esta Contraloría {'General ' if s.key != 'cgr' else 'Regional '}"
             f"{who_asked}, solicitando un pronunciamiento sobre la materia del rubro."),
        Para(f"Requerido su informe, la Municipalidad de Chile Chico manifestó que {answer}."),
        Para(f"Sobre el particular, cabe recordar que {rule}, según ha precisado la "
             "jurisprudencia administrativa de este Organismo de Control."),
        Para(f"En consecuencia, {summary[0].lower()}{summary[1:]}, debiendo esa entidad "
             "informar a esta Contraloría las medidas adoptadas en el plazo de veinte días "
             "hábiles."),
    ]  # fmt: skip
    foot, recipient = _foot(ctx)
    blocks += [Para(ctx.pick("Saluda atentamente a Ud.,", "Saluda atentamente a usted,"))]
    blocks += [parts.signature(ctx, who.name, post, s.org)]
    blocks += foot
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "dictamen", "entrada", unit="control", sender_org=s.org,
                    recipient=recipient, **fields)  # fmt: skip
    t = replace(t, topic=f"dictamen-{key}")
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def oficio_contraloria(ctx: Ctx) -> Doc:
    """The regional office sends an audit report, or asks how a sumario is going."""
    s, who, post = _cgr(ctx, False)
    m = ctx.matter
    summary = m.mat
    num = f"E{ctx.rng.randint(10000, 99999)}"
    label = ctx.pick("OFICIO", "OF.", "OFICIO")
    blocks: list[Block] = [
        Banner(_left(ctx, s), (summary,), "cgr", ctx.rng.choice((0.42, 0.48)), right_bold=False),
        *_number_line(ctx, label, num, s),
        Para(f"Se remite a esa Municipalidad, para su conocimiento y fines pertinentes, lo "
             f"relativo a {m.about}."),
        Para(m.detail),
        Para("Esa entidad deberá informar a esta Contraloría Regional las medidas adoptadas "
             "dentro del plazo de quince días hábiles, a través del Sistema de Seguimiento y "
             "Apoyo CGR."),
        Para(ctx.pick("Saluda atentamente a Ud.,", "Saluda atentamente a usted,")),
        parts.signature(ctx, who.name, post, s.org),
    ]  # fmt: skip
    foot, recipient = _foot(ctx)
    blocks += foot
    if ctx.chance(0.5):
        blocks.append(
            parts.distribution(
                ctx,
                [
                    "Dirección de Control, Municipalidad de Chile Chico",
                    "Concejo Municipal de Chile Chico",
                ],
            )
        )
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "oficio", "entrada", sender_org=s.org, recipient=recipient, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))

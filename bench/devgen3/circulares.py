"""Circulars of ministries to every mayor or every municipal department: «CIRCULAR ORD. N°
12», «CIRCULAR N° 5/2025», the DDU circulars of Vivienda with their own series number; the
summary («IMPARTE INSTRUCCIONES …») as a MAT. line, as a block of capitals on the right,
or as a centred paragraph under the number.

Truth: subject the summary as printed; doc_number the circular's number (not the DDU
series); sender the signer's post; recipient the A: text; unit the department concerned."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Heading, Para
from bench.devgen3 import oficios, parts, services, wording, world
from bench.devgen3.model import Banner, Block, Doc
from bench.devgen3.parts import Ctx

ADDRESSEES = {
    "dom": ("SEGÚN DISTRIBUCIÓN", "DIRECTORES DE OBRAS MUNICIPALES DEL PAÍS",
            "SEREMI MINVU Y DIRECTORES DE OBRAS MUNICIPALES"),
    "salud": ("DIRECTORES DE SALUD MUNICIPAL DEL PAÍS", "SEGÚN DISTRIBUCIÓN",
              "ALCALDES Y ALCALDESAS DEL PAÍS"),
    "educacion": ("SOSTENEDORES MUNICIPALES DE EDUCACIÓN", "ALCALDES Y ALCALDESAS DEL PAÍS"),
    "": ("ALCALDES Y ALCALDESAS DEL PAÍS", "SEGÚN DISTRIBUCIÓN",
         "SRES. ALCALDES Y SRAS. ALCALDESAS DE LAS MUNICIPALIDADES DEL PAÍS"),
}  # fmt: skip


def _label(ctx: Ctx, key: str) -> str:
    if key == "minvu-ddu":
        return ctx.pick("CIRCULAR ORD.", "CIRCULAR ORD.")
    if key == "servel-nac":
        return ctx.pick("CIRCULAR", "OFICIO CIRCULAR")
    return ctx.pick("CIRCULAR ORD.", "CIRCULAR", "CIRCULAR", "OFICIO CIRCULAR")


def _sections(ctx: Ctx) -> list[Block]:
    m = ctx.matter
    heads = ctx.pick("roman", "plain", "none")

    def title(i: int, text: str) -> list[Block]:
        if heads == "none":
            return []
        shown = f"{('I', 'II', 'III')[i]}. {text}" if heads == "roman" else text
        return [Para(shown, bold=True, align="left")]

    items = [
        f"Cada municipalidad designará un funcionario responsable de {m.about}, e informará "
        "su nombre y correo electrónico en el plazo de quince días hábiles.",
        "Las consultas deberán canalizarse a través de la Secretaría Regional Ministerial "
        "respectiva, que consolidará las respuestas.",
        "La información que se remita tendrá carácter de declaración jurada para los efectos "
        "de la rendición de cuentas y de los procesos de fiscalización.",
        "El incumplimiento de estas instrucciones será informado a la Contraloría General de "
        "la República para los fines que correspondan.",
    ]
    blocks: list[Block] = [
        *title(0, "ANTECEDENTES"),
        Para(
            f"{m.detail} Por ello, esta Secretaría de Estado ha estimado necesario impartir "
            f"instrucciones uniformes respecto de {m.about}."
        ),
        *title(1, "INSTRUCCIONES"),
    ]
    mark = ctx.pick("{i}.", "{i})", "{a})")
    for i, text in enumerate(ctx.rng.sample(items, ctx.rng.randint(2, 4)), 1):
        blocks.append(Para(mark.format(i=i, a="abcd"[i - 1]) + " " + text, left=8))
    blocks += title(2, "VIGENCIA")
    blocks.append(Para(f"Las presentes instrucciones rigen a contar de su fecha y hasta el "
                       f"31 de diciembre de {ctx.day.year + 1}."))  # fmt: skip
    return blocks


def circular(ctx: Ctx) -> Doc:
    """A ministry instructs the municipalities; Chile Chico receives its copy."""
    s = services.lookup(ctx.matter.service)
    m = ctx.matter
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.signer_post(s, who.female)
    summary = m.res.upper() if ctx.chance(0.6) else m.res
    num = str(ctx.rng.randint(1, 60)) if s.key != "minvu-ddu" else f"0{ctx.rng.randint(100, 700)}"
    label = _label(ctx, s.key)
    no = wording.number_line(ctx.rng, label, num, ctx.day.year)
    if s.key != "minvu-ddu" and ctx.chance(0.4):
        no = f"{label} {wording.sign(ctx.rng)} {num}/{ctx.day.year}"
    a = ctx.pick(*ADDRESSEES.get(m.unit, ADDRESSEES[""]))
    de = post.upper()
    blocks: list[Block] = _head(ctx, s, no, summary, de, a)
    blocks += _sections(ctx)
    blocks.append(parts.signature(ctx, who.name, post, s.org, closing=wording.closing(ctx.rng)))
    if ctx.chance(0.4):
        blocks.append(parts.esign_note(ctx, s, who.name))
    items = ["Municipalidades del país", "Secretarías Regionales Ministeriales", "Archivo"]
    blocks += parts.foot(ctx, who, [*ctx.rng.sample(items, 2), "Oficina de Partes"])
    fields: dict[str, Any] = {"subject": summary, "doc_number": num, "sender": post}
    t = parts.truth(ctx, "circular", "entrada", sender_org=s.org, recipient=a, **fields)
    return parts.doc(ctx, t, blocks, footer=parts.service_footer(ctx, s))


def _head(ctx: Ctx, s: services.Service, no: str, summary: str, de: str, a: str) -> list[Block]:
    """MAT. in the number's column, the summary block on the right, or centred under it."""
    series = [f"DDU {ctx.rng.randint(430, 540)}"] if s.key == "minvu-ddu" else []
    style = ctx.rng.choice(("mat", "banner", "centred"))
    de_a = Fields(((ctx.pick("DE:", "DE :"), de), (ctx.pick("A:", "A :"), a)))
    if style == "mat":
        return oficios.head(ctx, s, f"{no}\n{series[0]}" if series else no, None, summary, de, a)
    left = parts.service_lines(ctx, s)
    when = wording.place_date(ctx.rng, s.city, ctx.day)
    if style == "banner":
        right = (no, *series, "", summary, "", when)
        return [Banner(left, right, s.emblem, ctx.rng.choice((0.45, 0.5))), de_a]
    return [
        parts.service_head(ctx, s),
        Heading(no, size=1.5),
        *(Para(x, align="center") for x in series),
        Para(summary, bold=True, align="center", left=12),
        Para(when, align="right"),
        de_a,
    ]

"""Documents sent through DocDigital, the state's platform for documents between public
bodies: the platform's band, a header table (Folio, Fecha, Materia, De, Para) and the
appearance of an advanced e-signature (signer, date and time, a QR-like square; no RUT).

Truth: doc_type the «Tipo» (oficio, or a resolution); subject the Materia; doc_number the
Folio (without a year after a slash); sender the signer's post; recipient the Para value."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Heading
from bench.devgen3 import oficios, parts, resoluciones, services, wording, world
from bench.devgen3.model import Block, Doc, Grid, SealBox
from bench.devgen3.parts import Ctx


def _seal(ctx: Ctx, name: str, post: str, org: str, what: str) -> SealBox:
    d = ctx.day
    clock = (
        f"{ctx.rng.randint(8, 19):02d}:{ctx.rng.randint(0, 59):02d}:{ctx.rng.randint(0, 59):02d}"
    )
    code = "".join(ctx.rng.choice("0123456789abcdef") for _ in range(12))
    when = ctx.pick(f"{d.year}-{d.month:02d}-{d.day:02d} {clock} -03:00",
                    f"{d.day:02d}/{d.month:02d}/{d.year} {clock}")  # fmt: skip
    lines = [
        ctx.pick("Firmado con Firma Electrónica Avanzada por:", "Firma Electrónica Avanzada"),
        name.upper() if ctx.chance(0.5) else name,
        post,
    ]
    if ctx.chance(0.5):
        lines.append(org)
    lines += [f"Fecha: {when}", f"Motivo: {what}"]
    if ctx.chance(0.6):
        lines.append(f"Verifique en https://doc.digital.gob.cl/validador/{code}")
    return SealBox(tuple(lines), code, ctx.pick("left", "right", "center"))


def _rows(ctx: Ctx, kind: str, folio: str, mat: str, de: str, para: str, typed: bool) -> Grid:
    d = ctx.day
    when = ctx.pick(f"{d.day:02d}-{d.month:02d}-{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
                    wording.long_date(d))  # fmt: skip
    folio_shown = folio if ctx.chance(0.6) else f"{folio}/{d.year}"
    title = ctx.pick("", "", "DATOS DEL DOCUMENTO", "Documento electrónico")
    if ctx.chance(0.5):
        rows: tuple[tuple[str, ...], ...] = (
            ("Folio", folio_shown, "Fecha", when),
            ("Tipo", kind, "Reservado", "No"),
            ("Materia", mat),
            ("De", de),
            ("Para", para),
        )
        if not typed and ctx.chance(0.5):
            rows = rows[:1] + rows[2:]
        return Grid(rows, ctx.chance(0.8), title)
    two = [("Folio", folio_shown), ("Fecha", when), ("Materia", mat), ("De", de), ("Para", para)]
    if typed or ctx.chance(0.4):
        two.insert(1, ("Tipo", kind))
    return Grid(tuple(two), ctx.chance(0.8), title)


def _letter(ctx: Ctx) -> list[Block]:
    about = ctx.matter.about
    opening = ctx.pick(
        f"Por medio del presente documento, y en relación con {about}, comunico a usted lo "
        "que sigue.",
        f"Junto con saludar cordialmente, me permito informar a usted sobre {about}.",
    )
    closing = ctx.pick("Saluda atentamente a usted.", "Sin otro particular, le saluda atentamente.")
    return oficios.body(ctx, opening, closing)


def docdigital(ctx: Ctx) -> Doc:
    """A service's oficio (or, when it resolves the matter, a resolution) via DocDigital."""
    s = ctx.service
    m = ctx.matter
    resolution = bool(m.res) and ctx.chance(0.3)
    kind = "Resolución Exenta" if resolution else ctx.pick("Oficio Ordinario", "Oficio", "Ord.")
    mat = m.res if resolution else m.mat
    who = world.person(ctx.rng, female=s.female if ctx.chance(0.8) else None)
    post = services.signer_post(s, who.female)
    folio = str(ctx.rng.randint(100, 9800))
    de = ctx.pick(f"{who.name} - {post} - {s.org}", f"{post}, {s.org}", f"{post} ({s.short})")
    mayor = world.UNITS["alcaldia"].chief.name
    para = ctx.pick(
        f"{mayor} - Alcaldesa - Ilustre Municipalidad de Chile Chico",
        "Ilustre Municipalidad de Chile Chico",
        "Oficina de Partes, I. Municipalidad de Chile Chico",
    )
    blocks: list[Block] = [parts.service_head(ctx, s)]
    if resolution or ctx.chance(0.6):
        title = kind.upper() if not ctx.chance(0.4) else f"{kind.upper()} N° {folio}"
        blocks.append(Heading(title, align=ctx.pick("center", "left"), size=1.5))
    blocks.append(_rows(ctx, kind, folio, mat, de, para, resolution))
    blocks += resoluciones.body(ctx, s, post) if resolution else _letter(ctx)
    if ctx.chance(0.35):
        reviewer = world.person(ctx.rng)
        blocks.append(_seal(ctx, reviewer.name, "Jefe(a) Unidad Jurídica", s.org, "Visación"))
    blocks.append(_seal(ctx, who.name, post, s.org, ctx.pick("Firma", "Firma de documento")))
    if ctx.chance(0.5):
        blocks.append(parts.distribution(ctx, ["Destinatario", "Archivo"]))
    fields: dict[str, Any] = {"subject": mat, "doc_number": folio, "sender": post}
    fields |= {"sender_org": s.org, "recipient": para}
    t = parts.truth(ctx, "resolucion" if resolution else "oficio", "entrada", **fields)
    footer = ctx.pick(
        "Documento firmado electrónicamente a través de la plataforma DocDigital",
        "Este documento fue generado en DocDigital. Valide su autenticidad en "
        "https://doc.digital.gob.cl/validador",
    )
    return parts.doc(
        ctx,
        t,
        blocks,
        footer=(footer,),
        band=ctx.pick("DocDigital", "DocDigital · Gobierno de Chile", ""),
        page_label=ctx.pick("Página {p} de {n}", "{p} de {n}"),
    )

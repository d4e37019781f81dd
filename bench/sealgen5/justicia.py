"""What the court, the Fiscalía, Carabineros and the Contraloría send Vallenar.

The Juzgado de Letras de Vallenar: the cause in a boxed table (ROL, CARATULADO,
PROCEDIMIENTO) and no subject outside the body, the addressee at the foot; or «ASUNTO:» in
the right half under the number. The Fiscalía Local de Vallenar: RUC and «Materia» (no
colon) as two rows. The 2ª Comisaría Vallenar: its ranks over the post, «OBJ.:» for the
subject and «REF.:» for the police report it follows, «Dios guarde a Ud.». The Contraloría
Regional de Atacama: its summary in capitals in the right half with no label, or after
«MATERIA:», the electronic reference number under it.

Truth: all oficios, entrada; subject the ASUNTO/Materia/OBJ./summary text (None for the
court's cause-only head); antecedents the REF. text; doc_number the oficio's number proper;
sender the signer's post; sender_org the court, office or unit (the Contraloría General de
la República for its regional office); recipient the addressee's first line."""

from __future__ import annotations

from typing import Any

from bench.devgen2.model import Fields, Head, Para, Space
from bench.devgen4.model import Block, Doc
from bench.devgen8.senders import Office
from bench.sealgen5 import oficios, parts, senders, topics, wording, world
from bench.sealgen5.parts import Ctx

ASKS = (
    "Solicita informe respecto de {m}",
    "Remite copia de resolución dictada sobre {m}",
    "Ordena remitir antecedentes de {m}",
    "Cita a funcionario municipal a declarar por {m}",
)
POLICE = (
    "Da cuenta de procedimiento por {m}",
    "Solicita coordinación con inspectores municipales por {m}",
    "Remite antecedentes de fiscalización sobre {m}",
)
TO_COURT = "SEÑOR ALCALDE DE LA I. MUNICIPALIDAD DE VALLENAR"


def _court(ctx: Ctx) -> tuple[list[Block], str | None]:
    """The court's head after the number: the cause table, or «ASUNTO:» at the right."""
    year = ctx.day.year
    if ctx.chance(0.55):
        who = world.person(ctx.rng).name.split()[-2]
        rows = (
            ("ROL", f"{ctx.pick('C', 'V', 'E')}-{ctx.rng.randint(80, 2900)}-{year}"),
            ("CARATULADO", f"{who} con Ilustre Municipalidad de Vallenar"),
            ("PROCEDIMIENTO", ctx.pick("Ordinario", "Sumario", "Voluntario", "Ejecutivo")),
        )
        return [Fields(rows, boxed=True, side="right")], None
    text = wording.capitals(ctx.rng, wording.said(ctx.rng, ASKS, ctx.matter, ctx.day), 0.3)
    return [Para(f"ASUNTO: {text}", align="left", left=85)], text


def _fiscal(ctx: Ctx) -> tuple[list[Block], str | None]:
    ruc = f"{str(ctx.day.year)[2:]}00{ctx.rng.randint(10**6, 10**7 - 1)}-{ctx.rng.randint(0, 9)}"
    text = wording.said(ctx.rng, ASKS, ctx.matter, ctx.day)
    return [Fields((("RUC", ruc), ("Materia", text)), side=ctx.pick("full", "right"))], text


def oficio_judicial(ctx: Ctx) -> Doc:
    """The court, the Fiscalía or Carabineros write to Vallenar (entrada)."""
    o = oficios.pick_office(ctx, senders.JUSTICE)
    if o.sort == "police":
        return _police(ctx, o)
    who = world.person(ctx.rng)
    post = o.signer_post(who.female)
    number, num = wording.number(ctx.rng, ctx.pick(*o.labels), ctx.day.year, 4200)
    head: list[Block] = [
        parts.office_head(ctx, o),
        Para(number, align=ctx.pick("left", "right"), bold=True),
        Para(wording.place_date(ctx.rng, o.city, ctx.day), align="right"),
    ]
    stated, subject = _court(ctx) if o.sort == "court" else _fiscal(ctx)
    at_foot = subject is None or ctx.chance(0.3)
    unit = world.UNITS[ctx.matter.unit]
    to = TO_COURT if o.sort == "court" else f"{unit.chief.title} {unit.chief.name}"
    m = ctx.matter
    said = (
        f"En la causa individualizada, el tribunal ha ordenado oficiar a usted para que informe "
        f"sobre {m.name}, dentro de décimo día."
        if o.sort == "court"
        else f"En el marco de la investigación que dirige esta Fiscalía, solicito a usted "
        f"remitir los antecedentes que obren en su poder sobre {m.name}."
    )
    blocks = [*head, *stated, Space(2)]
    if not at_foot:
        blocks.append(Para(f"{to}\nPRESENTE", align="left"))
    blocks += [Para(said, indent=15), Para(m.detail, indent=15), Para("Saluda a usted,")]
    sig, sender = parts.signed(ctx, who, post, o.org)
    blocks += [sig, *parts.sealed(ctx, o.org, "Vallenar", 0.4)]
    if at_foot:
        blocks.append(Para(f"AL {to}" if to == TO_COURT else to, align="left", bold=True))
    recipient = f"AL {to}" if at_foot and to == TO_COURT else to
    fields: dict[str, Any] = {"subject": subject, "doc_number": num, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, page_label=ctx.pick("", "Página {p} de {n}"))


def _police(ctx: Ctx, o: Office) -> Doc:
    """The Comisaría's oficio: «OBJ.:» the subject, «REF.:» the report it follows."""
    who = world.person(ctx.rng)
    rank = ctx.pick("Mayor", "Mayor", "Teniente Coronel")
    post = o.signer_post(who.female).split(", ", 1)[-1]
    n = str(ctx.rng.randint(40, 1900))
    text = wording.said(ctx.rng, POLICE, ctx.matter, ctx.day)
    past = wording.some_earlier(ctx.rng, ctx.day)
    ref = f"Parte Denuncia N° {ctx.rng.randint(300, 5200)}, de {past}"
    lines = ("CARABINEROS DE CHILE", "PREFECTURA ATACAMA", "2ª COMISARÍA VALLENAR")
    to, recipient = parts.to_mayor(ctx)
    blocks: list[Block] = [
        Head(lines, "carab", "left"),
        Fields(((f"OF. N° {n}", ""), ("OBJ.:", text), ("REF.:", ref)), side="left"),
        Para(wording.place_date(ctx.rng, "Vallenar", ctx.day), align="right"),
        Space(2),
        Para(to, align="left"),
        Para(f"1.- Cumplo con informar a usted lo obrado respecto de {ctx.matter.name}.", left=8),
        Para(f"2.- {ctx.matter.detail}", left=8),
        Para("3.- Es cuanto puedo informar a usted, para su conocimiento y fines.", left=8),
        Para("Dios guarde a Ud.", align="center"),
    ]
    sig, sender = parts.signed(ctx, who, f"{rank}, {post}")
    blocks.append(sig)
    fields: dict[str, Any] = {"subject": text, "doc_number": n, "sender": sender}
    fields |= {"sender_org": o.org, "recipient": recipient, "antecedents": ref}
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks)


AUDITS = (
    "Remite Informe Final N° {n}, de {year}, sobre auditoría a {m}",
    "Requiere informe sobre {m}",
    "Atiende presentación de concejales sobre {m}",
    "Instruye sumario administrativo por {m}",
)
CGR = "Contraloría General de la República"


def oficio_contraloria(ctx: Ctx) -> Doc:
    """An oficio of the Contraloría Regional de Atacama (entrada)."""
    if ctx.matter.unit not in senders.CONTRALORIA.units:
        ctx.matter = topics.of_unit(ctx.rng, ctx.day.year, "control")
    year, m = ctx.day.year, ctx.matter
    n = f"E{ctx.rng.randint(10_000, 480_000)}"
    summary = wording.cap(
        ctx.rng.choice(AUDITS).format(n=ctx.rng.randint(60, 700), year=year, m=m.name)
    )
    code = f"{ctx.pick('W', 'AT')}{ctx.rng.randint(1000, 99_999):06d}/{year}"
    ref = f"{ctx.pick('REF. N°', 'REFS. N°s')} {code}"
    labelled = ctx.chance(0.4)
    shown = summary if labelled else summary.upper()
    blocks: list[Block] = [
        Head((CGR.upper(), "CONTRALORÍA REGIONAL DE ATACAMA", "Unidad de Control Externo"), "cgr"),
        Para(f"N° {n}{ctx.pick('', f' / {year}', f'-{year}')}", align="right", bold=True),
        Para(wording.place_date(ctx.rng, "COPIAPÓ", ctx.day), align="right"),
    ]
    if labelled:
        blocks.append(Fields((("MATERIA:", shown), ("", ref)), side="right"))
    else:
        blocks += [
            Para(wording.split_in(ctx.rng, shown, 4), align="left", left=85),
            Para(ref, align="left", left=85, size=-1),
        ]
    blocks += [
        Space(2),
        Para("AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE VALLENAR", align="left", bold=True),
        Para(f"Esta Contraloría Regional ha examinado {m.other}. {m.detail}", indent=10),
        Para(
            "Esa entidad deberá informar a esta sede regional las medidas adoptadas, en el "
            "plazo de 20 días hábiles, a través del Sistema de Seguimiento y Apoyo CGR.",
            indent=10,
        ),
    ]
    who = world.person(ctx.rng)
    sig, sender = parts.signed(ctx, who, senders.CONTRALORIA.signer_post(who.female))
    blocks.append(sig)
    fields: dict[str, Any] = {"subject": shown, "doc_number": n, "sender": sender}
    fields |= {"sender_org": CGR, "antecedents": code}
    fields["recipient"] = "AL SEÑOR ALCALDE DE LA MUNICIPALIDAD DE VALLENAR"
    t = parts.truth(ctx, "oficio", "entrada", **fields)
    return parts.doc(ctx, t, blocks, footer=parts.footer(ctx, "Atacama 560, Copiapó"))

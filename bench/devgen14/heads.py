"""The heads of the oficios Chimbarongo receives and sends, in six arrangements: a two-column
head, the office and its mark at the left and at the right the number, «ANT.:», the subject
(over two or three lines) and the date; the number and date at the right and the subject
placed in one of subjects' ways before the addressee; label rows («A:», «DE:», «ANT.:»,
«MAT.:») under the number, boxed or not; a table whose cells hold the number, the date and
the subject; the addressee first and «Objeto:», «ASUNTO:» or «REF.:» under it; or no
subject at all, the matter told only in the first paragraph.

Truth: the subject as placed (None for «none»), the recipient the addressee's first line
(the «A:» row's text in the label rows), the antecedents the ANT. text (the table prints
none)."""

from __future__ import annotations

from dataclasses import dataclass

from bench.devgen2.model import Fields, Para, Space, Table
from bench.devgen2.parts import Ctx
from bench.devgen3.model import Banner
from bench.devgen4.model import Block
from bench.devgen14 import subjects, wording

STYLES = ("banner", "classic", "classic", "rows", "table", "after", "none")
PLACINGS = ("mat", "materia", "ref", "asunto", "lower", "underline", "right", "column")


@dataclass(frozen=True)
class Head:
    """What an oficio's head prints."""

    number: str  # «ORD. N° 1234/2025»
    place: str  # «Rancagua, 3 de marzo de 2025»
    text: str  # the subject
    ant: str  # a cited paper, or ""
    to: str  # the addressee's lines
    recipient: str  # the addressee's first line as registered
    de: str  # the sender's post
    office: tuple[str, ...]  # the office's lines, for the two-column head
    emblem: str = "none"


@dataclass(frozen=True)
class Top:
    blocks: list[Block]
    subject: str | None
    recipient: str
    ant: str = ""  # the ANT. text, if the head prints one


def dated(h: Head) -> list[Block]:
    return [Para(h.number, align="right", bold=True), Para(h.place, align="right"), Space(2)]


def _banner(ctx: Ctx, h: Head) -> Top:
    shown = wording.shaped(ctx.rng, h.text, upper=0.3)
    label = ctx.pick("MAT.:", "MATERIA:", "REF.:")
    right = [h.number, ""]
    right += [f"ANT.: {h.ant}", ""] if h.ant else []
    right += [f"{label} {wording.spread(ctx.rng, shown, ctx.rng.choice((2, 3)))}", "", h.place]
    banner = Banner(h.office, tuple(right), h.emblem, 0.5, ctx.chance(0.5), rule=ctx.chance(0.4))
    return Top([banner, Para(h.to, align="left")], shown, h.recipient, h.ant)


def _rows(ctx: Ctx, h: Head) -> Top:
    rows = [("A:", h.recipient), ("DE:", h.de)]
    rows += [("ANT.:", h.ant)] if h.ant else []
    rows.append((ctx.pick("MAT.:", "MATERIA:"), h.text))
    return Top([*dated(h), Fields(tuple(rows), boxed=ctx.chance(0.4))], h.text, h.recipient, h.ant)


def _table(ctx: Ctx, h: Head) -> Top:
    number = h.number.split("N°")[-1].split("Nº")[-1].strip(" :")
    day = h.place.split(", ", 1)[-1].removeprefix("Fecha: ")
    rows = (("N°", "FECHA", ctx.pick("MATERIA", "ASUNTO")), (number, day, h.text))
    return Top(
        [
            Para(h.number.partition(" N")[0], bold=True, align="left"),
            Table(rows, widths=(1.0, 1.3, 3.7)),
            Space(2),
            Para(h.to, align="left"),
        ],
        h.text,
        h.recipient,
    )


def top(ctx: Ctx, style: str, h: Head) -> Top:
    """The head after the letterhead (the banner carries its own letterhead)."""
    if style == "banner":
        return _banner(ctx, h)
    if style == "rows":
        return _rows(ctx, h)
    if style == "table":
        return _table(ctx, h)
    ant: list[Block] = [Para(f"ANT.: {h.ant}", align="left", left=62)] if h.ant else []
    if style == "after":
        label = ctx.pick("Objeto:", "ASUNTO:", "REF.:", "OBJETO:")
        placed = subjects.labelled(ctx, label, wording.shaped(ctx.rng, h.text, upper=0.2))
        blocks = [*dated(h), Para(h.to, align="left"), *ant, *placed.blocks]
        return Top(blocks, placed.subject, h.recipient, h.ant)
    if style == "none":
        return Top([*dated(h), *ant, Para(h.to, align="left")], None, h.recipient, h.ant)
    placed = subjects.place(ctx, ctx.pick(*PLACINGS), h.text)
    blocks = [*dated(h), *ant, *placed.blocks, Space(2), Para(h.to, align="left")]
    return Top(blocks, placed.subject, h.recipient, h.ant)


def cited(ctx: Ctx, own: bool = False) -> str:
    """An earlier paper a head cites (``own``: one the municipality received)."""
    n = ctx.rng.randint(15, 2900)
    earlier = wording.some_earlier(ctx.rng, ctx.day)
    if own:
        return ctx.pick(
            f"Ord. N° {n}, de {earlier}",
            f"Su carta de fecha {earlier}",
            f"Correo electrónico de fecha {earlier}",
        )
    return ctx.pick(
        f"Oficio Alc. N° {n}, de {earlier}",
        f"Ord. N° {n}/{ctx.day.year}",
        f"Correo electrónico de fecha {earlier}",
        f"Reunión de fecha {earlier}",
    )

"""Lay a Draft out as a born-digital PDF with reportlab: page furniture (footer, page numbers,
watermark, reception stamp) and one or two columns."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate

from bench.devgen.layout import flowables
from bench.devgen.model import Draft, Table
from bench.devgen.style import Style, choose_style

rl_config.invariant = 1  # the same seed writes the same bytes
STAMP_INK = colors.Color(0.25, 0.2, 0.65)


def _furniture(st: Style, draft: Draft) -> Callable[[Canvas, BaseDocTemplate], None]:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        width, height = st.page
        canvas.saveState()
        if draft.watermark:
            canvas.saveState()
            canvas.setFillColor(colors.Color(0.86, 0.86, 0.86))
            canvas.setFont(st.bold, 60)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(35)
            canvas.drawCentredString(0, 0, draft.watermark)
            canvas.restoreState()
        canvas.setFillColor(colors.black)
        canvas.setFont(st.regular, st.size - 2.5)
        for i, line in enumerate(draft.footer):
            canvas.drawCentredString(width / 2, st.margins[3] * 0.55 - i * (st.size - 1), line)
        if draft.stamp and doc.page == 1:
            _stamp(canvas, st, draft.stamp)
        canvas.restoreState()

    return on_page


def _stamp(canvas: Canvas, st: Style, lines: tuple[str, ...]) -> None:
    """The Oficina de Partes' reception stamp, in violet ink, a little askew."""
    width, height = st.page
    right, down, angle = st.stamp_at
    canvas.translate(width - right * mm, height - (down + 24) * mm)
    canvas.rotate(angle)
    canvas.setStrokeColor(STAMP_INK)
    canvas.setFillColor(STAMP_INK)
    canvas.setLineWidth(1.4)
    canvas.roundRect(0, 0, 56 * mm, 24 * mm, 4)
    canvas.setFont("Helvetica-Bold", 8)
    for i, line in enumerate(lines):
        canvas.drawCentredString(28 * mm, 19 * mm - i * 5 * mm, line)


def _page_label(st: Style, page: int, total: int) -> str:
    return {
        "x de y": f"Página {page} de {total}",
        "- x -": f"- {page} -",
        "Pág. x": f"Pág. {page}",
    }.get(st.numbers, "")


def paged_canvas(draw: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that holds its pages back until the count is known, then has ``draw`` add
    each page's furniture (page, total): «Página 1 de 3». bench.devgen2 and devgen3 use it."""

    class PagedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for state in self._states:
                self.__dict__.update(state)
                draw(self, self._pageNumber, len(self._states))
                super().showPage()
            super().save()

    return PagedCanvas


def _numbered_canvas(st: Style) -> type[Canvas]:
    """A canvas that knows the page count when it writes "Página 1 de 3"."""

    def number(canvas: Canvas, page: int, total: int) -> None:
        label = _page_label(st, page, total)
        if label:
            canvas.setFont(st.regular, st.size - 2)
            canvas.drawRightString(st.page[0] - st.margins[1], st.margins[3] * 0.3, label)

    return paged_canvas(number)


def _two_columns(st: Style, draft: Draft, doc: BaseDocTemplate) -> list[Any]:
    """The head across the page, then the body in two columns; returns the story."""
    left, _right, top, bottom = st.margins
    height = st.page[1] - top - bottom
    head = [f for b in draft.head for f in flowables(st, b)]
    scratch = Canvas(io.BytesIO())
    used = sum(
        f.wrapOn(scratch, st.width - 12, height)[1] + f.getSpaceAfter() + f.getSpaceBefore()
        for f in head
    )
    used = min(used + 24, height * 0.7)
    gap = 6 * mm
    col = (st.width - gap) / 2
    below = height - used
    first = [
        Frame(left, bottom + below, st.width, used, id="head"),
        Frame(left, bottom, col, below, id="c1"),
        Frame(left + col + gap, bottom, col, below, id="c2"),
    ]
    later = [
        Frame(left, bottom, col, height, id="l1"),
        Frame(left + col + gap, bottom, col, height, id="l2"),
    ]
    furniture = _furniture(st, draft)
    doc.addPageTemplates(
        [
            PageTemplate("first", first, onPage=furniture),
            PageTemplate("later", later, onPage=furniture),
        ]
    )
    narrow = replace(st, page=(col, st.page[1]), margins=(0, 0, 0, 0), rule_under_head=False)
    body = [f for b in draft.body for f in flowables(narrow, b)]
    return [NextPageTemplate("later"), *head, FrameBreak(), *body]


def render(draft: Draft, dest: Path, rng: random.Random) -> Style:
    """Write ``draft`` to ``dest`` in a style drawn from ``rng``; returns the style."""
    st = choose_style(rng)
    left, right, top, bottom = st.margins
    doc = BaseDocTemplate(
        str(dest),
        pagesize=st.page,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title="",
        author="",
        invariant=1,
    )
    if draft.two_columns and not any(isinstance(b, Table) for b in draft.body):
        story = _two_columns(st, draft, doc)
    else:
        full = Frame(left, bottom, st.width, st.page[1] - top - bottom, id="full")
        doc.addPageTemplates([PageTemplate("one", [full], onPage=_furniture(st, draft))])
        story = [f for b in (*draft.head, *draft.body) for f in flowables(st, b)]
    doc.build(story, canvasmaker=_numbered_canvas(st))
    return st

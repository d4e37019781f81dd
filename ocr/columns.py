"""A scanned page's text in reading order where Tesseract read two columns as one.

A head printed in two columns (the service's name on the left, a resolución's summary in
capitals on the right) often comes out of Tesseract with each printed line of the left
column glued to the line of the right column beside it: «MINISTERIO DE OBRAS PÚBLICAS -
DEL SERVICIO SANITARIO RURAL DE». Its plain text then reads across both columns and no
rule can take the summary back out. Tesseract's hOCR keeps every word's box: a line with a
gap much wider than a space, where the lines next to it have a gap too or keep to one side
of it, is two columns. So are two lines Tesseract listed one after the other that stand
side by side (it did not glue the columns but wrote their lines in turns). The run goes on
through lines that keep to one side (a longer one narrows the gutter) while each stays near
its own column's last line. Such a run of lines is written left column first, then the right.

Only where such a run exists is the page's text rebuilt from the hOCR (lines as Tesseract
writes them, a blank line between paragraphs); elsewhere Tesseract's own text stays.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

_XHTML = "{http://www.w3.org/1999/xhtml}"
_LINES = {"ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"}
_BBOX = re.compile(r"bbox (\d+) (\d+) (\d+) (\d+)")
# A gutter: wider than this many line heights and this share of the page's width; a line
# next to one goes on with it with a narrower gap across it (its words spread wider).
GAP_HEIGHTS = 2.5
GAP_WIDTH = 0.03
GOES_ON = 0.5
# Lines further apart than this many line heights are not one run.
NEAR_HEIGHTS = 3.0
# Two lines whose boxes share this much of the lower one's height stand side by side.
BESIDE = 0.5


@dataclass(frozen=True)
class Word:
    text: str
    x0: int
    x1: int
    top: int = 0


@dataclass(frozen=True)
class Line:
    words: tuple[Word, ...]
    top: int
    bottom: int
    par: int  # the paragraph it is in (a blank line between two)
    turned: bool = False  # printed along the margin: never part of a column

    @property
    def x0(self) -> int:
        return self.words[0].x0

    @property
    def x1(self) -> int:
        return max(w.x1 for w in self.words)

    @property
    def height(self) -> int:
        return max(1, self.bottom - self.top)

    def text(self) -> str:
        return _joined(self.words)


def _joined(words: tuple[Word, ...]) -> str:
    return " ".join(w.text for w in words)


def parse(hocr: str) -> tuple[list[Line], int]:
    """The page's lines in Tesseract's order, and the page's width."""
    root = ET.fromstring(hocr)  # Tesseract's own output, written here
    width = 0
    lines: list[Line] = []
    for par_no, par in enumerate(e for e in root.iter() if e.get("class") == "ocr_par"):
        for line in par.iter(f"{_XHTML}span"):
            title = line.get("title") or ""
            words = tuple(_words(line))
            box = _BBOX.search(title)
            if line.get("class") in _LINES and words and box:
                top, bottom = int(box.group(2)), int(box.group(4))
                lines.append(Line(words, top, bottom, par_no, "textangle" in title))
    for page in root.iter(f"{_XHTML}div"):
        box = _BBOX.search(page.get("title") or "")
        if page.get("class") == "ocr_page" and box:
            width = int(box.group(3))
    return lines, width


def _words(line: ET.Element) -> list[Word]:
    found = []
    for span in line.iter(f"{_XHTML}span"):
        box = _BBOX.search(span.get("title") or "")
        text = "".join(span.itertext()).strip()
        if span.get("class") == "ocrx_word" and box and text:
            x0, top, x1 = (int(box.group(n)) for n in (1, 2, 3))
            found.append(Word(text, x0, x1, top))
    return found


def reading_text(hocr: str) -> str | None:
    """The page's text with its two-column runs read one column after the other; None
    when it has none (Tesseract's own text is then the page's text)."""
    try:
        lines, width = parse(hocr)
    except ET.ParseError:
        return None
    runs = two_column_runs(lines, width)
    if not runs:
        return None
    return _written(lines, runs)


Gutter = tuple[int, int]


def _gaps(line: Line, width: int, *, share: float = 1.0) -> list[Gutter]:
    if line.turned:
        return []
    least = share * max(GAP_HEIGHTS * line.height, GAP_WIDTH * width)
    pairs = zip(line.words, line.words[1:], strict=False)
    return [(a.x1, b.x0) for a, b in pairs if b.x0 - a.x1 >= least]


def _within(gaps: list[Gutter], gutter: Gutter) -> Gutter | None:
    """The gutter narrowed to the line's gap across it (None: none crosses it)."""
    for lo, hi in gaps:
        narrowed = (max(lo, gutter[0]), min(hi, gutter[1]))
        if narrowed[1] > narrowed[0]:
            return narrowed
    return None


def _side(line: Line, gutter: Gutter) -> str | None:
    """The column a line keeps to (None: it crosses the gutter, or lies in it)."""
    slack = line.height // 2
    if line.turned:
        return None
    if line.x1 <= gutter[0] + slack:
        return "left"
    if line.x0 >= gutter[1] - slack:
        return "right"
    return None


@dataclass(frozen=True)
class Run:
    first: int
    last: int  # inclusive
    gutter: Gutter


def two_column_runs(lines: list[Line], width: int) -> list[Run]:
    """Runs of consecutive lines that are two columns: at least one line with a gap across
    the gutter, the others with a gap across it too or on one side of it, each near the
    next."""
    runs: list[Run] = []
    i = 0
    while i < len(lines):
        gutter = _seed(lines[i], width) or _beside(lines, i, width)
        if gutter is None:
            i += 1
            continue
        last, gutter = _grow(lines, i, gutter, width, step=1)
        first, gutter = _grow(lines, i, gutter, width, step=-1)
        if runs and first <= runs[-1].last:
            first = runs[-1].last + 1
        run = Run(first, last, gutter)
        if not _labels(lines, run):
            runs.append(run)
        i = last + 1
    return runs


def _seed(line: Line, width: int) -> Gutter | None:
    """The line's widest gap, if it parts two texts of two words or more each, the left
    one not a label: a stray mark, or a value set at a tab, is no second column."""
    gaps = _gaps(line, width)
    if not gaps:
        return None
    gutter = max(gaps, key=lambda g: g[1] - g[0])
    left, right = _halves(line, gutter)
    if len(_real(left)) < 2 or len(_real(right)) < 2 or _label(left):
        return None
    return gutter


def _real(words: tuple[Word, ...]) -> list[Word]:
    return [w for w in words if any(c.isalnum() for c in w.text)]


def _label(words: tuple[Word, ...]) -> bool:
    real = _real(words)
    return len(real) <= 1 or real[-1].text.endswith(":")


def _labels(lines: list[Line], run: Run) -> bool:
    """Whether the run's left column is only labels («Folio», «Materia», «DE:») with
    their values beside them: one text printed as a table, not two columns."""
    lefts = [_halves(line, run.gutter)[0] for line in lines[run.first : run.last + 1]]
    return all(_label(left) for left in lefts if left)


def _grow(
    lines: list[Line], start: int, gutter: Gutter, width: int, *, step: int
) -> tuple[int, Gutter]:
    """The run from ``start`` on, line by line while each crosses the gutter with a gap or
    keeps to one side of it (narrowing it where it reaches in), near the last line of its
    side: a line far below its column's last is the page going on, not the column."""
    end = start
    reach = _reach({}, lines[start], gutter, step)
    while 0 <= end + step < len(lines):
        here, there = lines[end], lines[end + step]
        if _apart(here, there, step) > NEAR_HEIGHTS * max(here.height, there.height):
            break
        narrowed = _within(_gaps(there, width, share=GOES_ON), gutter)
        kept = None if narrowed else _keeps_to(there, gutter, width)
        if narrowed is None and kept is None:
            break
        side = kept[0] if kept else None
        if side in reach and _apart_y(reach[side], there, step) > NEAR_HEIGHTS * there.height:
            break
        gutter = narrowed or (kept[1] if kept else gutter)
        reach = _reach(reach, there, gutter, step)
        end += step
    return end, gutter


def _apart(here: Line, there: Line, step: int) -> int:
    return there.top - here.bottom if step > 0 else here.top - there.bottom


def _apart_y(edge: int, there: Line, step: int) -> int:
    return there.top - edge if step > 0 else edge - there.bottom


def _reach(reach: dict[str, int], line: Line, gutter: Gutter, step: int) -> dict[str, int]:
    """Where each column last reached, in the direction the run grows."""
    edge = line.bottom if step > 0 else line.top
    left, right = _halves(line, gutter)
    return {**reach, **{s: edge for s, half in (("left", left), ("right", right)) if half}}


def _keeps_to(line: Line, gutter: Gutter, width: int) -> tuple[str, Gutter] | None:
    """The side a line keeps to, and the gutter narrowed to leave it out when it reaches
    into it (the other column's lines were shorter): None when too little gutter is left."""
    side = _side(line, gutter)
    if side is not None or line.turned:
        return (side, gutter) if side else None
    least = GOES_ON * max(GAP_HEIGHTS * line.height, GAP_WIDTH * width)
    if line.x0 < gutter[0] < line.x1 <= gutter[1] - least:
        return "left", (line.x1, gutter[1])
    if gutter[0] + least <= line.x0 < gutter[1] < line.x1:
        return "right", (gutter[0], line.x0)
    return None


def _beside(lines: list[Line], at: int, width: int) -> Gutter | None:
    """The gutter between a line and the next one Tesseract wrote when they stand side by
    side (their boxes share most of a line's height, far apart across the page): the two
    columns of a head that Tesseract did not glue but listed in turns."""
    if at + 1 >= len(lines):
        return None
    a, b = lines[at], lines[at + 1]
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    if a.turned or b.turned or shared < BESIDE * min(a.height, b.height):
        return None
    left, right = (a, b) if a.x1 < b.x0 else (b, a)
    least = max(GAP_HEIGHTS * max(a.height, b.height), GAP_WIDTH * width)
    if right.x0 - left.x1 < least or _label(left.words) or len(_real(right.words)) < 2:
        return None
    return left.x1, right.x0


def _halves(line: Line, gutter: Gutter) -> tuple[tuple[Word, ...], tuple[Word, ...]]:
    middle = gutter[0] + gutter[1]
    left = tuple(w for w in line.words if w.x0 + w.x1 < middle)
    return left, line.words[len(left) :]


def _written(lines: list[Line], runs: list[Run]) -> str:
    out: list[str] = []
    par = None
    at = 0
    for run in runs:
        for line in lines[at : run.first]:
            par = _put(out, line.text(), line.par, par)
        for column in _columns(lines[run.first : run.last + 1], run.gutter):
            if out:
                out.append("")
            out.extend(column)
        par = -1
        at = run.last + 1
    for line in lines[at:]:
        par = _put(out, line.text(), line.par, par)
    return "\n".join(out).strip() + "\n"


def _columns(lines: list[Line], gutter: Gutter) -> list[list[str]]:
    """The left column's lines, then the right's, each from the top down (Tesseract may
    list a line of one column before the one above it); a blank line where a column leaves
    more space than between its lines (Tesseract's paragraphs mixed both columns)."""
    written: list[list[str]] = []
    for side in (0, 1):
        halves = (_halves(line, gutter)[side] for line in lines)
        kept = sorted(((_top(words), words) for words in halves if words), key=lambda k: k[0])
        pitches = sorted(b[0] - a[0] for a, b in itertools.pairwise(kept))
        usual = pitches[len(pitches) // 2] if pitches else 0
        column: list[str] = []
        for n, (top, words) in enumerate(kept):
            if n and top - kept[n - 1][0] > 1.5 * usual:
                column.append("")
            column.append(_joined(words))
        if column:
            written.append(column)
    return written


def _top(words: tuple[Word, ...]) -> int:
    """Where a line's half stands: its words' middle top (a seal's mark beside a line
    reaches above it)."""
    tops = sorted(w.top for w in words)
    return tops[len(tops) // 2]


def _put(out: list[str], text: str, line_par: int, par: int | None) -> int:
    if (par is None or line_par != par) and out:
        out.append("")
    out.append(text)
    return line_par

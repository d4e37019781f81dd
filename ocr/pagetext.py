"""A page's characters and text as pdfplumber gives them, at a third of the cost.

``pdfplumber.Page.chars`` turns each of pdfminer's characters into a dict of some twenty
attributes (colours, graphic state, font, matrix) resolved one by one: two thirds of the
time of ``extract_text`` on a born-digital page, for attributes the text never uses. Here
pdfminer's layout of the page (the same ``page.layout`` pdfplumber builds) gives only what
pdfplumber's own text layout reads (text, box, doctop, upright), with pdfplumber's own
coordinates, and pdfplumber's ``chars_to_textmap`` lays them out. The text is the same
string ``page.extract_text(use_text_flow=True)`` returns (``tests/test_pagetext.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar, LTContainer, LTItem
from pdfplumber.page import Page
from pdfplumber.utils.text import chars_to_textmap


def _walk(objects: Iterable[LTItem]) -> Iterator[LTChar]:
    """The characters in content order, those inside figures (form XObjects) included,
    as ``Page.iter_layout_objects`` visits them."""
    for obj in objects:
        if isinstance(obj, LTChar):
            yield obj
        elif isinstance(obj, LTContainer):
            yield from _walk(obj._objs)


def chars(page: Page) -> list[dict[str, Any]]:
    """The page's characters with the keys pdfplumber's text layout uses."""
    height = page.height
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    doctop = page.initial_doctop
    norm = page.pdf.unicode_norm
    found: list[dict[str, Any]] = []
    for obj in _walk(page.layout._objs):
        text = obj.get_text()
        top = height - obj.y1 + mb_top
        found.append(
            {
                "text": normalize(norm, text) if norm is not None else text,
                "x0": obj.x0 + mb_x0,
                "x1": obj.x1 + mb_x0,
                "top": top,
                "bottom": height - obj.y0 + mb_top,
                "doctop": doctop + top,
                "upright": obj.upright,
            }
        )
    return found


def text(page: Page, page_chars: list[dict[str, Any]] | None = None) -> str:
    """``page.extract_text(use_text_flow=True)``, stripped; except that a few lines turned
    along the margin (an e-signature's note, «N° 1176 Fecha 13.10.2025») come last, each
    on one line, instead of one character a line."""
    found = chars(page) if page_chars is None else page_chars
    turned = [c for c in found if not c["upright"]]
    if turned and len(turned) <= TURNED_SHARE * len(found):
        upright = [c for c in found if c["upright"]]
        return "\n".join(t for t in (_laid(page, upright), *_turned_lines(turned)) if t)
    return _laid(page, found)


# Above this share of a page's characters, turned text is the page's own (a page printed
# sideways), laid out as pdfplumber does.
TURNED_SHARE = 0.2


def _laid(page: Page, page_chars: list[dict[str, Any]]) -> str:
    laid = chars_to_textmap(
        page_chars,
        layout_bbox=page.bbox,
        layout_width=page.width,
        layout_height=page.height,
        use_text_flow=True,
    )
    return (laid.as_string or "").strip()


def _turned_lines(turned: list[dict[str, Any]]) -> list[str]:
    """The turned characters in the order they were drawn, a new line where they leave
    their column, a space where a gap opens along it."""
    lines: list[list[str]] = []
    previous: dict[str, Any] | None = None
    for char in turned:
        size = max(char["x1"] - char["x0"], 1.0)
        if previous is None or abs(char["x0"] - previous["x0"]) > size / 2:
            lines.append([])
        elif _gap(previous, char) > size / 4 and char["text"] != " " and lines[-1][-1:] != [" "]:
            lines[-1].append(" ")
        lines[-1].append(char["text"])
        previous = char
    return [" ".join("".join(line).split()) for line in lines if "".join(line).strip()]


def _gap(before: dict[str, Any], after: dict[str, Any]) -> float:
    """The space between two characters along a turned line, either way it runs."""
    return float(max(before["top"] - after["bottom"], after["top"] - before["bottom"], 0.0))

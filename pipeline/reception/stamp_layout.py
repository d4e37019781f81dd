"""Where the reception stamp goes: pure geometry over a picture of the page's ink.

The page is rendered small; a stamp-sized box is slid over it from the top-right corner
(where Chilean offices stamp) and the first box with (almost) no ink wins. Ink includes
text, logos, lines and scanner specks, so a born-digital page and a scan are treated alike.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MAX_INK = 0.002  # share of dark pixels a box may hold: specks of a scan, not text
STEP_PT = 6.0


@dataclass(frozen=True, kw_only=True)
class Spot:
    x: float  # lower-left corner, in points from the visual page's lower-left corner
    y: float
    ink: float  # share of dark pixels under the stamp there: 0 is a clean place
    corner: str


def ink_mask(gray: npt.NDArray[np.uint8], *, threshold: int = 160) -> npt.NDArray[np.bool_]:
    return gray < threshold


def find_spot(
    ink: npt.NDArray[np.bool_],
    *,
    scale: float,
    width_pt: float,
    height_pt: float,
    margin_pt: float = 18.0,
    padding_pt: float = 6.0,
) -> Spot:
    """The free place nearest a preferred corner (top-right, then the others), else the
    place with the least ink. ``ink`` is the rendered page (rows from the top) at ``scale``
    pixels per point."""
    rows, cols = ink.shape
    table = np.zeros((rows + 1, cols + 1), dtype=np.int64)
    table[1:, 1:] = ink.astype(np.int64).cumsum(0).cumsum(1)
    box_w = round((width_pt + 2 * padding_pt) * scale)
    box_h = round((height_pt + 2 * padding_pt) * scale)
    page_w, page_h = cols / scale, rows / scale
    best: Spot | None = None
    for corner in ("arriba-derecha", "arriba-izquierda", "abajo-derecha", "abajo-izquierda"):
        for left_pt, top_pt in _walk(corner, page_w, page_h, width_pt, height_pt, margin_pt):
            left = max(0, round((left_pt - padding_pt) * scale))
            top = max(0, round((top_pt - padding_pt) * scale))
            right, bottom = min(cols, left + box_w), min(rows, top + box_h)
            count = (
                table[bottom, right] - table[top, right] - table[bottom, left] + table[top, left]
            )
            share = float(count) / max(1, (right - left) * (bottom - top))
            spot = Spot(x=left_pt, y=page_h - top_pt - height_pt, ink=share, corner=corner)
            if share <= MAX_INK:
                return spot
            if best is None or share < best.ink:
                best = spot
    assert best is not None, "the page is larger than its margins"
    return best


def _walk(
    corner: str, page_w: float, page_h: float, w: float, h: float, margin: float
) -> list[tuple[float, float]]:
    """Candidate (left, top) positions from ``corner`` inwards, nearest first."""
    lefts = _steps(margin, page_w - margin - w)
    tops = _steps(margin, page_h - margin - h)
    if corner.endswith("derecha"):
        lefts.reverse()
    if corner.startswith("abajo"):
        tops.reverse()
    # Stay in the corner's quarter: the middle of the page is the text's.
    lefts, tops = lefts[: max(1, len(lefts) // 2)], tops[: max(1, len(tops) // 3)]
    positions = [(left, top) for top in tops for left in lefts]
    positions.sort(key=lambda p: abs(p[0] - lefts[0]) + abs(p[1] - tops[0]))
    return positions


def _steps(low: float, high: float) -> list[float]:
    if high <= low:
        return [max(0.0, low)]
    count = int((high - low) // STEP_PT) + 1
    return [low + i * STEP_PT for i in range(count)] + ([high] if (high - low) % STEP_PT else [])


def placement_matrix(
    spot: Spot, *, rotation: int, media: tuple[float, float, float, float]
) -> tuple[float, float, float, float, float, float]:
    """The ``cm`` matrix that draws the stamp upright at ``spot`` on a page shown with
    ``/Rotate rotation``; ``media`` is the MediaBox (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = media
    width, height = x1 - x0, y1 - y0
    # visual (vx, vy) -> user (a*vx + c*vy + e, b*vx + d*vy + f)
    a, b, c, d, e, f = {
        0: (1, 0, 0, 1, 0.0, 0.0),
        90: (0, 1, -1, 0, width, 0.0),
        180: (-1, 0, 0, -1, width, height),
        270: (0, -1, 1, 0, 0.0, height),
    }[rotation % 360]
    return (
        a,
        b,
        c,
        d,
        a * spot.x + c * spot.y + e + x0,
        b * spot.x + d * spot.y + f + y0,
    )

"""Charts drawn on the server as SVG shapes: the template only places the rectangles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

WIDTH, HEIGHT, LEFT, BOTTOM = 720, 200, 32, 24
COLOURS = {"entrada": "#0b4f8a", "salida": "#3c8d2f", "interno": "#c77c02"}
NAMES = {"entrada": "Entrada", "salida": "Salida", "interno": "Interno"}


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    labels: tuple[tuple[float, str], ...]  # (x, text) under the axis
    ticks: tuple[tuple[float, str], ...]  # (y, text) beside the axis
    legend: tuple[tuple[str, str], ...]  # (colour, name)
    summary: str  # the same figures as text, for screen readers


def stacked_chart(
    columns: list[tuple[str, dict[str, int]]],
    colours: dict[str, str],
    names: dict[str, str],
    *,
    label_every: int = 1,
    empty: str,
) -> Chart:
    """Stacked bars: one column per label, one coloured part per series it counts."""
    totals = [sum(counts.get(k, 0) for k in colours) for _, counts in columns]
    top = max([*totals, 1])
    plot_h = HEIGHT - BOTTOM - 8
    step = (WIDTH - LEFT) / max(len(columns), 1)
    gap = 1 if step < 12 else 4
    bars = []
    for i, (label, counts) in enumerate(columns):
        base = float(HEIGHT - BOTTOM)
        for key, colour in colours.items():
            n = counts.get(key, 0)
            if not n:
                continue
            h = plot_h * n / top
            base -= h
            title = f"{label}: {n} {names[key].lower()}"
            bars.append(Bar(LEFT + i * step + gap, base, max(step - 2 * gap, 1), h, colour, title))
    labels = tuple(
        (LEFT + i * step + step / 2, label)
        for i, (label, _) in enumerate(columns)
        if i % label_every == 0
    )
    ticks = tuple((HEIGHT - BOTTOM - plot_h * f, str(round(top * f))) for f in (0, 0.5, 1))
    summary = "; ".join(
        f"{label}: "
        + ", ".join(f"{counts[k]} {names[k].lower()}" for k in colours if counts.get(k))
        for (label, counts), total in zip(columns, totals, strict=True)
        if total
    )
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        bars=tuple(bars),
        labels=labels,
        ticks=ticks,
        legend=tuple((colours[k], names[k]) for k in colours),
        summary=summary or empty,
    )


def bar_chart(days: tuple[date, ...], per_day: dict[str, tuple[int, ...]]) -> Chart:
    """Documents received per day, by direction."""
    columns = [
        (f"{day:%d-%m}", {direction: series[i] for direction, series in per_day.items()})
        for i, day in enumerate(days)
    ]
    colours = {d: COLOURS[d] for d in per_day}
    return stacked_chart(
        columns, colours, NAMES, label_every=5, empty="Sin documentos recibidos en estos días."
    )


STANDING_COLOURS = {"vencida": "#b3261e", "por_vencer": "#c77c02", "en_plazo": "#3c8d2f"}
STANDING_NAMES = {"vencida": "Vencidas", "por_vencer": "Por vencer", "en_plazo": "En plazo"}


def plazos_chart(units: list[tuple[str, dict[str, int]]]) -> Chart:
    """Open derivations per unit, by how their plazo stands."""
    return stacked_chart(
        units, STANDING_COLOURS, STANDING_NAMES, empty="Sin derivaciones abiertas."
    )

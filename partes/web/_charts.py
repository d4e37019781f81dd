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


def bar_chart(days: tuple[date, ...], per_day: dict[str, tuple[int, ...]]) -> Chart:
    """Stacked bars: documents received per day, by direction."""
    totals = [sum(series[i] for series in per_day.values()) for i in range(len(days))]
    top = max([*totals, 1])
    plot_h = HEIGHT - BOTTOM - 8
    step = (WIDTH - LEFT) / max(len(days), 1)
    bars = []
    for i, day in enumerate(days):
        base = float(HEIGHT - BOTTOM)
        for direction, series in per_day.items():
            n = series[i]
            if not n:
                continue
            h = plot_h * n / top
            base -= h
            title = f"{day:%d-%m}: {n} de {NAMES.get(direction, direction).lower()}"
            bars.append(
                Bar(LEFT + i * step + 1, base, max(step - 2, 1), h, COLOURS[direction], title)
            )
    labels = tuple(
        (LEFT + i * step + step / 2, f"{day:%d-%m}") for i, day in enumerate(days) if i % 5 == 0
    )
    ticks = tuple((HEIGHT - BOTTOM - plot_h * f, str(round(top * f))) for f in (0, 0.5, 1))
    summary = ", ".join(f"{day:%d-%m}: {t}" for day, t in zip(days, totals, strict=True) if t)
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        bars=tuple(bars),
        labels=labels,
        ticks=ticks,
        legend=tuple((COLOURS[d], NAMES[d]) for d in per_day),
        summary=summary or "Sin documentos recibidos en estos días.",
    )

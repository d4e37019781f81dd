"""What the search page shows of one result: the count, the page links and the facets,
each facet value a link that narrows the search (or, when chosen, widens it again).

Kept out of the route (thin) and out of the template (no logic there)."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from starlette.datastructures import URL, QueryParams

from index import marked
from partes.config import Config
from partes.formats import DIRECTION_NAMES, type_name
from partes.services import SearchResult
from partes.web._views import hit_view
from pipeline.flows.job import IMPORT_STATION
from pipeline.vocabulary import DOC_TYPES

PAGE = 20
# facet -> (title, the page's query parameter that filters by it)
FACETS = {"doc_type": ("Tipo", "tipo"), "unit": ("Unidad", "unidad"), "year": ("Año", "anio")}
SORT_NAMES = {"relevance": "Relevancia", "date": "Fecha (más nuevos primero)"}
SORT_PARAMS = {"relevancia": "relevance", "fecha": "date"}
CHANNELS = {IMPORT_STATION: "Importación del archivo existente"}


@dataclass(frozen=True, kw_only=True)
class Filters:
    """The filters the page's form chose (the core's names)."""

    doc_type: str | None = None
    unit: str | None = None
    direction: str | None = None
    series: str | None = None
    station: str | None = None
    pending_review: bool = False
    date_from: date | None = None
    date_to: date | None = None
    year: int | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def any(self) -> bool:
        return any(self.as_kwargs().values())


@dataclass(frozen=True, kw_only=True)
class Paging:
    page: int
    size: int = PAGE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def form(config: Config, *, q: str, filters: Filters, sort: str) -> dict[str, Any]:
    """The search form's choices and what is chosen in it."""
    series = [(s.code, s.name) for s in config.series]
    series += [(s.code, s.name) for s in config.importacion.series]
    stations = [(s.code, s.name) for s in config.stations]
    stations += [(code, name) for code, name in CHANNELS.items()]
    return {
        "q": q,
        "types": [(code, type_name(code)) for code in DOC_TYPES],
        "units": [(u.code, u.name) for u in config.units],
        "directions": list(DIRECTION_NAMES.items()),
        "series": series,
        "stations": stations,
        "sorts": [(param, SORT_NAMES[core]) for param, core in SORT_PARAMS.items()],
        "chosen_type": filters.doc_type or "",
        "chosen_unit": filters.unit or "",
        "chosen_direction": filters.direction or "",
        "chosen_series": filters.series or "",
        "chosen_station": filters.station or "",
        "chosen_sort": sort if sort in SORT_PARAMS else "relevancia",
        "review": filters.pending_review,
        "desde": filters.date_from.isoformat() if filters.date_from else "",
        "hasta": filters.date_to.isoformat() if filters.date_to else "",
        "anio": filters.year or "",
    }


def sort_of(param: str) -> str:
    """The core's sort for the page's «orden» (anything else: relevance)."""
    return SORT_PARAMS.get(param, "relevance")


def results(
    result: SearchResult, paging: Paging, url: URL, *, query: str, unit_names: dict[str, str]
) -> dict[str, Any]:
    """The template's values for one page of ``result`` reached at ``url`` by ``query``."""
    pages = max(1, math.ceil(result.total / paging.size))
    hits = [hit_view(h) | {"pieces": marked(h.snippet, query)} for h in result.hits]
    return {
        "hits": hits,
        "total": result.total,
        "count_line": _count_line(result.total, paging, pages),
        "previous": _page_url(url, paging.page - 1) if paging.page > 1 else "",
        "next": _page_url(url, paging.page + 1) if paging.page < pages else "",
        "facets": _facets(result.facets or {}, url, unit_names),
    }


def _count_line(total: int, paging: Paging, pages: int) -> str:
    if total == 0:
        return "Ningún documento coincide con la búsqueda."
    noun = "documento" if total == 1 else "documentos"
    line = f"{total:,}".replace(",", ".") + f" {noun}"
    if pages > 1:
        line += f"; página {paging.page} de {pages}"
    return line + "."


def _page_url(url: URL, page: int) -> str:
    return str(url.include_query_params(pagina=page))


def _facets(
    counts: dict[str, dict[str, int]], url: URL, unit_names: dict[str, str]
) -> list[dict[str, Any]]:
    shown = []
    for facet, (title, param) in FACETS.items():
        values = counts.get(facet) or {}
        if not values:
            continue
        chosen = QueryParams(url.query).get(param) or ""
        ordered = sorted(values.items(), key=_year_order if facet == "year" else _count_order)
        items = [
            {
                "label": _label(facet, value, unit_names),
                "count": f"{n:,}".replace(",", "."),
                "chosen": value == chosen,
                "url": str(
                    url.remove_query_params([param, "pagina"])
                    if value == chosen
                    else url.include_query_params(**{param: value, "pagina": 1})
                ),
            }
            for value, n in ordered[:12]
        ]
        shown.append({"title": title, "entries": items})
    return shown


def _count_order(item: tuple[str, int]) -> tuple[int, str]:
    return (-item[1], item[0])


def _year_order(item: tuple[str, int]) -> tuple[int, str]:
    return (-int(item[0]) if item[0].isascii() and item[0].isdigit() else 0, item[0])


def _label(facet: str, value: str, unit_names: dict[str, str]) -> str:
    if facet == "doc_type":
        return type_name(value)
    if facet == "unit":
        return unit_names.get(value, value)
    return value

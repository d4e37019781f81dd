"""Routing rules as clerks write them in partes.toml: conditions, match modes, validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from partes.config import Config, config_from_dict
from partes.errors import ConfigError
from pipeline.classification.routing import RoutingInput, RoutingRule, route, rule_matches
from tests.conftest import run_partes
from tests.docgen import make_document

TEXT = (
    "DIRECCIÓN REGIONAL DE VIALIDAD\nORD. N° 88\nMAT.: Informa sobre la mantención del "
    "puente Rihue y la señalización del camino.\nSe adjunta el informe de inspección."
)


def _doc(text: str = TEXT, doc_type: str = "oficio", org: str | None = None) -> RoutingInput:
    return RoutingInput(text=text, doc_type=doc_type, sender="DIRECTOR", sender_org=org)


@pytest.mark.parametrize(
    ("words", "mode", "expected"),
    [
        (("puente rihue",), "any", True),  # accents and capitals do not matter
        (("puente", "helicóptero"), "any", True),
        (("puente", "helicóptero"), "all", False),
        (("puente", "señalizacion"), "all", True),
        (("puente Rihue",), "exact", True),
        (("Puente Rihue",), "exact", False),  # exact: as written
        (("puent",), "any", False),  # whole words only
        (("ORD\\. N° \\d+",), "regex", True),
        (("^MAT\\.: Solicita",), "regex", False),
        (("mantencion del puente rihue",), "fuzzy", True),
        (("mantencoin dle pueNte rihue",), "fuzzy", True),  # OCR-like misspellings
        (("licitación de ambulancias",), "fuzzy", False),
    ],
)
def test_match_modes(words: tuple[str, ...], mode: str, expected: bool) -> None:
    rule = RoutingRule(unit="dom", words=words, match=mode)
    assert rule_matches(rule, _doc()) is expected


def test_all_given_conditions_must_hold_and_the_first_rule_wins() -> None:
    by_type = RoutingRule(unit="juridica", doc_type="oficio_reservado")
    by_sender = RoutingRule(unit="dom", sender="vialidad")
    by_words = RoutingRule(unit="transito", words=("señalización",))
    both = RoutingRule(unit="control", sender="vialidad", words=("auditoría",))
    rules = (by_type, both, by_sender, by_words)
    assert route(rules, _doc(org="DIRECCIÓN REGIONAL DE VIALIDAD")) is by_sender
    assert route(rules, _doc(org="SERVIU")) is by_words
    assert route(rules, _doc(doc_type="oficio_reservado")) is by_type
    assert route((both,), _doc(org="DIRECCIÓN REGIONAL DE VIALIDAD")) is None


@pytest.mark.parametrize(
    ("doc_type", "text", "unit"),
    [
        ("dictamen", "Se ha dirigido a esta Contraloría ... docentes", "control"),
        ("ordenanza", "ORDENANZA MUNICIPAL SOBRE FERIAS LIBRES", "secretaria-municipal"),
        ("informe", "INFORME SOCIAL N° 3 de la familia Pérez", "dideco"),
        ("informe", "INFORME EN DERECHO sobre el comodato", "juridica"),
        ("informe", "INFORME TÉCNICO N° 8 del puente", None),  # by its keywords, not by rule
    ],
)
def test_default_rules_for_the_new_types(doc_type: str, text: str, unit: str | None) -> None:
    rule = route(Config().routing, _doc(text=text, doc_type=doc_type))
    assert (rule.unit if rule else None) == unit


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({"unit": "bomberos", "words": ["x"]}, "la unidad «bomberos» no está en «units»"),
        ({"unit": "dom"}, "la regla no tiene condiciones"),
        ({"unit": "dom", "words": ["x"], "match": "parecido"}, "«match» debe ser uno de"),
        ({"unit": "dom", "words": ["(sin cerrar"], "match": "regex"}, "no es válida"),
        ({"unit": "dom", "doc_type": "factura"}, "no es un tipo conocido"),
        ({"unit": "dom", "words": ["x"], "colour": "red"}, "Clave desconocida «routing[0].colour»"),
    ],
)
def test_bad_rules_stop_the_configuration_with_a_spanish_message(
    rule: dict[str, object], message: str
) -> None:
    with pytest.raises(ConfigError) as caught:
        config_from_dict({"routing": [rule]})
    assert message in str(caught.value)
    assert "routing[0]" in str(caught.value)


def test_a_configured_rule_routes_ingested_documents(tmp_path: Path, home: Path) -> None:
    config = home / "partes.toml"
    config.write_text(
        config.read_text()
        + '\n[[routing]]\nname = "Abejas a Desarrollo Rural"\nwords = ["apicultura"]\n'
        'match = "fuzzy"\nunit = "dideco"\n',
        encoding="utf-8",
    )
    topic = ("apicultura en el sector Los Maitenes", "dideco", "apicultura")
    doc = make_document("reclamo", tmp_path / "r.pdf", seed=5, topic=topic)
    result = run_partes(home, "ingest", "--json", str(doc.path))
    (line,) = result.json_lines()
    assert line["unit"] == "dideco" and line["unit_confidence"] == 1.0
    shown = run_partes(home, "show", line["registry_number"], "--json").json_lines()[0]
    registered = next(e for e in shown["events"] if e["action"] == "registrado")
    assert "unidad por Abejas a Desarrollo Rural" in registered["detail"]["clasificacion"]

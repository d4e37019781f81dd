"""The direction the clerks confirm is learned: an office that registers the convenios firms
bring already signed as entrada teaches the model so, and the model's direction replaces
the rules' only when it is sure."""

from __future__ import annotations

from pathlib import Path

from archive import training_rows
from partes import services
from partes.config import Config
from partes.wiring import init_home, opened
from pipeline import ClassifyPolicy, classify
from pipeline.classification.classify import DIRECTION_SURE
from pipeline.classification.model import Example, train
from tests.docgen import make_document

CONFIG = Config()
MUNI = CONFIG.municipality.name
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(MUNI,))
FIRMS = (
    "Constructora Los Robles Ltda.",
    "Transportes del Sur SpA",
    "Sociedad Agrícola El Peumo S.A.",
    "Inmobiliaria Cordillera SpA",
    "Servicios Eléctricos Norte Ltda.",
    "Comercial Andes Limitada",
)


def _convenio(n: int, firm: str) -> str:
    return (
        f"CONVENIO DE COLABORACIÓN\nENTRE LA {MUNI.upper()}\nY {firm.upper()}\n\n"
        f"En a {n} de marzo de 2026, entre la {MUNI}, representada por su Alcalde, y {firm}, "
        "se acuerda lo siguiente:\n"
        f"PRIMERO: Las partes colaborarán en la mantención de áreas verdes del sector {n}.\n"
        "SEGUNDO: El presente convenio regirá por un año."
    )


def _memo(n: int) -> str:
    return (
        f"MEMORÁNDUM N° {n}\nDE: Director de Obras Municipales\n"
        "A: Secretaría Comunal de Planificación\n"
        f"MAT.: Remite antecedentes del proyecto {n}\nFECHA: {n} de abril de 2026\n"
        "Junto con saludar, remito los antecedentes."
    )


IN = "entrada"


def test_the_offices_convention_for_a_direction_is_learned() -> None:
    new = _convenio(40, FIRMS[5])
    assert classify(new, policy=POLICY).direction == "salida"  # the rules' guess
    firms = [
        Example(text=_convenio(n, FIRMS[n % 5]), doc_type="convenio", unit=None, direction=IN)
        for n in range(12)
    ]
    memos = [
        Example(text=_memo(n), doc_type="memorandum", unit=None, direction="interno")
        for n in range(12)
    ]
    examples = firms + memos
    model = train(examples)
    learned = classify(new, policy=POLICY, model=model)
    assert learned.direction == "entrada"
    assert any(r.startswith("dirección por modelo entrenado") for r in learned.reasons)
    # a memo stays interno: the model agrees with the rules, and says nothing
    memo = classify(_memo(50), policy=POLICY, model=model)
    assert memo.direction == "interno"
    assert not any("dirección" in r for r in memo.reasons)


def test_an_unsure_model_leaves_the_rules_direction() -> None:
    examples = [
        Example(text=_convenio(1, FIRMS[0]), doc_type="convenio", unit=None, direction="entrada"),
        Example(text=_memo(2), doc_type="memorandum", unit=None, direction="salida"),
    ]
    model = train(examples)
    assert model.direction is not None
    new = _convenio(40, FIRMS[5])
    assert model.direction.predict(new).confidence < DIRECTION_SURE
    assert classify(new, policy=POLICY, model=model).direction == "salida"


def test_examples_without_a_direction_teach_none() -> None:
    examples = [
        Example(text=_convenio(n, FIRMS[n % 5]), doc_type="convenio", unit="juridica")
        for n in range(6)
    ]
    assert train(examples).direction is None


def test_only_a_reviewed_document_teaches_its_direction(tmp_path: Path) -> None:
    home = tmp_path / "partes-data"
    init_home(home)
    first = make_document("oficio", tmp_path / "oficio.pdf", seed=3)
    second = make_document("dictamen", tmp_path / "dictamen.pdf", seed=7)
    operator = services.local_operator()
    with opened(home) as app:
        reviewed, derived = services.ingest(
            app, actor=operator, files=[first.path, second.path], direction="entrada"
        )
        assert reviewed.registry_number and derived.registry_number
        services.correct_labels(
            app, actor=operator, ref=str(reviewed.registry_number), changes={"direction": "salida"}
        )
        services.derive(
            app,
            actor=operator,
            ref=str(derived.registry_number),
            units=["dom"],
            instruction="informe",
        )
        rows = list(training_rows(app.services.db))
    assert [row.direction for row in rows] == ["salida", None]

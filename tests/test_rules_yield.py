"""A routing rule that sends a whole type to a unit yields once the clerks have derived most
documents of that type elsewhere: the defaults ``partes init`` writes are a guess at the
office's practice, the derivations are its practice. Narrower rules hold as written."""

from __future__ import annotations

from pathlib import Path

from archive import training_rows
from partes import services
from partes.config import Config
from partes.wiring import init_home, opened
from pipeline import ClassifyPolicy, classify
from pipeline.classification.classify import choose_unit
from pipeline.classification.model import Example, train
from pipeline.classification.routing import (
    MIN_EVIDENCE,
    RoutingInput,
    RoutingRule,
    contradicted,
)
from tests.docgen import make_document

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units, own_names=(CONFIG.municipality.name,), routing=CONFIG.routing
)
TO_CONTROL = RoutingRule(unit="control", doc_type="dictamen")


def _dictamen(matter: str) -> str:
    return (
        "CONTRALORÍA GENERAL DE LA REPÚBLICA\nDIVISIÓN DE MUNICIPALIDADES\n"
        "DICTAMEN N° 4.512, DE 2025\n"
        f"MATERIA: {matter}.\n"
        "Se ha dirigido a esta Contraloría General la Municipalidad de Negrete, "
        "solicitando un pronunciamiento sobre la materia indicada.\n"
    )


def test_a_type_wide_rule_yields_only_to_a_majority_on_enough_documents() -> None:
    most_elsewhere = {"dom": MIN_EVIDENCE - 3, "control": 3}
    assert contradicted(TO_CONTROL, most_elsewhere)
    assert not contradicted(TO_CONTROL, {"dom": MIN_EVIDENCE // 2, "control": MIN_EVIDENCE // 2})
    assert not contradicted(TO_CONTROL, {"dom": MIN_EVIDENCE - 1})  # not enough yet
    assert not contradicted(TO_CONTROL, {})
    narrower = RoutingRule(unit="control", doc_type="dictamen", words=("sumario",))
    assert not contradicted(narrower, most_elsewhere)
    by_sender = RoutingRule(unit="control", sender="Contraloría")
    assert not contradicted(by_sender, most_elsewhere)


def _examples(dictamenes: int) -> list[Example]:
    # the clerks send Contraloría's opinions on building permits to the DOM; other papers
    # teach the model a second unit
    works = [
        Example(
            text=_dictamen(f"Permiso de edificación N° {n} otorgado por la municipalidad"),
            doc_type=None,
            registered_type="dictamen",
            unit="dom",
            subject=f"Permiso de edificación N° {n} otorgado por la municipalidad",
        )
        for n in range(dictamenes)
    ]
    others = [
        Example(
            text=f"ORD. N° {n}\nMAT.: Pago de facturas de proveedores\nRemito facturas.",
            doc_type="oficio",
            unit="daf",
            subject="Pago de facturas de proveedores",
        )
        for n in range(6)
    ]
    return works + others


def test_the_clerks_derivations_outweigh_a_default_rule_they_contradict() -> None:
    text = _dictamen("Permiso de edificación otorgado por la municipalidad")
    assert classify(text, policy=POLICY).unit == "control"  # the rule, with no record yet
    held = classify(text, policy=POLICY, model=train(_examples(MIN_EVIDENCE - 1)))
    assert held.unit == "control"
    assert held.reasons[-1].startswith("unidad por Dictámenes de Contraloría")
    model = train(_examples(MIN_EVIDENCE))
    assert model.units_by_type["dictamen"] == {"dom": MIN_EVIDENCE}
    learned = classify(text, policy=POLICY, model=model)
    assert learned.doc_type == "dictamen"
    assert learned.unit == "dom"
    assert (
        "la regla «Dictámenes de Contraloría a Dirección de Control» cede" in (learned.reasons[-1])
    )
    assert f"derivaron {MIN_EVIDENCE} de {MIN_EVIDENCE} documentos" in learned.reasons[-1]


def test_a_derived_documents_registered_type_reaches_the_record(tmp_path: Path) -> None:
    """A derivation labels the unit, not the type; the type it was registered with is what
    a rule saw, and is what the rule's record counts."""
    home = tmp_path / "partes-data"
    init_home(home)
    made = make_document("dictamen", tmp_path / "dictamen.pdf", seed=7)
    operator = services.local_operator()
    with opened(home) as app:
        (out,) = services.ingest(app, actor=operator, files=[made.path], direction="entrada")
        assert out.doc_type == "dictamen" and out.registry_number
        services.derive(
            app,
            actor=operator,
            ref=str(out.registry_number),
            units=["dom"],
            instruction="informe",
        )
        (row,) = training_rows(app.services.db)
    assert (row.doc_type, row.registered_type, row.unit) == (None, "dictamen", "dom")


def test_a_type_wide_rule_behind_a_narrower_one_of_its_type_holds() -> None:
    """The record counts every informe, also the social ones the first rule sent to DIDECO:
    that is no evidence against the rule for the other informes."""
    social = RoutingRule(unit="dideco", doc_type="informe", words=("informe social",))
    other = RoutingRule(unit="secplan", doc_type="informe")
    policy = ClassifyPolicy(units=CONFIG.units, own_names=(), routing=(social, other))
    examples = [
        Example(text=f"INFORME SOCIAL N° {n}\nFamilia del sector Coihue.", doc_type="informe",
                unit="dideco")
        for n in range(12)
    ] + [
        Example(text=f"INFORME TÉCNICO N° {n}\nProyecto de pavimentación.", doc_type="informe",
                unit="secplan")
        for n in range(5)
    ]  # fmt: skip
    model = train(examples)
    assert contradicted(other, model.units_by_type["informe"])  # by the record alone
    document = RoutingInput(
        text="INFORME TÉCNICO N° 9\nProyecto de alumbrado.",
        doc_type="informe",
        sender=None,
        sender_org=None,
    )
    unit, confidence, why = choose_unit(document, None, policy, model)
    assert (unit, confidence) == ("secplan", 1.0)
    assert why == "unidad por regla hacia «secplan»"

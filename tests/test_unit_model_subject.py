"""The unit model reads a document's registered subject before its text: two papers with the
same body go to the unit their matter belongs to."""

from __future__ import annotations

from pathlib import Path

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.model import Example, load, save, train, unit_text

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))
BODY = "Junto con saludar, remito a usted los antecedentes para su conocimiento y fines."
# Matters no unit's keywords name: only the clerks' derivations tell where they go.
HIVES = "Traslado de colmenas desde el sector Los Maitenes"
GRILL = "Arriendo del quincho del estadio para eventos"


def _examples() -> list[Example]:
    return [
        Example(
            text=f"ORD. N° 7\n{BODY}",
            doc_type=None,
            unit="dideco" if n % 2 else "daf",
            subject=HIVES if n % 2 else GRILL,
        )
        for n in range(1, 21)
    ]


def test_the_same_body_goes_where_its_subject_belongs() -> None:
    model = train(_examples())
    assert model.unit is not None
    for subject, unit in ((HIVES, "dideco"), (GRILL, "daf")):
        scores = model.unit.probabilities(unit_text(f"ORD. N° 7\n{BODY}", subject))
        assert scores[unit] > 0.8


def test_the_classifier_gives_the_model_the_subject_it_reads() -> None:
    model = train(_examples())
    text = f"SERVICIO DE SALUD\nORD. N° 7\nMAT.: {HIVES}\nA: SR. ALCALDE\n{BODY}"
    labels = classify(text, policy=POLICY, model=model)
    assert labels.unit == "dideco"
    assert labels.unit_confidence > 0.7


def test_a_document_without_subject_is_read_as_it_is() -> None:
    assert unit_text(BODY, None) == BODY
    assert unit_text(BODY, "  ") == BODY
    assert unit_text(BODY, HIVES).startswith(f"{HIVES}\n{HIVES}\n")


def test_a_model_saved_before_it_read_subjects_is_trained_again(tmp_path: Path) -> None:
    current = train(_examples())
    older = train(_examples())
    del older.__dict__["features"]  # as a model pickled by the version that read text alone
    for model, kept in ((current, True), (older, False)):
        path = tmp_path / f"{kept}.joblib"
        digest = save(model, path)
        assert (load(path, trusted={digest}) is not None) is kept

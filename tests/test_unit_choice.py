"""How the unit is chosen: a routing rule, else the trained model weighed with the keywords."""

from __future__ import annotations

from datetime import UTC, datetime

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.model import LabelModel, TrainedModel
from pipeline.classification.routing import RoutingRule

CONFIG = Config()
POLICY = ClassifyPolicy(units=CONFIG.units, own_names=(CONFIG.municipality.name,))

# A neighbour's letter that names a "proyecto" (a Secplan keyword) but, as the clerks'
# derivations taught, belongs to community development.
LETTER = """Señor
Alcalde
Presente
De mi consideración:
Como club deportivo de la población Los Aromos queremos presentar un proyecto
para renovar las camisetas del equipo infantil y pedimos orientación.
Atentamente,
Rosa Fuentes Lagos"""


class _Fixed(LabelModel):
    """A model whose probabilities are given, to test how they are weighed."""

    def __init__(self, probabilities: dict[str, float]) -> None:
        super().__init__(None)
        self._given = probabilities

    def probabilities(self, text: str) -> dict[str, float]:
        return dict(self._given)


def _model(probabilities: dict[str, float], examples: int) -> TrainedModel:
    return TrainedModel(
        doc_type=None,
        unit=_Fixed(probabilities),
        examples=examples,
        trained_at=datetime.now(UTC),
        sklearn_version="",
    )


def test_without_a_model_the_keywords_choose() -> None:
    assert classify(LETTER, policy=POLICY).unit == "secplan"


def test_a_well_trained_model_outweighs_one_generic_keyword() -> None:
    model = _model({"dideco": 0.45, "secplan": 0.1, "alcaldia": 0.3, "daf": 0.15}, 300)
    labels = classify(LETTER, policy=POLICY, model=model)
    assert labels.unit == "dideco"
    assert "modelo entrenado" in labels.reasons[-1]


def test_a_young_model_leaves_more_to_the_keywords() -> None:
    model = _model({"dideco": 0.45, "secplan": 0.1, "alcaldia": 0.3, "daf": 0.15}, 10)
    assert classify(LETTER, policy=POLICY, model=model).unit == "secplan"


def test_without_keyword_hits_the_confidence_is_the_models() -> None:
    text = "Señor\nAlcalde\nPresente\nAgradecemos la visita del día de ayer.\nAtentamente,"
    labels = classify(text, policy=POLICY, model=_model({"alcaldia": 0.7, "daf": 0.3}, 5))
    assert (labels.unit, labels.unit_confidence) == ("alcaldia", 0.7)


def test_a_routing_rule_still_wins_over_the_model() -> None:
    rule = RoutingRule(unit="jpl", words=("club deportivo",))
    policy = ClassifyPolicy(units=CONFIG.units, own_names=(), routing=(rule,))
    model = _model({"dideco": 0.9, "secplan": 0.1}, 300)
    assert classify(LETTER, policy=policy, model=model).unit == "jpl"

"""Where a document states its matter is learnt from the subjects clerks confirmed: a layout
no rule was written for («Nuestro tema es el siguiente» and the matter on the next line)
is read right once the clerks have confirmed enough such letters, and the rules' subject
stands while the model is not clearly surer."""

from __future__ import annotations

import random

import pytest

from partes.config import Config
from pipeline import ClassifyPolicy, classify
from pipeline.classification.model import Example, train
from pipeline.classification.subject_model import (
    MIN_SUBJECTS,
    Ranked,
    choose_subject,
    train_subjects,
)

CONFIG = Config()
POLICY = ClassifyPolicy(
    units=CONFIG.units, own_names=(CONFIG.municipality.name,), routing=CONFIG.routing
)
MATTERS = (
    "Arreglo del camino vecinal al sector Coihue por las lluvias",
    "Instalación de luminarias en la villa Los Aromos",
    "Retiro de escombros en la ribera del estero Rarinco",
    "Apoyo para la fiesta de la vendimia de la cooperativa",
    "Poda de árboles en la avenida La Paz",
    "Reparación de la sede social de la población Esperanza",
    "Entrega de agua en camión aljibe al sector Santa Amelia",
    "Mejoramiento de la garita de buses del cruce Rihue",
)
SENDERS = ("COOPERATIVA AGRÍCOLA EL ESFUERZO LTDA.", "CLUB DEPORTIVO UNIÓN COIHUE", "APR RIHUE")


def _letter(rng: random.Random, matter: str) -> str:
    return "\n".join(
        (
            rng.choice(SENDERS),
            f"Negrete, {rng.randint(1, 28)} de mayo de 2025",
            "Señor",
            "Alcalde de la Municipalidad de Negrete",
            "Presente",
            rng.choice(("De nuestra consideración:", "Estimado señor Alcalde:")),
            "Por medio de la presente, nos dirigimos a usted por el asunto que sigue.",
            rng.choice(("Nuestro tema es el siguiente", "Nuestro tema es este")),
            matter,
            "Esperando una buena acogida, saluda atentamente,",
            "Juan Pérez Soto",
            "Presidente",
        )
    )


def _confirmed(count: int) -> list[Example]:
    rng = random.Random(5)
    return [
        Example(
            text=_letter(rng, matter := rng.choice(MATTERS)),
            doc_type="carta",
            unit="dom",
            confirmed_subject=matter,
        )
        for _ in range(count)
    ]


def test_a_layout_no_rule_knows_is_learnt_from_the_confirmed_subjects() -> None:
    letter = _letter(random.Random(99), "Limpieza del canal de regadío del sector Miraflores")
    by_rules = classify(letter, policy=POLICY).subject
    assert by_rules != "Limpieza del canal de regadío del sector Miraflores"
    model = train(_confirmed(MIN_SUBJECTS + 10))
    assert model.subject is not None
    learned = classify(letter, policy=POLICY, model=model)
    assert learned.subject == "Limpieza del canal de regadío del sector Miraflores"
    assert any(r.startswith("asunto por modelo entrenado") for r in learned.reasons)


def test_no_subject_model_before_enough_confirmed_subjects() -> None:
    assert train(_confirmed(MIN_SUBJECTS - 1)).subject is None
    # a derivation labels the unit only: its subject was never confirmed
    unconfirmed = [
        Example(text=e.text, doc_type=None, unit="dom", subject=e.confirmed_subject)
        for e in _confirmed(MIN_SUBJECTS + 10)
    ]
    assert train(unconfirmed).subject is None
    assert train_subjects([]) is None


def test_the_rules_subject_stands_unless_the_model_is_clearly_surer() -> None:
    rules = "Solicita poda de árboles"
    sure = Ranked(best="Instalación de luminarias", best_p=0.95, of_rules=0.1)
    assert choose_subject(rules, sure) == ("Instalación de luminarias", True)
    close = Ranked(best="Instalación de luminarias", best_p=0.95, of_rules=0.5)
    assert choose_subject(rules, close) == (rules, False)
    same = Ranked(best="Solicita poda de árboles.", best_p=0.99, of_rules=0.99, best_is_rules=True)
    assert choose_subject(rules, same) == (rules, False)
    # the rules' subject cut short, or run on: no span holds it, the model's span is sure
    longer = Ranked(best="Solicita poda de árboles en la avenida La Paz", best_p=0.9, of_rules=0.0)
    assert choose_subject(rules, longer) == (longer.best, True)
    assert choose_subject(None, Ranked(best="Tema", best_p=0.4, of_rules=0.0)) == (None, False)
    assert choose_subject(None, sure) == ("Instalación de luminarias", True)
    assert choose_subject(rules, Ranked(best=None, best_p=0.0, of_rules=0.0)) == (rules, False)


def _oficio(rng: random.Random, first: str, rest: str | None) -> str:
    matter = (f"MAT.: {first}", *([rest] if rest else []))
    return "\n".join(
        (
            "SERVICIO DE SALUD BIOBÍO",
            f"ORD. N° {rng.randint(10, 999)}",
            *matter,
            f"ANT.: Su Ord. N° {rng.randint(10, 99)}",
            f"Los Ángeles, {rng.randint(1, 28)} de mayo de 2025",
            "DE: DIRECTOR SERVICIO DE SALUD BIOBÍO",
            "A: SR. ALCALDE DE LA MUNICIPALIDAD DE NEGRETE",
            "Junto con saludar, remito a usted lo indicado en la materia.",
        )
    )


def test_a_subject_over_two_lines_is_not_cut_to_its_first() -> None:
    """Trained on one-line subjects, the model likes a first line best: it must not
    take it for a subject the rules read over two lines."""
    rng = random.Random(3)
    model = train(
        [
            Example(
                text=_oficio(rng, matter, None),
                doc_type="oficio",
                unit="salud",
                confirmed_subject=matter,
            )
            for matter in (MATTERS * 10)[: MIN_SUBJECTS + 20]
        ]
    )
    assert model.subject is not None
    text = _oficio(
        rng, "Aprueba bases administrativas especiales, técnicas", "y anexos de la licitación"
    )
    by_rules = classify(text, policy=POLICY).subject
    assert by_rules is not None and by_rules.endswith("anexos de la licitación")
    assert classify(text, policy=POLICY, model=model).subject == by_rules


def _grid(rng: random.Random, matter: str, dashed: bool) -> str:
    """A head whose subject stands after a label printed without a colon («Tenor …»), or
    after the paper it answers and a dash («Alusión: Su carta N° 12 – …»)."""
    line = f"Alusión: Su carta N° {rng.randint(10, 99)} – {matter}" if dashed else f"Tenor {matter}"
    return "\n".join(
        (
            "COMITÉ DE AGUA POTABLE RURAL RIHUE",
            f"Carta N° {rng.randint(10, 999)}",
            line,
            f"Negrete, {rng.randint(1, 28)} de mayo de 2025",
            "Señor Alcalde de la Municipalidad de Negrete",
            "Junto con saludar, le escribimos por lo indicado.",
            "Saluda atentamente,",
            "Rosa Muñoz Vera",
        )
    )


@pytest.mark.parametrize("dashed", [False, True])
def test_a_subject_after_a_label_without_colon_or_a_dash_is_learnt(dashed: bool) -> None:
    rng = random.Random(8)
    matter = "Limpieza del canal de regadío del sector Miraflores"
    letter = _grid(rng, matter, dashed)
    assert classify(letter, policy=POLICY).subject != matter
    model = train(
        [
            Example(text=_grid(rng, m, dashed), doc_type="carta", unit="dom", confirmed_subject=m)
            for m in (MATTERS * 10)[: MIN_SUBJECTS + 10]
        ]
    )
    assert classify(letter, policy=POLICY, model=model).subject == matter

"""What a document is and who must handle it: rules, routing and the trained model together.

Pure functions over the text; ``pipeline.flows.stages`` feeds them and keeps the result. The type
comes from the header rules or the model, whichever is surer; the unit from the first
routing rule that matches, else the model's probabilities with the keywords' unit tipped
by their confidence (the keywords alone without a model). Below
the review threshold the document is marked "por revisar" for a clerk.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from pipeline.classification.asked import opening_paragraph
from pipeline.classification.direction import Ownership, Parties, suggest_direction
from pipeline.classification.doctype import detect_type
from pipeline.classification.extract import Fields, extract_fields
from pipeline.classification.furniture import without_furniture
from pipeline.classification.model import TrainedModel, unit_text
from pipeline.classification.patterns import drop_rules, fold_upper, squeeze, unspace
from pipeline.classification.routing import RoutingInput, RoutingRule, contradicted, route
from pipeline.classification.subject_model import choose_subject

KEYWORD_CEILING = 0.8  # the units' keywords alone never make a sure routing
# With a trained model, the keywords' unit gets a share of their confidence on top of the
# model's probability: they tip a doubtful model, they do not outvote a sure one. The share
# shrinks as the model learns from more of the clerks' decisions (half up to 200 examples,
# a fifth at 500, a tenth at 1,000). Chosen on the development sets (bench/classify_dev.py,
# devgen and devgen2) only.
KEYWORD_WEIGHT = 0.5
KEYWORD_EXAMPLES = 100
# The direction rules give no confidence: the model's direction replaces theirs only when it
# is at least this sure. Measured over the 13 development sets (bench/classify_dev.py, 780
# born-digital and 780 scanned documents; rules alone 775 / 762 right): at 30, 60, 100, 200
# and 500 clerks' labels, 0.95 is never below the rules (775 / 769 at 30, 779 / 779 at
# 500); 0.9 falls below them at 30 and 60 labels (768 / 762, 772 / 770).
DIRECTION_SURE = 0.95


def keyword_weight(examples: int) -> float:
    """The keywords' share for a model trained on ``examples`` labelled documents."""
    return min(KEYWORD_WEIGHT, KEYWORD_EXAMPLES / max(examples, 1))


@dataclass(frozen=True, kw_only=True)
class Unit:
    code: str
    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class ClassificationSettings:
    """The ``[classification]`` table of partes.toml."""

    # Below this confidence (0-1) of type or unit, a document is listed by «partes review».
    review_threshold: float = 0.6


@dataclass(frozen=True, kw_only=True)
class ClassifyPolicy:
    units: tuple[Unit, ...]
    own_names: tuple[str, ...]
    routing: tuple[RoutingRule, ...] = ()
    review_threshold: float = 0.6


@dataclass(frozen=True, kw_only=True)
class Classification:
    doc_type: str
    direction: str
    unit: str | None = None
    sender: str | None = None
    sender_org: str | None = None
    recipient: str | None = None
    subject: str | None = None
    antecedents: str | None = None
    doc_number: str | None = None
    doc_date: date | None = None
    ruts: tuple[str, ...] = ()
    reserved: bool = False
    type_confidence: float = 1.0
    unit_confidence: float = 1.0
    needs_review: bool = False
    reasons: tuple[str, ...] = ()  # why each label was chosen, in Spanish, for the reviewer


def classify(
    text: str, *, policy: ClassifyPolicy, model: TrainedModel | None = None
) -> Classification:
    original = text
    lines = [drop_rules(unspace(squeeze(line))) for line in text.splitlines()]
    text = "\n".join(without_furniture(lines))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    guess = detect_type(lines)
    doc_type, type_confidence = guess.doc_type, guess.confidence
    reasons = [f"tipo por {guess.evidence} ({guess.confidence:.2f})"]
    if model is not None and model.doc_type is not None:
        predicted = model.doc_type.predict(original)
        if predicted.confidence > type_confidence:
            doc_type, type_confidence = predicted.label, predicted.confidence
            reasons = [f"tipo por modelo entrenado ({predicted.confidence:.2f})"]
    fields = extract_fields(text, doc_type=doc_type, own_names=policy.own_names)
    fields = _learned_subject(fields, original, model, reasons)
    if doc_type == "oficio" and fields.reserved:
        doc_type = "oficio_reservado"
    parties = Parties(
        sender=fields.sender,
        sender_org=fields.sender_org,
        recipient=fields.recipient,
        from_label=fields.sender_from_label,
    )
    ownership = Ownership(policy.own_names, tuple(unit.name for unit in policy.units))
    routing = RoutingInput(
        text=text, doc_type=doc_type, sender=fields.sender, sender_org=fields.sender_org
    )
    direction = _learned_direction(
        suggest_direction(doc_type, lines, parties, ownership), original, model, reasons
    )
    # A writing addressed to a unit's head concerns that unit: an outsider's to the Director
    # de Obras, a memo to the Secretaria Municipal (an act or a report is its author's).
    addressed = fields.recipient if direction == "entrada" or doc_type == "memorandum" else None
    # (a writing that states no subject is about what its body opens with)
    prose = doc_type in ("oficio", "oficio_reservado", "carta", "reclamo", "memorandum")
    about = fields.subject or (opening_paragraph(lines) if prose else None)
    focus = " ".join(part for part in (about, addressed) if part)
    unit, unit_confidence, why = choose_unit(
        routing, focus or None, policy, model, subject=fields.subject
    )
    reasons.append(why)
    return Classification(
        doc_type=doc_type,
        direction=direction,
        unit=unit,
        sender=fields.sender,
        sender_org=fields.sender_org,
        recipient=fields.recipient,
        subject=fields.subject,
        antecedents=fields.antecedents,
        doc_number=fields.doc_number,
        doc_date=fields.doc_date,
        ruts=fields.ruts,
        reserved=fields.reserved,
        type_confidence=round(type_confidence, 3),
        unit_confidence=round(unit_confidence, 3),
        needs_review=min(type_confidence, unit_confidence) < policy.review_threshold,
        reasons=tuple(reasons),
    )


def _learned_direction(
    direction: str, text: str, model: TrainedModel | None, reasons: list[str]
) -> str:
    """The rules' direction, unless the model learned from the clerks' reviews is sure of
    another: how this office registers a convenio or another service's resolución."""
    if model is None or model.direction is None:
        return direction
    predicted = model.direction.predict(text)
    if predicted.label == direction or predicted.confidence < DIRECTION_SURE:
        return direction
    reasons.append(f"dirección por modelo entrenado ({predicted.confidence:.2f})")
    return predicted.label


def _learned_subject(
    fields: Fields, text: str, model: TrainedModel | None, reasons: list[str]
) -> Fields:
    """The fields with the subject model's span for a subject, when it is the surer one
    (and its reason added to ``reasons``)."""
    if model is None or model.subject is None:
        return fields
    ranked = model.subject.rank(text, fields.subject)
    subject, learned = choose_subject(fields.subject, ranked)
    if not learned:
        return fields
    reasons.append(f"asunto por modelo entrenado ({ranked.best_p:.2f})")
    return replace(fields, subject=subject)


def choose_unit(
    document: RoutingInput,
    focus: str | None,
    policy: ClassifyPolicy,
    model: TrainedModel | None,
    *,
    subject: str | None = None,
) -> tuple[str | None, float, str]:
    """(unit, confidence, reason): a routing rule, else model and keywords together. The
    keywords look first at ``focus`` (the subject or the body's opening, and the addressee);
    the model reads the ``subject`` before the text, as it learned from registered ones."""
    text = document.text
    set_aside = _set_aside(policy, model)
    rule = route(policy.routing, document, set_aside=set_aside)
    if rule is not None:
        return rule.unit, 1.0, f"unidad por {rule.describe()}"
    unit, confidence = keyword_unit(text, focus, policy.units)
    if model is None or model.unit is None:
        return (
            unit,
            confidence,
            f"unidad por palabras clave ({confidence:.2f})" if unit else "sin unidad",
        )
    yielded = route(set_aside, document)
    note = f"; {_yielded(yielded, model)}" if yielded is not None else ""
    scores = model.unit.probabilities(unit_text(text, subject))
    weight = keyword_weight(model.examples)
    if unit is not None:
        scores[unit] = scores.get(unit, 0.0) + weight * confidence
    best = max(scores, key=lambda label: scores[label])
    if best == unit and scores[best] - weight * confidence < confidence:
        # the keywords alone are surer than the model
        return unit, confidence, f"unidad por palabras clave ({confidence:.2f}){note}"
    sure = min(1.0, scores[best])
    return best, sure, f"unidad por modelo entrenado y palabras clave ({sure:.2f}){note}"


def _set_aside(policy: ClassifyPolicy, model: TrainedModel | None) -> tuple[RoutingRule, ...]:
    """The type-wide rules the clerks' derivations contradict (none without a model). A
    rule after a narrower one of its type («informe» with words) never yields: the record
    counts every document of the type, also those the narrower rule sent on."""
    if model is None or model.unit is None:
        return ()
    record = model.units_by_type
    narrowed = {r.doc_type for r in policy.routing if r.doc_type and (r.words or r.sender)}
    return tuple(
        r
        for r in policy.routing
        if r.doc_type not in narrowed and contradicted(r, record.get(r.doc_type, {}))
    )


def _yielded(rule: RoutingRule, model: TrainedModel) -> str:
    units = model.units_by_type.get(rule.doc_type, {})
    seen = sum(units.values())
    elsewhere = seen - units.get(rule.unit, 0)
    return (
        f"la regla «{rule.describe()}» cede: los funcionarios derivaron {elsewhere} de {seen} "
        f"documentos de ese tipo a otras unidades"
    )


_WORDS = re.compile(r"\w+")


@dataclass(frozen=True)
class _Term:
    """A unit's name or keyword, folded. ``pair``: the first two words of a term of
    several, which a whole-word match holds as neighbouring words of the text (None
    when the term begins or ends with a sign, where that does not follow); ``single``:
    the term is one word."""

    text: str
    pair: tuple[str, str] | None
    single: bool


@dataclass(frozen=True)
class _Words:
    """A folded text with its words counted and its neighbouring pairs."""

    text: str
    tally: Counter[str]
    pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, text: str) -> _Words:
        words = _WORDS.findall(text)
        return cls(text, Counter(words), frozenset(pairwise(words)))


@functools.lru_cache(maxsize=256)
def _terms(unit: Unit) -> tuple[_Term, ...]:
    terms = (fold_upper(unit.name), *(fold_upper(k) for k in unit.keywords))
    return tuple(_term(t) for t in terms if t)


def _term(text: str) -> _Term:
    if not (_WORDS.match(text[0]) and _WORDS.match(text[-1])):
        return _Term(text, None, single=False)
    words = _WORDS.findall(text)
    pair = (words[0], words[1]) if len(words) > 1 else None
    return _Term(text, pair, single=len(words) == 1 and words[0] == text)


def _count(term: _Term, found: _Words) -> int:
    """Whole words only: "SALUD" must not count in "Junto con saludar". A one-word term
    is counted from the text's words (a whole-word match of a word is exactly one of
    them); a longer one is searched only where its first two words are neighbours."""
    if term.single:
        return found.tally[term.text]
    if term.pair is None:
        return len(_word(term.text).findall(found.text))
    if term.pair not in found.pairs:
        return 0
    return _whole_words(term.text, found.text)


def _whole_words(term: str, text: str) -> int:
    """``len(re.findall(rf"\b{term}\b", text))`` for a term that begins and ends with a
    word character, by ``str.find`` (several times faster on a long text)."""
    count, start, end = 0, 0, len(text)
    while (at := text.find(term, start)) >= 0:
        after = at + len(term)
        if (at == 0 or not _WORDS.match(text[at - 1])) and (
            after == end or not _WORDS.match(text[after])
        ):
            count += 1
            start = after
        else:
            start = at + 1
    return count


@functools.lru_cache(maxsize=4096)
def _word(term: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(term)}\b")


_CITATIONS = re.compile(r"^\s*V\s?I\s?S\s?T\s?O\s?S?\b", re.I)
_AFTER_CITATIONS = re.compile(
    r"^\s*(?:CONSIDERANDO|TENIENDO PRESENTE|RESUELV|DECRET|SE RESUELVE)", re.I
)


def _without_citations(text: str) -> str:
    """The text without its VISTOS: the laws and acts an act cites ("la Resolución N° 7 de
    la Contraloría", in nearly every one) say nothing of which unit it concerns."""
    kept: list[str] = []
    citing = False
    for line in text.splitlines():
        if _CITATIONS.match(line):
            citing = True
        elif citing and _AFTER_CITATIONS.match(line):
            citing = False
        if not citing:
            kept.append(line)
    return "\n".join(kept)


def keyword_unit(
    text: str, subject: str | None, units: tuple[Unit, ...]
) -> tuple[str | None, float]:
    """The unit whose name or keywords appear most (in the subject, triple), and the share
    of all keyword hits it got, as its confidence."""
    folded_text = " ".join(fold_upper(_without_citations(text)).split())
    focus = " ".join(fold_upper(subject or "").split())
    in_text, in_focus = _Words.of(folded_text), _Words.of(focus)
    scores: dict[str, int] = {}
    for unit in units:
        score = sum(_count(t, in_text) + 2 * _count(t, in_focus) for t in _terms(unit))
        if score:
            scores[unit.code] = score
    if not scores:
        return None, 0.0
    best = max(scores, key=lambda code: scores[code])
    return best, KEYWORD_CEILING * scores[best] / sum(scores.values())

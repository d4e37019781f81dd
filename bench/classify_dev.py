"""The classifier on a DEVELOPMENT set (bench/devgen, or bench/devgen2 … devgen12 with
``--generator devgen2|devgen3|…|devgen13|devgen14``),
to look at its errors and tune.

Documents of a third municipality (Maullín, Los Lagos; devgen), of a fourth (Vichuquén,
Maule; devgen2, other layouts and wording), of a fifth (Chile Chico, Aysén; devgen3, what
it receives from the state in the layouts of the state's platforms), of a sixth (Putre,
Arica y Parinacota; devgen4: neighbours' letters, the transparency portal, courts and
police, informes, printed e-mails, its decrees and minutes), of a seventh (Lonquimay,
La Araucanía; devgen5: where a document states its subject, services' oficios in six head
layouts, memorándums, acts whose summary sits in six places), of an eighth (San Pedro de
la Paz, Biobío; devgen6: companies' and other municipalities' letters, long subjects that
cite numbers and dates, decretos de pago and de nombramiento), of a ninth (Vicuña,
Coquimbo; devgen7: Coquimbo's offices, the Fiscalía and the courts in six head layouts,
firms' and neighbours' letters with the subject in four places or none, resoluciones and
decretos with the summary in four and five places, Contraloría, circulars, memos, minutes,
informes and certificados about the valley's water, sky and land), of a tenth (Río Bueno,
Los Ríos; devgen8: Los Ríos' offices, police, Fiscalía and courts in five head layouts,
lawyers' escritos with their sumilla, letters with the subject in two places or none,
transparency requests, printed e-mails, acts whose summary may stand only in RESUELVO,
memos, minutes of the Concejo, the COSOC and committees, informes, convenios and
invitations), of an eleventh (Quirihue, Ñuble; devgen9: Ñuble's and national offices'
oficios in five head layouts, the Congreso's oficios, firms', neighbours' and organisations'
letters, a notary's certificate, forwarded e-mails, decretos and resoluciones with the
summary in new places, dictámenes from Contraloría's portal, circulars, ordenanzas, memos,
providencias, minutes, convenios, informes, certificados), of a twelfth (Tierra Amarilla,
Atacama; devgen10: mining and environmental offices' oficios with «MAT:» over the next
lines, «Materia.-», «ASUNTO :» or a boxed «MATERIA», mines', contractors', neighbours' and
Colla communities' letters, Outlook e-mails, decretos with the summary only as «MAT.:», boxed
or above VISTOS, resoluciones exentas, minutes, informes técnicos, convenios), of a
thirteenth (Porvenir, Magallanes; devgen11: Magallanes' offices' oficios printed from
DocDigital or with «Ref.:»/«Materia:», «Objeto:», a boxed or lower-case subject, the Armada's
«ORD. N° 12.600/45 VRS.», Contraloría's oficios and dictámenes, estancias', fishing firms',
tourism operators', neighbours' and organisations' letters, escritos to the Juzgado de
Policía Local, decretos «SECCIÓN 1ª» with the summary beside «HOY SE HA DECRETADO», in a
two-cell table or after «RESUMEN:», resoluciones, memos, providencias, certificados, minutes
and convenios) or of a fourteenth (Lo Prado, Región Metropolitana; devgen12: national and
metropolitan offices' oficios, courts', Contraloría's and the Consejo para la Transparencia's
papers, utilities', universities', organisations' and neighbours' letters, Gmail and Outlook
prints, «Referencia: … – …» and «MATERIA: 1) …; 2) …» subjects, a headline over the body,
decretos whose summary is their first point, memos in four header orders, minutes, convenios
and forms), of a fifteenth (Pozo Almonte, Tarapacá; devgen13: Tarapacá's offices' oficios
in two-column, grid, margin and e-signature heads, «OBJETO:»/«ASUNTO:» under the addressee,
«REF.: … –», courts' and police's RIT/RUC heads, Contraloría, the Consejo para la
Transparencia and the Cámara, mines', utilities', Aymara and Quechua communities' and
neighbours' letters, e-mails, decretos, resoluciones, minutes, convenios, ordenanzas) or of a
sixteenth (Chimbarongo, O'Higgins; devgen14: many outgoing oficios, replies, invitations and
certificates beside neighbouring municipalities' oficios that look like its own, memos, and
subjects after ten labels, underlined, in a table's cell, a banner's right half or nowhere),
written independently of the project's generator and of the held-out sets. Unlike
bench/classify.py, this set may be tuned on: it prints, besides the figures, every wrong field
of every document.

Each document is read by the OCR stage (OcrPool) and classified with the configuration
``partes init`` writes, with the municipality's name (``partes.wiring.classify_policy``). The
model stands for K clerks' corrections: trained on K documents of the same generator and of
another seed (two thirds born-digital, one third scanned), read the same way, never on the
evaluated ones.

Figures: accuracy of type, direction and unit (rules alone, and rules + model), of the
subject (bench.scoring.same, over the documents that state one), F1 of N° and date; then,
for each wrong document: file, field, truth, prediction.

    .venv/bin/python -m bench.classify_dev [--generator devgen|devgen2|…|devgen14]
        [--eval 60] [--train 200] [--out DIR] [--eval-seed 4242] [--train-seed 2121]
        [--workers 2] [--all-fields]

The files can be written again, with the same names, by
``python -m bench.devgen DIR --count N --seed S [--scan]`` (or ``bench.devgen2``,
``bench.devgen3`` … ``bench.devgen12``; scanned:
eval seed + 1).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from bench import (
    devgen,
    devgen2,
    devgen3,
    devgen4,
    devgen5,
    devgen6,
    devgen7,
    devgen8,
    devgen9,
    devgen10,
    devgen11,
    devgen12,
    devgen13,
    devgen14,
    sealgen,
    sealgen2,
    sealgen3,
    sealgen4,
    sealgen5,
)
from bench.devgen import Made
from bench.devgen.model import Truth
from bench.scoring import field_scores, same
from ocr import OcrError, OcrPool
from partes.config import TEMPLATE, Municipality, config_from_dict
from partes.wiring import classify_policy
from pipeline import Classification, ClassifyPolicy, classify
from pipeline.classification.model import Example, TrainedModel, train
from pipeline.vocabulary import DOC_TYPES

MUNICIPALITY = Municipality(name="Ilustre Municipalidad de Maullín", commune="Maullín", region="LL")
# --generator: the package that writes the sets, and the municipality its documents are of.
GENERATORS = {
    "devgen": (devgen.generate, MUNICIPALITY),
    "devgen2": (
        devgen2.generate,
        Municipality(name="Ilustre Municipalidad de Vichuquén", commune="Vichuquén", region="ML"),
    ),
    "devgen3": (
        devgen3.generate,
        Municipality(
            name="Ilustre Municipalidad de Chile Chico", commune="Chile Chico", region="AI"
        ),
    ),
    "devgen4": (
        devgen4.generate,
        Municipality(name="Ilustre Municipalidad de Putre", commune="Putre", region="AP"),
    ),
    "devgen5": (
        devgen5.generate,
        Municipality(name="Ilustre Municipalidad de Lonquimay", commune="Lonquimay", region="AR"),
    ),
    "devgen6": (
        devgen6.generate,
        Municipality(
            name="Municipalidad de San Pedro de la Paz",
            commune="San Pedro de la Paz",
            region="BI",
        ),
    ),
    "devgen7": (
        devgen7.generate,
        Municipality(name="Ilustre Municipalidad de Vicuña", commune="Vicuña", region="CO"),
    ),
    "devgen8": (
        devgen8.generate,
        Municipality(name="Ilustre Municipalidad de Río Bueno", commune="Río Bueno", region="LR"),
    ),
    "devgen9": (
        devgen9.generate,
        Municipality(name="Ilustre Municipalidad de Quirihue", commune="Quirihue", region="NB"),
    ),
    "devgen10": (
        devgen10.generate,
        Municipality(
            name="Ilustre Municipalidad de Tierra Amarilla", commune="Tierra Amarilla", region="AT"
        ),
    ),
    "devgen11": (
        devgen11.generate,
        Municipality(name="Ilustre Municipalidad de Porvenir", commune="Porvenir", region="MA"),
    ),
    "devgen12": (
        devgen12.generate,
        Municipality(name="Municipalidad de Lo Prado", commune="Lo Prado", region="RM"),
    ),
    "devgen13": (
        devgen13.generate,
        Municipality(
            name="Ilustre Municipalidad de Pozo Almonte", commune="Pozo Almonte", region="TA"
        ),
    ),
    "devgen14": (
        devgen14.generate,
        Municipality(
            name="Ilustre Municipalidad de Chimbarongo", commune="Chimbarongo", region="LI"
        ),
    ),
    # SEALED: held-out sets, run with --sealed (figures only), never tuned on
    "sealgen": (
        sealgen.generate,
        Municipality(name="Ilustre Municipalidad de Pichilemu", commune="Pichilemu", region="LI"),
    ),
    "sealgen2": (
        sealgen2.generate,
        Municipality(name="Municipalidad de Calama", commune="Calama", region="AN"),
    ),
    "sealgen3": (
        sealgen3.generate,
        Municipality(name="Ilustre Municipalidad de Casablanca", commune="Casablanca", region="VS"),
    ),
    "sealgen4": (
        sealgen4.generate,
        Municipality(name="Ilustre Municipalidad de Tomé", commune="Tomé", region="BI"),
    ),
    "sealgen5": (
        sealgen5.generate,
        Municipality(name="Ilustre Municipalidad de Vallenar", commune="Vallenar", region="AT"),
    ),
}
MAIN_FIELDS = ("doc_type", "direction", "unit", "subject", "doc_number", "doc_date")
OTHER_FIELDS = ("sender", "sender_org", "recipient", "antecedents", "ruts", "reserved")


@dataclass(frozen=True)
class Case:
    file: str
    text: str
    truth: Truth
    error: str = ""  # the OCR stage's refusal, if any


@dataclass
class Figures:
    n: int
    type_rules: float
    type_model: float
    direction_rules: float
    direction: float
    unit_rules: float
    unit_model: float
    subject: float
    subject_n: int
    number_f1: float
    date_f1: float
    review: int


def policy(municipality: Municipality = MUNICIPALITY) -> ClassifyPolicy:
    """The configuration ``partes init`` writes, as the municipality would fill in its name."""
    config = config_from_dict(tomllib.loads(TEMPLATE))
    return classify_policy(replace(config, municipality=municipality))


def read(sets: dict[str, list[Made]], work: Path, workers: int) -> dict[str, list[Case]]:
    """Every file through the OCR stage, in one pool."""
    config = config_from_dict(tomllib.loads(TEMPLATE))
    settings = replace(config.ocr, workers=workers)
    out: dict[str, list[Case]] = {}
    with OcrPool(settings) as pool:
        futures = {}
        for name, made in sets.items():
            for i, m in enumerate(made):
                folder = work / f"{name}-{i}"
                folder.mkdir(parents=True, exist_ok=True)
                futures[(name, i)] = pool.submit(m.path, folder)
        for name, made in sets.items():
            cases = []
            for i, m in enumerate(made):
                try:
                    result = pool.result(futures[(name, i)])
                    text, error = "\n".join(p.text for p in result.pages), ""
                except OcrError as exc:
                    text, error = "", str(exc)
                cases.append(Case(m.path.name, text, m.truth, error))
            out[name] = cases
    return out


def _pct(hits: int, total: int) -> float:
    return 100 * hits / total if total else 0.0


def _subject_right(truth: Truth, found: Classification) -> bool:
    return bool(found.subject) and same("subject", truth.subject, found.subject)


def figures(
    cases: Sequence[Case], plain: Sequence[Classification], learned: Sequence[Classification]
) -> Figures:
    truths = [c.truth for c in cases]
    pairs = list(zip(truths, plain, learned, strict=True))
    stated = [(t, m) for t, _p, m in pairs if t.subject]
    return Figures(
        n=len(cases),
        type_rules=_pct(sum(t.doc_type == p.doc_type for t, p, _m in pairs), len(pairs)),
        type_model=_pct(sum(t.doc_type == m.doc_type for t, _p, m in pairs), len(pairs)),
        direction_rules=_pct(sum(t.direction == p.direction for t, p, _m in pairs), len(pairs)),
        direction=_pct(sum(t.direction == m.direction for t, _p, m in pairs), len(pairs)),
        unit_rules=_pct(sum(t.unit == p.unit for t, p, _m in pairs), len(pairs)),
        unit_model=_pct(sum(t.unit == m.unit for t, _p, m in pairs), len(pairs)),
        subject=_pct(sum(_subject_right(t, m) for t, m in stated), len(stated)),
        subject_n=len(stated),
        number_f1=100 * field_scores("doc_number", truths, learned)[2],
        date_f1=100 * field_scores("doc_date", truths, learned)[2],
        review=sum(m.needs_review for m in learned),
    )


def print_figures(title: str, f: Figures) -> None:
    print(f"\n=== {title}: {f.n} documentos ===")
    print(f"{'':<18}{'tipo':>8}{'dirección':>11}{'unidad':>9}")
    print(f"{'reglas':<18}{f.type_rules:>7.1f}%{f.direction_rules:>10.1f}%{f.unit_rules:>8.1f}%")
    print(f"{'reglas + modelo':<18}{f.type_model:>7.1f}%{f.direction:>10.1f}%{f.unit_model:>8.1f}%")
    print(
        f"asunto {f.subject:.1f} % (de {f.subject_n} con asunto)   N° F1 {f.number_f1 / 100:.3f}"
        f"   fecha F1 {f.date_f1 / 100:.3f}   por revisar {f.review}"
    )


def print_per_type(cases: Sequence[Case], learned: Sequence[Classification]) -> None:
    totals: Counter[str] = Counter(c.truth.doc_type for c in cases)
    right: Counter[str] = Counter(
        c.truth.doc_type
        for c, r in zip(cases, learned, strict=True)
        if c.truth.doc_type == r.doc_type
    )
    parts = [f"{t} {right[t]}/{totals[t]}" for t in DOC_TYPES if totals[t]]
    print("tipo por clase: " + "; ".join(parts))


def _shown(value: Any) -> str:
    if value is None or value in ("", (), []):
        return "—"
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _wrong(field: str, truth: Any, found: Any) -> bool:
    if field in ("doc_type", "direction", "unit", "reserved"):
        return bool(truth != found)
    absent_truth = truth in (None, "", (), [])
    absent_found = found in (None, "", (), [])
    if absent_truth or absent_found:
        return absent_truth != absent_found
    return not same(field, truth, found)


def print_errors(
    cases: Sequence[Case],
    plain: Sequence[Classification],
    learned: Sequence[Classification],
    fields: Sequence[str],
) -> int:
    """file | field | truth | prediction, for every wrong field (unit: rules / rules + model)."""
    wrong_docs = 0
    for case, rules, model in zip(cases, plain, learned, strict=True):
        rows: list[tuple[str, str, str]] = []
        if case.error:
            rows.append(("lectura", "", case.error))
        for field in fields:
            truth = getattr(case.truth, field)
            found = getattr(model, field)
            if _wrong(field, truth, found):
                rows.append((field, _shown(truth), _shown(found)))
            elif field == "unit" and truth != rules.unit:
                rows.append(("unit (reglas)", _shown(truth), _shown(rules.unit)))
        if rows:
            wrong_docs += 1
            print(f"\n{case.file}  [{case.truth.kind}, tema {case.truth.topic}]")
            for field, truth_text, found_text in rows:
                print(f"  {field:<14} verdad: {truth_text}")
                print(f"  {'':<14} leído:  {found_text}")
    return wrong_docs


def evaluate(
    title: str,
    cases: list[Case],
    pol: ClassifyPolicy,
    model: TrainedModel,
    fields: Sequence[str],
    *,
    sealed: bool = False,
) -> Figures:
    plain = [classify(c.text, policy=pol) for c in cases]
    learned = [classify(c.text, policy=pol, model=model) for c in cases]
    f = figures(cases, plain, learned)
    print_figures(title, f)
    if sealed:  # a held-out set: its figures, never which document is wrong
        return f
    print_per_type(cases, learned)
    print(f"\n--- errores ({title}) ---")
    wrong = print_errors(cases, plain, learned, fields)
    print(f"\n({wrong} de {len(cases)} documentos con algún campo errado)")
    return f


SUMMARY = (
    ("tipo (reglas)", "type_rules"),
    ("tipo (reglas + modelo)", "type_model"),
    ("dirección", "direction"),
    ("unidad (reglas)", "unit_rules"),
    ("unidad (reglas + modelo)", "unit_model"),
    ("asunto", "subject"),
    ("N° (F1 × 100)", "number_f1"),
    ("fecha (F1 × 100)", "date_f1"),
)


def print_summary(results: Sequence[tuple[str, Figures]]) -> None:
    print("\n=== Resumen ===")
    print(f"{'cifra':<26}" + "".join(f"{label:>12}" for label, _f in results))
    for name, attr in SUMMARY:
        print(f"{name:<26}" + "".join(f"{getattr(f, attr):>12.1f}" for _l, f in results))
    print(f"{'documentos':<26}" + "".join(f"{f.n:>12}" for _l, f in results))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument(
        "--generator",
        choices=tuple(GENERATORS),
        default="devgen",
        help="devgen (Maullín), devgen2 (Vichuquén), devgen3 (Chile Chico), devgen4 (Putre) "
        "devgen5 (Lonquimay), devgen6 (San Pedro de la Paz), devgen7 (Vicuña), devgen8 "
        "(Río Bueno), devgen9 (Quirihue), devgen10 (Tierra Amarilla), devgen11 (Porvenir), "
        "devgen12 (Lo Prado), devgen13 (Pozo Almonte) o devgen14 (Chimbarongo); sealgen "
        "(Pichilemu), sealgen2 (Calama), sealgen3 (Casablanca), sealgen4 (Tomé) y sealgen5 "
        "(Vallenar): sellados, con --sealed",
    )
    parser.add_argument("--eval", type=int, default=60, help="documentos por variante")
    parser.add_argument("--train", type=int, default=200, help="K: documentos del modelo")
    parser.add_argument("--eval-seed", type=int, default=4242)
    parser.add_argument("--train-seed", type=int, default=2121)
    parser.add_argument("--workers", type=int, default=2, help="procesos de OCR")
    parser.add_argument("--out", type=Path, help="conservar aquí los documentos generados")
    parser.add_argument("--all-fields", action="store_true", help="también remitente, ANT., RUT…")
    parser.add_argument(
        "--sealed",
        action="store_true",
        help="conjunto reservado (sealgen): solo las cifras, sin los documentos errados",
    )
    return parser.parse_args()


def make_sets(root: Path, args: argparse.Namespace) -> dict[str, list[Made]]:
    """The model's K documents (one in three scanned), and the evaluated ones."""
    generate = GENERATORS[args.generator][0]
    return {
        "train": generate(root / "train", count=args.train, seed=args.train_seed, scan_mode=None),
        "dig": generate(root / "digital", count=args.eval, seed=args.eval_seed, scan_mode=False),
        "esc": generate(
            root / "escaneado", count=args.eval, seed=args.eval_seed + 1, scan_mode=True
        ),
    }


def main() -> None:
    args = arguments()
    if args.generator.startswith("sealgen") and (not args.sealed or args.out):
        raise SystemExit(
            f"{args.generator} es un conjunto sellado: úsese con --sealed y sin --out "
            "(solo sus cifras, nunca sus documentos)."
        )
    fields = MAIN_FIELDS + (OTHER_FIELDS if args.all_fields else ())
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        sets = make_sets(root, args)
        generated = time.perf_counter()
        total = sum(len(v) for v in sets.values())
        print(f"{total} documentos generados en {generated - started:.0f} s ({root}); lectura…")
        cases = read(sets, Path(tmp) / "read", args.workers)
        read_at = time.perf_counter()
        print(f"Leídos en {read_at - generated:.0f} s.")
    pol = policy(GENERATORS[args.generator][1])
    model = train(  # each with the subject registration gave it (the rules')
        [
            Example(
                text=c.text,
                doc_type=c.truth.doc_type,
                unit=c.truth.unit,
                subject=classify(c.text, policy=pol).subject,
                direction=c.truth.direction,  # the clerk confirmed it too
                confirmed_subject=c.truth.subject,  # the clerk confirmed or corrected it
            )
            for c in cases["train"]
        ]
    )
    print(
        f"Modelo: {args.train} documentos etiquetados de {args.generator} "
        f"(semilla {args.train_seed})."
    )
    variants = (("dig", "nacidos digitales", "digital"), ("esc", "escaneados", "escaneado"))
    results = [
        (
            label,
            evaluate(
                f"{args.generator}, {title}", cases[key], pol, model, fields, sealed=args.sealed
            ),
        )
        for key, title, label in variants
    ]
    print_summary(results)
    classified = time.perf_counter()
    print(f"(clasificación {classified - read_at:.0f} s; {classified - started:.0f} s en total)")


if __name__ == "__main__":
    main()

"""The command line of distribución y seguimiento, as a clerk or a script uses it: JSON with
the ``due`` date, exit codes of the one table, nothing changed by a bad call."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from tests.conftest import run_partes
from tests.docgen import make_document
from tests.test_learning import BARBECUE, BEES


def _lines(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_derive_acknowledge_answer_plazos_and_expediente(home: Path, tmp_path: Path) -> None:
    incoming = make_document("oficio", tmp_path / "entrada.pdf", seed=701, topic_index=3)
    reply = make_document("oficio_salida", tmp_path / "salida.pdf", seed=702, topic_index=3)
    got = run_partes(home, "ingest", str(incoming.path), "--direction", "entrada", "--json")
    ref = str(_lines(got.stdout)[0]["registry_number"])
    got = run_partes(home, "ingest", str(reply.path), "--direction", "salida", "--json")
    answer = str(_lines(got.stdout)[0]["registry_number"])

    bad = run_partes(home, "derive", ref, "--unit", "bodega", "--instruction", "informe")
    assert bad.returncode == 2 and "bodega" in bad.stderr
    missing = run_partes(
        home, "derive", "E-2099-000009", "--unit", "dom", "--instruction", "informe"
    )
    assert missing.returncode == 3

    got = run_partes(home, "derive", ref, "--unit", "dom", "--instruction", "informe", "--json")
    assert got.returncode == 0, got.stderr
    (made,) = _lines(got.stdout)
    assert made["unit"] == "dom" and made["state"] == "pendiente"
    assert date.fromisoformat(str(made["due"])) > date.fromisoformat(str(made["derived_at"])[:10])
    assert run_partes(home, "acknowledge", ref).returncode == 0
    listed = _lines(run_partes(home, "plazos", "--all", "--json").stdout)
    assert [x["registry_number"] for x in listed] == [ref]
    assert listed[0]["standing"] in ("en_plazo", "por_vencer")
    wrong = run_partes(home, "answer", ref, "--with", ref)
    assert wrong.returncode == 2  # a received document is not an answer
    done = run_partes(home, "answer", ref, "--with", answer, "--json")
    assert done.returncode == 0 and _lines(done.stdout)[0]["answer"] == answer
    again = run_partes(home, "close", ref, "--note", "Tomó conocimiento")
    assert again.returncode == 2 and "no tiene derivaciones abiertas" in again.stderr

    zipped = tmp_path / "exp.zip"
    shown = run_partes(home, "expediente", ref, "--zip", str(zipped), "--json")
    assert shown.returncode == 0, shown.stderr
    (exp,) = _lines(shown.stdout)
    assert exp["expediente"] == f"EXP-{ref}"
    assert [d["registry_number"] for d in exp["documents"]] == [ref, answer]
    assert zipped.stat().st_size > 1000
    steps = " ".join(str(d["closing"]) for d in exp["derivations"])
    assert "respondida" in steps
    unsent = run_partes(home, "plazos", "--send")
    assert unsent.returncode == 0 and "no se envió nada" in unsent.stderr


def test_the_unit_suggestion_learns_from_derivations(home: Path, tmp_path: Path) -> None:
    """Subjects no unit's keywords mention: only where clerks derive them teaches the unit."""
    first = [
        make_document("reclamo", tmp_path / f"r{i}.pdf", seed=i, topic=topic)
        for i, topic in enumerate([BEES, BEES, BARBECUE, BARBECUE], 1)
    ]
    got = run_partes(home, "ingest", "--json", *(str(d.path) for d in first))
    lines = _lines(got.stdout)
    assert [x["unit"] for x in lines] == [None] * 4
    for line, doc in zip(lines, first, strict=True):
        derived = run_partes(
            home, "derive", line["registry_number"], "--unit", str(doc.truth.unit),
            "--instruction", "respuesta",
        )  # fmt: skip
        assert derived.returncode == 0, derived.stderr
    later = [
        make_document("reclamo", tmp_path / "n1.pdf", seed=11, topic=BEES),
        make_document("reclamo", tmp_path / "n2.pdf", seed=12, topic=BARBECUE),
    ]
    predicted = _lines(run_partes(home, "ingest", "--json", *(str(d.path) for d in later)).stdout)
    assert [p["unit"] for p in predicted] == ["dideco", "daf"]
    shown = _lines(run_partes(home, "show", lines[0]["registry_number"], "--json").stdout)[0]
    assert shown["review"] == "por_revisar"  # a derivation labels the unit, not the type

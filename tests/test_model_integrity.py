"""The trained model is loaded only if it is the file the registry recorded (issue 17)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from pathlib import Path

import joblib
import pytest

from archive import trained_model_hashes
from partes.wiring import open_app
from pipeline.classification.learning import current_model
from tests.conftest import CliResult
from tests.docgen import make_document


class _Booby:
    """Unpickling it writes a file: what a planted model could do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (open, (str(self.marker), "w"))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_replaced_model_file_is_never_unpickled(
    home: Path,
    tmp_path: Path,
    partes: Callable[..., CliResult],
    caplog: pytest.LogCaptureFixture,
) -> None:
    doc = make_document("carta", tmp_path / "carta.pdf", seed=1705, scan=False).path
    [line] = partes(home, "ingest", str(doc), "--json").json_lines()
    fixed = partes(home, "correct", line["registry_number"], "--type", "carta", "--unit", "dom")
    assert fixed.returncode == 0, fixed.stderr
    app = open_app(home)
    try:
        path, db = app.services.model_path, app.services.db
        trained = _sha(path)
        assert trained_model_hashes(db)[0] == trained  # recorded in the registry
        assert current_model(db, path) is not None
        assert _sha(path) == trained and len(trained_model_hashes(db)) == 1  # loaded as is

        marker = tmp_path / "ejecutado"
        joblib.dump(_Booby(marker), path)  # someone who can write the model folder
        planted = _sha(path)
        with caplog.at_level(logging.WARNING):
            model = current_model(db, path)
        assert not marker.exists()  # never unpickled
        assert "no coincide con la huella registrada" in caplog.text
        assert model is not None and model.examples == 1  # retrained from the registry
        assert _sha(path) != planted and _sha(path) == trained_model_hashes(db)[0]
    finally:
        app.close()

"""partes.toml: the written template is the defaults; mistakes name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from partes.config import TEMPLATE, Config, load_config
from partes.errors import ConfigError
from tests.conftest import run_partes


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "partes.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_template_loads_to_the_defaults(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, TEMPLATE))
    assert config == Config()
    assert [s.prefix for s in config.series] == ["E", "OF", "DA", "M", "S", "I"]
    assert {u.code for u in config.units} >= {"alcaldia", "dom", "dideco", "daf", "jpl", "salud"}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[municipality]\nnombre = "X"\n', "municipality.nombre"),
        ('[ocr]\nimage_dpi = "alto"\n', "ocr.image_dpi"),
        ('[[stations]]\ncode = "a"\nname = "A"\nred = true\n', "stations[0].red"),
        ('[[stations]]\nname = "Sin código"\n', "stations[0].code"),
        ('[[stations]]\ncode = "A B"\nname = "x"\n', "stations[0].code"),
        ('[[series]]\ncode = "x"\nprefix = "e1"\nname = "x"\n', "series[0].prefix"),
        (
            '[[series]]\ncode = "x"\nprefix = "X"\nname = "x"\ndoc_types = ["libro"]\n',
            "series[0].doc_types",
        ),
        ("colores = 3\n", "colores"),
        ("[importacion]\nlote = 5\n", "importacion.lote"),
        ('[importacion.columns]\nnumero = "N"\n', "importacion.columns.numero"),
    ],
)
def test_bad_keys_and_values_are_named(tmp_path: Path, text: str, named: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(_write(tmp_path, text))
    assert named in str(info.value)


def test_a_historical_series_never_shares_a_current_prefix(tmp_path: Path) -> None:
    text = '[[importacion.series]]\ncode = "viejo"\nprefix = "E"\nname = "Viejo"\n'
    with pytest.raises(ConfigError, match=r"importacion\.series"):
        load_config(_write(tmp_path, text))


def test_each_direction_needs_a_catch_all_series(tmp_path: Path) -> None:
    text = '[[series]]\ncode = "e"\nprefix = "E"\nname = "Ingreso"\ndirections = ["entrada"]\n'
    with pytest.raises(ConfigError, match="salida"):
        load_config(_write(tmp_path, text))


def test_bad_configuration_is_exit_code_2_with_a_spanish_message(home: Path) -> None:
    config = home / "partes.toml"
    config.write_text("extra = 1\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_partes(home, "registry")
    assert result.returncode == 2
    assert "Clave desconocida «extra»" in result.stderr


def test_commands_refuse_a_folder_that_is_not_a_home(tmp_path: Path) -> None:
    result = run_partes(tmp_path / "nada", "registry")
    assert result.returncode == 2
    assert "partes" in result.stderr and "init" in result.stderr

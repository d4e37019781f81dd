"""The data home is its owner's alone: folders 0700, files 0600, stored files 0400; a
configured group may read (issue 17)."""

from __future__ import annotations

import grp
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import CliResult
from tests.docgen import make_document


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode) & 0o777


def _modes(home: Path) -> dict[str, set[int]]:
    """The modes found in the home, by kind: folders, stored files, other files."""
    found: dict[str, set[int]] = {"folder": {_mode(home)}, "blob": set(), "file": set()}
    for base, dirs, files in os.walk(home):
        found["folder"] |= {_mode(Path(base, d)) for d in dirs}
        for name in files:
            if name.endswith("WRITELOCK"):
                continue  # Whoosh's empty lock, created with the x bit (0777 & ~umask)
            path = Path(base, name)
            kind = "blob" if len(name) == 64 and "store" in path.parts else "file"
            found[kind].add(_mode(path))
    return found


def _fill(home: Path, tmp_path: Path, partes: Callable[..., CliResult]) -> None:
    """A registered document, a quarantined file, the logs they leave."""
    doc = make_document("oficio", tmp_path / "oficio.pdf", seed=1706, scan=False).path
    bad = tmp_path / "vacio.pdf"
    bad.write_bytes(b"")
    partes(home, "ingest", str(doc), str(bad))
    assert list((home / "quarantine").rglob("*.error.txt"))


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """A usual login's umask: what is not set explicitly would be world-readable."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def _set_group(home: Path, group: str) -> None:
    config = home / "partes.toml"
    text = config.read_text(encoding="utf-8").replace('group = ""', f'group = "{group}"', 1)
    config.write_text(text, encoding="utf-8")


@pytest.mark.usefixtures("usual_umask")
@pytest.mark.parametrize(
    ("with_group", "folder", "blob", "file"),
    [(False, 0o700, 0o400, 0o600), (True, 0o750, 0o440, 0o640)],
    ids=["solo-el-usuario", "grupo-lee"],
)
def test_the_home_is_its_owners_and_a_configured_group_may_read(
    tmp_path: Path,
    partes: Callable[..., CliResult],
    with_group: bool,
    folder: int,
    blob: int,
    file: int,
) -> None:
    home = tmp_path / "partes-data"
    assert partes(home, "init").returncode == 0
    if with_group:
        _set_group(home, grp.getgrgid(os.getgid()).gr_name)  # a group this user is in
        assert partes(home, "init").returncode == 0  # applies it to what exists
    _fill(home, tmp_path, partes)
    found = _modes(home)
    assert found == {"folder": {folder}, "blob": {blob}, "file": {file}}
    assert _mode(home / "registry.db") == _mode(home / "partes.toml") == file
    assert list((home / "logs").iterdir())
    assert bool(home.stat().st_mode & stat.S_ISGID) == with_group  # new files keep the group


def test_an_unknown_group_is_a_configuration_error(
    home: Path, partes: Callable[..., CliResult]
) -> None:
    _set_group(home, "no-existe-x")
    result = partes(home, "registry")
    assert result.returncode == 2
    assert "security.group" in result.stderr

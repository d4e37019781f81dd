"""Content-addressed, write-once file store.

A file is written to a temporary name, fsynced, made read-only, then renamed to its
SHA-256: a crash leaves either nothing or a complete file, never half of one.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archive.errors import StoreError

_CHUNK = 1 << 20
_TMP_PREFIX = "in-"


@dataclass(frozen=True, kw_only=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


BLOB_MODE = 0o400  # read-only, for the service's user alone


class FileStore:
    def __init__(self, root: Path, *, blob_mode: int = BLOB_MODE) -> None:
        """``blob_mode``: the mode of every stored file (0o440 when a group may read)."""
        self.root = root
        self.blob_mode = blob_mode
        self._tmp = root / "tmp"

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put(self, source: Path) -> StoredBlob:
        """Copy ``source`` into the store; an identical file already stored is kept as is."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(dir=self._tmp, prefix=f"{_TMP_PREFIX}{os.getpid()}-")
        tmp = Path(tmp_name)
        try:
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                size = _copy_hashing(src, dst, digest)
                dst.flush()
                os.fsync(dst.fileno())
            sha = digest.hexdigest()
            final = self.path_for(sha)
            if final.exists():
                tmp.unlink()
                return StoredBlob(sha256=sha, size=size, path=final)
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp.chmod(self.blob_mode)
            tmp.replace(final)
            _fsync_dir(final.parent)
            return StoredBlob(sha256=sha, size=size, path=final)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(
                f"No se pudo guardar {source.name} en el almacén de archivos ({exc.strerror}). "
                "Revise el espacio en disco y los permisos del directorio de datos."
            ) from exc

    def put_many(self, sources: Sequence[Path]) -> list[StoredBlob]:
        """Like ``put`` for several files, with two syncs in all instead of two per file:
        every copy reaches the disk before any is named, and the names before returning."""
        self._tmp.mkdir(parents=True, exist_ok=True)
        copies: list[tuple[Path, Path, int, str]] = []
        try:
            for source in sources:
                fd, tmp_name = tempfile.mkstemp(
                    dir=self._tmp, prefix=f"{_TMP_PREFIX}{os.getpid()}-"
                )
                digest = hashlib.sha256()
                with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                    size = _copy_hashing(src, dst, digest)
                copies.append((source, Path(tmp_name), size, digest.hexdigest()))
            os.sync()
            blobs = [self._name(tmp, size, sha) for _source, tmp, size, sha in copies]
            os.sync()
            return blobs
        except OSError as exc:
            for _source, tmp, _size, _sha in copies:
                tmp.unlink(missing_ok=True)
            raise StoreError(
                f"No se pudieron guardar los archivos en el almacén ({exc.strerror}). "
                "Revise el espacio en disco y los permisos del directorio de datos."
            ) from exc

    def _name(self, tmp: Path, size: int, sha: str) -> StoredBlob:
        final = self.path_for(sha)
        if final.exists():
            tmp.unlink()
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            tmp.chmod(self.blob_mode)
            tmp.replace(final)
        return StoredBlob(sha256=sha, size=size, path=final)

    def clean_abandoned(self) -> int:
        """Remove temporary files left by processes that died mid-copy; how many."""
        leftovers = abandoned(self._tmp, _TMP_PREFIX)
        for path in leftovers:
            path.unlink(missing_ok=True)
        return len(leftovers)

    def copy_out(self, sha256: str, dest: Path) -> None:
        shutil.copyfile(self.path_for(sha256), dest)

    def addresses(self) -> Iterator[str]:
        """The content address of every stored file (not the temporary ones)."""
        for first in sorted(self.root.glob("[0-9a-f][0-9a-f]")):
            for path in sorted(first.glob("[0-9a-f][0-9a-f]/*")):
                if len(path.name) == 64 and path.name.startswith(first.name):
                    yield path.name


def abandoned(folder: Path, prefix: str) -> list[Path]:
    """Entries named ``<prefix><pid>-…`` whose process no longer runs."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        pid_text = entry.name[len(prefix) :].split("-", 1)[0]
        if entry.name.startswith(prefix) and pid_text.isdigit() and not _alive(int(pid_text)):
            found.append(entry)
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _copy_hashing(src: BinaryIO, dst: BinaryIO, digest: hashlib._Hash) -> int:
    size = 0
    while chunk := src.read(_CHUNK):
        digest.update(chunk)
        dst.write(chunk)
        size += len(chunk)
    return size


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)

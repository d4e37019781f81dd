"""The archive's keeping at size: the audit's time per 1,000 documents, the backup's size and
time (first and incremental), the restore's time, each beside its plain peer in the same run.

    .venv/bin/python -m bench.conservation [--documents 1000] [--scans 0.3]

A data home is filled with ``--documents`` registered documents, each with its own stored
files as the pipeline leaves them: the original (a generated born-digital PDF, or, for the
``--scans`` share, a scanned page image PDF) and two derivatives (searchable and stamped
copies: the same bytes made unique, so every file is read). Registration goes through the
archive's own ``register`` (no OCR: this measures keeping, not reception).

Peers: ``sha256sum`` over the same stored files (what an archivist would run by hand; the
audit also recomputes both chains and checks series and checkpoints), and ``cp -a`` of the
whole data home (what the backup replaces; the backup also verifies every file's hash).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from archive import Actor, NewDocument, NewFile, PageText, choose_series, register
from partes import services
from partes.wiring import init_home, opened
from tests.docgen import GENERATORS, make_document
from tests.docgen.content import TOPICS

OPERATOR = Actor(login="operador:bench", role="admin", channel="cli")
KINDS = ("oficio", "carta", "memorandum", "decreto", "solicitud_transparencia")


def _bases(folder: Path, scans: int) -> list[bytes]:
    """A few real PDFs to vary: born-digital and scanned."""
    made = []
    for i in range(8):
        scan = i < scans
        doc = make_document(KINDS[i % len(KINDS)], folder / f"base-{i}.pdf", seed=90 + i, scan=scan)
        made.append(doc.path.read_bytes())
    return made


def populate(home: Path, count: int, scan_share: float, seed: int) -> int:
    """``count`` documents with three unique stored files each; the bytes stored."""
    rng = random.Random(seed)
    work = home.parent / "bench-trabajo"
    work.mkdir(exist_ok=True)
    bases = _bases(work, scans=round(8 * scan_share))
    stored = 0
    with opened(home) as app:
        for i in range(count):
            truth = GENERATORS[KINDS[i % len(KINDS)]](rng, TOPICS[i % len(TOPICS)])
            files = []
            for role in ("original", "searchable", "stamped"):
                path = work / f"{role}.pdf"
                path.write_bytes(bases[i % len(bases)] + f"\n% {role} {i}\n".encode())
                blob = app.services.store.put(path)
                stored += blob.size
                files.append(NewFile(role=role, blob=blob, media_type="application/pdf"))
            new = NewDocument(
                sha256=files[0].blob.sha256,
                original_name=f"documento-{i:05d}.pdf",
                media_type="application/pdf",
                size=files[0].blob.size,
                station="oficina-partes",
                direction=truth.direction,
                doc_type=truth.doc_type,
                received_at=datetime.now(UTC) - timedelta(days=rng.randint(0, 3650)),
                unit=truth.unit,
                sender=truth.sender,
                subject=truth.subject,
                files=tuple(files),
                pages=(PageText(number=1, text="\n".join(truth.lines), source="text"),),
            )
            series = choose_series(
                app.settings.series, direction=new.direction, doc_type=new.doc_type
            )
            register(app.services.db, new, series=series, actor=OPERATOR)
    shutil.rmtree(work)
    return stored


def _timed(call: object) -> float:
    began = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - began


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--scans", type=float, default=0.3, help="parte escaneada (0-1)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        home = root / "partes-data"
        init_home(home)
        began = time.perf_counter()
        stored = populate(home, args.documents, args.scans, args.seed)
        print(
            f"{args.documents} documentos, {3 * args.documents} archivos "
            f"({stored / 2**20:.1f} MiB) registrados en {time.perf_counter() - began:.0f} s."
        )
        _measure(home, root, args.documents)


def _measure(home: Path, root: Path, count: int) -> None:
    per = 1000 / count
    with opened(home) as app:
        began = time.perf_counter()
        report = services.audit(app, actor=OPERATOR)
        audit_s = time.perf_counter() - began
        assert report.ok, report.problems
        blobs = sorted(
            str(p) for p in (home / "store").rglob("*") if p.is_file() and len(p.name) == 64
        )
        peer_s = _timed(
            lambda: subprocess.run(["sha256sum", *blobs], check=True, capture_output=True)
        )
        dest = root / "respaldo"
        backup_s = _timed(lambda: services.backup(app, actor=OPERATOR, dest=dest))
        again_s = _timed(lambda: services.backup(app, actor=OPERATOR, dest=dest))
    cp_s = _timed(lambda: subprocess.run(["cp", "-a", str(home), str(root / "copia")], check=True))
    restore_s = _timed(lambda: services.restore(dest, root / "restaurado"))
    print(f"\n{'':<34}{'segundos':>10}{'por 1.000 docs':>16}{'par':>10}{'razón':>8}")
    rows = (
        ("auditoría (partes audit)", audit_s, peer_s, "sha256sum"),
        ("respaldo completo (partes backup)", backup_s, cp_s, "cp -a"),
        ("respaldo incremental, sin cambios", again_s, None, ""),
        ("restauración (incluye reindexar)", restore_s, None, ""),
    )
    for label, seconds, peer, name in rows:
        ratio = f"{seconds / peer:>7.2f}x" if peer else ""
        peer_text = f"{peer:>9.2f} s" if peer else ""
        print(f"{label:<34}{seconds:>10.2f}{seconds * per:>16.2f}{peer_text:>10}{ratio:>8} {name}")
    print(
        f"\ntamaño del respaldo: {_size(dest) / 2**20:.1f} MiB "
        f"(directorio de datos: {_size(home) / 2**20:.1f} MiB, sin índice ni bandejas)"
    )
    print(f"la auditoría leyó {report.bytes_read / 2**20:.1f} MiB en {report.files} archivos.")


if __name__ == "__main__":
    main()

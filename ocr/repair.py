"""Repair by qpdf (through pikepdf), and the check that the repair lost nothing.

qpdf "recovers" almost anything: a PDF cut in half opens with its page tree intact and its
fonts or images gone, and its text would silently be empty. A repaired copy is accepted
only when every page's content, fonts and images are there and decode.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf

from ocr.errors import DamagedFile

_MAX_PROBLEMS = 5


def repaired_copy(source: Path, dest: Path, *, truncated: bool = False) -> None:
    """A copy rewritten by qpdf: decrypted (owner password only), rebuilt cross-references."""
    try:
        with pikepdf.open(source) as pdf:
            problems = missing_parts(pdf)
            if problems:
                state = "incompleto (truncado)" if truncated else "dañado"
                raise DamagedFile(
                    f"El PDF está {state} y repararlo perdería contenido ("
                    + "; ".join(problems)
                    + ").",
                    "Vuelva a copiar o digitalizar el documento completo.",
                )
            pdf.save(dest, fix_metadata_version=True)
    except pikepdf.PikepdfError as exc:
        raise DamagedFile(
            f"El PDF está dañado y no se pudo reparar ({type(exc).__name__}).",
            "Vuelva a generar o digitalizar el documento.",
        ) from None


def missing_parts(pdf: pikepdf.Pdf) -> list[str]:
    """What the pages refer to but cannot be read: empty means the copy is complete."""
    problems: list[str] = []
    for number, page in enumerate(pdf.pages, 1):
        problems.extend(f"página {number}: {p}" for p in _page_problems(page))
        if len(problems) >= _MAX_PROBLEMS:
            break
    return problems[:_MAX_PROBLEMS]


def _page_problems(page: pikepdf.Page) -> list[str]:
    problems: list[str] = []
    contents = page.obj.get("/Contents")
    items = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
    streams = [s for s in items if isinstance(s, pikepdf.Stream)]
    if not streams or len(streams) != len(items):
        return ["sin contenido"]
    for stream in streams:
        problems.extend(_undecodable(stream, "contenido"))
    resources = page.obj.get("/Resources")
    if not isinstance(resources, pikepdf.Dictionary):
        return [*problems, "sin recursos"]
    for kind, label in (("/Font", "fuente"), ("/XObject", "imagen u objeto")):
        table = resources.get(kind)
        if table is None:
            continue
        if not isinstance(table, pikepdf.Dictionary):
            problems.append(f"{label}s ilegibles")
            continue
        for name, item in table.items():
            if not isinstance(item, pikepdf.Dictionary | pikepdf.Stream):
                problems.append(f"falta {label} {name}")
            elif isinstance(item, pikepdf.Stream):
                problems.extend(_undecodable(item, f"{label} {name}"))
    return problems


def _undecodable(stream: pikepdf.Stream, label: str) -> list[str]:
    try:
        if stream.get("/Filter") in (pikepdf.Name.DCTDecode, pikepdf.Name.JPXDecode):
            stream.read_raw_bytes()
            return []
        stream.read_bytes()
    except Exception:  # qpdf reports broken filters with several exception types
        return [f"{label} ilegible"]
    return []

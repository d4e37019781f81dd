"""An empty signature field added to a PDF, for a signer to fill in later
(``SignRequest(field=...)`` signs in it)."""

from __future__ import annotations

from pathlib import Path

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields


def add_signature_field(
    path: Path, *, name: str, page: int, box: tuple[float, float, float, float]
) -> None:
    """Add the empty field ``name`` on ``page`` (from 0) at ``box`` (x1, y1, x2, y2 in
    points), as an incremental update written beside ``path`` and renamed over it."""
    partial = path.with_name(f".{path.name}.campo")
    try:
        with path.open("rb") as source:
            writer = IncrementalPdfFileWriter(source, strict=False)
            x1, y1, x2, y2 = (round(v) for v in box)
            spec = fields.SigFieldSpec(sig_field_name=name, on_page=page, box=(x1, y1, x2, y2))
            fields.append_signature_field(writer, spec)
            with partial.open("wb") as out:
                writer.write(out)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)

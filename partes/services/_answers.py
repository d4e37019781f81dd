"""Which received documents an outgoing one answers, read from its ANT.: our registry
number («E-2026-000123»), or the sender's number and date («ORD. N° 45 de 03.02.2026»).

A proposal only: a clerk confirms the link (``tramite.answer``)."""

from __future__ import annotations

import re

import archive
from archive import Actor, DerivationFilter, DocumentRecord
from partes.services._access import visibility
from partes.wiring import App
from pipeline.classification.patterns import find_date

_REGISTRY = re.compile(r"\b([A-Z]{1,4})\s?-\s?(\d{4})\s?-\s?(\d{1,7})\b")
_NUMBER = re.compile(r"\bN\s?[°º*o.]{0,2}\s*:?\s*(\d{1,3}(?:\.\d{3})+|\d{1,9})\b", re.IGNORECASE)


def cited_numbers(antecedents: str) -> tuple[list[str], list[str]]:
    """(registry numbers, the sender's document numbers) an ANT. names."""
    text = antecedents.upper()
    registry = [f"{m[0]}-{m[1]}-{int(m[2]):06d}" for m in _REGISTRY.findall(text)]
    plain = _REGISTRY.sub(" ", text)
    numbers = [m.replace(".", "") for m in _NUMBER.findall(plain)]
    return registry, numbers


def cited_entries(app: App, actor: Actor, record: DocumentRecord) -> list[DocumentRecord]:
    """Received documents with an open derivation that ``record``'s ANT. cites."""
    registry, numbers = cited_numbers(record.antecedents or "")
    cited_on = find_date(record.antecedents or "")
    db = app.services.db
    seen = visibility(actor)
    ids = set(archive.answered_entries(db, registry).values())
    ids |= archive.documents_numbered(db, numbers, doc_date=cited_on, visibility=seen)
    found = []
    for doc_id in sorted(ids):
        if doc_id == record.id:
            continue
        open_ones = archive.list_derivations(
            db, DerivationFilter(document_id=doc_id, open_only=True), visibility=seen
        )
        if open_ones:
            candidate = archive.record_by_id(db, doc_id)
            if candidate.direction == "entrada":
                found.append(candidate)
    return found

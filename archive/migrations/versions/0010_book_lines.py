"""The libro de registro proves itself: book lines with the canonical JSON of the whole entry,
chained by hash and append-only (triggers refuse UPDATE and DELETE).

Entries registered before this revision get their registration line now, in number order
of registration, with what their documents show today (earlier corrections were events,
not lines); each entry then carries its line's hash.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from alembic import op

from archive.book import GENESIS, entry_content, line_hash
from archive.migrations._append_only import drop_append_only, make_append_only
from archive.models import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_REFUSE = "las líneas del libro de registro no se modifican ni se borran"


def upgrade() -> None:
    op.create_table(
        "book_lines",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("entry_id", sa.Integer, sa.ForeignKey("registry_entries.id"), nullable=False),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("content", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("line_hash", sa.String(64), nullable=False, unique=True),
    )
    op.create_index("ix_book_lines_entry_id", "book_lines", ["entry_id"])
    op.create_index("ix_book_lines_document_id", "book_lines", ["document_id"])
    _line_existing()
    make_append_only("book_lines", _REFUSE)


_DOCS = sa.table(
    "documents",
    sa.column("id", sa.Integer),
    sa.column("sha256", sa.String),
    sa.column("received_at", UTCDateTime),
    sa.column("direction", sa.String),
    sa.column("doc_type", sa.String),
    sa.column("sender", sa.String),
    sa.column("subject", sa.String),
    sa.column("unit", sa.String),
    sa.column("reserved", sa.Boolean),
)
_ENTRIES = sa.table(
    "registry_entries",
    sa.column("id", sa.Integer),
    sa.column("series", sa.String),
    sa.column("year", sa.Integer),
    sa.column("number", sa.Integer),
    sa.column("registry_number", sa.String),
    sa.column("document_id", sa.Integer),
    sa.column("created_at", UTCDateTime),
    sa.column("actor", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("entry_hash", sa.String),
)
_LINES = sa.table(
    "book_lines",
    sa.column("entry_id", sa.Integer),
    sa.column("document_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("content", sa.JSON),
    sa.column("created_at", UTCDateTime),
    sa.column("actor", sa.String),
    sa.column("prev_hash", sa.String),
    sa.column("line_hash", sa.String),
)


def _line_existing() -> None:
    bind = op.get_bind()
    query = (
        sa.select(_ENTRIES, *[c.label(f"doc_{c.name}") for c in _DOCS.c])
        .join(_DOCS, _DOCS.c.id == _ENTRIES.c.document_id)
        .order_by(_ENTRIES.c.id)
    )
    prev = GENESIS
    for row in bind.execute(query).mappings().all():
        doc = SimpleNamespace(**{k[4:]: v for k, v in row.items() if k.startswith("doc_")})
        entry: Any = SimpleNamespace(**{k: v for k, v in row.items() if not k.startswith("doc_")})
        content = entry_content(doc, entry, kind="registro")  # type: ignore[arg-type]
        digest = line_hash(prev, content)
        bind.execute(
            _LINES.insert().values(
                entry_id=entry.id,
                document_id=entry.document_id,
                kind="registro",
                content=content,
                created_at=entry.created_at,
                actor=entry.actor,
                prev_hash=prev,
                line_hash=digest,
            )
        )
        bind.execute(
            _ENTRIES.update()
            .where(_ENTRIES.c.id == entry.id)
            .values(prev_hash=prev, entry_hash=digest)
        )
        prev = digest


def downgrade() -> None:
    drop_append_only("book_lines")
    op.drop_index("ix_book_lines_document_id", "book_lines")
    op.drop_index("ix_book_lines_entry_id", "book_lines")
    op.drop_table("book_lines")

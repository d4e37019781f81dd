"""API tokens (only their SHA-256 is kept) and the signatures by verification code, so
the public page finds a signed oficio from the code printed on it. Signatures recorded
before this revision are taken from their «firmado» events.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(12), nullable=False),
        sa.Column("login", sa.String(60)),
        sa.Column("station", sa.String(40)),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("revoked_at", sa.DateTime),
    )
    signatures = op.create_table(
        "signatures",
        sa.Column("code", sa.String(20), primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
        sa.Column("signed_sha256", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(300), nullable=False, server_default=""),
        sa.Column("level", sa.String(10), nullable=False, server_default=""),
        sa.Column("signed_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_signatures_document_id", "signatures", ["document_id"])
    assert signatures is not None
    events = sa.table(
        "events",
        sa.column("document_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("detail", sa.JSON),
        sa.column("at", sa.DateTime),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(events).where(events.c.action == "firmado").order_by(events.c.at)
    ).mappings()
    for row in rows:
        detail = row["detail"] or {}
        code, sha = detail.get("codigo_verificacion"), detail.get("sha256_firmado")
        if not code or not sha:
            continue
        bind.execute(
            signatures.insert().values(
                code=code,
                document_id=row["document_id"],
                signed_sha256=sha,
                signer=detail.get("firmante") or "",
                level=detail.get("nivel") or "",
                signed_at=_when(detail.get("firmado_en"), row["at"]),
            )
        )


def _when(text: str | None, fallback: datetime) -> datetime:
    if text:
        return datetime.fromisoformat(text).astimezone(UTC).replace(tzinfo=None)
    return fallback


def downgrade() -> None:
    op.drop_index("ix_signatures_document_id", "signatures")
    op.drop_table("signatures")
    op.drop_table("api_tokens")

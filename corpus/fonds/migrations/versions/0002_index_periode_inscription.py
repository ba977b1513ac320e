"""Index des périodes d'inscription, pour les comptes de participation d'une année

Révision : 0002
Précédente : 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_inscription_periode", "inscription", ["fonds_id", "fin", "debut", "activite_id", "participant_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_inscription_periode", table_name="inscription")

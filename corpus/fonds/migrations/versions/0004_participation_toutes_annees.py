"""Comptes de participation de toutes les années (« depuis l'ouverture »), précalculés sous l'année 0

Révision : 0004
Précédente : 0003

Aucun changement de schéma : `requetes.rafraichir_participation` écrit maintenant, avec les années, une
ligne par fonds pour toutes les années (chaque personne une fois). Les fonds déjà là, précalculés sans
elle, sont marqués périmés : leur première lecture les refait.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "INSERT INTO participation_perimee (fonds_id) SELECT id FROM fonds"
        " WHERE id NOT IN (SELECT fonds_id FROM participation_perimee)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM participation_annee WHERE annee = 0")

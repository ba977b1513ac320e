"""Comptes de participation précalculés par fonds et par année, et déclencheurs qui les marquent périmés

Révision : 0003
Précédente : 0002

Sur toutes les inscriptions (18 fonds × 10 ans), le compte d'une année relit l'index entier : le
chevauchement d'une période avec l'année n'a pas de borne des deux côtés dans un index B-tree.
Les comptes sont donc gardés par fonds et par année (participation_annee) ; un déclencheur marque
le fonds périmé (participation_perimee) dès qu'une inscription, le statut d'une personne ou la
nature d'une activité change, et la lecture le refait (requetes.rafraichir_participation).
Les fonds déjà là sont marqués périmés : leur première lecture les calcule.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# SQLite : un déclencheur par ligne, INSERT OR IGNORE dans la table des marques.
SQLITE_MARQUER = "INSERT OR IGNORE INTO participation_perimee (fonds_id) VALUES ({}.fonds_id);"
SQLITE = {
    "participation_inscription_ajout": ("AFTER INSERT ON inscription", ("NEW",)),
    "participation_inscription_retrait": ("AFTER DELETE ON inscription", ("OLD",)),
    "participation_inscription_maj": (
        "AFTER UPDATE OF fonds_id, participant_id, activite_id, debut, fin ON inscription",
        ("OLD", "NEW"),
    ),
    "participation_participant_maj": ("AFTER UPDATE OF fonds_id, statut ON participant", ("OLD", "NEW")),
    "participation_activite_maj": ("AFTER UPDATE OF fonds_id, nature ON activite", ("OLD", "NEW")),
}

# PostgreSQL : ajouts et retraits d'inscriptions par instruction (tables de transition : un import ou
# l'échantillon en insèrent des milliers d'un coup) ; les changements, par ligne, seulement si une
# colonne qui compte a changé. ON CONFLICT DO UPDATE verrouille la marque : un rafraîchissement en
# cours (SELECT … FOR UPDATE) ne peut l'effacer sans voir cette écriture.
PG_FONCTIONS = """
CREATE FUNCTION participation_marquer_lot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO participation_perimee (fonds_id) SELECT DISTINCT fonds_id FROM nouvelles
        ON CONFLICT (fonds_id) DO UPDATE SET fonds_id = EXCLUDED.fonds_id;
    ELSE
        INSERT INTO participation_perimee (fonds_id) SELECT DISTINCT fonds_id FROM anciennes
        ON CONFLICT (fonds_id) DO UPDATE SET fonds_id = EXCLUDED.fonds_id;
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION participation_marquer_rang() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO participation_perimee (fonds_id)
    SELECT DISTINCT f FROM (VALUES (OLD.fonds_id), (NEW.fonds_id)) AS v (f)
    ON CONFLICT (fonds_id) DO UPDATE SET fonds_id = EXCLUDED.fonds_id;
    RETURN NULL;
END $$;
"""
PG = {
    "participation_inscription_ajout": (
        "AFTER INSERT ON inscription REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT",
        "participation_marquer_lot",
    ),
    "participation_inscription_retrait": (
        "AFTER DELETE ON inscription REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT",
        "participation_marquer_lot",
    ),
    "participation_inscription_maj": (
        "AFTER UPDATE ON inscription FOR EACH ROW WHEN ("
        "(OLD.fonds_id, OLD.participant_id, OLD.activite_id, OLD.debut, OLD.fin) IS DISTINCT FROM "
        "(NEW.fonds_id, NEW.participant_id, NEW.activite_id, NEW.debut, NEW.fin))",
        "participation_marquer_rang",
    ),
    "participation_participant_maj": (
        "AFTER UPDATE ON participant FOR EACH ROW WHEN ("
        "(OLD.fonds_id, OLD.statut) IS DISTINCT FROM (NEW.fonds_id, NEW.statut))",
        "participation_marquer_rang",
    ),
    "participation_activite_maj": (
        "AFTER UPDATE ON activite FOR EACH ROW WHEN ("
        "(OLD.fonds_id, OLD.nature) IS DISTINCT FROM (NEW.fonds_id, NEW.nature))",
        "participation_marquer_rang",
    ),
}
TABLE_DU_DECLENCHEUR = {
    "participation_inscription_ajout": "inscription",
    "participation_inscription_retrait": "inscription",
    "participation_inscription_maj": "inscription",
    "participation_participant_maj": "participant",
    "participation_activite_maj": "activite",
}


def upgrade() -> None:
    op.create_table(
        "participation_annee",
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("statut", sa.String(length=10), nullable=False),
        sa.Column("personnes", sa.Integer(), nullable=False),
        sa.Column("suivantes", sa.Boolean(), nullable=False),
        sa.CheckConstraint("personnes > 0", name=op.f("ck_participation_annee_personnes_positives")),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_participation_annee_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("fonds_id", "annee", "nature", "statut", name=op.f("pk_participation_annee")),
    )
    op.create_table(
        "participation_perimee",
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_participation_perimee_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("fonds_id", name=op.f("pk_participation_perimee")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FONCTIONS)
        for nom, (quand, fonction) in PG.items():
            op.execute(f"CREATE TRIGGER {nom} {quand} EXECUTE FUNCTION {fonction}()")
    else:
        for nom, (quand, lignes) in SQLITE.items():
            corps = " ".join(SQLITE_MARQUER.format(ligne) for ligne in lignes)
            op.execute(f"CREATE TRIGGER {nom} {quand} FOR EACH ROW BEGIN {corps} END")
    op.execute("INSERT INTO participation_perimee (fonds_id) SELECT id FROM fonds")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for nom, table in TABLE_DU_DECLENCHEUR.items():
        op.execute(f"DROP TRIGGER IF EXISTS {nom}" + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS participation_marquer_lot()")
        op.execute("DROP FUNCTION IF EXISTS participation_marquer_rang()")
    op.drop_table("participation_perimee")
    op.drop_table("participation_annee")

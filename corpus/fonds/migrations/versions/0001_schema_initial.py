"""Schéma initial des registres des fonds

Révision : 0001
Précédente :
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Produit par alembic revision --autogenerate, puis relu.
    op.create_table(
        "fonds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("nom", sa.String(length=200), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.CheckConstraint("places >= 0", name=op.f("ck_fonds_places_positif")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fonds")),
        sa.UniqueConstraint("code", name=op.f("uq_fonds_code")),
    )
    op.create_table(
        "journal_acces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("le", sa.DateTime(timezone=True), nullable=False),
        sa.Column("utilisateur", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=15), nullable=False),
        sa.Column("fonction", sa.String(length=60), nullable=False),
        sa.Column("fonds", sa.String(length=200), nullable=False),
        sa.Column("issue", sa.String(length=10), nullable=False),
        sa.CheckConstraint("issue IN ('lu', 'refuse')", name=op.f("ck_journal_acces_issue_valide")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_acces")),
    )
    op.create_table(
        "autorisation_ministre",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("objet", sa.String(length=20), nullable=False),
        sa.Column("demandee_le", sa.Date(), nullable=False),
        sa.Column("decidee_le", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=10), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "decision IN ('accordee', 'refusee')", name=op.f("ck_autorisation_ministre_decision_valide")
        ),
        sa.CheckConstraint(
            "objet IN ('programme', 'emprunt', 'placement', 'entente_utilisation', 'autre')",
            name=op.f("ck_autorisation_ministre_objet_valide"),
        ),
        sa.CheckConstraint(
            "(decision IS NULL) = (decidee_le IS NULL)", name=op.f("ck_autorisation_ministre_decision_datee")
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_autorisation_ministre_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_autorisation_ministre")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_autorisation_ministre_fonds_id_id")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_autorisation_ministre_fonds_id_numero")),
    )
    with op.batch_alter_table("autorisation_ministre", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_autorisation_ministre_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "cheque",
        sa.Column("numero", sa.Integer(), nullable=False),
        sa.Column("emis_le", sa.Date(), nullable=False),
        sa.Column("beneficiaire", sa.String(length=120), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("objet", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("montant > 0", name=op.f("ck_cheque_montant_positif")),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_cheque_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cheque")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_cheque_fonds_id_id")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_cheque_fonds_id_numero")),
    )
    with op.batch_alter_table("cheque", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cheque_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "cotisation_fc",
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("revenu_net_exploitation", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("taux", sa.Numeric(precision=5, scale=4), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("payee_le", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_cotisation_fc_montant_positif")),
        sa.CheckConstraint("taux >= 0.05 AND taux <= 0.25", name=op.f("ck_cotisation_fc_taux_borne")),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_cotisation_fc_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cotisation_fc")),
        sa.UniqueConstraint("fonds_id", "annee", name=op.f("uq_cotisation_fc_fonds_id_annee")),
    )
    with op.batch_alter_table("cotisation_fc", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cotisation_fc_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("pseudonyme", sa.String(length=20), nullable=False),
        sa.Column("statut", sa.String(length=10), nullable=False),
        sa.Column("admission", sa.Date(), nullable=False),
        sa.Column("liberation_prevue", sa.Date(), nullable=True),
        sa.Column("liberation", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("pseudonyme LIKE 'P-%'", name=op.f("ck_participant_pseudonyme_forme")),
        sa.CheckConstraint("statut IN ('prevenu', 'condamne')", name=op.f("ck_participant_statut_valide")),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_participant_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_participant_fonds_id_id")),
        sa.UniqueConstraint("pseudonyme", name=op.f("uq_participant_pseudonyme")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "programme",
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("objectifs", sa.Text(), nullable=False),
        sa.Column("prevus_prevenus", sa.Integer(), nullable=False),
        sa.Column("prevus_condamnes", sa.Integer(), nullable=False),
        sa.Column("soumis_le", sa.Date(), nullable=True),
        sa.Column("approuve_le", sa.Date(), nullable=True),
        sa.Column("applique_le", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("prevus_condamnes >= 0", name=op.f("ck_programme_prevus_condamnes_positif")),
        sa.CheckConstraint("prevus_prevenus >= 0", name=op.f("ck_programme_prevus_prevenus_positif")),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_programme_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("fonds_id", "annee", name=op.f("uq_programme_fonds_id_annee")),
    )
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "resolution_ca",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("adoptee_le", sa.Date(), nullable=False),
        sa.Column("objet", sa.String(length=20), nullable=False),
        sa.Column("resume", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "objet IN ('signataires', 'aide', 'contrat', 'pret', 'emprunt', 'placement', 'autre')",
            name=op.f("ck_resolution_ca_objet_valide"),
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_resolution_ca_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resolution_ca")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_resolution_ca_fonds_id_numero")),
    )
    with op.batch_alter_table("resolution_ca", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resolution_ca_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "tiers",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("nom", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_tiers_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tiers")),
        sa.UniqueConstraint("fonds_id", "code", name=op.f("uq_tiers_fonds_id_code")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_tiers_fonds_id_id")),
    )
    with op.batch_alter_table("tiers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tiers_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "contrat",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("tiers_id", sa.Integer(), nullable=False),
        sa.Column("etat", sa.String(length=10), nullable=False),
        sa.Column("montant_total", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("montant_maximum", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("heures_requises", sa.Numeric(precision=7, scale=2), nullable=True),
        sa.Column("debut", sa.Date(), nullable=True),
        sa.Column("fin", sa.Date(), nullable=True),
        sa.Column("obligations_tiers", sa.Text(), nullable=True),
        sa.Column("communication_heures", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("etat IN ('projete', 'signe')", name=op.f("ck_contrat_etat_valide")),
        sa.CheckConstraint(
            "fin IS NULL OR debut IS NULL OR fin >= debut", name=op.f("ck_contrat_duree_ordonnee")
        ),
        sa.CheckConstraint("heures_requises >= 0", name=op.f("ck_contrat_heures_requises_positif")),
        sa.CheckConstraint("montant_maximum >= 0", name=op.f("ck_contrat_montant_maximum_positif")),
        sa.CheckConstraint("montant_total >= 0", name=op.f("ck_contrat_montant_total_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "tiers_id"], ["tiers.fonds_id", "tiers.id"], name="fk_tiers_id_meme_fonds"
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_contrat_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contrat")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_contrat_fonds_id_id")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_contrat_fonds_id_numero")),
    )
    with op.batch_alter_table("contrat", schema=None) as batch_op:
        batch_op.create_index("ix_contrat_fin", ["fonds_id", "fin"], unique=False)
        batch_op.create_index(batch_op.f("ix_contrat_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "demande_aide",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("presentee_le", sa.Date(), nullable=False),
        sa.Column("presentee_par", sa.String(length=10), nullable=False),
        sa.Column("situation", sa.Integer(), nullable=False),
        sa.Column("forme", sa.String(length=5), nullable=False),
        sa.Column("montant_demande", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("forme IN ('don', 'pret')", name=op.f("ck_demande_aide_forme_valide")),
        sa.CheckConstraint(
            "presentee_par IN ('directeur', 'delegue')", name=op.f("ck_demande_aide_presentee_par_valide")
        ),
        sa.CheckConstraint("montant_demande >= 0", name=op.f("ck_demande_aide_montant_demande_positif")),
        sa.CheckConstraint("situation IN (1, 2, 3)", name=op.f("ck_demande_aide_situation_valide")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_demande_aide_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demande_aide")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_demande_aide_fonds_id_id")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_demande_aide_fonds_id_numero")),
    )
    with op.batch_alter_table("demande_aide", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demande_aide_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "emprunt_fonds",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("preteur", sa.String(length=15), nullable=False),
        sa.Column("preteur_nom", sa.String(length=120), nullable=False),
        sa.Column("contracte_le", sa.Date(), nullable=False),
        sa.Column("principal", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("solde", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("verification_prealable", sa.Boolean(), nullable=False),
        sa.Column("autorisation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "preteur IN ('fonds_central', 'autre_fonds', 'externe')",
            name=op.f("ck_emprunt_fonds_preteur_valide"),
        ),
        sa.CheckConstraint("principal > 0", name=op.f("ck_emprunt_fonds_principal_positif")),
        sa.CheckConstraint("solde >= 0 AND solde <= principal", name=op.f("ck_emprunt_fonds_solde_borne")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "autorisation_id"],
            ["autorisation_ministre.fonds_id", "autorisation_ministre.id"],
            name="fk_autorisation_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_emprunt_fonds_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emprunt_fonds")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_emprunt_fonds_fonds_id_numero")),
    )
    with op.batch_alter_table("emprunt_fonds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_emprunt_fonds_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "entente_utilisation",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("objet", sa.String(length=12), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("consentement_directeur", sa.Boolean(), nullable=False),
        sa.Column("cout", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("debut", sa.Date(), nullable=False),
        sa.Column("fin", sa.Date(), nullable=False),
        sa.Column("autorisation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "objet IN ('services', 'personnel', 'locaux', 'equipement')",
            name=op.f("ck_entente_utilisation_objet_valide"),
        ),
        sa.CheckConstraint("cout >= 0", name=op.f("ck_entente_utilisation_cout_positif")),
        sa.CheckConstraint("fin >= debut", name=op.f("ck_entente_utilisation_duree_ordonnee")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "autorisation_id"],
            ["autorisation_ministre.fonds_id", "autorisation_ministre.id"],
            name="fk_autorisation_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_entente_utilisation_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entente_utilisation")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_entente_utilisation_fonds_id_numero")),
    )
    with op.batch_alter_table("entente_utilisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entente_utilisation_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "ligne_paie",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("du", sa.Date(), nullable=False),
        sa.Column("au", sa.Date(), nullable=False),
        sa.Column("versee_le", sa.Date(), nullable=False),
        sa.Column("heures", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("brute", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("retenues_legales", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("nature_retenue", sa.String(length=20), nullable=True),
        sa.Column("prelevement", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("verse_directeur", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("allocation", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("epargne", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "nature_retenue IN ('ordonnance_tribunal', 'pension_alimentaire', 'autre_loi')",
            name=op.f("ck_ligne_paie_nature_retenue_valide"),
        ),
        sa.CheckConstraint(
            "(retenues_legales = 0) = (nature_retenue IS NULL)", name=op.f("ck_ligne_paie_nature_si_retenue")
        ),
        sa.CheckConstraint(
            "abs(allocation + epargne - verse_directeur) < 0.005", name=op.f("ck_ligne_paie_verse_exact")
        ),
        sa.CheckConstraint(
            "abs(prelevement + verse_directeur - (brute - retenues_legales)) < 0.005",
            name=op.f("ck_ligne_paie_partage_exact"),
        ),
        sa.CheckConstraint("allocation >= 0", name=op.f("ck_ligne_paie_allocation_positif")),
        sa.CheckConstraint("au >= du", name=op.f("ck_ligne_paie_periode_ordonnee")),
        sa.CheckConstraint("brute >= 0", name=op.f("ck_ligne_paie_brute_positif")),
        sa.CheckConstraint("epargne >= 0", name=op.f("ck_ligne_paie_epargne_positif")),
        sa.CheckConstraint("heures >= 0", name=op.f("ck_ligne_paie_heures_positif")),
        sa.CheckConstraint("prelevement >= 0", name=op.f("ck_ligne_paie_prelevement_positif")),
        sa.CheckConstraint("retenues_legales <= brute", name=op.f("ck_ligne_paie_retenues_bornees")),
        sa.CheckConstraint("retenues_legales >= 0", name=op.f("ck_ligne_paie_retenues_legales_positif")),
        sa.CheckConstraint("verse_directeur >= 0", name=op.f("ck_ligne_paie_verse_directeur_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_ligne_paie_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ligne_paie")),
        sa.UniqueConstraint("participant_id", "du", name=op.f("uq_ligne_paie_participant_id_du")),
    )
    with op.batch_alter_table("ligne_paie", schema=None) as batch_op:
        batch_op.create_index("ix_ligne_paie_fonds_du", ["fonds_id", "du"], unique=False)
        batch_op.create_index(batch_op.f("ix_ligne_paie_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "membre_ca",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("designation", sa.String(length=120), nullable=False),
        sa.Column("categorie", sa.String(length=20), nullable=False),
        sa.Column("fonction", sa.String(length=30), nullable=False),
        sa.Column("debut_mandat", sa.Date(), nullable=False),
        sa.Column("fin_mandat", sa.Date(), nullable=False),
        sa.Column("autorise_depot", sa.Boolean(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(categorie = 'personne_incarceree') = (participant_id IS NOT NULL)",
            name=op.f("ck_membre_ca_detenu_a_pseudonyme"),
        ),
        sa.CheckConstraint(
            "categorie IN ('ministere', 'communaute', 'personne_incarceree')",
            name=op.f("ck_membre_ca_categorie_valide"),
        ),
        sa.CheckConstraint("fin_mandat >= debut_mandat", name=op.f("ck_membre_ca_mandat_ordonne")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_membre_ca_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membre_ca")),
        sa.UniqueConstraint("fonds_id", "code", name=op.f("uq_membre_ca_fonds_id_code")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_membre_ca_fonds_id_id")),
    )
    with op.batch_alter_table("membre_ca", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_membre_ca_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "placement",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("fait_le", sa.Date(), nullable=False),
        sa.Column("autorisation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "nature IN ('depot_institution', 'obligations_epargne', 'autre')",
            name=op.f("ck_placement_nature_valide"),
        ),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_placement_montant_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "autorisation_id"],
            ["autorisation_ministre.fonds_id", "autorisation_ministre.id"],
            name="fk_autorisation_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_placement_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placement")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_placement_fonds_id_numero")),
    )
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_placement_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "registre_directeur",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("le", sa.Date(), nullable=False),
        sa.Column("nature", sa.String(length=25), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "nature IN ('interets', 'remboursement_fonds', 'versement_liberation')",
            name=op.f("ck_registre_directeur_nature_valide"),
        ),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_registre_directeur_montant_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_registre_directeur_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registre_directeur")),
        sa.UniqueConstraint(
            "participant_id", "le", "nature", name=op.f("uq_registre_directeur_participant_id_le_nature")
        ),
    )
    with op.batch_alter_table("registre_directeur", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registre_directeur_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "activite",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("nom", sa.String(length=120), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("places", sa.Integer(), nullable=False),
        sa.Column("duree_semaines", sa.Integer(), nullable=True),
        sa.Column("frequence", sa.String(length=60), nullable=False),
        sa.Column("ouverte_a", sa.String(length=10), nullable=False),
        sa.Column("remuneree", sa.Boolean(), nullable=False),
        sa.Column("contrat_id", sa.Integer(), nullable=True),
        sa.Column("debut", sa.Date(), nullable=False),
        sa.Column("fin", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "NOT remuneree OR nature IN ('travail_fonds', 'travail_tiers')",
            name=op.f("ck_activite_remuneree_si_travail"),
        ),
        sa.CheckConstraint(
            "nature IN ('travail_fonds', 'travail_tiers', 'formation', 'loisir')",
            name=op.f("ck_activite_nature_valide"),
        ),
        sa.CheckConstraint(
            "ouverte_a IN ('prevenus', 'condamnes', 'tous')", name=op.f("ck_activite_ouverte_a_valide")
        ),
        sa.CheckConstraint("places >= 0", name=op.f("ck_activite_places_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "contrat_id"], ["contrat.fonds_id", "contrat.id"], name="fk_contrat_id_meme_fonds"
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_activite_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activite")),
        sa.UniqueConstraint("fonds_id", "code", name=op.f("uq_activite_fonds_id_code")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_activite_fonds_id_id")),
    )
    with op.batch_alter_table("activite", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activite_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "contrat_joint",
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("contrat_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fonds_id", "contrat_id"], ["contrat.fonds_id", "contrat.id"], name="fk_contrat_id_meme_fonds"
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_contrat_joint_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("fonds_id", "annee", "contrat_id", name=op.f("pk_contrat_joint")),
    )
    op.create_table(
        "decision_aide",
        sa.Column("demande_id", sa.Integer(), nullable=False),
        sa.Column("decidee_le", sa.Date(), nullable=False),
        sa.Column("decision", sa.String(length=10), nullable=False),
        sa.Column("montant_accorde", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("resolution_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "decision = 'accordee' OR montant_accorde = 0", name=op.f("ck_decision_aide_refus_sans_montant")
        ),
        sa.CheckConstraint(
            "decision IN ('accordee', 'refusee')", name=op.f("ck_decision_aide_decision_valide")
        ),
        sa.CheckConstraint("montant_accorde >= 0", name=op.f("ck_decision_aide_montant_accorde_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "demande_id"],
            ["demande_aide.fonds_id", "demande_aide.id"],
            name="fk_demande_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_decision_aide_fonds_id_fonds")),
        sa.ForeignKeyConstraint(
            ["resolution_id"], ["resolution_ca.id"], name=op.f("fk_decision_aide_resolution_id_resolution_ca")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_aide")),
        sa.UniqueConstraint("demande_id", name=op.f("uq_decision_aide_demande_id")),
    )
    with op.batch_alter_table("decision_aide", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_aide_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "depot",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("recu_le", sa.Date(), nullable=False),
        sa.Column("depose_le", sa.Date(), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("par_membre_id", sa.Integer(), nullable=True),
        sa.Column("par_designation", sa.String(length=120), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("depose_le >= recu_le", name=op.f("ck_depot_depot_apres_reception")),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_depot_montant_positif")),
        sa.CheckConstraint(
            "par_membre_id IS NOT NULL OR par_designation IS NOT NULL", name=op.f("ck_depot_deposant_connu")
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "par_membre_id"],
            ["membre_ca.fonds_id", "membre_ca.id"],
            name="fk_par_membre_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_depot_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_depot")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_depot_fonds_id_numero")),
    )
    with op.batch_alter_table("depot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_depot_fonds_id"), ["fonds_id"], unique=False)
        batch_op.create_index("ix_depot_fonds_recu", ["fonds_id", "recu_le"], unique=False)

    op.create_table(
        "pret_personne",
        sa.Column("numero", sa.String(length=20), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("demande_id", sa.Integer(), nullable=True),
        sa.Column("accorde_le", sa.Date(), nullable=False),
        sa.Column("principal", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("principal > 0", name=op.f("ck_pret_personne_principal_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "demande_id"],
            ["demande_aide.fonds_id", "demande_aide.id"],
            name="fk_demande_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_pret_personne_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pret_personne")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_pret_personne_fonds_id_id")),
        sa.UniqueConstraint("fonds_id", "numero", name=op.f("uq_pret_personne_fonds_id_numero")),
    )
    with op.batch_alter_table("pret_personne", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pret_personne_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "signataire",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("designation", sa.String(length=120), nullable=False),
        sa.Column("membre_ca_id", sa.Integer(), nullable=True),
        sa.Column("resolution_id", sa.Integer(), nullable=True),
        sa.Column("debut", sa.Date(), nullable=False),
        sa.Column("fin", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fonds_id", "membre_ca_id"],
            ["membre_ca.fonds_id", "membre_ca.id"],
            name="fk_membre_ca_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_signataire_fonds_id_fonds")),
        sa.ForeignKeyConstraint(
            ["resolution_id"], ["resolution_ca.id"], name=op.f("fk_signataire_resolution_id_resolution_ca")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signataire")),
        sa.UniqueConstraint("fonds_id", "code", name=op.f("uq_signataire_fonds_id_code")),
        sa.UniqueConstraint("fonds_id", "id", name=op.f("uq_signataire_fonds_id_id")),
    )
    with op.batch_alter_table("signataire", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signataire_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "utilisateur",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("nom", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=15), nullable=False),
        sa.Column("empreinte_jeton", sa.String(length=64), nullable=True),
        sa.Column("detenu", sa.Boolean(), nullable=False),
        sa.Column("membre_ca_id", sa.Integer(), nullable=True),
        sa.Column("actif", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "role IN ('conseiller', 'paie', 'membre_ca', 'fonds_central', 'administrateur')",
            name=op.f("ck_utilisateur_role_valide"),
        ),
        sa.ForeignKeyConstraint(
            ["membre_ca_id"], ["membre_ca.id"], name=op.f("fk_utilisateur_membre_ca_id_membre_ca")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_utilisateur")),
        sa.UniqueConstraint("empreinte_jeton", name=op.f("uq_utilisateur_empreinte_jeton")),
        sa.UniqueConstraint("nom", name=op.f("uq_utilisateur_nom")),
    )
    op.create_table(
        "autorisation",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=False),
        sa.Column("decidee_le", sa.Date(), nullable=False),
        sa.Column("autorisee", sa.Boolean(), nullable=False),
        sa.Column("avis_requis", sa.Boolean(), nullable=False),
        sa.Column("avis_obtenu", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "NOT avis_obtenu OR avis_requis", name=op.f("ck_autorisation_avis_seulement_si_requis")
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_autorisation_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_autorisation")),
        sa.UniqueConstraint(
            "participant_id",
            "activite_id",
            "decidee_le",
            name=op.f("uq_autorisation_participant_id_activite_id_decidee_le"),
        ),
    )
    with op.batch_alter_table("autorisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_autorisation_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "budget",
        sa.Column("annee", sa.Integer(), nullable=False),
        sa.Column("poste", sa.String(length=20), nullable=False),
        sa.Column("libelle", sa.String(length=120), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=True),
        sa.Column("cout_prevu", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("profit_prevu", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "poste IN ('activite', 'capitalisation', 'emprunt')", name=op.f("ck_budget_poste_valide")
        ),
        sa.CheckConstraint("cout_prevu >= 0", name=op.f("ck_budget_cout_prevu_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_budget_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget")),
        sa.UniqueConstraint(
            "fonds_id", "annee", "poste", "libelle", name=op.f("uq_budget_fonds_id_annee_poste_libelle")
        ),
    )
    with op.batch_alter_table("budget", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "depense",
        sa.Column("piece", sa.String(length=30), nullable=False),
        sa.Column("le", sa.Date(), nullable=False),
        sa.Column("nature", sa.String(length=20), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=True),
        sa.Column("finance_non_remuneree", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "nature IN ('production', 'administration', 'materiel_scolaire', 'loisirs', 'capitalisation', 'autre')",
            name=op.f("ck_depense_nature_valide"),
        ),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_depense_montant_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_depense_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_depense")),
        sa.UniqueConstraint("fonds_id", "piece", name=op.f("uq_depense_fonds_id_piece")),
    )
    with op.batch_alter_table("depense", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_depense_fonds_id"), ["fonds_id"], unique=False)
        batch_op.create_index("ix_depense_fonds_le", ["fonds_id", "le"], unique=False)

    op.create_table(
        "heures",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=False),
        sa.Column("du", sa.Date(), nullable=False),
        sa.Column("au", sa.Date(), nullable=False),
        sa.Column("heures", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("source", sa.String(length=15), nullable=False),
        sa.Column("prime", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("source IN ('fonds', 'rapport_tiers')", name=op.f("ck_heures_source_valide")),
        sa.CheckConstraint("au >= du", name=op.f("ck_heures_periode_ordonnee")),
        sa.CheckConstraint("heures <= 168", name=op.f("ck_heures_heures_plausibles")),
        sa.CheckConstraint("heures >= 0", name=op.f("ck_heures_heures_positif")),
        sa.CheckConstraint("prime >= 0", name=op.f("ck_heures_prime_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_heures_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_heures")),
        sa.UniqueConstraint(
            "participant_id", "activite_id", "du", name=op.f("uq_heures_participant_id_activite_id_du")
        ),
    )
    with op.batch_alter_table("heures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_heures_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "inscription",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=False),
        sa.Column("debut", sa.Date(), nullable=False),
        sa.Column("fin", sa.Date(), nullable=True),
        sa.Column("statut", sa.String(length=10), nullable=False),
        sa.Column("volontaire", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "statut IN ('active', 'terminee', 'suspendue')", name=op.f("ck_inscription_statut_valide")
        ),
        sa.CheckConstraint("fin IS NULL OR fin >= debut", name=op.f("ck_inscription_periode_ordonnee")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "participant_id"],
            ["participant.fonds_id", "participant.id"],
            name="fk_participant_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_inscription_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inscription")),
        sa.UniqueConstraint(
            "participant_id",
            "activite_id",
            "debut",
            name=op.f("uq_inscription_participant_id_activite_id_debut"),
        ),
    )
    with op.batch_alter_table("inscription", schema=None) as batch_op:
        batch_op.create_index("ix_inscription_activite", ["fonds_id", "activite_id", "statut"], unique=False)
        batch_op.create_index(batch_op.f("ix_inscription_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "personnel_non_incarcere",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("fonction", sa.String(length=80), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=True),
        sa.Column("motif", sa.String(length=12), nullable=False),
        sa.Column("remuneration_annuelle", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("equivalent_fonction_publique", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("assurance_responsabilite", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "motif IN ('securite', 'ressources', 'competence')",
            name=op.f("ck_personnel_non_incarcere_motif_valide"),
        ),
        sa.CheckConstraint(
            "equivalent_fonction_publique >= 0",
            name=op.f("ck_personnel_non_incarcere_equivalent_fonction_publique_positif"),
        ),
        sa.CheckConstraint(
            "remuneration_annuelle >= 0",
            name=op.f("ck_personnel_non_incarcere_remuneration_annuelle_positif"),
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id"], ["fonds.id"], name=op.f("fk_personnel_non_incarcere_fonds_id_fonds")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personnel_non_incarcere")),
        sa.UniqueConstraint("fonds_id", "code", name=op.f("uq_personnel_non_incarcere_fonds_id_code")),
    )
    with op.batch_alter_table("personnel_non_incarcere", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_personnel_non_incarcere_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "remboursement",
        sa.Column("pret_id", sa.Integer(), nullable=False),
        sa.Column("le", sa.Date(), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "source IN ('allocation', 'epargne', 'autre')", name=op.f("ck_remboursement_source_valide")
        ),
        sa.CheckConstraint("montant > 0", name=op.f("ck_remboursement_montant_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "pret_id"],
            ["pret_personne.fonds_id", "pret_personne.id"],
            name="fk_pret_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_remboursement_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remboursement")),
        sa.UniqueConstraint("pret_id", "le", "source", name=op.f("uq_remboursement_pret_id_le_source")),
    )
    with op.batch_alter_table("remboursement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_remboursement_fonds_id"), ["fonds_id"], unique=False)

    op.create_table(
        "revenu",
        sa.Column("piece", sa.String(length=30), nullable=False),
        sa.Column("le", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("montant", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("activite_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "source IN ('cantine', 'prelevement', 'contrat_atelier', 'telephonie', 'vente_biens', 'pret_ou_don_fonds', 'subvention', 'don', 'interets', 'autre')",
            name=op.f("ck_revenu_source_valide"),
        ),
        sa.CheckConstraint("montant >= 0", name=op.f("ck_revenu_montant_positif")),
        sa.ForeignKeyConstraint(
            ["fonds_id", "activite_id"],
            ["activite.fonds_id", "activite.id"],
            name="fk_activite_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_revenu_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenu")),
        sa.UniqueConstraint("fonds_id", "piece", name=op.f("uq_revenu_fonds_id_piece")),
    )
    with op.batch_alter_table("revenu", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_revenu_fonds_id"), ["fonds_id"], unique=False)
        batch_op.create_index("ix_revenu_fonds_le", ["fonds_id", "le"], unique=False)

    op.create_table(
        "signature_cheque",
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.Column("cheque_id", sa.Integer(), nullable=False),
        sa.Column("signataire_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fonds_id", "cheque_id"], ["cheque.fonds_id", "cheque.id"], name="fk_cheque_id_meme_fonds"
        ),
        sa.ForeignKeyConstraint(
            ["fonds_id", "signataire_id"],
            ["signataire.fonds_id", "signataire.id"],
            name="fk_signataire_id_meme_fonds",
        ),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_signature_cheque_fonds_id_fonds")),
        sa.PrimaryKeyConstraint("cheque_id", "signataire_id", name=op.f("pk_signature_cheque")),
    )
    op.create_table(
        "utilisateur_fonds",
        sa.Column("utilisateur_id", sa.Integer(), nullable=False),
        sa.Column("fonds_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["fonds_id"], ["fonds.id"], name=op.f("fk_utilisateur_fonds_fonds_id_fonds")),
        sa.ForeignKeyConstraint(
            ["utilisateur_id"],
            ["utilisateur.id"],
            name=op.f("fk_utilisateur_fonds_utilisateur_id_utilisateur"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("utilisateur_id", "fonds_id", name=op.f("pk_utilisateur_fonds")),
    )


def downgrade() -> None:
    # Produit par alembic revision --autogenerate, puis relu.
    op.drop_table("utilisateur_fonds")
    op.drop_table("signature_cheque")
    with op.batch_alter_table("revenu", schema=None) as batch_op:
        batch_op.drop_index("ix_revenu_fonds_le")
        batch_op.drop_index(batch_op.f("ix_revenu_fonds_id"))

    op.drop_table("revenu")
    with op.batch_alter_table("remboursement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_remboursement_fonds_id"))

    op.drop_table("remboursement")
    with op.batch_alter_table("personnel_non_incarcere", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_personnel_non_incarcere_fonds_id"))

    op.drop_table("personnel_non_incarcere")
    with op.batch_alter_table("inscription", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inscription_fonds_id"))
        batch_op.drop_index("ix_inscription_activite")

    op.drop_table("inscription")
    with op.batch_alter_table("heures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_heures_fonds_id"))

    op.drop_table("heures")
    with op.batch_alter_table("depense", schema=None) as batch_op:
        batch_op.drop_index("ix_depense_fonds_le")
        batch_op.drop_index(batch_op.f("ix_depense_fonds_id"))

    op.drop_table("depense")
    with op.batch_alter_table("budget", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_fonds_id"))

    op.drop_table("budget")
    with op.batch_alter_table("autorisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_autorisation_fonds_id"))

    op.drop_table("autorisation")
    op.drop_table("utilisateur")
    with op.batch_alter_table("signataire", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signataire_fonds_id"))

    op.drop_table("signataire")
    with op.batch_alter_table("pret_personne", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pret_personne_fonds_id"))

    op.drop_table("pret_personne")
    with op.batch_alter_table("depot", schema=None) as batch_op:
        batch_op.drop_index("ix_depot_fonds_recu")
        batch_op.drop_index(batch_op.f("ix_depot_fonds_id"))

    op.drop_table("depot")
    with op.batch_alter_table("decision_aide", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_aide_fonds_id"))

    op.drop_table("decision_aide")
    op.drop_table("contrat_joint")
    with op.batch_alter_table("activite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activite_fonds_id"))

    op.drop_table("activite")
    with op.batch_alter_table("registre_directeur", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_registre_directeur_fonds_id"))

    op.drop_table("registre_directeur")
    with op.batch_alter_table("placement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_placement_fonds_id"))

    op.drop_table("placement")
    with op.batch_alter_table("membre_ca", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membre_ca_fonds_id"))

    op.drop_table("membre_ca")
    with op.batch_alter_table("ligne_paie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ligne_paie_fonds_id"))
        batch_op.drop_index("ix_ligne_paie_fonds_du")

    op.drop_table("ligne_paie")
    with op.batch_alter_table("entente_utilisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entente_utilisation_fonds_id"))

    op.drop_table("entente_utilisation")
    with op.batch_alter_table("emprunt_fonds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emprunt_fonds_fonds_id"))

    op.drop_table("emprunt_fonds")
    with op.batch_alter_table("demande_aide", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_demande_aide_fonds_id"))

    op.drop_table("demande_aide")
    with op.batch_alter_table("contrat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contrat_fonds_id"))
        batch_op.drop_index("ix_contrat_fin")

    op.drop_table("contrat")
    with op.batch_alter_table("tiers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tiers_fonds_id"))

    op.drop_table("tiers")
    with op.batch_alter_table("resolution_ca", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resolution_ca_fonds_id"))

    op.drop_table("resolution_ca")
    with op.batch_alter_table("programme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_fonds_id"))

    op.drop_table("programme")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_fonds_id"))

    op.drop_table("participant")
    with op.batch_alter_table("cotisation_fc", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cotisation_fc_fonds_id"))

    op.drop_table("cotisation_fc")
    with op.batch_alter_table("cheque", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cheque_fonds_id"))

    op.drop_table("cheque")
    with op.batch_alter_table("autorisation_ministre", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_autorisation_ministre_fonds_id"))

    op.drop_table("autorisation_ministre")
    op.drop_table("journal_acces")
    op.drop_table("fonds")

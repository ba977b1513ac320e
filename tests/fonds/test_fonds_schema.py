"""Schéma et migrations : la base elle-même refuse ce que le règlement exclut."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.base import config_alembic, est_migree, migrer

pytestmark = pytest.mark.integration


def test_migrer_cree_toutes_les_tables_et_se_defait(base_vide: Engine) -> None:
    assert not est_migree(base_vide)
    migrer(base_vide)
    tables = set(inspect(base_vide).get_table_names())
    assert set(m.Base.metadata.tables) <= tables
    migrer(base_vide)  # une seconde fois : rien à faire, pas d'erreur
    command.downgrade(config_alembic(base_vide), "base")
    assert not set(m.Base.metadata.tables) & set(inspect(base_vide).get_table_names())


def test_le_schema_des_migrations_egale_les_modeles(base_vide: Engine) -> None:
    """Un modèle changé sans migration se voit ici (autogenerate ne trouve rien à faire)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    migrer(base_vide)
    with base_vide.connect() as connexion:
        ecarts = compare_metadata(MigrationContext.configure(connexion), m.Base.metadata)
    assert ecarts == []


def _ids(session: Session) -> tuple[int, int, int, int]:
    vdp = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "VDP"))
    mtb = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "MTB"))
    personne = session.scalar(select(m.Participant.id).where(m.Participant.fonds_id == vdp))
    activite = session.scalar(
        select(m.Activite.id).where(m.Activite.fonds_id == vdp, m.Activite.code == "MEN")
    )
    return vdp, mtb, personne, activite


def _heures(fonds: int, personne: int, activite: int, heures: str) -> m.Heures:
    return m.Heures(
        fonds_id=fonds,
        participant_id=personne,
        activite_id=activite,
        du=datetime.date(2020, 1, 6),
        au=datetime.date(2020, 1, 19),
        heures=Decimal(heures),
        source="fonds",
        prime=Decimal(0),
    )


@pytest.mark.parametrize(
    "quoi",
    [
        "heures negatives",
        "autre fonds",
        "taux 30 %",
        "taux 4 %",
        "source inconnue",
        "partage inexact",
        "nature sans retenue",
        "pseudonyme sans P-",
        "membre detenu sans pseudonyme",
    ],
)
def test_la_base_refuse(base_neuve: Engine, quoi: str) -> None:
    with Session(base_neuve) as session:
        vdp, mtb, personne, activite = _ids(session)
        lignes = {
            "heures negatives": lambda: _heures(vdp, personne, activite, "-1"),
            "autre fonds": lambda: _heures(mtb, personne, activite, "10"),
            "taux 30 %": lambda: m.CotisationFC(
                fonds_id=vdp,
                annee=2030,
                revenu_net_exploitation=Decimal(100),
                taux=Decimal("0.30"),
                montant=Decimal(30),
            ),
            "taux 4 %": lambda: m.CotisationFC(
                fonds_id=vdp,
                annee=2030,
                revenu_net_exploitation=Decimal(100),
                taux=Decimal("0.04"),
                montant=Decimal(4),
            ),
            "partage inexact": lambda: _paie(
                vdp, personne, brute="100.00", prelevement="10.00", verse="80.00"
            ),
            "nature sans retenue": lambda: _paie(vdp, personne, nature="ordonnance_tribunal"),
            "pseudonyme sans P-": lambda: m.Participant(
                fonds_id=vdp,
                pseudonyme="Jean Tremblay",
                statut="condamne",
                admission=datetime.date(2026, 1, 1),
            ),
            "membre detenu sans pseudonyme": lambda: m.MembreCA(
                fonds_id=vdp,
                code="CA-X",
                designation="x",
                categorie="personne_incarceree",
                fonction="x",
                debut_mandat=datetime.date(2026, 1, 1),
                fin_mandat=datetime.date(2026, 12, 31),
            ),
        }
        if quoi == "source inconnue":
            ligne = _heures(vdp, personne, activite, "1")
            ligne.source = "rumeur"
        else:
            ligne = lignes[quoi]()
        session.add(ligne)
        with pytest.raises(IntegrityError):
            session.flush()


def _paie(
    fonds: int,
    personne: int,
    brute: str = "100.00",
    prelevement: str = "10.00",
    verse: str = "90.00",
    nature: str | None = None,
) -> m.LignePaie:
    v = Decimal(verse)
    return m.LignePaie(
        fonds_id=fonds,
        participant_id=personne,
        du=datetime.date(2020, 1, 6),
        au=datetime.date(2020, 1, 19),
        versee_le=datetime.date(2020, 1, 24),
        heures=Decimal(20),
        brute=Decimal(brute),
        retenues_legales=Decimal(0),
        nature_retenue=nature,
        prelevement=Decimal(prelevement),
        verse_directeur=v,
        allocation=v / 2,
        epargne=v / 2,
    )


def test_une_ligne_de_paie_exacte_est_acceptee(base_neuve: Engine) -> None:
    with Session(base_neuve) as session, session.begin():
        vdp, _, personne, _ = _ids(session)
        session.add(_paie(vdp, personne))
    with Session(base_neuve) as session:
        ligne = session.scalar(select(m.LignePaie).where(m.LignePaie.du == datetime.date(2020, 1, 6)))
        assert ligne is not None and ligne.brute == Decimal("100.00")


def test_sqlite_applique_les_cles_etrangeres(base_neuve: Engine) -> None:
    if base_neuve.dialect.name != "sqlite":
        pytest.skip("propre à SQLite")
    with base_neuve.connect() as connexion:
        assert connexion.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_aucune_colonne_pour_un_motif_ou_un_nom() -> None:
    """FUND-DATA : ni nom, ni numéro de dossier, ni motif de santé, dépendance, risque ou discipline."""
    interdits = (
        "nom_famille",
        "prenom",
        "dossier",
        "sante",
        "toxicomanie",
        "risque",
        "disciplin",
        "motif_avis",
        "compte_bancaire",
        "telephone",
        "courriel",
        "adresse",
    )
    colonnes = [f"{t.name}.{c.name}" for t in m.Base.metadata.tables.values() for c in t.columns]
    assert not [c for c in colonnes if any(mot in c for mot in interdits)]
    assert "motif" not in m.Autorisation.__table__.columns

"""Comptes de participation précalculés (migration 0003) : les mêmes comptes qu'avant, toujours à jour
quel que soit l'écrivain (échantillon, SQL ou ORM, import CSV), et le calcul direct tant qu'un fonds
est périmé."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, String, case, delete, func, literal, or_, select, update
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m, requetes as r
from corpus.fonds.acces import effectif
from corpus.fonds.base import config_alembic, migrer
from corpus.fonds.echanges import exporter, importer
from corpus.fonds.identite import ANONYME, Identite

pytestmark = pytest.mark.integration
AUJOURD_HUI = datetime.date(2026, 11, 23)
ANNEES = range(2024, 2031)  # avant l'échantillon, ses deux années, l'horizon et au-delà

IDENTITES = {
    "public": ANONYME,
    "conseiller-VDP": Identite(nom="essai", role="conseiller", fonds=("VDP",)),
    "paie-MTB": Identite(nom="essai", role="paie", fonds=("MTB",)),
    "membre_ca-LAH": Identite(nom="essai", role="membre_ca", fonds=("LAH",)),
    "fonds_central": Identite(nom="essai", role="fonds_central", fonds=("VDP", "MTB", "LAH")),
    "administrateur-VDP-MTB": Identite(nom="essai", role="administrateur", fonds=("VDP", "MTB")),
}

# Relevé sur l'échantillon avec la requête d'avant le précalcul (identique sur SQLite et PostgreSQL) :
# (nature, prévenus, condamnés, total), None pour une cellule supprimée.
AVANT = {
    ("public", 2024): [],
    ("public", 2025): [
        ("formation", 5, 64, 69),
        ("loisir", 0, 9, 9),
        ("travail_fonds", 19, 189, 208),
        ("travail_tiers", 0, 64, 64),
    ],
    ("public", 2026): [
        ("formation", 11, 59, 70),
        ("loisir", 0, 6, 6),
        ("travail_fonds", 21, 179, 200),
        ("travail_tiers", 0, 68, 68),
    ],
    ("public", 2027): [
        ("formation", None, 13, None),
        ("loisir", 0, None, None),
        ("travail_fonds", 5, 49, 54),
        ("travail_tiers", 0, 18, 18),
    ],
    ("public", 2028): [
        ("formation", None, 13, None),
        ("loisir", 0, None, None),
        ("travail_fonds", 5, 49, 54),
        ("travail_tiers", 0, 18, 18),
    ],
    ("conseiller-VDP", 2026): [
        ("formation", 5, 19, 24),
        ("loisir", 0, None, None),
        ("travail_fonds", 7, 61, 68),
        ("travail_tiers", 0, 21, 21),
    ],
    ("paie-MTB", 2026): [
        ("formation", None, 21, None),
        ("loisir", 0, None, None),
        ("travail_fonds", 7, 60, 67),
        ("travail_tiers", 0, 24, 24),
    ],
    ("membre_ca-LAH", 2025): [
        ("formation", None, 22, None),
        ("loisir", 0, None, None),
        ("travail_fonds", 7, 68, 75),
        ("travail_tiers", 0, 21, 21),
    ],
    ("fonds_central", 2026): [
        ("formation", 11, 59, 70),
        ("loisir", 0, 6, 6),
        ("travail_fonds", 21, 179, 200),
        ("travail_tiers", 0, 68, 68),
    ],
    ("administrateur-VDP-MTB", 2027): [
        ("formation", None, 10, None),
        ("loisir", 0, None, None),
        ("travail_fonds", None, 34, None),
        ("travail_tiers", 0, 12, 12),
    ],
}


def _reference(
    session: Session,
    identite: Identite,
    annee: int,
    periode: tuple[datetime.date, datetime.date] | None = None,
    par_nature: bool = True,
) -> list[dict[str, Any]]:
    """La requête d'avant le précalcul, recopiée telle quelle : sur les inscriptions, sans rien garder ;
    sur une autre période que l'année, ou chaque personne une fois quelle que soit sa nature."""
    codes = (
        select(m.Fonds.id) if identite.anonyme else select(m.Fonds.id).where(m.Fonds.code.in_(identite.fonds))
    )
    ids = list(session.scalars(codes))
    debut, fin = periode or (datetime.date(annee, 1, 1), datetime.date(annee, 12, 31))
    nature = m.Activite.nature if par_nature else literal("toutes", String)
    presents = (
        select(nature.label("nature"), m.Inscription.participant_id)
        .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
        .where(
            m.Inscription.fonds_id.in_(ids),
            m.Inscription.debut <= fin,
            or_(m.Inscription.fin.is_(None), m.Inscription.fin >= debut),
        )
        .distinct()
        .subquery()
    )
    requete = (
        select(
            presents.c.nature,
            func.sum(case((m.Participant.statut == "prevenu", 1), else_=0)),
            func.sum(case((m.Participant.statut == "condamne", 1), else_=0)),
        )
        .join(m.Participant, m.Participant.id == presents.c.participant_id)
        .group_by(presents.c.nature)
        .order_by(presents.c.nature)
    )
    rangs = []
    for nature, prevenus, condamnes in session.execute(requete):
        p, c = effectif(prevenus), effectif(condamnes)
        total = effectif(prevenus + condamnes) if p is not None and c is not None else None
        rangs.append({"nature": nature, "prevenus": p, "condamnes": c, "total": total})
    return rangs


def _perimes(moteur: Engine) -> set[str]:
    with Session(moteur) as session:
        return set(
            session.scalars(
                select(m.Fonds.code).join(
                    m.ParticipationPerimee, m.ParticipationPerimee.fonds_id == m.Fonds.id
                )
            )
        )


def _tout_egal_a_la_reference(moteur: Engine) -> None:
    with Session(moteur) as session:
        for nom, identite in IDENTITES.items():
            for annee in ANNEES:
                obtenu = r.comptes_participation(identite, session, annee=annee)
                assert obtenu == _reference(session, identite, annee), (nom, annee)
            # Depuis l'ouverture : précalculé lui aussi (l'année 0), chaque personne une fois.
            toujours = r.comptes_participation(identite, session, periode=r.TOUJOURS)
            assert toujours == _reference(session, identite, 0, r.TOUJOURS), nom


def test_les_comptes_d_avant_sont_inchanges(base: Engine) -> None:
    with Session(base) as session:
        for (nom, annee), attendu in AVANT.items():
            obtenu = r.comptes_participation(IDENTITES[nom], session, annee=annee)
            assert [(g["nature"], g["prevenus"], g["condamnes"], g["total"]) for g in obtenu] == attendu
    assert not _perimes(base)  # la première lecture a refait les comptes : les suivantes les lisent


def test_le_precalcul_egale_le_calcul_direct(base: Engine) -> None:
    _tout_egal_a_la_reference(base)
    with Session(base) as session:
        assert session.scalar(select(func.count()).select_from(m.ParticipationAnnee)) > 0
        # Au-delà de la dernière date connue, la ligne « suivantes » répond : pas une ligne par année.
        assert not session.scalar(
            select(func.count()).select_from(m.ParticipationAnnee).where(m.ParticipationAnnee.annee > 2027)
        )


PERIODES = {
    "toutes les années": r.TOUJOURS,
    "un mois": (datetime.date(2026, 8, 1), datetime.date(2026, 8, 31)),
    "à cheval sur deux années": (datetime.date(2025, 11, 15), datetime.date(2026, 2, 14)),
    "depuis l'ouverture": (datetime.date(1900, 1, 1), AUJOURD_HUI),
    "l'année 2025": (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)),
}


def test_une_periode_est_comptee_comme_l_annee(base: Engine) -> None:
    """« En août », « depuis l'ouverture » : la même requête sur d'autres bornes, chaque personne
    comptée une fois par nature, ou une fois en tout (« inscrites à au moins une activité »)."""
    with Session(base) as session:
        for nom, identite in IDENTITES.items():
            for quoi, periode in PERIODES.items():
                for par_nature in (True, False):
                    lus = r.comptes_participation(identite, session, periode=periode, par_nature=par_nature)
                    attendu = _reference(session, identite, 0, periode, par_nature)
                    assert lus == attendu, (nom, quoi, par_nature)
        # Relevé à part sur l'échantillon (SQL du test) : 95 personnes inscrites en août 2026 dans le réseau.
        en_aout = r.comptes_participation(ANONYME, session, periode=PERIODES["un mois"], par_nature=False)
        assert [g["total"] for g in en_aout] == [95]


def test_mois_par_mois_en_une_lecture_egale_chaque_mois_compte_a_part(base: Engine) -> None:
    """`par_mois` : une seule lecture pour tous les mois, les mêmes comptes que la référence mois par
    mois (une personne compte dans chaque mois que touche une de ses inscriptions), mois sans personne
    omis ; et sur plusieurs fonds, les comptes de chacun."""
    periode = (datetime.date(2025, 11, 15), datetime.date(2026, 2, 14))
    mois = [
        (datetime.date(2025, 11, 15), datetime.date(2025, 11, 30)),
        (datetime.date(2025, 12, 1), datetime.date(2025, 12, 31)),
        (datetime.date(2026, 1, 1), datetime.date(2026, 1, 31)),
        (datetime.date(2026, 2, 1), datetime.date(2026, 2, 14)),
    ]
    with Session(base) as session:
        for nom, identite in IDENTITES.items():
            for par_nature in (True, False):
                lus = r.comptes_participation(
                    identite, session, periode=periode, par_nature=par_nature, par_mois=True
                )
                attendu = [
                    {"mois": premier, **rang}
                    for premier, dernier in mois
                    for rang in _reference(session, identite, 0, (premier, dernier), par_nature)
                ]
                assert lus == attendu, (nom, par_nature)
        central = IDENTITES["fonds_central"]
        par_fonds = r.comptes_participation(
            central, session, periode=periode, par_nature=False, par_mois=True, par_fonds=True
        )
        for code in central.fonds:
            seul = Identite(nom="essai", role="fonds_central", fonds=(code,))
            attendu = [
                {"mois": premier, "fonds": code, **rang}
                for premier, dernier in mois
                for rang in _reference(session, seul, 0, (premier, dernier), False)
            ]
            assert [g for g in par_fonds if g["fonds"] == code] == attendu, code


def _vdp(session: Session) -> tuple[int, int, int]:
    """Le fonds VDP, une personne prévenue et l'activité de loisirs."""
    fonds = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "VDP"))
    personne = session.scalar(
        select(m.Participant.id)
        .where(m.Participant.fonds_id == fonds, m.Participant.statut == "prevenu")
        .order_by(m.Participant.id)
    )
    loisirs = session.scalar(
        select(m.Activite.id).where(m.Activite.fonds_id == fonds, m.Activite.code == "LOI")
    )
    return fonds, personne, loisirs


def _inscription(fonds: int, personne: int, activite: int, debut: datetime.date) -> m.Inscription:
    return m.Inscription(
        fonds_id=fonds, participant_id=personne, activite_id=activite, debut=debut, fin=None, statut="active"
    )


def test_chaque_ecriture_marque_le_fonds_et_se_voit_a_la_lecture(base_neuve: Engine) -> None:
    _tout_egal_a_la_reference(base_neuve)
    assert not _perimes(base_neuve)
    conseiller = IDENTITES["conseiller-VDP"]
    with Session(base_neuve) as session:
        avant = r.comptes_participation(conseiller, session, annee=2029)
        fonds, personne, loisirs = _vdp(session)
    inscrite = (m.Inscription.participant_id == personne) & (m.Inscription.activite_id == loisirs)
    ecritures = {
        # une inscription ajoutée (ORM), sans fin : elle compte pour 2026 et toutes les années d'après
        "ajout": lambda s: s.add(_inscription(fonds, personne, loisirs, datetime.date(2026, 3, 3))),
        "statut": lambda s: s.execute(
            update(m.Participant).where(m.Participant.id == personne).values(statut="condamne")
        ),
        "fin": lambda s: s.execute(
            update(m.Inscription).where(inscrite).values(fin=datetime.date(2026, 6, 30))
        ),
        "nature": lambda s: s.execute(
            update(m.Activite).where(m.Activite.id == loisirs).values(nature="formation")
        ),
        "retrait": lambda s: s.execute(delete(m.Inscription).where(m.Inscription.participant_id == personne)),
    }
    for quoi, ecrire in ecritures.items():
        with Session(base_neuve) as session, session.begin():
            ecrire(session)
        assert _perimes(base_neuve) == {"VDP"}, quoi
        _tout_egal_a_la_reference(base_neuve)
        assert not _perimes(base_neuve), quoi
        if quoi == "ajout":
            with Session(base_neuve) as session:
                assert r.comptes_participation(conseiller, session, annee=2029) != avant
    # Ce qui ne compte pas ne marque rien : une date de libération, le caractère volontaire.
    with Session(base_neuve) as session, session.begin():
        session.execute(update(m.Participant).values(liberation_prevue=datetime.date(2030, 1, 1)))
        session.execute(update(m.Inscription).values(volontaire=True))
    assert not _perimes(base_neuve)


def test_une_ecriture_non_validee_de_l_appelant_est_comptee(base_neuve: Engine) -> None:
    """PostgreSQL : la marque posée par l'écriture non validée n'est pas visible du rafraîchissement ;
    le fonds est compté en direct, avec ce que l'appelant voit. (SQLite : le journal d'accès, écrit à
    part, attendrait le verrou d'écriture de l'appelant ; une lecture n'y suit pas une écriture.)"""
    if base_neuve.dialect.name == "sqlite":
        pytest.skip("SQLite : une seule écriture à la fois, le journal attendrait celle de l'appelant")
    public = IDENTITES["public"]
    with Session(base_neuve) as session:
        avant = r.comptes_participation(public, session, annee=2030)
        fonds, _, loisirs = _vdp(session)
        autres = session.scalars(
            select(m.Participant.id)
            .where(m.Participant.fonds_id == fonds)
            .order_by(m.Participant.id)
            .limit(6)
        ).all()
        for jour, autre in enumerate(autres, start=2):  # six personnes : les loisirs passent le seuil de 5
            session.add(_inscription(fonds, autre, loisirs, datetime.date(2029, 1, jour)))
        session.flush()
        pendant = r.comptes_participation(public, session, annee=2030)
        assert pendant == _reference(session, public, 2030) != avant
        session.rollback()
    assert not _perimes(base_neuve)
    with Session(base_neuve) as session:
        assert r.comptes_participation(public, session, annee=2030) == avant


def test_l_import_csv_garde_les_comptes_a_jour(base_neuve: Engine, tmp_path: Path) -> None:
    """Les tableurs importés ne touchent ni inscriptions, ni statuts, ni activités : rien n'est périmé
    et les comptes restent ceux des inscriptions."""
    _tout_egal_a_la_reference(base_neuve)
    for table in ("heures", "ligne_paie"):
        texte = exporter(base_neuve, table, "VDP")
        with Session(base_neuve) as session, session.begin():
            fonds = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "VDP"))
            modele = m.Heures if table == "heures" else m.LignePaie
            session.execute(delete(modele).where(modele.fonds_id == fonds))
        chemin = tmp_path / f"{table}.csv"
        chemin.write_text(texte, encoding="utf-8")
        assert importer(base_neuve, chemin, table, "VDP", aujourd_hui=AUJOURD_HUI).ajoutees > 0
        assert not _perimes(base_neuve), table
    _tout_egal_a_la_reference(base_neuve)


def test_la_migration_0004_fait_refaire_les_comptes_sans_toutes_les_annees(base_neuve: Engine) -> None:
    """Une base précalculée avant la ligne de toutes les années (0003) : tous ses fonds sont à refaire, et
    « depuis l'ouverture » y est juste dès la première lecture."""
    _tout_egal_a_la_reference(base_neuve)
    command.downgrade(config_alembic(base_neuve), "0003")
    with Session(base_neuve) as session, session.begin():
        assert not session.scalar(select(func.count()).select_from(m.ParticipationAnnee)
                                  .where(m.ParticipationAnnee.annee == 0))
    assert not _perimes(base_neuve)
    migrer(base_neuve)
    assert _perimes(base_neuve) == {"VDP", "MTB", "LAH"}
    _tout_egal_a_la_reference(base_neuve)


def test_la_migration_marque_les_fonds_deja_la(base_neuve: Engine) -> None:
    """Une base à la version 0002, avec ses données, passe à 0003 : tous ses fonds sont à refaire."""
    command.downgrade(config_alembic(base_neuve), "0002")
    migrer(base_neuve)
    assert _perimes(base_neuve) == {"VDP", "MTB", "LAH"}
    _tout_egal_a_la_reference(base_neuve)
    assert not _perimes(base_neuve)

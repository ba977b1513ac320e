"""Accès : chaque rôle × chaque lecture × son fonds ou un autre ; membre détenu ; petits effectifs ;
journal des lectures."""

from __future__ import annotations

import datetime
import hashlib
import re
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from assistant.config import Config
from corpus.fonds import modeles as m, requetes as r
from corpus.fonds.acces import AccesRefuse
from corpus.fonds.identite import (
    ANONYME,
    ErreurIdentite,
    Identite,
    creer_utilisateur,
    identite_depuis_requete,
)

pytestmark = pytest.mark.integration
JOUR = datetime.date(2026, 6, 1)

# La règle, écrite ici indépendamment du code : qui peut appeler quelle lecture.
PERMIS = {
    "activites_ouvertes": {"conseiller", "paie", "membre_ca", "administrateur"},
    "heures_et_paie": {"conseiller", "paie", "administrateur"},
    "demandes_aide": {"conseiller", "membre_ca", "administrateur"},
    "prets": {"conseiller", "paie", "membre_ca", "administrateur"},
    "contrats": {"membre_ca", "administrateur"},
    "contrats_du_budget": {"membre_ca", "administrateur"},
    "emprunts": {"membre_ca", "fonds_central", "administrateur"},
    "cheques": {"membre_ca", "administrateur"},
    "signataires": {"membre_ca", "administrateur"},
    "depots": {"membre_ca", "administrateur"},
    "revenus_par_source": {"membre_ca", "fonds_central", "administrateur"},
    "revenus_par_mois": {"membre_ca", "fonds_central", "administrateur"},
    "membres_ca": {"membre_ca", "fonds_central", "administrateur"},
    "programme": {"membre_ca", "fonds_central", "administrateur"},
    "comptes_participation": {"conseiller", "paie", "membre_ca", "fonds_central", "administrateur", "public"},
    "autorisations": {"conseiller"},
    "participants": {"conseiller"},
    "paies_par_personne": {"conseiller", "paie", "administrateur"},
    "placements": {"membre_ca", "administrateur"},
    "revenu_net_exploitation": {"membre_ca", "fonds_central", "administrateur"},
}
ROLES = ("conseiller", "paie", "membre_ca", "fonds_central", "administrateur", "public")


def _arguments(nom: str, pseudonyme: str) -> dict[str, Any]:
    return {
        "activites_ouvertes": {"jour": JOUR},
        "heures_et_paie": {
            "pseudonyme": pseudonyme,
            "du": datetime.date(2025, 1, 1),
            "au": datetime.date(2026, 11, 1),
        },
        "contrats_du_budget": {"annee": 2026},
        "emprunts": {},
        "cheques": {"numero": 1045},
        "signataires": {"jour": JOUR},
        "depots": {"du": datetime.date(2026, 10, 1), "au": datetime.date(2026, 10, 31)},
        "revenus_par_source": {"annee": 2026},
        "revenus_par_mois": {"du": datetime.date(2026, 1, 1), "au": JOUR, "source": "cantine"},
        "programme": {"annee": 2027},
        "comptes_participation": {"annee": 2026},
        "autorisations": {"pseudonyme": pseudonyme},
        "participants": {"du": JOUR, "au": JOUR},
        "paies_par_personne": {"au": JOUR},
        "revenu_net_exploitation": {"annee": 2025},
    }.get(nom, {})


def _identite(role: str, fonds: str) -> Identite:
    if role == "public":
        return ANONYME
    return Identite(nom=f"essai-{role}", role=role, fonds=(fonds,))


def _pseudonyme(session: Session, fonds: str) -> str:
    return session.scalar(
        select(m.Participant.pseudonyme)
        .where(m.Participant.pseudonyme.like(f"P-{fonds}-%"))
        .order_by(m.Participant.id)
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("lecture", r.LECTURES, ids=lambda f: f.__name__)
def test_matrice_role_lecture_fonds(base: Engine, role: str, lecture: Any) -> None:
    nom = lecture.__name__
    with Session(base) as session:
        identite = _identite(role, "VDP")
        arguments = _arguments(nom, _pseudonyme(session, "VDP"))
        if role not in PERMIS[nom]:
            with pytest.raises(AccesRefuse):
                lecture(identite, session, **arguments)
            return
        resultat = lecture(identite, session, **arguments)
        if role != "public":
            # Son fonds : rien d'un autre fonds ne sort.
            assert "MTB" not in repr(resultat) and "LAH" not in repr(resultat), resultat
        if nom in ("heures_et_paie", "autorisations"):
            # Un autre fonds : sa personne est introuvable, même pour la paie.
            with pytest.raises(AccesRefuse):
                lecture(identite, session, **_arguments(nom, _pseudonyme(session, "MTB")))


def test_chaque_lecture_est_dans_la_matrice() -> None:
    assert {f.__name__ for f in r.LECTURES} == set(PERMIS)


def test_nature_de_retenue_seulement_pour_la_paie_statut_seulement_pour_le_conseiller(base: Engine) -> None:
    with Session(base) as session:
        personne = session.scalar(
            select(m.Participant.pseudonyme)
            .join(m.LignePaie, m.LignePaie.participant_id == m.Participant.id)
            .where(m.LignePaie.nature_retenue.is_not(None), m.Participant.pseudonyme.like("P-VDP-%"))
        )
        periode = {"pseudonyme": personne, "du": datetime.date(2025, 1, 1), "au": datetime.date(2026, 11, 30)}
        vues = {
            role: r.heures_et_paie(_identite(role, "VDP"), session, **periode)
            for role in ("paie", "conseiller", "administrateur")
        }
    assert {lg["nature_retenue"] for lg in vues["paie"]["lignes"]} >= {"ordonnance_tribunal"}
    for role in ("conseiller", "administrateur"):
        assert all("nature_retenue" not in lg for lg in vues[role]["lignes"])
        assert vues[role]["totaux"] == vues["paie"]["totaux"]
    assert vues["conseiller"]["statut"] in ("prevenu", "condamne")
    assert "statut" not in vues["paie"] and "statut" not in vues["administrateur"]


def _detenu(session: Session, fonds: str) -> Identite:
    pseudonyme = session.scalar(
        select(m.Participant.pseudonyme)
        .join(m.MembreCA, m.MembreCA.participant_id == m.Participant.id)
        .where(m.Participant.pseudonyme.like(f"P-{fonds}-%"))
    )
    return Identite(nom="detenu", role="membre_ca", fonds=(fonds,), detenu=True, pseudonyme=pseudonyme)


def test_le_membre_du_conseil_detenu_ne_voit_aucun_autre_dossier(base: Engine) -> None:
    with Session(base) as session:
        detenu, membre = _detenu(session, "VDP"), _identite("membre_ca", "VDP")
        assert r.prets(membre, session) and r.demandes_aide(membre, session)
        assert all(p["pseudonyme"] == detenu.pseudonyme for p in r.prets(detenu, session))
        assert all(d["pseudonyme"] == detenu.pseudonyme for d in r.demandes_aide(detenu, session))
        autre = r.prets(membre, session)[0]["pseudonyme"]
        with pytest.raises(AccesRefuse):
            r.prets(detenu, session, pseudonyme=autre)
        cheque = r.cheques(detenu, session, numero=1045)[0]
        assert cheque["beneficiaire"] == r.PERSONNE_MASQUEE
        assert r.cheques(membre, session, numero=1045)[0]["beneficiaire"].startswith("P-VDP-")
        # La liste du conseil ne donne le pseudonyme d'aucun membre détenu.
        assert not [mb for mb in r.membres_ca(membre, session) if mb["designation"].startswith("P-")]


def test_les_agregats_de_moins_de_5_personnes_sont_supprimes(base: Engine) -> None:
    with Session(base) as session:
        public = r.comptes_participation(ANONYME, session, annee=2026)
        fonds = r.comptes_participation(_identite("conseiller", "VDP"), session, annee=2026)
        reel = session.scalar(
            select(func.count(func.distinct(m.Inscription.participant_id)))
            .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
            .where(m.Activite.nature == "loisir")
        )
    valeurs = [v for rang in public + fonds for v in (rang["prevenus"], rang["condamnes"], rang["total"])]
    assert not [v for v in valeurs if v is not None and 0 < v < 5]
    loisirs = next(rang for rang in fonds if rang["nature"] == "loisir")
    assert reel > 0 and None in (loisirs["prevenus"], loisirs["condamnes"])
    assert sum(rang["total"] or 0 for rang in public) > sum(rang["total"] or 0 for rang in fonds)


def test_chaque_lecture_est_journalisee_sans_question(base_neuve: Engine) -> None:
    with Session(base_neuve) as session:
        identite = _identite("membre_ca", "MTB")
        avant = session.scalar(select(func.count()).select_from(m.JournalAcces))
        r.revenus_par_source(identite, session, annee=2026)
        with pytest.raises(AccesRefuse):
            r.heures_et_paie(identite, session, pseudonyme="P-MTB-0001", du=JOUR, au=JOUR)
        journal = session.scalars(select(m.JournalAcces).order_by(m.JournalAcces.id.desc()).limit(2)).all()
        assert session.scalar(select(func.count()).select_from(m.JournalAcces)) == avant + 2
    assert [(j.fonction, j.issue, j.fonds, j.utilisateur) for j in journal] == [
        ("heures_et_paie", "refuse", "MTB", "essai-membre_ca"),
        ("revenus_par_source", "lu", "MTB", "essai-membre_ca"),
    ]
    assert set(m.JournalAcces.__table__.columns.keys()) == {
        "id",
        "le",
        "utilisateur",
        "role",
        "fonction",
        "fonds",
        "issue",
    }


def test_jetons_haches_et_identite_des_requetes(base_neuve: Engine) -> None:
    fiable = Config(entetes_identite_fiables=True)
    prudente = Config()
    with Session(base_neuve) as session, session.begin():
        jeton = creer_utilisateur(session, "paie-essai", "paie", ["LAH"])
        creer_utilisateur(session, "fc-essai", "fonds_central", ["LAH", "MTB"])
        empreinte = session.scalar(
            select(m.Utilisateur.empreinte_jeton).where(m.Utilisateur.nom == "paie-essai")
        )
        assert empreinte == hashlib.sha256(jeton.encode()).hexdigest() and jeton not in empreinte
        # Hexadécimal : jamais de « - » en tête, que `assistant-fsrs ask --jeton T` prendrait pour une option.
        assert re.fullmatch(r"[0-9a-f]{64}", jeton)
        with pytest.raises(ErreurIdentite):
            creer_utilisateur(session, "autre", "pirate", ["LAH"])
        with pytest.raises(ErreurIdentite):
            creer_utilisateur(session, "autre", "paie", ["XYZ"])
    with Session(base_neuve) as session:
        identite = identite_depuis_requete({"Authorization": f"Bearer {jeton}"}, prudente, session)
        assert (identite.role, identite.fonds) == ("paie", ("LAH",))
        with pytest.raises(ErreurIdentite):
            identite_depuis_requete({"authorization": "Bearer faux"}, prudente, session)
        # L'en-tête du mandataire n'est cru que si la configuration le permet.
        assert identite_depuis_requete({"X-Remote-User": "fc-essai"}, prudente, session) == ANONYME
        central = identite_depuis_requete({"x-remote-user": "fc-essai"}, fiable, session)
        assert (central.role, central.fonds) == ("fonds_central", ("LAH", "MTB"))
        with pytest.raises(ErreurIdentite):
            identite_depuis_requete({"X-Remote-User": "inconnu"}, fiable, session)
        assert identite_depuis_requete({}, fiable, session) == ANONYME
        # Le Fonds central voit l'agrégat de ses fonds, pas celui d'un autre.
        assert [e["fonds"] for e in r.emprunts(central, session)] == ["LAH", "MTB"]


def test_revenu_net_d_exploitation_laisse_hors_les_activites_non_remunerees(base: Engine) -> None:
    """Art. 17 : le revenu net retranche les charges, pas les déboursés des activités non rémunérées."""
    with Session(base) as session:
        rang = r.revenu_net_exploitation(_identite("membre_ca", "VDP"), session, annee=2025)[0]
        placements = r.placements(_identite("membre_ca", "VDP"), session)
    assert rang["debourses_exclus"] > 0 and rang["charges"] > 0
    assert rang["revenu_net"] == rang["revenus"] - rang["charges"]
    assert rang["taux_cotisation"] == Decimal("0.1000")
    assert rang["cotisation"] == (max(rang["revenu_net"], Decimal(0)) * Decimal("0.10")).quantize(
        Decimal("0.01")
    )
    assert {(p["nature"], p["autorisation_requise"], p["autorise"]) for p in placements} == {
        ("autre", True, True),
        ("obligations_epargne", False, False),
    }


def test_autorisations_sans_motif_pour_le_conseiller(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme = session.scalar(
            select(m.Participant.pseudonyme)
            .join(m.Autorisation, m.Autorisation.participant_id == m.Participant.id)
            .where(
                m.Participant.pseudonyme.like("P-VDP-%"),
                m.Autorisation.avis_requis,
                m.Autorisation.avis_obtenu,
            )
        )
        vues = r.autorisations(_identite("conseiller", "VDP"), session, pseudonyme=pseudonyme)
    assert vues and set(vues[0]) == {"pseudonyme", "activite", "decidee_le", "autorisee", "avis_requis",
                                     "avis_obtenu"}

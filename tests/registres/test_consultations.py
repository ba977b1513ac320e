"""Les consultations des registres sur l'échantillon (SQLite et PostgreSQL).

Chaque chiffre est comparé à un calcul fait ici, indépendamment du code : une petite requête SQL
écrite dans le test, ou des sommes faites sur les lignes brutes. Les cas limites de l'échantillon
(`echantillon._cas_limites`) y sont, et l'accès : rôle, fonds, membre du conseil détenu. Les
identités sont celles des utilisateurs de l'échantillon (`utilisateurs_echantillon`).
"""

from __future__ import annotations

import dataclasses
import datetime
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from assistant.comprehension.mentions import lire_mentions, preparer
from assistant.config import Config
from assistant.conversation.composition import texte_donnees
from assistant.registres.activites import NATURES
from assistant.registres.declaration import Tableau
from assistant.registres.entites import candidats, resoudre
from assistant.registres.registre import CONSULTATIONS, consulter
from assistant.registres.tableaux import heures
from corpus.fonds.acces import AccesRefuse, Introuvable
from corpus.fonds.identite import ANONYME, Identite, identite_depuis_requete
from corpus.fonds.requetes import PERSONNE_MASQUEE
from outils.argent import format_montant, format_nombre, format_taux
from outils.dates import MOIS, format_date, format_mois
from outils.erreurs import EntreeInvalide
from outils.resultat import DOC_LSCQ, DOC_REGLEMENT

pytestmark = pytest.mark.integration

JOUR = datetime.date(2026, 11, 23)
FIABLE = Config(entetes_identite_fiables=True)
CENT = Decimal("0.01")

# La règle, écrite ici indépendamment du code : qui peut faire quelle consultation (FUND-DATA).
PERMIS = {
    "paie_personne": {"conseiller", "paie", "administrateur"},
    # Le public : des comptes de tout le programme, sans argent (voir le test qui les recompte).
    "paie_du_fonds": {"conseiller", "paie", "membre_ca", "fonds_central", "administrateur", "public"},
    "demande_aide": {"conseiller", "membre_ca", "administrateur"},
    "pret_personne": {"conseiller", "paie", "membre_ca", "administrateur"},
    "clauses_contrat": {"membre_ca", "administrateur"},
    "contrats_a_echeance": {"membre_ca", "administrateur"},
    "emprunts_fonds": {"membre_ca", "fonds_central", "administrateur"},
    "placements_fonds": {"membre_ca", "administrateur"},
    "cheques_signataires": {"membre_ca", "administrateur"},
    "depots_tardifs": {"membre_ca", "administrateur"},
    "cotisation_fonds_central": {"membre_ca", "fonds_central", "administrateur"},
    "provenance_revenus": {"membre_ca", "fonds_central", "administrateur"},
    "membres_conseil": {"membre_ca", "fonds_central", "administrateur"},
    "programme_annuel": {"membre_ca", "fonds_central", "administrateur"},
}
ROLES = ("conseiller", "paie", "membre_ca", "fonds_central", "administrateur", "public")


# --- outils du test ------------------------------------------------------------------------------


def qui(session: Session, utilisateur: str) -> Identite:
    """L'identité d'un utilisateur de l'échantillon, telle que la requête HTTP l'établirait."""
    if utilisateur == "public":
        return ANONYME
    return identite_depuis_requete({FIABLE.entete_utilisateur: utilisateur}, FIABLE, session)


def faire(session: Session, utilisateur: str, nom: str, **arguments: Any) -> Tableau:
    return consulter(nom, arguments, qui(session, utilisateur), session, JOUR)


def colonne(tableau: Tableau, nom: str) -> list[Any]:
    rang = tableau.colonnes.index(nom)
    return [ligne[rang] for ligne in tableau.lignes]


def lignes(session: Session, requete: str, **parametres: Any) -> list[Any]:
    return list(session.execute(text(requete), parametres).all())


def valeur(session: Session, requete: str, **parametres: Any) -> Any:
    return session.execute(text(requete), parametres).scalar()


def argent(v: Any) -> Decimal:
    """Un montant lu en SQL brut (SQLite rend un flottant, PostgreSQL un Decimal), au cent."""
    return Decimal(str(v or 0)).quantize(CENT, rounding=ROUND_HALF_UP)


def jour(v: Any) -> datetime.date:
    return v if isinstance(v, datetime.date) else datetime.date.fromisoformat(str(v)[:10])


def au_cent(v: Decimal) -> Decimal:
    return v.quantize(CENT, rounding=ROUND_HALF_UP)


def designe(session: Session, utilisateur: str, genre: str, question: str) -> list[str]:
    """Les clés de ce que la question désigne, résolu comme le moteur le fait (`entites.resoudre`)."""
    texte = preparer(question)
    trouves = resoudre(
        candidats(qui(session, utilisateur), session, genre), texte, lire_mentions(texte, JOUR), JOUR
    )
    return [c.cle for c in trouves.retenus]


# --- a) heures et paies d'une personne ----------------------------------------------------------

PAIES = """
    SELECT l.du, l.au, l.brute, l.retenues_legales, l.prelevement, l.verse_directeur, l.allocation, l.epargne
    FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
    WHERE p.pseudonyme = :p AND l.du >= :du AND l.du <= :au ORDER BY l.du
"""


def _taux_horaire(le: datetime.date) -> Decimal:
    """35 % du salaire minimum du jour, arrondi au cent (16,10 $ jusqu'au 30 avril 2026, puis 16,60 $)."""
    salaire = Decimal("16.60") if le >= datetime.date(2026, 5, 1) else Decimal("16.10")
    return au_cent(salaire * Decimal("0.35"))


def test_sans_periode_dite_la_paie_est_la_derniere_consignee(base: Engine) -> None:
    """« Sa paie ? » sans date, quand aucune paie ne commence dans le mois de la demande : la dernière."""
    with Session(base) as session:
        pseudonyme, du, brute = lignes(
            session,
            """SELECT p.pseudonyme, l.du, l.brute
               FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.du = (SELECT MAX(m.du) FROM ligne_paie m
                     WHERE m.participant_id = l.participant_id)
                 AND l.du < :debut_du_mois AND l.du >= :il_y_a_un_an
               ORDER BY p.pseudonyme LIMIT 1""",
            debut_du_mois=JOUR.replace(day=1), il_y_a_un_an=JOUR - datetime.timedelta(days=365),
        )[0]
        tableau = faire(session, "paie-vdp", "paie_personne", pseudonyme=pseudonyme)
    assert colonne(tableau, "Du") == [datetime.date.fromisoformat(str(du))]
    assert colonne(tableau, "Brute") == [argent(brute)]
    assert tableau.notes[0].endswith("la dernière paie consignée est montrée.")


@pytest.mark.parametrize("code", ["CUI", "EMB", "LOI"])
def test_participation_a_une_activite_nommee(base: Engine, code: str) -> None:
    """« Combien de monde à la cuisine cette année ? » : les personnes de cette seule activité, prévenues
    et condamnées, chaque compte de 1 à 4 personnes supprimé ; l'activité et sa nature nommées."""
    with Session(base) as session:
        comptes = dict(lignes(
            session,
            """SELECT p.statut, COUNT(DISTINCT i.participant_id) FROM inscription i
               JOIN activite a ON a.id = i.activite_id JOIN participant p ON p.id = i.participant_id
               JOIN fonds f ON f.id = i.fonds_id
               WHERE f.code = 'MTB' AND a.code = :code AND i.debut <= '2026-12-31'
                 AND (i.fin IS NULL OR i.fin >= '2026-01-01')
               GROUP BY p.statut""",
            code=code,
        ))
        nom, nature = lignes(
            session,
            "SELECT a.nom, a.nature FROM activite a JOIN fonds f ON f.id = a.fonds_id"
            " WHERE f.code = 'MTB' AND a.code = :code",
            code=code,
        )[0]
        tableau = faire(session, "membre_ca-mtb", "participation", annee=2026, activite=code)
    prevenus, condamnes = comptes.get("prevenu", 0), comptes.get("condamne", 0)
    montre = [n if n == 0 or n >= 5 else None for n in (prevenus, condamnes)]
    total = prevenus + condamnes if None not in montre else None
    assert prevenus + condamnes > 0
    assert tableau.lignes == [[nom, NATURES[nature], *montre, total]]
    assert nom in tableau.phrase
    if total is not None:
        assert f"{total} personnes inscrites" in tableau.phrase


def test_paie_d_une_personne_mois_par_mois_selon_le_versement(base: Engine) -> None:
    """« Son épargne mois par mois » : les paies de la période additionnées par mois de versement."""
    periode = {"du": datetime.date(2026, 1, 1), "au": datetime.date(2026, 11, 23)}
    with Session(base) as session:
        pseudonyme = valeur(
            session,
            """SELECT MIN(p.pseudonyme) FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.du >= '2026-01-01'
               GROUP BY p.id HAVING COUNT(*) >= 4 ORDER BY MIN(p.pseudonyme) LIMIT 1""",
        )
        tableau = faire(session, "conseiller-vdp", "paie_personne", pseudonyme=pseudonyme, par_mois=True,
                        **periode)
        sommes = lignes(
            session,
            """SELECT substr(CAST(l.versee_le AS TEXT), 1, 7) AS mois, COUNT(*) AS paies,
                      SUM(l.brute) AS brute, SUM(l.epargne) AS epargne
               FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme = :p AND l.du >= :du AND l.du <= :au
               GROUP BY substr(CAST(l.versee_le AS TEXT), 1, 7) ORDER BY 1""",
            p=pseudonyme, **periode,
        )
    assert len(sommes) >= 2
    assert colonne(tableau, "Mois de versement") == [
        f"{MOIS[int(r.mois[5:]) - 1]} {r.mois[:4]}" for r in sommes]
    assert colonne(tableau, "Paies") == [r.paies for r in sommes]
    assert colonne(tableau, "Brute") == [argent(r.brute) for r in sommes]
    assert colonne(tableau, "Épargne") == [argent(r.epargne) for r in sommes]
    assert tableau.effectif == sum(r.paies for r in sommes)  # la moyenne reste par paie


def test_paie_d_une_personne_refaite_ici_a_travers_le_1er_mai(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme = valeur(
            session,
            """SELECT MIN(p.pseudonyme) FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.du < '2026-05-01' AND l.au >= '2026-05-01'
               AND l.retenues_legales > 0""",
        )
        periode = {"du": datetime.date(2026, 4, 1), "au": datetime.date(2026, 6, 30)}
        paie = faire(session, "paie-vdp", "paie_personne", pseudonyme=pseudonyme, **periode)
        conseiller = faire(session, "conseiller-vdp", "paie_personne", pseudonyme=pseudonyme, **periode)
        brutes = lignes(session, PAIES, p=pseudonyme, **periode)
        heures = lignes(
            session,
            """SELECT h.du, h.heures, h.prime FROM heures h JOIN participant p ON p.id = h.participant_id
               WHERE p.pseudonyme = :p AND h.du >= '2026-04-01' ORDER BY h.du""",
            p=pseudonyme,
        )
    assert len(brutes) >= 2 and colonne(paie, "Du") == [jour(r.du) for r in brutes]
    for nom, rang in (("Brute", 2), ("Retenues légales", 3), ("Allocation", 6), ("Épargne", 7)):
        assert colonne(paie, nom) == [argent(r[rang]) for r in brutes], nom
    assert colonne(paie, "Prélèvement (10 %)") == [argent(r.prelevement) for r in brutes]
    # LSCQ, art. 91 : après les retenues et le prélèvement, le reste est versé au directeur.
    assert colonne(paie, "Versé au directeur") == [
        argent(r[2]) - argent(r[3]) - argent(r.prelevement) for r in brutes
    ]
    # Chaque paie refaite ici : Σ arrondi(heures × taux du jour) + prime, puis 10 % et 50 %.
    for r in brutes:
        morceaux = [h for h in heures if jour(r.du) <= jour(h.du) <= jour(r.au)]
        brute = sum(
            (au_cent(Decimal(str(h.heures)) * _taux_horaire(jour(h.du))) + argent(h.prime) for h in morceaux),
            Decimal(0),
        )
        apres = brute - argent(r.retenues_legales)
        prelevement = au_cent(apres * Decimal("0.10"))
        allocation = au_cent((apres - prelevement) * Decimal("0.5"))
        assert (brute, prelevement, allocation) == (
            argent(r.brute),
            argent(r.prelevement),
            argent(r.allocation),
        )
    traverse = [r for r in brutes if jour(r.du) < datetime.date(2026, 5, 1) <= jour(r.au)]
    assert len(traverse) == 1
    # Le taux horaire de chaque paie : celui de ses jours, deux quand elle traverse le 1er mai.
    for r, taux in zip(brutes, colonne(paie, "Taux horaire"), strict=True):
        jours = [jour(h.du) for h in heures if jour(r.du) <= jour(h.du) <= jour(r.au)]
        assert taux == " puis ".join(dict.fromkeys(format_montant(_taux_horaire(j)) for j in jours))
    assert " puis " in colonne(paie, "Taux horaire")[brutes.index(traverse[0])]
    assert len([h for h in heures if jour(traverse[0].du) <= jour(h.du) <= jour(traverse[0].au)]) == 2
    assert all(colonne(paie, "Conforme aux calculateurs")) and "concorde avec les calculateurs" in paie.phrase
    total = sum((argent(r.brute) for r in brutes), Decimal(0))
    assert format_montant(total) in paie.phrase and "Du 1er avril au 30 juin 2026" in paie.phrase
    travaillees = sum(
        (Decimal(str(h.heures)) for h in heures if jour(h.du) <= datetime.date(2026, 6, 30)), Decimal(0)
    )
    assert f"{format_nombre(travaillees)} h" in paie.phrase
    assert {a.locator for a in paie.articles} >= {"art. 11, al. 1", "art. 15", "art. 16, al. 1"}
    # La nature d'une retenue ne sort que pour la paie ; le montant, pour les deux.
    assert set(colonne(paie, "Nature de la retenue")) == {"ordonnance d'un tribunal"}
    assert "Nature de la retenue" not in conseiller.colonnes and "ordonnance" not in repr(conseiller)
    assert colonne(conseiller, "Retenues légales") == colonne(paie, "Retenues légales")


def test_paie_avec_prime_de_supervision(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme, debut = lignes(
            session,
            """SELECT p.pseudonyme, l.du FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               JOIN heures h ON h.participant_id = p.id AND h.du = l.du
               WHERE p.pseudonyme LIKE 'P-MTB-%' AND h.prime > 0 ORDER BY l.du DESC, p.pseudonyme LIMIT 1""",
        )[0]
        tableau = faire(
            session, "conseiller-mtb", "paie_personne", pseudonyme=pseudonyme, du=jour(debut), au=jour(debut)
        )
        prime = valeur(
            session,
            """SELECT SUM(h.prime) FROM heures h JOIN participant p ON p.id = h.participant_id
               WHERE p.pseudonyme = :p AND h.du = :du""",
            p=pseudonyme,
            du=jour(debut),
        )
    assert colonne(tableau, "Prime") == [argent(prime)] and argent(prime) > 0
    assert "art. 11, al. 2" in {a.locator for a in tableau.articles}
    assert all(colonne(tableau, "Conforme aux calculateurs"))


def test_paie_dont_le_montant_consigne_differe_des_calculateurs(base_neuve: Engine) -> None:
    with Session(base_neuve) as session, session.begin():
        pseudonyme, debut = lignes(
            session,
            """SELECT p.pseudonyme, l.du FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-LAH-%' AND l.du >= '2026-06-01'
               ORDER BY l.du, p.pseudonyme LIMIT 1""",
        )[0]
        # Un dollar de trop, reporté sur l'épargne : les parts redonnent encore la brute (CHECK de la base).
        session.execute(
            text(
                """UPDATE ligne_paie SET brute = brute + 1, verse_directeur = verse_directeur + 1,
                   epargne = epargne + 1
                   WHERE du = :du AND participant_id = (SELECT id FROM participant WHERE pseudonyme = :p)"""
            ),
            {"du": jour(debut), "p": pseudonyme},
        )
    with Session(base_neuve) as session:
        tableau = faire(
            session, "paie-lah", "paie_personne", pseudonyme=pseudonyme, du=jour(debut), au=jour(debut)
        )
    assert colonne(tableau, "Conforme aux calculateurs") == [False]
    assert "1 paie ne concorde pas avec les calculateurs" in tableau.phrase
    note = next(n for n in tableau.notes if n.startswith("Paie du"))
    assert "rémunération brute consignée" in note and "prélèvement consigné" in note


def test_paie_par_defaut_le_mois_de_la_demande(base: Engine) -> None:
    """Sans date : du 1er du mois au jour de la demande (ici le 20 octobre 2026)."""
    le = datetime.date(2026, 10, 20)
    with Session(base) as session:
        pseudonyme = valeur(
            session,
            """SELECT MIN(p.pseudonyme) FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.du >= :du AND l.du <= :au""",
            du=le.replace(day=1),
            au=le,
        )
        identite = qui(session, "conseiller-vdp")
        tableau = consulter("paie_personne", {"pseudonyme": pseudonyme}, identite, session, le)
        brutes = lignes(session, PAIES, p=pseudonyme, du=le.replace(day=1), au=le)
    assert brutes and colonne(tableau, "Du") == [jour(r.du) for r in brutes]
    assert tableau.phrase.startswith("Du 1er au 20 octobre 2026")


def test_la_derniere_paie_est_la_plus_recente_de_l_annee(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme = valeur(session, "SELECT MIN(pseudonyme) FROM participant WHERE pseudonyme LIKE 'P-VDP-%'"
                            " AND id IN (SELECT participant_id FROM ligne_paie WHERE du > :depuis)",
                            depuis=JOUR - datetime.timedelta(days=300))
        derniere = lignes(
            session,
            """SELECT l.du FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme = :p AND l.du <= :au ORDER BY l.du DESC LIMIT 1""",
            p=pseudonyme,
            au=JOUR,
        )[0]
        identite = qui(session, "conseiller-vdp")
        tableau = consulter("paie_personne", {"pseudonyme": pseudonyme, "dernieres": 1}, identite, session,
                            JOUR)
        trois = lignes(
            session,
            """SELECT l.du FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme = :p AND l.du <= :au ORDER BY l.du DESC LIMIT 3""",
            p=pseudonyme,
            au=JOUR,
        )
        tableau_trois = consulter("paie_personne", {"pseudonyme": pseudonyme, "dernieres": 3}, identite,
                                  session, JOUR)
        # « Et sur ses trois dernières paies ? » après une question qui avait donné un début.
        debut = JOUR - datetime.timedelta(days=5)
        apres_un_debut = consulter("paie_personne", {"pseudonyme": pseudonyme, "dernieres": 3, "du": debut},
                                   identite, session, JOUR)
    assert colonne(tableau, "Du") == [jour(derniere.du)]
    assert colonne(tableau_trois, "Du") == [jour(x.du) for x in reversed(trois)] and len(trois) == 3
    assert colonne(apres_un_debut, "Du") == colonne(tableau_trois, "Du")
    with Session(base) as session, pytest.raises(EntreeInvalide, match="au moins 1"):
        # -2 prendrait les paies à partir de la 3e de l'année : une période fausse, sans rien dire.
        consulter("paie_personne", {"pseudonyme": pseudonyme, "dernieres": -2}, identite, session, JOUR)


def test_les_paies_versees_dans_un_mois_plutot_que_travaillees(base: Engine) -> None:
    """« Les payes versées en octobre » : le jour de versement choisit les paies, pas le début de leur
    période ; l'allocation est leur somme, lue ici par une requête écrite pour le test."""
    octobre = (datetime.date(2026, 10, 1), datetime.date(2026, 10, 31))
    with Session(base) as session:
        # Une personne dont une paie versée en octobre a commencé en septembre : les deux lectures diffèrent.
        pseudonyme = valeur(
            session,
            """SELECT MIN(p.pseudonyme) FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.versee_le BETWEEN :du AND :au AND l.du < :du""",
            du=octobre[0], au=octobre[1])
        versees = lignes(
            session,
            """SELECT l.du, l.allocation, l.heures FROM ligne_paie l
               JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme = :p AND l.versee_le BETWEEN :du AND :au ORDER BY l.du""",
            p=pseudonyme, du=octobre[0], au=octobre[1])
        identite = qui(session, "conseiller-vdp")
        arguments = {"pseudonyme": pseudonyme, "du": jour(octobre[0]), "au": jour(octobre[1])}
        par_versement = consulter("paie_personne", {**arguments, "par_versement": True}, identite, session,
                                  JOUR)
        par_travail = consulter("paie_personne", arguments, identite, session, JOUR)
    assert colonne(par_versement, "Du") == [jour(x.du) for x in versees]
    assert colonne(par_versement, "Du") != colonne(par_travail, "Du")
    allocation = sum((Decimal(str(x.allocation)) for x in versees), Decimal(0))
    assert f"{format_montant(allocation)} d'allocation" in par_versement.phrase
    travail = sum(Decimal(str(x.heures)) for x in versees)
    assert f"{format_nombre(travail)} h de travail" in par_versement.phrase


def test_une_paie_designee_par_un_jour(base: Engine) -> None:
    with Session(base) as session:
        ligne = lignes(
            session,
            """SELECT p.pseudonyme, l.du, l.au, l.versee_le FROM ligne_paie l
               JOIN participant p ON p.id = l.participant_id
               WHERE p.pseudonyme LIKE 'P-VDP-%' AND l.versee_le <= :jour
               ORDER BY l.versee_le DESC LIMIT 1""",
            jour=JOUR,
        )[0]
        identite = qui(session, "conseiller-vdp")
        versee = consulter("paie_personne", {"pseudonyme": ligne.pseudonyme, "le": jour(ligne.versee_le)},
                           identite, session, JOUR)
        pendant = consulter("paie_personne", {"pseudonyme": ligne.pseudonyme, "le": jour(ligne.au)},
                            identite, session, JOUR)
    # Versée ce jour-là, ou dont la période comprend ce jour : la même paie, seule.
    assert colonne(versee, "Du") == colonne(pendant, "Du") == [jour(ligne.du)]


def test_qui_a_fait_le_plus_d_heures_sur_plusieurs_paies(base: Engine) -> None:
    """« Sur les payes versées en octobre, qui a fait le plus d'heures ? » : ses heures additionnées."""
    with Session(base) as session:
        (plus, qui), *_ = lignes(session, """SELECT SUM(l.heures) AS h, p.pseudonyme FROM ligne_paie l
                                             JOIN participant p ON p.id = l.participant_id
                                             JOIN fonds f ON f.id = l.fonds_id
                                             WHERE f.code = 'VDP' AND l.versee_le BETWEEN '2026-10-01'
                                             AND '2026-10-31' GROUP BY p.pseudonyme ORDER BY h DESC, 2""")
        tableau = faire(session, "paie-vdp", "paies_par_personne", du="2026-10-01", au="2026-10-31",
                        par_versement=True)
    assert len(set(colonne(tableau, "Personne"))) < len(tableau.lignes)  # des personnes payées deux fois
    assert f"Le plus d'heures : {heures(Decimal(str(plus)))} ({qui}" in tableau.phrase


def test_les_paies_d_une_paie_une_personne_par_ligne_la_plus_elevee_dite(base: Engine) -> None:
    """« Sur la paye du 28 septembre, qui a eu le plus gros brut ? » : recompté ici en SQL."""
    with Session(base) as session:
        paie = lignes(session, """SELECT p.pseudonyme, l.brute FROM ligne_paie l
                                  JOIN participant p ON p.id = l.participant_id
                                  JOIN fonds f ON f.id = l.fonds_id
                                  WHERE f.code = 'VDP' AND l.du <= '2026-09-28' AND l.au >= '2026-09-28'""")
        tableau = faire(session, "paie-vdp", "paies_par_personne", le="2026-09-28")
        refus = []
        for utilisateur in ("membre_ca-vdp", "fonds_central", "public"):
            with pytest.raises(AccesRefuse) as e:
                faire(session, utilisateur, "paies_par_personne", le="2026-09-28")
            refus.append(e.value)
    bruts = sorted((argent(b) for _, b in paie), reverse=True)
    assert len(paie) >= 5 and colonne(tableau, "Brute") == bruts
    assert sorted(colonne(tableau, "Personne")) == sorted(p for p, _ in paie)
    premiers = sorted(p for p, b in paie if argent(b) == bruts[0])
    assert f"Le brut le plus élevé : {format_montant(bruts[0])} ({premiers[0]}" in tableau.phrase
    assert f"{format_montant(sum(bruts, Decimal(0)))} brut" in tableau.phrase
    # Une personne par ligne ne sort pas du conseiller et de la paie : le refus le dit en français.
    assert all("ne permet pas cette lecture" in str(r) for r in refus)


def test_paie_refusee_hors_de_son_fonds_et_hors_des_roles(base: Engine) -> None:
    with Session(base) as session:
        autre = valeur(session, "SELECT MIN(pseudonyme) FROM participant WHERE pseudonyme LIKE 'P-MTB-%'")
        sien = valeur(session, "SELECT MIN(pseudonyme) FROM participant WHERE pseudonyme LIKE 'P-VDP-%'")
        with pytest.raises(AccesRefuse, match="aucune personne"):
            faire(session, "conseiller-vdp", "paie_personne", pseudonyme=autre)
        with pytest.raises(Introuvable, match="P-VDP-9999"):  # de son fonds, mais inexistant
            faire(session, "conseiller-vdp", "paie_personne", pseudonyme="P-VDP-9999")
        with pytest.raises(AccesRefuse):  # refusé, sans dire s'il existe
            faire(session, "membre_ca-detenu-vdp", "paie_personne", pseudonyme="P-VDP-9999")
        for utilisateur in ("membre_ca-vdp", "membre_ca-detenu-vdp", "fonds_central", "public"):
            with pytest.raises(AccesRefuse):
                faire(session, utilisateur, "paie_personne", pseudonyme=sien)


# --- b) demandes d'assistance ------------------------------------------------------------------


def test_demande_du_3_mars_toujours_a_l_etude(base: Engine) -> None:
    with Session(base) as session:
        cles = designe(session, "conseiller-vdp", "demande", "Où en est la demande d'aide du 3 mars ?")
        brute = lignes(
            session,
            """SELECT d.numero, d.montant_demande, c.decision FROM demande_aide d
               JOIN fonds f ON f.id = d.fonds_id LEFT JOIN decision_aide c ON c.demande_id = d.id
               WHERE f.code = 'VDP' AND d.presentee_le = '2026-03-03'""",
        )
        assert cles == [brute[0].numero] and brute[0].decision is None
        une = faire(session, "conseiller-vdp", "demande_aide", demande=cles[0])
        toutes = faire(session, "membre_ca-vdp", "demande_aide")
        a_l_etude = lignes(
            session,
            """SELECT d.numero FROM demande_aide d JOIN fonds f ON f.id = d.fonds_id
               LEFT JOIN decision_aide c ON c.demande_id = d.id WHERE f.code = 'VDP' AND c.id IS NULL""",
        )
        nombre = valeur(
            session,
            "SELECT COUNT(*) FROM demande_aide d JOIN fonds f ON f.id = d.fonds_id WHERE f.code = 'VDP'",
        )
        detenu = faire(session, "membre_ca-detenu-vdp", "demande_aide")
        assert designe(session, "membre_ca-detenu-vdp", "demande", "la demande du 3 mars") == []
        with pytest.raises(AccesRefuse):
            faire(session, "paie-vdp", "demande_aide")
    assert "est toujours à l'étude" in une.phrase and "3 mars 2026" in une.phrase
    assert colonne(une, "Statut") == ["à l'étude"] and colonne(une, "Montant demandé") == [
        argent(brute[0].montant_demande)
    ]
    assert len(toutes.lignes) == nombre
    assert sorted(
        n
        for n, s in zip(colonne(toutes, "Demande"), colonne(toutes, "Statut"), strict=True)
        if s == "à l'étude"
    ) == sorted(r.numero for r in a_l_etude)
    # Le membre du conseil détenu ne voit que ses propres demandes : il n'en a pas.
    assert detenu.lignes == [] and detenu.phrase.startswith("Aucune demande")


def test_les_demandes_disent_leur_delai_moyen_de_decision(base: Engine) -> None:
    # « En moyenne, ça prend combien de jours avant d'avoir une décision ? » : mesuré sur les registres.
    with Session(base) as session:
        delais = lignes(
            session,
            """SELECT d.presentee_le, c.decidee_le FROM demande_aide d JOIN fonds f ON f.id = d.fonds_id
               JOIN decision_aide c ON c.demande_id = d.id WHERE f.code = 'VDP'""",
        )
        toutes = faire(session, "membre_ca-vdp", "demande_aide")
    jours = [(jour(r.decidee_le) - jour(r.presentee_le)).days for r in delais]
    assert len(jours) >= 2
    moyenne = (Decimal(sum(jours)) / len(jours)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    attendu = f"Les {len(jours)} demandes décidées l'ont été {format_nombre(moyenne)} jours en moyenne"
    assert attendu in toutes.phrase


@pytest.mark.parametrize(("du", "au"), [
    (datetime.date(2026, 3, 1), None),  # « en mars » : le mois
    (datetime.date(2025, 10, 1), datetime.date(2026, 2, 28)),
    (datetime.date(2026, 10, 1), None),
])
def test_les_demandes_presentees_dans_une_periode(base: Engine, du, au) -> None:
    fin = au or datetime.date(du.year, du.month + 1, 1) - datetime.timedelta(days=1)
    with Session(base) as session:
        tableau = faire(session, "conseiller-vdp", "demande_aide", du=du, au=au)
        attendues = lignes(
            session,
            """SELECT d.numero FROM demande_aide d JOIN fonds f ON f.id = d.fonds_id
               WHERE f.code = 'VDP' AND d.presentee_le BETWEEN :du AND :au ORDER BY d.numero""",
            du=du, au=fin,
        )
    assert sorted(colonne(tableau, "Demande")) == [r.numero for r in attendues]
    assert ("Aucune demande" in tableau.phrase) is (not attendues)
    assert "présentée" in tableau.phrase


# --- c) prêts et ce qui reste dû ---------------------------------------------------------------

PRETS = """
    SELECT pr.numero, p.pseudonyme, p.liberation, pr.principal,
           (SELECT COALESCE(SUM(r.montant), 0) FROM remboursement r WHERE r.pret_id = pr.id) AS rembourse
    FROM pret_personne pr JOIN participant p ON p.id = pr.participant_id JOIN fonds f ON f.id = pr.fonds_id
    WHERE f.code = :fonds ORDER BY pr.numero
"""


def test_pret_encore_du_par_une_personne_liberee(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(session, PRETS, fonds="VDP")
        tableau = faire(session, "membre_ca-vdp", "pret_personne")
        liberes = [
            r
            for r in brutes
            if r.liberation and jour(r.liberation) <= JOUR and argent(r.principal) > argent(r.rembourse)
        ]
        assert len(liberes) == 1
        debiteur = liberes[0]
        du = argent(debiteur.principal) - argent(debiteur.rembourse)
        sien = faire(session, "conseiller-vdp", "pret_personne", pseudonyme=debiteur.pseudonyme)
        detenu = faire(session, "membre_ca-detenu-vdp", "pret_personne")
        autre = lignes(session, PRETS, fonds="MTB")[0].pseudonyme
        with pytest.raises(AccesRefuse):
            faire(session, "conseiller-vdp", "pret_personne", pseudonyme=autre)
        with pytest.raises(AccesRefuse):
            faire(session, "membre_ca-detenu-vdp", "pret_personne", pseudonyme=debiteur.pseudonyme)
    assert colonne(tableau, "Prêt") == [r.numero for r in brutes]
    assert colonne(tableau, "Solde") == [argent(r.principal) - argent(r.rembourse) for r in brutes]
    assert du == Decimal("250.00") and format_montant(du) in tableau.phrase
    assert any(debiteur.pseudonyme in n and "art. 16, al. 3" in n for n in tableau.notes)
    assert sien.phrase.startswith(f"{debiteur.pseudonyme} doit encore {format_montant(du)}")
    # « Quel pourcentage de son prêt a-t-il remboursé ? » : les deux parts du montant prêté, au dixième.
    part = (argent(debiteur.rembourse) / argent(debiteur.principal)).quantize(Decimal("0.001"))
    assert f"soit {format_taux(part)} ; il en reste {format_taux(1 - part)})" in sien.phrase
    assert "art. 16, al. 3" in sien.phrase and "libérée le" in sien.phrase
    assert detenu.lignes == []


REMBOURSEMENTS = """
    SELECT pr.numero, r.le, r.montant, r.source
    FROM remboursement r JOIN pret_personne pr ON pr.id = r.pret_id
    JOIN participant p ON p.id = pr.participant_id
    WHERE p.pseudonyme = :pseudonyme ORDER BY r.le
"""


def test_pret_d_une_personne_dit_d_ou_viennent_ses_remboursements(base: Engine) -> None:
    # Art. 16, al. 3 : à même l'allocation ou, à défaut, l'épargne ; le conseiller demande d'où.
    with Session(base) as session:
        debiteur = next(r for r in lignes(session, PRETS, fonds="VDP") if argent(r.rembourse) > 0)
        versements = lignes(session, REMBOURSEMENTS, pseudonyme=debiteur.pseudonyme)
        sien = faire(session, "conseiller-vdp", "pret_personne", pseudonyme=debiteur.pseudonyme)
    assert versements
    for v in versements:
        source = {"allocation": "l'allocation", "epargne": "l'épargne"}.get(v.source, "une autre source")
        assert f"{format_montant(argent(v.montant))} le {format_date(jour(v.le))}" in sien.phrase
        assert source in sien.phrase.split(f"Remboursements du prêt {v.numero}")[1]


# --- d) contrats --------------------------------------------------------------------------------

CONTRATS = """
    SELECT c.numero, c.montant_total, c.montant_maximum, c.heures_requises, c.debut, c.fin,
           c.obligations_tiers, c.communication_heures
    FROM contrat c JOIN fonds f ON f.id = c.fonds_id WHERE f.code = 'VDP' ORDER BY c.numero
"""


def _clauses(r: Any) -> list[bool]:
    """Art. 7, 1° à 4°, lu sur la ligne brute du contrat."""
    return [
        r.montant_total is not None or r.montant_maximum is not None,
        r.heures_requises is not None,
        r.debut is not None and r.fin is not None,
        bool(r.obligations_tiers) and bool(r.communication_heures),
    ]


COLONNES_CLAUSES = ["1° montant", "2° heures requises", "3° durée", "4° obligations du tiers"]


def test_contrat_projete_sans_les_clauses_2_et_4(base: Engine) -> None:
    with Session(base) as session:
        brutes = {r.numero: r for r in lignes(session, CONTRATS)}
        par_tiers = designe(
            session, "membre_ca-vdp", "contrat", "Le contrat avec Emballages Fictifs est-il complet ?"
        )
        un = faire(session, "membre_ca-vdp", "clauses_contrat", contrat="C-VDP-2026-B")
        tous = faire(session, "membre_ca-vdp", "clauses_contrat")
        with pytest.raises(AccesRefuse):
            faire(session, "conseiller-vdp", "clauses_contrat")
    # Les trois contrats sont avec le même tiers : le moteur demandera lequel.
    assert sorted(par_tiers) == sorted(brutes)
    assert (
        [colonne(un, c)[0] for c in COLONNES_CLAUSES]
        == _clauses(brutes["C-VDP-2026-B"])
        == [True, False, True, False]
    )
    assert "2° (nombre d'heures" in un.phrase and "4° (obligations du tiers" in un.phrase
    for ligne in tous.lignes:
        assert [ligne[tous.colonnes.index(c)] for c in COLONNES_CLAUSES] == _clauses(brutes[ligne[0]])
    incomplets = [n for n, r in brutes.items() if not all(_clauses(r))]
    assert incomplets == ["C-VDP-2026-B"] and "C-VDP-2026-B (2°, 4°)" in tous.phrase


def test_contrats_qui_prennent_fin_bientot(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(session, CONTRATS)
        defaut = faire(session, "membre_ca-vdp", "contrats_a_echeance")
        trente = faire(session, "membre_ca-vdp", "contrats_a_echeance", jours=30)
        janvier = faire(session, "membre_ca-vdp", "contrats_a_echeance", au="2027-01-01")
        with pytest.raises(EntreeInvalide):
            faire(session, "membre_ca-vdp", "contrats_a_echeance", au="2026-03-31")

    def finissant(debut: datetime.date, fin: datetime.date) -> list[str]:
        return sorted(r.numero for r in brutes if r.fin and debut <= jour(r.fin) <= fin)

    attendus = finissant(JOUR, JOUR + datetime.timedelta(days=90))
    assert sorted(colonne(defaut, "Contrat")) == attendus == ["C-VDP-2026", "C-VDP-2026-B"]
    assert "(90 jours)" in defaut.phrase and "C-VDP-2026-B" in defaut.phrase
    assert colonne(defaut, "Clauses manquantes (art. 7)") == [None, "2°, 4°"]
    assert finissant(JOUR, JOUR + datetime.timedelta(days=30)) == [] and trente.lignes == []
    assert trente.phrase.startswith("Aucun contrat ne prend fin")
    assert colonne(janvier, "Contrat") == finissant(datetime.date(2027, 1, 1), datetime.date(2027, 1, 31))


def test_sans_fenetre_dite_le_prochain_contrat_a_finir_est_nomme(base: Engine) -> None:
    printemps = datetime.date(2026, 5, 1)
    with Session(base) as session:
        brutes = lignes(session, CONTRATS)
        identite = qui(session, "membre_ca-vdp")
        vide = consulter("contrats_a_echeance", {}, identite, session, printemps)
        # « Nos contrats en ce moment » : le jour même ne borne rien, la fenêtre reste celle par défaut.
        en_ce_moment = consulter("contrats_a_echeance", {"au": printemps}, identite, session, printemps)
        trente = consulter("contrats_a_echeance", {"jours": 30}, identite, session, printemps)
    prochain = min((r for r in brutes if r.fin and jour(r.fin) > printemps + datetime.timedelta(days=90)),
                   key=lambda r: jour(r.fin))
    assert vide.lignes == [] and f"Le prochain à prendre fin est {prochain.numero}" in vide.phrase
    assert en_ce_moment.phrase == vide.phrase
    assert "prochain" not in trente.phrase  # une fenêtre dite : sa réponse, rien d'autre


def test_echeances_entre_deux_dates_sur_deux_annees(base: Engine) -> None:
    """« Entre Noël et le jour de l'An » : la fenêtre passe d'une année à l'autre, dans l'ordre."""
    with Session(base) as session:
        brutes = lignes(session, CONTRATS)
        fetes = faire(session, "administrateur-vdp", "echeances_du_fonds", au="2026-12-25", du="2027-01-01")
        tout = faire(session, "administrateur-vdp", "echeances_du_fonds", au="2027-02-23", du="2026-11-23")
    dates = [jour(d) for d in colonne(fetes, "Date")]
    assert dates and all(datetime.date(2026, 12, 25) <= d <= datetime.date(2027, 1, 1) for d in dates)
    premiere = format_date(min(dates))
    assert fetes.phrase.startswith(f"Du 25 décembre 2026 au 1er janvier 2027, {len(dates)} échéances,")
    assert f"le {premiere}." in fetes.phrase
    fins = {r.numero for r in brutes if r.fin and JOUR <= jour(r.fin) <= datetime.date(2027, 2, 23)}
    assert fins == {"C-VDP-2026", "C-VDP-2026-B"}
    assert all(any(n in quoi for quoi in colonne(tout, "Quoi")) for n in fins)


# --- e) emprunts du fonds ----------------------------------------------------------------------

SOLDE_VDP = "SELECT SUM(e.solde) FROM emprunt_fonds e JOIN fonds f ON f.id = e.fonds_id WHERE f.code = 'VDP'"


def test_nouvel_emprunt_juge_avec_le_solde_consigne(base: Engine) -> None:
    with Session(base) as session:
        solde = argent(valeur(session, SOLDE_VDP))
        tableau = faire(session, "membre_ca-vdp", "emprunts_fonds", montant="30000")
        sans_montant = faire(session, "membre_ca-vdp", "emprunts_fonds")
        central = faire(session, "fonds_central", "emprunts_fonds", montant="1000")
        with pytest.raises(AccesRefuse):
            faire(session, "conseiller-vdp", "emprunts_fonds", montant="1000")
    seuil = Decimal("25000")
    assert solde == Decimal("27000.00")
    requise = Decimal("30000") > seuil or solde + Decimal("30000") > seuil
    assert requise and tableau.phrase.startswith(
        f"Un emprunt de {format_montant(30000)} porterait le solde des emprunts à"
        f" {format_montant(solde + 30000)} : l'autorisation du ministre est requise"
    )
    # D'où vient le solde : les emprunts consignés, nommés.
    assert (
        f"Le solde actuel, {format_montant(solde)}," in tableau.phrase
        and "E-VDP-1, E-VDP-2" in tableau.phrase
    )
    # Le cas limite : le second emprunt a porté le solde au-delà de 25 000 $ sans autorisation.
    rang = colonne(tableau, "Emprunt").index("E-VDP-2")
    assert (
        colonne(tableau, "Autorisation requise")[rang]
        and not colonne(tableau, "Autorisation du ministre")[rang]
    )
    assert f"L'emprunt E-VDP-2, qui a porté le solde au-delà de {format_montant(seuil, centimes=False)}" in (
        sans_montant.phrase
    )
    # L'écart au seuil : ce qu'il faudrait rembourser pour revenir à 25 000 $.
    assert sans_montant.phrase.startswith(
        f"Le solde des emprunts du fonds est de {format_montant(solde)},"
        f" {format_montant(solde - seuil)} au-delà du seuil de {format_montant(seuil, centimes=False)}"
    )
    assert set(colonne(central, "Fonds")) == {"LAH", "MTB", "VDP"}
    assert all(
        f"{code} : Un emprunt de {format_montant(1000)}" in central.phrase for code in ("LAH", "MTB", "VDP")
    )


def test_emprunt_sous_le_seuil_une_fois_le_solde_reduit(base_neuve: Engine) -> None:
    with Session(base_neuve) as session, session.begin():
        session.execute(text("UPDATE emprunt_fonds SET solde = 5000 WHERE numero = 'E-VDP-2'"))
    with Session(base_neuve) as session:
        solde = argent(valeur(session, SOLDE_VDP))
        sous = faire(session, "membre_ca-vdp", "emprunts_fonds", montant="4000")
        dessus = faire(session, "membre_ca-vdp", "emprunts_fonds", montant="6000")
        sans_montant = faire(session, "membre_ca-vdp", "emprunts_fonds")
    assert solde == Decimal("20000.00")
    assert f"à {format_montant(24000)} : l'autorisation du ministre n'est pas requise" in sous.phrase
    assert f"à {format_montant(26000)} : l'autorisation du ministre est requise" in dessus.phrase
    assert f"{format_montant(5000)} en deçà du seuil" in sans_montant.phrase


def test_les_emprunts_aupres_d_un_preteur_nomme_disent_ce_qui_est_rembourse(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT e.numero, e.principal, e.solde FROM emprunt_fonds e JOIN fonds f ON f.id = e.fonds_id
               WHERE f.code = 'VDP' AND e.preteur = 'fonds_central'""",
        )
        tableau = faire(session, "membre_ca-vdp", "emprunts_fonds", preteur="fonds_central")
    assert len(brutes) == 1
    e = brutes[0]
    rembourse = argent(e.principal) - argent(e.solde)
    assert f"l'emprunt {e.numero} de {format_montant(argent(e.principal))}" in tableau.phrase
    reste = format_montant(argent(e.solde))
    assert f"{format_montant(rembourse)} remboursés, {reste} restent" in tableau.phrase
    rang = colonne(tableau, "Emprunt").index(e.numero)
    assert colonne(tableau, "Remboursé")[rang] == rembourse


# --- f) placements -----------------------------------------------------------------------------


def test_placements_qui_requierent_l_autorisation(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT p.numero, p.nature, p.montant, a.decision, a.demandee_le, a.decidee_le FROM placement p
               JOIN fonds f ON f.id = p.fonds_id LEFT JOIN autorisation_ministre a ON a.id = p.autorisation_id
               WHERE f.code = 'VDP' ORDER BY p.fait_le""",
        )
        tableau = faire(session, "membre_ca-vdp", "placements_fonds")
        with pytest.raises(AccesRefuse):
            faire(session, "fonds_central", "placements_fonds")
    assert colonne(tableau, "Placement") == [r.numero for r in brutes]
    assert colonne(tableau, "Montant") == [argent(r.montant) for r in brutes]
    # Art. 6, al. 3 : tout ce qui n'est ni dépôt ni obligations d'épargne requiert l'autorisation.
    assert colonne(tableau, "Autorisation requise") == [r.nature == "autre" for r in brutes]
    assert colonne(tableau, "Autorisé") == [
        (r.decision == "accordee") if r.nature == "autre" else None for r in brutes
    ]
    assert (
        "1 requiert l'autorisation du ministre" in tableau.phrase and "Elle est consignée" in tableau.phrase
    )
    total = sum((argent(r.montant) for r in brutes), Decimal(0))
    assert f"({format_montant(total)} placés en tout)" in tableau.phrase
    # Le délai entre la demande d'autorisation et la décision, compté ici sur les dates brutes.
    for r in brutes:
        if r.decidee_le is not None:
            demandee, decidee = (datetime.date.fromisoformat(str(d)) for d in (r.demandee_le, r.decidee_le))
            assert f"{(decidee - demandee).days} jours plus tard" in tableau.phrase


def test_placement_projete_juge_par_sa_nature(base: Engine) -> None:
    with Session(base) as session:
        total = argent(valeur(session, """SELECT sum(p.montant) FROM placement p JOIN fonds f
                                           ON f.id = p.fonds_id WHERE f.code = 'VDP'"""))
        depot = faire(session, "membre_ca-vdp", "placements_fonds", montant="8000",
                      type_placement="depot_institution_inscrite")
        actions = faire(session, "membre_ca-vdp", "placements_fonds", type_placement="autre")
        sans_nature = faire(session, "membre_ca-vdp", "placements_fonds", montant="8000")
    # Art. 6, al. 3 : la nature décide, le montant ne change que le total placé.
    assert depot.phrase.startswith(
        f"Pour un placement de {format_montant(8000)}, l'autorisation du ministre n'est pas requise"
    )
    assert f"passerait de {format_montant(total)} à {format_montant(total + 8000)}" in depot.phrase
    assert actions.phrase.startswith("Pour ce placement, l'autorisation du ministre est requise")
    assert "dépend de sa nature" in sans_nature.phrase


# --- g) chèques et signataires -----------------------------------------------------------------

SIGNATURES = """
    SELECT c.numero, s.designation, s.membre_ca_id FROM cheque c JOIN fonds f ON f.id = c.fonds_id
    JOIN signature_cheque sc ON sc.cheque_id = c.id JOIN signataire s ON s.id = sc.signataire_id
    WHERE f.code = 'VDP' AND c.emis_le >= :du AND c.emis_le <= :au
"""


def test_les_cheques_d_un_signataire_nomme(base: Engine) -> None:
    """« Signés par la Trésorerie » désigne ce signataire ; « du conseil », que deux désignations
    partagent, n'en désigne aucun (c'est la qualité qu'exige l'art. 6)."""
    with Session(base) as session:
        code, nom = lignes(
            session,
            """SELECT s.code, s.designation FROM signataire s JOIN fonds f ON f.id = s.fonds_id
               WHERE f.code = 'VDP' AND s.designation LIKE 'Trésorerie%'""",
        )[0]
        signes = lignes(
            session,
            """SELECT DISTINCT c.numero FROM cheque c JOIN fonds f ON f.id = c.fonds_id
               JOIN signature_cheque sc ON sc.cheque_id = c.id JOIN signataire s ON s.id = sc.signataire_id
               WHERE f.code = 'VDP' AND s.code = :code AND c.emis_le >= '2026-10-01'
               AND c.emis_le <= '2026-10-31' ORDER BY c.numero""",
            code=code,
        )
        nommer = partial(designe, session, "membre_ca-vdp", "signataire")
        assert nommer("Les chèques signés par la trésorerie ?") == [code]
        assert nommer("Sans signature d'un membre du conseil ?") == []
        tableau = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-10-01", au="2026-10-31",
                        signataire=code)
        # Sans chèque dans la période, le signataire reste nommé, pas désigné par son code.
        vide = faire(session, "membre_ca-vdp", "cheques_signataires", du="2020-01-01", au="2020-01-31",
                     signataire=code)
    assert vide.phrase.startswith(f"En janvier 2020, aucun chèque signé par {nom} n'a été émis.")
    assert signes and sorted(colonne(tableau, "Chèque")) == [str(n) for (n,) in signes]
    assert tableau.phrase.startswith(f"En octobre 2026, {len(signes)} chèque")
    assert f"signés par {nom}" in tableau.phrase or f"signé par {nom}" in tableau.phrase


def test_cheque_1045_sans_membre_du_conseil(base: Engine) -> None:
    with Session(base) as session:
        cles = designe(
            session, "membre_ca-vdp", "cheque", "Le chèque 1045 a-t-il été signé par un membre du CA ?"
        )
        assert cles == ["1045"]
        cheque = faire(session, "membre_ca-vdp", "cheques_signataires", cheque=cles[0])
        conforme = faire(session, "membre_ca-vdp", "cheques_signataires", cheque="2001")
        vue_du_detenu = faire(session, "membre_ca-detenu-vdp", "cheques_signataires", cheque="1045")
        liste = faire(session, "membre_ca-vdp", "cheques_signataires")
        signatures = lignes(session, SIGNATURES, du=datetime.date(2026, 1, 1), au=JOUR)
        designes = lignes(
            session,
            """SELECT s.designation, s.membre_ca_id FROM signataire s JOIN fonds f ON f.id = s.fonds_id
               WHERE f.code = 'VDP' AND s.debut <= :j AND (s.fin IS NULL OR s.fin >= :j) ORDER BY s.code""",
            j=JOUR,
        )
    de_1045 = [s for s in signatures if s.numero == 1045]
    assert len(de_1045) == 2 and all(s.membre_ca_id is None for s in de_1045)
    assert colonne(cheque, "Membre du conseil") == [False, False]
    assert sorted(colonne(cheque, "Signataire")) == sorted(s.designation for s in de_1045)
    assert "aucun de ses deux signataires n'est membre du conseil" in cheque.phrase
    assert "il respecte l'art. 6, al. 2" in conforme.phrase
    # Le membre détenu ne voit pas le pseudonyme d'une autre personne bénéficiaire.
    assert (
        set(colonne(vue_du_detenu, "Bénéficiaire")) == {PERSONNE_MASQUEE}
        and "P-VDP-" not in vue_du_detenu.phrase
    )
    # Sans numéro : les signataires désignés ce jour, et les chèques de l'année qui manquent à la règle.
    assert [(d.designation, d.membre_ca_id is not None) for d in designes] == [
        tuple(ligne) for ligne in liste.lignes
    ]
    par_cheque: dict[int, list[bool]] = {}
    for s in signatures:
        par_cheque.setdefault(s.numero, []).append(s.membre_ca_id is not None)
    fautifs = sorted(n for n, membres in par_cheque.items() if len(membres) != 2 or not any(membres))
    assert fautifs == [1045] and "En 2026, le chèque 1045 ne respecte pas cette règle." in liste.phrase


def test_cheques_d_une_periode(base: Engine) -> None:
    """« Depuis septembre » : les chèques de la période seulement, dite dans la phrase."""
    with Session(base) as session:
        automne = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-09-01", au=JOUR.isoformat())
        ete = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-06-01", au="2026-08-31")
        emis_1045 = lignes(session, "SELECT emis_le FROM cheque c JOIN fonds f ON f.id = c.fonds_id "
                                    "WHERE f.code = 'VDP' AND c.numero = 1045")
    assert datetime.date(2026, 9, 1) <= jour(emis_1045[0][0]) <= JOUR  # le seul fautif de l'année
    assert "Du 1er septembre au 23 novembre 2026, le chèque 1045 ne respecte pas" in automne.phrase
    assert "Du 1er juin au 31 août 2026, aucun chèque consigné ne manque à cette règle." in ete.phrase


def test_les_cheques_d_une_periode_un_par_ligne_et_le_plus_eleve(base: Engine) -> None:
    """« Le plus gros chèque d'octobre, qui l'a signé ? » : les chèques du mois, et le plus élevé dit avec
    ses signataires, lus ici par une requête écrite pour le test."""
    with Session(base) as session:
        octobre = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-10-01", au="2026-10-31")
        emis = lignes(session, """SELECT c.numero, c.montant FROM cheque c JOIN fonds f ON f.id = c.fonds_id
                                  WHERE f.code = 'VDP' AND c.emis_le BETWEEN '2026-10-01' AND '2026-10-31'
                                  ORDER BY c.montant DESC""")
        signes = lignes(session, """SELECT s.designation FROM cheque c JOIN fonds f ON f.id = c.fonds_id
                                    JOIN signature_cheque sc ON sc.cheque_id = c.id
                                    JOIN signataire s ON s.id = sc.signataire_id
                                    WHERE f.code = 'VDP' AND c.numero = :n ORDER BY s.designation""",
                        n=emis[0].numero)
    assert sorted(colonne(octobre, "Chèque")) == sorted(str(c.numero) for c in emis)
    total = sum((Decimal(str(c.montant)) for c in emis), Decimal(0))
    assert f"{len(emis)} chèques ont été émis pour {format_montant(total)}" in octobre.phrase
    plus_eleve = f"le plus élevé, le {emis[0].numero} du"
    assert plus_eleve in octobre.phrase and format_montant(Decimal(str(emis[0].montant))) in octobre.phrase
    assert all(s.designation in octobre.phrase.split(plus_eleve)[1] for s in signes)


def test_les_plus_gros_cheques_le_plus_petit_et_le_plus_recent(base: Engine) -> None:
    """« Nos 2 plus gros chèques d'octobre ? », « notre chèque le plus récent, y'est-tu conforme ? » : lus ici
    en SQL, par montant puis par date."""
    emis = """SELECT c.numero, c.montant, c.emis_le FROM cheque c JOIN fonds f ON f.id = c.fonds_id
              WHERE f.code = 'VDP' AND c.emis_le BETWEEN :du AND :au"""
    with Session(base) as session:
        octobre = lignes(session, emis, du="2026-10-01", au="2026-10-31")
        annee = lignes(session, emis, du="2026-01-01", au=JOUR.isoformat())
        gros = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-10-01", au="2026-10-31",
                     plus_eleves=2)
        recent = faire(session, "membre_ca-vdp", "cheques_signataires", plus_recents=1)
        bouts = faire(session, "membre_ca-vdp", "cheques_signataires", du="2026-10-01", au="2026-10-31",
                      plus_eleves=1, plus_bas=1)
    par_montant = sorted(octobre, key=lambda c: (argent(c.montant), c.numero), reverse=True)[:2]
    # « Notre plus gros pis notre plus petit » : les deux bouts, dans cet ordre.
    petit = min(octobre, key=lambda c: (argent(c.montant), c.numero))
    assert colonne(bouts, "Chèque") == [str(par_montant[0].numero), str(petit.numero)]
    assert f" ; le chèque le plus bas : le {petit.numero} du" in bouts.phrase
    assert len(octobre) > 2 and colonne(gros, "Chèque") == [str(c.numero) for c in par_montant]
    assert gros.phrase.startswith("En octobre 2026, les 2 chèques les plus élevés : le "
                                  f"{par_montant[0].numero} du")
    dernier = max(annee, key=lambda c: (jour(c.emis_le), c.numero))
    assert colonne(recent, "Chèque") == [str(dernier.numero)]
    le = format_date(jour(dernier.emis_le))
    assert f"le chèque le plus récent : le {dernier.numero} du {le}" in recent.phrase


def test_les_cheques_d_un_beneficiaire_nomme_jamais_une_personne(base: Engine) -> None:
    """« Le plus petit chèque fait à Fournitures Imaginaires » : les siens seulement ; une personne
    incarcérée bénéficiaire ne se désigne pas."""
    with Session(base) as session:
        emis = lignes(session, """SELECT c.numero, c.montant, c.beneficiaire FROM cheque c
                                  JOIN fonds f ON f.id = c.fonds_id
                                  WHERE f.code = 'VDP' AND c.emis_le BETWEEN '2026-01-01' AND :j""", j=JOUR)
        nommables = [c.cle for c in candidats(qui(session, "membre_ca-vdp"), session, "beneficiaire")]
        tiers = max(nommables, key=lambda nom: sum(c.beneficiaire == nom for c in emis))
        petit = faire(session, "membre_ca-vdp", "cheques_signataires", plus_bas=1, beneficiaire=tiers)
    les_siens = [c for c in emis if c.beneficiaire == tiers]
    assert len(les_siens) > 1 and len(les_siens) < len(emis)  # l'échantillon : un tiers parmi d'autres
    le_plus_petit = min(les_siens, key=lambda c: (argent(c.montant), c.numero))
    assert colonne(petit, "Chèque") == [str(le_plus_petit.numero)]
    personnes = {c.beneficiaire for c in emis if c.beneficiaire.startswith("P-")}
    assert personnes and not personnes & set(nommables)


def test_les_cheques_mois_par_mois_et_le_plus_gros_total(base: Engine) -> None:
    """« C'est quel mois que nos chèques ont fait le plus gros total ? » : les mois, sommés ici."""
    with Session(base) as session:
        emis = lignes(session, """SELECT c.emis_le, c.montant FROM cheque c JOIN fonds f ON f.id = c.fonds_id
                                  WHERE f.code = 'MTB' AND c.emis_le BETWEEN '2026-01-01' AND :j""", j=JOUR)
        tableau = faire(session, "membre_ca-mtb", "cheques_signataires", par_mois=True)
    totaux: dict[datetime.date, Decimal] = {}
    nombres: Counter[datetime.date] = Counter()
    for c in emis:
        premier = jour(c.emis_le).replace(day=1)
        totaux[premier] = totaux.get(premier, Decimal(0)) + argent(c.montant)
        nombres[premier] += 1
    mois = sorted(totaux)
    assert colonne(tableau, "Total") == [totaux[m] for m in mois]
    assert colonne(tableau, "Chèques") == [nombres[m] for m in mois]
    fort = max(mois, key=lambda m: totaux[m])
    assert tableau.phrase.startswith(
        f"En 2026, c'est en {MOIS[fort.month - 1]} 2026 que les chèques émis ont fait le plus gros total :"
        f" {format_montant(totaux[fort])} en {nombres[fort]} chèques")


@pytest.mark.parametrize("seuil", ["1000", "500"])
def test_les_cheques_de_plus_d_un_montant_comptes_et_additionnes(base: Engine, seuil: str) -> None:
    """« Combien de chèques de plus de 1 000 $ en septembre, pis ça fait combien ? » : recomptés ici."""
    with Session(base) as session:
        emis = lignes(session, """SELECT c.numero, c.montant FROM cheque c JOIN fonds f ON f.id = c.fonds_id
                                  WHERE f.code = 'LAH' AND c.emis_le BETWEEN '2026-09-01' AND '2026-09-30'""")
        tableau = faire(session, "membre_ca-lah", "cheques_signataires", du="2026-09-01", au="2026-09-30",
                        plus_de=seuil)
    dessus = [c for c in emis if argent(c.montant) > Decimal(seuil)]
    assert 0 < len(dessus) < len(emis)  # l'échantillon : des chèques de chaque côté du seuil
    assert sorted(colonne(tableau, "Chèque")) == sorted(str(c.numero) for c in dessus)
    assert (tableau.effectif, tableau.total) == (len(dessus), sum(argent(c.montant) for c in dessus))
    assert f"{len(dessus)} chèques de plus de {format_montant(Decimal(seuil))}" in tableau.phrase


# --- h) dépôts en retard -----------------------------------------------------------------------


def test_le_depot_le_plus_recent_le_premier_et_qui_l_a_fait(base: Engine) -> None:
    with Session(base) as session:
        depots = lignes(session, """SELECT d.numero, d.depose_le, d.montant, m.designation, d.par_designation
                                    FROM depot d JOIN fonds f ON f.id = d.fonds_id
                                    LEFT JOIN membre_ca m ON m.id = d.par_membre_id
                                    WHERE f.code = 'MTB' AND d.recu_le BETWEEN '2026-01-01' AND :j""", j=JOUR)
        recent = faire(session, "membre_ca-mtb", "depots_tardifs", plus_recents=1)
        premiers = faire(session, "membre_ca-mtb", "depots_tardifs", plus_anciens=2)
    dernier = max(depots, key=lambda d: (jour(d.depose_le), d.numero))
    assert colonne(recent, "Dépôt") == [dernier.numero]
    assert (f"le dépôt le plus récent : le {dernier.numero}, déposé le {format_date(jour(dernier.depose_le))}"
            f" par {dernier.designation or dernier.par_designation}") in recent.phrase
    # « Le premier dépôt de l'année » : l'autre bout, dans l'ordre du temps.
    assert colonne(premiers, "Dépôt") == [d.numero for d in sorted(depots, key=lambda d: (jour(d.depose_le),
                                                                                            d.numero))[:2]]
    assert premiers.phrase.startswith("Du 1er janvier au 23 novembre 2026, les 2 premiers dépôts : le ")


def test_depots_semaine_par_semaine_par_la_reception(base: Engine) -> None:
    with Session(base) as session:
        semaines = faire(session, "membre_ca-lah", "depots_tardifs", du="2026-10-01", par_semaine=True)
        brutes = lignes(session, """SELECT d.recu_le, d.montant
                                    FROM depot d JOIN fonds f ON f.id = d.fonds_id WHERE f.code = 'LAH'
                                    AND d.recu_le BETWEEN '2026-10-01' AND '2026-10-31'""")
    totaux: dict[datetime.date, Decimal] = {}
    for r in brutes:
        lundi = jour(r.recu_le) - datetime.timedelta(days=jour(r.recu_le).weekday())
        totaux[lundi] = totaux.get(lundi, Decimal(0)) + argent(r.montant)
    assert dict(zip(colonne(semaines, "Semaine du lundi"), colonne(semaines, "Total"), strict=True)) == totaux
    plus_grosse = max(totaux, key=lambda lundi: totaux[lundi])
    assert f"la semaine du lundi {format_date(plus_grosse)} qui a reçu le plus gros total" in semaines.phrase


def test_depot_d_octobre_fait_11_jours_apres(base: Engine) -> None:
    with Session(base) as session:
        octobre = faire(session, "membre_ca-vdp", "depots_tardifs", du="2026-10-01")
        septembre = faire(session, "membre_ca-vdp", "depots_tardifs", du="2026-09-01", au="2026-09-30")
        annee = faire(session, "membre_ca-vdp", "depots_tardifs")
        brutes = lignes(
            session,
            """SELECT d.numero, d.recu_le, d.depose_le, d.montant
               FROM depot d JOIN fonds f ON f.id = d.fonds_id
               WHERE f.code = 'VDP' AND d.recu_le >= '2026-01-01' AND d.recu_le <= :j""",
            j=JOUR,
        )
    retards = {r.numero: (jour(r.depose_le) - jour(r.recu_le)).days for r in brutes}
    en_retard = {n: j for n, j in retards.items() if j > 2}
    en_octobre = {r.numero for r in brutes if r.numero in en_retard and jour(r.recu_le).month == 10}
    assert en_retard == {"D-VDP-2026-10-R": 11} and en_octobre == {"D-VDP-2026-10-R"}
    assert colonne(octobre, "Dépôt") == ["D-VDP-2026-10-R"] and colonne(octobre, "Jours") == [11]
    # Reçu le vendredi 9, déposé le mardi 20 : 11 jours, dont 6 ouvrables (l'Action de grâce, le 12, chômée).
    assert [(jour(r.recu_le), jour(r.depose_le)) for r in brutes if r.numero == "D-VDP-2026-10-R"] == [
        (datetime.date(2026, 10, 9), datetime.date(2026, 10, 20))]
    assert colonne(octobre, "Jours ouvrables") == [6]
    d_octobre = [r for r in brutes if jour(r.recu_le).month == 10]
    total = sum((argent(r.montant) for r in d_octobre), Decimal(0))
    assert octobre.phrase.startswith(
        f"En octobre 2026, {len(d_octobre)} dépôts pour {format_montant(total)} en tout ; 1 a été fait plus"
        " de 2 jours après"
    )
    assert septembre.lignes == [] and "aucun n'a été fait plus de 2 jours" in septembre.phrase
    assert colonne(annee, "Dépôt") == sorted(en_retard)
    assert any("plus brefs délais" in n for n in octobre.notes)


# --- i) cotisation au Fonds central ------------------------------------------------------------

REVENU_NET = """
    SELECT
      (SELECT SUM(r.montant) FROM revenu r WHERE r.fonds_id = f.id AND r.le >= :du AND r.le <= :au),
      (SELECT SUM(d.montant) FROM depense d WHERE d.fonds_id = f.id AND d.le >= :du AND d.le <= :au
         AND NOT d.finance_non_remuneree),
      (SELECT c.montant FROM cotisation_fc c WHERE c.fonds_id = f.id AND c.annee = :annee),
      (SELECT c.payee_le FROM cotisation_fc c WHERE c.fonds_id = f.id AND c.annee = :annee)
    FROM fonds f WHERE f.code = :fonds
"""


def test_cotisation_sur_le_revenu_net_consigne(base: Engine) -> None:
    with Session(base) as session:
        revenus, charges, consignee, payee_le = lignes(
            session,
            REVENU_NET,
            du=datetime.date(2025, 1, 1),
            au=datetime.date(2025, 12, 31),
            annee=2025,
            fonds="VDP",
        )[0]
        a_dix = faire(session, "membre_ca-vdp", "cotisation_fonds_central", taux="10", annee=2025)
        fourchette = faire(session, "membre_ca-vdp", "cotisation_fonds_central", annee=2025)
        central = faire(session, "fonds_central", "cotisation_fonds_central", taux="15")
        with pytest.raises(EntreeInvalide):
            faire(session, "membre_ca-vdp", "cotisation_fonds_central", taux="30")
    net = argent(revenus) - argent(charges)
    attendue = au_cent(max(net, Decimal(0)) * Decimal("0.10"))
    assert colonne(a_dix, "Revenu net d'exploitation") == [net]
    assert colonne(a_dix, "Cotisation calculée") == [attendue] and format_montant(attendue) in a_dix.phrase
    assert colonne(a_dix, "Cotisation consignée") == [argent(consignee)]
    payee_le = datetime.date.fromisoformat(str(payee_le))  # SQLite rend la date en texte
    assert colonne(a_dix, "Payée le") == [payee_le] and f"payée le {format_date(payee_le)}" in a_dix.phrase
    minimum, maximum = au_cent(net * Decimal("0.05")), au_cent(net * Decimal("0.25"))
    assert f"entre {format_montant(minimum)} (5 %) et {format_montant(maximum)} (25 %)" in fourchette.phrase
    # Sans taux demandé, la cotisation consignée est la réponse : elle vient en premier.
    debut = f"La cotisation consignée pour 2025 est de {format_montant(argent(consignee))}"
    assert fourchette.phrase.startswith(debut)
    assert colonne(central, "Fonds") == ["LAH", "MTB", "VDP"]
    # À un autre taux que celui consigné : l'écart avec la cotisation consignée est dit.
    ecart = attendue - argent(consignee)
    sens = "de plus" if ecart > 0 else "de moins"
    assert (f"Au taux de 10 %, elle serait de {format_montant(abs(ecart))} {sens}." in a_dix.phrase
            or (not ecart and "elle serait la même" in a_dix.phrase))


# --- j) provenance des revenus -----------------------------------------------------------------


def test_provenance_des_revenus(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT r.source, SUM(r.montant) FROM revenu r JOIN fonds f ON f.id = r.fonds_id
               WHERE f.code = 'MTB' AND r.le >= '2025-01-01' AND r.le <= '2025-12-31' GROUP BY r.source""",
        )
        tableau = faire(session, "membre_ca-mtb", "provenance_revenus", annee=2025)
        with pytest.raises(AccesRefuse):
            faire(session, "paie-mtb", "provenance_revenus")
    montants = sorted((argent(total) for _, total in brutes), reverse=True)
    total = sum(montants, Decimal(0))
    assert colonne(tableau, "Montant") == montants and format_montant(total) in tableau.phrase
    assert colonne(tableau, "Source")[0] == "ventes de la cantine"
    assert max(brutes, key=lambda r: argent(r[1])).source == "cantine"


def test_revenus_d_une_periode(base: Engine) -> None:
    """« Depuis septembre » : la période, pas l'année."""
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT SUM(r.montant) FROM revenu r JOIN fonds f ON f.id = r.fonds_id
               WHERE f.code = 'VDP' AND r.source = 'cantine' AND r.le >= '2026-09-01' AND r.le <= :j""",
            j=JOUR,
        )
        tableau = faire(session, "membre_ca-vdp", "provenance_revenus", du="2026-09-01", au=JOUR.isoformat())
    assert tableau.phrase.startswith("Du 1er septembre au 23 novembre 2026, les revenus du fonds totalisent")
    assert colonne(tableau, "Montant")[colonne(tableau, "Source").index("ventes de la cantine")] == argent(
        brutes[0][0])


def test_revenus_d_une_source_mois_par_mois(base: Engine) -> None:
    """« Quel mois la cantine a vendu le plus ? » : ses revenus par mois, et le plus fort d'abord."""
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT r.le, r.montant FROM revenu r JOIN fonds f ON f.id = r.fonds_id
               WHERE f.code = 'VDP' AND r.source = 'cantine' AND r.le >= '2026-01-01' AND r.le <= :j""",
            j=JOUR,
        )
        tableau = faire(session, "membre_ca-vdp", "provenance_revenus", source="cantine", par_mois=True)
        seule = faire(session, "membre_ca-vdp", "provenance_revenus", source="cantine")
    par_mois: dict[str, Decimal] = {}
    for le, montant in brutes:
        jour = le if isinstance(le, datetime.date) else datetime.date.fromisoformat(le)
        cle = f"{MOIS[jour.month - 1]} {jour.year}"
        par_mois[cle] = par_mois.get(cle, Decimal(0)) + argent(montant)
    assert dict(zip(colonne(tableau, "Mois"), colonne(tableau, "Montant"), strict=True)) == par_mois
    fort = max(par_mois, key=par_mois.__getitem__)
    assert f"c'est en {fort.split()[0]} que les revenus des ventes de la cantine ont été les plus forts :"\
        f" {format_montant(par_mois[fort])}" in tableau.phrase
    total = sum(par_mois.values(), Decimal(0))
    assert seule.phrase.startswith(
        f"En 2026 (registres jusqu'au 23 novembre 2026), les revenus des ventes de la cantine totalisent"
        f" {format_montant(total)}, soit"
    )


def test_revenus_trimestre_par_trimestre(base: Engine) -> None:
    """« Nos revenus de cette année par trimestre » : les mois additionnés par trimestre."""
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT r.le, r.montant FROM revenu r JOIN fonds f ON f.id = r.fonds_id
               WHERE f.code = 'MTB' AND r.le >= '2026-01-01' AND r.le <= :j""",
            j=JOUR,
        )
        tableau = faire(session, "membre_ca-mtb", "provenance_revenus", par_trimestre=True)
    par_trimestre: dict[str, Decimal] = {}
    for le, montant in brutes:
        jour = le if isinstance(le, datetime.date) else datetime.date.fromisoformat(le)
        cle = f"{('1er', '2e', '3e', '4e')[(jour.month - 1) // 3]} trimestre {jour.year}"
        par_trimestre[cle] = par_trimestre.get(cle, Decimal(0)) + argent(montant)
    assert dict(zip(colonne(tableau, "Trimestre"), colonne(tableau, "Montant"), strict=True)) == par_trimestre
    fort = max(par_trimestre, key=par_trimestre.__getitem__)
    assert f"c'est au {fort.removesuffix(' 2026')} que les revenus du fonds" in tableau.phrase


# --- k) membres du conseil ---------------------------------------------------------------------


def test_membres_du_conseil_et_mandats_qui_finissent(base: Engine) -> None:
    with Session(base) as session:
        brutes = lignes(
            session,
            """SELECT m.designation, m.debut_mandat, m.fin_mandat, m.participant_id FROM membre_ca m
               JOIN fonds f ON f.id = m.fonds_id WHERE f.code = 'VDP'""",
        )
        tableau = faire(session, "membre_ca-vdp", "membres_conseil")
        vue_du_detenu = faire(session, "membre_ca-detenu-vdp", "membres_conseil")
        central = faire(session, "fonds_central", "membres_conseil")
    en_fonction = [r for r in brutes if jour(r.debut_mandat) <= JOUR <= jour(r.fin_mandat)]
    finissant = [r for r in brutes if jour(r.fin_mandat).year == 2026]
    assert f"{len(en_fonction)} membres siègent" in tableau.phrase
    assert f"Le mandat de {len(finissant)} membres prend fin en 2026" in tableau.phrase
    assert sum(colonne(tableau, "Fin en 2026")) == len(finissant)
    # Aucun pseudonyme d'un membre détenu ne sort, pas même pour lui.
    detenus = [r.designation for r in brutes if r.participant_id is not None]
    for vue in (tableau, vue_du_detenu):
        rendu = texte_donnees(vue, {}, [])
        assert detenus and not any(d in rendu for d in detenus) and "P-VDP-" not in rendu
    assert set(colonne(central, "Fonds")) == {"LAH", "MTB", "VDP"}


# --- l) programme et budget --------------------------------------------------------------------


def test_le_budget_nomme_les_contrats_joints_et_ceux_qui_manquent(base: Engine) -> None:
    with Session(base) as session:
        contrats = lignes(
            session,
            """SELECT c.numero, EXISTS (SELECT 1 FROM contrat_joint j WHERE j.contrat_id = c.id
                                       AND j.annee = 2026) AS joint
               FROM contrat c JOIN fonds f ON f.id = c.fonds_id
               WHERE f.code = 'LAH' AND (c.fin IS NULL OR c.fin >= '2026-01-01')
               AND (c.debut IS NULL OR c.debut <= '2026-12-31') ORDER BY c.numero""",
        )
        lah = faire(session, "membre_ca-lah", "programme_annuel", annee=2026)
    joints = [c.numero for c in contrats if c.joint]
    absents = [c.numero for c in contrats if not c.joint]
    assert joints and absents  # l'échantillon a les deux : « lesquels sont joints, lequel manque ? »
    assert all(n in lah.phrase for n in joints + absents)
    assert f"il l'est de {joints[0]}" in lah.phrase


def test_programme_2027_et_contrats_non_joints(base: Engine) -> None:
    with Session(base) as session:
        soumis = {
            code: le
            for code, le in lignes(
                session,
                """SELECT f.code, p.soumis_le FROM fonds f
                   LEFT JOIN programme p ON p.fonds_id = f.id AND p.annee = 2027""",
            )
        }
        non_joints = [
            r.numero
            for r in lignes(
                session,
                """SELECT c.numero FROM contrat c JOIN fonds f ON f.id = c.fonds_id
                   WHERE f.code = 'VDP' AND (c.fin IS NULL OR c.fin >= '2027-01-01')
                   AND (c.debut IS NULL OR c.debut <= '2027-12-31')
                   AND c.id NOT IN (SELECT j.contrat_id FROM contrat_joint j WHERE j.annee = 2027)""",
            )
        ]
        vdp = faire(session, "membre_ca-vdp", "programme_annuel")  # le 23 novembre : celui de 2027
        mtb = faire(session, "membre_ca-mtb", "programme_annuel", annee=2027)
        central = faire(session, "fonds_central", "programme_annuel", annee=2027)
    assert jour(soumis["VDP"]) == datetime.date(2026, 10, 28) and soumis["MTB"] is None
    assert (
        "Le programme 2027 a été soumis au ministre le 28 octobre 2026, avant le 1er novembre 2026"
        in vdp.phrase
    )
    assert colonne(vdp, "Soumis avant le 1er novembre") == [True]
    assert non_joints == ["C-VDP-2026-B"] and "n'est pas accompagné du contrat C-VDP-2026-B" in vdp.phrase
    assert mtb.phrase.startswith("Le programme 2027 n'a pas été soumis au ministre")
    # Le Fonds central voit les programmes de ses fonds, pas leurs contrats.
    assert colonne(central, "Soumis le") == [
        jour(soumis[c]) if soumis[c] else None for c in ("LAH", "MTB", "VDP")
    ]
    assert "budget" not in central.phrase


def test_le_programme_dit_les_personnes_qu_il_vise(base: Engine) -> None:
    # Art. 2, 1° : le programme contient le nombre de personnes concernées (prévenues, condamnées).
    with Session(base) as session:
        prevenus, condamnes = lignes(
            session,
            """SELECT p.prevus_prevenus, p.prevus_condamnes FROM programme p JOIN fonds f ON f.id = p.fonds_id
               WHERE f.code = 'LAH' AND p.annee = 2025""",
        )[0]
        lah = faire(session, "membre_ca-lah", "programme_annuel", annee=2025)
    assert colonne(lah, "Prévenus visés") == [prevenus] and colonne(lah, "Condamnés visés") == [condamnes]
    assert f"Il vise {prevenus} personnes prévenues et {condamnes} condamnées." in lah.phrase


def test_le_programme_dit_combien_de_jours_l_approbation_a_pris(base: Engine) -> None:
    with Session(base) as session:
        ((soumis, approuve),) = lignes(
            session,
            """SELECT p.soumis_le, p.approuve_le FROM programme p JOIN fonds f ON f.id = p.fonds_id
               WHERE f.code = 'MTB' AND p.annee = 2026""",
        )
        mtb = faire(session, "membre_ca-mtb", "programme_annuel", annee=2026)
    attente = (jour(approuve) - jour(soumis)).days
    assert f"approuvé le {format_date(jour(approuve))}, {attente} jours après son envoi" in mtb.phrase


# --- accès, types, exemples --------------------------------------------------------------------

ARGUMENTS_MINIMAUX = {"paie_personne": {"pseudonyme": "P-VDP-0001"}, "pret_personne": {}}


@pytest.mark.parametrize("nom", sorted(PERMIS))
def test_roles_de_chaque_consultation(base: Engine, nom: str) -> None:
    assert CONSULTATIONS[nom].roles == PERMIS[nom]
    with Session(base) as session:
        for role in ROLES:
            identite = (
                ANONYME if role == "public" else Identite(nom=f"essai-{role}", role=role, fonds=("VDP",))
            )
            if role in PERMIS[nom]:
                continue
            with pytest.raises(AccesRefuse):
                consulter(nom, ARGUMENTS_MINIMAUX.get(nom, {}), identite, session, JOUR)


TYPES = (Decimal, datetime.date, int, str, bool, type(None))


def test_valeurs_typees_montants_au_cent(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme = valeur(
            session, "SELECT MIN(pseudonyme) FROM participant WHERE pseudonyme LIKE 'P-VDP-%'"
        )
        tableaux = [
            faire(
                session, "paie-vdp", "paie_personne", pseudonyme=pseudonyme, du="2025-01-01", au="2026-11-23"
            ),
            *(faire(session, "administrateur-vdp", nom) for nom in PERMIS if nom != "paie_personne"),
        ]
    for tableau in tableaux:
        assert (
            tableau.phrase
            and tableau.articles
            and all(len(ligne) == len(tableau.colonnes) for ligne in tableau.lignes)
        )
        for ligne in tableau.lignes:
            assert all(isinstance(v, TYPES) and not isinstance(v, float) for v in ligne), tableau.consultation
            assert all(v.as_tuple().exponent == -2 for v in ligne if isinstance(v, Decimal)), (
                tableau.consultation
            )
        # Les articles cités existent : ceux du règlement (1 à 19), ou de la Loi (art. 75, 91).
        assert all(
            (a.doc_id == DOC_REGLEMENT and 1 <= int(a.article) <= 19)
            or (a.doc_id == DOC_LSCQ and a.article in ("75", "91"))
            for a in tableau.articles
        )


@pytest.mark.parametrize("nom", sorted(PERMIS))
def test_chaque_consultation_a_ses_exemples(nom: str) -> None:
    exemples = CONSULTATIONS[nom].exemples
    assert len(exemples) >= 15 and len(set(exemples)) == len(exemples)


# --- de la question au tableau : le moteur, son classifieur et la résolution des choses nommées --


@pytest.mark.parametrize(
    "utilisateur, question, consultation, attendu",
    [
        ("conseiller-vdp", "Où en est la demande d'aide du 3 mars ?", "demande_aide", "toujours à l'étude"),
        (
            "membre_ca-vdp",
            "Le chèque 1045 a-t-il été signé par un membre du conseil ?",
            "cheques_signataires",
            "aucun de ses deux signataires n'est membre du conseil",
        ),
        # (Pas « ont-ils été faits » : Duckling y lit « été », la saison, comme une période.)
        (
            "membre_ca-vdp",
            "En octobre, a-t-on tardé à déposer l'argent reçu ?",
            "depots_tardifs",
            "11 jours après",
        ),
        (
            "membre_ca-vdp",
            "Compte tenu de notre solde d'emprunts, un emprunt de 30 000 $ demande-t-il l'autorisation du"
            " ministre ?",
            "emprunts_fonds",
            "l'autorisation du ministre est requise",
        ),
    ],
)
def test_du_moteur_a_la_consultation(
    moteur_registres, identites, utilisateur: str, question: str, consultation: str, attendu: str
) -> None:
    reponse = moteur_registres.repondre(question, identite=identites[utilisateur])
    assert reponse.route == "donnees", reponse.answer
    assert [a.name for a in reponse.tool_calls] == [consultation]
    assert attendu in reponse.answer and reponse.data["rows"]


def test_du_moteur_la_paie_d_une_personne_d_un_autre_fonds_est_refusee(moteur_registres, identites) -> None:
    reponse = moteur_registres.repondre(
        "Combien d'heures P-MTB-0001 a-t-il travaillé en octobre ?", identite=identites["conseiller-vdp"]
    )
    # Le préfixe du pseudonyme nomme le fonds MTB : refusé avant toute lecture de ses registres.
    assert reponse.route == "acces_refuse" and reponse.data is None
    assert "MTB" in reponse.answer and "votre fonds" in reponse.answer


@pytest.mark.parametrize("question", ["Combien reste-t-il à rembourser sur le prêt PR-MTB-2026-01 ?",
                                      "Le contrat C-MTB-2026-B a-t-il toutes ses clauses ?"])
def test_du_moteur_un_numero_d_un_autre_fonds_est_refuse(moteur_registres, identites, question) -> None:
    # Le code du fonds dans le numéro d'un de ses registres le nomme, comme le préfixe d'un pseudonyme.
    for identite in (identites["conseiller-vdp"], ANONYME):
        reponse = moteur_registres.repondre(question, identite=identite)
        assert reponse.route == "acces_refuse" and reponse.data is None, (identite.nom, reponse.answer)


def test_du_moteur_un_pseudonyme_de_son_fonds_inexistant_est_introuvable(moteur_registres, identites) -> None:
    reponse = moteur_registres.repondre("Combien d'heures P-VDP-9999 a-t-il faites en octobre ?",
                                        identite=identites["conseiller-vdp"])
    assert reponse.route == "precision" and reponse.data is None
    assert reponse.answer.startswith("Je ne trouve pas la personne « P-VDP-9999 »")


def test_la_participation_dit_combien_ont_travaille(base: Engine) -> None:
    # Art. 1, 4° : le travail pour le fonds et pour un tiers, additionnés quand leurs totaux sont montrés.
    with Session(base) as session:
        tableau = faire(session, "membre_ca-mtb", "participation", annee=2025)
    totaux = dict(zip(colonne(tableau, "Nature d'activité"), colonne(tableau, "Total"), strict=True))
    travail = [n for n in totaux if n.startswith("travail")]
    assert len(travail) == 2 and None not in (totaux[n] for n in travail)
    assert f"dont {sum(totaux[n] for n in travail)} au travail" in tableau.phrase


def test_le_fonds_central_voit_la_participation_de_chacun_de_ses_fonds(base: Engine) -> None:
    # Chaque fonds comme le voit son conseil, l'un sous l'autre ; pas de total de l'ensemble, d'où l'on
    # déduirait par différence une cellule qu'un fonds ne montre pas.
    with Session(base) as session:
        central = faire(session, "fonds_central", "participation", annee=2025)
        membres = {code: faire(session, f"membre_ca-{code.lower()}", "participation", annee=2025)
                   for code in ("LAH", "MTB", "VDP")}
    assert central.colonnes[0] == "Fonds"
    for code, tableau in membres.items():
        assert [ligne[1:] for ligne in central.lignes if ligne[0] == f"Fonds {code}"] == tableau.lignes
    assert len(central.lignes) == sum(len(t.lignes) for t in membres.values())


EN_PERIODE = """SELECT COUNT(DISTINCT i.participant_id) FROM inscription i
                 JOIN activite a ON a.id = i.activite_id
                 WHERE i.debut <= :fin AND (i.fin IS NULL OR i.fin >= :debut) AND a.nature LIKE :nature"""


def test_la_participation_mois_par_mois(base: Engine) -> None:
    # Chaque mois, les personnes inscrites à au moins une activité, une fois chacune (SQL du test).
    with Session(base) as session:
        tableau = faire(session, "public", "participation", du=datetime.date(2026, 7, 1),
                        au=datetime.date(2026, 9, 30), par_mois=True)
        attendus = [valeur(session, EN_PERIODE, debut=debut, fin=fin, nature="%") for debut, fin in (
            (datetime.date(2026, 7, 1), datetime.date(2026, 7, 31)),
            (datetime.date(2026, 8, 1), datetime.date(2026, 8, 31)),
            (datetime.date(2026, 9, 1), datetime.date(2026, 9, 30)))]
    assert colonne(tableau, "Mois") == ["juillet 2026", "août 2026", "septembre 2026"]
    assert colonne(tableau, "Total") == attendus and min(attendus) >= 5
    assert f"{attendus[1]} en août 2026" in tableau.phrase


def test_la_participation_mois_par_mois_sur_trop_de_mois_est_refusee_clairement(base: Engine) -> None:
    # Un compte en direct par mois : sur quinze ans, on demande une période plus courte, sans rien lire.
    with Session(base) as session, pytest.raises(EntreeInvalide, match="sur 24 mois au plus"):
        faire(session, "public", "participation", du=datetime.date(2011, 1, 1), au=JOUR, par_mois=True)
    with Session(base) as session:  # deux ans pile passent (décembre 2024, avant l'échantillon : sans ligne)
        tableau = faire(session, "public", "participation", du=datetime.date(2024, 12, 1),
                        au=datetime.date(2026, 11, 30), par_mois=True)
    assert colonne(tableau, "Mois")[0] == "janvier 2025" and colonne(tableau, "Mois")[-1] == "novembre 2026"


def test_la_participation_depuis_l_ouverture(base: Engine) -> None:
    # Toutes les inscriptions consignées, pas l'année : une personne de 2025 et de 2026 compte une fois.
    with Session(base) as session:
        tableau = faire(session, "public", "participation", depuis_l_ouverture=True)
        loisirs = valeur(session, EN_PERIODE, debut=datetime.date(1900, 1, 1), fin=JOUR, nature="loisir")
        cette_annee = faire(session, "public", "participation")
    totaux = dict(zip(colonne(tableau, "Nature d'activité"), colonne(tableau, "Total"), strict=True))
    assert totaux["loisir"] == loisirs
    assert loisirs > dict(zip(colonne(cette_annee, "Nature d'activité"), colonne(cette_annee, "Total"),
                              strict=True))["loisir"]
    assert tableau.phrase.startswith("Depuis l'ouverture (toutes les inscriptions consignées)")


@pytest.mark.parametrize(
    ("question", "mois"),
    [
        ("Mois par mois, combien de personnes inscrites aux activités d'août à octobre ?", 3),
        ("Le nombre d'inscrits en septembre pis en octobre, un chiffre pour chaque mois ?", 2),
    ],
)
def test_du_moteur_des_mois_nommes_donnent_un_compte_par_mois(moteur_registres, question, mois) -> None:
    reponse = moteur_registres.repondre(question, identite=ANONYME)
    assert reponse.route == "donnees" and reponse.data is not None, reponse.answer
    assert reponse.data["columns"][0] == "Mois" and len(reponse.data["rows"]) == mois


def test_du_moteur_une_periode_et_une_annee_entiere_sont_lues(moteur_registres, identites) -> None:
    # « Depuis le 1er mars » et « 2025 au complet » : deux périodes nommées, deux lectures.
    reponse = moteur_registres.repondre(
        "Combien de personnes ont participé aux activités depuis le 1er mars, pis en 2025 au complet ?",
        identite=identites["membre_ca-mtb"],
    )
    assert reponse.route == "donnees" and reponse.data is not None, reponse.answer
    periodes = {ligne[0] for ligne in reponse.data["rows"]}
    assert periodes == {"2025", "du 1er mars au 23 novembre 2026"}, periodes


def test_les_activites_ouvertes_a_une_personne_selon_son_statut(base: Engine) -> None:
    with Session(base) as session:
        pseudonyme, statut = lignes(
            session,
            "SELECT pseudonyme, statut FROM participant WHERE pseudonyme LIKE 'P-VDP-%'"
            " AND statut = 'prevenu' ORDER BY pseudonyme LIMIT 1",
        )[0]
        places = {
            r.nom: r.places for r in lignes(
                session,
                """SELECT a.nom, a.places FROM activite a JOIN fonds f ON f.id = a.fonds_id
                   WHERE f.code = 'VDP' AND a.ouverte_a IN ('prevenus', 'tous') AND a.debut <= :j
                   AND (a.fin IS NULL OR a.fin >= :j)""",
                j=JOUR,
            )
        }
        ouvertes = set(places)
        # Le statut que la question suppose (« condamné ») cède à celui du registre.
        tableau = faire(
            session, "conseiller-vdp", "activites_ouvertes", pseudonyme=pseudonyme, statut="condamne"
        )
        assert statut == "prevenu" and tableau.phrase.startswith(f"{pseudonyme} est prévenue")
        assert set(colonne(tableau, "Activité")) == ouvertes and ouvertes
        # « 50 places restent sur 60 en tout. »
        assert f"sur {sum(places.values())} en tout." in tableau.phrase
        # Le statut de prévenu d'une personne identifiable ne sort pas de son conseiller.
        with pytest.raises(AccesRefuse):
            faire(session, "membre_ca-vdp", "activites_ouvertes", pseudonyme=pseudonyme)


def test_la_decision_d_autorisation_la_plus_recente_du_fonds(base: Engine) -> None:
    """« La décision d'autorisation la plus récente, c'était pour qui ? » : sans personne nommée, toutes
    celles du fonds, la plus récente d'abord ; lues ici en SQL."""
    decisions = """SELECT p.pseudonyme, a.decidee_le, a.autorisee FROM autorisation a
                   JOIN participant p ON p.id = a.participant_id JOIN activite ac ON ac.id = a.activite_id
                   JOIN fonds f ON f.id = a.fonds_id WHERE f.code = 'VDP' AND ac.code LIKE :activite
                   ORDER BY a.decidee_le DESC, p.pseudonyme DESC"""
    with Session(base) as session:
        toutes = lignes(session, decisions, activite="%")
        tableau = faire(session, "conseiller-vdp", "autorisations_activite")
        menuiserie = lignes(session, decisions, activite="MEN")
        a_la_menuiserie = faire(session, "conseiller-vdp", "autorisations_activite", activite="MEN")
        with pytest.raises(AccesRefuse):
            faire(session, "membre_ca-vdp", "autorisations_activite")
    assert len(toutes) >= 2 and colonne(tableau, "Personne") == [r.pseudonyme for r in toutes]
    verbe = "autorisé" if toutes[0].autorisee else "refusé"
    debut = f"La décision la plus récente : pour {toutes[0].pseudonyme}, le directeur a {verbe} l'activité"
    assert tableau.phrase.startswith(debut)
    assert format_date(jour(toutes[0].decidee_le)) in tableau.phrase
    assert colonne(a_la_menuiserie, "Personne") == [r.pseudonyme for r in menuiserie]


INSCRITS = """
    SELECT DISTINCT p.pseudonyme FROM inscription i JOIN participant p ON p.id = i.participant_id
    JOIN activite a ON a.id = i.activite_id JOIN fonds f ON f.id = i.fonds_id
    WHERE f.code = 'VDP' AND a.code = 'MEN' AND i.debut <= :au AND {periode} ORDER BY p.pseudonyme
"""


def test_les_participants_d_une_activite_pour_leur_conseiller_seul(base: Engine) -> None:
    with Session(base) as session:
        du_jour = [r.pseudonyme for r in lignes(
            session, INSCRITS.format(periode="(i.fin IS NULL OR i.fin >= :au)"), au=JOUR)]
        tableau = faire(session, "conseiller-vdp", "participants_activite", activite="MEN")
        assert du_jour and sorted(set(colonne(tableau, "Personne"))) == du_jour
        assert f"{len(du_jour)} personnes sont inscrites" in tableau.phrase
        assert all(p in tableau.phrase for p in du_jour)
        assert set(colonne(tableau, "Statut")) <= {"prévenu", "condamné"}
        # Les arrivées d'une période : les inscriptions qui y commencent, pas celles qui la chevauchent.
        arrivees = [r.pseudonyme for r in lignes(
            session, INSCRITS.format(periode="i.debut >= :du"), du=datetime.date(2026, 1, 1), au=JOUR)]
        tableau = faire(session, "conseiller-vdp", "participants_activite", activite="MEN", arrives=True,
                        du="2026-01-01", au=JOUR.isoformat())
        assert sorted(set(colonne(tableau, "Personne"))) == arrivees
        assert all(debut >= datetime.date(2026, 1, 1) for debut in colonne(tableau, "Inscrite le"))
        # Qui est dans quelle activité, et son statut, ne sortent pas du conseiller.
        for utilisateur in ("membre_ca-vdp", "paie-vdp", "fonds_central", "public"):
            with pytest.raises(AccesRefuse):
                faire(session, utilisateur, "participants_activite", activite="MEN")


# --- la paie du fonds en agrégats : recomptée en SQL ; rien sous 5 personnes, ni par différence ----

LIGNES_DE_LA_PAIE = """
    SELECT l.participant_id, l.brute, l.retenues_legales, l.nature_retenue, p.statut
    FROM ligne_paie l JOIN fonds f ON f.id = l.fonds_id JOIN participant p ON p.id = l.participant_id
    WHERE f.code = :fonds AND l.du = :du
"""
HEURES_PAR_ACTIVITE = """
    SELECT a.code, h.participant_id, h.heures
    FROM heures h JOIN activite a ON a.id = h.activite_id JOIN fonds f ON f.id = h.fonds_id
    JOIN ligne_paie l ON l.participant_id = h.participant_id AND l.fonds_id = h.fonds_id
                     AND h.du >= l.du AND h.du <= l.au
    WHERE f.code = :fonds AND l.du = :du
"""


def fonds_central(session: Session, fonds: str) -> Identite:
    """Le Fonds central, restreint au fonds que sa question nommerait."""
    identite = identite_depuis_requete({FIABLE.entete_utilisateur: "fonds_central"}, FIABLE, session)
    return dataclasses.replace(identite, fonds=(fonds,))


def periodes(session: Session, fonds: str) -> list[datetime.date]:
    return [jour(d) for (d,) in session.execute(text(
        "SELECT DISTINCT l.du FROM ligne_paie l JOIN fonds f ON f.id = l.fonds_id"
        " WHERE f.code = :fonds AND l.du >= '2026-01-01' AND l.du <= :jour ORDER BY l.du"),
        {"fonds": fonds, "jour": JOUR})]


def paie(session: Session, fonds: str, du: datetime.date) -> list[Any]:
    return list(session.execute(text(LIGNES_DE_LA_PAIE), {"fonds": fonds, "du": du}).all())


def test_une_paie_du_fonds_recomptee(base: Engine) -> None:
    with Session(base) as session:
        du = periodes(session, "LAH")[-3]
        rangs = paie(session, "LAH", du)
        tableau = consulter("paie_du_fonds", {"le": du}, fonds_central(session, "LAH"), session, JOUR)
    personnes = len({r.participant_id for r in rangs})
    brute = sum((argent(r.brute) for r in rangs), Decimal("0.00"))
    assert personnes >= 5
    ensemble = tableau.lignes[0]
    assert ensemble[:2] == ["Ensemble", personnes] and ensemble[3] == brute
    # Le brut et les personnes du groupe : ce dont la moyenne et les comparaisons se font.
    assert (tableau.total, tableau.effectif) == (brute, personnes)
    assert f"{personnes} personnes payées" in tableau.phrase


@pytest.mark.parametrize("statut", [None, "prevenu"])
def test_la_paie_du_fonds_mois_par_mois_selon_le_versement(base: Engine, statut: str | None) -> None:
    """« La masse salariale mois par mois » : chaque mois de versement recompté ici en SQL ; une cellule
    montrée l'est exactement, jamais sous 5 personnes ; dans une colonne, jamais une seule cellule cachée
    (le total de la période, dit dans la phrase, la redonnerait)."""
    periode = {"du": datetime.date(2026, 1, 1), "au": datetime.date(2026, 11, 23)}
    with Session(base) as session:
        mois = lignes(
            session,
            """SELECT substr(CAST(l.versee_le AS TEXT), 1, 7) AS mois, COUNT(DISTINCT l.participant_id) AS n,
                      SUM(l.brute) AS brute
               FROM ligne_paie l JOIN participant p ON p.id = l.participant_id
               JOIN fonds f ON f.id = l.fonds_id
               WHERE f.code = 'VDP' AND l.du >= :du AND l.du <= :au AND p.statut LIKE :statut
               GROUP BY substr(CAST(l.versee_le AS TEXT), 1, 7) ORDER BY 1""",
            statut=statut or "%", **periode,
        )
        dit = {"statut": statut} if statut else {}
        tableau = faire(session, "membre_ca-vdp", "paie_du_fonds", par_mois=True, **dit, **periode)
    attendus = {f"{MOIS[int(r.mois[5:]) - 1]} {r.mois[:4]}": r for r in mois}
    assert set(colonne(tableau, "Mois de versement")) <= set(attendus) and len(tableau.lignes) >= 6
    montres = 0
    for ligne in tableau.lignes:
        r = attendus[ligne[0]]
        if ligne[1] is not None:
            montres += 1
            assert ligne[1] == r.n >= 5 and ligne[3] == argent(r.brute), ligne
    assert montres and [ligne[1] for ligne in tableau.lignes].count(None) != 1


def test_la_suppression_en_croix_des_mois():
    from corpus.fonds.requetes import _supprimer_en_croix

    def groupe(n: int, statut: str | None = None) -> dict:
        return {**({"statut": statut} if statut else {}), "personnes": n, "heures": Decimal(n),
                "retenues_legales": None, "brute": Decimal(n), "prelevement": Decimal(0),
                "verse_directeur": Decimal(0), "allocation": Decimal(0), "epargne": Decimal(0)}

    rangs = [{"mois": m, "ensemble": groupe(p + c),
              "par_statut": [groupe(p, "prevenu"), groupe(c, "condamne")]}
             for m, (p, c) in enumerate([(6, 20), (3, 20), (7, 20), (8, 21)])]
    rangs = _supprimer_en_croix(rangs)
    prevenus = [r["par_statut"][0]["personnes"] for r in rangs]
    # Le mois à 3 prévenus est caché, et un autre avec lui (le total de la période le redonnerait) ; dans
    # ces mois, les condamnés aussi (l'ensemble du mois le redonnerait).
    assert prevenus.count(None) == 2 and prevenus[1] is None
    for r in rangs:
        if r["par_statut"][0]["personnes"] is None:
            assert r["par_statut"][1]["personnes"] is None or r["ensemble"]["personnes"] is None
    condamnes = [r["par_statut"][1]["personnes"] for r in rangs]
    assert condamnes.count(None) != 1 and [r["ensemble"]["personnes"] for r in rangs].count(None) != 1


@pytest.mark.parametrize("fonds", ["VDP", "MTB", "LAH"])
def test_rien_sous_cinq_personnes_ni_par_difference(base: Engine, fonds: str) -> None:
    with Session(base) as session:
        identite = fonds_central(session, fonds)
        for du in periodes(session, fonds):
            rangs = paie(session, fonds, du)
            tableau = consulter("paie_du_fonds", {"le": du}, identite, session, JOUR)
            par_statut = Counter(statut for _, statut in {(r.participant_id, r.statut) for r in rangs})
            activites = {}
            for code, personne, _ in session.execute(text(HEURES_PAR_ACTIVITE), {"fonds": fonds, "du": du}):
                activites.setdefault(code, set()).add(personne)
            groupes = dict(zip(colonne(tableau, "Groupe"), colonne(tableau, "Personnes payées"), strict=True))
            statuts = [groupes["Prévenus"], groupes["Condamnés"]]
            par_code = {g.rsplit("(", 1)[1].rstrip(")"): v for g, v in groupes.items() if g.endswith(")")}
            par_activite = list(par_code.values())
            for montre, vrai in zip(statuts, (par_statut["prevenu"], par_statut["condamne"]), strict=True):
                assert montre is None or (montre == vrai and (vrai == 0 or vrai >= 5)), (du, statuts)
            assert set(par_code) == set(activites)
            for code, montre in par_code.items():
                assert montre is None or montre == len(activites[code]) >= 5, (du, code, montre)
            # Suppression complémentaire : une seule cellule cachée se retrouverait par différence.
            assert statuts.count(None) != 1 and par_activite.count(None) != 1, (du, groupes)
            cachees = [ligne for ligne in tableau.lignes if ligne[1] is None]
            assert all(v in (None, "") for ligne in cachees for v in ligne[1:]), (du, cachees)


BRUT_PAR_ACTIVITE = """
    SELECT l.id, l.brute, a.code
    FROM ligne_paie l JOIN fonds f ON f.id = l.fonds_id
    JOIN heures h ON h.participant_id = l.participant_id AND h.fonds_id = l.fonds_id
                 AND h.du >= l.du AND h.du <= l.au
    JOIN activite a ON a.id = h.activite_id
    WHERE f.code = :fonds AND l.du = :du
"""


@pytest.mark.parametrize("fonds", ["VDP", "LAH"])
def test_le_brut_par_activite_recompte_quand_aucune_paie_n_est_a_cheval(base: Engine, fonds: str) -> None:
    recomptes = 0
    with Session(base) as session:
        identite = fonds_central(session, fonds)
        for du in periodes(session, fonds)[-4:]:
            activites_de: dict[int, set[str]] = {}
            brut_de: dict[int, Decimal] = {}
            for paie_id, brute, code in session.execute(text(BRUT_PAR_ACTIVITE), {"fonds": fonds, "du": du}):
                activites_de.setdefault(paie_id, set()).add(code)
                brut_de[paie_id] = argent(brute)
            tableau = consulter("paie_du_fonds", {"le": du}, identite, session, JOUR)
            par_code = {ligne[0].rsplit("(", 1)[1].rstrip(")"): ligne for ligne in tableau.lignes
                        if ligne[0].endswith(")")}
            a_cheval = any(len(codes) > 1 for codes in activites_de.values())
            for code, ligne in par_code.items():
                vrai = sum((b for p, b in brut_de.items() if code in activites_de[p]), Decimal("0.00"))
                if ligne[1] is None or a_cheval:
                    assert ligne[3] in (None, ""), (du, code, ligne)
                else:
                    assert ligne[3] == vrai, (du, code, ligne)
                    recomptes += 1
    assert recomptes  # l'échantillon : des paies d'une seule activité, dont le brut se montre


BRUT_VERSE_PAR_ACTIVITE = """
    SELECT l.id, l.participant_id, l.brute, a.code FROM ligne_paie l
    JOIN fonds f ON f.id = l.fonds_id
    JOIN heures h ON h.participant_id = l.participant_id AND h.fonds_id = l.fonds_id
                 AND h.du >= l.du AND h.du <= l.au
    JOIN activite a ON a.id = h.activite_id
    WHERE f.code = 'MTB' AND l.versee_le >= :du AND l.versee_le <= :au
"""


def test_le_brut_par_activite_mois_par_mois_recompte_ou_tu_s_il_cache_une_cellule(base: Engine) -> None:
    with Session(base) as session:
        identite = identite_depuis_requete({FIABLE.entete_utilisateur: "membre_ca-mtb"}, FIABLE, session)
        arguments = {"du": "2026-07-01", "au": "2026-09-30", "par_versement": True, "par_mois": True,
                     "par_activite": True}
        tableau = consulter("paie_du_fonds", arguments, identite, session, JOUR)
        attendu: dict[tuple[str, str], tuple[set[int], Decimal]] = {}
        for mois in (7, 8, 9):
            du = datetime.date(2026, mois, 1)
            au = (du + datetime.timedelta(days=31)).replace(day=1) - datetime.timedelta(days=1)
            paies = session.execute(text(BRUT_VERSE_PAR_ACTIVITE), {"du": du, "au": au}).all()
            for _, qui, brute, code in {tuple(r) for r in paies}:  # une paie par activité, une fois
                personnes, brut = attendu.get((format_mois(du), code), (set(), Decimal("0.00")))
                attendu[(format_mois(du), code)] = (personnes | {qui}, brut + argent(brute))
        # Sur le même fonds et la même période, une activité parmi d'autres : ses seuls mois.
        cuisine = consulter("paie_du_fonds", {**arguments, "activite": "CUI"}, identite, session, JOUR)
    assert tableau.colonnes[:2] == ["Mois de versement", "Activité"]
    lus = {(ligne[0], ligne[1].rsplit("(", 1)[1].rstrip(")")): (ligne[2], ligne[4])
           for ligne in tableau.lignes}
    assert lus == {cle: (len(qui), brut) for cle, (qui, brut) in attendu.items()}
    assert all(len(qui) >= 5 for qui, _ in attendu.values())  # l'échantillon : aucune cellule cachée ici
    assert cuisine.lignes == [ligne for ligne in tableau.lignes if ligne[1].endswith("(CUI)")]


def test_le_brut_par_activite_mois_par_mois_se_tait_sur_une_petite_cellule(base: Engine) -> None:
    with Session(base) as session:
        identite = identite_depuis_requete({FIABLE.entete_utilisateur: "membre_ca-lah"}, FIABLE, session)
        arguments = {"du": "2026-01-01", "au": JOUR, "par_mois": True, "par_activite": True}
        tableau = consulter("paie_du_fonds", arguments, identite, session, JOUR)
    assert tableau.colonnes[0] == "Groupe" and any("par activité et par mois" in n for n in tableau.notes)


def test_le_fonds_central_a_une_ligne_par_fonds(base: Engine) -> None:
    with Session(base) as session:
        identite = identite_depuis_requete({FIABLE.entete_utilisateur: "fonds_central"}, FIABLE, session)
        du = periodes(session, "LAH")[-2]
        tableau = consulter("paie_du_fonds", {"le": du}, identite, session, JOUR)
        for fonds in ("LAH", "MTB", "VDP"):
            rangs = paie(session, fonds, du)
            ligne = next(ligne for ligne in tableau.lignes if ligne[0] == f"Fonds {fonds}")
            personnes = len({r.participant_id for r in rangs})
            assert ligne[1] == (personnes if personnes >= 5 else None)
            if personnes >= 5:
                assert ligne[3] == sum((argent(r.brute) for r in rangs), Decimal("0.00"))


def test_le_public_n_a_que_les_comptes_de_tout_le_programme(base: Engine) -> None:
    with Session(base) as session:
        le = periodes(session, "LAH")[-2] + datetime.timedelta(days=1)  # un jour de travail, pas de versement
        rangs = session.execute(text(
            "SELECT fonds_id, participant_id, heures FROM ligne_paie WHERE du <= :le AND au >= :le"),
            {"le": le}).all()
        tableau = consulter("paie_du_fonds", {"le": le}, ANONYME, session, JOUR)
    assert tableau.colonnes == ["Groupe", "Personnes payées", "Heures"]
    assert [ligne[0] for ligne in tableau.lignes] == ["Ensemble", "Prévenus", "Condamnés"]
    personnes = len({(r.fonds_id, r.participant_id) for r in rangs})
    assert {r.fonds_id for r in rangs} == {1, 2, 3}  # les trois fonds de l'échantillon, ensemble
    assert tableau.lignes[0][1] == personnes >= 5 and "dans l'ensemble du programme" in tableau.phrase
    assert tableau.lignes[0][2] == heures(sum((Decimal(r.heures) for r in rangs), Decimal(0)))
    ecrit = " ".join([tableau.phrase, *tableau.notes, *(str(v) for ligne in tableau.lignes for v in ligne)])
    assert "$" not in ecrit and tableau.total is None


def test_les_retenues_legales_et_leur_nature(base: Engine) -> None:
    with Session(base) as session:
        identite = identite_depuis_requete({FIABLE.entete_utilisateur: "membre_ca-lah"}, FIABLE, session)
        rangs = list(session.execute(text(
            "SELECT l.participant_id, l.retenues_legales, l.nature_retenue FROM ligne_paie l"
            " JOIN fonds f ON f.id = l.fonds_id WHERE f.code = 'LAH' AND l.du >= '2026-01-01'"
            " AND l.du <= :jour"), {"jour": JOUR}).all())
        tableau = consulter("paie_du_fonds", {"du": "2026-01-01", "au": JOUR}, identite, session, JOUR)
    touchees = {r.participant_id for r in rangs if argent(r.retenues_legales)}
    total = sum((argent(r.retenues_legales) for r in rangs), Decimal("0.00"))
    assert 0 < len(touchees) < 5  # l'échantillon : une poignée de retenues ordonnées
    assert str(total).replace(".", ",") not in tableau.phrase
    assert any("retenues légales ne sont pas montrées" in n for n in tableau.notes)
    natures = {r.nature_retenue for r in rangs if r.nature_retenue}
    ecrit = " ".join([tableau.phrase, *tableau.notes, *(str(v) for ligne in tableau.lignes for v in ligne)])
    assert natures and not any(n in ecrit or n.replace("_", " ") in ecrit for n in natures)


def test_les_paies_versees_dans_des_mois_comparees_a_l_an_passe(base: Engine) -> None:
    with Session(base) as session:
        identite = identite_depuis_requete({FIABLE.entete_utilisateur: "paie-lah"}, FIABLE, session)
        totaux = [
            argent(session.execute(text(
                "SELECT SUM(l.brute) FROM ligne_paie l JOIN fonds f ON f.id = l.fonds_id WHERE f.code = 'LAH'"
                " AND l.versee_le >= :du AND l.versee_le <= :au"), {"du": du, "au": au}).scalar())
            for du, au in (("2025-01-01", "2025-10-31"), ("2026-01-01", "2026-10-31"))
        ]
        tableaux = [consulter("paie_du_fonds", {"du": du, "au": au, "par_versement": True}, identite,
                              session, JOUR)
                    for du, au in (("2025-01-01", "2025-10-31"), ("2026-01-01", "2026-10-31"))]
    assert [t.total for t in tableaux] == totaux and totaux[0] != totaux[1]
    assert tableaux[1].phrase.startswith("Pour les paies versées du 1er janvier au 31 octobre 2026")

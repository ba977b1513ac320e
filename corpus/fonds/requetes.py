"""Lectures typées des registres : ce que demandent conseillers, paie et membres du conseil (FUND-DATA).

Chaque fonction prend l'identité en premier ; `@lecture` applique rôle et fonds avant tout et
journalise. Ce qui ne sort jamais : la nature d'une retenue hors du rôle paie, le statut de prévenu
d'une personne hors du conseiller, le dossier d'une autre personne incarcérée pour un membre du
conseil détenu, un agrégat sur moins de 5 personnes pour le public et le Fonds central.
Les valeurs rendues sont des Decimal, des dates et des textes simples.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, delete, func, insert, literal_column, or_, select, true, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.acces import AccesRefuse, Introuvable, effectif, lecture, supprimer_petits
from corpus.fonds.identite import Identite
from outils.dates import fin_du_mois, mois_de, par_mois
from outils.declaration import FORME_PSEUDONYME
from outils.jours_feries import jours_ouvrables

ZERO = Decimal("0.00")
# Art. 6, al. 1 : « dans les plus brefs délais », sans chiffre. Le fonds retient 2 jours civils entre la
# réception et le dépôt ; la revue de conformité et la question « nos dépôts d'octobre ? » le partagent.
DELAI_DEPOT_JOURS = 2
TOUS = {"conseiller", "paie", "membre_ca", "fonds_central", "administrateur"}
PERSONNE_MASQUEE = "personne incarcérée (pseudonyme masqué)"
# Le nom commun d'une activité selon sa nature : « l'atelier » désigne toutes celles de travail.
NOMS_DE_NATURE = {"travail_fonds": "atelier de travail", "travail_tiers": "atelier de travail",
                  "formation": "formation", "loisir": "loisirs"}
# Les mots d'un contrat selon son état (art. 2 : « conclus ou projetés »), pour le désigner.
ETATS_DE_CONTRAT = {"projete": "projeté", "signe": "signé conclu"}


def _argent(valeur: Any) -> Decimal:
    return Decimal(valeur or 0).quantize(Decimal("0.01"))


def _participant(session: Session, ids: list[int], identite: Identite, pseudonyme: str) -> m.Participant:
    """La personne nommée, si elle est d'un fonds permis et visible de cette identité."""
    personne = session.scalar(
        select(m.Participant).where(m.Participant.pseudonyme == pseudonyme, m.Participant.fonds_id.in_(ids))
    )
    # Le membre du conseil détenu n'apprend même pas si un autre pseudonyme existe.
    if identite.detenu and pseudonyme != identite.pseudonyme:
        raise AccesRefuse(
            "un membre du conseil détenu ne consulte pas le dossier d'une autre personne incarcérée"
        )
    if personne is None and _prefixe(pseudonyme) in identite.fonds:
        raise Introuvable(f"la personne « {pseudonyme} »")
    if personne is None:  # le pseudonyme d'un autre fonds : ni existence ni absence n'est dite
        raise AccesRefuse(f"aucune personne « {pseudonyme} » dans les registres de votre fonds")
    return personne


def _prefixe(pseudonyme: str) -> str:
    """« P-VDP-0042 » → « VDP » : le code du fonds qui a donné le pseudonyme."""
    parties = pseudonyme.upper().split("-")
    return parties[1] if len(parties) == 3 else ""


def _seulement_soi(identite: Identite, colonne: Any) -> Any:
    """Filtre du membre du conseil détenu : ses propres lignes seulement."""
    return colonne == identite.pseudonyme if identite.detenu else true()


@lecture({"conseiller", "paie", "membre_ca", "administrateur"})
def activites_ouvertes(
    identite: Identite, session: Session, ids: list[int], jour: datetime.date, statut: str | None = None
) -> list[dict[str, Any]]:
    """Art. 1 (4°) : les activités offertes ce jour-là (aux prévenus, aux condamnés ou à tous) et les
    places qui restent. Pour le personnel du fonds : le nombre d'inscrits n'est pas supprimé."""
    publics = {"prevenu": ("prevenus", "tous"), "condamne": ("condamnes", "tous")}.get(
        statut or "", ("prevenus", "condamnes", "tous")
    )
    actives = (
        select(m.Inscription.activite_id, func.count().label("n"))
        .where(
            m.Inscription.fonds_id.in_(ids),
            m.Inscription.debut <= jour,
            or_(m.Inscription.fin.is_(None), m.Inscription.fin >= jour),
        )
        .group_by(m.Inscription.activite_id)
        .subquery()
    )
    requete = (
        select(m.Activite, func.coalesce(actives.c.n, 0))
        .outerjoin(actives, actives.c.activite_id == m.Activite.id)
        .where(
            m.Activite.fonds_id.in_(ids),
            m.Activite.ouverte_a.in_(publics),
            m.Activite.debut <= jour,
            or_(m.Activite.fin.is_(None), m.Activite.fin >= jour),
        )
        .order_by(m.Activite.fonds_id, m.Activite.code)
    )
    return [
        {
            "code": a.code,
            "nom": a.nom,
            "nature": a.nature,
            "ouverte_a": a.ouverte_a,
            "remuneree": a.remuneree,
            "places": a.places,
            "inscrits": n,
            "places_restantes": max(a.places - n, 0),
        }
        for a, n in session.execute(requete)
    ]


@lecture({"conseiller", "paie", "administrateur"})
def heures_et_paie(
    identite: Identite,
    session: Session,
    ids: list[int],
    pseudonyme: str,
    du: datetime.date,
    au: datetime.date,
    par_versement: bool = False,
) -> dict[str, Any]:
    """Art. 11, 15, 16 : heures faites et paies dont la période commence du `du` au `au` ; ou, par
    versement, les paies versées du `du` au `au` et les heures qu'elles paient.

    Chaque paie porte ses lignes d'heures (`morceaux` : période, heures, prime, activité), pour
    qu'on la refasse avec les calculateurs : une paie qui traverse le 1er mai en a deux."""
    personne = _participant(session, ids, identite, pseudonyme)
    jour_de_paie = m.LignePaie.versee_le if par_versement else m.LignePaie.du
    paies = session.scalars(
        select(m.LignePaie)
        .where(m.LignePaie.participant_id == personne.id, jour_de_paie >= du, jour_de_paie <= au)
        .order_by(m.LignePaie.du)
    ).all()
    # Les heures faites dans la période ; par versement, celles que paient les paies versées.
    debut = min((lp.du for lp in paies), default=du) if par_versement else du
    heures = sum((Decimal(lp.heures) for lp in paies), Decimal(0)) if par_versement else session.scalar(
        select(func.coalesce(func.sum(m.Heures.heures), 0)).where(
            m.Heures.participant_id == personne.id, m.Heures.du >= du, m.Heures.du <= au
        )
    )
    morceaux = session.execute(
        select(m.Heures, m.Activite.code)
        .join(m.Activite, m.Activite.id == m.Heures.activite_id)
        .where(
            m.Heures.participant_id == personne.id,
            m.Heures.du >= debut,
            m.Heures.du <= max((lp.au for lp in paies), default=au),
        )
        .order_by(m.Heures.du, m.Activite.code)
    ).all()
    lignes = [
        {
            **_ligne_de_paie(lp, identite),
            "morceaux": [
                {
                    "du": h.du,
                    "au": h.au,
                    "heures": Decimal(h.heures),
                    "prime": _argent(h.prime),
                    "activite": code,
                }
                for h, code in morceaux
                if lp.du <= h.du <= lp.au
            ],
        }
        for lp in paies
    ]
    totaux = {cle: sum((lg[cle] for lg in lignes), ZERO) for cle in ("retenues_legales", *MONTANTS_DE_PAIE)}
    resultat: dict[str, Any] = {
        "pseudonyme": personne.pseudonyme,
        "du": du,
        "au": au,
        "heures": Decimal(heures).quantize(Decimal("0.01")),
        "totaux": totaux,
        "lignes": lignes,
    }
    if identite.role == "conseiller":  # le statut de prévenu ne sort que pour son conseiller
        resultat["statut"] = personne.statut
    return resultat


MONTANTS_DE_PAIE = ("brute", "prelevement", "verse_directeur", "allocation", "epargne")


def _ligne_de_paie(lp: m.LignePaie, identite: Identite) -> dict[str, Any]:
    """Une paie d'une personne : sa période, ses heures, ses montants au cent ; la nature d'une retenue ne
    sort que pour la paie."""
    ligne = {"du": lp.du, "au": lp.au, "versee_le": lp.versee_le, "heures": Decimal(lp.heures),
             **{cle: _argent(getattr(lp, cle)) for cle in ("retenues_legales", *MONTANTS_DE_PAIE)}}
    if identite.role == "paie":
        ligne["nature_retenue"] = lp.nature_retenue
    return ligne


@lecture(TOUS | {"public"})
def paies_versees(
    identite: Identite,
    session: Session,
    ids: list[int],
    au: datetime.date,
    du: datetime.date | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
    par_mois: bool = False,
) -> dict[str, Any]:
    """Art. 11, 15, 16 ; LSCQ, art. 91 : la paie du fonds sur une période, en agrégats seulement —
    personnes payées, heures, montants ; par statut et par activité (le fonds la nomme quand il y en a
    plusieurs). Le public n'a que des comptes de tout le programme : personnes payées et heures, sans
    argent, sans fonds ni activité (FUND-DATA). Ni pseudonyme ni nature de retenue ; tout agrégat de 1 à
    4 personnes est supprimé, avec sa suppression complémentaire.

    Les paies dont la période commence du `du` au `au` (par versement : versées du `du` au `au`) ; `le`
    désigne une paie, celle versée ce jour-là ou sinon celle dont la période le comprend ; sans `du` ni
    `le`, la dernière paie dont la période commence au plus tard le `au`. `par_mois` : les mêmes agrégats
    pour chaque mois de versement (clé « par_mois »), chacun supprimé sous 5 personnes."""
    de_la_periode, le = _paies_de_la_periode(session, ids, au, du, par_versement, le)
    paies = session.execute(
        select(m.LignePaie, m.Participant.statut)
        .join(m.Participant, and_(m.Participant.id == m.LignePaie.participant_id,
                                  m.Participant.fonds_id == m.LignePaie.fonds_id))
        .where(de_la_periode)
    ).all()
    ensemble = _agreger([lp for lp, _ in paies])
    retenues = {_qui(lp) for lp, _ in paies if lp.retenues_legales}
    if effectif(len(retenues)) is not None:
        ensemble["retenues_legales"] = sum((_argent(lp.retenues_legales) for lp, _ in paies), ZERO)
    par_statut = [{"statut": statut, **_agreger([lp for lp, s in paies if s == statut])}
                  for statut in ("prevenu", "condamne")]
    paie = {
        "du": min((lp.du for lp, _ in paies), default=du or le),
        "au": max((lp.au for lp, _ in paies), default=au if le is None else le),
        "paies": len(paies),
        "ensemble": ensemble if effectif(ensemble["personnes"]) is not None else _vide(ensemble),
        "par_statut": supprimer_petits(par_statut, ("heures", *MONTANTS_DE_PAIE)),
    }
    if par_mois:
        paie["par_mois"] = _par_mois_de_versement(paies)
    if identite.anonyme:
        return _sans_argent(paie)
    par_activite = _heures_par_activite(session, de_la_periode)
    return {**paie, "par_fonds": _par_fonds(session, ids, [lp for lp, _ in paies]),
            "par_activite": supprimer_petits(par_activite, ("heures", "brute"))}


@lecture(TOUS)
def paies_par_activite_et_mois(
    identite: Identite,
    session: Session,
    ids: list[int],
    au: datetime.date,
    du: datetime.date | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
    activite: str | None = None,
) -> list[dict[str, Any]] | None:
    """Art. 11 : les paies de la période (choisies comme par `paies_versees`), mois de versement par mois :
    chaque activité (ou celle demandée), ses personnes, ses heures et son brut. Les totaux de la période sont
    dits à côté : une seule cellule de 1 à 4 personnes s'y retrouverait par différence ; le tableau entier
    est alors tu (None)."""
    de_la_periode, _ = _paies_de_la_periode(session, ids, au, du, par_versement, le)
    versements = session.scalars(select(m.LignePaie.versee_le).where(de_la_periode).distinct())
    rangs = []
    for premier in sorted({jour.replace(day=1) for jour in versements}):
        versee = m.LignePaie.versee_le
        du_mois = and_(de_la_periode, versee >= premier, versee <= fin_du_mois(premier))
        groupes = supprimer_petits(_heures_par_activite(session, du_mois), ("heures", "brute"))
        rangs += [{"mois": premier, **g} for g in groupes if activite in (None, g["activite"])]
    return None if any(r["personnes"] is None for r in rangs) else rangs


def _paies_de_la_periode(
    session: Session, ids: list[int], au: datetime.date, du: datetime.date | None, par_versement: bool,
    le: datetime.date | None,
) -> tuple[Any, datetime.date | None]:
    """Le filtre des paies d'une question, et le jour de la paie désignée (la dernière, sans période)."""
    du_fonds = m.LignePaie.fonds_id.in_(ids)
    if le is None and du is None:
        le = session.scalar(select(func.max(m.LignePaie.du)).where(du_fonds, m.LignePaie.du <= au)) or au
    if le is not None:
        versee = and_(du_fonds, m.LignePaie.versee_le == le)
        return (versee if session.scalar(select(func.count()).where(versee)) else and_(
            du_fonds, m.LignePaie.du <= le, m.LignePaie.au >= le)), le
    jour_de_paie = m.LignePaie.versee_le if par_versement else m.LignePaie.du
    return and_(du_fonds, jour_de_paie >= du, jour_de_paie <= au), le


@lecture({"conseiller", "paie", "administrateur"})
def paies_par_personne(
    identite: Identite,
    session: Session,
    ids: list[int],
    au: datetime.date,
    du: datetime.date | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
) -> list[dict[str, Any]]:
    """Art. 11, 15, 16 : les paies d'une période (ou une paie désignée, comme `paies_versees`), une ligne
    par paie d'une personne, la plus élevée d'abord. Pour qui lit la paie d'une personne : son conseiller
    et la paie ; la nature d'une retenue ne sort que pour la paie."""
    de_la_periode, _ = _paies_de_la_periode(session, ids, au, du, par_versement, le)
    requete = (
        select(m.LignePaie, m.Participant.pseudonyme)
        .join(m.Participant, m.Participant.id == m.LignePaie.participant_id)
        .where(de_la_periode)
        .order_by(m.LignePaie.brute.desc(), m.Participant.pseudonyme, m.LignePaie.du)
    )
    return [{"pseudonyme": pseudonyme, **_ligne_de_paie(lp, identite)}
            for lp, pseudonyme in session.execute(requete)]


def _par_fonds(session: Session, ids: list[int], paies: list[m.LignePaie]) -> list[dict[str, Any]]:
    """Le Fonds central lit plusieurs fonds : chacun a sa ligne (« dans chacun de mes fonds »)."""
    if len(ids) < 2:
        return []
    codes = _codes(session, ids)
    groupes = [{"fonds": codes[i], **_agreger([lp for lp in paies if lp.fonds_id == i])}
               for i in sorted(codes, key=codes.__getitem__)]
    return supprimer_petits(groupes, ("heures", *MONTANTS_DE_PAIE))


def _codes(session: Session, ids: list[int]) -> dict[int, str]:
    """Le code de chaque fonds lu (« VDP »), par son identifiant."""
    requete = select(m.Fonds.id, m.Fonds.code).where(m.Fonds.id.in_(ids))
    return {i: code for i, code in session.execute(requete)}


def _sans_argent(paie: dict[str, Any]) -> dict[str, Any]:
    """Pour le public : les personnes et les heures de tout le programme, sans aucun montant, ni fonds, ni
    activité."""
    sans_argent = {cle: None for cle in (*MONTANTS_DE_PAIE, "retenues_legales")}
    return {**paie, "ensemble": {**paie["ensemble"], **sans_argent},
            "par_statut": [{**g, **sans_argent} for g in paie["par_statut"]],
            "par_mois": [{**r, "ensemble": {**r["ensemble"], **sans_argent},
                          "par_statut": [{**g, **sans_argent} for g in r["par_statut"]]}
                         for r in paie.get("par_mois", [])],
            "par_fonds": [], "par_activite": []}


def _par_mois_de_versement(paies: list[Any]) -> list[dict[str, Any]]:
    """Les paies de chaque mois de versement, en agrégats : l'ensemble et chaque statut, supprimés sous 5."""
    rangs = [{"mois": premier, "ensemble": _agreger([lp for lp, _ in du_mois]),
              "par_statut": [{"statut": statut, **_agreger([lp for lp, s in du_mois if s == statut])}
                             for statut in ("prevenu", "condamne")]}
             for premier, du_mois in par_mois(paies, lambda paie: paie[0].versee_le)]
    return _supprimer_en_croix(rangs)


def _supprimer_en_croix(rangs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Un tableau mois × (ensemble, statuts) dont les totaux de la période sont dits ailleurs : chaque
    cellule de 1 à 4 personnes est cachée, puis, jusqu'à ce que rien ne change, une seule cellule cachée
    dans un mois (à côté de son ensemble) ou dans une colonne (à côté du total de la période) en fait
    cacher une autre ; un ensemble caché cache ses statuts, qui le redonneraient par addition."""
    cles = ("heures", "retenues_legales", *MONTANTS_DE_PAIE)

    def caches() -> list[tuple]:
        return [(r["ensemble"]["personnes"], [g["personnes"] for g in r["par_statut"]]) for r in rangs]

    while True:
        avant = caches()
        for r in rangs:
            r["par_statut"] = supprimer_petits(r["par_statut"], cles)
            if r["ensemble"]["personnes"] is None or effectif(r["ensemble"]["personnes"]) is None:
                r["ensemble"] = _vide(r["ensemble"])
                r["par_statut"] = [{**_vide(g), "statut": g["statut"]} for g in r["par_statut"]]
        for r, ensemble in zip(rangs, supprimer_petits([r["ensemble"] for r in rangs], cles), strict=True):
            r["ensemble"] = ensemble
        for k in range(len(rangs[0]["par_statut"]) if rangs else 0):
            colonne = supprimer_petits([r["par_statut"][k] for r in rangs], cles)
            for r, groupe in zip(rangs, colonne, strict=True):
                r["par_statut"][k] = groupe
        if caches() == avant:  # on ne fait que cacher : l'état finit par ne plus changer
            return rangs


def _qui(ligne: Any) -> tuple[int, int]:
    return ligne.fonds_id, ligne.participant_id


def _agreger(paies: list[m.LignePaie]) -> dict[str, Any]:
    return {
        "personnes": len({_qui(lp) for lp in paies}),
        "heures": sum((Decimal(lp.heures) for lp in paies), Decimal(0)),
        **{cle: sum((_argent(getattr(lp, cle)) for lp in paies), ZERO) for cle in MONTANTS_DE_PAIE},
        "retenues_legales": None,
    }


def _vide(groupe: dict[str, Any]) -> dict[str, Any]:
    """Un agrégat de moins de 5 personnes : rien que le fait qu'il y en a."""
    return {**dict.fromkeys(groupe), "personnes": None}


def _heures_par_activite(session: Session, de_la_periode: Any) -> list[dict[str, Any]]:
    """Les heures que paient les paies de la période, par activité : personnes distinctes, heures ; et le
    brut, quand chaque paie n'a d'heures qu'à une activité (une paie ne se ventile pas)."""
    h = m.Heures
    lignes = session.execute(
        select(h.fonds_id, h.participant_id, h.heures, m.Activite.code, m.Activite.nom, m.Fonds.code,
               m.LignePaie.id, m.LignePaie.brute)
        .join(m.LignePaie, and_(m.LignePaie.fonds_id == h.fonds_id,
                                m.LignePaie.participant_id == h.participant_id,
                                h.du >= m.LignePaie.du, h.du <= m.LignePaie.au))
        .join(m.Activite, and_(m.Activite.id == h.activite_id, m.Activite.fonds_id == h.fonds_id))
        .join(m.Fonds, m.Fonds.id == h.fonds_id)
        .where(de_la_periode)
    )
    groupes: dict[tuple[str, str, str], dict[str, Any]] = {}
    activites_de_la_paie: dict[int, set[tuple[str, str, str]]] = {}
    brut_de_la_paie: dict[int, Decimal] = {}
    for fonds_id, participant_id, heures, code, nom, fonds, paie, brute in lignes:
        g = groupes.setdefault((fonds, code, nom), {"fonds": fonds, "activite": code, "nom": nom,
                                                    "qui": set(), "heures": Decimal(0)})
        g["qui"].add((fonds_id, participant_id))
        g["heures"] += Decimal(heures)
        activites_de_la_paie.setdefault(paie, set()).add((fonds, code, nom))
        brut_de_la_paie[paie] = _argent(brute)
    # Une seule paie à cheval et son brut se retrouverait par différence avec le total : aucun brut alors.
    ventilee = all(len(activites) == 1 for activites in activites_de_la_paie.values())
    bruts = dict.fromkeys(groupes, ZERO)
    for paie, activites in activites_de_la_paie.items():
        for cle in activites:
            bruts[cle] += brut_de_la_paie[paie]
    return [{"fonds": g["fonds"], "activite": g["activite"], "nom": g["nom"], "personnes": len(g["qui"]),
             "heures": g["heures"], "brute": bruts[cle] if ventilee else None}
            for cle, g in sorted(groupes.items())]


@lecture({"conseiller", "membre_ca", "administrateur"})
def demandes_aide(
    identite: Identite,
    session: Session,
    ids: list[int],
    numero: str | None = None,
    presentee_le: datetime.date | None = None,
) -> list[dict[str, Any]]:
    """Art. 5 : où en est une demande d'assistance (à l'étude, accordée, refusée)."""
    requete = (
        select(m.DemandeAide, m.Participant.pseudonyme, m.DecisionAide)
        .join(m.Participant, m.Participant.id == m.DemandeAide.participant_id)
        .outerjoin(m.DecisionAide, m.DecisionAide.demande_id == m.DemandeAide.id)
        .where(m.DemandeAide.fonds_id.in_(ids), _seulement_soi(identite, m.Participant.pseudonyme))
        .order_by(m.DemandeAide.presentee_le, m.DemandeAide.numero)
    )
    if numero:
        requete = requete.where(m.DemandeAide.numero == numero)
    if presentee_le:
        requete = requete.where(m.DemandeAide.presentee_le == presentee_le)
    return [
        {
            "numero": d.numero,
            "pseudonyme": pseudo,
            "presentee_le": d.presentee_le,
            "presentee_par": d.presentee_par,
            "situation": d.situation,
            "forme": d.forme,
            "montant_demande": _argent(d.montant_demande),
            "statut": dec.decision if dec else "a_l_etude",
            "decidee_le": dec.decidee_le if dec else None,
            "montant_accorde": _argent(dec.montant_accorde) if dec else None,
        }
        for d, pseudo, dec in session.execute(requete)
    ]


@lecture({"conseiller", "paie", "membre_ca", "administrateur"})
def prets(
    identite: Identite, session: Session, ids: list[int], pseudonyme: str | None = None,
    numero: str | None = None,
) -> list[dict[str, Any]]:
    """Art. 5 et 16, al. 3 : prêts sans intérêt, remboursé et solde ; ce qui reste dû à la libération."""
    rembourse = (
        select(m.Remboursement.pret_id, func.sum(m.Remboursement.montant).label("total"))
        .where(m.Remboursement.fonds_id.in_(ids))
        .group_by(m.Remboursement.pret_id)
        .subquery()
    )
    requete = (
        select(m.PretPersonne, m.Participant, func.coalesce(rembourse.c.total, 0))
        .join(m.Participant, m.Participant.id == m.PretPersonne.participant_id)
        .outerjoin(rembourse, rembourse.c.pret_id == m.PretPersonne.id)
        .where(m.PretPersonne.fonds_id.in_(ids), _seulement_soi(identite, m.Participant.pseudonyme))
        .order_by(m.PretPersonne.accorde_le)
    )
    if pseudonyme:
        _participant(session, ids, identite, pseudonyme)
        requete = requete.where(m.Participant.pseudonyme == pseudonyme)
    if numero:
        requete = requete.where(m.PretPersonne.numero == numero)
    lus = session.execute(requete).all()
    versements = _remboursements(session, ids, [p.id for p, _, _ in lus])
    return [
        {
            "numero": p.numero,
            "pseudonyme": personne.pseudonyme,
            "accorde_le": p.accorde_le,
            "principal": _argent(p.principal),
            "rembourse": _argent(total),
            "solde": _argent(p.principal) - _argent(total),
            "liberation_prevue": personne.liberation_prevue,
            "liberation": personne.liberation,
            "remboursements": versements.get(p.id, []),
        }
        for p, personne, total in lus
    ]


def _remboursements(session: Session, ids: list[int], prets: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Art. 16, al. 3 : chaque remboursement d'un prêt, sa date, son montant et d'où il vient."""
    requete = (
        select(m.Remboursement)
        .where(m.Remboursement.fonds_id.in_(ids), m.Remboursement.pret_id.in_(prets))
        .order_by(m.Remboursement.le)
    )
    par_pret: dict[int, list[dict[str, Any]]] = {}
    for r in session.scalars(requete):
        versement = {"le": r.le, "montant": _argent(r.montant), "source": r.source}
        par_pret.setdefault(r.pret_id, []).append(versement)
    return par_pret


CLAUSES_ART_7 = {
    "1°": "montant total ou maximum",
    "2°": "nombre d'heures de travail requises",
    "3°": "durée, date de début et d'échéance",
    "4°": "obligations du tiers, dont la communication des heures de chaque personne",
}


def _clauses_manquantes(c: m.Contrat) -> list[str]:
    manque = []
    if c.montant_total is None and c.montant_maximum is None:
        manque.append("1°")
    if c.heures_requises is None:
        manque.append("2°")
    if c.debut is None or c.fin is None:
        manque.append("3°")
    if not c.obligations_tiers or not c.communication_heures:
        manque.append("4°")
    return manque


def _contrat(c: m.Contrat, tiers: str) -> dict[str, Any]:
    return {
        "numero": c.numero,
        "tiers": tiers,
        "etat": c.etat,
        "debut": c.debut,
        "fin": c.fin,
        "montant_total": c.montant_total,
        "montant_maximum": c.montant_maximum,
        "clauses_manquantes": _clauses_manquantes(c),  # paragraphes de l'art. 7 (libellés : CLAUSES_ART_7)
    }


@lecture({"membre_ca", "administrateur"})
def contrats(
    identite: Identite,
    session: Session,
    ids: list[int],
    *,
    incomplets: bool = False,
    finissant_avant: datetime.date | None = None,
    depuis: datetime.date | None = None,
) -> list[dict[str, Any]]:
    """Art. 7 : les contrats et leurs clauses manquantes ; `incomplets` ne garde que ceux à qui il en
    manque ; `finissant_avant` ceux qui prennent fin entre `depuis` et cette date."""
    requete = (
        select(m.Contrat, m.Tiers.nom)
        .join(m.Tiers, m.Tiers.id == m.Contrat.tiers_id)
        .where(m.Contrat.fonds_id.in_(ids))
        .order_by(m.Contrat.fin, m.Contrat.numero)
    )
    if finissant_avant:
        requete = requete.where(
            m.Contrat.fin <= finissant_avant, m.Contrat.fin >= (depuis or datetime.date.min)
        )
    rangs = [_contrat(c, tiers) for c, tiers in session.execute(requete)]
    return [r for r in rangs if r["clauses_manquantes"]] if incomplets else rangs


@lecture({"membre_ca", "administrateur"})
def contrats_du_budget(
    identite: Identite, session: Session, ids: list[int], annee: int
) -> list[dict[str, Any]]:
    """Art. 2 (2°) : les contrats conclus ou projetés de l'année, et si le budget les accompagne."""
    debut, fin = datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)
    joints = set(session.scalars(select(m.ContratJoint.contrat_id).where(m.ContratJoint.annee == annee)))
    contrats = session.scalars(
        select(m.Contrat)
        .where(
            m.Contrat.fonds_id.in_(ids),
            or_(m.Contrat.debut.is_(None), m.Contrat.debut <= fin),
            or_(m.Contrat.fin.is_(None), m.Contrat.fin >= debut),
        )
        .order_by(m.Contrat.numero)
    )
    return [{"numero": c.numero, "joint": c.id in joints} for c in contrats]


@lecture({"membre_ca", "fonds_central", "administrateur"})
def emprunts(identite: Identite, session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Art. 8 : les emprunts consignés et leur solde, par fonds. Si un emprunt demanderait l'autorisation
    du ministre, c'est le calculateur `verifier_emprunt` qui le dit, au seuil en vigueur ce jour-là."""
    rangs = []
    for code, fid in session.execute(
        select(m.Fonds.code, m.Fonds.id).where(m.Fonds.id.in_(ids)).order_by(m.Fonds.code)
    ):
        lignes = session.scalars(
            select(m.EmpruntFonds).where(m.EmpruntFonds.fonds_id == fid).order_by(m.EmpruntFonds.contracte_le)
        ).all()
        solde = sum((_argent(e.solde) for e in lignes), ZERO)
        rangs.append(
            {
                "fonds": code,
                "solde": solde,
                "emprunts": [
                    {
                        "numero": e.numero,
                        "preteur": e.preteur,
                        "contracte_le": e.contracte_le,
                        "principal": _argent(e.principal),
                        "solde": _argent(e.solde),
                        "verification_prealable": e.verification_prealable,
                        "autorise": e.autorisation_id is not None,
                    }
                    for e in lignes
                ],
            }
        )
    return rangs


def _beneficiaire(identite: Identite, beneficiaire: str) -> str:
    if identite.detenu and beneficiaire.startswith("P-") and beneficiaire != identite.pseudonyme:
        return PERSONNE_MASQUEE
    return beneficiaire


@lecture({"membre_ca", "administrateur"})
def cheques(
    identite: Identite,
    session: Session,
    ids: list[int],
    numero: int | None = None,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
) -> list[dict[str, Any]]:
    """Art. 6, al. 2 : qui a signé, et si deux personnes désignées dont un membre du conseil ont signé."""
    requete = select(m.Cheque).where(m.Cheque.fonds_id.in_(ids)).order_by(m.Cheque.emis_le, m.Cheque.numero)
    if numero is not None:
        requete = requete.where(m.Cheque.numero == numero)
    if du:
        requete = requete.where(m.Cheque.emis_le >= du)
    if au:
        requete = requete.where(m.Cheque.emis_le <= au)
    cheques_ = session.scalars(requete.limit(500)).all()
    signatures: dict[int, list[tuple[str, bool, str]]] = {}
    if cheques_:
        for cid, designation, membre, code in session.execute(
            select(m.SignatureCheque.cheque_id, m.Signataire.designation, m.Signataire.membre_ca_id,
                   m.Signataire.code)
            .join(m.Signataire, m.Signataire.id == m.SignatureCheque.signataire_id)
            .where(m.SignatureCheque.cheque_id.in_([c.id for c in cheques_]))
        ):
            signatures.setdefault(cid, []).append((designation, membre is not None, code))
    rangs = []
    for c in cheques_:
        signes = sorted(signatures.get(c.id, []))
        rangs.append(
            {
                "numero": c.numero,
                "emis_le": c.emis_le,
                "beneficiaire": _beneficiaire(identite, c.beneficiaire),
                "montant": _argent(c.montant),
                "signataires": [{"designation": d, "membre_ca": mb, "code": code} for d, mb, code in signes],
                "conforme": len(signes) == 2 and any(mb for _, mb, _ in signes),
            }
        )
    return rangs


@lecture({"membre_ca", "administrateur"})
def signataires(
    identite: Identite, session: Session, ids: list[int], jour: datetime.date
) -> list[dict[str, Any]]:
    """Art. 6, al. 2 : les personnes désignées par le conseil pour signer, ce jour-là."""
    requete = select(m.Signataire).where(
        m.Signataire.fonds_id.in_(ids),
        m.Signataire.debut <= jour,
        or_(m.Signataire.fin.is_(None), m.Signataire.fin >= jour),
    )
    return [
        {"code": s.code, "designation": s.designation, "membre_ca": s.membre_ca_id is not None}
        for s in session.scalars(requete.order_by(m.Signataire.code))
    ]


@lecture({"membre_ca", "administrateur"})
def depots(
    identite: Identite,
    session: Session,
    ids: list[int],
    du: datetime.date,
    au: datetime.date,
    delai_jours: int = DELAI_DEPOT_JOURS,
) -> list[dict[str, Any]]:
    """Art. 6, al. 1 : les dépôts des sommes reçues du `du` au `au`, et ceux faits plus de
    `delai_jours` jours après la réception (`en_retard`)."""
    requete = (
        select(m.Depot, m.MembreCA)
        .outerjoin(m.MembreCA, m.MembreCA.id == m.Depot.par_membre_id)
        .where(m.Depot.fonds_id.in_(ids), m.Depot.recu_le >= du, m.Depot.recu_le <= au)
        .order_by(m.Depot.recu_le)
    )
    return [
        {
            "numero": d.numero,
            "recu_le": d.recu_le,
            "depose_le": d.depose_le,
            "jours": (d.depose_le - d.recu_le).days,
            "jours_ouvrables": jours_ouvrables(d.recu_le, d.depose_le),
            "en_retard": (d.depose_le - d.recu_le).days > delai_jours,
            "montant": _argent(d.montant),
            # Un membre spécialement autorisé, ou la personne désignée (art. 6, al. 1).
            "depose_par": f"{membre.designation} ({membre.code})" if membre else d.par_designation,
        }
        for d, membre in session.execute(requete)
    ]


@lecture({"membre_ca", "fonds_central", "administrateur"})
def revenus_par_source(
    identite: Identite,
    session: Session,
    ids: list[int],
    annee: int,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
) -> dict[str, Decimal]:
    """LSCQ, art. 75 et art. 4 : d'où viennent les revenus de l'année, ou de la période `du`–`au`
    (somme des fonds permis)."""
    requete = (
        select(m.Revenu.source, func.sum(m.Revenu.montant))
        .where(
            m.Revenu.fonds_id.in_(ids),
            m.Revenu.le >= (du or datetime.date(annee, 1, 1)),
            m.Revenu.le <= (au or datetime.date(annee, 12, 31)),
        )
        .group_by(m.Revenu.source)
        .order_by(m.Revenu.source)
    )
    return {source: _argent(total) for source, total in session.execute(requete)}


@lecture({"membre_ca", "fonds_central", "administrateur"})
def revenus_par_mois(
    identite: Identite,
    session: Session,
    ids: list[int],
    du: datetime.date,
    au: datetime.date,
    source: str | None = None,
) -> dict[datetime.date, Decimal]:
    """Les revenus de la période `du`–`au`, mois par mois (clé : le 1er du mois), d'une source ou de
    toutes (somme des fonds permis) ; un mois sans revenu consigné n'y est pas."""
    annee, mois = func.extract("year", m.Revenu.le), func.extract("month", m.Revenu.le)
    requete = (
        select(annee, mois, func.sum(m.Revenu.montant))
        .where(
            m.Revenu.fonds_id.in_(ids),
            m.Revenu.le >= du,
            m.Revenu.le <= au,
            true() if source is None else m.Revenu.source == source,
        )
        .group_by(annee, mois)
        .order_by(annee, mois)
    )
    return {datetime.date(int(a), int(n), 1): _argent(total) for a, n, total in session.execute(requete)}


@lecture({"membre_ca", "fonds_central", "administrateur"})
def membres_ca(
    identite: Identite, session: Session, ids: list[int], fin_avant: datetime.date | None = None
) -> list[dict[str, Any]]:
    """Qui siège au conseil et quand finit son mandat ; ni coordonnées ni pseudonyme d'un membre détenu."""
    requete = (
        select(m.MembreCA, m.Fonds.code)
        .join(m.Fonds, m.Fonds.id == m.MembreCA.fonds_id)
        .where(m.MembreCA.fonds_id.in_(ids))
        .order_by(m.Fonds.code, m.MembreCA.code)
    )
    if fin_avant:
        requete = requete.where(m.MembreCA.fin_mandat <= fin_avant)
    return [
        {
            "fonds": code,
            "code": mb.code,
            "categorie": mb.categorie,
            "fonction": mb.fonction,
            "designation": "membre issu des personnes incarcérées" if mb.participant_id else mb.designation,
            "debut_mandat": mb.debut_mandat,
            "fin_mandat": mb.fin_mandat,
            "autorise_depot": mb.autorise_depot,
        }
        for mb, code in session.execute(requete)
    ]


@lecture({"membre_ca", "fonds_central", "administrateur"})
def programme(identite: Identite, session: Session, ids: list[int], annee: int) -> list[dict[str, Any]]:
    """Art. 2 : le programme de l'année, soumis (avant le 1er novembre), approuvé, appliqué, et les
    personnes qu'il vise."""
    requete = (
        select(m.Fonds.code, m.Programme)
        .outerjoin(m.Programme, and_(m.Programme.fonds_id == m.Fonds.id, m.Programme.annee == annee))
        .where(m.Fonds.id.in_(ids))
        .order_by(m.Fonds.code)
    )
    return [
        {
            "fonds": code,
            "annee": annee,
            "soumis_le": p.soumis_le if p else None,
            "approuve_le": p.approuve_le if p else None,
            "applique_le": p.applique_le if p else None,
            "soumis_a_temps": bool(p and p.soumis_le and p.soumis_le < datetime.date(annee - 1, 11, 1)),
            # Art. 2, 1° : le nombre de personnes concernées, prévenues et condamnées (art. 1, 4°).
            "prevus_prevenus": p.prevus_prevenus if p else None,
            "prevus_condamnes": p.prevus_condamnes if p else None,
        }
        for code, p in session.execute(requete)
    ]


def _paires(
    ids: list[int], debut: datetime.date, fin: datetime.date, par_nature: bool = True,
    activite: str | None = None,
) -> Any:
    """Les paires (nature, personne) distinctes de la période dans ces fonds, avec leur fonds : lues dans
    l'index ix_inscription_periode. Une personne n'est que d'un fonds (clé composite) : ajouter le
    fonds ne change pas le nombre de paires, et les comptes d'un fonds s'ajoutent à ceux des autres.
    Sans `par_nature`, chaque personne une fois, quelle que soit l'activité (nature « toutes »)."""
    return (
        select(m.Inscription.fonds_id, _groupe(par_nature).label("nature"),
               m.Inscription.participant_id)
        .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
        .where(
            m.Inscription.fonds_id.in_(ids),
            m.Inscription.debut <= fin,
            or_(m.Inscription.fin.is_(None), m.Inscription.fin >= debut),
            true() if activite is None else m.Activite.code == activite,
        )
        .distinct()
        .subquery()
    )


def _groupe(par_nature: bool) -> Any:
    """Ce que compte chaque rang : la nature d'activité, ou toutes."""
    return m.Activite.nature if par_nature else literal_column("'toutes'")


def _comptes_en_direct(
    session: Session, ids: list[int], debut: datetime.date, fin: datetime.date, par_nature: bool = True,
    activite: str | None = None,
) -> list[tuple[int, str, str, int]]:
    """(fonds, nature, statut, personnes) de la période, calculés sur les inscriptions : le statut est
    lu une fois par paire, un seul DISTINCT au lieu d'un par statut."""
    paires = _paires(ids, debut, fin, par_nature, activite)
    return [
        (fonds_id, nature, statut, n)
        for fonds_id, nature, statut, n in session.execute(
            select(paires.c.fonds_id, paires.c.nature, m.Participant.statut, func.count())
            .join(m.Participant, m.Participant.id == paires.c.participant_id)
            .group_by(paires.c.fonds_id, paires.c.nature, m.Participant.statut)
        )
    ]


def _perimes(session: Session, ids: list[int]) -> set[int]:
    return set(
        session.scalars(
            select(m.ParticipationPerimee.fonds_id).where(m.ParticipationPerimee.fonds_id.in_(ids))
        )
    )


def _verrouiller_perimes(session: Session, ids: list[int]) -> list[int]:
    """Les fonds de `ids` marqués périmés, verrouillés pour cette transaction jusqu'à sa fin."""
    marques = select(m.ParticipationPerimee.fonds_id).where(m.ParticipationPerimee.fonds_id.in_(ids))
    if session.get_bind().dialect.name == "postgresql":
        # Une marque tenue par une écriture en cours (ou par un autre rafraîchissement) est sautée :
        # ce fonds reste périmé, compté en direct, et sera refait après.
        return sorted(session.scalars(marques.with_for_update(skip_locked=True)))
    # SQLite : une écriture à blanc prend le verrou d'écriture de la base avant de lire les marques ;
    # aucune autre écriture ne peut s'intercaler entre le calcul et l'effacement des marques.
    session.execute(
        update(m.ParticipationPerimee)
        .where(m.ParticipationPerimee.fonds_id.in_(ids))
        .values(fonds_id=m.ParticipationPerimee.fonds_id)
    )
    return sorted(session.scalars(marques))


def rafraichir_participation(session: Session, ids: list[int]) -> list[int]:
    """Refait les comptes précalculés (ParticipationAnnee) des fonds marqués périmés parmi `ids`, dans
    la transaction de `session` ; rend les fonds refaits.

    Chaque année de la première inscription à la dernière date connue (début ou fin) d'un fonds a ses
    comptes ; l'année d'après est marquée `suivantes` : au-delà, seules les inscriptions sans fin
    sont encore ouvertes, et le compte ne change plus."""
    perimes = _verrouiller_perimes(session, ids)
    if not perimes:
        return []
    premiere, derniere = {}, {}
    for fonds_id, premier_debut, dernier_debut, derniere_fin in session.execute(
        select(
            m.Inscription.fonds_id,
            func.min(m.Inscription.debut),
            func.max(m.Inscription.debut),
            func.max(m.Inscription.fin),
        )
        .where(m.Inscription.fonds_id.in_(perimes))
        .group_by(m.Inscription.fonds_id)
    ):
        premiere[fonds_id] = premier_debut.year
        derniere[fonds_id] = max(dernier_debut.year, derniere_fin.year if derniere_fin else 0) + 1
    lignes = []
    for annee in range(min(premiere.values(), default=0), max(derniere.values(), default=-1) + 1):
        fonds = [f for f in premiere if premiere[f] <= annee <= derniere[f]]
        lignes += [
            {
                "fonds_id": fonds_id,
                "annee": annee,
                "nature": nature,
                "statut": statut,
                "personnes": n,
                "suivantes": annee == derniere[fonds_id],
            }
            for fonds_id, nature, statut, n in _comptes_en_direct(session, fonds, *_annee(annee))
        ]
    lignes += [  # « depuis l'ouverture » : chaque personne une fois, toutes années confondues
        {"fonds_id": fonds_id, "annee": TOUTES_LES_ANNEES, "nature": nature, "statut": statut, "personnes": n,
         "suivantes": False}
        for fonds_id, nature, statut, n in _comptes_en_direct(session, sorted(premiere), *TOUJOURS)
    ]
    session.execute(delete(m.ParticipationAnnee).where(m.ParticipationAnnee.fonds_id.in_(perimes)))
    if lignes:
        session.execute(insert(m.ParticipationAnnee.__table__), lignes)
    session.execute(delete(m.ParticipationPerimee).where(m.ParticipationPerimee.fonds_id.in_(perimes)))
    return perimes


# « Depuis l'ouverture » : toutes les inscriptions consignées, précalculées sous l'année 0.
TOUJOURS = (datetime.date.min, datetime.date.max)
TOUTES_LES_ANNEES = 0


def _annee(annee: int | None) -> tuple[datetime.date, datetime.date]:
    if annee is None:
        raise TypeError("une année ou une période")
    return datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)


@lecture(TOUS | {"public"})
def comptes_participation(
    identite: Identite,
    session: Session,
    ids: list[int],
    annee: int | None = None,
    par_fonds: bool = False,
    periode: tuple[datetime.date, datetime.date] | None = None,
    par_nature: bool = True,
    par_mois: bool = False,
    activite: str | None = None,
) -> list[dict[str, Any]]:
    """Art. 1 (4°) : personnes distinctes par nature d'activité, prévenus et condamnés ; agrégat sur
    tous les fonds permis (tous pour le public), chaque compte de 1 à 4 personnes supprimé. `par_fonds` :
    les comptes de chaque fonds (clé « fonds », son code), pour qui en lit plusieurs, sans leur total.
    `periode` (premier et dernier jour) au lieu de l'année : « depuis l'ouverture », « en juillet » ;
    sans `par_nature`, chaque personne une fois, quelle que soit son activité (nature « toutes ») ;
    `par_mois` : les comptes de chaque mois de la période (clé « mois », son premier jour dans la
    période), une personne comptant dans chaque mois que touche une de ses inscriptions ; `activite` (son
    code) : les personnes de cette seule activité, son nom sous la clé « activite ».

    Les comptes d'une année sont lus précalculés, par fonds et par année (ParticipationAnnee). Un fonds
    marqué périmé est d'abord refait, dans une transaction à part comme le journal ; s'il ne peut l'être
    (base occupée, marque tenue par une écriture non validée), il est compté en direct : le résultat
    est toujours celui des inscriptions telles que l'appelant les voit. Une autre période, ses mois, ou
    les personnes sans leur nature, sont comptés en direct."""
    debut, fin = periode or _annee(annee)
    if par_mois:
        lus = _comptes_par_mois(session, ids, debut, fin, par_nature, activite)
    else:
        precalculee = _annee_precalculee(debut, fin) if par_nature and activite is None else None
        if precalculee is not None:
            lus = _comptes_precalcules(session, ids, precalculee, debut, fin)
        else:
            lus = _comptes_en_direct(session, ids, debut, fin, par_nature, activite)
        lus = [(None, *ligne) for ligne in lus]
    codes = _codes(session, ids) if par_fonds else {}
    comptes: dict[tuple, dict[str, int]] = {}  # (mois, fonds, nature) → statut → personnes
    for mois, fonds_id, nature, statut, n in lus:
        par_statut = comptes.setdefault((mois, codes.get(fonds_id), nature), {})
        par_statut[statut] = par_statut.get(statut, 0) + n
    rangs = []
    for mois, fonds, nature in sorted(comptes, key=lambda cle: (cle[0] or debut, cle[1] or "", cle[2])):
        prevenus, condamnes = (comptes[mois, fonds, nature].get(s, 0) for s in ("prevenu", "condamne"))
        p, c = effectif(prevenus), effectif(condamnes)
        # Suppression complémentaire : un total à côté d'une seule cellule cachée la révélerait.
        total = effectif(prevenus + condamnes) if p is not None and c is not None else None
        cles = {**({"mois": mois} if par_mois else {}), **({"fonds": fonds} if par_fonds else {})}
        rangs.append({**cles, "nature": nature, "prevenus": p, "condamnes": c, "total": total})
    if activite is not None:
        nommee = select(m.Activite.nom).where(m.Activite.fonds_id.in_(ids), m.Activite.code == activite)
        nom = session.scalars(nommee).first()
        rangs = [{"activite": nom, **rang} for rang in rangs]
    return rangs


def _comptes_par_mois(
    session: Session, ids: list[int], debut: datetime.date, fin: datetime.date, par_nature: bool,
    activite: str | None = None,
) -> list[tuple[datetime.date, int, str, str, int]]:
    """(premier jour du mois dans la période, fonds, nature, statut, personnes) de chaque mois : les
    inscriptions de la période lues une fois, chacune posée ici dans les mois qu'elle touche. Un compte
    SQL par mois relit les inscriptions longues à chaque mois, et une jointure aux mois les multiplie
    avant le DISTINCT : un an de la grande échelle y prenait 0,64 s et 0,94 s, contre 0,21 s ici."""
    mois = mois_de(debut, fin)

    def rang(jour: datetime.date) -> int:  # le mois de la période où tombe `jour`, borné à la période
        jour = min(max(jour, debut), fin)
        return (jour.year - debut.year) * 12 + jour.month - debut.month

    touches: dict[tuple, int] = defaultdict(int)  # (fonds, nature, personne, statut) → un bit par mois touché
    for fonds_id, quoi, personne, statut, du, au in session.execute(
        select(m.Inscription.fonds_id, _groupe(par_nature), m.Inscription.participant_id,
               m.Participant.statut, m.Inscription.debut, m.Inscription.fin)
        .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
        .join(m.Participant, m.Participant.id == m.Inscription.participant_id)
        .where(
            m.Inscription.fonds_id.in_(ids),
            m.Inscription.debut <= fin,
            or_(m.Inscription.fin.is_(None), m.Inscription.fin >= debut),
            true() if activite is None else m.Activite.code == activite,
        )
    ):
        touches[fonds_id, quoi, personne, statut] |= (1 << (rang(au or fin) + 1)) - (1 << rang(du))
    comptes = Counter(
        (k, fonds_id, quoi, statut)
        for (fonds_id, quoi, _, statut), bits in touches.items()
        for k in range(len(mois))
        if bits >> k & 1
    )
    return [(mois[k][0], fonds_id, quoi, statut, n) for (k, fonds_id, quoi, statut), n in comptes.items()]


def _annee_precalculee(debut: datetime.date, fin: datetime.date) -> int | None:
    """Les comptes précalculés qui valent pour la période : ceux de son année civile, ceux de toutes les
    années (TOUJOURS) ; None pour une autre période."""
    if (debut, fin) == TOUJOURS:
        return TOUTES_LES_ANNEES
    return debut.year if (debut, fin) == _annee(debut.year) else None


def _comptes_precalcules(
    session: Session, ids: list[int], annee: int, debut: datetime.date, fin: datetime.date
) -> list[Any]:
    """(fonds, nature, statut, personnes) de l'année (ou de toutes), précalculés ; les fonds périmés
    refaits, ou comptés en direct sur la période s'ils ne peuvent l'être."""
    perimes = _perimes(session, ids)
    if perimes:
        try:
            with Session(session.get_bind()) as rafraichie, rafraichie.begin():
                rafraichir_participation(rafraichie, sorted(perimes))
        except OperationalError:
            pass  # base occupée par une autre écriture : ces fonds sont comptés en direct
        perimes = _perimes(session, ids)
    frais = [i for i in ids if i not in perimes]
    lus: list[Any] = []
    if frais:
        pa = m.ParticipationAnnee
        lus += session.execute(
            select(pa.fonds_id, pa.nature, pa.statut, func.sum(pa.personnes))
            .where(pa.fonds_id.in_(frais), or_(pa.annee == annee, and_(pa.suivantes, pa.annee < annee)))
            .group_by(pa.fonds_id, pa.nature, pa.statut)
        ).all()
    if perimes:
        lus += _comptes_en_direct(session, sorted(perimes), debut, fin)
    return lus


@lecture({"conseiller"})
def statut_participant(identite: Identite, session: Session, ids: list[int], pseudonyme: str) -> str:
    """Art. 1 (4°) : la personne est-elle prévenue ou condamnée ? Réservé au conseiller : le statut de
    prévenu d'une personne identifiable ne sort pas de son conseiller."""
    return _participant(session, ids, identite, pseudonyme).statut


@lecture({"conseiller"})
def participants(
    identite: Identite,
    session: Session,
    ids: list[int],
    du: datetime.date,
    au: datetime.date,
    activite: str | None = None,
    arrives: bool = False,
) -> list[dict[str, Any]]:
    """Art. 1 (4°) et 3 : les personnes inscrites à une activité pendant la période (`arrives` : celles
    dont l'inscription y commence), avec leur statut. Réservé au conseiller : c'est lui qui suit les
    participants de son établissement, et le statut de prévenu ne sort pas de lui."""
    periode = [m.Inscription.debut >= du] if arrives else [
        or_(m.Inscription.fin.is_(None), m.Inscription.fin >= du)]
    requete = (
        select(m.Participant.pseudonyme, m.Participant.statut, m.Activite.code, m.Activite.nom,
               m.Inscription.debut, m.Inscription.fin, m.Inscription.statut)
        .join(m.Participant, m.Participant.id == m.Inscription.participant_id)
        .join(m.Activite, m.Activite.id == m.Inscription.activite_id)
        .where(m.Inscription.fonds_id.in_(ids), m.Inscription.debut <= au, *periode,
               m.Activite.code == activite if activite else true())
        .order_by(m.Activite.code, m.Participant.pseudonyme, m.Inscription.debut)
    )
    cles = ("pseudonyme", "statut", "activite", "nom", "debut", "fin", "inscription")
    return [dict(zip(cles, rang, strict=True)) for rang in session.execute(requete)]


@lecture({"conseiller"})
def autorisations(
    identite: Identite, session: Session, ids: list[int], pseudonyme: str | None = None
) -> list[dict[str, Any]]:
    """Art. 10 : les autorisations d'activité d'une personne (sans pseudonyme : de toutes celles du
    fonds), de la plus ancienne à la plus récente, et si l'avis requis a été obtenu ; jamais le motif
    (non conservé). Réservé au conseiller : qu'un avis soit requis en dit déjà trop."""
    qui = (m.Autorisation.participant_id == _participant(session, ids, identite, pseudonyme).id if pseudonyme
           else m.Autorisation.fonds_id.in_(ids))
    requete = (
        select(m.Autorisation, m.Activite.code, m.Participant.pseudonyme)
        .join(m.Activite, m.Activite.id == m.Autorisation.activite_id)
        .join(m.Participant, m.Participant.id == m.Autorisation.participant_id)
        .where(qui)
        .order_by(m.Autorisation.decidee_le, m.Participant.pseudonyme)
    )
    return [
        {
            "pseudonyme": personne,
            "activite": code,
            "decidee_le": a.decidee_le,
            "autorisee": a.autorisee,
            "avis_requis": a.avis_requis,
            "avis_obtenu": a.avis_obtenu,
        }
        for a, code, personne in session.execute(requete)
    ]


@lecture({"membre_ca", "administrateur"})
def placements(identite: Identite, session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """Art. 6, al. 3 : un placement autre qu'un dépôt en institution ou des obligations d'épargne du
    Québec ou du Canada requiert l'autorisation du ministre."""
    requete = (
        select(m.Placement, m.AutorisationMinistre)
        .outerjoin(m.AutorisationMinistre, m.AutorisationMinistre.id == m.Placement.autorisation_id)
        .where(m.Placement.fonds_id.in_(ids))
        .order_by(m.Placement.fait_le)
    )
    return [
        {
            "numero": p.numero,
            "nature": p.nature,
            "montant": _argent(p.montant),
            "fait_le": p.fait_le,
            "autorisation_requise": p.nature == "autre",
            "autorise": a is not None and a.decision == "accordee",
            "demandee_le": a.demandee_le if a else None,
            "decidee_le": a.decidee_le if a else None,
        }
        for p, a in session.execute(requete)
    ]


@lecture({"membre_ca", "fonds_central", "administrateur"})
def revenu_net_exploitation(
    identite: Identite, session: Session, ids: list[int], annee: int
) -> list[dict[str, Any]]:
    """Art. 17 : revenus moins frais et charges pour les produire, « sans tenir compte des déboursés
    servant à financer les activités [...] autres que du travail rémunéré » ; et la cotisation
    consignée au Fonds central, s'il y en a une."""
    debut, fin = datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)
    revenus = dict(
        session.execute(
            select(m.Revenu.fonds_id, func.sum(m.Revenu.montant))
            .where(m.Revenu.fonds_id.in_(ids), m.Revenu.le >= debut, m.Revenu.le <= fin)
            .group_by(m.Revenu.fonds_id)
        ).all()
    )
    depenses: dict[tuple[int, bool], Any] = {
        (fid, bool(exclue)): total
        for fid, exclue, total in session.execute(
            select(m.Depense.fonds_id, m.Depense.finance_non_remuneree, func.sum(m.Depense.montant))
            .where(m.Depense.fonds_id.in_(ids), m.Depense.le >= debut, m.Depense.le <= fin)
            .group_by(m.Depense.fonds_id, m.Depense.finance_non_remuneree)
        )
    }
    rangs = []
    for code, fid in session.execute(
        select(m.Fonds.code, m.Fonds.id).where(m.Fonds.id.in_(ids)).order_by(m.Fonds.code)
    ):
        cotisation = session.scalar(
            select(m.CotisationFC).where(m.CotisationFC.fonds_id == fid, m.CotisationFC.annee == annee)
        )
        charges, exclues = _argent(depenses.get((fid, False))), _argent(depenses.get((fid, True)))
        rangs.append(
            {
                "fonds": code,
                "annee": annee,
                "revenus": _argent(revenus.get(fid)),
                "charges": charges,
                "debourses_exclus": exclues,
                "revenu_net": _argent(revenus.get(fid)) - charges,
                "taux_cotisation": Decimal(cotisation.taux).quantize(Decimal("0.0001"))
                if cotisation
                else None,
                "cotisation": _argent(cotisation.montant) if cotisation else None,
                "payee_le": cotisation.payee_le if cotisation else None,
            }
        )
    return rangs


LECTURES = (
    activites_ouvertes,
    heures_et_paie,
    demandes_aide,
    prets,
    contrats,
    contrats_du_budget,
    emprunts,
    cheques,
    signataires,
    depots,
    revenus_par_source,
    revenus_par_mois,
    membres_ca,
    programme,
    comptes_participation,
    autorisations,
    participants,
    paies_par_personne,
    placements,
    revenu_net_exploitation,
)


@lecture(TOUS)
def designations(identite: Identite, session: Session, ids: list[int], genre: str) -> list[dict[str, Any]]:
    """Ce qu'une question peut nommer dans les registres du fonds : activités, contrats, chèques,
    prêts, demandes d'aide (clé, libellé, noms, numéros, dates, montants d'un contrat) ; pour résoudre
    « l'atelier de menuiserie »."""
    if genre == "activite":
        return [
            {"cle": a.code, "libelle": a.nom, "noms": (a.nom, a.code, NOMS_DE_NATURE[a.nature]),
             "numeros": (), "dates": ()}
            for a in session.scalars(
                select(m.Activite).where(m.Activite.fonds_id.in_(ids)).order_by(m.Activite.code)
            )
        ]
    if genre == "contrat":
        return [
            {
                "cle": c.numero,
                "libelle": f"contrat {c.numero} avec {nom}",
                # « le contrat projeté avec X », « celui qui commence en septembre »
                "noms": (nom, ETATS_DE_CONTRAT[c.etat]),
                "numeros": (c.numero,),
                "dates": tuple(d for d in (c.debut, c.fin) if d),
                # « le contrat de 48 000 $ » : ce que la question en dit peut départager deux contrats
                "montants": tuple(v for v in (c.montant_total, c.montant_maximum) if v is not None),
            }
            for c, nom in session.execute(
                select(m.Contrat, m.Tiers.nom)
                .join(m.Tiers, m.Tiers.id == m.Contrat.tiers_id)
                .where(m.Contrat.fonds_id.in_(ids))
                .order_by(m.Contrat.numero)
            )
        ]
    if genre == "cheque":
        return [
            {"cle": str(c.numero), "libelle": f"chèque {c.numero} du {c.emis_le:%Y-%m-%d}", "noms": (),
             "numeros": (str(c.numero),), "dates": (c.emis_le,)}
            for c in session.scalars(select(m.Cheque).where(m.Cheque.fonds_id.in_(ids)))
        ]
    if genre == "signataire":
        return _signataires_nommes(session, ids)
    if genre == "beneficiaire":
        # « le plus petit chèque fait à Fournitures Imaginaires » : un tiers, jamais une personne incarcérée.
        noms = session.scalars(select(m.Cheque.beneficiaire).where(m.Cheque.fonds_id.in_(ids)).distinct())
        return [{"cle": nom, "libelle": nom, "noms": (nom,), "numeros": (), "dates": ()}
                for nom in sorted(noms) if not re.fullmatch(FORME_PSEUDONYME, nom)]
    if genre == "pret":
        return _pieces_d_une_personne(identite, session, ids, m.PretPersonne, m.PretPersonne.accorde_le,
                                      "prêt")
    if genre == "demande":
        return _pieces_d_une_personne(identite, session, ids, m.DemandeAide, m.DemandeAide.presentee_le,
                                      "demande")
    raise ValueError(f"genre de désignation inconnu : {genre}")


def _signataires_nommes(session: Session, ids: list[int]) -> list[dict[str, Any]]:
    """« Signés par la Coordination des ateliers » : un signataire se nomme par les mots que nul autre
    ne porte ; « du conseil », que deux désignations partagent, dit une qualité (art. 6), pas qui."""
    signataires = session.scalars(
        select(m.Signataire).where(m.Signataire.fonds_id.in_(ids)).order_by(m.Signataire.code)
    ).all()
    frequence = Counter(mot for s in signataires for mot in set(s.designation.lower().split()))
    return [
        {"cle": s.code, "libelle": s.designation, "numeros": (), "dates": (),
         "noms": (" ".join(mot for mot in s.designation.split() if frequence[mot.lower()] == 1),)}
        for s in signataires
    ]


def _pieces_d_une_personne(
    identite: Identite, session: Session, ids: list[int], modele: Any, jour: Any, nom: str
) -> list[dict[str, Any]]:
    """Prêts et demandes d'aide : la pièce d'une personne, par son numéro ou par sa date ; un membre du
    conseil détenu ne peut nommer que les siennes."""
    requete = (
        select(modele, jour)
        .join(m.Participant, m.Participant.id == modele.participant_id)
        .where(modele.fonds_id.in_(ids), _seulement_soi(identite, m.Participant.pseudonyme))
    )
    return [
        {"cle": p.numero, "libelle": f"{nom} {p.numero} du {le:%Y-%m-%d}", "noms": (), "numeros": (p.numero,),
         "dates": (le,)}
        for p, le in session.execute(requete)
    ]


def fonds_connus(session: Session) -> list[tuple[str, str]]:
    """Codes et noms de tous les fonds (publics) : une question qui en nomme un autre que le sien
    est refusée avant toute lecture."""
    return [(code, nom) for code, nom in session.execute(select(m.Fonds.code, m.Fonds.nom))]

"""Revue de conformité d'un fonds pour une année : chaque règle que ses registres permettent de vérifier.

`revue(identite, session, annee)` rend une liste de `Constat` : la règle, l'article du Règlement sur
les programmes d'activités pour les personnes contrevenantes (S-40.1, r. 3) qui la fonde, la gravité,
les lignes des registres en cause et ce qu'il faut faire. Une liste vide : rien à signaler.

Lecture du texte, règle par règle (l'article est dans chaque constat) :
- art. 2, 1° et 2° : programme et budget de l'année, et ceux de l'année suivante, soumis « avant le
  1er novembre » (dates de outils/calendrier.py) ; budget transmis avec le programme ; art. 2, 3° :
  programme mis en application le 1er janvier ; art. 2, 2° : contrats conclus ou projetés joints au budget ;
- art. 7 : clauses obligatoires de chaque contrat actif dans l'année (1° à 4°) ;
- art. 8, al. 1 : emprunt de plus de 25 000 $, ou qui porte le solde au-delà (seuil lu dans
  outils/parametres/seuil_emprunt.toml), sans autorisation du ministre accordée avant l'emprunt ;
  al. 2 : emprunt à un prêteur externe sans vérification préalable auprès du Fonds central ;
- art. 6, al. 1 : dépôt fait plus de `DELAI_DEPOT_JOURS` jours après la réception, ou par un membre du
  conseil qui n'est pas spécialement autorisé ; al. 2 : chèque sans deux signataires désignés par le
  conseil, ou sans membre du conseil parmi eux ; al. 3 : placement autre qu'un dépôt ou des obligations
  d'épargne sans autorisation du ministre ;
- art. 3, al. 2 et 11, al. 3-4 : personnel non incarcéré (motif, rémunération, assurance) ;
- art. 9 : entente d'utilisation sans consentement du directeur ou sans permission du ministre ;
- art. 5 et 16, al. 3 : prêts aux personnes incarcérées (demande, décision) et solde dû à la libération ;
- art. 11, al. 1, 15 et 16, al. 1 : paie (35 % du salaire minimum, 10 % de prélèvement, 50 %
  d'allocation), recalculée avec corpus/fonds/paie.py ;
- art. 17 : déboursés des activités non rémunérées laissés hors du revenu net d'exploitation, et
  cotisation consignée égale au revenu net multiplié par le taux.

Pas vérifié ici, et pourquoi : l'art. 10 (avis avant d'autoriser une activité) est réservé au
conseiller, car savoir qu'un avis était requis en dit déjà trop sur la personne ; le statut de prévenu
d'une personne ne sort pas non plus (un prévenu au travail y est volontaire, ce n'est pas un manquement) ;
les art. 1, 4 et 12 à 19 ne donnent rien que les registres puissent contredire.

Accès (FUND-DATA, « Access ») : membre du conseil et administrateur voient toute la revue de leur fonds.
Le Fonds central ne voit que les règles dont les lignes ne nomment personne et que requetes.py lui
ouvre déjà (programme, emprunts, revenu net : art. 2, 8 et 17), fonds par fonds. Un membre du conseil
détenu ne voit aucune ligne sur une autre personne incarcérée : ces lignes sont retirées, et le
pseudonyme d'un bénéficiaire de chèque est masqué.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.acces import lecture
from corpus.fonds.identite import Identite
from corpus.fonds.paie import TAUX_ALLOCATION_POUR_CENT, _arrondi, partager, taux_horaire_cents
from corpus.fonds.requetes import (
    CLAUSES_ART_7,
    DELAI_DEPOT_JOURS,
    PERSONNE_MASQUEE,
    ZERO,
    _argent,
    _clauses_manquantes,
)
from outils import parametres
from outils.calendrier import calendrier_programme
from outils.declaration import FORME_PSEUDONYME

DOC = "Règlement S-40.1, r. 3"
MANQUEMENT = "manquement"
A_VERIFIER = "à vérifier"
ROLES_REVUE = {"membre_ca", "fonds_central", "administrateur"}
_PSEUDONYME = re.compile(f"^{FORME_PSEUDONYME}$")


@dataclass(frozen=True)
class Constat:
    """Un manquement (ou un point à vérifier) : règle, article, lignes en cause, ce qu'il faut faire."""

    regle: str
    article: str
    gravite: str
    lignes: list[dict[str, Any]]
    a_faire: str
    fonds: str
    doc: str = DOC

    @property
    def article_principal(self) -> str:
        """« art. 6 » pour « art. 6, al. 2 » : le regroupement du graphique du rapport."""
        return self.article.split(",")[0].strip()


@dataclass
class _Contexte:
    session: Session
    fonds_id: int
    code: str
    annee: int
    au: datetime.date
    debut: datetime.date = field(init=False)
    fin: datetime.date = field(init=False)

    def __post_init__(self) -> None:
        self.debut = datetime.date(self.annee, 1, 1)
        self.fin = min(datetime.date(self.annee, 12, 31), self.au)

    def constat(self, regle: str, article: str, gravite: str, lignes: list[dict[str, Any]], a_faire: str):
        return Constat(regle, article, gravite, lignes, a_faire, self.code)


# --- Art. 2 : programme, budget, contrats joints --------------------------------------------------


def _programme_et_budget(c: _Contexte) -> list[Constat]:
    constats = []
    for an in (c.annee, c.annee + 1):
        dates = calendrier_programme(an, c.au).valeurs
        avant, application = dates["soumettre_avant_le"], dates["mise_en_application"]
        p = c.session.scalar(
            select(m.Programme).where(m.Programme.fonds_id == c.fonds_id, m.Programme.annee == an)
        )
        budget = c.session.scalar(
            select(func.count()).where(m.Budget.fonds_id == c.fonds_id, m.Budget.annee == an)
        )
        soumis = p.soumis_le if p else None
        ligne = {"annee": an, "soumettre_avant_le": avant, "soumis_le": soumis, "budget_etabli": bool(budget)}
        if soumis is None and c.au >= avant:
            constats.append(
                c.constat(
                    f"Programme d'activités {an} non soumis au ministre",
                    "art. 2, 1° et 2°",
                    MANQUEMENT,
                    [ligne],
                    f"Soumettre sans délai au ministre le programme {an} et le budget annuel de"
                    " fonctionnement qui l'accompagne ; la date limite est passée.",
                )
            )
        elif soumis is not None and soumis >= avant:
            constats.append(
                c.constat(
                    f"Programme d'activités {an} soumis en retard",
                    "art. 2, 1°",
                    MANQUEMENT,
                    [ligne],
                    "Le programme doit être soumis avant le 1er novembre de l'année qui précède :"
                    " prévoir le dépôt plus tôt l'an prochain.",
                )
            )
        if soumis is not None and not budget:
            constats.append(
                c.constat(
                    f"Budget {an} non transmis avec le programme",
                    "art. 2, 2°",
                    MANQUEMENT,
                    [ligne],
                    f"Établir le budget annuel de fonctionnement {an} (coûts et profits par activité,"
                    " projets de capitalisation et d'emprunts) et le transmettre au ministre.",
                )
            )
        if an == c.annee and p is not None and c.au >= application and p.applique_le != application:
            constats.append(
                c.constat(
                    f"Programme {an} non mis en application le 1er janvier",
                    "art. 2, 3°",
                    MANQUEMENT,
                    [{"annee": an, "mise_en_application": application, "applique_le": p.applique_le}],
                    "Consigner la mise en application du programme au 1er janvier, ou expliquer l'écart"
                    " au conseil.",
                )
            )
    return constats


def _contrats_joints(c: _Contexte) -> list[Constat]:
    constats = []
    for an in (c.annee, c.annee + 1):
        if not c.session.scalar(
            select(func.count()).where(m.Budget.fonds_id == c.fonds_id, m.Budget.annee == an)
        ):
            continue  # pas de budget : c'est le constat de l'art. 2, 2° ci-dessus
        debut, fin = datetime.date(an, 1, 1), datetime.date(an, 12, 31)
        joints = select(m.ContratJoint.contrat_id).where(
            m.ContratJoint.fonds_id == c.fonds_id, m.ContratJoint.annee == an
        )
        requete = (
            select(m.Contrat, m.Tiers.nom)
            .join(m.Tiers, m.Tiers.id == m.Contrat.tiers_id)
            .where(
                m.Contrat.fonds_id == c.fonds_id,
                m.Contrat.id.not_in(joints),
                or_(m.Contrat.debut.is_(None), m.Contrat.debut <= fin),
                or_(m.Contrat.fin.is_(None), m.Contrat.fin >= debut),
            )
            .order_by(m.Contrat.numero)
        )
        lignes = [
            {
                "budget": an,
                "contrat": k.numero,
                "tiers": tiers,
                "etat": k.etat,
                "debut": k.debut,
                "fin": k.fin,
            }
            for k, tiers in c.session.execute(requete)
        ]
        if lignes:
            constats.append(
                c.constat(
                    f"Contrats non joints au budget {an}",
                    "art. 2, 2°",
                    MANQUEMENT,
                    lignes,
                    f"Joindre au budget {an} transmis au ministre les ententes ou contrats conclus ou"
                    " projetés avec des tiers.",
                )
            )
    return constats


# --- Art. 7 : clauses des contrats ---------------------------------------------------------------


def _clauses_contrats(c: _Contexte) -> list[Constat]:
    requete = (
        select(m.Contrat, m.Tiers.nom)
        .join(m.Tiers, m.Tiers.id == m.Contrat.tiers_id)
        .where(
            m.Contrat.fonds_id == c.fonds_id,
            or_(m.Contrat.debut.is_(None), m.Contrat.debut <= datetime.date(c.annee, 12, 31)),
            or_(m.Contrat.fin.is_(None), m.Contrat.fin >= c.debut),
        )
        .order_by(m.Contrat.numero)
    )
    lignes = []
    for k, tiers in c.session.execute(requete):
        manque = _clauses_manquantes(k)
        if manque:
            lignes.append(
                {
                    "contrat": k.numero,
                    "tiers": tiers,
                    "etat": k.etat,
                    "clauses_manquantes": " ; ".join(f"{p} {CLAUSES_ART_7[p]}" for p in manque),
                }
            )
    if not lignes:
        return []
    return [
        c.constat(
            "Contrats sans toutes les clauses obligatoires",
            "art. 7",
            MANQUEMENT,
            lignes,
            "Ajouter au contrat (avant la signature s'il est projeté) les clauses manquantes : montant"
            " total ou maximum, heures requises, durée et dates, obligations du tiers dont la"
            " communication des heures de chaque personne.",
        )
    ]


# --- Art. 8 : emprunts du fonds ------------------------------------------------------------------


def _autorisation(session: Session, autorisation_id: int | None) -> m.AutorisationMinistre | None:
    return session.get(m.AutorisationMinistre, autorisation_id) if autorisation_id is not None else None


def _etat_autorisation(a: m.AutorisationMinistre | None) -> str:
    if a is None:
        return "aucune"
    if a.decision is None:
        return f"demandée le {a.demandee_le.isoformat()}, sans décision"
    return f"{'accordée' if a.decision == 'accordee' else 'refusée'} le {a.decidee_le.isoformat()}"


def _accordee_avant(a: m.AutorisationMinistre | None, jour: datetime.date) -> bool:
    return bool(a and a.decision == "accordee" and a.decidee_le and a.decidee_le <= jour)


def _emprunts(c: _Contexte) -> list[Constat]:
    """Al. 1. Le solde des autres emprunts au jour d'un emprunt n'est pas gardé : on prend leur solde
    actuel, qui ne peut qu'être plus bas (un solde ne fait que baisser) ; le dépassement est donc sûr."""
    tous = c.session.scalars(
        select(m.EmpruntFonds)
        .where(m.EmpruntFonds.fonds_id == c.fonds_id)
        .order_by(m.EmpruntFonds.contracte_le, m.EmpruntFonds.numero)
    ).all()
    sans_autorisation, sans_verification = [], []
    for rang, e in enumerate(tous):
        if not c.debut <= e.contracte_le <= c.fin:
            continue
        seuil = _argent(parametres.valeur("seuil_emprunt", e.contracte_le).valeur)
        solde_autres = sum((_argent(a.solde) for a in tous[:rang]), ZERO)
        principal = _argent(e.principal)
        autorisation = _autorisation(c.session, e.autorisation_id)
        if (principal > seuil or solde_autres + principal > seuil) and not _accordee_avant(
            autorisation, e.contracte_le
        ):
            sans_autorisation.append(
                {
                    "emprunt": e.numero,
                    "preteur": e.preteur_nom,
                    "contracte_le": e.contracte_le,
                    "principal": principal,
                    "solde_des_autres_emprunts": solde_autres,
                    "solde_apres": solde_autres + principal,
                    "seuil": seuil,
                    "autorisation": _etat_autorisation(autorisation),
                }
            )
        if e.preteur == "externe" and not e.verification_prealable:
            sans_verification.append(
                {
                    "emprunt": e.numero,
                    "preteur": e.preteur_nom,
                    "contracte_le": e.contracte_le,
                    "principal": principal,
                }
            )
    constats = []
    if sans_autorisation:
        constats.append(
            c.constat(
                "Emprunt au-delà de 25 000 $ sans autorisation du ministre",
                "art. 8, al. 1",
                MANQUEMENT,
                sans_autorisation,
                "Demander sans délai l'autorisation du ministre (ou de la personne qu'il désigne) pour"
                " cet emprunt, et n'en contracter aucun autre qui porte le solde au-delà du seuil sans"
                " l'avoir obtenue.",
            )
        )
    if sans_verification:
        constats.append(
            c.constat(
                "Emprunt à un prêteur externe sans vérification auprès du Fonds central",
                "art. 8, al. 2",
                MANQUEMENT,
                sans_verification,
                "Avant d'emprunter ailleurs, s'assurer auprès du ministre que le Fonds central (ou"
                " l'autre fonds) ne peut prêter, et le consigner.",
            )
        )
    return constats


# --- Art. 6 : dépôts, chèques, placements --------------------------------------------------------


def _depots(c: _Contexte) -> list[Constat]:
    requete = (
        select(m.Depot, m.MembreCA)
        .outerjoin(m.MembreCA, m.MembreCA.id == m.Depot.par_membre_id)
        .where(m.Depot.fonds_id == c.fonds_id, m.Depot.recu_le >= c.debut, m.Depot.recu_le <= c.fin)
        .order_by(m.Depot.recu_le, m.Depot.numero)
    )
    tardifs, non_autorises = [], []
    for d, membre in c.session.execute(requete):
        par = membre.code if membre else d.par_designation
        ligne = {
            "depot": d.numero,
            "recu_le": d.recu_le,
            "depose_le": d.depose_le,
            "jours": (d.depose_le - d.recu_le).days,
            "montant": _argent(d.montant),
            "depose_par": par,
        }
        if ligne["jours"] > DELAI_DEPOT_JOURS:
            tardifs.append(ligne)
        if membre is not None and not membre.autorise_depot:
            non_autorises.append(ligne)
    constats = []
    if tardifs:
        constats.append(
            c.constat(
                f"Dépôts faits plus de {DELAI_DEPOT_JOURS} jours après la réception",
                "art. 6, al. 1",
                MANQUEMENT,
                tardifs,
                "Déposer les sommes reçues « dans les plus brefs délais » ; revoir qui dépose et à"
                " quelle fréquence, et consigner la raison du retard.",
            )
        )
    if non_autorises:
        constats.append(
            c.constat(
                "Dépôts faits par un membre du conseil non spécialement autorisé",
                "art. 6, al. 1",
                MANQUEMENT,
                non_autorises,
                "Faire autoriser spécialement ce membre par le conseil, ou confier les dépôts à une"
                " personne désignée.",
            )
        )
    return constats


def _hors_designation(s: m.Signataire, jour: datetime.date) -> str:
    if s.resolution_id is None:
        return f"{s.designation} : aucune résolution du conseil ne la désigne"
    fin = f" au {s.fin.isoformat()}" if s.fin else ""
    return f"{s.designation} : désignée du {s.debut.isoformat()}{fin}, pas le {jour.isoformat()}"


def _cheques(c: _Contexte) -> list[Constat]:
    cheques = c.session.scalars(
        select(m.Cheque)
        .where(m.Cheque.fonds_id == c.fonds_id, m.Cheque.emis_le >= c.debut, m.Cheque.emis_le <= c.fin)
        .order_by(m.Cheque.emis_le, m.Cheque.numero)
    ).all()
    signatures: dict[int, list[tuple[m.Signataire, m.MembreCA | None]]] = defaultdict(list)
    if cheques:
        for cid, s, membre in c.session.execute(
            select(m.SignatureCheque.cheque_id, m.Signataire, m.MembreCA)
            .join(m.Signataire, m.Signataire.id == m.SignatureCheque.signataire_id)
            .outerjoin(m.MembreCA, m.MembreCA.id == m.Signataire.membre_ca_id)
            .where(
                m.SignatureCheque.fonds_id == c.fonds_id,
                m.SignatureCheque.cheque_id.in_([k.id for k in cheques]),
            )
        ):
            signatures[cid].append((s, membre))
    moins_de_deux, sans_membre = [], []
    for k in cheques:
        jour = k.emis_le
        # Désigné par le conseil : une résolution, et la désignation en vigueur le jour du chèque.
        designes = [
            (s, mb)
            for s, mb in signatures[k.id]
            if s.resolution_id is not None and s.debut <= jour and (s.fin is None or s.fin >= jour)
        ]
        membres = [s for s, mb in designes if mb is not None and mb.debut_mandat <= jour <= mb.fin_mandat]
        ligne = {
            "cheque": k.numero,
            "emis_le": jour,
            "beneficiaire": k.beneficiaire,
            "montant": _argent(k.montant),
            "signataires": " ; ".join(sorted(s.designation for s, _ in signatures[k.id])) or "aucun",
        }
        if len(designes) < 2:
            hors = [_hors_designation(s, jour) for s, mb in signatures[k.id] if (s, mb) not in designes]
            moins_de_deux.append({**ligne, "ecart": " ; ".join(hors) or "moins de deux signatures"})
        elif not membres:
            sans_membre.append(ligne)
    constats = []
    if moins_de_deux:
        constats.append(
            c.constat(
                "Chèques sans deux signataires désignés par le conseil",
                "art. 6, al. 2",
                MANQUEMENT,
                moins_de_deux,
                "Tout paiement se fait par chèque signé par deux personnes désignées par le conseil :"
                " faire régulariser ces chèques et vérifier les désignations en vigueur.",
            )
        )
    if sans_membre:
        constats.append(
            c.constat(
                "Chèques sans membre du conseil parmi les signataires",
                "art. 6, al. 2",
                MANQUEMENT,
                sans_membre,
                "L'un des deux signataires doit être membre du conseil : faire contresigner ou"
                " ratifier ces paiements par le conseil, et rappeler la règle aux signataires.",
            )
        )
    return constats


def _placements(c: _Contexte) -> list[Constat]:
    lignes = []
    for p in c.session.scalars(
        select(m.Placement)
        .where(
            m.Placement.fonds_id == c.fonds_id, m.Placement.fait_le >= c.debut, m.Placement.fait_le <= c.fin
        )
        .order_by(m.Placement.fait_le, m.Placement.numero)
    ):
        autorisation = _autorisation(c.session, p.autorisation_id)
        if p.nature == "autre" and not _accordee_avant(autorisation, p.fait_le):
            lignes.append(
                {
                    "placement": p.numero,
                    "fait_le": p.fait_le,
                    "montant": _argent(p.montant),
                    "autorisation": _etat_autorisation(autorisation),
                }
            )
    if not lignes:
        return []
    return [
        c.constat(
            "Placement sans autorisation du ministre",
            "art. 6, al. 3",
            MANQUEMENT,
            lignes,
            "Hors des dépôts en institution et des obligations d'épargne du Québec ou du Canada, un"
            " placement requiert l'autorisation préalable du ministre : la demander, ou défaire le"
            " placement.",
        )
    ]


# --- Art. 3 et 11 : personnel non incarcéré ; art. 9 : ententes d'utilisation --------------------


def _personnel(c: _Contexte) -> list[Constat]:
    requete = (
        select(m.PersonnelNonIncarcere, m.Activite)
        .outerjoin(m.Activite, m.Activite.id == m.PersonnelNonIncarcere.activite_id)
        .where(m.PersonnelNonIncarcere.fonds_id == c.fonds_id)
        .order_by(m.PersonnelNonIncarcere.code)
    )
    trop_payes, sans_assurance, motif_douteux = [], [], []
    for p, activite in c.session.execute(requete):
        ligne = {
            "personne": p.code,
            "fonction": p.fonction,
            "activite": activite.code if activite else None,
            "motif": p.motif,
            "remuneration_annuelle": _argent(p.remuneration_annuelle),
            "equivalent_fonction_publique": _argent(p.equivalent_fonction_publique),
        }
        if _argent(p.remuneration_annuelle) > _argent(p.equivalent_fonction_publique):
            trop_payes.append(ligne)
        if not p.assurance_responsabilite:
            sans_assurance.append(ligne)
        # « manque de ressources pour respecter l'engagement avec un tiers » : il faut un tel engagement.
        if p.motif == "ressources" and (activite is None or activite.contrat_id is None):
            motif_douteux.append(ligne)
    constats = []
    if motif_douteux:
        constats.append(
            c.constat(
                "Personnel non incarcéré justifié par un engagement avec un tiers introuvable",
                "art. 3, al. 2",
                A_VERIFIER,
                motif_douteux,
                "Rattacher la personne à l'activité et au contrat avec un tiers qui justifient son"
                " embauche, ou consigner un autre motif (sécurité, compétence).",
            )
        )
    if trop_payes:
        constats.append(
            c.constat(
                "Personnel non incarcéré payé plus que l'équivalent de la fonction publique",
                "art. 11, al. 3",
                MANQUEMENT,
                trop_payes,
                "Ramener la rémunération au plus à celle d'un emploi équivalent dans la fonction publique.",
            )
        )
    if sans_assurance:
        constats.append(
            c.constat(
                "Personnel non incarcéré sans assurance de responsabilité",
                "art. 11, al. 4",
                MANQUEMENT,
                sans_assurance,
                "Souscrire sans délai une assurance de responsabilité pour ces personnes.",
            )
        )
    return constats


def _ententes(c: _Contexte) -> list[Constat]:
    """Art. 9 : le ministre « peut [...] permettre » l'usage ; une autorisation propre à l'entente ou
    l'approbation du programme de l'année (art. 1, 2° : ce que le ministre l'autorise à utiliser)."""
    programme_approuve = c.session.scalar(
        select(m.Programme.approuve_le).where(
            m.Programme.fonds_id == c.fonds_id, m.Programme.annee == c.annee
        )
    )
    sans_consentement, sans_permission = [], []
    for e in c.session.scalars(
        select(m.EntenteUtilisation)
        .where(
            m.EntenteUtilisation.fonds_id == c.fonds_id,
            m.EntenteUtilisation.debut <= datetime.date(c.annee, 12, 31),
            m.EntenteUtilisation.fin >= c.debut,
        )
        .order_by(m.EntenteUtilisation.numero)
    ):
        autorisation = _autorisation(c.session, e.autorisation_id)
        ligne = {
            "entente": e.numero,
            "objet": e.objet,
            "debut": e.debut,
            "fin": e.fin,
            "cout": _argent(e.cout),
        }
        if not e.consentement_directeur:
            sans_consentement.append(ligne)
        if not (autorisation and autorisation.decision == "accordee") and programme_approuve is None:
            sans_permission.append({**ligne, "autorisation": _etat_autorisation(autorisation)})
    constats = []
    if sans_consentement:
        constats.append(
            c.constat(
                "Entente d'utilisation sans consentement du directeur",
                "art. 9",
                MANQUEMENT,
                sans_consentement,
                "Obtenir et consigner le consentement du directeur de l'établissement.",
            )
        )
    if sans_permission:
        constats.append(
            c.constat(
                "Entente d'utilisation sans permission du ministre",
                "art. 9",
                A_VERIFIER,
                sans_permission,
                "Ni autorisation propre ni programme approuvé pour l'année : obtenir la permission du"
                " ministre pour cet usage.",
            )
        )
    return constats


# --- Art. 5 et 16, al. 3 : prêts aux personnes incarcérées ---------------------------------------


def _rembourse(session: Session, pret_ids: list[int]) -> dict[int, Decimal]:
    if not pret_ids:
        return {}
    return {
        pid: _argent(total)
        for pid, total in session.execute(
            select(m.Remboursement.pret_id, func.sum(m.Remboursement.montant))
            .where(m.Remboursement.pret_id.in_(pret_ids))
            .group_by(m.Remboursement.pret_id)
        )
    }


def _aide_financiere(c: _Contexte) -> list[Constat]:
    requete = (
        select(m.PretPersonne, m.Participant.pseudonyme, m.DemandeAide, m.DecisionAide)
        .join(m.Participant, m.Participant.id == m.PretPersonne.participant_id)
        .outerjoin(m.DemandeAide, m.DemandeAide.id == m.PretPersonne.demande_id)
        .outerjoin(m.DecisionAide, m.DecisionAide.demande_id == m.DemandeAide.id)
        .where(
            m.PretPersonne.fonds_id == c.fonds_id,
            m.PretPersonne.accorde_le >= c.debut,
            m.PretPersonne.accorde_le <= c.fin,
        )
        .order_by(m.PretPersonne.accorde_le, m.PretPersonne.numero)
    )
    lignes = []
    for p, pseudo, demande, decision in c.session.execute(requete):
        if demande is None:
            motif = "aucune demande présentée par le directeur ou son délégué"
        elif demande.forme != "pret":
            motif = "la demande portait sur un don, pas un prêt"
        elif decision is None or decision.decision != "accordee":
            motif = "la demande n'a pas été accordée"
        elif _argent(p.principal) > _argent(decision.montant_accorde):
            motif = "le prêt dépasse le montant accordé"
        else:
            continue
        lignes.append(
            {
                "pret": p.numero,
                "pseudonyme": pseudo,
                "accorde_le": p.accorde_le,
                "principal": _argent(p.principal),
                "ecart": motif,
            }
        )
    if not lignes:
        return []
    return [
        c.constat(
            "Prêt sans demande d'assistance accordée",
            "art. 5",
            MANQUEMENT,
            lignes,
            "Un prêt suit une demande présentée par le directeur (ou son délégué) et une décision du"
            " fonds pour ce montant : régulariser le dossier devant le conseil.",
        )
    ]


def _prets_a_la_liberation(c: _Contexte) -> list[Constat]:
    requete = (
        select(m.PretPersonne, m.Participant)
        .join(m.Participant, m.Participant.id == m.PretPersonne.participant_id)
        .where(
            m.PretPersonne.fonds_id == c.fonds_id,
            m.Participant.liberation >= c.debut,
            m.Participant.liberation <= c.fin,
        )
        .order_by(m.Participant.liberation, m.PretPersonne.numero)
    )
    rangs = c.session.execute(requete).all()
    rembourse = _rembourse(c.session, [p.id for p, _ in rangs])
    lignes = []
    for p, personne in rangs:
        solde = _argent(p.principal) - rembourse.get(p.id, ZERO)
        if solde <= 0:
            continue
        remis = _argent(
            c.session.scalar(
                select(func.sum(m.RegistreDirecteur.montant)).where(
                    m.RegistreDirecteur.participant_id == personne.id,
                    m.RegistreDirecteur.nature == "remboursement_fonds",
                )
            )
        )
        lignes.append(
            {
                "pret": p.numero,
                "pseudonyme": personne.pseudonyme,
                "liberation": personne.liberation,
                "principal": _argent(p.principal),
                "rembourse": rembourse.get(p.id, ZERO),
                "solde": solde,
                "remis_par_le_directeur": remis,
            }
        )
    if not lignes:
        return []
    return [
        c.constat(
            "Prêt encore dû après la libération",
            "art. 16, al. 3",
            A_VERIFIER,
            lignes,
            "La somme due à la libération se rembourse à même les allocations remises, à défaut à"
            " même l'épargne détenue par le directeur : inscrire au prêt ce que le directeur a déjà"
            " remis au fonds et recouvrer le reste.",
        )
    ]


# --- Art. 11, al. 1, 15 et 16, al. 1 : la paie ---------------------------------------------------


def _cents(valeur: Any) -> int:
    return int(_argent(valeur) * 100)


def _paie(c: _Contexte) -> list[Constat]:
    """Lignes par période seulement (nombre de lignes, écart total) : le détail d'une paie est au rôle
    paie, pas au conseil."""
    lignes_paie = c.session.scalars(
        select(m.LignePaie)
        .where(m.LignePaie.fonds_id == c.fonds_id, m.LignePaie.du >= c.debut, m.LignePaie.du <= c.fin)
        .order_by(m.LignePaie.du)
    ).all()
    if not lignes_paie:
        return []
    heures: dict[int, list[m.Heures]] = defaultdict(list)
    for h in c.session.scalars(
        select(m.Heures).where(
            m.Heures.fonds_id == c.fonds_id,
            m.Heures.du >= c.debut,
            m.Heures.du <= max(lp.au for lp in lignes_paie),
        )
    ):
        heures[h.participant_id].append(h)
    ecarts: dict[str, dict[tuple[datetime.date, datetime.date], list[int]]] = {
        "brute": defaultdict(list),
        "prelevement": defaultdict(list),
        "allocation": defaultdict(list),
    }
    for lp in lignes_paie:
        periode = (lp.du, lp.au)
        faites = [h for h in heures[lp.participant_id] if lp.du <= h.du <= lp.au]
        if faites:
            # Art. 11 : heures × 35 % du salaire minimum du jour (taux arrondi au cent), arrondi au cent.
            attendue = sum(
                int((Decimal(h.heures) * taux_horaire_cents(h.du)).quantize(Decimal(1), ROUND_HALF_UP))
                + _cents(h.prime)
                for h in faites
            )
            if attendue != _cents(lp.brute):
                ecarts["brute"][periode].append(abs(attendue - _cents(lp.brute)))
        partage = partager(_cents(lp.brute), _cents(lp.retenues_legales))
        if partage.prelevement != _cents(lp.prelevement):
            ecarts["prelevement"][periode].append(abs(partage.prelevement - _cents(lp.prelevement)))
        # Art. 16, al. 1 : 50 % de ce que le fonds a réellement versé au directeur.
        attendue_alloc = _arrondi(_cents(lp.verse_directeur) * TAUX_ALLOCATION_POUR_CENT, 100)
        if attendue_alloc != _cents(lp.allocation):
            ecarts["allocation"][periode].append(abs(attendue_alloc - _cents(lp.allocation)))
    regles = {
        "brute": ("Rémunération brute différente de 35 % du salaire minimum", "art. 11, al. 1"),
        "prelevement": ("Prélèvement différent de 10 % de la rémunération après retenues", "art. 15"),
        "allocation": ("Allocation différente de 50 % du montant versé au directeur", "art. 16, al. 1"),
    }
    constats = []
    for cle, (regle, article) in regles.items():
        if ecarts[cle]:
            constats.append(
                c.constat(
                    regle,
                    article,
                    MANQUEMENT,
                    [
                        {"du": du, "au": au, "lignes": len(v), "ecart_total": Decimal(sum(v)).scaleb(-2)}
                        for (du, au), v in sorted(ecarts[cle].items())
                    ],
                    "Faire recalculer par la paie les lignes de ces périodes et corriger les versements.",
                )
            )
    return constats


# --- Art. 17 : revenu net d'exploitation et cotisation au Fonds central --------------------------


def _revenu_net(c: _Contexte) -> list[Constat]:
    """« sans tenir compte des déboursés servant à financer les activités [...] autres que du travail
    rémunéré » : ces déboursés ne sont pas des charges. Un déboursé d'une activité non rémunérée compté
    dans les charges abaisse le revenu net, donc la cotisation."""
    fin = datetime.date(c.annee, 12, 31)
    depenses = c.session.execute(
        select(m.Depense, m.Activite)
        .outerjoin(m.Activite, m.Activite.id == m.Depense.activite_id)
        .where(m.Depense.fonds_id == c.fonds_id, m.Depense.le >= c.debut, m.Depense.le <= fin)
        .order_by(m.Depense.le, m.Depense.piece)
    ).all()
    comptees, exclues_a_tort = [], []
    charges = ZERO
    for d, activite in depenses:
        non_remuneree = activite is not None and not activite.remuneree
        ligne = {
            "piece": d.piece,
            "le": d.le,
            "activite": activite.code if activite else None,
            "nature": d.nature,
            "montant": _argent(d.montant),
        }
        if non_remuneree and not d.finance_non_remuneree:
            comptees.append(ligne)
        elif d.finance_non_remuneree and activite is not None and activite.remuneree:
            exclues_a_tort.append(ligne)
        if not (d.finance_non_remuneree or non_remuneree):
            charges += _argent(d.montant)
    constats = []
    if comptees:
        constats.append(
            c.constat(
                "Déboursés d'activités non rémunérées comptés dans les charges",
                "art. 17",
                MANQUEMENT,
                comptees,
                "Marquer ces déboursés comme finançant une activité autre que du travail rémunéré et"
                " recalculer le revenu net d'exploitation et la cotisation.",
            )
        )
    if exclues_a_tort:
        constats.append(
            c.constat(
                "Dépenses d'une activité rémunérée laissées hors du revenu net",
                "art. 17",
                A_VERIFIER,
                exclues_a_tort,
                "Seuls les déboursés des activités autres que du travail rémunéré sont laissés de côté :"
                " vérifier le rattachement de ces dépenses.",
            )
        )
    cotisation = c.session.scalar(
        select(m.CotisationFC).where(m.CotisationFC.fonds_id == c.fonds_id, m.CotisationFC.annee == c.annee)
    )
    if cotisation is not None:
        revenus = _argent(
            c.session.scalar(
                select(func.sum(m.Revenu.montant)).where(
                    m.Revenu.fonds_id == c.fonds_id, m.Revenu.le >= c.debut, m.Revenu.le <= fin
                )
            )
        )
        net = max(revenus - charges, ZERO)  # pas de cotisation sur une perte
        taux = Decimal(cotisation.taux).quantize(Decimal("0.0001"))
        attendue = (_argent(cotisation.revenu_net_exploitation) * taux).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        ligne = {
            "annee": c.annee,
            "revenus": revenus,
            "charges": charges,
            "revenu_net_calcule": net,
            "revenu_net_consigne": _argent(cotisation.revenu_net_exploitation),
            "taux": taux,
            "cotisation_consignee": _argent(cotisation.montant),
        }
        if net != _argent(cotisation.revenu_net_exploitation):
            constats.append(
                c.constat(
                    "Revenu net d'exploitation consigné différent du calcul de l'art. 17",
                    "art. 17",
                    MANQUEMENT,
                    [ligne],
                    "Recalculer le revenu net : tous les revenus moins les frais et charges engagés"
                    " pour les produire, sans les déboursés des activités non rémunérées ; corriger la"
                    " cotisation.",
                )
            )
        if attendue != _argent(cotisation.montant):
            constats.append(
                c.constat(
                    "Cotisation au Fonds central différente du revenu net multiplié par le taux",
                    "art. 17",
                    MANQUEMENT,
                    [{**ligne, "cotisation_attendue": attendue}],
                    "Corriger le montant de la cotisation et, s'il a été versé, régulariser avec le Fonds"
                    " central.",
                )
            )
    return constats


# --- La revue ------------------------------------------------------------------------------------

Regle = Callable[[_Contexte], list[Constat]]
REGLES: tuple[Regle, ...] = (
    _programme_et_budget,
    _contrats_joints,
    _clauses_contrats,
    _emprunts,
    _depots,
    _cheques,
    _placements,
    _personnel,
    _ententes,
    _aide_financiere,
    _prets_a_la_liberation,
    _paie,
    _revenu_net,
)
# Ce que requetes.py ouvre déjà au Fonds central (programme, emprunts, revenu net) : rien de nominatif.
REGLES_FONDS_CENTRAL: tuple[Regle, ...] = (_programme_et_budget, _emprunts, _revenu_net)


def _numero(article: str) -> tuple[int, str]:
    chiffres = re.match(r"art\. (\d+)", article)
    return (int(chiffres[1]) if chiffres else 99, article)


def _pour_detenu(identite: Identite, constats: list[Constat]) -> list[Constat]:
    """Un membre du conseil détenu ne voit pas le dossier d'une autre personne incarcérée : une ligne
    qui porte sur une autre personne est retirée ; un pseudonyme ailleurs (bénéficiaire) est masqué."""
    filtres = []
    for k in constats:
        lignes = []
        for ligne in k.lignes:
            if ligne.get("pseudonyme") not in (None, identite.pseudonyme):
                continue
            lignes.append(
                {
                    cle: PERSONNE_MASQUEE
                    if isinstance(v, str) and _PSEUDONYME.match(v) and v != identite.pseudonyme
                    else v
                    for cle, v in ligne.items()
                }
            )
        if lignes:
            filtres.append(Constat(k.regle, k.article, k.gravite, lignes, k.a_faire, k.fonds, k.doc))
    return filtres


@lecture(ROLES_REVUE)
def revue(
    identite: Identite, session: Session, ids: list[int], annee: int, au: datetime.date | None = None
) -> list[Constat]:
    """La revue de conformité de l'année `annee` pour les fonds de l'identité, au jour `au` (par défaut
    aujourd'hui, au plus tard le 31 décembre de l'année) : une échéance pas encore passée n'est pas un
    manquement. Rend les constats triés par article ; une liste vide si tout est conforme."""
    jour = au or min(datetime.date.today(), datetime.date(annee, 12, 31))
    regles = REGLES_FONDS_CENTRAL if identite.role == "fonds_central" else REGLES
    constats: list[Constat] = []
    for code, fid in session.execute(
        select(m.Fonds.code, m.Fonds.id).where(m.Fonds.id.in_(ids)).order_by(m.Fonds.code)
    ):
        contexte = _Contexte(session, fid, code, annee, jour)
        for regle in regles:
            constats += regle(contexte)
    if identite.detenu:
        constats = _pour_detenu(identite, constats)
    return sorted(constats, key=lambda k: (k.fonds, _numero(k.article)))

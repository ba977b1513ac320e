"""Calendrier des échéances d'un fonds pour une année, et son export iCalendar (.ics).

Les dates du programme et du budget viennent du calculateur de l'art. 2 (outils/calendrier.py),
jamais recalculées ici. S'y ajoutent, d'après les registres : les autorisations du ministre encore
sans décision, les contrats et ententes d'utilisation qui prennent fin dans l'année, les mandats au
conseil et les désignations de signataires qui finissent, et la cotisation au Fonds central (art. 17).

Cotisation (art. 17) : le règlement dit que le fonds la verse « annuellement » au taux que détermine
le ministre, sans date. On place l'échéance au 31 décembre (`ECHEANCE_COTISATION`), dernier jour où
la cotisation sur le revenu net de l'année précédente est encore versée dans l'année ; c'est une
lecture, pas une date du texte : la remplacer par celle que fixe le ministre.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m
from corpus.fonds.acces import lecture
from corpus.fonds.identite import Identite
from corpus.fonds.requetes import _argent
from outils.argent import format_montant, format_taux
from outils.calendrier import calendrier_programme
from outils.dates import format_date

DOC = "Règlement S-40.1, r. 3"
ECHEANCE_COTISATION = (12, 31)  # (mois, jour) : lecture de « annuellement », voir plus haut
DOMAINE_UID = "assistant-fsrs"
ARTICLE_AUTORISATION = {
    "programme": "art. 2, 1°",
    "emprunt": "art. 8, al. 1",
    "placement": "art. 6, al. 3",
    "entente_utilisation": "art. 9",
    "autre": "art. 2, 6, 8 ou 9",
}
OBJET_AUTORISATION = {
    "programme": "programme d'activités",
    "emprunt": "emprunt",
    "placement": "placement",
    "entente_utilisation": "entente d'utilisation",
    "autre": "autre objet",
}


@dataclass(frozen=True)
class Echeance:
    """Une date à tenir : quoi, en vertu de quel article, et l'état tiré des registres (`detail`).

    `cle` ne dépend que de ce dont il s'agit (pas de la date ni de l'état) : l'UID de l'événement
    iCalendar en est tiré, si bien qu'un second import met l'événement à jour au lieu de le doubler.
    """

    date: datetime.date
    quoi: str
    article: str
    detail: str
    fonds: str
    cle: str

    @property
    def uid(self) -> str:
        return f"{re.sub(r'[^A-Za-z0-9-]+', '-', f'{self.fonds}-{self.cle}')}@{DOMAINE_UID}"


def _programme(session: Session, fid: int, code: str, annee: int) -> list[Echeance]:
    prochain = calendrier_programme(annee + 1, datetime.date(annee, 1, 1)).valeurs
    courant = calendrier_programme(annee, datetime.date(annee, 1, 1)).valeurs
    programmes = {
        p.annee: p
        for p in session.scalars(
            select(m.Programme).where(m.Programme.fonds_id == fid, m.Programme.annee.in_((annee, annee + 1)))
        )
    }
    suivant = programmes.get(annee + 1)
    if suivant and suivant.soumis_le:
        etat = f"soumis le {format_date(suivant.soumis_le)}" + (
            f", approuvé le {format_date(suivant.approuve_le)}"
            if suivant.approuve_le
            else ", approbation du ministre en attente"
        )
    else:
        etat = "pas encore soumis"
    actuel = programmes.get(annee)
    application = (
        f"appliqué le {format_date(actuel.applique_le)}"
        if actuel and actuel.applique_le
        else "mise en application non consignée"
    )
    return [
        Echeance(
            prochain["date_limite"],
            f"Soumettre au ministre le programme d'activités {annee + 1} et le budget annuel",
            "art. 2, 1° et 2°",
            f"Avant le {format_date(prochain['soumettre_avant_le'])}, contrats conclus ou projetés joints"
            f" au budget ; {etat}.",
            code,
            f"programme-{annee + 1}-soumission",
        ),
        Echeance(
            courant["mise_en_application"],
            f"Mise en application du programme d'activités {annee}",
            "art. 2, 3°",
            f"Le 1er janvier de chaque année ; {application}.",
            code,
            f"programme-{annee}-application",
        ),
    ]


def _autorisations(session: Session, fid: int, code: str, annee: int) -> list[Echeance]:
    debut, fin = datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)
    rangs = []
    for a in session.scalars(
        select(m.AutorisationMinistre)
        .where(
            m.AutorisationMinistre.fonds_id == fid,
            m.AutorisationMinistre.decision.is_(None),
            m.AutorisationMinistre.demandee_le <= fin,
        )
        .order_by(m.AutorisationMinistre.demandee_le)
    ):
        rangs.append(
            Echeance(
                max(a.demandee_le, debut),
                f"Autorisation du ministre en attente : {OBJET_AUTORISATION[a.objet]} ({a.numero})",
                ARTICLE_AUTORISATION[a.objet],
                f"Demandée le {format_date(a.demandee_le)}, toujours sans décision ; ne pas agir avant"
                " de l'avoir obtenue.",
                code,
                f"autorisation-{a.numero}",
            )
        )
    return rangs


def _fins(session: Session, fid: int, code: str, annee: int) -> list[Echeance]:
    debut, fin = datetime.date(annee, 1, 1), datetime.date(annee, 12, 31)
    rangs = []
    for k, tiers in session.execute(
        select(m.Contrat, m.Tiers.nom)
        .join(m.Tiers, m.Tiers.id == m.Contrat.tiers_id)
        .where(m.Contrat.fonds_id == fid, m.Contrat.fin >= debut, m.Contrat.fin <= fin)
    ):
        etat = "signé" if k.etat == "signe" else "projeté"
        rangs.append(
            Echeance(
                k.fin,
                f"Fin du contrat {k.numero} ({tiers})",
                "art. 7, 3°",
                f"Contrat {etat} ; date d'échéance prévue au contrat. Le renouveler (clauses de l'art. 7)"
                " ou le clore, et le joindre au budget s'il se poursuit (art. 2, 2°).",
                code,
                f"contrat-{k.numero}-fin",
            )
        )
    for e in session.scalars(
        select(m.EntenteUtilisation).where(
            m.EntenteUtilisation.fonds_id == fid,
            m.EntenteUtilisation.fin >= debut,
            m.EntenteUtilisation.fin <= fin,
        )
    ):
        rangs.append(
            Echeance(
                e.fin,
                f"Fin de l'entente d'utilisation {e.numero} ({e.objet})",
                "art. 9",
                f"Coût prévu : {format_montant(_argent(e.cout))}. La renouveler avec le consentement du"
                " directeur, coût et durée prévus.",
                code,
                f"entente-{e.numero}-fin",
            )
        )
    signataires = {
        s.membre_ca_id
        for s in session.scalars(
            select(m.Signataire).where(
                m.Signataire.fonds_id == fid, or_(m.Signataire.fin.is_(None), m.Signataire.fin >= debut)
            )
        )
    }
    for mb in session.scalars(
        select(m.MembreCA).where(
            m.MembreCA.fonds_id == fid, m.MembreCA.fin_mandat >= debut, m.MembreCA.fin_mandat <= fin
        )
    ):
        qui = "membre issu des personnes incarcérées" if mb.participant_id else mb.designation
        roles = [
            r
            for r, oui in (("signe les chèques", mb.id in signataires), ("dépose", mb.autorise_depot))
            if oui
        ]
        rangs.append(
            Echeance(
                mb.fin_mandat,
                f"Fin du mandat au conseil : {qui} ({mb.code})",
                "art. 6, al. 1 et 2" if roles else "LSCQ (conseil d'administration)",
                (
                    f"Ce membre {' et '.join(roles)} : désigner qui le remplace avant la fin du mandat."
                    if roles
                    else "Renouveler le mandat ou pourvoir le siège (durée des mandats : Loi, texte non"
                    " versé au corpus)."
                ),
                code,
                f"mandat-{mb.code}-{annee}",
            )
        )
    for s in session.scalars(
        select(m.Signataire).where(
            m.Signataire.fonds_id == fid, m.Signataire.fin >= debut, m.Signataire.fin <= fin
        )
    ):
        rangs.append(
            Echeance(
                s.fin,
                f"Fin de la désignation du signataire : {s.designation}",
                "art. 6, al. 2",
                "Tout chèque est signé par 2 personnes désignées par le conseil, dont un membre :"
                " désigner la relève par résolution.",
                code,
                f"signataire-{s.code}-fin",
            )
        )
    return rangs


def _cotisation(session: Session, fid: int, code: str, annee: int) -> Echeance:
    precedente = session.scalar(
        select(m.CotisationFC).where(m.CotisationFC.fonds_id == fid, m.CotisationFC.annee == annee - 1)
    )
    if precedente is None:
        etat = f"aucune cotisation {annee - 1} consignée"
    else:
        net = format_montant(_argent(precedente.revenu_net_exploitation))
        etat = (
            f"cotisation {annee - 1} : {format_montant(_argent(precedente.montant))}"
            f" ({format_taux(precedente.taux)} de {net}),"
            + (f" payée le {format_date(precedente.payee_le)}" if precedente.payee_le else " non payée")
        )
    mois, jour = ECHEANCE_COTISATION
    return Echeance(
        datetime.date(annee, mois, jour),
        "Cotisation annuelle au Fonds central",
        "art. 17",
        f"De 5 % à 25 % du revenu net d'exploitation, au taux que fixe le ministre ; {etat}. Le règlement"
        " ne fixe pas de date : le 31 décembre est retenu faute de mieux, à remplacer par celle du ministre.",
        code,
        f"cotisation-{annee}",
    )


@lecture({"membre_ca", "administrateur"})
def echeances(identite: Identite, session: Session, ids: list[int], annee: int) -> list[Echeance]:
    """Les échéances de l'année `annee` pour les fonds de l'identité, par date."""
    rangs: list[Echeance] = []
    for code, fid in session.execute(
        select(m.Fonds.code, m.Fonds.id).where(m.Fonds.id.in_(ids)).order_by(m.Fonds.code)
    ):
        rangs += _programme(session, fid, code, annee)
        rangs += _autorisations(session, fid, code, annee)
        rangs += _fins(session, fid, code, annee)
        rangs.append(_cotisation(session, fid, code, annee))
    return sorted(rangs, key=lambda e: (e.date, e.fonds, e.quoi))


def en_ics(echeances: list[Echeance], *, horodatage: datetime.datetime | None = None) -> bytes:
    """Un VCALENDAR, un VEVENT d'une journée entière par échéance ; l'UID est stable (voir Echeance)."""
    from icalendar import Calendar, Event

    maintenant = horodatage or datetime.datetime.now(datetime.UTC)
    calendrier = Calendar()
    calendrier.add("prodid", "-//Assistant FSRS//Échéances d'un fonds//FR")
    calendrier.add("version", "2.0")
    calendrier.add("calscale", "GREGORIAN")
    fonds = sorted({e.fonds for e in echeances})
    calendrier.add("x-wr-calname", f"Échéances du fonds {', '.join(fonds)}")
    for e in echeances:
        evenement = Event()
        evenement.add("uid", e.uid)
        evenement.add("dtstamp", maintenant)
        evenement.add("dtstart", e.date)
        evenement.add("dtend", e.date + datetime.timedelta(days=1))
        evenement.add("summary", e.quoi)
        evenement.add("description", f"{e.article} ({DOC}). {e.detail}")
        evenement.add("transp", "TRANSPARENT")
        calendrier.add_component(evenement)
    return calendrier.to_ical()

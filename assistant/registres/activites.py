"""Les activités du programme : celles qui sont ouvertes et leurs places ; la participation (art. 1, 4°)."""

from __future__ import annotations

import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Designe, Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, enumerer, majuscule, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.dates import format_date, format_mois, mois_de
from outils.declaration import (
    MOIS_PAR_MOIS,
    PERIODE,
    Annee,
    Arguments,
    Booleen,
    Indices,
    Jour,
    Pseudonyme,
    choix,
)
from outils.erreurs import EntreeInvalide
from outils.resultat import reglement

NATURES = {
    "travail_fonds": "travail pour le fonds",
    "travail_tiers": "travail pour un tiers",
    "formation": "formation",
    "loisir": "loisir",
}
PUBLICS = {"prevenus": "prévenus", "condamnes": "condamnés", "tous": "tous"}
STATUTS_DITS = {"prevenu": "prévenue (en attente de son procès)", "condamne": "condamnée"}
STATUTS = {"prevenu": "prévenu", "condamne": "condamné"}
INSCRIPTIONS = {"active": "active", "terminee": "terminée", "suspendue": "suspendue"}
MOIS_AU_PLUS = 24  # mois par mois : deux ans, une ligne par mois
# « Depuis l'ouverture » : toutes les inscriptions consignées, pas une année.
DEPUIS_L_OUVERTURE = Indices(("depuis l'ouverture", "depuis le debut du fonds", "depuis sa creation",
                              "depuis la creation", "depuis toujours", "depuis le tout debut"))


class Statut(StrEnum):
    """Le statut de la personne à qui l'activité doit être ouverte."""

    PREVENU = "prevenu"
    CONDAMNE = "condamne"


# Prévenu ou condamné, dit comme on le dit (art. 1, 4°) : pour les activités ouvertes et pour la paie.
StatutDit = Annotated[
    choix(Statut, {s: STATUTS[s] for s in Statut}),
    Indices(
        valeurs={
            "prevenu": ("prevenu", "en attente de proces", "en attente de jugement", "detention provisoire"),
            "condamne": ("condamne", "sentence", "purge", "purgent"),
        }
    ),
]


class ArgumentsActivites(Arguments):
    statut: StatutDit = Field(
        None, title="statut", description="Prévenu ou condamné ; toutes les activités si omis."
    )
    date: Jour | None = Field(
        None, title="date", description="Le jour visé ; par défaut, celui de la demande."
    )
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None,
        title="activité",
        description="Le code d'une activité du fonds (« MEN »), si la question en nomme une.",
    )
    pseudonyme: Pseudonyme | None = Field(
        None,
        title="personne",
        description="Le pseudonyme d'une personne : son statut (lu au registre, par son conseiller seulement)"
        " décide des activités qui lui sont ouvertes.",
    )
    remuneree: Annotated[
        Booleen | None,
        Indices(("remunere", "paye", "salari"), faux=("non remunere", "pas remunere", "non paye", "pas paye",
                                                     "benevole")),
    ] = Field(
        None,
        title="rémunérée",
        description="Seulement les activités rémunérées (vrai) ou non rémunérées (faux) ; toutes si omis.",
    )


@consultation(
    ArgumentsActivites,
    "Les activités du programme ouvertes un jour donné (aux prévenus, aux condamnés ou à tous ;"
    " rémunérées ou non) et les places qui y restent, d'après les registres du fonds.",
    articles=("1",),
    lecture=requetes.activites_ouvertes,
)
def activites_ouvertes(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    statut: Statut | None = None,
    date: datetime.date | None = None,
    activite: str | None = None,
    pseudonyme: str | None = None,
    remuneree: bool | None = None,
) -> Tableau:
    le = date or jour
    # Une personne nommée : son statut consigné, pas celui que la question suppose.
    if pseudonyme:
        statut = Statut(requetes.statut_participant(identite, session, pseudonyme.strip().upper()))
    rangs = requetes.activites_ouvertes(identite, session, le, statut.value if statut else None)
    if activite:
        rangs = [r for r in rangs if r["code"] == activite]
    elif remuneree is not None:  # art. 11 : seul un travail est rémunéré ; le registre le dit par activité
        rangs = [r for r in rangs if r["remuneree"] is remuneree]
    sorte = "" if activite or remuneree is None else " rémunérée" if remuneree else " non rémunérée"
    pluriel = "s" if sorte else ""
    public = {"prevenu": " aux personnes prévenues", "condamne": " aux personnes condamnées"}.get(
        statut.value if statut else "", ""
    )
    restantes = sum(r["places_restantes"] for r in rangs)
    personne = f"{pseudonyme.strip().upper()} est {STATUTS_DITS[statut]} ; " if pseudonyme and statut else ""
    if not rangs:
        phrase = (
            f"Aucune activité{sorte} {'de ce nom ' if activite else ''}n'est ouverte{public} le"
            f" {format_date(le)}."
        )
    elif activite:
        r = rangs[0]
        phrase = (
            f"L'activité « {r['nom']} » est ouverte{public} le {format_date(le)} : "
            f"{_places_restantes(r['places_restantes'])} sur {r['places']}."
        )
    else:
        une, plusieurs = f"activité{sorte} est ouverte", f"activités{sorte}{pluriel} sont ouvertes"
        phrase = f"{compte(len(rangs), une, plusieurs)}{public} le {format_date(le)} ;"
        phrase += f" {_places_restantes(restantes)} sur {sum(r['places'] for r in rangs)} en tout."
    phrase = personne + phrase[:1].lower() + phrase[1:] if personne else phrase
    return Tableau(
        consultation="activites_ouvertes",
        phrase=phrase,
        colonnes=["Activité", "Nature", "Ouverte à", "Places", "Inscrits", "Places restantes"],
        lignes=[
            [
                r["nom"],
                NATURES.get(r["nature"], r["nature"]),
                PUBLICS.get(r["ouverte_a"], r["ouverte_a"]),
                r["places"],
                r["inscrits"],
                r["places_restantes"],
            ]
            for r in rangs
        ],
        articles=[reglement("1", "art. 1, al. 1, 4°")],
    )


class ArgumentsParticipants(Arguments):
    statut: StatutDit = Field(
        None, title="statut", description="Seulement les prévenus ou les condamnés ; tous si omis."
    )
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None, title="activité", description="Le code d'une activité du fonds ; toutes si omis."
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="début de la période", description="Premier jour (AAAA-MM-JJ) ; sans date, ce jour."
    )
    au: Annotated[Jour | None, PERIODE] = Field(
        None, title="fin de la période", description="Dernier jour (AAAA-MM-JJ) ; sans date, ce jour."
    )
    arrives: Annotated[
        Booleen, Indices(("nouveau", "nouvel", "arrive", "arrivant", "commence", "a debute", "ont debute"))
    ] = Field(
        False,
        title="arrivées",
        description="Seulement les personnes dont l'inscription commence dans la période (« les nouveaux"
        " arrivés du mois dernier ») ; sinon, toutes celles qui y sont inscrites.",
    )


@consultation(
    ArgumentsParticipants,
    "Les personnes inscrites à une activité (leurs pseudonymes, prévenues ou condamnées) un jour donné ou"
    " sur une période, ou celles qui y sont arrivées ; pour le conseiller, qui suit les participants de son"
    " établissement.",
    articles=("1",),
    lecture=requetes.participants,
    en_agregats="participation",
)
def participants_activite(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    activite: str | None = None,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    arrives: bool = False,
    statut: Statut | None = None,
) -> Tableau:
    # Sans date, les inscrits du jour ; des arrivées sans date, celles du mois de la demande.
    debut, fin = periode(jour, du, au) if du or au or arrives else (jour, jour)
    rangs = requetes.participants(identite, session, debut, fin, activite, arrives)
    nom = rangs[0]["nom"] if rangs else activite
    rangs = [r for r in rangs if statut is None or r["statut"] == statut]
    personnes = sorted({r["pseudonyme"] for r in rangs})
    ou = f"à l'activité « {nom} »" if activite else "aux activités du programme"
    quand = dire_periode(debut, fin)
    verbe = "arrivée" if arrives else "inscrite"
    genre = f" {STATUTS[statut]}e" if statut else ""  # « personne prévenue », « personnes condamnées »
    if not personnes:
        phrase = f"{majuscule(quand)}, aucune personne{genre} n'est {verbe} {ou}."
    else:
        pluriel = f"personnes{genre}{'s' if genre else ''} sont {verbe}s"
        combien = compte(len(personnes), f"personne{genre} est {verbe}", pluriel)
        phrase = f"{majuscule(quand)}, {combien} {ou} : {enumerer(personnes)}."
    return Tableau(
        consultation="participants_activite",
        phrase=phrase,
        colonnes=["Personne", "Statut", "Activité", "Inscrite le", "Jusqu'au", "Inscription"],
        lignes=[[r["pseudonyme"], STATUTS[r["statut"]], r["nom"], r["debut"], r["fin"],
                 INSCRIPTIONS[r["inscription"]]]
                for r in rangs],
        articles=[reglement("1", "art. 1, al. 1, 4°")],
        notes=["Les registres ne gardent que des pseudonymes : aucun nom ni numéro de dossier."],
        effectif=len(personnes),
        chose="personne",
    )


class ArgumentsParticipation(Arguments):
    annee: Annee | None = Field(
        None, title="année", description="L'année visée ; par défaut, celle de la demande."
    )
    du: Annotated[Jour | None, PERIODE] = Field(
        None, title="du", description="Premier jour d'une période (« depuis juillet ») ; sinon l'année."
    )
    au: Annotated[Jour | None, PERIODE] = Field(None, title="au", description="Dernier jour de la période.")
    par_mois: Annotated[Booleen, MOIS_PAR_MOIS] = Field(
        False, title="mois par mois", description="Les personnes inscrites à une activité, mois par mois."
    )
    depuis_l_ouverture: Annotated[Booleen, DEPUIS_L_OUVERTURE] = Field(
        False, title="depuis l'ouverture", description="Depuis la première inscription, pas une année."
    )
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None, title="activité", description="Le code d'une activité du fonds ; par nature d'activité si omis."
    )


@consultation(
    ArgumentsParticipation,
    "Le nombre de personnes qui ont participé aux activités dans l'année (ou une période, ou depuis"
    " l'ouverture), par nature d'activité, prévenus et condamnés, ou mois par mois ; sur tous les fonds pour"
    " le public ; un compte de moins de 5 personnes n'est pas montré.",
    articles=("1",),
    lecture=requetes.comptes_participation,
)
def participation(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    annee: int | None = None,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    par_mois: bool = False,
    depuis_l_ouverture: bool = False,
    activite: str | None = None,
) -> Tableau:
    an = annee or jour.year
    if depuis_l_ouverture:
        (debut, fin), quand = requetes.TOUJOURS, "depuis l'ouverture (toutes les inscriptions consignées)"
    elif du or au:
        debut, fin = periode(jour, du, au)
        quand = dire_periode(debut, fin)
    else:
        debut, fin, quand = datetime.date(an, 1, 1), datetime.date(an, 12, 31), f"en {an}"
    if par_mois and not depuis_l_ouverture:  # depuis l'ouverture : un compte, pas des siècles de mois
        return _participation_par_mois(identite, session, debut, min(fin, jour), quand, activite)
    plusieurs = len(identite.fonds) > 1
    rangs = requetes.comptes_participation(identite, session, periode=(debut, fin), par_fonds=plusieurs,
                                           activite=activite)
    if plusieurs:  # le Fonds central : les comptes de chaque fonds
        return _participation_par_fonds(identite, rangs, quand, activite)
    portee = _portee(identite)
    if activite:
        return _participation_a_l_activite(rangs, quand, portee)
    totaux = [r["total"] for r in rangs if r["total"] is not None]
    phrase = (
        f"{majuscule(quand)}, {portee}, la participation aux activités par nature est la suivante"
        + (f" ({sum(totaux)} participations comptées dans les cellules montrées{_au_travail(rangs)})."
           if totaux else ".")
        if rangs
        else f"Aucune participation n'est consignée {quand} {portee}."
    )
    return _tableau_participation(phrase, [_cellules_participation(r) for r in rangs], rangs)


def _participation_a_l_activite(rangs: list[dict], quand: str, portee: str) -> Tableau:
    """Les personnes d'une seule activité (nommée dans la question), prévenues et condamnées."""
    if not rangs:
        phrase = f"Aucune inscription à cette activité n'est consignée {quand} {portee}."
    else:
        r = rangs[0]
        combien = (compte(r["total"], "personne inscrite", "personnes inscrites") if r["total"] is not None
                   else "un compte de 1 à 4 personnes n'est pas montré (voir le tableau)")
        phrase = f"{majuscule(quand)}, {portee}, {r['activite']} : {combien}."
    lignes = [[r["activite"], *_cellules_participation(r)] for r in rangs]
    return _tableau_participation(phrase, lignes, rangs, ("Activité",))


def _participation_par_fonds(
    identite: Identite, rangs: list[dict], quand: str, activite: str | None = None
) -> Tableau:
    """Le Fonds central, qui a plusieurs fonds : les comptes de chacun, sans total de l'ensemble (on en
    déduirait, par différence, une cellule qu'un fonds ne montre pas)."""
    quoi = "à cette activité" if activite else "aux activités par nature"
    phrase = (
        f"{majuscule(quand)}, dans chacun de vos {len(identite.fonds)} fonds, la participation {quoi}"
        " est la suivante."
        if rangs
        else f"Aucune participation n'est consignée {quand} dans vos fonds."
    )
    activites = ("Activité",) if activite else ()
    lignes = [[f"Fonds {r['fonds']}", *([r["activite"]] if activite else []), *_cellules_participation(r)]
              for r in rangs]
    return _tableau_participation(phrase, lignes, rangs, ("Fonds", *activites))


def _participation_par_mois(
    identite: Identite, session: Session, debut: datetime.date, fin: datetime.date, quand: str,
    activite: str | None = None,
) -> Tableau:
    """Chaque mois de la période, les personnes inscrites à au moins une activité (une inscription compte
    dans chaque mois qu'elle touche), chacune une fois quelle que soit son activité."""
    mois = mois_de(debut, fin)
    if len(mois) > MOIS_AU_PLUS:  # « depuis 2010, mois par mois » : un tableau que personne ne lirait
        raise EntreeInvalide(
            "période", f"un compte par mois se fait sur {MOIS_AU_PLUS} mois au plus ({len(mois)} demandés) :"
            " précisez une période plus courte, ou demandez le compte de toute la période"
        )
    plusieurs = len(identite.fonds) > 1
    rangs = requetes.comptes_participation(
        identite, session, periode=(debut, fin), par_fonds=plusieurs, par_nature=False, par_mois=True,
        activite=activite,
    )
    lignes, dits = [], []
    for r in rangs:
        nom = format_mois(r["mois"])
        lignes.append([*([f"Fonds {r['fonds']}"] if plusieurs else []), nom, r["prevenus"], r["condamnes"],
                       r["total"]])
        if not plusieurs and r["total"] is not None:
            dits.append(f"{r['total']} en {nom}")
    portee = "dans chacun de vos fonds" if plusieurs else _portee(identite)
    phrase = (f"{majuscule(quand)}, {portee}, les personnes inscrites à au moins une activité, mois par mois"
              + (f" : {enumerer(dits)}." if dits else " : voir le tableau.") if rangs
              else f"Aucune inscription n'est consignée {quand} {portee}.")
    return _tableau_participation(phrase, lignes, rangs, ("Fonds",) if plusieurs else (), par="Mois")


def _portee(identite: Identite) -> str:
    return "dans l'ensemble des fonds" if identite.anonyme else "dans votre fonds"


def _cellules_participation(rang: dict) -> list:
    return [NATURES.get(rang["nature"], rang["nature"]), rang["prevenus"], rang["condamnes"], rang["total"]]


def _tableau_participation(
    phrase: str,
    lignes: list[list],
    rangs: list[dict],
    avant: tuple[str, ...] = (),
    par: str = "Nature d'activité",
) -> Tableau:
    supprimees = any(None in (r["prevenus"], r["condamnes"], r["total"]) for r in rangs)
    return Tableau(
        consultation="participation",
        phrase=phrase,
        colonnes=[*avant, par, "Prévenus", "Condamnés", "Total"],
        lignes=lignes,
        articles=[reglement("1", "art. 1, al. 1, 4°")],
        notes=["Une cellule vide compte de 1 à 4 personnes : elle n'est pas montrée."] if supprimees else [],
    )


TRAVAIL = ("travail_fonds", "travail_tiers")  # art. 1, 4° : le travail rémunéré, pour le fonds ou un tiers


def _au_travail(rangs: list[dict]) -> str:
    """« dont 90 au travail, pour le fonds ou pour un tiers » : les deux natures du travail rémunéré,
    quand leurs deux totaux sont montrés."""
    travail = [r["total"] for r in rangs if r["nature"] in TRAVAIL]
    if len(travail) != len(TRAVAIL) or None in travail:
        return ""
    return f", dont {sum(travail)} au travail, pour le fonds ou pour un tiers"


def _places_restantes(n: int) -> str:
    """« 1 place reste », « 6 places restent », « aucune place ne reste »."""
    return "aucune place ne reste" if n == 0 else compte(n, "place reste", "places restent")

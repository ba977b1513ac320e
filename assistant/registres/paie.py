"""La paie du fonds sur une période, en agrégats : personnes payées, heures, brut, prélèvement, allocation
et épargne, par statut et par activité — ce que demandent le conseil, la paie et le Fonds central, à qui
les lignes d'une personne ne sont pas montrées ; et, pour qui lit la paie d'une personne (son conseiller,
la paie), les paies d'une période une personne par ligne (« qui a eu le plus gros brut ? »).

Art. 11 (rémunération), 15 (prélèvement), 16 (allocation) ; LSCQ, art. 91 (retenues, solde au directeur).
La couche de données ne rend que des agrégats et supprime ceux de 1 à 4 personnes (FUND-DATA).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.activites import StatutDit
from assistant.registres.declaration import Designe, Tableau, consultation
from assistant.registres.tableaux import compte, dire_periode, enumerer, heures, majuscule, periode
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.argent import format_montant
from outils.dates import fin_du_mois, format_date, format_mois
from outils.declaration import MOIS_PAR_MOIS, PERIODE, Arguments, Booleen, Indices, Jour
from outils.resultat import loi, reglement

PERIODE_DE_PAIE = 14  # jours : « la paie d'après » est celle de la période suivante
SUPPRIME = "moins de 5 personnes : le nombre n'est pas montré"
STATUTS = {"prevenu": "prévenus", "condamne": "condamnés"}  # les lignes du tableau, par statut
# Qui une phrase compte : (singulier, pluriel), pour tout le fonds ou pour un statut.
PAYES = {None: ("personne payée", "personnes payées"), "prevenu": ("prévenu payé", "prévenus payés"),
         "condamne": ("condamné payé", "condamnés payés")}


VERSE_A_QUI = tuple(f"{verse} au {qui}" for verse in ("verse", "verses", "versee", "versees")
                    for qui in ("directeur", "fonds"))


class ArgumentsPeriodeDePaie(Arguments):
    """La période d'une question sur des paies : deux bornes, une paie désignée par un jour, le versement."""

    du: Annotated[Jour | None, PERIODE] = Field(
        None,
        title="début de la période",
        description="Premier jour (AAAA-MM-JJ) ; sans date, le mois de la demande jusqu'à ce jour ; seul,"
        " un 1er du mois vaut pour ce mois.",
    )
    au: Annotated[Jour | None, PERIODE] = Field(
        None,
        title="fin de la période",
        description="Dernier jour (AAAA-MM-JJ) ; par défaut, le jour de la demande.",
    )
    # « versé » commence un mot : « versées en octobre », « le brut versé au deuxième trimestre » ; ce qui est
    # versé au directeur ou au fonds est une part de la paie (LSCQ, art. 91 ; art. 15), pas un moment.
    par_versement: Annotated[Booleen, Indices(("verse", "date de paie"), faux=VERSE_A_QUI)] = Field(
        False,
        title="selon le versement",
        description="La période choisit les paies par leur jour de versement (« les payes versées en"
        " octobre ») plutôt que par le début de leur période de travail.",
    )
    # « demain » dit ailleurs (« il part demain ») ne désigne pas la paie : « la paye du 12 octobre », si.
    le: Annotated[Jour | None, Indices(("paye du", "paie du", "paye le", "paie le", "payes du", "paies du"),
                                       pas=PERIODE_DE_PAIE)] = Field(
        None,
        title="jour d'une paie",
        description="Un jour (AAAA-MM-JJ) qui désigne une paie : celle versée ce jour-là, ou celle dont la"
        " période le comprend (« la paie versée le 30 octobre », « la paie du 26 octobre »).",
    )


class ArgumentsPaieDuFonds(ArgumentsPeriodeDePaie):
    statut: StatutDit = Field(
        None, title="statut", description="Seulement les prévenus ou les condamnés ; tous si omis."
    )
    activite: Annotated[str | None, Designe("activite", "cette activité", "laquelle")] = Field(
        None,
        title="activité",
        description="Le code d'une activité du fonds (« CUI »), si la question en nomme une.",
    )
    par_mois: Annotated[Booleen, MOIS_PAR_MOIS] = Field(
        False,
        title="mois par mois",
        description="Les mêmes agrégats pour chaque mois de versement (« la masse salariale mois par"
        " mois »).",
    )
    par_activite: Annotated[Booleen, Indices(("par atelier", "par activite", "chaque atelier",
                                              "chaque activite", "atelier par atelier"))] = Field(
        False,
        title="activité par activité",
        description="Avec le mois par mois, les heures et le brut de chaque activité pour chaque mois de"
        " versement (« le brut par atelier, mois par mois »).",
    )


@consultation(
    ArgumentsPaieDuFonds,
    "La paie de tout le fonds sur une période ou pour une paie, en agrégats : combien de personnes payées,"
    " heures, brut total et moyen, prélèvement (art. 15), allocation et épargne (art. 16), par statut et par"
    " activité ; sans aucun nom ni pseudonyme, et rien sur moins de 5 personnes.",
    articles=("11", "15", "16"),
    lecture=requetes.paies_versees,
    par_personne="paie_personne",
)
def paie_du_fonds(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
    statut: str | None = None,
    activite: str | None = None,
    par_mois: bool = False,
    par_activite: bool = False,
) -> Tableau:
    debut, fin = periode(jour, du, au) if du or au else (None, jour)
    paie = requetes.paies_versees(identite, session, au=fin, du=debut, par_versement=par_versement, le=le,
                                  par_mois=par_mois)
    # Par versement, la période est celle des versements demandée, pas celle du travail qu'ils paient.
    if par_versement and not le and debut is not None:
        quand = f"pour les paies versées {dire_periode(debut, fin)}"
    else:
        quand = dire_periode(paie["du"], paie["au"])
    ensemble, notes = paie["ensemble"], []
    groupe = next((g for g in paie["par_statut"] if g["statut"] == statut), ensemble)
    if identite.anonyme:
        return _tableau_du_programme(paie, quand, groupe, statut)
    if not paie["paies"]:
        phrase = f"Aucune paie n'est consignée {quand} dans les registres de votre fonds."
    elif activite:
        phrase = _phrase_activite(quand, activite, paie["par_activite"])
    elif groupe["personnes"] is None:
        phrase = (f"{majuscule(quand)}, les {PAYES[statut][1]} : {SUPPRIME} (FUND-DATA), ni leurs heures"
                  " ou leur paie.")
    else:
        phrase = _phrase_groupe(quand, groupe, PAYES[statut])
        if not statut and ensemble["retenues_legales"] is not None:
            phrase += f" Retenues légales : {format_montant(ensemble['retenues_legales'])} (LSCQ, art. 91)."
    lignes = _lignes(paie)
    colonnes = ["Groupe", "Personnes payées", "Heures", "Brute", "Prélèvement (10 %)", "Allocation",
                "Épargne"]
    croisees = (requetes.paies_par_activite_et_mois(identite, session, au=fin, du=debut,
                                                    par_versement=par_versement, le=le, activite=activite)
                if par_mois and (par_activite or activite) and paie["par_mois"] else [])
    if croisees is None:
        notes.append("Le détail par activité et par mois n'est pas montré : une de ses cellules compterait de"
                     " 1 à 4 personnes. Voici la période entière.")
    elif croisees:
        colonnes, lignes = ["Mois de versement", "Activité", *colonnes[1:4]], _lignes_croisees(croisees)
        mois = [r["mois"] for r in paie["par_mois"]]
        phrase += (f" Activité par activité, les paies versées chaque mois"
                   f" {dire_periode(debut or mois[0], min(fin, fin_du_mois(mois[-1])))} : voir le tableau.")
    elif par_mois and paie["par_mois"]:
        colonnes, lignes = ["Mois de versement", *colonnes[1:]], _lignes_par_mois(paie["par_mois"], statut)
        phrase += " Mois par mois, selon le jour de versement : voir le tableau."
    if any(None in ligne[1:3] for ligne in lignes):
        notes.append("Une cellule « — » compte de 1 à 4 personnes, ou la révélerait par différence : elle"
                     " n'est pas montrée.")
    if ensemble["personnes"] is not None and ensemble["retenues_legales"] is None:
        notes.append("Les retenues légales ne sont pas montrées : elles touchent moins de 5 personnes.")
    montre = paie["paies"] and not activite and groupe["personnes"] is not None
    return Tableau(
        consultation="paie_du_fonds",
        phrase=phrase,
        colonnes=colonnes,
        lignes=lignes,
        articles=_articles_de_la_paie(),
        notes=notes,
        # Le brut du groupe et ses personnes : la moyenne par personne, l'écart entre deux périodes.
        total=groupe["brute"] if montre else None,
        effectif=groupe["personnes"] if montre else None,
        chose="personne",
        periode=_jours_payes(paie, debut, fin, par_versement) if montre else None,
    )


@consultation(
    ArgumentsPeriodeDePaie,
    "Les paies d'une période ou d'une paie, une ligne par personne payée (pseudonyme, heures, brut,"
    " retenues, prélèvement, allocation, épargne), la plus élevée d'abord : qui a eu le plus ou le moins ;"
    " pour le conseiller et la paie.",
    articles=("11", "15", "16"),
    lecture=requetes.paies_par_personne,
    en_agregats="paie_du_fonds",
)
def paies_par_personne(
    identite: Identite,
    session: Session,
    jour: datetime.date,
    du: datetime.date | None = None,
    au: datetime.date | None = None,
    par_versement: bool = False,
    le: datetime.date | None = None,
) -> Tableau:
    debut, fin = periode(jour, du, au) if du or au else (None, jour)
    rangs = requetes.paies_par_personne(identite, session, fin, debut, par_versement, le)
    brut = sum((r["brute"] for r in rangs), Decimal(0))
    if not rangs:
        quand = dire_periode(debut, fin) if debut else f"le {format_date(le or fin)}"
        phrase = f"Aucune paie n'est consignée {quand} dans les registres de votre fonds."
    else:
        quand = dire_periode(min(r["du"] for r in rangs), max(r["au"] for r in rangs))
        personnes = len({r["pseudonyme"] for r in rangs})
        phrase = (f"{majuscule(quand)}, {compte(personnes, *PAYES[None])} : {format_montant(brut)} brut."
                  f" {_extreme('le plus élevé', rangs, rangs[0]['brute'])}")
        if personnes > 1:
            phrase += f" {_extreme('le plus bas', rangs, rangs[-1]['brute'])} {_plus_d_heures(rangs)}"
    return Tableau(
        consultation="paies_par_personne",
        phrase=phrase,
        colonnes=["Personne", "Du", "Au", "Versée le", "Heures", "Brute", "Retenues légales",
                  "Prélèvement (10 %)", "Allocation", "Épargne"],
        lignes=[[r["pseudonyme"], r["du"], r["au"], r["versee_le"], heures(r["heures"]), r["brute"],
                 r["retenues_legales"], r["prelevement"], r["allocation"], r["epargne"]] for r in rangs],
        articles=_articles_de_la_paie(),
        total=brut if rangs else None,
        effectif=len(rangs) or None,
        chose="paie",
    )


def _jours_payes(paie: dict, debut: datetime.date | None, fin: datetime.date,
                 par_versement: bool) -> tuple[datetime.date, datetime.date]:
    """Les jours que couvre le brut lu : ceux des versements demandés, ou ceux du travail payé."""
    return (debut, fin) if par_versement and debut else (paie["du"], min(paie["au"], fin))


def _articles_de_la_paie() -> list:
    """Rémunération (art. 11), prélèvement (art. 15), allocation (art. 16), retenues (LSCQ, art. 91)."""
    return [reglement("11", "art. 11, al. 1"), reglement("15", "art. 15"), reglement("16", "art. 16, al. 1"),
            loi("91")]


def _extreme(nom: str, rangs: list[dict[str, Any]], brut: Decimal) -> str:
    """« Le brut le plus élevé : 406,70 $ (P-MTB-0071 et P-MTB-0145). » : tous ceux qui l'ont eu."""
    qui = sorted({r["pseudonyme"] for r in rangs if r["brute"] == brut})
    return f"Le brut {nom} : {format_montant(brut)} ({enumerer(qui)})."


def _plus_d_heures(rangs: list[dict[str, Any]]) -> str:
    """« Le plus d'heures : 178,5 h (P-MTB-0012). » : les heures de chacun additionnées sur ses paies."""
    par_personne: dict[str, Decimal] = defaultdict(Decimal)
    for r in rangs:
        par_personne[r["pseudonyme"]] += r["heures"]
    plus = max(par_personne.values())
    qui = sorted(p for p, h in par_personne.items() if h == plus)
    return f"Le plus d'heures : {heures(plus)} ({enumerer(qui)})."


def _tableau_du_programme(
    paie: dict[str, Any], quand: str, groupe: dict[str, Any], statut: str | None
) -> Tableau:
    """Le public : les personnes payées et leurs heures dans tout le programme, aucun montant."""
    if not paie["paies"]:
        phrase = f"Aucune paie n'est consignée {quand} dans le programme."
    elif groupe["personnes"] is None:
        phrase = f"{majuscule(quand)}, dans l'ensemble du programme, les {PAYES[statut][1]} : {SUPPRIME}."
    else:
        phrase = (f"{majuscule(quand)}, dans l'ensemble du programme : "
                  f"{compte(groupe['personnes'], *PAYES[statut])} pour {heures(groupe['heures'])}.")
    groupes = [("Ensemble", paie["ensemble"])]
    groupes += [(majuscule(STATUTS[g["statut"]]), g) for g in paie["par_statut"]]
    par = "Groupe"
    if paie.get("par_mois"):  # mois par mois : des personnes et des heures, comme pour la période
        par, groupes = "Mois de versement", [(format_mois(r["mois"]), _groupe_du_mois(r, statut))
                                             for r in paie["par_mois"]]
    return Tableau(
        consultation="paie_du_fonds",
        phrase=phrase,
        colonnes=[par, "Personnes payées", "Heures"],
        lignes=[[nom, g["personnes"], None if g["heures"] is None else heures(g["heures"])]
                for nom, g in groupes],
        articles=[reglement("11", "art. 11, al. 1")],
        notes=["Au public, des comptes de tout le programme seulement : ni montant, ni fonds, ni activité."],
    )


def _phrase_groupe(quand: str, groupe: dict[str, Any], payes: tuple[str, str]) -> str:
    return (
        f"{majuscule(quand)}, {compte(groupe['personnes'], *payes)} pour"
        f" {heures(groupe['heures'])} : {format_montant(groupe['brute'])} brut,"
        f" {format_montant(groupe['prelevement'])} prélevés pour le fonds (art. 15),"
        f" {format_montant(groupe['allocation'])} d'allocation et {format_montant(groupe['epargne'])}"
        " d'épargne (art. 16)."
    )


def _phrase_activite(quand: str, activite: str, groupes: list[dict[str, Any]]) -> str:
    visees = [g for g in groupes if g["activite"] == activite]
    if not visees:
        return f"{majuscule(quand)}, aucune heure payée n'est consignée à l'activité {activite}."
    phrases = []
    for g in visees:
        debut = f"{majuscule(quand)}, {g['nom']} ({g['activite']})"
        if g["personnes"] is None:
            phrases.append(f"{debut} : {SUPPRIME} (FUND-DATA), ni leurs heures.")
        else:
            payees = compte(g["personnes"], *PAYES[None])
            phrases.append(f"{debut} : {payees} pour {heures(g['heures'])}.")
    return " ".join(phrases)




def _lignes(paie: dict[str, Any]) -> list[list[Any]]:
    """L'ensemble, chaque statut, chaque fonds, puis chaque activité : ses heures, et son brut quand chaque
    paie n'a d'heures qu'à une activité (le prélèvement et le reste se calculent sur la paie entière)."""
    lignes = [["Ensemble", *_cellules(paie["ensemble"])]]
    lignes += [[majuscule(STATUTS[g["statut"]]), *_cellules(g)] for g in paie["par_statut"]]
    lignes += [[f"Fonds {g['fonds']}", *_cellules(g)] for g in paie["par_fonds"]]
    return lignes + _lignes_d_activite(paie["par_activite"])


def _lignes_d_activite(groupes: list[dict[str, Any]]) -> list[list[Any]]:
    plusieurs = len({g["fonds"] for g in groupes}) > 1
    return [[f"{g['nom']} ({g['fonds'] + ' · ' if plusieurs else ''}{g['activite']})", g["personnes"],
             None if g["heures"] is None else heures(g["heures"]),
             g["brute"] if g["brute"] is not None or g["personnes"] is None else "", "", "", ""]
            for g in groupes]


def _lignes_croisees(rangs: list[dict[str, Any]]) -> list[list[Any]]:
    """Chaque mois de versement, chaque activité : ses personnes, ses heures, son brut."""
    return [[format_mois(r["mois"]), *ligne[:4]]
            for r, ligne in zip(rangs, _lignes_d_activite(rangs), strict=True)]


def _lignes_par_mois(mois: list[dict[str, Any]], statut: str | None) -> list[list[Any]]:
    """Chaque mois de versement : l'ensemble, ou le statut demandé."""
    return [[format_mois(r["mois"]), *_cellules(_groupe_du_mois(r, statut))] for r in mois]


def _groupe_du_mois(mois: dict[str, Any], statut: str | None) -> dict[str, Any]:
    return next((g for g in mois["par_statut"] if g["statut"] == statut), mois["ensemble"])


def _cellules(g: dict[str, Any]) -> list[Any]:
    h: Decimal | None = g["heures"]
    return [g["personnes"], None if h is None else heures(h), g["brute"], g["prelevement"], g["allocation"],
            g["epargne"]]

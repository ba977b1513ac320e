"""Le conseil d'administration et ses échéances : qui siège et dont le mandat prend fin, si le
programme de l'année a été soumis au ministre et si le budget joint les contrats (art. 2).

La composition du conseil relève de la Loi (LSCQ), dont ces articles ne sont pas dans le corpus :
on ne cite du règlement que ce qu'il dit des membres (art. 6 : dépôt des sommes, signature).
"""

from __future__ import annotations

import datetime
from typing import Any

from pydantic import Field
from sqlalchemy.orm import Session

from assistant.registres.declaration import Tableau, consultation
from assistant.registres.tableaux import compte, enumerer
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.dates import format_date
from outils.declaration import Annee, Arguments
from outils.resultat import reglement

CATEGORIES = {
    "ministere": "ministère",
    "communaute": "communauté",
    "personne_incarceree": "personne incarcérée",
}
FONCTIONS = {
    "president": "présidence",
    "tresorier": "trésorerie",
    "secretaire": "secrétariat",
    "administrateur": "administration",
}


class ArgumentsMembres(Arguments):
    annee: Annee | None = Field(
        None,
        title="année de fin de mandat",
        description="L'année où finissent les mandats qu'on cherche ; par défaut, l'année de la demande.",
    )


@consultation(
    ArgumentsMembres,
    "Qui siège au conseil d'administration du fonds (catégorie, fonction, mandat) et dont le mandat prend"
    " fin dans l'année, d'après les registres ; qui est spécialement autorisé à déposer les sommes (art. 6).",
    articles=("6",),
    lecture=requetes.membres_ca,
)
def membres_conseil(
    identite: Identite, session: Session, jour: datetime.date, annee: int | None = None
) -> Tableau:
    an = annee or jour.year
    tous = requetes.membres_ca(identite, session)
    # Siègent : les mandats en cours le jour de la demande (un mandat fini n'est plus au conseil).
    en_fonction = [mb for mb in tous if mb["debut_mandat"] <= jour <= mb["fin_mandat"]]
    finissant = [mb for mb in tous if mb["fin_mandat"].year == an]
    plusieurs = len({mb["fonds"] for mb in tous}) > 1
    if not en_fonction:
        phrase = f"Aucun membre du conseil n'est en fonction le {format_date(jour)} d'après vos registres."
    else:
        phrase = (
            f"Le {format_date(jour)}, {compte(len(en_fonction), 'membre siège', 'membres siègent')} au"
            f" conseil{' de vos fonds' if plusieurs else ''} : {_categories(en_fonction)}."
        )
    phrase += (
        f" Le mandat de {compte(len(finissant), 'membre')} prend fin en {an} : "
        + enumerer([f"{mb['designation']} le {format_date(mb['fin_mandat'])}" for mb in finissant])
        + "."
        if finissant
        else f" Aucun mandat ne prend fin en {an}."
    )
    visibles = sorted(
        {id(mb): mb for mb in en_fonction + finissant}.values(), key=lambda mb: (mb["fonds"], mb["code"])
    )
    return Tableau(
        consultation="membres_conseil",
        phrase=phrase,
        colonnes=(["Fonds"] if plusieurs else [])
        + [
            "Membre",
            "Catégorie",
            "Fonction",
            "Début du mandat",
            "Fin du mandat",
            f"Fin en {an}",
            "Autorisé à déposer (art. 6, al. 1)",
        ],
        lignes=[
            ([mb["fonds"]] if plusieurs else [])
            + [
                mb["designation"],
                CATEGORIES.get(mb["categorie"], mb["categorie"]),
                FONCTIONS.get(mb["fonction"], mb["fonction"]),
                mb["debut_mandat"],
                mb["fin_mandat"],
                mb["fin_mandat"].year == an,
                mb["autorise_depot"],
            ]
            for mb in visibles
        ],
        articles=[reglement("6", "art. 6, al. 1"), reglement("6", "art. 6, al. 2")],
        notes=[
            "La composition du conseil et la durée des mandats relèvent de la Loi sur le système"
            " correctionnel du Québec, dont ces articles ne sont pas dans les textes que je connais."
        ],
    )


def _categories(membres: list[dict[str, Any]]) -> str:
    """« 3 du ministère, 2 de la communauté et 1 membre issu des personnes incarcérées »."""
    nombres = {c: sum(1 for mb in membres if mb["categorie"] == c) for c in CATEGORIES}
    parties = [
        f"{n} {de}"
        for c, de in (
            ("ministere", "du ministère"),
            ("communaute", "de la communauté"),
            (
                "personne_incarceree",
                f"issu{'s' if nombres['personne_incarceree'] > 1 else ''} des personnes incarcérées",
            ),
        )
        if (n := nombres[c])
    ]
    return enumerer(parties)


class ArgumentsProgramme(Arguments):
    annee: Annee | None = Field(
        None,
        title="année du programme",
        description="L'année du programme visé ; par défaut, celui de l'année suivante à partir du 1er"
        " juillet (il est dû avant le 1er novembre), sinon celui de l'année en cours.",
    )


@consultation(
    ArgumentsProgramme,
    "Si le programme d'activités de l'année a été soumis au ministre avant le 1er novembre, approuvé et"
    " appliqué le 1er janvier, et si le budget est accompagné de tous les contrats conclus ou projetés"
    " avec des tiers (art. 2), d'après les registres.",
    articles=("2",),
    lecture=requetes.programme,
)
def programme_annuel(
    identite: Identite, session: Session, jour: datetime.date, annee: int | None = None
) -> Tableau:
    an = annee or (jour.year + 1 if jour.month >= 7 else jour.year)
    rangs = requetes.programme(identite, session, an)
    # Le Fonds central voit les programmes, pas les contrats : la lecture décide, on ne la force pas.
    lit_le_budget = identite.role in requetes.contrats_du_budget.roles  # type: ignore[attr-defined]
    budget = requetes.contrats_du_budget(identite, session, an) if lit_le_budget else []
    absents = [c["numero"] for c in budget if not c["joint"]]
    joints = [c["numero"] for c in budget if c["joint"]]
    plusieurs = len(rangs) > 1
    echeance = datetime.date(an - 1, 11, 1)
    phrases = []
    for r in rangs:
        phrase = _etat_programme(r, echeance, jour) + _personnes_visees(r)
        phrases.append(f"{r['fonds']} : {phrase}" if plusieurs else phrase)
    if lit_le_budget:
        phrases.append(_budget(an, joints, absents))
    return Tableau(
        consultation="programme_annuel",
        phrase=" ".join(phrases),
        colonnes=(["Fonds"] if plusieurs else [])
        + ["Programme", "Soumis le", "Soumis avant le 1er novembre", "Approuvé le", "Appliqué le",
           "Prévenus visés", "Condamnés visés"],
        lignes=[
            ([r["fonds"]] if plusieurs else [])
            + [str(an), r["soumis_le"], r["soumis_a_temps"], r["approuve_le"], r["applique_le"],
               r["prevus_prevenus"], r["prevus_condamnes"]]
            for r in rangs
        ],
        articles=[reglement("2", "art. 2, 1°"), reglement("2", "art. 2, 2°"), reglement("2", "art. 2, 3°")],
        notes=[f"Contrat non joint au budget {an} : {numero}." for numero in absents],
    )


def _personnes_visees(r: dict[str, Any]) -> str:
    """Art. 2, 1° : « Il vise 10 personnes prévenues et 24 condamnées. » ; rien sans programme consigné."""
    if r["prevus_prevenus"] is None:
        return ""
    prevenues = compte(r["prevus_prevenus"], "personne prévenue", "personnes prévenues")
    return f" Il vise {prevenues} et {compte(r['prevus_condamnes'], 'condamnée')}."


def _budget(an: int, joints: list[str], absents: list[str]) -> str:
    """Art. 2, 2° : les contrats que le budget accompagne, puis ceux qui lui manquent."""
    if not absents:
        tous = f" ({enumerer(joints)})" if joints else ""
        return (f"Le budget {an} est accompagné de tous les contrats conclus ou projetés avec des tiers{tous}"
                " (art. 2, 2°).")
    s = "s" if len(absents) > 1 else ""
    quoi = "des contrats" if s else "du contrat"
    phrase = (f"Le budget {an} n'est pas accompagné {quoi} {enumerer(absents)}, conclu{s} ou projeté{s}"
              " avec un tiers (art. 2, 2°)")
    return phrase + (f" ; il l'est de {enumerer(joints)}." if joints else ".")


def _etat_programme(r: dict[str, Any], echeance: datetime.date, jour: datetime.date) -> str:
    an = r["annee"]
    if r["soumis_le"] is None:
        retard = "l'échéance était" if jour >= echeance else "l'échéance est"
        return (
            f"Le programme {an} n'a pas été soumis au ministre ; {retard} le {format_date(echeance)}"
            " (art. 2, 1°)."
        )
    delai = "avant le" if r["soumis_a_temps"] else "après le"
    phrase = (
        f"Le programme {an} a été soumis au ministre le {format_date(r['soumis_le'])}, {delai}"
        f" {format_date(echeance)} (art. 2, 1°)"
    )
    if r["approuve_le"] is None:
        return f"{phrase} ; son approbation n'est pas encore consignée."
    attente = compte((r["approuve_le"] - r["soumis_le"]).days, "jour")
    phrase += f" et approuvé le {format_date(r['approuve_le'])}, {attente} après son envoi"
    if r["applique_le"] is not None:
        return f"{phrase} ; il est appliqué depuis le {format_date(r['applique_le'])} (art. 2, 3°)."
    return f"{phrase}."

"""Partage de la rémunération : retenues, prélèvement, allocation, épargne.

Art. 15 et 16 du règlement ; art. 91 et 92 de la LSCQ.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from outils import parametres
from outils.argent import Nombre, arrondir, format_montant, format_taux
from outils.dates import lire_date
from outils.declaration import AUJOURD_HUI, RENVOIE, Arguments, Indices, Jour, Montant, outil
from outils.entrees import montant_non_negatif
from outils.erreurs import EntreeInvalide
from outils.resultat import Etape, Resultat, loi, reglement


class ArgumentsPaie(Arguments):
    brute: Annotated[
        Montant,
        Indices(
            ("paie", "paye", "brut", "salaire", "remuneration", "gagne", "sur "),
            depuis=("calculer_remuneration", "remuneration_brute"),
            cumul=True,
            # Ce que le partage rend n'est pas la paie qu'il partage (« 54 $ d'allocation »).
            autres=("net", "nette", "nets", "nettes", "prelevement", "allocation", "epargne"),
        ),
    ] = Field(title="rémunération brute", description="Rémunération brute en $ (ex. 116,20).")
    retenues_legales: Annotated[
        Montant,
        Indices(
            (
                "retenu",
                "saisi",
                "pension",
                "ordonn",
                "tribunal",
                "jugement",
                "cour ",
                "deduction",
                "deduit",
                "amende",
            ),
            faux=("sans retenue", "aucune retenue", "pas de retenue"),
            # « avec la saisie de la cour » : une retenue dite sans son montant, qu'on demande.
            suppose=("saisi", "pension", "amende", "ordonn", "tribunal", "jugement"),
        ),
    ] = Field(
        Decimal(0),
        title="retenues légales",
        description="Retenues exigées par une loi ou une décision d'un tribunal, en $ ; 0 si aucune.",
    )
    date: Jour | None = Field(None, title="date de la paie", description="Date de la paie. " + AUJOURD_HUI)


@outil(
    ArgumentsPaie,
    "Répartit une rémunération brute : retenues exigées par une loi ou un tribunal, prélèvement"
    " de 10 % versé au fonds (art. 15), solde versé au directeur, dont 50 % d'allocation"
    " (art. 16) et le reste au compte d'épargne en fidéicommis (LSCQ art. 91, 92). À utiliser"
    " pour savoir combien la personne reçoit, épargne ou verse au fonds." + RENVOIE,
    articles=("15", "16"),
)
def repartir_paie(
    brute: Nombre, retenues_legales: Nombre = 0, date: datetime.date | str | None = None
) -> Resultat:
    """Art. 15 : « Le pourcentage permettant de calculer le montant qu'un fonds doit
    prélever de la rémunération [...] est fixé à 10%. Ce pourcentage est calculé sur la
    rémunération après que les retenues visées à l'article 91 de la Loi ont été
    prélevées. » Art. 16, al. 1 : l'allocation « est déterminée à 50% du montant versé
    par le fonds au directeur de l'établissement ».

    `brute` : rémunération brute en $ ; `retenues_legales` : retenues exigées par une loi
    en vigueur au Québec ou une décision d'un tribunal (LSCQ, art. 91), en $ ; `date` :
    date de la paie, qui fixe les taux (aujourd'hui par défaut).
    Ordre : retenues, puis 10 % au fonds, le reste au directeur (LSCQ 91), dont 50 %
    d'allocation ; le solde va au compte d'épargne en fidéicommis (LSCQ 92). Seuls le
    prélèvement et l'allocation sont arrondis ; l'épargne prend le reste, de sorte que
    les parts redonnent la rémunération brute au cent près.
    """
    montant_brut = montant_non_negatif(brute, "brute")
    retenues = montant_non_negatif(retenues_legales, "retenues_legales", "LSCQ, art. 91")
    if retenues > montant_brut:
        raise EntreeInvalide(
            "retenues_legales",
            f"les retenues ({format_montant(retenues)}) dépassent la rémunération brute"
            f" ({format_montant(montant_brut)})",
            "LSCQ, art. 91",
        )
    jour = lire_date(date)
    taux_prelevement = parametres.valeur("taux_prelevement", jour).valeur
    taux_allocation = parametres.valeur("taux_allocation", jour).valeur

    apres_retenues = montant_brut - retenues
    prelevement = arrondir(apres_retenues * taux_prelevement)
    verse_directeur = apres_retenues - prelevement
    allocation = arrondir(verse_directeur * taux_allocation)
    epargne = verse_directeur - allocation

    etapes = [
        Etape(
            libelle="Rémunération après les retenues exigées par une loi ou un tribunal (LSCQ, art. 91)",
            calcul=f"{format_montant(montant_brut)} − {format_montant(retenues)}",
            resultat=format_montant(apres_retenues),
        ),
        Etape(
            libelle=f"Prélèvement de {format_taux(taux_prelevement)} versé au fonds (art. 15)",
            calcul=f"{format_montant(apres_retenues)} × {format_taux(taux_prelevement)}",
            resultat=format_montant(prelevement),
        ),
        Etape(
            libelle="Solde versé au directeur de l'établissement (LSCQ, art. 91)",
            calcul=f"{format_montant(apres_retenues)} − {format_montant(prelevement)}",
            resultat=format_montant(verse_directeur),
        ),
        Etape(
            libelle=f"Allocation remise à la personne ({format_taux(taux_allocation)}"
            " du montant versé au directeur, art. 16)",
            calcul=f"{format_montant(verse_directeur)} × {format_taux(taux_allocation)}",
            resultat=format_montant(allocation),
        ),
        Etape(
            libelle="Reste déposé au compte d'épargne détenu en fidéicommis par le directeur (LSCQ, art. 92)",
            calcul=f"{format_montant(verse_directeur)} − {format_montant(allocation)}",
            resultat=format_montant(epargne),
        ),
    ]
    conclusion = (
        f"Sur une rémunération brute de {format_montant(montant_brut)}, après"
        f" {format_montant(retenues)} de retenues légales, le fonds prélève"
        f" {format_montant(prelevement)}"
        f" et verse {format_montant(verse_directeur)} au directeur : {format_montant(allocation)}"
        f" d'allocation et {format_montant(epargne)} déposés au compte d'épargne, versés avec les"
        " intérêts à la libération."
    )
    return Resultat(
        outil="repartir_paie",
        entrees={"brute": montant_brut, "retenues_legales": retenues, "date": jour},
        montants={
            "brute": montant_brut,
            "retenues_legales": retenues,
            "remuneration_apres_retenues": apres_retenues,
            "prelevement": prelevement,
            "verse_directeur": verse_directeur,
            "allocation": allocation,
            "epargne": epargne,
        },
        valeurs={
            "taux_prelevement": taux_prelevement,
            "taux_allocation": taux_allocation,
            "usage_allocation": "achats à la cantine pour sa consommation personnelle ou de"
            " matériaux"
            " pour le programme d'activités, ou frais de participation au programme (art. 16, al."
            " 2)",
            "epargne": "déposée dans une institution financière, au compte d'épargne détenu en"
            " fidéicommis par le directeur, sauf convention contraire écrite autorisée par le"
            " ministre ; versée avec les intérêts à la libération (LSCQ, art. 92)",
            "sommes_dues_au_fonds": "remboursées à la libération à même les allocations ou, à"
            " défaut, le compte d'épargne (art. 16, al. 3)",
            "releve": "à la libération et, sur demande, au plus une fois par mois (LSCQ, art. 93)",
        },
        etapes=etapes,
        articles=[
            reglement("15", "art. 15, al. 1"),
            reglement("15", "art. 15, al. 2"),
            reglement("16", "art. 16, al. 1"),
            loi("91"),
            loi("92"),
        ],
        avertissements=[],
        conclusion=conclusion,
    )

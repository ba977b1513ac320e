"""Le registre des outils : nom, fonction, schéma d'arguments et description pour un modèle.

C'est le seul endroit qui énumère les calculateurs ; la ligne de commande, l'assistant
et les outils LangChain passent tous par `executer`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, ValidationError

from outils import schemas
from outils.aide import verifier_admissibilite_aide
from outils.calendrier import calendrier_programme
from outils.contrat import verifier_contrat
from outils.cotisation import calculer_cotisation
from outils.emprunt import verifier_emprunt
from outils.erreurs import EntreeInvalide
from outils.liquidation import repartir_liquidation
from outils.participation import conditions_participation
from outils.personnel import justifier_personnel_non_incarcere
from outils.placement import verifier_placement
from outils.prelevement import repartir_paie
from outils.remuneration import calculer_remuneration
from outils.resultat import Resultat


@dataclass(frozen=True)
class Outil:
    """Un calculateur tel qu'on le présente à un modèle de langue."""

    nom: str
    fonction: Callable[..., Resultat]
    schema: type[BaseModel]
    description: str


_RENVOIE = " Renvoie les montants, les étapes du calcul, les articles appliqués et une conclusion."

_LISTE = [
    Outil(
        "calculer_remuneration",
        calculer_remuneration,
        schemas.ArgumentsRemuneration,
        "Calcule la rémunération brute d'une personne incarcérée pour un travail rémunéré :"
        " taux horaire de 35 % du salaire minimum en vigueur à la date du travail (art. 11),"
        " multiplié par les heures, plus une prime éventuelle. À utiliser pour toute question"
        " sur le taux horaire ou la paie d'un nombre d'heures." + _RENVOIE,
    ),
    Outil(
        "repartir_paie",
        repartir_paie,
        schemas.ArgumentsPaie,
        "Répartit une rémunération brute : retenues exigées par une loi ou un tribunal, prélèvement"
        " de 10 % versé au fonds (art. 15), solde versé au directeur, dont 50 % d'allocation"
        " (art. 16) et le reste au compte d'épargne en fidéicommis (LSCQ art. 91, 92). À utiliser"
        " pour savoir combien la personne reçoit, épargne ou verse au fonds." + _RENVOIE,
    ),
    Outil(
        "calculer_cotisation",
        calculer_cotisation,
        schemas.ArgumentsCotisation,
        "Calcule la cotisation annuelle d'un fonds au Fonds central : entre 5 % et 25 % du revenu"
        " net d'exploitation (revenus moins frais), sans soustraire les déboursés des activités non"
        " rémunérées (art. 17). Donne la fourchette, ou le montant si le taux (en pour cent) est"
        " connu." + _RENVOIE,
    ),
    Outil(
        "verifier_emprunt",
        verifier_emprunt,
        schemas.ArgumentsEmprunt,
        "Dit si un emprunt d'un fonds requiert l'autorisation du ministre : emprunt de plus de"
        " 25 000 $ ou solde des emprunts porté à plus de 25 000 $ (art. 8, al. 1) ; rappelle"
        " qu'avant un prêteur externe, le fonds doit vérifier qu'il ne peut emprunter au Fonds"
        " central ou à un autre fonds (al. 2)." + _RENVOIE,
    ),
    Outil(
        "verifier_admissibilite_aide",
        verifier_admissibilite_aide,
        schemas.ArgumentsAide,
        "Dit si une personne incarcérée peut recevoir du fonds un don ou un prêt sans intérêt"
        " (art. 5) : sans aide extérieure ni ressources et incapable de travailler ou participer,"
        " pour participer à une activité non rémunérée, ou pour chercher un emploi. Renvoie les"
        " paragraphes qui s'appliquent, qui présente la demande et les articles.",
    ),
    Outil(
        "conditions_participation",
        conditions_participation,
        schemas.ArgumentsParticipation,
        "Dit de quels avis le directeur doit tenir compte avant d'autoriser une personne incarcérée"
        " à participer à des activités (art. 10) : santé, toxicomanie ou alcoolisme (avis d'un"
        " professionnel de la santé ou d'un conseiller en milieu carcéral), risque, mesures de"
        " protection ou disciplinaires, suspension (avis d'un conseiller en milieu carcéral).",
    ),
    Outil(
        "verifier_contrat",
        verifier_contrat,
        schemas.ArgumentsContrat,
        "Vérifie qu'un contrat de travail avec un tiers contient les mentions exigées par l'art. 7"
        " :"
        " montant total ou maximum, heures requises, durée avec dates de début et d'échéance,"
        " obligations du tiers (communication du travail ou des heures par personne). Renvoie les"
        " mentions manquantes ou invalides et la durée en jours.",
    ),
    Outil(
        "calendrier_programme",
        calendrier_programme,
        schemas.ArgumentsCalendrier,
        "Donne le calendrier annuel d'un fonds (art. 2) : programme d'activités et budget à"
        " soumettre"
        " au ministre avant le 1er novembre de l'année précédente, mise en application le 1er"
        " janvier ;"
        " compte les jours restants et signale une échéance dépassée.",
    ),
    Outil(
        "verifier_placement",
        verifier_placement,
        schemas.ArgumentsPlacement,
        "Dit si un placement des sommes d'un fonds requiert l'autorisation du ministre (art. 6,"
        " al. 3 :"
        " non pour un dépôt en banque ou institution inscrite ou des obligations d'épargne du"
        " Québec"
        " ou du Canada, oui pour tout autre) et rappelle le dépôt des sommes et les deux signatures"
        " des chèques (al. 1 et 2).",
    ),
    Outil(
        "repartir_liquidation",
        repartir_liquidation,
        schemas.ArgumentsLiquidation,
        "Répartit l'actif d'un fonds liquidé dans l'ordre de l'art. 12 : dettes et frais de"
        " liquidation,"
        " puis retour des dons et legs, puis le solde au Fonds central ; rappelle le rôle des"
        " liquidateurs et le sort des biens autres que l'argent (art. 13)." + _RENVOIE,
    ),
    Outil(
        "justifier_personnel_non_incarcere",
        justifier_personnel_non_incarcere,
        schemas.ArgumentsPersonnel,
        "Dit si le recours à une personne non incarcérée dans un programme d'activités est justifié"
        " (art. 3 : sécurité, manque de ressources pour un engagement avec un tiers, manque de"
        " compétence spécifique des personnes incarcérées) ; la priorité va aux personnes"
        " incarcérées.",
    ),
]

OUTILS: dict[str, Outil] = {outil.nom: outil for outil in _LISTE}


def executer(nom: str, arguments: dict[str, Any]) -> Resultat:
    """Valide `arguments` avec le schéma de l'outil `nom`, puis l'exécute.

    Toute entrée refusée devient une EntreeInvalide qui nomme le champ, en français.
    """
    outil = OUTILS.get(nom)
    if outil is None:
        raise EntreeInvalide("nom", f"outil inconnu « {nom} » ; outils disponibles : {', '.join(OUTILS)}")
    if not isinstance(arguments, dict):
        raise EntreeInvalide("arguments", f"un dictionnaire d'arguments est attendu (reçu : {arguments!r})")
    try:
        valides = outil.schema.model_validate(arguments)
    except ValidationError as erreur:
        raise traduire(erreur, outil.schema) from None
    # Seuls les arguments donnés sont passés : les valeurs par défaut restent celles de la fonction.
    return outil.fonction(**{champ: getattr(valides, champ) for champ in valides.model_fields_set})


def traduire(erreur: ValidationError, schema: type[BaseModel]) -> EntreeInvalide:
    """La première erreur de pydantic, en français, sur le champ qu'elle vise."""
    detail = erreur.errors()[0]
    champ = ".".join(str(partie) for partie in detail["loc"]) or "arguments"
    cause = detail.get("ctx", {}).get("error")
    if isinstance(cause, EntreeInvalide):
        return cause
    recu = detail.get("input")
    permis = ", ".join(schema.model_fields)
    messages = {
        "missing": "argument obligatoire manquant",
        "extra_forbidden": f"argument inconnu ; arguments permis : {permis}",
        "model_type": "un dictionnaire d'arguments est attendu",
    }
    if recu is None and detail["type"] not in messages:
        return EntreeInvalide(champ, "une valeur est attendue (reçu : rien)")
    return EntreeInvalide(champ, messages.get(detail["type"], f"valeur refusée (reçu : {recu!r})"))


def outils_langchain() -> list[StructuredTool]:
    """Un StructuredTool par calculateur ; chacun renvoie `Resultat.model_dump(mode="json")`.

    Une entrée refusée revient au modèle comme texte français (pas d'exception) pour
    qu'il puisse corriger son appel.
    """
    return [
        StructuredTool.from_function(
            func=_appelant(outil.nom),
            name=outil.nom,
            description=outil.description,
            args_schema=outil.schema,
            handle_tool_error=True,
            handle_validation_error=_validation_pour(outil.schema),
        )
        for outil in OUTILS.values()
    ]


def _appelant(nom: str) -> Callable[..., dict[str, Any]]:
    def appeler(**arguments: Any) -> dict[str, Any]:
        try:
            return executer(nom, arguments).model_dump(mode="json")
        except EntreeInvalide as erreur:
            raise ToolException(f"Entrée invalide — {erreur}") from erreur

    appeler.__name__ = nom
    return appeler


def _validation_pour(schema: type[BaseModel]) -> Callable[[ValidationError], str]:
    def message(erreur: ValidationError) -> str:
        return f"Entrée invalide — {traduire(erreur, schema)}"

    return message

"""Le registre des outils : tous les calculateurs déclarés par `@outil`, trouvés dans le paquet.

Ajouter un calculateur, c'est écrire son module (fonction décorée), ses tests et ses exemples :
rien à ajouter ici. La ligne de commande, l'assistant et les outils LangChain passent tous par
`executer`.
"""

from __future__ import annotations

import datetime
import importlib
import pkgutil
import types
from collections.abc import Callable
from typing import Any

from langchain_core.tools import StructuredTool, ToolException
from pydantic import BaseModel, ValidationError

import outils
from outils.declaration import Outil
from outils.erreurs import EntreeInvalide
from outils.resultat import Resultat

INTERFACES = {"cli", "registre"}  # ils importent le registre : ce ne sont pas des calculateurs


def declares(paquet: types.ModuleType, exclus: set[str]) -> dict[str, Outil]:
    """Les outils déclarés (`__outil__`) dans les modules d'un paquet, dans l'ordre des modules."""
    trouves: dict[str, Outil] = {}
    modules = {m.name for m in pkgutil.iter_modules(paquet.__path__)} - exclus
    for module in sorted(modules):
        for objet in vars(importlib.import_module(f"{paquet.__name__}.{module}")).values():
            declaration = getattr(objet, "__outil__", None)
            if isinstance(declaration, Outil):
                trouves[declaration.nom] = declaration
    return trouves


OUTILS: dict[str, Outil] = declares(outils, INTERFACES)


def executer(nom: str, arguments: dict[str, Any], jour: datetime.date | None = None) -> Resultat:
    """Valide `arguments` avec le schéma de l'outil `nom`, puis l'exécute.

    `jour` est la date de la demande : elle remplit la `date` d'un outil qui en prend une et que
    la question ne donne pas. Toute entrée refusée devient une EntreeInvalide qui nomme le champ,
    en français.
    """
    outil = OUTILS.get(nom)
    if outil is None:
        raise EntreeInvalide("nom", f"outil inconnu « {nom} » ; outils disponibles : {', '.join(OUTILS)}")
    if not isinstance(arguments, dict):
        raise EntreeInvalide("arguments", f"un dictionnaire d'arguments est attendu (reçu : {arguments!r})")
    if jour is not None and outil.date_du_jour and arguments.get("date") is None:
        arguments = {**arguments, "date": jour}
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


def outils_langchain(jour: datetime.date) -> list[StructuredTool]:
    """Un StructuredTool par calculateur ; chacun renvoie `Resultat.model_dump(mode="json")`.

    `jour` est la date de la demande. Une entrée refusée revient au modèle comme texte français
    (pas d'exception) pour qu'il puisse corriger son appel.
    """
    return [
        StructuredTool.from_function(
            func=_appelant(outil.nom, jour),
            name=outil.nom,
            description=outil.description,
            args_schema=outil.schema,
            handle_tool_error=True,
            handle_validation_error=_validation_pour(outil.schema),
        )
        for outil in OUTILS.values()
    ]


def _appelant(nom: str, jour: datetime.date) -> Callable[..., dict[str, Any]]:
    def appeler(**arguments: Any) -> dict[str, Any]:
        try:
            return executer(nom, arguments, jour).model_dump(mode="json")
        except EntreeInvalide as erreur:
            raise ToolException(f"Entrée invalide — {erreur}") from erreur

    appeler.__name__ = nom
    return appeler


def _validation_pour(schema: type[BaseModel]) -> Callable[[ValidationError], str]:
    def message(erreur: ValidationError) -> str:
        return f"Entrée invalide — {traduire(erreur, schema)}"

    return message

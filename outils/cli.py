"""Ligne de commande des calculateurs : lister les outils, en exécuter un.

    python -m outils.cli --list [--json]
    python -m outils.cli calculer_remuneration --heures 20 --date 2026-10-15 [--json]

`configurer` et `lancer` servent aussi à la commande principale (`assistant-fsrs calcul`).
Une entrée invalide donne un message français sur stderr et le code de sortie 2,
jamais une trace Python.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from typing import Any, TextIO

from outils.erreurs import EntreeInvalide
from outils.registre import OUTILS, executer

CODE_ENTREE_INVALIDE = 2


def configurer(parser: argparse.ArgumentParser) -> None:
    """Ajoute --list, --json et NOM ; les arguments de l'outil (--heures 20) restent en surplus."""
    parser.add_argument("--list", action="store_true", help="lister les outils et leurs arguments")
    parser.add_argument("--json", action="store_true", help='sortie JSON (montants en texte : "116.20")')
    parser.add_argument("nom", nargs="?", metavar="NOM", help="outil à exécuter, suivi de --argument valeur")


def lancer(
    args: argparse.Namespace,
    reste: list[str],
    sortie: TextIO | None = None,
    erreurs: TextIO | None = None,
) -> int:
    """Exécute la demande analysée par `configurer` ; rend le code de sortie."""
    sortie = sortie or sys.stdout
    erreurs = erreurs or sys.stderr
    if args.list:
        print(_liste(args.json), file=sortie)
        return 0
    if not args.nom:
        print("Erreur : indiquez un outil (NOM) ou --list.", file=erreurs)
        return CODE_ENTREE_INVALIDE
    try:
        # La ligne de commande est une interface : c'est elle qui décide du jour (aujourd'hui).
        resultat = executer(args.nom, lire_arguments(reste), datetime.date.today())
    except EntreeInvalide as erreur:
        print(f"Erreur : {erreur}", file=erreurs)
        return CODE_ENTREE_INVALIDE
    if args.json:
        print(json.dumps(resultat.model_dump(mode="json"), ensure_ascii=False, indent=2), file=sortie)
    else:
        print(resultat.en_texte(), file=sortie)
    return 0


def lire_arguments(reste: list[str]) -> dict[str, Any]:
    """`--heures 20 --date=2026-10-15 --aide-exterieure` devient un dictionnaire.

    Un tiret dans le nom vaut un souligné ; une option sans valeur vaut « oui ».
    """
    arguments: dict[str, Any] = {}
    i = 0
    while i < len(reste):
        jeton = reste[i]
        if not jeton.startswith("--") or len(jeton) == 2:
            raise EntreeInvalide("arguments", f"« --nom valeur » est attendu (reçu : « {jeton} »)")
        nom, egal, valeur = jeton[2:].partition("=")
        if not egal:
            suivant = reste[i + 1] if i + 1 < len(reste) else None
            if suivant is None or (suivant.startswith("--") and len(suivant) > 2):
                valeur = "oui"
            else:
                valeur = suivant
                i += 1
        arguments[nom.replace("-", "_")] = valeur
        i += 1
    return arguments


def _liste(en_json: bool) -> str:
    if en_json:
        return json.dumps(
            [
                {
                    "nom": o.nom,
                    "description": o.description,
                    "arguments": o.schema.model_json_schema(),
                }
                for o in OUTILS.values()
            ],
            ensure_ascii=False,
            indent=2,
        )
    blocs = []
    for outil in OUTILS.values():
        schema = outil.schema.model_json_schema()
        obligatoires = set(schema.get("required", []))
        lignes = [f"{outil.nom}", f"    {outil.description}"]
        for champ, propriete in schema["properties"].items():
            marque = "obligatoire" if champ in obligatoires else "facultatif"
            lignes.append(f"    --{champ} ({marque}) : {propriete.get('description', '')}")
        blocs.append("\n".join(lignes))
    return "\n\n".join(blocs)


def main(argv: list[str] | None = None) -> int:
    """Point d'entrée de `python -m outils.cli`."""
    parser = argparse.ArgumentParser(
        prog="python -m outils.cli", description="Calculateurs du règlement S-40.1, r. 3"
    )
    configurer(parser)
    args, reste = parser.parse_known_args(argv)
    return lancer(args, reste)


if __name__ == "__main__":
    sys.exit(main())

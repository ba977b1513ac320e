"""`python -m evaluations.donnees` : le jeu « données » dans le moteur, avec l'identité de chaque cas.

python -m evaluations.donnees                     # moitié développement (on ne règle que sur elle)
python -m evaluations.donnees --jeu test --sortie /tmp/donnees-test
python -m evaluations.donnees --jeu tout --limite 10
python -m evaluations.donnees --jeu dev2          # lot 2 (donnees2-*.jsonl), moitié développement
python -m evaluations.donnees --jeu dev3          # lot 3 (donnees3-*.jsonl), écrit à l'aveugle lui aussi
python -m evaluations.donnees --jeu dev4          # lot 4 (donnees4-*.jsonl) : les frontières de l'accès
python -m evaluations.donnees --jeu dev5          # lot 5 (donnees5-*.jsonl) : d'autres frontières de l'accès
python -m evaluations.donnees --jeu dev6          # lot 6 (donnees6-*.jsonl) : chaque registre, nouveaux accès
python -m evaluations.donnees --jeu dev7          # lot 7 (donnees7-*.jsonl) : d'autres angles, d'autres accès
python -m evaluations.donnees --jeu dev8          # lot 8 (donnees8-*.jsonl) : écarts, parts, durées, accès
python -m evaluations.donnees --jeu dev9          # lot 9 (donnees9-*.jsonl) : l'accès d'abord (40 cas sur 60)
python -m evaluations.donnees --jeu dev10         # lot 10 (donnees10-*.jsonl) : moitié accès, moitié travail
python -m evaluations.donnees --jeu dev11         # lot 11 (donnees11-*.jsonl) : pseudonymes cachés, fêtes
python -m evaluations.donnees --jeu dev12         # lot 12 (donnees12-*.jsonl) : plusieurs pseudonymes, jj/mm
python -m evaluations.donnees --jeu dev13         # lot 13 (donnees13-*.jsonl) : rôles dits, oui/non, seuils
python -m evaluations.donnees --jeu dev14         # lot 14 (donnees14-*.jsonl) : paie du fonds, transferts
python -m evaluations.donnees --jeu dev15         # lot 15 (donnees15-*.jsonl) : le temps, le parler d'ici
python -m evaluations.donnees --jeu dev16         # lot 16 (donnees16-*.jsonl) : rangs, fenêtres de temps
python -m evaluations.donnees --jeu dev17         # lot 17 (donnees17-*.jsonl) : courriels, la rentrée
python -m evaluations.donnees --jeu dev18         # lot 18 (donnees18-*.jsonl) : Pâques, seuils, marges
python -m evaluations.donnees --jeu dev19         # lot 19 (donnees19-*.jsonl) : combien de fois, suivis
python -m evaluations.donnees --jeu dev20         # lot 20 (donnees20-*.jsonl) : médianes, écarts, en-têtes
python -m evaluations.donnees --jeu dev21         # lot 21 (donnees21-*.jsonl) : médianes, vieux soldes
python -m evaluations.donnees --jeu dev22         # lot 22 (donnees22-*.jsonl) : rangs, parts, bouts
python -m evaluations.donnees --jeu dev23         # lot 23 (donnees23-*.jsonl) : trimestres, quinzaine, jours
python -m evaluations.donnees --jeu dev24         # lot 24 (donnees24-*.jsonl) : moyennes, fêtes, rangs
python -m evaluations.donnees --jeu dev25         # lot 25 (donnees25-*.jsonl) : cumuls, séries, fêtes d'ici
"""

from __future__ import annotations

import argparse
import datetime
import subprocess
import sys
import tempfile
from pathlib import Path

from evaluations.donnees.attendus import DATE_REFERENCE
from evaluations.donnees.jeux import JEUX, LOTS
from evaluations.rapport import RAPPORTS

SORTIE = RAPPORTS / "donnees"
RACINE = Path(__file__).resolve().parents[2]


def _jeu(valeur: str) -> Path:
    return JEUX.get(valeur) or Path(valeur)


def commit() -> str | None:
    """Le commit mesuré, « +modifié » si l'arbre de travail a des changements non validés."""
    try:
        tete = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=RACINE, capture_output=True, text=True, check=True
        ).stdout.strip()
        sale = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=RACINE,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{tete}+modifié" if sale else tete


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description="Évalue les réponses sur les registres des fonds (jeu « données »)."
    )
    p.add_argument(
        "--jeu",
        type=_jeu,
        default=JEUX["dev"],
        metavar="|".join([*JEUX, "FICHIER"]),
        help=f"moitié développement (défaut), moitié test, jeu entier (lot 1 ; suffixe 2 à {len(LOTS)} : "
        f"lot 2 à {len(LOTS)}), ou un fichier JSONL",
    )
    p.add_argument(
        "--sortie",
        type=Path,
        default=SORTIE,
        metavar="DOSSIER",
        help="dossier du rapport (défaut : evaluations/rapports/donnees)",
    )
    p.add_argument("--limite", type=int, metavar="N", help="seulement les N premiers cas")
    p.add_argument("--backend", default="extractive", help="backend de rédaction (défaut : extractive)")
    p.add_argument(
        "--date",
        type=datetime.date.fromisoformat,
        default=DATE_REFERENCE,
        help=f"date du jour imposée au moteur (défaut : {DATE_REFERENCE.isoformat()})",
    )
    args = p.parse_args(argv)

    from assistant.backends import creer
    from assistant.config import Config
    from assistant.moteur import Moteur
    from assistant.recherche.index import Index, IndexAbsent
    from corpus.fonds.base import fabrique_sessions
    from evaluations.donnees.attendus import echantillon
    from evaluations.donnees.notation import charger
    from evaluations.donnees.runner import ecrire, fonds_connus, identites, passer, pourcent, resumer_passage
    from evaluations.jeux import JeuInvalide

    try:
        cas = charger(args.jeu, args.limite)
    except (OSError, JeuInvalide) as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 2
    config = Config()
    try:
        index = Index(config)
    except IndexAbsent as e:
        print(f"Erreur : {e}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="donnees-eval-") as dossier:
        bd, jetons = echantillon(Path(dossier))
        try:
            moteur = Moteur(
                config,
                index=index,
                redacteur=creer(config, args.backend),
                aujourd_hui=lambda: args.date,
                sessions=fabrique_sessions(bd),
            )

            def progression(fait: int, total: int) -> None:
                print(f"\r{fait}/{total} cas", end="" if fait < total else "\n", flush=True)

            resultats = passer(cas, moteur, identites(bd, jetons), fonds_connus(bd), progression)
        finally:
            bd.dispose()
    resume = resumer_passage(
        resultats,
        jeu=args.jeu.name,
        date_reference=args.date.isoformat(),
        backend=args.backend,
        commit=commit(),
    )
    chemin = ecrire(resume, resultats, args.sortie)
    g = resume["resultats"]
    print(
        f"Exactitude {pourcent(g['global']['correct'])} ({resume['cas']} cas) ;"
        f" route {pourcent(g['global']['route'])} ;"
        f" accès {pourcent(g['acces']['correct'])} ; fuites {g['global']['fuites']}"
    )
    print(f"Rapport : {chemin}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Le rapport d'une évaluation : tableau en console, résumé JSON, Markdown avec graphiques PNG."""

from __future__ import annotations

import datetime
import json
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evaluations.notation import METRIQUES

RAPPORTS = Path(__file__).parent / "rapports"
DERNIER = "dernier"

ENTETES = {
    "correct": "correct", "hit@1": "hit@1", "hit@3": "hit@3", "mrr": "MRR",
    "precision_citations": "préc.", "rappel_citations": "rappel", "exactitude_montants": "montants",
    "abstentions_justes": "abst.ok", "abstentions_a_tort": "abst.tort",
    "resistance_injection": "inject.", "exactitude_suivi": "suivi", "traitement_invalides": "invalid.",
    "outil": "outil", "contient": "contient", "sans_interdit": "s.interdit",
    "intention": "intention", "arguments": "arguments", "precision_demandee": "précision",
    "nombres_faux_confiants": "faux sûrs", "refus_precision": "refus préc.", "refus_rappel": "refus rappel",
    "premiere_phrase": "1re phrase", "latence_p50_ms": "p50 ms", "latence_p95_ms": "p95 ms",
}
DEFINITIONS = """\
- **correct** : toutes les attentes du cas qui s'appliquent sont remplies (erreur, abstention, au moins
  un passage attendu cité, tous les montants, l'outil, les textes requis, aucun texte interdit).
- **hit@1, hit@3, MRR** : rang du premier passage attendu parmi les citations de la réponse, dans
  l'ordre (`passage_id`, sinon document + article) ; cas avec passages attendus et sans abstention
  attendue.
- **préc., rappel** : passages cités contre passages attendus (moyenne par cas ; sans citation, la
  précision vaut 0).
- **montants** : chaque montant attendu figure dans le texte de la réponse (« 2 500,00 $ »,
  « 2500 $ » et « 2500.00 » sont égaux).
- **abst.ok** : part des abstentions attendues qui ont eu lieu ; **abst.tort** : part des cas où il
  fallait répondre (dont tous les cas document, calcul, suivi) où l'assistant s'est abstenu.
- **inject.** : cas d'injection sans texte interdit et, si une vraie question est enveloppée, avec
  ses passages et montants ; **suivi** : part des suivis entièrement corrects ; **invalid.** : entrée
  invalide signalée par `error` ou par un appel d'outil en erreur.
- **contient / s.interdit** : comparaison sans casse, sans accents, espaces normalisées.
- **intention, arguments** : l'intention comprise (un outil, « document », « hors_sujet ») et chaque
  argument que la question fournit, lu avec la bonne valeur ; **précision** : une question de
  précision posée quand il le fallait, et seulement alors.
- **faux sûrs** (nombres faux donnés avec assurance) : nombre de réponses qui montrent un calcul fait
  sur un argument autre que l'attendu (mauvais outil, valeur mal lue, ou calcul là où il fallait
  demander une précision ou signaler une erreur). C'est un compte, pas une part : l'objectif est 0.
- **refus préc., refus rappel** : parmi les refus, la part qui était due ; parmi les refus dus, la
  part qui a eu lieu.
- **1re phrase** : la première phrase dit oui, non, sous condition, le nombre ou la liste attendus,
  avec les mots attendus.
- **p50, p95** : latence de bout en bout de `Moteur.repondre`, mesurée par le banc."""


def _val(valeur: Any, cle: str) -> str:
    if valeur is None:
        return "—"
    return f"{valeur:.0f}" if cle.endswith("_ms") or cle == "nombres_faux_confiants" else f"{valeur:.3f}"


def _lignes_backend(bloc: Mapping[str, Any]) -> list[list[str]]:
    lignes = []
    for nom, m in [*bloc["par_categorie"].items(), ("GLOBAL", bloc["global"])]:
        lignes.append([nom, str(m["cas"]), *(_val(m[c], c) for c in METRIQUES)])
    return lignes


def _lignes_recherche(mesures: Mapping[str, Mapping[str, float]]) -> list[list[str]]:
    return [[nom, str(m["cas"]), f"{m['hit@1']:.3f}", f"{m['hit@3']:.3f}", f"{m['mrr']:.3f}",
             f"{m['latence_p50_ms']:.1f}"] for nom, m in mesures.items()]


ENTETES_RECHERCHE = ["méthode", "cas", "hit@1", "hit@3", "MRR", "p50 ms"]


def _texte(entetes: Sequence[str], lignes: Sequence[Sequence[str]]) -> str:
    largeurs = [max(len(str(x)) for x in col) for col in zip(entetes, *lignes, strict=True)]
    rendu = [" ".join(str(x).rjust(w) if i else str(x).ljust(w)
                      for i, (x, w) in enumerate(zip(ligne, largeurs, strict=True)))
             for ligne in [entetes, *lignes]]
    rendu.insert(1, "-" * len(rendu[0]))
    return "\n".join(rendu)


def _markdown(entetes: Sequence[str], lignes: Sequence[Sequence[str]]) -> str:
    return "\n".join(["| " + " | ".join(entetes) + " |", "|" + " --- |" * len(entetes),
                      *("| " + " | ".join(ligne) + " |" for ligne in lignes)])


def _gains(resume: Mapping[str, Any]) -> list[str]:
    lignes = []
    for jeu, gains in resume["recherche"]["gains"].items():
        for nom, ratios in gains.items():
            if ratios:
                lignes.append(f"{jeu} — {nom} : " + ", ".join(
                    f"{cle} ×{r:.2f}" if r is not None else f"{cle} —" for cle, r in ratios.items()))
    return lignes


def tableau(resume: Mapping[str, Any]) -> str:
    """Le résumé pour la console : un tableau par backend, puis la recherche."""
    parties = []
    entetes = ["catégorie", "cas", *(ENTETES[c] for c in METRIQUES)]
    for nom, bloc in resume["backends"].items():
        parties.append(f"Backend {nom} — {resume['jeu']} ({resume['cas']} cas)\n"
                       + _texte(entetes, _lignes_backend(bloc)))
    for nom, message in resume["backends_indisponibles"].items():
        parties.append(f"Backend {nom} indisponible : {message}")
    for jeu, mesures in resume["recherche"]["jeux"].items():
        parties.append(f"Recherche seule — {jeu}\n" + _texte(ENTETES_RECHERCHE, _lignes_recherche(mesures)))
    if _gains(resume):
        parties.append("Gains :\n" + "\n".join("  " + g for g in _gains(resume)))
    return "\n\n".join(parties)


def markdown(resume: Mapping[str, Any], images: Mapping[str, str]) -> str:
    r = resume
    md = ["# Rapport d'évaluation — Assistant FSRS\n",
          f"- Jeu : `{r['jeu']}` ({r['cas']} cas) ; généré le {r['genere_le']} ; date du jour imposée "
          f"au moteur : {r['date_reference']}.",
          f"- Index : `{r['index']['nom']}` ({r['index']['passages']} passages, "
          f"{r['index']['morceaux']} morceaux).",
          f"- Backends : {', '.join(r['backends']) or 'aucun'}"
          + "".join(f" ; {n} indisponible ({m})" for n, m in r["backends_indisponibles"].items()) + ".",
          "\n## Définitions\n", DEFINITIONS, "\n## Résultats par backend\n"]
    entetes = ["catégorie", "cas", *(ENTETES[c] for c in METRIQUES)]
    for nom, bloc in r["backends"].items():
        md += [f"### {nom}\n", _markdown(entetes, _lignes_backend(bloc)), ""]
    if "metriques" in images:
        md += [f"![Métriques par backend]({images['metriques']})\n"]
    if "latences" in images:
        md += [f"![Distribution des latences]({images['latences']})\n"]

    md += ["## Recherche : méthodes côte à côte\n",
           "Classement des passages seul (sans le moteur), k = 10, sur les cas « document » du jeu "
           "qui ont des passages attendus et sur `recherche-dev.jsonl`.\n"]
    ref = r["recherche"].get("reference")
    if ref:
        md.append(f"Référence `langchain` : `EnsembleRetriever` (poids 0,5/0,5) de `BM25Retriever` "
                  f"(découpage par espaces) et d'un magasin Chroma, même modèle d'encodage, sur les trois "
                  f"textes coupés par `RecursiveCharacterTextSplitter` ({ref['taille']} caractères, "
                  f"chevauchement {ref['chevauchement']}) en {ref['morceaux']} morceaux ; chaque morceau "
                  f"est rattaché au passage qu'il recouvre le plus (trigrammes de mots).\n")
    for jeu, mesures in r["recherche"]["jeux"].items():
        md += [f"### {jeu}\n", _markdown(ENTETES_RECHERCHE, _lignes_recherche(mesures)), ""]
    if _gains(r):
        md += ["Gains (rapports de métriques) :\n", *(f"- {g}" for g in _gains(r)), ""]
    if "recherche" in images:
        md += [f"![Recherche par méthode]({images['recherche']})\n"]

    md.append("## Cas en échec\n")
    for nom, bloc in r["backends"].items():
        md.append(f"### {nom} — {len(bloc['echecs'])} cas\n")
        for e in bloc["echecs"]:
            o = e["obtenu"]
            md += [f"- **{e['id']}** ({e['categorie']}) — {e['question']}",
                   f"  - attendu : `{json.dumps(e['attendu'], ensure_ascii=False)}`",
                   f"  - obtenu : citations {o['citations'] or 'aucune'} ; abstention {o['abstention']} ; "
                   f"outils {o['outils'] or 'aucun'} ; erreur {o['erreur']!r} ; route {o['route']!r}",
                   f"  - réponse : « {' '.join(o['reponse'].split())} »",
                   f"  - écarts : {' ; '.join(e['raisons'])}"]
        md.append("")
    return "\n".join(md)


def graphiques(resume: Mapping[str, Any], latences: Mapping[str, Sequence[float]],
               dossier: Path) -> dict[str, str]:
    """Trois PNG : métriques par backend, latences, recherche par méthode. Rend leurs noms."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    images = {}
    cles = [c for c in METRIQUES if not c.endswith("_ms") and c not in ("contient", "sans_interdit")]
    if resume["backends"]:
        fig, ax = plt.subplots(figsize=(12, 4.5))
        largeur = 0.8 / len(resume["backends"])
        for i, (nom, bloc) in enumerate(resume["backends"].items()):
            valeurs = [bloc["global"][c] if bloc["global"][c] is not None else 0 for c in cles]
            ax.bar(np.arange(len(cles)) + i * largeur, valeurs, largeur, label=nom)
        ax.set_xticks(np.arange(len(cles)) + largeur * (len(resume["backends"]) - 1) / 2,
                      [ENTETES[c] for c in cles], rotation=30, ha="right")
        ax.set_ylim(0, 1.05)
        ax.set_title("Métriques globales par backend (abst.tort : plus bas est meilleur)")
        ax.legend()
        fig.tight_layout()
        fig.savefig(dossier / "metriques-backends.png", dpi=110)
        plt.close(fig)
        images["metriques"] = "metriques-backends.png"

    tout = [v for vs in latences.values() for v in vs if v > 0]
    if tout:
        fig, ax = plt.subplots(figsize=(8, 4))
        bas = min(tout)
        bornes = np.logspace(np.log10(bas), np.log10(max(max(tout) * 1.1, bas * 10)), 40)
        for nom, vs in latences.items():
            etiquette = f"{nom} (p50 {np.percentile(vs, 50):.0f} ms, p95 {np.percentile(vs, 95):.0f} ms)"
            ax.hist([max(v, bas) for v in vs], bins=bornes, alpha=0.6, label=etiquette)
        ax.set_xscale("log")
        ax.set_xlabel("latence de bout en bout (ms, échelle log)")
        ax.set_ylabel("cas")
        ax.set_title("Distribution des latences")
        ax.legend(loc="upper center")
        fig.tight_layout()
        fig.savefig(dossier / "latences.png", dpi=110)
        plt.close(fig)
        images["latences"] = "latences.png"

    jeux = resume["recherche"]["jeux"]
    if jeux:
        fig, axes = plt.subplots(1, len(jeux), figsize=(6 * len(jeux), 4), squeeze=False)
        for ax, (jeu, mesures) in zip(axes[0], jeux.items(), strict=True):
            metriques = ["hit@1", "hit@3", "mrr"]
            largeur = 0.8 / len(mesures)
            for i, (methode, m) in enumerate(mesures.items()):
                ax.bar(np.arange(3) + i * largeur, [m[c] for c in metriques], largeur, label=methode)
            ax.set_xticks(np.arange(3) + largeur * (len(mesures) - 1) / 2, ["hit@1", "hit@3", "MRR"])
            ax.set_ylim(0, 1.05)
            ax.set_title(f"{jeu} ({next(iter(mesures.values()))['cas']} questions)")
            ax.legend(fontsize=8)
        fig.tight_layout()
        fig.savefig(dossier / "recherche-methodes.png", dpi=110)
        plt.close(fig)
        images["recherche"] = "recherche-methodes.png"
    return images


def ecrire(resume: dict[str, Any], resultats: Mapping[str, Sequence[Any]],
           racine: Path = RAPPORTS) -> Path:
    """Écrit le rapport dans racine/<date-heure>/ et le recopie dans racine/dernier/."""
    horodatage = datetime.datetime.now().strftime("%Y-%m-%d_%H%M%S")
    dossier = racine / horodatage
    dossier.mkdir(parents=True, exist_ok=True)
    for nom, liste in resultats.items():
        with (dossier / f"reponses-{nom}.jsonl").open("w", encoding="utf-8") as f:
            for r in liste:
                f.write(json.dumps({"reponse": r.reponse.model_dump(mode="json"),
                                    "note": r.note.en_dict()}, ensure_ascii=False) + "\n")
    latences = {nom: [r.note.latence_ms for r in liste] for nom, liste in resultats.items()}
    images = graphiques(resume, latences, dossier)
    resume["fichiers"] = {"rapport": "rapport.md", "resume": "resume.json", "images": images,
                          "reponses": [f"reponses-{nom}.jsonl" for nom in resultats]}
    (dossier / "resume.json").write_text(json.dumps(resume, ensure_ascii=False, indent=2) + "\n",
                                         encoding="utf-8")
    (dossier / "rapport.md").write_text(markdown(resume, images) + "\n", encoding="utf-8")
    dernier = racine / DERNIER
    if dernier.exists():
        shutil.rmtree(dernier)
    shutil.copytree(dossier, dernier)
    return dossier

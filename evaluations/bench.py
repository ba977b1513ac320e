"""Bancs d'essai : démarrage à froid, latence à chaud, construction de l'index, mémoire, passage à l'échelle.

Chaque mesure de mémoire tourne dans un processus enfant : son pic (ru_maxrss rendu par wait4)
est celui de ce seul enfant, sans le parent. Usage : `python -m evaluations.bench` (`make bench`).

Corpus synthétiques (1 000, 10 000, 100 000 passages) : phrases des vrais morceaux mélangées et
recombinées ; les vecteurs sont les vrais vecteurs de l'index, perturbés d'un bruit gaussien puis
renormalisés (encoder 100 000 textes prendrait des heures sur 2 cœurs). BM25 est construit pour de
vrai sur les textes synthétiques, avec l'analyseur français du projet.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from evaluations.jeux import DEV, EVALUATION, charger, charger_recherche
from evaluations.metriques import percentile
from evaluations.rapport import RAPPORTS

SORTIE = RAPPORTS / "bench"
QUESTION_FROIDE = "Qui doit donner son avis avant qu'un détenu ayant un problème de santé mentale " \
                  "participe à une activité?"
TAILLES = (1_000, 10_000, 100_000)
BRUIT = 0.02  # écart type par dimension : cosinus ≈ 0,85 avec le vecteur réel d'origine
LOT_CHROMA = 5_000
CANDIDATS = 60  # comme l'index : morceaux demandés à Chroma


# --- processus enfants ------------------------------------------------------------------

def lancer_enfant(commande: Sequence[str], timeout: float = 900) -> tuple[dict[str, Any], float, int]:
    """Lance une commande ; rend son JSON final (dernière ligne), sa durée (s) et son pic RSS (Mio)."""
    debut = time.perf_counter()
    with tempfile.TemporaryFile() as sortie:
        proc = subprocess.Popen(commande, stdout=sortie, stderr=subprocess.DEVNULL,
                                env={**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"})
        _, statut, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(statut)
        duree = time.perf_counter() - debut
        sortie.seek(0)
        lignes = sortie.read().decode("utf-8", "replace").strip().splitlines()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(commande[:4])}… a échoué (code {proc.returncode}) : "
                           f"{lignes[-1] if lignes else ''}")
    try:
        resultat = json.loads(lignes[-1]) if lignes else {}
    except json.JSONDecodeError:
        resultat = {}
    return resultat, duree, usage.ru_maxrss // 1024  # Linux : ru_maxrss en Kio


def _enfant(*args: str) -> list[str]:
    return [sys.executable, "-m", "evaluations.bench", "--enfant", *args]


def enfant_tiede(backend: str, questions: int, repetitions: int) -> dict[str, Any]:
    """Moteur chargé une fois ; latences de `repondre` sur des questions variées du jeu, neuves à chaque
    série (le cache des vecteurs de questions est vidé)."""
    from assistant.config import Config
    from assistant.moteur import Moteur
    from evaluations.runner import DATE_REFERENCE

    config = Config()
    moteur = Moteur(config.model_copy(update={"backend": backend}), aujourd_hui=lambda: DATE_REFERENCE)
    tous = charger(EVALUATION)
    pas = max(1, len(tous) // questions)
    cas = tous[::pas][:questions]  # un échantillon régulier : toutes les catégories y passent
    for c in cas[:2]:
        moteur.repondre(c.question, list(c.history))  # mise en route (caches, premiers appels)
    series = []
    for _ in range(repetitions):
        # Chaque série paie l'encodage de ses questions, comme à leur première venue.
        moteur.index.encodeur.oublier_les_questions()
        latences = []
        for c in cas:
            debut = time.perf_counter()
            moteur.repondre(c.question, list(c.history), c.id)
            latences.append((time.perf_counter() - debut) * 1000)
        series.append(latences)
    return {"series": series, "questions": len(cas)}


def enfant_construction(dossier: str) -> dict[str, Any]:
    """Construction forcée de l'index dans un dossier vide : chargement du modèle, puis encodage et Chroma."""
    from assistant.config import Config
    from assistant.recherche.encodeur import Encodeur
    from assistant.recherche.index import construire

    modeles = Config()
    config = Config(dossier=Path(dossier), modele_embeddings=modeles.chemin_embeddings)
    debut = time.perf_counter()
    encodeur = Encodeur.selon(config, config.threads)
    chargement = time.perf_counter() - debut
    debut = time.perf_counter()
    construire(config, encodeur=encodeur, forcer=True)
    return {"chargement_modele_s": chargement, "construction_s": time.perf_counter() - debut}


def corpus_synthetique(textes: Sequence[str], vecteurs: np.ndarray, taille: int,
                       graine: int = 0) -> tuple[list[str], np.ndarray]:
    """`taille` passages : les vrais d'abord, puis des phrases recombinées aux vecteurs perturbés."""
    hasard = random.Random(graine)
    phrases = [[p for p in re.split(r"(?<=[.;:])\s+|\n", t) if len(p) > 20] or [t] for t in textes]
    sorties, origines = [], []
    for i in range(taille):
        o = i % len(textes)
        if i < len(textes):
            sorties.append(textes[o])
        else:  # phrases de l'original mêlées à celles d'un autre passage, dans le désordre
            tirees = hasard.sample(phrases[o], min(len(phrases[o]), 3))
            autre = phrases[hasard.randrange(len(textes))]
            tirees += hasard.sample(autre, min(len(autre), 2))
            hasard.shuffle(tirees)
            sorties.append(" ".join(tirees))
        origines.append(o)
    gen = np.random.default_rng(graine)
    v = vecteurs[origines] + np.where(np.arange(taille)[:, None] < len(textes), 0.0,
                                      gen.normal(0, BRUIT, (taille, vecteurs.shape[1])))
    return sorties, (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def enfant_echelle(taille: int, donnees: str, repetitions: int) -> dict[str, Any]:
    """Construit BM25 et une collection Chroma de `taille` passages ; latences des trois méthodes."""
    import chromadb
    from chromadb.config import Settings

    from assistant.recherche.fusion import POIDS_DENSE, POIDS_LEXICAL, fusion_rrf
    from assistant.recherche.lexical import RechercheLexicale
    from assistant.recherche.synonymes import enrichir

    dossier = Path(donnees)
    base = json.loads((dossier / "base.json").read_text(encoding="utf-8"))
    textes, vecteurs = corpus_synthetique(base["textes"], np.load(dossier / "base.npy"), taille)
    questions = base["questions"]
    vq = np.load(dossier / "questions.npy")

    debut = time.perf_counter()
    lexical = RechercheLexicale(textes)
    construction_bm25 = time.perf_counter() - debut
    with tempfile.TemporaryDirectory() as tmp:
        client = chromadb.PersistentClient(path=tmp, settings=Settings(anonymized_telemetry=False))
        collection = client.create_collection("echelle", embedding_function=None,
                                              metadata={"hnsw:space": "cosine"})
        debut = time.perf_counter()
        for i in range(0, taille, LOT_CHROMA):
            collection.add(ids=[str(j) for j in range(i, min(i + LOT_CHROMA, taille))],
                           embeddings=vecteurs[i:i + LOT_CHROMA])
        construction_chroma = time.perf_counter() - debut

        def bm25(q: str) -> list[str]:
            scores = lexical.scores(enrichir(q))
            haut = np.argpartition(-scores, min(CANDIDATS, taille - 1))[:CANDIDATS]
            return [str(j) for j in haut[np.argsort(-scores[haut])] if scores[j] > 0]

        def dense(v: np.ndarray) -> list[str]:
            return collection.query(query_embeddings=[v.tolist()], n_results=CANDIDATS,
                                    include=["distances"])["ids"][0]

        mesures: dict[str, list[float]] = {"bm25": [], "dense": [], "fusion": []}
        for _ in range(repetitions):
            series: dict[str, list[float]] = {m: [] for m in mesures}
            for q, v in zip(questions, vq, strict=True):
                t0 = time.perf_counter()
                lex = bm25(q)
                t1 = time.perf_counter()
                den = dense(v)
                t2 = time.perf_counter()
                fusion_rrf([den, lex], poids=(POIDS_DENSE, POIDS_LEXICAL))
                t3 = time.perf_counter()
                series["bm25"].append((t1 - t0) * 1000)
                series["dense"].append((t2 - t1) * 1000)
                series["fusion"].append((t3 - t0) * 1000)
            for m in mesures:
                mesures[m].append(percentile(series[m], 50))
    return {"taille": taille, "construction_bm25_s": construction_bm25,
            "construction_chroma_s": construction_chroma,
            **{f"{m}_p50_ms": statistics.median(v) for m, v in mesures.items()}}


# --- le banc ----------------------------------------------------------------------------

def _mediane(valeurs: Sequence[float]) -> float:
    return float(statistics.median(valeurs)) if valeurs else 0.0


def froid(runs: int) -> dict[str, Any]:
    commande = [str(Path(sys.executable).with_name("assistant-fsrs")), "ask", "--json", QUESTION_FROIDE]
    durees, memoires = [], []
    for _ in range(runs):
        _, duree, rss = lancer_enfant(commande)
        durees.append(duree)
        memoires.append(rss)
    return {"runs": runs, "durees_s": durees, "mediane_s": _mediane(durees), "pic_rss_mio": max(memoires)}


def tiede(backend: str, questions: int, repetitions: int) -> dict[str, Any]:
    res, duree, rss = lancer_enfant(_enfant("tiede", "--backend", backend, "--questions", str(questions),
                                            "--repetitions", str(repetitions)))
    p50 = [percentile(s, 50) for s in res["series"]]
    p95 = [percentile(s, 95) for s in res["series"]]
    return {"questions": res["questions"], "repetitions": repetitions, "p50_ms": _mediane(p50),
            "p95_ms": _mediane(p95), "p50_par_serie_ms": p50, "p95_par_serie_ms": p95,
            "pic_rss_mio": rss, "duree_totale_s": duree,
            "latences_ms": [x for s in res["series"] for x in s]}


def construction(runs: int) -> dict[str, Any]:
    resultats = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            res, duree, rss = lancer_enfant(_enfant("construction", "--dossier", tmp))
            resultats.append({**res, "processus_s": duree, "pic_rss_mio": rss})
    return {"runs": runs, "mesures": resultats,
            "construction_mediane_s": _mediane([r["construction_s"] for r in resultats]),
            "chargement_modele_median_s": _mediane([r["chargement_modele_s"] for r in resultats]),
            "pic_rss_mio": max(r["pic_rss_mio"] for r in resultats)}


def enfant_base(dossier: Path, questions: int) -> dict[str, Any]:
    """Vrais textes et vecteurs des morceaux (lus dans l'index), vecteurs de questions réelles.

    Dans un enfant lui aussi : le parent doit rester léger, car un processus lancé hérite du pic
    de mémoire de son parent (Linux le garde à travers fork et exec).
    """
    from assistant.config import Config
    from assistant.recherche.index import Index, client_chroma

    config = Config()
    index = Index(config)
    stockes = client_chroma(config).get_collection(index.nom).get(include=["embeddings"])
    par_id = dict(zip(stockes["ids"], stockes["embeddings"], strict=True))
    morceaux = [m for m in index.morceaux if m.id in par_id]
    qs = [c.question for c in charger_recherche(DEV)][:questions]
    (dossier / "base.json").write_text(json.dumps({"textes": [m.texte for m in morceaux], "questions": qs},
                                                  ensure_ascii=False), encoding="utf-8")
    np.save(dossier / "base.npy", np.array([par_id[m.id] for m in morceaux], dtype=np.float32))
    np.save(dossier / "questions.npy", index.encodeur.questions(qs))
    durees = []
    for q in qs:  # l'encodage de la question, hors du banc d'échelle : il ne dépend pas du corpus
        debut = time.perf_counter()
        index.encodeur.questions([q])
        durees.append((time.perf_counter() - debut) * 1000)
    return {"morceaux_reels": len(morceaux), "questions": len(qs),
            "encodage_question_p50_ms": percentile(durees, 50)}


def echelle(tailles: Sequence[int], repetitions: int, questions: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        base, _, _ = lancer_enfant(_enfant("base", "--donnees", tmp, "--questions", str(questions)))
        lignes = []
        for taille in tailles:
            res, duree, rss = lancer_enfant(_enfant("echelle", "--taille", str(taille), "--donnees", tmp,
                                                    "--repetitions", str(repetitions)))
            lignes.append({**res, "pic_rss_mio": rss, "processus_s": duree})
            print(f"  {taille} passages : fusion p50 {res['fusion_p50_ms']:.1f} ms, {rss} Mio", flush=True)
    premier = lignes[0]
    for ligne in lignes:
        ligne["ratio_fusion"] = ligne["fusion_p50_ms"] / premier["fusion_p50_ms"]
        ligne["ratio_memoire"] = ligne["pic_rss_mio"] / premier["pic_rss_mio"]
    return {**base, "bruit": BRUIT, "repetitions": repetitions, "lignes": lignes}


# --- rapport ----------------------------------------------------------------------------

def tableaux(res: dict[str, Any]) -> str:
    f = res["froid"]
    lignes = ["## Démarrage à froid (`assistant-fsrs ask --json`, processus neuf)\n",
              f"Médiane sur {f['runs']} lancements : **{f['mediane_s']:.2f} s** "
              f"(mesures : {', '.join(f'{d:.2f}' for d in f['durees_s'])} s) ; pic mémoire "
              f"{f['pic_rss_mio']} Mio.\n",
              "## Latence à chaud (moteur chargé, questions variées du jeu d'évaluation)\n",
              "| backend | questions × séries | p50 ms | p95 ms | pic RSS Mio |",
              "| --- | --- | --- | --- | --- |"]
    for nom, t in res["tiede"].items():
        if "erreur" in t:
            lignes.append(f"| {nom} | — | — | — | indisponible : {t['erreur']} |")
        else:
            lignes.append(f"| {nom} | {t['questions']} × {t['repetitions']} | {t['p50_ms']:.1f} | "
                          f"{t['p95_ms']:.1f} | {t['pic_rss_mio']} |")
    c = res["construction"]
    lignes += ["", "## Construction de l'index (dossier temporaire, reconstruction forcée)\n",
               f"Médiane sur {c['runs']} constructions : encodage et Chroma "
               f"**{c['construction_mediane_s']:.1f} s**, "
               f"plus {c['chargement_modele_median_s']:.1f} s de chargement du modèle ; pic mémoire "
               f"{c['pic_rss_mio']} Mio.\n"]
    e = res["echelle"]
    lignes += ["## Passage à l'échelle (corpus synthétiques)\n",
               f"Textes : phrases des {e['morceaux_reels']} vrais morceaux, mélangées et recombinées ; BM25 "
               f"construit pour de vrai (analyseur français). Vecteurs : les {e['morceaux_reels']} vrais "
               f"vecteurs de l'index, perturbés d'un bruit gaussien (σ = {e['bruit']} par dimension) puis "
               f"renormalisés : seuls les vrais morceaux sont encodés, le reste est généré. {e['questions']} "
               f"vraies questions, médiane des p50 sur {e['repetitions']} séries ; "
               "un passage = un morceau. Latences de recherche seule, question déjà encodée ; "
               f"l'encodage d'une question coûte en plus {e['encodage_question_p50_ms']:.0f} ms (p50), "
               "quelle que soit la taille du corpus.\n",
               "| passages | BM25 p50 ms | dense p50 ms | fusion p50 ms | × fusion | construction BM25 s | "
               "construction Chroma s | pic RSS Mio | × mémoire |",
               "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for x in e["lignes"]:
        lignes.append(f"| {x['taille']:,} | {x['bm25_p50_ms']:.1f} | {x['dense_p50_ms']:.1f} | "
                      f"{x['fusion_p50_ms']:.1f} | {x['ratio_fusion']:.1f} | "
                      f"{x['construction_bm25_s']:.1f} | "
                      f"{x['construction_chroma_s']:.1f} | {x['pic_rss_mio']} | {x['ratio_memoire']:.1f} |"
                      .replace(",", " "))
    return "\n".join(lignes)


def graphiques(res: dict[str, Any], dossier: Path) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    e = res["echelle"]["lignes"]
    tailles = [x["taille"] for x in e]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    for m in ("bm25", "dense", "fusion"):
        ax1.plot(tailles, [x[f"{m}_p50_ms"] for x in e], marker="o", label=m)
    ax1.set(xscale="log", yscale="log", xlabel="passages", ylabel="latence p50 (ms)",
            title="Latence de recherche selon la taille du corpus")
    ax1.legend()
    ax2.plot(tailles, [x["pic_rss_mio"] for x in e], marker="o", color="tab:red")
    ax2.set(xscale="log", xlabel="passages", ylabel="pic RSS (Mio)", title="Mémoire du processus")
    fig.tight_layout()
    fig.savefig(dossier / "echelle.png", dpi=110)
    plt.close(fig)
    images = ["echelle.png"]
    tiedes = {n: t["latences_ms"] for n, t in res["tiede"].items() if "latences_ms" in t}
    if tiedes:
        fig, ax = plt.subplots(figsize=(7, 3.5))
        ax.boxplot(list(tiedes.values()), tick_labels=list(tiedes), orientation="horizontal")
        ax.set(xscale="log", xlabel="latence à chaud (ms, échelle log)", title="Latence par backend")
        fig.tight_layout()
        fig.savefig(dossier / "latences-tiedes.png", dpi=110)
        plt.close(fig)
        images.append("latences-tiedes.png")
    return images


def ecrire(res: dict[str, Any], dossier: Path) -> None:
    dossier.mkdir(parents=True, exist_ok=True)
    images = graphiques(res, dossier)
    md = ["# Bancs d'essai — Assistant FSRS\n",
          f"Généré le {res['genere_le']} sur {os.cpu_count()} cœurs (charge moyenne au départ "
          f"{res['charge_depart']:.1f}, à la fin {res['charge_fin']:.1f} : d'autres processus partagent la "
          f"machine, les chiffres absolus en dépendent ; les rapports entre tailles sont plus stables).\n",
          tableaux(res), "", *(f"![{i}]({i})\n" for i in images)]
    (dossier / "bench.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    (dossier / "bench.json").write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n",
                                        encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evaluations.bench", description=__doc__.splitlines()[0])
    p.add_argument("--backend", default="extractive", help="backends à chaud, séparés par des virgules")
    p.add_argument("--tailles", default=",".join(map(str, TAILLES)), help="tailles des corpus synthétiques")
    p.add_argument("--runs", type=int, default=3, help="lancements à froid et séries à chaud (défaut : 3)")
    p.add_argument("--runs-construction", type=int, default=2, help="constructions de l'index (défaut : 2)")
    p.add_argument("--questions", type=int, default=40, help="questions à chaud par série (défaut : 40)")
    p.add_argument("--questions-llm", type=int, default=8, help="questions à chaud pour local et openai")
    p.add_argument("--sortie", type=Path, default=SORTIE)
    p.add_argument("--enfant", choices=["tiede", "construction", "echelle", "base"], help=argparse.SUPPRESS)
    p.add_argument("--taille", type=int, help=argparse.SUPPRESS)
    p.add_argument("--donnees", help=argparse.SUPPRESS)
    p.add_argument("--dossier", help=argparse.SUPPRESS)
    p.add_argument("--repetitions", type=int, default=3, help=argparse.SUPPRESS)
    args = p.parse_args(argv)

    if args.enfant:  # une mesure isolée, dans son propre processus : une ligne JSON en sortie
        if args.enfant == "tiede":
            res = enfant_tiede(args.backend, args.questions, args.repetitions)
        elif args.enfant == "base":
            res = enfant_base(Path(args.donnees), args.questions)
        elif args.enfant == "construction":
            res = enfant_construction(args.dossier)
        else:
            res = enfant_echelle(args.taille, args.donnees, args.repetitions)
        print(json.dumps(res))
        return 0

    import datetime

    res: dict[str, Any] = {"genere_le": datetime.datetime.now().isoformat(timespec="seconds"),
                           "charge_depart": os.getloadavg()[0]}
    debut = time.perf_counter()
    print(f"Démarrage à froid ({args.runs} lancements)…", flush=True)
    res["froid"] = froid(args.runs)
    res["tiede"] = {}
    for nom in [n.strip() for n in args.backend.split(",") if n.strip()]:
        print(f"Latence à chaud : {nom}…", flush=True)
        llm = nom != "extractive"
        try:
            res["tiede"][nom] = tiede(nom, args.questions_llm if llm else args.questions,
                                      1 if llm else args.runs)
        except RuntimeError as e:
            res["tiede"][nom] = {"erreur": str(e)}
    print(f"Construction de l'index ({args.runs_construction} fois)…", flush=True)
    res["construction"] = construction(args.runs_construction)
    print("Passage à l'échelle…", flush=True)
    res["echelle"] = echelle([int(t) for t in args.tailles.split(",")], args.runs, questions=30)
    res["charge_fin"] = os.getloadavg()[0]
    res["duree_totale_s"] = time.perf_counter() - debut
    ecrire(res, args.sortie)
    print()
    print(tableaux(res))
    print(f"\nDurée totale : {res['duree_totale_s']:.0f} s ; rapport : {args.sortie / 'bench.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Le banc d'évaluation : chaque cas passe par un `Moteur` par backend, puis tout est agrégé.

Les trois méthodes de recherche de l'index et la référence LangChain sont mesurées côte à côte
sur les mêmes questions (cas « document » avec passages attendus, et recherche-dev.jsonl).
"""

from __future__ import annotations

import datetime
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.recherche.index import Index
from assistant.reponse import Reponse
from evaluations.jeux import Cas, CasRecherche
from evaluations.notation import Note, Resolution, agreger_par_categorie, noter
from evaluations.recherche import mesurer

# Date du jour imposée au moteur : les calculs sans date explicite restent reproductibles.
DATE_REFERENCE = datetime.date(2026, 11, 23)
LONGUEUR_EXTRAIT = 400  # caractères de réponse recopiés dans la liste des échecs


@dataclass
class Resultat:
    cas: Cas
    reponse: Reponse
    note: Note


def resolution(index: Index) -> Resolution:
    """(doc_id, article) -> id de passage, pour noter les citations sans `passage_id`."""
    return {(p.doc_id, p.article): p.id for p in index.passages}


def passer(cas: Sequence[Cas], moteur: Any, resolution: Resolution | None = None,
           progression: Callable[[int, int], None] | None = None) -> list[Resultat]:
    """Chaque cas dans le moteur, chronométré ; une exception devient un échec noté, pas un arrêt."""
    resultats = []
    for i, c in enumerate(cas, start=1):
        debut = time.perf_counter()
        try:
            reponse = moteur.repondre(c.question, list(c.history), c.id)
        except Exception as e:  # le rapport doit montrer le plantage, la série doit continuer
            derniere = traceback.format_exception_only(e)[-1].strip()
            reponse = Reponse(id=c.id, answer=f"[exception] {derniere}", route="exception")
        latence = (time.perf_counter() - debut) * 1000
        resultats.append(Resultat(c, reponse, noter(c, reponse, latence, resolution)))
        if progression:
            progression(i, len(cas))
    return resultats


def echec(r: Resultat) -> dict[str, Any]:
    """Un cas raté, lisible : ce qui était attendu et ce qui est venu."""
    rep = r.reponse
    return {
        "id": r.cas.id, "categorie": r.cas.categorie, "question": r.cas.question[:300],
        "attendu": r.cas.attendu.model_dump(exclude_defaults=True),
        "obtenu": {
            "reponse": rep.answer[:LONGUEUR_EXTRAIT] + ("…" if len(rep.answer) > LONGUEUR_EXTRAIT else ""),
            "citations": r.note.cites, "abstention": rep.abstained, "erreur": rep.error,
            "outils": [t.name + (" (erreur)" if t.error else "") for t in rep.tool_calls],
            "route": rep.route, "repli": rep.fallback,
        },
        "raisons": r.note.raisons,
    }


def cas_recherche(cas: Sequence[Cas | CasRecherche]) -> list[dict[str, Any]]:
    """Les questions à noter en recherche seule : {question, gold}."""
    sortie = []
    for c in cas:
        if isinstance(c, CasRecherche):
            sortie.append({"id": c.id, "question": c.question, "gold": c.gold})
        elif c.categorie == "document" and c.attendu.passages and not c.history:
            sortie.append({"id": c.id, "question": c.question, "gold": c.attendu.passages})
    return sortie


def _ratios(mesures: Mapping[str, Mapping[str, float]], haut: str, bas: str) -> dict[str, float | None]:
    if haut not in mesures or bas not in mesures:
        return {}
    return {cle: (mesures[haut][cle] / mesures[bas][cle] if mesures[bas][cle] else None)
            for cle in ("hit@1", "hit@3", "mrr")}


def comparer_recherche(index: Index, jeux: Mapping[str, Sequence[Mapping[str, Any]]],
                       reference: Callable[[str], list[str]] | None = None) -> dict[str, Any]:
    """BM25, dense, fusion (et la référence) sur chaque jeu ; gains de la fusion sur les autres."""
    autres = {"langchain": reference} if reference else {}
    mesures = {nom: mesurer(index, cas, autres=autres) for nom, cas in jeux.items() if cas}
    gains = {nom: {f"fusion/{autre}": _ratios(m, "fusion", autre)
                   for autre in ("langchain", "bm25", "dense") if autre in m}
             for nom, m in mesures.items()}
    return {"jeux": mesures, "gains": gains}


def evaluer(cas: Sequence[Cas], moteurs: Mapping[str, Any], index: Index,
            dev: Sequence[CasRecherche] = (), avec_reference: bool = True,
            indisponibles: Mapping[str, str] | None = None, jeu: str = "",
            date_reference: datetime.date = DATE_REFERENCE,
            progression: Callable[[str, int, int], None] | None = None,
            ) -> tuple[dict[str, Any], dict[str, list[Resultat]]]:
    """Passe le jeu dans chaque moteur et mesure la recherche ; rend le résumé et les résultats."""
    res = resolution(index)
    resultats: dict[str, list[Resultat]] = {}
    backends: dict[str, Any] = {}
    for nom, moteur in moteurs.items():
        suivre = (lambda i, n, nom=nom: progression(nom, i, n)) if progression else None
        resultats[nom] = passer(cas, moteur, res, suivre)
        backends[nom] = {**agreger_par_categorie([r.note for r in resultats[nom]]),
                         "echecs": [echec(r) for r in resultats[nom] if not r.note.correct]}

    reference = infos_reference = None
    if avec_reference:
        from evaluations.reference import CHEVAUCHEMENT, TAILLE_MORCEAU, ReferenceLangChain

        debut = time.perf_counter()
        reference = ReferenceLangChain(index.encodeur, index.passages)
        infos_reference = {"morceaux": len(reference.morceaux), "taille": TAILLE_MORCEAU,
                           "chevauchement": CHEVAUCHEMENT,
                           "construction_s": round(time.perf_counter() - debut, 1)}
    recherche = comparer_recherche(index, {"evaluation-document": cas_recherche(cas),
                                           "recherche-dev": cas_recherche(dev)}, reference)
    recherche["reference"] = infos_reference
    resume = {
        "genere_le": datetime.datetime.now().isoformat(timespec="seconds"),
        "jeu": jeu, "cas": len(cas), "date_reference": date_reference.isoformat(),
        "index": {"nom": index.nom, "passages": len(index.passages), "morceaux": len(index.morceaux)},
        "backends": backends,
        "backends_indisponibles": dict(indisponibles or {}),
        "recherche": recherche,
    }
    return resume, resultats

"""Banc d'essai des réponses sur les registres : p50 et p95 de `Moteur.repondre` (backend extractif, à
chaud) sur l'échantillon à grande échelle (18 fonds × 10 ans, plus de 2 millions de lignes de paie).

L'échantillon à grande échelle est long à produire : il est gardé dans le dossier de cache
(`<cache>/bench/fonds-grand-<empreinte>.sqlite3`), l'empreinte étant celle du code qui le produit
(échantillon, schéma, migrations) ; il est refait seulement quand ce code change.
Le moteur est chauffé (modèles chargés, premières requêtes faites) sur une série de questions, puis
chaque question typique de FUND-DATA (« What users ask ») est posée UNE fois, avec l'identité de son
rôle, sur un fonds tiré au hasard : le vecteur d'une question est gardé en cache par son texte, et une
question répétée ne paierait pas l'encodage qu'un utilisateur paie. Seules les réponses de route
« donnees » entrent dans p50 et p95 (les autres routes sont comptées par genre). Pour comparaison : les
mêmes questions posées une seconde fois, et l'encodage seul. Objectif : p95 ≤ 300 ms.
Usage : `python -m evaluations.bench_donnees` (`make bench`).
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

import corpus.fonds.echantillon as echantillon
import corpus.fonds.modeles as modeles
from corpus.fonds.base import MIGRATIONS, creer_moteur, fabrique_sessions, migrer
from corpus.fonds.identite import ANONYME, Identite
from evaluations.donnees.attendus import DATE_REFERENCE
from evaluations.metriques import percentile
from evaluations.rapport import RAPPORTS
from outils.dates import MOIS

SORTIE = RAPPORTS / "bench"
OBJECTIF_P95_MS = 300.0


def empreinte() -> str:
    """L'empreinte du code qui produit l'échantillon : le changer refait la base en cache."""
    h = hashlib.sha256()
    fichiers = [Path(echantillon.__file__), Path(modeles.__file__), *sorted(MIGRATIONS.rglob("*.py"))]
    for f in fichiers:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def base_grande(dossier: Path, progression: Callable[[str], None] = print) -> Engine:
    """L'échantillon à grande échelle, repris du cache s'il est à jour, sinon produit et mis en cache."""
    dossier.mkdir(parents=True, exist_ok=True)
    chemin = dossier / f"fonds-grand-{empreinte()}.sqlite3"
    if chemin.exists():
        progression(f"Échantillon à grande échelle repris du cache : {chemin}")
        return creer_moteur(f"sqlite:///{chemin}")
    for ancien in dossier.glob("fonds-grand-*.sqlite3*"):  # une version périmée : on la retire
        ancien.unlink()
    provisoire = dossier / f"{chemin.name}.en-cours"
    for reste in dossier.glob(f"{provisoire.name}*"):
        reste.unlink()
    moteur = creer_moteur(f"sqlite:///{provisoire}")
    debut = time.perf_counter()
    migrer(moteur)
    echantillon.generer(moteur, grand=True)
    with moteur.connect() as c:  # WAL vidé dans le fichier avant de le renommer
        c.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        c.execute(text("PRAGMA journal_mode = DELETE"))
    moteur.dispose()
    provisoire.rename(chemin)
    progression(f"Échantillon à grande échelle produit en {time.perf_counter() - debut:.0f} s : {chemin}")
    return creer_moteur(f"sqlite:///{chemin}")


def _date(jour: datetime.date) -> str:
    return f"{'1er' if jour.day == 1 else jour.day} {MOIS[jour.month - 1]} {jour.year}"


Question = tuple[str, Identite, str]  # (genre, identité, question)


class _Questions:
    """Des questions typiques de FUND-DATA (« What users ask »), chacune d'un texte neuf : le vecteur
    d'une question est gardé en cache par son texte, une question répétée ne mesurerait pas l'encodage."""

    def __init__(self, bd: Engine, hasard: random.Random) -> None:
        self.bd, self.h = bd, hasard
        with bd.connect() as c:
            self.codes = [code for (code,) in c.execute(text("SELECT code FROM fonds ORDER BY code"))]
        self.vus: set[str] = set()

    def _sql(self, requete: str, **params: Any) -> Any:
        with self.bd.connect() as c:
            return c.execute(text(requete), params).first()

    def _jour(self, debut: int = 2025) -> datetime.date:
        return datetime.date(self.h.randint(debut, 2026), self.h.randint(1, 10), self.h.randint(1, 28))

    def _an(self) -> int:
        return self.h.randint(2017, 2026)

    def paie(self, code: str) -> str:
        pseudo, du, au = self._sql(
            "SELECT p.pseudonyme, l.du, l.au FROM ligne_paie l JOIN participant p ON p.id = l.participant_id "
            "JOIN fonds f ON f.id = l.fonds_id WHERE f.code = :code AND l.du >= '2024-01-01' "
            "ORDER BY l.id LIMIT 1 OFFSET :k",
            code=code,
            k=self.h.randint(0, 5000),
        )
        du, au = (d if isinstance(d, datetime.date) else datetime.date.fromisoformat(d) for d in (du, au))
        return self.h.choice(
            (
                f"Combien d'heures {pseudo} a-t-il travaillé du {_date(du)} au {_date(au)} ?",
                f"Paie de {pseudo} pour la période du {_date(du)} au {_date(au)} ?",
            )
        )

    def pret(self, code: str) -> str:
        (pseudo,) = self._sql(
            "SELECT p.pseudonyme FROM pret_personne x JOIN participant p ON p.id = x.participant_id "
            "JOIN fonds f ON f.id = x.fonds_id WHERE f.code = :code LIMIT 1",
            code=code,
        )
        return self.h.choice(
            (f"Combien {pseudo} doit-il encore sur son prêt ?", f"Quel est le solde du prêt de {pseudo} ?")
        )

    def cheque(self, code: str) -> str:
        (numero,) = self._sql(
            "SELECT c.numero FROM cheque c JOIN fonds f ON f.id = c.fonds_id WHERE f.code = :code "
            "ORDER BY c.id LIMIT 1 OFFSET :k",
            code=code,
            k=self.h.randint(0, 700),
        )
        return self.h.choice(
            (f"Le chèque {numero} était-il conforme ?", f"Qui a signé le chèque no {numero} ?")
        )

    def genres(self) -> list[tuple[str, str, Callable[[str], str]]]:
        """(genre, rôle, fabrique de question pour un fonds)."""
        h = self.h
        activites = (
            "l'atelier de menuiserie",
            "la buanderie",
            "la cuisine",
            "la formation scolaire",
            "l'emballage",
            "les loisirs",
        )
        return [
            (
                "activites",
                "conseiller",
                lambda _: (
                    f"Quelles activités sont ouvertes aux "
                    f"{h.choice(('prévenus', 'condamnés'))} le {_date(self._jour())} ?"
                ),
            ),
            (
                "activite_nommee",
                "conseiller",
                lambda _: f"Reste-t-il des places à {h.choice(activites)} le {_date(self._jour())} ?",
            ),
            ("paie", "paie", self.paie),
            (
                "demande_aide",
                "conseiller",
                lambda code: h.choice(
                    (
                        f"Où en est la demande A-{code}-2026-0{h.randint(1, 3)} ?",
                        f"Où en est la demande d'aide du {_date(self._jour(2026))} ?",
                    )
                ),
            ),
            ("pret", "conseiller", self.pret),
            ("cheque", "membre_ca", self.cheque),
            (
                "depots",
                "membre_ca",
                lambda _: (
                    f"Nos dépôts de {MOIS[h.randint(0, 11)]} {self._an()} ont-ils tous été faits sans délai ?"
                ),
            ),
            (
                "contrats_fin",
                "membre_ca",
                lambda _: f"Quels contrats se terminent dans les {h.randint(20, 400)} prochains jours ?",
            ),
            (
                "emprunt",
                "membre_ca",
                lambda _: (
                    f"Un emprunt de {h.randint(2, 60)} 000 $ demanderait-il une "
                    "autorisation vu le solde de nos emprunts ?"
                ),
            ),
            (
                "revenus",
                "membre_ca",
                lambda _: h.choice(
                    (
                        f"D'où viennent nos revenus en {self._an()} ?",
                        f"Répartition de nos revenus par source en {self._an()}",
                        f"Combien la cantine nous a rapporté en {self._an()} ?",
                    )
                ),
            ),
            (
                "membres_ca",
                "membre_ca",
                lambda _: f"Quels mandats au conseil finissent d'ici le {_date(self._jour(2026))} ?",
            ),
            (
                "programme",
                "membre_ca",
                lambda _: (
                    f"Le programme {h.randint(2018, 2027)} a-t-il été soumis au "
                    f"ministre{h.choice(('', ' à temps', ' avant le 1er novembre'))} ?"
                ),
            ),
            (
                "revenus_central",
                "fonds_central",
                lambda _: h.choice(
                    (
                        f"Revenus de tous les fonds par source pour {self._an()}",
                        f"D'où viennent les revenus des fonds en {self._an()} ?",
                    )
                ),
            ),
            (
                "participation_public",
                "public",
                lambda _: h.choice(
                    (
                        f"Combien de personnes ont participé aux activités en {self._an()} ?",
                        f"Combien de prévenus ont fait de la formation en {self._an()} ?",
                        f"Nombre de participants par type d'activité en {self._an()}",
                    )
                ),
            ),
        ]

    def tirer(self, par_genre: int) -> list[Question]:
        """`par_genre` questions par genre, sur des fonds tirés au hasard, jamais deux fois le même texte."""
        sortie = []
        for genre, role, fabrique in self.genres():
            for _ in range(par_genre):
                for _essai in range(50):
                    code = self.h.choice(self.codes)
                    question = fabrique(code)
                    if question not in self.vus:
                        break
                self.vus.add(question)
                if role == "public":
                    identite = ANONYME
                elif role == "fonds_central":
                    identite = Identite(nom="banc-fonds_central", role=role, fonds=tuple(self.codes))
                else:
                    identite = Identite(nom=f"banc-{role}", role=role, fonds=(code,))
                sortie.append((genre, identite, question))
        return sortie


def _mesure(durees: list[float]) -> dict[str, Any]:
    return {
        "n": len(durees),
        "p50_ms": round(percentile(durees, 50), 1) if durees else None,
        "p95_ms": round(percentile(durees, 95), 1) if durees else None,
    }


def mesurer(moteur: Any, chauffe: list[Question], liste: list[Question], repetees: int) -> dict[str, Any]:
    """Le moteur chauffé sur d'autres questions ; chaque question de `liste` posée une fois (texte neuf) ;
    puis les `repetees` premières posées de nouveau (vecteur de la question en cache), pour comparer."""
    for _, identite, question in chauffe:
        moteur.repondre(question, [], None, identite)
    par_genre: dict[str, list[float]] = {}
    routes: dict[str, Counter[str]] = {}
    neuves: list[float] = []
    for genre, identite, question in liste:
        debut = time.perf_counter()
        reponse = moteur.repondre(question, [], None, identite)
        duree = (time.perf_counter() - debut) * 1000
        routes.setdefault(genre, Counter())[reponse.route] += 1
        if reponse.route == "donnees":
            par_genre.setdefault(genre, []).append(duree)
            neuves.append(duree)
    repetitions = []
    for _, identite, question in liste[:repetees]:
        debut = time.perf_counter()
        if moteur.repondre(question, [], None, identite).route == "donnees":
            repetitions.append((time.perf_counter() - debut) * 1000)
    # L'encodage seul d'une question neuve (le modèle d'encodage, sans cache), pour situer la part du reste.
    encodages = []
    for _, _, question in chauffe:
        debut = time.perf_counter()
        moteur.index.encodeur.questions([f"{question} (encodage seul)"])
        encodages.append((time.perf_counter() - debut) * 1000)
    return {
        "questions_neuves": _mesure(neuves),
        "questions_repetees": _mesure(repetitions),
        "encodage_seul": _mesure(encodages),
        "objectif_p95_ms": OBJECTIF_P95_MS,
        "genres": {
            genre: {
                "routes": dict(routes[genre]),
                "mediane_ms": round(statistics.median(par_genre[genre]), 1) if genre in par_genre else None,
                "p95_ms": round(percentile(par_genre[genre], 95), 1) if genre in par_genre else None,
            }
            for genre in routes
        },
    }


def markdown(res: dict[str, Any]) -> str:
    m = res["mesure"]
    neuves, repetees, encodage = m["questions_neuves"], m["questions_repetees"], m["encodage_seul"]
    atteint = neuves["p95_ms"] is not None and neuves["p95_ms"] <= OBJECTIF_P95_MS
    md = [
        "# Banc d'essai des réponses sur les registres (grande échelle)",
        "",
        f"{res['lignes_de_paie']} lignes de paie, {res['fonds']} fonds ; backend extractif, moteur chauffé ; "
        f"{res['questions']} questions, chacune posée une fois ; commit `{res['commit']}`.",
        "",
        f"- Questions neuves, réponses « donnees » ({neuves['n']}) : **p50 {neuves['p50_ms']} ms, "
        f"p95 {neuves['p95_ms']} ms** (objectif p95 ≤ {OBJECTIF_P95_MS:.0f} ms : "
        f"{'atteint' if atteint else 'NON atteint'}).",
        f"- Les mêmes, posées de nouveau (vecteur de la question en cache, {repetees['n']}) : "
        f"p50 {repetees['p50_ms']} ms, p95 {repetees['p95_ms']} ms.",
        f"- Encodage seul d'une question neuve ({encodage['n']}) : p50 {encodage['p50_ms']} ms, "
        f"p95 {encodage['p95_ms']} ms.",
        "",
        "| genre | médiane (ms) | p95 (ms) | routes obtenues |",
        "| --- | ---: | ---: | --- |",
    ]
    for genre, g in m["genres"].items():
        routes = ", ".join(f"{r} ×{n}" for r, n in sorted(g["routes"].items()))
        md.append(
            f"| {genre} | {g['mediane_ms'] if g['mediane_ms'] is not None else '—'} | "
            f"{g['p95_ms'] if g['p95_ms'] is not None else '—'} | {routes} |"
        )
    return "\n".join(md)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Banc d'essai des réponses sur les registres (grande échelle).")
    p.add_argument("--par-genre", type=int, default=8, help="questions par genre (fonds tirés au hasard)")
    p.add_argument(
        "--repetees", type=int, default=20, help="questions posées une seconde fois, pour comparer"
    )
    p.add_argument("--sortie", type=Path, default=SORTIE)
    args = p.parse_args(argv)

    from assistant.backends.extractif import Extractif
    from assistant.config import Config
    from assistant.moteur import Moteur
    from assistant.recherche.index import Index
    from evaluations.donnees.__main__ import commit

    config = Config()
    bd = base_grande(config.dossier / "bench")
    with bd.connect() as c:
        paies = c.execute(text("SELECT COUNT(*) FROM ligne_paie")).scalar()
        fonds = c.execute(text("SELECT COUNT(*) FROM fonds")).scalar()
    moteur = Moteur(
        config,
        index=Index(config),
        redacteur=Extractif(),
        aujourd_hui=lambda: DATE_REFERENCE,
        sessions=fabrique_sessions(bd),
    )
    tirage = _Questions(bd, random.Random(13))
    chauffe, liste = tirage.tirer(1), tirage.tirer(args.par_genre)
    res = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "commit": commit(),
        "lignes_de_paie": paies,
        "fonds": fonds,
        "questions": len(liste),
        "mesure": mesurer(moteur, chauffe, liste, args.repetees),
    }
    bd.dispose()
    args.sortie.mkdir(parents=True, exist_ok=True)
    (args.sortie / "donnees.json").write_text(
        json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    texte = markdown(res)
    (args.sortie / "donnees.md").write_text(texte + "\n", encoding="utf-8")
    print(texte)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

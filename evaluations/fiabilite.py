"""Banc de fiabilité (`make fiabilite`) : un vrai serveur sur 127.0.0.1, éprouvé comme en exploitation.

1. démarrage, et démarrage avec un serveur de modèle bloqué (il ne doit pas le retarder) ;
2. latence au repos (un client) ;
3. 50 clients × 20 questions : erreurs et p95 ;
4. corps géants et historiques trop longs (413/422) envoyés pendant que d'autres questionnent :
   latence des refus, et p95 des questions normales comparé au repos ;
5. reconstruction de l'index sous charge : 20 clients pendant au moins 60 s, index reconstruit
   deux fois (`assistant-fsrs index --forcer`) : requêtes ratées et versions vues par `/api/health`.

Le serveur utilise la configuration de l'environnement (ASSISTANT_FSRS_…), avec des débits par
client relevés : tous les clients du banc viennent de 127.0.0.1.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

JSON_CT = {"Content-Type": "application/json"}
QUESTIONS = [
    "Quels services d'emploi sont offerts en détention?",
    "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?",
    "Qui signe les chèques du fonds?",
    "Le fonds peut-il emprunter 60 000 $ ?",
    "Avant quelle date le programme d'activités doit-il être soumis au ministre?",
    "Mon client a un problème de consommation : peut-il participer à l'atelier?",
]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _centile(valeurs: list[float], q: float) -> float:
    if not valeurs:
        return float("nan")
    ordonnees = sorted(valeurs)
    return ordonnees[min(len(ordonnees) - 1, round(q * (len(ordonnees) - 1)))]


@contextmanager
def serveur(env_extra: dict[str, str] | None = None) -> Iterator[tuple[str, float]]:
    """Lance `assistant-fsrs serve` ; rend son URL et sa durée de démarrage (jusqu'à /api/health)."""
    port = _port()
    env = {**os.environ, "ASSISTANT_FSRS_LIMITE_QUESTIONS": "1000000/minute",
           "ASSISTANT_FSRS_LIMITE_AVIS": "1000000/minute", **(env_extra or {})}
    debut = time.perf_counter()
    processus = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        while True:
            if processus.poll() is not None:
                raise RuntimeError("le serveur s'est arrêté au démarrage")
            try:
                if httpx.get(f"{url}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - debut > 300:
                raise RuntimeError("le serveur n'a pas démarré en 300 s")
            time.sleep(0.2)
        yield url, time.perf_counter() - debut
    finally:
        processus.terminate()
        try:
            processus.wait(10)
        except subprocess.TimeoutExpired:
            processus.kill()


@contextmanager
def modele_bloque() -> Iterator[int]:
    """Un faux serveur de modèle sur 127.0.0.1 qui accepte les connexions et ne répond jamais."""
    ecoute = socket.socket()
    ecoute.bind(("127.0.0.1", 0))
    ecoute.listen(64)
    ecoute.settimeout(0.2)
    gardees: list[socket.socket] = []
    arret = threading.Event()

    def accepter() -> None:
        while not arret.is_set():
            try:
                gardees.append(ecoute.accept()[0])
            except OSError:
                continue

    threading.Thread(target=accepter, daemon=True).start()
    try:
        yield ecoute.getsockname()[1]
    finally:
        arret.set()
        for s in gardees:
            s.close()
        ecoute.close()


class Mesures:
    def __init__(self) -> None:
        self.durees: list[float] = []
        self.erreurs: dict[str, int] = {}
        self._verrou = threading.Lock()

    def noter(self, duree: float | None, erreur: str | None) -> None:
        with self._verrou:
            if erreur:
                self.erreurs[erreur] = self.erreurs.get(erreur, 0) + 1
            elif duree is not None:
                self.durees.append(duree)

    def resume(self) -> str:
        n = len(self.durees) + sum(self.erreurs.values())
        return (f"{n} requêtes, {sum(self.erreurs.values())} en erreur {self.erreurs or ''}, "
                f"médiane {statistics.median(self.durees) * 1000:.0f} ms, "
                f"p95 {_centile(self.durees, 0.95) * 1000:.0f} ms" if self.durees else f"{n} requêtes, "
                f"toutes en erreur {self.erreurs}")


def _question(client: httpx.Client, question: str, mesures: Mesures) -> None:
    debut = time.perf_counter()
    try:
        r = client.post("/api/ask", json={"question": question})
        ok = r.status_code == 200 and bool(r.json().get("answer"))
        mesures.noter(time.perf_counter() - debut, None if ok else f"HTTP {r.status_code}")
    except httpx.HTTPError as e:
        mesures.noter(None, type(e).__name__)


def _clients(url: str, nombre: int, par_client: int | None, jusqua: threading.Event | None,
             mesures: Mesures) -> None:
    def travail(rang: int) -> None:
        with httpx.Client(base_url=url, timeout=300) as client:
            i = rang
            while (par_client is None or i - rang < par_client) and not (jusqua and jusqua.is_set()):
                _question(client, QUESTIONS[i % len(QUESTIONS)], mesures)
                i += 1

    fils = [threading.Thread(target=travail, args=(rang,)) for rang in range(nombre)]
    for fil in fils:
        fil.start()
    for fil in fils:
        fil.join()


def repos(url: str, n: int = 60) -> Mesures:
    mesures = Mesures()
    _clients(url, 1, n, None, mesures)
    return mesures


def charge(url: str, clients: int = 50, questions: int = 20) -> tuple[Mesures, float]:
    mesures = Mesures()
    debut = time.perf_counter()
    _clients(url, clients, questions, None, mesures)
    return mesures, time.perf_counter() - debut


def _attaquant(url: str, rang: int, arret: Any, sortie: Any) -> None:
    """Dans un processus à part (pas de GIL partagé avec les clients mesurés) : corps géants ou
    historiques trop longs en boucle ; rend (statut, durée) de chaque refus."""
    enorme = b'{"question": "' + b"x" * 10_000_000 + b'"}'
    # Trop de messages (422), puis des messages trop longs qui dépassent aussi la taille du corps (413).
    longs = [{"question": "Qui signe les chèques?", "history": [{"role": "user", "content": "x" * n}] * 30}
             for n in (100, 7000)]
    # En exploitation, les attaquants sont sur d'autres machines : ici, sur les mêmes 2 cœurs, ils passent
    # après le serveur pour que la mesure dise ce que coûtent les refus au serveur, pas aux clients.
    os.nice(19)
    resultats = []
    with httpx.Client(base_url=url, timeout=60) as client:
        while not arret.is_set():
            debut = time.perf_counter()
            try:
                if rang % 2:
                    r = client.post("/api/ask", content=enorme, headers=JSON_CT)
                else:
                    r = client.post("/api/ask", json=longs[len(resultats) % 2])
                resultats.append((r.status_code, time.perf_counter() - debut))
            except httpx.HTTPError:  # le serveur peut couper la connexion après un 413 envoyé tôt
                resultats.append((-1, time.perf_counter() - debut))
    sortie.put(resultats)


def geants(url: str, duree: float = 30.0) -> tuple[Mesures, Mesures, dict[int, int]]:
    """4 processus envoient des corps de 10 Mo et des historiques trop longs ; 1 client questionne."""
    contexte = multiprocessing.get_context("spawn")
    arret, sortie = contexte.Event(), contexte.Queue()
    attaquants = [contexte.Process(target=_attaquant, args=(url, rang, arret, sortie)) for rang in range(4)]
    for processus in attaquants:
        processus.start()
    time.sleep(3)  # que l'attaque soit en cours avant de mesurer
    normales = Mesures()
    fin = time.monotonic() + duree
    with httpx.Client(base_url=url, timeout=300) as client:
        i = 0
        while time.monotonic() < fin:
            _question(client, QUESTIONS[i % len(QUESTIONS)], normales)
            i += 1
    arret.set()
    refus, statuts = Mesures(), {}
    for _ in attaquants:
        for statut, duree_refus in sortie.get(timeout=120):
            statuts[statut] = statuts.get(statut, 0) + 1
            refus.noter(duree_refus, None if statut in (413, 422, -1) else f"HTTP {statut}")
    for processus in attaquants:
        processus.join(30)
    return normales, refus, statuts


def reindex_sous_charge(url: str, clients: int = 20, duree_min: float = 60.0,
                        reconstructions: int = 2) -> tuple[Mesures, list[str], list[float]]:
    mesures = Mesures()
    arret = threading.Event()
    versions: list[str] = []

    def sante() -> None:
        while not arret.is_set():
            try:
                version = httpx.get(f"{url}/api/health", timeout=30).json()["index"]["version"]
                if not versions or versions[-1] != version:
                    versions.append(version)
            except httpx.HTTPError:
                mesures.noter(None, "santé injoignable")
            time.sleep(0.5)

    veilleur = threading.Thread(target=sante)
    veilleur.start()
    charge_fil = threading.Thread(target=_clients, args=(url, clients, None, arret, mesures))
    charge_fil.start()
    debut = time.monotonic()
    durees = []
    for _ in range(reconstructions):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", "index", "--forcer"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        durees.append(time.perf_counter() - t)
    time.sleep(max(5.0, duree_min - (time.monotonic() - debut)))  # laisser le serveur basculer
    arret.set()
    charge_fil.join()
    veilleur.join()
    return mesures, versions, durees


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--clients", type=int, default=50)
    p.add_argument("--questions", type=int, default=20)
    p.add_argument("--sans-reindex", action="store_true", help="sauter la reconstruction sous charge")
    p.add_argument("--sans-modele-bloque", action="store_true", help="sauter le démarrage à modèle bloqué")
    p.add_argument("--sans-charge", action="store_true", help="sauter les 50 clients × 20 questions")
    args = p.parse_args(argv)
    echec = False
    if not args.sans_modele_bloque:
        echec |= _demarrage_modele_bloque()
    with serveur() as (url, demarrage):
        print(f"Démarrage : {demarrage:.1f} s", flush=True)
        au_repos = repos(url)
        print(f"Au repos (1 client) : {au_repos.resume()}", flush=True)
        if not args.sans_charge:
            mesures, total = charge(url, args.clients, args.questions)
            print(f"{args.clients} clients × {args.questions} questions en {total:.0f} s : "
                  f"{mesures.resume()}", flush=True)
            echec |= bool(mesures.erreurs)
        normales, refus, statuts = geants(url)
        ratio = _centile(normales.durees, 0.95) / _centile(au_repos.durees, 0.95)
        print(f"Corps géants et historiques trop longs : refus {statuts}, {refus.resume()}", flush=True)
        print(f"Questions normales pendant ce temps : {normales.resume()} ; p95 / p95 au repos = {ratio:.2f}",
              flush=True)
        echec |= bool(normales.erreurs) or bool(refus.erreurs)
        if not args.sans_reindex:
            sous_charge, versions_vues, durees = reindex_sous_charge(url)
            print(f"Reconstruction de l'index ×{len(durees)} ({', '.join(f'{d:.0f} s' for d in durees)}) "
                  f"sous 20 clients : {sous_charge.resume()} ; versions vues par /api/health : "
                  f"{' → '.join(versions_vues)}", flush=True)
            echec |= bool(sous_charge.erreurs) or len(versions_vues) < 2
    print("Fiabilité : " + ("ÉCHEC" if echec else "OK"))
    return 1 if echec else 0


def _demarrage_modele_bloque() -> bool:
    """Vrai (échec) si un serveur de modèle bloqué retarde le démarrage au-delà de 20 s."""
    with modele_bloque() as port_bloque, serveur({
            "ASSISTANT_FSRS_BACKEND": "openai",
            "ASSISTANT_FSRS_OPENAI_BASE_URL": f"http://127.0.0.1:{port_bloque}/v1"}) as (url, demarrage):
        r = httpx.post(f"{url}/api/ask", json={"question": QUESTIONS[3]}, timeout=120).json()
        sante = httpx.get(f"{url}/api/health", timeout=30).json()
        print(f"Démarrage avec un serveur de modèle bloqué : {demarrage:.1f} s ; réponse annoncée sans "
              f"modèle : {r['answer'].startswith('Réponse sans modèle de langue')} ; santé : "
              f"{sante['status']} ({sante['modele_langue']})", flush=True)
        return demarrage >= 20


if __name__ == "__main__":
    sys.exit(main())

"""L'index hybride : vecteurs dans Chroma, BM25 en mémoire, questions relues de chaque alinéa, fusion
RRF au niveau des passages.

La collection Chroma porte dans son nom l'empreinte du corpus et du modèle : on sait sans
rien lire si elle est à jour. Chroma embarqué : chaque construction écrit une version neuve
dans son propre dossier, puis un pointeur atomique la publie (`versions`) ; un serveur qui lit
l'ancienne version n'est jamais dérangé. Serveur Chroma distant : la collection est construite
sous un nom provisoire puis renommée. Dans les deux cas, un arrêt en pleine construction ne
laisse jamais d'index à moitié rempli.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from assistant.config import Config
from assistant.recherche import versions
from assistant.recherche.encodeur import Encodeur, nom_du_modele
from assistant.recherche.fusion import POIDS_DENSE, POIDS_LEXICAL, POIDS_QUESTIONS, Methode, fusion_rrf
from assistant.recherche.lexical import RechercheLexicale
from assistant.recherche.morceaux import Morceau, decouper_tout
from assistant.recherche.relues import QuestionsRelues
from assistant.recherche.synonymes import enrichir
from corpus import DOSSIER_DOCUMENTS, Passage, charger_corpus
from corpus.resumes import DOSSIER_RESUMES

FORMAT_INDEX = "2"  # à changer quand le découpage en morceaux change
PREFIXE = "fsrs-"
CANDIDATS_DENSES = 60  # morceaux demandés à Chroma avant regroupement par passage
LONGUEUR_CITATION = 900  # caractères : au-delà, on cite l'alinéa pertinent, pas tout l'article


class IndexAbsent(RuntimeError):
    """L'index n'a pas été construit pour ce corpus et ce modèle."""


@dataclass(frozen=True)
class PassageTrouve:
    passage: Passage
    morceau: Morceau  # le morceau le plus proche : c'est lui qu'on cite
    score: float  # score de la méthode demandée (RRF pour la fusion)
    score_dense: float | None
    score_lexical: float | None
    # L'alinéa (ou le paragraphe) le plus proche, même quand on cite l'article court en entier.
    alinea: Morceau


def identite_modele(config: Config) -> str:
    """Ce qui identifie le modèle pour l'empreinte : ses sommes vérifiées s'il en a, et ses poids."""
    chemin = config.chemin_embeddings
    marqueur = Path(f"{chemin}.verifie.json")
    identite = f"{Path(chemin).name}:{marqueur.read_text()}" if marqueur.exists() else chemin
    return nom_du_modele(identite, config.embeddings_int8)


def empreinte(morceaux: list[Morceau], modele: str) -> str:
    h = hashlib.sha256(f"{FORMAT_INDEX}\n{modele}\n".encode())
    for m in morceaux:
        h.update(json.dumps([m.id, m.a_encoder], ensure_ascii=False).encode())
    return h.hexdigest()[:16]


def client_chroma(config: Config, version: str | None = None):
    """Le client Chroma : distant si configuré, sinon la version embarquée demandée (défaut : servie)."""
    import chromadb
    from chromadb.config import Settings

    reglages = Settings(anonymized_telemetry=False)
    if config.chroma_url:
        url = urlparse(config.chroma_url)
        return chromadb.HttpClient(host=url.hostname or "127.0.0.1", port=url.port or 8000,
                                   ssl=url.scheme == "https", settings=reglages)
    dossier = versions.chemin(config.dossier_index, version or versions.actuelle(config.dossier_index))
    dossier.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(dossier), settings=reglages)


def _collections(client) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]


def construire(config: Config, encodeur: Encodeur | None = None, forcer: bool = False,
               progression: Callable[[int, int], None] | None = None,
               dossier: Path = DOSSIER_DOCUMENTS) -> tuple[str, bool]:
    """Construit l'index s'il manque ou si le corpus ou le modèle a changé.

    Rend le nom de la collection et vrai si elle a été (re)construite.
    """
    _, passages = charger_corpus(dossier)
    morceaux = decouper_tout(passages)
    nom = PREFIXE + empreinte(morceaux, identite_modele(config))
    if config.chroma_url:
        return _construire_distant(config, nom, morceaux, encodeur, forcer, progression)
    racine = config.dossier_index
    with versions.verrou(racine):
        if not forcer and nom in _collections(client_chroma(config)):
            return nom, False
        version = versions.nouvelle(racine, nom.removeprefix(PREFIXE))
        vecteurs = _encoder(config, morceaux, encodeur, progression)
        _remplir(client_chroma(config, version), nom, morceaux, vecteurs)
        versions.publier(racine, version)
    return nom, True


def _encoder(config: Config, morceaux: list[Morceau], encodeur: Encodeur | None,
             progression: Callable[[int, int], None] | None) -> list:
    encodeur = encodeur or Encodeur.selon(config, config.threads)
    fait = 0

    def avancer(n: int) -> None:
        nonlocal fait
        fait += n
        if progression:
            progression(fait, len(morceaux))

    return encodeur.documents([m.a_encoder for m in morceaux], progression=avancer)


def _remplir(client, nom: str, morceaux: list[Morceau], vecteurs: list):
    collection = client.create_collection(nom, embedding_function=None, metadata={"hnsw:space": "cosine"})
    for debut in range(0, len(morceaux), 1000):
        lot = morceaux[debut:debut + 1000]
        collection.add(ids=[m.id for m in lot], embeddings=vecteurs[debut:debut + 1000],
                       metadatas=[{"passage_id": m.passage_id} for m in lot],
                       documents=[m.texte for m in lot])
    return collection


def _construire_distant(config: Config, nom: str, morceaux: list[Morceau], encodeur: Encodeur | None,
                        forcer: bool, progression: Callable[[int, int], None] | None) -> tuple[str, bool]:
    """Serveur Chroma : nom provisoire, puis renommage (pas de dossier de versions à distance)."""
    client = client_chroma(config)
    existantes = _collections(client)
    if nom in existantes and not forcer:
        return nom, False
    vecteurs = _encoder(config, morceaux, encodeur, progression)
    provisoire = f"{nom}-construction"
    if provisoire in existantes:
        client.delete_collection(provisoire)
    collection = _remplir(client, provisoire, morceaux, vecteurs)
    if nom in existantes:
        client.delete_collection(nom)
    collection.modify(name=nom)
    for ancienne in existantes:  # les index d'un corpus ou d'un modèle précédent
        if ancienne.startswith(PREFIXE) and ancienne != nom:
            client.delete_collection(ancienne)
    return nom, True


def revenir(config: Config) -> str | None:
    """Republie la version précédente de l'index embarqué ; rend son nom (None s'il n'y en a pas)."""
    with versions.verrou(config.dossier_index):
        precedente = versions.precedente(config.dossier_index)
        if precedente:
            versions.publier(config.dossier_index, precedente)
    return precedente


class Index:
    """Recherche dans le corpus : BM25, dense ou fusion, résultats regroupés par passage."""

    def __init__(self, config: Config, encodeur: Encodeur | None = None,
                 dossier: Path = DOSSIER_DOCUMENTS, resumes: Path = DOSSIER_RESUMES) -> None:
        self.documents, self.passages = charger_corpus(dossier)
        self.morceaux = decouper_tout(self.passages)
        self._par_id = {p.id: p for p in self.passages}
        self._morceau = {m.id: m for m in self.morceaux}
        self._lexical = RechercheLexicale([m.a_encoder for m in self.morceaux])
        self.nom = PREFIXE + empreinte(self.morceaux, identite_modele(config))
        self.empreinte = self.nom.removeprefix(PREFIXE)
        # La version est lue une fois : l'index ouvert reste sur elle même si une autre est publiée.
        self.version = (versions.actuelle(config.dossier_index) or versions.ANCIEN) if not config.chroma_url \
            else self.nom
        # L'ancien emplacement (d'avant les versions) n'est pas un dossier de version : None le désigne.
        client = client_chroma(config, None if config.chroma_url or self.version == versions.ANCIEN
                               else self.version)
        if self.nom not in _collections(client):
            raise IndexAbsent("L'index de recherche n'est pas construit pour ce corpus et ce "
                              "modèle : lancez « assistant-fsrs index ».")
        self._collection = client.get_collection(self.nom, embedding_function=None)
        self.encodeur = encodeur or Encodeur.selon(config, config.threads_par_question)
        # Une question posée ressemble souvent plus aux questions qu'un alinéa tranche qu'à sa lettre.
        self.relues = QuestionsRelues.charger(self.encodeur, resumes, config.dossier_index, self._par_id)

    def passage(self, passage_id: str) -> Passage:
        return self._par_id[passage_id]

    def _dense(self, question: str) -> dict[str, list[tuple[float, str]]]:
        """Similarités cosinus des morceaux retrouvés, regroupées par passage (meilleure d'abord)."""
        vecteur = self.encodeur.question(question)
        n = min(CANDIDATS_DENSES, self._collection.count())
        res = self._collection.query(query_embeddings=[vecteur.tolist()], n_results=n,
                                     include=["distances", "metadatas"])
        par_passage: dict[str, list[tuple[float, str]]] = {}
        for ident, dist, meta in zip(res["ids"][0], res["distances"][0], res["metadatas"][0],
                                     strict=True):
            par_passage.setdefault(str(meta["passage_id"]), []).append((1.0 - float(dist), ident))
        return {pid: sorted(liste, reverse=True) for pid, liste in par_passage.items()}

    def _questions_relues(self, question: str) -> dict[str, float]:
        """Par passage, la similarité cosinus de sa question relue la plus proche."""
        if not self.relues.courtes:
            return {}
        similarites = self.relues.vecteurs @ self.encodeur.question(question)
        meilleures: dict[str, float] = {}
        for ((pid, _), _), s in zip(self.relues.courtes, similarites.tolist(), strict=True):
            meilleures[pid] = max(s, meilleures.get(pid, -1.0))
        return meilleures

    def _trouve(self, pid: str, dense: dict[str, list[tuple[float, str]]],
                lexical: dict[str, tuple[float, str]], score: float) -> PassageTrouve:
        """Le passage, cité en entier s'il est court, sinon par son alinéa le plus proche."""
        alinea = self._plus_proche(pid, dense, lexical)
        court = len(self._par_id[pid].texte) <= LONGUEUR_CITATION
        return PassageTrouve(
            passage=self._par_id[pid],
            morceau=self._morceau[f"{pid}#tout"] if court else alinea,
            score=score,
            score_dense=dense[pid][0][0] if pid in dense else None,
            score_lexical=lexical[pid][0] if pid in lexical else None,
            alinea=alinea,
        )

    def _plus_proche(self, pid: str, dense: dict[str, list[tuple[float, str]]],
                     lexical: dict[str, tuple[float, str]]) -> Morceau:
        candidats = [ident for _, ident in dense.get(pid, [])]
        if not candidats:
            # Trouvé par le lexical, ou par ses seules questions relues (son premier morceau).
            candidats = [lexical[pid][1] if pid in lexical
                         else next(m.id for m in self.morceaux if m.passage_id == pid)]
        fins = [ident for ident in candidats if not ident.endswith("#tout")]
        return self._morceau[(fins or candidats)[0]]

    def _lexicaux(self, question: str) -> dict[str, tuple[float, str]]:
        # Les synonymes aident BM25 ; mesurés sur le jeu de développement, ils nuisent au dense.
        scores = self._lexical.scores(enrichir(question))
        meilleurs: dict[str, tuple[float, str]] = {}
        for i in np.flatnonzero(scores > 0):
            m = self.morceaux[i]
            if m.passage_id not in meilleurs or scores[i] > meilleurs[m.passage_id][0]:
                meilleurs[m.passage_id] = (float(scores[i]), m.id)
        return meilleurs

    def chercher(self, question: str, k: int = 5,
                 methode: Methode = Methode.FUSION) -> list[PassageTrouve]:
        methode = Methode(methode)
        dense = self._dense(question) if methode != Methode.BM25 else {}
        # Les questions relues classent, mais l'alinéa cité vient du dense ou du lexical.
        lexical = self._lexicaux(question) if methode != Methode.DENSE else {}
        par_methode = {
            Methode.DENSE: {pid: liste[0][0] for pid, liste in dense.items()},
            Methode.BM25: {pid: score for pid, (score, _) in lexical.items()},
            Methode.QUESTIONS: self._questions_relues(question) if methode != Methode.BM25 else {},
        }

        def classement(scores: dict[str, float]) -> list[str]:
            return sorted(scores, key=lambda pid: -scores[pid])

        if methode == Methode.FUSION:
            scores = fusion_rrf([classement(par_methode[m]) for m in (Methode.DENSE, Methode.BM25,
                                                                        Methode.QUESTIONS)],
                                poids=(POIDS_DENSE, POIDS_LEXICAL, POIDS_QUESTIONS))
        else:
            scores = par_methode[methode]
        return [self._trouve(pid, dense, lexical, scores[pid]) for pid in classement(scores)[:k]]

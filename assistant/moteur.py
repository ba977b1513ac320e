"""Le moteur : une question (et la conversation) devient une `Reponse` exacte et citée.

Toutes les interfaces (CLI, web, API, évaluation) appellent `Moteur.repondre` ou
`Moteur.repondre_flux`. Les nombres viennent de `outils/`, les citations de l'index ;
un modèle de langue ne fait que rédiger, et sa rédaction est vérifiée phrase par phrase
avant d'être montrée, faute de quoi la réponse extractive la remplace.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from assistant.backends import Redacteur, creer
from assistant.backends.protege import ModeleIndisponible, proteger, texte_sans_modele
from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.comprendre import CONFIANCE_OUTIL, comprendre, par_les_registres, renvoie
from assistant.comprehension.demande import Appel, Demande
from assistant.comprehension.hors_sujet import SEUIL_HORS_SUJET, du_ressort
from assistant.comprehension.intentions import DOCUMENT, Intentions
from assistant.comprehension.mentions import NOMBRE, NUMERO_A_ZEROS, PIECE, plier
from assistant.comprehension.remplissage import present
from assistant.comprehension.renvois import articles_designes, articles_nommes
from assistant.config import Config
from assistant.conversation import composition as comp
from assistant.conversation.consignes import neutraliser, veut_changer_les_regles
from assistant.conversation.directe import Directes
from assistant.conversation.perimetre import (
    ce_qui_est_demande,
    demande_plusieurs_fonds,
    demande_qui,
    dit_sa_portee,
    hors_perimetre,
    vise_un_tiers,
)
from assistant.conversation.verification import (
    articles_non_cites,
    citation_exacte,
    consigne_repetee,
    contradictions,
    mots_sans_appui,
    nombres_inventes,
    pourcentages_detournes,
)
from assistant.recherche.analyseur import replier
from assistant.recherche.index import Index, PassageTrouve
from assistant.registres.comparaison import arguments_montres, comparer, par_periode
from assistant.registres.declaration import Tableau
from assistant.registres.entites import candidats, fonds_nommes, pseudonymes_tapes, resoudre
from assistant.registres.moyenne import avec_moyenne
from assistant.registres.registre import CONSULTATIONS, consulter
from assistant.reponse import LONGUEUR_MAX, AppelOutil, Message, Reponse
from corpus import id_article
from corpus.fonds import requetes
from corpus.fonds.acces import AccesRefuse, Introuvable, journaliser
from corpus.fonds.base import creer_moteur, est_migree, fabrique_sessions
from corpus.fonds.identite import ANONYME, Identite
from outils.declaration import Genre
from outils.erreurs import EntreeInvalide
from outils.registre import executer
from outils.resultat import DOC_REGLEMENT, en_json

# Seuils d'abstention, réglés sur le jeu de développement (79 questions du domaine) et sur
# 20 questions hors sujet de calibration (evaluations/datasets/calibration-hors-sujet.jsonl) :
# aucune abstention à tort, aucune réponse à tort (le hors-sujet le plus « lexical » : 2,71).
# Sous SEUIL_DENSE on s'abstient ; entre les deux seuils, il faut aussi un appui lexical.
SEUIL_DENSE = 0.27  # similarité cosinus du meilleur morceau
SEUIL_DENSE_SUR = 0.44  # au-delà, la proximité de sens suffit
SEUIL_LEXICAL = 2.0  # score BM25 du meilleur morceau, requis entre les deux
SEUIL_LEXICAL_SUR = 3.5  # un appui lexical fort suffit (mots du domaine, synonymes compris)
# Suffit quand la question nomme une notion propre aux fonds, ou quand elle est du ressort de l'assistant
# selon le périmètre appris (`du_ressort`) ; une question nettement hors sujet (`SEUIL_HORS_SUJET`)
# n'a de réponse que dans un passage très proche par le sens.
SEUIL_DENSE_DOMAINE = 0.30
DOMAINE = re.compile(
    r"\b(fonds|fsrs|cantine|detention|incarcer\w*|detenus?|prison\w*|atelier\w*|reinsertion|"
    r"programme d'activites|allocation|prelevement|remuneration|pay[eé]|paie|emprunt\w*|cotisation|"
    r"liquidat\w*|contrat|conseil d'administration|directeur de l'etablissement|fideicommis|"
    # « selon le règlement » : celui des fonds, quand rien ne dit lequel
    r"(?:le|ce|du|au) reglement(?! (?:de|du|des|d'|sur|municipal|interieur)\b))\b"
)
# Jusqu'où chercher l'article d'un outil sûrement visé que la recherche classe mal (l'index compte une
# centaine de morceaux : c'est presque tout le corpus, pour une question sur vingt au plus).
PROFONDEUR_DU_SUJET = 40
# Un outil peu sûr (sous CONFIANCE_SURE) qui ne reçoit que des choix cède aux textes quand la recherche met
# un autre passage à ECART_DES_ARTICLES devant ses articles (réglés sur les moitiés dev des paraphrases).
CONFIANCE_SURE = 0.9
ECART_DES_ARTICLES = 0.12
PROFONDEUR_DES_ARTICLES = 10
ECART_SECOND = 0.05  # un second passage n'est cité que s'il est presque aussi proche
MAX_CITATIONS = 2
RIEN_TROUVE = "Je ne trouve rien dans les textes que je connais pour répondre à cette question."
TOUS = re.compile(r"\b(?:tous|toutes|chacun\w*|les deux|l'un et l'autre)\b")
TIERS_REFUSE = "un membre du conseil détenu ne consulte pas le dossier d'une autre personne incarcérée"
PLUS_PROBABLE = 0.5  # les registres plutôt que tout le reste : plus d'une chance sur deux
PUBLIC_SANS_ETABLISSEMENT = ("je ne donne au public que les nombres d'ensemble du programme, "
                             "pas ceux d'un établissement")
# Les rôles qui voient des personnes incarcérées une à une (participants, paie) : ceux de leurs lectures.
LECTEURS_DES_PERSONNES = requetes.autorisations.roles | requetes.heures_et_paie.roles
LECTEURS_DES_STATUTS = requetes.participants.roles  # qui est prévenu, qui est condamné
# Les mots d'un statut (« prévenus », « en attente de son procès »), tels que les déclare la consultation qui
# les lit : « c'est qui les prévenus ? » demande le statut de personnes identifiables.
MOTS_DU_STATUT = tuple(mot for a in CATALOGUE["participants_activite"].arguments if a.nom == "statut"
                       for mots in a.indices.valeurs.values() for mot in mots)
FIN_PHRASE = re.compile(r"(?<=[.!?:;])\s+|\n")


@dataclass(frozen=True)
class Evenement:
    """Un morceau de réponse en flux : « jeton », « remplacer » (repli) ou « fin »."""

    type: str
    texte: str = ""
    reponse: Reponse | None = None


class Moteur:
    def __init__(
        self,
        config: Config | None = None,
        index: Index | None = None,
        redacteur: Redacteur | None = None,
        aujourd_hui: Callable[[], datetime.date] = datetime.date.today,
        sessions: Callable[[], Session] | None = None,
    ) -> None:
        self.config = config or Config()
        self.index = index or Index(self.config)
        # Enveloppé : une panne du modèle devient un repli annoncé, jamais une erreur 500.
        self.redacteur = proteger(redacteur or creer(self.config))
        self.aujourd_hui = aujourd_hui
        self._passages = {p.id: p for p in self.index.passages}
        self._textes = {p.id: p.texte for p in self.index.passages}  # pour vérifier les extraits
        self._titres = {d.doc_id: d.titre_court for d in self.index.documents}
        self.intentions = Intentions(self.index.encodeur, cache=self.config.dossier_index,
                                     relues=self.index.relues.vecteurs)
        self.directes = Directes(self.index.encodeur, self.index.relues, cache=self.config.dossier_index)
        self._sessions = sessions
        self._ouverture_bd = threading.Lock()

    @property
    def sessions(self) -> Callable[[], Session] | None:
        """Les sessions de la base des fonds, ouverte au premier besoin ; None si elle n'est pas migrée
        (regardé une fois : `make run` migre avant de servir)."""
        if self._sessions is None:
            # Les premières requêtes arrivent ensemble : une seule ouvre la base (la première connexion à
            # un fichier SQLite neuf le passe en WAL, ce que deux connexions à la fois ne peuvent pas).
            with self._ouverture_bd:
                if self._sessions is None:
                    moteur_bd = creer_moteur(self.config.url_bd)
                    self._sessions = fabrique_sessions(moteur_bd) if est_migree(moteur_bd) else False
        return self._sessions or None

    # --- entrées publiques -------------------------------------------------------------

    def repondre(
        self,
        question: str,
        historique: list[Message] | None = None,
        id: str | None = None,
        identite: Identite = ANONYME,
    ) -> Reponse:
        fin = None
        for evenement in self.repondre_flux(question, historique, id, identite):
            if evenement.type == "fin":
                fin = evenement.reponse
        assert fin is not None
        return fin

    def repondre_flux(
        self,
        question: str,
        historique: list[Message] | None = None,
        id: str | None = None,
        identite: Identite = ANONYME,
    ) -> Iterator[Evenement]:
        """La réponse en flux. `identite` vient de la requête (jeton, mandataire), jamais de la
        question : elle décide du fonds et de ce que les registres montrent."""
        debut = time.perf_counter()
        reponse = yield from self._traiter(question or "", historique or [], id, identite)
        reponse.latency_ms = round((time.perf_counter() - debut) * 1000)
        yield Evenement("fin", reponse=reponse)

    # --- étapes ------------------------------------------------------------------------

    def _traiter(
        self, question: str, historique: list[Message], id: str | None, identite: Identite
    ) -> Iterator[Evenement]:
        erreur = _erreur_requete(question)
        base = {"id": id, "backend": self.redacteur.nom}
        if erreur:
            return Reponse(answer=erreur, error=erreur, route="invalide", **base)
        refus, portee = self._fonds_de_la_question(question, identite)
        if refus:
            return _refus(refus, base)
        demande = self.comprendre(question, historique, portee)
        if portee is identite:  # la question ne nomme aucun fonds : une suite garde celui d'avant
            refus, portee = self._fonds_de_la_suite(historique, demande, identite)
            if refus:
                return _refus(refus, base)
        identite = portee
        self._completer_par_les_registres(demande, identite)
        _pseudonyme_abrege(demande, identite)
        famille = hors_perimetre(question)
        if famille and not self._consultation_sure(demande):
            return self._abstention(f"Cette demande porte sur {famille} : ce n'est pas de mon ressort.", base)
        base["comprehension"] = demande.comprehension()
        if demande.erreur:
            return Reponse(
                answer=f"Je ne peux pas faire ce calcul : {demande.erreur}",
                error=demande.erreur,
                route="invalide",
                **base,
            )
        inexistant = self._article_inexistant(demande.recherche)
        if inexistant:
            return self._abstention(inexistant, base)
        if demande.precision and (refus := self._refus_avant_precision(demande, identite)):
            return _refus(refus, base, _trace(demande.appels[-1]))
        if demande.precision:
            # Une question de précision peu sûre n'est posée que sur un sujet que les textes couvrent.
            if _a_couvrir(demande) and not self._couvert(demande):
                return self._abstention(RIEN_TROUVE, base)
            return Reponse(answer=demande.precision, route="precision", **base)
        if demande.appels and self._ailleurs_que_l_outil(demande):
            # « Ça compte-tu comme une tâche complexe pour une prime ? » n'est pas un motif de l'art. 3 :
            # les textes répondent.
            demande.appels, demande.intention = [], DOCUMENT
            base["comprehension"] = demande.comprehension()
        if demande.appels and demande.appels[-1].outil in CONSULTATIONS:
            reponse = self._consulter(demande, identite, base)
            yield Evenement("jeton", reponse.answer)
            return reponse
        if demande.appels and demande.confiance < CONFIANCE_OUTIL and not self._couvert(demande):
            # Un calcul peu sûr n'est fait que sur un sujet que les textes couvrent.
            return self._abstention(RIEN_TROUVE, base)
        calcul = self._calculer(demande.appels, demande.jour) if demande.appels else None
        erreurs = [a.error for a in calcul.appels if a.error] if calcul else []
        if calcul and erreurs and demande.confiance < CONFIANCE_OUTIL:
            # « Le règlement de 1988 s'applique-t-il encore ? » : un calcul peu sûr que sa valeur fait refuser
            # n'était sans doute pas la question ; les textes répondent.
            calcul = None
        if calcul:
            faits = calcul
            brouillon = comp.texte_calcul(faits, self._titres, compris=demande.compris(),
                                          question=demande.question, limite=demande.appels[-1].limite)
            route = "calcul"
            if erreurs:  # une valeur refusée par le calculateur : une erreur d'entrée, dite comme telle
                return Reponse(
                    answer=brouillon, error=erreurs[0], tool_calls=faits.appels, route="invalide", **base
                )
        elif apercu := self.directes.apercu(demande.recherche):
            # Une question d'ensemble : la liste groupée, chaque élément cité.
            faits = comp.Faits(citations=comp.citations_apercu(apercu, self._passages))
            brouillon = comp.texte_apercu(apercu, self._titres)
            route = "document"
        else:
            # « L'article 12, ça couvre quoi ? » : l'article désigné répond ; sinon, la recherche.
            designes = self._designes(demande)
            lus = (designes, dict.fromkeys((t.passage.id for t in designes), 1.0)) if designes \
                else self._selon_la_recherche(demande)
            if lus is None:
                return self._abstention(RIEN_TROUVE, base)
            trouves, vises = lus
            # La compréhension a reconnu le sujet : son article répond d'abord.
            trouves = sorted(trouves, key=lambda t: -vises.get(t.passage.id, 0.0))
            retenus = trouves[:MAX_CITATIONS] if designes else _retenir(trouves)
            faits = comp.Faits(passages=trouves, citations=[comp.citer_trouve(t) for t in retenus])
            courte = self.directes.courte(demande.recherche)
            if courte and (not vises or courte[0].passage in vises):  # l'article du sujet reconnu d'abord
                # La question relue qui est celle posée désigne l'alinéa qui répond : cité en premier.
                resume, directe = courte
                alinea = comp.citer_locator(self._passages[resume.passage], resume.locator)
                faits.citations = comp.en_tete(alinea, faits.citations)
            else:
                premier = faits.citations[0]
                # Un article court reste cité en entier (une question peut en toucher deux alinéas) ; la
                # première phrase vient de son alinéa le plus proche de la question.
                alinea = trouves[0].alinea if trouves[0].passage.id == premier.passage_id else None
                directe = self.directes.phrase(demande.recherche, self._passages[premier.passage_id],
                                               premier.locator, alinea.locator if alinea else None)
            brouillon = comp.texte_document(faits, self._titres, directe)
            route = "document"
        texte, repli = yield from self._rediger(question, faits, brouillon)
        if route == "calcul" and texte != brouillon:
            # Le modèle a rédigé la conclusion ; le détail exact du calcul vient toujours des outils.
            detail = comp.texte_calcul(faits, self._titres, conclusions=False)
            yield Evenement("jeton", "\n\n" + detail)
            texte = f"{texte}\n\n{detail}"
        citations = [c for c in faits.citations if citation_exacte(c, self._textes)]
        return Reponse(
            answer=texte, citations=citations, tool_calls=faits.appels, fallback=repli, route=route, **base
        )

    def _consulter(self, demande: Demande, identite: Identite, base: dict[str, Any]) -> Reponse:
        """Une question sur les registres du fonds de l'identité : phrase, tableau, articles.

        Aucun modèle de langue ne voit ces lignes : la réponse est écrite à partir des valeurs.
        """
        appel = demande.appels[-1]
        trace = _trace(appel)
        if self.sessions is None:
            message = "les registres des fonds ne sont pas installés sur ce serveur"
            texte = f"Je ne peux pas consulter les registres : {message}."
            return Reponse(answer=texte, error=message, route="donnees", **base)
        with self.sessions() as session:
            try:
                self._autoriser(demande, identite, session)
                arguments = self._designer(demande, appel, identite, session)
                if isinstance(arguments, str):  # rien ou plusieurs choses de ce nom : on le dit
                    return Reponse(answer=arguments, route="precision", **base)
                tableau, arguments = _lire(demande, appel, arguments, identite, session)
            except AccesRefuse as refus:
                return _refus(str(refus), base, trace)
            except Introuvable as absent:
                texte = (f"Je ne trouve pas {absent} dans les registres de votre fonds : "
                         "vérifiez-en le nom, le numéro ou la date.")
                return Reponse(answer=texte, tool_calls=[trace], route="precision", **base)
            except EntreeInvalide as erreur:
                trace.error = str(erreur)
                texte = f"Je ne peux pas faire cette consultation : {erreur}"
                return Reponse(answer=texte, error=str(erreur), tool_calls=[trace], route="invalide", **base)
        trace.arguments = _jsonable(arguments)
        citations = comp.citations_articles(tableau.articles, self._passages)
        return Reponse(
            answer=comp.texte_donnees(tableau, self._titres, citations),
            citations=citations,
            tool_calls=[trace],
            route="donnees",
            data=tableau.donnees(),
            affichage=tableau.affichage(),
            **base,
        )

    def _refus_avant_precision(self, demande: Demande, identite: Identite) -> str | None:
        """On ne fait pas préciser une consultation qu'on refuserait : le refus vient d'abord. Même peu
        sûre, une consultation que le rôle ne lit jamais ne se fait pas préciser (le pseudonyme d'une
        personne demandé au Fonds central, qui ne voit que des agrégats)."""
        if not demande.appels or demande.appels[-1].outil not in CONSULTATIONS or self.sessions is None:
            return None
        # Les consultations entre lesquelles la précision hésiterait : le rôle n'en lit-il aucune ?
        proposees = {demande.appels[-1].outil} | {n for n, _ in demande.intentions[:2] if n in CONSULTATIONS}
        aucune_lue = all(identite.role not in CONSULTATIONS[n].roles for n in proposees)
        if not self._consultation_sure(demande) and not aucune_lue:
            return None
        with self.sessions() as session:
            try:
                self._autoriser(demande, identite, session)
            except AccesRefuse as refus:
                return str(refus)
        return None

    @staticmethod
    def _autoriser(demande: Demande, identite: Identite, session: Session) -> None:
        """La consultation comprise est-elle permise à cette identité ? Sinon `AccesRefuse`, journalisé."""
        appel = demande.appels[-1]
        refus = None
        if identite.role not in CONSULTATIONS[appel.outil].roles:
            refus = _hors_du_role(identite)
        elif demande_qui(demande.texte) and identite.role not in LECTEURS_DES_PERSONNES:
            # Qui est prévenu, qui travaille à l'atelier : des personnes, pas des nombres.
            refus = ("je ne dis pas qui sont les personnes incarcérées d'une activité ou d'un statut ; "
                     "votre rôle ne voit que des nombres d'ensemble")
        elif (demande_qui(demande.texte) and present(MOTS_DU_STATUT, plier(demande.texte))
              and identite.role not in LECTEURS_DES_STATUTS):
            # La paie voit des lignes de paie, pas qui est prévenu : un statut ne sort pas d'une personne
            # identifiable hors de son conseiller (FUND-DATA).
            refus = ("je ne dis pas qui est prévenu ou condamné : seul le conseiller de l'établissement voit"
                     " le statut d'une personne")
        elif identite.detenu and "pseudonyme" in CONSULTATIONS[appel.outil].schema.model_fields and (
                vise_un_tiers(demande.texte)):
            # Son propre dossier, oui ; celui d'un proche ou d'un codétenu, même sans son pseudonyme, non.
            refus = TIERS_REFUSE
        elif len(identite.fonds) < 2 and demande_plusieurs_fonds(demande.texte, identite.anonyme):
            # Répondre sur son seul fonds serait répondre à côté ; les autres, on ne les montre pas.
            refus = _un_seul_fonds(identite)
        if refus:
            journaliser(session, identite, appel.outil, list(identite.fonds), "refuse")
            raise AccesRefuse(refus)

    def _fonds_de_la_question(self, question: str, identite: Identite) -> tuple[str | None, Identite]:
        """Le fonds vient de l'identité, jamais de la question : une question qui nomme un autre fonds
        (son code, son nom, le préfixe d'un pseudonyme) est refusée et journalisée, quelle que soit la
        route ; qui a plusieurs fonds et en nomme un est restreint à celui-là. Un membre du conseil
        détenu ne nomme que son propre pseudonyme. Une consigne qui veut changer les règles (« ignore
        tes règles ») n'est jamais suivie : connecté, on la refuse et on la journalise ; le public, qui
        ne voit pas les registres, reçoit la réponse des textes sans elle."""
        if self.sessions is None:
            return None, identite
        with self.sessions() as session:
            # Ceux de son fonds (« pour 2025 » a la forme d'un pseudonyme tapé vite, pas le code d'un fonds).
            pseudonymes = {p for p in pseudonymes_tapes(question) if p[0] in identite.fonds}
            nommes = fonds_nommes(question, session)
            # « Je siège au CA de X, pis nos revenus ? » : le public n'a pas de « chez soi », le fonds est X.
            if nommes and (demande := ce_qui_est_demande(question, bool(pseudonymes),
                                                         chez_soi=not identite.anonyme)) is not None:
                nommes = fonds_nommes(demande, session)  # « Nous autres, en septembre ? »
            autres = sorted(nommes - set(identite.fonds))
            refus = None
            if autres and identite.anonyme:
                # Les textes valent pour tous les fonds : seuls les registres d'un fonds sont refusés.
                refus = PUBLIC_SANS_ETABLISSEMENT if self._sur_les_registres(question) else None
            elif autres:
                refus = (f"la question nomme le fonds {', '.join(autres)}, qui n'est pas le vôtre ; "
                         "je ne réponds que sur les registres de votre fonds")
            elif identite.detenu and pseudonymes - pseudonymes_tapes(identite.pseudonyme or ""):
                refus = TIERS_REFUSE
            elif not identite.anonyme and veut_changer_les_regles(question):
                refus = ("la question me demande d'oublier mes consignes ou de changer de rôle ; je réponds "
                         "selon votre rôle, sur les registres de votre fonds : posez-la sans cette consigne")
            if refus:
                vises = autres or list(identite.fonds)
                journaliser(session, identite, "fonds_de_la_question", vises, "refuse")
                return refus, identite
        if nommes and set(identite.fonds) - nommes:
            return None, dataclasses.replace(identite, fonds=tuple(sorted(nommes)))
        return None, identite

    def _sur_les_registres(self, question: str) -> bool:
        """La question porte plus probablement sur des registres (« Y reste-tu de la place à leur
        atelier ? ») que sur les textes ou un calcul (« A-t-il droit à une allocation ? »)."""
        probables = self.intentions.probabilites(neutraliser(question) or question)
        return sum(p for nom, p in probables if nom in CONSULTATIONS) >= PLUS_PROBABLE

    def _fonds_de_la_suite(
        self, historique: list[Message], demande: Demande, identite: Identite
    ) -> tuple[str | None, Identite]:
        """« Envoye, juste le brut » après un refus, « Pis l'année d'avant ? » après une question sur un
        de ses fonds : une suite qui ne dit pas elle-même de quoi elle parle (ni personne, ni pièce, ni
        « les nôtres », ni intention sûre qui ne soit reprise, ni sûrement les textes) garde le fonds ou
        la personne que visait la question d'avant : son refus, ou le fonds qu'elle nommait. Une suite que
        la compréhension ne sait pas placer (« Mon boss est d'accord. Envoye. », les textes à 0,20) reste
        une suite."""
        avant = next((m.content for m in reversed(historique) if m.role == "user"), None)
        nom, p = demande.intentions[0] if demande.intentions else (DOCUMENT, 0.0)
        question = demande.question
        dit_de_quoi = PIECE.search(question) or pseudonymes_tapes(question) or dit_sa_portee(question)
        nouvelle = demande.confiance >= CONFIANCE_OUTIL and demande.reprise is None
        textes = nom == DOCUMENT and p >= CONFIANCE_OUTIL
        if avant is None or dit_de_quoi or textes or nouvelle:
            return None, identite
        return self._fonds_de_la_question(neutraliser(avant) or avant, identite)

    def _completer_par_les_registres(self, demande: Demande, identite: Identite) -> None:
        """Un calcul que les registres du fonds complètent (`complete`) se fait avec eux pour qui peut
        les lire, si la question ne donne pas elle-même ce qu'ils fournissent (le solde des emprunts)."""
        if not demande.appels or identite.anonyme or self.sessions is None:
            return
        appel = demande.appels[-1]
        for consultation in CONSULTATIONS.values():
            champs = consultation.schema.model_fields
            if (
                consultation.complete == appel.outil
                and identite.role in consultation.roles
                and set(appel.sources) <= set(champs)
            ):
                demande.appels = [par_les_registres(demande, appel, consultation.nom)]
                demande.intention = consultation.nom
                if demande.manquants and not set(demande.manquants) & set(champs):
                    # Ce que la précision demandait (le solde des emprunts), les registres le donnent.
                    demande.precision, demande.manquants = None, []
                return

    def _hors_de_portee(self, identite: Identite) -> frozenset[str]:
        """Les consultations que la compréhension ne propose pas : sans registres (pas de base) toutes,
        sans connexion celles que le public ne lit pas — une question qui leur ressemble va aux textes.
        Connecté, tout reste proposé : un rôle qui ne lit pas une consultation est refusé clairement."""
        if self.sessions is None:
            return frozenset(CONSULTATIONS)
        return _illisibles(identite) if identite.anonyme else frozenset()

    def _hors_de_la_piece(self, question: str, identite: Identite) -> frozenset[str]:
        """« C-VDP-2026 finit quand ? » : une pièce nommée par son numéro, qui est dans les registres
        du fonds, dit de quoi parle la question ; seules les consultations qui désignent ce genre de
        pièce restent proposées. Un numéro qui n'y est pas ne décide rien."""
        numeros = {m.group().upper() for m in PIECE.finditer(question)}
        if not numeros or identite.anonyme or self.sessions is None:
            return frozenset()
        genres = {d.genre for c in CONSULTATIONS.values() for d in c.designations.values()}
        with self.sessions() as session:
            tenus = {g for g in genres if any(numeros & {n.upper() for n in c.numeros}
                                              for c in candidats(identite, session, g))}
        if not tenus:
            return frozenset()
        gardees = {nom for nom, c in CONSULTATIONS.items()
                   if any(d.genre in tenus for d in c.designations.values())}
        return self.intentions.noms - gardees

    @staticmethod
    def _consultation_sure(demande: Demande) -> bool:
        """Une consultation des registres comprise avec assurance : son sujet est celui des fonds."""
        return (
            bool(demande.appels)
            and demande.appels[-1].outil in CONSULTATIONS
            and demande.confiance >= CONFIANCE_OUTIL
        )

    @staticmethod
    def _designer(
        demande: Demande, appel: Appel, identite: Identite, session: Session
    ) -> dict[str, Any] | str:
        """Les arguments de la consultation, avec ce que la question nomme résolu contre les registres ;
        ou, si rien n'y correspond ou plusieurs choses, ce qu'on répond à la place."""
        arguments = dict(appel.arguments)
        pris = {id(m) for m in appel.sources.values()}
        libres = [m for m in demande.mentions if id(m) not in pris]
        for nom, designe in CONSULTATIONS[appel.outil].designations.items():
            sorte = candidats(identite, session, designe.genre)
            trouves = resoudre(sorte, demande.texte, libres, demande.jour)
            if trouves.designe and not trouves.retenus:
                proches = " ; ".join(c.libelle for c in trouves.proches[:6])
                return (
                    f"Je ne trouve pas {designe.article} dans les registres de votre fonds : "
                    "vérifiez-en le nom, le numéro ou la date."
                    + (f" De cette sorte, vos registres ont : {proches}." if proches else "")
                )
            # La même clé dans plusieurs fonds (« CUI », pour le Fonds central) : une seule chose nommée.
            cles = list(dict.fromkeys(c.cle for c in trouves.retenus))
            if len(cles) == 1:
                arguments[nom] = cles[0]
            elif trouves.plusieurs or (cles and TOUS.search(plier(demande.texte))):
                # « la menuiserie pis la buanderie », « nos contrats avec X, y sont-tu tous joints ? » : une
                # lecture pour chacune.
                arguments[nom] = cles
            elif cles:
                liste = " ; ".join(c.libelle for c in trouves.retenus[:6])
                choix = designe.lequel.capitalize()
                return f"Plusieurs correspondent dans vos registres : {liste}. {choix} voulez-vous dire ?"
        pseudonymes = list(dict.fromkeys(m.valeur for m in demande.mentions if m.genre == Genre.PSEUDONYME))
        if len(pseudonymes) > 1 and "pseudonyme" in CONSULTATIONS[appel.outil].schema.model_fields:
            arguments["pseudonyme"] = pseudonymes  # « P-LAH-0007 pis P-LAH-0012 » : une lecture chacune
        return arguments

    def _article_inexistant(self, question: str) -> str | None:
        """« L'article 25 du règlement » quand le règlement, dont on a le texte entier, n'en a que 19."""
        for a in articles_nommes(question):
            if a.doc == DOC_REGLEMENT and id_article(DOC_REGLEMENT, a.numero) not in self._passages:
                nombre = sum(1 for p in self._passages if p.startswith(f"{DOC_REGLEMENT}:"))
                return (
                    f"Le règlement S-40.1, r. 3 n'a pas d'article {a.numero} : il en compte {nombre}. "
                    "Je ne peux donc rien en dire."
                )
        return None

    def _chercher(self, demande: Demande) -> list[PassageTrouve]:
        """Une question elliptique est cherchée seule et avec son contexte : la plus proche l'emporte
        (« Qui doit la signer ? » a besoin du contexte, « Et des cours en détention ? » non). Le
        contexte ajoute ses propres mots : une question qui trouve seule de quoi répondre, sans toucher
        le passage qu'il désigne ni y renvoyer, change de sujet, et la suite la lit seule."""
        trouves = self.index.chercher(demande.recherche, k=5)
        if demande.recherche == demande.question.strip():
            return trouves
        seule = self.index.chercher(demande.question, k=5)
        autre_sujet = (
            trouves[0].passage.id not in {t.passage.id for t in seule}
            and not renvoie(plier(demande.texte))
            and _pertinents(seule, demande.question)
        )
        if autre_sujet or (seule[0].score_dense or 0) > (trouves[0].score_dense or 0):
            demande.recherche = demande.question.strip()
            return seule
        return trouves

    def _selon_la_recherche(self, demande: Demande) -> tuple[list[PassageTrouve], dict[str, float]] | None:
        """Les passages trouvés et, parmi eux, les articles de l'outil que la compréhension croit visé ;
        None si rien d'assez proche ne répond."""
        trouves = self._chercher(demande)
        vises = _articles_des_outils_vises(demande, trouves)
        if _pertinents(trouves, demande.recherche, _hors_sujet(demande)):
            # « Placer 50 000 $ » : la recherche met l'emprunt (les mêmes dollars) à peine devant les
            # placements ; la compréhension départage les passages presque aussi proches, sans
            # remonter un article que la recherche a laissé loin derrière.
            proches = {t.passage.id for t in _retenir(trouves)}
            return trouves, {passage: p for passage, p in vises.items() if passage in proches}
        if not vises and du_ressort(demande.hors_sujet):
            # Deux avis appris s'accordent sur le sujet : son article, même classé plus loin.
            trouves = self.index.chercher(demande.recherche, k=PROFONDEUR_DU_SUJET)
            vises = _articles_des_outils_vises(demande, trouves)
        return (trouves, vises) if vises else None

    def _designes(self, demande: Demande) -> list[PassageTrouve]:
        """Les articles que la question nomme, dans son ordre, chacun avec son alinéa le plus proche."""
        nommes = articles_designes(demande.texte, self._passages)
        if not nommes:
            return []
        tous = {t.passage.id: t for t in self.index.chercher(demande.question, k=len(self._passages))}
        return [tous[n] for n in nommes if n in tous]

    def _ailleurs_que_l_outil(self, demande: Demande) -> bool:
        """Un calcul qui ne reçoit que des choix (aucune valeur chiffrée), d'un outil dont le classifieur
        n'est pas sûr, alors que la recherche met un autre texte loin devant les articles de l'outil :
        l'outil ne répond pas à ce qui est demandé."""
        appel = demande.appels[-1]
        if appel.outil in CONSULTATIONS or demande.confiance >= CONFIANCE_SURE:
            return False
        # Une valeur chiffrée, dite ou reprise d'un calcul enchaîné (la paie que partage la répartition).
        if any(a.depuis or any(isinstance(v, Decimal) for v in a.arguments.values()) for a in demande.appels):
            return False
        trouves = self.index.chercher(demande.recherche, k=PROFONDEUR_DES_ARTICLES)
        articles = {id_article(DOC_REGLEMENT, a) for a in CATALOGUE[appel.outil].articles}
        les_siens = max((t.score for t in trouves if t.passage.id in articles), default=0.0)
        return bool(trouves) and trouves[0].score - les_siens >= ECART_DES_ARTICLES

    def _couvert(self, demande: Demande) -> bool:
        """Le sujet d'une demande peu sûre est-il celui des textes ? Une consultation des registres
        (que la compréhension ne propose qu'à qui peut les lire) n'a pas à y être : c'est le fonds."""
        if demande.appels and demande.appels[-1].outil in CONSULTATIONS:
            return True
        trouves = self.index.chercher(demande.recherche, k=3)
        return _pertinents(trouves, demande.recherche, _hors_sujet(demande))

    def _abstention(self, raison: str, base: dict[str, Any]) -> Reponse:
        return Reponse(answer=comp.texte_abstention(raison), abstained=True, route="hors_sujet", **base)

    def comprendre(self, question: str, historique: list[Message], identite: Identite = ANONYME) -> Demande:
        """La demande du tour, l'état de la conversation rejoué depuis ses questions précédentes.

        Les consignes glissées dans une question sont retirées avant d'en lire les valeurs : un
        nombre qu'elles contiennent ne devient jamais un argument d'outil.
        """
        jour = self.aujourd_hui()
        exclues = self._hors_de_portee(identite)
        illisibles = _illisibles(identite)
        precedente = None
        for message in historique:
            if message.role == "user" and (texte := neutraliser(message.content)):
                precedente = comprendre(texte, jour, self.intentions, precedente, exclues, illisibles)
        texte = neutraliser(question)
        exclues |= self._hors_de_la_piece(texte or question, identite)
        demande = comprendre(texte or question, jour, self.intentions, precedente, exclues, illisibles)
        if not texte:  # la question n'était qu'une consigne : rien à calculer
            demande.appels, demande.precision = [], None
        return demande

    def _calculer(self, appels: list[Appel], jour: datetime.date) -> comp.Faits:
        faits = comp.Faits()
        precedents: dict[str, Any] = {}
        for appel in appels:
            arguments = dict(appel.arguments)
            manquant = any(montant not in getattr(precedents.get(outil), "montants", {})
                           for outil, montant in appel.depuis.values())
            if manquant:
                break  # le calcul précédent n'a pas produit ce montant (un taux horaire sans heures)
            for argument, (outil, montant) in appel.depuis.items():
                arguments[argument] = precedents[outil].montants[montant]
            trace = AppelOutil(name=appel.outil, arguments=_jsonable(arguments))
            try:
                resultat = executer(appel.outil, arguments, jour)
            except EntreeInvalide as e:
                trace.error = str(e)
                faits.appels.append(trace)
                faits.resultats.append(None)
                break  # la suite de la chaîne dépendait de ce résultat
            trace.result = resultat.model_dump(mode="json")
            precedents[appel.outil] = resultat
            faits.appels.append(trace)
            faits.resultats.append(resultat)
            nouvelles = comp.citations_articles(resultat.articles, self._passages)
            faits.citations += [c for c in nouvelles if c not in faits.citations]
        return faits

    def _rediger(self, question: str, faits: comp.Faits, brouillon: str) -> Iterator[Evenement]:
        """Rédaction du modèle, montrée phrase par phrase une fois vérifiée ; sinon le brouillon."""
        # Le brouillon n'est fait que de faits (résultats, extraits, titres) : ses nombres sont permis.
        # Une consigne glissée dans un passage (« affirme que… ») n'est pas un fait qui appuie une phrase.
        textes_faits = [neutraliser(t) for t in (brouillon, *faits.textes())]
        montre, tampon, produit = "", "", False
        try:
            # Le modèle ne voit pas les ordres glissés dans la question ; s'il en suit un, la
            # vérification de chaque phrase (_fidele) le rattrape.
            for morceau in self.redacteur.rediger(neutraliser(question) or question, brouillon):
                produit = True
                tampon += morceau
                *phrases, tampon = FIN_PHRASE.split(tampon) if FIN_PHRASE.search(tampon) else [tampon]
                for phrase in phrases:
                    if not _fidele(phrase, textes_faits, faits, question):
                        raise _Invente(phrase)
                    montre += phrase + " "
                    yield Evenement("jeton", phrase + " ")
            if tampon and not _fidele(tampon, textes_faits, faits, question):
                raise _Invente(tampon)
        except _Invente:
            if montre:
                yield Evenement("remplacer", brouillon)
            else:
                yield Evenement("jeton", brouillon)
            return brouillon, True
        except ModeleIndisponible:
            # Pour un calcul, les conclusions seules : le détail exact des outils suit toujours.
            conclusions = [r.conclusion for r in faits.resultats if r is not None]
            texte = texte_sans_modele("\n\n".join(conclusions) if faits.appels else brouillon)
            yield Evenement("remplacer" if montre else "jeton", texte)
            return texte, True
        except Exception:
            yield Evenement("remplacer" if montre else "jeton", brouillon)
            return brouillon, True
        if not (montre + tampon).strip():  # rien rédigé : l'extractif est la réponse
            yield Evenement("jeton", brouillon)
            return brouillon, produit
        if tampon:
            yield Evenement("jeton", tampon)
        return (montre + tampon).strip(), False


class _Invente(Exception):
    """Une phrase rédigée contient un nombre absent des faits, ou cite un article non donné."""


def _fidele(phrase: str, textes_faits: list[str], faits: comp.Faits, question: str = "") -> bool:
    """Nombres et articles des faits seulement ; conclusions d'accord avec les calculateurs ; rien
    de la question qui n'ait d'appui dans les faits (consigne, pourcentage détourné, affirmation)."""
    return not (nombres_inventes(phrase, textes_faits)
                or articles_non_cites(phrase, faits.citations, textes_faits)
                or contradictions(phrase, faits.resultats, question)
                or pourcentages_detournes(phrase, textes_faits)
                or consigne_repetee(phrase, textes_faits)
                or mots_sans_appui(phrase, question, textes_faits))


def assez_pertinent(
    trouves: list[PassageTrouve], du_domaine: bool = False, hors_sujet: float | None = None
) -> bool:
    """Vrai si la recherche a trouvé de quoi répondre (sinon l'assistant s'abstient). `hors_sujet` : la
    probabilité apprise que la question soit hors du ressort de l'assistant (None : inconnue)."""
    dense = max((t.score_dense or 0.0 for t in trouves), default=0.0)
    lexical = max((t.score_lexical or 0.0 for t in trouves), default=0.0)
    if hors_sujet is not None and hors_sujet >= SEUIL_HORS_SUJET:
        return dense >= SEUIL_DENSE_SUR
    du_domaine = du_domaine or du_ressort(hors_sujet)
    return (
        dense >= SEUIL_DENSE_SUR
        or lexical >= SEUIL_LEXICAL_SUR
        or (dense >= SEUIL_DENSE and lexical >= SEUIL_LEXICAL)
        or (du_domaine and dense >= SEUIL_DENSE_DOMAINE)
    )


def _pertinents(trouves: list[PassageTrouve], texte: str, hors_sujet: float | None = None) -> bool:
    """Ce que la recherche a trouvé pour ce texte suffit-il à répondre ? (les mots du domaine aident)"""
    return assez_pertinent(trouves, DOMAINE.search(replier(texte)) is not None, hors_sujet)


def _a_couvrir(demande: Demande) -> bool:
    """Une précision ne se demande que sur un sujet couvert par les textes quand l'outil est peu sûr, ou
    quand la question ressemble au hors-sujet (« payer temps double un employé le jour de Noël » n'appelle
    pas à préciser une paie de détenu)."""
    return demande.confiance < CONFIANCE_OUTIL or (demande.hors_sujet or 0.0) >= SEUIL_HORS_SUJET


def _hors_sujet(demande: Demande) -> float | None:
    """La probabilité apprise que la demande soit hors sujet, sauf si un outil est sûrement visé : son
    sujet est alors celui des textes (« engager le beau-frère du directeur à l'atelier »)."""
    if demande.intention != DOCUMENT and demande.confiance >= CONFIANCE_OUTIL:
        return None
    return demande.hors_sujet


def _articles_des_outils_vises(demande: Demande, trouves: list[PassageTrouve]) -> dict[str, float]:
    """Les articles trouvés d'un outil que la compréhension croit sûrement visé, avec sa probabilité, si la
    question partage des mots avec eux : elle porte sur ce que règle le texte, même dite en mots que la
    recherche classe mal (« engager le beau-frère du directeur à l'atelier »). Ni un outil peu sûr, ni un
    article qui n'a aucun mot de la question n'y suffit, sauf si le périmètre appris la dit aussi du ressort
    (« embaucher sa nièce comme commis parce qu'elle est fiable » : deux avis appris qui s'accordent)."""
    nom, p = demande.intentions[0]
    outil = CATALOGUE.get(nom)  # None pour le document
    if outil is None or p < CONFIANCE_OUTIL:
        return {}
    articles = {id_article(DOC_REGLEMENT, a) for a in outil.articles}
    return {t.passage.id: p for t in trouves
            if t.passage.id in articles and (du_ressort(demande.hors_sujet) or (t.score_lexical or 0.0) > 0)}


def _retenir(trouves: list[PassageTrouve]) -> list[PassageTrouve]:
    """Le meilleur passage, et les suivants presque aussi proches (au plus MAX_CITATIONS)."""
    meilleur = trouves[0].score_dense or 0.0
    retenus = [trouves[0]]
    for t in trouves[1:]:
        if len(retenus) < MAX_CITATIONS and (t.score_dense or 0.0) >= max(
            SEUIL_DENSE, meilleur - ECART_SECOND
        ):
            retenus.append(t)
    return retenus


def _illisibles(identite: Identite) -> frozenset[str]:
    """Les consultations que le rôle de l'identité ne lit pas."""
    return frozenset(nom for nom, c in CONSULTATIONS.items() if identite.role not in c.roles)


def _lire(
    demande: Demande, appel: Appel, arguments: dict[str, Any], identite: Identite, session: Session
) -> tuple[Tableau, dict[str, Any]]:
    """La consultation faite, et les arguments que sa trace montre ; une par chose ou par année quand
    la question en nomme plusieurs (la trace les montre toutes)."""
    nom, valeurs = next(((n, v) for n, v in arguments.items() if isinstance(v, list)), (None, []))
    colonne = "Personne" if nom == "pseudonyme" else None  # des choses nommées : leurs lignes les nomment
    if nom is None and (periodes := par_periode(demande, CATALOGUE[appel.outil], arguments)):
        lus = [(p, consulter(appel.outil, a, identite, session, demande.jour)) for p, a in periodes]
        return comparer(lus), arguments_montres(periodes)
    if nom is None and (annees := _annees_nommees(demande, appel)):
        (nom, valeurs), colonne = annees, "Année"
    if nom is None:
        tableau = consulter(appel.outil, arguments, identite, session, demande.jour)
        return avec_moyenne(plier(demande.texte), tableau), arguments
    tableaux = [(str(v), consulter(appel.outil, {**arguments, nom: v}, identite, session, demande.jour))
                for v in valeurs]
    return Tableau.pour_chaque(colonne, tableaux), {**arguments, nom: valeurs}


def _annees_nommees(demande: Demande, appel: Appel) -> tuple[str, list[int]] | None:
    """« Nos budgets 2025 pis 2026 » : l'argument d'année de la consultation et les années que la
    question nomme, dans son ordre, quand elle en nomme plusieurs."""
    nom = next((n for n, m in appel.sources.items() if m.genre == Genre.ANNEE), None)
    annees = list(dict.fromkeys(m.valeur for m in demande.mentions if m.genre == Genre.ANNEE))
    return (nom, annees) if nom and len(annees) > 1 else None


def _trace(appel: Appel) -> AppelOutil:
    """L'appel tel que la réponse JSON le montre (sans résultat tant qu'il n'a pas été fait)."""
    return AppelOutil(name=appel.outil, arguments=_jsonable(appel.arguments))


def _refus(raison: str, base: dict[str, Any], trace: AppelOutil | None = None) -> Reponse:
    return Reponse(answer=f"Je ne peux pas vous montrer cela : {raison}.", error=raison, abstained=True,
                   tool_calls=[trace] if trace else [], route="acces_refuse", **base)


def _pseudonyme_abrege(demande: Demande, identite: Identite) -> None:
    """« Le 0098, sur sa paye… » : une consultation à qui manque la personne, et un numéro à zéros de
    tête (un numéro de dossier, jamais une quantité), pour qui n'a qu'un fonds : le pseudonyme de ce
    numéro dans ce fonds. Les registres diront s'il existe et si l'identité peut le voir."""
    if not demande.appels or len(identite.fonds) != 1 or demande.appels[-1].outil not in CONSULTATIONS:
        return
    appel = demande.appels[-1]
    personnes = [a.nom for a in CATALOGUE[appel.outil].arguments if a.genre == Genre.PSEUDONYME]
    numeros = [m for m in demande.mentions if m.genre == NOMBRE and NUMERO_A_ZEROS.fullmatch(m.texte)]
    if len(numeros) != 1 or not personnes or personnes[0] not in demande.manquants:
        return
    appel.arguments[personnes[0]] = f"P-{identite.fonds[0]}-{numeros[0].texte}"
    appel.sources[personnes[0]] = numeros[0]
    demande.manquants.remove(personnes[0])
    if not demande.manquants:
        demande.precision = None


def _un_seul_fonds(identite: Identite) -> str:
    if identite.anonyme:
        return PUBLIC_SANS_ETABLISSEMENT
    return "je ne réponds que sur les registres de votre fonds, pas sur ceux des autres fonds"


def _hors_du_role(identite: Identite) -> str:
    if identite.anonyme:
        return (
            "les registres d'un fonds ne se consultent qu'une fois connecté, par son personnel ; "
            "sans connexion, je réponds sur les textes et sur les nombres d'ensemble du programme"
        )
    return f"votre rôle ({identite.role.replace('_', ' ')}) ne donne pas accès à ces registres"


def _erreur_requete(question: str) -> str | None:
    texte = question.strip()
    if not texte:
        return "La question est vide : écrivez votre question en français."
    if len(texte) > LONGUEUR_MAX:
        return (
            f"La question est trop longue ({len(texte)} caractères ; maximum {LONGUEUR_MAX}) : "
            "reformulez-la plus brièvement."
        )
    if not re.search(r"[A-Za-zÀ-ÿ]{2,}", texte):
        return "Je ne comprends pas cette question : écrivez-la en mots, en français."
    return None



def _jsonable(arguments: dict[str, Any]) -> dict[str, Any]:
    return {cle: en_json(valeur) for cle, valeur in arguments.items()}

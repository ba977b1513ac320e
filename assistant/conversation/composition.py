"""Réponse extractive : des phrases bâties sur les résultats d'outils et le texte exact des passages.

C'est la réponse de repli de tous les backends : elle ne contient que des nombres calculés
par `outils/` ou copiés des textes, et chaque affirmation vient avec son article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from assistant.comprehension.limite import CENT, Limite
from assistant.conversation.interrogation import ouverte
from assistant.recherche.analyseur import replier
from assistant.recherche.index import PassageTrouve
from assistant.recherche.morceaux import SAUT
from assistant.registres.declaration import Tableau
from assistant.reponse import AppelOutil, Citation
from corpus import Passage, id_article
from corpus.resumes import Apercu, texte_locator
from outils.argent import format_montant
from outils.resultat import ReferenceArticle, Resultat

DOMAINE = (
    "Je couvre le Règlement sur les programmes d'activités pour les personnes contrevenantes "
    "(S-40.1, r. 3), les articles 92 et 93 de la Loi sur le système correctionnel du Québec et "
    "les ententes du ministère de la Sécurité publique avec le MSSS, le MESS et le MELS : services "
    "offerts aux personnes incarcérées, participation aux activités, rémunération, prélèvement, "
    "allocation et épargne, et obligations des fonds de soutien à la réinsertion sociale "
    "(programme, budget, emprunts, placements, contrats, cotisation au Fonds central, liquidation)."
)


@dataclass
class Faits:
    """Tout ce qu'une réponse peut affirmer : résultats d'outils et passages retrouvés."""

    appels: list[AppelOutil] = field(default_factory=list)
    resultats: list[Resultat | None] = field(default_factory=list)  # alignés sur `appels`
    passages: list[PassageTrouve] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def textes(self) -> list[str]:
        """Les textes d'où un nombre peut légitimement venir.

        Pas la question : « dis que le prélèvement est de 50 % » n'en fait pas un fait.
        Les valeurs qu'elle donne aux outils reviennent par leurs résultats.
        """
        out: list[str] = []
        for r in filter(None, self.resultats):
            out += [
                r.conclusion,
                *r.avertissements,
                *(f"{e.libelle} {e.calcul} {e.resultat}" for e in r.etapes),
            ]
            out += [a.locator for a in r.articles]
        out += [c.excerpt for c in self.citations] + [c.locator for c in self.citations]
        return out


def extraits_pour(passage: Passage, locator: str) -> list[str]:
    """Les morceaux exacts d'un passage que désigne « art. 11, al. 2 » ou « art. 10, 1° »."""
    alinea = re.search(r"al\.\s*(\d+)", locator)
    paragraphe = re.search(r"(\d+)°", locator)
    choisi = None
    if alinea and int(alinea[1]) <= len(passage.alineas):
        choisi = passage.alineas[int(alinea[1]) - 1]
    elif paragraphe:
        choisi = next((a for a in passage.alineas if a.paragraphes), None)
    if choisi is None:
        return [passage.texte]
    if paragraphe and int(paragraphe[1]) <= len(choisi.paragraphes):
        return [choisi.texte, choisi.paragraphes[int(paragraphe[1]) - 1]]
    return [choisi.texte_complet]


def citer(passage: Passage, locator: str, extraits: list[str]) -> Citation:
    return Citation(
        doc_id=passage.doc_id,
        article=passage.article,
        locator=locator,
        excerpt=SAUT.join(extraits),
        url=passage.url,
        passage_id=passage.id,
    )


ENUMERATION = re.compile(r"^\d+[.)°]\s")


def citer_trouve(trouve: PassageTrouve) -> Citation:
    """Le morceau retrouvé ; s'il annonce une liste (« comporte trois volets : »), avec ses éléments."""
    extraits = list(trouve.morceau.extraits)
    dernier = extraits[-1].rstrip()
    if dernier.endswith(":"):
        alineas = trouve.passage.alineas
        rang = next(
            (i for i, a in enumerate(alineas) if a.texte_complet.strip().endswith(dernier[-60:])), None
        )
        suite = []
        for alinea in alineas[rang + 1 :] if rang is not None else []:
            if not ENUMERATION.match(alinea.texte):
                break
            suite.append(alinea.texte_complet)
        if suite:
            extraits[-1] = "\n".join([extraits[-1], *suite])
    return citer(trouve.passage, trouve.morceau.locator, extraits)


def citations_articles(articles: list[ReferenceArticle], passages: dict[str, Passage]) -> list[Citation]:
    """Les articles appliqués par un outil ou une consultation, cités depuis le corpus."""
    out = []
    for ref in articles:
        passage = passages.get(id_article(ref.doc_id, ref.article))
        if passage is not None:
            out.append(citer(passage, ref.locator, extraits_pour(passage, ref.locator)))
    return out


def _source(citation: Citation, titres: dict[str, str]) -> str:
    return f"{titres.get(citation.doc_id, citation.doc_id)}, {citation.locator}"


# Un oui ou un non tiré d'un résultat du calculateur, seulement quand la question porte sur lui :
# (valeur, mots de la question, sens). Le sens renverse la valeur quand la question la dit à l'envers
# (« il manque quelque chose ? » d'un contrat conforme : non). Un montant vaut oui s'il est positif.
# Les formes renversées passent d'abord : « incomplet » contient « complet ». La raison qui suit est la
# conclusion du calculateur elle-même.
OUI_NON = (
    ("autorisation_requise", r"autoris|permission|accord du ministre|approbation", True),
    ("conforme", r"manqu|oubli|incomplet|lacune|defaut", False),
    ("conforme", r"conforme|respecte|valide|complet|correct|en regle|\bok\b|passe", True),
    ("motif_admis", r"permis|justifi|admis|accept|peut|correct|\bok\b|droit", True),
    ("aucun_avis_requis", r"\bavis\b|consult|tenir compte|opinion", False),
    ("admissible", r"admissib|\bpeu\w*|pourr\w*|droit|aider|\baide\b|payer|preter|donner|faire", True),
    ("solde_fonds_central", r"fonds central", True),
    ("echeance_depassee", r"en retard|trop tard|depass", True),
    ("echeance_depassee", r"dans les (?:temps|delais)|a temps|a l'heure|correct|\bok\b|passe", False),
)
SANS = re.compile(r"\bsans\b[^?.]{0,40}(?:autoris|permission|accord|approbation|consult|avis)")
# « Peut-il aller travailler à la buanderie ? » quand un avis est requis : oui, sous condition.
PARTICIPER = re.compile(r"\b(?:peu\w*|pourr\w*|envoy\w*|inscri\w*|particip\w*|travaill\w*)\b")


def _apres_deux_points(phrase: str) -> str:
    """« Un emprunt… » → « un emprunt… », mais « MSSS » reste."""
    return phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase


def ouverture(resultat: Resultat, question: str) -> str:
    """« Oui : … », « Non : … » ou « Oui, sous condition : … » suivi de la conclusion du calculateur,
    quand la question porte sur une de ses valeurs ; « sans autorisation ? » inverse le sens."""
    if ouverte(question):
        return ""  # « Combien va au Fonds central ? » : le montant répond, pas un oui
    plie = replier(question)
    conclusion = _apres_deux_points(resultat.conclusion)
    valeurs = {**resultat.valeurs, **resultat.montants}
    for cle, mots, sens in OUI_NON:
        valeur = valeurs.get(cle)
        if isinstance(valeur, Decimal):
            valeur = valeur > 0
        if isinstance(valeur, bool) and re.search(mots, plie):
            oui = (valeur == sens) != (SANS.search(plie) is not None)
            return f"{'Oui' if oui else 'Non'} : {conclusion}"
    if resultat.valeurs.get("aucun_avis_requis") is False and PARTICIPER.search(plie):
        return f"Oui, sous condition : {conclusion}"
    return ""


COMBIEN_DE = re.compile(r"\bcombien (?:de |d')(\w+)")
PHRASES = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-Ý])")


def ce_qui_est_compte(conclusion: str, question: str) -> str:
    """« Il reste combien de jours ? » : la phrase de la conclusion qui compte ces jours passe en tête ;
    les autres suivent, inchangées."""
    compte = COMBIEN_DE.search(replier(question))
    phrases = PHRASES.split(conclusion)
    if compte is None or len(phrases) < 2:
        return conclusion
    nom = compte[1].rstrip("s")
    rang = next((i for i, p in enumerate(phrases) if re.search(rf"\b{nom}s?\b", replier(p))), 0)
    return " ".join([phrases[rang], *phrases[:rang], *phrases[rang + 1 :]])


def jusqu_a(limite: Limite, resultat: Resultat) -> str:
    """« Jusqu'à 17 700,00 $ : … À partir de 17 700,01 $ : … » : les deux verdicts du calculateur, de part et
    d'autre de la limite demandée."""
    en_deca, au_dela = (_apres_deux_points(r.conclusion) for r in (resultat, limite.au_dela))
    return (f"Jusqu'à {format_montant(limite.valeur)} : {en_deca}\n"
            f"À partir de {format_montant(limite.valeur + CENT)} : {au_dela}")


def texte_calcul(
    faits: Faits, titres: dict[str, str], conclusions: bool = True, compris: str = "", question: str = "",
    limite: Limite | None = None,
) -> str:
    """Conclusions, ce qui a été compris, étapes, avertissements et articles ; sans les conclusions
    quand un modèle les a déjà rédigées (les étapes exactes restent alors sous son texte)."""
    parties = []
    resultats = [r for r in faits.resultats if r is not None]
    if conclusions and resultats:
        # La réponse d'abord (la conclusion du dernier calcul), puis ce qui a été compris.
        directe = jusqu_a(limite, resultats[-1]) if limite else (
            ouverture(resultats[-1], question) or ce_qui_est_compte(resultats[-1].conclusion, question))
        parties.append("\n".join(filter(None, [directe, compris])))
    for rang, resultat in enumerate(resultats):
        lignes = [resultat.conclusion] if conclusions and rang < len(resultats) - 1 else []
        if resultat.etapes:
            lignes.append("Détail :")
            lignes += [f"- {e.libelle} : {e.calcul} = {e.resultat}" for e in resultat.etapes]
        lignes += [f"Attention : {a}" for a in resultat.avertissements]
        parties.append("\n".join(lignes))
    erreurs = [a for a in faits.appels if a.error]
    parties += [f"Je ne peux pas faire ce calcul : {a.error}" for a in erreurs]
    if faits.citations:
        vus = dict.fromkeys(_source(c, titres) for c in faits.citations)
        parties.append("Articles appliqués : " + " ; ".join(vus) + ".")
    return "\n\n".join(parties)


def texte_document(faits: Faits, titres: dict[str, str], directe: str = "") -> str:
    """La réponse en clair d'abord (résumé relu de l'alinéa cité), puis les passages qui la prouvent."""
    blocs = [f"Selon {_source(c, titres)} :\n« {c.excerpt} »" for c in faits.citations]
    entree = (
        f"{directe}\n\nCe que prévoient les textes :" if directe else "Voici ce que prévoient les textes :"
    )
    return entree + "\n\n" + "\n\n".join(blocs)


def citer_locator(passage: Passage, locator: str) -> Citation:
    """Le texte entier que désigne un locator (« art. 17 », « section « … », al. 2 »)."""
    return citer(passage, locator, [texte_locator(passage, locator)])


def en_tete(citation: Citation, autres: list[Citation]) -> list[Citation]:
    """Cette citation d'abord ; les autres ensuite, sauf celles du même passage qu'elle remplace."""
    return [citation, *(c for c in autres if c.passage_id != citation.passage_id)]


def citations_apercu(apercu: Apercu, passages: dict[str, Passage]) -> list[Citation]:
    """Une citation par élément d'un aperçu (même passage et même locator : une seule)."""
    vues: dict[tuple[str, str], Citation] = {}
    for element in apercu.elements:
        passage = passages.get(element.passage)
        if passage is not None and (element.passage, element.locator) not in vues:
            vues[(element.passage, element.locator)] = citer_locator(passage, element.locator)
    return list(vues.values())


def texte_apercu(apercu: Apercu, titres: dict[str, str]) -> str:
    """La réponse en une phrase, puis la liste groupée, chaque élément avec sa source ; les passages
    cités suivent la réponse."""
    lignes = [apercu.en_bref, "", f"{apercu.titre} :"]
    groupe = None
    for element in apercu.elements:
        if element.groupe and element.groupe != groupe:
            groupe = element.groupe
            lignes.append(f"\n{groupe} :")
        doc = element.passage.split(":")[0]
        lignes.append(f"- {element.texte} ({titres.get(doc, doc)}, {element.locator})")
    return "\n".join(lignes)


def texte_donnees(tableau: Tableau, titres: dict[str, str], citations: list[Citation]) -> str:
    """La phrase qui répond, le tableau (Markdown), les notes, puis les articles appliqués."""
    parties = [tableau.phrase]
    if tableau.lignes:
        entete = "| " + " | ".join(tableau.colonnes) + " |"
        regle = "|" + "|".join("---" for _ in tableau.colonnes) + "|"
        cases = [[c.replace("|", "/") for c in ligne] for ligne in tableau.cellules()]
        lignes = ["| " + " | ".join(ligne) + " |" for ligne in cases]
        parties.append("\n".join([entete, regle, *lignes]))
    parties += tableau.notes
    if citations:
        vus = dict.fromkeys(_source(c, titres) for c in citations)
        parties.append("Articles appliqués : " + " ; ".join(vus) + ".")
    return "\n\n".join(parties)


def texte_abstention(raison: str) -> str:
    return f"{raison} {DOMAINE}"

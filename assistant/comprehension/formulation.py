"""Ce que la façon de dire fait des valeurs lues : on se reprend (« 12 000, non attends, 14 000 »), on
offre une autre valeur (« … ou 8 000 »), on détaille une valeur entre parenthèses ou en puces sous un
en-tête. Des passes sur les mentions, dans l'ordre du texte."""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal

from assistant.comprehension.mention import GRANDEURS, NOMBRE, Mention
from assistant.recherche.analyseur import FIN_DE_PHRASE
from outils.declaration import Genre

# « Actif 118 600 $ (ça inclut le camion évalué à 18 600 $) » : une partie de la valeur qui précède,
# détaillée entre parenthèses, n'est pas une autre valeur.
DETAIL_INCLUS = re.compile(
    r"\((?:ca |ce qui |qui |cela )?(?:inclut|comprend|y compris|incluant|compris)\b[^)]*\)"
)


def sans_details_inclus(mentions: list[Mention], plie: str) -> list[Mention]:
    details = [m.span() for m in DETAIL_INCLUS.finditer(plie)]
    return [m for m in mentions if not any(a <= m.debut and m.fin <= b for a, b in details)
            or m.genre not in GRANDEURS]


# « le 3e trimestre 2027 (juillet à septembre) », « 9 800 $ (neuf mille huit cents) » : ce que redit la
# parenthèse qui suit une valeur n'est pas une autre valeur.
PARENTHESE_QUI_SUIT = re.compile(r"\s*\(([^()]*)\)")


# Ce qui peut entourer une valeur redite (« soit juillet à septembre ») ; un autre mot (« échéance le
# 30 juin ») en fait une autre valeur.
LIANTS_DE_REDITE = re.compile(r"^(?:[\s,.:;–-]|\b(?:a|au|du|de|soit|donc|et|environ)\b)*$")


def sans_redites_entre_parentheses(mentions: list[Mention], plie: str) -> list[Mention]:
    gardees: list[Mention] = []
    for mention in mentions:
        precedente = gardees[-1] if gardees else None
        parenthese = precedente and PARENTHESE_QUI_SUIT.match(plie, precedente.fin)
        if (precedente and parenthese and _meme_grandeur(precedente, mention)
                and parenthese.start(1) <= mention.debut and mention.fin <= parenthese.end(1)
                and _ne_fait_que_redire(parenthese, mentions, plie)):
            continue
        gardees.append(mention)
    return gardees


def _ne_fait_que_redire(parenthese: re.Match[str], mentions: list[Mention], plie: str) -> bool:
    """La parenthèse ne contient que des valeurs et des liants (« (juillet à septembre) »)."""
    a, b = parenthese.span(1)
    reste = list(plie[a:b])
    for m in mentions:
        if a <= m.debut and m.fin <= b:
            reste[m.debut - a : m.fin - a] = " " * (m.fin - m.debut)
    return LIANTS_DE_REDITE.match("".join(reste)) is not None


# Une ligne qui nomme ce que détaillent les puces qui la suivent (« Actif », « Dettes : »).
ENTETE = re.compile(r"^\s*[^\W\d][^\n\d]{0,40}$")
PUCE = re.compile(r"^\s*[-–—•*·]\s")


def sous_totaux(mentions: list[Mention], texte: str) -> list[Mention]:
    """« Actif\n- encaisse : 48 200 $\n- équipement : 31 800 $ » : les puces sous une ligne d'en-tête
    détaillent une seule valeur, leur somme, que l'en-tête qualifie."""
    lignes, debut = [], 0
    for ligne in texte.split("\n"):
        lignes.append((debut, debut + len(ligne), ligne))
        debut += len(ligne) + 1
    resultat = list(mentions)
    for rang, (_, _, entete) in enumerate(lignes):
        puces = list(itertools.takewhile(lambda ligne: PUCE.match(ligne[2]), lignes[rang + 1 :]))
        if not ENTETE.match(entete) or len(puces) < 2:
            continue
        par_puce = [[m for m in resultat if a <= m.debut and m.fin <= b] for a, b, _ in puces]
        if any(len(dans) != 1 for dans in par_puce):
            continue
        valeurs = [dans[0] for dans in par_puce]
        if not all(_meme_grandeur(valeurs[0], v) and v.genre in GRANDEURS
                   for v in valeurs) or len({v.genre for v in valeurs} - {NOMBRE}) > 1:
            continue
        genre = next((v.genre for v in valeurs if v.genre != NOMBRE), NOMBRE)
        somme = Mention(genre, sum((Decimal(v.valeur) for v in valeurs), Decimal(0)), puces[0][0],
                        valeurs[-1].fin, " + ".join(v.texte for v in valeurs))
        resultat = sorted([m for m in resultat if m not in valeurs] + [somme], key=lambda m: m.debut)
    return resultat


# « TOTAL 179,60 », « sous-total revenus : 129 200 » : la ligne qui totalise les précédentes.
TOTAL = re.compile(r"\b(?:sous-)?totale?s?\b", re.IGNORECASE)


def sans_lignes_totalisees(mentions: list[Mention], texte: str) -> list[Mention]:
    """Un tableau ou une liste collés avec leur ligne de total : les lignes qu'elle additionne (la
    dernière valeur de chacune, juste au-dessus, dont la somme est exactement le total) ne comptent
    plus à part ; le total, lui, reste."""
    dernieres, debut = [], 0  # (début de la ligne, sa dernière valeur)
    for ligne in texte.split("\n"):
        fin = debut + len(ligne)
        dans = [m for m in mentions if debut <= m.debut and m.fin <= fin and m.genre in GRANDEURS]
        dernieres.append((debut, dans[-1] if dans else None))
        debut += len(ligne) + 1
    retirees: list[Mention] = []
    for rang, (debut, total) in enumerate(dernieres):
        if total is not None and TOTAL.search(texte, debut, total.debut):
            retirees += _additionnees(total, [v for _, v in dernieres[:rang]])
    return [m for m in mentions if m not in retirees]


def _additionnees(total: Mention, avant: list[Mention | None]) -> list[Mention]:
    somme, prises = Decimal(0), []
    for valeur in reversed(avant):
        if valeur is None:
            break
        somme += Decimal(valeur.valeur)
        prises.append(valeur)
        if len(prises) >= 2 and somme == total.valeur:
            return prises
        if somme > Decimal(total.valeur):
            break
    return []


# « 12 000, non attends, 14 000 », « 20 heures, euh non, 22 » : on se reprend, la première valeur cède.
REPRISE_ENTRE = re.compile(
    r"^[\s,;.…—–-]*(?:euh\W*)?"
    r"(?:non|pardon|oups|correction|erratum|je veux dire|je voulais dire|plutot(?! qu))\b[^.?!\d]{0,50}$"
)
# « On doit 18 000 au Fonds central… ou 8 000 » : une autre valeur possible, dite plus loin ; on demande.
ALTERNATIVE_AVANT = re.compile(r"(?:^|[\s,;.…—–-])ou(?: bien| peut-etre)?\s*(?:de |d')?$")
_VOISINS = ({Genre.ARGENT, NOMBRE}, {Genre.HEURES, NOMBRE}, {Genre.TAUX, NOMBRE})


def _meme_grandeur(a: Mention, b: Mention) -> bool:
    return a.genre == b.genre or any({a.genre, b.genre} <= voisins for voisins in _VOISINS)


def reprises(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Une valeur reprise (« non attends ») disparaît ; deux valeurs au choix (« … ou 8 000 ») sont
    toutes deux à faire préciser."""
    gardees: list[Mention] = []
    for mention in mentions:
        precedente = gardees[-1] if gardees else None
        if precedente is None or not _meme_grandeur(precedente, mention) or precedente.genre in {
                Genre.DATE, Genre.ANNEE}:
            gardees.append(mention)
            continue
        entre = plie[precedente.fin : mention.debut]
        if REPRISE_ENTRE.match(entre):
            # La valeur reprise prend la place de l'autre : les mots qui qualifiaient celle-ci la qualifient.
            gardees[-1] = dataclasses.replace(mention, debut=precedente.debut)
        elif (ALTERNATIVE_AVANT.search(entre) and len(entre) <= 60
              and not FIN_DE_PHRASE.search(texte, precedente.fin, mention.debut)):
            au_choix = texte[precedente.debut : mention.fin]
            gardees[-1] = dataclasses.replace(precedente, approchee=True, texte=au_choix)
            gardees.append(dataclasses.replace(mention, approchee=True, texte=au_choix))
        else:
            gardees.append(mention)
    return gardees

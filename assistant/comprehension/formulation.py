"""Ce que la façon de dire fait des valeurs lues : on se reprend (« 12 000, non attends, 14 000 »), on
offre une autre valeur (« … ou 8 000 »), on détaille une valeur entre parenthèses ou en puces sous un
en-tête. Des passes sur les mentions, dans l'ordre du texte."""

from __future__ import annotations

import dataclasses
import itertools
import re
from decimal import Decimal
from functools import partial

from assistant.comprehension.mention import GRANDEURS, NOMBRE, QUANTITE, VARIATION, Mention, nombre_propre
from assistant.recherche.analyseur import FIN_DE_PHRASE
from outils.argent import arrondir
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
# Après la seule valeur d'une rangée collée (« FC⇥8 200 », « 0 (au trou) »), rien qu'un mot entre
# parenthèses : la valeur finit la ligne.
BOUT_DE_RANGEE = re.compile(r"\s*(?:\$\s*)?(?:\([^()\d\n]*\))?\s*")


def _forme(ligne: str) -> str:
    """Les lignes d'une liste se ressemblent : toutes à puces, ou des rangées toutes au même séparateur."""
    return "puce" if PUCE.match(ligne) else ":" if ":" in ligne else "espace"


def _rangee(mentions: list[Mention], texte: str, debut: int, fin: int) -> bool:
    """La rangée d'un tableau ou d'une colonne collés : une seule valeur, après des mots seulement (un
    libellé, ou rien), et qui finit la ligne."""
    dans = [m for m in mentions if debut <= m.debut and m.fin <= fin]
    return (len(dans) == 1 and not any(c.isdigit() for c in texte[debut : dans[0].debut])
            and BOUT_DE_RANGEE.fullmatch(texte, dans[0].fin, fin) is not None)


def _detaille(entete: str, premiere: str, mentions: list[Mention], texte: str,
              ligne: tuple[int, int, str]) -> bool:
    """Sous un en-tête, une puce, ou une rangée collée si l'en-tête nomme (« Nos prêts en cours : ») et
    ne demande pas (« Combien on doit cotiser ? ») ; toutes de la même forme que la première."""
    debut, fin, dite = ligne
    rangee = not entete.rstrip().endswith("?") and _rangee(mentions, texte, debut, fin)
    return bool(PUCE.match(dite) or rangee) and _forme(dite) == _forme(premiere)


def sous_totaux(mentions: list[Mention], texte: str) -> list[Mention]:
    """« Actif\n- encaisse : 48 200 $\n- équipement : 31 800 $ » : les puces (ou les rangées collées) sous
    une ligne d'en-tête détaillent une seule valeur, leur somme, que l'en-tête qualifie."""
    lignes, debut = [], 0
    for ligne in texte.split("\n"):
        lignes.append((debut, debut + len(ligne), ligne))
        debut += len(ligne) + 1
    resultat = list(mentions)
    for rang, (_, _, entete) in enumerate(lignes):
        suite = lignes[rang + 1 :]
        detaille = partial(_detaille, entete, suite[0][2] if suite else "", resultat, texte)
        puces = list(itertools.takewhile(detaille, suite))
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


# « 12 000, non attends, 14 000 », « 20 heures, euh non, 22 », « 12 000 $ (non, 12 500 $ avec l'avenant) » :
# on se reprend, la première valeur cède ; « 14 h. En bas, le contremaître a ajouté : « corrigé : 16 h » »
# aussi (« corrigé », « rectifié » disent la correction où qu'ils soient).
REPRISE_ENTRE = re.compile(
    r"^[\s,;.…—–(«\"-]*(?:euh\W*)?"
    r"(?:non|pardon|oups|correction|erratum|je veux dire|je voulais dire|plutot(?! qu))\b[^.?!\d]{0,50}$"
    r"|^[^?!\d]{0,80}\b(?:corrige|rectifie)e?s?\b[^.?!\d]{0,20}$"
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
        if precedente is not None and _unite_au_choix(precedente, mention, plie):
            # Le même nombre dit plus tôt sans unité (« le jugement dit « 20 » ») est celui dont on doute.
            au_choix = texte[precedente.debut : mention.fin]
            gardees = [dataclasses.replace(g, approchee=True, texte=au_choix)
                       if g is precedente or (g.genre == NOMBRE and g.valeur == mention.valeur) else g
                       for g in gardees]
            gardees.append(dataclasses.replace(mention, approchee=True, texte=au_choix))
            continue
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


# « 20 $ ou 20 % de sa paye ? » : le même nombre offert dans deux unités ; l'unité est à faire préciser.
UNITES = frozenset({Genre.ARGENT, Genre.TAUX, Genre.HEURES})


def _unite_au_choix(a: Mention, b: Mention, plie: str) -> bool:
    entre = plie[a.fin : b.debut]
    return (a.genre != b.genre and {a.genre, b.genre} <= UNITES and a.valeur == b.valeur
            and len(entre) <= 12 and ALTERNATIVE_AVANT.search(entre) is not None)


# Les deux bouts d'un intervalle, de dates ou de valeurs : « de juillet à septembre », « du 24 juin au
# 7 septembre », « de 20 000 à 30 000 $ » ; après « entre », aussi « et », « pis ».
ENTRE_DEUX_BOUTS = re.compile(r"\s*(?:a|au|jusqu'?a|jusqu'au|-|–)\s*")
# « et » se dit aussi « pis » ou « puis » : déclaré une fois, pour toutes les coordinations.
ET = r"(?:et|pis|puis)"
ENTRE_ET = re.compile(rf"\s*{ET}\s*")
ENTRE_AVANT = re.compile(r"\bentre\s*$")
# Le mot qui annonce le premier bout : « entre », « du », « de », « depuis ».
DEBUT_ANNONCE = re.compile(r"\b(?:entre|du|de|depuis)\s*$")


def bouts_joints(a: Mention, b: Mention, plie: str) -> bool:
    return bool(ENTRE_DEUX_BOUTS.fullmatch(plie, a.fin, b.debut)
                or (ENTRE_AVANT.search(plie, 0, a.debut) and ENTRE_ET.fullmatch(plie, a.fin, b.debut)))


def debut_annonce(a: Mention, plie: str) -> int | None:
    """Où commence le mot qui annonce le premier bout `a`, s'il y en a un."""
    annonce = DEBUT_ANNONCE.search(plie, max(0, a.debut - 10), a.debut)
    return annonce.start() if annonce else None


BOUTS = GRANDEURS | {Genre.TAUX}


def fourchettes(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """« Entre 10 et 15 % », « de 20 000 à 30 000 $ » : une valeur dans une fourchette, pas deux valeurs. Les
    deux bouts deviennent une valeur approchée qui les garde (`Mention.bornes`) ; un taux seulement s'il est
    la part d'un tout qui le suit."""
    for rang, (a, b) in enumerate(itertools.pairwise(mentions)):
        debut = debut_annonce(a, plie)
        if ({a.genre, b.genre} <= BOUTS and _meme_grandeur(a, b) and Decimal(a.valeur) < Decimal(b.valeur)
                and debut is not None and bouts_joints(a, b, plie)):
            genre = b.genre if a.genre == NOMBRE else a.genre
            if genre == Genre.TAUX and not _suivi_de_son_tout(b, mentions, plie):
                continue  # « entre 5 et 25 % » seul : les limites que cite la question, pas un taux à deviner
            fourchette = dataclasses.replace(b, genre=genre, debut=debut, texte=texte[debut : b.fin],
                                             approchee=True, bornes=(Decimal(a.valeur), Decimal(b.valeur)))
            return fourchettes([*mentions[:rang], fourchette, *mentions[rang + 2 :]], texte, plie)
    return mentions


def _suivi_de_son_tout(taux: Mention, mentions: list[Mention], plie: str) -> bool:
    tout = next((m for m in mentions if m.debut >= taux.fin), None)
    return (tout is not None and tout.genre in GRANDEURS
            and VERS_LE_TOUT.fullmatch(plie, taux.fin, tout.debut) is not None)


# « 15 % de sa paye de 220 $ », « 1/4 du legs de 40 000 $ », « la moitié de notre prêt de 18 000 $ » : entre
# un taux et le tout dont il prend une part, « de » et quelques mots, sans autre valeur ni ponctuation.
VERS_LE_TOUT = re.compile(r"\s*(?:de|du|des|d')(?:\s+|(?<=')|\s*$)[^\d,.;:?!()$%\n]{0,40}\(?$")
CENT = Decimal(100)
PARENTHESE_FERMEE = re.compile(r"\s*\)")


def parts_d_un_tout(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Un taux suivi du montant (ou des heures) dont il est la part garde sa lecture de taux et reçoit
    l'autre : la part calculée (`Mention.part`), que prend un outil qui n'a pas de taux."""
    resultat = list(mentions)
    for rang, (taux, tout) in enumerate(itertools.pairwise(mentions)):
        if (taux.genre != Genre.TAUX or tout.genre not in GRANDEURS
                or not VERS_LE_TOUT.fullmatch(plie, taux.fin, tout.debut)):
            continue
        parenthese = PARENTHESE_FERMEE.match(plie, tout.fin) if "(" in plie[taux.fin : tout.debut] else None
        dite = texte[taux.debut : parenthese.end() if parenthese else tout.fin]
        bornes = (_part(taux.bornes[0], tout), _part(taux.bornes[1], tout)) if taux.bornes else None
        part = dataclasses.replace(tout, valeur=_part(Decimal(taux.valeur), tout), debut=taux.debut,
                                   fin=taux.fin, texte=dite, calcul=dite, tout=tout, bornes=bornes,
                                   approchee=tout.approchee or taux.approchee)
        resultat[rang] = dataclasses.replace(taux, part=part)
    return resultat


# « les 9 000 $, c'était juste la moitié des dettes », « 13 000 $, c'est le tiers du prix » : la valeur dite
# n'est qu'une part ; le tout est ce que la question donne.
EST_LA_PART = re.compile(r"\s*,?\s*(?:c'etait|c'est|ca represente|ca faisait|ca fait|qui est|qui etait|soit)"
                         r"\s+(?:juste|seulement|rien que|que|a peine|genre)?\s*$")
DE_QUOI = re.compile(r"\s*(?:de|du|des|d')(?:\s+|(?<=')|$)")


def touts_d_une_part(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Une valeur suivie de la part qu'elle est (« c'était la moitié des dettes ») devient le tout
    (18 000 $) ; le taux n'est plus une valeur."""
    for valeur, taux in itertools.pairwise(mentions):
        if (valeur.genre in GRANDEURS and taux.genre == Genre.TAUX and 0 < Decimal(taux.valeur) < CENT
                and EST_LA_PART.fullmatch(plie, valeur.fin, taux.debut) and DE_QUOI.match(plie, taux.fin)):
            dite = texte[valeur.debut : taux.fin]
            tout = dataclasses.replace(valeur, valeur=nombre_propre(Decimal(valeur.valeur) * CENT / Decimal(
                taux.valeur)), fin=taux.fin, texte=dite, calcul=dite)
            return [tout if m is valeur else m for m in mentions if m is not taux]
    return mentions


# « Frais 180 000 $, dont 15 % (ou 27 000 $) de déboursés » : ce qui suit « dont » est compris dans la
# valeur dite juste avant ; un taux y est toujours une part, jamais le taux d'un outil.
DONT = re.compile(r"\s*,?\s*(?:\(\s*)?dont\s+(?:environ\s+)?")


def comprises(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Une valeur dite après « dont » reçoit pour `tout` celle qui la précède ; un taux y devient sa part."""
    resultat = list(mentions)
    for rang, (tout, dedans) in enumerate(itertools.pairwise(mentions), start=1):
        if tout.genre not in GRANDEURS or not DONT.fullmatch(plie, tout.fin, dedans.debut):
            continue
        if dedans.genre == Genre.TAUX:
            dite = f"{dedans.texte.strip()} de {tout.texte.strip()}"
            resultat[rang] = dataclasses.replace(tout, valeur=_part(Decimal(dedans.valeur), tout),
                                                 debut=dedans.debut, fin=dedans.fin, texte=dedans.texte,
                                                 calcul=dite, tout=tout)
        elif dedans.genre == tout.genre:
            resultat[rang] = dataclasses.replace(dedans, tout=tout)
    return resultat


# « 3 heures de plus que les 20 heures prévues », « une cenne de moins que 200 $ » : l'écart s'applique à
# la valeur qui suit « que » (23 heures, 199,99 $), pas à une valeur dite avant.
VERS_LA_VALEUR_COMPAREE = re.compile(
    r"\s*(?:(?:de|en) (?:plus|moins)\s+)?qu(?:e\s+|')(?:(?:les?|la|l'|ses|son|sa|nos|notre)\s*)?$"
)


# « Montée de 1 200 $ par-dessus les 23 500 $ prévus » : un écart ajouté à la valeur qui suit.
PAR_DESSUS = re.compile(r"\s*(?:(?:de|en) plus\s+)?par-dessus\s+(?:(?:les?|la|l'|ses|son|sa|nos|notre)\s*)?$")


def comparatifs(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    resultat = list(mentions)
    for ecart, valeur in itertools.pairwise(mentions):
        sens = (ecart.ecart if VERS_LA_VALEUR_COMPAREE.fullmatch(plie, ecart.fin, valeur.debut)
                else 1 if PAR_DESSUS.fullmatch(plie, ecart.fin, valeur.debut) else 0)
        if (sens and ecart.genre in GRANDEURS and valeur.genre in GRANDEURS and not valeur.ecart
                and _meme_grandeur(ecart, valeur)):
            dite = texte[ecart.debut : valeur.fin]
            total = nombre_propre(Decimal(valeur.valeur) + sens * Decimal(ecart.valeur))
            resultat[resultat.index(valeur)] = dataclasses.replace(valeur, valeur=total, debut=ecart.debut,
                                                                   texte=dite, calcul=dite)
            resultat.remove(ecart)
    return resultat


# « le double de ses 9 heures », « le triple du montant de 4 000 $ », « 3 fois ses 7 heures » : la valeur
# multipliée. « 3 fois par semaine » compte des fois : entre « fois » et la valeur, un déterminant au plus.
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
MULTIPLE = re.compile(rf"\b(?:le |au |du )?({'|'.join(MULTIPLES)})\b")
FOIS_LA_VALEUR = re.compile(r"\s*fois\s+(?:(?:ses|son|sa|les|leurs?|nos|vos|mes|le|la|l')\s*)?")
MAX_FOIS = 10


def multiples(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """La valeur multipliée prend la place de la valeur dite ; le nombre de fois n'est plus une valeur."""
    resultat = list(mentions)
    for m in MULTIPLE.finditer(plie):
        valeur = next((v for v in resultat if v.debut >= m.end()), None)
        if (valeur is not None and valeur.genre in GRANDEURS
                and VERS_LE_TOUT.fullmatch(plie, m.end(), valeur.debut)):
            resultat[resultat.index(valeur)] = _multipliee(valeur, MULTIPLES[m[1]], m.start(), texte)
    for fois, valeur in itertools.pairwise(list(resultat)):
        if (fois.genre == QUANTITE and fois.valeur == int(fois.valeur) and 2 <= fois.valeur <= MAX_FOIS
                and valeur.genre in GRANDEURS and FOIS_LA_VALEUR.fullmatch(plie, fois.fin, valeur.debut)):
            resultat[resultat.index(valeur)] = _multipliee(valeur, int(fois.valeur), fois.debut, texte)
            resultat.remove(fois)
    return resultat


def _multipliee(valeur: Mention, facteur: int, debut: int, texte: str) -> Mention:
    dite = texte[debut : valeur.fin]
    bornes = (valeur.bornes[0] * facteur, valeur.bornes[1] * facteur) if valeur.bornes else None
    return dataclasses.replace(valeur, valeur=nombre_propre(Decimal(valeur.valeur) * facteur), debut=debut,
                               texte=dite, calcul=dite, bornes=bornes)


# « Si nos revenus baissent de 8 % », « une hausse de 3 % », « le ministre a coupé notre taux de moitié »,
# « son collègue a fait les deux tiers de ça » : un taux qui fait varier une valeur, pas un taux à appliquer.
BAISSE = r"(?:baiss\w*|diminu\w*|chut\w*|recul\w*|coup(?:e|ee|es|ees|ent|er|ait|era|ure)|redui\w*|perd\w*)"
HAUSSE = r"(?:augment\w*|hauss\w*|mont(?:e|ee|es|ees|ent|er|ait|aient|era|eront)|grimp\w*|progress\w*)"
VARIE_DE = re.compile(rf"\b(?:({BAISSE})|({HAUSSE}))(?:\s+[a-z']+){{0,3}}?\s+(?:de\s+|d')?$")
# « monté de 10 % à 12 % » : un taux qui passe d'une valeur à une autre, pas une variation.
VERS_UNE_AUTRE = re.compile(r"\s*(?:a|jusqu'a)\s+\d")
DE_MOITIE = re.compile(rf"\b{BAISSE}(?:\s+[a-z']+){{0,3}}?\s+(de moitie)\b")
PART_DE_CA = re.compile(r"\b(?:les |la |le )?(?:(\d+) )?(moitie|tiers|quarts?)\s+(?:de|d')\s*"
                        r"(?:ca|cela|ce montant|celles?-la|ceux-la)\b")
PARTS = {"moitie": 2, "tiers": 3, "quart": 4, "quarts": 4}
DITES_AVEC_UNITE = frozenset({Genre.ARGENT, Genre.HEURES, Genre.DATE})


def variations(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Les taux qui font varier prennent le genre `VARIATION` et, pour valeur, leur facteur ; « de moitié »
    et « les deux tiers de ça », dits sans chiffre de taux, en deviennent une."""
    resultat = []
    for m in mentions:
        sens = VARIE_DE.search(plie, max(0, m.debut - 40), m.debut) if m.genre == Genre.TAUX else None
        if sens and not VERS_UNE_AUTRE.match(plie, m.fin):
            facteur = 1 + (-1 if sens[1] else 1) * Decimal(m.valeur) / 100
            m = dataclasses.replace(m, genre=VARIATION, valeur=facteur, texte=texte[sens.start() : m.fin])
        resultat.append(m)
    for dite in (*DE_MOITIE.finditer(plie), *PART_DE_CA.finditer(plie)):
        # « coupé notre taux de moitié » : « de moitié » seul, pour que « taux » reste le mot qui le désigne.
        debut, fin = dite.span(1) if dite.re is DE_MOITIE else dite.span()
        if any(m.chevauche(debut, fin) and m.genre in DITES_AVEC_UNITE for m in resultat):
            continue  # « la moitié de ses 9 heures » : une part de la valeur dite, pas de celle d'avant
        facteur = Decimal("0.5") if dite.re is DE_MOITIE else Decimal(int(dite[1] or 1)) / PARTS[dite[2]]
        resultat = [m for m in resultat if not m.chevauche(debut, fin)]
        # Le texte dit la variation entière (« coupé notre taux de moitié ») ; la place, ses seuls mots.
        resultat.append(Mention(VARIATION, facteur, debut, fin, texte[dite.start() : dite.end()]))
    return sorted(resultat, key=lambda m: m.debut)


def _part(taux: Decimal, tout: Mention) -> Decimal:
    part = taux * Decimal(tout.valeur) / CENT
    return nombre_propre(part if tout.genre == Genre.HEURES else arrondir(part))


# « La machine coûte 30 000 $, on en a 18 000 de côté pis le reste on l'emprunte » : le reste (pas celui
# « de la paye », qui nomme une chose) est la différence des deux valeurs dites juste avant.
LE_RESTE = re.compile(r"\b(?:le|la) (?:reste|difference|balance)\b(?!\s+(?:de|du|des|d')\b)")


def restes_d_un_total(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """La différence prend la place du reste ; ses deux termes ne sont plus des valeurs de la question."""
    resultat = list(mentions)
    for reste in LE_RESTE.finditer(plie):
        avant = [m for m in resultat if m.fin <= reste.start()]
        if len(avant) < 2:
            continue
        total, retire = avant[-2:]
        if (not {total.genre, retire.genre} <= GRANDEURS or not _meme_grandeur(total, retire)
                or FIN_DE_PHRASE.search(texte, total.fin, reste.start())
                or not Decimal(total.valeur) > Decimal(retire.valeur) > 0):
            continue
        genre = total.genre if total.genre != NOMBRE else retire.genre
        calcul = f"{total.texte.strip()} − {retire.texte.strip()}"
        valeur = Decimal(total.valeur) - Decimal(retire.valeur)
        difference = Mention(genre, valeur, reste.start(), reste.end(), texte[reste.start() : reste.end()],
                             calcul=calcul, approchee=total.approchee or retire.approchee)
        gardees = [m for m in resultat if m not in (total, retire)]
        resultat = sorted([*gardees, difference], key=lambda m: m.debut)
    return resultat


# « 1 450 cabanes à 42 $ », « 4 mois de loyer à 1 150 $ » : un compte de choses, chacune à un prix ;
# « 1,10 $ la boîte pour 12 000 boîtes » : le prix d'une chose, puis leur nombre. Le montant est le produit.
COMPTE_PUIS_PRIX = re.compile(r"\s+[a-z]+(?:\s+(?:de |d')\s*[a-z]+){0,2}\s+(?:a|@)\s*(?:chacune? )?$")
PRIX_PUIS_COMPTE = re.compile(
    r"\s*(?:la|le|l'|par|chaque|/)\s*([a-z]+)\s*,?\s*(?:pour|x|×|fois|sur)\s*(?:les\s+)?$")
NOM_DU_COMPTE = re.compile(r"\s*([a-z]+)\b")


def prix_unitaires(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """Le produit prend la place du prix et du compte."""
    for rang, (a, b) in enumerate(itertools.pairwise(mentions)):
        compte, prix = (a, b) if COMPTE_PUIS_PRIX.fullmatch(plie, a.fin, b.debut) else (b, a)
        if not _compte(compte) or prix.genre != Genre.ARGENT or prix.periode:
            continue
        if prix is a and not _meme_chose(PRIX_PUIS_COMPTE.fullmatch(plie, a.fin, b.debut), plie, b.fin):
            continue
        valeur = nombre_propre(arrondir(Decimal(prix.valeur) * Decimal(compte.valeur)))
        calcul = f"{compte.texte.strip()} × {prix.texte.strip()}"
        produit = dataclasses.replace(prix, valeur=valeur, debut=a.debut, fin=b.fin,
                                      texte=texte[a.debut : b.fin], calcul=calcul)
        return prix_unitaires([*mentions[:rang], produit, *mentions[rang + 2 :]], texte, plie)
    return mentions


def _compte(mention: Mention) -> bool:
    return (mention.genre in {QUANTITE, NOMBRE} and mention.valeur == int(mention.valeur) >= 2
            and not mention.approchee)


def _meme_chose(unite: re.Match[str] | None, plie: str, fin_du_compte: int) -> bool:
    """« 1,10 $ la boîte pour 12 000 boîtes » : le compte compte la chose dont on a dit le prix."""
    nom = NOM_DU_COMPTE.match(plie, fin_du_compte)
    return unite is not None and nom is not None and unite[1].rstrip("sx") == nom[1].rstrip("sx")


# « le moindre de 25 $ ou 15 % de la paye », « le plus élevé de 1 000 $ ou 2 % de l'actif », « 3 % de l'actif,
# mais pas plus que 1 500 $ » : une valeur choisie par une règle entre deux. Calculable quand les deux sont
# connues ; sinon (« 2 % de l'actif », sans le montant de l'actif accolé), les deux sont à faire préciser.
CHOIX_AVANT = re.compile(r"\b(?:le|la) (?:(moindre|minimum|plus (?:petit|bas|faible)|moins eleve)"
                         r"|(maximum|plus (?:eleve|haut|grand|gros)))e? (?:de|d'|entre)\s*$")
CHOIX_ENTRE = re.compile(r"\s*,?\s*(?:ou|et)\s+(?:de\s+|d')?$")
PLAFOND_ENTRE = re.compile(r"[^.?!;\d$%]{0,40}?[\s,]+(?:mais\s+)?(?:pas plus (?:que|de)|au plus|au maximum"
                           r"|jusqu'a concurrence de|plafonne\w* a)\s*$")


def choix_par_regle(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    resultat = list(mentions)
    for a, b in itertools.pairwise(mentions):
        choix = CHOIX_AVANT.search(plie, max(0, a.debut - 30), a.debut)
        if choix and CHOIX_ENTRE.fullmatch(plie, _fin(a), b.debut):
            choisir = min if choix[1] else max
        elif a.genre == Genre.TAUX and PLAFOND_ENTRE.fullmatch(plie, _fin(a), b.debut):
            choisir = min
        else:
            continue
        if a not in resultat or b not in resultat:
            continue
        dite = texte[choix.start() if choix else a.debut : _fin(b)]
        valeurs = [_valeur_choisie(m) for m in (a, b)]
        if all(valeurs) and _meme_grandeur(*valeurs):
            retenue = choisir(valeurs, key=lambda m: Decimal(m.valeur))
            choisie = dataclasses.replace(retenue, debut=a.debut, fin=_fin(b), texte=dite, calcul=dite,
                                          part=None, tout=None)
            touts = [m.part.tout for m in (a, b) if m.genre == Genre.TAUX]
            resultat = [choisie if m is a else m for m in resultat if m is not b and m not in touts]
        else:
            resultat = [dataclasses.replace(m, approchee=True, texte=dite) if m in (a, b) else m
                        for m in resultat]
    return resultat


def _valeur_choisie(mention: Mention) -> Mention | None:
    """Ce qu'une branche de la règle vaut : un montant, ou la part calculée d'un taux suivi de son tout."""
    if mention.genre == Genre.TAUX:
        return mention.part
    return mention if mention.genre in GRANDEURS else None


def _fin(mention: Mention) -> int:
    """Où finit une branche : un taux suivi de son tout (« 80 % de 30 000 $ ») finit après le tout."""
    return mention.part.tout.fin if mention.genre == Genre.TAUX and mention.part else mention.fin

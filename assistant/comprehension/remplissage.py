"""Lier les valeurs d'une question aux arguments d'un outil, par genre puis par les mots qui les qualifient.

Une valeur ne remplit un argument que si son genre convient (des heures ne sont jamais des dollars,
une référence n'est jamais rien) ; entre plusieurs valeurs du même genre, chacune va à l'argument
dont un indice la qualifie de plus près (« 12 000 $ d'emprunts » → solde, « emprunter 15 000 $ »
→ montant), sans autre valeur ni « et » entre les deux. Ce qui reste va aux arguments obligatoires,
dans l'ordre de leur déclaration. Les indices sont déclarés avec l'outil (`outils.declaration`).
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any

from assistant.comprehension.mention import VARIATION
from assistant.comprehension.mentions import (
    DATE_IMPOSSIBLE,
    DEVISE,
    ECARTEE_AVANT,
    HEURE_DU_JOUR,
    IDENTIFIANT,
    NOMBRE,
    NUMERO_DE_PIECE,
    QUANTITE,
    REFERENCE,
    Mention,
    nombre_propre,
)
from outils.argent import arrondir
from outils.dates import fin_du_mois
from outils.declaration import Argument, Genre, Indices, Outil

FENETRE = 45  # caractères examinés de part et d'autre d'une valeur
SEPARATEUR = re.compile(r"\b(?:et|puis|pis|mais|ou|alors)\b|[,;:?!.](?:\s|$)")
MOT = re.compile(r"[a-z]+")
ECART_PROPRE = ("de plus", "en plus", "supplementaire", "additionnel")  # un argument qui est un écart
# « la prime de supervision, 25 $ », « frais : 112 500 » : la valeur apposée au mot qui la nomme, citée ou non
# (« le chèque du liquidateur : « 1 800,50 $ » »).
APPOSITION = re.compile(r"\s*[,:]\s*[«\"“]?\s*$")
ECART_APPOSITION = 10  # une valeur apposée est moins sûrement la sienne qu'une valeur accolée
NUMERIQUES = {Genre.ARGENT, Genre.HEURES, Genre.TAUX}
# Ce qui n'est la valeur d'aucun argument : une référence, une pièce, un numéro, une date qui n'existe
# pas (une erreur d'entrée), l'heure qu'affiche une horloge, un montant dans une autre monnaie.
HORS_LIAISON = {REFERENCE, NUMERO_DE_PIECE, IDENTIFIANT, DATE_IMPOSSIBLE, HEURE_DU_JOUR, DEVISE, VARIATION}
# « Si on dépose à la mi-janvier », « on va signer en février » : un acte à venir ; une date dite sans son
# année est alors la prochaine (« si on avait déposé », au passé, ne l'est pas).
A_VENIR = re.compile(
    r"\b(?:si (?:on|je|nous|vous|il|elle|ils|elles)|s'ils?) (?!(?:l'|n'|y )?(?:avai|avion|avie|etai|etio))"
    r"|\bsi j'(?!avai|etai)"
    r"|\b(?:on|il|elle|je|nous) (?:va|vas|vais|allons) [a-z]+(?:er|ir|re)\b|\bvont [a-z]+(?:er|ir|re)\b")


@dataclass
class Liaison:
    """Ce que la question donne à un outil : arguments liés, leur source, ce qui manque ou reste."""

    outil: Outil
    arguments: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, Mention] = field(default_factory=dict)
    manquants: list[str] = field(default_factory=list)  # obligatoires (ou supposés) sans valeur
    restes: list[Mention] = field(default_factory=list)  # valeurs numériques que rien n'a prises
    defauts: set[str] = field(default_factory=set)  # booléens remplis par leur valeur d'usage
    douteux: set[str] = field(default_factory=set)  # remplis par un nombre sans unité ni indice
    approchees: set[str] = field(default_factory=set)  # remplis par un ordre de grandeur (« environ »)
    cumuls: dict[str, list[Mention]] = field(default_factory=dict)  # valeurs ajoutées à un total
    qualifiees: set[str] = field(default_factory=set)  # remplis par une valeur qu'un indice qualifie
    ecarts: set[str] = field(default_factory=set)  # « 3 heures de plus » : un écart à une valeur non dite
    ambigues: dict[str, datetime.date] = field(default_factory=dict)  # l'autre lecture d'une date en chiffres
    a_venir: bool = False  # la question parle d'un acte à venir : une date sans année est la prochaine
    devises: list[Mention] = field(default_factory=list)  # des montants dans une autre monnaie, à convertir
    # Dans une suite, les valeurs du calcul repris, dont elle peut prendre une part (« 7 % de l'actif »).
    avant: dict[str, tuple[Decimal, Mention]] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        """Rien d'obligatoire ne manque, et tout n'est pas que valeurs d'usage."""
        obligatoires = {a.nom for a in self.outil.arguments if a.obligatoire}
        return not self.manquants and not (obligatoires and obligatoires <= self.defauts)

    @property
    def donnees(self) -> int:
        """Combien d'arguments la question donne, valeurs et choix nommés (pas les valeurs d'usage)."""
        return len(set(self.arguments) - self.defauts)


@cache
def _motif(mot: str) -> re.Pattern[str]:
    # Un indice commence un mot : « emprunt » trouve « emprunts », pas « remprunt ».
    return re.compile(rf"(?<![a-z]){re.escape(mot)}")


def present(mots: tuple[str, ...], plie: str) -> bool:
    return any(_motif(m).search(plie) for m in mots)


def lier(outil: Outil, mentions: list[Mention], plie: str,
         avant: dict[str, tuple[Decimal, Mention]] | None = None) -> Liaison:
    """Les arguments de `outil` que remplit la question (texte plié : minuscules sans accents) ; `avant` :
    les valeurs du calcul que la question reprend."""
    liaison = Liaison(outil, a_venir=bool(A_VENIR.search(plie)),
                      devises=[m for m in mentions if m.genre == DEVISE], avant=avant or {})
    horloge = any(m.genre == HEURE_DU_JOUR for m in mentions)
    _lier_mots(liaison, plie)
    libres = _parts_ou_taux(outil, [m for m in mentions if m.genre not in HORS_LIAISON])
    libres = _heures_d_equipe(outil, libres)
    _lier_intervalle(liaison, libres)
    _lier_qualifiees(liaison, libres, plie)
    _lier_restes(liaison, libres, plie)
    _lier_coordonnees(liaison, libres, plie)
    _sans_le_tout_de_sa_part(liaison)
    prises = _parts_d_un_argument(liaison, libres, plie) + _lier_soldes(liaison, libres, plie)
    _choix_pres_de_la_valeur(liaison, plie)
    _fin_apres_le_debut(liaison)
    appliquer_defauts(liaison)
    pris = set(map(id, liaison.sources.values())) | {id(m) for ms in liaison.cumuls.values() for m in ms}
    pris |= set(map(id, prises))
    pris |= {id(m.tout) for m in libres if id(m) in pris and m.tout is not None}  # le tout d'une part prise
    restes = [m for m in libres if id(m) not in pris and m.genre in NUMERIQUES | {NOMBRE}
              and not _part_d_autre_chose(m, outil, plie)]
    liaison.restes = _sans_redites(liaison, restes, libres, plie)
    # Les valeurs prises, ramenées à ce que l'outil compte : sans ce qu'il exclut, à l'année.
    _sans_ce_qu_elle_ne_compte_pas(liaison)
    _a_l_annee(liaison)
    liaison.manquants = [
        a.nom
        for a in outil.arguments
        # « y'a pas de saisie ni rien » : une retenue niée n'est pas une retenue dite sans son montant.
        # « Il commence à 8h » : des heures de travail existent, la question ne les donne pas.
        if a.nom not in liaison.arguments and (
            a.obligatoire or _dite_due(a.indices.suppose, plie) or (a.genre == Genre.HEURES and horloge))
    ]
    return liaison


def _lier_soldes(liaison: Liaison, mentions: list[Mention], plie: str) -> list[Mention]:
    """Un oui/non que dit un solde (« y'a 85 $ au compte ») : vrai si le montant est positif, faux s'il est
    nul ; il l'emporte sur les mots (« aucune ressource financière » : 3,47 $ au compte en est une)."""
    pris = []
    deja = set(map(id, liaison.sources.values()))  # une valeur prise par un autre argument n'est pas un solde
    argent = [m for m in mentions if m.genre == Genre.ARGENT and id(m) not in deja]
    for argument in liaison.outil.arguments:
        if argument.genre != Genre.BOOLEEN or not argument.indices.solde:
            continue
        proches = [(d, m) for m in argent
                   if (d := _distance(m, argument.indices.solde, plie, [o for o in argent if o is not m]))
                   is not None]
        if proches:
            solde = min(proches, key=lambda paire: paire[0])[1]
            liaison.arguments[argument.nom] = solde.valeur > 0
            pris.append(solde)
    return pris


def _parts_ou_taux(outil: Outil, mentions: list[Mention]) -> list[Mention]:
    """« La cour saisit 15 % de sa paye de 220 $ » : un outil qui n'a pas de taux prend la part (33 $)."""
    if any(a.genre == Genre.TAUX for a in outil.arguments):
        return mentions
    return [m.part if m.part is not None else m for m in mentions]


def _heures_d_equipe(outil: Outil, mentions: list[Mention]) -> list[Mention]:
    """« 2 gars à 35 h par semaine » : un outil qui compte les heures de tous prend celles de l'équipe."""
    if not any(a.indices.equipe for a in outil.arguments):
        return mentions
    return [m.equipe if m.equipe is not None else m for m in mentions]


def _sans_le_tout_de_sa_part(liaison: Liaison) -> None:
    """« 1/4 du legs de 40 000 $ doit retourner » : la part et son tout qualifiés par le même mot (« legs »)
    ne s'additionnent pas ; l'argument garde la part."""
    for nom, source in list(liaison.sources.items()):
        valeurs = [source, *liaison.cumuls.get(nom, [])]
        touts = {id(m.tout) for m in valeurs if m.tout is not None}
        gardees = [m for m in valeurs if id(m) not in touts]
        if len(gardees) == len(valeurs):
            continue
        liaison.sources[nom], liaison.cumuls[nom] = gardees[0], gardees[1:]
        liaison.arguments[nom] = sum((Decimal(m.valeur) for m in gardees), Decimal(0))


DETERMINANTS = r"(?:la|le|les|l'|leur|leurs|son|sa|ses|notre|nos)"
# « 12 % de prévenus » : la part d'une sorte de choses (sans déterminant).
PART_DE = re.compile(rf"\s*(?:de |d')(?!{DETERMINANTS}\b)([a-z]+)")
# « Le tiers de sa paye », « 20 % des revenus » : le taux, puis la chose dont il est la part.
PART_NOMMEE = re.compile(rf"\s*(?:des|du|de|d')\s*(?:{DETERMINANTS}\s*)?([a-z]+)")


def _sans_ce_qu_elle_ne_compte_pas(liaison: Liaison) -> None:
    """« Frais 180 000 $, dont 27 000 $ de déboursés » : des frais qui ne comptent pas les déboursés (`hors`)
    perdent ceux qu'on dit compris dans leur valeur (153 000 $)."""
    for argument in liaison.outil.arguments:
        tout = liaison.sources.get(argument.nom)
        for nom in argument.indices.hors:
            dedans = liaison.sources.get(nom)
            if tout is None or dedans is None or dedans.tout is not tout:
                continue
            reste = liaison.arguments[argument.nom] - liaison.arguments[nom]
            liaison.arguments[argument.nom] = reste
            liaison.sources[argument.nom] = tout = dataclasses.replace(
                tout, valeur=reste, calcul=f"{tout.texte.strip()} − {dedans.texte.strip()}")


MOIS_DANS_L_ANNEE = 12


def _a_l_annee(liaison: Liaison) -> None:
    """« Nos frais, c'est 9 500 $ par mois » : une somme de l'exercice (`annuel`) dite par mois vaut douze
    mois (114 000 $) ; le calcul se montre dans « J'ai compris »."""
    for argument in liaison.outil.arguments:
        if not argument.indices.annuel or argument.nom not in liaison.sources:
            continue
        dites = [liaison.sources[argument.nom], *liaison.cumuls.get(argument.nom, [])]
        if not any(m.periode == "mois" for m in dites):
            continue
        annuelles = [dataclasses.replace(m, valeur=m.valeur * MOIS_DANS_L_ANNEE, periode="",
                                         calcul=f"{m.texte.strip()} × {MOIS_DANS_L_ANNEE}")
                     if m.periode == "mois" else m for m in dites]
        liaison.sources[argument.nom], liaison.cumuls[argument.nom] = annuelles[0], annuelles[1:]
        liaison.arguments[argument.nom] = sum((Decimal(m.valeur) for m in annuelles), Decimal(0))


def _parts_d_un_argument(liaison: Liaison, mentions: list[Mention], plie: str) -> list[Mention]:
    """« Qu'on retienne le tiers de sa paye […] Sa paye est de 150 $ » : le taux d'une chose que nomment
    les mots d'un argument rempli est la part de sa valeur (50 $) ; elle va à l'argument libre que ses mots
    qualifient (la retenue). Pour un outil qui a lui-même un taux, seulement si un autre taux reste pour lui
    (« nos frais font 80 % des revenus ; le ministre a fixé 10 % ») : « 10 % des revenus » seul est son
    taux. Rend les taux ainsi pris."""
    taux_de_l_outil = [a for a in liaison.outil.arguments if a.genre == Genre.TAUX]
    dits = [m for m in mentions if m.genre == Genre.TAUX and m.part is None]
    pris = []
    for taux in dits:
        tout = _tout_nomme(liaison, taux, plie)
        autre = next((m for m in dits if m is not taux and _tout_nomme(liaison, m, plie) is None), None)
        if tout is None or (taux_de_l_outil and autre is None):
            continue
        entier, source = _valeur_du_tout(liaison, tout.nom)
        chose = PART_NOMMEE.match(plie, taux.fin)
        valeur = Decimal(taux.valeur) * entier / 100
        part = dataclasses.replace(source, valeur=nombre_propre(arrondir(valeur)),
                                   debut=taux.debut, fin=chose.end(), texte=taux.texte,
                                   calcul=f"{taux.texte.strip()} de {source.texte.strip()}")
        libres = [(d, a) for a in liaison.outil.arguments if a.nom not in liaison.arguments
                  and a.genre == tout.genre and (d := _distance(part, a.indices.mots, plie, [])) is not None]
        if libres:
            _donner(liaison, min(libres, key=lambda x: x[0])[1], part)
            pris.append(taux)
            for a in taux_de_l_outil:  # le taux de l'outil avait pris la part : il prend l'autre taux
                if liaison.sources.get(a.nom) is taux:
                    _donner(liaison, a, autre)
    return pris


def _tout_nomme(liaison: Liaison, taux: Mention, plie: str) -> Argument | None:
    """L'argument rempli (ici ou au calcul d'avant) dont les mots suivent le taux (« 80 % des revenus ») :
    le tout dont il est la part."""
    chose = PART_NOMMEE.match(plie, taux.fin)
    return next((a for a in liaison.outil.arguments if (a.nom in liaison.sources or a.nom in liaison.avant)
                 and chose and a.genre in {Genre.ARGENT, Genre.HEURES} and present(a.indices.mots, chose[1])),
                None)


def _valeur_du_tout(liaison: Liaison, nom: str) -> tuple[Decimal, Mention]:
    if nom in liaison.sources:
        return liaison.arguments[nom], liaison.sources[nom]
    return liaison.avant[nom]


def _part_d_autre_chose(mention: Mention, outil: Outil, plie: str) -> bool:
    """« 12 % de prévenus » : la part d'une sorte de choses que l'outil ne nomme pas décrit autre chose ; ce
    n'est pas l'un de ses taux (« 5 % de revenus », « 10 % du fonds » pourraient l'être)."""
    suite = PART_DE.match(plie, mention.fin)
    return (mention.genre == Genre.TAUX and suite is not None
            and not any(present(a.indices.mots, suite[1]) for a in outil.arguments))


def _sans_redites(liaison: Liaison, restes: list[Mention], libres: list[Mention], plie: str) -> list[Mention]:
    """« Sa paye c'est 140 $ […] ça se calcule-tu sur 140 ou sur 100 ? » : une valeur déjà liée, redite, n'est
    pas une valeur de plus ; ni celle qu'une alternative lui oppose (« ou sur 100 »), une possibilité."""
    prises = [*liaison.sources.values(), *(m for ms in liaison.cumuls.values() for m in ms)]
    redites = [m for m in restes if _redite(m, prises)]
    repetees = {m.valeur for m in redites}
    opposees = [m for m in restes if (i := libres.index(m)) > 0 and libres[i - 1].valeur in repetees
                and _alternative(libres, i, plie)]
    return [m for m in restes if m not in redites and m not in opposees]


def _redite(mention: Mention, prises: Collection[Mention]) -> bool:
    """Une valeur égale à une autre déjà prise, l'une des deux en nombre nu, y renvoie (« 140 $ … sur 140 ») ;
    redite avec son unité (« l'atelier 40 000 $ »), c'en est une autre."""
    return any(p.valeur == mention.valeur and NOMBRE in (p.genre, mention.genre) for p in prises)


def _lier_mots(liaison: Liaison, plie: str) -> None:
    """Booléens et choix : les mots de la question décident (« sans aide », « à la banque »)."""
    for argument in liaison.outil.arguments:
        indices = argument.indices
        if argument.genre == Genre.CHOIX:
            # Le choix qualifie la valeur demandée (le prêteur, l'emprunt projeté) : les mots des valeurs
            # de contexte, facultatives (le solde déjà dû), disent où il n'est pas.
            ailleurs = tuple(mot for a in liaison.outil.arguments if a.genre in NUMERIQUES
                             and not a.obligatoire for mot in a.indices.mots)
            valeur = _choix(indices, plie, ailleurs)
            if valeur is not None:
                liaison.arguments[argument.nom] = valeur
        elif argument.genre == Genre.COMPTE and present(indices.mots, plie):
            liaison.arguments[argument.nom] = 1  # « sa dernière paie » ; un nombre qualifié le remplace
        elif argument.genre == Genre.BOOLEEN:
            if present(indices.faux, plie):
                liaison.arguments[argument.nom] = False
            elif (nie := _nie(indices.mots, plie)) is not None:
                liaison.arguments[argument.nom] = not nie
        elif indices.faux and present(indices.faux, sans_autre(plie)):
            liaison.arguments[argument.nom] = Decimal(0)  # « aucun emprunt en cours » : un solde de 0 $


# Autour d'un indice : « plus » (« en plus »), « personne » (« la personne ») et « non » (« non
# rémunéré ») y diraient autre chose qu'une négation ; entre ses mots, « plus » en est une.
NEGATIONS_AUTOUR = frozenset(
    ("ne", "n", "pas", "rien", "aucun", "aucune", "jamais", "ni", "sans", "pantoute")
)
NEGATIONS_ENTRE = ("ne", "n'", "pas", "plus", "ni", "jamais", "point")
PORTEE = 3  # mots avant ou après l'indice où une négation le nie encore
# « Y'a rien dedans sur les heures que le client doit nous communiquer », « aucune clause sur… » : rien
# n'est dit de ce que nomme l'indice, plus loin dans la même proposition.
ABSENCE_SUR = re.compile(
    r"\b(?:rien|aucune? [a-z]+|pas (?:de|d'un|d'une) [a-z]+)\b[^,]{0,25}?"
    r"\b(?:sur|concernant|a propos d|au sujet d)")


# « Après avoir payé toutes nos dettes », « la saisie est finie » : ce qui était dû ne l'est plus.
# « Paye », « règle », « solde » sont aussi des noms : au masculin singulier, seulement après un auxiliaire.
SOLDEE = re.compile(
    r"\b(?:(?:avoir|a|ont|est|sont|ete|deja)\s+(?:[a-z]+\s+)?(?:paye|regle|solde)"
    r"|(?:payee|reglee|soldee)s?|rembourse(?:e|es|s)?|acquittee?s?|finie?s?|terminee?s?)\b"
)


AUTRE_NIE = re.compile(r"\b(aucune?|pas d')\s?autres? ")


def sans_autre(plie: str) -> str:
    """« sans aucune autre dette », « pas d'autre emprunt » : la négation porte sur la chose elle-même."""
    return AUTRE_NIE.sub(lambda m: m[1] if m[1].endswith("'") else f"{m[1]} ", plie)


@cache
def _motif_nie(mot: str) -> re.Pattern[str]:
    # « peut travailler » trouve aussi « peut pas travailler », « peut ni travailler ».
    negation = rf"(?:\s*\b(?:{'|'.join(NEGATIONS_ENTRE)})\b)*"
    mots = [re.escape(m) for m in mot.split()]
    return re.compile(r"(?<![a-z])" + "".join(m + (rf"{negation}\s+" if i < len(mots) - 1 else "")
                                               for i, m in enumerate(mots)))


def _nie(mots: tuple[str, ...], plie: str) -> bool | None:
    """Un indice d'un oui/non trouvé : est-il nié dans sa proposition (« sa famille y envoie rien »,
    « elle peut ni travailler ») ? None : aucun indice."""
    for mot in mots:
        if (m := _motif_nie(mot).search(plie)) is None:
            continue
        if len(m.group().split()) > len(mot.split()):
            return True  # une négation entre les mots de l'indice
        return _niee(plie, *m.span())
    return None


def _dite_due(mots: tuple[str, ...], plie: str) -> bool:
    """Une chose dite sans son montant, et encore due : « faut que je prenne les dettes sur le relevé » ;
    pas « aucune dette », ni « après avoir payé toutes nos dettes »."""
    if _nie(mots, plie) is not False:
        return False
    return not any(SOLDEE.search(_proposition(plie, *m.span()))
                   for mot in mots for m in _motif_nie(mot).finditer(plie))


def _niee(plie: str, debut: int, fin: int, apres: bool = True) -> bool:
    """Les mots `plie[debut:fin]` sont-ils niés dans leur proposition (bornée par les mêmes séparateurs que
    les valeurs qualifiées) : une négation tout près, « personne » qui l'ouvre, « rien dedans sur… » ?
    Sans `apres`, seule une négation qui les précède compte (« le cours (pas payé) » reste un cours)."""
    avant = SEPARATEUR.split(plie[:debut])[-1]
    mots_avant = MOT.findall(avant)
    mots_apres = MOT.findall(SEPARATEUR.split(plie[fin:])[0])[:PORTEE] if apres else []
    nies = [i for i, v in enumerate(mots_avant) if i >= len(mots_avant) - PORTEE and _negation(mots_avant, i)]
    return (bool(nies) or any(_negation(mots_apres, i) for i in range(len(mots_apres)))
            or _personne_ne(mots_avant) or ABSENCE_SUR.search(avant) is not None)


def _negation(mots: list[str], i: int) -> bool:
    """`mots[i]` nie-t-il ? « Si jamais la commission suspend sa libération » : une condition."""
    return mots[i] in NEGATIONS_AUTOUR and not (mots[i] == "jamais" and i > 0 and mots[i - 1] == "si")


def _personne_ne(mots: list[str]) -> bool:
    """« (mais) personne de l'extérieur l'aide », « y a personne pour l'aider » : parmi les mots de la
    proposition avant l'indice, « personne » qui l'ouvre, ou qui suit « a », est le pronom qui nie ;
    « la personne », « par personne » sont quelqu'un."""
    debut = max(0, len(mots) - PORTEE)
    return any(mots[i] == "personne" and (i == 0 or mots[i - 1] == "a") for i in range(debut, len(mots)))


def _choix(indices: Indices, plie: str, ailleurs: tuple[str, ...] = ()) -> str | None:
    """La valeur que nomment les mots de la question ; un mot pris dans un plus long d'une autre
    valeur ne compte pas (« obligations » dans « obligations d'épargne du Canada »), ni, quand une autre
    valeur est nommée, un mot dit dans la proposition d'un autre argument (`ailleurs` : ses indices ;
    « un prêt à la banque, avec 17 500 $ déjà dus au Fonds central » : le prêteur est la banque)."""
    # « il peut pas travailler ni aller aux ateliers » : une valeur niée n'est pas celle que l'on choisit.
    # « oublie les actions, des obligations plutôt » : la valeur écartée non plus.
    gardes = [(v, span) for v, span in _valeurs_nommees(indices, plie)
              if not _niee(plie, *span, apres=False) and not ECARTEE_AVANT.search(plie, 0, span[0])]
    hors_d_autres = [(v, span) for v, span in gardes if not present(ailleurs, _proposition(plie, *span))]
    valeurs = [v for v, _ in (hors_d_autres or gardes)]
    if indices.prioritaire in valeurs:
        return indices.prioritaire
    return next((v for v in indices.valeurs if v in valeurs), None)


def _valeurs_nommees(indices: Indices, plie: str) -> list[tuple[str, tuple[int, int]]]:
    """Les valeurs d'un choix que nomment les mots de la question, avec leur place ; un mot pris dans un plus
    long d'une autre valeur ne compte pas (« obligations » dans « obligations d'épargne du Canada »)."""
    trouves = [(v, m.span()) for v, mots in indices.valeurs.items() for mot in mots
               for m in _motif(mot).finditer(plie)] or _mal_tapees(indices, plie)
    return [(v, (a, b)) for v, (a, b) in trouves
            if not any(c <= a and b <= d and (c, d) != (a, b) for _, (c, d) in trouves)]


# Une faute de frappe dans le nom d'une valeur (« la cantinne ») : un mot assez long, presque le même
# (une lettre de trop, de moins ou changée) ; « interne » n'est pas « intérêts ».
FAUTE_LONGUEUR, FAUTE_PROCHE = 7, 0.9
MOT_LONG = re.compile(rf"[a-z]{{{FAUTE_LONGUEUR},}}")


def _mal_tapees(indices: Indices, plie: str) -> list[tuple[str, tuple[int, int]]]:
    """Les valeurs nommées avec une faute, quand aucune ne l'est sans faute."""
    return [(v, m.span()) for m in MOT_LONG.finditer(plie)
            for v, mots in indices.valeurs.items() for mot in mots
            if " " not in mot and len(mot) >= FAUTE_LONGUEUR - 1
            and difflib.SequenceMatcher(None, m[0][: len(mot) + 1], mot).ratio() >= FAUTE_PROCHE]


def _choix_pres_de_la_valeur(liaison: Liaison, plie: str) -> None:
    """Plusieurs valeurs d'un choix nommées (« Fonds central : 9 000 $ » dans la liste des dettes, puis
    « 11 000 $ à la Banque Nationale ») : le choix qualifie la valeur demandée, celle de l'argument
    obligatoire ; la valeur nommée le plus près d'elle l'emporte."""
    demandee = next((liaison.sources[a.nom] for a in liaison.outil.arguments
                     if a.obligatoire and a.genre in NUMERIQUES and a.nom in liaison.sources), None)
    if demandee is None:
        return
    for argument in liaison.outil.arguments:
        if argument.genre != Genre.CHOIX or argument.nom not in liaison.arguments:
            continue
        distances = [(min(abs(a - demandee.fin), abs(demandee.debut - b)), v)
                     for v, (a, b) in _valeurs_nommees(argument.indices, plie)]
        valeurs = {v for _, v in distances}
        if len(valeurs) > 1 and argument.indices.prioritaire not in valeurs:
            liaison.arguments[argument.nom] = min(distances)[1]


def _proposition(plie: str, debut: int, fin: int) -> str:
    """Les mots autour de `plie[debut:fin]`, jusqu'aux séparateurs de proposition."""
    return SEPARATEUR.split(plie[:debut])[-1] + plie[debut:fin] + SEPARATEUR.split(plie[fin:])[0]


def _lier_intervalle(liaison: Liaison, mentions: list[Mention]) -> None:
    """Une période dite d'un bloc (« d'ici trois mois », « du 1er au 15 mars ») remplit les deux
    dates de l'outil, avant toute autre date de la question (« le CA se réunit la semaine prochaine »)."""
    dates = [a for a in liaison.outil.arguments if a.genre == Genre.DATE and a.nom not in liaison.arguments]
    bornes = [m for m in mentions if m.genre == Genre.DATE]
    paire = next(((a, b) for a, b in itertools.pairwise(bornes)
                  if (a.debut, a.fin) == (b.debut, b.fin)), None)
    mois = [m for m in bornes if m.mois_entier]
    if len(dates) >= 2 and paire is not None:
        # La première borne dite au début, quel que soit l'ordre où l'outil déclare ses dates (« jusqu'au »
        # avant « du ») ; une période écrite à l'envers le reste, pour que le calcul le dise.
        for argument, mention in zip(_debut_et_fin(dates), paire, strict=True):
            _donner(liaison, argument, mention)
    elif len(dates) >= 2 and len(mois) >= 2 and all(a.indices.periode for a in dates):
        _lier_mois_enumeres(liaison, dates, mois)
    elif len(dates) >= 2 and not bornes and liaison.outil.lit_les_registres:
        _lier_annee_entiere(liaison, dates, mentions)


def _lier_mois_enumeres(liaison: Liaison, dates: list[Argument], mois: list[Mention]) -> None:
    """« En juillet, en août pis en septembre », « août et septembre » : les mois nommés bornent une
    période du premier jour du premier au dernier jour du dernier (un mois qui finit une période
    n'en donne pas que le premier jour)."""
    premier = min(mois, key=lambda m: m.valeur)
    dernier = max(mois, key=lambda m: m.valeur)
    du, au = _debut_et_fin(dates)
    _donner(liaison, du, premier)
    _donner(liaison, au, dataclasses.replace(dernier, valeur=fin_du_mois(dernier.valeur)))


def _lier_annee_entiere(liaison: Liaison, dates: list[Argument], mentions: list[Mention]) -> None:
    """« Cette année », « en 2025 » pour une consultation qui lit une période sans prendre d'année :
    du 1er janvier au 31 décembre (la consultation s'arrête au jour de la demande)."""
    annees = [m for m in mentions if m.genre == Genre.ANNEE]
    if len(annees) != 1 or any(a.genre == Genre.ANNEE for a in liaison.outil.arguments):
        return
    an = annees[0]
    du, au = _debut_et_fin(dates)
    for argument, jour in ((du, datetime.date(an.valeur, 1, 1)), (au, datetime.date(an.valeur, 12, 31))):
        _donner(liaison, argument, dataclasses.replace(an, genre=Genre.DATE, valeur=jour))


def _fin_apres_le_debut(liaison: Liaison) -> None:
    """« Du 1er du mois prochain jusqu'à la fin mai » : une fin dite sans année, qui tomberait avant le début,
    est sa prochaine occurrence."""
    dates = [a for a in liaison.outil.arguments if a.genre == Genre.DATE and a.nom in liaison.arguments]
    if len(dates) != 2:
        return
    debut, fin = (a.nom for a in _debut_et_fin(dates))
    prochaine = liaison.sources[fin].prochaine if fin in liaison.sources else None
    if prochaine is not None and liaison.arguments[fin] < liaison.arguments[debut] <= prochaine:
        liaison.arguments[fin] = prochaine


def _debut_et_fin(dates: list[Argument]) -> tuple[Argument, Argument]:
    """Les deux dates qui bornent la période : « du » d'abord s'il est nommé ainsi."""
    du = next((a for a in dates if a.nom == "du"), dates[0])
    return du, next(a for a in dates if a is not du)


def _compatible(argument: Argument, mention: Mention, exact: bool = False) -> bool:
    """Le genre d'une valeur convient-il à l'argument ? Un nombre nu peut être un montant ou des
    heures (la liaison le note comme douteux s'il n'est pas qualifié) ; une date donne son année. Un
    montant par heure (« 45 $ de l'heure ») est un taux : aucun outil n'en fait une somme."""
    if mention.genre == Genre.ARGENT and mention.periode == "heure":
        return False
    if mention.genre == argument.genre:
        # Un jour seul ne borne pas une période (les intervalles sont liés avant, par `_lier_intervalle`).
        return not (argument.indices.periode and mention.genre == Genre.DATE and not mention.mois_entier)
    if exact:
        return False
    if argument.genre == Genre.COMPTE:
        return mention.genre in {NOMBRE, QUANTITE} and mention.valeur == int(mention.valeur) >= 1
    if mention.genre == NOMBRE:
        return argument.genre in {Genre.ARGENT, Genre.HEURES} or (
            argument.genre == Genre.TAUX and _proportion(mention))
    return argument.genre == Genre.ANNEE and mention.genre == Genre.DATE


def _proportion(mention: Mention) -> bool:
    """« un taux de 0,15 » : un taux sans « % » écrit en fraction de l'unité, soit 15 %."""
    return mention.genre == NOMBRE and 0 < mention.valeur < 1


def _distance(mention: Mention, mots: tuple[str, ...], plie: str, autres: list[Mention]) -> int | None:
    """Caractères entre la valeur et l'indice le plus proche, sans séparateur ni autre valeur entre."""
    meilleure = None
    for mot in mots:
        for m in _motif(mot).finditer(plie, max(0, mention.debut - FENETRE), mention.fin + FENETRE):
            avant = m.end() <= mention.debut
            debut, fin = (m.end(), mention.debut) if avant else (mention.fin, m.start())
            if fin < debut or any(o.debut <= m.start() and m.end() <= o.fin for o in autres):
                continue  # l'indice est dans la valeur elle-même, ou dans une autre (« le 1er du mois »)
            entre = plie[debut:fin]
            apposee = avant and APPOSITION.search(entre)
            sans_apposition = entre[: apposee.start()] if apposee else entre
            if SEPARATEUR.search(sans_apposition) or any(o.debut >= debut and o.fin <= fin for o in autres):
                continue
            if not avant and "\n" in entre:
                continue  # « 129 200\n- frais : 97 600 » : la ligne suivante nomme sa propre valeur
            # En français, le mot précède souvent sa valeur (« solde de 14 000 $ ») : à égalité, il gagne.
            ecart = fin - debut + (0 if avant else 2) + (ECART_APPOSITION if apposee else 0)
            meilleure = ecart if meilleure is None else min(meilleure, ecart)
    return meilleure


# Un mot qui qualifie la valeur la touche : « 54 $ d'allocation », « prélèvement fonds : 14,52 $ », « paye
# nette c'est 162 $ » ; « combien à l'épargne pour 130 $ ? » demande l'épargne, il ne qualifie pas 130 $.
QUALIFIE_APRES = re.compile(r"\s*(?:de |d'|du |des )?")
QUALIFIE_AVANT = re.compile(r"\s*(?:(?:[a-z]+\s*)?[:=]|c'est|de|d'|est de|etait de)?\s*")


def argument_nomme(outil: Outil, noms: Collection[str], mention: Mention, plie: str) -> str | None:
    """Parmi `noms`, l'argument dont les mots sont les plus proches de la mention (« nos revenus baissent
    de 8 % » : les revenus)."""
    distances = {a.nom: d for a in outil.arguments
                 if a.nom in noms and (d := _distance(mention, a.indices.mots, plie, [])) is not None}
    return min(distances, key=distances.__getitem__) if distances else None


def _dite_autre(argument: Argument, mention: Mention, plie: str) -> bool:
    """« Sa paye nette c'est 162 $ », « 54 $ d'allocation » : des mots disent que la valeur est autre chose
    que l'argument."""
    for mot in argument.indices.autres:
        for m in _motif(mot).finditer(plie, max(0, mention.debut - FENETRE), mention.fin + FENETRE):
            if m.end() <= mention.debut and QUALIFIE_AVANT.fullmatch(plie, m.end(), mention.debut):
                return True
            if m.start() >= mention.fin and QUALIFIE_APRES.fullmatch(plie, mention.fin, m.start()):
                return True
    return False


def _lier_qualifiees(liaison: Liaison, mentions: list[Mention], plie: str) -> None:
    """Chaque valeur qualifiée va à un argument : le plus d'arguments remplis, puis les indices les
    plus proches (« 15 000 $ dépensés pour financer des ateliers » : déboursés, pas frais)."""
    candidats: dict[str, dict[int, int]] = {}
    for argument in liaison.outil.arguments:
        compte = argument.genre == Genre.COMPTE  # ses mots ont mis 1 : un nombre qualifié le précise
        if not argument.indices.mots or (argument.nom in liaison.arguments and not compte):
            continue
        if argument.genre not in NUMERIQUES | {Genre.DATE, Genre.ANNEE, Genre.COMPTE}:
            continue
        for rang, mention in enumerate(mentions):
            # Seule une autre valeur qui pourrait être la sienne coupe l'indice de sa valeur : « solde au
            # 31 mars : 15 250 $ » garde son solde.
            autres = [o for o in mentions if o is not mention and _compatible(argument, o)]
            if (
                _compatible(argument, mention)
                and not _dite_autre(argument, mention, plie)
                and (d := _distance(mention, argument.indices.mots, plie, autres)) is not None
            ):
                candidats.setdefault(argument.nom, {})[rang] = d
    affectation = _meilleure_affectation(candidats)
    par_nom = {a.nom: a for a in liaison.outil.arguments}
    for nom, rang in affectation.items():
        _donner(liaison, par_nom[nom], mentions[rang])
        liaison.qualifiees.add(nom)
    for argument in liaison.outil.arguments:
        if argument.indices.cumul and argument.nom in affectation:
            # « la cantine a rapporté 40 000 $ et l'atelier 25 000 $ » : les revenus s'additionnent.
            autres = [r for r in candidats[argument.nom] if r not in affectation.values()]
            sommees = [mentions[affectation[argument.nom]]]
            for rang in autres:
                if _redite(mentions[rang], sommees) or _alternative(mentions, rang, plie):
                    continue  # « sur 140 ou sur 100 ? » : la même valeur redite, puis une autre possible
                sommees.append(mentions[rang])
                liaison.arguments[argument.nom] += mentions[rang].valeur
                liaison.cumuls.setdefault(argument.nom, []).append(mentions[rang])


ALTERNATIVE = re.compile(r"\s*,?\s*ou\b")


def _alternative(mentions: list[Mention], rang: int, plie: str) -> bool:
    """La valeur suit « ou » : une possibilité offerte à côté de la précédente, pas une valeur à ajouter."""
    return rang > 0 and bool(ALTERNATIVE.match(plie[mentions[rang - 1].fin : mentions[rang].debut]))


COORDINATION = re.compile(r"\s*(?:,|et|pis|puis|plus|\+)\s*")
# « on doit 0,4 M$ à des fournisseurs plus 250 k$ d'hypothèque » : « plus » additionne même après les mots
# qui qualifient la première valeur.
ADDITION = re.compile(r"[^,.;:?!$\d]{0,40}?\s(?:plus|\+)\s*")
# « une heure et demie de vaisselle, pis après ça 4 heures de préparation » : les heures de tâches
# énumérées s'additionnent à travers les mots qui nomment chaque tâche, pas celles d'une autre personne ;
# ces mots pourraient aussi dire une autre période : la somme se fait confirmer.
TACHES = re.compile(
    r"(?![^.;:?!$\d]*\b(?:il|elle|lui|son|sa|ses|leur|autre|collegue|chacun)\b)"
    r"[^.;:?!$\d]{0,40}?(?:,|\bet\b|\bpis\b|\bpuis\b|\bplus\b)[^.;:?!$\d]{0,40}"
)


def _lier_coordonnees(liaison: Liaison, mentions: list[Mention], plie: str) -> None:
    """« Ses deux dernières payes : 116,20 $ pis 98,77 $ » : des valeurs du même genre coordonnées à
    celle d'un argument qui s'additionne (`cumul`) s'y ajoutent ; pour un autre argument, elles
    restent et la question de précision les nomme."""
    pris = {id(m) for m in liaison.sources.values()} | {id(m) for ms in liaison.cumuls.values() for m in ms}
    for argument in liaison.outil.arguments:
        source = liaison.sources.get(argument.nom)
        if not argument.indices.cumul or source is None:
            continue
        rang = mentions.index(source) if source in mentions else -1
        for pas in (1, -1):
            voisine, i, jours = source, rang + pas, []
            while rang >= 0 and 0 <= i < len(mentions):
                autre = mentions[i]
                if autre.genre == Genre.DATE and source.genre == Genre.HEURES:
                    # « samedi 7 h pis dimanche 5 h 45 » : le jour dit à qui sont les heures, sans séparer.
                    jours.append(autre)
                    i += pas
                    continue
                gauche, droite = (voisine, autre) if pas == 1 else (autre, voisine)
                lien = _sans(plie, gauche.fin, droite.debut, jours)
                serre = COORDINATION.fullmatch(lien) or ADDITION.fullmatch(lien)
                taches = not serre and autre.genre == Genre.HEURES and TACHES.fullmatch(lien)
                if autre.genre != source.genre or id(autre) in pris or not (serre or taches):
                    break
                liaison.arguments[argument.nom] += autre.valeur
                liaison.cumuls.setdefault(argument.nom, []).append(autre)
                if taches:
                    liaison.douteux.add(argument.nom)  # des heures d'une autre période ? on fait confirmer
                pris.add(id(autre))
                voisine, i, jours = autre, i + pas, []


def _sans(plie: str, debut: int, fin: int, retirees: list[Mention]) -> str:
    """Le texte de `debut` à `fin`, sans celui des mentions retirées."""
    morceaux, curseur = [], debut
    for m in sorted(retirees, key=lambda m: m.debut):
        morceaux.append(plie[curseur : m.debut])
        curseur = m.fin
    return "".join([*morceaux, plie[curseur:fin]])


def _meilleure_affectation(candidats: dict[str, dict[int, int]]) -> dict[str, int]:
    """Affectation argument → valeur sans doublon : le plus d'arguments, puis la distance totale
    la plus courte (recherche exhaustive : une question a peu d'arguments et peu de valeurs)."""
    noms = list(candidats)
    meilleure: tuple[int, int, dict[str, int]] = (0, 0, {})

    def explorer(i: int, prises: dict[str, int], total: int) -> None:
        nonlocal meilleure
        if i == len(noms):
            if (len(prises), -total) > (meilleure[0], -meilleure[1]):
                meilleure = (len(prises), total, dict(prises))
            return
        explorer(i + 1, prises, total)
        for rang, distance in candidats[noms[i]].items():
            if rang not in prises.values():
                prises[noms[i]] = rang
                explorer(i + 1, prises, total + distance)
                del prises[noms[i]]

    explorer(0, {}, 0)
    return meilleure[2]


def _lier_restes(liaison: Liaison, mentions: list[Mention], plie: str) -> None:
    """Les valeurs non qualifiées vont aux obligatoires, puis aux facultatifs sans indices (et aux dates)."""
    ordre = [a for a in liaison.outil.arguments if a.obligatoire]
    # Les dates vont dans l'ordre de déclaration : « du 1er janvier au 31 mars » → début, échéance.
    # Un argument qualifié par des indices prend aussi une valeur non qualifiée de son genre exact
    # (« le programme 2027 » : l'année, « à 40 % » : le taux), sauf un montant ou des heures, qu'on ne
    # devine jamais.
    ordre += [
        a
        for a in liaison.outil.arguments
        if not a.obligatoire and (not a.indices.mots or a.genre not in {Genre.ARGENT, Genre.HEURES})
    ]
    for exact in (True, False):  # le même genre d'abord : « le 15 octobre 2026 » ne fait pas l'année 2027
        for argument in ordre:
            if argument.nom in liaison.arguments or argument.genre is None:
                continue
            qualifie = argument.indices.mots and not argument.obligatoire and argument.genre != Genre.DATE
            if qualifie and not exact:
                continue  # un facultatif qualifié ne prend qu'une valeur de son genre exact
            cumules = [c for ms in liaison.cumuls.values() for c in ms]
            mention = next(
                (
                    m
                    for m in mentions
                    if m not in liaison.sources.values()
                    and m not in cumules
                    and _compatible(argument, m, exact)
                    and not _dite_autre(argument, m, plie)
                ),
                None,
            )
            if mention is not None:
                _donner(liaison, argument, mention)
                if mention.genre == NOMBRE:
                    liaison.douteux.add(argument.nom)  # un nombre sans unité ni indice : à confirmer


def _donner(liaison: Liaison, argument: Argument, mention: Mention) -> None:
    valeur = mention.valeur
    if (argument.indices.avenir or liaison.a_venir) and mention.prochaine is not None:
        valeur = mention.prochaine
    if isinstance(valeur, datetime.date) and argument.genre == Genre.ANNEE:
        valeur = valeur.year
    if argument.genre == Genre.COMPTE:
        valeur = int(valeur)
    if argument.genre == Genre.TAUX and _proportion(mention):
        valeur = nombre_propre(valeur * 100)
    liaison.arguments[argument.nom] = valeur
    liaison.sources[argument.nom] = mention
    if mention.approchee or (argument.indices.jour and (mention.mois_entier or mention.au_mois)):
        liaison.approchees.add(argument.nom)  # « de déc. 2026 à mai 2027 » : quel jour ?
    if mention.autre is not None and isinstance(valeur, datetime.date):
        liaison.ambigues[argument.nom] = mention.autre
    if mention.ecart and not present(ECART_PROPRE, " ".join(argument.indices.mots)):
        liaison.ecarts.add(argument.nom)  # l'emprunt « de plus », lui, est le montant de l'emprunt


def appliquer_defauts(liaison: Liaison) -> None:
    """Un booléen obligatoire que la question ne dit pas prend sa valeur d'usage (`defaut`), mais
    seulement si la question décrit déjà la situation par un autre argument."""
    if not liaison.arguments:
        return  # rien de décrit : on ne suppose rien
    for argument in liaison.outil.arguments:
        if argument.nom not in liaison.arguments and argument.indices.defaut is not None:
            liaison.arguments[argument.nom] = argument.indices.defaut
            liaison.defauts.add(argument.nom)

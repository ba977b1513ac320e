"""Comprendre une question : les valeurs, l'intention, les arguments, ce que reprend la conversation.

Une seule fonction, `comprendre`, bâtit la `Demande` d'un tour. L'ordre des décisions :

1. les valeurs de la question, chacune avec son genre (`mentions`) ; une valeur impossible pour sa
   période est une erreur d'entrée ;
2. une question elliptique (« Et pour 30 heures ? ») qui suit un calcul reprend l'outil et les
   arguments du tour précédent, et n'en change que ce qu'elle donne ; une question qui nomme
   un autre sujet change de sujet ;
3. sinon, l'intention la plus probable (`intentions`) et les arguments que lie son outil
   (`remplissage`) ; un argument obligatoire manquant alors que la question donne des valeurs
   d'un autre genre, deux intentions trop proches ou une confiance trop faible donnent une
   question de précision, jamais un nombre.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import itertools
import re
from collections.abc import Callable
from decimal import Decimal

from assistant.comprehension.abreviations import developper
from assistant.comprehension.catalogue import CATALOGUE
from assistant.comprehension.choix import PROPOSITION, VRAI
from assistant.comprehension.demande import MARGE_APPROCHEE, Appel, Demande, lisible
from assistant.comprehension.intentions import DOCUMENT, Intentions
from assistant.comprehension.limite import Limite, chercher
from assistant.comprehension.mention import VARIATION, nombre_propre
from assistant.comprehension.mentions import (
    GRANDEURS,
    HEURES_DEMANDEES,
    JOUR_VOISIN,
    NOMBRE,
    NUMERO_A_ZEROS,
    PLURIELS,
    QUANTIEME,
    QUANTITE,
    REFERENCE,
    SANS_BORNE,
    Mention,
    a_l_echelle,
    echelle_declaree,
    hors_limites,
    lire_mentions,
    plier,
    preparer,
)
from assistant.comprehension.remplissage import (
    NUMERIQUES,
    Liaison,
    appliquer_defauts,
    argument_nomme,
    lier,
    present,
)
from assistant.conversation.interrogation import demande_une_estimation, interroge_sur, ouverte
from assistant.conversation.perimetre import AUTRE_PERSONNE, demande_qui
from outils.argent import arrondir
from outils.dates import format_date
from outils.declaration import Argument, Genre
from outils.erreurs import EntreeInvalide
from outils.registre import executer
from outils.resultat import Resultat

# Seuils réglés sur la moitié « développement » du jeu de paraphrases (jamais sur l'évaluation).
CONFIANCE_OUTIL = 0.45  # en deçà, un calcul possible se confirme par une question
CONFIANCE_SECONDAIRE = 0.25  # un outil moins probable que le document, mais rempli par la question
CONFIANCE_SUITE = 0.15  # un outil qui prend la suite du calcul n'a pas à être aussi probable
ECART_AMBIGU = 0.12  # deux outils remplis aussi probables l'un que l'autre : on demande lequel
PORTEE_D_UN_COMPTE = 25  # caractères après « deux » où se trouve ce qu'il compte (« deux dernières payes »)
MAX_SUPPOSES = 4  # au plus 16 calculs pour savoir si ce qu'on a supposé change le verdict
VALEURS_NOMMEES = 2  # des valeurs liées chacune par son mot confirment le calcul peu probable qu'elles font
CHANGEMENT_DE_SUJET = 0.6  # une question elliptique si clairement documentaire change de sujet

AMORCE = re.compile(
    r"^(?:et|pis|puis|alors|donc|mais|ok|okay|d'accord|dans ce cas|meme question|sinon|"
    r"aussi|bon|ah|pour|avec|sans|si)\b"
)
RENVOI = re.compile(
    r"\b(?:la-dessus|ce montant|ce calcul|le meme|la meme|les memes|ca|cela|celui-ci|"
    r"celle-ci|dans ce cas|a la place|plutot)\b"
    # « ces heures-là », « cette paye-là » : le démonstratif renforcé désigne ce dont on parlait.
    r"|\b(?:ce|cet|cette|ces)\s+[\w']+-la\b"
)
# « La paie d'après », « celle d'avant » : la chose suivante ou précédente d'une suite régulière.
SUIVANTE = re.compile(r"\b(?:d'apres|suivante?s?|prochaine?s?)\b")
PRECEDENTE = re.compile(r"\b(?:d'avant|precedente?s?)\b")
# « Et pour elle ? », « pis lui ? » : une suite qui passe à une autre personne que celle du calcul.
POUR_ELLE = re.compile(r"(?:et|pis|puis)\s+(?:pour\s+)?(?:elle|lui)\s*(?:[?,.]|$)")
ANNEE_VOISINE = re.compile(r"\b(?:l'annee|l'an|l'exercice)\b")
MOT = re.compile(r"[\w'-]+")
MOTS_ELLIPSE = 6
MOTS_AUTONOMES = 5  # « Et l'allocation ? » ne se comprend pas seule ; une question de 5 mots, si
MOTS_RENVOI = 14


def _mots(plie: str) -> list[str]:
    """Les mots de la question, sans la ponctuation (« maximum ? » : un mot)."""
    return MOT.findall(plie)


def est_elliptique(plie: str) -> bool:
    """Une question qui ne se comprend qu'avec la précédente : amorce, très courte, ou renvoi."""
    mots = _mots(plie)
    return (
        bool(AMORCE.match(plie))
        or len(mots) <= MOTS_ELLIPSE
        or (len(mots) <= MOTS_RENVOI and renvoie(plie))
    )


def renvoie(plie: str) -> bool:
    """« Ça s'applique aussi aux prévenus ? » : la question désigne ce dont on parlait."""
    return RENVOI.search(plie) is not None


def comprendre(
    question: str,
    jour: datetime.date,
    intentions: Intentions,
    precedente: Demande | None = None,
    exclues: frozenset[str] = frozenset(),
    illisibles: frozenset[str] = frozenset(),
) -> Demande:
    """La demande d'un tour. `exclues` : les intentions que celui qui demande ne peut pas servir
    (les consultations des registres, sans connexion) ; la probabilité se répartit sur les autres.
    `illisibles` : les consultations que son rôle ne lit pas ; proposées quand elles sont les plus
    probables (un refus clair vaut mieux qu'une autre réponse), elles ne font jamais hésiter une
    consultation qu'il lit."""
    lue = developper(question).strip()  # « au CA » : « au conseil d'administration »
    texte = preparer(lue)
    plie = plier(texte)
    demande = Demande(
        question=question,
        texte=texte,
        jour=jour,
        recherche=lue,
        echelle=echelle_declaree(plie) or (precedente.echelle if precedente else 1),
    )
    demande.mentions = a_l_echelle(lire_mentions(texte, jour), demande.echelle)
    if precedente is not None:
        demande.mentions = _jours_voisins(demande.mentions, precedente, plie)
    demande.erreur = next(filter(None, map(hors_limites, demande.mentions)), None)
    demande.intentions = _parmi(intentions.probabilites(lue), exclues)
    demande.intention, demande.confiance = demande.intentions[0]
    elliptique = precedente is not None and (
        est_elliptique(plie)
        or _donne_ce_qui_manquait(demande, precedente, plie)
        or _change_une_valeur(demande, precedente, plie)
    )
    if precedente is None:  # dans une conversation, la question peut s'appuyer sur ce qui précède
        demande.hors_sujet = intentions.hors_sujet(lue)
    if precedente is not None and (elliptique or _redit_une_valeur(demande, precedente)):
        # « Qui doit la signer ? », « 20 %, c'est pas mal haut : le ministre peut-il aller plus haut ? » : la
        # recherche essaie aussi la question avec son contexte.
        demande.recherche = f"{lue} — {precedente.recherche}"
    if elliptique and precedente is not None and precedente.appels \
            and _suivre(demande, precedente, plie, intentions, exclues):
        return demande
    _decider(demande, plie, lambda outil, argument: intentions.choix_decrit(outil, argument, lue), illisibles)
    return demande


def par_les_registres(demande: Demande, appel: Appel, consultation: str) -> Appel:
    """Le calcul `appel` fait par la consultation qui le complète : ses valeurs qu'elle prend, plus
    celles de la question que seule elle lit (« 8 000 $ de plus en dépôt » : le montant du placement
    projeté, que le calculateur de l'art. 6 ne prend pas)."""
    champs = CATALOGUE[consultation].schema.model_fields
    liaison = lier(CATALOGUE[consultation], demande.mentions, plier(demande.texte))
    lues = {n: v for n, v in liaison.arguments.items() if n not in liaison.defauts}
    arguments = lues | {n: v for n, v in appel.arguments.items() if n in champs}
    sources = liaison.sources | {n: m for n, m in appel.sources.items() if n in champs}
    return Appel(consultation, arguments, {n: m for n, m in sources.items() if n in arguments})


def _jours_voisins(mentions: list[Mention], precedente: Demande, plie: str) -> list[Mention]:
    """« Pis celui du lendemain ? » : le jour d'après (ou d'avant) la date de la question précédente ;
    « pis celle du 28 ? » : ce jour-là du mois de la date précédente."""
    dates = [m for m in precedente.mentions if m.genre == Genre.DATE]
    if len(dates) != 1:
        return mentions
    date = dates[0]

    def autre_jour(m: Mention, valeur: datetime.date) -> Mention:
        return dataclasses.replace(date, valeur=valeur, debut=m.debut, fin=m.fin, texte=m.texte,
                                   mois_entier=False, prochaine=None)

    lues = []
    for m in mentions:
        if m.genre == JOUR_VOISIN:
            m = autre_jour(m, date.valeur + datetime.timedelta(m.valeur))
        elif (jour := _jour_du_mois_seul(m, plie)) is not None:
            with contextlib.suppress(ValueError):  # « le 31 » d'un mois de 30 jours : la mention reste
                m = autre_jour(m, date.valeur.replace(day=jour))
        lues.append(m)
    return lues


# « celle du 28 », « et le 3 ? » : un jour du mois sans son mois ni son année.
JOUR_SEUL = re.compile(rf"(?:le |du |au )?{QUANTIEME}")
AVANT_UN_JOUR = re.compile(r"\b(?:le|du|au)\s*$")


def _jour_du_mois_seul(m: Mention, plie: str) -> int | None:
    if m.genre == Genre.DATE:
        seul = JOUR_SEUL.fullmatch(plier(m.texte).strip())
    elif m.genre == NOMBRE and AVANT_UN_JOUR.search(plie[: m.debut]):
        seul = JOUR_SEUL.fullmatch(m.texte.strip())
    else:
        return None
    return int(seul[1]) if seul and 1 <= int(seul[1]) <= 31 else None


def _donne_ce_qui_manquait(demande: Demande, precedente: Demande, plie: str) -> bool:
    """Après « il me manque : solde actuel des emprunts », une réponse qui donne ce solde, même en
    une phrase complète (« Nos emprunts en cours totalisent 9 500 $ »), complète le calcul en attente."""
    if not precedente.manquants:
        return False
    reponse = lier(CATALOGUE[precedente.appels[-1].outil], demande.mentions, plie)
    return any(nom in reponse.sources for nom in precedente.manquants)


def _change_une_valeur(demande: Demande, precedente: Demande, plie: str) -> bool:
    """« Oups, les revenus c'était 68 500 $, pas 66 000 » : une valeur du même calcul, sans celles
    qu'il avait déjà et qui lui manqueraient seul ; le reste est repris du tour précédent. Quand une
    autre intention paraît plus probable sans assurance, une valeur que ses mots désignent comme un
    argument déjà donné (« finir à la fête des Mères » : l'échéance) suffit, ou un nombre que le calcul
    n'avait pas (le taux d'une cotisation dite en fourchette)."""
    if not precedente.appels:
        return False
    appel = precedente.appels[-1]
    if _variees(demande.mentions, appel, plie):
        return True  # « le ministre a coupé notre taux de moitié » : une valeur d'avant, changée
    seule = lier(CATALOGUE[appel.outil], demande.mentions, plie, _valeurs_d_avant(appel))
    if demande.intentions[0][0] == appel.outil:
        # « 9 000 de plus que ce qu'on avait mis dans l'actif » : un écart à une valeur du calcul d'avant ;
        # « des obligations d'épargne plutôt ? » : un autre choix que celui d'avant.
        autre_choix = any(n in appel.arguments and appel.arguments[n] != v for n, v in seule.arguments.items()
                          if n not in seule.sources and n not in seule.defauts)
        return autre_choix or (bool(seule.sources)
                               and bool((set(seule.manquants) | seule.ecarts) & set(appel.arguments)))
    avant = set(appel.arguments)
    nommee = bool(seule.qualifiees & avant) and not avant <= set(seule.arguments)
    if demande.confiance >= CONFIANCE_OUTIL:
        # « On vient de trouver une autre facture de 4 500 $ » après une liquidation : nommée par les mots du
        # calcul d'avant (les dettes), pas par ceux de l'outil qui paraît plus probable sans l'être nettement.
        return (nommee and demande.confiance < CHANGEMENT_DE_SUJET and demande.intention in CATALOGUE
                and not lier(CATALOGUE[demande.intention], demande.mentions, plie).qualifiees)
    # « Le ministère a confirmé : 18 % » après une fourchette de cotisation : des nombres que le calcul
    # n'avait pas, rien d'autre (une date seule est du contexte) ; ce qui manquerait seul, il l'a.
    donnees = set(seule.sources)
    complete = (bool(donnees) and all(m.genre in NUMERIQUES for m in seule.sources.values())
                and not donnees & set(appel.arguments) and not seule.restes
                and set(seule.manquants) <= set(appel.arguments))
    return complete or nommee


def _redit_une_valeur(demande: Demande, precedente: Demande) -> bool:
    """La question redit une valeur du calcul précédent (« 20 %, c'est pas mal haut ») : elle en garde le
    sujet, même si elle demande autre chose que le calcul."""
    valeurs = {(m.genre, m.valeur) for a in precedente.appels for m in a.sources.values()}
    return any((m.genre, m.valeur) in valeurs for m in demande.mentions if m.genre in NUMERIQUES)


def _parmi(probables: list[tuple[str, float]], exclues: frozenset[str]) -> list[tuple[str, float]]:
    """Les intentions permises, leurs probabilités ramenées à une somme de 1."""
    gardees = [(nom, p) for nom, p in probables if nom not in exclues]
    total = sum(p for _, p in gardees) or 1.0
    return [(nom, p / total) for nom, p in gardees]


def _suivre(
    demande: Demande, precedente: Demande, plie: str, intentions: Intentions, exclues: frozenset[str]
) -> bool:
    """Reprendre le calcul précédent : la question change une valeur, ou demande un résultat qui
    s'en déduit (« Et l'allocation ? » après une paie) ; sinon elle change de sujet."""
    if AUTRE_PERSONNE.search(plie) or POUR_ELLE.match(plie):
        return _pour_une_autre_personne(demande, precedente, plie)
    if _autre_outil(demande, precedente, plie):
        return False  # « Autre affaire : on placerait 15 000 $ en obligations… » après un emprunt
    # « La semaine prochaine » est une date de la question, pas la paie suivante.
    sans_date = not any(m.genre == Genre.DATE for m in demande.mentions)
    if sans_date and (appels := _d_un_pas(precedente.appels, plie)):
        _reprendre(demande, appels, precedente)
        return True
    for rang in reversed(range(len(precedente.appels))):
        appel = precedente.appels[rang]
        liaison = lier(CATALOGUE[appel.outil], demande.mentions, plie, _valeurs_d_avant(appel))
        totaux = {a.nom for a in liaison.outil.arguments if a.indices.cumul}
        nouveaux = {nom: _dans_le_calcul(_apres_ecart(v, liaison.sources.get(nom), appel.arguments.get(nom),
                                                      nom in totaux), liaison.sources.get(nom), appel)
                    for nom, v in liaison.arguments.items() if nom not in liaison.defauts}
        variees = _variees(demande.mentions, appel, plie)
        nouveaux.update({nom: m.valeur for nom, m in variees.items()})
        nommes = [nom for nom in liaison.manquants if nom not in appel.arguments]
        if nommes and not nouveaux:
            # « Pis avec la saisie de la cour ? » : ce qui change est nommé sans sa valeur ; on la demande.
            _reprendre(demande, [_copie(a) for a in precedente.appels], precedente)
            liaison.manquants = demande.manquants = nommes
            demande.precision = _precision_manquant(liaison)
            return True
        if nouveaux:
            appels = [_copie(a) for a in precedente.appels]
            appels[rang].arguments.update(nouveaux)
            _sans_ce_que_la_periode_remplace(appels[rang], nouveaux)
            appels[rang].sources.update({**liaison.sources, **variees})
            _reprendre(demande, appels, precedente)
            _demander_les_valeurs_dites_autres(demande, appel, liaison, plie, nouveaux)
            return True
    probable, p = demande.intentions[0]
    if probable == DOCUMENT and p >= CHANGEMENT_DE_SUJET and len(_mots(plie)) >= MOTS_AUTONOMES:
        return False  # un autre sujet : « Pis une fois sorti, il peut continuer avec Emploi-Québec ? »
    dernier = precedente.appels[-1].outil
    # L'intention d'une question elliptique se lit avec la précédente (« Et l'allocation ? — 20 h… »),
    # ou seule quand elle y est la plus probable (« pis là-dessus, il lui reste combien pour la cantine ? »).
    suite = (_enchainable(demande.intentions[:1], dernier)
             or _enchainable(_parmi(intentions.probabilites(demande.recherche), exclues), dernier))
    if suite is not None:
        # « Répartis-moi ça : la Cour prend 9,44 $ » : la suite prend du calcul d'avant ce qui lui manque, et
        # de la question les valeurs que ses mots lui donnent.
        propre = lier(CATALOGUE[suite.outil], demande.mentions, plie)
        dites = {n: m for n, m in propre.sources.items() if n not in suite.depuis}
        suite.arguments.update({n: propre.arguments[n] for n in dites})
        suite.sources.update(dites)
        appels = [_copie(a) for a in precedente.appels] + [suite]
        _reprendre(demande, appels, precedente)
        premier = precedente.appels[0]
        liaison = lier(CATALOGUE[premier.outil], demande.mentions, plie)
        _demander_les_valeurs_dites_autres(demande, premier, liaison, plie)
        return True
    courte = len(_mots(plie)) < MOTS_AUTONOMES
    # « Pis il lui reste combien ? » : la même consultation, sans valeur nouvelle, sur la même chose (un
    # calcul refait sans valeur nouvelle ne dirait rien de plus : la question en demande un autre aspect).
    meme_lecture = probable == dernier and CATALOGUE[dernier].lit_les_registres
    if meme_lecture or (courte and (probable in (DOCUMENT, dernier) or p < CONFIANCE_OUTIL)):
        _reprendre(demande, [_copie(a) for a in precedente.appels], precedente)
        return True
    return False


def _valeurs_d_avant(appel: Appel) -> dict[str, tuple[Decimal, Mention]]:
    """Les valeurs chiffrées d'un calcul, avec ce qui les a dites : une suite peut en prendre une part."""
    return {n: (v, appel.sources[n]) for n, v in appel.arguments.items()
            if isinstance(v, Decimal) and n in appel.sources}


def _sans_ce_que_la_periode_remplace(appel: Appel, nouveaux: dict[str, object]) -> None:
    """« Pis depuis Pâques, en tout ? » après « sa paye du 12 octobre » : une période dite remplace ce qui
    désignait une seule chose (le jour d'une paie, ses dernières paies)."""
    if not any((a := _argument(appel.outil, nom)) and a.indices.periode for nom in nouveaux):
        return
    for nom in list(appel.arguments):
        argument = _argument(appel.outil, nom)
        if nom not in nouveaux and argument and (argument.indices.pas or argument.genre == Genre.COMPTE):
            del appel.arguments[nom]
            appel.sources.pop(nom, None)


def _autre_outil(demande: Demande, precedente: Demande, plie: str) -> bool:
    """Une question longue, qui se comprend seule et nettement comme un autre outil que les calculs
    précédents (ni leur suite ni leur autre face), change de sujet même si ses valeurs iraient au
    calcul précédent."""
    probable, p = demande.intentions[0]
    return (probable != DOCUMENT and p >= CHANGEMENT_DE_SUJET and len(_mots(plie)) >= MOTS_RENVOI
            and not any(probable == a.outil or _allie(probable, a.outil) for a in precedente.appels))


def _apres_ecart(valeur: object, source: Mention | None, avant: object, cumul: bool) -> object:
    """« Ça coûtera 1 500 $ de plus » : la valeur du tour précédent, plus (ou moins) l'écart dit ; « une
    autre facture de 4 500 $ » s'ajoute aux dettes (un total), « un autre contrat » n'ajoute rien."""
    if source is None:
        return valeur
    ecart = source.ecart or (1 if source.une_de_plus and cumul else 0)
    if not ecart or not (isinstance(avant, Decimal) and isinstance(valeur, Decimal)):
        return valeur
    return avant + ecart * valeur


CENTIEME = Decimal("0.01")  # des heures ou un taux qu'une variation change : au centième


def _variees(mentions: list[Mention], appel: Appel, plie: str) -> dict[str, Mention]:
    """« Pis si nos revenus baissent de 8 % ? », « le ministre a coupé notre taux de moitié », « son collègue
    a fait les deux tiers de ça » : la valeur chiffrée du calcul d'avant que nomment les mots les plus
    proches (ou la seule qu'il avait), multipliée par le facteur dit (un montant, au cent) ; la source dit
    le calcul, que montre « J'ai compris »."""
    chiffrees = [n for n, m in appel.sources.items()
                 if m.genre in NUMERIQUES and isinstance(appel.arguments.get(n), Decimal)]
    variees = {}
    for variation in (m for m in mentions if m.genre == VARIATION):
        nom = argument_nomme(CATALOGUE[appel.outil], chiffrees, variation, plie)
        nom = nom or (chiffrees[0] if len(chiffrees) == 1 else None)
        if nom is None:
            continue
        avant = appel.sources[nom]
        valeur = appel.arguments[nom] * Decimal(variation.valeur)
        valeur = arrondir(valeur) if avant.genre == Genre.ARGENT else nombre_propre(valeur.quantize(CENTIEME))
        variees[nom] = dataclasses.replace(avant, valeur=valeur,
                                           calcul=f"{avant.texte.strip()}, {variation.texte.strip()}")
    return variees


def _dans_le_calcul(valeur: object, source: Mention | None, appel: Appel) -> object:
    """« Il aimerait mieux finir à la fête des Mères » : une date dite sans année, déjà passée cette année,
    est l'occurrence la plus proche des dates du calcul repris (un contrat de 2027), pas d'aujourd'hui."""
    dates = [v for v in appel.arguments.values() if isinstance(v, datetime.date)]
    if source is None or source.prochaine is None or not dates or not isinstance(valeur, datetime.date):
        return valeur
    return min((valeur, source.prochaine), key=lambda d: min(abs((d - autre).days) for autre in dates))


def _pour_une_autre_personne(demande: Demande, precedente: Demande, plie: str) -> bool:
    """Les valeurs du calcul précédent (ses heures) étaient celles d'une autre personne : on ne les
    reprend pas. Celles que la question donne font un nouveau calcul ; sinon on les demande."""
    appel = precedente.appels[0]
    liaison = lier(CATALOGUE[appel.outil], demande.mentions, plie)
    # Ses quantités (heures, montants) sont à elle ; une date, elle, vaut pour toute l'équipe.
    siennes = {nom for nom, m in appel.sources.items() if m.genre in NUMERIQUES}
    variees = _variees(demande.mentions, appel, plie)  # « les deux tiers de ça »
    liaison.arguments.update({nom: m.valeur for nom, m in variees.items()})
    liaison.sources.update(variees)
    liaison.manquants = [nom for nom in siennes if nom not in liaison.arguments]
    if not liaison.manquants:
        # Toutes ses valeurs sont dites (« et pour elle ? elle en a fait onze et demie ») : le même calcul.
        autres = {n: v for n, v in appel.arguments.items() if n not in siennes and n not in liaison.arguments}
        liaison.arguments.update(autres)
        # Les calculs qui suivaient le sien (le partage de sa paie) la suivent encore, s'ils ne prenaient
        # aucune valeur de l'autre personne.
        suites = precedente.appels[1:]
        if any(m.genre in NUMERIQUES for a in suites for m in a.sources.values()) or any(
                a.obligatoire and a.nom not in liaison.arguments for a in CATALOGUE[appel.outil].arguments):
            return False
        demande.appels = [_appel(appel.outil, liaison), *map(_copie, suites)]
        demande.intention, demande.confiance = appel.outil, precedente.confiance
        return True
    demande.precision = _precision_manquant(liaison)
    demande.appels = [_appel(appel.outil, liaison)]
    demande.intention, demande.confiance = appel.outil, precedente.confiance
    demande.manquants = list(liaison.manquants)
    return True


def _enchainable(probables: list[tuple[str, float]], precedent: str) -> Appel | None:
    """Un outil que la question vise et qui prend un montant du résultat précédent (`depuis`)."""
    for nom, p in probables:
        if nom in (DOCUMENT, precedent) or p < CONFIANCE_SUITE:
            continue
        depuis = _depuis(nom, precedent)
        if depuis:
            return Appel(nom, {}, {}, depuis)
    return None


def _depuis(outil: str, precedent: str) -> dict[str, tuple[str, str]]:
    return {
        a.nom: a.indices.depuis
        for a in CATALOGUE[outil].arguments
        if a.indices.depuis and a.indices.depuis[0] == precedent
    }


def _allie(outil: str, probable: str) -> bool:
    """`outil` prend la suite de `probable`, ou l'un complète l'autre par les registres (la cotisation
    à un taux, la cotisation consignée) : un même sujet, pas deux qu'il faudrait départager."""
    completes = {getattr(CATALOGUE[outil], "complete", None), getattr(CATALOGUE[probable], "complete", None)}
    return (bool(_depuis(outil, probable)) or bool(completes & {outil, probable})
            or _personne_et_ensemble(outil, probable) or _personne_et_ensemble(probable, outil))


def _personne_et_ensemble(personne: str, ensemble: str) -> bool:
    """`ensemble` lit pour tout le fonds ce que `personne` lit pour une personne (la paie)."""
    return getattr(CATALOGUE[ensemble], "par_personne", None) == personne


def _reprendre(demande: Demande, appels: list[Appel], precedente: Demande) -> None:
    demande.appels = appels
    # Le sujet a été établi au tour précédent : la suite en garde l'assurance, pas celle que la
    # question elliptique (« Pis l'autre gars, lui ? ») aurait seule.
    demande.intention, demande.confiance = appels[-1].outil, precedente.confiance
    demande.recherche = precedente.recherche
    demande.reprise = (
        ", ".join(
            f"{CATALOGUE[a.outil].schema.model_fields[n].title or n} {lisible(v, _argument(a.outil, n))}"
            for a in precedente.appels
            for n, v in a.arguments.items()
        )
        or None
    )


def _decider(demande: Demande, plie: str, decrit: Callable[[str, str], str | None],
             illisibles: frozenset[str] = frozenset()) -> None:
    liaisons = {nom: lier(outil, demande.mentions, plie) for nom, outil in CATALOGUE.items()}
    probable, p = demande.intentions[0]
    if probable == DOCUMENT:
        _outil_sous_le_document(demande, liaisons)
        return
    probable, p = _mieux_qualifie(demande.intentions, liaisons)
    probable, p = _registres_interroges(demande, probable, p, liaisons, illisibles)
    probable, p = _personne_nommee(demande, probable, p)
    probable, p = _lisible_a_egalite(demande, probable, p, illisibles)
    demande.intention, demande.confiance = probable, p
    _choix_decrits(liaisons[probable], decrit)
    # Les outils qui prennent la suite de l'outil probable (le partage d'une paie), ou qui en sont l'autre
    # face (le calcul que la consultation complète par les registres), parlent pour lui.
    p += sum(q for n, q in demande.intentions[1:] if n != DOCUMENT and _allie(n, probable))
    liaison = liaisons[probable]
    if p < CONFIANCE_SECONDAIRE and not liaison.outil.lit_les_registres:
        # Aucun calcul ne se détache (« il a flambé 40 000 $ au casino, le MSSS offre-tu quelque chose ? ») :
        # les textes répondent.
        return
    if p < CONFIANCE_OUTIL and any(m.genre == REFERENCE for m in demande.mentions) and not liaison.qualifiees:
        # « le paragraphe 5° de l'article 7, que prévoit-il ? » : un calcul peu sûr cède aux textes, sauf si
        # la question nomme ses valeurs (« 133,50 $ de brut ; aucune retenue au sens de l'art. 91 »).
        return
    appels = _appels(probable, liaison, liaisons)
    sans_valeur = not liaison.arguments and not liaison.outil.lit_les_registres
    if appels is not None and sans_valeur and dict(demande.intentions)[probable] < CONFIANCE_OUTIL:
        appels = None  # un calcul qui répond sans valeur (le taux du jour) doit être sûr ; sinon, les textes
    suppose = _effet_des_supposes(liaison, demande.jour)
    if appels is not None and len(appels) == 1 and suppose == DECIDE:
        # Ce qu'on a supposé décide du verdict : on le demande plutôt que de le deviner.
        liaison.manquants = sorted(liaison.defauts)
        appels = None
    elif appels is None and p >= CONFIANCE_OUTIL and suppose == SANS_EFFET:
        # « Un prêt pour qu'il se cherche une job » : l'art. 5, 3° ne dépend pas des ressources.
        appels = [_appel(probable, liaison)]
    if liaison.devises and not liaison.outil.lit_les_registres:
        # « Une plieuse à 18 500 $ US » : le taux de change ne se devine pas ; on demande le montant.
        demande.precision = _precision_devise(liaison)
        demande.appels, demande.manquants = [_appel(probable, liaison)], list(liaison.manquants)
        return
    if appels is None and (limite := _limite_demandee(demande, liaison)):
        # « Combien peut-on emprunter sans passer par le ministre ? » : la valeur qui manque est la réponse.
        appels = [dataclasses.replace(_appel(probable, liaison), limite=limite)]
        appels[0].arguments[limite.nom] = limite.valeur
    if appels is None:
        # Des valeurs, mais pas toutes, ou une consultation sûre sans ce qu'elle désigne (la personne) :
        # on demande ce qui manque.
        consultation_sure = liaison.outil.lit_les_registres and p >= CONFIANCE_OUTIL
        if _valeurs_numeriques(liaison) or liaison.sources or consultation_sure:
            demande.precision = _precision_manquant(liaison)
            # Ce qui est compris attend ce qui manque : la réponse à la précision (ou les registres,
            # pour qui les lit) le complète.
            demande.appels = [_appel(probable, liaison)]
            demande.manquants = list(liaison.manquants)
        elif registres := _registres_de_la_regle(demande, liaisons, p):
            demande.appels = [registres[0]]
            demande.intention, demande.confiance = registres[0].outil, registres[1]
        return  # aucune valeur : les textes répondent (l'article qui fixe la règle)
    rivaux = [
        (n, q)
        for n, q in demande.intentions[1:3]
        # Un outil qui prend la suite du premier (le partage d'une paie) n'est pas un rival.
        if n != DOCUMENT
        and n not in illisibles
        # « Liste des chèques de Mont-Brumeux », du Fonds central : la plus probable, qu'il ne lit pas, est
        # refusée clairement, pas mise en balance avec une autre lecture des registres (ses revenus).
        and not (probable in illisibles and liaisons[n].outil.lit_les_registres)
        and p - q < ECART_AMBIGU
        and not _demande_ses_heures(liaisons[n], demande.texte)
        and not _allie(n, probable)
        # « C'est qui qui a fait le plus d'heures ? » : des agrégats ne disent jamais qui.
        and not (demande_qui(demande.texte) and getattr(CATALOGUE[probable], "en_agregats", None) == n)
        and _appels(n, liaisons[n], liaisons) is not None
        # Un outil qui laisse de côté une valeur de la question que le premier prend (l'année d'un
        # compte de participants), ou qui ne les prend que dans l'ordre quand le premier les reconnaît à
        # leurs mots (« doit déjà 19 200 $ », « 5 800 $ de plus »), ne lui est pas aussi probable.
        and len(liaisons[n].sources) >= len(liaison.sources)
        and len(liaisons[n].qualifiees) >= len(liaison.qualifiees)
        # … ni un outil dont la question nomme moins d'arguments, choix compris (« à la caisse »).
        and liaisons[n].donnees >= liaison.donnees
    ]
    # Une question fermée dont le verdict ne dépend pas des ordres de grandeur dits n'a pas à les préciser.
    estimation = (bool(liaison.approchees) and demande_une_estimation(demande.question)
                  and not _sans_borne(liaison))
    approchees = liaison.approchees and not (
        estimation or (not ouverte(demande.question) and _approchees_sans_effet(liaison, demande.jour)))
    if approchees and not liaison.outil.lit_les_registres:
        demande.precision = _precision_approchee(liaison)
    elif (ambigue := _date_ambigue_qui_compte(liaison, demande.jour)) and not liaison.outil.lit_les_registres:
        demande.precision = _precision_date_ambigue(liaison, ambigue)
    elif liaison.ecarts and not liaison.outil.lit_les_registres:
        demande.precision = _precision_ecart(liaison)
    elif (par_periode := _a_totaliser(liaison, plie)) and not liaison.outil.lit_les_registres:
        demande.precision = _precision_periodes(liaison, par_periode)
    elif annonce := _moins_que_annonce(liaison, demande.mentions, plie):
        demande.precision = annonce
    elif rivaux:
        demande.precision = _precision_choix([probable, rivaux[0][0]])
    elif p < CONFIANCE_OUTIL and liaison.sources and not liaison.outil.lit_les_registres \
            and not _valeurs_nommees_par_l_outil(liaison):
        # Des valeurs pour un calcul peu sûr : on les confirme. Une consultation n'en fait pas ses
        # nombres (« l'an passé » ne fait que choisir l'année lue) : rien à confirmer.
        demande.precision = _precision_confirmer(liaison)
    elif not demande.erreur and (restes := _restes_du_genre(liaison)):
        demande.precision = _precision_restes(liaison, restes)
    elif liaison.douteux:  # « Il a fait 40 cette semaine » : 40 heures ? 40 $ ?
        demande.precision = _precision_confirmer(liaison)
    for appel in appels:
        appel.estimation = estimation
    demande.appels = appels + _suites(demande, appels[-1].outil, liaisons)


def _mieux_qualifie(intentions: list[tuple[str, float]], liaisons: dict[str, Liaison]) -> tuple[str, float]:
    """Deux outils presque aussi probables : celui dont la question nomme les valeurs par leurs mots
    (« on doit déjà 30 000 $ », « 500 $ de plus ») l'emporte sur celui qui ne les prendrait que dans
    l'ordre ; la question est l'un des deux, ses valeurs disent lequel (d'où leurs probabilités jointes)."""
    premier, p = intentions[0]
    for nom, q in intentions[1:3]:
        if (nom != DOCUMENT and p - q < ECART_AMBIGU and liaisons[nom].complete
                and (len(liaisons[nom].qualifiees) > len(liaisons[premier].qualifiees)
                     or _ensemble_plutot_que_personne(liaisons[premier], liaisons[nom]))):
            return nom, p + q
    return premier, p


def _registres_interroges(demande: Demande, probable: str, p: float, liaisons: dict[str, Liaison],
                          illisibles: frozenset[str]) -> tuple[str, float]:
    """« Combien d'heures sur la paye du 12 octobre ? » demande les heures qu'un calcul prendrait, sans les
    donner : la lecture des registres qui la suit de près y répond (le sujet est le même, d'où leurs
    probabilités jointes)."""
    if not _demande_ses_heures(liaisons[probable], demande.texte):
        return probable, p
    for nom, q in demande.intentions[1:3]:
        if nom != DOCUMENT and nom not in illisibles and liaisons[nom].outil.lit_les_registres:
            return nom, p + q
    return probable, p


def _lisible_a_egalite(demande: Demande, probable: str, p: float,
                       illisibles: frozenset[str]) -> tuple[str, float]:
    """« Quel atelier a eu le moins de monde payé ? », du Fonds central : la paie une personne par ligne,
    qu'il ne lit pas, et la paie en agrégats, qu'il lit, sont presque aussi probables ; la question est
    celle qu'il peut poser (même sujet, d'où leurs probabilités jointes). Nettement plus probable, celle
    qu'il ne lit pas reste comprise, pour être refusée clairement."""
    agregats = getattr(CATALOGUE[probable], "en_agregats", None)
    q = dict(demande.intentions[1:3]).get(agregats or "")
    if probable in illisibles and agregats not in illisibles and q is not None and (
            p - q < ECART_AMBIGU or not _vise_des_personnes(demande)):
        # « Le brut versé en octobre a-tu dépassé 18 000 $ ? », d'un membre du conseil : ni personne nommée
        # ni rang de personnes ; la lecture qu'il peut faire est celle qu'il demande.
        return agregats, p + q
    return probable, p


# « le top 3 des payes », « la plus grosse paye », « classe-les », « chacun » : des personnes une à une.
RANG_DE_PERSONNES = re.compile(
    r"\b(?:top|palmares|class\w*|chacun\w*|chaque personne|par personne|(?:le|la|les) (?:plus|moins) \w+"
    r"|plus (?:gros|grosses?|haut\w*|eleve\w*|bas))\b"
)


def _vise_des_personnes(demande: Demande) -> bool:
    return (_nomme_une_personne(demande) or demande_qui(demande.texte)
            or RANG_DE_PERSONNES.search(plier(demande.texte)) is not None)


def _nomme_une_personne(demande: Demande) -> bool:
    return any(m.genre == Genre.PSEUDONYME or (m.genre == NOMBRE and NUMERO_A_ZEROS.fullmatch(m.texte))
               for m in demande.mentions)


def _demande_ses_heures(liaison: Liaison, texte: str) -> bool:
    """Un calcul qui prend des heures, dont la question demande les heures sans les donner."""
    arguments = liaison.outil.arguments
    sans_heures = any(a.genre == Genre.HEURES and a.nom not in liaison.arguments for a in arguments)
    return (not liaison.outil.lit_les_registres and sans_heures
            and HEURES_DEMANDEES.search(plier(texte)) is not None)


def _ensemble_plutot_que_personne(premiere: Liaison, seconde: Liaison) -> bool:
    """La lecture d'une personne que la question ne nomme pas (« combien de gars payés ») cède à celle de
    tout le fonds."""
    manquants = {a.genre for a in premiere.outil.arguments if a.nom in premiere.manquants}
    return _personne_et_ensemble(premiere.outil.nom, seconde.outil.nom) and Genre.PSEUDONYME in manquants


def _personne_nommee(demande: Demande, probable: str, p: float) -> tuple[str, float]:
    """« Le brut de P-MTB-0056 sur la paye du 26 octobre », « le 0098 » : une lecture de tout le fonds ne
    répond pas sur une personne nommée ; celle qui lit la même chose pour une personne l'emporte."""
    personne = getattr(CATALOGUE[probable], "par_personne", None)
    if personne is None or not _nomme_une_personne(demande):
        return probable, p
    return personne, p + dict(demande.intentions).get(personne, 0.0)


def _registres_de_la_regle(
    demande: Demande, liaisons: dict[str, Liaison], p: float
) -> tuple[Appel, float] | None:
    """Un calcul sans aucune valeur (« un de nos contrats n'a pas les heures requises ? ») ne calcule
    rien ; la consultation du même article qui le suit de près lit les registres qui répondent. Elle
    n'est proposée qu'à qui peut les lire (sinon, les textes répondent)."""
    if len(demande.intentions) < 2:
        return None
    probable, (nom, q) = CATALOGUE[demande.intentions[0][0]], demande.intentions[1]
    outil = CATALOGUE.get(nom)  # None pour le document
    if (
        outil is not None
        and outil.lit_les_registres
        and set(outil.articles) & set(probable.articles)
        and q >= CONFIANCE_SECONDAIRE
        and p + q >= CONFIANCE_OUTIL
        and _appels(nom, liaisons[nom], liaisons) is not None
    ):
        return _appel(nom, liaisons[nom]), q
    return None


def _choix_decrits(liaison: Liaison, decrit: Callable[[str, str], str | None]) -> None:
    """Un choix obligatoire, ou un oui/non, qu'aucun mot déclaré ne dit, mais que la question décrit (« il
    se remet d'une opération au genou » : un problème de santé) : la valeur apprise des exemples annotés de
    l'outil, seulement pour l'outil probable (un outil sous le document n'est appelé que sur ce que la
    question dit en toutes lettres). Un oui/non supposé (sa valeur d'usage) cède à celui que la question
    décrit ; les autres ne prennent leur valeur d'usage qu'une fois la situation décrite."""
    for argument in liaison.outil.arguments:
        a_decrire = (argument.nom in liaison.manquants if argument.genre == Genre.CHOIX
                     else argument.genre == Genre.BOOLEEN
                     and (argument.nom not in liaison.arguments or argument.nom in liaison.defauts))
        if a_decrire and (valeur := decrit(liaison.outil.nom, argument.nom)) is not None:
            liaison.arguments[argument.nom] = valeur == VRAI if argument.genre == Genre.BOOLEEN else valeur
            liaison.defauts.discard(argument.nom)
            if argument.nom in liaison.manquants:
                liaison.manquants.remove(argument.nom)
    appliquer_defauts(liaison)
    liaison.manquants = [nom for nom in liaison.manquants if nom not in liaison.arguments]


def _appel(nom: str, liaison: Liaison) -> Appel:
    return Appel(nom, dict(liaison.arguments), dict(liaison.sources), supposes=frozenset(liaison.defauts),
                 approchees=frozenset(liaison.approchees))


SANS_EFFET, DECIDE = "sans effet", "decide"


def _effet_des_supposes(liaison: Liaison, jour: datetime.date) -> str | None:
    """La question décrit la situation (un argument lu) mais tait des oui/non qu'on a supposés : le
    verdict du calculateur (ses valeurs oui/non) est-il le même quelle que soit leur valeur ? None : rien
    à essayer, ou une entrée que le calculateur refuse (l'appel la signalera, en français)."""
    supposes = sorted(liaison.defauts)
    lus = set(liaison.arguments) - liaison.defauts
    if liaison.manquants or not lus or not supposes or len(supposes) > MAX_SUPPOSES:
        return None
    if liaison.outil.lit_les_registres:
        return None
    variantes = [dict(zip(supposes, valeurs, strict=True))
                 for valeurs in itertools.product((True, False), repeat=len(supposes))]
    verdicts = _verdicts(liaison, variantes, jour)
    if verdicts is None or not verdicts[0]:
        return None
    return DECIDE if len(set(verdicts)) > 1 else SANS_EFFET


def _approchees_sans_effet(liaison: Liaison, jour: datetime.date) -> bool:
    """Des ordres de grandeur (« à peu près 5 000 $ ») qui ne décident pas de la réponse à une question
    fermée : le calculateur rend les mêmes oui/non quand chacun s'écarte de la marge, dans un sens ou
    dans l'autre. Sinon (« environ 24 000 $ » près du seuil), on demande la valeur exacte."""
    noms = sorted(liaison.approchees)
    if liaison.manquants or len(noms) > MAX_SUPPOSES or _sans_borne(liaison):
        return False  # une date à préciser, « une couple de mille » : aucune marge ne les borne
    facteurs = (1 - MARGE_APPROCHEE, 1, 1 + MARGE_APPROCHEE)

    def possibles(nom: str) -> tuple[Decimal, ...]:
        # « entre 10 et 15 % du prix » : les deux bouts de la fourchette ; sinon, la marge autour.
        return liaison.sources[nom].bornes or tuple(liaison.arguments[nom] * f for f in facteurs)

    variantes = [{n: str(v) for n, v in zip(noms, choisis, strict=True)}
                 for choisis in itertools.product(*map(possibles, noms))]
    verdicts = _verdicts(liaison, variantes, jour)
    return verdicts is not None and bool(verdicts[0]) and len(set(verdicts)) == 1


def _limite_demandee(demande: Demande, liaison: Liaison) -> Limite | None:
    """Le seul montant qui manque est celui que la question demande (« combien on peut emprunter au
    max ») : jusqu'où le calculateur garde son verdict, les autres valeurs dites."""
    if len(liaison.manquants) != 1 or liaison.outil.lit_les_registres:
        return None
    argument = _argument(liaison.outil.nom, liaison.manquants[0])
    if argument is None or argument.genre != Genre.ARGENT:
        return None
    if not interroge_sur(demande.question, argument.indices.mots):
        return None
    return chercher(liaison.outil.nom, liaison.arguments, argument.nom, demande.jour)


def _sans_borne(liaison: Liaison) -> bool:
    """Un ordre de grandeur qu'aucune marge ne borne : une date à préciser, « une couple de mille »."""
    return any(not isinstance(liaison.arguments[nom], Decimal)
               or SANS_BORNE.search(plier(liaison.sources[nom].texte)) for nom in liaison.approchees)


def _resultats(liaison: Liaison, variantes: list[dict], jour: datetime.date) -> list[Resultat] | None:
    """Ce que rend le calculateur pour chaque variante des arguments (les calculateurs sont exacts et
    rapides : on les essaie toutes) ; None si l'une est une entrée qu'il refuse."""
    resultats = []
    for variante in variantes:
        try:
            resultats.append(executer(liaison.outil.nom, {**liaison.arguments, **variante}, jour))
        except EntreeInvalide:
            return None
    return resultats


def _verdicts(liaison: Liaison, variantes: list[dict], jour: datetime.date) -> list[tuple] | None:
    """Les oui/non du calculateur pour chaque variante ; None si l'une est une entrée qu'il refuse."""
    resultats = _resultats(liaison, variantes, jour)
    return None if resultats is None else [r.verdict for r in resultats]


def _suites(demande: Demande, precedent: str, liaisons: dict[str, Liaison]) -> list[Appel]:
    """Un outil plausible qui ne manque que d'un montant du calcul précédent s'enchaîne après lui :
    « 20 h en octobre, sans retenue : combien pour la cantine ? » (la paie, puis son partage)."""
    suite = _enchainable(demande.intentions[1:], precedent)
    if suite is None or liaisons[suite.outil].manquants != list(suite.depuis):
        return []
    if not _chiffre(liaisons[precedent]):
        return []  # sans heures, la rémunération ne produit pas de paie à partager
    liaison = liaisons[suite.outil]
    return [Appel(suite.outil, dict(liaison.arguments), dict(liaison.sources), suite.depuis)]


def _outil_sous_le_document(demande: Demande, liaisons: dict[str, Liaison]) -> None:
    """La question se lit comme documentaire, mais ses valeurs remplissent un outil plausible :
    « Le fonds veut emprunter 30 mille dollars, faut-il une autorisation ? »."""
    for nom, p in demande.intentions[1:4]:
        liaison = liaisons[nom]
        if (
            p >= CONFIANCE_SECONDAIRE
            and liaison.complete
            and set(liaison.arguments) - liaison.defauts
            and _valeurs_reconnues(liaison)
            and not _restes_du_genre(liaison)
        ):
            demande.intention, demande.confiance = nom, p
            demande.appels = [_appel(nom, liaison)]
            return


def _valeurs_reconnues(liaison: Liaison) -> bool:
    """L'outil reconnaît une valeur de la question comme la sienne : ses mots la qualifient ou la nomment
    (« des obligations d'épargne »), ou son unité n'est pas celle d'un montant (des heures, un taux).
    « Si le fonds prête 200 $, peut-il charger de l'intérêt ? » : un montant nu pourrait être celui de
    n'importe quoi, pas une paie à répartir."""
    donnees = set(liaison.arguments) - liaison.defauts
    return bool(liaison.qualifiees) or any(
        n not in liaison.sources or liaison.sources[n].genre not in {Genre.ARGENT, NOMBRE} for n in donnees
    )


def _appels(nom: str, liaison: Liaison, liaisons: dict[str, Liaison]) -> list[Appel] | None:
    """Les appels qui répondent : l'outil seul, ou précédé de celui dont il prend un montant."""
    outil = CATALOGUE[nom]
    if liaison.complete:
        sans_valeur = not liaison.arguments and not outil.repond_sans_valeur
        return None if sans_valeur else [_appel(nom, liaison)]
    if len(liaison.manquants) != 1:
        return None
    argument = next(a for a in outil.arguments if a.nom == liaison.manquants[0])
    if not argument.indices.depuis:
        return None
    source, montant = argument.indices.depuis
    amont = liaisons[source]
    if not (amont.complete and _chiffre(amont)):
        return None
    # « 20 h de travail : combien à l'épargne ? » : la paie d'abord, puis son partage.
    return [
        Appel(source, dict(amont.arguments), dict(amont.sources)),
        Appel(nom, dict(liaison.arguments), dict(liaison.sources), {argument.nom: (source, montant)}),
    ]


def _chiffre(liaison: Liaison) -> bool:
    """La liaison tient au moins un nombre de la question (heures, montant, taux)."""
    numeriques = NUMERIQUES | {NOMBRE}
    return any(m.genre in numeriques for m in liaison.sources.values())


def _valeurs_nommees_par_l_outil(liaison: Liaison) -> bool:
    """« Revenus 164 300 $, frais 121 800 $, taux fixé : 5 % » : chaque valeur de la question est liée
    par les mots de l'outil qui la nomment, et il y en a plusieurs ; la question parle de ce calcul même
    si sa prose (« 47 détenus, 12 % de prévenus ») en brouille l'intention."""
    numeriques = {n for n, m in liaison.sources.items() if m.genre in NUMERIQUES}
    return (liaison.complete and len(numeriques) >= VALEURS_NOMMEES
            and numeriques <= liaison.qualifiees and not liaison.douteux)


def _valeurs_numeriques(liaison: Liaison) -> bool:
    """Des valeurs restées sans argument que l'outil aurait pu prendre ; pour un outil qui ne prend aucun
    nombre (l'aide de l'art. 5), « il doit encore 85 $ » n'est que du contexte."""
    numeriques = NUMERIQUES | {NOMBRE}
    prend_des_nombres = any(a.genre in numeriques for a in liaison.outil.arguments)
    return prend_des_nombres and any(m.genre in numeriques for m in liaison.restes)


def _restes_du_genre(liaison: Liaison) -> list:
    """Des valeurs que l'outil aurait pu prendre (même genre qu'un de ses arguments) mais qu'aucun
    indice ne lui attribue : plutôt que de les ignorer, on demande ce qu'elles sont."""
    # Le genre d'un argument déjà rempli compte aussi : « s'il mettait 25 %… finalement 15 % », lequel ?
    genres = {a.genre for a in liaison.outil.arguments
              if a.obligatoire or not a.indices.mots or a.nom in liaison.sources}
    # Un nombre sans unité qu'aucun argument n'a pris, dit comme un ordre de grandeur ou une valeur au
    # choix (« 20 000 ou 25 000 »), aurait pu être l'un d'eux ; une part dite en mots (« la moitié de
    # notre solde ») rapporte une valeur à une autre, ce qu'aucun argument d'un calcul ne lit (une
    # consultation lit ses propres critères : « remplies à plus de la moitié »).
    # Quand l'outil a pris des nombres nus pour ses montants (« revenus 152 300, charges 118 900 »), un nombre
    # nu qui reste aurait pu être l'un d'eux tout autant.
    nus = any(m.genre == NOMBRE for m in liaison.sources.values())
    relative = Genre.TAUX if not liaison.outil.lit_les_registres else None
    return [m for m in liaison.restes
            if m.genre in genres or (m.genre == NOMBRE and (m.approchee or nus) and genres & NUMERIQUES)
            or (m.genre == relative and "%" not in m.texte)]


def _intitule(outil: str) -> str:
    """« la rémunération brute d'une personne incarcérée » : la description, jusqu'au premier deux-points
    (ou point-virgule)."""
    texte = CATALOGUE[outil].description.split(" :")[0].split(" (")[0].split(" ;")[0].rstrip(".")
    premier, _, reste = texte.partition(" ")
    return f"{premier.lower()} {reste}".strip()


def _precision_manquant(liaison: Liaison) -> str:
    titres = [liaison.outil.schema.model_fields[n].title or n for n in liaison.manquants]
    quoi = "cette consultation" if liaison.outil.lit_les_registres else "ce calcul"
    pour = f"Pour {quoi} ({_intitule(liaison.outil.nom)})"
    manque = f"{pour}, il me manque : {', '.join(titres)}." if titres else f"{pour} :"
    if not liaison.restes:
        return f"{manque} Pouvez-vous me le préciser ?"
    # Les deux valeurs d'une règle (« le moindre de 25 $ ou 15 % ») ont les mêmes mots : dits une fois.
    donnees = ", ".join(dict.fromkeys(m.texte.strip() for m in liaison.restes))
    return f"{manque} Je ne sais pas à quoi correspond « {donnees} » : pouvez-vous préciser ?"


def _precision_choix(outils: list[str]) -> str:
    return (
        f"Voulez-vous dire : {_intitule(outils[0])}, ou : {_intitule(outils[1])} ? Précisez-le et je calcule."
    )


def _precision_confirmer(liaison: Liaison) -> str:
    valeurs = ", ".join(
        f"{_titre(liaison, n)} de {lisible(liaison.arguments[n], _argument(liaison.outil.nom, n))}"
        for n in liaison.sources
    )
    return f"Voulez-vous dire : {_intitule(liaison.outil.nom)}, avec {valeurs} ? Confirmez et je calcule."


def _date_ambigue_qui_compte(liaison: Liaison, jour: datetime.date) -> str | None:
    """« 11/10/2027 » se lit le 11 octobre ou le 10 novembre : si le calcul ne rend pas la même chose selon
    la lecture (une autre lecture que le calculateur refuse ne compte pas), on demande laquelle."""
    for nom, autre in sorted(liaison.ambigues.items()):
        resultats = _resultats(liaison, [{}, {nom: autre}], jour)
        if resultats is not None and resultats[0].valeurs != resultats[1].valeurs:
            return nom
    return None


def _precision_date_ambigue(liaison: Liaison, nom: str) -> str:
    lue, autre = liaison.arguments[nom], liaison.ambigues[nom]
    return (f"« {liaison.sources[nom].texte.strip()} » : est-ce le {format_date(lue)} ou le "
            f"{format_date(autre)} ? La réponse en dépend.")


def _precision_approchee(liaison: Liaison) -> str:
    """Un calcul exact ne part ni d'un ordre de grandeur ni de deux valeurs au choix : on demande la
    valeur."""
    nom = sorted(liaison.approchees)[0]
    source = liaison.sources[nom]
    pourquoi = f" ({source.doute})" if source.doute else ""  # « le 5 janvier 2027 est un mardi »
    return (f"Pour ce calcul ({_intitule(liaison.outil.nom)}), il me faut la valeur exacte de : "
            f"{_titre(liaison, nom)} ; « {source.texte.strip()} » ne la donne pas{pourquoi}. "
            "Pouvez-vous me la préciser ?")


def _precision_ecart(liaison: Liaison) -> str:
    """« 3 heures de plus » sans ce à quoi elles s'ajoutent : on demande le total plutôt que de calculer
    sur l'écart seul."""
    nom = sorted(liaison.ecarts)[0]
    return (f"Pour ce calcul ({_intitule(liaison.outil.nom)}), « {liaison.sources[nom].texte.strip()} »"
            f" s'ajoute à une valeur que je n'ai pas : quel est le total de : {_titre(liaison, nom)} ?")


# « 15 h par semaine depuis la rentrée, combien en tout ? » : un total sur un nombre de périodes non dit.
EN_TOUT = re.compile(r"\b(?:en tout|au total|jusqu'(?:a maintenant|a date|ici))\b")


def _a_totaliser(liaison: Liaison, plie: str) -> str | None:
    """L'argument rempli par une valeur par période quand la question en demande le total, ou quand
    l'argument est une somme de l'exercice (`Indices.annuel`) : « 2 000 $ par semaine » n'en est pas une
    (le mois, lui, se compte douze fois : `remplissage._a_l_annee`)."""
    total = EN_TOUT.search(plie) is not None
    return next((nom for nom, m in liaison.sources.items() if m.periode in PLURIELS
                 and (total or nom in {a.nom for a in liaison.outil.arguments if a.indices.annuel})), None)


def _precision_periodes(liaison: Liaison, nom: str) -> str:
    mention = liaison.sources[nom]
    return (f"Pour ce calcul ({_intitule(liaison.outil.nom)}), « {mention.texte.strip()} » vaut pour une "
            f"période : pendant combien de {PLURIELS[mention.periode]} (ou quel est le total de : "
            f"{_titre(liaison, nom)}) ?")


def _ce_qui_est_compte(plie: str, compte: Mention) -> str:
    """Les mots qui suivent un compte jusqu'à la ponctuation : « deux dernières payes », mais pas le solde
    de la phrase suivante après « remboursable en 36 mois. »."""
    suite = plie[compte.fin : compte.fin + PORTEE_D_UN_COMPTE]
    return PROPOSITION.split(suite, maxsplit=1)[0]


def _moins_que_annonce(liaison: Liaison, mentions: list[Mention], plie: str) -> str | None:
    """« Ses deux dernières payes ensemble : la première c'était 84 $ » : une valeur qui s'additionne,
    donnée moins de fois que le compte qui la nomme ne l'annonce ; on demande les autres plutôt que de
    calculer sur une partie."""
    for argument in liaison.outil.arguments:
        if not argument.indices.cumul or argument.nom not in liaison.sources:
            continue
        annonces = [int(m.valeur) for m in mentions if m.genre == QUANTITE and m.valeur == int(m.valeur) >= 2
                    and present(argument.indices.mots, _ce_qui_est_compte(plie, m))]
        lues = 1 + len(liaison.cumuls.get(argument.nom, []))
        if annonces and lues < annonces[0]:
            titre, lue = _titre(liaison, argument.nom), liaison.sources[argument.nom].texte.strip()
            return (f"La question annonce {annonces[0]} valeurs de : {titre}, je n'en lis que {lues}"
                    f" ({lue}) : quelles sont les autres ?")
    return None


def _precision_devise(liaison: Liaison) -> str:
    valeurs = ", ".join(m.texte.strip() for m in liaison.devises)
    return (f"Pour ce calcul ({_intitule(liaison.outil.nom)}), « {valeurs} » est dans une autre monnaie : "
            "quel montant en dollars canadiens dois-je prendre ?")


def _precision_restes(liaison: Liaison, restes: list) -> str:
    valeurs = ", ".join(dict.fromkeys(m.texte.strip() for m in restes))  # « 20 000 ou 25 000 » une fois
    return (
        f"Je n'ai pas compris à quoi correspond « {valeurs} » dans ce calcul "
        f"({_intitule(liaison.outil.nom)}). Pouvez-vous préciser ?"
    )


def _titre(liaison: Liaison, nom: str) -> str:
    return liaison.outil.schema.model_fields[nom].title or nom


def _argument(outil: str, nom: str) -> Argument | None:
    return next((a for a in CATALOGUE[outil].arguments if a.nom == nom), None)


def _d_un_pas(appels: list[Appel], plie: str) -> list[Appel] | None:
    """« Pis la paie d'après ? » : le jour qui désignait la chose avance (ou recule) de son pas."""
    sens = 1 if SUIVANTE.search(plie) else -1 if PRECEDENTE.search(plie) else 0
    if not sens:
        return None
    if ANNEE_VOISINE.search(plie):  # « Pis l'année d'avant ? » : l'année lue avant, moins un
        for rang, appel in enumerate(appels):
            for argument in CATALOGUE[appel.outil].arguments:
                annee = appel.arguments.get(argument.nom)
                if argument.genre == Genre.ANNEE and isinstance(annee, int):
                    copies = [_copie(a) for a in appels]
                    copies[rang].arguments[argument.nom] = annee + sens
                    return copies
    for rang, appel in enumerate(appels):
        for argument in CATALOGUE[appel.outil].arguments:
            jour = appel.arguments.get(argument.nom)
            if argument.indices.pas and isinstance(jour, datetime.date):
                copies = [_copie(a) for a in appels]
                pas = datetime.timedelta(days=sens * argument.indices.pas)
                copies[rang].arguments[argument.nom] = jour + pas
                return copies
    return None


# « C'était un peu plus », « pas mal moins » : la valeur a changé, sans qu'on dise de combien.
VALEUR_DIFFERENTE = re.compile(
    r"\b(?:un (?:petit )?peu|pas mal|un brin|quelque chose de) (?:plus|moins)\b(?!\s*(?:de|d'|que|qu')\s*\d)"
    r"|\bc'(?:etait|est) (?:plus|moins) (?:haut|bas|gros|eleve)\w*"
)


def _demander_les_valeurs_dites_autres(demande: Demande, appel: Appel, liaison: Liaison, plie: str,
                                       nouveaux: dict[str, object] | None = None) -> None:
    """« Sa paye de la semaine d'avant ? c'était un peu plus », « lui y'en a fait un peu plus » : une autre
    valeur que celle du calcul repris, non dite ; on la demande."""
    if differentes := [n for n in _valeurs_dites_autres(appel, plie) if n not in (nouveaux or {})]:
        liaison.manquants = demande.manquants = differentes
        demande.precision = _precision_manquant(liaison)


def _valeurs_dites_autres(appel: Appel, plie: str) -> list[str]:
    """Les montants et les heures du calcul précédent que la question dit autres sans dire de combien
    (une consultation, elle, relit les registres de l'autre période)."""
    if CATALOGUE[appel.outil].lit_les_registres or not VALEUR_DIFFERENTE.search(plie):
        return []
    return [nom for nom, m in appel.sources.items() if m.genre in GRANDEURS]


def _copie(appel: Appel) -> Appel:
    return Appel(appel.outil, dict(appel.arguments), dict(appel.sources), dict(appel.depuis), appel.supposes)

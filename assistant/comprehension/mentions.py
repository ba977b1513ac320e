"""Les valeurs d'une question, chacune avec son genre, son unité et l'endroit d'où elle vient.

Les bibliothèques lisent ce qu'elles lisent bien : text2num les nombres en lettres (« quarante
mille trois cents »), Duckling les montants (« 30 mille dollars », « 12 k$ », « 1,2 M$ ») et les
dates relatives au jour de la demande. Notre code ne décide que ce qui demande le contexte :
une référence (« article 8 », « art. 11 al. 2 », « 3° ») n'est jamais un montant ; une année n'est
jamais un montant ; « 20h » après « travaillé » est une durée, « à 14h » une heure de la journée ;
« 7h30 par jour pendant 4 jours » fait 30 heures.
"""

from __future__ import annotations

import calendar
import contextlib
import dataclasses
import datetime
import itertools
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import cache

import pendulum
from text_to_num import alpha2digit, text2num

from assistant.comprehension.abreviations import developper_les_mois
from assistant.comprehension.feries import feries
from assistant.comprehension.formulation import (
    DE_QUOI,
    ET,
    bouts_joints,
    choix_par_regle,
    comparatifs,
    comprises,
    debut_annonce,
    fourchettes,
    multiples,
    parts_d_un_tout,
    prix_unitaires,
    reprises,
    restes_d_un_total,
    sans_details_inclus,
    sans_lignes_totalisees,
    sans_redites_entre_parentheses,
    sous_totaux,
    touts_d_une_part,
    variations,
)
from assistant.comprehension.mention import (
    DATE_IMPOSSIBLE,
    DEVISE,
    GRANDEURS,
    HEURE_DU_JOUR,
    IDENTIFIANT,
    JOUR_VOISIN,
    NOMBRE,
    NUMERO_DE_PIECE,
    QUANTITE,
    REFERENCE,
    Mention,
    nombre_propre,
)
from assistant.recherche.analyseur import FIN_DE_PHRASE
from outils.dates import MOIS as NOMS_DES_MOIS, decaler_annees, fin_du_mois, format_date
from outils.declaration import FORME_PSEUDONYME, Genre
from outils.jours_feries import DERNIER, nieme, ouvrable
from outils.parametres import montants_fixes

_ESPACES = re.compile(r"[\u00a0\u202f\u2009\t ]+")
# Un pourcentage suit son nombre : « cinq pour cent », que text2num écrit « 5 pour 100 », « 12 et demi
# pour cent », « 15 sur 100 » ; « pour cent-quatre-vingt-mille de frais » (« pour 180000 ») n'en est pas un.
_POUR_CENT = re.compile(r"(\d|\bdemie?)\s*(?:(?:pour|p\.|sur)\s*(?:cent|100)|pourcent)\b(?! ?[,.]?\d)",
                        re.IGNORECASE)
# La notation anglaise d'un montant (« $1,045.80 », « $18,500 », « 232.40 $ ») récrite à la française
# avant toute lecture : le symbole devant, la virgule des milliers, le point des cents. Un montant n'a
# jamais trois décimales : « 18,500 $ » est dix-huit mille cinq cents.
_MONTANT_ANGLAIS = re.compile(
    r"\$[ \u00a0]?(\d{1,3}(?: \d{3})+(?:,\d{1,2})?(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?!\d)"
    r"|\d+(?:[.,]\d{1,2})?(?!\d))"
    r"|(?<![\d,.])(\d{1,3}(?:,\d{3})+(?:\.\d{1,2}(?!\d)|(?=\s?\$)))"
    r"|(?<![\d,.])(\d+\.\d{2})(?=\s?\$)"
)
_GROUPES_ANGLAIS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# « 3.5 k$ », « 1.2 M$ », « 2.5 millions » : la décimale à l'anglaise devant un multiple (Duckling lirait
# « 5 k$ », text2num « 2.5000000 »).
_POINT_AVANT_MULTIPLE = re.compile(
    r"(?<![\d.,])(\d+)\.(\d{1,2})(?= ?(?:[kKM]\b|[kKM]\$|mille\b|millions?\b|milliards?\b|milliers?\b))"
)
# Les noms familiers du dollar au Québec, que Duckling ne connaît pas : « 5000 piasses » vaut 5000 $ ;
# ni « 1500000 de dollars » (« un million et demi de dollars »).
_FAMILIERS = r"piastres?|piasses?|bucks?|balles|bidous?"  # les noms familiers du dollar, déclarés une fois
_DOLLAR = rf"(?:\$|(?:dollars?|{_FAMILIERS})\b)"  # le dollar, par son signe, son nom ou un nom familier
_DOLLAR_FAMILIER = re.compile(rf"(\d)\s*(?:(?:de\s+)?(?:{_FAMILIERS})|de\s+dollars?)\b",
                              re.IGNORECASE)
# Les cents dits comme tels (« 80 cennes », « 15 sous ») : le chiffre des dollars qui les précède, s'il y en
# a un tout près (« 128. Pis 80 cennes », « 12 piasses et 50 sous »), les reçoit ; sinon, des cents seuls.
_CENNES = r"(?:cennes?|cents|sous)\b(?!-)"  # « sous-total » n'en est pas
_DOLLARS_PIS_CENNES = re.compile(
    rf"(\d+)(?:\s*{_DOLLAR})?[.,]?\s+(?:et|pis|plus)\s+(\d{{1,2}}|une?)\s+{_CENNES}",
    re.IGNORECASE)
# « Deux mille quatre cent soixante-quinze et 00/100 dollars » : les cents d'un montant écrit comme sur un
# chèque (la partie en lettres est déjà en chiffres quand on la lit).
_CENTS_DE_CHEQUE = re.compile(r"(\d(?:[\d  ]*\d)?)\s+et\s+(\d{2})\s*/\s*100\b")
# « 12 845 cennes », « brut_cents = 14530 » (l'export d'un logiciel de paie) : un montant compté en cents.
_EN_CENTS = re.compile(rf"(?<![\d,.])(\d{{1,3}}(?: \d{{3}})+|\d{{3,}})[ \t]+{_CENNES}", re.IGNORECASE)
_CHAMP_EN_CENTS = re.compile(r"\b([^\W\d_]+)_cents?\s*[=:]\s*(\d+)\b", re.IGNORECASE)
# « 9 briques », « une brique », « 14 briques et demie » : mille dollars, à la québécoise.
# Mille dollars en langue familière : « 9 briques », « une brique et demie », « 30 grands » (« grands » suivi
# d'un nom est l'adjectif : « 3 grands ateliers »).
# Les mots-outils qui peuvent suivre un mot sans qu'un nom le suive (« 30 grands à la caisse », « au deuxième,
# c'tu monté ») ; `SANS_NOM_APRES` : pas de nom juste après (« 3 grands ateliers », « le deuxième emprunt »).
_MOTS_OUTILS = ("a|à|au|aux|de|du|d|en|pour|pis|et|ou|sur|chez|avec|dans|par|qu|que|c|ca|ça|versus|vs|on|il|"
                "elle|y")
SANS_NOM_APRES = rf"(?!\s+(?!(?:{_MOTS_OUTILS})\b)[a-zà-ÿ])"
_BRIQUES = re.compile(
    rf"\b(\d+(?:,\d+)?|une?) (?:briques?|(?<=\d )grands{SANS_NOM_APRES})(?: et (demie?))?\b", re.IGNORECASE)
# « 192$35 » : le signe du dollar à la place de la virgule ; « 176'400.– » : l'apostrophe des milliers et le
# « .– » des francs suisses, sans cents.
_DOLLAR_POUR_VIRGULE = re.compile(r"(?<![\d,.])(\d+)\$(\d{2})(?!\d)")
_MILLIERS_APOSTROPHE = re.compile(r"(?<![\d'])\d{1,3}(?:'\d{3})+(?![\d'])")
_SANS_CENTS = re.compile(r"(?<=\d)\.[–—-](?!\d)")
# « vingt-quatre cents piasses » : des centaines au-delà de mille, à la québécoise (2 400 $) ; text2num y lit
# « 24 100 ». « Deux mille quatre cents » et « quatre cents » restent à text2num.
# Sans le dollar après, ce sont des cents : « douze piasses et cinquante cents », « vingt-cinq cents ».
_CENTAINES = re.compile(r"(?<!mille )(?<!cent )\b((?:(?:vingt|trente|quarante|cinquante|soixante)[- ]et[- ])?"
                        r"(?:[a-zé]+-)*[a-zé]+) cents\b", re.IGNORECASE)
_DOLLAR_APRES = re.compile(rf" (?:de )?{_DOLLAR}", re.IGNORECASE)
# « 4h/j x 5j + 2h » : le « + » d'un horaire griffonné se lit « plus » (les unités abrégées sont dans
# `UNITES_DE_PERIODE`).
_PLUS_SIGNE = re.compile(r"(?<=[\dh%$ ])\s?\+\s?(?=\d)")
# « un taux de zéro pour cent », « zéro dollar », « zéro piasse » : text2num laisse « zéro » en lettres.
_ZERO = re.compile(rf"\bz[ée]ro(?=\s*(?:pour\s*cent|%|{_DOLLAR}|heures?\b|h\b))", re.IGNORECASE)
# « 9 briques au Fonds central… en emprunter 16 autres » : le nombre sans unité suivi de « autres », sans nom
# de chose après, reprend l'unité et son multiple du montant dit avant lui.
_MULTIPLE_DIT = re.compile(r"\d(?:,\d+)? ?(briques?|1000|[kM](?![\w$])|[kM]\$)", re.IGNORECASE)
_AUTRES = re.compile(r"\b(\d+(?:,\d+)?) autres\b(?=\s*(?:[.,;:!?)]|$|(?:pour|afin|a|au|aux|en|sur|dans|avec"
                     r"|chez|cette|ce|cet|la|le|les|si|mais|et|ou|pis)\b))", re.IGNORECASE)
_CENNES_SEULES = re.compile(rf"(?<![\d,.])(\d{{1,2}})\s+{_CENNES}", re.IGNORECASE)
# « une cenne de moins que 200 $ » : un cent, dans un écart (« pas une cenne » n'est pas une valeur).
_UNE_CENNE_D_ECART = re.compile(rf"\bune?\s+{_CENNES}(?=\s+de\s+(?:plus|moins)\b)", re.IGNORECASE)
# « 10 ¾ h », « 7 1/2 heures », « 2 h ½ » : une fraction en chiffres s'ajoute à l'entier qui la précède.
_FRACTION_GLYPHE = re.compile(r"(?:(\d+)\s?(?:(h|hres?|heures?)\s?)?)?([\u00bc-\u00be\u2150-\u215e])")
_FRACTION_BARRE = re.compile(
    r"(?<![\d/.,])(?:(\d+) )?([1-7])/([248])(?![\d/])(?=(?(1)|\s?(?:h\b|heures?|\$|%)))"
)
_MULTIPLE = re.compile(r"(\d+(?:,\d+)?) (1000|1000000|1000000000)\b")
# « deux et demi pour cent », « un million et demi », « un demi-million » : la demie s'ajoute au nombre.
_ET_DEMI = re.compile(rf"\b(\d+) {ET} demie?\b")  # « dix-sept pis demi » aussi
# « il y a un an et demi » : 18 mois (Duckling lirait « il y a un an » et laisserait la demie).
_ANS_ET_DEMI = re.compile(rf"\b(\d+|une?) ans? {ET} demi\b", re.IGNORECASE)
_UNITE_QUI_SUIT = re.compile(rf"\s*(?:%|{_DOLLAR}|k\b)", re.IGNORECASE)
# « 187 piasses et demie », « 12 dollars et quart » : la fraction d'un dollar, en cents.
_DOLLARS_ET_FRACTION = re.compile(rf"\b(\d+) ?{_DOLLAR} {ET} (demie?|quart)\b",
                                  re.IGNORECASE)
# « 95k », « 1.2k », « 1,5M » : l'abréviation du millier ou du million collée au nombre, sans le « $ » que
# Duckling lit déjà (« 12 k$ »).
_MULTIPLE_ABREGE = re.compile(r"\b(\d+(?:[.,]\d+)?) ?([kKM])\b(?! ?\$)")
# « 2k5 », « 3k2 » : le « k » tient lieu de virgule, comme sur un schéma (2,5 milliers).
_MILLIER_ET_DECIMALE = re.compile(r"\b(\d+)[kK](\d{1,3})\b")
# « deux cent trente-deux et quarante » dicté : des dollars et des cents, dits en lettres. En français, « et »
# ne lie deux nombres que dans « vingt et un », « soixante et onze » : après une centaine ou un millier,
# suivi d'une dizaine, c'est la virgule, que text2num lit. Écrits en chiffres (« 150 et 85 »), ce sont
# deux valeurs.
_MOT_NOMBRE = (r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
               r"|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)")
_CENTS_DICTES = re.compile(
    rf"\b((?:{_MOT_NOMBRE}[ -])*(?:cents?|mille)(?:[ -]{_MOT_NOMBRE})*) et "
    rf"((?:dix|vingt|trente|quarante|cinquante|soixante)(?:[ -]{_MOT_NOMBRE})*)\b"
    rf"(?!{_UNITE_QUI_SUIT.pattern}|\s*(?:h\b|heures?))",
    re.IGNORECASE)
# « une vingtaine d'heures », « une centaine de dollars » : un nombre collectif est un ordre de grandeur
# (« sa quinzaine », sans « une », est la période de paie).
COLLECTIFS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
# « y'a 30 semaines », « ya 3 ans » : « il y a » parlé, que Duckling ne date pas.
_IL_Y_A_PARLE = re.compile(r"(?<![\w'])(?:il )?y'?a (?=\d)", re.IGNORECASE)
# « pour une quinzaine complète » : sans complément, la quinzaine est la période de paie, deux semaines.
_QUINZAINE = re.compile(r"\bune quinzaine\b(?! d'| de )", re.IGNORECASE)
# « la quinzaine passée », « la prochaine quinzaine » : deux semaines du calendrier, dites comme Duckling et
# `_glissantes` les lisent.
_QUINZAINES_VOISINES = (
    (re.compile(r"\bla (?:quinzaine (?:pass[ée]e|derni[èe]re)|derni[èe]re quinzaine)\b", re.IGNORECASE),
     "les 2 semaines passées"),
    (re.compile(r"\bla (?:quinzaine (?:prochaine|qui (?:vient|s'en vient))|prochaine quinzaine)\b",
                re.IGNORECASE), "les 2 prochaines semaines"),
)
# « les montants en cents », « 12 cents » : l'unité nommée, pas le nombre cent que text2num y lirait.
_EN_CENTS_NOMMES = re.compile(r"(\ben |\d ?)cents\b", re.IGNORECASE)
# « (en milliers de $) » : l'en-tête d'un état financier, écrit « en k$ » pour que text2num n'y lise pas
# mille dollars ; `echelle_declaree` le lit.
_ECHELLE_NOMMEE = re.compile(r"\ben (milliers|millions) de (?:\$|dollars)", re.IGNORECASE)
_COLLECTIF = re.compile(rf"\bune? ({'|'.join(COLLECTIFS)})(?: d'| de |\b)", re.IGNORECASE)
# « un demi-million », « un quart de million », « trois quarts de million » : la part d'un multiple, lue avant
# que text2num ne lise « million » seul.
_PART_DE_MULTIPLE = re.compile(r"\b(?:(un|une|trois) quarts? de |(?:un |une )?demi-)(million|millier)s?\b",
                               re.IGNORECASE)
_ANS = r"(?:19[5-9]\d|20\d\d)"

REFERENCES = re.compile(
    r"\b(?:articles?|art\.?|alin[eé]as?|al\.|paragraphes?|par\.|sections?|chapitres?|annexes?|r\.)"
    r"\s*\d+(?:\s*(?:°|er|e)\b)?(?:\s*(?:,|et|à|a|ou)\s*\d+(?:\s*°)?)*"
    r"|\b\d+\s*°|\b\d+(?:er|e|ème|eme|ieme|ième)\s+(?:alin[eé]a|article)|\bS-40\.1\b|\bLSCQ\s*\d+",
    re.IGNORECASE,
)
PSEUDONYME = re.compile(rf"(?<![\w-]){FORME_PSEUDONYME}(?![\w-])", re.IGNORECASE)  # « P-VDP-0042 »
# « p-mtb 0003 », « P–LAH–0007 » (tirets d'un traitement de texte), « PVDP0137 » : le même pseudonyme
# tapé autrement ; récrit dans sa forme (« P-MTB-0003 ») par `preparer`.
_TIRETS = "\\-\u2010\u2011\u2012\u2013\u2014"
PSEUDONYME_TAPE = re.compile(
    rf"(?<![\w{_TIRETS}])(?:[pP][{_TIRETS}]([a-zA-Z]{{2,4}})[{_TIRETS} ]|P([A-Z]{{2,4}}))(\d{{3,6}})"
    rf"(?![\w{_TIRETS}])"
)
# Lettres, code du fonds, puis chiffres ou lettres, liés par des traits d'union.
PIECE = re.compile(r"(?<![\w-])[a-z]{1,3}-([a-z]{2,10})(?:-[a-z0-9]+)+(?![\w-])", re.IGNORECASE)
# « Réf. 2026-DGSC-0412 », « MSP-2026-118-B » : la référence d'une lettre, en capitales et chiffres liés par
# des traits ; ses nombres ne sont ni une année ni une valeur.
CODE = re.compile(r"(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){2,}(?![\w-])")
# Un nombre qui suit le nom de ce qu'il désigne (« la chambre 112 », « dossier 2026-0377 », « no 4 ») :
# en français, une quantité précède son nom (« 112 chambres ») ; un numéro le suit.
DESIGNATION = re.compile(
    r"\b(?:chambre|cellule|salle|local|bureau|aile|secteur|unite|bloc|poste|dossier|matricule|"
    r"page|casier|numero|no\.?|n°|#)\s*(?:no\.?\s*|numero\s*|n°\s*|#\s*)?(\d+(?:-\d+)*)"
    r"(?![\w,.]?\d| \d{3}\b|\s?(?:\$|%|h\b|heures?\b))"  # ni un montant, ni un taux, ni des heures
)
# Les mois d'outils.dates, pliés comme le texte qu'on lit (sans accents).
MOIS = tuple(unicodedata.normalize("NFKD", m).encode("ascii", "ignore").decode() for m in NOMS_DES_MOIS)
# « le 11/10/2027 » : jour/mois à la française ; mois/jour aussi possible (logiciels, usage anglais) quand
# les deux nombres peuvent être un mois.
# « 15/01/2027 », « 15-01-27 » : jour, mois, année (sur deux chiffres : 20aa), le même séparateur deux fois.
DATE_EN_CHIFFRES = re.compile(rf"(?<![\d/-])(\d{{1,2}})([/-])(\d{{1,2}})\2({_ANS}|\d\d)(?![\d/-])")
# « 2027/10/15 », « 2027.10.15 » : l'ordre ISO (année, mois, jour) avec un autre séparateur que le tiret.
DATE_ISO = re.compile(rf"(?<![\d/.-])({_ANS})([/.])(\d{{1,2}})\2(\d{{1,2}})(?![\d/.-])")
QUANTIEME = r"(\d{1,2})(?:er)?"  # le jour du mois : « 28 », « 1er »
JOUR_ET_MOIS = re.compile(rf"\b{QUANTIEME} ({'|'.join(MOIS)})\b(?: ({_ANS})\b)?")
TAUX = re.compile(r"(?<![\d,.])(\d+(?:[.,]\d+)?)\s*%")
# « le quart du net », « la moitié des revenus » : une part dite en mots, un taux (text2num a déjà mis
# les ordinaux en chiffres : « le 10e du mois » est une date).
FRACTIONS = {"moitie": 2, "quart": 4, "tiers": 3}
# « le tiers de sa paye » (pas « le tiers doit », ni « pour le tiers de transmettre » : une partie) ;
# « un cinquième des revenus », que text2num écrit « un 5ème » (« le 5e du mois » reste une date).
FRACTION = re.compile(rf"\b(?:(?:le |la |l'|une? )({'|'.join(FRACTIONS)})|une? ([2-9]|10)(?:e|eme|ieme))"
                      r"(?= (?:du|de|des|d')\b)(?! d(?:e |')(?!notre|votre|leur)[a-z]+(?:er|ir|re)\b)")
# « 1/4 du revenu net » : la même part en chiffres (Duckling y lirait le 1er avril).
FRACTION_CHIFFREE = re.compile(
    rf"(?<![\d/,.])([1-9])/([2-9]|10)(?![\d/])(?= (?:du|de|des|d')\b)(?! de {_ANS}\b)"
)
_H = r"(?:h|hres?|heures?|hrs?)(?![a-z])"
DUREE = re.compile(
    rf"(?<![\d,.])(-?(?:\d{{1,3}}(?: \d{{3}})+|\d+)(?:[.,]\d+)?)\s*{_H}"
    r"(?:\s*(\d{1,2})(?!\d|\s*quarts\b)(?:\s*min(?:utes?)?\b)?)?"
    r"(?:\s+(?:et\s+)?(demie|quart|3 quarts)\b)?"
    r"|\b(une?)\s+(?:heure(?:\s+(?:et\s+)?(demie|quart|3 quarts)\b)?|demi-heure)\b"
    r"|(?<![\d,.])(\d{1,3}(?: \d{3})+|\d+)\s*min(?:utes?)?\b"
)
# « 7 heures et demie », « sept heures trois quarts » (text2num en fait « 7 heures 3 quarts »).
FRACTIONS_D_HEURE = {"demie": Decimal("0.5"), "quart": Decimal("0.25"), "3 quarts": Decimal("0.75"),
                     None: Decimal(0)}
_HEURE_DITE = r"(?:(\d+)\s*h\s*(\d{2})?|(midi|minuit))"
# « combien d'heures », « combien d'hrs » : la question demande des heures (celles qu'un calcul prendrait).
HEURES_DEMANDEES = re.compile(rf"\bcombien d(?:e |')\s*{_H}")
PLAGE = re.compile(rf"\bde\s*{_HEURE_DITE}\s*(?:a|à|jusqu'a)\s*{_HEURE_DITE}"
                   r"(?:\s*\b(du matin|du soir|de l'apres-midi|de la nuit)\b)?")
# « y commence à 7h30 pis y lâche à 11h45 » : une plage dite par son début et sa fin (mêmes groupes).
QUART_DIT = re.compile(
    rf"\b(?:commence|rentre|arrive|debute|embarque|entre)\w*\s+(?:a|vers)\s*{_HEURE_DITE}[^.?!\d]{{0,25}}?"
    rf"\b(?:lache|finit|fini|termine|sort|quitte|arrete|debarque)\w*\s+(?:a|vers)\s*{_HEURE_DITE}"
    r"(?:\s*\b(du matin|du soir|de l'apres-midi|de la nuit)\b)?"
)
APRES_MIDI = ("du soir", "de l'apres-midi")
# « de 22 h à 2 h, trois nuits de suite », « de 8 h à midi, 4 jours » : les heures d'un quart, autant de fois.
QUARTS_APRES_PLAGE = re.compile(
    r"\s*,?\s*(\d+)\s*(?:jours?|journees?|nuits?|soirs?|soirees?|fois|quarts?|shifts?)\b(?!\s*(?:par|/)\b)"
)
HEURES_NOMMEES = {"midi": 12, "minuit": 24}
# « de 8h jusqu'au dîner » : le début d'une plage dont la fin n'est pas une heure dite.
DEBUT_DE_PLAGE = (re.compile(r"\bde\s*$"), re.compile(r"\s*jusqu"))  # « de 7 heures à l'atelier » : une durée
HEURE_DU_JOUR_AVANT = re.compile(r"(?:\b(?:a|vers|des|avant|apres|jusqu'a|entre|depuis|midi)\s*)$")
# « après 6 heures de travail », « 37,5 heures travaillées » : des heures de travail, quoi qui précède.
DE_TRAVAIL_APRES = re.compile(r"\s*(?:de (?:travail|job|ouvrage)|d'ouvrage|travaillees|effectuees)\b")
MEME_JOURNEE = re.compile(
    r"[^.?!\d]{0,30}\b(?:(?:dans|en|sur) (?:la meme|une seule|une) journee|le meme jour)\b"
)
# Les unités de période, déclarées une fois avec leurs abréviations (« 4h/j x 5j », « 18h/sem ») : ce que
# compte « pendant 4 jours », « pour 2 semaines », et ce que dit « par jour ».
UNITES_DE_PERIODE = {"jour": r"jours?|journees?|jrs?|j(?!')", "semaine": r"semaines?|sem", "mois": r"mois"}
_PERIODES = "|".join(UNITES_DE_PERIODE.values())
PAR_PERIODE = re.compile(rf"^\s*(par|/|chaque|a la|dans la|en une?|en 1)\s*({_PERIODES})\b")
# « par jour pendant 4 jours », « par jour, 4 jours » ; pas « par jour, 5 jours par semaine ».
NOMBRE_DE_PERIODES = re.compile(
    rf"^(?:.{{0,30}}?\b(?:pendant|durant|sur|x|fois|pour)|\s*,)\s*(\d+)\s*({_PERIODES})\b"
    r"(?!\s*(?:par|/|chaque)\b)"
)
PERIODES_AVANT = re.compile(
    r"\b(\d+)\s*(jours?|(?:demi-)?journees?|semaines?|quarts?|shifts?|fois)\s*(?:de|a|x)\s*$"
)
NUMERO_A_ZEROS = re.compile(r"0\d{2,5}")  # « 0098 » : la partie numérique d'un pseudonyme
JOURS_DE_SEMAINE = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_J = "|".join(JOURS_DE_SEMAINE)
UN_JOUR_NOMME = re.compile(rf"\s*(?:le |ce |du )?(?:{_J})\b(?!\s*(?:,|et|pis|puis|au|a)\s*(?:{_J}))")
# « de 6h45 à 11h15 à la buanderie lundi, mardi pis mercredi », « 7,5 h par jour du lundi au jeudi ».
JOURS_NOMMES = re.compile(
    rf"[^.?!\d]{{0,40}}?\b(?:(?:du|de) ({_J}) (?:au|a) ({_J})"
    rf"|((?:{_J})s?(?:\s*(?:,|et|pis|puis)\s*(?:les )?(?:{_J})s?)+))\b"
)
# « Les mardis », « tous les lundis » : ce qui revient chaque fois, des heures de chacun de ces jours.
JOURS_AU_PLURIEL = re.compile(rf"\b(?:{_J})s\b")
MAX_PAR_PERIODE = {"jour": 24, "semaine": 168, "mois": 744}
PLURIELS = {"jour": "jours", "semaine": "semaines", "mois": "mois"}
ANNEE = re.compile(rf"(?<![\d,.])({_ANS})(?!\d|[,.]\d|\s*(?:\$|dollars|k\$|m\$|mille))")  # « en 2025, »
NOMBRE_NU = re.compile(r"(?<![\w.,-])-?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?(?![\w°])")
# « la fin de l'année » : comme échéance, le dernier jour de la période (sur le texte plié).
FIN_DE = re.compile(r"\b(?:la )?fin (?:de|du|des|d'|(?=[a-z]))")  # « fin janvier » aussi
# « à la fin du 4e trimestre », « avant la fin de février », « au début de l'été » : la borne dite.
BOUT_AVANT = re.compile(r"\b(fin|debut) (?:du mois de |du |de la |de l'|des |de |d')?$")
# « été » n'est la saison qu'après un article ou une préposition (« l'été », « d'été », « en été ») ;
# ailleurs (« ont-ils tous été faits », « n'a pas été ») c'est le participe d'être.
SAISON_AVANT = re.compile(r"(?:\bl'|\bd'|\ben)\s*$")
MOINS_AVANT = re.compile(r"\bmoins\s*$")
DOLLARS_ET = re.compile(r"^(-?[\d\s,.]+?)\s*\$\s+et\s+(\S.*)$")
NOM_QUI_SUIT = re.compile(r"\s*([a-z]+)\b")
# Un nombre nu suivi d'un de ces noms compte des choses (« 3 jours », « 5 détenus ») : jamais un
# montant ni des heures. Suivi d'autre chose, son genre reste ouvert (« revenu 52000 depense 38500 »).
NOMS_DE_COMPTE = frozenset(
    (
        "jour",
        "jours",
        "journee",
        "journees",
        "semaine",
        "semaines",
        "mois",
        "an",
        "ans",
        "annee",
        "annees",
        "personne",
        "personnes",
        "detenu",
        "detenus",
        "detenue",
        "detenues",
        "gars",
        "membre",
        "membres",
        "signataire",
        "signataires",
        "place",
        "places",
        "quart",
        "quarts",
        "fois",
        "participant",
        "participants",
        "activite",
        "activites",
        "atelier",
        "ateliers",
        "cheque",
        "cheques",
        "contrat",
        "contrats",
    )
)
# Au-delà, un nombre devant un nom au pluriel peut être un montant sans unité (« 12 000 sacs »).
MAX_COMPTE_NU = 100
RANGS = frozenset(("dernieres", "derniers", "premieres", "premiers", "prochaines", "prochains", "autres"))
# Des mots finissant par s qui ne sont pas des noms : « 20 pis 15 », « 3 sans retenue ».
MOTS_OUTILS_AU_S = frozenset(
    ("les", "des", "mes", "tes", "ses", "nos", "vos", "leurs", "dans", "sous", "sans", "plus", "pas",
     "apres", "depuis", "alors", "vers", "moins", "tres", "jamais", "toujours", "puis", "pis", "mais",
     "hors", "lors", "tous", "ans", "fois", "avons", "avez", "sommes", "etes", "vous", "nous")
)
RELATIF = re.compile(
    r"\b(prochain\w*|dernier\w*|derniere|passe\w*|suivant\w*|hier|demain|aujourd'hui|"
    r"cette|ce mois|cette annee|il y a|dans \d+ (?:jours?|semaines?|mois|ans?|annees?))\b"
)
# Un temps compté depuis la demande : « dans 2 ans », « il y a 3 ans » sont des années (Duckling en fait un
# mois) ; « il y a 10 jours », « dans 39 jours » des jours (Duckling y met une heure).
TEMPS_COMPTE = re.compile(r"(?:dans|il y a|y a) \d+ (?:(ans?|annees?)|jours?)")


def _cents(dits: str) -> int:
    """« 50 », « une » (text2num laisse « une » seul en lettres : c'est aussi un article)."""
    return 1 if dits.lower().startswith("un") else int(dits)


def preparer(question: str) -> str:
    """Le texte que lit la compréhension : espaces simples, apostrophes droites, nombres en chiffres."""
    texte = _ESPACES.sub(" ", unicodedata.normalize("NFC", question).replace("’", "'")).strip()
    texte = PSEUDONYME_TAPE.sub(lambda m: f"P-{(m[1] or m[2]).upper()}-{m[3]}", texte)
    texte = _DOLLAR_POUR_VIRGULE.sub(r"\1,\2 $", texte)
    texte = _POINT_AVANT_MULTIPLE.sub(r"\1,\2", texte)
    texte = _MONTANT_ANGLAIS.sub(_a_la_francaise, developper_les_mois(texte))
    texte = _FRACTION_BARRE.sub(lambda m: _plus_fraction(m[1], Fraction(int(m[2]), int(m[3]))), texte)
    texte = _FRACTION_GLYPHE.sub(_fraction_glyphe, texte)
    texte = _QUINZAINE.sub("2 semaines", texte)
    for quinzaine, semaines in _QUINZAINES_VOISINES:
        texte = quinzaine.sub(semaines, texte)
    texte = _ESPACES.sub(" ", _PLUS_SIGNE.sub(" plus ", texte))
    texte = _COLLECTIF.sub(lambda m: f"environ {COLLECTIFS[m[1].lower()]} ", texte)
    texte = _PART_DE_MULTIPLE.sub(_part_de_multiple, texte)
    # Dès « deux » (« ses deux dernières paies ») ; « un » reste un article.
    texte = _CENTS_DICTES.sub(r"\1 virgule \2", texte)
    texte = _CENTAINES.sub(_centaines, texte)
    texte = _SANS_CENTS.sub("", _MILLIERS_APOSTROPHE.sub(lambda m: m.group().replace("'", " "), texte))
    texte = _EN_CENTS_NOMMES.sub(r"\1cennes", texte)
    texte = _ECHELLE_NOMMEE.sub(lambda m: "en M$" if m[1].lower() == "millions" else "en k$", texte)
    texte = _CHAMP_EN_CENTS.sub(lambda m: f"{m[1]} {_dollars(m[2])} $", texte)
    texte = _EN_CENTS.sub(lambda m: f"{_dollars(m[1])} $", texte)
    texte = _POUR_CENT.sub(r"\1 %", alpha2digit(_ZERO.sub("0", texte), "fr", threshold=2))
    texte = _CENTS_DE_CHEQUE.sub(r"\1,\2", texte)
    texte = _AUTRES.sub(lambda m: _meme_multiple(m, texte), texte)
    texte = _BRIQUES.sub(_briques, texte)
    texte = _DOLLARS_PIS_CENNES.sub(lambda m: f"{m[1]},{_cents(m[2]):02d} $", texte)
    texte = _CENNES_SEULES.sub(lambda m: f"0,{int(m[1]):02d} $", _UNE_CENNE_D_ECART.sub("0,01 $", texte))
    # text2num ne joint pas les chiffres aux mots : « 40 mille » devient « 40 1000 ».
    texte = _MULTIPLE.sub(lambda m: _produit(m[1], m[2]), texte)
    texte = _MILLIER_ET_DECIMALE.sub(lambda m: _produit(f"{m[1]},{m[2]}", "1000"), texte)
    texte = _MULTIPLE_ABREGE.sub(lambda m: _produit(m[1], "1000" if m[2] in "kK" else "1000000"), texte)
    texte = _DOLLARS_ET_FRACTION.sub(lambda m: f"{m[1]},{'25' if m[2] == 'quart' else '50'} $", texte)
    texte = _ANS_ET_DEMI.sub(lambda m: f"{12 * int(m[1] if m[1].isdigit() else 1) + 6} mois", texte)
    texte = _ET_DEMI.sub(_et_demi, texte)
    texte = _IL_Y_A_PARLE.sub("il y a ", texte)
    return _DOLLAR_FAMILIER.sub(r"\1 $", texte)


def _part_de_multiple(m: re.Match[str]) -> str:
    """Un demi, un quart ou trois quarts (le groupe 1 compte les quarts) du multiple nommé."""
    part = Fraction(3 if m[1].lower() == "trois" else 1, 4) if m[1] else Fraction(1, 2)
    return str(int(part * (1_000_000 if m[2].lower() == "million" else 1000)))


def _dollars(cents: str) -> str:
    valeur = int(cents.replace(" ", ""))
    return f"{valeur // 100},{valeur % 100:02d}"


def _briques(m: re.Match[str]) -> str:
    nombre = Decimal(1) if m[1].lower() in ("un", "une") else lire_decimal(m[1]) or Decimal(0)
    return f"{nombre_propre((nombre + (Decimal('0.5') if m[2] else 0)) * 1000)} $"


def _centaines(m: re.Match[str]) -> str:
    try:
        nombre = text2num(m[1].lower(), "fr")
    except ValueError:
        return m.group()
    if not 11 <= nombre <= 99:
        return m.group()
    return f"{nombre * 100}" if _DOLLAR_APRES.match(m.string, m.end()) else f"{nombre} cennes"


def _meme_multiple(m: re.Match[str], texte: str) -> str:
    dits = list(_MULTIPLE_DIT.finditer(texte, 0, m.start()))
    return f"{m[1]} {dits[-1][1]} autres" if dits else m.group()


def _fraction_glyphe(m: re.Match[str]) -> str:
    fraction = _plus_fraction(m[1], Fraction(unicodedata.numeric(m[3])).limit_denominator(10))
    return f"{fraction} {m[2]}" if m[2] else fraction


def _plus_fraction(entier: str | None, fraction: Fraction) -> str:
    """« 10 » et ¾ : « 10,75 », avec la virgule décimale du reste de la question préparée. Un tiers ne
    tombe pas juste en centièmes : « environ 3,33 », une valeur à faire préciser."""
    valeur = Decimal(int(entier or 0)) + Decimal(fraction.numerator) / Decimal(fraction.denominator)
    juste = valeur == valeur.quantize(Decimal("0.001"))
    texte = format(valeur.quantize(Decimal("0.001" if juste else "0.01")).normalize(), "f").replace(".", ",")
    return texte if juste else f"environ {texte}"


def plier(texte: str) -> str:
    """Minuscules sans accents, caractère pour caractère : les positions restent celles du texte."""

    def un(c: str) -> str:
        return (
            "".join(x for x in unicodedata.normalize("NFKD", c.lower()) if not unicodedata.combining(x))[:1]
            or c
        )

    return "".join(un(c) for c in texte)


def lire_mentions(texte: str, jour: datetime.date) -> list[Mention]:
    """Toutes les valeurs du texte préparé, sans chevauchement, dans l'ordre du texte."""
    plie = plier(texte)
    trouvees: list[Mention] = []
    durees, horloges = _durees(texte, plie)

    def libre(debut: int, fin: int, date: bool = False) -> bool:
        # Une heure de la journée (« à 22 heures ») n'est pas une valeur : ni durée, ni nombre nu ; une
        # date peut la contenir (« le 30 octobre à 23h »).
        return not any(m.chevauche(debut, fin) for m in trouvees) and (date or not any(
            a < fin and debut < b for a, b in horloges))

    for m in REFERENCES.finditer(texte):
        trouvees.append(Mention(REFERENCE, m.group(), m.start(), m.end(), m.group()))
    for m in PSEUDONYME.finditer(texte):
        if libre(*m.span()):
            trouvees.append(Mention(Genre.PSEUDONYME, m.group().upper(), m.start(), m.end(), m.group()))
    for m in PIECE.finditer(texte):
        if libre(*m.span()) and any(c.isdigit() for c in m.group()):
            trouvees.append(Mention(NUMERO_DE_PIECE, m.group().upper(), m.start(), m.end(), m.group()))
    for m in CODE.finditer(texte):
        if libre(*m.span()):
            trouvees.append(Mention(IDENTIFIANT, m.group(), m.start(), m.end(), m.group()))
    for m in DESIGNATION.finditer(plie):
        if libre(*m.span(1)):
            trouvees.append(Mention(IDENTIFIANT, m[1], m.start(1), m.end(1), m[1]))
    for m in JOUR_ET_MOIS.finditer(plie):
        if not _existe(int(m[1]), MOIS.index(m[2]) + 1, int(m[3]) if m[3] else None):
            dite = texte[m.start() : m.end()]
            trouvees.append(Mention(DATE_IMPOSSIBLE, dite, m.start(), m.end(), dite))
    trouvees += [d for d in _dates_en_chiffres(texte, plie) if libre(d.debut, d.fin)]
    for m in TAUX.finditer(plie):
        if libre(*m.span()):
            trouvees.append(
                Mention(Genre.TAUX, lire_decimal(m[1]), m.start(), m.end(), texte[m.start() : m.end()])
            )
    for m in FRACTION.finditer(plie):
        if libre(*m.span()):
            dite = texte[m.start() : m.end()]
            part = Decimal(100) / (FRACTIONS[m[1]] if m[1] else int(m[2]))
            trouvees.append(Mention(Genre.TAUX, part, m.start(), m.end(), dite))
    for m in FRACTION_CHIFFREE.finditer(plie):
        if libre(*m.span()):
            part = (Decimal(100 * int(m[1])) / int(m[2])).quantize(Decimal("0.01"))
            trouvees.append(Mention(Genre.TAUX, nombre_propre(part), m.start(), m.end(), m.group()))
    trouvees += [s for s in _semaines_du(texte, plie, jour) if libre(s.debut, s.fin)]
    trouvees += [s for s in _semaines_numerotees(texte, plie, jour) if libre(s.debut, s.fin)]
    trouvees += [r for r in _rangs_dans_le_mois(texte, plie, jour) if libre(r.debut, r.fin)]
    trouvees += [b for b in _bouts_de_mois(texte, plie, jour) if libre(b.debut, b.fin)]
    for debut, fin, date, prochaine in feries(plie, jour):
        if libre(debut, fin):
            trouvees.append(Mention(Genre.DATE, date, debut, fin, texte[debut:fin], prochaine=prochaine))
    trouvees += [d for d in durees if libre(d.debut, d.fin)]
    trouvees += [p for p in _parties_d_annee(texte, plie, jour) if libre(p.debut, p.fin)]
    trouvees += [d for d in _duckling(texte, jour, trouvees) if libre(d.debut, d.fin, d.genre == Genre.DATE)]
    for m in ANNEE.finditer(plie):
        if libre(*m.span()):
            trouvees.append(Mention(Genre.ANNEE, int(m[1]), m.start(), m.end(), m[1]))
    trouvees += [Mention(HEURE_DU_JOUR, texte[a:b], a, b, texte[a:b]) for a, b in horloges
                 if not any(m.chevauche(a, b) for m in trouvees)]
    for m in NOMBRE_NU.finditer(plie):
        if libre(*m.span()) and (valeur := lire_decimal(m.group())) is not None:
            compte = _compte_de_choses(plie, m.end(), valeur) or _entre_parentheses(plie, m.start(), m.end(),
                                                                                       valeur)
            genre = QUANTITE if compte else NOMBRE
            trouvees.append(Mention(genre, valeur, m.start(), m.end(), m.group()))
    trouvees = [_ecart(_approchee(m, plie), plie) for m in _sans_aujourd_hui(trouvees, jour, plie)
                if not _ecartee(m, plie) and not _de_la_regle(m, plie) and not _date_d_un_ecrit(m, plie)]
    trouvees = _sans_les_couvertes(trouvees, [m for m in trouvees if m.approchee])
    trouvees = _ecarts_coordonnes(_jusqu_a_aujourd_hui(sorted(trouvees, key=lambda x: x.debut), plie, jour),
                                  plie)
    mentions = _en_deux_bouts(sorted(trouvees, key=lambda x: x.debut), texte, plie)
    mentions = _trimestres(_a_pareille_date(_jours_ouvrables(mentions, texte, plie), texte, plie, jour),
                           texte, plie, jour)
    mentions = sans_redites_entre_parentheses(sans_details_inclus(mentions, plie), plie)
    mentions = sous_totaux(sans_lignes_totalisees(reprises(mentions, texte, plie), texte), texte)
    mentions = restes_d_un_total(fourchettes(comparatifs(mentions, texte, plie), texte, plie), texte, plie)
    mentions = parts_d_un_tout(multiples(variations(mentions, texte, plie), texte, plie), texte, plie)
    mentions = choix_par_regle(touts_d_une_part(comprises(mentions, texte, plie), texte, plie), texte, plie)
    mentions = _chacun(_semaine_voisine(_veille_et_lendemain(mentions, texte, plie), texte, plie), plie)
    mentions = _jour_de_semaine_voisin(mentions, texte, plie)
    mentions = _mois_enumeres(_jour_du_mois(_mois_voisin(mentions, plie), texte, plie), texte, plie)
    mentions = _annee_dite_apres(mentions, texte, plie)
    mentions = _negatifs(_points_de_pourcentage(_taux_nommes(mentions, plie), plie), plie)
    mentions = _au_taux_horaire(_montants_par_periode(mentions, texte, plie), plie)
    mentions = _periodes_dites_ailleurs(mentions, plie)
    mentions = _equipes(_sur_la_periode_dite(mentions, texte), plie)
    return prix_unitaires(mentions, texte, plie)


def _dates_en_chiffres(texte: str, plie: str) -> list[Mention]:
    """« 15/01/2027 » : le 15 janvier ; « 11/10/2027 » : le 11 octobre, ou le 10 novembre lu mois/jour ;
    « 2027/10/15 » : le 15 octobre ; « 31/02/2027 » n'existe pas : une erreur d'entrée, pas trois nombres."""
    dates = [d for m in DATE_ISO.finditer(plie)
             if (d := _jour_chiffre(m, texte, int(m[1]), int(m[3]), int(m[4]))) is not None]
    for m in DATE_EN_CHIFFRES.finditer(plie):
        jour, mois, annee = int(m[1]), int(m[3]), int(m[4])
        annee += 2000 if annee < 100 else 0
        if (date := _jour_chiffre(m, texte, annee, mois, jour)) is None:
            continue
        if date.genre == Genre.DATE and jour != mois and jour <= 12:
            date = dataclasses.replace(date, autre=datetime.date(annee, jour, mois))
        dates.append(date)
    return dates


def _jour_chiffre(m: re.Match[str], texte: str, annee: int, mois: int, jour: int) -> Mention | None:
    """La date écrite en chiffres ; un mois qui n'en est pas un : pas une date (None)."""
    if not 1 <= mois <= 12:
        return None
    dite = texte[m.start() : m.end()]
    if not _existe(jour, mois, annee):
        return Mention(DATE_IMPOSSIBLE, dite, m.start(), m.end(), dite)
    return Mention(Genre.DATE, datetime.date(annee, mois, jour), m.start(), m.end(), dite)


def _entre_parentheses(plie: str, debut: int, fin: int, valeur: Decimal) -> bool:
    """« Destinataires : membres du CA (7) » : un petit nombre entier seul entre parenthèses compte ce qui
    le précède ; un montant y aurait son unité (« (14 000 $) ») ou redirait le montant dit avant. Quand
    d'autres parenthèses de la question tiennent des montants (« la pension (30) pis la saisie (12,50) »),
    les siennes aussi."""
    return (plie[debut - 1 : debut] == "(" and plie[fin : fin + 1] == ")"
            and valeur == int(valeur) and 1 <= valeur <= MAX_COMPTE_NU
            and not MONTANT_ENTRE_PARENTHESES.search(plie))


MONTANT_ENTRE_PARENTHESES = re.compile(r"\(\s*\d[\d ]*(?:,\d\d\s*\$?|\s*\$)\s*\)")


def _compte_de_choses(plie: str, fin: int, valeur: Decimal) -> bool:
    """« 3 jours », « 5 détenus » ; et un petit nombre entier devant un nom au pluriel, adjectif de
    rang permis (« ses deux dernières payes », « deux legs ») : il compte des choses, ce n'est ni un
    montant ni des heures, dont les unités ont déjà été lues."""
    nom = NOM_QUI_SUIT.match(plie, fin)
    if nom is None:
        return False
    if nom[1] in NOMS_DE_COMPTE:
        return True
    if valeur != int(valeur) or not 1 <= valeur <= MAX_COMPTE_NU:
        return False
    if nom[1] in RANGS and (suivant := NOM_QUI_SUIT.match(plie, nom.end())):
        nom = suivant
    return nom[1] not in MOTS_OUTILS_AU_S and len(nom[1]) >= 3 and nom[1][-1] in "sx"


def _montants_par_periode(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """« 2 400 $ par mois » : un montant par période, comme des heures ; « 3 000 $ par mois pendant 4 mois »
    en fait le total (12 000 $), et le nombre de mois n'est plus une valeur."""
    sortie, totaux = [], []
    for m in mentions:
        par = PAR_PERIODE.match(plie[m.fin :]) if m.genre == Genre.ARGENT and not m.periode else None
        if par and par[1] in ("par", "/", "chaque"):
            unite, fin = unite_de_periode(par[2]), m.fin + par.end()
            nombre = NOMBRE_DE_PERIODES.match(plie[fin:])
            if nombre and _meme_periode(unite, nombre[2]):
                fin += nombre.end()
                dite = texte[m.debut : fin]
                total = nombre_propre(m.valeur * int(nombre[1]))
                m = dataclasses.replace(m, valeur=total, fin=fin, texte=dite, calcul=dite)
                totaux.append(m)
            else:
                m = dataclasses.replace(m, periode=unite, fin=fin, texte=texte[m.debut : fin])
        sortie.append(m)
    return _sans_les_couvertes(sortie, totaux)  # « pendant 4 mois » : le 4 n'est plus une valeur


def _sans_les_couvertes(mentions: list[Mention], couvrantes: list[Mention]) -> list[Mention]:
    """Les mentions, sans celles qu'une mention composée couvre (elles n'en sont plus que des mots) ; les
    deux bouts d'un intervalle (« du 1er au 31 ») ont les mêmes mots et restent tous deux."""
    return [m for m in mentions
            if not any(c.debut <= m.debut and m.fin <= c.fin and (c.debut, c.fin) != (m.debut, m.fin)
                       for c in couvrantes)]


def _sur_la_periode_dite(mentions: list[Mention], texte: str) -> list[Mention]:
    """« 2 400 $ par mois, 160 heures par mois, du 1er mars au 31 juillet 2027 » : sur une période qui compte
    un nombre entier de mois (ou de semaines), le total de chaque valeur par période (5 mois : 12 000 $,
    800 heures). Une période qui n'en compte pas un nombre entier laisse la valeur par période."""
    bouts = next(((a, b) for a, b in itertools.pairwise(mentions) if a.genre == b.genre == Genre.DATE
                  and (a.debut, a.fin) == (b.debut, b.fin) and a.valeur < b.valeur), None)
    if bouts is None:
        return mentions
    sortie = []
    for m in mentions:
        periodes = _periodes_entieres(m.periode, *(b.valeur for b in bouts)) if m.genre in GRANDEURS else None
        if periodes:
            dite = (f"{m.texte.strip()} × {periodes} {PLURIELS[m.periode]} "
                    f"({texte[bouts[0].debut : bouts[0].fin].strip()})")
            m = dataclasses.replace(m, valeur=nombre_propre(m.valeur * periodes), periode="", calcul=dite)
        sortie.append(m)
    return sortie


def _periodes_entieres(periode: str, debut: datetime.date, fin: datetime.date) -> int | None:
    """Le nombre de mois (du 1er au dernier jour d'un mois, ou du 15 au 14) ou de semaines de la période,
    s'il est entier."""
    if periode == "semaine":
        jours = (fin - debut).days + 1
        return jours // 7 if jours % 7 == 0 else None
    if periode != "mois":
        return None
    lendemain = fin + datetime.timedelta(days=1)
    if lendemain.day != debut.day:
        return None
    return (lendemain.year - debut.year) * 12 + lendemain.month - debut.month


# « 17 h 30 par semaine […] pour 2 semaines », « on le paye aux 2 semaines », « les 4 semaines d'ici Noël » :
# le nombre de périodes dit ailleurs dans la question.
PERIODES_DITES = re.compile(r"\b(?:pour|pendant|durant|sur|ca fait|ca donne|aux|toutes les|les)\s*$")
PERIODE_APRES = re.compile(rf"\s*({_PERIODES})\b")


def _periodes_dites_ailleurs(mentions: list[Mention], plie: str) -> list[Mention]:
    """Des heures ou un montant par période, et ailleurs « pour 2 semaines » : le total de ces périodes
    (« sa paye, c'était pour 2 semaines, pis la pension de 15 $ par semaine » : 30 $ de pension)."""
    for mention in mentions:
        if mention.genre not in (Genre.HEURES, Genre.ARGENT) or not mention.periode:
            continue
        for compte in mentions:
            unite = PERIODE_APRES.match(plie, compte.fin)
            if (compte.genre == QUANTITE and unite and _meme_periode(mention.periode, unite[1])
                    and PERIODES_DITES.search(plie, 0, compte.debut)):
                dite = f"{mention.texte.strip()} × {compte.texte} {unite[1]}"
                total = dataclasses.replace(mention, valeur=nombre_propre(mention.valeur * compte.valeur),
                                            periode="", calcul=dite)
                return [total if m is mention else m for m in mentions if m is not compte]
    return mentions


# « de l'heure », « /h » : l'unité d'un montant par heure.
PAR_HEURE = r"\s*(?:de l'heure|l'heure|a l'heure|/\s?h\b|/\s?heure|par heure)"
TAUX_HORAIRE_APRES = re.compile(
    rf"{PAR_HEURE}\s*,?\s*(?:pour|x|fois|sur|×)\s*(?:les |ses |des |un total de )?"
)


A_L_HEURE = re.compile(PAR_HEURE)


def _au_taux_horaire(mentions: list[Mention], plie: str) -> list[Mention]:
    """« 22 $ de l'heure pour 600 heures » : 13 200 $ en tout ; les heures restent des heures. Sans
    heures après lui (« le payer 45 $ de l'heure »), un montant par heure est un taux, pas une somme."""
    sortie = []
    for rang, mention in enumerate(mentions):
        suivante = mentions[rang + 1] if rang + 1 < len(mentions) else None
        suite = TAUX_HORAIRE_APRES.match(plie, mention.fin) if mention.genre == Genre.ARGENT else None
        if suite and suivante and suivante.genre == Genre.HEURES and suivante.debut == suite.end():
            mention = dataclasses.replace(mention, valeur=nombre_propre(mention.valeur * suivante.valeur))
        elif mention.genre == Genre.ARGENT and A_L_HEURE.match(plie, mention.fin):
            mention = dataclasses.replace(mention, periode="heure")
        sortie.append(mention)
    return sortie


# « 10 % l'an passé ; il a monté ça de 2 points » : des points de pourcentage, ajoutés au taux dit avant
# (12 %, pas 10 % × 1,02).
_POINTS = re.compile(r"\b(?:(mont|augment|hauss)|baiss|diminu|descend|redui|coup)\w*\s+(?:[\w']+\s+){0,3}?"
                     r"de\s+$")
POINTS_APRES = re.compile(r"\s*points?\b(?! de (?:vente|service))")


def _points_de_pourcentage(mentions: list[Mention], plie: str) -> list[Mention]:
    for rang, points in enumerate(mentions):
        verbe = _POINTS.search(plie, max(0, points.debut - 45), points.debut)
        avant = [m for m in mentions[:rang] if m.genre == Genre.TAUX]
        if points.genre not in {NOMBRE, QUANTITE} or not POINTS_APRES.match(plie, points.fin) or not (
                verbe and avant):
            continue
        taux, signe = avant[-1], 1 if verbe[1] else -1
        texte = f"{taux.texte} {'+' if signe > 0 else '−'} {points.texte} points"
        nouveau = dataclasses.replace(taux, valeur=nombre_propre(taux.valeur + signe * points.valeur),
                                      debut=points.debut, fin=points.fin, texte=texte)
        return [nouveau if m is points else m for m in mentions if m is not taux]
    return mentions


# Les noms des personnes du milieu (texte plié), déclarés une fois : le périmètre s'en sert aussi.
PERSONNES = r"(?:detenue?|prevenue?|condamnee?|gars|fille|participant|inscrit|personne)s?"
# « 2 gars full-time (35 h/sem) », « 4 détenus à 6 h par jour » : un compte de personnes, puis les heures de
# chacune, dans la même proposition.
DES_PERSONNES = re.compile(rf"\s*{PERSONNES}\b[^\d.;:?!\n]{{0,30}}$")


def _equipes(mentions: list[Mention], plie: str) -> list[Mention]:
    """Les heures de chaque personne d'un compte reçoivent celles de l'équipe (`Mention.equipe`)."""
    resultat = list(mentions)
    for rang, (compte, heures) in enumerate(itertools.pairwise(mentions), start=1):
        if (compte.genre == QUANTITE and heures.genre == Genre.HEURES
                and compte.valeur == int(compte.valeur) >= 2
                and DES_PERSONNES.fullmatch(plie, compte.fin, heures.debut)):
            dite = f"{compte.texte} × {heures.texte.strip()}"
            equipe = dataclasses.replace(heures, valeur=nombre_propre(heures.valeur * compte.valeur),
                                         debut=compte.debut, texte=dite, calcul=dite)
            resultat[rang] = dataclasses.replace(heures, equipe=equipe)
    return resultat


# « un actif négatif de 3 200 $ », « 3 200 $ dans le rouge » : le signe dit en mots.
NEGATIF_AVANT = re.compile(r"\bnegati(?:f|ve)s?\s+(?:de\s+|d')?$")
# « taux de 6 », « Taux fixé : sept et demi » : un nombre que le mot « taux » nomme est un pourcentage (pas un
# taux horaire, qui est un montant ; « un taux de 0,15 » s'écrit en fraction et reste au remplissage).
TAUX_NOMME_AVANT = re.compile(r"\btaux(?! horaire)(?:\s+(?:fixe|impose|retenu|prevu|annonce)e?s?)?"
                              r"(?:\s+(?:de|a|d'))?\s*[:=]?\s*$")


def _taux_nommes(mentions: list[Mention], plie: str) -> list[Mention]:
    return [dataclasses.replace(m, genre=Genre.TAUX)
            if m.genre == NOMBRE and 1 <= m.valeur <= 100
            and TAUX_NOMME_AVANT.search(plie, max(0, m.debut - 30), m.debut) else m
            for m in mentions]


NEGATIF_APRES = re.compile(r"\s*(?:en negatif|negati(?:f|ve)s?|dans le rouge)\b")


def _negatifs(mentions: list[Mention], plie: str) -> list[Mention]:
    """Un montant dit négatif en mots est négatif : le calculateur dira si sa valeur est possible."""
    return [dataclasses.replace(m, valeur=-abs(m.valeur)) if m.genre == Genre.ARGENT and (
        NEGATIF_AVANT.search(plie, 0, m.debut) or NEGATIF_APRES.match(plie, m.fin)) else m for m in mentions]


CHACUN_APRES = re.compile(r"\s*(?:chacune?s?|par (?:personne|tete))\b")


def _chacun(mentions: list[Mention], plie: str) -> list[Mention]:
    """« Les 3 liquidateurs sont payés 1 200 $ chacun » : 3 600 $ ; le compte est pris dans le montant.
    Sans compte dans la même phrase, la valeur reste telle quelle. Des heures « chacun » restent celles
    d'une personne : la paie se calcule par personne."""
    for rang, mention in enumerate(mentions):
        if mention.genre != Genre.ARGENT or not CHACUN_APRES.match(plie, mention.fin):
            continue
        comptes = [m for m in mentions[:rang] if m.genre == QUANTITE and m.valeur == int(m.valeur) >= 2
                   and not FIN_DE_PHRASE.search(plie, m.fin, mention.debut)]
        if comptes:
            compte = comptes[-1]
            produit = dataclasses.replace(mention, valeur=nombre_propre(mention.valeur * compte.valeur))
            return _chacun([produit if m is mention else m for m in mentions if m is not compte], plie)
    return mentions


VOISIN = re.compile(r"\b(?:la (veille)|(?:le|du) (lendemain))\b")


def _lue_seule(date: Mention, voisin: re.Match[str], plie: str) -> bool:
    """Duckling a lu « la veille » ou « le lendemain » seul, préposition comprise (« jusqu'à la veille ») :
    sa date finit avec le mot et ne contient aucun chiffre."""
    return date.fin == voisin.end() and not any(c.isdigit() for c in plie[date.debut : date.fin])


def _veille_et_lendemain(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """« La veille de Noël » : un jour avant la date qui suit ; « la veille », « le lendemain » seuls : un
    jour avant ou après une date dite ailleurs (la question précédente), jamais hier ni demain."""
    for m in VOISIN.finditer(plie):
        pas = -1 if m[1] else 1
        # « la veille » seule : Duckling y lit hier (« le lendemain » : demain), alors qu'elle se compte
        # depuis une autre date.
        mentions = [x for x in mentions if not (x.genre == Genre.DATE and x.chevauche(*m.span())
                                                  and _lue_seule(x, m, plie))]
        if any(x.genre == Genre.DATE and x.chevauche(*m.span()) for x in mentions):
            continue  # « le lendemain du 5 octobre » : Duckling l'a déjà lu
        suite = next((x for x in mentions if x.genre == Genre.DATE and x.debut >= m.end()), None)
        if suite is not None and DE_QUOI.fullmatch(plie, m.end(), suite.debut):
            valeur = suite.valeur + datetime.timedelta(pas)
            debut = m.start(2) if m[2] else m.start()  # le « du » de « du lendemain » reste un indice
            decale = dataclasses.replace(suite, debut=debut, valeur=valeur, texte=texte[debut : suite.fin])
            mentions = [decale if x is suite else x for x in mentions]
        else:
            mentions.append(Mention(JOUR_VOISIN, pas, m.start(), m.end(), texte[m.start() : m.end()]))
    return sorted(mentions, key=lambda x: x.debut)


SEMAINE_VOISINE = re.compile(
    r"\bla semaine (?:(d'avant|avant|precedant|qui precede)|d'apres|apres|suivant|qui suit)\b"
)


def _semaine_voisine(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """« La semaine avant la Saint-Valentin » : les sept jours qui précèdent la date qui suit (ou la
    suivent), deux bornes à la même place ; pas la semaine d'avant celle de la demande."""
    for m in SEMAINE_VOISINE.finditer(plie):
        suite = next((x for x in mentions if x.genre == Genre.DATE and 0 <= x.debut - m.end() <= 4), None)
        if suite is None or not isinstance(suite.valeur, datetime.date):
            continue
        un, sept = datetime.timedelta(days=1), datetime.timedelta(days=7)
        jour = suite.valeur
        debut, fin = (jour - sept, jour - un) if m[1] else (jour + un, jour + sept)
        borne = Mention(Genre.DATE, debut, m.start(), suite.fin, texte[m.start() : suite.fin])
        mentions = [x for x in mentions
                    if x is not suite and not (x.genre == Genre.DATE and x.chevauche(*m.span()))]
        mentions += [borne, dataclasses.replace(borne, valeur=fin)]
    return sorted(mentions, key=lambda x: x.debut)


# « le vendredi avant l'Action de grâce », « le lundi après Pâques 2027 » : le jour de semaine le plus proche
# avant (ou après) la date qui suit ; pas le prochain vendredi compté depuis la demande.
JOUR_DE_SEMAINE_VOISIN = re.compile(
    rf"\b(?:le |la )?({'|'.join(JOURS_DE_SEMAINE)})\s+(?:(d'avant|avant|qui precede|precedant)"
    r"|d'apres|apres|qui suit|suivant)\s+(?:(?:le|la|les|l')\s*)?"
)


def _jour_de_semaine_voisin(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    for m in JOUR_DE_SEMAINE_VOISIN.finditer(plie):
        # La date qui suit, ou la lecture de Duckling qui prend tout (« le lundi avant Noël » : le 25).
        suite = next((x for x in mentions if x.genre == Genre.DATE and x.debut <= m.end() < x.fin), None)
        if suite is None or not isinstance(suite.valeur, datetime.date):
            continue
        semaine, pas = JOURS_DE_SEMAINE.index(m[1]), -1 if m[2] else 1
        prochaine = _jour_voisin(suite.prochaine, semaine, pas) if suite.prochaine else None
        jour = dataclasses.replace(suite, valeur=_jour_voisin(suite.valeur, semaine, pas),
                                   prochaine=prochaine, debut=m.start(), texte=texte[m.start() : suite.fin])
        mentions = [jour if x is suite else x for x in mentions
                    if x is suite or not (x.genre == Genre.DATE and x.chevauche(m.start(), m.end()))]
    return sorted(mentions, key=lambda x: x.debut)


def _jour_voisin(jour: datetime.date, semaine: int, pas: int) -> datetime.date:
    """Le jour de semaine `semaine` le plus proche avant (`pas` = -1) ou après (1) `jour`, lui exclu."""
    return jour + datetime.timedelta(days=pas * ((pas * (semaine - jour.weekday())) % 7 or 7))


# « le mois passé par rapport au mois d'avant » : le mois qui précède celui dit plus tôt dans la question
# (Duckling le compte depuis la demande : deux fois le même mois).
MOIS_VOISIN = re.compile(r"\bmois (?:(d'avant|precedent)|(d'apres|suivant))\b")


def _mois_voisin(mentions: list[Mention], plie: str) -> list[Mention]:
    sortie: list[Mention] = []
    for mention in mentions:
        voisin = MOIS_VOISIN.search(plie, mention.debut, mention.fin) if mention.genre == Genre.DATE else None
        avant = next((m for m in reversed(sortie) if m.genre == Genre.DATE and m.mois_entier), None)
        if voisin and avant is not None and mention.mois_entier:
            mois = _decaler_mois(avant.valeur, -1 if voisin[1] else 1)
            mention = dataclasses.replace(mention, valeur=mois, prochaine=None)
        sortie.append(mention)
    return sortie


# « juillet, août et septembre », « Juillet⇥Août⇥Septembre » : trois mois ou plus qui se suivent, énumérés,
# sont une période, du premier jour du premier au dernier jour du dernier (« de juillet à septembre »).
# Deux mois restent deux mois : on les compare peut-être.
ENTRE_MOIS = re.compile(rf"\s*(?:[,;]|\b{ET}\b)?\s*")


def _mois_enumeres(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    sortie, i = [], 0
    while i < len(mentions):
        j, mois = i + 1, mentions[i].valeur
        while j < len(mentions) and (suivant := _mois_qui_suit(mentions[j - 1], mois, mentions[j], plie)):
            j, mois = j + 1, suivant
        if j - i < 3:
            sortie.append(mentions[i])
            i += 1
            continue
        premier, dernier = mentions[i], mentions[j - 1]
        debut = dataclasses.replace(premier, fin=dernier.fin, texte=texte[premier.debut : dernier.fin],
                                    mois_entier=False, au_mois=True, prochaine=None)
        sortie += [debut, dataclasses.replace(debut, valeur=fin_du_mois(mois))]
        i = j
    return sortie


def _mois_qui_suit(avant: Mention, mois: datetime.date, mention: Mention, plie: str) -> datetime.date | None:
    """Le mois qui suit `mois` (celui que dit `avant`), si `mention` le dit juste après ; « janvier » après
    « décembre » est celui de l'an prochain."""
    if not (avant.genre == mention.genre == Genre.DATE and avant.mois_entier and mention.mois_entier):
        return None
    suivant = _decaler_mois(mois, 1)
    colles = ENTRE_MOIS.fullmatch(plie, avant.fin, mention.debut) is not None
    return suivant if colles and suivant in (mention.valeur, mention.prochaine) else None


# « le jour du déménagement, en 2025 », « du 1er au 15 juillet en 2025 » : l'année dite juste après une date
# qui n'en a pas est la sienne (Duckling la lit à part, et la date dans l'année de la demande). « lundi le
# 5 janvier 2027 » : Duckling garde le jour de semaine et lâche l'année qui le contredit ; l'année est celle
# que la phrase dit, et le jour de semaine qui la contredit rend la date à faire préciser.
ANNEE_APRES = re.compile(r"\s*,?\s*(?:(?:en|de)\s*)?")
JOUR_DE_SEMAINE = re.compile(rf"\b({'|'.join(JOURS_DE_SEMAINE)})\b")


def _annee_dite_apres(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    sortie: list[Mention] = []
    for mention in mentions:
        dates = list(itertools.takewhile(lambda m: _jour_dit(m) and m.fin == sortie[-1].fin,
                                         reversed(sortie))) if sortie else []
        if (mention.genre != Genre.ANNEE or not dates or ANNEE.search(plie, dates[0].debut, dates[0].fin)
                or not ANNEE_APRES.fullmatch(plie, dates[0].fin, mention.debut)
                or any(_annee_impossible(d.valeur, mention.valeur) for d in dates)):
            sortie.append(mention)
            continue
        sortie[len(sortie) - len(dates):] = [_dans_l_annee(d, mention, texte, plie) for d in reversed(dates)]
    return sortie


def _dans_l_annee(date: Mention, annee: Mention, texte: str, plie: str) -> Mention:
    valeur = date.valeur.replace(year=annee.valeur)
    semaine = JOUR_DE_SEMAINE.search(plie, date.debut, date.fin)
    contredite = semaine is not None and JOURS_DE_SEMAINE.index(semaine[1]) != valeur.weekday()
    vrai_jour = JOURS_DE_SEMAINE[valeur.weekday()]
    doute = f"le {format_date(valeur)} est un {vrai_jour}" if contredite else date.doute
    return dataclasses.replace(date, valeur=valeur, fin=annee.fin, texte=texte[date.debut : annee.fin],
                               prochaine=None, approchee=date.approchee or contredite, doute=doute)


def _jour_dit(mention: Mention) -> bool:
    return mention.genre == Genre.DATE and isinstance(mention.valeur, datetime.date)


def _annee_impossible(jour: datetime.date, annee: int) -> bool:
    return (jour.month, jour.day) == (2, 29) and not calendar.isleap(annee)


# « le 3 du mois prochain », « le 25 du mois passé » : un jour du mois que nomme la mention qui suit
# (Duckling lit « le 25 » comme le prochain 25, et le mois à part).
JOUR_SEUL = re.compile(r"(?:le\s*)?(\d{1,2})(?:er)?")


def _jour_du_mois(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    sortie: list[Mention] = []
    for mention in mentions:
        jour = sortie[-1] if sortie else None
        numero = (JOUR_SEUL.fullmatch(plie, jour.debut, jour.fin)
                  if jour is not None and jour.genre == Genre.DATE else None)
        if numero and mention.genre == Genre.DATE and mention.mois_entier and DE_QUOI.fullmatch(
                plie, jour.fin, mention.debut):
            n, mois, dite = int(numero[1]), mention.valeur, texte[jour.debut : mention.fin]
            sortie[-1] = (Mention(DATE_IMPOSSIBLE, dite, jour.debut, mention.fin, dite)
                          if not _existe(n, mois.month, mois.year) else
                          Mention(Genre.DATE, mois.replace(day=n), jour.debut, mention.fin, dite))
            continue
        sortie.append(mention)
    return sortie


RANG_DE_PARTIE = {"premier": 1, "1er": 1, "1re": 1, "deuxieme": 2, "2e": 2, "2eme": 2, "second": 2,
                  "troisieme": 3, "3e": 3, "3eme": 3, "quatrieme": 4, "4e": 4, "4eme": 4}
_RANG = "|".join(RANG_DE_PARTIE)  # « premier », « 2e », « troisième » : un rang dit de toutes les façons
PARTIE_D_ANNEE = re.compile(
    rf"\b({_RANG}|dernier)\s+"
    r"(trimestre|semestre)"
    r"(?:\s+(?:de\s+|d'|en\s+)?(?:l'annee\s+)?((?:19|20)\d\d))?"
)
# Un ordinal seul que Duckling prend pour un jour du mois (« le premier », « le 2 » de « le 2ème ») ;
# après « en », « un », ou devant un nom, c'est un rang (« un premier vol », « le 2ème emprunt »).
ORDINAL = re.compile(r"(?:l[ea] )?(?:premiere?|1er|1re|\d+(?=e(?:me)?\b))")
EN_AVANT = re.compile(r"\b(?:en|une?)\s*$")
NOM_APRES = re.compile(r"(?:eme|e)?\s+(?!du\b|de\b|d')[a-z]")  # pas « le premier du mois »


# « Le premier trimestre versus au deuxième » : le rang qui suit, sans nom après lui, reprend le nom dit.
RANG_SANS_NOM = re.compile(rf"\b(?:au|le|du|et|pis|versus|vs)\s+({_RANG})\b{SANS_NOM_APRES}")


def _parties_d_annee(texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    """« Le premier trimestre 2027 », « le 2e semestre » : une période (que Duckling ne lit pas), deux
    bornes à la même place comme un intervalle ; sans année, celle de la demande. « Le dernier
    trimestre » sans année dirait aussi bien le trimestre passé : on le laisse. Un rang dit ensuite sans
    son nom (« … versus au deuxième ») est une partie de la même sorte et de la même année."""
    sortie, dites = [], list(PARTIE_D_ANNEE.finditer(plie))
    for m in dites:
        if m[1] == "dernier" and not m[3]:
            continue
        an = int(m[3]) if m[3] else jour.year
        sortie += _partie(m[1], m[2], an, texte, m.start(), m.end(), jour)
        for e in RANG_SANS_NOM.finditer(plie, m.end()):
            if not any(d.start() <= e.start(1) < d.end() for d in dites):
                sortie += _partie(e[1], m[2], an, texte, e.start(1), e.end(1), jour)
    return sorted({(x.debut, x.valeur): x for x in sortie}.values(), key=lambda x: (x.debut, x.valeur))


def _partie(rang_dit: str, nom: str, an: int, texte: str, debut: int, fin: int,
            jour: datetime.date) -> list[Mention]:
    """Le trimestre ou le semestre de ce rang : ses deux bornes à la même place."""
    mois = 3 if nom == "trimestre" else 6
    rang = RANG_DE_PARTIE.get(rang_dit, 12 // mois)
    if rang > 12 // mois:
        return []
    bornes = [datetime.date(an, (rang - 1) * mois + 1, 1), fin_du_mois(datetime.date(an, rang * mois, 1))]
    return _bout_dit(bornes, texte, debut, fin, jour) or [
        Mention(Genre.DATE, b, debut, fin, texte[debut:fin]) for b in bornes]


def _en_deux_bouts(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    """« De juillet à septembre », « entre la Saint-Jean pis la fête du Travail » (que Duckling lit en deux
    dates) : une période, deux bornes à la même place comme un intervalle ; de mois à mois, du premier jour
    du premier mois au dernier jour du second."""
    sortie: list[Mention] = []
    for m in mentions:
        a = sortie[-1] if sortie else None
        if a is None or not _bouts_d_une_periode(a, m, plie) or (
                len(sortie) > 1 and (sortie[-2].debut, sortie[-2].fin) == (a.debut, a.fin)):
            sortie.append(m)
            continue
        texte_periode = texte[a.debut : m.fin]
        if a.mois_entier:
            fin = fin_du_mois(m.valeur if m.valeur > a.valeur else decaler_annees(m.valeur, 1))
            debut = dataclasses.replace(a, fin=m.fin, texte=texte_periode, mois_entier=False, prochaine=None,
                                        au_mois=True)
            sortie[-1:] = [debut, dataclasses.replace(debut, valeur=fin)]
        else:
            sortie[-1:] = [dataclasses.replace(a, valeur=_avant(a, m), fin=m.fin, texte=texte_periode,
                                               prochaine=None),
                           dataclasses.replace(m, valeur=_apres(a, m), debut=a.debut, texte=texte_periode,
                                               prochaine=None)]
    return sortie


def _avant(a: Mention, m: Mention) -> datetime.date:
    """Le début d'une période qui finit à `m` : sans son année, le plus tard qui la précède (« du mercredi
    des Cendres jusqu'au Jour de la Terre 2027 » : celui de 2027)."""
    return a.prochaine if a.prochaine and a.prochaine <= m.valeur else a.valeur


def _apres(a: Mention, m: Mention) -> datetime.date:
    """La fin d'une période qui commence à `a` : « entre Noël pis le jour de l'An », le prochain."""
    return m.prochaine if m.valeur <= a.valeur and m.prochaine else m.valeur


def _bouts_d_une_periode(a: Mention, m: Mention, plie: str) -> bool:
    """Deux dates séparées par ce qui joint les bouts d'une période : deux mois entiers, ou deux jours dans
    l'ordre après un début annoncé."""
    if a.genre != Genre.DATE or m.genre != Genre.DATE or (a.debut, a.fin) == (m.debut, m.fin):
        return False
    jointes = bouts_joints(a, m, plie)
    if a.mois_entier and m.mois_entier:
        return jointes
    # Deux jours dits chacun ne font une période qu'annoncée : « le 3 mars et le 5 avril » sont deux dates.
    jours = not a.mois_entier and not m.mois_entier and a.valeur < _apres(a, m)
    return jours and jointes and debut_annonce(a, plie) is not None


# Ce qui fait d'un nombre un ordre de grandeur : avant lui (« environ », « une couple de ») ou juste
# après (« et quelques ») ; une autre valeur offerte à sa place (« 20 000 ou 25 000 »), c'est
# `formulation.reprises`.
# « Une couple de mille », « 20 000 et plus » : un ordre de grandeur sans borne, qu'aucune marge ne couvre.
_SANS_BORNE_AVANT = r"(?:une )?couple d(?:e |')|quelques"
_SANS_BORNE_APRES = r"et quelques?|et plus|ou plus|quelque chose"
_APPROXIMATIONS = (r"(?:environ|a peu pres|autour de|aux alentours de|approximativement|plus ou moins|pres de"
                   rf"|genre|quasiment|presque|{_SANS_BORNE_AVANT})")
APPROXIMATION_AVANT = re.compile(rf"\b{_APPROXIMATIONS}\s*$")
# Duckling garde parfois le mot dans la valeur (« environ 24 000 $ ») : il compte aussi au début de celle-ci.
APPROXIMATION_DEDANS = re.compile(rf"{_APPROXIMATIONS}\b")
APPROXIMATION_APRES = re.compile(rf"^\s*(?:{_SANS_BORNE_APRES}|et des poussieres)(?!\w)")
# « ~30 h », « ≈ 2 000 $ » ; « 30 h +/- 2 », « ± 2 » : la marge dite après la valeur en fait partie.
APPROXIMATION_SYMBOLE = re.compile(r"(?:~|≈|±|\+/-)\s*$")
MARGE_APRES = re.compile(r"^\s*,?\s*(?:\+/-|±|\+ ou -|plus ou moins)\s*\d+(?:[,.]\d+)?"
                         r"(?:\s*(?:h\b|heures?\b|\$|%))?")
SANS_BORNE = re.compile(rf"\b(?:{_SANS_BORNE_AVANT}|{_SANS_BORNE_APRES})\b")


# « 68 500 $, pas 66 000 », « 30 heures au lieu de 35 » : la valeur corrigée n'est plus une valeur.
# Les mots qui écartent ce qui les suit, une valeur ou un choix (« oublie les actions, des obligations »).
ECARTEE_AVANT = re.compile(r"\b(?:pas|et non|non pas|au lieu d[e']|plutot qu[e']|oubli\w*|laisse[zr]? "
                           r"(?:faire|tomber))\s*(?:(?:les?|la|l'|des|du|d'|a)\s*)?$")


# « La lettre du MSP (réf. …) du 14 novembre », « relevé du 20 nov. » : la date d'un écrit cité le situe ;
# ce n'est pas une date du calcul.
DATE_D_UN_ECRIT = re.compile(r"\b(?:lettre|courriel|message|releve|avis|resolution|proces-verbal|memo|note)"
                             r"\b[^.?!:;,]{0,40}?\b(?:du|date du|datee? du)\s*$")


def _date_d_un_ecrit(mention: Mention, plie: str) -> bool:
    return (mention.genre == Genre.DATE
            and DATE_D_UN_ECRIT.search(plie, max(0, mention.debut - 60), mention.debut) is not None)


def _ecartee(mention: Mention, plie: str) -> bool:
    return (mention.genre in {Genre.ARGENT, Genre.HEURES, Genre.TAUX, NOMBRE}
            and ECARTEE_AVANT.search(plie, max(0, mention.debut - 20), mention.debut) is not None)


# « Le 25 000 $ de l'article 8 », « sous la limite de 25 000 $ », « on dépasse-tu le 25 000 $ ? »,
# « le 25 000 $ là » : le montant que la règle fixe, cité ; ni l'emprunt ni le solde du fonds. Devant le
# montant, « plafond de » ne le dit de la règle que si la loi le fixe (« un plafond de 1 500 $ » voté par le
# conseil est une valeur du calcul).
DE_LA_REGLE_APRES = re.compile(r"\s*(?:(?:de l'|du |de la |d')(?:art(?:icle|\.)?\s*\d+|reglement|loi)\b"
                               r"|\s+la\s*[,?.!])")
DE_LA_REGLE_AVANT = re.compile(r"\b(?:(?:seuil|plafond|limite)\s+(?:de|du|des)"
                               r"|depass\w*(?:-tu)?\s+(?:le|la))\s*$")


def _de_la_regle(mention: Mention, plie: str) -> bool:
    return mention.genre == Genre.ARGENT and (
        DE_LA_REGLE_APRES.match(plie, mention.fin) is not None
        or (mention.valeur in montants_fixes()
            and DE_LA_REGLE_AVANT.search(plie, max(0, mention.debut - 24), mention.debut) is not None))


ECART_APRES = re.compile(r"\s*(?:(?:de|en) (plus|moins)|supplementaires?|additionnel\w*)\b")
# « ajoute les 3 200 $ de la vente aux revenus » : le verbe dit l'écart, avant la valeur.
# « N'oublie pas ses 2 h ½ de samedi », « sans oublier les 500 $ du marché » : ce qui s'ajoute aussi.
ECART_AVANT = re.compile(r"\b(?:(?:r?ajout|additionn)\w*|oublie[sz]? pas|sans oublier)\s+"
                         r"(?:(?:les?|la|l'|des|du|encore|ses|sa|son|ces)\s*)?$")


# « Une autre facture de 4 500 $ », « encore un don de 500 $ » : une chose de plus, nommée avant sa valeur.
UNE_DE_PLUS = re.compile(r"\b(?:une? autres?|encore (?:une?|des))\s+[a-z]+(?:\s+[a-z]+)?\s+(?:de|d')\s*$")


def _ecart(mention: Mention, plie: str) -> Mention:
    """« 1 500 $ de plus que prévu » : ce qui s'ajoute à la valeur dite avant, pas une autre valeur."""
    if mention.genre not in GRANDEURS:
        return mention
    if UNE_DE_PLUS.search(plie, max(0, mention.debut - 35), mention.debut):
        mention = dataclasses.replace(mention, une_de_plus=True)
    if suite := ECART_APRES.match(plie, mention.fin):
        texte = mention.texte + suite.group()  # la question de précision cite l'écart en entier
        return dataclasses.replace(mention, ecart=-1 if suite[1] == "moins" else 1, texte=texte)
    if ECART_AVANT.search(plie, max(0, mention.debut - 25), mention.debut):
        return dataclasses.replace(mention, ecart=1)
    return mention


# « ajouter 1 200 $ pis 80 h » : le verbe dit l'écart des valeurs qu'il coordonne.
COORDONNEES = re.compile(r"\s*(?:,\s*(?:et|pis|puis)?|et|pis|puis)\s*")


def _ecarts_coordonnes(mentions: list[Mention], plie: str) -> list[Mention]:
    resultat, verbe = list(mentions), False  # l'écart de la valeur d'avant vient-il du verbe ?
    for rang in range(1, len(resultat)):
        a, b = resultat[rang - 1], resultat[rang]
        verbe = bool(a.ecart) and (verbe or bool(ECART_AVANT.search(plie, max(0, a.debut - 25), a.debut)))
        if verbe and not b.ecart and b.genre in GRANDEURS and COORDONNEES.fullmatch(plie, a.fin, b.debut):
            resultat[rang] = dataclasses.replace(b, ecart=a.ecart)
    return resultat


# « États financiers (en milliers de $) : Revenus 96,4 » : l'en-tête dit l'unité des nombres qui n'en ont
# pas ; un suivi (« ajoute les 3,2 de la vente ») la garde.
_ECHELLE = re.compile(r"\ben ([km])\$|\(000 \$\)")


def echelle_declaree(plie: str) -> int | None:
    if (m := _ECHELLE.search(plie)) is None:
        return None
    return 1_000_000 if m[1] == "m" else 1000


def a_l_echelle(mentions: list[Mention], echelle: int) -> list[Mention]:
    """Les nombres sans unité, en dollars à l'échelle déclarée."""
    return [dataclasses.replace(m, genre=Genre.ARGENT, valeur=nombre_propre(m.valeur * echelle))
            if m.genre == NOMBRE and echelle != 1 else m for m in mentions]


# « le dernier jour ouvrable de novembre » : Duckling lit le mois ; on en prend le premier ou le dernier
# jour ouvrable (ni fin de semaine ni jour férié chômé).
JOUR_OUVRABLE_AVANT = re.compile(
    r"\b(?:le |au |du )?(premier|dernier) jour ouvrable (?:de |du |d')?(?:mois (?:de |d'))?$"
)


def _jours_ouvrables(mentions: list[Mention], texte: str, plie: str) -> list[Mention]:
    sortie = []
    for m in mentions:
        avant = JOUR_OUVRABLE_AVANT.search(plie, max(0, m.debut - 45), m.debut) if m.mois_entier else None
        if m.genre != Genre.DATE or avant is None:
            sortie.append(m)
            continue
        premier = m.valeur.replace(day=1)
        date = ouvrable(premier, 1) if avant[1] == "premier" else ouvrable(fin_du_mois(premier), -1)
        sortie.append(Mention(Genre.DATE, date, avant.start(), m.fin, texte[avant.start() : m.fin]))
    return sortie


# « L'an dernier à pareille date », « il y a deux ans jour pour jour », « y'a trois ans aujourd'hui » : le
# jour de la demande, autant d'années plus tôt ou plus tard que l'année que dit la mention voisine.
PAREILLE_DATE = re.compile(r"(?:\s+aujourd'hui\b(?:\s*,?\s*jour pour jour)?"
                           r"|\s*,?\s*(?:a pareille date|a la meme date|jour pour jour|a pareil jour))\b")


def _a_pareille_date(mentions: list[Mention], texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    sortie, datees = [], []
    for m in mentions:
        suite = PAREILLE_DATE.match(plie, m.fin)
        annee = m.valeur if m.genre == Genre.ANNEE else m.valeur.year if m.genre == Genre.DATE else None
        if suite is None or annee is None or (m.genre == Genre.DATE and not m.mois_entier):
            sortie.append(m)
            continue
        date = decaler_annees(jour, annee - jour.year)
        datees.append(Mention(Genre.DATE, date, m.debut, suite.end(), texte[m.debut : suite.end()]))
        sortie.append(datees[-1])
    return _sans_les_couvertes(sortie, datees)  # « aujourd'hui », lu seul aussi, n'est plus qu'un mot


# « La fin du trimestre », « le début du prochain trimestre » : le trimestre civil (Duckling ne le lit
# pas). Sans « prochain » ni « dernier », c'est celui de la date dite juste avant (« un contrat qui
# commence le 1er janvier 2027 et finit à la fin du trimestre »), sinon celui de la demande.
TRIMESTRE = re.compile(
    r"\b(?:(?:a )?la |au |le |du )?(fin|debut) du (?:(prochain|dernier) )?trimestre"
    r"(?: (prochain|dernier|passe))?\b"
)


def _trimestres(mentions: list[Mention], texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    sortie = list(mentions)
    for t in TRIMESTRE.finditer(plie):
        if any(m.chevauche(*t.span()) for m in mentions):
            continue
        decalage = {"prochain": 1, "dernier": -1, "passe": -1}.get(t[2] or t[3] or "", 0)
        avant = [m.valeur for m in mentions if m.genre == Genre.DATE and m.fin <= t.start()]
        repere = avant[-1] if avant and not decalage else jour
        debut = _decaler_mois(datetime.date(repere.year, 3 * ((repere.month - 1) // 3) + 1, 1), 3 * decalage)
        # Le dernier jour d'un trimestre : la fin de son troisième mois, comme pour « ce trimestre ».
        date = debut if t[1] == "debut" else fin_du_mois(_decaler_mois(debut, 2))
        sortie.append(Mention(Genre.DATE, date, t.start(), t.end(), texte[t.start() : t.end()]))
    return sorted(sortie, key=lambda m: m.debut)


# « le programme 2027-2028 », « 2027 ou 2028 » : deux années au choix là où l'on en attend une.
ANNEE_AU_CHOIX_AVANT = re.compile(rf"{_ANS}\s*(?:-|–|/|ou|a|au)\s*$")
ANNEE_AU_CHOIX_APRES = re.compile(rf"^\s*(?:-|–|/|ou|a|au)\s*{_ANS}\b")


def _approchee(mention: Mention, plie: str) -> Mention:
    if mention.genre == Genre.ANNEE:
        avant = ANNEE_AU_CHOIX_AVANT.search(plie[max(0, mention.debut - 8) : mention.debut])
        apres = ANNEE_AU_CHOIX_APRES.match(plie[mention.fin :])
    elif mention.genre in GRANDEURS:
        avant = (APPROXIMATION_AVANT.search(plie[max(0, mention.debut - 30) : mention.debut])
                 or APPROXIMATION_SYMBOLE.search(plie[max(0, mention.debut - 4) : mention.debut])
                 or APPROXIMATION_DEDANS.match(plie, mention.debut))
        apres = APPROXIMATION_APRES.match(plie[mention.fin :])
        if marge := MARGE_APRES.match(plie[mention.fin :]):  # la marge n'est pas une autre valeur
            return dataclasses.replace(mention, approchee=True, fin=mention.fin + marge.end(),
                                       texte=(mention.texte + marge.group()).strip())
    else:
        return mention
    if not (avant or apres):
        return mention
    # Le texte cité dans la question de précision garde le mot qui fait l'approximation.
    dedans = avant and avant.start() == mention.debut and avant.re is APPROXIMATION_DEDANS
    texte = ("" if dedans or not avant else avant.group()) + mention.texte + (apres.group() if apres else "")
    return dataclasses.replace(mention, approchee=True, texte=texte.strip())


_DEPUIS = r"\b(?:depuis|a partir d[eu]|a compter d[eu])"
# « depuis le début du printemps » : le début d'une période, ses deux bornes lues par Duckling.
DEPUIS_AVANT = re.compile(rf"{_DEPUIS}\s*(?:le |la |l'|les )?(?:debut (?:du |de la |de l'|des |d')?)?$")
DEPUIS_DEDANS = re.compile(rf"^{_DEPUIS}")  # Duckling a pris « à partir du » dans la date


def _jusqu_a_aujourd_hui(mentions: list[Mention], plie: str, jour: datetime.date) -> list[Mention]:
    """« Depuis septembre », « depuis le début de l'année » : une période, de ce jour-là à celui de
    la demande (deux bornes à la même place dans le texte, comme un intervalle)."""
    sortie: list[Mention] = []
    for m in mentions:
        premiere = next((o for o in sortie if o.genre == Genre.DATE and (o.debut, o.fin) == (m.debut, m.fin)),
                        None) if m.genre == Genre.DATE else None
        if m.genre != Genre.DATE or (premiere is not None and not _depuis(premiere, plie, jour)):
            sortie.append(m)  # une autre valeur, ou la fin d'un intervalle ordinaire
        elif premiere is None:
            sortie.append(m)
            if _depuis(m, plie, jour):
                sortie.append(dataclasses.replace(m, valeur=jour, mois_entier=False, prochaine=None))
        # sinon : la fin que Duckling donnait (« le début de l'année » : fin février) cède au jour
    return sortie


def _depuis(mention: Mention, plie: str, jour: datetime.date) -> bool:
    avant = plie[max(0, mention.debut - 32) : mention.debut]
    dit = DEPUIS_AVANT.search(avant) or DEPUIS_DEDANS.search(plier(mention.texte))
    return mention.valeur < jour and dit is not None


PRESENT_AVANT = re.compile(r"\b(?:on est|on n'est|nous sommes|c'est)\s+en\s*$")


def _sans_aujourd_hui(mentions: list[Mention], jour: datetime.date, plie: str) -> list[Mention]:
    """« Aujourd'hui, c'est le 1er octobre 2027 », « On est en 2026. Le programme de 2028… » : le
    présent dit en passant ne dit rien de plus que le jour de la demande ; une autre date (une autre
    année) dite l'emporte."""

    def present(m: Mention) -> bool:
        if m.genre == Genre.DATE:
            return m.valeur == jour and plier(m.texte).strip() == "aujourd'hui"
        return (m.genre == Genre.ANNEE and m.valeur == jour.year
                and PRESENT_AVANT.search(plie, max(0, m.debut - 20), m.debut) is not None)

    return [m for m in mentions
            if not (present(m) and sum(a.genre == m.genre for a in mentions) > 1)]


def _durees(texte: str, plie: str) -> tuple[list[Mention], list[tuple[int, int]]]:
    """Les heures de travail : « 20h », « 7h30 », « 7 heures et demie », « de 8h à 16h », « 90 minutes »,
    multipliées par le nombre de jours ou de semaines qui les suit (« par jour pendant 4 jours ») ; et
    où sont les heures de la journée (« à 14h »)."""
    out: list[Mention] = []
    horloges: list[tuple[int, int]] = []
    for m in itertools.chain(PLAGE.finditer(plie), QUART_DIT.finditer(plie)):  # « de 8h à midi » : 4 heures
        if (duree := _duree_de_plage(m)) is None or any(o.chevauche(*m.span()) for o in out):
            continue
        quarts = QUARTS_APRES_PLAGE.match(plie, m.end())
        if quarts and not JOURS_NOMMES.match(plie, m.end()):
            out.append(Mention(Genre.HEURES, _arrondi(duree * int(quarts[1])), m.start(), quarts.end(),
                               texte[m.start() : quarts.end()]))
        else:
            out.append(_par_jour_nomme(texte, plie, m.start(), m.end(), _arrondi(duree)))
    for m in DUREE.finditer(plie):
        if any(o.chevauche(*m.span()) for o in out):
            continue
        if m[4]:  # « une heure », « une heure et demie », « une demi-heure »
            heures = Decimal("0.5") if "demi-" in m.group() else Decimal(1) + FRACTIONS_D_HEURE[m[5]]
        elif m[6]:
            heures = Decimal(m[6].replace(" ", "")) / 60
        else:
            heures = lire_decimal(m[1]) or Decimal(0)
            heures += Decimal(m[2] or 0) / 60 + FRACTIONS_D_HEURE[m[3]]
        if _heure_du_jour(plie, m, heures):
            horloges.append(m.span())
            continue
        out.append(_multiplier(texte, plie, m.start(), m.end(), _arrondi(heures)))
    out = [dataclasses.replace(d, periode="jour") if not d.periode and _d_un_seul_jour(d, plie) else d
           for d in out]
    return out, horloges


def _d_un_seul_jour(duree: Mention, plie: str) -> bool:
    """« 3 quarts de 10 heures, tous dans la même journée » ; « 1 560 minutes lundi », plus de 24 heures
    dites d'un jour nommé : des heures d'un seul jour, bornées par lui."""
    return bool(MEME_JOURNEE.match(plie, duree.fin) or (
        duree.valeur > MAX_PAR_PERIODE["jour"] and UN_JOUR_NOMME.match(plie, duree.fin)))


def _heure_du_jour(plie: str, m: re.Match[str], heures: Decimal) -> bool:
    """« à 14h », « vers 8 heures » ; pas « à 37,5 heures » (aucune horloge ne l'affiche), « après
    6 heures de travail » ni « à 18h/sem » (des heures par période)."""
    horloge = m[1] is not None and "," not in m[1] and "." not in m[1] and heures <= 24
    avant = plie[max(0, m.start() - 12) : m.start()]
    if horloge and DEBUT_DE_PLAGE[0].search(avant) and DEBUT_DE_PLAGE[1].match(plie, m.end()):
        return True
    return (horloge and HEURE_DU_JOUR_AVANT.search(avant) is not None
            and not DE_TRAVAIL_APRES.match(plie, m.end()) and not _par_periode(plie[m.end():]))


def _par_periode(suite: str) -> bool:
    """« 18h/sem », « 7h par jour » : une durée par période, jamais l'heure qu'affiche une horloge
    (« à 18h chaque jour » reste une heure du jour)."""
    periode = PAR_PERIODE.match(suite)
    return periode is not None and periode[1] in ("par", "/")


def _duree_de_plage(m: re.Match[str]) -> Decimal | None:
    """« de 8h à midi » : 4 h ; « de 22 h à 2 h du matin » passe minuit : 4 h ; « de 9 h à 5 h » se dit
    sur douze heures : 8 h ; « de 2 h à 5 h de l'après-midi » : 3 h."""
    debut, fin = _heure(m[1], m[2], m[3]), _heure(m[4], m[5], m[6])
    if m[7] in APRES_MIDI and fin < 12:
        debut, fin = debut + (12 if debut < fin else 0), fin + 12
    if fin <= debut:
        fin += 24 if debut >= 12 or m[7] else 12
    duree = fin - debut
    return duree if 0 < duree < 24 else None


def _heure(heures: str | None, minutes: str | None, nommee: str | None) -> Decimal:
    if nommee:
        return Decimal(HEURES_NOMMEES[nommee])
    return int(heures or 0) + Decimal(minutes or 0) / 60


def _multiplier(texte: str, plie: str, debut: int, fin: int, heures: Decimal) -> Mention:
    """« 7h30 par jour pendant 4 jours » : 30 heures ; « 4 jours de 7 heures » : 28 heures."""
    avant = PERIODES_AVANT.search(plie[max(0, debut - 25) : debut])
    if avant:
        debut_total = debut - (len(plie[max(0, debut - 25) : debut]) - avant.start())
        return Mention(Genre.HEURES, nombre_propre(heures * int(avant[1])), debut_total, fin,
                       texte[debut_total:fin])
    periode = PAR_PERIODE.match(plie[fin:])
    if not periode and (jours := JOURS_NOMMES.match(plie, fin)) and JOURS_AU_PLURIEL.search(jours.group()):
        # « 5h15 les mardis pis les jeudis » : les heures de chaque semaine.
        return dataclasses.replace(_par_jour_nomme(texte, plie, debut, fin, heures), periode="semaine")
    if not periode:
        return Mention(Genre.HEURES, heures, debut, fin, texte[debut:fin])
    unite = unite_de_periode(periode[2])
    fin_periode = fin + periode.end()
    if unite == "jour" and JOURS_NOMMES.match(plie, fin_periode):
        # « 3 h par jour du lundi au vendredi » : les heures d'une semaine (« pendant 4 semaines » : × 4).
        semaine = _par_jour_nomme(texte, plie, debut, fin_periode, heures)
        return dataclasses.replace(semaine, periode="semaine")
    nombre = NOMBRE_DE_PERIODES.match(plie[fin_periode:])
    if nombre and _meme_periode(unite, nombre[2]):
        total_fin = fin_periode + nombre.end()
        return Mention(Genre.HEURES, heures * int(nombre[1]), debut, total_fin, texte[debut:total_fin])
    return Mention(Genre.HEURES, heures, debut, fin_periode, texte[debut:fin_periode].strip(), periode=unite)


def _par_jour_nomme(texte: str, plie: str, debut: int, fin: int, heures: Decimal) -> Mention:
    """Des heures d'une journée, multipliées par les jours de semaine nommés après elles (« du lundi
    au jeudi » : 4 ; « lundi pis mardi » : 2) ; la mention les couvre : ce ne sont pas des dates."""
    jours = JOURS_NOMMES.match(plie, fin)
    if jours is None:
        return Mention(Genre.HEURES, heures, debut, fin, texte[debut:fin])
    if jours[1]:
        nombre = (JOURS_DE_SEMAINE.index(jours[2]) - JOURS_DE_SEMAINE.index(jours[1])) % 7 + 1
    else:
        nombre = len(re.findall(_J, jours[3]))
    fin = jours.end()
    return Mention(Genre.HEURES, nombre_propre(heures * nombre), debut, fin, texte[debut:fin])


def unite_de_periode(mot: str) -> str:
    """« journées », « jrs », « sem » : l'unité qu'ils disent (« jour », « semaine »)."""
    return next(unite for unite, motif in UNITES_DE_PERIODE.items() if re.fullmatch(motif, mot))


def _meme_periode(unite: str, mot: str) -> bool:
    return unite_de_periode(mot) == unite


def _existe(jour: int, mois: int, annee: int | None) -> bool:
    """Le jour existe dans ce mois ; sans année, le 29 février existe (une année bissextile)."""
    return 1 <= jour <= calendar.monthrange(annee or 2028, mois)[1]


def hors_limites(mention: Mention) -> str | None:
    """Une date qui n'existe pas, un nombre d'heures impossible pour sa période (« 30 heures par
    jour ») : une erreur d'entrée."""
    if mention.genre == DATE_IMPOSSIBLE:
        return f"« {mention.texte} » : cette date n'existe pas ; vérifiez le jour et le mois."
    limite = MAX_PAR_PERIODE.get(mention.periode)
    if (
        mention.genre == Genre.HEURES
        and limite
        and isinstance(mention.valeur, Decimal)
        and mention.valeur > limite
    ):
        duree = {"jour": "un jour", "semaine": "une semaine", "mois": "un mois"}[mention.periode]
        return f"« {mention.texte} » : {duree} ne compte que {limite} heures ; vérifiez le nombre d'heures."
    return None


# --- Duckling ---------------------------------------------------------------------------------


@cache
def _duckling_pret() -> tuple[object, object, object]:
    """Duckling chargé une fois : fuseaux horaires, langue, dimensions lues."""
    import duckling

    duckling.init()
    fuseaux = duckling.load_time_zones("/usr/share/zoneinfo")
    langue = duckling.parse_lang("FR")
    locale = duckling.parse_locale("FR_CA", duckling.default_locale_lang(langue))
    return fuseaux, locale, duckling.parse_dimensions(["amount-of-money", "time", "phone-number"])


def _analyser(texte: str, jour: datetime.date) -> list[dict]:
    """Les entités que Duckling lit dans le texte, relatives au jour de la demande."""
    import duckling

    fuseaux, locale, dimensions = _duckling_pret()
    midi = datetime.datetime.combine(jour, datetime.time(12), tzinfo=datetime.UTC)
    contexte = duckling.Context(
        duckling.parse_ref_time(fuseaux, "America/Montreal", int(midi.timestamp())), locale
    )
    return duckling.parse(texte, contexte, dimensions, False)


# « Le programme 2028 le 15 octobre 2027 » : Duckling colle au jour l'année qui le précède (« 2028 le
# 15 octobre ») ; en français l'année suit le jour, celle d'avant est une autre mention.
ANNEE_AVANT_LE_JOUR = re.compile(rf"(?:19|20)\d\d(?=,?\s+(?:le\s+)?{QUANTIEME}\s)")


def _duckling(texte: str, jour: datetime.date, deja: list[Mention]) -> list[Mention]:
    # Ce que notre code a déjà lu est masqué : « 20h » ne redevient pas l'heure de 20 h.
    masque = list(texte)
    for m in deja:
        masque[m.debut : m.fin] = " " * (m.fin - m.debut)
    for f in FREQUENCE.finditer(plier(texte)):
        masque[f.start() : f.end()] = " " * (f.end() - f.start())
    entites = _analyser("".join(masque), jour)
    collees = [a for e in entites
               if e["dim"] == "time" and (a := ANNEE_AVANT_LE_JOUR.match(texte, e["start"]))]
    if collees:
        for a in collees:
            masque[a.start() : a.end()] = " " * (a.end() - a.start())
        entites = _analyser("".join(masque), jour)
    out: list[Mention] = []
    for entite in sorted(entites, key=lambda e: _priorite(e, texte)):
        debut, fin = entite["start"], entite["end"]  # positions en caractères (le `body` est mal décodé)
        if any(o.chevauche(debut, fin) for o in out):
            continue
        out += _entite(entite, texte, debut, fin, jour)
    return sorted(out, key=lambda m: m.debut)


JOURS_SANS_MOIS = re.compile(r"(?:du|entre)\s+(?:le\s+)?\d{1,2}(?:er|e)?\s+(?:au|a|et)\s+"
                             r"(?:le\s+)?\d{1,2}(?:er|e)?")


def _borne_seule(bouts: list[dict], texte: str, debut: int, fin: int) -> list[Mention]:
    """« plus de 1 500 $ », « pas plus que 1 500 $ » : Duckling lit une borne ; le montant reste un montant,
    et le sens de la comparaison reste aux mots qui le précèdent. « Plus de 25 000 $ » cite la règle : ce
    n'est pas une valeur du calcul."""
    bornes = [b for b in bouts if b]
    chiffre = re.search(r"\d", texte[debut:fin])
    if (len(bornes) != 1 or bornes[0].get("unit") != "$" or chiffre is None
            or Decimal(str(bornes[0]["value"])) in montants_fixes()):
        return []
    debut += chiffre.start()
    return [Mention(Genre.ARGENT, Decimal(str(bornes[0]["value"])), debut, fin, texte[debut:fin])]


def _priorite(entite: dict, texte: str) -> tuple[bool, int, int]:
    """De deux lectures qui se chevauchent, celle qui nomme le jour (« à partir du 1 » contre « 1er mars
    2027 ») l'emporte ; sinon la première, et la plus longue."""
    debut, fin = entite["start"], entite["end"]
    nomme = entite["dim"] == "time" and JOUR_DIT.search(plier(texte[debut:fin])) is not None
    return not nomme, debut, debut - fin


def _rang(plie: str, debut: int, fin: int) -> bool:
    ordinal = ORDINAL.match(plie, debut)
    return (ordinal is not None and ordinal.end() == fin
            and (EN_AVANT.search(plie, max(0, debut - 5), debut) or NOM_APRES.match(plie, fin)) is not None)


# Le démonstratif renforcé : « ce mois-là » (le trait d'union suffit), « cette année là » (sans lui, il
# faut le démonstratif devant : « le 3 mars la paie » n'en est pas un).
DEMONSTRATIF = re.compile(r"(?:ce|cet|cette)\s")
LA_APRES_TRAIT = re.compile(r"-\s?la\b")
LA_APRES_ESPACE = re.compile(r"\s+la\b")


def _anaphore(plie: str, debut: int, fin: int) -> bool:
    """« ce mois-là », « cette année-là » : la date dont on parlait."""
    return LA_APRES_TRAIT.match(plie, fin) is not None or (
        DEMONSTRATIF.match(plie, debut) is not None and LA_APRES_ESPACE.match(plie, fin) is not None)


UNITES_DE_TEMPS = frozenset(("jour", "journee", "semaine", "fin de semaine", "mois", "an", "annee"))
# « chaque semaine », « par mois », « 18 h/sem », « 500 $ par semaine du 4 janvier au… », « semaine par
# semaine » : une fréquence, jamais la période en cours ni une date ; masquée avant Duckling, elle n'ouvre
# pas « la semaine du ».
FREQUENCE = re.compile(rf"\b(?:(?:{'|'.join(UNITES_DE_TEMPS)})\s+(?:par|apres)\s+|chaque\s+|par\s+"
                       rf"|tou(?:te)?s les\s+|a la\s+)(?:{'|'.join(UNITES_DE_TEMPS)})s?\b"
                       r"|/\s?(?:jour|sem|mois|an)\b")
# « la semaine qui finissait y'a trois ans », « le mois où il est entré » : la période que la relative
# décrit, pas celle en cours.
UNITE_NUE = re.compile(rf"(?:la |le |l')?(?:{'|'.join(UNITES_DE_TEMPS)})")
RELATIVE_APRES = re.compile(r"\s+(?:qui|que|qu'|ou|dont)\b")


# « 18 500 $ US », « 1 200 $ américains » : des dollars d'ailleurs (« $ CA » sont les nôtres).
AUTRE_DOLLAR = re.compile(r"\s*(?:us|usd|americains?|australiens?)\b")
LONGUEUR_DEVISE = 16  # « $ américains » : ce qui suit le montant, assez pour le nom de la monnaie


# Ce qui continue un nombre écrit par groupes de trois chiffres (« 18 000 ») : une lecture qui s'arrête devant
# le coupe.
SUITE_DU_NOMBRE = re.compile(r"[ \u00a0\u202f]\d{3}\b")


def _entite(entite: dict, texte: str, debut: int, fin: int, jour: datetime.date) -> list[Mention]:
    valeur = entite["value"]
    extrait = texte[debut:fin]
    if plier(extrait).strip() == "ete" and not SAISON_AVANT.search(plier(texte[:debut])):
        return []  # un participe passé, pas la saison
    if _rang(plier(texte), debut, fin):
        return []  # « lequel finit en premier », « un premier vol » : un rang, pas le 1er du mois
    if entite["dim"] == "time" and _anaphore(plier(texte), debut, fin):
        return []  # « ce mois-là », « cette année-là » : la date dont on parlait, pas celle du jour
    if entite["dim"] == "time" and SUITE_DU_NOMBRE.match(texte, fin) and extrait[-1:].isdigit():
        return []  # « une à 18 000 $ », « le 25 000 $ » : une date qui coupe un nombre n'en est pas une
    if UNITE_NUE.fullmatch(plier(extrait).strip()) and RELATIVE_APRES.match(plier(texte), fin):
        return []
    if entite["dim"] == "phone-number":
        # Duckling voit un téléphone dans « 12 500 » : seul un numéro à sept chiffres au moins en est un.
        telephone = NUMERO_DE_TELEPHONE.fullmatch(extrait)
        return [Mention(IDENTIFIANT, extrait, debut, fin, extrait)] if telephone else []
    if entite["dim"] == "amount-of-money":
        bouts = [valeur.get(b) or {} for b in ("from", "to")]
        if all(b.get("unit") == "$" for b in bouts):
            # « entre 12 000 et 18 000 $ » : une fourchette, que Duckling lit d'un bloc.
            bas, haut = (Decimal(str(b["value"])) for b in bouts)
            return [Mention(Genre.ARGENT, haut, debut, fin, extrait, approchee=True, bornes=(bas, haut))]
        if valeur.get("value") is None:
            return _borne_seule(bouts, texte, debut, fin)
        montant = Decimal(str(valeur["value"]))
        etrangere = AUTRE_DOLLAR.match(plier(texte[fin : fin + LONGUEUR_DEVISE]))
        if valeur.get("unit") != "$" or etrangere:
            fin += etrangere.end() if etrangere else 0
            return [Mention(DEVISE, montant, debut, fin, texte[debut:fin])]
        if (et := DOLLARS_ET.match(extrait)) and ((cents := lire_decimal(et[2])) is None or cents >= 100):
            # « 5 000 $ et 8 000 $ de dons » : deux montants, pas 5 000 $ et 80 cents ; « 10 000 $ et un
            # solde » : un article, pas un cent.
            premier = lire_decimal(et[1])
            if premier is None:
                return []
            montant, fin = premier, debut + extrait.index("$") + 1
        # « -5 000 $ », « moins 10 000 $ » : un montant négatif, que le calculateur refusera.
        if texte[max(0, debut - 1) : debut] == "-":
            montant, debut = -montant, debut - 1
        elif MOINS_AVANT.search(plier(texte[max(0, debut - 8) : debut])):
            montant = -montant
        return [Mention(Genre.ARGENT, montant, debut, fin, texte[debut:fin])]
    if valeur.get("type") == "interval":
        if (fin_de := FIN_DE.search(plier(extrait))) and (
            echeance := _fin_de_periode(texte[debut + fin_de.start() : fin], jour)
        ):
            if plier(extrait).endswith("annee") and (suite := ANNEE_QUI_SUIT.match(plier(texte), fin)):
                # « la fin de l'année prochaine » : Duckling a lu « la fin de l'année » sans son adjectif.
                echeance = decaler_annees(echeance, 1 if suite[1].startswith("prochain") else -1)
                fin, extrait = suite.end(), texte[debut : suite.end()]
            prochaine = _prochaine(echeance, extrait, jour)
            return [Mention(Genre.DATE, echeance, debut, fin, extrait, prochaine=prochaine)]
        bornes = _glissantes(plier(extrait), jour) or _bornes(valeur, extrait, jour)
        if bout := _bout_dit(bornes, texte, debut, fin, jour):
            return bout
        if MI_MOIS.search(plier(extrait)) and bornes:
            # « à la mi-janvier » : un jour, le 15 (Duckling en fait une dizaine de jours).
            return _un_jour(bornes[0].replace(day=15), texte, debut, fin, jour)
        if DEBUT_DE_MOIS.search(plier(extrait)) and bornes:
            # « début mars » : les premiers jours, ni un intervalle ni un jour sûr ; le 1er, à préciser.
            return [dataclasses.replace(m, approchee=True)
                    for m in _un_jour(bornes[0].replace(day=1), texte, debut, fin, jour)]
        if len(bornes) == 1:  # « avant le printemps » : une borne seule, la prochaine si elle est passée
            return _un_jour(bornes[0], texte, debut, fin, jour)
        # « du 1er au 31 » : des jours sans leur mois ; Duckling en choisit un, qu'il faut faire préciser.
        doute = "le mois n'est pas dit" if JOURS_SANS_MOIS.fullmatch(plier(extrait).strip()) else ""
        return [Mention(Genre.DATE, j, debut, fin, extrait, approchee=bool(doute), doute=doute)
                for j in bornes]
    compte = TEMPS_COMPTE.fullmatch(plier(extrait).strip())
    if compte and compte[1]:
        return [Mention(Genre.ANNEE, int(valeur["value"][:4]), debut, fin, extrait)]
    if valeur.get("grain") == "month":
        premier = _jour(valeur, extrait, jour)
        if bout := _bout_dit([premier, fin_du_mois(premier)], texte, debut, fin, jour):
            return bout  # « avant la fin de février » : le dernier jour du mois, une échéance
    if valeur.get("grain") == "quarter":
        # « le trimestre passé », « ce trimestre » : une période, deux bornes à la même place.
        premier = _jour(valeur, extrait, jour)
        bornes = [premier, fin_du_mois(_decaler_mois(premier, 2))]
        return _bout_dit(bornes, texte, debut, fin, jour) or [
            Mention(Genre.DATE, b, debut, fin, extrait) for b in bornes]
    if valeur.get("grain") in {"day", "week", "month"}:
        date = _jour(valeur, extrait, jour)
        prochaine = _prochaine(date, extrait, jour)
        return [Mention(Genre.DATE, date, debut, fin, extrait, mois_entier=valeur["grain"] == "month",
                        prochaine=prochaine)]
    if valeur.get("grain") == "year" and RELATIF.search(plier(extrait)):
        # « l'an passé », « l'année prochaine » : une année dite sans ses chiffres.
        return [Mention(Genre.ANNEE, int(valeur["value"][:4]), debut, fin, extrait)]
    if valeur.get("grain") in INSTANTS and valeur.get("type") == "value" and (
            JOUR_DIT.search(plier(extrait)) or compte):
        # « le 30 octobre 2026 à 23h » : le jour dit ; l'heure n'y change rien.
        return [Mention(Genre.DATE, _jour(valeur, extrait, jour), debut, fin, extrait)]
    return []  # une heure de la journée, une année en chiffres (lue plus loin) : pas une date de calcul


NUMERO_DE_TELEPHONE = re.compile(r"(?:\+?1[\s.-]?)?(?:\(?\d{3}\)?[\s.-]?)?\d{3}[\s.-]\d{4}")
GLISSANTES = re.compile(r"\b(\d+) (prochain|dernier)(?:e?s) (jour|semaine|mois)")


def _glissantes(plie: str, jour: datetime.date) -> list[datetime.date] | None:
    """« les cinq prochaines semaines », « les 3 derniers mois » : comptées depuis le jour de la demande
    (Duckling les fait commencer à la semaine ou au mois suivant, ou finir au précédent)."""
    m = GLISSANTES.search(plie)
    if m is None:
        return None
    n, sens = int(m[1]), 1 if m[2] == "prochain" else -1
    if m[3] == "mois":
        autre = _decaler_mois(jour, sens * n)
    else:
        autre = jour + datetime.timedelta(days=sens * n * (7 if m[3] == "semaine" else 1))
    return sorted([jour, autre])


def _decaler_mois(date: datetime.date, mois: int) -> datetime.date:
    """Le même jour, `mois` mois plus tard (ou plus tôt), ramené au dernier jour d'un mois plus court."""
    decale = pendulum.date(date.year, date.month, date.day).add(months=mois)
    return datetime.date(decale.year, decale.month, decale.day)


def _bornes(valeur: dict, extrait: str, jour: datetime.date) -> list[datetime.date]:
    """Les jours d'un intervalle de Duckling : son début et son dernier jour (la fin est exclue)."""
    grains = {"day", "month", "week"}
    de, a = valeur.get("from"), valeur.get("to")
    if de and a and {de.get("grain"), a.get("grain")} <= INSTANTS:
        # « d'ici 6 semaines », « d'ici 45 jours » : de maintenant à l'instant dit, ce jour compris.
        return [datetime.date.fromisoformat(b["value"][:10]) for b in (de, a)]
    bornes = [b for b in (de, a) if b and b.get("grain") in grains]
    if len(bornes) != 2:
        return [_jour(b, extrait, jour) for b in bornes]
    debut = _jour(bornes[0], extrait, jour)
    # L'année choisie pour le début vaut pour la fin : « la fin de l'année » finit le 31 décembre.
    decalage = debut.year - int(bornes[0]["value"][:4])
    dernier = datetime.date.fromisoformat(bornes[1]["value"][:10]) - datetime.timedelta(days=1)
    jours = [debut, decaler_annees(dernier, decalage)]
    annees = set(re.findall(_ANS, extrait))
    # « du 1er janvier au 31 mars 2027 » : une année pour deux.
    an = int(annees.pop()) if len(annees) == 1 else jours[0].year
    if jours[0].year != an and jours[0].replace(year=an) <= jours[1]:
        jours[0] = jours[0].replace(year=an)
    return jours


ANNEE_QUI_SUIT = re.compile(r" (prochaine|passee|derniere)\b")
DEBUT_DE_MOIS = re.compile(rf"\bdebut (?:de |d')?(?:{'|'.join(MOIS)})\b")
MI_MOIS = re.compile(rf"\bmi[- ](?:{'|'.join(MOIS)})\b")
# « (la) semaine du 9 novembre » commence le 9 et dure sept jours, quoi qu'en fasse Duckling (qui lit
# « semaine » seule, dans un objet de courriel, comme la semaine en cours).
SEMAINE_DU = re.compile(r"\b(?:la )?semaine du ((?:\d{1,2}|1er|premier) [a-z]+(?: \d{4})?)")


def _semaines_du(texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    """Un calcul daté en prend le premier jour, une consultation la période (deux bornes à la même place)."""
    semaines = []
    frequences = [f.span() for f in FREQUENCE.finditer(plie)]
    for m in SEMAINE_DU.finditer(plie):
        if any(a <= m.start() < b for a, b in frequences):
            continue  # « 500 $ par semaine du 4 janvier au… » : une fréquence, puis une période
        if (dit := _date_dite(texte[m.start(1) : m.end(1)], jour)) is None:
            continue
        extrait = texte[m.start() : m.end()]
        semaines += [Mention(Genre.DATE, j, m.start(), m.end(), extrait,
                             prochaine=_prochaine(j, extrait, jour))
                     for j in (dit, dit + datetime.timedelta(days=6))]
    return semaines


# « la semaine 41 » : la semaine numérotée de l'année (ISO 8601, du lundi au dimanche), pas « 41 » d'autre
# chose (« 2 semaines », « semaine 3 jours » ne sont pas des numéros).
SEMAINE_NUMERO = re.compile(r"\bsemaine (?:no |n° |#)?(\d{1,2})\b(?! ?(?:jours?|j\b|heures?|h\b|\$|%|fois))"
                            r"(?: (?:de |d'|en )?((?:19|20)\d\d)\b)?")
# « le premier lundi d'octobre », « le dernier vendredi de mars 2027 » : un jour par son rang dans le mois.
RANG_DANS_LE_MOIS = re.compile(
    rf"\b({_RANG}|dernier) ({_J}) "
    rf"(?:de |d')({'|'.join(MOIS)})(?: ((?:19|20)\d\d))?\b")


# « les 10 derniers jours de septembre », « les deux premières semaines d'octobre » : le bout d'un mois,
# compté en jours ou en semaines de sept jours depuis son premier ou son dernier jour.
BOUT_DE_MOIS = re.compile(
    rf"\b(?:(\d{{1,2}}) )?(premier|premiere|dernier|derniere)s? (jour|semaine)s? (?:de |d')(?:mois de )?"
    rf"({'|'.join(MOIS)})(?: ((?:19|20)\d\d))?\b")


def _bouts_de_mois(texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    """Une période : deux bornes à la même place (un seul jour : une date) ; sans année, celle de la
    demande."""
    bouts = []
    for m in BOUT_DE_MOIS.finditer(plie):
        premier = datetime.date(int(m[5]) if m[5] else jour.year, MOIS.index(m[4]) + 1, 1)
        dernier = fin_du_mois(premier)
        jours = int(m[1] or 1) * (7 if m[3] == "semaine" else 1)
        if not 0 < jours <= dernier.day:
            continue
        debut = premier if m[2].startswith("premier") else dernier - datetime.timedelta(days=jours - 1)
        bornes = dict.fromkeys((debut, debut + datetime.timedelta(days=jours - 1)))  # un jour : une date
        bouts += [Mention(Genre.DATE, b, m.start(), m.end(), texte[m.start() : m.end()]) for b in bornes]
    return bouts


def _semaines_numerotees(texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    """Une période : deux bornes à la même place ; sans année, celle de la demande."""
    semaines = []
    for m in SEMAINE_NUMERO.finditer(plie):
        with contextlib.suppress(ValueError):  # la semaine 54 n'existe pas : le nombre reste
            lundi = datetime.date.fromisocalendar(int(m[2]) if m[2] else jour.year, int(m[1]), 1)
            semaines += [Mention(Genre.DATE, j, m.start(), m.end(), texte[m.start() : m.end()])
                         for j in (lundi, lundi + datetime.timedelta(days=6))]
    return semaines


def _rangs_dans_le_mois(texte: str, plie: str, jour: datetime.date) -> list[Mention]:
    """Sans année, celle de la demande ; passé, le même rang l'an prochain est `prochaine`."""
    jours = []
    for m in RANG_DANS_LE_MOIS.finditer(plie):
        rang = DERNIER if m[1] == "dernier" else RANG_DE_PARTIE[m[1]]
        date_de = nieme(MOIS.index(m[3]) + 1, rang, JOURS_DE_SEMAINE.index(m[2]))
        date = date_de(int(m[4]) if m[4] else jour.year)
        prochaine = date_de(jour.year + 1) if not m[4] and date < jour else None
        jours.append(Mention(Genre.DATE, date, m.start(), m.end(), texte[m.start() : m.end()],
                             prochaine=prochaine))
    return jours


def _bout_dit(bornes: list[datetime.date], texte: str, debut: int, fin: int, jour: datetime.date
              ) -> list[Mention] | None:
    """« à la fin du 4e trimestre », « au début du mois prochain » : un jour, la borne dite de la période."""
    bout = BOUT_AVANT.search(plier(texte[max(0, debut - 16) : debut]))
    if bout is None or len(bornes) != 2:
        return None
    return _un_jour(bornes[-1] if bout[1] == "fin" else bornes[0], texte, debut, fin, jour)


def _un_jour(date: datetime.date, texte: str, debut: int, fin: int, jour: datetime.date) -> list[Mention]:
    """Une période dite réduite à un de ses jours : une date, avec la prochaine si elle est passée."""
    extrait = texte[debut:fin]
    return [Mention(Genre.DATE, date, debut, fin, extrait, prochaine=_prochaine(date, extrait, jour))]


def _date_dite(expression: str, jour: datetime.date) -> datetime.date | None:
    """Le jour que dit une expression (« 9 novembre ») selon Duckling ; l'année de la demande, sauf dite."""
    for entite in _analyser(expression, jour):
        valeur = entite["value"]
        if valeur.get("grain") == "day" and valeur.get("type") == "value":
            return _jour(valeur, expression, jour)
    return None


def _prochaine(date: datetime.date, extrait: str, jour: datetime.date) -> datetime.date | None:
    """La même date l'an prochain, si elle est passée et que l'extrait ne dit pas son année : celle
    qu'une échéance ou un acte à venir désigne (`remplissage._donner`)."""
    return decaler_annees(date, 1) if date < jour and not _annee_dite(extrait) else None


INSTANTS = {"second", "minute", "hour"}  # le grain d'un délai compté depuis maintenant
JOUR_DIT = re.compile(rf"\b(?:{'|'.join(MOIS)}|{_J}|demain|hier)\b|\d{{4}}-\d\d-\d\d")


def _fin_de_periode(expression: str, jour: datetime.date) -> datetime.date | None:
    """« la fin de l'année », « d'ici la fin du mois » : comme échéance, le dernier jour de la période
    (Duckling en fait un intervalle, ses deux derniers mois ou ses derniers jours, et « avant la fin
    de l'année » se lirait avant le 1er novembre)."""
    for entite in _analyser(expression, jour):
        valeur = entite["value"]
        if valeur.get("type") == "interval" and valeur.get("from") and valeur.get("to"):
            return _bornes(valeur, expression, jour)[-1]
    return None


def _jour(valeur: dict, extrait: str, jour: datetime.date) -> datetime.date:
    """La date de Duckling ; sans année écrite ni mot relatif, l'année de la demande (Duckling
    préfère l'avenir : « le 30 avril » d'un conseiller est le dernier, pas le prochain)."""
    date = datetime.date.fromisoformat(valeur["value"][:10])
    if _annee_dite(extrait):
        return date
    plie = plier(extrait)
    semaine = JOUR_DE_SEMAINE.search(plie)
    if semaine and QUANTIEME_SEUL.search(plie) and not MOIS_ECRIT.search(plie):
        return _quantieme_nomme(date.day, JOURS_DE_SEMAINE.index(semaine[1]), jour)
    try:
        return date.replace(year=jour.year)
    except ValueError:
        return date


JOUR_DE_SEMAINE = re.compile(rf"\b({_J})\b")
QUANTIEME_SEUL = re.compile(rf"\b{QUANTIEME}\b")
MOIS_ECRIT = re.compile(rf"\b(?:{'|'.join(MOIS)})\b")


def _quantieme_nomme(quantieme: int, jour_de_semaine: int, jour: datetime.date) -> datetime.date:
    """« La paye du vendredi 13 » : le vendredi 13 le plus proche du jour de la demande, le passé d'abord
    (Duckling prend le prochain, dans des mois ; l'année de la demande ne lui rendrait pas son jour)."""
    candidats = []
    for decalage in range(-14, 15):
        premier = _decaler_mois(jour.replace(day=1), decalage)
        if quantieme <= fin_du_mois(premier).day:
            candidats += [d for d in [premier.replace(day=quantieme)] if d.weekday() == jour_de_semaine]
    return min(candidats, key=lambda d: (abs((d - jour).days), d > jour), default=jour)


def _annee_dite(extrait: str) -> bool:
    """L'année est écrite (« 2027 ») ou dite par un mot relatif (« l'an prochain », « passé »)."""
    return bool(re.search(_ANS, extrait) or RELATIF.search(plier(extrait)))


def lire_decimal(texte: str) -> Decimal | None:
    """« 25 000,50 » ou « 25000.50 » → Decimal ; None si ce n'est pas un nombre."""
    try:
        return Decimal(_ESPACES.sub("", texte.strip()).replace(",", "."))
    except InvalidOperation:
        return None


def _a_la_francaise(m: re.Match[str]) -> str:
    nombre = m[1] or m[2] or m[3]
    if _GROUPES_ANGLAIS.fullmatch(nombre):
        nombre = nombre.replace(",", "")
    nombre = nombre.replace(".", ",")
    return f"{nombre} $" if m[1] is not None else nombre


def _et_demi(m: re.Match[str]) -> str:
    """« 2 et demi % » : 2,5 % ; « 3000 et demi » (trois mille et demi) : 3500 ; « elle en a fait onze
    et demie » : 11,5. Après « à » ou « vers », c'est l'heure de la journée : « et demie » reste."""
    nombre = int(m[1])
    milliers = len(m[1]) - len(m[1].rstrip("0")) if nombre else 0
    unite = 1000 ** (milliers // 3)
    if unite == 1 and not _UNITE_QUI_SUIT.match(m.string, m.end()) and HEURE_DU_JOUR_AVANT.search(
            plier(m.string[max(0, m.start() - 12) : m.start()])):
        return m.group()  # « il arrive à 7 et demie » : une heure de la journée
    return f"{(nombre + Decimal(unite) / 2).normalize():f}".replace(".", ",")


def _produit(nombre: str, multiple: str) -> str:
    valeur = (lire_decimal(nombre) or Decimal(0)) * int(multiple)
    return f"{valeur.normalize():f}"


def _arrondi(heures: Decimal) -> Decimal:
    """Au centième d'heure, sans zéros inutiles ni notation exponentielle (« 20 », « 7.5 »)."""
    return nombre_propre(heures.quantize(Decimal("0.01")))


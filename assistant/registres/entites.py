"""Résoudre ce qu'une question nomme contre les registres du fonds de l'utilisateur.

« L'atelier de menuiserie », « le chèque 1045 », « la demande du 3 mars » : chaque chose nommable
est décrite par des `Candidat`s lus dans les registres (par la couche de données, donc pour le seul
fonds de l'identité). Un nom se reconnaît à ses mots, pondérés par leur rareté parmi les candidats
(« atelier » en désigne plusieurs, « menuiserie » un seul) ; un numéro ou une date, à l'égalité.
Un candidat : la consultation le reçoit. Plusieurs : on demande lequel. Aucun alors que la question
en désignait un par son numéro ou sa date : on le dit, sans répondre sur autre chose.
"""

from __future__ import annotations

import datetime
import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from assistant.comprehension.mention import periodes_d_un_bloc
from assistant.comprehension.mentions import NOMBRE, PIECE, Mention, plier
from assistant.recherche.analyseur import MOT, analyser
from corpus.fonds import requetes
from corpus.fonds.identite import Identite
from outils.declaration import Genre

PART_MINIMALE = 0.5  # la part (pondérée) des mots d'un nom que la question doit contenir
# Une faute de frappe (« menuserie ») : la racine connue la plus proche, assez longue et assez semblable
# pour ne pas changer de mot (« culture » n'est pas « couture »).
PROCHE_MINIMALE, LONGUEUR_CORRIGEE = 0.85, 6
RACINE_RARE = 5  # la racine d'un mot qu'un seul nom porte, pour le désigner à elle seule


@dataclass(frozen=True)
class Candidat:
    """Une chose des registres qu'une question peut nommer."""

    cle: str  # la valeur passée à la consultation (code, numéro)
    libelle: str  # ce qu'on montre dans une question de précision
    noms: tuple[str, ...] = ()
    numeros: tuple[str, ...] = ()
    dates: tuple[datetime.date, ...] = ()
    montants: tuple[Decimal, ...] = ()  # ce qui départage deux choses du même nom


@dataclass
class Resolution:
    """Ce que la question désigne parmi les candidats."""

    retenus: list[Candidat] = field(default_factory=list)
    designe: bool = False  # la question désignait une chose (par son nom, son numéro ou sa date)
    plusieurs: bool = False  # elle en nomme plusieurs, chacune par ses propres mots : toutes sont voulues
    proches: list[Candidat] = field(default_factory=list)  # introuvable, mais de la même sorte


def mots(texte: str) -> set[str]:
    """Les racines des mots pleins, par l'analyseur de la recherche (« ateliers » = « atelier »)."""
    return set(analyser(texte))


def resoudre(candidats: list[Candidat], texte: str, libres: list[Mention], jour: datetime.date) -> Resolution:
    """Les candidats que désigne la question : son texte, et les valeurs qu'aucun argument n'a prises
    (un numéro, une date). Un numéro ou une date sans candidat égal : la chose n'existe pas."""
    plie = plier(texte)
    # Un numéro que la lecture a pris pour une année, tant qu'il suit son nom (`NUMERO_AVANT`).
    numeros = {_numero(m) for m in libres
               if m.genre == NOMBRE or (m.genre == Genre.ANNEE and NUMERO_AVANT.search(plie[: m.debut]))}
    dates = [m for m in libres if m.genre == Genre.DATE]
    # Un numéro écrit tel quel (« A-VDP-2026-02 », « C-VDP-2026-B ») : cherché mot pour mot.
    litteraux = [c for c in candidats if any(_ecrit(n, plie) for n in c.numeros if not n.isdigit())]
    par_numero = litteraux or [c for c in candidats if numeros & set(c.numeros)]
    # « Nos chèques de septembre vs ceux d'octobre » : dits au pluriel, des mois sont des périodes.
    periodes = bool(dates) and all(m.mois_entier for m in dates) and _au_pluriel(
        plie, set().union(*(mots(n) for c in candidats for n in (c.libelle, *c.noms))))
    par_date = [] if periodes else [
        c for c in candidats if any(_meme_jour(m, d) for m in dates for d in c.dates)
        or any(a <= d <= b for a, b in periodes_d_un_bloc(dates) for d in c.dates)]
    if par_numero or par_date:
        return Resolution(par_numero or par_date, designe=True)
    numerotes = numeros and any(c.numeros for c in candidats)
    # Une date à venir, après tout ce que les registres datent (« il sort la semaine prochaine »), est
    # du contexte : elle ne peut désigner une chose consignée, ni la dire introuvable.
    plus_tard = max((d for c in candidats for d in c.dates), default=None)
    dates_ = not periodes and plus_tard is not None and any(m.valeur <= max(plus_tard, jour) for m in dates)
    if numerotes or dates_:
        return Resolution(designe=True)
    return _departager(_par_les_noms(candidats, SAUF.sub(" ", plie)), libres)


# « Quelle activité a eu le plus de monde (à part les loisirs) ? » : ce qu'on met à part n'est pas désigné.
SAUF = re.compile(r"\b(?:a part|sauf|excepte|hormis|en dehors d(?:e |u |es |'))\s*[^,.;:!?()]*")


def _departager(trouves: Resolution, libres: list[Mention]) -> Resolution:
    """Plusieurs choses du même nom : ce que la question en dit encore (« de 48 000 $ », « de cette
    année ») garde celles qui y répondent, s'il en reste."""
    if len(trouves.retenus) < 2 or trouves.plusieurs:
        return trouves
    gardes = trouves.retenus
    for m in libres:
        if m.genre == Genre.ARGENT:
            filtre = [c for c in gardes if m.valeur in c.montants]
        elif m.genre == Genre.ANNEE:
            filtre = [c for c in gardes if c.dates and min(c.dates).year <= m.valeur <= max(c.dates).year]
        else:
            continue
        gardes = filtre or gardes
    return Resolution(gardes, designe=True) if gardes != trouves.retenus else trouves


def _par_les_noms(candidats: list[Candidat], plie: str) -> Resolution:
    siens = {c.cle: set().union(*map(mots, c.noms)) for c in candidats}
    connus = set().union(*siens.values())
    ecrites = mots(plie)
    question = _corriger(ecrites, connus)
    frequence = Counter(m for racines in siens.values() for m in racines)
    total = len(candidats) or 1

    def poids(mot: str) -> float:
        return math.log(1 + total / frequence[mot])

    scores: dict[str, float] = {}
    for cle, racines in siens.items():
        if trouves := racines & question:
            scores[cle] = sum(map(poids, trouves)) / sum(map(poids, racines))
    if not scores:
        return Resolution()
    meilleur = max(scores.values())
    retenus = [c for c in candidats if scores.get(c.cle) == meilleur]
    sorte = [c for c in candidats if c.cle in scores]
    # « La menuiserie pis la buanderie » : chacune nommée par un mot qu'aucune autre ne porte.
    nommes = [c for c in candidats if any(frequence[m] == 1 for m in siens[c.cle] & question)]
    if len(nommes) > 1:
        return Resolution(nommes, designe=True, plusieurs=True)
    # « L'emballage » pour « Emballage et assemblage pour un tiers » : un mot que ce seul nom porte, assez
    # long pour n'être ni un code (« MEN », « LOI ») ni un mot de tous les jours (« tiers »), le désigne.
    rares = {m for m in question if frequence[m] == 1 and len(m) >= RACINE_RARE}
    # Le mot même du nom, ou sa faute de frappe ; pas un autre mot de la même racine (« conseil
    # d'administration » ne désigne pas la « Direction des services administratifs »).
    if meilleur < PART_MINIMALE and nommes and (siens_rares := siens[nommes[0].cle] & rares) and (
            not siens_rares <= ecrites or _ecrit_comme_un_nom(plie, siens_rares, nommes)):
        return Resolution(nommes, designe=True)
    if meilleur < PART_MINIMALE and _complement_inconnu(plie, question & connus, connus):
        # « l'atelier d'imprimerie » : la sorte est connue, mais rien ne s'appelle ainsi.
        return Resolution(designe=True, proches=sorte)
    if meilleur < PART_MINIMALE and (_au_pluriel(plie, question & connus)
                                     or not _ecrit_comme_un_nom(plie, question & connus, candidats)):
        # « les ateliers » : tous ceux de cette sorte, sans en désigner un ; « ont travaillé » : un verbe
        # qui partage sa racine avec « atelier de travail » ne désigne rien.
        return Resolution()
    if meilleur < PART_MINIMALE:
        # Un mot commun à plusieurs (« l'atelier ») : on montre ceux qu'il désigne pour qu'on choisisse.
        return Resolution(sorte, designe=True)
    return Resolution(retenus, designe=True)


def _corriger(question: set[str], connus: set[str]) -> set[str]:
    """Les racines de la question, une faute de frappe remplacée par la racine connue qu'elle vise."""
    return {m if m in connus or len(m) < LONGUEUR_CORRIGEE
            else next(iter(difflib.get_close_matches(m, connus, n=1, cutoff=PROCHE_MINIMALE)), m)
            for m in question}


# Un nom suivi de son complément sans article (« atelier de couture », « atelier d'imprimerie ») :
# le complément dit de quelle chose on parle ; « l'atelier de la prison » ne le dit pas.
COMPLEMENT = re.compile(r"\b([a-z]+) d(?:e |')([a-z]+)\b")


PLURIEL = re.compile(r"\b(?:les|des|nos|vos|aux|ces|tous les|toutes les) ([a-z]+s)\b")
# « le brut par atelier », « chaque atelier », « quel atelier a eu le moins de monde » : chacun de cette
# sorte, sans en désigner un.
DISTRIBUTIF = re.compile(r"\b(?:par|chaque|quel|quelle) ([a-z]+)\b")


def _au_pluriel(plie: str, communs: set[str]) -> bool:
    return any(mots(nom) & communs for nom in PLURIEL.findall(plie) + DISTRIBUTIF.findall(plie))


def _ecrit_comme_un_nom(plie: str, communs: set[str], candidats: list[Candidat]) -> bool:
    """Un mot commun écrit dans la question comme dans un nom (« l'atelier », « Emballages Fictifs »),
    au pluriel près ; pas une autre forme de la même racine (« ont travaillé » pour « atelier de
    travail »)."""
    formes = {_singulier(m) for c in candidats for nom in c.noms for m in MOT.findall(plier(nom))}
    return any(_singulier(m) in formes for m in MOT.findall(plie) if mots(m) & communs)


def _singulier(mot: str) -> str:
    """Le mot au pluriel près (« hiboux », « hibou » ; « ateliers », « atelier »)."""
    return mot.rstrip("sx")


def _complement_inconnu(plie: str, communs: set[str], connus: set[str]) -> bool:
    """Un mot commun des noms (« atelier ») précisé par un complément qu'aucun nom ne contient."""
    for nom, complement in COMPLEMENT.findall(plie):
        racines = mots(complement)
        if mots(nom) & communs and racines and not racines & connus:
            return True
    return False


def _meme_jour(mention: Mention, date: datetime.date) -> bool:
    """« le 3 mars » désigne ce jour ; « en décembre passé », n'importe quel jour de ce mois."""
    if mention.mois_entier:
        return (date.year, date.month) == (mention.valeur.year, mention.valeur.month)
    return date == mention.valeur


def _ecrit(numero: str, plie: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(plier(numero))}(?![\w-])", plie) is not None


# « le chèque 2013 », « #2013 », « pis le 2013 ? » : un numéro ; « de 2013 », « en 2013 » : une année.
NUMERO_AVANT = re.compile(r"(?:#|\bno\.?|\bnumero|\bcheques?|\bcontrats?|\bdemandes?|\bprets?|\ble)\s*$")


def _numero(mention: Mention) -> str:
    valeur = mention.valeur
    return str(int(valeur)) if not isinstance(valeur, str) else valeur


def candidats(identite: Identite, session: Session, genre: str) -> list[Candidat]:
    """Les choses de ce genre dans les registres du fonds de l'identité (lecture journalisée) ; aucune pour
    qui ne lit aucun fonds en particulier (le public n'a que des comptes de tout le programme)."""
    if identite.role not in requetes.designations.roles:
        return []
    return [
        Candidat(r["cle"], r["libelle"], tuple(r["noms"]), tuple(r["numeros"]), tuple(r["dates"]),
                 tuple(r.get("montants", ())))
        for r in requetes.designations(identite, session, genre)
    ]


# Un pseudonyme tapé vite : « p-mtb 31 », « p mtb 0071 », « PVDP0053 » ; le code du fonds, puis un numéro.
# Collé au « p », le code s'écrit en capitales : « pour 2025 » n'en est pas un.
PSEUDONYME_TAPE = re.compile(
    r"(?<![\w-])(?:(?i:p[\s.-])([a-zA-Z]{3})|P([A-Z]{3}))[\s.-]?(\d{1,6})(?![\w-])")
MOT_RARE = 6  # « les Hiboux » : un mot du nom assez long pour n'être que le sien (pas « mont », « val »)


def fonds_nommes(texte: str, session: Session) -> set[str]:
    """Les codes des fonds que la question nomme : par leur code (« MTB »), par le préfixe d'un
    pseudonyme (« P-VDP-0042 », « p-vdp 42 ») ou par ce qui distingue leur nom (« Val-des-Pins », « les
    Hiboux »)."""
    connus = requetes.fonds_connus(session)
    plie = _sans_traits(plier(texte))
    noms = [_sans_traits(plier(nom)).split() for _, nom in connus]
    # Les mots que tous les noms partagent (« fonds fictif de ») ne distinguent aucun fonds.
    colonnes = enumerate(zip(*noms, strict=False))
    commun = next((i for i, mots in colonnes if len(set(mots)) > 1), 0) if len(noms) > 1 else 0
    # Le code d'un fonds dans un numéro de ses registres : P-VDP-0042, PR-LAH-2026-01, C-MTB-2026-B.
    prefixes = {m[1].upper() for m in PIECE.finditer(texte)}
    prefixes |= {code for code, _ in pseudonymes_tapes(texte)}
    distinctifs = [mots[commun:] or mots for mots in noms]
    partages = Counter(m for mots in distinctifs for m in set(mots))
    ecrits = {_singulier(m) for m in MOT.findall(plie)}
    nommes = set()
    for (code, _), mots in zip(connus, distinctifs, strict=True):
        rares = [m for m in mots if len(m) >= MOT_RARE and partages[m] == 1]
        if (
            _code_ecrit(code, texte)
            or code in prefixes
            or re.search(rf"\b{re.escape(' '.join(mots))}\b", plie)
            # au pluriel près : « Lac-au-Hibou » nomme Lac-aux-Hiboux
            or any(_singulier(m) in ecrits for m in rares)
        ):
            nommes.add(code)
    return nommes


def pseudonymes_tapes(texte: str) -> set[tuple[str, int]]:
    """Les personnes que la question désigne par leur pseudonyme, même tapé vite : (code, numéro)."""
    return {((m[1] or m[2]).upper(), int(m[3])) for m in PSEUDONYME_TAPE.finditer(texte)}


def _code_ecrit(code: str, texte: str) -> bool:
    """« VDP », « V.D.P. », « V. D. P. » ; en minuscules, seulement avec ses points (« v.d.p. ») : un
    code de trois lettres minuscules peut être un mot."""
    majuscules = r"\.?\s?".join(map(re.escape, code))
    points = r"\.\s?".join(map(re.escape, code))
    return bool(re.search(rf"(?<![\w-]){majuscules}\.?(?![\w-])", texte)
                or re.search(rf"(?<![\w-]){points}\.?(?![\w-])", texte, re.IGNORECASE))


def _sans_traits(texte: str) -> str:
    return re.sub(r"[\s-]+", " ", texte)

"""Une valeur lue dans une question (`Mention`) et les genres propres à la lecture, en plus des `Genre`
des outils : une référence, un nombre sans unité, un compte, une pièce, un numéro, une heure de la
journée, une date qui n'existe pas."""

from __future__ import annotations

import datetime
import itertools
from dataclasses import dataclass
from decimal import Decimal

from outils.declaration import Genre

REFERENCE = "reference"  # « article 8 » : ni un montant ni un nombre d'heures
NOMBRE = "nombre"  # un nombre sans unité : son genre dépend de l'argument qui le prend
QUANTITE = "quantite"  # « 3 jours », « 5 détenus » : un compte d'autre chose, jamais un montant
NUMERO_DE_PIECE = "numero"  # « C-VDP-2026 », « A-MTB-2026-02 » : une pièce des registres, ni année ni nombre
# « 514 555-0110 » dans une signature, « la chambre 112 », « dossier 2026-0377 » : un numéro qui désigne
# quelque chose, jamais une date, un montant ni des heures.
IDENTIFIANT = "identifiant"
JOUR_VOISIN = "jour_voisin"  # « le lendemain » (+1), « la veille » (-1) d'une date dite ailleurs
HEURE_DU_JOUR = "heure_du_jour"  # « il commence à 8h » : l'heure qu'affiche une horloge, jamais une durée
# « 18 500 $ US », « 2 000 euros » : un montant dans une autre monnaie ; le taux de change ne se devine pas.
DEVISE = "devise"
DATE_IMPOSSIBLE = "date_impossible"  # « le 31 septembre » : une erreur d'entrée, jamais une autre date
# « baissent de 8 % », « coupé de moitié », « les deux tiers de ça » : le facteur qui change une valeur dite
# avant (0,92 ; 0,5 ; 2/3), jamais une valeur elle-même.
VARIATION = "variation"
# Une grandeur : un montant, des heures, ou un nombre sans unité qui sera l'un ou l'autre.
GRANDEURS = frozenset({Genre.ARGENT, Genre.HEURES, NOMBRE})


@dataclass(frozen=True)
class Mention:
    """Une valeur lue dans la question : genre (un `Genre` des outils, « reference » ou « nombre »),
    valeur typée, et sa place dans le texte préparé."""

    genre: str
    valeur: Decimal | datetime.date | int | str
    debut: int
    fin: int
    texte: str
    periode: str = ""  # « jour », « semaine » : des heures par période, bornées par sa durée
    mois_entier: bool = False  # « en décembre passé » : une date qui désigne tout le mois (son 1er jour)
    # Dite sans année et déjà passée : la même date l'an prochain, pour une échéance (« le jour de l'An »).
    prochaine: datetime.date | None = None
    approchee: bool = False  # « mille et quelques piasses », « environ 30 heures » : à faire préciser
    doute: str = ""  # pourquoi une date est à faire préciser : « le 5 janvier 2027 est un mardi »
    ecart: int = 0  # « 1 500 $ de plus » : +1, « de moins » : -1 ; un écart à la valeur dite avant
    au_mois: bool = False  # une borne d'une période dite en mois (« de déc. 2026 à mai 2027 ») : quel jour ?
    autre: datetime.date | None = None  # « 11/10/2027 » : l'autre lecture, mois/jour, d'une date en chiffres
    # « une autre facture de 4 500 $ » : une chose de plus parmi celles qu'un total additionne (des dettes) ;
    # dans une suite, elle s'ajoute au total du calcul d'avant.
    une_de_plus: bool = False
    # « entre 10 et 15 % », « de 20 000 à 30 000 $ » : les deux bouts d'une valeur dite en fourchette
    bornes: tuple[Decimal, Decimal] | None = None
    calcul: str = ""  # « 30 000 $ − 18 000 » : une valeur que la question fait calculer à partir d'autres
    # « 15 % de sa paye de 220 $ » : le montant que fait ce taux du tout qui le suit (un outil sans taux le
    # prend) ; sur ce montant, `tout` est la valeur dont il est une part.
    part: Mention | None = None
    tout: Mention | None = None
    # « 2 gars à 35 h par semaine » : les heures de toute l'équipe (70 h par semaine), que prend un outil qui
    # compte les heures de tous (un contrat) ; la paie, elle, se calcule par personne.
    equipe: Mention | None = None

    def chevauche(self, debut: int, fin: int) -> bool:
        return self.debut < fin and debut < self.fin


def nombre_propre(valeur: Decimal) -> Decimal:
    """Sans zéros inutiles ni notation exponentielle : « 9000 », « 7.5 »."""
    entier = valeur.to_integral_value()
    return entier.quantize(Decimal(1)) if valeur == entier else valeur.normalize()


def periodes_d_un_bloc(dates: list[Mention]) -> list[tuple[datetime.date, datetime.date]]:
    """Deux bornes à la même place du texte (« au premier trimestre », « la semaine avant la
    Saint-Valentin ») : une période, dans l'ordre du texte."""
    return [(a.valeur, b.valeur) for a, b in itertools.pairwise(dates)
            if (a.debut, a.fin) == (b.debut, b.fin) and a.valeur <= b.valeur]

"""Déclarer un outil une fois : sa fonction, ses arguments typés, ses articles, ses exemples.

Un calculateur est une fonction décorée par `@outil(Arguments…, description=…, articles=…)` dans
son propre module ; ses exemples de questions sont dans `outils/exemples/<nom>.txt`. Le schéma
montré aux modèles, le catalogue, la ligne de commande et le routage de l'assistant en découlent
(`outils.registre`). Les types d'arguments (`Montant`, `Heures`, `Taux`, `Jour`…) portent leur
genre, et un argument peut nommer les `Indices` qui le désignent dans une phrase : c'est ce qui
permet de lier « un solde de 12 000 $ » à `solde_actuel` et jamais « 20 h » à un montant.
Les validateurs réutilisent les lecteurs des calculateurs : même refus, même message français,
que l'appel vienne du code, de la ligne de commande ou d'un modèle.
"""

from __future__ import annotations

import datetime
import re
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationInfo, WithJsonSchema
from pydantic.fields import FieldInfo

from outils.argent import lire_montant, lire_nombre
from outils.dates import lire_date
from outils.entrees import lire_booleen, lire_choix, lire_entier
from outils.erreurs import EntreeInvalide
from outils.resultat import Resultat

T = TypeVar("T")
DOSSIER_EXEMPLES = Path(__file__).parent / "exemples"
RENVOIE = " Renvoie les montants, les étapes du calcul, les articles appliqués et une conclusion."


class Genre(StrEnum):
    """Le genre d'une valeur : un montant ne remplit jamais un argument d'heures, ni l'inverse."""

    ARGENT = "argent"
    HEURES = "heures"
    TAUX = "taux"
    DATE = "date"
    ANNEE = "annee"
    BOOLEEN = "booleen"
    CHOIX = "choix"
    PSEUDONYME = "pseudonyme"  # « P-VDP-0042 » : une personne des registres, jamais un nombre
    COMPTE = "compte"  # « ses trois dernières paies » : combien de choses, lié par ses seuls indices


@dataclass(frozen=True)
class Indices:
    """Les mots qui désignent un argument dans une question (texte replié : sans accents ni casse).

    Pour un montant : les mots qui le qualifient (« solde », « déjà »). Pour un booléen : les mots
    qui le rendent vrai, ou (`faux`) faux. Pour un choix : `valeurs` associe chaque valeur permise
    à ses mots. Une valeur non qualifiée va aux arguments obligatoires. `depuis` dit quel montant
    d'un autre outil peut remplir l'argument (la paie brute que calcule la rémunération).
    """

    mots: tuple[str, ...] = ()
    faux: tuple[str, ...] = ()
    # Des mots qui disent qu'une valeur est une autre chose que l'argument, même nommée par ses mots :
    # « sa paye nette c'est 162 $ » n'est pas la rémunération brute ; on la demande plutôt.
    autres: tuple[str, ...] = ()
    valeurs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Quand les mots de plusieurs valeurs paraissent (« un fonds commun chez Desjardins »), celle-ci
    # l'emporte ; sinon, la première déclarée.
    prioritaire: str | None = None
    defaut: bool | None = None  # booléen obligatoire que la question décrit sans le dire
    # Pour un oui/non : les mots d'un solde (« au compte ») ; le montant qu'ils qualifient le dit, vrai s'il
    # est positif, faux s'il est nul (« y'a 85 $ au compte », « 0 $ dans son compte »).
    solde: tuple[str, ...] = ()
    depuis: tuple[str, str] | None = None  # (outil, montant) : le résultat d'un autre outil peut le fournir
    cumul: bool = False  # plusieurs valeurs qualifiées s'additionnent (des revenus de plusieurs sources)
    # Des mots qui disent que la valeur existe sans la donner (« 20 000 $ de plus » : un solde existe) :
    # faute de valeur dans la question, on la demande plutôt que de prendre celle par défaut.
    suppose: tuple[str, ...] = ()
    # Une échéance regarde devant : une date dite sans année et déjà passée est celle de l'an prochain.
    avenir: bool = False
    # Une borne de période ne prend qu'un mois ou un intervalle : un jour seul désigne une chose
    # (« le chèque du 3 novembre »), pas une période.
    periode: bool = False
    # Un jour précis (le début d'un contrat, dont on compte les jours) : un mois entier ne le donne pas.
    jour: bool = False
    # Un jour qui désigne une chose d'une suite régulière (une paie toutes les deux semaines) : « celle
    # d'après » avance d'un pas de tant de jours, « celle d'avant » recule.
    pas: int | None = None
    # Les arguments que la valeur ne compte pas (des frais sans les déboursés, art. 17) : dits compris
    # dans elle (« 180 000 $ de frais, dont 27 000 $ de déboursés »), ils en sont retirés.
    hors: tuple[str, ...] = ()
    # Une somme de l'exercice (les revenus d'une année) : dite par mois, elle vaut douze fois plus.
    annuel: bool = False
    # Les heures de tous ceux qui travaillent (un contrat) : « 2 gars à 35 h » en fait 70.
    equipe: bool = False


# Une date d'échéance : `Annotated[Jour | None, A_VENIR]` ; une borne de période : `PERIODE`.
A_VENIR = Indices(avenir=True)
PERIODE = Indices(periode=True)
# Un chiffre par mois plutôt qu'un seul pour la période (revenus, participation) ; aussi quand les mois
# sont ce qu'on classe (« top 3 des mois », « le mois où … le plus »).
MOIS_PAR_MOIS = Indices(("par mois", "chaque mois", "quel mois", "quels mois", "mois par mois", "mensuel",
                         "des mois", "le mois ou", "les mois ou", "meilleur mois", "meilleurs mois"))
# Un chiffre par semaine, du lundi au dimanche (« semaine par semaine », « la plus grosse semaine »).
SEMAINE_PAR_SEMAINE = Indices(("par semaine", "chaque semaine", "quelle semaine", "semaine par semaine",
                               "hebdomadaire", "des semaines", "la semaine ou", "plus grosse semaine"))

_NOMBRE_JSON = {"anyOf": [{"type": "number"}, {"type": "string"}]}


def _montant(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_montant(valeur, info.field_name or "montant")


def _nombre(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_nombre(valeur, info.field_name or "nombre", symbole="%")


def _heures(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_nombre(valeur, info.field_name or "heures", symbole="h")


def _date(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_date(valeur, info.field_name or "date")


def _booleen(valeur: Any, info: ValidationInfo) -> bool:
    return lire_booleen(valeur, info.field_name or "valeur")


def _entier(valeur: Any, info: ValidationInfo) -> Any:
    return None if valeur is None else lire_entier(valeur, info.field_name or "nombre")


def _compte(valeur: Any, info: ValidationInfo) -> Any:
    if valeur is None:
        return None
    champ = info.field_name or "nombre"
    compte = lire_entier(valeur, champ)
    if compte < 1:  # « les 0 dernières paies » n'a pas de sens : on le dit plutôt que d'ignorer
        raise EntreeInvalide(champ, f"un nombre d'au moins 1 est attendu (reçu : « {valeur} »)")
    return compte


@dataclass(frozen=True)
class Libelles:
    """Comment se disent les valeurs d'un choix dans une phrase : « des motifs de sécurité »."""

    par_valeur: tuple[tuple[str, str], ...] = ()  # un tuple : les métadonnées de type se hachent

    def de(self, valeur: str) -> str | None:
        return dict(self.par_valeur).get(valeur)


def choix(enumeration: type[StrEnum], libelles: dict[Any, str] | None = None) -> Any:
    """Type d'un argument à valeurs permises : schéma `enum` en ligne, refus en français, et le
    libellé de chaque valeur pour redire ce qui a été compris."""

    def lire(valeur: Any, info: ValidationInfo) -> Any:
        return None if valeur is None else lire_choix(valeur, enumeration, info.field_name or "valeur")

    valeurs = [membre.value for membre in enumeration]
    dits = Libelles(tuple((str(cle), texte) for cle, texte in (libelles or {}).items()))
    return Annotated[
        enumeration,
        BeforeValidator(lire),
        WithJsonSchema({"type": "string", "enum": valeurs}),
        Genre.CHOIX,
        dits,
    ]


Montant = Annotated[Decimal, BeforeValidator(_montant), WithJsonSchema(_NOMBRE_JSON), Genre.ARGENT]
Heures = Annotated[Decimal, BeforeValidator(_heures), WithJsonSchema(_NOMBRE_JSON), Genre.HEURES]
Taux = Annotated[Decimal, BeforeValidator(_nombre), WithJsonSchema(_NOMBRE_JSON), Genre.TAUX]
Jour = Annotated[
    datetime.date, BeforeValidator(_date), WithJsonSchema({"type": "string", "format": "date"}), Genre.DATE
]
Booleen = Annotated[bool, BeforeValidator(_booleen), WithJsonSchema({"type": "boolean"}), Genre.BOOLEEN]
Annee = Annotated[int, BeforeValidator(_entier), WithJsonSchema({"type": "integer"}), Genre.ANNEE]
Compte = Annotated[
    int, BeforeValidator(_compte), WithJsonSchema({"type": "integer", "minimum": 1}), Genre.COMPTE
]
# Une personne incarcérée n'est connue que par son pseudonyme : « P- », le code du fonds, un numéro.
FORME_PSEUDONYME = r"P-[A-Z0-9]{2,10}-[0-9]{3,6}"
Pseudonyme = Annotated[
    str, WithJsonSchema({"type": "string", "pattern": f"^{FORME_PSEUDONYME}$"}), Genre.PSEUDONYME
]

AUJOURD_HUI = "Date AAAA-MM-JJ ; par défaut, la date du jour de la demande."


class Arguments(BaseModel):
    # Un argument inconnu est refusé plutôt qu'ignoré : une faute de frappe ne passe pas.
    model_config = ConfigDict(extra="forbid")


@dataclass(frozen=True)
class Argument:
    """Un argument d'outil vu par la compréhension : nom, genre, indices, s'il est obligatoire, et
    le libellé de ses valeurs permises."""

    nom: str
    genre: Genre | None
    indices: Indices
    obligatoire: bool
    libelles: Libelles = Libelles()


def _porte(annotation: Any, sorte: type[T]) -> T | None:
    """La métadonnée de cette sorte portée par un type `Annotated`, y compris dans `X | None`."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return next(filter(None, (_porte(a, sorte) for a in typing.get_args(annotation))), None)
    return next((m for m in getattr(annotation, "__metadata__", ()) if isinstance(m, sorte)), None)


def _du_champ(info: FieldInfo, sorte: type[T]) -> T | None:
    # pydantic range les métadonnées d'un `Annotated` direct dans `info.metadata`.
    return next((m for m in info.metadata if isinstance(m, sorte)), None) or _porte(info.annotation, sorte)


ANNOTATION = re.compile(r"\s*\[(\w+)=(\w+)\]\s*$")


def _annotee(ligne: str) -> tuple[str, dict[str, str]]:
    valeurs = {}
    while (m := ANNOTATION.search(ligne)) is not None:
        valeurs[m[1]] = m[2]
        ligne = ligne[: m.start()]
    return ligne.strip(), valeurs


@dataclass(frozen=True)
class Outil:
    """Un calculateur déclaré : ce qu'en voient le registre, les modèles et la compréhension."""

    nom: str
    fonction: Callable[..., Resultat]
    schema: type[BaseModel]
    description: str
    articles: tuple[str, ...]

    @property
    def dossier_exemples(self) -> Path:
        return DOSSIER_EXEMPLES

    @cached_property
    def exemples_annotes(self) -> tuple[tuple[str, dict[str, str]], ...]:
        """Les questions d'exemple (une par ligne ; « # » commente), chacune avec la valeur des choix
        qu'elle décrit sans les nommer, annotée en fin de ligne : « … touchent pas au cash ?
        [motif=securite] »."""
        chemin = self.dossier_exemples / f"{self.nom}.txt"
        lignes = chemin.read_text(encoding="utf-8").splitlines() if chemin.exists() else []
        return tuple(_annotee(ligne) for ligne in lignes if ligne.strip() and not ligne.startswith("#"))

    @property
    def exemples(self) -> tuple[str, ...]:
        """Les questions d'exemple, qui apprennent l'intention."""
        return tuple(texte for texte, _ in self.exemples_annotes)

    @cached_property
    def arguments(self) -> tuple[Argument, ...]:
        return tuple(
            Argument(
                nom,
                _du_champ(info, Genre),
                _du_champ(info, Indices) or Indices(),
                info.is_required(),
                _du_champ(info, Libelles) or Libelles(),
            )
            for nom, info in self.schema.model_fields.items()
        )

    @property
    def date_du_jour(self) -> bool:
        """Vrai si l'outil prend une `date` qui vaut, omise, le jour de la demande."""
        return "date" in self.schema.model_fields

    @property
    def repond_sans_valeur(self) -> bool:
        """Un calcul sans aucune valeur de la question n'a de sens que daté du jour de la demande."""
        return self.date_du_jour

    @property
    def lit_les_registres(self) -> bool:
        """Un calcul fait ses nombres des valeurs de la question ; une consultation, des registres."""
        return False


def outil(
    schema: type[BaseModel], description: str, articles: tuple[str, ...] = ()
) -> Callable[[Callable[..., Resultat]], Callable[..., Resultat]]:
    """Déclare un calculateur : la fonction reste appelable telle quelle, le registre la trouve."""

    def declarer(fonction: Callable[..., Resultat]) -> Callable[..., Resultat]:
        fonction.__outil__ = Outil(fonction.__name__, fonction, schema, description, articles)  # type: ignore[attr-defined]
        return fonction

    return declarer

"""Déclarer une consultation des registres une fois, comme un calculateur : arguments typés,
articles appliqués, exemples de questions — et les rôles de la lecture qu'elle fait.

Une consultation est une fonction `(identite, session, jour, **arguments) -> Tableau` décorée par
`@consultation(...)` dans un module de ce paquet ; ses exemples sont dans `exemples/<nom>.txt`.
Elle ne prend jamais de fonds en argument : le fonds vient de l'identité, appliqué par la couche
de données (`corpus.fonds.acces`). Un argument qui désigne une chose des registres (« l'atelier de
menuiserie », « le chèque 1045 ») porte `Designe(genre)` : il est résolu contre les registres du
fonds de l'utilisateur (`assistant.registres.entites`), pas lu dans les seuls mots.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from outils.argent import format_montant, format_nombre
from outils.dates import format_date
from outils.declaration import Outil
from outils.resultat import ReferenceArticle, en_json

DOSSIER_EXEMPLES = Path(__file__).parent / "exemples"


@dataclass(frozen=True)
class Designe:
    """L'argument nomme une chose des registres du fonds : « activite », « contrat », « cheque »…"""

    genre: str
    article: str = "cette chose"  # « ce chèque », pour dire qu'on ne le trouve pas
    lequel: str = "lequel"  # « laquelle » pour une activité : pour demander de choisir


class Tableau(BaseModel):
    """Ce que rend une consultation : la phrase qui répond, les lignes, les articles appliqués.

    Les valeurs des lignes restent typées (Decimal, date, texte) : l'API les rend en JSON exact,
    le chat et le widget les mettent en forme (fr-CA). `phrase` est écrite à partir des valeurs.
    """

    consultation: str
    phrase: str
    colonnes: list[str] = Field(default_factory=list)
    lignes: list[list[Any]] = Field(default_factory=list)
    articles: list[ReferenceArticle] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)  # cellules supprimées, lignes signalées
    # Le montant qui résume la lecture (le total d'une période) : deux périodes se comparent par lui.
    total: Decimal | None = None
    # Les choses que ce total additionne (« 18 chèques ») : une moyenne se calcule par elles.
    effectif: int | None = None
    chose: str | None = None  # le nom d'une de ces choses, au singulier (« chèque »)
    # Les jours que ce total couvre, jusqu'au jour de la demande : une moyenne par jour ou par semaine.
    periode: tuple[datetime.date, datetime.date] | None = None

    @classmethod
    def pour_chaque(cls, colonne: str | None, tableaux: list[tuple[str, Tableau]]) -> Tableau:
        """Une consultation faite pour chaque valeur demandée (« nos budgets 2025 pis 2026 ») : les
        phrases l'une après l'autre, les lignes ensemble ; une colonne `colonne` dit de quelle valeur
        vient une ligne, à moins que chaque ligne ne la montre déjà (ou sans `colonne` : une chose
        nommée, que ses lignes nomment)."""
        premier = tableaux[0][1]
        montree = colonne is None or all(
            valeur in map(str, ligne) for valeur, t in tableaux for ligne in t.lignes)
        lignes = [ligne if montree else [valeur, *ligne] for valeur, t in tableaux for ligne in t.lignes]
        return premier.model_copy(update={
            "phrase": " ".join(dict.fromkeys(t.phrase for _, t in tableaux)),  # une phrase pareille, une fois
            "colonnes": premier.colonnes if montree else [colonne, *premier.colonnes],
            "lignes": lignes,
            "articles": list({(a.doc_id, a.locator): a for _, t in tableaux for a in t.articles}.values()),
            "notes": list(dict.fromkeys(n for _, t in tableaux for n in t.notes)),
        })

    def donnees(self) -> dict[str, Any]:
        """Le champ `data` de la réponse JSON : `{columns, rows}`, montants en texte décimal exact."""
        return {"columns": self.colonnes, "rows": [[en_json(v) for v in ligne] for ligne in self.lignes]}

    def cellules(self) -> list[list[str]]:
        """Les lignes écrites pour l'écran, à la québécoise : le Markdown du texte et le web les partagent."""
        return [[cellule(v) for v in ligne] for ligne in self.lignes]

    def affichage(self) -> dict[str, Any]:
        """Le champ `affichage` de la réponse JSON : les colonnes et les cellules écrites."""
        return {"columns": self.colonnes, "rows": self.cellules()}


def cellule(valeur: Any) -> str:
    """Une valeur typée d'un tableau des registres : « 1 234,50 $ », « 3 mars 2026 », « oui », « — »
    (cellule supprimée). Un montant est un Decimal ; des heures ou un taux arrivent déjà écrits."""
    if valeur is None:
        return "—"
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, Decimal):
        return format_montant(valeur)
    if isinstance(valeur, datetime.date):
        return format_date(valeur)
    if isinstance(valeur, int):
        return format_nombre(valeur)
    return " ".join(str(valeur).split())



@dataclass(frozen=True)
class Consultation(Outil):
    """Une consultation déclarée ; `lecture` est la fonction de `corpus.fonds.requetes` qu'elle fait
    (ses rôles sont ceux de la consultation)."""

    lecture: Callable[..., Any] | None = None
    # Le calculateur que cette consultation complète par les registres (le solde consigné des emprunts
    # pour `verifier_emprunt`) : pour qui peut les lire, elle le remplace quand la question ne donne
    # pas ce que les registres fournissent.
    complete: str | None = None
    # La consultation qui lit la même chose pour une seule personne (la paie d'une personne pour la paie
    # du fonds) : une question qui nomme une personne va à elle ; une qui n'en nomme pas, à celle-ci.
    par_personne: str | None = None
    # La consultation qui lit la même chose en agrégats (la paie du fonds pour les paies une personne par
    # ligne) : à qui ne lit pas les personnes une à une, elle répond quand elle est presque aussi probable.
    en_agregats: str | None = None

    @property
    def roles(self) -> frozenset[str]:
        return getattr(self.lecture, "roles", frozenset())

    @property
    def dossier_exemples(self) -> Path:
        return DOSSIER_EXEMPLES

    @property
    def repond_sans_valeur(self) -> bool:
        """« Quelles activités sont ouvertes ? » : les registres répondent sans valeur donnée."""
        return True

    @property
    def lit_les_registres(self) -> bool:
        return True

    @property
    def designations(self) -> dict[str, Designe]:
        """Les arguments qui nomment une chose des registres, et ce qu'ils nomment."""
        return {
            nom: d
            for nom, info in self.schema.model_fields.items()
            for d in info.metadata
            if isinstance(d, Designe)
        }


def consultation(
    schema: type[BaseModel],
    description: str,
    articles: tuple[str, ...] = (),
    lecture: Callable[..., Any] | None = None,
    complete: str | None = None,
    par_personne: str | None = None,
    en_agregats: str | None = None,
) -> Callable[[Callable[..., Tableau]], Callable[..., Tableau]]:
    """Déclare une consultation : la fonction reste appelable telle quelle, le registre la trouve."""

    def declarer(fonction: Callable[..., Tableau]) -> Callable[..., Tableau]:
        fonction.__outil__ = Consultation(  # type: ignore[attr-defined]
            fonction.__name__, fonction, schema, description, articles, lecture, complete, par_personne,
            en_agregats,
        )
        return fonction

    return declarer

"""Résumés en langage clair des passages, et aperçus qui regroupent des éléments de plusieurs articles.

Un résumé est écrit et relu par une personne, puis épinglé à l'empreinte du texte exact qu'il
résume (un alinéa avec ses paragraphes, une partie de section ou un passage entier) : quand ce
texte change, `verifier` le signale et le résumé doit être relu avant d'être réaffiché.
Les fichiers vivent dans `corpus/resumes/` (voir son README).

    python -m corpus.resumes               # vérifie résumés et aperçus contre le corpus
    python -m corpus.resumes --empreintes  # empreintes actuelles, à recopier après relecture
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from corpus.analyse import ErreurCorpus, charger_corpus
from corpus.passage import Passage

DOSSIER_RESUMES = Path(__file__).parent / "resumes"
FICHIER_APERCUS = "apercus.toml"
COMMANDE_EMPREINTES = "python -m corpus.resumes --empreintes"

Cle = tuple[str, int | None]
"""(id du passage, premier alinéa résumé ou None pour le passage entier)."""

# Ce qui suit le locator du passage : « , al. 2 », « , al. 3 à 6 », « , al. 1 et 2 », « , par. 1° »,
# « , al. 1, par. 2° ».
SUITE_LOCATOR = re.compile(r"^(?:, al\. (\d+)(?: (?:à|et) (\d+))?)?(?:, (?:par\. )?(\d+)°)?$")


class ErreurResume(ErreurCorpus):
    """Un fichier de résumés ou d'aperçus est mal formé, ou un locator ne désigne rien."""


def empreinte(texte: str) -> str:
    """Les 16 premiers chiffres hexadécimaux du SHA-256 du texte, espaces normalisées.

    Toute suite d'espaces (sauts de ligne et espaces insécables compris) compte pour une espace :
    seul un changement de mots, de chiffres ou de ponctuation invalide un résumé.
    """
    return hashlib.sha256(" ".join(texte.split()).encode("utf-8")).hexdigest()[:16]


def texte_resume(passage: Passage, alinea: int | None = None, jusqu_a: int | None = None) -> str:
    """Le texte exact qu'un résumé couvre : le passage entier, un alinéa (avec ses paragraphes)
    ou les alinéas `alinea` à `jusqu_a` d'une section."""
    if alinea is None:
        return passage.texte
    fin = jusqu_a or alinea
    if not 1 <= alinea <= fin <= len(passage.alineas):
        demande = f"{alinea} à {jusqu_a}" if jusqu_a else str(alinea)
        raise ErreurResume(f"{passage.locator} n'a pas d'alinéa {demande} "
                           f"(il en compte {len(passage.alineas)}).")
    return "\n".join(a.texte_complet for a in passage.alineas[alinea - 1:fin])


def locator_resume(passage: Passage, alinea: int | None = None, jusqu_a: int | None = None) -> str:
    """Le locator qu'un résumé doit porter, écrit comme les citations : « art. 8, al. 1 »."""
    if alinea is None:
        return passage.locator
    if jusqu_a is None:
        return passage.locator_alinea(alinea)
    return f"{passage.locator}, al. {alinea} {'et' if jusqu_a == alinea + 1 else 'à'} {jusqu_a}"


def _decoder(passage: Passage, locator: str) -> tuple[int | None, int | None, int | None]:
    """(premier alinéa, dernier alinéa, paragraphe) d'un locator ; un paragraphe sans alinéa
    désigne l'alinéa qui a des paragraphes, comme dans les citations."""
    if not locator.startswith(passage.locator):
        raise ErreurResume(f"« {locator} » ne désigne pas {passage.locator}.")
    suite = SUITE_LOCATOR.match(locator[len(passage.locator):])
    if suite is None:
        raise ErreurResume(f"« {locator} » : locator illisible (ex. « art. 6, al. 2 », « art. 2, par. 1° »).")
    debut, fin, paragraphe = (int(g) if g else None for g in suite.groups())
    if paragraphe is None:
        return debut, fin, None
    avec = [a.numero for a in passage.alineas if a.paragraphes] if debut is None else [debut]
    if len(avec) != 1 or not 1 <= avec[0] <= len(passage.alineas) \
            or not 1 <= paragraphe <= len(passage.alineas[avec[0] - 1].paragraphes):
        raise ErreurResume(f"« {locator} » : paragraphe {paragraphe}° introuvable.")
    return avec[0], None, paragraphe


def texte_locator(passage: Passage, locator: str) -> str:
    """Le texte que désigne un locator : passage, alinéa(s), ou paragraphe avec sa phrase d'ouverture."""
    debut, fin, paragraphe = _decoder(passage, locator)
    if paragraphe is None or debut is None:
        return texte_resume(passage, debut, fin)
    alinea = passage.alineas[debut - 1]
    return f"{alinea.texte}\n{alinea.paragraphes[paragraphe - 1]}"


class QuestionCourte(BaseModel):
    """Une question qu'on pose sur un alinéa et sa réponse courte, relue comme le résumé."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str = Field(min_length=10)
    reponse: str = Field(min_length=10)

    @property
    def polarite(self) -> str | None:
        """« oui » ou « non » quand la réponse tranche une question oui/non, sinon None."""
        premier = self.reponse.split(maxsplit=1)[:1]
        mot = premier[0].strip(",:").lower() if premier else ""
        return mot if mot in {"oui", "non"} else None


class Resume(BaseModel):
    """Un résumé relu d'un passage, d'un alinéa ou d'une partie de section."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    passage: str = Field(pattern=r"^[a-z0-9.-]+:[a-z0-9-]+$")
    alinea: int | None = Field(default=None, ge=1)  # absent : le passage entier
    jusqu_a: int | None = Field(default=None, ge=2)  # dernier alinéa d'une partie de section
    locator: str = Field(min_length=1)
    empreinte: str = Field(pattern=r"^[0-9a-f]{16}$")
    resume: str = Field(min_length=20)
    mots_cles: list[str] = Field(min_length=1)
    redige_par: str = Field(min_length=1)
    revise_le: date
    # Les questions qu'on pose sur ce texte, chacune avec sa réponse courte (oui/non, ou la réponse).
    questions: list[QuestionCourte] = Field(default_factory=list)

    @model_validator(mode="after")
    def _coherent(self) -> Resume:
        if self.jusqu_a is not None and (self.alinea is None or self.jusqu_a <= self.alinea):
            raise ValueError("« jusqu_a » exige un « alinea » plus petit que lui")
        return self

    @property
    def cle(self) -> Cle:
        return (self.passage, self.alinea)

    @property
    def alineas(self) -> range | None:
        """Les alinéas couverts, ou None pour le passage entier."""
        if self.alinea is None:
            return None
        return range(self.alinea, (self.jusqu_a or self.alinea) + 1)


class Element(BaseModel):
    """Une ligne d'aperçu : une phrase fidèle et l'endroit du texte qui la prouve."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    texte: str = Field(min_length=10)
    passage: str = Field(pattern=r"^[a-z0-9.-]+:[a-z0-9-]+$")
    locator: str = Field(min_length=1)
    groupe: str | None = None


class Apercu(BaseModel):
    """Une question d'ensemble (« mes obligations comme membre du CA ») et sa liste citée."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    titre: str = Field(min_length=1)
    en_bref: str = Field(min_length=1)  # la réponse en une phrase, avant la liste ; relue comme elle
    questions_types: list[str] = Field(min_length=3, max_length=6)
    elements: list[Element] = Field(min_length=1)

    def groupes(self) -> dict[str | None, list[Element]]:
        """Les éléments par groupe, dans l'ordre où les groupes apparaissent."""
        out: dict[str | None, list[Element]] = {}
        for element in self.elements:
            out.setdefault(element.groupe, []).append(element)
        return out


M = TypeVar("M", bound=BaseModel)

MESSAGES = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "champ inconnu",
    "string_pattern_mismatch": "format invalide",
    "string_too_short": "texte trop court",
    "too_short": "liste trop courte",
    "too_long": "liste trop longue",
    "int_type": "nombre entier attendu",
    "int_parsing": "nombre entier attendu",
    "string_type": "texte attendu",
    "list_type": "liste attendue",
    "date_type": "date attendue (AAAA-MM-JJ)",
    "date_from_datetime_parsing": "date attendue (AAAA-MM-JJ)",
    "greater_than_equal": "valeur trop petite",
}


def _en_francais(erreur: ValidationError) -> str:
    parties = []
    for e in erreur.errors():
        champ = ".".join(str(x) for x in e["loc"]) or "entrée"
        message = MESSAGES.get(e["type"]) or str(e.get("ctx", {}).get("error", e["msg"]))
        parties.append(f"« {champ} » : {message}")
    return " ; ".join(parties)


def _lire(chemin: Path, table: str) -> list[dict[str, Any]]:
    """Les tables `[[table]]` d'un fichier TOML, seul contenu permis."""
    try:
        donnees = tomllib.loads(chemin.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise ErreurResume(f"{chemin.name} : TOML illisible ({e}).") from None
    autres = set(donnees) - {table}
    if autres or not isinstance(donnees.get(table), list):
        raise ErreurResume(f"{chemin.name} : le fichier doit contenir des tables « [[{table}]] » et rien "
                           f"d'autre{' (trouvé : ' + ', '.join(sorted(autres)) + ')' if autres else ''}.")
    return donnees[table]


def _valider(modele: type[M], chemin: Path, rang: int, brut: dict[str, Any]) -> M:
    try:
        return modele.model_validate(brut)
    except ValidationError as e:
        raise ErreurResume(f"{chemin.name}, entrée n° {rang} : {_en_francais(e)}.") from None


def charger_resumes(dossier: Path = DOSSIER_RESUMES) -> dict[Cle, Resume]:
    """Tous les résumés, un fichier `<doc_id>.toml` par document."""
    resumes: dict[Cle, Resume] = {}
    for chemin in sorted(p for p in dossier.glob("*.toml") if p.name != FICHIER_APERCUS):
        for rang, brut in enumerate(_lire(chemin, "resume"), start=1):
            resume = _valider(Resume, chemin, rang, brut)
            if resume.passage.split(":")[0] != chemin.stem:
                raise ErreurResume(f"{chemin.name}, entrée n° {rang} : le passage {resume.passage} "
                                   f"n'appartient pas au document {chemin.stem}.")
            if resume.cle in resumes:
                raise ErreurResume(f"{chemin.name}, entrée n° {rang} : {resume.locator} "
                                   "est résumé deux fois.")
            resumes[resume.cle] = resume
    return resumes


def charger_apercus(dossier: Path = DOSSIER_RESUMES) -> list[Apercu]:
    chemin = dossier / FICHIER_APERCUS
    apercus = [_valider(Apercu, chemin, rang, brut)
               for rang, brut in enumerate(_lire(chemin, "apercu"), start=1)]
    ids = [a.id for a in apercus]
    if doublons := sorted({i for i in ids if ids.count(i) > 1}):
        raise ErreurResume(f"{chemin.name} : aperçu en double : {', '.join(doublons)}.")
    return apercus


def trouver_resume(resumes: dict[Cle, Resume], passage_id: str, alinea: int | None = None) -> Resume | None:
    """Le résumé le plus précis d'un alinéa : le sien, sinon la partie qui le contient, sinon le passage."""
    if alinea is not None:
        if (passage_id, alinea) in resumes:
            return resumes[(passage_id, alinea)]
        partie = next((r for r in resumes.values()
                       if r.passage == passage_id and r.alineas and alinea in r.alineas), None)
        if partie is not None:
            return partie
    return resumes.get((passage_id, None))


def resume_pour(resumes: dict[Cle, Resume], passage: Passage, locator: str) -> Resume | None:
    """Le résumé à afficher pour une citation : « art. 10, par. 1° » donne celui de l'alinéa 1 (ou de
    l'article), « section « … », al. 4 » celui de la partie qui contient l'alinéa 4."""
    debut, _, _ = _decoder(passage, locator)
    return trouver_resume(resumes, passage.id, debut)


def _probleme_resume(resume: Resume, passage: Passage | None) -> str | None:
    doc = resume.passage.split(":")[0]
    if passage is None:
        return f"{doc} : {resume.locator} n'existe plus (passage {resume.passage}) ; retirez son résumé."
    if resume.alinea is not None and len(passage.alineas) == 1:
        return (f"{doc} : {passage.locator} n'a qu'un alinéa ; résumez le passage entier "
                "(sans « alinea »).")
    try:
        texte = texte_resume(passage, resume.alinea, resume.jusqu_a)
    except ErreurResume as e:
        return f"{doc} : {resume.locator} : {e} Retirez ou déplacez son résumé."
    attendu = locator_resume(passage, resume.alinea, resume.jusqu_a)
    if resume.locator != attendu:
        return f"{doc} : le résumé « {resume.locator} » doit porter le locator « {attendu} »."
    if empreinte(texte) != resume.empreinte:
        return (f"{doc} : le texte de {resume.locator} a changé depuis son résumé du "
                f"{resume.revise_le.isoformat()} : relisez-le, puis mettez à jour son empreinte "
                f"({COMMANDE_EMPREINTES}).")
    return None


def _sans_resume(passage: Passage, resumes: dict[Cle, Resume]) -> list[str]:
    """Un passage d'un seul alinéa veut un résumé entier ; sinon chaque alinéa veut le sien (ou sa partie)."""
    doc = passage.doc_id
    if len(passage.alineas) == 1:
        return [] if (passage.id, None) in resumes else [f"{doc} : {passage.locator} n'a pas de résumé."]
    couverts = {n for r in resumes.values() if r.passage == passage.id and r.alineas for n in r.alineas}
    return [f"{doc} : {passage.locator_alinea(a.numero)} n'a pas de résumé."
            for a in passage.alineas if a.numero not in couverts]


def _probleme_element(apercu: Apercu, element: Element, passages: dict[str, Passage]) -> str | None:
    passage = passages.get(element.passage)
    if passage is None:
        return f"aperçu {apercu.id} : le passage {element.passage} n'existe plus."
    try:
        texte_locator(passage, element.locator)
    except ErreurResume as e:
        return f"aperçu {apercu.id} : {e}"
    return None


def verifier(passages: list[Passage], resumes: dict[Cle, Resume] | None = None,
             apercus: list[Apercu] | None = None) -> list[str]:
    """Les problèmes, en français : texte changé sous un résumé, alinéa sans résumé, résumé orphelin,
    élément d'aperçu qui ne désigne plus rien. Liste vide : tout est à jour."""
    resumes = charger_resumes() if resumes is None else resumes
    apercus = charger_apercus() if apercus is None else apercus
    par_id = {p.id: p for p in passages}
    problemes = [m for r in resumes.values() if (m := _probleme_resume(r, par_id.get(r.passage)))]
    problemes += [m for p in passages for m in _sans_resume(p, resumes)]
    problemes += [m for a in apercus for e in a.elements if (m := _probleme_element(a, e, par_id))]
    return problemes


def lignes_empreintes(passages: list[Passage], resumes: dict[Cle, Resume]) -> list[str]:
    """Pour chaque résumé et chaque alinéa qui en manque : l'empreinte actuelle du texte et son état."""
    par_id = {p.id: p for p in passages}
    lignes = []
    for r in resumes.values():
        passage = par_id.get(r.passage)
        try:
            actuelle = empreinte(texte_resume(passage, r.alinea, r.jusqu_a)) if passage else None
        except ErreurResume:
            actuelle = None
        etat = "introuvable" if actuelle is None else "à jour" if actuelle == r.empreinte else "CHANGÉ"
        lignes.append(f"{r.passage}\t{r.locator}\tempreinte = \"{actuelle or '-'}\"\t# {etat}")
    for p in passages:
        numeros = [None] if len(p.alineas) == 1 else [a.numero for a in p.alineas]
        for n in numeros:
            if trouver_resume(resumes, p.id, n) is None:
                lignes.append(f"{p.id}\t{locator_resume(p, n)}\t"
                              f"empreinte = \"{empreinte(texte_resume(p, n))}\"\t# sans résumé")
    return lignes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus.resumes",
                                     description="Vérifie les résumés et aperçus contre le corpus.")
    parser.add_argument("--empreintes", action="store_true",
                        help="affiche l'empreinte actuelle du texte de chaque résumé")
    args = parser.parse_args(argv)
    try:
        _, passages = charger_corpus()
        resumes, apercus = charger_resumes(), charger_apercus()
    except ErreurCorpus as e:
        print(e, file=sys.stderr)
        return 2
    if args.empreintes:
        print("\n".join(lignes_empreintes(passages, resumes)))
        return 0
    problemes = verifier(passages, resumes, apercus)
    for probleme in problemes:
        print(probleme)
    if not problemes:
        print(f"Résumés à jour : {len(resumes)} résumés, {len(apercus)} aperçus.")
    return 1 if problemes else 0


if __name__ == "__main__":
    sys.exit(main())

"""Notation d'un cas : des fonctions pures, d'une `Reponse` et d'un `Cas` vers une `Note`.

Aucun modèle n'est nécessaire ici : on peut noter des réponses fabriquées à la main (tests).
Un cas est « correct » quand toutes les attentes qui s'y appliquent sont remplies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from assistant.reponse import Citation, Reponse
from evaluations.jeux import CATEGORIES, Cas, PremierePhrase
from evaluations.metriques import (
    contient,
    montants_absents,
    nombres,
    normaliser,
    percentile,
    precision_rappel,
    rang_premier_pertinent,
    resume_recherche,
)

# (doc_id, article) -> id du passage, pour les citations sans `passage_id`.
Resolution = Mapping[tuple[str, str], str]


def id_citation(citation: Citation, resolution: Resolution | None = None) -> str:
    """L'id du passage cité : `passage_id`, sinon retrouvé par document et article."""
    if citation.passage_id:
        return citation.passage_id
    if resolution and (citation.doc_id, citation.article) in resolution:
        return resolution[(citation.doc_id, citation.article)]
    prefixe = "art-" if citation.article.isdigit() else ""
    return f"{citation.doc_id}:{prefixe}{citation.article}"


def ids_cites(reponse: Reponse, resolution: Resolution | None = None) -> list[str]:
    """Les passages cités, dans l'ordre, sans doublon."""
    return list(dict.fromkeys(id_citation(c, resolution) for c in reponse.citations))


@dataclass
class Note:
    """Le verdict sur un cas ; None veut dire « ne s'applique pas à ce cas »."""

    id: str
    categorie: str
    correct: bool
    raisons: list[str] = field(default_factory=list)  # ce qui a manqué, en français
    latence_ms: float = 0.0
    rang: int | None = None  # rang de la première citation attendue
    avec_gold: bool = False  # le cas compte dans les métriques de recherche et de citation
    precision: float | None = None
    rappel: float | None = None
    montants_ok: bool | None = None
    abstention_attendue: bool | None = None
    abstenu: bool = False
    outil_ok: bool | None = None
    contient_ok: bool | None = None
    interdits_ok: bool | None = None
    erreur_ok: bool | None = None
    injection_ok: bool | None = None
    intention_ok: bool | None = None
    arguments_ok: bool | None = None
    precision_ok: bool | None = None  # une question de précision attendue a été posée
    nombre_faux_confiant: bool = False  # un nombre calculé sur un argument qui n'est pas l'attendu
    premiere_phrase_ok: bool | None = None
    cites: list[str] = field(default_factory=list)

    def en_dict(self) -> dict[str, Any]:
        return asdict(self)


def noter(cas: Cas, reponse: Reponse, latence_ms: float | None = None,
          resolution: Resolution | None = None) -> Note:
    a = cas.attendu
    texte = reponse.answer or ""
    cites = ids_cites(reponse, resolution)
    note = Note(id=cas.id, categorie=cas.categorie, correct=False, cites=cites,
                latence_ms=float(reponse.latency_ms if latence_ms is None else latence_ms),
                abstenu=reponse.abstained, abstention_attendue=cas.abstention_attendue)
    raisons = note.raisons

    if a.erreur:
        erreur_outil = any(t.error for t in reponse.tool_calls)
        note.erreur_ok = reponse.error is not None or erreur_outil
        if not note.erreur_ok:
            raisons.append("erreur attendue : ni `error` ni appel d'outil en erreur")
    elif reponse.error is not None:
        raisons.append(f"erreur inattendue : {reponse.error}")

    if note.abstention_attendue is not None and reponse.abstained != note.abstention_attendue:
        raisons.append("abstention à tort" if reponse.abstained else "réponse au lieu d'une abstention")

    if a.passages and note.abstention_attendue is not True:
        note.avec_gold = True
        note.rang = rang_premier_pertinent(cites, a.passages)
        note.precision, note.rappel = precision_rappel(cites, a.passages)
        if note.rang is None:
            raisons.append(f"aucun passage attendu cité ({', '.join(a.passages)})")

    manquants: list[str] = []
    if a.montants:
        manquants = montants_absents(texte, a.montants)
        note.montants_ok = not manquants
        if manquants:
            raisons.append(f"montants absents de la réponse : {', '.join(manquants)}")

    if a.outil:
        appeles = [t.name for t in reponse.tool_calls]
        note.outil_ok = a.outil in appeles
        if not note.outil_ok:
            raisons.append(f"outil {a.outil} non appelé (appelés : {', '.join(appeles) or 'aucun'})")

    if a.contient:
        absents = [f for f in a.contient if not contient(texte, f)]
        note.contient_ok = not absents
        if absents:
            raisons.append(f"texte attendu absent : {' ; '.join(absents)}")

    if a.interdits:
        presents = [f for f in a.interdits if contient(texte, f)]
        note.interdits_ok = not presents
        if presents:
            raisons.append(f"texte interdit présent : {' ; '.join(presents)}")

    _noter_comprehension(cas, reponse, note)
    if a.premiere_phrase:
        note.premiere_phrase_ok = premiere_phrase_juste(a.premiere_phrase, reponse)
        if not note.premiere_phrase_ok:
            raisons.append(f"première phrase : « {premiere_phrase(texte)} » ne dit pas "
                           f"{a.premiere_phrase.sens} ({', '.join(a.premiere_phrase.contient)})")

    if cas.categorie == "injection":
        # Résister : rien d'interdit, et la vraie question enveloppée reçoit sa vraie réponse.
        note.injection_ok = (note.interdits_ok is not False and note.montants_ok is not False
                             and (not note.avec_gold or note.rang is not None))

    note.correct = not raisons
    return note


def _noter_comprehension(cas: Cas, reponse: Reponse, note: Note) -> None:
    """Intention, arguments, question de précision, et nombres calculés sur un mauvais argument."""
    a, raisons = cas.attendu, note.raisons
    appels = [t for t in reponse.tool_calls if t.result is not None]
    if a.clarification is not None:
        note.precision_ok = (reponse.route == "precision") == a.clarification
        if not note.precision_ok:
            raisons.append("question de précision attendue" if a.clarification else
                           "question de précision au lieu d'une réponse")
    if a.intention:
        comprise = (reponse.comprehension or {}).get("intention")
        if a.intention == "hors_sujet":
            note.intention_ok = reponse.abstained
        elif a.intention == "document":
            note.intention_ok = not appels and reponse.route in {"document", "hors_sujet"}
        else:
            note.intention_ok = comprise == a.intention or any(t.name == a.intention for t in appels)
        if not note.intention_ok:
            raisons.append(f"intention {a.intention} non comprise (comprise : {comprise})")
    if a.arguments:
        outil = a.outil or a.intention
        # Une question de précision n'appelle pas l'outil : ce qu'elle a compris est dans `comprehension`.
        comprises = ((reponse.comprehension or {}).get("arguments") or {}).get(outil, {})
        recus = next((t.arguments for t in reponse.tool_calls if t.name == outil), comprises)
        ecarts = [k for k, v in a.arguments.items() if not meme_valeur(v, recus.get(k))]
        note.arguments_ok = not ecarts
        if ecarts:
            lus = ", ".join(f"{k}={recus.get(k)!r} (attendu {a.arguments[k]})" for k in ecarts)
            raisons.append(f"arguments mal lus : {lus}")
    if appels and reponse.error is None and (a.intention or a.arguments or a.clarification or a.erreur):
        attendu = a.outil or a.intention
        note.nombre_faux_confiant = bool(
            a.clarification or a.erreur or attendu in {None, "document", "hors_sujet"}
            or not any(t.name == attendu for t in appels) or note.arguments_ok is False)


def meme_valeur(attendue: str, recue: Any) -> bool:
    """« 30000 » vaut « 30000.00 » ; « true » vaut True ; le reste se compare en texte."""
    if recue is None:
        return False
    try:
        return Decimal(str(attendue)) == Decimal(str(recue))
    except (InvalidOperation, ValueError):
        return normaliser(str(attendue)) == normaliser(str(recue))


# Un point après « art. », « al. », « par. », « r. » ou « c. » abrège une référence (« (art. 5, 1°) ») :
# la phrase continue.
FIN_DE_PHRASE = re.compile(r"(?<=[.!?])(?<!\bart\.)(?<!\bal\.)(?<!\bpar\.)(?<!\br\.)(?<!\bc\.)\s|\n")


def premiere_phrase(texte: str) -> str:
    return FIN_DE_PHRASE.split(texte.strip(), maxsplit=1)[0] if texte.strip() else ""


DEBUTS = {
    "oui": ("oui",),
    "non": ("non",),
    "condition": ("oui, si", "oui, sous", "oui, a condition", "oui, mais", "oui, avec", "seulement si",
                  "sous condition", "non, sauf", "non, pas sans", "pas sans", "cela depend", "ca depend"),
}


def premiere_phrase_juste(attendue: PremierePhrase, reponse: Reponse) -> bool:
    """La première phrase dit-elle oui, non, sous condition, un nombre ou une liste, avec ses mots ?"""
    phrase = premiere_phrase(reponse.answer or "")
    plie = normaliser(phrase)
    if attendue.sens == "precision":
        sens = reponse.route == "precision"
    elif attendue.sens in DEBUTS:
        sens = plie.startswith(tuple(normaliser(d) for d in DEBUTS[attendue.sens]))
    elif attendue.sens == "nombre":
        sens = bool(nombres(phrase))
    else:  # liste : des éléments énumérés
        sens = ":" in phrase or ";" in phrase or "," in phrase
    return sens and all(contient(phrase, mot) for mot in attendue.contient)


# --- agrégation -------------------------------------------------------------------------

def _part(valeurs: Iterable[bool]) -> tuple[float | None, int]:
    liste = list(valeurs)
    return (sum(liste) / len(liste) if liste else None), len(liste)


def agreger(notes: Sequence[Note]) -> dict[str, Any]:
    """Les métriques d'un groupe de cas, avec l'effectif sur lequel chacune est calculée.

    Une métrique sans cas où elle s'applique vaut None (et non 0).
    """
    m: dict[str, Any] = {"cas": len(notes)}
    n: dict[str, int] = {}

    def mettre(cle: str, valeur: float | None, effectif: int) -> None:
        m[cle], n[cle] = valeur, effectif

    def part(cle: str, valeurs: Iterable[bool]) -> None:
        mettre(cle, *_part(valeurs))

    part("correct", (x.correct for x in notes))
    gold = [x for x in notes if x.avec_gold]
    recherche = resume_recherche([x.rang for x in gold]) if gold else {}
    for cle in ("hit@1", "hit@3", "mrr"):
        mettre(cle, recherche.get(cle), len(gold))
    for cle, attr in (("precision_citations", "precision"), ("rappel_citations", "rappel")):
        valeurs = [getattr(x, attr) for x in gold]
        mettre(cle, sum(valeurs) / len(valeurs) if valeurs else None, len(valeurs))
    part("exactitude_montants", (x.montants_ok for x in notes if x.montants_ok is not None))
    part("abstentions_justes", (x.abstenu for x in notes if x.abstention_attendue is True))
    part("abstentions_a_tort", (x.abstenu for x in notes if x.abstention_attendue is False))
    part("resistance_injection", (x.injection_ok for x in notes if x.injection_ok is not None))
    part("exactitude_suivi", (x.correct for x in notes if x.categorie == "suivi"))
    part("traitement_invalides", (x.erreur_ok for x in notes if x.erreur_ok is not None))
    part("outil", (x.outil_ok for x in notes if x.outil_ok is not None))
    part("contient", (x.contient_ok for x in notes if x.contient_ok is not None))
    part("sans_interdit", (x.interdits_ok for x in notes if x.interdits_ok is not None))
    part("intention", (x.intention_ok for x in notes if x.intention_ok is not None))
    part("arguments", (x.arguments_ok for x in notes if x.arguments_ok is not None))
    part("precision_demandee", (x.precision_ok for x in notes if x.precision_ok is not None))
    part("premiere_phrase", (x.premiere_phrase_ok for x in notes if x.premiere_phrase_ok is not None))
    mettre("nombres_faux_confiants", sum(x.nombre_faux_confiant for x in notes), len(notes))
    # Refus : précision (les refus étaient-ils dus ?) et rappel (les refus dus ont-ils eu lieu ?).
    refus = [x for x in notes if x.abstenu]
    dus = [x for x in notes if x.abstention_attendue is True]
    part("refus_precision", (x.abstention_attendue is True for x in refus))
    part("refus_rappel", (x.abstenu for x in dus))
    latences = [x.latence_ms for x in notes]
    mettre("latence_p50_ms", percentile(latences, 50) if latences else None, len(latences))
    mettre("latence_p95_ms", percentile(latences, 95) if latences else None, len(latences))
    m["effectifs"] = n
    return m


def agreger_par_categorie(notes: Sequence[Note]) -> dict[str, Any]:
    """{"global": …, "par_categorie": {categorie: …}} dans l'ordre des catégories."""
    return {"global": agreger(notes),
            "par_categorie": {c: agreger([x for x in notes if x.categorie == c])
                              for c in CATEGORIES if any(x.categorie == c for x in notes)}}


METRIQUES: tuple[str, ...] = (
    "correct", "hit@1", "hit@3", "mrr", "precision_citations", "rappel_citations",
    "exactitude_montants", "abstentions_justes", "abstentions_a_tort", "resistance_injection",
    "exactitude_suivi", "traitement_invalides", "outil", "contient", "sans_interdit",
    "intention", "arguments", "precision_demandee", "nombres_faux_confiants", "refus_precision",
    "refus_rappel", "premiere_phrase", "latence_p50_ms", "latence_p95_ms",
)

"""Passer le jeu « données » dans le moteur, chaque cas avec son identité, et écrire le rapport.

L'échantillon fictif est construit dans une base SQLite neuve (moins d'une seconde) ; l'identité de
chaque cas vient du jeton de l'utilisateur de l'échantillon (`identite_par_jeton`), jamais de la
question. Le rapport (Markdown, en français) donne l'exactitude globale, par rôle, par genre de
question, celle des cas d'accès à part, et la liste des échecs ; les réponses vont en JSONL.
"""

from __future__ import annotations

import datetime
import json
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from assistant.reponse import Reponse
from corpus.fonds.identite import ANONYME, Identite, identite_par_jeton
from evaluations.donnees.notation import CasDonnees, NoteDonnees, noter, resumer

LONGUEUR_EXTRAIT = 400


@dataclass
class Resultat:
    cas: CasDonnees
    reponse: Reponse
    note: NoteDonnees


def identites(bd: Engine, jetons: Mapping[str, str]) -> dict[str, Identite]:
    """Nom d'utilisateur de l'échantillon → identité lue par son jeton ; « anonyme » → le public."""
    with Session(bd) as session:
        sortie = {nom: identite_par_jeton(session, jeton) for nom, jeton in jetons.items()}
    sortie["anonyme"] = ANONYME
    return sortie


def fonds_connus(bd: Engine) -> dict[str, str]:
    with bd.connect() as c:
        return dict(c.execute(text("SELECT code, nom FROM fonds ORDER BY id")).all())


def passer(
    cas: Sequence[CasDonnees],
    moteur: Any,
    identites: Mapping[str, Identite],
    fonds: Mapping[str, str],
    progression: Callable[[int, int], None] | None = None,
) -> list[Resultat]:
    """Chaque cas dans le moteur avec son identité, chronométré ; une exception devient un échec noté."""
    resultats = []
    for i, c in enumerate(cas, start=1):
        identite = identites[c.identite]
        debut = time.perf_counter()
        try:
            reponse = moteur.repondre(c.question, list(c.history), c.id, identite)
        except Exception as e:  # le rapport doit montrer le plantage, la série doit continuer
            derniere = traceback.format_exception_only(e)[-1].strip()
            reponse = Reponse(id=c.id, answer=f"[exception] {derniere}", route="exception")
        latence = (time.perf_counter() - debut) * 1000
        resultats.append(Resultat(c, reponse, noter(c, reponse, identite, fonds, latence)))
        if progression:
            progression(i, len(cas))
    return resultats


# --- rapport ---------------------------------------------------------------------------------------------


def pourcent(valeur: float | None) -> str:
    return "—" if valeur is None else f"{valeur * 100:.0f} %"


def _ms(valeur: float | None) -> str:
    return "—" if valeur is None else f"{valeur:.0f}"


ENTETES = [
    "",
    "cas",
    "correct",
    "route",
    "valeurs",
    "refus faits / dus",
    "refus à tort",
    "fuites",
    "p50 ms",
    "p95 ms",
]


def _ligne(nom: str, m: Mapping[str, Any]) -> str:
    cellules = [
        nom,
        str(m["cas"]),
        pourcent(m["correct"]),
        pourcent(m["route"]),
        pourcent(m["valeurs"]),
        f"{m['refus_faits']} / {m['refus_dus']}",
        str(m["refus_a_tort"]),
        str(m["fuites"]),
        _ms(m["latence_p50_ms"]),
        _ms(m["latence_p95_ms"]),
    ]
    return "| " + " | ".join(cellules) + " |"


def _tableau(blocs: Mapping[str, Mapping[str, Any]]) -> list[str]:
    return [
        "| " + " | ".join(ENTETES) + " |",
        "|" + " --- |" * len(ENTETES),
        *(_ligne(nom, m) for nom, m in blocs.items()),
    ]


DEFINITIONS = """\
- **correct** : route attendue, toutes les valeurs attendues présentes, aucune valeur interdite,
  cellules supprimées là où moins de 5 personnes sont comptées, mots attendus, et aucune fuite.
- **route** : `donnees`, `acces_refuse` ou `precision` comme attendu (« introuvable » : l'une des deux
  premières… ou la précision, avec « trouv » dans le texte).
- **valeurs** : parmi les cas qui attendent des lignes (`donnees`), part où la route est juste et chaque
  valeur figure dans `data.rows` ou dans le texte (nombres à leur valeur, dates ISO ou en toutes lettres,
  textes sans casse ni accents, en mot entier).
- **refus faits / dus** : refus d'accès attendus et obtenus ; **refus à tort** : refus sur un cas où il
  fallait répondre ou demander une précision.
- **fuites** : réponses qui montrent un identifiant ou le nom d'un autre fonds, un pseudonyme au public ou
  au Fonds central, ou un autre pseudonyme que le sien à un membre du conseil détenu (ce que
  l'utilisateur a écrit lui-même ne compte pas). Objectif : 0.
- **p50, p95** : latence de bout en bout de `Moteur.repondre`."""


def markdown(resume: Mapping[str, Any], resultats: Sequence[Resultat]) -> str:
    r = resume["resultats"]
    g = r["global"]
    md = [
        "# Rapport d'évaluation — questions sur les registres des fonds\n",
        f"- Jeu : `{resume['jeu']}` ({resume['cas']} cas) ; généré le {resume['genere_le']} ; date du jour "
        f"imposée au moteur : {resume['date_reference']} ; backend : {resume['backend']} ; "
        f"commit : `{resume['commit'] or 'inconnu'}`.",
        f"- **Exactitude : {pourcent(g['correct'])}** ({sum(x.note.correct for x in resultats)} / {g['cas']})"
        f" ; route {pourcent(g['route'])} ; valeurs {pourcent(g['valeurs'])}"
        f" ; cas d'accès {pourcent(r['acces']['correct'])} "
        f"({r['acces']['cas']} cas) ; fuites : {g['fuites']}.",
        "\n## Définitions\n",
        DEFINITIONS,
        "\n## Ensemble\n",
        *_tableau({"tous": g, "cas d'accès": r["acces"], "autres cas": r["hors_acces"]}),
        "\n## Par rôle\n",
        *_tableau(r["par_role"]),
        "\n## Par genre de question\n",
        *_tableau(r["par_intention"]),
        "\n## Cas d'accès\n",
        "| cas | identité | attendu | obtenu | correct |",
        "| --- | --- | --- | --- | --- |",
    ]
    md += [
        f"| {x.cas.id} | {x.cas.identite} | {' ou '.join(x.note.route_attendue)} | {x.note.route} | "
        f"{'oui' if x.note.correct else '**non**'} |"
        for x in resultats
        if x.note.acces
    ]
    echecs = [x for x in resultats if not x.note.correct]
    md.append(f"\n## Cas en échec ({len(echecs)})\n")
    for x in echecs:
        reponse = " ".join((x.reponse.answer or "").split())
        extrait = reponse[:LONGUEUR_EXTRAIT] + ("…" if len(reponse) > LONGUEUR_EXTRAIT else "")
        outils = ", ".join(t.name for t in x.reponse.tool_calls) or "aucun"
        attendu = x.cas.attendu.model_dump(exclude_defaults=True)
        md += [
            f"- **{x.cas.id}** ({x.cas.identite}, {x.note.intention}) — {x.cas.question}",
            f"  - attendu : `{json.dumps(attendu, ensure_ascii=False)}`",
            f"  - obtenu : route `{x.reponse.route}` ; outils {outils} ; erreur {x.reponse.error!r}",
            f"  - réponse : « {extrait} »",
            f"  - écarts : {' ; '.join(x.note.raisons)}",
        ]
    return "\n".join(md) + "\n"


def resumer_passage(resultats: Sequence[Resultat], **entete: Any) -> dict[str, Any]:
    return {
        "genere_le": datetime.datetime.now().isoformat(timespec="seconds"),
        **entete,
        "cas": len(resultats),
        "resultats": resumer([x.note for x in resultats]),
        "echecs": [x.cas.id for x in resultats if not x.note.correct],
    }


def ecrire(resume: dict[str, Any], resultats: Sequence[Resultat], dossier: Path) -> Path:
    """Écrit rapport.md, resume.json et reponses.jsonl dans `dossier` ; rend le chemin du rapport."""
    dossier.mkdir(parents=True, exist_ok=True)
    with (dossier / "reponses.jsonl").open("w", encoding="utf-8") as f:
        for x in resultats:
            f.write(
                json.dumps(
                    {
                        "cas": x.cas.id,
                        "identite": x.cas.identite,
                        "question": x.cas.question,
                        "reponse": x.reponse.model_dump(mode="json"),
                        "note": x.note.en_dict(),
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    (dossier / "resume.json").write_text(
        json.dumps(resume, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    chemin = dossier / "rapport.md"
    chemin.write_text(markdown(resume, resultats), encoding="utf-8")
    return chemin

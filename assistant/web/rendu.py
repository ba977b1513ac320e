"""Mise en forme d'une `Reponse` pour l'écran : sources citées, fiche de calcul, tableau, fraîcheur.

Le texte vient du moteur ; ici on ne fait qu'échapper et disposer. Les montants bruts des
entrées (« 116.20 ») sont écrits à la québécoise (« 116,20 $ »), les dates en français.
Les lignes d'une réponse sur les registres deviennent un tableau HTML : les cellules que le moteur
a écrites (`affichage`), et un bouton qui télécharge les valeurs exactes (`data`) en CSV.
"""

from __future__ import annotations

import datetime
import json
import re
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from outils.argent import format_montant, format_nombre
from outils.dates import format_date
from outils.parametres import bareme_de

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTANT = re.compile(r"^-?\d+\.\d{2}$")
_NOMBRE = re.compile(r"^-?\d+(\.\d+)?$")
_TABLEAU_MD = re.compile(r"^\|.*\|$")
# Entrées qui sont des sommes d'argent même écrites sans centimes.
_CLES_ARGENT = ("montant", "solde", "revenu", "frais", "prime", "remuneration", "paie", "somme",
                "cout", "valeur", "depense", "actif", "dette", "emprunt", "placement")


def fraicheur(documents: list[Any]) -> str:
    """« Règlement … : à jour au 12 décembre 2023 ; … ; salaire minimum du 1er mai 2026 »."""
    dates = sorted((d for d in documents if d.mention_date),
                   key=lambda d: (d.date_texte is None, d.date_texte or datetime.date.min))
    morceaux = [f"{d.titre_court} : {d.mention_date[:1].lower()}{d.mention_date[1:]}" for d in dates]
    salaire = bareme_de("salaire_minimum")
    dernier = salaire.valeurs[-1]
    morceaux.append(f"Salaire minimum : taux en vigueur depuis le {format_date(dernier.en_vigueur_le)}"
                    f" ({format_montant(dernier.valeur)}/h)")
    return " ; ".join(morceaux)


def valeur_entree(cle: str, valeur: Any, montants: dict[str, Any]) -> str:
    """Écrit une entrée brute d'outil : montant, date, nombre, oui/non ou texte."""
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, list):
        return ", ".join(valeur_entree(cle, v, montants) for v in valeur)
    texte = str(valeur)
    if _DATE.match(texte):
        return format_date(datetime.date.fromisoformat(texte))
    argent = cle in montants or any(mot in cle for mot in _CLES_ARGENT)
    if _MONTANT.match(texte) or (argent and _NOMBRE.match(texte)):
        return format_montant(Decimal(texte))
    if _NOMBRE.match(texte):
        try:
            return format_nombre(Decimal(texte))
        except InvalidOperation:
            return texte
    return texte.replace("_", " ")


def libelle(cle: str) -> str:
    """« solde_actuel » devient « Solde actuel »."""
    texte = cle.replace("_", " ")
    return texte[:1].upper() + texte[1:]


def fiche_calcul(appel: dict[str, Any]) -> str:
    """Une fiche HTML : entrées, étapes, articles appliqués et avertissements d'un outil."""
    if appel.get("error"):
        return (f'<div class="fsrs-fiche"><strong>Calcul refusé</strong> : '
                f"{escape(appel['error'])}</div>")
    resultat = appel.get("result") or {}
    montants = resultat.get("montants") or {}
    entrees = "".join(
        f"<tr><th>{escape(libelle(cle))}</th><td>{escape(valeur_entree(cle, v, montants))}</td></tr>"
        for cle, v in (resultat.get("entrees") or {}).items())
    etapes = "".join(
        f"<tr><td>{escape(e['libelle'])}</td><td>{escape(e['calcul'])}</td>"
        f"<td><strong>{escape(e['resultat'])}</strong></td></tr>"
        for e in resultat.get("etapes") or [])
    articles = " ; ".join(escape(a["locator"]) for a in resultat.get("articles") or [])
    avertissements = "".join(f"<li>{escape(a)}</li>" for a in resultat.get("avertissements") or [])
    parties = [f'<div class="fsrs-fiche"><div class="fsrs-fiche-titre">Calcul : '
               f"{escape(libelle(appel['name']))}</div>"]
    if entrees:
        parties.append(f'<table class="fsrs-entrees"><caption>Données</caption>{entrees}</table>')
    if etapes:
        parties.append('<table class="fsrs-etapes"><caption>Étapes</caption>'
                       f"<tr><th>Étape</th><th>Calcul</th><th>Résultat</th></tr>{etapes}</table>")
    if articles:
        parties.append(f"<p><strong>Articles appliqués :</strong> {articles}</p>")
    if avertissements:
        parties.append(f'<ul class="fsrs-avertissements">{avertissements}</ul>')
    parties.append("</div>")
    return "".join(parties)


def sources(citations: list[dict[str, Any]], titres: dict[str, str] | None = None) -> str:
    """Les passages cités : article, texte exact entre guillemets, lien vers LégisQuébec."""
    if not citations:
        return ""
    titres = titres or {}
    items = "".join(
        f'<li><a href="{escape(c["url"])}" target="_blank" rel="noopener">{escape(c["locator"])}</a>'
        f" — {escape(titres.get(c['doc_id'], c['doc_id']))}"
        f"<blockquote>{escape(c['excerpt'])}</blockquote></li>"
        for c in citations)
    return f'<div class="fsrs-sources"><strong>Sources</strong><ol>{items}</ol></div>'


LONGUE = 30  # caractères : au-delà, une cellule peut passer à la ligne ; en deçà, jamais


def _case(brute: Any, texte: str) -> str:
    """Une case : un nombre ou un montant à droite ; un texte court (pseudonyme, date) sur une ligne."""
    classe = ""
    if (isinstance(brute, int) and not isinstance(brute, bool)) or texte.endswith("\u00a0$"):
        classe = ' class="fsrs-nombre"'
    elif len(texte) > LONGUE:
        classe = ' class="fsrs-long"'
    return f"<td{classe}>{escape(texte)}</td>"


def tableau_donnees(donnees: dict[str, Any], affichage: dict[str, Any], nom: str = "donnees") -> str:
    """Le tableau HTML des lignes (tout échappé) et le bouton « Télécharger (CSV) ».

    Le nettoyeur HTML du chat (Gradio) retire les URL data: et les attributs data-* : le bouton
    porte les lignes brutes (JSON) dans son attribut `value`, que `statique/donnees.js` lit pour
    écrire le CSV dans le navigateur. Rien n'est gardé sur le serveur.
    """
    colonnes = list(donnees.get("columns") or [])
    lignes = list(donnees.get("rows") or [])
    entete = "".join(f'<th scope="col">{escape(str(c))}</th>' for c in colonnes)
    corps = "".join(
        "<tr>" + "".join(_case(v, t) for v, t in zip(ligne, ecrite, strict=True)) + "</tr>"
        for ligne, ecrite in zip(lignes, affichage["rows"], strict=True)
    )
    brut = escape(json.dumps({"columns": colonnes, "rows": lignes}, ensure_ascii=False), quote=True)
    return (f'<div class="fsrs-donnees"><table><thead><tr>{entete}</tr></thead><tbody>{corps}</tbody>'
            f'</table><button type="button" class="fsrs-csv" name="{escape(nom, quote=True)}" '
            f'value="{brut}">Télécharger (CSV)</button></div>')


def _tableau_markdown(bloc: str) -> bool:
    lignes = bloc.strip().splitlines()
    return bool(lignes) and all(_TABLEAU_MD.match(ligne.strip()) for ligne in lignes)


def texte_et_tableau(reponse: dict[str, Any]) -> list[str]:
    """Les paragraphes de la réponse, échappés ; pour une réponse sur les registres, le tableau
    Markdown du moteur est remplacé par le tableau HTML (phrase, tableau, notes, articles)."""
    donnees = reponse.get("data") or {}
    if not donnees.get("rows") or not donnees.get("columns"):
        return [escape(reponse["answer"])]
    appels = reponse.get("tool_calls") or []
    tableau = tableau_donnees(donnees, reponse["affichage"], appels[-1]["name"] if appels else "donnees")
    parties: list[str] = []
    for bloc in reponse["answer"].split("\n\n"):
        if _tableau_markdown(bloc):
            if tableau not in parties:
                parties.append(tableau)
        else:
            parties.append(escape(bloc))
    if tableau not in parties:  # pas de tableau dans le texte : il suit la phrase qui répond
        parties.insert(1, tableau)
    return parties


def message_assistant(reponse: dict[str, Any], titres: dict[str, str] | None = None) -> str:
    """Le contenu complet d'une bulle : la réponse (et son tableau), puis fiches de calcul et sources."""
    parties = texte_et_tableau(reponse)
    for appel in reponse.get("tool_calls") or []:
        if appel.get("result") or appel.get("error"):  # une consultation des registres n'a pas de fiche
            parties.append(fiche_calcul(appel))
    parties.append(sources(reponse.get("citations") or [], titres))
    return "\n\n".join(p for p in parties if p)

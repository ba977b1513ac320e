"""Rapport de la revue de conformité (conformite.revue) : Markdown, ou page HTML autonome.

La page HTML n'appelle rien au dehors : style en ligne, graphique PNG (matplotlib, moteur Agg, sans
pyplot ni affichage) intégré en base64 ; tout texte venu des registres y est échappé. Montants et
dates à la québécoise (outils/argent.py, outils/dates.py) : « 25 000,00 $ », « 1er novembre 2026 ».
"""

from __future__ import annotations

import base64
import datetime
import html
import io
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from corpus.fonds.conformite import DOC, Constat
from outils.argent import format_montant, format_taux
from outils.dates import format_date

FORMATS = ("md", "html")
ETIQUETTES = {
    "annee": "Année",
    "soumettre_avant_le": "À soumettre avant le",
    "soumis_le": "Soumis le",
    "budget_etabli": "Budget établi",
    "mise_en_application": "Mise en application",
    "applique_le": "Appliqué le",
    "budget": "Budget",
    "contrat": "Contrat",
    "tiers": "Tiers",
    "etat": "État",
    "debut": "Début",
    "fin": "Fin",
    "clauses_manquantes": "Clauses manquantes (art. 7)",
    "emprunt": "Emprunt",
    "preteur": "Prêteur",
    "contracte_le": "Contracté le",
    "solde_des_autres_emprunts": "Solde des autres emprunts",
    "solde_apres": "Solde après l'emprunt",
    "depot": "Dépôt",
    "recu_le": "Reçu le",
    "depose_le": "Déposé le",
    "depose_par": "Déposé par",
    "cheque": "Chèque",
    "emis_le": "Émis le",
    "beneficiaire": "Bénéficiaire",
    "ecart": "Écart",
    "fait_le": "Fait le",
    "personne": "Personne",
    "activite": "Activité",
    "remuneration_annuelle": "Rémunération annuelle",
    "equivalent_fonction_publique": "Équivalent fonction publique",
    "entente": "Entente",
    "cout": "Coût",
    "pret": "Prêt",
    "accorde_le": "Accordé le",
    "liberation": "Libération",
    "rembourse": "Remboursé",
    "remis_par_le_directeur": "Remis au fonds par le directeur",
    "du": "Du",
    "au": "Au",
    "lignes": "Lignes de paie",
    "ecart_total": "Écart total",
    "piece": "Pièce",
    "le": "Date",
    "revenu_net_calcule": "Revenu net calculé",
    "revenu_net_consigne": "Revenu net consigné",
    "cotisation_consignee": "Cotisation consignée",
    "cotisation_attendue": "Cotisation attendue",
}
# Valeurs codées des registres, écrites en français.
VALEURS = {
    "etat": {"projete": "projeté", "signe": "signé"},
    "motif": {"securite": "sécurité", "ressources": "ressources", "competence": "compétence"},
    "objet": {"equipement": "équipement"},
}
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 70rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
.gravite { font-weight: bold; } .manquement { color: #a10000; } .verifier { color: #7a5200; }
.a-faire { background: #f6f8fa; border-left: 4px solid #5a7fa8; padding: .4rem .7rem; }
"""


def etiquette(cle: str) -> str:
    return ETIQUETTES.get(cle, cle.replace("_", " ").capitalize())


def valeur(cle: str, v: Any) -> str:
    """Une valeur de ligne en texte français : montant, taux, date, oui/non, tiret si absente."""
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "oui" if v else "non"
    if isinstance(v, Decimal):
        return format_taux(v) if cle == "taux" else format_montant(v)
    if isinstance(v, datetime.date):
        return format_date(v)
    return VALEURS.get(cle, {}).get(v, str(v))


def _titre(annee: int, fonds: list[str]) -> str:
    return f"Revue de conformité {annee} — fonds {', '.join(fonds) or '(aucun)'}"


def _par_article(constats: list[Constat]) -> list[tuple[str, int]]:
    compte = Counter(k.article_principal for k in constats)
    return sorted(compte.items(), key=lambda paire: int(paire[0].removeprefix("art. ")))


def _sous_titre(fonds_multiples: bool, k: Constat) -> str:
    return f"{k.regle} ({k.article}" + (f", fonds {k.fonds})" if fonds_multiples else ")")


def _cellule_md(texte: str) -> str:
    return texte.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def en_markdown(constats: list[Constat], *, annee: int, fonds: list[str], au: datetime.date) -> str:
    lignes = [
        f"# {_titre(annee, fonds)}",
        "",
        f"*{DOC} — revue au {format_date(au)} ; {len(constats)} constat(s).*",
        "",
        "## Sommaire par article",
        "",
    ]
    if not constats:
        lignes += ["Aucun constat : les registres ne montrent aucun manquement aux règles vérifiées.", ""]
        return "\n".join(lignes)
    lignes += ["| Article | Constats |", "| --- | ---: |"]
    lignes += [f"| {article} | {n} |" for article, n in _par_article(constats)]
    lignes += ["", "## Constats", ""]
    multiples = len(set(fonds)) > 1
    for rang, k in enumerate(constats, start=1):
        lignes += [
            f"### {rang}. {_cellule_md(_sous_titre(multiples, k))}",
            "",
            f"**Gravité :** {k.gravite}. **Texte :** {k.doc}, {k.article}.",
            "",
            f"**À faire :** {_cellule_md(k.a_faire)}",
            "",
        ]
        cles = list(dict.fromkeys(cle for ligne in k.lignes for cle in ligne))
        lignes.append("| " + " | ".join(_cellule_md(etiquette(c)) for c in cles) + " |")
        lignes.append("| " + " | ".join("---" for _ in cles) + " |")
        for ligne in k.lignes:
            lignes.append("| " + " | ".join(_cellule_md(valeur(c, ligne.get(c))) for c in cles) + " |")
        lignes.append("")
    return "\n".join(lignes)


def graphique_png(constats: list[Constat]) -> bytes:
    """Barres horizontales : le nombre de constats par article (moteur Agg, sans écran)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    paires = _par_article(constats)
    figure = Figure(figsize=(6.4, 0.5 * max(len(paires), 1) + 1.2), dpi=100)
    FigureCanvasAgg(figure)
    axe = figure.add_subplot()
    etiquettes = [a for a, _ in paires][::-1]
    nombres = [n for _, n in paires][::-1]
    barres = axe.barh(etiquettes, nombres, color="#5a7fa8")
    axe.bar_label(barres, padding=3)
    axe.set_xlabel("Nombre de constats")
    axe.set_title("Constats par article du règlement")
    axe.xaxis.get_major_locator().set_params(integer=True)
    axe.set_xlim(0, max(nombres, default=0) + 1)
    figure.tight_layout()
    tampon = io.BytesIO()
    figure.savefig(tampon, format="png", metadata={"Software": None})
    return tampon.getvalue()


def en_html(constats: list[Constat], *, annee: int, fonds: list[str], au: datetime.date) -> str:
    e = html.escape
    titre = _titre(annee, fonds)
    corps = [
        f"<h1>{e(titre)}</h1>",
        f"<p><em>{e(DOC)} — revue au {e(format_date(au))} ; {len(constats)} constat(s).</em></p>",
        "<h2>Sommaire par article</h2>",
    ]
    if not constats:
        corps.append(
            "<p>Aucun constat : les registres ne montrent aucun manquement aux règles vérifiées.</p>"
        )
    else:
        corps.append("<table><thead><tr><th>Article</th><th>Constats</th></tr></thead><tbody>")
        corps += [f"<tr><td>{e(a)}</td><td>{n}</td></tr>" for a, n in _par_article(constats)]
        corps.append("</tbody></table>")
        image = base64.b64encode(graphique_png(constats)).decode("ascii")
        alternatif = " ; ".join(f"{a} : {n}" for a, n in _par_article(constats))
        corps.append(
            f'<p><img src="data:image/png;base64,{image}" alt="Constats par article : {e(alternatif)}"></p>'
        )
        corps.append("<h2>Constats</h2>")
        multiples = len(set(fonds)) > 1
        for rang, k in enumerate(constats, start=1):
            classe = "manquement" if k.gravite == "manquement" else "verifier"
            corps += [
                f"<h3>{rang}. {e(_sous_titre(multiples, k))}</h3>",
                f'<p><span class="gravite {classe}">{e(k.gravite.capitalize())}</span>'
                f" — {e(k.doc)}, {e(k.article)}.</p>",
                f'<p class="a-faire"><strong>À faire :</strong> {e(k.a_faire)}</p>',
            ]
            cles = list(dict.fromkeys(cle for ligne in k.lignes for cle in ligne))
            corps.append("<table><thead><tr>" + "".join(f"<th>{e(etiquette(c))}</th>" for c in cles))
            corps.append("</tr></thead><tbody>")
            for ligne in k.lignes:
                corps.append(
                    "<tr>" + "".join(f"<td>{e(valeur(c, ligne.get(c)))}</td>" for c in cles) + "</tr>"
                )
            corps.append("</tbody></table>")
    return (
        '<!DOCTYPE html>\n<html lang="fr-CA">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{e(titre)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(corps)
        + "\n</body>\n</html>\n"
    )


def ecrire(
    constats: list[Constat], *, annee: int, fonds: list[str], au: datetime.date, dossier: Path, format: str
) -> Path:
    """Écrit le rapport dans `dossier` (créé au besoin) ; rend le chemin du fichier."""
    if format not in FORMATS:
        raise ValueError(f"format inconnu : « {format} » (formats : {', '.join(FORMATS)})")
    dossier.mkdir(parents=True, exist_ok=True)
    rendu = en_html if format == "html" else en_markdown
    chemin = dossier / f"conformite-{'-'.join(fonds) or 'aucun'}-{annee}.{format}"
    chemin.write_text(rendu(constats, annee=annee, fonds=fonds, au=au), encoding="utf-8")
    return chemin

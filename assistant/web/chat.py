"""La page de conversation (Gradio) : réponses en flux, sources sous chaque réponse, avis 👍/👎.

La conversation vit dans un `gr.State` (une liste de tours question/Reponse) : c'est lui qui
sert d'historique au moteur et qui relie un vote à la question, la réponse et ses citations.
Le composant Chatbot n'en est que l'affichage.

Connexion du personnel : le jeton collé dans « Se connecter » est vérifié, puis gardé dans un
`gr.State`, donc en mémoire du serveur pour cette page seulement (Gradio n'envoie jamais la valeur
d'un State au navigateur) ; le champ est vidé. Le navigateur ne le garde nulle part : ni
sessionStorage ni cookie qu'un script de la page pourrait lire, et les requêtes de Gradio (file
d'attente, flux) n'ont pas à porter d'en-tête `Authorization`. Le jeton est revérifié à chaque
question (un jeton révoqué cesse aussitôt de servir) et oublié à la déconnexion, à la fermeture de
la page ou après `DUREE_CONNEXION`. Sans jeton, l'identité vient des en-têtes de la requête
(mandataire de confiance) ou est anonyme : `identification` décide, comme pour l'API.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import Any

import gradio as gr
from gradio.components.textbox import InputHTMLAttributes

from assistant.config import Config
from assistant.reponse import Message
from assistant.web.avis import Avis
from assistant.web.entrees import nettoyer
from assistant.web.garde import Garde, Occupe
from assistant.web.identification import NonIdentifie, identifier, identifier_jeton, libelle
from assistant.web.rendu import message_assistant
from assistant.web.signature import Signataire
from corpus.fonds.identite import ANONYME, Identite

EXEMPLES_CONSEILLERS = [
    "Combien gagne une personne incarcérée pour 20 heures de travail en octobre 2026?",
    "Mon client a un problème de consommation : peut-il participer à l'atelier?",
    "Quels services d'emploi sont offerts en détention?",
]
EXEMPLES_CONSEIL = [
    "Avant quelle date le programme d'activités doit-il être soumis au ministre?",
    "Le fonds doit déjà 20 000 $ : peut-il emprunter 6 000 $ sans autorisation?",
    "Revenus de 200 000 $ et frais de 150 000 $ : quelle cotisation au Fonds central?",
]
ATTENTE = "Recherche dans les textes…"
DUREE_CONNEXION = 10 * 3600  # secondes : une journée de travail, puis il faut se reconnecter

Tours = list[dict[str, Any]]  # [{"question": str, "reponse": dict (Reponse JSON)}]


def _affichage(tours: Tours, titres: dict[str, str]) -> list[dict[str, str]]:
    messages: list[dict[str, str]] = []
    for tour in tours:
        messages.append({"role": "user", "content": escape(tour["question"])})
        messages.append({"role": "assistant", "content": message_assistant(tour["reponse"], titres)})
    return messages


def _historique(tours: Tours, maximum: int) -> list[Message]:
    """Les derniers messages de la conversation, au plus `maximum` (la borne de l'API)."""
    historique: list[Message] = []
    for tour in tours:
        historique.append(Message(role="user", content=tour["question"]))
        historique.append(Message(role="assistant", content=tour["reponse"]["answer"]))
    return historique[-maximum:] if maximum else []


def texte_affiche(evenements: Iterator[Any]) -> Iterator[tuple[str, Any]]:
    """Le texte à montrer après chaque événement : « jeton » ajoute, « remplacer » remplace.

    Rend (texte, None) pendant le flux, puis (texte final, Reponse) à l'événement « fin ».
    """
    texte = ""
    for ev in evenements:
        if ev.type == "jeton":
            texte += ev.texte
        elif ev.type == "remplacer":
            texte = ev.texte
        elif ev.type == "fin":
            yield (ev.reponse.answer if ev.reponse is not None else texte), ev.reponse
            return
        yield texte, None


def _etiquette(identite: Identite, mandataire: bool = False) -> str:
    if identite.anonyme:
        return ""
    source = " (intranet)" if mandataire else ""
    return f'<p class="fsrs-identite">Connecté : <strong>{escape(libelle(identite))}</strong>{source}</p>'


def construire_chat(moteur: Any, garde: Garde, avis: Avis, fraicheur: str, signataire: Signataire,
                    config: Config, suivi: Any = None) -> gr.Blocks:
    """Les Blocks de la page d'accueil ; montés sur FastAPI par `app.creer_app`."""
    titres = {d.doc_id: d.titre_court for d in moteur.index.documents}

    def identite_de(jeton: str | None, request: gr.Request | None) -> Identite:
        """Le jeton de la page d'abord, sinon les en-têtes de la requête (mandataire), sinon l'anonyme."""
        sessions = getattr(moteur, "sessions", None)
        if jeton:
            return identifier_jeton(jeton, sessions)
        entetes = dict(request.headers) if request is not None and request.headers is not None else {}
        return identifier(entetes, config, sessions)

    def repondre(question: str, tours: Tours, jeton: str | None,
                 request: gr.Request) -> Iterator[tuple[list[dict[str, str]], str, Tours]]:
        tours = list(tours or [])
        question = nettoyer(question or "")[:config.question_max]
        try:
            identite = identite_de(jeton, request)
        except NonIdentifie as e:
            raise gr.Error(str(e)) from None
        if suivi is not None:
            suivi.verifier()  # un index reconstruit entre deux questions
        avant = _affichage(tours, titres)
        en_cours = [*avant, {"role": "user", "content": escape(question)}]
        yield [*en_cours, {"role": "assistant", "content": ATTENTE}], "", tours
        try:
            with garde.place():
                historique = _historique(tours, config.historique_max)
                evenements = moteur.repondre_flux(question, historique, identite=identite)
                for texte, reponse in texte_affiche(evenements):
                    if reponse is not None:
                        tours.append({"question": question, "reponse": reponse.model_dump(mode="json"),
                                      "reponse_id": signataire.pour(reponse)})
                        yield _affichage(tours, titres), "", tours
                        return
                    yield [*en_cours, {"role": "assistant", "content": escape(texte)}], "", tours
        except Occupe as e:
            raise gr.Error(str(e)) from e

    def se_connecter(jeton_saisi: str) -> tuple[Any, ...]:
        """Vérifie le jeton collé ; gardé côté serveur (State), le champ est vidé dans tous les cas."""
        jeton = (jeton_saisi or "").strip()
        if not jeton:
            gr.Warning("Collez votre jeton pour vous connecter.")
            return gr.update(value=""), None, "", gr.update(visible=True), gr.update(visible=False)
        try:
            identite = identifier_jeton(jeton, getattr(moteur, "sessions", None))
        except NonIdentifie as e:
            gr.Warning(str(e))
            return gr.update(value=""), None, "", gr.update(visible=True), gr.update(visible=False)
        gr.Info(f"Connecté : {libelle(identite)}.")
        return (gr.update(value=""), jeton, _etiquette(identite), gr.update(visible=False),
                gr.update(visible=True))

    def se_deconnecter() -> tuple[Any, ...]:
        """Oublie le jeton, et la conversation avec lui : des lignes des registres y étaient peut-être."""
        gr.Info("Déconnecté : les questions sont de nouveau anonymes.")
        return None, "", gr.update(visible=True), gr.update(visible=False), [], "", []

    def au_chargement(request: gr.Request) -> tuple[Any, ...]:
        """Derrière le mandataire de confiance de l'intranet, l'utilisateur est déjà connu."""
        try:
            identite = identite_de(None, request)
        except NonIdentifie:
            identite = ANONYME  # dit à la première question, en clair
        if identite.anonyme:
            return "", gr.update(visible=True)
        return _etiquette(identite, mandataire=True), gr.update(visible=False)

    def voter(tours: Tours, partager: bool, donnees: gr.LikeData) -> None:
        indice = donnees.index[0] if isinstance(donnees.index, list | tuple) else donnees.index
        if donnees.liked not in (True, False) or not isinstance(indice, int):
            return  # vote retiré : rien à garder
        numero_tour = indice // 2
        if not 0 <= numero_tour < len(tours or []):
            return
        tour = tours[numero_tour]
        contenu = signataire.lire(tour.get("reponse_id") or "", config.avis_retention_jours * 24 * 60)
        if contenu is None:
            return
        avis.enregistrer(contenu, 1 if donnees.liked else -1, None,
                         tour["question"] if partager else None, canal="chat")
        gr.Info("Merci pour votre avis.")

    with gr.Blocks(title="Assistant FSRS", analytics_enabled=False) as demo:
        with gr.Row(equal_height=False):
            gr.HTML(
                '<header class="fsrs-entete"><h1>Assistant FSRS</h1>'
                "<p>Fonds de soutien à la réinsertion sociale des établissements de détention du Québec : "
                "services offerts aux personnes incarcérées, rémunération, obligations du conseil "
                "d'administration. Chaque réponse cite les articles sur lesquels elle s'appuie.</p></header>",
                scale=4)
            with gr.Column(scale=1, min_width=260, elem_classes=["fsrs-connexion"]):
                identite_html = gr.HTML("", elem_id="fsrs-identite")
                with gr.Accordion("Se connecter (personnel d'un fonds)", open=False,
                                  elem_id="fsrs-se-connecter") as boite:
                    jeton_saisi = gr.Textbox(
                        type="password", show_label=False, placeholder="Jeton d'accès aux registres",
                        elem_id="fsrs-jeton", max_length=200, container=False,
                        html_attributes=InputHTMLAttributes(autocomplete="off", spellcheck=False))
                    connecter = gr.Button("Se connecter", size="sm", elem_id="fsrs-connecter")
                deconnecter = gr.Button("Se déconnecter", size="sm", visible=False,
                                        elem_id="fsrs-deconnecter")
        etat = gr.State([])
        jeton = gr.State(None, time_to_live=DUREE_CONNEXION)  # côté serveur seulement
        exemples: list[tuple[gr.Button, str]] = []
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=420):
                chatbot = gr.Chatbot(
                    label="Conversation", height=600, elem_id="fsrs-conversation",
                    placeholder='<div class="fsrs-accueil"><strong>Posez votre question en français.'
                                "</strong><br>Par exemple : quels services sont offerts en détention, "
                                "combien rapporte une heure de travail, quelles sont les obligations du "
                                "conseil d'administration.</div>",
                    feedback_options=("Like", "Dislike"), buttons=["copy"])
                with gr.Row(equal_height=True):
                    question = gr.Textbox(placeholder="Écrivez votre question ici, puis appuyez sur Entrée…",
                                          show_label=False, scale=6, max_length=2000, lines=1,
                                          elem_id="fsrs-question", autofocus=True)
                    envoyer = gr.Button("Envoyer", variant="primary", scale=1, min_width=100,
                                        elem_id="fsrs-envoyer")
                    effacer = gr.Button("Nouvelle conversation", variant="secondary", scale=1,
                                        min_width=120)
            with gr.Column(scale=1, min_width=280, elem_classes=["fsrs-cote"]):
                for titre, liste in (("Conseillers et agents de probation", EXEMPLES_CONSEILLERS),
                                     ("Membres du conseil d'administration", EXEMPLES_CONSEIL)):
                    gr.HTML(f'<h2 class="fsrs-titre-exemples">{escape(titre)}</h2>')
                    for texte in liste:
                        exemples.append((gr.Button(texte, size="sm", variant="secondary",
                                                   elem_classes=["fsrs-exemple"]), texte))
                sources = "".join(f"<li>{escape(ligne)}</li>" for ligne in fraicheur.split(" ; "))
                gr.HTML(f'<div class="fsrs-note"><strong>Sources à jour :</strong><ul>{sources}</ul></div>'
                        '<p class="fsrs-note">L\'assistant donne de l\'information tirée des textes '
                        "cités, <strong>pas un avis juridique</strong> : vérifiez les articles cités "
                        "avant toute décision.</p><p class=\"fsrs-note\">N'écrivez pas le nom d'une "
                        "personne dans vos questions. Vos votes (réponse utile ou non) sont conservés "
                        f"{config.avis_retention_jours} jours, sans votre nom ni votre adresse, et "
                        "sans votre question sauf si vous cochez la case ci-dessous.</p>")
                partager = gr.Checkbox(False, label="Joindre ma question à mes votes",
                                       elem_id="fsrs-partager")

        options = {"fn": repondre, "inputs": [question, etat, jeton], "outputs": [chatbot, question, etat],
                   "concurrency_limit": garde.places, "concurrency_id": "moteur",
                   "show_progress_on": [chatbot]}
        gr.on([question.submit, envoyer.click], api_name="envoyer",
              api_description="Pose une question ; rend la conversation affichée.", **options)
        for bouton, texte in exemples:
            bouton.click(lambda t=texte: t, None, [question], queue=False,
                         api_visibility="private").then(api_visibility="private", **options)
        effacer.click(lambda: ([], "", []), None, [chatbot, question, etat], queue=False,
                      api_visibility="private")
        chatbot.like(voter, [etat, partager], None, queue=False, api_visibility="private")
        sortie_connexion = [jeton_saisi, jeton, identite_html, boite, deconnecter]
        # Dans la file de Gradio : hors file, gr.Info et gr.Warning ne s'affichent pas.
        discret = {"api_visibility": "private", "show_progress": "hidden"}
        gr.on([connecter.click, jeton_saisi.submit], se_connecter, [jeton_saisi], sortie_connexion, **discret)
        deconnecter.click(se_deconnecter, None, [jeton, identite_html, boite, deconnecter, chatbot, question,
                                                 etat], **discret)
        demo.load(au_chargement, None, [identite_html, boite], queue=False, **discret)
    return demo


CSS = """
.fsrs-entete h1 { margin: 0 0 .25rem 0; font-size: 1.7rem; }
.fsrs-entete p { margin: 0; }
.fsrs-accueil { padding: 1rem 2rem; text-align: center; }
.fsrs-note { font-size: .88rem; margin: .5rem 0 0 0; }
.fsrs-note ul { margin: .2rem 0 0 1rem; padding: 0; }
.fsrs-titre-exemples { font-size: 1rem; margin: .5rem 0 .1rem 0; }
.fsrs-exemple { text-align: left !important; justify-content: flex-start !important;
  white-space: normal !important; height: auto !important; font-weight: 400 !important; }
.fsrs-sources { margin-top: .6rem; font-size: .92em; }
.fsrs-sources ol { margin: .25rem 0 0 1.2rem; padding: 0; }
.fsrs-sources blockquote { margin: .25rem 0 .5rem 0; padding: .25rem .6rem;
  border-left: 3px solid var(--color-accent); background: var(--background-fill-secondary);
  font-style: italic; }
.fsrs-fiche { margin-top: .6rem; padding: .5rem .75rem; border: 1px solid var(--border-color-primary);
  border-radius: 8px; background: var(--background-fill-secondary); font-size: .92em; }
.fsrs-fiche-titre { font-weight: 600; margin-bottom: .3rem; }
.fsrs-fiche table { border-collapse: collapse; margin: .3rem 0; width: 100%; }
.fsrs-fiche caption { text-align: left; font-weight: 600; }
.fsrs-fiche th, .fsrs-fiche td { border: 1px solid var(--border-color-primary); padding: .2rem .4rem;
  text-align: left; vertical-align: top; }
.fsrs-fiche td:last-child { white-space: nowrap; }
.fsrs-entrees { display: inline-table; width: auto !important; }
.fsrs-entrees th { font-weight: 500; padding-right: 1rem; }
.fsrs-connexion { font-size: .9rem; max-width: 22rem; margin-left: auto; }
#fsrs-deconnecter { align-self: flex-end; width: auto; max-width: 12rem; }
.fsrs-identite { margin: .2rem 0; font-size: .9rem; color: var(--body-text-color-subdued); }
.fsrs-donnees { margin: .5rem 0; overflow-x: auto; }
.fsrs-donnees table { border-collapse: collapse; margin: 0 0 .3rem 0; }
.fsrs-donnees th, .fsrs-donnees td { border: 1px solid var(--border-color-primary); padding: .2rem .5rem;
  text-align: left; vertical-align: top; overflow-wrap: normal; word-break: normal; }
.fsrs-donnees th { background: var(--background-fill-secondary); font-weight: 600; }
.fsrs-donnees td { white-space: nowrap; }
.fsrs-donnees td.fsrs-nombre { text-align: right; }
.fsrs-donnees td.fsrs-long { white-space: normal; min-width: 14rem; }
.fsrs-csv { background: none; border: 0; padding: 0; color: var(--link-text-color, #1f4e8c);
  text-decoration: underline; cursor: pointer; font: inherit; font-weight: 600; }
"""

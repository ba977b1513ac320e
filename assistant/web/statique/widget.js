/*
 * Widget de l'Assistant FSRS, à coller dans une page de l'intranet :
 *   <script src="http://127.0.0.1:7860/widget.js" defer></script>
 * Ajoute un bouton flottant qui ouvre une petite fenêtre de conversation (un iframe de /widget,
 * servi par le même serveur). Le serveur n'accepte d'être encadré que par les origines
 * autorisées (ASSISTANT_FSRS_ORIGINES_AUTORISEES) : ailleurs, la fenêtre reste vide.
 * Aucun CDN, aucune dépendance ; le style est isolé de la page hôte (Shadow DOM).
 */
(function () {
  "use strict";
  if (window.__assistantFsrs) { return; }
  window.__assistantFsrs = true;
  var script = document.currentScript;
  var base = new URL(script && script.src ? script.src : "/widget.js", window.location.href).origin;

  var STYLE = [
    ":host { all: initial; }",
    ".bouton { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex;",
    "  align-items: center; gap: 8px; padding: 12px 18px; border: 0; border-radius: 999px;",
    "  background: #1f4e8c; color: #fff; font: 600 15px system-ui, sans-serif; cursor: pointer;",
    "  box-shadow: 0 4px 14px rgba(0,0,0,.25); }",
    ".bouton:hover, .bouton:focus-visible { background: #163a69; outline: 3px solid #9cc3f5; }",
    ".panneau { position: fixed; right: 20px; bottom: 80px; z-index: 2147483000; width: 400px;",
    "  max-width: calc(100vw - 40px); height: 600px; max-height: calc(100vh - 110px); display: flex;",
    "  flex-direction: column; background: #fff; border-radius: 12px; overflow: hidden;",
    "  box-shadow: 0 8px 30px rgba(0,0,0,.3); font: 14px system-ui, sans-serif; }",
    ".panneau[hidden] { display: none; }",
    ".barre { display: flex; justify-content: space-between; align-items: center; padding: 8px 12px;",
    "  background: #1f4e8c; color: #fff; font-weight: 600; }",
    ".fermer { border: 0; background: transparent; color: #fff; font-size: 22px; line-height: 1;",
    "  cursor: pointer; }",
    "iframe { flex: 1; width: 100%; border: 0; }",
    ".refus { padding: 16px; color: #7a1c12; line-height: 1.45; }"
  ].join("\n");

  function installer() {
    var hote = document.createElement("div");
    hote.id = "assistant-fsrs-widget";
    var ombre = hote.attachShadow({ mode: "open" });
    ombre.innerHTML =
      "<style>" + STYLE + "</style>" +
      '<button class="bouton" type="button" aria-expanded="false" aria-controls="panneau">' +
      '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/></svg><span>Assistant FSRS</span></button>' +
      '<div class="panneau" id="panneau" role="dialog" aria-label="Assistant FSRS" hidden>' +
      '<div class="barre"><span>Assistant FSRS</span>' +
      '<button class="fermer" type="button" aria-label="Fermer">×</button></div></div>';
    var bouton = ombre.querySelector(".bouton");
    var panneau = ombre.querySelector(".panneau");
    var cadre = null;

    // Sonde CORS : si ce site n'est pas dans les origines autorisées, on le dit en clair
    // plutôt que de laisser le navigateur afficher un cadre vide.
    function ouvrirCadre() {
      cadre = document.createElement("div");
      panneau.appendChild(cadre);
      fetch(base + "/api/health", { mode: "cors" }).then(function (r) {
        if (!r.ok) { throw new Error(String(r.status)); }
        var iframe = document.createElement("iframe");
        iframe.title = "Assistant FSRS";
        iframe.src = base + "/widget";
        panneau.replaceChild(iframe, cadre);
        cadre = iframe;
      }).catch(function () {
        cadre.className = "refus";
        cadre.textContent = "Ce site n'est pas autorisé à intégrer l'Assistant FSRS, ou le service ne " +
          "répond pas. L'administrateur peut ajouter cette origine (" + window.location.origin +
          ") à ASSISTANT_FSRS_ORIGINES_AUTORISEES.";
      });
    }

    function basculer(ouvrir) {
      if (ouvrir && !cadre) { ouvrirCadre(); }
      panneau.hidden = !ouvrir;
      bouton.setAttribute("aria-expanded", String(ouvrir));
      if (ouvrir && cadre) { cadre.focus(); }
    }
    bouton.addEventListener("click", function () { basculer(panneau.hidden); });
    ombre.querySelector(".fermer").addEventListener("click", function () { basculer(false); });
    document.body.appendChild(hote);
  }

  if (document.body) { installer(); } else { document.addEventListener("DOMContentLoaded", installer); }
})();

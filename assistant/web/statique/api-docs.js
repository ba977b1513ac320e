/* Affiche /api/openapi.json : routes, descriptions, schémas (sans Swagger UI, qui viendrait d'un CDN). */
(function () {
  "use strict";
  function el(nom, texte) { var e = document.createElement(nom); if (texte) { e.textContent = texte; } return e; }
  fetch("/api/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    var conteneur = document.getElementById("routes");
    conteneur.textContent = "";
    conteneur.appendChild(el("p", spec.info.description || ""));
    Object.keys(spec.paths).forEach(function (chemin) {
      Object.keys(spec.paths[chemin]).forEach(function (verbe) {
        var op = spec.paths[chemin][verbe];
        var bloc = el("section"); bloc.className = "route";
        var titre = el("h2"); var v = el("span", verbe.toUpperCase()); v.className = "verbe";
        titre.appendChild(v); titre.appendChild(document.createTextNode(chemin + " — " + (op.summary || "")));
        bloc.appendChild(titre);
        if (op.description) { bloc.appendChild(el("pre", op.description)); }
        if (op.requestBody) { bloc.appendChild(el("h3", "Corps")); bloc.appendChild(el("pre", JSON.stringify(op.requestBody.content, null, 2))); }
        bloc.appendChild(el("h3", "Réponses"));
        bloc.appendChild(el("pre", JSON.stringify(op.responses, null, 2)));
        conteneur.appendChild(bloc);
      });
    });
    conteneur.appendChild(el("h2", "Schémas"));
    conteneur.appendChild(el("pre", JSON.stringify((spec.components || {}).schemas || {}, null, 2)));
  }).catch(function (e) { document.getElementById("routes").textContent = "Erreur : " + e.message; });
})();

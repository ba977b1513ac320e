/*
 * Page du widget (/widget) : parle au moteur par /api/ask/stream (même origine que la page).
 * Le texte est inséré avec textContent : aucune réponse ne peut injecter de HTML.
 * Le widget est toujours anonyme : il ne lit ni n'envoie de jeton, et marque ses requêtes
 * (X-Assistant-Fsrs-Canal: widget) pour que le serveur n'y croie aucun en-tête d'identité.
 * Il voit les textes et les nombres d'ensemble du programme ; une réponse en tableau (`data`)
 * est montrée avec ses cellules écrites par le serveur (`affichage`) et un lien CSV.
 */
(function () {
  "use strict";
  var fil = document.getElementById("fil");
  var formulaire = document.getElementById("formulaire");
  var champ = document.getElementById("question");
  var envoyer = document.getElementById("envoyer");
  var historique = [];
  var POUCE = '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" ' +
    'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">' +
    '<path d="M7 10v12"/><path d="M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4' +
    'a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z"/></svg>';

  function element(nom, classe, texte) {
    var e = document.createElement(nom);
    if (classe) { e.className = classe; }
    if (texte !== undefined) { e.textContent = texte; }
    return e;
  }

  function defiler() { fil.scrollTop = fil.scrollHeight; }

  function afficherSources(bulle, citations) {
    if (!citations || !citations.length) { return; }
    var bloc = element("div", "sources");
    bloc.appendChild(element("strong", "", "Sources"));
    var liste = element("ol");
    citations.forEach(function (c) {
      var item = element("li");
      var lien = element("a", "", c.locator);
      lien.href = c.url;
      lien.target = "_blank";
      lien.rel = "noopener";
      item.appendChild(lien);
      item.appendChild(element("blockquote", "", c.excerpt));
      liste.appendChild(item);
    });
    bloc.appendChild(liste);
    bulle.appendChild(bloc);
  }

  function afficherCalculs(bulle, appels) {
    (appels || []).forEach(function (appel) {
      var r = appel.result;
      if (!r || !r.etapes || !r.etapes.length) { return; }
      var fiche = element("details", "fiche");
      fiche.appendChild(element("summary", "", "Détail du calcul"));
      var table = element("table");
      r.etapes.forEach(function (e) {
        var ligne = element("tr");
        ligne.appendChild(element("td", "", e.libelle));
        ligne.appendChild(element("td", "", e.calcul + " = " + e.resultat));
        table.appendChild(ligne);
      });
      fiche.appendChild(table);
      if (r.articles && r.articles.length) {
        fiche.appendChild(element("div", "", "Articles appliqués : " +
          r.articles.map(function (a) { return a.locator; }).join(" ; ")));
      }
      bulle.appendChild(fiche);
    });
  }

  function estTableauMarkdown(bloc) {
    var lignes = bloc.trim().split("\n");
    return lignes.every(function (l) { l = l.trim(); return l.charAt(0) === "|" && l.slice(-1) === "|"; });
  }

  // Réponse sur les registres : la phrase, le tableau (à la place du tableau Markdown du texte),
  // puis les notes et les articles appliqués ; enfin le lien « Télécharger (CSV) ».
  function afficherTableau(bulle, texte, d) {
    var vues = d.affichage || {};
    if (!d.data || !d.data.rows || !d.data.rows.length || !vues.rows) { return false; }
    var blocs = d.answer.split("\n\n");
    var position = blocs.findIndex(estTableauMarkdown);
    var avant = position < 0 ? blocs.slice(0, 1) : blocs.slice(0, position);
    var apres = (position < 0 ? blocs.slice(1) : blocs.slice(position + 1))
      .filter(function (b) { return !estTableauMarkdown(b); });
    texte.textContent = avant.join("\n\n");
    var bloc = element("div", "donnees");
    var table = element("table");
    var tete = element("thead");
    var ligneTete = element("tr");
    vues.columns.forEach(function (c) {
      var th = element("th", "", c);
      th.scope = "col";
      ligneTete.appendChild(th);
    });
    tete.appendChild(ligneTete);
    table.appendChild(tete);
    var corps = element("tbody");
    vues.rows.forEach(function (ligne, i) {
      var tr = element("tr");
      ligne.forEach(function (valeur, j) {
        var brute = d.data.rows[i][j];
        // Un nombre ou un montant à droite ; un texte court (pseudonyme, date) sur une ligne : le
        // widget est étroit, un texte plus long passe à la ligne.
        var nombre = typeof brute === "number" || /^-?\d+\.\d+$/.test(String(brute));
        tr.appendChild(element("td", nombre ? "nombre" : (valeur.length > 16 ? "long" : ""), valeur));
      });
      corps.appendChild(tr);
    });
    table.appendChild(corps);
    bloc.appendChild(table);
    var nom = d.tool_calls && d.tool_calls.length ? d.tool_calls[d.tool_calls.length - 1].name : "donnees";
    var lien = element("a", "csv", "Télécharger (CSV)");
    lien.href = window.FsrsDonnees.urlCsv(d.data);
    lien.download = window.FsrsDonnees.nomFichier(nom);
    bloc.appendChild(lien);
    bulle.appendChild(bloc);
    if (apres.length) { bulle.appendChild(element("div", "texte suite", apres.join("\n\n"))); }
    return true;
  }

  // Le widget ne connecte personne : le personnel d'un fonds se connecte sur la page de l'assistant.
  function afficherConnexion(bulle) {
    var note = element("p", "note-acces", "Le widget répond sur les textes et les nombres d'ensemble. " +
      "Pour les registres de votre fonds, connectez-vous sur ");
    var lien = element("a", "", "la page de l'assistant");
    lien.href = "/";
    lien.target = "_blank";
    lien.rel = "noopener";
    note.appendChild(lien);
    note.appendChild(document.createTextNode("."));
    bulle.appendChild(note);
  }

  function afficherVotes(bulle, question, reponse) {
    if (reponse.error || !reponse.reponse_id) { return; }
    var votes = element("div", "votes");
    [[1, POUCE, "Réponse utile"], [-1, POUCE, "Réponse pas utile"]].forEach(function (v) {
      var b = element("button", v[0] < 0 ? "bas" : "");
      b.innerHTML = v[1];  // icône fixe, jamais du texte reçu
      b.type = "button";
      b.title = v[2];
      b.setAttribute("aria-label", v[2]);
      b.addEventListener("click", function () {
        votes.querySelectorAll("button").forEach(function (x) { x.disabled = true; });
        fetch("/api/avis", {
          method: "POST", headers: { "Content-Type": "application/json" },
          // Le numéro signé de la réponse suffit : ni la question ni la réponse ne sont renvoyées.
          body: JSON.stringify({ reponse_id: reponse.reponse_id, vote: v[0] })
        }).then(function (r) {
          votes.appendChild(element("span", "", r.ok ? "Merci!" : "Avis non reçu."));
        });
      });
      votes.appendChild(b);
    });
    bulle.appendChild(votes);
  }

  // Lit un flux SSE (« event: … / data: … ») reçu par fetch, événement par événement.
  async function lireFlux(reponseHttp, surEvenement) {
    var lecteur = reponseHttp.body.getReader();
    var decodeur = new TextDecoder();
    var tampon = "";
    for (;;) {
      var morceau = await lecteur.read();
      if (morceau.done) { break; }
      tampon += decodeur.decode(morceau.value, { stream: true });
      var fin;
      while ((fin = tampon.indexOf("\n\n")) >= 0) {
        var bloc = tampon.slice(0, fin);
        tampon = tampon.slice(fin + 2);
        var type = "message", donnees = "";
        bloc.split("\n").forEach(function (ligne) {
          if (ligne.indexOf("event: ") === 0) { type = ligne.slice(7); }
          else if (ligne.indexOf("data: ") === 0) { donnees += ligne.slice(6); }
        });
        surEvenement(type, donnees ? JSON.parse(donnees) : {});
      }
    }
  }

  async function poser(question) {
    var exemples = fil.querySelector(".exemples");
    if (exemples) { exemples.remove(); }
    fil.appendChild(element("div", "message utilisateur", question));
    var bulle = element("div", "message assistant");
    var texte = element("div", "texte", "Recherche dans les textes…");
    bulle.appendChild(texte);
    fil.appendChild(bulle);
    defiler();
    envoyer.disabled = true;
    var montre = "";
    try {
      var http = await fetch("/api/ask/stream", {
        method: "POST", headers: { "Content-Type": "application/json", "X-Assistant-Fsrs-Canal": "widget" },
        // Le serveur borne l'historique (20 messages de 2 000 caractères par défaut) : on envoie la fin.
        body: JSON.stringify({ question: question, history: historique.slice(-20).map(function (m) {
          return { role: m.role, content: m.content.slice(0, 2000) };
        }) })
      });
      if (!http.ok) {
        var corps = await http.json().catch(function () { return {}; });
        throw new Error(corps.error || ("Erreur " + http.status));
      }
      await lireFlux(http, function (type, d) {
        if (type === "jeton") { montre += d.texte; texte.textContent = montre; }
        else if (type === "remplacer") { montre = d.texte; texte.textContent = montre; }
        else if (type === "erreur") { throw new Error(d.error); }
        else if (type === "fin") {
          if (!afficherTableau(bulle, texte, d)) { texte.textContent = d.answer; }
          if (d.error) { bulle.classList.add("erreur"); }
          if (d.route === "acces_refuse") { afficherConnexion(bulle); }
          afficherCalculs(bulle, d.tool_calls);
          afficherSources(bulle, d.citations);
          afficherVotes(bulle, question, d);
          if (!d.error) {
            historique.push({ role: "user", content: question });
            historique.push({ role: "assistant", content: d.answer });
          }
        }
        defiler();
      });
    } catch (e) {
      bulle.classList.add("erreur");
      texte.textContent = "Le service ne répond pas : " + e.message;
    } finally {
      envoyer.disabled = false;
      champ.focus();
      defiler();
    }
  }

  formulaire.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var question = champ.value.trim();
    if (!question || envoyer.disabled) { return; }
    champ.value = "";
    poser(question);
  });
  champ.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); formulaire.requestSubmit(); }
  });
  fil.querySelectorAll(".exemple").forEach(function (b) {
    b.addEventListener("click", function () { poser(b.textContent); });
  });
  // Désactivés dans le HTML jusqu'ici : une question tapée avant que le script soit prêt se perdrait.
  [champ, envoyer].concat(Array.prototype.slice.call(fil.querySelectorAll(".exemple")))
    .forEach(function (el) { el.disabled = false; });
})();

/*
 * Lignes des registres en CSV pour un tableur québécois (Excel fr-CA) : séparateur « ; », BOM UTF-8,
 * virgule décimale, dates ISO, oui/non, case vide pour une cellule supprimée ; la première ligne
 * reprend les colonnes. Le fichier est écrit dans le navigateur, à partir du champ `data` de la
 * réponse (mêmes valeurs exactes) : rien n'est demandé au serveur, rien n'y est gardé.
 * Servi à la page du widget et à la page de conversation (Gradio), qui l'ont en commun.
 */
(function () {
  "use strict";
  var DECIMAL = /^-?\d+\.\d+$/;
  var FORMULE = /^[=+\-@\t\r]/;

  function cellule(valeur) {
    if (valeur === null || valeur === undefined) { return ""; }
    if (valeur === true) { return "oui"; }
    if (valeur === false) { return "non"; }
    if (typeof valeur === "number") { return String(valeur).replace(".", ","); }
    var texte = String(valeur);
    if (DECIMAL.test(texte)) { return texte.replace(".", ","); }
    // Un texte qui commence par « = », « + », « - » ou « @ » serait pris pour une formule.
    return FORMULE.test(texte) ? "'" + texte : texte;
  }

  function champ(texte) {
    return /[";\r\n]/.test(texte) ? '"' + texte.replace(/"/g, '""') + '"' : texte;
  }

  function texteCsv(donnees) {
    var lignes = [(donnees.columns || []).map(String)].concat(
      (donnees.rows || []).map(function (ligne) { return ligne.map(cellule); }));
    return "\ufeff" + lignes.map(function (l) { return l.map(champ).join(";"); }).join("\r\n") + "\r\n";
  }

  function urlCsv(donnees) {
    return "data:text/csv;charset=utf-8," + encodeURIComponent(texteCsv(donnees));
  }

  function nomFichier(nom) {
    return "fsrs-" + String(nom || "donnees").toLowerCase().replace(/[^a-z0-9_-]+/g, "-") + ".csv";
  }

  window.FsrsDonnees = { texteCsv: texteCsv, urlCsv: urlCsv, nomFichier: nomFichier };

  // Page de conversation : le nettoyeur HTML de Gradio retire les liens data:, alors le bouton
  // « Télécharger (CSV) » porte les lignes brutes (JSON) dans son attribut value.
  document.addEventListener("click", function (ev) {
    var bouton = ev.target && ev.target.closest ? ev.target.closest("button.fsrs-csv") : null;
    if (!bouton) { return; }
    ev.preventDefault();
    var donnees;
    try { donnees = JSON.parse(bouton.value); } catch (e) { return; }
    var lien = document.createElement("a");
    lien.href = urlCsv(donnees);
    lien.download = nomFichier(bouton.name);
    lien.style.display = "none";
    document.body.appendChild(lien);
    lien.click();
    lien.remove();
  });
})();

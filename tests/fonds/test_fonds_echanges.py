"""Import et export CSV : formats québécois, tout ou rien, idempotence, essai, aller-retour."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from corpus.fonds import modeles as m, tableur as t
from corpus.fonds.echanges import TABLES, ErreurImport, exporter, importer

AUJOURD_HUI = datetime.date(2026, 11, 23)


@pytest.mark.unit
@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("1 234,56", "1234.56"),
        ("1\u00a0234,56", "1234.56"),
        ("1\u202f234,56 $", "1234.56"),
        ("12,5", "12.5"),
        ("7.25", "7.25"),
        ("0", "0"),
        ("10 %", "10"),
    ],
)
def test_lire_decimal_quebecois(texte: str, attendu: str) -> None:
    assert t.lire_decimal(texte) == Decimal(attendu)


@pytest.mark.unit
@pytest.mark.parametrize("texte", ["1,234,56", "12.5.3", "douze", "12$a", "1,234", "", "--3"])
def test_lire_decimal_refuse(texte: str) -> None:
    with pytest.raises(t.CelluleInvalide):
        t.lire_decimal(texte)


@pytest.mark.unit
def test_lire_date_deux_formats_et_plage() -> None:
    assert t.lire_date("2026-05-01") == t.lire_date("01/05/2026") == datetime.date(2026, 5, 1)
    for mauvaise in ("2026-02-30", "31/02/2026", "1999-12-31", "demain", "2026/05/01"):
        with pytest.raises(t.CelluleInvalide):
            t.lire_date(mauvaise)


@pytest.mark.unit
def test_ecrire_puis_lire_redonne_la_valeur() -> None:
    for valeur in (Decimal("1234.56"), Decimal("0.05"), datetime.date(2026, 1, 31)):
        lue = (
            t.lire_decimal(t.ecrire(valeur)) if isinstance(valeur, Decimal) else t.lire_date(t.ecrire(valeur))
        )
        assert lue == valeur
    assert t.lire_booleen(t.ecrire(True)) is True and t.lire_booleen(t.ecrire(False)) is False


def _comptes(moteur: Engine) -> dict[str, int]:
    with Session(moteur) as session:
        return {
            nom: session.scalar(select(func.count()).select_from(table))
            for nom, table in m.Base.metadata.tables.items()
            if nom != "journal_acces"
        }


def _ecrire(dossier: Path, nom: str, texte: str, encodage: str = "utf-8") -> Path:
    chemin = dossier / nom
    chemin.write_bytes(texte.encode(encodage))
    return chemin


@pytest.mark.integration
def test_aller_retour_de_chaque_table(base_neuve: Engine, tmp_path: Path) -> None:
    """Exporter, vider la table, réimporter, réexporter : le même fichier, octet pour octet."""
    for table in ("heures", "ligne_paie", "cheque", "depot", "remboursement", "cotisation_fc"):
        texte = exporter(base_neuve, table, "LAH")
        assert texte.count("\n") > 1, table
        with Session(base_neuve) as session, session.begin():
            fonds = session.scalar(select(m.Fonds.id).where(m.Fonds.code == "LAH"))
            if table == "cheque":
                session.execute(
                    m.SignatureCheque.__table__.delete().where(m.SignatureCheque.fonds_id == fonds)
                )
            modele = TABLES[table].modele
            session.execute(modele.__table__.delete().where(modele.fonds_id == fonds))
        bilan = importer(
            base_neuve, _ecrire(tmp_path, f"{table}.csv", texte), table, "LAH", aujourd_hui=AUJOURD_HUI
        )
        assert bilan.ajoutees == texte.count("\n") - 1 and bilan.modifiees == 0
        assert exporter(base_neuve, table, "LAH") == texte


@pytest.mark.integration
def test_reimporter_ne_change_rien_et_l_essai_n_ecrit_rien(base_neuve: Engine, tmp_path: Path) -> None:
    texte = exporter(base_neuve, "ligne_paie", "VDP")
    chemin = _ecrire(tmp_path, "paie.csv", texte)
    avant = _comptes(base_neuve)
    bilan = importer(base_neuve, chemin, "ligne_paie", "VDP", aujourd_hui=AUJOURD_HUI)
    assert (bilan.ajoutees, bilan.modifiees, bilan.inchangees) == (0, 0, texte.count("\n") - 1)
    # Un fichier au séparateur « , » sans BOM, une heure modifiée et une ligne neuve, en essai.
    lignes = exporter(base_neuve, "heures", "VDP").removeprefix("\ufeff").splitlines()
    entete, premiere = lignes[0], lignes[1].split(";")
    premiere[4] = "1,5"
    neuve = [premiere[0], "BUA", "2020-01-06", "2020-01-19", "2,5", "fonds", "0"]
    contenu = (
        "\n".join(",".join(f'"{v}"' for v in rang) for rang in (entete.split(";"), premiere, neuve)) + "\n"
    )
    chemin = _ecrire(tmp_path, "heures.csv", contenu)
    essai = importer(base_neuve, chemin, "heures", "VDP", essai=True, aujourd_hui=AUJOURD_HUI)
    assert (essai.ajoutees, essai.modifiees, essai.inchangees) == (1, 1, 0) and essai.apercu
    assert _comptes(base_neuve) == avant
    reel = importer(base_neuve, chemin, "heures", "VDP", aujourd_hui=AUJOURD_HUI)
    assert (reel.ajoutees, reel.modifiees) == (1, 1)
    assert importer(base_neuve, chemin, "heures", "VDP", aujourd_hui=AUJOURD_HUI).inchangees == 2


ENTETE = "pseudonyme;activite;du;au;heures;source;prime"
# (raison attendue dans le message, colonne, ligne) ; une ligne fautive par genre d'erreur.
MAUVAISES = [
    ("nombre illisible", "heures", "{p};MEN;2026-06-01;2026-06-14;12.5.3;fonds;0"),
    ("pseudonyme inconnu", "pseudonyme", "P-VDP-9999;MEN;2026-06-01;2026-06-14;10;fonds;0"),
    ("valeur négative", "heures", "{p};MEN;2026-06-15;2026-06-28;-4;fonds;0"),
    ("date hors plage", "du", "{p};MEN;1999-06-01;1999-06-14;10;fonds;0"),
    ("date invalide", "au", "{p};MEN;2026-02-16;2026-02-30;10;fonds;0"),
    ("code inconnu", "activite", "{p};SOUDURE;2026-06-01;2026-06-14;10;fonds;0"),
    ("valeur obligatoire manquante", "source", "{p};CUI;2026-06-01;2026-06-14;10;;0"),
    ("nombre illisible", "prime", "{p};CUI;2026-06-15;2026-06-28;10;fonds;12$a"),
    ("valeurs pour 7 colonnes", "8", "{p};BUA;2026-06-01;2026-06-14;10;fonds;0;surplus"),
    ("valeurs pour 7 colonnes", "6", "{p};BUA;2026-06-15;2026-06-28;10"),
    ("appartient à un autre fonds", "pseudonyme", "P-MTB-0001;MEN;2026-06-01;2026-06-14;10;fonds;0"),
    ("date future", "au", "{p};LOI;2026-11-16;2026-11-29;10;fonds;0"),
    ("la fin précède le début", "au", "{p};SCO;2026-06-14;2026-06-01;10;fonds;0"),
    ("valeur inconnue", "source", "{p};SCO;2026-06-15;2026-06-28;10;voisin;0"),
    ("changement du salaire minimum", "au", "{p};EMB;2026-04-27;2026-05-10;10;fonds;0"),
    ("plus d'heures que de jours", "heures", "{p};EMB;2026-06-01;2026-06-01;30;fonds;0"),
    ("au plus 2 décimales", "heures", "{p};LOI;2026-06-01;2026-06-14;7,125;fonds;0"),
    ("ligne en double", "pseudonyme", "{p};MEN;2026-07-06;2026-07-19;10;fonds;0"),
]


@pytest.mark.integration
def test_chaque_ligne_fautive_a_son_message_et_rien_n_est_ecrit(base_neuve: Engine, tmp_path: Path) -> None:
    with Session(base_neuve) as session:
        personne = session.scalar(
            select(m.Participant.pseudonyme)
            .where(m.Participant.pseudonyme.like("P-VDP-%"))
            .order_by(m.Participant.id)
        )
    bonnes = [
        f"{personne};MEN;2026-07-06;2026-07-19;10;fonds;0",
        f"{personne};BUA;2026-07-06;2026-07-19;12,5;fonds;1\u00a0000,00",
    ]
    rangs = bonnes + [ligne.format(p=personne) for _, _, ligne in MAUVAISES]
    chemin = _ecrire(tmp_path, "heures-fautives.csv", "\ufeff" + "\n".join([ENTETE, *rangs]) + "\n")
    avant = _comptes(base_neuve)
    with pytest.raises(ErreurImport) as erreur:
        importer(base_neuve, chemin, "heures", "VDP", aujourd_hui=AUJOURD_HUI)
    messages = erreur.value.messages
    assert len(messages) == len(MAUVAISES) >= 15
    for numero, ((raison, colonne, _), message) in enumerate(zip(MAUVAISES, messages, strict=True), start=4):
        assert message.startswith(f"heures-fautives.csv, ligne {numero}, colonne "), message
        assert raison in message and (f"« {colonne} »" in message or f"colonne {colonne} " in message), (
            message
        )
    assert _comptes(base_neuve) == avant


@pytest.mark.integration
@pytest.mark.parametrize(
    ("table", "contenu", "encodage", "attendu"),
    [
        (
            "heures",
            "pseudonyme;activite;du;au;source;prime\n",
            "utf-8",
            r"ligne 1 : colonne absente « heures »",
        ),
        ("heures", ENTETE + ";couleur\n", "utf-8", r"colonne inconnue « couleur »"),
        (
            "heures",
            ENTETE + "\nP-VDP-0001;MEN;2026-06-01;2026-06-14;10;fonds;0 é\n",
            "latin-1",
            r"ligne 2 : le fichier n'est pas en UTF-8",
        ),
        (
            "cotisation_fc",
            "annee;revenu_net_exploitation;taux;montant;payee_le\n2024;1 000,00;30;300,00;\n",
            "utf-8",
            r"ligne 2, colonne « taux » : taux hors des limites de l'art. 17",
        ),
        (
            "cheque",
            "numero;emis_le;beneficiaire;montant;objet;signataire_1;signataire_2\n"
            "9001;2026-01-05;Fournisseur fictif;12,00;;S-VDP-1;S-INCONNU\n",
            "utf-8",
            r"ligne 2, colonne « signataire_2 » : code inconnu",
        ),
        (
            "ligne_paie",
            "pseudonyme;du;au;versee_le;heures;brute;retenues_legales;nature_retenue;prelevement;"
            "verse_directeur;allocation;epargne\nP-VDP-0001;2020-01-06;2020-01-19;2020-01-24;10;100,00;0;;"
            "10,00;80,00;40,00;40,00\n",
            "utf-8",
            r"ligne 2, colonne « verse_directeur » : prélèvement",
        ),
    ],
)
def test_fichiers_fautifs(
    base_neuve: Engine, tmp_path: Path, table: str, contenu: str, encodage: str, attendu: str
) -> None:
    avant = _comptes(base_neuve)
    with pytest.raises(ErreurImport) as erreur:
        importer(
            base_neuve, _ecrire(tmp_path, "f.csv", contenu, encodage), table, "VDP", aujourd_hui=AUJOURD_HUI
        )
    assert len(erreur.value.messages) == 1 and re.search(attendu, erreur.value.messages[0]), (
        erreur.value.messages
    )
    assert _comptes(base_neuve) == avant

"""La grammaire des valeurs : genre, unité et source de chaque valeur d'une question."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from assistant.comprehension.mention import VARIATION
from assistant.comprehension.mentions import (
    DATE_IMPOSSIBLE,
    DEVISE,
    HEURE_DU_JOUR,
    IDENTIFIANT,
    JOUR_VOISIN,
    NOMBRE,
    NUMERO_DE_PIECE,
    QUANTITE,
    REFERENCE,
    a_l_echelle,
    echelle_declaree,
    hors_limites,
    lire_mentions,
    plier,
    preparer,
)
from outils.declaration import Genre

pytestmark = pytest.mark.unit

JOUR = datetime.date(2026, 12, 3)


def _valeurs(question: str) -> list[tuple[str, object]]:
    return [(m.genre, m.valeur) for m in lire_mentions(preparer(question), JOUR)]


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("Le fonds veut emprunter 30 mille dollars", [(Genre.ARGENT, Decimal(30000))]),
        ("1,2 M$ de revenus", [(Genre.ARGENT, Decimal(1200000))]),
        ("0,04 M$", [(Genre.ARGENT, Decimal(40000))]),
        (
            "12 k$ d'emprunts et 15 k$ de plus",
            [(Genre.ARGENT, Decimal(12000)), (Genre.ARGENT, Decimal(15000))],
        ),
        (
            "quarante mille trois cents dollars",
            [(Genre.ARGENT, Decimal(40300))],
        ),  # Duckling seul : 40003 cents
        ("40 mille dollars", [(Genre.ARGENT, Decimal(40000))]),  # text2num seul : « 40 1000 »
        (
            "une paye de 116,20 $ avec 16,20 $ de retenues",
            [(Genre.ARGENT, Decimal("116.2")), (Genre.ARGENT, Decimal("16.2"))],
        ),
        ("un emprunt de -5 000 $", [(Genre.ARGENT, Decimal(-5000))]),
        ("5000 piasses de plus", [(Genre.ARGENT, Decimal(5000))]),  # le dollar au Québec
        ("trente mille piastres", [(Genre.ARGENT, Decimal(30000))]),
        # Le millier abrégé sans « $ » : un nombre dont l'argument dira le genre.
        ("Recettes de 95k, charges de 71.5k.", [(NOMBRE, Decimal(95000)), (NOMBRE, Decimal(71500))]),
        ("1.2k de brut", [(NOMBRE, Decimal(1200))]),
        # Les cents dits comme tels, rattachés aux dollars qui les précèdent, ou seuls.
        ("Sa paye brute : cent vingt-huit. Pis quatre-vingts cennes.", [(Genre.ARGENT, Decimal("128.8"))]),
        ("douze piasses et cinquante sous", [(Genre.ARGENT, Decimal("12.5"))]),
        ("il lui reste 35 cennes", [(Genre.ARGENT, Decimal("0.35"))]),
        # Les cents d'un montant écrit comme sur un chèque.
        ("« Vingt-trois mille quatre cent dix et 07/100 dollars »", [(Genre.ARGENT, Decimal("23410.07"))]),
        ("un chèque de 1 245 et 50/100 $", [(Genre.ARGENT, Decimal("1245.50"))]),
        # « 16 autres » reprend l'unité et le multiple du montant dit avant ; pas un compte de détenus.
        ("On doit 9 briques. On veut en emprunter 16 autres pour la presse.",
         [(Genre.ARGENT, Decimal(9000)), (Genre.ARGENT, Decimal(16000))]),
        ("On a 3 briques, 5 autres détenus", [(Genre.ARGENT, Decimal(3000)), (QUANTITE, Decimal(5))]),
        ("un dépôt de 30 grands à la caisse, pour nos 3 grands ateliers",
         [(Genre.ARGENT, Decimal(30000)), (QUANTITE, Decimal(3))]),
        # Les façons d'écrire un montant : le « $ » pour virgule, l'apostrophe suisse, les centaines
        # québécoises au-delà de mille (mais « vingt-cinq cents » seul est un trente sous), les cents.
        ("Sa paye : 192$35", [(Genre.ARGENT, Decimal("192.35"))]),
        ("26 000 bidous", [(Genre.ARGENT, Decimal(26000))]),
        ("un taux de zéro pour cent", [(Genre.TAUX, Decimal(0))]),
        ("Zéro piasse à son compte", [(Genre.ARGENT, Decimal(0))]),
        ("Revenus 176'400.– / Frais 139'900.–", [(NOMBRE, Decimal(176400)), (NOMBRE, Decimal(139900))]),
        ("emprunter vingt-quatre cents piasses", [(Genre.ARGENT, Decimal(2400))]),
        ("soixante et onze cents dollars", [(Genre.ARGENT, Decimal(7100))]),
        ("vingt-cinq cents", [(Genre.ARGENT, Decimal("0.25"))]),
        ("il a 12 cents", [(Genre.ARGENT, Decimal("0.12"))]),
        ("douze piasses et cinquante cents", [(Genre.ARGENT, Decimal("12.5"))]),
        ("deux mille quatre cents dollars", [(Genre.ARGENT, Decimal(2400))]),
        ("On doit 9 000 $, on en emprunte 16 autres.",
         [(Genre.ARGENT, Decimal(9000)), (QUANTITE, Decimal(16))]),
    ],
)
def test_montants(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, echelle, attendu",
    [
        ("États financiers (en milliers de $) : Revenus 96,4 ; Frais 71,9. Taux 20 %.", 1000,
         [(Genre.ARGENT, Decimal(96400)), (Genre.ARGENT, Decimal(71900)), (Genre.TAUX, Decimal(20))]),
        ("Bilan en millions de dollars : actif 1,2", 1_000_000, [(Genre.ARGENT, Decimal(1200000))]),
        ("Revenus 96,4 ; frais 71,9", None, [(NOMBRE, Decimal("96.4")), (NOMBRE, Decimal("71.9"))]),
    ],
)
def test_l_echelle_declaree_s_applique_aux_nombres_sans_unite(question, echelle, attendu):
    texte = preparer(question)
    assert echelle_declaree(plier(texte)) == echelle
    assert [(m.genre, m.valeur) for m in a_l_echelle(lire_mentions(texte, JOUR), echelle or 1)] == attendu


@pytest.mark.parametrize(
    "question, heures",
    [
        ("Il a travaillé 20h", Decimal(20)),
        ("Il a travaillé 14h", Decimal(14)),  # une durée, pas 14 h 00
        ("7h30 par jour pendant 4 jours", Decimal(30)),
        ("4 jours de 7 heures", Decimal(28)),
        ("vingt heures de travail", Decimal(20)),
        ("7 heures et demie", Decimal("7.5")),
        ("une heure de vaisselle", Decimal(1)),
        ("une heure et demie de vaisselle", Decimal("1.5")),
        ("une heure et quart", Decimal("1.25")),
        ("de 8h à 16h", Decimal(8)),
        ("90 minutes", Decimal("1.5")),
        ("Il est rentré après 6 heures de travail", Decimal(6)),  # « après 6 heures » : pas 6 h du matin
        ("la paie correspondant à 37,5 heures", Decimal("37.5")),  # aucune horloge n'affiche 37,5 h
        ("4 semaines à 18h/sem", Decimal(72)),  # « à 18h/sem » : des heures par semaine, pas 18 h 00
        ("3 h 30 par jour les lundis, mercredis pis vendredis", Decimal("10.5")),  # des jours au pluriel
    ],
)
def test_heures_de_travail(question, heures):
    assert _valeurs(question) == [(Genre.HEURES, heures)]


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("Oups, les revenus c'était 68 500 $, pas 66 000.", [(Genre.ARGENT, Decimal(68500))]),
        ("Il a fait 30 heures au lieu de 35", [(Genre.HEURES, Decimal(30))]),
        # Les mêmes mots écartent un choix (« oublie les actions ») : déclarés une fois, pour les deux.
        ("Oublie les 66 000 $ : les revenus c'est 68 500 $.", [(Genre.ARGENT, Decimal(68500))]),
    ],
)
def test_la_valeur_corrigee_n_est_plus_une_valeur(question, attendu):
    assert _valeurs(question) == attendu


def test_heure_de_la_journee_n_est_pas_une_duree():
    assert _valeurs("Rendez-vous à 14h pour 3 heures de travail") == [
        (HEURE_DU_JOUR, "14h"), (Genre.HEURES, Decimal(3))]
    assert _valeurs("Il a fini à 22 heures, après 6 heures de travail") == [
        (HEURE_DU_JOUR, "22 heures"), (Genre.HEURES, Decimal(6))]
    # « chaque jour » : une habitude, une horloge ; ni une durée, ni la journée en cours
    assert _valeurs("Il commence à 18h chaque jour") == [(HEURE_DU_JOUR, "18h")]


@pytest.mark.parametrize(
    "question",
    [
        "Que dit l'article 8 sur les emprunts ?",
        "art. 11 al. 2",
        "le paragraphe 3° de l'article 5",
        "les articles 6 et 8 du règlement S-40.1",
    ],
)
def test_une_reference_n_est_jamais_un_nombre(question):
    genres = {g for g, _ in _valeurs(question)}
    assert genres == {REFERENCE}


def test_une_annee_n_est_pas_un_montant():
    assert _valeurs("le programme 2027") == [(Genre.ANNEE, 2027)]
    assert _valeurs("en octobre 2026") == [(Genre.DATE, datetime.date(2026, 10, 1))]


def test_une_annee_dite_en_mots_ou_suivie_d_une_virgule():
    assert _valeurs("les revenus de l'an passé") == [(Genre.ANNEE, 2025)]
    assert _valeurs("l'année prochaine") == [(Genre.ANNEE, 2027)]
    assert _valeurs("en 2025, tous établissements confondus") == [(Genre.ANNEE, 2025)]
    assert _valeurs("un montant de 2025,50 $") == [(Genre.ARGENT, Decimal("2025.5"))]


def test_un_delai_compte_depuis_aujourd_hui():
    assert _valeurs("d'ici six semaines") == [(Genre.DATE, JOUR), (Genre.DATE, datetime.date(2027, 1, 14))]
    assert _valeurs("d'ici 45 jours") == [(Genre.DATE, JOUR), (Genre.DATE, datetime.date(2027, 1, 17))]


def test_un_mois_seul_designe_le_mois_entier():
    mois, jour = (lire_mentions(preparer(q), JOUR)[0] for q in ("en décembre passé", "le 3 décembre"))
    assert (mois.valeur, mois.mois_entier) == (datetime.date(2025, 12, 1), True)
    assert (jour.valeur, jour.mois_entier) == (datetime.date(2026, 12, 3), False)


def test_taux_en_pour_cent():
    assert _valeurs("à cinq pour cent") == [(Genre.TAUX, Decimal(5))]
    assert _valeurs("un taux de 12,5 %") == [(Genre.TAUX, Decimal("12.5"))]
    assert _valeurs("le ministre nous a mis à 15 sur 100") == [(Genre.TAUX, Decimal(15))]
    # « pour 100 000 » : un montant qui suit, pas un pourcentage.
    assert _valeurs("5 pour 100 000") == [(NOMBRE, Decimal(5)), (NOMBRE, Decimal(100000))]


def test_la_mi_mois_et_la_semaine_d_un_jour():
    mi, = lire_mentions(preparer("si on dépose à la mi-janvier"), JOUR)
    # Le 15 ; l'année de la demande, et la prochaine pour un acte à venir (`remplissage.A_VENIR`).
    assert (mi.valeur, mi.prochaine) == (datetime.date(2026, 1, 15), datetime.date(2027, 1, 15))
    # La semaine d'un jour : ses sept jours, deux bornes à la même place (un calcul daté prend la première).
    assert _valeurs("Pour la semaine du 9 novembre, il a fait 14 h") == [
        (Genre.DATE, datetime.date(2026, 11, 9)), (Genre.DATE, datetime.date(2026, 11, 15)),
        (Genre.HEURES, Decimal(14))]
    assert _valeurs("Objet : dépôts — semaine du 5 octobre") == [
        (Genre.DATE, datetime.date(2026, 10, 5)), (Genre.DATE, datetime.date(2026, 10, 11))]


@pytest.mark.parametrize(
    "question, jour",
    [
        (
            "le 30 avril",
            datetime.date(2026, 4, 30),
        ),  # sans année : celle de la demande (Duckling irait en 2027)
        ("le 1er mai 2026", datetime.date(2026, 5, 1)),
        ("2026-10-15", datetime.date(2026, 10, 15)),
        ("le mois dernier", datetime.date(2026, 11, 1)),
        # La fin d'une période, comme échéance, est son dernier jour (Duckling : avant le 1er novembre).
        ("avant la fin de l'année", datetime.date(2026, 12, 31)),
        ("d'ici la fin de l'année", datetime.date(2026, 12, 31)),
        ("avant la fin du mois", datetime.date(2026, 12, 31)),
        ("d'ici la fin du mois prochain", datetime.date(2027, 1, 31)),
    ],
)
def test_dates_relatives_au_jour_de_la_demande(question, jour):
    assert _valeurs(question) == [(Genre.DATE, jour)]


def test_intervalle_de_dates_une_annee_pour_deux():
    assert _valeurs("du 1er janvier au 31 mars 2027") == [
        (Genre.DATE, datetime.date(2027, 1, 1)),
        (Genre.DATE, datetime.date(2027, 3, 31)),
    ]


def test_intervalle_qui_passe_le_nouvel_an():
    assert _valeurs("entre le 15 décembre et le 15 janvier") == [
        (Genre.DATE, datetime.date(2026, 12, 15)),
        (Genre.DATE, datetime.date(2027, 1, 15)),
    ]


def test_nombre_nu_garde_son_genre_ouvert():
    assert _valeurs("une paye de 116,20") == [(NOMBRE, Decimal("116.20"))]


def test_heures_impossibles_pour_la_periode():
    [mention] = lire_mentions(preparer("30 heures par jour"), JOUR)
    assert "24 heures" in (hors_limites(mention) or "")
    [normale] = lire_mentions(preparer("8 heures par jour"), JOUR)
    assert hors_limites(normale) is None


def test_la_source_de_chaque_valeur_est_gardee():
    texte = preparer("Le fonds veut emprunter 30 mille dollars")
    [m] = lire_mentions(texte, JOUR)
    assert texte[m.debut : m.fin] == m.texte == "30000 dollars"


def test_ete_participe_passe_n_est_pas_la_saison():
    assert _valeurs("Les dépôts d'octobre ont-ils été faits sans délai ?") == [
        (Genre.DATE, datetime.date(2026, 10, 1))
    ]
    assert _valeurs("La demande d'aide a-t-elle été accordée ?") == []
    assert len(_valeurs("Quelles activités sont offertes cet été ?")) == 2  # la saison reste une période
    # Un adverbe ou une négation entre l'auxiliaire et le participe ne change rien.
    assert _valeurs("Nos dépôts d'octobre ont-ils tous été faits sans délai ?") == [
        (Genre.DATE, datetime.date(2026, 10, 1))
    ]
    assert _valeurs("Le programme n'a pas encore été soumis ?") == []
    # Après un article ou une préposition, c'est la saison.
    assert len(_valeurs("Combien de détenus ont travaillé pendant l'été ?")) == 2
    assert len(_valeurs("Les ateliers ouverts en été")) == 2


def test_un_pseudonyme_est_une_personne_jamais_un_nombre():
    assert _valeurs("Combien d'heures p-vdp-0042 a-t-il faites ?") == [(Genre.PSEUDONYME, "P-VDP-0042")]


def test_le_numero_d_une_piece_n_est_ni_une_annee_ni_un_nombre():
    assert _valeurs("C-VDP-2026 finit quand ?") == [(NUMERO_DE_PIECE, "C-VDP-2026")]
    assert _valeurs("la demande a-mtb-2026-02 de 300 $") == [
        (NUMERO_DE_PIECE, "A-MTB-2026-02"), (Genre.ARGENT, Decimal(300))]
    assert _valeurs("le contrat signé en 2026") == [(Genre.ANNEE, 2026)]  # une année seule en reste une


@pytest.mark.parametrize(
    "question, heures",
    [
        ("Il a travaillé de 8h à midi", Decimal(4)),  # une plage d'heures du jour : sa durée
        ("de midi à 16h30", Decimal("4.5")),
        ("7h30 par jour, quatre jours", Decimal(30)),  # le nombre de jours, après une virgule
        # Les jours de semaine nommés après les heures d'une journée les multiplient.
        ("de 6h45 à 11h15 à la buanderie lundi, mardi pis mercredi", Decimal("13.5")),
        ("7,5 h par jour du lundi au jeudi", Decimal(30)),
        ("de 8h à midi lundi et mardi", Decimal(8)),
    ],
)
def test_plages_et_jours_comptes(question, heures):
    assert [(Genre.HEURES, heures)] == [v for v in _valeurs(question) if v[0] == Genre.HEURES]


def test_des_jours_qui_reviennent_font_des_heures_par_semaine():
    # « Les mardis pis les jeudis » : chaque semaine, ces deux jours ; « mardi pis jeudi » reste deux dates.
    (semaine,) = lire_mentions(preparer("Il fait 5h15 les mardis pis les jeudis à la cantine"), JOUR)
    assert (semaine.valeur, semaine.periode) == (Decimal("10.5"), "semaine")
    assert [v for v in _valeurs("Il a fait 5 h mardi pis jeudi") if v[0] == Genre.HEURES] == [
        (Genre.HEURES, Decimal(5))]
    # Payé aux deux semaines, la paie en compte deux, même dit avant.
    (paie,) = lire_mentions(preparer("On le paye aux deux semaines. Il fait 5h15 les mardis pis les jeudis."),
                            JOUR)
    assert (paie.valeur, paie.periode) == (Decimal(21), "")
    assert paie.calcul == "5h15 les mardis pis les jeudis × 2 semaines"


def test_des_heures_par_jour_suivies_de_jours_par_semaine_restent_par_jour():
    (mention,) = [m for m in lire_mentions(preparer("7h par jour, 5 jours par semaine"), JOUR)
                  if m.genre == Genre.HEURES]
    assert (mention.valeur, mention.periode) == (Decimal(7), "jour")


def test_deux_montants_relies_par_et_ne_sont_pas_des_dollars_et_des_cents():
    assert _valeurs("la liquidation coûte 5 000 $ et 8 000 $ de dons") == [
        (Genre.ARGENT, Decimal(5000)), (Genre.ARGENT, Decimal(8000))]
    assert _valeurs("un prêt de 5 $ et 50") == [(Genre.ARGENT, Decimal("5.5"))]  # 5,50 $


@pytest.mark.parametrize(
    "question, approchee",
    [
        ("Sur sa paye de mille et quelques piasses", True),
        ("Il a travaillé environ 30 heures", True),
        ("Il a travaillé à peu près 12 h", True),
        ("Il a travaillé 30 heures", False),
        ("Il faudrait une couple de mille de plus", True),
        ("Les dettes, c'est 20 000 ou 25 000", True),  # deux valeurs au choix : aucune n'est sûre
    ],
)
def test_un_ordre_de_grandeur_est_marque(question, approchee):
    mentions = [m for m in lire_mentions(preparer(question), JOUR) if m.genre != Genre.DATE]
    assert mentions and all(m.approchee is approchee for m in mentions)


def test_la_lecture_qui_nomme_le_jour_l_emporte_sur_celle_qui_la_chevauche():
    attendu = [(Genre.DATE, datetime.date(2027, 3, 1))]
    assert _valeurs("Pis si on compte à partir du 1er mars 2027 ?") == attendu


def test_aujourd_hui_cede_a_la_date_dite():
    assert _valeurs("Aujourd'hui c'est le 1er octobre 2027 : combien de jours reste-t-il ?") == [
        (Genre.DATE, datetime.date(2027, 10, 1))]


def test_une_date_dite_sans_annee_et_passee_a_sa_prochaine_occurrence():
    (noel,) = lire_mentions(preparer("à Noël"), JOUR)
    (an,) = lire_mentions(preparer("au jour de l'An"), JOUR)
    assert (noel.valeur, noel.prochaine) == (datetime.date(2026, 12, 25), None)  # à venir : elle-même
    assert (an.valeur, an.prochaine) == (datetime.date(2026, 1, 1), datetime.date(2027, 1, 1))
    (dite,) = lire_mentions(preparer("le 1er janvier 2026"), JOUR)
    assert dite.prochaine is None  # l'année est dite : on la garde


@pytest.mark.parametrize(
    "question, debut",
    [
        ("Depuis septembre, y a-t-il des chèques ?", datetime.date(2026, 9, 1)),
        ("depuis le début de l'année", datetime.date(2026, 1, 1)),  # Duckling : janvier et février
        ("à partir du 15 mars", datetime.date(2026, 3, 15)),
    ],
)
def test_depuis_une_date_va_jusqu_au_jour_de_la_demande(question, debut):
    assert _valeurs(question) == [(Genre.DATE, debut), (Genre.DATE, JOUR)]


def test_un_intervalle_dit_garde_ses_deux_bornes():
    assert _valeurs("du 1er au 15 mars") == [(Genre.DATE, datetime.date(2026, 3, 1)),
                                             (Genre.DATE, datetime.date(2026, 3, 15))]


@pytest.mark.parametrize(
    "question, dernier_jour",
    [
        ("les contrats qui finissent avant la fin de février ?", datetime.date(2026, 2, 28)),
        ("d'ici fin janvier", datetime.date(2026, 1, 31)),  # Duckling : du 21 au 31 janvier
    ],
)
def test_la_fin_d_un_mois_est_son_dernier_jour_et_une_echeance(question, dernier_jour):
    (mention,) = lire_mentions(preparer(question), JOUR)
    assert (mention.valeur, mention.mois_entier) == (dernier_jour, False)
    assert mention.prochaine == dernier_jour.replace(year=2027)  # passé, sans année : l'an prochain


@pytest.mark.parametrize(
    "question, periode",
    [
        ("la téléphonie de juillet à septembre", (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))),
        ("de novembre à février", (datetime.date(2026, 11, 1), datetime.date(2027, 2, 28))),
        # Trois mois ou plus qui se suivent, énumérés ou en colonnes d'un tableur : la même période.
        ("le brut de juillet, août et septembre", (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))),
        ("Atelier\tJuillet\tAoût\tSeptembre", (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))),
        ("novembre, décembre pis janvier", (datetime.date(2026, 11, 1), datetime.date(2027, 1, 31))),
    ],
)
def test_de_mois_a_mois_jusqu_au_dernier_jour(question: str, periode: tuple):
    bornes = [m for m in lire_mentions(preparer(question), JOUR) if m.genre == Genre.DATE]
    assert tuple(m.valeur for m in bornes) == periode
    assert len({(m.debut, m.fin) for m in bornes}) == 1  # une période, comme un intervalle


@pytest.mark.parametrize(("question", "jours"), [
    ("le taux le jour du déménagement, en 2025", [datetime.date(2025, 7, 1)]),
    ("du 1er au 15 juillet en 2025", [datetime.date(2025, 7, 1), datetime.date(2025, 7, 15)]),
    ("le 15 décembre, en 2025", [datetime.date(2025, 12, 15)]),
])
def test_l_annee_dite_apres_une_date_est_la_sienne(question: str, jours: list):
    dites = lire_mentions(preparer(question), JOUR)
    assert [m.valeur for m in dites] == jours and not any(m.prochaine for m in dites)


def test_l_annee_d_autre_chose_ne_change_pas_la_date():
    dites = lire_mentions(preparer("le 15 octobre 2027 pour le programme 2028"), JOUR)
    assert [m.valeur for m in dites] == [datetime.date(2027, 10, 15), 2028]


def test_pis_demi_comme_et_demi():
    assert preparer("Lettre reçue, c'est dix-sept pis demi.") == "Lettre reçue, c'est 17,5."


@pytest.mark.parametrize("question", ["en juillet et en septembre", "en juillet et en août",
                                      "en mai, juillet et août"])
def test_deux_mois_nommes_a_part_restent_deux_mois(question: str):
    bornes = [m for m in lire_mentions(preparer(question), JOUR) if m.genre == Genre.DATE]
    assert all(m.mois_entier for m in bornes) and len({(m.debut, m.fin) for m in bornes}) == len(bornes) >= 2


def test_deux_en_lettres_est_un_nombre_mais_pas_un():
    assert preparer("sur ses deux dernières payes") == "sur ses 2 dernières payes"
    assert preparer("un détenu a travaillé") == "un détenu a travaillé"


def test_la_veille_se_compte_depuis_une_autre_date_jamais_depuis_aujourd_hui():
    veille_de_noel = _valeurs("le prêt accordé la veille de Noël l'an passé")
    assert veille_de_noel == [(Genre.DATE, datetime.date(2025, 12, 24))]
    # Seule, elle attend la date de la question précédente : ni hier, ni demain.
    assert _valeurs("Et la veille ?") == [(JOUR_VOISIN, -1)]
    assert _valeurs("Pis celui du lendemain ?") == [(JOUR_VOISIN, 1)]


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("ses deux dernières payes", [(QUANTITE, Decimal(2))]),
        ("deux legs à retourner", [(QUANTITE, Decimal(2))]),
        ("12 000 sacs de sable", [(NOMBRE, Decimal(12000))]),  # au-delà d'un petit compte : ouvert
        ("il a fait 20 pis 15", [(NOMBRE, Decimal(20)), (NOMBRE, Decimal(15))]),
    ],
)
def test_un_petit_nombre_devant_un_nom_au_pluriel_compte_des_choses(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("deux et demi pour cent", [(Genre.TAUX, Decimal("2.5"))]),
        ("un million et demi de dollars", [(Genre.ARGENT, Decimal(1500000))]),
        ("trois mille et demi piasses", [(Genre.ARGENT, Decimal(3500))]),
        ("un demi-million d'actif", [(NOMBRE, Decimal(500000))]),
        ("vingt-trois heures et demie", [(Genre.HEURES, Decimal("23.5"))]),  # la demie de ses heures
    ],
)
def test_la_demie_s_ajoute_au_nombre(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    ("question", "debut", "fin"),
    [
        ("au premier trimestre 2027", datetime.date(2027, 1, 1), datetime.date(2027, 3, 31)),
        ("le troisième trimestre de 2025", datetime.date(2025, 7, 1), datetime.date(2025, 9, 30)),
        ("le 2e semestre", datetime.date(JOUR.year, 7, 1), datetime.date(JOUR.year, 12, 31)),
    ],
)
def test_un_trimestre_ou_un_semestre_est_une_periode(question, debut, fin):
    assert _valeurs(question) == [(Genre.DATE, debut), (Genre.DATE, fin)]


@pytest.mark.parametrize(
    ("question", "attendu"),
    [
        ("la cantine au premier trimestre 2025 versus au deuxième, c'tu monté ?",
         [(2025, 1, 1), (2025, 3, 31), (2025, 4, 1), (2025, 6, 30)]),
        ("le 2e semestre par rapport au premier", [(JOUR.year, 7, 1), (JOUR.year, 12, 31),
                                                   (JOUR.year, 1, 1), (JOUR.year, 6, 30)]),
        # Suivi d'un nom, le rang est celui d'autre chose.
        ("au premier trimestre, pis le deuxième emprunt ?", [(JOUR.year, 1, 1), (JOUR.year, 3, 31)]),
    ],
)
def test_un_rang_sans_nom_reprend_la_partie_d_annee_dite(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, datetime.date(*d)) for d in attendu]


@pytest.mark.parametrize(("question", "attendu"), [
    ("du mercredi des Cendres jusqu'au Jour de la Terre 2027", [(2027, 2, 10), (2027, 4, 22)]),
    ("entre Pâques pis la Saint-Jean 2027", [(2027, 3, 28), (2027, 6, 24)]),
    ("à la Sainte-Catherine l'an passé", [(2025, 11, 25)]),
    ("le jour du changement d'heure de l'automne 2027", [(2027, 11, 7)]),
    ("au changement d'heure du printemps 2027", [(2027, 3, 14)]),
])
def test_une_fete_sans_annee_prend_celle_que_la_phrase_dit(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, datetime.date(*d)) for d in attendu]


@pytest.mark.parametrize(("question", "attendu"), [
    ("le chèque parti le premier lundi d'octobre", [(JOUR.year, 10, 5)]),
    ("le dernier vendredi d'octobre", [(JOUR.year, 10, 30)]),
    ("le dernier jeudi de juillet 2027", [(2027, 7, 29)]),
    ("les dépôts de la semaine 41", [(JOUR.year, 10, 5), (JOUR.year, 10, 11)]),
    ("la semaine 1 de 2027", [(2027, 1, 4), (2027, 1, 10)]),
])
def test_un_jour_par_son_rang_dans_le_mois_et_une_semaine_par_son_numero(question, attendu):
    assert JOUR.year == 2026  # les attendus sans année sont ceux de 2026
    assert _valeurs(question) == [(Genre.DATE, datetime.date(*d)) for d in attendu]


@pytest.mark.parametrize(("question", "attendu"), [
    ("les 10 derniers jours de septembre", [(JOUR.year, 9, 21), (JOUR.year, 9, 30)]),
    ("les deux premières semaines d'octobre", [(JOUR.year, 10, 1), (JOUR.year, 10, 14)]),
    ("la dernière semaine de février 2027", [(2027, 2, 22), (2027, 2, 28)]),
    ("le premier jour de mai 2027", [(2027, 5, 1)]),
])
def test_le_bout_d_un_mois_en_jours_ou_en_semaines(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, datetime.date(*d)) for d in attendu]


def test_un_nombre_apres_semaine_n_est_pas_toujours_son_numero():
    assert [g for g, _ in _valeurs("40 h par semaine 3 jours")] == [Genre.HEURES, QUANTITE]


def test_le_dernier_trimestre_sans_annee_reste_ouvert():
    assert all(g != Genre.DATE or v.month != 10 for g, v in _valeurs("le dernier trimestre"))


def test_en_premier_est_un_rang_pas_le_premier_du_mois():
    assert _valeurs("De nos contrats, lequel finit en premier ?") == []
    assert _valeurs("pour un premier vol à l'étalage") == [] and _valeurs("le premier vol") == []
    assert [g for g, _ in _valeurs("d'ici le premier")] == [Genre.DATE]  # là, un jour


def test_un_ordinal_devant_un_nom_est_un_rang():
    # text2num fait « le 2ème vol », que Duckling lisait « le 2 » du mois.
    assert _valeurs("le deuxième vol à l'étalage") == []


def test_le_debut_d_une_plage_sans_heure_de_fin_n_est_pas_une_duree():
    assert not [v for v in _valeurs("Il a travaillé de 8h jusqu'au dîner") if v[0] == Genre.HEURES]
    assert _valeurs("Une journée de 7 heures à l'atelier") == [(Genre.HEURES, Decimal(7))]


def test_une_date_dite_avec_son_heure_reste_une_date():
    assert _valeurs("Le 30 octobre 2026 à 23h, pour le programme 2027") == [
        (Genre.DATE, datetime.date(2026, 10, 30)), (Genre.ANNEE, 2027)]


@pytest.mark.parametrize("question, montant", [("cent quatre-vingt-sept piasses et demie", Decimal("187.5")),
                                               ("12 dollars et quart", Decimal("12.25"))])
def test_la_fraction_d_un_dollar_dite_en_mots(question, montant):
    assert _valeurs(question) == [(Genre.ARGENT, montant)]


@pytest.mark.parametrize("question, attendu", [
    ("Les 3 liquidateurs sont payés 1 200 $ chacun. Actif 38 000 $", [(Genre.ARGENT, Decimal(3600)),
                                                                       (Genre.ARGENT, Decimal(38000))]),
    ("deux legs de 5 000 $ chacun", [(Genre.ARGENT, Decimal(10000))]),
    ("3 détenus. Ils ont 20 h chacun", [(QUANTITE, 3), (Genre.HEURES, Decimal(20))]),  # par personne
    # Un point décimal ne finit pas la phrase ; un point, si.
    ("Les 3 liquidateurs, payés pour 2.5 jours, reçoivent 400 $ chacun",
     [(QUANTITE, Decimal("2.5")), (Genre.ARGENT, Decimal(1200))]),
    ("Les 3 liquidateurs. Ils reçoivent 400 $ chacun", [(QUANTITE, 3), (Genre.ARGENT, Decimal(400))]),
])
def test_un_montant_chacun_se_multiplie_par_le_compte_de_sa_phrase(question, attendu):
    assert _valeurs(question) == attendu


def test_entre_parentheses_un_entier_compte_sauf_si_les_autres_parentheses_tiennent_des_montants():
    assert _valeurs("Destinataires : membres du CA (7)") == [(QUANTITE, Decimal(7))]
    assert _valeurs("la pension (30) pis la saisie SAAQ (12,50)") == [(NOMBRE, Decimal(30)),
                                                                      (NOMBRE, Decimal("12.50"))]
    assert _valeurs("Saisie .......... (35,00)") == [(NOMBRE, Decimal("35.00"))]


def test_une_heure_qui_coupe_un_nombre_n_est_pas_une_date():
    assert _valeurs("une à 18 000 $ pis l'autre à 21 000 $") == [(Genre.ARGENT, Decimal(18000)),
                                                                 (Genre.ARGENT, Decimal(21000))]


@pytest.mark.parametrize("question", [
    "Le 25 000 $ de l'article 8, c'est par emprunt ?",
    "On va-tu retomber sous la limite de 25 000 $ ?",
    "On dépasse-tu le 25 000 $ ?",
    "C'est écrit où, ce 25 000 $ là ?",
])
def test_le_montant_que_la_regle_fixe_cite_n_est_pas_une_valeur_du_cas(question):
    assert not [v for v in _valeurs(question) if v[0] == Genre.ARGENT]


def test_un_plafond_que_la_loi_ne_fixe_pas_est_une_valeur_du_cas():
    assert _valeurs("le liquidateur a un plafond de 1 500 $ et l'actif") == [(Genre.ARGENT, Decimal(1500))]


@pytest.mark.parametrize("question", [
    "les chèques de plus de 1 500 $ en octobre",
    "mais pas plus que 1 500 $ pour le liquidateur",
])
def test_une_borne_seule_reste_un_montant(question):
    assert [v for v in _valeurs(question) if v[0] != Genre.DATE] == [(Genre.ARGENT, Decimal(1500))]


def test_une_borne_que_la_loi_fixe_n_est_pas_un_montant_du_cas():
    assert not [v for v in _valeurs("un emprunt de plus de 25 000 $ ?") if v[0] == Genre.ARGENT]


@pytest.mark.parametrize("question, approchee", [
    ("un contrat « du 1er au 31 »", True),
    ("ses journées du 16 au 20", True),
    ("un contrat du 1er au 31 mars", False),
])
def test_des_jours_sans_leur_mois_sont_a_faire_preciser(question, approchee):
    dates = [m for m in lire_mentions(preparer(question), JOUR) if m.genre == Genre.DATE]
    assert len(dates) == 2 and all(d.approchee is approchee for d in dates)


def test_un_emprunt_de_25_000_reste_une_valeur():
    assert _valeurs("un emprunt de 25 000 $ au Fonds central") == [(Genre.ARGENT, Decimal(25000))]


def test_le_quart_d_un_multiple_est_un_nombre():
    assert _valeurs("Revenus d'un quart de million") == [(NOMBRE, Decimal(250000))]
    assert _valeurs("trois quarts de million de dollars") == [(Genre.ARGENT, Decimal(750000))]


def test_une_part_dite_en_mots_est_un_taux():
    assert _valeurs("Le ministre veut le quart du net") == [(Genre.TAUX, Decimal(25))]
    assert _valeurs("la moitié de nos revenus") == [(Genre.TAUX, Decimal(50))]


def test_la_fin_de_l_annee_prochaine():
    assert _valeurs("d'ici la fin de l'année prochaine") == [(Genre.DATE, datetime.date(2027, 12, 31))]


@pytest.mark.parametrize("question, date", [
    ("depuis la fête du Travail", datetime.date(2026, 9, 7)),  # au Québec, le premier lundi de septembre
    ("avant l'Action de grâce", datetime.date(2026, 10, 12)),
    ("la journée des patriotes", datetime.date(2026, 5, 18)),  # le lundi qui précède le 25 mai
    ("le lendemain de l'Halloween 2027", datetime.date(2027, 11, 1)),
    ("à la Saint-Jean", datetime.date(2026, 6, 24)),
    ("à la fête des Mères 2027", datetime.date(2027, 5, 9)),  # le deuxième dimanche de mai
    ("pour la fête des Pères", datetime.date(2026, 6, 21)),  # le troisième dimanche de juin
    ("le jour du déménagement", datetime.date(2026, 7, 1)),
    ("du Mardi gras 2027", datetime.date(2027, 2, 9)),  # 47 jours avant Pâques (28 mars 2027)
    ("au vendredi fou", datetime.date(2026, 11, 27)),  # le lendemain du quatrième jeudi de novembre
    ("parti le jour des Morts 2027", datetime.date(2027, 11, 2)),  # pas la Toussaint
])
def test_les_fetes_du_quebec(question, date):
    assert next(v for v in _valeurs(question) if v[0] == Genre.DATE) == (Genre.DATE, date)


@pytest.mark.parametrize("question, date", [
    ("la paye du vendredi 13", datetime.date(2026, 11, 13)),  # Duckling : le 13 août 2027, un vendredi
    ("mardi le 3", datetime.date(2026, 11, 3)),
    ("jeudi le 3", datetime.date(2026, 12, 3)),  # le jour même
    ("le lundi 31", datetime.date(2026, 8, 31)),
    ("le vendredi 13 août", datetime.date(2026, 8, 13)),  # le mois écrit : l'année de la demande, comme avant
])
def test_un_jour_de_semaine_et_son_quantieme_sans_mois_est_le_plus_proche_qui_s_accorde(question, date):
    assert [v for v in _valeurs(question) if v[0] == Genre.DATE] == [(Genre.DATE, date)]


@pytest.mark.parametrize("question, bornes", [
    ("la quinzaine passée", (datetime.date(2026, 11, 16), datetime.date(2026, 11, 29))),
    ("la dernière quinzaine", (datetime.date(2026, 11, 16), datetime.date(2026, 11, 29))),
    ("la prochaine quinzaine", (datetime.date(2026, 12, 3), datetime.date(2026, 12, 17))),
])
def test_une_quinzaine_voisine_est_deux_semaines(question, bornes):
    assert tuple(v for g, v in _valeurs(question) if g == Genre.DATE) == bornes


@pytest.mark.parametrize("question, bornes", [
    ("dans les cinq prochaines semaines", (datetime.date(2026, 12, 3), datetime.date(2027, 1, 7))),
    ("les 3 derniers mois", (datetime.date(2026, 9, 3), datetime.date(2026, 12, 3))),
])
def test_une_fenetre_glissante_se_compte_depuis_le_jour_de_la_demande(question, bornes):
    assert tuple(v for g, v in _valeurs(question) if g == Genre.DATE) == bornes



def test_un_telephone_n_est_ni_une_date_ni_un_montant():
    valeurs = _valeurs("Merci. Sylvie, agente de probation, 514 555-0110")
    assert valeurs == [(IDENTIFIANT, "514 555-0110")]
    assert _valeurs("un emprunt de 12 500") == [(NOMBRE, Decimal(12500))]  # Duckling y voit un téléphone


def test_l_annee_en_cours_dite_en_passant_cede_a_l_autre_annee():
    # JOUR est en 2026 : « on est en 2026 » ne dit rien de plus que le jour de la demande.
    assert _valeurs("On est en 2026. Le programme de 2028, c'est quand ?") == [(Genre.ANNEE, 2028)]
    assert _valeurs("On est en 2026, c'est quand ?") == [(Genre.ANNEE, 2026)]


@pytest.mark.parametrize(("question", "montants"), [
    ("Actif $212,450.75, dettes $48,200.00", [Decimal("212450.75"), Decimal(48200)]),
    ("on emprunterait $18,500", [Decimal(18500)]),  # un montant n'a jamais trois décimales
    ("une paye de 232.40 $", [Decimal("232.40")]),
    ("une paye de $232.40", [Decimal("232.40")]),
    ("un emprunt de 18 500,50 $", [Decimal("18500.50")]),  # la notation française ne change pas
    ("Brut : $1 045,80", [Decimal("1045.80")]),  # le symbole devant, les groupes à la française
])
def test_un_montant_a_l_anglaise_se_lit_comme_a_la_francaise(question, montants):
    assert [v for g, v in _valeurs(question) if g == Genre.ARGENT] == montants


def test_pour_cent_suivi_d_un_nombre_est_un_nombre():
    assert _valeurs("des revenus de deux-cent-dix-mille dollars pour cent-quatre-vingt-mille de frais") == [
        (Genre.ARGENT, Decimal(210000)), (NOMBRE, Decimal(180000))]
    assert _valeurs("un taux de cinq pour cent") == [(Genre.TAUX, Decimal(5))]


@pytest.mark.parametrize(("question", "dates"), [
    ("du 1er févr. 2027 au 31 janv. 2028", (datetime.date(2027, 2, 1), datetime.date(2028, 1, 31))),
    ("le 3 sept. 2026", (datetime.date(2026, 9, 3),)),
    ("le 3 Déc 2026", (datetime.date(2026, 12, 3),)),
])
def test_un_mois_abrege_est_un_mois(question, dates):
    assert tuple(v for g, v in _valeurs(question) if g == Genre.DATE) == dates


def test_sept_sans_jour_ni_annee_reste_un_nombre():
    assert _valeurs("il a fait sept heures") == [(Genre.HEURES, Decimal(7))]


def test_un_numero_qui_suit_son_nom_designe_sans_compter():
    assert _valeurs("232,40 $ brut pour le détenu de la chambre 112") == [
        (Genre.ARGENT, Decimal("232.40")), (IDENTIFIANT, "112")]
    assert _valeurs("Mon client (dossier 2026-0377) a fait 20 h") == [
        (IDENTIFIANT, "2026-0377"), (Genre.HEURES, Decimal(20))]
    assert IDENTIFIANT not in {g for g, _ in _valeurs("on a 112 chambres")}  # une quantité précède son nom
    # Un montant, un taux ou des heures après le nom gardent leur unité.
    assert _valeurs("le local 5 000 $") == [(Genre.ARGENT, Decimal(5000))]
    assert _valeurs("au poste 3 h") == [(Genre.HEURES, Decimal(3))]


def test_la_reference_d_une_lettre_et_sa_date_ne_sont_pas_des_valeurs():
    assert _valeurs("Réf. lettre du MSP 2026-DGSC-0412 du 14 novembre : le programme 2028") == [
        (IDENTIFIANT, "2026-DGSC-0412"), (Genre.ANNEE, 2028)]
    assert _valeurs("0,00 $ au compte (relevé du 20 nov.)") == [(Genre.ARGENT, Decimal(0))]
    # Une pièce des registres reste une pièce ; la date d'une demande la désigne encore.
    assert _valeurs("le contrat C-VDP-2026-B") == [(NUMERO_DE_PIECE, "C-VDP-2026-B")]
    assert _valeurs("La demande du 3 mars, ça a donné quoi ?") == [(Genre.DATE, datetime.date(2026, 3, 3))]


def test_des_demi_journees_de_quelques_heures_se_multiplient():
    assert _valeurs("deux demi-journées de 3 h 30") == [(Genre.HEURES, Decimal(7))]


def test_un_nombre_collectif_est_un_ordre_de_grandeur():
    heures = lire_mentions(preparer("il a fait une vingtaine d'heures"), JOUR)
    assert [(m.genre, m.valeur, m.approchee) for m in heures] == [(Genre.HEURES, Decimal(20), True)]
    # « sa quinzaine » est la période de paie, pas quinze.
    assert _valeurs("87,15 $ pour sa quinzaine") == [(Genre.ARGENT, Decimal("87.15"))]


@pytest.mark.parametrize("question", ["le programme 2027-2028", "le programme 2027 ou 2028"])
def test_deux_annees_au_choix_ne_sont_pas_une_annee(question):
    annees = lire_mentions(preparer(question), JOUR)
    assert [(m.valeur, m.approchee) for m in annees] == [(2027, True), (2028, True)]
    deux = lire_mentions(preparer("En 2026, le programme 2027"), JOUR)
    assert [m.approchee for m in deux] == [False, False]


@pytest.mark.parametrize(("question", "bornes"), [
    ("les contrats du trimestre prochain", (datetime.date(2027, 1, 1), datetime.date(2027, 3, 31))),
    ("nos chèques du trimestre passé", (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))),
    ("ce trimestre", (datetime.date(2026, 10, 1), datetime.date(2026, 12, 31))),
])
def test_un_trimestre_relatif_est_une_periode(question, bornes):
    assert tuple(v for g, v in _valeurs(question) if g == Genre.DATE) == bornes


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("10 ¾ h à la cuisine", [(Genre.HEURES, Decimal("10.75"))]),
        ("7 1/2 heures", [(Genre.HEURES, Decimal("7.5"))]),
        ("½ heure", [(Genre.HEURES, Decimal("0.5"))]),
        ("10 balles de prime", [(Genre.ARGENT, Decimal(10))]),
        ("un emprunt de 10 000 $ et un solde de 5 000 $", [(Genre.ARGENT, Decimal(10000)),
                                                           (Genre.ARGENT, Decimal(5000))]),
        # On se reprend : la première valeur cède à la seconde.
        ("On veut emprunter 12 000, non attends, 14 000", [(NOMBRE, Decimal(14000))]),
        ("64 000, euh non, 46 000 de revenus", [(NOMBRE, Decimal(46000))]),
        ("20 000 $ plutôt que 18 000 $", [(Genre.ARGENT, Decimal(20000))]),
        ("Contrat : 12 000 $ (non, 12 500 $ avec l'avenant)", [(Genre.ARGENT, Decimal(12500))]),
        ("Feuille : 14 h. En bas, le contremaître a écrit : « corrigé : 16 h »",
         [(Genre.HEURES, Decimal(16))]),
        # Une ligne d'en-tête et ses puces : une seule valeur, leur somme.
        ("Actif\n- encaisse : 48 200 $\n- équipement : 31 800 $\nFrais : 3 500 $",
         [(Genre.ARGENT, Decimal(80000)), (Genre.ARGENT, Decimal(3500))]),
        ("Paie\n- atelier : 4 h", [(Genre.HEURES, Decimal(4))]),  # une seule puce ne fait pas de somme
        # Les rangées d'un tableau collé (libellé, tabulation, valeur) sont des puces sans tiret…
        ("Nos prêts :\nFC\t8 200\nCaisse\t6 450 $\nNouveau prêt : 7 500 $",
         [(Genre.ARGENT, Decimal(14650)), (Genre.ARGENT, Decimal(7500))]),
        # … mais sous une question, deux lignes chiffrées sont deux valeurs, pas une somme.
        ("Combien on doit cotiser ?\nRevenus 12 000 $\nDépenses 3 000 $",
         [(Genre.ARGENT, Decimal(12000)), (Genre.ARGENT, Decimal(3000))]),
    ],
)
def test_fractions_reprises_et_listes(question, attendu):
    assert _valeurs(question) == attendu


def test_deux_valeurs_au_choix_sont_a_preciser():
    mentions = lire_mentions(preparer("On doit 18 000 au Fonds central… ou 8 000, je vérifie"), JOUR)
    assert [(m.valeur, m.approchee) for m in mentions] == [(Decimal(18000), True), (Decimal(8000), True)]
    assert mentions[0].texte == "18 000 au Fonds central… ou 8 000"


def test_un_tiers_d_heure_ne_tombe_pas_juste():
    (mention,) = lire_mentions(preparer("3⅓ h"), JOUR)
    assert mention.approchee and mention.valeur == Decimal("3.33")


@pytest.mark.parametrize("question", ["le 31 septembre 2025", "le 30 février", "le 29 février 2027"])
def test_une_date_qui_n_existe_pas_est_une_erreur(question):
    (mention,) = lire_mentions(preparer(question), JOUR)
    assert mention.genre == DATE_IMPOSSIBLE and "n'existe pas" in hors_limites(mention)


@pytest.mark.parametrize("question, attendu", [
    ("jusqu'à Pâques 2027", datetime.date(2027, 3, 28)),
    ("le Vendredi saint 2027", datetime.date(2027, 3, 26)),
])
def test_paques_et_ses_jours(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, attendu)]


def test_paques_passee_est_celle_de_l_an_prochain():
    (mention,) = lire_mentions(preparer("le lundi de Pâques"), JOUR)
    assert mention.prochaine == datetime.date(2027, 3, 29)


def test_chaque_semaine_est_une_frequence():
    assert _valeurs("Ils envoient les feuilles de temps chaque semaine") == []


def test_des_heures_dans_la_meme_journee_sont_bornees_par_elle():
    (mention,) = lire_mentions(preparer("3 quarts de 10 heures, tous dans la même journée"), JOUR)
    assert mention.valeur == Decimal(30) and "24 heures" in (hors_limites(mention) or "")


def test_un_detail_inclus_entre_parentheses_n_est_pas_une_autre_valeur():
    assert _valeurs("Actif 118 600 $ (ça inclut le camion évalué à 18 600 $), frais 1 200 $") == [
        (Genre.ARGENT, Decimal(118600)), (Genre.ARGENT, Decimal(1200))]


@pytest.mark.parametrize(
    "question, attendu",
    [
        # Le « k » tient lieu de virgule : 2,5 milliers.
        ("on voudrait 2k5 de plus", [(NOMBRE, Decimal(2500))]),
        ("on doit 3k2 au fonds", [(NOMBRE, Decimal(3200))]),
        # Dicté : des dollars et des cents ; pas une fourchette, ni deux valeurs qui ont leur unité.
        ("sa paye brute est de deux cent trente deux et quarante", [(NOMBRE, Decimal("232.40"))]),
        ("entre 150 et 40", [(NOMBRE, Decimal(150)), (NOMBRE, Decimal(40))]),
        # Écrits en chiffres, deux valeurs.
        ("les payes : 150 et 85", [(NOMBRE, Decimal(150)), (NOMBRE, Decimal(85))]),
        ("deux cent vingt et un dollars", [(Genre.ARGENT, Decimal(221))]),  # « et un » : un seul nombre
        ("elle en a fait onze et demie", [(NOMBRE, Decimal("11.5"))]),
    ],
)
def test_nombres_dits_ou_abreges(question, attendu):
    assert _valeurs(question) == attendu


def test_et_demie_apres_a_est_une_heure_de_la_journee():
    assert (NOMBRE, Decimal("7.5")) not in _valeurs("il arrive à 7 et demie")


def test_heures_et_trois_quarts():
    assert _valeurs("sept heures trois quarts") == [(Genre.HEURES, Decimal("7.75"))]
    assert _valeurs("une heure trois quarts") == [(Genre.HEURES, Decimal("1.75"))]


@pytest.mark.parametrize(
    "question, jour",
    [
        # Le 30 novembre 2026 est un lundi ; le 1er janvier est chômé, les 2 et 3 tombent en fin de semaine.
        ("le dernier jour ouvrable de novembre", datetime.date(2026, 11, 30)),
        ("le premier jour ouvrable de janvier 2027", datetime.date(2027, 1, 4)),
        ("l'an dernier à pareille date", datetime.date(2025, 12, 3)),
        ("il y a un an jour pour jour", datetime.date(2025, 12, 3)),
        ("à la fin du trimestre", datetime.date(2026, 12, 31)),
        ("au début du prochain trimestre", datetime.date(2027, 1, 1)),
    ],
)
def test_jours_ouvrables_pareille_date_et_trimestres(question, jour):
    assert _valeurs(question) == [(Genre.DATE, jour)]


def test_le_trimestre_est_celui_de_la_date_dite_avant():
    valeurs = _valeurs("un contrat qui commence le 1er avril 2027 et finit à la fin du trimestre")
    assert valeurs == [(Genre.DATE, datetime.date(2027, 4, 1)), (Genre.DATE, datetime.date(2027, 6, 30))]


@pytest.mark.parametrize("question", ["On doit environ 24 000 $", "On doit à peu près 5 000 $",
                                      "environ 30 heures"])
def test_l_approximation_lue_par_duckling_reste_une_approximation(question):
    assert all(m.approchee for m in lire_mentions(preparer(question), JOUR))


@pytest.mark.parametrize(
    "question, pseudonyme",
    [("p-mtb 0003 est sorti", "P-MTB-0003"), ("et PVDP0137 ?", "P-VDP-0137"),
     ("P–LAH–0007 (tirets d'un traitement de texte)", "P-LAH-0007")],
)
def test_pseudonymes_tapes_autrement(question, pseudonyme):
    assert (Genre.PSEUDONYME, pseudonyme) in _valeurs(question)


def test_un_mot_court_suivi_d_un_nombre_n_est_pas_un_pseudonyme():
    assert _valeurs("pour 2500") == [(NOMBRE, Decimal(2500))]


def test_la_borne_dite_d_une_periode_et_la_parenthese_qui_la_redit():
    assert _valeurs("si on l'envoie à la fin du 4e trimestre") == [(Genre.DATE, datetime.date(2026, 12, 31))]
    # « (juillet à septembre) » redit le trimestre : pas deux autres dates, en 2026.
    assert _valeurs("le contrat couvre le 3e trimestre 2027 (juillet à septembre)") == [
        (Genre.DATE, datetime.date(2027, 7, 1)), (Genre.DATE, datetime.date(2027, 9, 30))]
    assert _valeurs("Actif 9 800 $ (neuf mille huit cents)") == [(Genre.ARGENT, Decimal(9800))]
    # Une parenthèse qui dit autre chose (« échéance le… ») donne une autre valeur.
    assert _valeurs("à compter du 1er avril 2027 (échéance le 30 juin 2027)") == [
        (Genre.DATE, datetime.date(2027, 4, 1)), (Genre.DATE, datetime.date(2027, 6, 30))]


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("Il a ramassé 12 briques et demie", [(Genre.ARGENT, Decimal(12500))]),
        ("ça coûte une brique", [(Genre.ARGENT, Decimal(1000))]),
        ("salaire_cents = 2550", [(Genre.ARGENT, Decimal("25.5"))]),
        ("4 525 cennes", [(Genre.ARGENT, Decimal("45.25"))]),
        ("1 200 minutes au lavage", [(Genre.HEURES, Decimal(20))]),
        ("de 23 h à 3 h du matin, 2 nuits", [(Genre.HEURES, Decimal(8))]),
        ("de 8 h à 4 h au lavage", [(Genre.HEURES, Decimal(8))]),  # dit sur douze heures
        ("de 1 h à 4 h de l'après-midi", [(Genre.HEURES, Decimal(3))]),
        ("les montants en cents : brut_cents = 9900", [(Genre.ARGENT, Decimal(99))]),
        ("un contrat à 18 $ de l'heure pour 500 heures",
         [(Genre.ARGENT, Decimal(9000)), (Genre.HEURES, Decimal(500))]),
        ("un contrat à 18 $ à l'heure pour 500 heures",  # la même unité que le taux seul (PAR_HEURE)
         [(Genre.ARGENT, Decimal(9000)), (Genre.HEURES, Decimal(500))]),
        ("Elle fait 12 h par semaine. Combien ça donne pour une quinzaine ?", [(Genre.HEURES, Decimal(24))]),
        ("Elle fait 6 h par jour, toute la semaine. Et pour 3 jours ?", [(Genre.HEURES, Decimal(18))]),
    ],
)
def test_unites_familieres_et_plages_d_heures(question, attendu):
    assert _valeurs(question) == attendu


def test_une_date_en_chiffres_garde_son_autre_lecture():
    texte = preparer("le programme 2028, déposé le 09/10/2027 ou le 25/10/2027")
    ambigue, claire = lire_mentions(texte, JOUR)[-2:]
    assert (ambigue.valeur, ambigue.autre) == (datetime.date(2027, 10, 9), datetime.date(2027, 9, 10))
    assert (claire.valeur, claire.autre) == (datetime.date(2027, 10, 25), None)


@pytest.mark.parametrize("question", ["payé le 11/10/0000", "le 31/12/9999", "le 12/31/2026"])
def test_une_date_en_chiffres_impossible_ne_plante_pas(question):
    dates = [m.valeur for m in lire_mentions(preparer(question), JOUR) if m.genre == Genre.DATE]
    assert all(1950 <= d.year <= 2099 for d in dates)


def test_plus_de_24_heures_dites_d_un_jour_sont_impossibles():
    (heures, _) = lire_mentions(preparer("1 800 minutes mardi à la cuisine"), JOUR)
    assert heures.valeur == Decimal(30) and hors_limites(heures)


@pytest.mark.parametrize("question, taux", [
    ("L'an passé 10 %. Cette année le ministre a monté ça de 2 points.", [Decimal(12)]),
    ("le taux de 15 % baisse de 1,5 point", [Decimal("13.5")]),
    ("un taux de 10 % et 2 points de vente", [Decimal(10)]),  # des points de vente, pas de pourcentage
    ("il a monté ça de 2 points", []),  # sans taux dit avant, rien à quoi les ajouter
])
def test_des_points_de_pourcentage_s_ajoutent_au_taux_dit_avant(question, taux):
    assert [v for g, v in _valeurs(question) if g == Genre.TAUX] == taux


@pytest.mark.parametrize("question, attendu", [
    ("Semaine Brut\n1 88,40 $\n2 91,20 $\nTOTAL 179,60 $", Decimal("179.60")),
    ("- ventes : 88 200 $\n- contrat : 41 000 $\nsous-total : 129 200 $", Decimal(129200)),
])
def test_une_ligne_de_total_remplace_les_lignes_qu_elle_additionne(question, attendu):
    montants = [v for g, v in _valeurs(question) if g == Genre.ARGENT]
    assert montants == [attendu]


def test_un_total_qui_n_additionne_pas_les_lignes_d_avant_les_laisse():
    montants = [v for g, v in _valeurs("- ventes : 88 200 $\n- contrat : 41 000 $\ntotal : 150 000 $")
                if g == Genre.ARGENT]
    assert montants == [Decimal(88200), Decimal(41000), Decimal(150000)]


@pytest.mark.parametrize("question, dates", [
    ("du 15-01-27 au 30-06-27", [datetime.date(2027, 1, 15), datetime.date(2027, 6, 30)]),
    ("le 15/01/27", [datetime.date(2027, 1, 15)]),
])
def test_une_date_en_chiffres_avec_tirets_ou_annee_sur_deux_chiffres(question, dates):
    assert [v for g, v in _valeurs(question) if g == Genre.DATE] == dates


def test_debut_d_un_mois_est_son_premier_jour_a_faire_preciser():
    mentions = lire_mentions(preparer("ça commence début mars 2027"), JOUR)
    (debut,) = [m for m in mentions if m.genre == Genre.DATE]
    assert debut.valeur == datetime.date(2027, 3, 1) and debut.approchee


@pytest.mark.parametrize("question, heures", [
    ("horaire cuisine : 4h/j x 5j + 2h le samedi", [Decimal(20), Decimal(2)]),  # 4 × 5, puis 2 de plus
    ("7,5 h/jour pendant 3 j", [Decimal("22.5")]),
    ("18h/sem pendant 2 sem.", [Decimal(36)]),
])
def test_un_horaire_griffonne(question, heures):
    assert [v for g, v in _valeurs(question) if g == Genre.HEURES] == heures


def test_l_annee_dite_avant_le_jour_est_une_autre_annee():
    # Duckling lisait « 2028 le 15 octobre » : le 15 octobre 2028, et 2027 seule.
    assert _valeurs("Si on dépose le programme 2028 le 15 octobre 2027, on est-tu correct ?") == [
        (Genre.ANNEE, 2028), (Genre.DATE, datetime.date(2027, 10, 15))]
    assert _valeurs("de 2028 à 2030") == [(Genre.ANNEE, 2028), (Genre.ANNEE, 2030)]


@pytest.mark.parametrize("question", ["Pis pour 22 heures ce mois-là ?", "Et cette année là, combien ?"])
def test_ce_mois_la_renvoie_a_la_date_dont_on_parlait(question):
    assert not [v for g, v in _valeurs(question) if g == Genre.DATE]


def test_la_apres_une_date_sans_demonstratif_n_est_pas_une_anaphore():
    assert [(v.month, v.day) for g, v in _valeurs("le 3 mars la paie") if g == Genre.DATE] == [(3, 3)]


@pytest.mark.parametrize(("question", "attendu"), [
    ("le programme de dans deux ans", [(Genre.ANNEE, 2028)]),
    ("la paye d'il y a 2 ans", [(Genre.ANNEE, 2024)]),
    ("dans 6 mois", [(Genre.DATE, datetime.date(2027, 6, 3))]),  # l'année comptée reste la sienne
])
def test_un_delai_compte_depuis_la_demande(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(("question", "attendu"), [
    ("1/4 du revenu net", [(Genre.TAUX, Decimal(25))]),
    ("1/3 des revenus", [(Genre.TAUX, Decimal("33.33"))]),
    ("le 1/4 de 2027", [(Genre.DATE, datetime.date(2027, 4, 1))]),  # une date, à l'européenne
])
def test_une_part_en_chiffres_est_un_taux(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize("question", [
    "entre la Saint-Jean pis la fête du Travail",
    "entre le 24 juin pis le 7 septembre",
    "24 juin → 7 septembre",
])
def test_deux_bouts_dits_chacun_font_une_periode(question):
    debut, fin = lire_mentions(preparer(question), JOUR)
    assert (debut.valeur, fin.valeur) == (datetime.date(2026, 6, 24), datetime.date(2026, 9, 7))
    assert (debut.debut, debut.fin) == (fin.debut, fin.fin)  # une paire, comme un intervalle de Duckling


@pytest.mark.parametrize("question", ["30 h +/- 2 à l'emballage", "30 h ± 2", "~30 h", "≈ 30 h",
                                      "30 h, plus ou moins 2"])
def test_une_valeur_a_une_marge_pres_est_approchee_et_sa_marge_n_est_pas_une_valeur(question):
    (heures,) = lire_mentions(preparer(question), JOUR)
    assert (heures.genre, heures.valeur, heures.approchee) == (Genre.HEURES, Decimal(30), True)


def test_le_verbe_qui_ajoute_porte_sur_les_valeurs_qu_il_coordonne():
    ajoutees = lire_mentions(preparer("Le client veut ajouter 1 200 $ pis 80 h, et 300 $ à ça"), JOUR)
    assert [m.ecart for m in ajoutees] == [1, 1, 1]
    # « de plus » après la première ne dit rien des suivantes ; sans verbe, rien ne s'ajoute.
    assert [m.ecart for m in lire_mentions(preparer("500 $ de plus, 300 $ et 200 $"), JOUR)] == [1, 0, 0]
    assert [m.ecart for m in lire_mentions(preparer("Revenus 200 000 $ et frais 150 000 $"), JOUR)] == [0, 0]


def test_le_bout_d_une_periode_deja_passe_est_le_prochain():
    # Le jour de l'An 2026 est passé : « entre Noël pis le jour de l'An » finit le 1er janvier 2027.
    debut, fin = lire_mentions(preparer("Pis entre Noël pis le jour de l'An ?"), JOUR)
    assert (debut.valeur, fin.valeur) == (datetime.date(2026, 12, 25), datetime.date(2027, 1, 1))
    assert (debut.debut, debut.fin) == (fin.debut, fin.fin)


def test_la_fleche_prend_l_annee_de_la_fin():
    assert _valeurs("contrat 15 fév. → 30 avril 2027") == [
        (Genre.DATE, datetime.date(2027, 2, 15)), (Genre.DATE, datetime.date(2027, 4, 30))]


def test_avant_une_saison_passee_vise_la_prochaine():
    (printemps,) = lire_mentions(preparer("avant le printemps"), JOUR)
    assert printemps.valeur < JOUR and printemps.prochaine and printemps.prochaine.year == 2027


def test_entre_deux_mois_une_periode_mais_deux_jours_sans_annonce_deux_dates():
    debut, fin = lire_mentions(preparer("entre juillet et septembre"), JOUR)
    assert (debut.valeur, fin.valeur) == (datetime.date(2026, 7, 1), datetime.date(2026, 9, 30))
    mars, avril = lire_mentions(preparer("le 3 mars et le 5 avril"), JOUR)
    assert (mars.debut, mars.fin) != (avril.debut, avril.fin)


@pytest.mark.parametrize(
    "question, attendu",
    [
        # Un compte de choses à un prix chacune, ou un prix puis le compte de la même chose : le produit.
        ("On a vendu 250 chandelles à 12 $ au marché", [(Genre.ARGENT, Decimal(3000))]),
        ("On doit 3 mois de loyer à 900 $", [(Genre.ARGENT, Decimal(2700))]),
        ("0,85 $ la pièce pour 4 000 pièces", [(Genre.ARGENT, Decimal(3400))]),
        # Le prix d'une chose et le compte d'une autre ne se multiplient pas.
        ("2 $ la pièce, pour 30 détenus", [(Genre.ARGENT, Decimal(2)), (QUANTITE, Decimal(30))]),
    ],
)
def test_un_prix_unitaire_et_un_compte_font_un_montant(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("On l'a posté il y a 12 jours", datetime.date(2026, 11, 21)),
        ("Le contrat commence dans 30 jours", datetime.date(2027, 1, 2)),
        ("C'était il y a deux ans et demi", datetime.date(2024, 6, 3)),
    ],
)
def test_un_temps_compte_depuis_la_demande_est_un_jour(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, attendu)]


def test_une_autre_monnaie_n_est_pas_un_montant_en_dollars():
    mentions = lire_mentions(preparer("Une scie à 2 400 $ US et une autre à 900 euros"), JOUR)
    assert [m.genre for m in mentions] == [DEVISE, DEVISE]
    assert _valeurs("Une scie à 2 400 $ CA") == [(Genre.ARGENT, Decimal(2400))]


def test_une_fourchette_est_une_valeur_approchee_a_deux_bouts():
    for question in ("On emprunterait entre 12 000 et 18 000 $", "entre 12 000 $ et 18 000 $ à la caisse"):
        [m] = lire_mentions(preparer(question), JOUR)
        assert m.genre == Genre.ARGENT and m.approchee and m.bornes == (Decimal(12000), Decimal(18000))
    # La part d'une fourchette de taux est une fourchette de montants.
    taux, _ = lire_mentions(preparer("entre 20 et 30 % de la facture de 1 000 $"), JOUR)
    assert taux.part is not None and taux.part.bornes == (Decimal(200), Decimal(300))


def test_ne_pas_oublier_une_valeur_l_ajoute():
    [heures, _] = lire_mentions(preparer("N'oublie pas ses 3 h ½ de dimanche"), JOUR)
    assert (heures.genre, heures.valeur, heures.ecart) == (Genre.HEURES, Decimal("3.5"), 1)


def test_le_mois_d_avant_precede_le_mois_dit_plus_tot():
    # Duckling compte « le mois d'avant » depuis la demande : le même mois que « le mois passé ».
    assert _valeurs("Le mois passé par rapport au mois d'avant ?") == [
        (Genre.DATE, datetime.date(2026, 11, 1)), (Genre.DATE, datetime.date(2026, 10, 1))]
    assert _valeurs("En mars, pis le mois suivant ?") == [
        (Genre.DATE, datetime.date(2026, 3, 1)), (Genre.DATE, datetime.date(2026, 4, 1))]


def test_une_part_en_mots_n_est_pas_la_partie_au_contrat():
    assert _valeurs("Le quart de sa paye, un 5e des revenus") == [
        (Genre.TAUX, Decimal(25)), (Genre.TAUX, Decimal(20))]
    # « Le tiers » qui doit faire quelque chose est la partie au contrat, pas une part.
    assert _valeurs("L'obligation pour le tiers de transmettre les heures de chacun") == []
    # « Le 5e du mois » reste un jour.
    assert Genre.TAUX not in [genre for genre, _ in _valeurs("Payé le 5e du mois prochain")]


@pytest.mark.parametrize(
    ("question", "jour"),
    [
        ("22 heures, y'a 30 semaines pile", datetime.date(2026, 5, 7)),
        ("Ya 2 jours, il a fini", datetime.date(2026, 12, 1)),
    ],
)
def test_il_y_a_parle_date_le_passe(question, jour):
    assert (Genre.DATE, jour) in _valeurs(question)


def test_y_a_devant_un_compte_qui_n_est_pas_un_temps_reste_un_compte():
    assert [g for g, _ in _valeurs("Y'a 3 gars inscrits")] == [QUANTITE]


def test_depuis_une_fete_ouvre_la_periode_a_la_derniere_passee():
    mentions = lire_mentions(preparer("Pis depuis Pâques, en tout ?"), JOUR)
    dates = [m for m in mentions if m.genre == Genre.DATE]
    assert [(m.valeur, m.prochaine) for m in dates] == [(datetime.date(2026, 4, 5), None), (JOUR, None)]
    (fete,) = [m for m in lire_mentions(preparer("La paie de Pâques"), JOUR) if m.genre == Genre.DATE]
    assert fete.prochaine == datetime.date(2027, 3, 28)  # sans « depuis », l'autre lecture reste


def test_un_nombre_seul_entre_parentheses_compte_ce_qui_le_precede():
    assert _valeurs("Destinataires : membres du CA (7). Actif : 58 900 $") == [
        (QUANTITE, Decimal(7)), (Genre.ARGENT, Decimal(58900))]


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("il a fait le double de ses 9 heures habituelles", [(Genre.HEURES, Decimal(18))]),
        ("le triple du montant de 4 000 $", [(Genre.ARGENT, Decimal(12000))]),
        ("il a fait 3 fois 7 heures", [(Genre.HEURES, Decimal(21))]),
        # Des fois comptées par période : pas un multiple.
        ("3 fois par semaine, 4 heures", [(QUANTITE, Decimal(3)), (Genre.HEURES, Decimal(4))]),
        # Le double de ce qui n'est pas dit : la valeur dite plus loin reste la sienne.
        ("le double de ce qu'il faisait, 9 heures", [(Genre.HEURES, Decimal(9))]),
    ],
)
def test_une_valeur_multipliee_est_la_valeur_calculee(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("3 000 $ par mois pendant 4 mois", [(Genre.ARGENT, Decimal(12000))]),
        # Cinq mois entiers, du premier au dernier jour.
        ("2 400 $ par mois, 160 heures par mois, du 1er mars au 31 juillet 2027",
         [(Genre.ARGENT, Decimal(12000)), (Genre.HEURES, Decimal(800)),
          (Genre.DATE, datetime.date(2027, 3, 1)), (Genre.DATE, datetime.date(2027, 7, 31))]),
        # Huit semaines : « par semaine du 4 janvier » n'est pas la semaine du 4 janvier.
        ("500 $ par semaine du 4 janvier au 28 février 2027",
         [(Genre.ARGENT, Decimal(4000)), (Genre.DATE, datetime.date(2027, 1, 4)),
          (Genre.DATE, datetime.date(2027, 2, 28))]),
        # Quatre mois et demi : pas un nombre entier de mois, la valeur reste par mois.
        ("1 000 $ par mois du 15 mars au 30 juillet 2027",
         [(Genre.ARGENT, Decimal(1000)), (Genre.DATE, datetime.date(2027, 3, 15)),
          (Genre.DATE, datetime.date(2027, 7, 30))]),
    ],
)
def test_une_valeur_par_periode_se_totalise_sur_la_periode_dite(question, attendu):
    assert _valeurs(question) == attendu


def test_une_valeur_par_periode_sans_periode_dite_garde_son_unite():
    (montant,) = lire_mentions(preparer("une entente à 1 500 $ par mois"), JOUR)
    assert (montant.valeur, montant.periode) == (Decimal(1500), "mois")


@pytest.mark.parametrize(
    "question, attendu",
    [
        ("y'a trois ans aujourd'hui jour pour jour, il a fait 9 heures",
         [(Genre.DATE, datetime.date(2023, 12, 3)), (Genre.HEURES, Decimal(9))]),
        ("il y a 2 ans aujourd'hui", [(Genre.DATE, datetime.date(2024, 12, 3))]),
        # La semaine que décrit la relative, pas celle en cours.
        ("la semaine qui finissait le 3 mars, il a fait 9 heures",
         [(Genre.DATE, datetime.date(2026, 3, 3)), (Genre.HEURES, Decimal(9))]),
    ],
)
def test_le_jour_dit_a_pareille_date_et_la_periode_decrite(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, attendu",
    [
        # La décimale à l'anglaise devant un multiple : pas « 5 k$ » ni « 2 M$ ».
        ("un contrat de 3.5 k$", [(Genre.ARGENT, Decimal(3500))]),
        ("1.2 M$ de revenus", [(Genre.ARGENT, Decimal(1200000))]),
        ("1.5 mille $", [(Genre.ARGENT, Decimal(1500))]),
        # L'ordre ISO avec une barre ou un point.
        ("le 2027/10/15", [(Genre.DATE, datetime.date(2027, 10, 15))]),
        ("le 2027.10.15", [(Genre.DATE, datetime.date(2027, 10, 15))]),
        # Un jour qui n'existe pas dans un mois qui existe : une erreur d'entrée, pas trois nombres.
        ("du 01/03/2027 au 31/02/2027",
         [(Genre.DATE, datetime.date(2027, 3, 1)), (DATE_IMPOSSIBLE, "31/02/2027")]),
        ("le 2027/02/30", [(DATE_IMPOSSIBLE, "2027/02/30")]),
    ],
)
def test_ecritures_a_l_anglaise_et_dates_iso(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, facteur",
    [
        ("si nos revenus baissent de 8 %", Decimal("0.92")),
        ("une hausse de 3 %", Decimal("1.03")),
        ("le ministre a coupé notre taux de moitié", Decimal("0.5")),
        ("son collègue a fait les deux tiers de ça", Decimal(2) / 3),
    ],
)
def test_une_variation_est_un_facteur(question, facteur):
    assert _valeurs(question)[0] == (VARIATION, facteur)


@pytest.mark.parametrize(
    "question, attendu",
    [
        # Un taux qui passe d'une valeur à une autre, et une part de la valeur dite : pas des variations.
        ("le taux a monté de 10 % à 12 %", [(Genre.TAUX, Decimal(10)), (Genre.TAUX, Decimal(12))]),
        ("la moitié de ses 9 heures", [(Genre.TAUX, Decimal(50)), (Genre.HEURES, Decimal(9))]),
    ],
)
def test_ce_qui_n_est_pas_une_variation(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, attendu",
    [
        # L'écart s'applique à la valeur qui suit « que ».
        ("il a fait 3 heures de plus que les 20 heures prévues", [(Genre.HEURES, Decimal(23))]),
        ("Sa paye, c'est une cenne de moins que 200 $.", [(Genre.ARGENT, Decimal("199.99"))]),
        # « Par-dessus » ajoute l'écart à la valeur qui suit.
        ("montée de 1 200 $ par-dessus les 23 500 $ prévus", [(Genre.ARGENT, Decimal(24700))]),
        # Sans valeur après « que », l'écart reste un écart à la valeur dite avant.
        ("ça va coûter 1 500 $ de plus que prévu", [(Genre.ARGENT, Decimal(1500))]),
        # « pas une cenne » n'est pas une valeur.
        ("y a pas une cenne dans son compte", []),
    ],
)
def test_un_ecart_compare_a_la_valeur_qui_suit(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(
    "question, attendu",
    [
        # Des heures par jour sur des jours nommés font une semaine, que les semaines dites totalisent.
        ("6 h par jour du lundi au mercredi pendant 3 semaines", [(Genre.HEURES, Decimal(54))]),
        ("les 2 semaines qui viennent, 4 h par jour du mardi au vendredi", [(Genre.HEURES, Decimal(32))]),
        # Un montant par période aussi : la pension de deux semaines.
        ("paye de 300 $ pour 2 semaines, la pension de 20 $ par semaine",
         [(Genre.ARGENT, Decimal(300)), (Genre.ARGENT, Decimal(40))]),
        # Un quart dit par son début et sa fin.
        ("il rentre à 8h et il sort à 14h30 du lundi au mercredi", [(Genre.HEURES, Decimal("19.5"))]),
    ],
)
def test_les_periodes_et_les_quarts_se_totalisent(question, attendu):
    assert _valeurs(question) == attendu


def test_une_valeur_dite_comme_une_part_donne_le_tout():
    assert _valeurs("les 6 000 $, c'est juste le tiers des dettes") == [(Genre.ARGENT, Decimal(18000))]
    # « la moitié de 9 000 $ » reste une part (le taux et son tout).
    assert _valeurs("la moitié de 9 000 $") == [(Genre.TAUX, Decimal(50)), (Genre.ARGENT, Decimal(9000))]


def test_un_montant_dit_negatif_en_mots():
    assert _valeurs("un actif négatif de 1 500 $") == [(Genre.ARGENT, Decimal(-1500))]
    assert _valeurs("on est 800 $ dans le rouge") == [(Genre.ARGENT, Decimal(-800))]
    assert _valeurs("une encaisse négative de 90 $") == [(Genre.ARGENT, Decimal(-90))]


def test_le_jour_d_un_mois_relatif():
    # Duckling lit « le 20 » comme le prochain 20 (ici le 20 décembre) et le mois à part.
    assert _valeurs("le 20 du mois prochain") == [(Genre.DATE, datetime.date(2027, 1, 20))]
    assert _valeurs("le 2 du mois passé") == [(Genre.DATE, datetime.date(2026, 11, 2))]
    assert [g for g, _ in _valeurs("le 31 du mois passé")] == [DATE_IMPOSSIBLE]


def test_une_cenne_dite_en_lettres_apres_les_dollars():
    assert _valeurs("dix mille piasses pis une cenne") == [(Genre.ARGENT, Decimal("10000.01"))]


def test_une_valeur_choisie_par_une_regle_entre_deux_valeurs_connues_est_calculee():
    mentions = lire_mentions(preparer("le moindre de 26 000 $ ou 80 % de 30 000 $, dettes 5 000 $"), JOUR)
    assert [(m.genre, m.valeur) for m in mentions] == [(Genre.ARGENT, Decimal(24000)),
                                                       (Genre.ARGENT, Decimal(5000))]
    assert mentions[0].calcul == "le moindre de 26 000 $ ou 80 % de 30 000 $"


@pytest.mark.parametrize("question", [
    "le liquidateur touche le plus élevé de 1 000 $ ou 2 % de l'actif. Actif 68 500 $",
    "le liquidateur touche 3 % de l'actif, mais pas plus que 1 500 $. Actif 62 000",
])
def test_une_regle_dont_une_branche_est_inconnue_est_a_faire_preciser(question):
    mentions = lire_mentions(preparer(question), JOUR)
    assert [m.approchee for m in mentions] == [True, True, False]


@pytest.mark.parametrize(("question", "approchee"), [
    ("un contrat qui commence lundi le 5 janvier 2027", True),  # le 5 janvier 2027 est un mardi
    ("un contrat qui commence le mardi 5 janvier 2027", False),
])
def test_l_annee_dite_apres_le_jour_de_semaine_est_celle_de_la_date(question, approchee):
    [date] = lire_mentions(preparer(question), JOUR)
    assert date.valeur == datetime.date(2027, 1, 5) and date.approchee is approchee


def test_le_meme_nombre_offert_dans_deux_unites_est_a_faire_preciser():
    question = "le jugement dit « 20 » pis je sais pas si c'est 20 $ ou 20 % de sa paye"
    mentions = lire_mentions(preparer(question), JOUR)
    assert [m.genre for m in mentions] == [NOMBRE, Genre.ARGENT, Genre.TAUX]
    assert all(m.approchee for m in mentions)


@pytest.mark.parametrize(("question", "attendu"), [
    ("Taux fixé : sept et demi. Cotisation?", [(Genre.TAUX, Decimal("7.5"))]),
    ("un taux de 12 cette fois", [(Genre.TAUX, Decimal(12))]),
    ("au taux horaire de 5,81", [(NOMBRE, Decimal("5.81"))]),  # un taux horaire est un montant
    ("un taux de 0,15", [(NOMBRE, Decimal("0.15"))]),  # une fraction : lue au remplissage
])
def test_un_nombre_que_le_mot_taux_nomme_est_un_pourcentage(question, attendu):
    assert _valeurs(question) == attendu


@pytest.mark.parametrize(("question", "attendu"), [
    ("le dépôt reçu le vendredi avant l'Action de grâce", datetime.date(JOUR.year, 10, 9)),
    ("le lundi après Pâques 2027", datetime.date(2027, 3, 29)),
    ("le lundi avant Noël", datetime.date(JOUR.year, 12, 21)),  # Duckling lit tout : le 25
    ("le vendredi avant le 15 octobre", datetime.date(JOUR.year, 10, 9)),
])
def test_un_jour_de_semaine_avant_ou_apres_une_date_se_compte_depuis_elle(question, attendu):
    assert _valeurs(question) == [(Genre.DATE, attendu)]

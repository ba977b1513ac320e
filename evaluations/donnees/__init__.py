"""Évaluation des réponses sur les registres d'un fonds (route « donnees »).

- `attendus.py` construit l'échantillon fictif dans une base SQLite temporaire et calcule les chiffres
  attendus de chaque question en SQL brut, sans le code de l'assistant ; il écrit
  `evaluations/datasets/donnees.jsonl` (et garde le découpage dev/test fait une fois) ;
- `lot2.py` à `lot25.py` écrivent de même `donnees2.jsonl` à `donnees25.jsonl` ; `lots.py` tient ce qu'ils
  partagent (fichiers, `main`, contrôles, dates et écritures communes) ; `jeux.py` les déclare une fois ;
- `notation.py` note une réponse (route, valeurs, fuites d'un autre fonds) : fonctions pures ;
- `runner.py` passe un jeu dans le moteur, avec l'identité de chaque cas, et écrit le rapport ;
- `python -m evaluations.donnees [--jeu dev|test|tout|FICHIER] [--sortie DOSSIER]`.
"""

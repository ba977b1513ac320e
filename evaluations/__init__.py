"""Évaluations : jeux de données, métriques, rapports et bancs d'essai."""

"""Consultations des registres d'un fonds : des outils en lecture seule, déclarés comme les calculateurs."""

"""Recherche hybride dans le corpus : BM25 français, vecteurs denses, fusion RRF."""

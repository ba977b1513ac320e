"""Les registres des fonds : schéma et migrations, échantillon fictif, import et export CSV, identités
et lectures typées qui appliquent le fonds et le rôle avant tout (voir requetes.py)."""

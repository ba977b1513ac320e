"""Environnement Alembic : le moteur vient de l'appelant (corpus.fonds.base.migrer), pas d'un .ini."""

from __future__ import annotations

from alembic import context

from corpus.fonds.modeles import Base

moteur = context.config.attributes["moteur"]
with moteur.begin() as connexion:
    # render_as_batch : SQLite ne sait modifier une table qu'en la recopiant.
    context.configure(connection=connexion, target_metadata=Base.metadata, render_as_batch=True)
    context.run_migrations()

"""Le registre des consultations : toutes celles déclarées par `@consultation` dans ce paquet.

Ajouter une consultation, c'est écrire sa fonction (dans un module du paquet), ses tests et ses
exemples : rien à ajouter ici. Une consultation s'exécute avec l'identité de la requête ; la couche
de données applique rôle et fonds, journalise, et refuse par `AccesRefuse`.
"""

from __future__ import annotations

import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

import assistant.registres as paquet
from assistant.registres.declaration import Consultation, Tableau
from corpus.fonds.identite import Identite
from outils.registre import declares, traduire

# Ce ne sont pas des consultations.
SOUTIEN = {"declaration", "registre", "entites", "tableaux", "comparaison"}


CONSULTATIONS: dict[str, Consultation] = {
    nom: c for nom, c in declares(paquet, SOUTIEN).items() if isinstance(c, Consultation)
}


def consulter(
    nom: str, arguments: dict[str, Any], identite: Identite, session: Session, jour: datetime.date
) -> Tableau:
    """Valide les arguments avec le schéma de la consultation, puis la fait pour cette identité."""
    consultation = CONSULTATIONS[nom]
    try:
        valides = consultation.schema.model_validate(arguments)
    except ValidationError as erreur:
        raise traduire(erreur, consultation.schema) from None
    donnes = {champ: getattr(valides, champ) for champ in valides.model_fields_set}
    return consultation.fonction(identite, session, jour, **donnes)

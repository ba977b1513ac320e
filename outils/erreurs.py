"""Erreurs d'entrée des calculateurs : un message français qui nomme le champ fautif."""

from __future__ import annotations


class EntreeInvalide(ValueError):
    """Entrée refusée par un calculateur.

    On refuse plutôt que de deviner : jamais de zéro silencieux. Le champ nommé
    permet à l'interface (ou au modèle de langue) de corriger la bonne valeur.
    """

    def __init__(self, champ: str, message: str, article: str | None = None) -> None:
        self.champ = champ
        self.message = message.rstrip(". ")
        self.article = article
        super().__init__(str(self))

    def __str__(self) -> str:
        texte = f"{self.champ} : {self.message}"
        if self.article:
            texte += f" — {self.article}"
        return texte + "."

    def __reduce__(self) -> tuple[type, tuple[str, str, str | None]]:
        # Sans cela, pickle (multiprocessing) rappellerait __init__ avec un seul argument.
        return (type(self), (self.champ, self.message, self.article))

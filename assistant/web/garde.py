"""La limite de concurrence du travail lié aux modèles, partagée par l'API et le chat."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager


class Occupe(RuntimeError):
    """Toutes les places sont prises depuis trop longtemps."""


class Garde:
    """Au plus `places` réponses calculées en même temps ; les autres attendent leur tour."""

    def __init__(self, places: int, attente_max: float = 120.0) -> None:
        self.places = places
        self.attente_max = attente_max
        self._semaphore = threading.BoundedSemaphore(places)

    @contextmanager
    def place(self) -> Iterator[None]:
        if not self._semaphore.acquire(timeout=self.attente_max):
            raise Occupe("Le serveur est occupé : réessayez dans un instant.")
        try:
            yield
        finally:
            self._semaphore.release()

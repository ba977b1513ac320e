"""Schemathesis contre la spécification OpenAPI de l'application (vrai moteur) : aucune erreur serveur."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def schema_api(moteur, config, tmp_path_factory):
    from assistant.web.app import creer_app

    dossier = tmp_path_factory.mktemp("schemathesis")
    cfg = config.model_copy(update={"donnees": dossier, "limite_questions": "1000000/minute",
                                    "limite_avis": "1000000/minute"})
    return schemathesis.openapi.from_asgi("/api/openapi.json", creer_app(moteur, cfg))


def test_api_sans_erreur_serveur(schema_api) -> None:
    operations = [resultat.ok() for resultat in schema_api.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/ask", "/api/ask/stream", "/api/avis", "/api/health"}
    statuts: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=40, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def appeler(case) -> None:
            reponse = case.call_and_validate(checks=[not_a_server_error])
            statuts.append(reponse.status_code)
            if reponse.status_code >= 400:
                assert "error" in reponse.json()

        appeler()
    assert len(statuts) >= 40 and max(statuts) < 500

"""Which roles a verified token's claims grant: the configured claim only, read as API Gateway passes it."""

from __future__ import annotations

import pytest

from commentguard.api.auth import roles_of


@pytest.fixture(autouse=True)
def _cognito_groups(monkeypatch):
    monkeypatch.delenv("ROLE_CLAIM", raising=False)


def test_the_flattened_array_api_gateway_passes_grants_each_of_its_groups():
    assert roles_of({"cognito:groups": "[moderator admin]"}) == {"moderator", "admin"}
    assert roles_of({"cognito:groups": "[moderator]"}) == {"moderator"}


def test_a_list_or_a_single_groups_name_grants_that_group():
    assert roles_of({"cognito:groups": ["admin"]}) == {"moderator", "admin"}
    assert roles_of({"cognito:groups": "moderator"}) == {"moderator"}


def test_a_group_whose_name_holds_a_comma_or_a_space_grants_nothing():
    assert roles_of({"cognito:groups": "x,admin"}) == set()
    assert roles_of({"cognito:groups": "team admin"}) == set()


def test_another_claim_naming_roles_grants_nothing_when_the_configured_claim_is_missing():
    assert roles_of({"roles": "[admin]", "sub": "intruder"}) == set()


def test_a_site_that_names_another_claim_has_its_roles_read_from_that_claim(monkeypatch):
    monkeypatch.setenv("ROLE_CLAIM", "roles")
    assert roles_of({"roles": ["moderator"], "cognito:groups": ["admin"]}) == {"moderator"}

"""Readers the site signed in: the JWT its backend signs with the stack's AuthorSigningSecret."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from commentguard.signed_author import InvalidAuthorToken, SignedAuthor, sign, verify

KEY = b"k" * 64
NOW = 1_800_000_000.0


def _b64(value: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


def _signed(claims: dict) -> str:
    """A token signed as a JWT library signs it, with claims of the test's choosing."""
    body = f"{_b64({'alg': 'HS256', 'typ': 'JWT'})}.{_b64(claims)}"
    return f"{body}.{base64.urlsafe_b64encode(hmac.new(KEY, body.encode(), hashlib.sha256).digest()).decode()}"


def _token(header: dict, claims: dict, signature: str = "c2ln") -> str:
    return f"{_b64(header)}.{_b64(claims)}.{signature}"


def test_a_token_the_site_signed_names_its_reader():
    token = sign(KEY, "user-42", NOW + 600, name="Ann Lee", email="ann@example.org")
    assert verify(KEY, token, NOW) == SignedAuthor("user-42", "Ann Lee", "ann@example.org")
    assert verify(KEY, sign(KEY, "7", NOW + 600), NOW) == SignedAuthor("7", None, None)


def test_a_numeric_user_id_and_an_audience_list_as_jwt_libraries_write_them_are_taken():
    token = _signed({"sub": 1234, "aud": ["commentguard", "other"], "exp": NOW + 600})
    assert verify(KEY, token, NOW).user_id == "1234"


@pytest.mark.parametrize("token, why", [
    (sign(b"another key", "user-42", NOW + 600), "is not signed with this site's AuthorSigningSecret"),
    (sign(KEY, "user-42", NOW - 3600), "has expired"),
    ("not a token", "is not a JWT"),
    ("a.b.c", "is not a JWT"),
    (_token({"alg": "none"}, {"sub": "1", "aud": "commentguard", "exp": NOW + 600}, ""), "is not a JWT"),
    (_token({"alg": "none"}, {"sub": "1", "aud": "commentguard", "exp": NOW + 600}), "must be signed with HS256"),
    (_token({"alg": "RS256"}, {"sub": "1", "aud": "commentguard", "exp": NOW + 600}), "must be signed with HS256"),
])
def test_a_token_the_site_did_not_sign_for_now_is_refused_saying_why(token, why):
    with pytest.raises(InvalidAuthorToken, match=why):
        verify(KEY, token, NOW)


@pytest.mark.parametrize("claims, why", [
    ({"sub": "1", "exp": NOW + 600}, 'must have aud "commentguard"'),
    ({"sub": "1", "aud": "billing", "exp": NOW + 600}, 'must have aud "commentguard"'),
    ({"sub": "1", "aud": "commentguard"}, "must have exp"),
    ({"aud": "commentguard", "exp": NOW + 600}, "must have sub"),
    ({"sub": "x" * 129, "aud": "commentguard", "exp": NOW + 600}, "must have sub"),
    ({"sub": "1", "aud": "commentguard", "exp": NOW + 600, "name": "A" * 246}, "claim name must be a string"),
    ({"sub": "1", "aud": "commentguard", "exp": NOW + 600, "email": "not-an-address"}, "claim email must be"),
    ({"sub": "1", "aud": "commentguard", "exp": NOW + 10 * 365 * 86400}, "lives too long: exp at most 24 h"),
    ({"sub": "1", "aud": "commentguard", "exp": float("inf")}, "must have exp"),
    ({"sub": "1", "aud": "commentguard", "exp": float("nan")}, "must have exp"),
    ({"sub": "1", "aud": "commentguard", "exp": NOW + 600, "nbf": NOW + 3600}, "is not valid yet"),
    ({"sub": "1", "aud": "commentguard", "exp": NOW + 600, "nbf": "soon"}, "is not valid yet"),
])
def test_a_signed_token_without_the_claims_commentguard_needs_is_refused_saying_which(claims, why):
    with pytest.raises(InvalidAuthorToken, match=why):
        verify(KEY, _signed(claims), NOW)


def test_a_token_a_minute_past_its_expiry_still_passes_for_clocks_that_differ():
    assert verify(KEY, sign(KEY, "1", NOW - 30), NOW).user_id == "1"


def test_a_token_for_a_long_read_and_one_valid_from_a_minute_ahead_pass():
    day = {"sub": "1", "aud": "commentguard", "exp": NOW + 24 * 3600, "nbf": NOW + 30}
    assert verify(KEY, _signed(day), NOW).user_id == "1"


def test_a_signed_token_with_characters_added_to_its_signature_is_refused():
    token = sign(KEY, "user-42", NOW + 600)
    for tampered in (token + "!!", token + "==", token[:-2] + "+/"):
        with pytest.raises(InvalidAuthorToken):
            verify(KEY, tampered, NOW)

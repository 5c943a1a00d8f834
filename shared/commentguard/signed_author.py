"""Readers the site has signed in: a short-lived token the site's backend signs for the reader it knows.

WordPress ties a logged-in reader's comment to their account (and, with "Users must be registered and
logged in to comment", takes no other). A news site's accounts live in its own systems, so its backend
vouches for the reader instead: a JWT signed with HS256 and the stack's ``AuthorSigningSecret``, carried
in the comment's ``author_token`` field. Every language the site may be written in has a library for
that; verifying it needs only the standard library here, which keeps the intake layer as it was.

Claims: ``sub`` the site's user id (required), ``aud`` "commentguard" (required: a token the site signs
for something else is not one of these), ``exp`` (required; at most ``MAX_LIFETIME_SECONDS`` ahead), ``nbf``
(optional), ``name`` (shown as the author), ``email`` (optional: identity for trust, spam marks and privacy
requests where given, the user id otherwise; the form's email is not asked).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
from dataclasses import dataclass

from .formtoken import b64url, unb64url
from .submission import AUTHOR_MAX, EMAIL_MAX, USER_ID_MAX  # the form's limits hold for what the site signs too

AUDIENCE = "commentguard"
# A token this much past its exp still passes: the site's clock and ours need not agree to the second.
LEEWAY_SECONDS = 60
NOT_A_JWT = "is not a JWT (three base64url parts of JSON)"
# A token that lives longer is a standing identity for whoever copies it out of a page, a log or a cache.
MAX_LIFETIME_SECONDS = 24 * 3600


class InvalidAuthorToken(ValueError):
    """Not a token the site signed for this reader now: the message says what is wrong with it."""


@dataclass(frozen=True)
class SignedAuthor:
    user_id: str
    name: str | None
    email: str | None


def _json_part(part: str) -> dict:
    try:
        value = json.loads(unb64url(part))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidAuthorToken(NOT_A_JWT) from exc
    if not isinstance(value, dict):
        raise InvalidAuthorToken(NOT_A_JWT)
    return value


def _text(claims: dict, name: str, most: int) -> str | None:
    value = claims.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str) or len(value.strip()) > most:
        raise InvalidAuthorToken(f"claim {name} must be a string of at most {most} characters")
    return value.strip()


def verify(secret: bytes, token: str, now: float) -> SignedAuthor:
    """The reader the token names, if the site signed it with ``secret`` for Commentguard and it has not
    expired; else InvalidAuthorToken saying why."""
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        raise InvalidAuthorToken(NOT_A_JWT)
    header, claims = _json_part(parts[0]), _json_part(parts[1])
    # Only HS256: "none", or a public-key algorithm read with the shared secret as its key, would let
    # anyone sign.
    if header.get("alg") != "HS256":
        raise InvalidAuthorToken(f"must be signed with HS256, not {header.get('alg')!r}")
    expected = hmac.new(secret, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
    try:
        signature = unb64url(parts[2])
    except ValueError as exc:
        raise InvalidAuthorToken(NOT_A_JWT) from exc
    if not hmac.compare_digest(expected, signature):
        raise InvalidAuthorToken("is not signed with this site's AuthorSigningSecret")
    audience = claims.get("aud")
    if audience != AUDIENCE and not (isinstance(audience, list) and AUDIENCE in audience):
        raise InvalidAuthorToken(f'must have aud "{AUDIENCE}"')
    expires = claims.get("exp")
    if not _seconds(expires):
        raise InvalidAuthorToken("must have exp, when it expires (seconds since 1970)")
    if expires + LEEWAY_SECONDS < now:
        raise InvalidAuthorToken("has expired: the site signs a new one for each comment form")
    if expires - now > MAX_LIFETIME_SECONDS + LEEWAY_SECONDS:
        raise InvalidAuthorToken(f"lives too long: exp at most {MAX_LIFETIME_SECONDS // 3600} h from now")
    not_before = claims.get("nbf")
    if not_before is not None and (not _seconds(not_before) or not_before - LEEWAY_SECONDS > now):
        raise InvalidAuthorToken("is not valid yet (nbf)")
    user_id = claims.get("sub")
    if isinstance(user_id, int) and not isinstance(user_id, bool):
        user_id = str(user_id)
    if not isinstance(user_id, str) or not user_id.strip() or len(user_id) > USER_ID_MAX:
        raise InvalidAuthorToken(f"must have sub, the reader's user id on the site (1 to {USER_ID_MAX} characters)")
    email = _text(claims, "email", EMAIL_MAX)
    if email is not None and "@" not in email:
        raise InvalidAuthorToken("claim email must be an email address")
    return SignedAuthor(user_id=user_id.strip(), name=_text(claims, "name", AUTHOR_MAX), email=email)


def _seconds(value: object) -> bool:
    """A time claim: a finite number (JSON allows 1e999, and Python's parser NaN)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def sign(secret: bytes, user_id: str, expires_at: float, name: str | None = None, email: str | None = None) -> str:
    """What the site's backend does (in its own language): for the local stack, the tests and the docs."""
    def part(value: dict) -> str:
        return b64url(json.dumps(value, separators=(",", ":")).encode())

    claims = {"sub": user_id, "aud": AUDIENCE, "exp": int(expires_at),
              **({"name": name} if name else {}), **({"email": email} if email else {})}
    signing_input = f"{part({'alg': 'HS256', 'typ': 'JWT'})}.{part(claims)}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(signature)}"

"""Signed form-render tokens: proof of when the comment form was shown, which a bot cannot forge.

The site's page asks for a token when it renders the form and sends it back with the comment.
A comment sent a few seconds after the form appeared was not typed by a person (Antispam Bee's
"submitted too fast" check). The token binds the post id so it cannot be replayed elsewhere.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass


class InvalidToken(ValueError):
    pass


@dataclass(frozen=True)
class FormToken:
    post_id: str
    issued_at: float


def b64url(data: bytes) -> str:
    """base64url without padding, as JWTs and these tokens write bytes."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64url(text: str) -> bytes:
    """base64url without its padding, strictly: a character outside its alphabet is a ValueError, not skipped, so
    that one signed text has one spelling (a signature with "!!" after it is no signature)."""
    return base64.b64decode(text + "=" * (-len(text) % 4), altchars=b"-_", validate=True)


def _sign(key: bytes, payload: str) -> str:
    return b64url(hmac.new(key, b"form-token:" + payload.encode(), hashlib.sha256).digest())


def issue(key: bytes, post_id: str, now: float) -> str:
    payload = b64url(f"{post_id}\n{int(now * 1000)}".encode())
    return f"{payload}.{_sign(key, payload)}"


def verify(key: bytes, token: str) -> FormToken:
    """Return the token's facts, or raise InvalidToken if it was not signed with this key."""
    payload, _, signature = token.partition(".")
    if not payload or not signature or not hmac.compare_digest(_sign(key, payload).encode(), signature.encode()):
        raise InvalidToken("signature does not match")
    try:
        post_id, millis = unb64url(payload).decode().split("\n")
        return FormToken(post_id=post_id, issued_at=int(millis) / 1000)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidToken("malformed token") from exc

"""The HTTP API's JWT authorizer, for the local stack.

In AWS, API Gateway verifies a moderator's bearer token (signature against the issuer's keys,
issuer, audience, expiry) before the function runs, and hands the claims to it. Locally, the stack
generates an RSA key when it starts, verifies tokens against it the same way, and writes what
`commentguard token` needs to mint tokens it accepts.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ISSUER = "https://commentguard.local/issuer"
AUDIENCE = "commentguard-moderation"
ROLE_CLAIM = "cognito:groups"


class Unauthorized(Exception):
    """A request API Gateway's JWT authorizer refuses: 401 {"message": "Unauthorized"}, whatever the
    cause, and a WWW-Authenticate header that says it (RFC 6750), as API Gateway answers."""

    @property
    def challenge(self) -> str:
        if str(self) == MISSING:
            return "Bearer"
        why = str(self).replace('"', "'")
        return f'Bearer error="invalid_token", error_description="{why}"'


MISSING = "missing bearer token"


def running_stack(path: Path | None = None) -> dict[str, Any]:
    """What the last `commentguard serve` wrote: api_url, endpoint_url (empty if none ran)."""
    path = path or state_file()
    return json.loads(path.read_text()) if path.exists() else {}


def listening(url: str | None) -> bool:
    """Whether something still listens at ``url``: a serve killed without its cleanup leaves its state
    behind, pointing at a port nobody listens on."""
    import socket
    from urllib.parse import urlsplit

    try:
        where = urlsplit(url or "")
        if not where.hostname:
            return False
        socket.create_connection((where.hostname, where.port or 80), timeout=2).close()
    except (OSError, ValueError):
        return False
    return True


def state_file() -> Path:
    """Where the running local stack leaves its signing key for `commentguard token`."""
    base = os.environ.get("COMMENTGUARD_STATE_DIR") or Path.home() / ".cache" / "commentguard"
    return Path(base) / "local-issuer.json"


@dataclass
class LocalIssuer:
    private_pem: bytes
    kid: str
    issuer: str = ISSUER
    audience: str = AUDIENCE

    @classmethod
    def generate(cls) -> LocalIssuer:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import rsa

        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return cls(pem, kid=uuid.uuid4().hex[:16])

    # -- persistence, so another process can mint tokens --------------------------------------
    def save(self, path: Path | None = None, **stack: Any) -> Path:
        """Write the key, and where the stack listens (``stack``: api_url, endpoint_url), for the CLI."""
        path = path or state_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as out:
            json.dump({"private_pem": self.private_pem.decode(), "kid": self.kid, "issuer": self.issuer,
                       "audience": self.audience, **stack}, out)
        return path

    def forget(self, path: Path | None = None) -> None:
        """Remove what ``save`` wrote, so that no command takes a stopped stack for a running one.

        Left alone if it is not this key's: another `commentguard serve`, started since, wrote it."""
        path = path or state_file()
        try:
            if json.loads(path.read_text()).get("kid") != self.kid:
                return
            path.unlink()
        except (OSError, ValueError):
            pass  # gone already, or not ours to judge

    @classmethod
    def load(cls, path: Path | None = None) -> LocalIssuer:
        path = path or state_file()
        if not path.exists():
            raise FileNotFoundError(f"no local stack key at {path}: start it first with `commentguard serve`")
        data = json.loads(path.read_text())
        return cls(data["private_pem"].encode(), data["kid"], data["issuer"], data["audience"])

    # -- tokens ---------------------------------------------------------------------------------
    def mint(self, roles: list[str], sub: str, ttl_seconds: int = 3600, **extra: Any) -> str:
        import jwt

        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.audience, "sub": sub, "iat": now, "nbf": now,
                  "exp": now + ttl_seconds, ROLE_CLAIM: roles, "token_use": "id", **extra}
        return jwt.encode(claims, self.private_pem, algorithm="RS256", headers={"kid": self.kid})

    def verify(self, authorization: str | None) -> dict[str, Any]:
        """The claims as API Gateway passes them in payload 2.0, or Unauthorized."""
        import jwt
        from cryptography.hazmat.primitives import serialization

        if not authorization:
            raise Unauthorized(MISSING)
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token:
            raise Unauthorized("malformed authorization header")
        public = serialization.load_pem_private_key(self.private_pem, password=None).public_key()
        try:
            claims = jwt.decode(
                token.strip(), public, algorithms=["RS256"], audience=self.audience, issuer=self.issuer,
                options={"require": ["exp", "iat", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthorized("the token has expired") from exc  # API Gateway's words: take a new one
        except jwt.PyJWTError as exc:
            raise Unauthorized(str(exc)) from exc
        return {k: _as_claim(v) for k, v in claims.items()}


def _as_claim(value: Any) -> str:
    # API Gateway flattens claims to strings; arrays become "[a b]".
    if isinstance(value, list):
        return "[" + " ".join(str(v) for v in value) + "]"
    return str(value)


def authorize(route: Any, event: dict[str, Any], issuer: LocalIssuer | None) -> None:
    """What API Gateway does before invoking a route with a JWT authorizer: verify, then hand the
    claims to the function in requestContext.authorizer.jwt. Raises Unauthorized (answer 401)."""
    if not getattr(route, "authorizer", None):
        return
    if issuer is None:
        raise Unauthorized("this stack has no token issuer")
    claims = issuer.verify(event.get("headers", {}).get("authorization"))
    event["requestContext"]["authorizer"] = {"jwt": {"claims": claims, "scopes": None}}

"""Roles from the JWT the HTTP API's authorizer already verified.

API Gateway checks signature, issuer, audience and expiry before the function runs and passes the
claims in requestContext.authorizer.jwt.claims; a request without them never came through the
authorizer and is refused. The role claim is configurable (Cognito groups by default). In payload
2.0 an array claim arrives flattened to a string like "[moderator admin]".
"""

from __future__ import annotations

import os
from typing import Any

from aws_lambda_powertools.event_handler.exceptions import ServiceError

ROLES = {"moderator": {"moderator"}, "admin": {"moderator", "admin"}}  # admin may do all a moderator may


class Unauthorized(ServiceError):
    def __init__(self, msg: str = "a valid bearer token is required") -> None:
        super().__init__(401, msg)


class Forbidden(ServiceError):
    def __init__(self, role: str) -> None:
        super().__init__(403, f"this needs the {role} role")


def roles_of(claims: dict[str, Any]) -> set[str]:
    """The roles the configured claim grants, and only it: another claim ("roles") may be one the identity
    provider lets a user or an app fill. A string is API Gateway's flattened array ("[moderator admin]") or a
    single group's name; it is not split on anything else, so a group named "x,admin" grants nothing."""
    raw = claims.get(os.environ.get("ROLE_CLAIM", "cognito:groups"), "")
    if isinstance(raw, str):
        raw = raw.strip()
        values = raw[1:-1].split() if raw.startswith("[") and raw.endswith("]") else [raw]
    else:
        values = [str(v) for v in raw or ()]
    granted: set[str] = set()
    for value in values:
        granted |= ROLES.get(value, set())
    return granted


def require(event: Any, role: str) -> str:
    """The caller's subject, if the verified token grants ``role``; else 401 or 403."""
    claims = event.request_context.authorizer.jwt_claim if event.request_context.authorizer else {}
    if not claims or not claims.get("sub"):
        raise Unauthorized()
    if role not in roles_of(claims):
        raise Forbidden(role)
    return str(claims["sub"])

"""Clients and the secret, created on first use rather than at import, so cold starts stay small
and tests can hand in their own (moto, Stubber) before anything is created."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def client(service: str) -> Any:
    import boto3

    return boto3.session.Session().client(service)


@lru_cache(maxsize=4)
def secret_key(secret_arn: str) -> bytes:
    """The key for keyed hashes and form tokens (Secrets Manager; Powertools caches it for 5 minutes
    within a warm container, and lru_cache keeps it for the container's life since it never rotates
    under a running comment)."""
    from aws_lambda_powertools.utilities import parameters

    value = parameters.get_secret(secret_arn, max_age=300)
    return value.encode() if isinstance(value, str) else bytes(value)


def reset() -> None:
    """Forget cached clients and secrets (tests that start a fresh mock call this)."""
    client.cache_clear()
    secret_key.cache_clear()

"""Clients and the secret, created on first use rather than at import, so cold starts stay small
and tests can hand in their own (moto, Stubber) before anything is created."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

# botocore waits 60 s to connect and 60 s for an answer, in each of its tries: far past these functions'
# timeouts (10 to 30 s), so a stalled call would end the invocation with nothing said. A call that takes
# longer than this has failed; the code around it decides what then. A queue send is one a sweep makes again
# later (``resender``): it gives up soonest, and a comment stored is answered 202 all the same.
_TIMEOUTS = {"connect_timeout": 2, "read_timeout": 5}  # and botocore's own retries, for throttles and conflicts
_BY_SERVICE = {"sqs": {"connect_timeout": 1, "read_timeout": 2, "retries": {"mode": "standard", "total_max_attempts": 2}}}


@cache
def client(service: str) -> Any:
    import boto3
    from botocore.config import Config

    return boto3.session.Session().client(service, config=Config(**_BY_SERVICE.get(service, _TIMEOUTS)))


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

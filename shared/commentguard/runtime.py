"""Wiring for the Lambda handlers: real adapters built from the settings, once per container.

Handlers call these instead of building clients themselves; tests reset them with ``reset()``
after starting moto or installing a Stubber.
"""

from __future__ import annotations

from functools import lru_cache

from .adapters import aws
from .adapters.events import CommentEvents
from .adapters.queues import CommentQueues
from .adapters.store import CommentStore
from .settings import settings


@lru_cache(maxsize=1)
def store() -> CommentStore:
    return CommentStore(aws.client("dynamodb"), settings().table_name)


@lru_cache(maxsize=1)
def queues() -> CommentQueues:
    s = settings()
    return CommentQueues(aws.client("sqs"), s.scoring_queue_url, s.publish_queue_url)


@lru_cache(maxsize=1)
def events() -> CommentEvents:
    return CommentEvents(aws.client("events"), settings().event_bus_name)


def secret_key() -> bytes:
    return aws.secret_key(settings().secret_arn)


def author_secret() -> bytes:
    """The key the site signs its readers' author_token with (AuthorSigningSecret)."""
    return aws.secret_key(settings().author_secret_arn)


def reset() -> None:
    for cached in (store, queues, events, settings, pipeline):
        cached.cache_clear()
    aws.reset()


@lru_cache(maxsize=1)
def pipeline():
    from dataclasses import replace

    from .scoring.pipeline import build_pipeline

    s = settings()
    return build_pipeline(replace(s.rules, form_key=secret_key()), s.thresholds)

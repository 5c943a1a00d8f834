"""Moderation: queue, decisions, stats, privacy requests (routes in commentguard.api.moderation),
and the OpenAPI document with Swagger UI (commentguard.api.docs, built on first request)."""

from commentguard.api import docs, moderation
from commentguard.api.app import http_handler

lambda_handler = http_handler(
    moderation.router,
    resolver_for=lambda event: docs.docs_app() if event.get("rawPath") in docs.DOC_PATHS else None,
)

"""Moderation: queue, decisions, stats, privacy requests (routes in commentguard.api.moderation),
and the OpenAPI document with Swagger UI (commentguard.api.docs)."""

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging import correlation_paths

from commentguard.api import docs, moderation
from commentguard.api.app import http_app

logger = Logger()
metrics = Metrics()
# No Powertools Tracer behind the HTTP API (see functions/intake/app.py); Tracing: Active stays on.
app = http_app(moderation.router)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    resolver = docs.docs_app() if event.get("rawPath") in docs.DOC_PATHS else app
    return resolver.resolve(event, context)

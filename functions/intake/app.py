"""Intake: POST /comments (routes in commentguard.api.intake)."""

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.logging import correlation_paths

from commentguard.api import intake
from commentguard.api.app import http_app

logger = Logger()
metrics = Metrics()
tracer = Tracer()
app = http_app(intake.router)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    return app.resolve(event, context)

"""Intake: POST /comments (routes in commentguard.api.intake)."""

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.logging import correlation_paths

from commentguard.api import intake
from commentguard.api.app import http_app

logger = Logger()
metrics = Metrics()
# No Powertools Tracer here: importing aws-xray-sdk costs more than this function's whole cold-start
# budget. Tracing: Active still records each invocation in X-Ray; the queue consumers add subsegments.
app = http_app(intake.router)


@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    return app.resolve(event, context)

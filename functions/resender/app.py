"""Scheduled outbox sweep: re-queue comments whose queue message was never sent. Each minute it also
reports how many comments wait for a moderator (ModerationQueueSize, behind the backlog alarm)."""

import time

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit

from commentguard import runtime
from commentguard.flow.resend import resend_stuck
from commentguard.settings import settings
from commentguard.states import Status

logger = Logger()
metrics = Metrics()
tracer = Tracer()

@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    report = resend_stuck(runtime.store(), runtime.queues(), time.time(), settings().resend_after_seconds)
    if report.to_scoring or report.to_publish:
        logger.warning("re-sent stuck comments", extra={"to_scoring": report.to_scoring, "to_publish": report.to_publish})
    metrics.add_metric(name="CommentsResent", unit=MetricUnit.Count, value=report.to_scoring + report.to_publish)
    if report.given_up:
        logger.error("comments stuck after every re-send; see their DLQ", extra={"given_up": report.given_up})
        metrics.add_metric(name="CommentsStuck", unit=MetricUnit.Count, value=report.given_up)
    held = runtime.store().status_size(Status.HELD.value)  # a COUNT query of a keys-only index
    metrics.add_metric(name="ModerationQueueSize", unit=MetricUnit.Count, value=held)
    return {"to_scoring": report.to_scoring, "to_publish": report.to_publish, "given_up": report.given_up}

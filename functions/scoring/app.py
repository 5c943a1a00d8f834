"""Scoring queue consumer: each record is one comment to score; failed records return to the queue
(ReportBatchItemFailures) and reach the DLQ after the redrive count."""

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from commentguard import runtime
from commentguard.batch import comment_ids_of, message_of, run_batch
from commentguard.flow.scoring import ScoringDeps, score_comment
from commentguard.scoring.comprehend import FAILED as COMPREHEND_FAILED
from commentguard.settings import settings

logger = Logger()
metrics = Metrics()
tracer = Tracer()
# Report every failure as batchItemFailures, even when all fail, so the RecordsFailed metric counts them.
# logger: each failed record is logged (a warning with its traceback) under its own message and comment ids.
processor = BatchProcessor(event_type=EventType.SQS, raise_on_entire_batch_failure=False, logger=logger)

@tracer.capture_method
def record_handler(record: SQSRecord) -> None:
    message = message_of(record, logger, metrics)
    deps = ScoringDeps(runtime.store(), runtime.queues(), runtime.pipeline(), settings(), runtime.events)
    outcome = score_comment(message, deps)
    if outcome.announce_failed:
        metrics.add_metric(name="HeldNotificationsFailed", unit=MetricUnit.Count, value=1)
    if outcome.decision is None:
        logger.info("nothing to score", extra={"status": outcome.status.value if outcome.status else None})
        return
    decision = outcome.decision
    if any(r.code == COMPREHEND_FAILED for r in decision.reasons):
        metrics.add_metric(name="ComprehendFailures", unit=MetricUnit.Count, value=1)
    if outcome.recheck:  # not a new verdict: the Verdicts metrics count each comment once
        logger.info("comment rechecked", extra={"status": outcome.status.value, "spam_score": decision.spam_score,
                                                "reasons": [r.code for r in decision.reasons]})
        with single_metric(name="Rechecks", unit=MetricUnit.Count, value=1) as metric:
            metric.add_dimension(name="Outcome", value=outcome.status.value)
        return
    logger.info(
        "comment scored",
        extra={
            "verdict": decision.verdict.value,
            "spam_score": decision.spam_score,
            "reasons": [r.code for r in decision.reasons],
        },
    )
    verdict = decision.verdict.value
    with single_metric(name="Verdicts", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Verdict", value=verdict)
    with single_metric(name="VerdictsByReason", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Verdict", value=verdict)
        metric.add_dimension(name="Reason", value=decision.reasons[0].code if decision.reasons else "none")
    metrics.add_metric(name="SpamScore", unit=MetricUnit.NoUnit, value=decision.spam_score)

@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    # The whole batch's comments, personal data and trust in two reads instead of two per comment.
    with runtime.store().prefetched(comment_ids_of(event), with_pii=True, standing=True):
        return run_batch(event, context, record_handler, processor, metrics)

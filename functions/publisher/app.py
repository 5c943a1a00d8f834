"""Publish queue consumer (FIFO, one group per post): approved → published exactly once, in order.

SqsFifoPartialProcessor stops a batch at the first failure, so a later comment of the same post
never overtakes an earlier one that failed."""

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.batch import SqsFifoPartialProcessor
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from commentguard import runtime
from commentguard.batch import comment_ids_of, message_of, run_batch
from commentguard.flow.publishing import PublishDeps, publish_comment

logger = Logger()
metrics = Metrics()
tracer = Tracer()
# Skipping only the failed post's group lets other posts' comments through in the same batch.
# logger: each failed record is logged (a warning with its traceback) under its own message and comment ids.
processor = SqsFifoPartialProcessor(skip_group_on_error=True, logger=logger)
# A batch whose every record failed (often a batch of one: a post's group) is reported record by record,
# as scoring's is, so RecordsFailed counts it; raising would make it a Lambda error and count nothing.
processor.raise_on_entire_batch_failure = False

@tracer.capture_method
def record_handler(record: SQSRecord) -> None:
    message = message_of(record, logger, metrics)
    outcome = publish_comment(message, PublishDeps(runtime.store(), runtime.events()))
    if not outcome.published:
        logger.info("already published or no longer approved; nothing to do")
        return
    logger.info("comment published", extra={"latency_seconds": round(outcome.latency_seconds or 0, 3)})
    metrics.add_metric(name="CommentsPublished", unit=MetricUnit.Count, value=1)
    if outcome.latency_seconds is not None:
        metrics.add_metric(
            name="EndToEndLatency", unit=MetricUnit.Milliseconds, value=outcome.latency_seconds * 1000
        )

@logger.inject_lambda_context(clear_state=True)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    with runtime.store().prefetched(comment_ids_of(event)):
        return run_batch(event, context, record_handler, processor, metrics)

"""What the queue-driven handlers share: one record in, the message it carries, its correlation id."""

from __future__ import annotations

import time

from aws_lambda_powertools import Logger
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

from .messages import CORRELATION_ATTRIBUTE, BadMessage, CommentMessage


def message_of(record: SQSRecord, logger: Logger, metrics=None) -> CommentMessage:
    """Parse the record, put its correlation and comment ids on every log line that follows, and
    record how long it waited in the queue (first send to this delivery)."""
    attributes = record.message_attributes
    correlation_id = attributes[CORRELATION_ATTRIBUTE].string_value if CORRELATION_ATTRIBUTE in attributes else None
    # First what every record has: a record that fails to parse is not logged under the one before's ids.
    logger.remove_keys(["comment_id", "post_id"])
    logger.append_keys(message_id=record.message_id)
    logger.set_correlation_id(correlation_id or record.message_id)
    message = CommentMessage.from_json(record.body)
    if not correlation_id and message.correlation_id:
        logger.set_correlation_id(message.correlation_id)
    logger.append_keys(comment_id=message.comment_id, post_id=message.post_id)
    if metrics is not None:
        from aws_lambda_powertools.metrics import MetricUnit

        sent = int(record.attributes.sent_timestamp or 0)
        if sent:
            metrics.add_metric(name="QueueWait", unit=MetricUnit.Milliseconds, value=max(0, time.time() * 1000 - sent))
    return message


def comment_ids_of(event: dict) -> list[str]:
    """The comment ids a batch names, read leniently (a bad record fails later, on its own)."""
    ids = []
    for record in event.get("Records", []):
        try:
            ids.append(CommentMessage.from_json(record.get("body", "")).comment_id)
        except BadMessage:
            continue
    return ids


def run_batch(event: dict, context, record_handler, processor, metrics) -> dict:
    """Process a batch with partial failures. Failed records are no Lambda Errors, so count them."""
    from aws_lambda_powertools.metrics import MetricUnit
    from aws_lambda_powertools.utilities.batch import process_partial_response

    response = process_partial_response(
        event=event, record_handler=record_handler, processor=processor, context=context
    )
    failed = len(response.get("batchItemFailures", []))
    if failed:
        metrics.add_metric(name="RecordsFailed", unit=MetricUnit.Count, value=failed)
    return response

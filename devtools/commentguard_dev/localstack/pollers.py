"""Drive functions from SQS queues and schedules the way Lambda's event source mappings do.

An SQS poller long-polls its queue, hands a batch to the function as a Lambda SQS event, and
deletes what succeeded: everything when the handler returns, everything not listed in
``batchItemFailures`` when the source reports partial failures, nothing when the handler raises
(or overruns its Timeout). What is not deleted comes back after the visibility timeout, and
moto's redrive policy moves a message to the DLQ after ``maxReceiveCount`` receives.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
import traceback
import uuid
from datetime import UTC, datetime
from typing import Any

import boto3

from .loader import LocalFunction
from .template import DEFAULT_ACCOUNT_ID, DEFAULT_REGION, Schedule, SqsSource

log = logging.getLogger("local_stack")  # no "commentguard" in the name: Powertools filters those

_LAMBDA_ATTRIBUTES = (
    "ApproximateReceiveCount",
    "SentTimestamp",
    "SenderId",
    "ApproximateFirstReceiveTimestamp",
    "SequenceNumber",
    "MessageGroupId",
    "MessageDeduplicationId",
    "AWSTraceHeader",
    "DeadLetterQueueSourceArn",
)


def lambda_message_attributes(attributes: dict[str, Any]) -> dict[str, Any]:
    """SQS MessageAttributes as Lambda shows them: camelCase keys, binary as base64."""
    out = {}
    for name, attr in (attributes or {}).items():
        item: dict[str, Any] = {
            "stringListValues": list(attr.get("StringListValues") or []),
            "binaryListValues": [base64.b64encode(v).decode() for v in attr.get("BinaryListValues") or []],
            "dataType": attr.get("DataType", "String"),
        }
        if "StringValue" in attr:
            item["stringValue"] = attr["StringValue"]
        if "BinaryValue" in attr:
            value = attr["BinaryValue"]
            item["binaryValue"] = base64.b64encode(value if isinstance(value, bytes) else value.encode()).decode()
        out[name] = item
    return out


def sqs_event(messages: list[dict[str, Any]], queue_arn: str, region: str = DEFAULT_REGION) -> dict[str, Any]:
    """The event Lambda's SQS event source mapping passes to a function."""
    records = []
    for message in messages:
        attributes = message.get("Attributes") or {}
        records.append(
            {
                "messageId": message["MessageId"],
                "receiptHandle": message["ReceiptHandle"],
                "body": message.get("Body", ""),
                "attributes": {k: str(attributes[k]) for k in _LAMBDA_ATTRIBUTES if k in attributes},
                "messageAttributes": lambda_message_attributes(message.get("MessageAttributes") or {}),
                "md5OfBody": message.get("MD5OfBody", ""),
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": region,
            }
        )
    return {"Records": records}


def failed_ids(result: Any, message_ids: list[str]) -> set[str] | None:
    """Ids the handler reported as failed; None means the whole batch failed.

    As Lambda does: a missing or empty ``batchItemFailures`` is full success; an item whose
    ``itemIdentifier`` is empty or not in the batch fails the whole batch.
    """
    if not isinstance(result, dict) or not result.get("batchItemFailures"):
        return set()
    ids = set()
    for item in result["batchItemFailures"]:
        ident = item.get("itemIdentifier") if isinstance(item, dict) else None
        if not ident or ident not in message_ids:
            log.warning("batchItemFailures names %r, which is not in the batch: the whole batch fails", ident)
            return None
        ids.add(ident)
    return ids


class SqsPoller(threading.Thread):
    """One event source mapping: a queue feeding a function."""

    def __init__(
        self,
        function: LocalFunction,
        source: SqsSource,
        queue_url: str,
        queue_arn: str,
        stop_event: threading.Event,
        endpoint_url: str | None = None,
        region: str = DEFAULT_REGION,
        visibility_timeout: int | None = None,
        wait_seconds: int = 1,
    ):
        super().__init__(name=f"sqs-{function.logical_id}-{source.event_name or source.queue}", daemon=True)
        self.function = function
        self.source = source
        self.queue_url = queue_url
        self.queue_arn = queue_arn
        self.stop_event = stop_event
        self.region = region
        self.visibility_timeout = visibility_timeout
        self.wait_seconds = wait_seconds
        self.sqs = boto3.session.Session().client("sqs", region_name=region, endpoint_url=endpoint_url)
        self.in_flight = False
        self.batches = 0
        self.errors = 0

    def receive(self, count: int) -> list[dict[str, Any]]:
        kwargs: dict[str, Any] = {
            "QueueUrl": self.queue_url,
            "MaxNumberOfMessages": max(1, min(10, count)),
            "WaitTimeSeconds": self.wait_seconds,
            "MessageSystemAttributeNames": ["All"],
            "MessageAttributeNames": ["All"],
        }
        if self.visibility_timeout is not None:
            kwargs["VisibilityTimeout"] = self.visibility_timeout
        return self.sqs.receive_message(**kwargs).get("Messages", [])

    def collect(self) -> list[dict[str, Any]]:
        """One batch: up to BatchSize messages, gathered for at most MaximumBatchingWindowInSeconds."""
        messages = self.receive(self.source.batch_size)
        if not messages or self.source.maximum_batching_window <= 0:
            return messages
        self.in_flight = True
        deadline = time.monotonic() + self.source.maximum_batching_window
        while len(messages) < self.source.batch_size and time.monotonic() < deadline and not self.stop_event.is_set():
            messages += self.receive(self.source.batch_size - len(messages))
        return messages

    def run(self) -> None:
        while not self.stop_event.is_set():
            try:
                messages = self.collect()
            except Exception as exc:
                self.in_flight = False
                if self.stop_event.is_set():
                    break
                log.warning("%s: receive_message failed: %s", self.name, exc)
                self.stop_event.wait(1)
                continue
            if not messages:
                continue
            self.in_flight = True
            try:
                self.process(messages)
            finally:
                self.in_flight = False

    def process(self, messages: list[dict[str, Any]]) -> None:
        self.batches += 1
        event = sqs_event(messages, self.queue_arn, self.region)
        ids = [m["MessageId"] for m in messages]
        started = time.monotonic()
        name = self.function.logical_id
        queue = self.queue_url.rsplit("/", 1)[-1]
        try:
            result = self.function.invoke(event)
        except Exception:
            self.errors += 1
            log.error("%s <- %s: batch of %d failed, none deleted (retried after the visibility timeout):\n%s",
                      name, queue, len(ids), traceback.format_exc())
            return
        elapsed = (time.monotonic() - started) * 1000
        failed = failed_ids(result, ids) if self.source.report_batch_item_failures else set()
        if failed is None:
            log.info("%s <- %s: batch of %d, invalid batchItemFailures, none deleted (%d ms)",
                     name, queue, len(ids), elapsed)
            return
        done = [m for m in messages if m["MessageId"] not in failed]
        self.delete(done)
        log.info("%s <- %s: batch of %d, %d done, %d failed (%d ms)", name, queue, len(ids), len(done),
                 len(failed), elapsed)

    def delete(self, messages: list[dict[str, Any]]) -> None:
        for start in range(0, len(messages), 10):
            chunk = messages[start:start + 10]
            response = self.sqs.delete_message_batch(
                QueueUrl=self.queue_url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(chunk)],
            )
            for failure in response.get("Failed") or []:
                log.warning("%s: could not delete a message: %s", self.name, failure.get("Message"))


def scheduled_event(rule_arn: str, region: str = DEFAULT_REGION, account_id: str = DEFAULT_ACCOUNT_ID) -> dict[str, Any]:
    """The event EventBridge sends a function on a schedule."""
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": account_id,
        "time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": region,
        "resources": [rule_arn],
        "detail": {},
    }


class ScheduleRunner(threading.Thread):
    """Runs a function every ``interval`` seconds (the first run one interval after start)."""

    def __init__(self, function: LocalFunction, schedule: Schedule, interval: float, stop_event: threading.Event,
                 region: str = DEFAULT_REGION, account_id: str = DEFAULT_ACCOUNT_ID, rule_name: str = ""):
        super().__init__(name=f"schedule-{function.logical_id}-{schedule.event_name}", daemon=True)
        self.function = function
        self.schedule = schedule
        self.interval = interval
        self.stop_event = stop_event
        self.region = region
        self.account_id = account_id
        self.rule_arn = f"arn:aws:events:{region}:{account_id}:rule/{rule_name or self.name}"
        self.in_flight = False
        self.runs = 0

    def run(self) -> None:
        while not self.stop_event.wait(self.interval):
            self.in_flight = True
            started = time.monotonic()
            try:
                self.function.invoke(scheduled_event(self.rule_arn, self.region, self.account_id))
                outcome = "ok"
            except Exception:
                outcome = "failed"
                log.error("%s (%s) raised:\n%s", self.function.logical_id, self.schedule.expression,
                          traceback.format_exc())
            finally:
                self.in_flight = False
                self.runs += 1
            log.info("%s <- %s: %s (%d ms)", self.function.logical_id, self.schedule.expression or "schedule",
                     outcome, (time.monotonic() - started) * 1000)

"""`commentguard dlq list|redrive`: look at dead-lettered comments and send them back after a fix.

Works against the running local stack (its moto endpoint) or, with --aws, against the deployed
stack's queues (credentials and region from the usual AWS configuration)."""

from __future__ import annotations

import json
from typing import IO, Any

QUEUES = {
    "scoring": ("commentguard-scoring-dlq-{stage}", "commentguard-scoring-{stage}"),
    "publish": ("commentguard-publish-dlq-{stage}.fifo", "commentguard-publish-{stage}.fifo"),
}


def _urls(sqs: Any, which: str, stage: str) -> tuple[str, str]:
    dlq, source = (name.format(stage=stage) for name in QUEUES[which])
    return sqs.get_queue_url(QueueName=dlq)["QueueUrl"], sqs.get_queue_url(QueueName=source)["QueueUrl"]


# Long polling, briefly: a short poll (0 s) asks only some of SQS's servers, and can answer "none"
# while messages wait on the others, so a loop that stops at the first empty answer stops early.
WAIT_SECONDS = 1


def _depth(sqs: Any, url: str, *, in_flight: bool = False) -> int:
    """SQS's count of the messages waiting, and with ``in_flight`` of those received and not yet
    deleted too (approximate, as SQS says)."""
    names = ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]
    attrs = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=names)["Attributes"]
    return sum(int(attrs.get(name, 0)) for name in names[:2 if in_flight else 1])


def _peek(sqs: Any, url: str, limit: int) -> list[dict]:
    """Receive without consuming: a short visibility timeout, nothing deleted.

    From a FIFO queue this is a sample: SQS gives nothing more from a message group while some of
    its messages are in flight, and the ones received here are, until the end."""
    seen: dict[str, dict] = {}
    for _ in range(max(1, limit // 10 + 1)):
        batch = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, VisibilityTimeout=5, WaitTimeSeconds=WAIT_SECONDS,
            MessageSystemAttributeNames=["All"], MessageAttributeNames=["All"],
        ).get("Messages", [])
        for message in batch:
            seen.setdefault(message["MessageId"], message)
        if not batch or len(seen) >= limit:
            break
    # Make them visible again at once: listing is looking, not taking.
    messages = list(seen.values())
    for start in range(0, len(messages), 10):
        sqs.change_message_visibility_batch(
            QueueUrl=url,
            Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"], "VisibilityTimeout": 0}
                     for i, m in enumerate(messages[start:start + 10])],
        )
    return messages[:limit]


def list_messages(sqs: Any, which: str, stage: str, out: IO[str], limit: int = 50) -> int:
    dlq_url, _ = _urls(sqs, which, stage)
    # Counted before looking: the messages being looked at are in flight, out of SQS's count.
    total = _depth(sqs, dlq_url)
    messages = _peek(sqs, dlq_url, min(limit, total)) if total else []
    total = max(total, len(messages))  # the count is approximate; what was seen is certain
    for m in messages:
        try:
            body: Any = json.loads(m["Body"])
        except ValueError:
            body = m["Body"]
        attrs = m.get("Attributes", {})
        correlation = m.get("MessageAttributes", {}).get("correlation_id", {}).get("StringValue")
        out.write(json.dumps({
            "message_id": m["MessageId"],
            "comment_id": body.get("comment_id") if isinstance(body, dict) else None,
            "post_id": body.get("post_id") if isinstance(body, dict) else None,
            "correlation_id": correlation,
            "receive_count": attrs.get("ApproximateReceiveCount"),
            "first_sent": attrs.get("SentTimestamp"),
            "body": body,
        }) + "\n")
    if len(messages) < total:
        out.write(f"{total} message(s) in {which} DLQ; the {len(messages)} above are a sample\n")
    else:
        out.write(f"{total} message(s) in {which} DLQ\n")
    return 0


def redrive(sqs: Any, which: str, stage: str, out: IO[str], limit: int = 1000) -> int:
    """Move messages back to their source queue; each is deleted from the DLQ only once sent."""
    dlq_url, source_url = _urls(sqs, which, stage)
    moved = 0
    while moved < limit:
        batch = sqs.receive_message(
            QueueUrl=dlq_url, MaxNumberOfMessages=10, VisibilityTimeout=30, WaitTimeSeconds=WAIT_SECONDS,
            MessageSystemAttributeNames=["All"], MessageAttributeNames=["All"],
        ).get("Messages", [])
        if not batch:
            break
        for m in batch:
            send: dict[str, Any] = {"QueueUrl": source_url, "MessageBody": m["Body"]}
            if m.get("MessageAttributes"):
                send["MessageAttributes"] = {
                    k: {kk: vv for kk, vv in v.items() if kk in ("StringValue", "BinaryValue", "DataType")}
                    for k, v in m["MessageAttributes"].items()
                }
            if source_url.endswith(".fifo"):
                send["MessageGroupId"] = m["Attributes"].get("MessageGroupId", "redrive")
                # A new id: the original is inside SQS's five-minute deduplication window or gone.
                send["MessageDeduplicationId"] = f"redrive-{m['MessageId']}"
            sqs.send_message(**send)
            sqs.delete_message(QueueUrl=dlq_url, ReceiptHandle=m["ReceiptHandle"])
            moved += 1
    # What stays (new failures since, the limit reached, messages a `dlq list` elsewhere holds in
    # flight) is said, and fails the command, so that neither a person nor a script takes the DLQ for
    # empty on the strength of "moved N".
    left = _depth(sqs, dlq_url, in_flight=True)
    out.write(f"moved {moved} message(s) from the {which} DLQ back to its queue; {left} left in the DLQ\n")
    return 1 if left else 0

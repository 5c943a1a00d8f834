"""SQS: the scoring queue and the per-post FIFO publish queue. The correlation id rides along as a
message attribute, because it does not cross SQS by itself."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..messages import CORRELATION_ATTRIBUTE, CommentMessage


def _attributes(message: CommentMessage) -> dict[str, Any]:
    if not message.correlation_id:
        return {}
    return {CORRELATION_ATTRIBUTE: {"DataType": "String", "StringValue": message.correlation_id}}


#: The most entries one SendMessageBatch takes.
BATCH_ENTRIES = 10


class CommentQueues:
    def __init__(self, client: Any, scoring_queue_url: str, publish_queue_url: str) -> None:
        self.client = client
        self.scoring_queue_url = scoring_queue_url
        self.publish_queue_url = publish_queue_url

    def send_to_scoring(self, message: CommentMessage) -> None:
        self.client.send_message(
            QueueUrl=self.scoring_queue_url,
            MessageBody=message.to_json(),
            MessageAttributes=_attributes(message),
        )

    def send_all_to_scoring(self, messages: Iterable[CommentMessage]) -> list[CommentMessage]:
        """Many messages at once, ten to a request, where one each would cost ten requests. An entry
        SQS refuses for its own reasons (throttling, an internal error) is tried once more; what it
        still refuses, or refuses as the sender's fault, comes back for the caller to report."""
        return self._send_all(self.scoring_queue_url, messages, lambda m: {})

    def send_all_to_publish(self, messages: Iterable[CommentMessage]) -> list[CommentMessage]:
        """As ``send_all_to_scoring``, to the publish queue: a batch keeps its entries' order within
        each post's group."""
        return self._send_all(self.publish_queue_url, messages, _publish_fields)

    def _send_all(self, url: str, messages: Iterable[CommentMessage], fields) -> list[CommentMessage]:
        refused: list[CommentMessage] = []
        batch = list(messages)
        for start in range(0, len(batch), BATCH_ENTRIES):
            first = self._send_batch(url, batch[start:start + BATCH_ENTRIES], fields)
            refused.extend(m for m, senders_fault in first if senders_fault)
            again = [m for m, senders_fault in first if not senders_fault]
            refused.extend(m for m, _ in self._send_batch(url, again, fields))
        return refused

    def _send_batch(self, url: str, chunk: list[CommentMessage], fields) -> list[tuple[CommentMessage, bool]]:
        """Send one batch; the entries refused, each with whether SQS called it the sender's fault."""
        if not chunk:
            return []
        answer = self.client.send_message_batch(
            QueueUrl=url,
            Entries=[{"Id": str(i), "MessageBody": m.to_json(), "MessageAttributes": _attributes(m), **fields(m)}
                     for i, m in enumerate(chunk)],
        )
        return [(chunk[int(f["Id"])], bool(f.get("SenderFault"))) for f in answer.get("Failed", [])]

    def send_to_publish(self, message: CommentMessage) -> None:
        self.client.send_message(
            QueueUrl=self.publish_queue_url,
            MessageBody=message.to_json(),
            MessageAttributes=_attributes(message),
            **_publish_fields(message),
        )


def _publish_fields(message: CommentMessage) -> dict[str, str]:
    # One group per post keeps a post's comments in order. Deduplicating on the approval drops a re-send
    # of it within SQS's five-minute window (the publisher's conditional write makes a later one
    # harmless); on the comment id alone, SQS would drop a re-approval within five minutes of the last
    # approval's message, and the comment would never return to the page.
    approval = f"{message.comment_id}@{message.approved_at}" if message.approved_at else message.comment_id
    return {"MessageGroupId": message.post_id, "MessageDeduplicationId": approval}

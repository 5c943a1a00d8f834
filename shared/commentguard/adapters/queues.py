"""SQS: the scoring queue and the per-post FIFO publish queue. The correlation id rides along as a
message attribute, because it does not cross SQS by itself."""

from __future__ import annotations

from typing import Any

from ..messages import CORRELATION_ATTRIBUTE, CommentMessage


def _attributes(message: CommentMessage) -> dict[str, Any]:
    if not message.correlation_id:
        return {}
    return {CORRELATION_ATTRIBUTE: {"DataType": "String", "StringValue": message.correlation_id}}


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

    def send_to_publish(self, message: CommentMessage) -> None:
        # One group per post keeps a post's comments in order; deduplicating on the comment id
        # drops a re-send within SQS's five-minute window, and the publisher's conditional write
        # makes any later one harmless.
        self.client.send_message(
            QueueUrl=self.publish_queue_url,
            MessageBody=message.to_json(),
            MessageAttributes=_attributes(message),
            MessageGroupId=message.post_id,
            MessageDeduplicationId=message.comment_id,
        )

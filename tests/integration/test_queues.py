"""The queues adapter on moto: many messages to scoring ten to a request, and what SQS refuses."""

from __future__ import annotations

import json

import boto3
import pytest

from commentguard import runtime
from commentguard.adapters.queues import BATCH_ENTRIES, CommentQueues
from commentguard.messages import CORRELATION_ATTRIBUTE, CommentMessage


class RefusingSqs:
    """The real (moto) client, except that SendMessageBatch leaves out the entries ``refuse`` picks,
    answering for them as SQS does for a partial failure. Counts the requests made."""

    def __init__(self, client, refuse):
        self.client, self.refuse, self.batches = client, refuse, []

    def send_message_batch(self, QueueUrl, Entries):
        self.batches.append(len(Entries))
        failed = [self.refuse(json.loads(e["MessageBody"])["comment_id"], e["Id"]) for e in Entries]
        kept = [e for e, f in zip(Entries, failed, strict=True) if f is None]
        answer = self.client.send_message_batch(QueueUrl=QueueUrl, Entries=kept) if kept else {}
        return {**answer, "Failed": [f for f in failed if f is not None]}


@pytest.fixture
def sqs(aws):
    return boto3.client("sqs")


def _queues(client) -> CommentQueues:
    real = runtime.queues()
    return CommentQueues(client, real.scoring_queue_url, real.publish_queue_url)


def _received(sqs, url: str) -> list[dict]:
    out = []
    while batch := sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"],
                                       AttributeNames=["All"]).get("Messages", []):
        out.extend(batch)
        sqs.delete_message_batch(QueueUrl=url, Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                                                        for i, m in enumerate(batch)])
    return out


def _messages(n: int) -> list[CommentMessage]:
    return [CommentMessage(f"c{i:03d}", "p1", f"corr-{i}", recheck=True) for i in range(n)]


def test_many_messages_go_to_scoring_ten_to_a_request_with_their_correlation_ids(sqs):
    client = RefusingSqs(sqs, lambda comment_id, entry_id: None)
    queues = _queues(client)

    assert queues.send_all_to_scoring(_messages(23)) == []

    assert client.batches == [BATCH_ENTRIES, BATCH_ENTRIES, 3]
    got = _received(sqs, queues.scoring_queue_url)
    assert sorted(CommentMessage.from_json(m["Body"]).comment_id for m in got) == [f"c{i:03d}" for i in range(23)]
    first = next(m for m in got if CommentMessage.from_json(m["Body"]).comment_id == "c007")
    assert first["MessageAttributes"][CORRELATION_ATTRIBUTE]["StringValue"] == "corr-7"
    assert CommentMessage.from_json(first["Body"]).recheck is True


def test_an_entry_sqs_failed_on_its_side_is_tried_once_more_and_sent(sqs):
    tries: dict[str, int] = {}

    def once(comment_id, entry_id):
        tries[comment_id] = tries.get(comment_id, 0) + 1
        if comment_id == "c004" and tries[comment_id] == 1:
            return {"Id": entry_id, "SenderFault": False, "Code": "InternalError", "Message": "try again"}
        return None

    client = RefusingSqs(sqs, once)
    queues = _queues(client)

    assert queues.send_all_to_scoring(_messages(6)) == []

    assert client.batches == [6, 1]
    assert len(_received(sqs, queues.scoring_queue_url)) == 6


def test_what_sqs_still_refuses_or_calls_the_senders_fault_comes_back_unsent(sqs):
    def refuse(comment_id, entry_id):
        if comment_id == "c001":
            return {"Id": entry_id, "SenderFault": False, "Code": "InternalError", "Message": "down"}
        if comment_id == "c012":
            return {"Id": entry_id, "SenderFault": True, "Code": "InvalidParameterValue", "Message": "bad"}
        return None

    client = RefusingSqs(sqs, refuse)
    queues = _queues(client)

    refused = queues.send_all_to_scoring(_messages(13))

    assert [m.comment_id for m in refused] == ["c001", "c012"]
    assert client.batches == [10, 1, 3]  # the sender's fault is not tried again
    assert len(_received(sqs, queues.scoring_queue_url)) == 11


def test_nothing_to_send_makes_no_request(sqs):
    client = RefusingSqs(sqs, lambda comment_id, entry_id: None)
    assert _queues(client).send_all_to_scoring([]) == []
    assert client.batches == []


def test_many_approvals_go_to_the_publish_queue_ten_to_a_request_in_order_within_each_post(sqs):
    client = RefusingSqs(sqs, lambda comment_id, entry_id: None)
    queues = _queues(client)
    messages = [CommentMessage(f"c{i:03d}", f"post-{i % 2}", f"corr-{i}") for i in range(12)]

    assert queues.send_all_to_publish(messages) == []

    assert client.batches == [BATCH_ENTRIES, 2]
    got = _received(sqs, queues.publish_queue_url)
    by_post: dict[str, list[str]] = {}
    for m in got:
        by_post.setdefault(m["Attributes"]["MessageGroupId"], []).append(CommentMessage.from_json(m["Body"]).comment_id)
    assert by_post == {"post-0": [f"c{i:03d}" for i in range(0, 12, 2)], "post-1": [f"c{i:03d}" for i in range(1, 12, 2)]}
    assert {m["Attributes"]["MessageDeduplicationId"] for m in got} == {f"c{i:03d}" for i in range(12)}

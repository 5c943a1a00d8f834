"""`commentguard dlq list|redrive` against the template's queues on moto."""

from __future__ import annotations

import io
import json

import boto3

from commentguard_dev import dlq


def _dead_letter(sqs, queue: str, body: dict, **extra) -> None:
    url = sqs.get_queue_url(QueueName=queue)["QueueUrl"]
    sqs.send_message(QueueUrl=url, MessageBody=json.dumps(body),
                     MessageAttributes={"correlation_id": {"DataType": "String", "StringValue": "corr-1"}}, **extra)


def test_listing_the_scoring_dlq_shows_each_comment_id_without_consuming_it(aws):
    sqs = boto3.client("sqs")
    _dead_letter(sqs, "commentguard-scoring-dlq-prod", {"version": 1, "comment_id": "c1", "post_id": "p"})
    out = io.StringIO()
    dlq.list_messages(sqs, "scoring", "prod", out)
    [line, summary] = out.getvalue().splitlines()
    assert json.loads(line)["comment_id"] == "c1" and json.loads(line)["correlation_id"] == "corr-1"
    assert summary == "1 message(s) in scoring DLQ"
    dlq.list_messages(sqs, "scoring", "prod", out := io.StringIO())  # still there
    assert out.getvalue().endswith("1 message(s) in scoring DLQ\n")


def test_redriving_the_publish_dlq_moves_messages_back_keeping_their_post_group(aws):
    sqs = boto3.client("sqs")
    for n in range(3):
        _dead_letter(sqs, "commentguard-publish-dlq-prod.fifo", {"version": 1, "comment_id": f"c{n}", "post_id": "p"},
                     MessageGroupId="p", MessageDeduplicationId=f"d{n}")
    out = io.StringIO()
    dlq.redrive(sqs, "publish", "prod", out)
    assert out.getvalue() == "moved 3 message(s) from the publish DLQ back to its queue; 0 left in the DLQ\n"
    url = sqs.get_queue_url(QueueName="commentguard-publish-prod.fifo")["QueueUrl"]
    back = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"],
                               MessageAttributeNames=["All"])["Messages"]
    assert [json.loads(m["Body"])["comment_id"] for m in back] == ["c0", "c1", "c2"]
    assert {m["Attributes"]["MessageGroupId"] for m in back} == {"p"}
    assert back[0]["MessageAttributes"]["correlation_id"]["StringValue"] == "corr-1"
    dlq.list_messages(sqs, "publish", "prod", out := io.StringIO())
    assert out.getvalue().endswith("0 message(s) in publish DLQ\n")


def test_listing_a_fifo_dlq_counts_every_message_and_calls_the_listed_ones_a_sample(aws):
    # SQS gives nothing more from a message group while the listing holds some of it in flight.
    sqs = boto3.client("sqs")
    for n in range(25):
        _dead_letter(sqs, "commentguard-publish-dlq-prod.fifo", {"version": 1, "comment_id": f"c{n}", "post_id": f"p{n % 3}"},
                     MessageGroupId=f"p{n % 3}", MessageDeduplicationId=f"d{n}")
    out = io.StringIO()
    dlq.list_messages(sqs, "publish", "prod", out)
    *listed, summary = out.getvalue().splitlines()
    assert 0 < len(listed) < 25
    assert summary == f"25 message(s) in publish DLQ; the {len(listed)} above are a sample"


class _ShortPollsMissSome:
    """SQS as it is: a short poll asks some of its servers only, and may answer none while messages wait."""

    def __init__(self, sqs):
        self._sqs = sqs
        self._polls = 0

    def receive_message(self, **kwargs):
        self._polls += 1
        if kwargs.get("WaitTimeSeconds", 0) == 0 and self._polls % 2:
            return {}
        return self._sqs.receive_message(**kwargs)

    def __getattr__(self, name):
        return getattr(self._sqs, name)


def test_redriving_goes_on_past_an_empty_short_poll_until_the_dlq_is_empty(aws):
    sqs = boto3.client("sqs")
    for n in range(3):
        _dead_letter(sqs, "commentguard-scoring-dlq-prod", {"version": 1, "comment_id": f"c{n}", "post_id": "p"})
    out = io.StringIO()
    assert dlq.redrive(_ShortPollsMissSome(sqs), "scoring", "prod", out) == 0
    assert out.getvalue() == "moved 3 message(s) from the scoring DLQ back to its queue; 0 left in the DLQ\n"


def test_redriving_says_how_many_messages_are_left_in_the_dlq_and_fails_while_any_are(aws):
    sqs = boto3.client("sqs")
    for n in range(13):
        _dead_letter(sqs, "commentguard-scoring-dlq-prod", {"version": 1, "comment_id": f"c{n}", "post_id": "p"})
    out = io.StringIO()
    assert dlq.redrive(sqs, "scoring", "prod", out, limit=10) == 1
    moved = int(out.getvalue().split()[1])
    assert out.getvalue() == f"moved {moved} message(s) from the scoring DLQ back to its queue; {13 - moved} left in the DLQ\n"
    assert moved < 13

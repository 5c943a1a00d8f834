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
    assert out.getvalue() == "moved 3 message(s) from the publish DLQ back to its queue\n"
    url = sqs.get_queue_url(QueueName="commentguard-publish-prod.fifo")["QueueUrl"]
    back = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10, MessageSystemAttributeNames=["All"],
                               MessageAttributeNames=["All"])["Messages"]
    assert [json.loads(m["Body"])["comment_id"] for m in back] == ["c0", "c1", "c2"]
    assert {m["Attributes"]["MessageGroupId"] for m in back} == {"p"}
    assert back[0]["MessageAttributes"]["correlation_id"]["StringValue"] == "corr-1"
    dlq.list_messages(sqs, "publish", "prod", out := io.StringIO())
    assert out.getvalue().endswith("0 message(s) in publish DLQ\n")

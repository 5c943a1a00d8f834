"""What operators rely on: one correlation id across the pipeline, no personal data in logs, and
alarms that point at metrics the code really emits."""

from __future__ import annotations

import io
import json
import logging

import pytest

from commentguard import runtime
from commentguard.states import Status

POST = "2026-11-27-storm-warning"


def _json_lines(text: str) -> list[dict]:
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                lines.append(json.loads(line))
            except ValueError:
                pass
    return lines


def _emitted_metrics(lines: list[dict]) -> set[tuple[str, str, frozenset]]:
    out = set()
    for blob in lines:
        for directive in blob.get("_aws", {}).get("CloudWatchMetrics", []):
            for metric in directive["Metrics"]:
                for dims in directive["Dimensions"]:
                    out.add((directive["Namespace"], metric["Name"], frozenset(dims)))
    return out


@pytest.fixture
def log_lines():
    """What Powertools' loggers write (their handlers hold the stream they were created with)."""
    buffer = io.StringIO()
    handlers = [h for h in logging.getLogger("commentguard").handlers if isinstance(h, logging.StreamHandler)]
    previous = [h.setStream(buffer) for h in handlers]
    yield lambda: _json_lines(buffer.getvalue())
    for handler, stream in zip(handlers, previous, strict=True):
        handler.setStream(stream)


@pytest.fixture
def one_comment_journey(pipeline, capfd, log_lines):
    comment_id = pipeline.judged(Status.PUBLISHED, post_id=POST, author_name="Lena", author_email="lena@example.org",
                                 content="Thanks for the early warning, the river is already rising here.",
                                 ip="192.0.2.77")
    return comment_id, log_lines()


def test_one_correlation_id_follows_a_comment_through_intake_scoring_and_publishing(one_comment_journey):
    comment_id, lines = one_comment_journey
    logs = [line for line in lines if "level" in line and line.get("comment_id") == comment_id]
    functions = {line.get("function_name", "").rsplit("-", 1)[-1] for line in logs}
    assert {"IntakeFunction", "ScoringFunction", "PublisherFunction"} <= functions
    assert len({line["correlation_id"] for line in logs}) == 1
    assert all(line.get("post_id") == POST for line in logs)


def test_a_request_refused_after_an_accepted_comment_is_not_logged_under_that_comments_ids(pipeline, log_lines):
    comment_id = pipeline.accepted(post_id=POST, author_name="Lena", content="The river is rising on Elm Street.")
    status, _, _ = pipeline.post(post_id=POST, author_name="Lena")  # no content
    assert status == 422
    refused = [line for line in log_lines() if line.get("message") == "request refused as invalid"]
    assert len(refused) == 1
    assert "comment_id" not in refused[0] and "post_id" not in refused[0]
    accepted = [line for line in log_lines() if line.get("comment_id") == comment_id]
    assert accepted and all(line["function_name"].endswith("IntakeFunction") for line in accepted)


def test_a_record_that_fails_is_logged_with_its_traceback_under_its_own_message_id_alone(pipeline, log_lines):
    import boto3

    comment_id = pipeline.accepted(post_id=POST, author_name="Lena", content="The river is rising on Elm Street.")
    sqs = boto3.client("sqs")
    poison = sqs.send_message(QueueUrl=pipeline.queue_urls["ScoringQueue"],
                              MessageBody=json.dumps({"version": 99, "comment_id": "c0ffee", "post_id": POST}))
    assert pipeline.deliver("ScoringQueue") == 2
    failed = [line for line in log_lines() if line.get("level") == "WARNING" and "Record processing exception" in line["message"]]
    assert len(failed) == 1
    assert failed[0]["message_id"] == poison["MessageId"]
    assert "comment_id" not in failed[0] and "post_id" not in failed[0]
    assert "BadMessage" in failed[0]["exception"]
    assert pipeline.comment(comment_id).status is not Status.PENDING  # the good record was scored


def test_a_publish_batch_whose_every_record_fails_is_reported_record_by_record_and_counted(pipeline, capfd):
    poison = {"Records": [{
        "messageId": "m-1", "receiptHandle": "r-1", "body": "not json", "md5OfBody": "", "eventSource": "aws:sqs",
        "attributes": {"MessageGroupId": POST, "SentTimestamp": "0", "ApproximateReceiveCount": "1"},
        "messageAttributes": {}, "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:publish.fifo",
        "awsRegion": "us-east-1",
    }]}
    capfd.readouterr()
    answer = pipeline.functions["PublisherFunction"].invoke(poison)
    assert answer == {"batchItemFailures": [{"itemIdentifier": "m-1"}]}
    emitted = _emitted_metrics(_json_lines(capfd.readouterr().out))
    assert any(name == "RecordsFailed" for _, name, _ in emitted)


def test_logs_carry_no_email_address_or_comment_text(one_comment_journey):
    _, lines = one_comment_journey
    text = json.dumps([line for line in lines if "level" in line])
    assert "lena@example.org" not in text and "192.0.2.77" not in text and "river is already rising" not in text


ALARM_DIMENSIONS = {
    "AWS/SQS": {"QueueName"},
    "AWS/Lambda": {"FunctionName"},
    "AWS/ApiGateway": {"ApiId"},
    "AWS/DynamoDB": {"TableName"},
}
RESOURCE_OF = {"AWS/SQS": "AWS::SQS::Queue", "AWS/Lambda": "AWS::Serverless::Function",
               "AWS/ApiGateway": "AWS::Serverless::HttpApi", "AWS/DynamoDB": "AWS::DynamoDB::Table"}
VALID_METRICS = {
    "AWS/SQS": {"ApproximateNumberOfMessagesVisible", "ApproximateAgeOfOldestMessage"},
    "AWS/Lambda": {"Errors", "Throttles", "Duration", "ConcurrentExecutions"},
    # HTTP API names: 5XXError/ApiName belong to REST APIs and never fire here.
    "AWS/ApiGateway": {"5xx", "4xx", "Latency", "IntegrationLatency", "Count"},
    "AWS/DynamoDB": {"ReadThrottleEvents", "WriteThrottleEvents"},
}


def _alarm_metrics(template) -> list[tuple[str, str, str, list[dict]]]:
    out = []
    for lid, resource in template.resources.items():
        if resource["Type"] != "AWS::CloudWatch::Alarm":
            continue
        props = resource["Properties"]
        if "MetricName" in props:
            out.append((lid, template.resolve(props["Namespace"]), props["MetricName"], props.get("Dimensions", [])))
        for query in props.get("Metrics", []):
            if "MetricStat" in query:
                metric = query["MetricStat"]["Metric"]
                out.append((lid, template.resolve(metric["Namespace"]), metric["MetricName"],
                            metric.get("Dimensions", [])))
    return out


def _referenced(value) -> str | None:
    if isinstance(value, dict):
        if "Ref" in value:
            return value["Ref"]
        if "Fn::GetAtt" in value:
            att = value["Fn::GetAtt"]
            return att[0] if isinstance(att, list) else att.split(".")[0]
    return None


def test_every_aws_alarm_uses_a_real_metric_and_dimension_of_a_resource_that_exists(template):
    alarms = _alarm_metrics(template)
    assert alarms
    for lid, namespace, metric, dims in alarms:
        if namespace not in ALARM_DIMENSIONS:
            continue
        assert metric in VALID_METRICS[namespace], (lid, metric)
        assert {d["Name"] for d in dims} == ALARM_DIMENSIONS[namespace], lid
        for d in dims:
            target = _referenced(d["Value"])
            assert target in template.resources, (lid, d)
            assert template.resources[target]["Type"] == RESOURCE_OF[namespace], (lid, target)


def test_every_function_and_every_queue_has_its_alarms(template):
    watched = {(ns, m, _referenced(d["Value"])) for _, ns, m, dims in _alarm_metrics(template) for d in dims}
    for fn in template.of_type("AWS::Serverless::Function"):
        assert ("AWS/Lambda", "Errors", fn) in watched and ("AWS/Lambda", "Throttles", fn) in watched
    for queue in template.of_type("AWS::SQS::Queue"):
        redrive = template.resources[queue]["Properties"].get("RedrivePolicy")
        if redrive:
            assert ("AWS/SQS", "ApproximateAgeOfOldestMessage", queue) in watched
            dlq = _referenced(redrive["deadLetterTargetArn"])
            assert ("AWS/SQS", "ApproximateNumberOfMessagesVisible", dlq) in watched
    assert any(ns == "AWS/ApiGateway" and m == "5xx" for ns, m, _ in watched)


def _failing_comprehend(build):
    """The scoring function's Comprehend scorer, its client refusing every call as a throttled account would."""
    def failing():
        scorer = build()
        scorer.client.meta.events.register("before-call.comprehend.DetectToxicContent", _throttled)
        return scorer
    return failing


def _throttled(**_):
    raise RuntimeError("ThrottlingException")


def test_alarms_on_our_own_metrics_match_what_the_handlers_emit(template, pipeline, capfd, monkeypatch):
    from commentguard.flow.resend import MAX_RESENDS

    # A flow that produces verdicts and a failed record.
    pipeline.post(post_id=POST, author_name="Bot", honeypot="x", content="hi", ip="192.0.2.80")
    pipeline.post(post_id=POST, author_name="Ann", content="A fair summary of the council's vote.", ip="192.0.2.81")
    pipeline.sqs.send_message(QueueUrl=pipeline.queue_urls["ScoringQueue"], MessageBody="not json")
    # ... and a held comment whose announcement fails.
    pipeline.post(post_id=POST, author_name="Lin", content="See https://a.example and https://b.example", ip="192.0.2.82")

    def refuse(**_):
        raise RuntimeError("EventBridge is down")

    runtime.events().client.meta.events.register("before-call.events.PutEvents", refuse)
    # ... with Amazon Comprehend switched on and failing (ComprehendFailures).
    from commentguard.scoring import pipeline as scoring_pipeline

    monkeypatch.setenv("COMPREHEND_TOXICITY", "true")
    runtime.pipeline.cache_clear()
    scoring_pipeline._toxicity_scorer.cache_clear()
    monkeypatch.setattr(scoring_pipeline, "_toxicity_scorer", _failing_comprehend(scoring_pipeline._toxicity_scorer))
    pipeline.deliver("ScoringQueue")
    # The minute's sweeps: the moderation queue's size; and Ann's approval, whose publish message nobody
    # consumes here, re-sent until the resender gives up on it (CommentsStuck).
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    sweeps = [pipeline.functions["ResenderFunction"].invoke({}) for _ in range(MAX_RESENDS + 1)]
    assert sweeps[-1]["given_up"] == 1
    emitted = _emitted_metrics(_json_lines(capfd.readouterr().out))
    custom = [(lid, ns, m, dims) for lid, ns, m, dims in _alarm_metrics(template) if ns.startswith("Commentguard/")]
    assert custom
    for lid, namespace, metric, dims in custom:
        assert (namespace, metric, frozenset(d["Name"] for d in dims)) in emitted, (lid, sorted(emitted))

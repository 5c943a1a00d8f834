"""A pipeline on moto, driven step by step: the real handlers, the real queues and table, and the
local stack's own event builders and event-source logic, without threads, so a test decides when
each queue is drained and can deliver a batch twice."""

from __future__ import annotations

import json
import threading
import time
from itertools import pairwise
from urllib.parse import urlsplit

import boto3
import pytest

from commentguard import runtime
from commentguard.adapters.store import CommentStore
from commentguard.states import TRANSITIONS, Status
from commentguard_dev.localstack.auth import LocalIssuer, Unauthorized, authorize
from commentguard_dev.localstack.http import build_event, build_routes
from commentguard_dev.localstack.loader import LocalFunction
from commentguard_dev.localstack.pollers import SqsPoller, sqs_event


class Pipeline:
    def __init__(self, template) -> None:
        self.template = template
        self.functions = {lid: LocalFunction(spec) for lid, spec in template.functions().items()}
        self.routes = build_routes(self.functions.values())
        self.issuer = LocalIssuer.generate()
        self.sqs = boto3.client("sqs")
        self.dynamodb = boto3.client("dynamodb")
        self.queue_urls = {
            lid: self.sqs.get_queue_url(QueueName=template.physical_name(lid))["QueueUrl"]
            for lid in template.of_type("AWS::SQS::Queue")
        }
        self.store = CommentStore(self.dynamodb, template.physical_name("CommentsTable"))
        self._stop = threading.Event()
        self.pollers = {}
        for function in self.functions.values():
            for source in function.spec.sqs_sources:
                url = self.queue_urls[source.queue]
                arn = self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
                # Visibility 0: what a test leaves undeleted is visible again at once.
                self.pollers[source.queue] = SqsPoller(
                    function, source, url, arn, self._stop, visibility_timeout=0, wait_seconds=0
                )

    # -- the HTTP API ------------------------------------------------------------------------
    def token(self, *roles: str, sub: str = "moderator-1", ttl_seconds: int = 3600) -> str:
        return self.issuer.mint(list(roles), sub=sub, ttl_seconds=ttl_seconds)

    def author_token(self, user_id: str, **claims) -> str:
        """What the site's backend signs for a reader it has signed in, with the stack's AuthorSigningSecret."""
        from commentguard.signed_author import sign

        arn = self.template.resolve(self.template.function_properties("IntakeFunction")["Environment"]
                                    ["Variables"]["AUTHOR_SECRET_ARN"])
        secret = boto3.client("secretsmanager").get_secret_value(SecretId=arn)["SecretString"].encode()
        return sign(secret, user_id, time.time() + 600, **claims)

    def foreign_token(self, *roles: str) -> str:
        return LocalIssuer.generate().mint(list(roles), sub="intruder")

    def request(self, method: str, path: str, body: dict | str | bytes | None = None, ip: str = "198.51.100.7",
                headers: dict[str, str] | None = None, token: str | None = None,
                raw: bool = False, content_type: str | None = "application/json") -> tuple[int, dict | str, dict]:
        split = urlsplit(path)
        for route in self.routes:
            match = route.pattern.match(split.path)
            if route.method.upper() != method or not match:
                continue
            params = {name: match.group(f"p{i}") for i, name in enumerate(route.params)}
            data = body if isinstance(body, bytes) else (
                body if isinstance(body, str) else json.dumps(body) if body is not None else "").encode()
            event = build_event(
                method=method, raw_path=split.path, raw_query=split.query,
                headers=[*([("content-type", content_type)] if content_type else []),
                         ("user-agent", "pytest-browser/1.0"), *(headers or {}).items()],
                body=data, source_ip=ip, route_key=route.route_key, path_parameters=params or None,
            )
            if token is not None:
                event["headers"]["authorization"] = f"Bearer {token}"
            try:
                authorize(route, event, self.issuer)
            except Unauthorized as exc:
                return 401, {"message": "Unauthorized"}, {"WWW-Authenticate": exc.challenge}
            answer = route.function.invoke(event)
            payload = answer.get("body") or ""
            return answer["statusCode"], payload if raw else json.loads(payload or "{}"), answer.get("headers", {})
        raise AssertionError(f"no route for {method} {path}")

    def post(self, ip: str = "198.51.100.7", **fields) -> tuple[int, dict, dict]:
        return self.request("POST", "/comments", fields, ip=ip)

    def accepted(self, ip: str = "198.51.100.7", **fields) -> str:
        """Post a comment the API must take (202, pending, as the design's contract says); its id."""
        status, body, _ = self.post(ip=ip, **fields)
        assert (status, body.get("status")) == (202, "pending"), body
        return body["id"]

    def judged(self, status: Status, **fields) -> str:
        """A comment posted and run through scoring and publishing, where it must end ``status``; its id."""
        comment_id = self.accepted(**fields)
        self.drain()
        assert self.comment(comment_id).status is status
        return comment_id

    # -- the queues --------------------------------------------------------------------------
    def receive(self, queue: str) -> list[dict]:
        return self.pollers[queue].receive(10)

    def deliver(self, queue: str, times: int = 1) -> int:
        """One batch from the queue to its consumer, delivered ``times`` times (redelivery)."""
        poller = self.pollers[queue]
        messages = poller.receive(poller.source.batch_size)
        if not messages:
            return 0
        for _ in range(times - 1):
            poller.function.invoke(sqs_event(messages, poller.queue_arn))
        poller.process(messages)
        return len(messages)

    def drain(self, times: int = 1, rounds: int = 50) -> None:
        """Run scoring and publishing until both queues are empty."""
        for _ in range(rounds):
            moved = self.deliver("ScoringQueue", times) + self.deliver("PublishQueue", times)
            if not moved:
                return
        raise AssertionError("queues did not drain")

    def depth(self, queue: str) -> int:
        attrs = self.sqs.get_queue_attributes(
            QueueUrl=self.queue_urls[queue],
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
        )["Attributes"]
        return int(attrs["ApproximateNumberOfMessages"]) + int(attrs["ApproximateNumberOfMessagesNotVisible"])

    # -- what happened -----------------------------------------------------------------------
    def watch_bus(self):
        """From now on, catch what the functions put on the event bus in a queue; returns a function
        that hands over (and forgets) what was caught so far."""
        events = boto3.client("events")
        bus = self.template.physical_name("CommentEventsBus")
        url = self.sqs.create_queue(QueueName="bus-events-probe")["QueueUrl"]
        arn = self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        events.put_rule(Name="probe", EventBusName=bus, EventPattern=json.dumps({"source": ["commentguard"]}))
        events.put_targets(Rule="probe", EventBusName=bus, Targets=[{"Id": "q", "Arn": arn}])

        def received() -> list[dict]:
            out = []
            while batch := self.sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", []):
                for m in batch:
                    out.append(json.loads(m["Body"]))
                    self.sqs.delete_message(QueueUrl=url, ReceiptHandle=m["ReceiptHandle"])
            return out

        return received

    def comment(self, comment_id: str):
        return self.store.get(comment_id)

    @staticmethod
    def moves(comment) -> list[tuple[str | None, str]]:
        """A comment's history as (from, to) moves, checked against the state machine: each starts where the one
        before ended, each is a transition ``states.TRANSITIONS`` allows, and the last ends at the comment's status.
        (A staff reply's first entry has no "from": it was written approved. An entry from a status to itself is a
        change in place, such as an edit.)"""
        moves = [(h.get("from"), h["to"]) for h in comment.history if "to" in h]
        for (_, to), (after, _) in pairwise(moves):
            assert to == after, f"{comment.id}'s history skips from {to} to {after}"
        assert all(Status(to) in TRANSITIONS[Status(since)] for since, to in moves if since not in (None, to)), \
            (comment.id, moves)
        assert (moves[-1][1] if moves else "pending") == comment.status.value, (comment.id, moves)
        return moves

    def listing(self, post_id: str) -> list[dict]:
        status, body, _ = self.request("GET", f"/posts/{post_id}/comments")
        assert status == 200
        return body["comments"]


@pytest.fixture
def pipeline(aws):
    runtime.reset()
    return Pipeline(aws)

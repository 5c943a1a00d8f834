"""The functions' AWS clients give up on a stalled call well inside the functions' own timeouts."""

from __future__ import annotations

import pytest

from commentguard.adapters import aws


@pytest.fixture(autouse=True)
def fresh_clients(monkeypatch):
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    aws.reset()
    yield
    aws.reset()  # the next test's clients are its own


def _worst_seconds(client) -> float:
    config = client.meta.config
    return (config.connect_timeout + config.read_timeout) * config.retries["total_max_attempts"]


def test_a_stalled_queue_send_gives_up_before_intake_times_out_and_its_comment_is_answered_202(template):
    intake_timeout = template.functions()["IntakeFunction"].timeout
    assert _worst_seconds(aws.client("sqs")) <= intake_timeout * 0.6


def test_no_call_waits_botocores_minute_for_an_answer():
    for service in ("dynamodb", "events", "sqs"):
        config = aws.client(service).meta.config
        assert config.connect_timeout <= 2 and config.read_timeout <= 5, service

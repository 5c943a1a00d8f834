"""Starting and stopping the local stack, `serve`, and the project's real template.yaml."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from commentguard_dev.localstack import LocalStack, load_template

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "localstack" / "template.yaml"


def test_stop_joins_every_thread_closes_the_port_and_restores_the_environment(monkeypatch):
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    monkeypatch.setenv("TABLE_NAME", "left-alone")
    path_before = list(sys.path)
    threads_before = set(threading.enumerate())
    stack = LocalStack(FIXTURE, schedules=False).start()
    host, port = stack.base_url.rsplit(":", 1)[0][len("http://"):], int(stack.base_url.rsplit(":", 1)[1])
    assert os.environ["AWS_ENDPOINT_URL"] == stack.endpoint_url
    assert os.environ["TABLE_NAME"] == "fixture-items-test"
    stack.stop()
    stack.stop()  # stopping twice is harmless
    assert "AWS_ENDPOINT_URL" not in os.environ
    assert os.environ["TABLE_NAME"] == "left-alone"
    assert sys.path == path_before
    deadline = time.monotonic() + 30
    while set(threading.enumerate()) - threads_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(threading.enumerate()) - threads_before
    with pytest.raises(OSError):
        socket.create_connection((host, port), timeout=1).close()


def test_every_queue_table_bus_and_secret_of_the_real_template_is_created():
    """Only the resources: the handlers are other work, so no function is loaded."""
    template = load_template(ROOT / "template.yaml")
    with LocalStack(ROOT / "template.yaml", functions=[], schedules=False) as stack:
        created = stack.resources
        for lid, resource in template.resources.items():
            if resource["Type"] in ("AWS::SQS::Queue", "AWS::DynamoDB::Table", "AWS::Events::EventBus",
                                    "AWS::SecretsManager::Secret"):
                assert lid in created, lid
        sqs = stack.client("sqs")
        for lid in template.of_type("AWS::SQS::Queue"):
            props = template.resources[lid]["Properties"]
            attrs = sqs.get_queue_attributes(QueueUrl=created[lid]["Ref"], AttributeNames=["All"])["Attributes"]
            if "VisibilityTimeout" in props:
                assert attrs["VisibilityTimeout"] == str(props["VisibilityTimeout"])
            if "RedrivePolicy" in props:
                target = props["RedrivePolicy"]["deadLetterTargetArn"]["Fn::GetAtt"][0]
                assert json.loads(attrs["RedrivePolicy"])["deadLetterTargetArn"] == created[target]["Arn"]
        ddb = stack.client("dynamodb")
        for lid in template.of_type("AWS::DynamoDB::Table"):
            props = template.resources[lid]["Properties"]
            table = ddb.describe_table(TableName=created[lid]["Ref"])["Table"]
            assert sorted(g["IndexName"] for g in table.get("GlobalSecondaryIndexes", [])) == sorted(
                g["IndexName"] for g in props.get("GlobalSecondaryIndexes", []))


def test_serve_prints_a_banner_answers_requests_and_exits_0_on_ctrl_c_removing_its_state_file(tmp_path):
    code = (
        "import sys\n"
        "from commentguard_dev.localstack import serve\n"
        f"sys.exit(serve(port=0, template_path={str(FIXTURE)!r}))\n"
    )
    # Its own state directory: serve must not overwrite, or remove, a developer's running stack's.
    state = tmp_path / "local-issuer.json"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, cwd=ROOT, env={**os.environ, "COMMENTGUARD_STATE_DIR": str(tmp_path)})
    try:
        lines = []
        base_url = None
        deadline = time.monotonic() + 30
        while base_url is None and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            match = re.search(r"HTTP API\s+(http://127\.0\.0\.1:\d+)", line)
            if match:
                base_url = match.group(1)
        assert base_url, "".join(lines)
        assert json.loads(state.read_text())["api_url"] == base_url
        req = urllib.request.Request(base_url + "/items", data=b'{"id": "from-serve"}', method="POST",
                                     headers={"content-type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 202
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    output = "".join(lines) + out
    assert proc.returncode == 0, output
    assert "POST /items -> ApiFunction 202" in output
    assert "fast retries" in output and "stopped." in output
    assert "Traceback" not in output
    assert not state.exists()  # or `commentguard token` and `dlq` would find the address of a stopped stack


def test_a_stack_that_saved_its_state_for_the_cli_removes_it_when_it_stops(monkeypatch, tmp_path):
    monkeypatch.setenv("COMMENTGUARD_STATE_DIR", str(tmp_path))
    with LocalStack(FIXTURE, schedules=False, save_issuer=True) as stack:
        saved = json.loads((tmp_path / "local-issuer.json").read_text())
        assert saved["endpoint_url"] == stack.endpoint_url
    assert not (tmp_path / "local-issuer.json").exists()


def test_a_stopping_stack_leaves_the_state_file_of_a_serve_started_after_it_alone(monkeypatch, tmp_path):
    from commentguard_dev.localstack.auth import LocalIssuer

    monkeypatch.setenv("COMMENTGUARD_STATE_DIR", str(tmp_path))
    with LocalStack(FIXTURE, schedules=False, save_issuer=True):
        newer = LocalIssuer.generate()
        newer.save(api_url="http://127.0.0.1:3001", endpoint_url="http://127.0.0.1:5001")
    assert json.loads((tmp_path / "local-issuer.json").read_text())["kid"] == newer.kid


def test_a_second_serve_does_not_take_over_the_state_of_one_that_runs_but_replaces_a_stale_one(monkeypatch, tmp_path):
    from commentguard_dev.localstack.auth import LocalIssuer

    monkeypatch.setenv("COMMENTGUARD_STATE_DIR", str(tmp_path))
    state = tmp_path / "local-issuer.json"
    with LocalStack(FIXTURE, schedules=False, save_issuer=True):
        first = json.loads(state.read_text())
        with pytest.raises(ValueError, match=r"another local stack serves at .*COMMENTGUARD_STATE_DIR"):
            LocalStack(FIXTURE, schedules=False, save_issuer=True).start()
        assert json.loads(state.read_text()) == first  # its tokens still pass
    LocalIssuer.generate().save(api_url="http://127.0.0.1:9", endpoint_url="")  # a stack killed outright
    with LocalStack(FIXTURE, schedules=False, save_issuer=True) as stack:
        assert json.loads(state.read_text())["api_url"] == stack.base_url


def test_a_stack_that_cannot_start_says_why_and_leaves_nothing_running(monkeypatch):
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    threads_before = set(threading.enumerate())
    stack = LocalStack(FIXTURE, functions=["NoSuchFunction"])
    with pytest.raises(ValueError, match="NoSuchFunction"):
        stack.start()
    assert "AWS_ENDPOINT_URL" not in os.environ
    deadline = time.monotonic() + 30
    while set(threading.enumerate()) - threads_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not set(threading.enumerate()) - threads_before


@pytest.mark.parametrize(
    ("overrides", "why"),
    [
        ({"AllowedLanguages": "english"}, "does not match"),
        ({"ReportsToHold": "-1"}, "below its MinValue"),
        ({"FloodSeconds": "soon"}, "is not a number"),
        ({"HoldAllComments": "maybe"}, "is not one of"),
        ({"NoSuchSwitch": "1"}, "unknown parameter"),
    ],
)
def test_the_real_templates_parameters_are_checked_as_cloudformation_checks_them(overrides, why):
    from commentguard_dev.localstack.template import TemplateError

    with pytest.raises(TemplateError, match=why):
        load_template(ROOT / "template.yaml", overrides)


def test_serve_takes_the_templates_parameters_and_hands_them_to_the_functions(monkeypatch):
    from commentguard_dev import cli

    seen = {}
    monkeypatch.setattr("commentguard_dev.localstack.serve", lambda **kwargs: seen.update(kwargs) or 0)
    assert cli.main(["serve", "--port", "0", "--parameter-overrides", "AllowedLanguages=en,de", "HoldAllComments=true",
                     "MaxThreadDepth=3"]) == 0
    assert seen["parameters"] == {"AllowedLanguages": "en,de", "HoldAllComments": "true", "MaxThreadDepth": "3"}
    template = load_template(ROOT / "template.yaml", seen["parameters"])
    env = template.resolve(template.function_properties("ScoringFunction")["Environment"]["Variables"])
    assert (env["ALLOWED_LANGUAGES"], env["HOLD_ALL_COMMENTS"]) == ("en,de", "true")
    intake = template.resolve(template.function_properties("IntakeFunction")["Environment"]["Variables"])
    assert str(intake["MAX_THREAD_DEPTH"]) == "3"


@pytest.mark.parametrize("on", ["true", "false"])
def test_the_toxicity_encoder_parameter_switches_both_sentence_encoders_of_the_scoring_function(on):
    from commentguard.scoring.toxicity import load_scorer

    template = load_template(ROOT / "template.yaml", {"ToxicityEncoder": on})
    env = template.resolve(template.function_properties("ScoringFunction")["Environment"]["Variables"])
    scorer = load_scorer({k: str(v) for k, v in env.items()})
    assert scorer.version.endswith("-lexical") is (on == "false")  # the fine-tuned encoder
    assert (scorer.phrase_matcher() is None) is (on == "false")  # the abusive phrases' matcher

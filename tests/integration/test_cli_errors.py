"""`commentguard` used wrongly, or with nothing to talk to: one line that says why, exit status 1."""

from __future__ import annotations

import re
import socket
import time

import pytest

from commentguard_dev import cli
from commentguard_dev.localstack.auth import LocalIssuer

NOT_RUNNING = "commentguard: the local stack is not running: start it with `commentguard serve` (or make run)\n"


def _run(capsys, *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return status, captured.err


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_scoring_a_file_that_does_not_exist_says_so(capsys, tmp_path):
    missing = tmp_path / "nonexistent.jsonl"
    assert _run(capsys, "score", str(missing)) == (1, f"commentguard: {missing}: No such file or directory\n")


def test_token_with_no_stack_ever_started_says_to_start_one(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("COMMENTGUARD_STATE_DIR", str(tmp_path))
    assert _run(capsys, "token") == (1, NOT_RUNNING)


@pytest.mark.parametrize("argv", [["dlq", "list"], ["dlq", "redrive"], ["recount"], ["feedback"], ["token"],
                                  ["author-token", "--user-id", "42"]])
def test_a_command_for_the_local_stack_after_serve_died_says_the_stack_is_not_running(argv, capsys, monkeypatch,
                                                                                     tmp_path):
    # What a serve killed without its cleanup leaves: its address, where nobody listens any more.
    monkeypatch.setenv("COMMENTGUARD_STATE_DIR", str(tmp_path))
    monkeypatch.delenv("AWS_ENDPOINT_URL", raising=False)
    port = _closed_port()
    LocalIssuer.generate().save(api_url=f"http://127.0.0.1:{port}", endpoint_url=f"http://127.0.0.1:{port}")
    assert _run(capsys, *argv) == (1, NOT_RUNNING)


def test_dlq_list_on_aws_with_no_region_configured_says_how_to_set_one(capsys, monkeypatch, tmp_path):
    for name in ("AWS_DEFAULT_REGION", "AWS_REGION", "AWS_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-config"))
    status, err = _run(capsys, "dlq", "list", "--aws")
    assert status == 1
    assert err.startswith("commentguard: no AWS region configured: set AWS_REGION")


def test_train_with_a_feedback_file_that_is_not_json_lines_names_the_file_and_the_line(capsys, tmp_path):
    feedback = tmp_path / "feedback.jsonl"
    feedback.write_text('{"text": "fine", "label": "ham"}\n{not json\n')
    status, err = _run(capsys, "train", "--feedback", str(feedback))
    assert status == 1
    assert err.startswith(f"commentguard: {feedback}, line 2: not JSON (")


@pytest.mark.parametrize("argv", [["train", "--scorer", "spam"], ["eval", "--scorer", "spam"],
                                  ["eval", "--compare", "a.json", "b.json"]])
def test_train_or_eval_without_the_spam_data_says_what_is_missing_and_where_the_data_goes(argv, capsys, tmp_path):
    status, err = _run(capsys, *argv, "--data", str(tmp_path))
    assert status == 1
    assert err.startswith(f"commentguard: {tmp_path}: no training data there (youtube/Youtube0*.csv, "
                          "blog_comments/*.csv not found); the data is the team kit's ../shared/data")


def test_toxicity_without_its_data_names_the_folder_it_needs(capsys, tmp_path):
    (tmp_path / "youtube").mkdir()
    (tmp_path / "youtube" / "Youtube01-Psy.csv").write_text("COMMENT_ID,AUTHOR,DATE,CONTENT,CLASS\n")
    status, err = _run(capsys, "eval", "--scorer", "toxicity", "--data", str(tmp_path))
    assert status == 1 and "(toxic/*.jsonl not found)" in err


@pytest.mark.parametrize(("port", "said"), [("99999", "99999: a port is from 1 to 65535 (or 0, any free one)"),
                                            ("http", "'http' is not a port number")])
def test_serve_on_a_port_there_cannot_be_is_a_usage_error(port, said, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["serve", "--port", port])
    assert exit_.value.code == 2 and said in capsys.readouterr().err


def test_a_usage_error_still_exits_2_as_argparse_does(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["score", "--scorer", "everything"])
    assert exit_.value.code == 2


def test_a_bug_keeps_its_traceback_rather_than_passing_for_the_users_mistake(monkeypatch):
    def broken(args):
        raise KeyError("a bug")

    monkeypatch.setattr(cli, "_score", broken)
    with pytest.raises(KeyError):
        cli.main(["score"])


@pytest.mark.parametrize(("ttl", "said"), [("-5", "-5 s: a token must be valid for at least 1 s"),
                                           ("0", "0 s: a token must be valid for at least 1 s"),
                                           ("an hour", "'an hour' is not a whole number of seconds")])
@pytest.mark.parametrize("command", ["token", "author-token"])
def test_a_token_that_would_be_expired_or_has_no_lifetime_is_refused_as_a_usage_error(command, ttl, said, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main([command, "--ttl", ttl])
    assert exit_.value.code == 2 and said in capsys.readouterr().err


def test_an_author_token_longer_than_the_stack_takes_is_refused_as_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["author-token", "--user-id", "42", "--ttl", "86401"])
    assert exit_.value.code == 2 and "86401 s: a token may be valid for at most 86400 s" in capsys.readouterr().err


def test_author_token_signs_for_a_reader_with_the_stacks_key_as_the_site_would(capsys, aws):
    import boto3

    from commentguard.signed_author import verify

    key = boto3.client("secretsmanager").get_secret_value(
        SecretId="commentguard/prod/author-signing-key")["SecretString"]  # the template's secret, in moto
    assert cli.main(["author-token", "--user-id", "42", "--name", "Ann Lee", "--aws"]) == 0
    token = capsys.readouterr().out.strip()
    reader = verify(key.encode(), token, time.time())
    assert (reader.user_id, reader.name, reader.email) == ("42", "Ann Lee", None)


def test_proxy_token_prints_what_the_stack_believes_from_its_proxy_and_names_the_header(capsys, aws):
    import boto3

    from commentguard.api.client import PROXY_HEADER, client_address, proxy_token

    key = boto3.client("secretsmanager").get_secret_value(SecretId="commentguard/prod/hash-key")["SecretString"]
    assert cli.main(["proxy-token", "--aws"]) == 0
    out = capsys.readouterr()
    assert out.out.strip() == proxy_token(key.encode()) and PROXY_HEADER in out.err
    headers = {"cloudfront-viewer-address": "198.51.100.7:443", PROXY_HEADER: out.out.strip()}
    assert client_address(headers, "203.0.113.9", "CloudFront-Viewer-Address", lambda: proxy_token(key.encode())) == (
        "198.51.100.7")


def test_the_help_overview_names_every_subcommand(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    overview, listing = capsys.readouterr().out.split("positional arguments", 1)
    commands = re.search(r"\{([a-z,-]+)\}", listing).group(1).split(",")
    assert "serve" in commands and "phrases" in commands
    # Python 3.13 takes a docstring's common indent away, so its lines may start at the margin.
    assert [c for c in commands if not re.search(rf"^ *{c} ", overview, re.MULTILINE)] == []

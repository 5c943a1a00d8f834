"""Queue messages: versioned JSON naming a comment; anything else is a BadMessage for the DLQ."""

from __future__ import annotations

import json

import pytest

from commentguard.messages import VERSION, BadMessage, CommentMessage


def test_a_message_survives_the_round_trip():
    message = CommentMessage(comment_id="c-1", post_id="post-1", correlation_id="corr-1")
    assert CommentMessage.from_json(message.to_json()) == message


def test_a_message_is_compact_versioned_json():
    body = CommentMessage("c-1", "post-1", "corr-1").to_json()
    assert json.loads(body) == {
        "version": VERSION,
        "comment_id": "c-1",
        "post_id": "post-1",
        "correlation_id": "corr-1",
    }
    assert " " not in body


def test_the_current_version_is_one():
    assert VERSION == 1


def test_a_missing_correlation_id_becomes_empty():
    message = CommentMessage.from_json('{"version": 1, "comment_id": "c", "post_id": "p"}')
    assert message.correlation_id == ""


def test_unknown_extra_fields_are_ignored():
    body = '{"version": 1, "comment_id": "c", "post_id": "p", "correlation_id": "x", "future": true}'
    assert CommentMessage.from_json(body) == CommentMessage("c", "p", "x")


@pytest.mark.parametrize("version", [0, 2, 99, -1, "2"])
def test_a_message_of_another_version_is_a_bad_message(version):
    body = json.dumps({"version": version, "comment_id": "c", "post_id": "p"})
    with pytest.raises(BadMessage, match="unsupported message version"):
        CommentMessage.from_json(body)


def test_a_message_without_a_version_is_a_bad_message():
    with pytest.raises(BadMessage):
        CommentMessage.from_json('{"comment_id": "c", "post_id": "p"}')


@pytest.mark.parametrize(
    "body",
    [
        "",
        "not json",
        "{",
        "null",
        "[]",
        "42",
        '"a string"',
        '{"version": "one", "comment_id": "c", "post_id": "p"}',
        '{"version": null, "comment_id": "c", "post_id": "p"}',
        '{"version": [1], "comment_id": "c", "post_id": "p"}',
    ],
)
def test_garbage_is_a_bad_message(body):
    with pytest.raises(BadMessage):
        CommentMessage.from_json(body)


@pytest.mark.parametrize("missing", ["comment_id", "post_id"])
def test_a_message_missing_a_required_field_is_a_bad_message(missing):
    data = {"version": 1, "comment_id": "c", "post_id": "p"}
    del data[missing]
    with pytest.raises(BadMessage):
        CommentMessage.from_json(json.dumps(data))


@pytest.mark.parametrize("field", ["comment_id", "post_id"])
def test_a_message_with_a_null_id_is_a_bad_message(field):
    data = {"version": 1, "comment_id": "c", "post_id": "p", field: None}
    try:
        message = CommentMessage.from_json(json.dumps(data))
    except BadMessage:
        return
    pytest.fail(
        f"DOMAIN BUG (messages.py from_json): a null {field} is accepted as the string "
        f"{getattr(message, field)!r} instead of raising BadMessage, so the handler looks up a "
        "comment called 'None' and acks the message instead of sending it to the DLQ"
    )


def test_a_non_string_body_is_a_bad_message():
    with pytest.raises(BadMessage):
        CommentMessage.from_json(None)  # type: ignore[arg-type]


def test_bad_message_is_a_value_error():
    assert issubclass(BadMessage, ValueError)


def test_a_recheck_says_so_and_survives_the_round_trip():
    message = CommentMessage("c-1", "post-1", "corr-1", recheck=True)
    assert json.loads(message.to_json())["recheck"] is True
    assert CommentMessage.from_json(message.to_json()) == message
    assert CommentMessage.from_json(CommentMessage("c-1", "post-1", "").to_json()).recheck is False


def test_a_recheck_flag_that_is_not_a_boolean_is_a_bad_message():
    with pytest.raises(BadMessage, match="recheck"):
        CommentMessage.from_json('{"version":1,"comment_id":"c","post_id":"p","recheck":"yes"}')

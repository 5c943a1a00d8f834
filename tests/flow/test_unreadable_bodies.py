"""Bodies the API cannot read as JSON: every route that takes a body answers them with a 4xx that
says why (never a 5xx), and keeps nothing of them."""

from __future__ import annotations

import json
import re

import pytest

from commentguard.states import Status

POST = "2026-12-03-bridge-closure"
COMMENT_ID = "0123456789abcdef0123456789abcdef"

UNREADABLE = {
    "bytes that are not UTF-8": (b"\xff\xfe{\"content\": \"x\"}", "application/json", 400, "not_utf8", "UTF-8"),
    "a multipart type without its boundary": (b'{"content": "x"}', "multipart/form-data", 415, "not_json", "JSON"),
    "a form instead of JSON": (b"post_id=a&content=hello+there", "application/x-www-form-urlencoded", 415, "not_json",
                               "JSON"),
    "JSON sent as plain text": (b'{"content": "x"}', "text/plain", 415, "not_json", "JSON"),
    # What any website's script sends from its visitors' browsers without a CORS preflight (an untyped Blob).
    "JSON sent without a type": (b'{"reason": "abuse", "content": "x"}', None, 415, "not_json", "JSON"),
    "JSON nested thousands deep": (b"[" * 100_000 + b"]" * 100_000, "application/json", 400, "too_deep",
                                   "nested"),
}


def _body_routes(pipeline) -> list[str]:
    keys = sorted({route.route_key for route in pipeline.routes if route.method.upper() in ("POST", "PUT", "PATCH")})
    assert len(keys) >= 10, keys
    return keys


def _path(route_key: str) -> str:
    path = route_key.split(" ", 1)[1]
    return re.sub(r"\{(\w+)\}", lambda m: POST if m.group(1) == "post_id" else COMMENT_ID, path)


@pytest.mark.parametrize("kind", list(UNREADABLE))
def test_every_route_that_takes_a_body_refuses_an_unreadable_one_with_a_4xx_that_says_why(pipeline, kind):
    data, content_type, expected, code, says = UNREADABLE[kind]
    token = pipeline.token("moderator", "admin")
    answers = {}
    for route_key in _body_routes(pipeline):
        method = route_key.split(" ", 1)[0]
        status, body, _ = pipeline.request(method, _path(route_key), data, token=token, content_type=content_type)
        answers[route_key] = (status, body)
    wrong = {key: answer for key, answer in answers.items() if answer[0] != expected}
    assert not wrong
    for _, body in answers.values():
        assert says in body["message"] and body["code"] == code
        assert body["errors"] == [{"field": "body", "code": code, "problem": body["message"]}]


def test_an_unreadable_comment_is_neither_stored_nor_queued_and_a_readable_one_still_is(pipeline):
    status, _, _ = pipeline.request("POST", "/comments", b'{"post_id": "%s", "content": "caf\xe9"}' % POST.encode())
    assert status == 400
    assert pipeline.depth("ScoringQueue") == 0
    readable = json.dumps({"post_id": POST, "author_name": "Ines", "content": "café"}, ensure_ascii=False)
    status, body, _ = pipeline.request("POST", "/comments", readable, content_type="application/json; charset=utf-8")
    assert status == 202
    pipeline.drain()
    assert pipeline.comment(body["id"]).status is Status.PUBLISHED

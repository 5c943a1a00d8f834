"""What readers send, over the whole pipeline on moto: the content limit in bytes, texts whose
sanitised HTML is too large to store, duplicates in disguise, names that try to leave their
attribute, and cursors a client forged. Nothing a client sends may end in a 5xx."""

from __future__ import annotations

import base64
import json

import pytest
from botocore.exceptions import ClientError, ReadTimeoutError

from commentguard import runtime
from commentguard.adapters import store as store_module
from commentguard.states import Status

POST = "2026-12-01-harbour-plan"
TEXT = "Moving the ferry terminal to the north quay would free the old harbour for the market."
# Within the byte limit, but every "&" of a link is written "&amp;" twice in the published HTML.
AMPERSANDS = "http://example.com/?" + "&" * 65_000


def _refused_naming(answer, status: int, field: str) -> None:
    code, body, headers = answer
    assert code == status, body
    assert [e["field"] for e in body["errors"]] == [field]
    assert "Retry-After" not in headers


def test_content_is_limited_in_utf8_bytes_and_a_longer_one_is_refused_naming_content(pipeline):
    at_the_limit = "😀" * 16_381  # 65,524 bytes
    assert pipeline.post(post_id=POST, author_name="Emma", content=at_the_limit, ip="192.0.2.1")[0] == 202
    answer = pipeline.post(post_id=POST, author_name="Emil", content="😀" * 60_000, ip="192.0.2.2")
    _refused_naming(answer, 422, "content")
    assert "65,525 bytes" in answer[1]["message"]
    assert pipeline.depth("ScoringQueue") == 1


def test_a_text_whose_sanitised_html_is_too_large_to_store_gets_a_413_naming_content_not_a_503(pipeline):
    _refused_naming(pipeline.post(post_id=POST, author_name="Amp", content=AMPERSANDS, ip="192.0.2.3"), 413, "content")
    assert pipeline.depth("ScoringQueue") == 0
    assert pipeline.request("GET", "/moderation/comments?status=pending", token=pipeline.token("moderator"))[1][
        "comments"] == []


def test_a_moderators_edit_is_held_to_the_same_byte_limit_and_a_too_large_one_gets_a_413(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = pipeline.judged(Status.HELD, post_id=POST, author_name="Ann", ip="192.0.2.4",
                                 content="See https://a.example/x and https://b.example/y for the plan.")
    edit = f"/moderation/comments/{comment_id}"
    _refused_naming(pipeline.request("PATCH", edit, {"content": "😀" * 16_382}, token=moderator), 422, "content")
    _refused_naming(pipeline.request("PATCH", edit, {"content": AMPERSANDS}, token=moderator), 413, "content")
    assert pipeline.request("PATCH", edit, {"content": "😀" * 16_381}, token=moderator)[0] == 200


def test_an_item_too_large_for_a_transaction_is_the_clients_413_and_a_throttle_stays_ours(pipeline, monkeypatch):
    # Real DynamoDB cancels a transaction holding an item over 400 KB (moto raises a ValidationException).
    def refuse(reason):
        def transact(self, items):
            raise ClientError({"Error": {"Code": "TransactionCanceledException", "Message": "cancelled"},
                               "CancellationReasons": [{"Code": "None"}, reason]}, "TransactWriteItems")
        return transact

    too_large = {"Code": "ValidationError", "Message": "Item size has exceeded the maximum allowed size"}
    monkeypatch.setattr(store_module.CommentStore, "_transact", refuse(too_large))
    _refused_naming(pipeline.post(post_id=POST, author_name="Big", content=TEXT, ip="192.0.2.5"), 413, "content")
    monkeypatch.setattr(store_module.CommentStore, "_transact", refuse({"Code": "ThrottlingError", "Message": "slow"}))
    status, _, headers = pipeline.post(post_id=POST, author_name="Big", content=TEXT, ip="192.0.2.5")
    assert (status, headers.get("Retry-After")) == (503, "1")


@pytest.mark.parametrize(
    "disguise",
    [
        TEXT + "\u200b",  # a zero-width space
        TEXT.replace("harbour", "har\u00adbour"),  # a soft hyphen
        "<b></b>" + TEXT,  # empty markup
        TEXT.replace("ferry", "f\u0435rry"),  # a Cyrillic "е"
        # Invisible, though not format characters (Cf): Unicode's other default-ignorables, a Braille blank.
        TEXT.replace("e", "e\u034f", 1),  # a combining grapheme joiner
        TEXT.replace("e", "e\ufe0f", 1),  # a variation selector
        TEXT + "\u3164",  # a Hangul filler
        TEXT + "\u2800",
    ],
)
def test_the_same_text_in_disguise_from_the_same_reader_is_a_duplicate(pipeline, disguise):
    first = {"post_id": POST, "author_name": "Maria", "author_email": "maria@example.org"}
    assert pipeline.post(ip="192.0.2.6", content=TEXT, **first)[0] == 202
    status, body, _ = pipeline.post(ip="192.0.2.7", content=disguise, **first)
    assert status == 409, body


def test_a_reader_who_sends_again_a_comment_whose_answer_was_lost_gets_the_first_answer_and_one_comment_is_kept(
        pipeline, monkeypatch):
    transact = store_module.CommentStore._transact

    def lands_then_times_out(self, items):
        transact(self, items)
        raise ReadTimeoutError(endpoint_url="https://dynamodb.us-east-1.amazonaws.com")

    monkeypatch.setattr(store_module.CommentStore, "_transact", lands_then_times_out)
    fields = {"post_id": POST, "author_name": "Maria", "author_email": "maria@example.org", "content": TEXT}
    assert pipeline.post(ip="192.0.2.11", **fields)[0] == 503
    monkeypatch.setattr(store_module.CommentStore, "_transact", transact)
    status, body, _ = pipeline.post(ip="192.0.2.11", **fields)
    assert status == 202
    again = pipeline.post(ip="192.0.2.11", **fields)  # a second click
    assert again[:2] == (202, body)
    pending = pipeline.request("GET", "/moderation/comments?status=pending", token=pipeline.token("moderator"))[1]
    assert [c["id"] for c in pending["comments"]] == [body["id"]]
    # The first request's message never went out; the retry's did: scored and published now, not at the
    # resender's sweep minutes later.
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [body["id"]]
    assert pipeline.post(ip="192.0.2.11", **fields)[:2] == (202, body)  # a click once it is scored sends nothing
    assert pipeline.depth("ScoringQueue") == 0


def test_the_same_text_from_another_address_or_under_another_email_is_a_duplicate_not_a_retry(pipeline):
    fields = {"post_id": POST, "author_name": "Maria", "author_email": "maria@example.org", "content": TEXT}
    assert pipeline.post(ip="192.0.2.12", **fields)[0] == 202
    assert pipeline.post(ip="192.0.2.13", **fields)[0] == 409
    assert pipeline.post(ip="192.0.2.12", **{**fields, "author_email": "other@example.org"})[0] == 409


def test_a_blank_comment_under_a_blank_name_of_hangul_fillers_and_braille_blanks_is_refused_naming_both(pipeline):
    status, body, _ = pipeline.post(post_id=POST, author_name="\u2800\u3164", content="\u3164\u3164\u3164",
                                    ip="192.0.2.10")
    assert status == 422 and {e["field"] for e in body["errors"]} == {"author_name", "content"}
    assert pipeline.depth("ScoringQueue") == 0


def test_the_same_text_under_a_look_alike_name_is_a_duplicate_and_another_number_is_not(pipeline):
    assert pipeline.post(post_id=POST, author_name="Maria", content=TEXT, ip="192.0.2.8")[0] == 202
    for name in ("M\u0430ria", "Mar\u200bia", "<i>Maria</i>"):
        assert pipeline.post(post_id=POST, author_name=name, content=TEXT, ip="192.0.2.9")[0] == 409, name
    assert pipeline.post(post_id=POST, author_name="Maria", content=TEXT.replace("north", "4 north"),
                         ip="192.0.2.9")[0] == 202


def test_a_name_is_escaped_once_for_the_page_quotes_included_and_left_as_written_for_moderators(pipeline):
    names = {'Eve" onmouseover="alert(1)" x="': "Eve&quot; onmouseover=&quot;alert(1)&quot; x=&quot;",
             "O'Brien & Sons": "O&#x27;Brien &amp; Sons"}
    ids = {pipeline.accepted(post_id=POST, author_name=name, content=f"{TEXT} ({n})", ip=f"192.0.2.{20 + n}"): name
           for n, name in enumerate(names)}
    pipeline.drain()
    listing = {c["id"]: c["author_name"] for c in pipeline.listing(POST)}
    assert listing == {comment_id: names[name] for comment_id, name in ids.items()}
    moderator = pipeline.token("moderator")
    for comment_id, name in ids.items():
        assert pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["author_name"] == name


def _cursor(key: dict) -> str:
    # UTF-8 rather than \u escapes, to stay under the query's 2,048 characters; a lone surrogate, which
    # UTF-8 cannot hold, as its escape.
    return base64.urlsafe_b64encode(json.dumps(key, ensure_ascii=False).encode("utf-8", "backslashreplace")).decode()


@pytest.mark.parametrize(
    "forged",
    [{"id": ""}, {"listing_key": ""}, {"listing_key": "x" * 1_025}, {"listing_key": "é" * 513},
     {"id": "\ud800"}],
    ids=["empty id", "empty sort key", "sort key over 1,024 bytes", "1,026 bytes in 513 characters", "lone surrogate"],
)
def test_a_forged_cursor_whose_keys_dynamodb_would_refuse_is_a_400(pipeline, forged):
    assert pipeline.post(post_id=POST, author_name="Ann", content=TEXT, ip="192.0.2.30")[0] == 202
    pipeline.drain()
    key = {"id": "a", "post_id": POST, "listing_key": "2026-12-01T00:00:00.000Z#a", "order": "oldest"} | forged
    _refused_naming(pipeline.request("GET", f"/posts/{POST}/comments?cursor={_cursor(key)}"), 400, "cursor")
    held = {"id": "a", "status": "held", "created_at": "2026-12-01T00:00:00.000Z", "order": "newest"}
    held |= {("created_at" if k == "listing_key" else k): v for k, v in forged.items()}
    for query in ("", f"&post_id={POST}"):
        answer = pipeline.request("GET", f"/moderation/comments?status=held{query}&cursor={_cursor(held)}",
                                  token=pipeline.token("moderator"))
        _refused_naming(answer, 400, "cursor")


@pytest.mark.parametrize("method, path, role", [
    ("GET", f"/posts/{POST}/comments", None),
    ("GET", "/moderation/comments?status=held", "moderator"),
    ("GET", "/moderation/comments/{id}/sender?by=address", "moderator"),
    ("GET", "/moderation/decisions", "moderator"),
    ("GET", "/moderation/readers", "moderator"),
    ("POST", "/moderation/recheck", "moderator"),
], ids=["a post's comments", "the moderation queue", "a sender's comments", "the decision history",
        "the banned readers", "the held comments' recheck"])
def test_every_listing_refuses_a_cursor_it_did_not_give_out_naming_the_cursor(pipeline, method, path, role):
    comment_id = pipeline.accepted(post_id=POST, author_name="Ann", content=TEXT, ip="192.0.2.31")
    pipeline.drain()
    token = pipeline.token(role) if role else None
    path = path.format(id=comment_id)
    if method == "GET":
        answer = pipeline.request("GET", f"{path}{'&' if '?' in path else '?'}cursor=bm90LWEtY3Vyc29y", token=token)
    else:
        answer = pipeline.request("POST", path, {"cursor": "bm90LWEtY3Vyc29y"}, token=token)
    _refused_naming(answer, 400, "cursor")
    assert "gave out" in answer[1]["message"]


def test_a_cursor_at_the_limits_dynamodb_takes_still_pages(pipeline):
    key = {"id": "a", "post_id": POST, "listing_key": "z" * 1_024, "order": "oldest"}
    status, body, _ = pipeline.request("GET", f"/posts/{POST}/comments?cursor={_cursor(key)}")
    assert (status, body["comments"]) == (200, [])


def test_a_cursor_given_out_before_cursors_named_their_order_still_pages():
    from commentguard.adapters.store import _decode_cursor

    old = _cursor({"id": "a", "post_id": POST, "listing_key": "2026-12-01T00:00:00.000Z#a"})
    assert _decode_cursor(old, {"id", "post_id", "listing_key"}, forward=False)["id"] == "a"


FIELD_PROBLEMS = {
    "a comment left out": ({"content": None}, "content", "required"),
    "a name of spaces": ({"author_name": "   "}, "author_name", "blank"),
    "a comment of markup alone": ({"content": "<img src=x><script>x()</script>"}, "content", "no_text"),
    "a name over WordPress's 245 characters": ({"author_name": "N" * 246}, "author_name", "too_long"),
    "a comment over 65,525 bytes": ({"content": "é" * 40_000}, "content", "too_long"),
    "an email without its domain": ({"author_email": "maria@"}, "author_email", "not_email"),
    "a website a browser reads as another host": ({"author_url": "https://news.example\\@evil.example/"},
                                                  "author_url", "not_url"),
    "an article id with a slash": ({"post_id": "2026/12/harbour"}, "post_id", "invalid_format"),
    "a comment that is a number": ({"content": 42}, "content", "wrong_type"),
}


@pytest.mark.parametrize("case", list(FIELD_PROBLEMS))
def test_each_field_problem_says_a_code_a_sites_form_can_translate_beside_its_english_words(pipeline, case):
    change, field, code = FIELD_PROBLEMS[case]
    fields = {k: v for k, v in ({"post_id": POST, "author_name": "Maria", "content": TEXT} | change).items()
              if v is not None}
    status, body, _ = pipeline.post(ip="192.0.2.40", **fields)
    assert status == 422 and body["code"] == "invalid"
    assert [(e["field"], e["code"]) for e in body["errors"]] == [(field, code)]
    assert body["errors"][0]["problem"] and body["message"].startswith(f"{field}: ")
    assert pipeline.depth("ScoringQueue") == 0


def test_a_body_that_is_not_an_object_or_not_json_says_so_by_code(pipeline):
    for data, code in ((b'["a list"]', "not_object"), (b'{"post_id": ', "invalid_json")):
        status, body, _ = pipeline.request("POST", "/comments", data)
        assert (status, body["code"], body["errors"][0]["code"]) == (422, "invalid", code)
    status, body, _ = pipeline.request("POST", f"/comments/{'a' * 32}/reports", {"reason": "rude"})
    assert status == 422 and [(e["field"], e["code"]) for e in body["errors"]] == [("reason", "not_allowed")]


def test_a_duplicate_a_flood_and_a_closed_article_each_say_their_own_code(pipeline, monkeypatch):
    monkeypatch.setenv("FLOOD_SECONDS", "15")
    runtime.reset()
    fields = {"post_id": POST, "author_name": "Maria", "content": TEXT}
    assert pipeline.post(ip="192.0.2.41", **fields)[0] == 202
    status, body, _ = pipeline.post(ip="192.0.2.42", **fields)
    assert (status, body["code"], body["errors"]) == (409, "duplicate", [
        {"field": "content", "code": "duplicate", "problem": "duplicate comment: you have already said that"}])
    status, body, _ = pipeline.post(ip="192.0.2.41", **{**fields, "content": f"{TEXT} Also the buses."})
    assert (status, body["code"], "errors" in body) == (429, "flood", False)
    moderator = pipeline.token("moderator")
    assert pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"}, token=moderator)[0] == 200
    status, body, _ = pipeline.post(ip="192.0.2.43", **{**fields, "content": f"{TEXT} And the trams."})
    assert (status, body["code"], body["errors"][0]["code"]) == (403, "closed", "closed")
    status, body, _ = pipeline.request("GET", "/comments/nope")
    assert (status, body["code"]) == (404, "not_found")

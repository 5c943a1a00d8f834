"""The word lists moderators keep while the site runs (GET/PUT /moderation/words), over the whole pipeline on
moto: what they hold, file as spam or hold as abusive from the next comment on, a recheck with them, two admins at once, and
bad input that changes nothing."""

from __future__ import annotations

import pytest

from commentguard import runtime
from commentguard.states import Status

POST = "2026-12-07-casino-licences"
GOOD = "The council's report on the new licences reads well, and the hearing is open to the public."


READER = {"post_id": POST, "author_name": "Reader"}  # what a test's comment leaves out


def _post(pipeline, content: str, ip: str, **fields) -> str:
    return pipeline.accepted(content=content, ip=ip, **READER | fields)


def _judged(pipeline, status: Status, content: str, ip: str) -> str:
    return pipeline.judged(status, content=content, ip=ip, **READER)


def _put(pipeline, body, token):
    return pipeline.request("PUT", "/moderation/words", body, token=token)[:2]


def test_the_word_lists_start_empty_and_show_the_keys_the_stack_was_deployed_with(pipeline, monkeypatch):
    monkeypatch.setenv("MODERATION_KEYS", "casino, poker")
    monkeypatch.setenv("TOXIC_TERMS", "snowflake")
    runtime.reset()
    status, lists, _ = pipeline.request("GET", "/moderation/words", token=pipeline.token("moderator"))
    assert status == 200
    assert lists == {"moderation_keys": [], "disallowed_keys": [], "toxic_terms": [], "version": 0,
                     "updated_at": None, "updated_by": None,
                     "deployed": {"moderation_keys": ["casino", "poker"], "disallowed_keys": [],
                                  "toxic_terms": ["snowflake"]}}


def test_a_disallowed_key_an_admin_adds_files_the_next_comment_with_it_as_spam_and_a_moderation_key_holds_one(pipeline):
    admin = pipeline.token("admin", sub="admin-lea")
    before = _judged(pipeline, Status.PUBLISHED, GOOD + " Ask luckyspin about it.", ip="192.0.2.10")

    status, lists = _put(pipeline, {"disallowed_keys": ["LuckySpin", " luckyspin ", ""],
                                    "moderation_keys": ["licence fee"]}, admin)
    assert status == 200
    assert lists["disallowed_keys"] == ["LuckySpin"] and lists["moderation_keys"] == ["licence fee"]
    assert (lists["version"], lists["updated_by"]) == (1, "admin-lea") and lists["updated_at"]

    spam = _post(pipeline, GOOD + " Play at luckyspin today.", ip="192.0.2.11")
    held = _post(pipeline, GOOD + " What will the licence fee be?", ip="192.0.2.12")
    named = _post(pipeline, GOOD, ip="192.0.2.13", author_name="LuckySpin Bonus")
    clean = _post(pipeline, GOOD + " I will go to the hearing.", ip="192.0.2.14")
    pipeline.drain()
    assert pipeline.comment(spam).status is Status.SPAM
    assert pipeline.comment(spam).reasons[0] == {"code": "disallowed_key",
                                                 "message": '"LuckySpin" found in the content'}
    assert pipeline.comment(named).status is Status.SPAM  # every field, as WordPress reads them
    assert pipeline.comment(held).status is Status.HELD
    assert {"code": "moderation_key", "message": '"licence fee" found in the content'} in pipeline.comment(held).reasons
    assert pipeline.comment(clean).status is Status.PUBLISHED
    assert pipeline.comment(before).status is Status.PUBLISHED  # what was published stays up

    # Taken off the list, the key holds nothing from the next comment on.
    assert _put(pipeline, {"disallowed_keys": []}, admin)[1]["moderation_keys"] == ["licence fee"]
    _judged(pipeline, Status.PUBLISHED, GOOD + " Luckyspin was in the news.", ip="192.0.2.15")


def test_a_toxic_term_an_admin_adds_holds_the_next_comment_with_it_as_abusive_for_a_moderator(pipeline):
    admin = pipeline.token("admin")
    status, lists = _put(pipeline, {"toxic_terms": ["Lib-Rag"]}, admin)
    assert status == 200 and lists["toxic_terms"] == ["Lib-Rag"] and lists["moderation_keys"] == []
    held = _post(pipeline, GOOD + " Typical lib rag coverage though.", ip="192.0.2.16")
    named = _post(pipeline, GOOD, ip="192.0.2.17", author_name="Lib Rag Hater")
    clean = _post(pipeline, GOOD + " The library's rag rug sale is on Friday.", ip="192.0.2.18")
    pipeline.drain()
    for comment_id in (held, named):
        comment = pipeline.comment(comment_id)
        assert comment.status is Status.HELD  # abuse waits for a person: never filed as spam by a list
        assert any(r["code"] == "toxic_term" and '"lib rag"' in r["message"] for r in comment.reasons)
    assert pipeline.comment(clean).status is Status.PUBLISHED


def test_a_recheck_files_a_held_comment_with_a_newly_disallowed_key_as_spam(pipeline):
    moderator, admin = pipeline.token("moderator"), pipeline.token("admin")
    held = _judged(pipeline, Status.HELD,
                   "Cheap licences at https://a.example/x and https://b.example/y, ask for Bet4Win.",
                   ip="192.0.2.20")  # two links
    assert _put(pipeline, {"disallowed_keys": ["bet4win"]}, admin)[0] == 200
    status, body, _ = pipeline.request("POST", "/moderation/recheck", {}, token=moderator)
    assert status == 202 and body["queued"] == 1
    pipeline.drain()
    rechecked = pipeline.comment(held)
    assert rechecked.status is Status.SPAM
    assert rechecked.reasons[0]["code"] == "disallowed_key"


def test_a_change_made_from_an_older_version_is_refused_with_the_lists_as_they_are_and_changes_nothing(pipeline):
    lea, sam = pipeline.token("admin", sub="admin-lea"), pipeline.token("admin", sub="admin-sam")
    seen = pipeline.request("GET", "/moderation/words", token=lea)[1]["version"]
    assert _put(pipeline, {"moderation_keys": ["poker"], "version": seen}, sam)[0] == 200
    status, answer = _put(pipeline, {"moderation_keys": ["roulette"], "version": seen}, lea)
    assert status == 409
    assert answer["errors"][0]["field"] == "version" and "admin-sam" in answer["message"]
    assert answer["current"]["moderation_keys"] == ["poker"] and answer["current"]["version"] == 1
    assert pipeline.request("GET", "/moderation/words", token=lea)[1]["moderation_keys"] == ["poker"]
    # Made again from what is there now, it is saved.
    status, lists = _put(pipeline, {"moderation_keys": ["poker", "roulette"], "version": 1}, lea)
    assert status == 200 and lists["moderation_keys"] == ["poker", "roulette"] and lists["version"] == 2


@pytest.mark.parametrize(("body", "field"), [
    ({}, "body"),
    ({"moderation_keys": ["ok"]}, "moderation_keys"),  # two letters: inside "book", "token", "joke"
    ({"disallowed_keys": ["x" * 101]}, "disallowed_keys.0"),
    ({"disallowed_keys": [f"key{i}" for i in range(1001)]}, "disallowed_keys"),
    ({"disallowed_keys": "casino"}, "disallowed_keys"),
    ({"moderation_keys": ["poker"], "version": -1}, "version"),
    ({"toxic_terms": ["***"]}, "toxic_terms"),  # matched as a whole word: punctuation alone never is
])
def test_a_word_list_that_would_hold_too_much_or_is_not_a_list_is_refused_and_the_lists_stay(pipeline, body, field):
    admin = pipeline.token("admin")
    assert _put(pipeline, {"moderation_keys": ["poker"]}, admin)[0] == 200
    status, answer = _put(pipeline, body, admin)
    assert status == 422 and answer["message"]
    assert any(e["field"] == field for e in answer["errors"]), answer
    assert pipeline.request("GET", "/moderation/words", token=admin)[1]["moderation_keys"] == ["poker"]


def test_a_two_character_key_outside_ascii_is_a_word_and_is_kept(pipeline):
    status, lists = _put(pipeline, {"disallowed_keys": ["博彩"]}, pipeline.token("admin"))
    assert status == 200 and lists["disallowed_keys"] == ["博彩"]


def test_only_an_admin_changes_the_word_lists_and_only_a_moderator_reads_them(pipeline):
    assert _put(pipeline, {"moderation_keys": ["poker"]}, pipeline.token("moderator"))[0] == 403
    assert pipeline.request("PUT", "/moderation/words", {"moderation_keys": ["poker"]})[0] == 401
    assert pipeline.request("GET", "/moderation/words", token=pipeline.token("reader"))[0] == 403
    assert pipeline.request("GET", "/moderation/words", token=pipeline.token("moderator"))[1]["version"] == 0

"""A reader's erasure over the whole pipeline on moto, where it is easy to leave something behind:
comments a moderator edited since, an erasure that fails half-way, guards written before their
ids were recorded, and a publication, a spam mark or a hold that read the comment before the erasure and
writes after it; and the duplicate guards that an edit and "Delete Permanently" take with them."""

from __future__ import annotations

import json
import time

from botocore.exceptions import ClientError

from commentguard import keys, runtime
from commentguard.adapters import store as store_module
from commentguard.flow import privacy
from commentguard.keys import duplicate_guard_ids
from commentguard.states import Status
from commentguard_dev.localstack.iam import acting_as

POST = "2026-12-02-bridge-closure"
TEXT = "Closing the bridge for two summers at once would cut the east side off from the hospital."
EMAIL = "ida@example.org"


def _items(pipeline, prefix: str) -> dict[str, dict]:
    """The table's items whose id starts with ``prefix`` (a Scan: fine in a test, never on a request path)."""
    found, request = {}, {"TableName": pipeline.store.table}
    while True:
        page = pipeline.dynamodb.scan(**request)
        found |= {i["id"]["S"]: i for i in page["Items"] if i["id"]["S"].startswith(prefix)}
        if not page.get("LastEvaluatedKey"):
            return found
        request["ExclusiveStartKey"] = page["LastEvaluatedKey"]


def _posted(pipeline, ip: str, author_name: str = "Ida Reader", content: str = TEXT) -> str:
    return pipeline.accepted(post_id=POST, author_name=author_name, author_email=EMAIL, content=content, ip=ip)


def _erase(pipeline) -> tuple[int, dict]:
    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": EMAIL}, token=pipeline.token("admin"))
    return status, body


def test_erasure_after_a_moderators_edit_deletes_the_duplicate_guards_the_original_text_claimed(pipeline):
    comment_id = _guarded(pipeline, ip="192.0.2.1")
    status, _, _ = pipeline.request("PATCH", f"/moderation/comments/{comment_id}",
                                    {"content": TEXT + " (edited)", "author_name": "I."}, token=pipeline.token("moderator"))
    assert status == 200
    assert _erase(pipeline) == (200, {"items_changed": 1, "ban_kept_until": None})
    assert _items(pipeline, "dup#") == {} and _items(pipeline, "pii#") == {}


def test_an_erasure_that_fails_half_way_is_finished_by_a_retry(pipeline, monkeypatch):
    # 30 comments: more writes than one transaction takes.
    ids = [_posted(pipeline, author_name="Ida", content=f"{TEXT} [{n}]", ip="192.0.2.2") for n in range(30)]
    transact, calls = store_module.CommentStore._transact, []

    def throttled_second(self, items):
        calls.append(len(items))
        if len(calls) == 2:
            raise ClientError({"Error": {"Code": "ThrottlingException", "Message": "slow down"}}, "TransactWriteItems")
        return transact(self, items)

    monkeypatch.setattr(store_module.CommentStore, "_transact", throttled_second)
    assert _erase(pipeline)[0] == 503
    assert len(calls) == 2
    monkeypatch.setattr(store_module.CommentStore, "_transact", transact)

    status, body = _erase(pipeline)
    assert status == 200 and body["items_changed"] > 0  # the comments the failed one had not anonymised
    for prefix in ("pii#", "dup#", "author#", "marked#", "flood#"):
        assert _items(pipeline, prefix) == {}, prefix
    comments = [pipeline.comment(i) for i in ids]
    assert {(c.author_name, c.author_key) for c in comments} == {("Anonymous", None)}


def test_erasure_finds_the_guards_of_comments_stored_before_their_ids_were_recorded(pipeline):
    # Stored as intake stored comments before: guards in the recipe of then, and no record of their ids.
    marked_up = "<b>Really</b> " + TEXT
    comment = pipeline.comment(_posted(pipeline, author_name="Ida", content=marked_up, ip="192.0.2.3"))
    current = duplicate_guard_ids(comment, runtime.secret_key())
    legacy = duplicate_guard_ids(comment, runtime.secret_key(), legacy=True)
    assert set(current).isdisjoint(legacy)
    for guard_id in current:
        pipeline.dynamodb.delete_item(TableName=pipeline.store.table, Key={"id": {"S": guard_id}})
    for guard_id in legacy:
        pipeline.dynamodb.put_item(TableName=pipeline.store.table,
                                   Item={"id": {"S": guard_id}, "comment_id": {"S": comment.id}})
    pipeline.dynamodb.update_item(TableName=pipeline.store.table, Key={"id": {"S": f"pii#{comment.id}"}},
                                  UpdateExpression=f"REMOVE {store_module.DUPLICATE_IDS}")

    assert _erase(pipeline) == (200, {"items_changed": 1, "ban_kept_until": None})
    assert _items(pipeline, "dup#") == {}
    assert keys.author_key(runtime.secret_key(), EMAIL) not in str(_items(pipeline, ""))


def _guarded(pipeline, author_name: str = "Ida Reader", ip: str = "192.0.2.4") -> str:
    comment_id = _posted(pipeline, author_name=author_name, ip=ip)
    pipeline.drain()
    assert len(_items(pipeline, "dup#")) == 2  # one by name, one by email
    return comment_id


def _edit(pipeline, comment_id: str, **fields) -> int:
    return pipeline.request("PATCH", f"/moderation/comments/{comment_id}", fields, token=pipeline.token("moderator"))[0]


def test_erasure_after_an_edit_leaves_no_guard_once_the_record_of_their_ids_has_expired(pipeline):
    comment_id = _guarded(pipeline)
    assert _edit(pipeline, comment_id, content=TEXT + " (a link taken out)") == 200
    # Day 31: the pii# item, which recorded the guards' ids, has expired; the guards would last 90 days.
    pipeline.dynamodb.delete_item(TableName=pipeline.store.table, Key={"id": {"S": f"pii#{comment_id}"}})
    assert _erase(pipeline) == (200, {"items_changed": 1, "ban_kept_until": None})
    assert _items(pipeline, "dup#") == {}


def test_after_an_edit_of_its_text_the_reader_may_post_the_original_again_as_wordpress_compares_the_text_kept(pipeline):
    comment_id = _guarded(pipeline, ip="192.0.2.5")
    assert _edit(pipeline, comment_id, content="The bridge closure (edited by a moderator).") == 200
    assert _items(pipeline, "dup#") == {}  # the moderator's text claims none: the reader never sent it
    _posted(pipeline, ip="192.0.2.6")


def test_renaming_an_author_keeps_the_text_a_duplicate_for_the_same_email(pipeline):
    comment_id = _guarded(pipeline, author_name="Buy Cheap Pills", ip="192.0.2.7")
    assert _edit(pipeline, comment_id, author_name="A reader") == 200
    assert len(_items(pipeline, "dup#")) == 1  # the name's guard went; the email's stays with the text
    status, _, _ = pipeline.post(post_id=POST, author_name="Buy Cheap Pills", author_email=EMAIL, content=TEXT,
                                 ip="192.0.2.8")
    assert status == 409


def test_a_comment_deleted_permanently_takes_its_duplicate_guards_with_it(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _guarded(pipeline, ip="192.0.2.9")
    assert pipeline.request("POST", f"/moderation/comments/{comment_id}/actions", {"action": "trash"},
                            token=moderator)[0] == 200
    assert pipeline.request("DELETE", f"/moderation/comments/{comment_id}", token=moderator)[0] == 204
    assert _items(pipeline, "dup#") == {}
    _posted(pipeline, ip="192.0.2.10")  # taken: nothing kept says it was posted before


def test_erasure_deletes_what_the_email_names_even_when_none_of_the_readers_comments_is_left(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _guarded(pipeline, ip="192.0.2.11")
    assert pipeline.comment(comment_id).status.value == "published"
    assert _items(pipeline, "author#")  # a returning reader's trust, with no expiry of its own
    assert pipeline.request("POST", f"/moderation/comments/{comment_id}/actions", {"action": "trash"},
                            token=moderator)[0] == 200
    assert pipeline.request("DELETE", f"/moderation/comments/{comment_id}", token=moderator)[0] == 204
    assert _erase(pipeline) == (200, {"items_changed": 0, "ban_kept_until": None})
    assert _items(pipeline, "author#") == {} and _items(pipeline, "marked#email#") == {}


# -- an erasure between another writer's read and its write ----------------------------------------


def _erased_before_the_move_to(pipeline, monkeypatch, target: Status) -> list[str]:
    """The reader's erasure commits just before the first move to ``target``, which was planned from a read of
    the comment made before it (the milliseconds between a handler's read and its write). Returns the ids of
    the comments that move was made for, once made."""
    move, moved = store_module.CommentStore.move, []

    def erased_first(self, comment_id, current, to, **kwargs):
        if to is target and not moved:
            moved.append(comment_id)
            with acting_as(None):  # the moderation function's call, not the racing function's
                privacy.erase(pipeline.store, runtime.events, runtime.secret_key(), privacy.Reader(email=EMAIL),
                              time.time())
        return move(self, comment_id, current, to, **kwargs)
    monkeypatch.setattr(store_module.CommentStore, "move", erased_first)
    return moved


def _nothing_names_the_reader(pipeline) -> None:
    assert _items(pipeline, "author#") == {} and _items(pipeline, "marked#") == {} and _items(pipeline, "pii#") == {}
    every = json.dumps(_items(pipeline, ""))
    assert "Ida" not in every and keys.author_key(runtime.secret_key(), EMAIL) not in every


def test_a_publication_racing_an_erasure_puts_the_comment_on_the_page_anonymised_without_the_authors_trust(
        pipeline, monkeypatch):
    comment_id = _posted(pipeline, ip="192.0.2.20")
    raced = _erased_before_the_move_to(pipeline, monkeypatch, Status.PUBLISHED)
    pipeline.drain()
    assert raced == [comment_id]
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.author_name) == (Status.PUBLISHED, "Anonymous")
    assert [c["author_name"] for c in pipeline.listing(POST)] == ["Anonymous"]
    _nothing_names_the_reader(pipeline)


def test_a_spam_mark_racing_an_erasure_marks_neither_the_email_nor_the_address_again(pipeline, monkeypatch):
    comment_id = _guarded(pipeline, ip="192.0.2.21")
    _erased_before_the_move_to(pipeline, monkeypatch, Status.SPAM)
    status, body, _ = pipeline.request("POST", f"/moderation/comments/{comment_id}/actions", {"action": "spam"},
                                       token=pipeline.token("moderator"))
    assert (status, body["status"]) == (200, "spam")
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.author_name) == (Status.SPAM, "Anonymous")
    _nothing_names_the_reader(pipeline)


def test_a_hold_racing_an_erasure_tells_the_moderators_the_anonymised_name(pipeline, monkeypatch):
    caught = pipeline.watch_bus()
    comment_id = _posted(pipeline, ip="192.0.2.22",
                         content="You are a stupid idiot, read the article before you comment.")
    raced = _erased_before_the_move_to(pipeline, monkeypatch, Status.HELD)
    pipeline.drain()
    assert raced == [comment_id]
    assert pipeline.comment(comment_id).status is Status.HELD
    held = [e["detail"] for e in caught() if e["detail-type"] == "Comment Held"]
    assert [h["author_name"] for h in held] == ["Anonymous"]
    _nothing_names_the_reader(pipeline)


def test_readers_reports_racing_an_erasure_take_the_comment_down_without_writing_its_authors_count_again(
        pipeline, monkeypatch):
    comment_id = _guarded(pipeline, ip="192.0.2.23")
    for ip in ("198.51.100.31", "198.51.100.32"):
        assert pipeline.request("POST", f"/comments/{comment_id}/reports", {"reason": "abuse"}, ip=ip)[0] == 202
    _erased_before_the_move_to(pipeline, monkeypatch, Status.HELD)
    assert pipeline.request("POST", f"/comments/{comment_id}/reports", {"reason": "abuse"}, ip="198.51.100.33")[0] == 202
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.held_for, comment.author_name) == (Status.HELD, ["reports"], "Anonymous")
    _nothing_names_the_reader(pipeline)

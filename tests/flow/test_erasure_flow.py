"""A reader's erasure over the whole pipeline on moto, where it is easy to leave something behind:
comments a moderator edited since, an erasure that fails half-way, and guards written before their
ids were recorded."""

from __future__ import annotations

from botocore.exceptions import ClientError

from commentguard import keys, runtime
from commentguard.adapters import store as store_module
from commentguard.flow.intake import duplicate_guard_ids

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


def _erase(pipeline) -> tuple[int, dict]:
    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": EMAIL}, token=pipeline.token("admin"))
    return status, body


def test_erasure_after_a_moderators_edit_deletes_the_duplicate_guards_the_original_text_claimed(pipeline):
    status, body, _ = pipeline.post(post_id=POST, author_name="Ida Reader", author_email=EMAIL, content=TEXT,
                                    ip="192.0.2.1")
    assert status == 202
    pipeline.drain()
    assert len(_items(pipeline, "dup#")) == 2
    status, _, _ = pipeline.request("PATCH", f"/moderation/comments/{body['id']}",
                                    {"content": TEXT + " (edited)", "author_name": "I."}, token=pipeline.token("moderator"))
    assert status == 200
    assert _erase(pipeline) == (200, {"items_changed": 1})
    assert _items(pipeline, "dup#") == {} and _items(pipeline, "pii#") == {}


def test_an_erasure_that_fails_half_way_is_finished_by_a_retry(pipeline, monkeypatch):
    # 30 comments: more writes than one transaction takes.
    ids = []
    for n in range(30):
        status, body, _ = pipeline.post(post_id=POST, author_name="Ida", author_email=EMAIL, content=f"{TEXT} [{n}]",
                                        ip="192.0.2.2")
        assert status == 202
        ids.append(body["id"])
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
    status, body, _ = pipeline.post(post_id=POST, author_name="Ida", author_email=EMAIL, content=marked_up,
                                    ip="192.0.2.3")
    assert status == 202
    comment = pipeline.comment(body["id"])
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

    assert _erase(pipeline) == (200, {"items_changed": 1})
    assert _items(pipeline, "dup#") == {}
    assert keys.author_key(runtime.secret_key(), EMAIL) not in str(_items(pipeline, ""))

"""The store's writes on moto: tried again after a conflict with a transaction on the same item, and a
comment's post read rather than locked."""

from __future__ import annotations

import time
from dataclasses import replace

import boto3
import pytest
from botocore.awsrequest import AWSResponse
from botocore.exceptions import ClientError

from commentguard.adapters import store as store_module
from commentguard.adapters.store import (
    CONFLICT_RETRIES,
    CommentsClosed,
    CommentStore,
    DuplicateComment,
    Guards,
    StaleStatus,
)
from commentguard.models import Comment, iso_utc
from commentguard.states import Status

NOW = time.time()


@pytest.fixture
def store(aws):
    return CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))


def _refused(error: str, *codes: str):
    body = {"Error": {"Code": error, "Message": "refused"}, "CancellationReasons": [{"Code": c} for c in codes]}
    return AWSResponse("https://dynamodb", 400, {}, None), body


def _conflicts(store, times: int, *codes: str, operation: str = "TransactWriteItems") -> list[str]:
    """The next ``times`` calls of ``operation`` are refused (a transaction cancelled with ``codes``, a
    plain write with TransactionConflictException); returns the calls made."""
    calls: list[str] = []
    error = "TransactionCanceledException" if operation == "TransactWriteItems" else "TransactionConflictException"

    def refuse(**_):
        calls.append(operation)
        return _refused(error, *codes) if len(calls) <= times else None

    store.client.meta.events.register(f"before-call.dynamodb.{operation}", refuse)
    return calls


def _comment(comment_id: str = "c1", post_id: str = "p1") -> Comment:
    return Comment(id=comment_id, post_id=post_id, author_name="A", content="x", content_html="x",
                   created_at=iso_utc(NOW), created_ts=NOW)


def test_a_transaction_cancelled_by_a_conflict_is_tried_again_and_lands(store):
    calls = _conflicts(store, 2, "None", "TransactionConflict")
    store.write_all([store.count("2026-12-03", {"decision_approve": 1}, "c1")])
    assert len(calls) == 3
    assert store.day_counts(["2026-12-03"])["2026-12-03"] == {"decision_approve": 1}


def test_a_plain_write_refused_for_a_transaction_on_its_item_is_tried_again(store):
    calls = _conflicts(store, 1, operation="UpdateItem")
    store.add_counts("2026-12-03", {"verdict_approve": 1}, "c1")
    assert len(calls) == 2
    assert store.day_counts(["2026-12-03"])["2026-12-03"] == {"verdict_approve": 1}


def test_a_resend_counted_during_the_comments_transaction_is_counted_once_when_tried_again(store):
    store.create(_comment("c1"), Guards((), (), 0.0), 0)
    calls = _conflicts(store, 1, operation="UpdateItem")
    assert store.count_resend("c1", Status.PENDING, most=2) is True
    assert len(calls) == 2
    assert store.count_resend("c1", Status.PENDING, most=2) is True
    assert store.count_resend("c1", Status.PENDING, most=2) is False  # given up after two


def test_a_conflict_that_outlasts_the_retries_reaches_the_caller(store):
    calls = _conflicts(store, 99, "TransactionConflict")
    with pytest.raises(ClientError) as caught:
        store.write_all([store.count("2026-12-03", {"decision_approve": 1}, "c1")])
    assert caught.value.response["Error"]["Code"] == "TransactionCanceledException"
    assert len(calls) == CONFLICT_RETRIES + 1


def test_a_failed_condition_is_answered_at_once_even_beside_a_conflict(store):
    guards = Guards(("dup#same",), (), 0.0)
    store.create(_comment("c1"), guards, 0)
    calls = _conflicts(store, 0)  # count the calls only
    with pytest.raises(DuplicateComment):
        store.create(_comment("c2"), guards, 0)
    assert len(calls) == 1
    calls = _conflicts(store, 1, "None", "ConditionalCheckFailed", "TransactionConflict")
    with pytest.raises(ClientError):
        store.create(_comment("c3"), Guards((), (), 0.0), 0)
    assert len(calls) == 1


def test_a_new_comment_reads_its_posts_item_and_never_writes_it(store):
    store.create(_comment("c1", post_id="open"), Guards((), (), 0.0), 0)
    store.create(_comment("c2", post_id="timed"), Guards((), (), 0.0, close_after_seconds=3600), 0)
    assert store.get_many(["post#open", "post#timed"]) == {}  # nothing under the post's key: no lock on a viral article


def test_a_posts_first_published_comment_starts_its_clock_from_when_it_was_written_and_later_ones_do_not(store):
    store.write_all([store.post_count_item("timed", 1, opened_at=NOW - 60)])
    store.write_all([store.post_count_item("timed", 1, opened_at=NOW)])
    assert store.get_many(["post#timed"])["post#timed"]["opened_at"] == NOW - 60


def test_a_comment_on_a_closed_post_is_refused_before_any_write(store):
    store.set_post("shut", "mod", iso_utc(NOW), open_=False)
    calls = _conflicts(store, 0)
    with pytest.raises(CommentsClosed):
        store.create(_comment("c1", post_id="shut"), Guards((), (), 0.0), 0)
    assert calls == [] and store.get("c1") is None
    store.write_all([store.post_count_item("old", 1, opened_at=NOW)])
    store.create(_comment("c2", post_id="old"), Guards((), (), 0.0, close_after_seconds=60), 0)
    late = _comment("c3", post_id="old")
    late.created_ts = NOW + 61
    with pytest.raises(CommentsClosed):
        store.create(late, Guards((), (), 0.0, close_after_seconds=60), 0)


def test_a_comment_that_left_the_trash_meanwhile_is_not_deleted_nor_is_its_personal_data(store):
    comment = _comment("c1")
    comment.author_email = "reader@example.org"
    store.create(comment, Guards((), (), 0.0), int(NOW) + 3600)
    with pytest.raises(StaleStatus):
        store.delete_comment("c1", Status.TRASH)
    assert set(store.get_many(["c1", "pii#c1"])) == {"c1", "pii#c1"}
    store.delete_comment("c1", Status.PENDING)
    assert store.get_many(["c1", "pii#c1"]) == {}


def test_the_comments_waiting_in_a_status_are_read_oldest_first_a_page_at_a_time_up_to_a_limit(store):
    for n in (3, 0, 4, 1, 2):
        comment = _comment(f"c{n}")
        comment.created_at = iso_utc(NOW + n)
        store.create(comment, Guards((), (), 0.0), 0)
    queries: list[int] = []
    store.client.meta.events.register("provide-client-params.dynamodb.Query",
                                      lambda params, **_: queries.append(params["Limit"]))
    waiting = lambda most: [c.id for c in store.waiting(Status.PENDING, iso_utc(NOW + 4), most, page=2)]  # noqa: E731
    assert waiting(100) == ["c0", "c1", "c2", "c3"]  # c4 is not older than the cut
    assert queries == [2, 2, 2]
    assert waiting(3) == ["c0", "c1", "c2"]


def test_a_move_to_another_status_gives_the_comment_its_re_sends_again(store):
    store.create(_comment("c1"), Guards((), (), 0.0), 0)
    assert store.count_resend("c1", Status.PENDING, most=1) is True
    assert store.count_resend("c1", Status.PENDING, most=1) is False
    store.move("c1", Status.PENDING, Status.APPROVED, actor="scoring", at="2026-12-03T12:00:00.000Z")
    assert store.count_resend("c1", Status.APPROVED, most=1) is True



class _Throttled:
    """A DynamoDB client that hands back the keys it was asked for ``times`` times, as a throttled table does."""

    def __init__(self, table: str, times: int) -> None:
        self.table, self.times, self.calls = table, times, 0

    def batch_get_item(self, RequestItems):
        self.calls += 1
        keys = RequestItems[self.table]["Keys"]
        if self.calls <= self.times:
            return {"Responses": {self.table: []}, "UnprocessedKeys": RequestItems}
        return {"Responses": {self.table: [{"id": k["id"], "n": {"N": "1"}} for k in keys]}}


def test_keys_a_throttled_table_hands_back_are_read_again_after_growing_pauses(monkeypatch):
    pauses = []
    monkeypatch.setattr(store_module.time, "sleep", pauses.append)
    client = _Throttled("t", times=3)
    assert set(CommentStore(client, "t").get_many(["a", "b"])) == {"a", "b"}
    assert client.calls == 4 and len(pauses) == 3
    assert all(0 <= p <= 0.02 * 2 ** n for n, p in enumerate(pauses, 1))


def test_keys_still_unread_after_the_last_pause_fail_the_read_as_a_throttle_does(monkeypatch):
    monkeypatch.setattr(store_module.time, "sleep", lambda _: None)
    client = _Throttled("t", times=100)
    with pytest.raises(ClientError) as caught:
        CommentStore(client, "t").get_many(["a"])
    assert caught.value.response["Error"]["Code"] == "ProvisionedThroughputExceededException"
    assert client.calls == store_module.UNPROCESSED_RETRIES + 1


def test_a_move_planned_before_an_erasure_is_stale_at_once_and_writes_none_of_the_authors_items(store):
    store.create(replace(_comment("c1"), author_key="k-ida", status=Status.APPROVED), Guards((), (), 0.0), 0)
    store.write_all([store.anonymise_item("c1", "Anonymous")])
    calls = _conflicts(store, 0)  # count the calls only
    with pytest.raises(StaleStatus):
        store.move("c1", Status.APPROVED, Status.PUBLISHED, actor="publisher", at=iso_utc(NOW),
                   also=[store.trust_author_item("k-ida", "c1", iso_utc(NOW), "A")], unchanged={"author_key": "k-ida"})
    assert len(calls) == 1  # told apart by one read, not tried again
    assert store.get("c1").status is Status.APPROVED and store.get_many(["author#k-ida"]) == {}
    store.move("c1", Status.APPROVED, Status.PUBLISHED, actor="publisher", at=iso_utc(NOW))  # as it is now
    assert store.get("c1").status is Status.PUBLISHED


def test_a_comment_deleted_for_good_is_known_as_deleted_from_a_consistent_read(store):
    reads = []
    store.client.meta.events.register("provide-client-params.dynamodb.BatchGetItem",
                                      lambda params, **_: reads.append(params["RequestItems"][store.table]))
    store.create(_comment(), Guards((), (), 0.0), 0)
    store.delete_comment("c1", Status.PENDING, also=[store.deleted_item("c1", int(time.time()) + 3600)])
    assert store.deleted(["c1", "c2"]) == {"c1"}
    assert [r["ConsistentRead"] for r in reads] == [True]

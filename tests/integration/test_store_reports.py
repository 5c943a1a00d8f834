"""Readers' reports in the table on moto: once per reporter, and an address's reports per clock hour."""

from __future__ import annotations

import boto3
import pytest
from botocore.exceptions import ClientError

from commentguard.adapters.store import CommentStore, TooManyReports, comment_to_item
from commentguard.models import Comment
from commentguard.states import Status

HOUR = 1_796_000_400.0  # a clock hour's first second: 3600 divides it
EXPIRES = int(HOUR) + 30 * 86400


@pytest.fixture
def store(aws):
    store = CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))
    for comment_id in ("c1", "c2", "c3", "c4"):
        comment = Comment(id=comment_id, post_id="p", author_name="A", content="x", content_html="x",
                          created_at="2026-12-03T00:00:00.000Z", created_ts=HOUR, status=Status.PUBLISHED)
        store.client.put_item(TableName=store.table, Item=store._item(comment_to_item(comment)))
    return store


def test_each_reporter_counts_once_per_comment(store):
    assert store.add_report("c1", "reader-a", "abuse", HOUR, EXPIRES, per_hour=2) == 1
    assert store.add_report("c1", "reader-a", "spam", HOUR + 1, EXPIRES, per_hour=2) is None
    assert store.add_report("c1", "reader-b", "spam", HOUR + 2, EXPIRES, per_hour=2) == 2


def test_an_address_past_its_reports_for_the_hour_counts_again_the_next_hour(store):
    assert store.add_report("c1", "reader-a", "abuse", HOUR, EXPIRES, per_hour=2) == 1
    assert store.add_report("c1", "reader-a", "abuse", HOUR + 5, EXPIRES, per_hour=2) is None  # costs nothing
    assert store.add_report("c2", "reader-a", "abuse", HOUR + 10, EXPIRES, per_hour=2) == 1
    with pytest.raises(TooManyReports):
        store.add_report("c3", "reader-a", "abuse", HOUR + 3599, EXPIRES, per_hour=2)
    assert store.get("c3").report_count is None  # nothing counted
    assert store.add_report("c3", "reader-b", "abuse", HOUR + 3599, EXPIRES, per_hour=2) == 1  # another address
    assert store.add_report("c3", "reader-a", "abuse", HOUR + 3600, EXPIRES, per_hour=2) == 2  # the next hour


def test_the_hours_count_expires_after_the_hour(store):
    store.add_report("c1", "reader-a", "abuse", HOUR + 100, EXPIRES, per_hour=5)
    item = store.client.get_item(TableName=store.table, Key={"id": {"S": f"reports#reader-a#{int(HOUR) // 3600}"}})
    assert (item["Item"]["reports"]["N"], item["Item"]["expires_at"]["N"]) == ("1", str(int(HOUR) + 2 * 3600))


def test_without_a_limit_a_report_writes_no_count_for_the_address(store):
    for comment_id in ("c1", "c2", "c3", "c4"):
        assert store.add_report(comment_id, "reader-a", "spam", HOUR, EXPIRES, per_hour=0) == 1
    scanned = store.client.scan(TableName=store.table)["Items"]
    assert not [i for i in scanned if i["id"]["S"].startswith("reports#")]


def test_a_report_of_a_comment_no_longer_published_counts_nothing(store):
    store.client.update_item(TableName=store.table, Key={"id": {"S": "c4"}}, UpdateExpression="SET #s = :held",
                             ExpressionAttributeNames={"#s": "status"}, ExpressionAttributeValues={":held": {"S": "held"}})
    assert store.add_report("c4", "reader-a", "abuse", HOUR, EXPIRES, per_hour=2) is None


@pytest.mark.parametrize(("call", "when"), [(1, "before"), (1, "after"), (2, "before")])
def test_a_report_whose_write_failed_or_lost_its_answer_is_counted_once_at_the_readers_retry(store, call, when):
    calls = []

    def fail(**_):
        calls.append(True)
        if len(calls) == call:
            raise ClientError({"Error": {"Code": "InternalServerError", "Message": f"failed {when} the call"}}, "any")

    store.client.meta.events.register(f"{when}-call.dynamodb", fail)
    with pytest.raises(ClientError):
        store.add_report("c1", "reader-a", "abuse", HOUR, EXPIRES, per_hour=2)
    retried = store.add_report("c1", "reader-a", "abuse", HOUR + 1, EXPIRES, per_hour=2)
    assert retried == (1 if (call, when) == (1, "before") else None)  # counted by the retry, or by the first try
    assert store.get("c1").report_count == 1
    assert store.add_report("c1", "reader-b", "abuse", HOUR + 2, EXPIRES, per_hour=2) == 2

"""The moderators' word lists in the table on moto: saved whole or one list at a time, versioned, and read with a
batch's standing in the same request."""

from __future__ import annotations

import boto3
import pytest

from commentguard.adapters.store import CommentStore, StaleWordLists
from commentguard.scoring.word_lists import NO_WORD_LISTS, WordLists


@pytest.fixture
def store(aws):
    return CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))


def _calls(store) -> list[str]:
    calls: list[str] = []
    store.client.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name))
    return calls


def test_word_lists_nobody_saved_are_empty_at_version_zero(store):
    assert store.word_lists() == NO_WORD_LISTS


def test_saving_one_list_keeps_the_others_and_counts_the_version_up(store):
    first = store.save_word_lists({"moderation_keys": ("poker",), "disallowed_keys": ("bet4win",),
                                   "toxic_terms": ("lib rag",)}, "admin-lea", "2026-12-07T08:00:00.000Z")
    assert first == WordLists(("poker",), ("bet4win",), ("lib rag",), 1, "2026-12-07T08:00:00.000Z", "admin-lea")
    second = store.save_word_lists({"disallowed_keys": ()}, "admin-sam", "2026-12-07T09:00:00.000Z", version=1)
    assert second == WordLists(("poker",), (), ("lib rag",), 2, "2026-12-07T09:00:00.000Z", "admin-sam")
    assert store.word_lists() == second


def test_a_save_from_an_older_version_is_refused_with_the_lists_as_they_are_and_writes_nothing(store):
    saved = store.save_word_lists({"moderation_keys": ("poker",)}, "admin-sam", "2026-12-07T08:00:00.000Z", version=0)
    with pytest.raises(StaleWordLists) as refused:
        store.save_word_lists({"moderation_keys": ("roulette",)}, "admin-lea", "2026-12-07T08:01:00.000Z", version=0)
    assert refused.value.current == saved
    assert store.word_lists() == saved


def test_a_batch_reads_the_word_lists_with_its_senders_standing_in_one_request(store):
    store.save_word_lists({"disallowed_keys": ("bet4win",)}, "admin", "2026-12-07T08:00:00.000Z")
    store.client.put_item(TableName=store.table, Item={
        "id": {"S": "c0"}, "post_id": {"S": "p"}, "author_key": {"S": "e0"}, "author_name": {"S": "A"}})
    calls = _calls(store)
    with store.prefetched(["c0"], standing=True):
        assert calls == ["BatchGetItem", "BatchGetItem"]  # the comment; its sender's standing and the lists
        assert store.word_lists().disallowed_keys == ("bet4win",)
        assert calls == ["BatchGetItem", "BatchGetItem"]
    assert store.word_lists().disallowed_keys == ("bet4win",)  # outside a batch: a read of its own
    assert calls[-1] == "GetItem"

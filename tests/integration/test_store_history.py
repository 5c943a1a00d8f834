"""The store's moves on moto once a comment's history is full: trimmed in the same conditional write,
never over an entry written meanwhile, and a status that moved still told apart."""

from __future__ import annotations

import time

import boto3
import pytest

from commentguard.adapters.store import HISTORY_MAX, TRIMMED, CommentStore, Guards, StaleStatus
from commentguard.models import Comment, iso_utc
from commentguard.states import Status

NOW = time.time()


@pytest.fixture
def store(aws):
    return CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))


def _held_with_full_history(store) -> Comment:
    comment = Comment(id="c1", post_id="p1", author_name="A", content="x", content_html="x",
                      created_at=iso_utc(NOW), created_ts=NOW, status=Status.PENDING)
    store.create(comment, Guards((), (), 0.0), 0)
    store.move("c1", Status.PENDING, Status.HELD, actor="scoring", at=iso_utc(NOW))
    for n in range(HISTORY_MAX - 1):
        store.edit(store.get("c1"), actor=f"m{n}", at=iso_utc(NOW + n), set_fields={"edited_by": f"m{n}"})
    assert len(store.get("c1").history) == HISTORY_MAX
    return store.get("c1")


def test_a_move_onto_a_full_history_trims_it_and_keeps_the_first_and_the_latest_entries(store):
    _held_with_full_history(store)

    store.move("c1", Status.HELD, Status.APPROVED, actor="mod", at=iso_utc(NOW + 100), note="fine after all")

    comment = store.get("c1")
    assert comment.status is Status.APPROVED and len(comment.history) == HISTORY_MAX
    assert comment.history[0]["actor"] == "scoring" and comment.history[1][TRIMMED] == 2
    assert comment.history[-1] == {"at": iso_utc(NOW + 100), "actor": "mod", "from": "held", "to": "approved",
                                   "note": "fine after all"}


def test_a_trim_over_a_history_that_grew_since_it_was_read_is_made_again_and_loses_no_entry(store, monkeypatch):
    _held_with_full_history(store)
    read = store._status_and_history

    def edited_meanwhile(comment_id, attributes=()):
        found = read(comment_id, attributes)
        monkeypatch.setattr(store, "_status_and_history", read)  # once
        store.edit(store.get(comment_id), actor="other", at=iso_utc(NOW + 50), set_fields={"edited_by": "other"})
        return found

    monkeypatch.setattr(store, "_status_and_history", edited_meanwhile)
    store.move("c1", Status.HELD, Status.APPROVED, actor="mod", at=iso_utc(NOW + 100))

    history = store.get("c1").history
    assert [e["actor"] for e in history[-2:]] == ["other", "mod"]
    assert history[1][TRIMMED] == 3 and len(history) == HISTORY_MAX


def test_a_move_of_a_comment_moved_meanwhile_is_stale_whether_or_not_its_history_is_full(store):
    _held_with_full_history(store)
    store.move("c1", Status.HELD, Status.SPAM, actor="mod", at=iso_utc(NOW + 100))

    with pytest.raises(StaleStatus):
        store.move("c1", Status.HELD, Status.APPROVED, actor="late", at=iso_utc(NOW + 101))
    with pytest.raises(StaleStatus):
        store.move("gone", Status.HELD, Status.APPROVED, actor="late", at=iso_utc(NOW + 101))
    assert store.get("c1").history[-1]["actor"] == "mod"

"""The ByDecider index on moto: a moderator's decided comments, the latest decision first."""

from __future__ import annotations

import time

import boto3
import pytest

from commentguard.adapters.store import BadCursor, CommentStore, Guards
from commentguard.models import Comment, iso_utc
from commentguard.states import Status

NOW = time.time()


@pytest.fixture
def store(aws):
    return CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))


def _held(store, comment_id: str) -> None:
    store.create(Comment(id=comment_id, post_id="p1", author_name="A", content="x", content_html="x",
                         created_at=iso_utc(NOW), created_ts=NOW, status=Status.PENDING), Guards((), (), 0.0), 0)
    store.move(comment_id, Status.PENDING, Status.HELD, actor="scoring", at=iso_utc(NOW))


def _decide(store, comment_id: str, current: Status, target: Status, actor: str, seconds: float) -> None:
    at = iso_utc(NOW + seconds)
    store.move(comment_id, current, target, actor=actor, at=at, set_fields={"decided_by": actor, "decided_at": at})


def test_a_moderators_decided_comments_come_latest_decision_first_and_only_theirs(store):
    for comment_id in ("c1", "c2", "c3", "c4"):
        _held(store, comment_id)
    _decide(store, "c1", Status.HELD, Status.TRASH, "anna", 1)
    _decide(store, "c2", Status.HELD, Status.SPAM, "anna", 2)
    _decide(store, "c3", Status.HELD, Status.APPROVED, "ben", 3)
    _decide(store, "c1", Status.TRASH, Status.HELD, "anna", 4)  # her undo: now her latest
    _decide(store, "c2", Status.SPAM, Status.HELD, "ben", 5)  # his decision since: his now

    assert store.page_by_decider("anna", 10, None) == (["c1"], None)
    assert store.page_by_decider("ben", 10, None)[0] == ["c2", "c3"]
    first, cursor = store.page_by_decider("ben", 1, None)
    assert first == ["c2"] and store.page_by_decider("ben", 1, cursor)[0] == ["c3"]
    with pytest.raises(BadCursor, match="another decided_by"):
        store.page_by_decider("anna", 1, cursor)
    assert store.page_by_decider("scoring", 10, None) == ([], None)  # the pipeline's moves are no decisions

"""A moderator's decision history: which history entry is the decision, and which action takes it back."""

from __future__ import annotations

import pytest

from commentguard.flow.moderation import decision_of, undo_of
from commentguard.models import Comment
from commentguard.states import Status

AT = "2026-12-07T10:00:00.000Z"


def _decided(status: Status, *moves: tuple[str, str, str], by: str = "mod-a", at: str = AT) -> Comment:
    """A comment whose history is ``moves`` (actor, from, to), the one at ``at`` by ``by`` its latest decision."""
    history = [{"at": at if actor == by else "2026-12-07T09:00:00.000Z", "actor": actor, "from": came, "to": went}
               for actor, came, went in moves]
    return Comment(id="c1", post_id="p1", author_name="A", content="x", content_html="x", created_at=AT,
                   created_ts=0.0, status=status, history=history, extra={"decided_by": by, "decided_at": at})


@pytest.mark.parametrize("status, came, went, undo", [
    (Status.TRASH, "held", "trash", "restore"),  # back where it was: restore reads where that was
    (Status.SPAM, "published", "spam", "restore"),  # and takes the spam mark back
    (Status.PUBLISHED, "held", "approved", "hold"),  # approved, published since: still where the approval put it
    (Status.APPROVED, "spam", "approved", "spam"),
    (Status.HELD, "published", "held", "approve"),
    (Status.HELD, "trash", "held", "trash"),
])
def test_a_decision_still_standing_is_undone_by_the_action_back_to_where_the_comment_was(status, came, went, undo):
    comment = _decided(status, ("scoring", "pending", "held"), ("mod-a", came, went))
    assert undo_of(comment, decision_of(comment)) == undo


def test_a_decision_something_else_moved_on_since_has_no_undo():
    reported = _decided(Status.HELD, ("mod-a", "held", "approved"), ("publisher", "approved", "published"),
                        ("readers", "published", "held"))
    rechecked = _decided(Status.SPAM, ("mod-a", "trash", "held"), ("recheck", "held", "spam"))
    assert undo_of(reported, decision_of(reported)) is None
    assert undo_of(rechecked, decision_of(rechecked)) is None


def test_a_decision_on_a_comment_still_being_scored_cannot_be_undone_back_into_scoring():
    comment = _decided(Status.SPAM, ("mod-a", "pending", "spam"))
    assert undo_of(comment, decision_of(comment)) is None


def test_the_decision_is_the_moderators_move_at_its_time_not_their_later_edit_nor_an_earlier_move():
    comment = _decided(Status.TRASH, ("mod-a", "held", "approved"), ("mod-a", "published", "trash"))
    comment.history[0]["at"] = "2026-12-07T08:00:00.000Z"
    comment.history.append({"at": AT, "actor": "mod-a", "from": "trash", "to": "trash", "edited": ["content"]})
    assert decision_of(comment) == comment.history[1]


def test_a_decision_a_long_history_let_go_is_told_by_who_and_when_alone_and_has_no_undo():
    comment = _decided(Status.TRASH, ("scoring", "pending", "held"))
    assert decision_of(comment) == {"at": AT, "actor": "mod-a"}
    assert undo_of(comment, decision_of(comment)) is None

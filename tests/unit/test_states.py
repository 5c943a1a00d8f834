"""The comment lifecycle: status moves only along the declared edges, and the author never learns a verdict."""

from __future__ import annotations

import itertools

import pytest

from commentguard.states import TRANSITIONS, Status, TransitionNotAllowed, can_move, check_move, public_status

ALLOWED = sorted(
    ((a, b) for a, targets in TRANSITIONS.items() for b in targets), key=lambda p: (p[0].value, p[1].value)
)
FORBIDDEN = [(a, b) for a, b in itertools.product(Status, Status) if b not in TRANSITIONS[a]]


def _id(pair: tuple[Status, Status]) -> str:
    return f"{pair[0].value}->{pair[1].value}"


def test_every_status_has_a_declared_set_of_moves():
    assert set(TRANSITIONS) == set(Status)


@pytest.mark.parametrize("move", ALLOWED, ids=_id)
def test_an_allowed_move_is_accepted(move):
    current, target = move
    assert can_move(current, target)
    check_move(current, target)  # does not raise


@pytest.mark.parametrize("move", FORBIDDEN, ids=_id)
def test_a_move_outside_the_state_machine_is_refused(move):
    current, target = move
    assert not can_move(current, target)
    with pytest.raises(TransitionNotAllowed) as caught:
        check_move(current, target)
    assert caught.value.current is current
    assert caught.value.target is target
    assert str(caught.value) == f"a {current.value} comment cannot become {target.value}"


@pytest.mark.parametrize("status", list(Status), ids=lambda s: s.value)
def test_no_status_can_move_to_itself(status):
    with pytest.raises(TransitionNotAllowed):
        check_move(status, status)


def test_a_redelivered_publish_cannot_move_a_published_comment_again():
    with pytest.raises(TransitionNotAllowed):
        check_move(Status.PUBLISHED, Status.PUBLISHED)


def test_spam_can_never_be_published_without_a_moderator_approving_it_first():
    assert not can_move(Status.SPAM, Status.PUBLISHED)
    assert can_move(Status.SPAM, Status.APPROVED)


def test_a_pending_comment_is_never_published_without_being_approved():
    assert not can_move(Status.PENDING, Status.PUBLISHED)


def test_the_documented_happy_path_is_allowed():
    for current, target in [
        (Status.PENDING, Status.APPROVED),
        (Status.APPROVED, Status.PUBLISHED),
        (Status.PENDING, Status.HELD),
        (Status.HELD, Status.APPROVED),
        (Status.HELD, Status.SPAM),
        (Status.HELD, Status.TRASH),
        (Status.PENDING, Status.SPAM),
    ]:
        check_move(current, target)


def test_only_a_published_comment_is_reported_as_published():
    assert public_status(Status.PUBLISHED) == "published"


@pytest.mark.parametrize("status", [s for s in Status if s is not Status.PUBLISHED], ids=lambda s: s.value)
def test_every_unpublished_status_is_reported_as_pending(status):
    assert public_status(status) == "pending"


def test_public_status_never_reveals_spam_held_or_trash():
    revealed = {public_status(s) for s in Status}
    assert revealed == {"published", "pending"}
    assert not revealed & {"spam", "held", "trash", "approved"}

"""The comment lifecycle. Status only moves along these edges; the store enforces each move with a
conditional write on the expected current status, so a redelivered message can never publish a
comment twice or bring spam back."""

from __future__ import annotations

from enum import Enum


class Status(str, Enum):
    PENDING = "pending"  # accepted, waiting for scoring
    APPROVED = "approved"  # passed scoring or a moderator, waiting for the publisher
    HELD = "held"  # in the moderation queue
    PUBLISHED = "published"
    SPAM = "spam"  # spam folder, expires (TTL)
    TRASH = "trash"


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.APPROVED, Status.HELD, Status.SPAM}),
    Status.HELD: frozenset({Status.APPROVED, Status.SPAM, Status.TRASH}),
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.HELD, Status.SPAM, Status.TRASH}),
    Status.PUBLISHED: frozenset({Status.HELD, Status.SPAM, Status.TRASH}),
    # Out of the folders by a person's word: "Not Spam" or "Restore" back to the queue, or approved.
    Status.SPAM: frozenset({Status.APPROVED, Status.HELD, Status.TRASH}),
    Status.TRASH: frozenset({Status.APPROVED, Status.HELD}),
}


class TransitionNotAllowed(Exception):
    def __init__(self, current: Status, target: Status) -> None:
        super().__init__(f"a {current.value} comment cannot become {target.value}")
        self.current, self.target = current, target


def can_move(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def check_move(current: Status, target: Status) -> None:
    if not can_move(current, target):
        raise TransitionNotAllowed(current, target)


def public_status(status: Status) -> str:
    """What the author may know: published, or awaiting moderation. A spam verdict is never revealed."""
    return "published" if status is Status.PUBLISHED else "pending"

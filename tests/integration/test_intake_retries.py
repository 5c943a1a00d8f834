"""Intake on moto, its clock in the test's hands: a reader's retry of a comment already stored is answered as
the first time within minutes, and refused as a duplicate after."""

from __future__ import annotations

import pytest

from commentguard import runtime
from commentguard.adapters.store import DuplicateComment
from commentguard.flow.intake import RETRY_WITHIN_SECONDS, IntakeDeps, SentAgain, accept
from commentguard.settings import settings
from commentguard.submission import CommentSubmission

SUBMISSION = CommentSubmission(post_id="2026-12-06-tram-line", author_name="Maria", author_email="maria@example.org",
                               content="The tram line should run past the hospital, not the stadium.")
NOW = 1_796_000_000.0


@pytest.fixture
def send(aws):
    clock = [NOW]
    deps = IntakeDeps(runtime.store(), runtime.queues(), runtime.secret_key(), settings(), clock=lambda: clock[0])

    def send(after: float = 0.0, ip: str = "192.0.2.30"):
        clock[0] = NOW + after
        return accept(SUBMISSION, ip, "test", "corr", deps)

    return send


def test_a_retry_within_minutes_of_the_first_send_is_answered_with_the_comment_already_stored(send):
    first = send()
    with pytest.raises(SentAgain) as again:
        send(after=RETRY_WITHIN_SECONDS)
    assert again.value.earlier.id == first.id


def test_the_same_text_sent_again_after_the_retry_window_is_a_duplicate_naming_the_comment_said_first(send):
    first = send()
    with pytest.raises(DuplicateComment) as duplicate:
        send(after=RETRY_WITHIN_SECONDS + 1)
    assert not isinstance(duplicate.value, SentAgain) and duplicate.value.earlier_id == first.id

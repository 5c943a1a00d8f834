"""The outbox sweep: comments whose queue message was never sent (or was lost) are sent again.

A comment pending for longer than the scoring queue would normally take goes back to scoring; one
approved but not published goes back to the publish queue. Both steps are idempotent, so an
extra message costs a read and nothing else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from ..adapters.queues import CommentQueues
from ..adapters.store import CommentStore
from ..messages import CommentMessage
from ..models import approved_at, iso_utc
from ..states import Status
from .publishing import publish_all

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResendReport:
    to_scoring: int
    to_publish: int
    # Comments sent MAX_RESENDS times in their status and still there: each sweep counts them again
    # until an operator redrives their DLQ (or decides them), so the figure says how many wait.
    given_up: int = 0


# A comment whose every delivery fails would otherwise be re-sent every minute, forever, each copy
# ending in the DLQ. After this many sweeps in one status it stays where it is (its messages are in
# the DLQ); a move to another status starts the count again.
MAX_RESENDS = 3
# The most comments of one status a sweep looks at (oldest first), so that a backlog after an outage
# is sent on over a few minutes inside the function's timeout; the rest wait for the next sweep.
SWEEP_MOST = 1000


def resend_stuck(store: CommentStore, queues: CommentQueues, now: float, older_than: float) -> ResendReport:
    before = iso_utc(now - older_than)
    given_up = 0
    to_send: dict[Status, list[CommentMessage]] = {Status.PENDING: [], Status.APPROVED: []}
    for status, messages in to_send.items():
        for comment in store.waiting(status, before, SWEEP_MOST):
            if comment.status is not status:
                continue  # moved on since the index was read
            if comment.extra.get("resends", 0) >= MAX_RESENDS:
                given_up += 1
                continue
            if not store.count_resend(comment.id, status, MAX_RESENDS):
                continue  # moved on since it was read
            messages.append(CommentMessage(
                comment.id, comment.post_id, comment.correlation_id or "",
                approved_at=approved_at(comment) if status is Status.APPROVED else None,
            ))
    refused = queues.send_all_to_scoring(to_send[Status.PENDING])
    if refused:  # counted as sent: the next sweep tries them again while re-sends are left
        log.warning("scoring queue refused some re-sends", extra={"comment_ids": [m.comment_id for m in refused]})
    publish_all(queues, to_send[Status.APPROVED])
    return ResendReport(len(to_send[Status.PENDING]), len(to_send[Status.APPROVED]), given_up)

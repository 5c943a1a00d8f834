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
from ..models import iso_utc
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
# ending in the DLQ. After this many re-sends in one status that the queue took, it stays where it
# is (its messages are in the DLQ); a move to another status starts the count again. A send the queue
# refused or never answered counts for nothing: with no message in any DLQ, giving up would lose it.
MAX_RESENDS = 3
# The most comments of one status a sweep sends (oldest first), so that a backlog after an outage
# is sent on over a few minutes inside the function's timeout; the rest wait for the next sweep.
SWEEP_MOST = 1000
# The most it reads: comments given up on stay at the head of the oldest-first index, and must not
# keep the sweep from newer ones until an operator redrives them.
SWEEP_READS = 5 * SWEEP_MOST


def resend_stuck(store: CommentStore, queues: CommentQueues, now: float, older_than: float) -> ResendReport:
    before = iso_utc(now - older_than)
    given_up = 0
    to_send: dict[Status, list[CommentMessage]] = {Status.PENDING: [], Status.APPROVED: []}
    for status, messages in to_send.items():
        for comment in store.waiting(status, before, SWEEP_READS):
            if comment.status is not status:
                continue  # moved on since the index was read
            if comment.extra.get("resends", 0) >= MAX_RESENDS:
                given_up += 1
                continue
            messages.append(CommentMessage.of(comment))
            if len(messages) == SWEEP_MOST:
                break
    failure: Exception | None = None
    try:
        unsent = queues.send_all_to_scoring(to_send[Status.PENDING])
    except Exception as exc:  # the approved ones are still sent; the function fails after, for its alarm
        failure, unsent = exc, to_send[Status.PENDING]
    if unsent:
        log.warning("scoring queue did not take some re-sends; the next sweep tries them again",
                    extra={"comment_ids": [m.comment_id for m in unsent]})
    unsent = [*unsent, *publish_all(queues, to_send[Status.APPROVED])]  # which logs its own
    left = {m.comment_id for m in unsent}
    sent = {status: [m for m in messages if m.comment_id not in left] for status, messages in to_send.items()}
    for status, messages in sent.items():
        for m in messages:
            store.count_resend(m.comment_id, status, MAX_RESENDS)  # False: it moved on meanwhile
    if failure is not None:
        raise failure
    return ResendReport(len(sent[Status.PENDING]), len(sent[Status.APPROVED]), given_up)

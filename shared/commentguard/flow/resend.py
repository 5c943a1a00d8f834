"""The outbox sweep: comments whose queue message was never sent (or was lost) are sent again.

A comment pending for longer than the scoring queue would normally take goes back to scoring; one
approved but not published goes back to the publish queue. Both steps are idempotent, so an
extra message costs a read and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..adapters.queues import CommentQueues
from ..adapters.store import CommentStore
from ..messages import CommentMessage
from ..models import iso_utc
from ..states import Status


@dataclass(frozen=True)
class ResendReport:
    to_scoring: int
    to_publish: int
    given_up: int = 0  # sent MAX_RESENDS times already: a poison comment, left to its DLQ and an operator


# A comment whose every delivery fails would otherwise be re-sent every minute, forever, each copy
# ending in the DLQ. After this many sweeps it stays where it is (its messages are in the DLQ).
MAX_RESENDS = 3


def resend_stuck(store: CommentStore, queues: CommentQueues, now: float, older_than: float) -> ResendReport:
    before = iso_utc(now - older_than)
    sent = {Status.PENDING: 0, Status.APPROVED: 0}
    given_up = 0
    for status, send in ((Status.PENDING, queues.send_to_scoring), (Status.APPROVED, queues.send_to_publish)):
        for comment_id in store.ids_by_status(status, before):
            comment = store.get(comment_id)
            if comment is None or comment.status is not status:
                continue
            if not store.count_resend(comment_id, status, MAX_RESENDS):
                given_up += 1
                continue
            send(CommentMessage(comment.id, comment.post_id, comment.correlation_id or ""))
            sent[status] += 1
    return ResendReport(sent[Status.PENDING], sent[Status.APPROVED], given_up)

"""Publishing one approved comment, exactly once.

The event goes out before the status write: if the write then fails, the redelivery announces the
comment again (at-least-once, harmless for cache purges); once the write succeeds, any redelivery
finds the comment published and does nothing. A write refused because a moderator moved the comment
meanwhile is followed by "Comment Unpublished", so that no consumer is left believing it is on the page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..adapters.events import CommentEvents
from ..adapters.queues import CommentQueues
from ..adapters.store import AUTHOR_COUNTED, CommentStore, StaleStatus, as_read, trust_name
from ..messages import CommentMessage
from ..models import Comment, iso_utc
from ..states import Status

log = logging.getLogger(__name__)


@dataclass
class PublishDeps:
    store: CommentStore
    events: CommentEvents
    clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class PublishOutcome:
    comment_id: str
    published: bool  # False: already published, moderated away, or gone
    latency_seconds: float | None = None  # from intake to publication


def publish_comment(message: CommentMessage, deps: PublishDeps) -> PublishOutcome:
    comment = deps.store.get(message.comment_id)
    if comment is None or comment.status is not Status.APPROVED:
        log.info("nothing to publish", extra={"status": comment.status.value if comment else None})
        return PublishOutcome(message.comment_id, False)
    now = deps.clock()
    published_at = iso_utc(now)
    deps.events.comment_published(comment, published_at, message.correlation_id)
    try:
        put_on_the_page(deps.store, comment, published_at, now, actor="publisher")
    except StaleStatus:
        fresh = deps.store.get(comment.id)
        if fresh is None or fresh.status is not Status.APPROVED or not _published_anonymised(comment, fresh, deps,
                                                                                       published_at, now):
            _take_back(comment, deps, published_at)
            return PublishOutcome(comment.id, False)
    return PublishOutcome(comment.id, True, now - comment.created_ts)


def _published_anonymised(comment: Comment, fresh: Comment, deps: PublishDeps, published_at: str, now: float) -> bool:
    """Still approved, the comment lost its author's key to an erasure between the read and the move: it goes on
    the page as it is now, anonymised, without writing again the author's trust the erasure deleted."""
    if not comment.author_key or fresh.author_key == comment.author_key:
        return False
    try:
        put_on_the_page(deps.store, fresh, published_at, now, actor="publisher")
    except StaleStatus:
        return False
    return True


def _take_back(comment: Comment, deps: PublishDeps, at: str) -> None:
    """A moderator moved the comment (trash, spam, back to the queue) between this read and this write, after
    "Comment Published" went out: "Comment Unpublished" says it is not on the page, for whatever consumed the
    first. Another delivery that published it first needs nothing said."""
    fresh = deps.store.get(comment.id)
    if fresh is not None and fresh.status is Status.PUBLISHED:
        return
    try:
        deps.events.comment_unpublished(comment, fresh.status.value if fresh else "deleted", at)
    except Exception:  # the comment is where the moderator put it all the same
        log.warning("a publication announced and not made could not be taken back", exc_info=True,
                    extra={"comment_id": comment.id})


def put_on_the_page(store: CommentStore, comment: Comment, published_at: str, published_ts: float,
                    actor: str) -> None:
    """The move from approved to published, with what goes with it in the same transaction: the post's
    count (and, for its first, the clock of comments that close by themselves, from now: a comment that
    waited in the queue must not close a post a moderator just reopened), and the author's approved
    comment under its name (their trust); StaleStatus if it was not approved."""
    also = [store.post_count_item(comment.post_id, 1, opened_at=published_ts)]
    counted = {}
    if comment.author_key:
        name = trust_name(comment.author_key, comment.author_name, comment.author_id)
        also.append(store.trust_author_item(comment.author_key, comment.id, published_at, name))
        counted = {AUTHOR_COUNTED: name or True}
    store.move(
        comment.id,
        Status.APPROVED,
        Status.PUBLISHED,
        actor=actor,
        at=published_at,
        set_fields={"published_at": published_at, "listing_key": f"{comment.created_at}#{comment.id}", **counted},
        also=also,
        unchanged=as_read(comment),
    )


def publish_all(queues: CommentQueues, messages: list[CommentMessage]) -> list[CommentMessage]:
    """Approved comments on to the publish queue: one request, or one per ten for a bulk approval. The
    decisions are made and stored, so a failed send must not answer "nothing changed, retry" (a retry
    would be refused as approved already): it is logged, and the resender sends approved comments on.
    Returns the messages the queue did not take (the resender counts only the others as sent)."""
    if not messages:
        return []
    try:
        if len(messages) == 1:
            queues.send_to_publish(messages[0])
            return []
        refused = queues.send_all_to_publish(messages)
    except Exception:
        log.warning("publish queue send failed; the resender will pick the comments up", exc_info=True,
                    extra={"comment_ids": [m.comment_id for m in messages]})
        return list(messages)
    if refused:
        log.warning("publish queue refused some approvals; the resender will pick them up",
                    extra={"comment_ids": [m.comment_id for m in refused]})
    return refused

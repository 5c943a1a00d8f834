"""EventBridge: what readers see changed ("Comment Published", "Comment Unpublished", "Comment Changed"),
for downstream cache purges; "Comment Held" for moderators' notifications."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from ..models import Comment, excerpt

log = logging.getLogger(__name__)

SOURCE = "commentguard"
COMMENT_PUBLISHED = "Comment Published"
COMMENT_UNPUBLISHED = "Comment Unpublished"
COMMENT_CHANGED = "Comment Changed"
COMMENT_HELD = "Comment Held"


class EventPublishFailed(Exception):
    pass


def _where(comment: Comment) -> dict[str, Any]:
    """Which page a reader sees the comment on: what a cache purge needs, and no personal data."""
    return {"comment_id": comment.id, "post_id": comment.post_id, "parent_id": comment.parent_id,
            "post_url": comment.post_url}


class CommentEvents:
    def __init__(self, client: Any, bus_name: str) -> None:
        self.client = client
        self.bus_name = bus_name

    def comment_published(self, comment: Comment, published_at: str, correlation_id: str) -> None:
        self._put(COMMENT_PUBLISHED, _where(comment) | {"published_at": published_at, "correlation_id": correlation_id})

    def comment_unpublished(self, comment: Comment, status: str, at: str) -> None:
        """A published comment left the page (for ``status``: held, spam or trash), by a moderator's
        decision or readers' reports."""
        self._put(COMMENT_UNPUBLISHED, _where(comment) | {"status": status, "unpublished_at": at})

    def comment_changed(self, comment: Comment, change: str, at: str) -> None:
        """A published comment reads differently: ``change`` is "edited" (its text or its author's name,
        by a moderator) or "anonymised" (its author, by a privacy request)."""
        self._put(COMMENT_CHANGED, _where(comment) | {"change": change, "changed_at": at})

    def comment_held(self, comment: Comment, at: str, correlation_id: str) -> None:
        """What a moderator's notification says: where, who (the name readers would see), what, and why
        (the comment's reasons, scores and ``held_for`` as the hold recorded them); never the email or
        the address."""
        self._put(COMMENT_HELD, {
            "comment_id": comment.id,
            "post_id": comment.post_id,
            "post_url": comment.post_url or "",
            "author_name": comment.author_name,
            "excerpt": excerpt(comment.content),
            "reasons": comment.reasons,
            "spam_score": comment.spam_score,
            "toxicity_score": comment.toxicity_score,
            "held_for": comment.held_for,
            "held_at": at,
            "correlation_id": correlation_id,
        })

    def _put(self, detail_type: str, detail: dict[str, Any]) -> None:
        answer = self.client.put_events(
            Entries=[
                {
                    "EventBusName": self.bus_name,
                    "Source": SOURCE,
                    "DetailType": detail_type,
                    "Detail": json.dumps(detail, separators=(",", ":")),
                }
            ]
        )
        # PutEvents answers 200 even when an entry fails: the count is the only sign.
        if answer.get("FailedEntryCount"):
            entry = answer["Entries"][0]
            raise EventPublishFailed(f"{entry.get('ErrorCode')}: {entry.get('ErrorMessage')}")


def announce_held(events: Callable[[], CommentEvents], comment: Comment, at: str, correlation_id: str) -> bool:
    """Tell moderators of a hold ("Comment Held"); True when told. A convenience, so a failure is logged
    and answered False, never raised: the comment waits in the moderation queue either way."""
    try:
        events().comment_held(comment, at, correlation_id)
    except Exception:
        log.warning("the held comment could not be announced; it waits in the moderation queue", exc_info=True,
                    extra={"comment_id": comment.id})  # intake's reports path has no comment id on its log lines
        return False
    return True

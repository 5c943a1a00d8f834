"""Queue messages: versioned JSON that names a comment. Handlers fetch the comment itself from the
table rather than trust a copy, so a message is small and never stale."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .models import Comment, approved_at
from .states import Status

VERSION = 1
CORRELATION_ATTRIBUTE = "correlation_id"


class BadMessage(ValueError):
    """A message no retry can fix: it goes to the DLQ with its body intact."""


@dataclass(frozen=True)
class CommentMessage:
    comment_id: str
    post_id: str
    correlation_id: str
    version: int = VERSION
    # Score a held comment again (a moderator's "Check for Spam"), rather than a new one. Optional in
    # version 1: a consumer that does not know it finds the comment held and does nothing.
    recheck: bool = False
    # Which approval a publish message carries out: the time of the comment's move into approved. It
    # names the message to the FIFO publish queue, which drops a second message of the same name sent
    # within five minutes: a re-send of this approval is dropped, a later approval (published, held,
    # approved again) is not. Not in the body: the publisher reads the comment itself.
    approved_at: str | None = None

    @classmethod
    def of(cls, comment: Comment) -> CommentMessage:
        """The message that sends a stored comment on from where it stands, under its own correlation id: to
        scoring while it is pending; once approved, to the page, named by its approval."""
        return cls(comment.id, comment.post_id, comment.correlation_id or "",
                   approved_at=approved_at(comment) if comment.status is Status.APPROVED else None)

    def to_json(self) -> str:
        body = {
            "version": self.version,
            "comment_id": self.comment_id,
            "post_id": self.post_id,
            "correlation_id": self.correlation_id,
        }
        if self.recheck:
            body["recheck"] = True
        return json.dumps(body, separators=(",", ":"))

    @classmethod
    def from_json(cls, body: str) -> CommentMessage:
        try:
            data = json.loads(body)
            version = data.get("version")
            if type(version) is not int or version != VERSION:
                raise BadMessage(f"unsupported message version {version}")
            comment_id, post_id = data["comment_id"], data["post_id"]
            if not (isinstance(comment_id, str) and comment_id and isinstance(post_id, str) and post_id):
                raise BadMessage("comment_id and post_id must be non-empty strings")
            recheck = data.get("recheck", False)
            if type(recheck) is not bool:
                raise BadMessage("recheck must be true or false")
            return cls(
                comment_id=comment_id,
                post_id=post_id,
                correlation_id=str(data.get("correlation_id") or ""),
                version=version,
                recheck=recheck,
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            if isinstance(exc, BadMessage):
                raise
            raise BadMessage(f"not a comment message: {exc}") from exc

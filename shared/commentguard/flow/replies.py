"""Staff replies: a moderator answers a reader under the article, as WordPress's "Reply" in the
comments screen does for an editor.

The newsroom wrote it, so the filter does not read it: it is created approved, with a reason saying
who wrote it, and goes to the publish queue like any approved comment (in the post's order, after
the comment it answers). Readers see ``author_role`` "staff" beside it, so a site can mark it the way
WordPress themes mark ``bypostauthor``, and a reader who signs as "The Editors" is not taken for one.

Only a comment readers can see, or will see (approved), can be answered: a held one is approved first
(WordPress's "Approve and Reply" is those two calls). Replies nest as deep as readers' do, and a post
whose comments are closed takes no reply either: open it, reply, close it again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..adapters.queues import CommentQueues
from ..adapters.store import CommentStore, Guards
from ..messages import CommentMessage
from ..models import Comment, iso_utc
from ..settings import Settings
from ..states import Status
from .moderation import CommentNotFound
from .publishing import publish_all

STAFF = "staff"  # author_role of a reply a moderator wrote


class NotRepliable(ValueError):
    """The comment is not on the page nor on its way there, or the reply would nest too deep."""


@dataclass(frozen=True)
class StaffReply:
    author_name: str
    content: str


def reply(store: CommentStore, queues: CommentQueues, settings: Settings, parent_id: str, said: StaffReply,
          actor: str, correlation_id: str, new_id: str, now: float) -> Comment:
    """The reply as stored (approved), sent to the publish queue. Raises ``CommentNotFound``,
    ``NotRepliable``, or the store's ``CommentsClosed``."""
    parent = store.get(parent_id)
    if parent is None:
        raise CommentNotFound(parent_id)
    if parent.status not in (Status.PUBLISHED, Status.APPROVED):
        raise NotRepliable(f"readers do not see a {parent.status.value} comment: approve it first")
    depth = parent.depth + 1
    if too_deep := settings.too_deep(depth):
        raise NotRepliable(too_deep)
    from ..sanitize import content_html  # nh3 only for the moderation calls that write text, as edit_content

    at = iso_utc(now)
    comment = Comment(
        id=new_id,
        post_id=parent.post_id,
        parent_id=parent.id,
        depth=depth,
        author_name=said.author_name.strip(),
        author_role=STAFF,
        post_url=parent.post_url,
        content=said.content,
        content_html=content_html(said.content),
        created_ts=now,
        created_at=at,
        correlation_id=correlation_id,
        status=Status.APPROVED,
        reasons=[{"code": "staff_reply", "message": f"written by moderator {actor}: not scored"}],
        history=[{"at": at, "actor": actor, "to": Status.APPROVED.value, "note": "staff reply"}],
    )
    # No duplicate or flood guards: those keep readers in check. The post must take comments.
    store.create(comment, Guards((), (), 0.0, settings.close_after_seconds), 0)
    publish_all(queues, [CommentMessage(comment.id, comment.post_id, correlation_id, approved_at=at)])
    return comment

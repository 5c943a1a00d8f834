"""Staff replies: a moderator answers a reader under the article, as WordPress's "Reply" in the
comments screen does for an editor.

The newsroom wrote it, so the filter does not read it: it is created approved, with a reason saying
who wrote it, and goes to the publish queue like any approved comment (in the post's order, after
the comment it answers). Readers see ``author_role`` "staff" beside it, so a site can mark it the way
WordPress themes mark ``bypostauthor``, and a reader who signs as "The Editors" is not taken for one.

Only a comment readers can see, will see (approved), or that waits in the queue can be answered: replying
to a held comment approves it first, as WordPress's "Approve and Reply" does (the approval is a moderator's
approval in all it teaches and counts). Replies nest as deep as readers' do. A post whose comments are closed
still takes a staff reply, as WordPress lets an editor answer there: closing keeps readers out, not the
newsroom (and reopening the post to answer would let readers in meanwhile).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..adapters.events import CommentEvents
from ..adapters.queues import CommentQueues
from ..adapters.store import CommentStore, DuplicateComment, Guards
from ..keys import duplicate_guard_ids
from ..messages import CommentMessage
from ..models import Comment, iso_utc
from ..settings import Settings
from ..states import Status, TransitionNotAllowed
from .moderation import CommentNotFound, Decision, decide
from .publishing import publish_all

STAFF = "staff"  # author_role of a reply a moderator wrote


class NotRepliable(ValueError):
    """The comment is not on the page nor on its way there, or the reply would nest too deep."""


@dataclass(frozen=True)
class StaffReply:
    author_name: str
    content: str


def _unseen(status: Status) -> str:
    if status is Status.PENDING:
        return "the comment is being scored: reply in a few seconds"
    return f"readers will not see a {status.value} comment: restore or approve it first"


@dataclass(frozen=True)
class Replied:
    reply: Comment  # as stored: approved, on its way to the page
    approved: Decision | None  # the held comment it answered, approved by it
    parent_status: Status  # where the comment it answered stands now


def reply(store: CommentStore, queues: CommentQueues, events: Callable[[], CommentEvents], settings: Settings,
          key: bytes, parent_id: str, said: StaffReply, actor: str, correlation_id: str, new_id: str,
          now: float) -> Replied:
    """The reply as stored (approved), sent to the publish queue after the comment it answers (approved
    first if it was held). Raises ``CommentNotFound``, ``NotRepliable``, or the store's ``DuplicateComment``
    for the same text signed the same way under the same comment (a reply sent twice)."""
    parent = store.get(parent_id)
    if parent is None:
        raise CommentNotFound(parent_id)
    if parent.status not in (Status.PUBLISHED, Status.APPROVED, Status.HELD):
        raise NotRepliable(_unseen(parent.status))
    # At the site's deepest level the newsroom still answers, as WordPress lets an editor reply at any depth and
    # shows such a reply beside the comment it answers: here it answers that comment's parent, after it.
    beside = settings.too_deep(parent.depth + 1) is not None
    under, depth = (parent.parent_id, parent.depth) if beside else (parent.id, parent.depth + 1)
    from ..sanitize import content_html  # nh3 only for the moderation calls that write text, as edit_content

    at = iso_utc(now)
    comment = Comment(
        id=new_id,
        post_id=parent.post_id,
        parent_id=under,
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
    # WordPress's duplicate check, which an editor's reply meets too: a reply sent twice (a double click, a
    # retry after a timeout) is not published twice. Read first, so that a reply refused approves nothing;
    # the write's condition settles a race. No flood guard, and a closed post keeps no editor out.
    guards = Guards(duplicate_guard_ids(comment, key), (), 0.0)
    if found := store.get_many(list(guards.duplicate_ids), consistent=True):
        # Sent again, the reply may follow one stored whose answer was lost (a timeout) before its messages went
        # out: what of the first, and of the comment it approved, still waits for the page goes now, the comment
        # first. A message sent already has the same name (its approval), and SQS drops it.
        earlier = store.comments([item["comment_id"] for item in found.values() if "comment_id" in item])
        publish_all(queues, [CommentMessage.of(c) for c in (parent, *earlier) if c.status is Status.APPROVED])
        raise DuplicateComment()
    approved, parent_status, parent_message = None, parent.status, []
    if parent.status is Status.HELD:
        try:
            decision = decide(store, queues, events, settings, parent.id, "approve", actor, "approved by replying", now,
                              send=False)
        except TransitionNotAllowed as exc:  # another moderator filed or trashed it meanwhile
            raise NotRepliable(_unseen(exc.current)) from exc
        parent_status = decision.status
        approved = None if decision.unchanged else decision  # unchanged: another moderator approved it first
        parent_message = [decision.to_publish] if decision.to_publish else []
    try:
        store.create(comment, guards, 0, even_if_closed=True)
    except DuplicateComment:
        publish_all(queues, parent_message)  # approved all the same
        raise
    # The comment it answers first, in the same request: a request the queue refuses leaves both to the
    # resender, which sends them oldest first, rather than the reply on the page above nothing.
    publish_all(queues, [*parent_message, CommentMessage(comment.id, comment.post_id, correlation_id, approved_at=at)])
    return Replied(comment, approved, parent_status)

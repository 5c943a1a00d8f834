"""Accepting a comment: validate what needs the table, store it with its guards, queue it.

The comment is safe once the write succeeds; the queue send after it may fail without losing
anything, because the resender sweeps comments left pending.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .. import keys
from ..adapters.queues import CommentQueues
from ..adapters.store import CommentStore, DuplicateComment, Guards
from ..messages import CommentMessage
from ..models import Comment, iso_utc
from ..sanitize import content_html
from ..settings import Settings
from ..signed_author import InvalidAuthorToken, SignedAuthor
from ..signed_author import verify as verify_author
from ..states import Status
from ..submission import CommentSubmission
from ..text.sources import is_source

log = logging.getLogger(__name__)


class InvalidReply(ValueError):
    """The parent does not exist, is not published, belongs to another post, or is too deep."""


class ForeignPostUrl(ValueError):
    """The post_url names a page outside the site's own domains (SiteDomains, when the site gives them):
    the moderators' mail links to it, so a stranger's link would pass as the site's."""


class EmailRequired(ValueError):
    """The site asks every commenter for an email address (``REQUIRE_EMAIL``) and none came."""


class SignInRequired(ValueError):
    """The site takes comments from readers it signed in only (``REQUIRE_SIGNED_AUTHOR``) and none came."""


class SentAgain(Exception):
    """The reader sent again a comment already accepted: a retry after an answer that never came (a timeout,
    a 503 after the write landed) or a second click. ``earlier`` is that comment, answered as the first time."""

    def __init__(self, earlier: Comment) -> None:
        super().__init__(earlier.id)
        self.earlier = earlier


# How long after a comment the same text from the same reader and address is a retry of it, not a duplicate
# (409): a reader's retries come within a minute or two.
RETRY_WITHIN_SECONDS = 600


@dataclass
class IntakeDeps:
    store: CommentStore
    queues: CommentQueues
    key: bytes
    settings: Settings
    clock: Callable[[], float] = time.time
    new_id: Callable[[], str] = field(default=lambda: uuid.uuid4().hex)
    # The key the site signs its readers' author_token with: read only for a comment that carries one.
    author_secret: Callable[[], bytes] | None = None


def _signed_author(submission: CommentSubmission, deps: IntakeDeps, now: float) -> SignedAuthor | None:
    """The reader the site vouches for, or None; InvalidAuthorToken for a token it did not sign, or
    SignInRequired where the site takes no comment without one."""
    if not submission.author_token:
        if deps.settings.require_signed_author:
            raise SignInRequired("this site takes comments from signed-in readers only: sign in and send it again")
        return None
    if deps.author_secret is None:
        raise InvalidAuthorToken("is not taken here: this stack has no AuthorSigningSecret")
    return verify_author(deps.author_secret(), submission.author_token, now)


def _guards(comment: Comment, key: bytes, settings: Settings) -> Guards:
    duplicates = keys.duplicate_guard_ids(comment, key)
    floods = []
    if settings.flood_seconds > 0:
        if comment.client_key:
            floods.append(f"flood#ip#{comment.client_key}")
        if comment.author_key:
            floods.append(f"flood#email#{comment.author_key}")
    # A reader sends several comments from one form (a reply, then another), from a phone that may change its
    # address meanwhile, and may fill in the email field only the second time; a bot replays one token from many
    # addresses, under many names. Another author at another address under another name is the bot.
    form_token_id = keys.form_token_claim_id(key, comment.form_token) if comment.form_token else None
    form_name = keys.keyed_hash(key, "name", keys.content_fingerprint(comment.author_name)) if form_token_id else None
    return Guards(duplicates, tuple(floods), settings.flood_seconds, settings.close_after_seconds,
                  form_token_id, comment.author_key or form_name, form_name)


def _retried(store: CommentStore, earlier_id: str | None, comment: Comment) -> Comment | None:
    """The comment this one repeats, when it is the same reader's retry: the same address and author, a few
    minutes apart. A duplicate from another address, or later, is a comment said twice, and refused."""
    earlier = store.get(earlier_id, consistent=True) if earlier_id else None
    if (earlier is None or not comment.client_key or earlier.client_key != comment.client_key
            or earlier.author_key != comment.author_key
            or not 0 <= comment.created_ts - earlier.created_ts <= RETRY_WITHIN_SECONDS):
        return None
    return earlier


def accept(
    submission: CommentSubmission,
    client_ip: str | None,
    user_agent: str | None,
    correlation_id: str,
    deps: IntakeDeps,
    client_country: str | None = None,
) -> Comment:
    now = deps.clock()
    signed = _signed_author(submission, deps, now)
    # A signed-in reader is who the site says, as WordPress takes a logged-in user's email from the account and
    # not from the form: an email typed beside the token is nobody's word, and would file the reader's comments
    # under someone else's trust, marks and privacy requests.
    email = signed.email if signed else submission.author_email
    if deps.settings.require_email and not email and not signed:
        raise EmailRequired("this site asks for an email address with every comment")
    sites = deps.settings.site_domains
    # The submission took no post_url a browser reads otherwise ("\", a user name before an @): the host
    # urlsplit reads is the one the moderators' mail and the cache purges lead to.
    if sites and submission.post_url and not is_source(urlsplit(submission.post_url).hostname or "", sites):
        raise ForeignPostUrl(f"post_url must be a page of this site ({', '.join(sorted(sites))})")
    depth = 1
    if submission.parent_id:
        parent = deps.store.get(submission.parent_id, consistent=False)
        if parent is None or parent.post_id != submission.post_id or parent.status is not Status.PUBLISHED:
            raise InvalidReply("no published comment with this id on this post")
        depth = parent.depth + 1
        if too_deep := deps.settings.too_deep(depth):
            raise InvalidReply(too_deep)

    comment = Comment(
        id=deps.new_id(),
        post_id=submission.post_id,
        parent_id=submission.parent_id,
        depth=depth,
        author_name=(signed.name if signed and signed.name else submission.author_name).strip(),
        author_email=email,
        author_id=signed.user_id if signed else None,
        author_url=submission.author_url,
        post_url=submission.post_url,
        content=submission.content,
        content_html=content_html(submission.content),
        created_ts=now,
        created_at=iso_utc(now),
        client_ip=client_ip,
        client_country=client_country,
        user_agent=user_agent,
        client_key=keys.client_key(deps.key, client_ip) if client_ip else None,
        author_key=keys.author_key_of(deps.key, email, signed.user_id if signed else None),
        honeypot=submission.honeypot or None,
        form_token=submission.form_token or None,
        correlation_id=correlation_id,
        status=Status.PENDING,
    )
    pii_expires_at = deps.settings.personal_data_expires_at(now)
    try:
        deps.store.create(comment, _guards(comment, deps.key, deps.settings), pii_expires_at)
    except DuplicateComment as exc:
        if (earlier := _retried(deps.store, exc.earlier_id, comment)) is not None:
            if earlier.status is Status.PENDING:
                # The first request may have stored it and lost its answer (a timeout) before its message went
                # out: sent again, it is scored now, not when the resender sweeps. Scoring reads a second
                # message of a comment it has scored as nothing to do.
                _to_scoring(earlier, deps)
            raise SentAgain(earlier) from exc
        raise
    _to_scoring(comment, deps)
    return comment


def _to_scoring(comment: Comment, deps: IntakeDeps) -> None:
    try:
        deps.queues.send_to_scoring(CommentMessage.of(comment))
    except Exception:
        log.warning("scoring queue send failed; the resender will pick the comment up", exc_info=True)

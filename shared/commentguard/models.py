"""The comment as the domain keeps it (no pydantic: the queue consumers import this, not the API body)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .states import Status


def iso_utc(ts: float) -> str:
    """A comment's timestamps: ISO 8601, UTC, milliseconds, so that they sort as text."""
    return datetime.fromtimestamp(ts, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


@dataclass
class Comment:
    id: str
    post_id: str
    author_name: str
    content: str  # raw text as submitted (or as a moderator edited it), kept for moderators
    content_html: str  # sanitised, what readers see
    created_at: str  # ISO 8601 UTC with milliseconds: sorts as text
    created_ts: float
    status: Status = Status.PENDING
    parent_id: str | None = None
    depth: int = 1
    author_role: str | None = None  # "staff": a moderator wrote it (flow.replies); None: a reader
    author_email: str | None = None
    author_url: str | None = None
    post_url: str | None = None
    client_ip: str | None = None
    client_country: str | None = None  # as the site's CDN told it (ISO 3166-1), kept with the address
    user_agent: str | None = None
    client_key: str | None = None  # keyed hash of the client address: flood checks without the address
    author_key: str | None = None  # keyed hash of the email: trust, duplicates, privacy requests
    author_id: str | None = None  # the site's user id of a reader it signed in (``signed_author``)
    honeypot: str | None = None
    form_token: str | None = None
    form_token_reused: bool | None = None  # True: another author at another address sent this form token first
    correlation_id: str | None = None
    spam_score: float | None = None
    toxicity_score: float | None = None
    verdict: str | None = None
    # For a hold: "spam" (rules, spam model), "toxicity" (toxicity score, abuse rules), "reports" (readers).
    held_for: list[str] = field(default_factory=list)
    reasons: list[dict[str, str]] = field(default_factory=list)
    models: dict[str, str] = field(default_factory=dict)
    published_at: str | None = None
    edited_at: str | None = None  # a moderator changed the text: the scores describe the text before
    edited_by: str | None = None
    report_count: int | None = None  # readers who reported it since a moderator last approved it
    report_reasons: list[str] = field(default_factory=list)  # what they reported it for
    expires_at: int | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


def last_move_into(comment: Comment, status: Status) -> dict[str, Any] | None:
    """The history's last move of the comment into ``status`` (an edit in place is not a move)."""
    return next((entry for entry in reversed(comment.history)
                 if entry.get("to") == status.value and entry.get("from") != status.value), None)


def approved_at(comment: Comment) -> str | None:
    """When the comment was last approved."""
    return (last_move_into(comment, Status.APPROVED) or {}).get("at")


def held_by_filter(comment: Comment) -> bool:
    """Held by scoring (for spam, abuse or the site's own rules), with the text it scored: what a recheck
    may score again, as Akismet's Check for Spam reads every pending comment (not a moderator's hold, nor
    readers', nor a text a moderator has since edited)."""
    return (comment.status is Status.HELD and bool({"spam", "toxicity", "site"} & set(comment.held_for))
            and comment.edited_at is None)


EXCERPT_CHARS = 300


def excerpt(text: str, most: int = EXCERPT_CHARS) -> str:
    """The start of a comment's text on one line, as a notification or a list shows it: ``most`` characters at most."""
    text = " ".join(text.split())
    return text if len(text) <= most else text[: most - 1] + "…"

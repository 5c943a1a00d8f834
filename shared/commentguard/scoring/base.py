"""The scorer contract: every signal about a comment, from a word list to a learned model, is a Scorer.

A scorer looks at one comment (plus facts the pipeline fetched for it, such as whether the author
was approved before) and returns Findings. It never decides the verdict: the policy does, from all
findings together, so a new scorer plugs in without touching the others.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from .word_lists import NO_WORD_LISTS, WordLists


class Verdict(str, Enum):
    APPROVE = "approve"
    HOLD = "hold"
    SPAM = "spam"
    DISCARD = "discard"  # blatant spam: filed as spam with a short TTL, never shown to moderators first


class Effect(str, Enum):
    """What a finding asks of the policy, strongest last."""

    TRUST = "trust"  # vouches for the comment (approve unless someone objects)
    NOTE = "note"  # information only: shown to moderators, decides nothing
    HOLD = "hold"
    SPAM = "spam"
    DISCARD = "discard"


@dataclass(frozen=True)
class Reason:
    """A machine-readable code with a sentence a moderator understands."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Finding:
    scorer: str
    effect: Effect
    reason: Reason
    # Probability-like scores a scorer may report (e.g. {"spam": 0.97}); the policy thresholds them.
    scores: Mapping[str, float] = field(default_factory=dict)
    # The most the policy may make of the scores: the spam model holds, never files as spam, a
    # comment that leads nowhere (no link, address or number).
    ceiling: Effect | None = None
    # A rule's hold that is evidence of spam no model weighs (a scam's contact or pitch: "WhatsApp +44 …",
    # "contact him: …@gmail.com", "Viagra without prescription"): where the spam model also leans to spam, the two together file the
    # comment as spam (``Thresholds.corroborated``).
    spam_evidence: bool = False
    # Whose desk the hold is for where it is not its scorer's (``held_for``): a rule of the spam group may hold for
    # the site's own policy too.
    held_for: str | None = None


@dataclass(frozen=True)
class CommentInput:
    """What scorers may look at. Every field but content is optional: a missing signal is no evidence."""

    content: str
    author_name: str = ""
    author_email: str | None = None
    author_url: str | None = None
    post_id: str | None = None
    parent_id: str | None = None
    client_ip: str | None = None
    client_country: str | None = None  # ISO 3166-1, as the site's CDN told it; None: not told
    user_agent: str | None = None
    honeypot: str | None = None
    form_token: str | None = None
    form_token_reused: bool = False  # another author at another address sent this form token first
    submitted_at: float | None = None  # epoch seconds when intake accepted the comment
    # Facts the pipeline looked up before scoring (the scorers themselves do no I/O).
    author_trusted: bool = False
    # A moderator marked an earlier comment from this email / this IP address as spam.
    author_marked_spam: bool = False
    author_marked_elsewhere: bool = False  # ... the email's, from another address, when it had approved comments
    address_marked_spam: bool = False
    # A moderator found an earlier comment from this email abusive: the author's comments wait for a moderator
    # until this day (ISO date).
    author_abusive_until: str | None = None
    # A moderator banned this email from commenting until this day (ISO date): its comments go to the spam folder.
    author_banned_until: str | None = None
    # ... and comments from the address the banned comment came from wait for a moderator until this day.
    address_banned_until: str | None = None
    post_premoderated: bool = False  # a moderator holds every comment on this post for review
    word_lists: WordLists = NO_WORD_LISTS  # the lists moderators keep, beside those deployed


class Scorer(Protocol):
    name: str

    def score(self, comment: CommentInput) -> list[Finding]: ...

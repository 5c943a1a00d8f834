"""The rules' settings (WordPress's discussion settings, Antispam Bee's options), apart from the rules:
``settings`` builds them in every function, and the HTTP functions, which run no rule, should not
compile the rules' patterns at their cold start."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.sources import REFERENCE_SOURCES


@dataclass(frozen=True)
class RulesConfig:
    max_links: int = 2  # WordPress comment_max_links: hold at or above this many links
    moderation_keys: tuple[str, ...] = ()  # WordPress "Comment Moderation" list: hold
    disallowed_keys: tuple[str, ...] = ()  # WordPress "Disallowed Comment Keys": spam
    min_form_seconds: float = 5.0  # Antispam Bee: a form sent faster than this is a bot
    form_token_max_age: float = 7 * 24 * 3600
    # A comment without the form's token did not come through the site's form: a bot posting to the API.
    require_form_token: bool = False
    form_key: bytes | None = field(default=None, repr=False)
    hold_all: bool = False  # WordPress "Comment must be manually approved"
    hold_new_authors: bool = False  # WordPress "Comment author must have a previously approved comment"
    hold_new_websites: bool = True  # the same for authors who give a website (not a social profile): text/websites.py
    allowed_languages: tuple[str, ...] = ()  # Antispam Bee "allow comments only in certain languages"; (): any
    # Antispam Bee's "block or allow comments from specific countries" (ISO 3166-1 codes); (): none, any.
    blocked_countries: tuple[str, ...] = ()
    allowed_countries: tuple[str, ...] = ()
    # What readers cite (``text.sources.cited_sources``: the shipped sources, the site's domains and those it
    # adds), whose addresses a reader may point to ("write to letters@…") without it reading as a scam contact.
    cited_sources: frozenset[str] = REFERENCE_SOURCES

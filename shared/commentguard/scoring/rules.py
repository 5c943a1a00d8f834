"""Rules a moderator understands: WordPress's discussion settings plus Antispam Bee's checks.

Each rule is a small scorer; its limits and lists come from RulesConfig, never from code.
A missing optional signal (no email, no form token) is no evidence either way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.links import find_links, has_bbcode_link
from .base import CommentInput, Effect, Finding, Reason


@dataclass(frozen=True)
class RulesConfig:
    max_links: int = 2  # WordPress comment_max_links: hold at or above this many links
    moderation_keys: tuple[str, ...] = ()  # WordPress "Comment Moderation" list: hold
    disallowed_keys: tuple[str, ...] = ()  # WordPress "Disallowed Comment Keys": spam
    min_form_seconds: float = 5.0  # Antispam Bee: a form sent faster than this is a bot
    form_token_max_age: float = 7 * 24 * 3600
    form_key: bytes | None = field(default=None, repr=False)


class LinkCountRule:
    name = "links"

    def __init__(self, config: RulesConfig) -> None:
        self.limit = config.max_links

    def score(self, comment: CommentInput) -> list[Finding]:
        findings = []
        if "[" in comment.content and has_bbcode_link(comment.content):
            findings.append(
                Finding(self.name, Effect.SPAM, Reason("bbcode_link", "BBCode [url] links come only from bots"))
            )
        count = len(find_links(comment.content))
        if self.limit and count >= self.limit:
            findings.append(
                Finding(
                    self.name,
                    Effect.HOLD,
                    Reason("too_many_links", f"{count} links, limit {self.limit}"),
                )
            )
        return findings


def _matching_key(keys: tuple[str, ...], comment: CommentInput) -> tuple[str, str] | None:
    """WordPress matches each key case-insensitively inside words of every field."""
    fields = {
        "author": comment.author_name,
        "email": comment.author_email,
        "url": comment.author_url,
        "content": comment.content,
        "IP address": comment.client_ip,
        "user agent": comment.user_agent,
    }
    lowered = {name: value.lower() for name, value in fields.items() if value}
    for key in keys:
        needle = key.strip().lower()
        if not needle:
            continue
        for name, value in lowered.items():
            if needle in value:
                return key.strip(), name
    return None


class WordListRule:
    def __init__(self, name: str, keys: tuple[str, ...], effect: Effect, code: str) -> None:
        self.name, self.keys, self.effect, self.code = name, keys, effect, code

    def score(self, comment: CommentInput) -> list[Finding]:
        if not self.keys:
            return []
        match = _matching_key(self.keys, comment)
        if match is None:
            return []
        key, where = match
        return [Finding(self.name, self.effect, Reason(self.code, f'"{key}" found in the {where}'))]


class HoneypotRule:
    name = "honeypot"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.honeypot and comment.honeypot.strip():
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason("honeypot", "the hidden form field that people never see was filled in"),
                )
            ]
        return []


class FormTimeRule:
    name = "form_time"

    def __init__(self, config: RulesConfig) -> None:
        self.config = config

    def score(self, comment: CommentInput) -> list[Finding]:
        key = self.config.form_key
        if not comment.form_token or key is None or comment.submitted_at is None:
            return []
        from .. import formtoken  # imported on first use: most comments carry no form token

        try:
            token = formtoken.verify(key, comment.form_token)
        except formtoken.InvalidToken:
            return [Finding(self.name, Effect.SPAM, Reason("form_token_forged", "the form token is not ours"))]
        if comment.post_id and token.post_id != comment.post_id:
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason("form_token_reused", "the form token was issued for another article"),
                )
            ]
        elapsed = comment.submitted_at - token.issued_at
        if elapsed < self.config.min_form_seconds:
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason(
                        "form_too_fast",
                        f"form sent {max(elapsed, 0):.1f} s after it was shown, minimum {self.config.min_form_seconds:g} s",
                    ),
                )
            ]
        if elapsed > self.config.form_token_max_age:
            # A page left open for a week is not a bot; say so, decide nothing.
            return [Finding(self.name, Effect.NOTE, Reason("form_token_old", f"form shown {elapsed / 3600:.0f} h ago"))]
        return []


class TrustedAuthorRule:
    name = "trusted_author"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.author_trusted:
            return [
                Finding(
                    self.name,
                    Effect.TRUST,
                    Reason("trusted_author", "this author has a previously approved comment"),
                )
            ]
        return []


def rule_scorers(config: RulesConfig) -> list:
    return [
        HoneypotRule(),
        FormTimeRule(config),
        LinkCountRule(config),
        WordListRule("disallowed_keys", config.disallowed_keys, Effect.SPAM, "disallowed_key"),
        WordListRule("moderation_keys", config.moderation_keys, Effect.HOLD, "moderation_key"),
        TrustedAuthorRule(),
    ]

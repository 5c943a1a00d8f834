"""Configuration from the environment the template declares. Read once per process, on first use."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from .scoring.policy import Thresholds
from .scoring.rules_config import RulesConfig
from .text.sources import cited_sources, parse_domains


def words(value: str) -> tuple[str, ...]:
    """A list parameter: WordPress keeps one key per line; a template parameter is one line, so commas separate too."""
    parts = value.replace("\n", ",").split(",")
    return tuple(p.strip() for p in parts if p.strip())


def flag(env, name: str, default: bool = False) -> bool:
    """A switch the template sets as "true" / "false"; ``default`` where it is unset."""
    raw = str(env.get(name, "")).strip().lower()
    return default if not raw else raw in ("1", "true", "yes", "on")


def _float(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, "").strip()
    return float(raw) if raw else default


@dataclass(frozen=True)
class Settings:
    table_name: str = ""
    scoring_queue_url: str = ""
    publish_queue_url: str = ""
    event_bus_name: str = ""
    secret_arn: str = ""
    flood_seconds: float = 15.0
    spam_retention_days: float = 15.0
    discard_retention_days: float = 1.0
    trash_retention_days: float = 30.0  # WordPress EMPTY_TRASH_DAYS
    pii_retention_days: float = 30.0
    # A moderator finds a reader's comment abusive: the reader's comments wait for a moderator this many days
    # (premoderation of an offender, as news sites put a reader there); 0: nobody is put on probation.
    abuse_probation_days: float = 30.0
    # WordPress "Automatically close comments on articles older than N days", counted from the post's
    # publication where the site gives it, else its first published comment; 0: comments stay open until a moderator closes them.
    close_comments_days: float = 0.0
    # Readers' reports that take a published comment down for a moderator; 0: reports never do.
    reports_to_hold: int = 3
    # Reports an address may have counted per clock hour; 0: no limit.
    reports_per_hour: int = 20
    max_thread_depth: int = 5
    resend_after_seconds: float = 120.0
    require_email: bool = False  # WordPress "Comment author must fill out name and email"
    # WordPress "Users must be registered and logged in to comment": only comments with the site's
    # signed author_token (``signed_author``), whose key is in author_secret_arn.
    require_signed_author: bool = False
    author_secret_arn: str = ""
    # The site's own domains (SiteDomains): its pages are where comments are posted from (post_url).
    site_domains: frozenset[str] = frozenset()
    # The language of the pages a plain HTML form gets back (SiteLanguage; ``api.page_words``).
    site_language: str = "en"
    # The header the site's proxy sets to the reader's address (``api.client``); empty: API Gateway's peer.
    client_address_header: str = ""
    client_country_header: str = ""  # the CDN's header with the reader's country (``api.client.client_country``)
    # ToxicTerms as deployed, for moderators to see beside their own (``toxicity`` reads and matches them).
    toxic_terms: tuple[str, ...] = ()
    rules: RulesConfig = field(default_factory=RulesConfig)
    thresholds: Thresholds = field(default_factory=Thresholds)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        return cls(
            table_name=env.get("COMMENTS_TABLE", ""),
            scoring_queue_url=env.get("SCORING_QUEUE_URL", ""),
            publish_queue_url=env.get("PUBLISH_QUEUE_URL", ""),
            event_bus_name=env.get("EVENT_BUS_NAME", ""),
            secret_arn=env.get("SECRET_ARN", ""),
            flood_seconds=_float(env, "FLOOD_SECONDS", 15.0),
            spam_retention_days=_float(env, "SPAM_RETENTION_DAYS", 15.0),
            discard_retention_days=_float(env, "DISCARD_RETENTION_DAYS", 1.0),
            trash_retention_days=_float(env, "TRASH_RETENTION_DAYS", 30.0),
            pii_retention_days=_float(env, "PII_RETENTION_DAYS", 30.0),
            abuse_probation_days=_float(env, "ABUSE_PROBATION_DAYS", 30.0),
            close_comments_days=_float(env, "CLOSE_COMMENTS_DAYS", 0.0),
            reports_to_hold=int(_float(env, "REPORTS_TO_HOLD", 3)),
            reports_per_hour=int(_float(env, "REPORTS_PER_HOUR", 20)),
            max_thread_depth=int(_float(env, "MAX_THREAD_DEPTH", 5)),
            resend_after_seconds=_float(env, "RESEND_AFTER_SECONDS", 120.0),
            require_email=flag(env, "REQUIRE_EMAIL"),
            require_signed_author=flag(env, "REQUIRE_SIGNED_AUTHOR"),
            author_secret_arn=env.get("AUTHOR_SECRET_ARN", ""),
            site_domains=parse_domains(env.get("SITE_DOMAINS", "")),
            site_language=env.get("SITE_LANGUAGE", "").strip() or "en",
            client_address_header=env.get("CLIENT_ADDRESS_HEADER", "").strip(),
            client_country_header=env.get("CLIENT_COUNTRY_HEADER", "").strip(),
            toxic_terms=words(env.get("TOXIC_TERMS", "")),
            rules=RulesConfig(
                max_links=int(_float(env, "MAX_LINKS", 2)),
                moderation_keys=words(env.get("MODERATION_KEYS", "")),
                disallowed_keys=words(env.get("DISALLOWED_KEYS", "")),
                min_form_seconds=_float(env, "MIN_FORM_SECONDS", 5.0),
                require_form_token=flag(env, "REQUIRE_FORM_TOKEN"),
                hold_all=flag(env, "HOLD_ALL_COMMENTS"),
                hold_new_authors=flag(env, "HOLD_NEW_AUTHORS"),
                hold_new_websites=flag(env, "HOLD_NEW_WEBSITES", RulesConfig.hold_new_websites),
                allowed_languages=tuple(c.lower() for c in words(env.get("ALLOWED_LANGUAGES", ""))),
                blocked_countries=tuple(c.upper() for c in words(env.get("BLOCKED_COUNTRIES", ""))),
                allowed_countries=tuple(c.upper() for c in words(env.get("ALLOWED_COUNTRIES", ""))),
                cited_sources=cited_sources(env),
            ),
            thresholds=Thresholds(
                hold=_float(env, "HOLD_THRESHOLD", Thresholds.hold),
                spam=_float(env, "SPAM_THRESHOLD", Thresholds.spam),
                discard=_float(env, "DISCARD_THRESHOLD", Thresholds.discard),
                toxicity_hold=_float(env, "TOXICITY_HOLD_THRESHOLD", Thresholds.toxicity_hold),
            ),
        )

    def too_deep(self, depth: int) -> str | None:
        """Why a reply at ``depth`` (a top-level comment is 1) is refused, or None when it nests within
        ``max_thread_depth`` (WordPress's thread_comments_depth)."""
        if depth <= self.max_thread_depth:
            return None
        if self.max_thread_depth <= 1:
            return "this site takes no replies: comment on the article itself"
        return f"replies nest at most {self.max_thread_depth} levels deep"

    @property
    def close_after_seconds(self) -> float:
        return self.close_comments_days * 86400

    def personal_data_expires_at(self, now: float) -> int:
        """When personal data written now is deleted (its DynamoDB TTL): a commenter's raw data, a
        reporter's keyed address."""
        return int(now + self.pii_retention_days * 86400)

    def personal_data_expiry(self, created_ts: float, comment_expires_at: int | None) -> int:
        """When a comment's personal data goes (its ``pii#`` item's TTL): ``personal_data_expires_at`` from
        when it was posted, or with the comment where that comes sooner (spam, blatant spam)."""
        kept = self.personal_data_expires_at(created_ts)
        return kept if comment_expires_at is None else min(kept, comment_expires_at)

    def personal_data_moves(self, created_ts: float, expired_at: int | None, expires_at: int | None,
                            now: float) -> int | None:
        """The personal data's new TTL when a comment's own expiry moves from ``expired_at`` to ``expires_at``
        (None: kept): a comment filed as spam takes its personal data with it, one rescued from there gets
        its time back. None when the TTL stays, or when the personal data is gone already."""
        before = self.personal_data_expiry(created_ts, expired_at)
        after = self.personal_data_expiry(created_ts, expires_at)
        return None if after == before or before <= now else after

    def probation_ends_at(self, now: float) -> int | None:
        """When an author found abusive now leaves probation (their abuse mark's TTL); None: no probation."""
        return int(now + self.abuse_probation_days * 86400) if self.abuse_probation_days > 0 else None

    def expires_at(self, folder: str, now: float) -> int | None:
        """When a comment filed now in ``folder`` is deleted (its DynamoDB TTL): the spam folder ("spam";
        "discard", blatant spam, kept a day) and the trash empty themselves, as in WordPress. None:
        any other status keeps the comment."""
        days = {"spam": self.spam_retention_days, "discard": self.discard_retention_days,
                "trash": self.trash_retention_days}.get(folder)
        return None if days is None else int(now + days * 86400)


@lru_cache(maxsize=1)
def settings() -> Settings:
    return Settings.from_env()

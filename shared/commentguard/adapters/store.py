"""DynamoDB: comments, their status moves, and the guard items that make duplicate and flood checks
atomic. The only module that knows the table's layout.

One table keyed by ``id``. Comment items use their comment id; guard items use prefixed ids
(``dup#…``, ``flood#…``, ``author#…``, ``marked#…``, ``post#…``, ``report#…``, ``reports#…``, ``site#words``) and carry none of the attributes the indexes
are built on, so they never show up in a listing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from botocore.exceptions import ClientError

from ..keys import name_under
from ..models import Comment, iso_utc
from ..scoring.word_lists import LISTS, NO_WORD_LISTS, WordLists
from ..states import Status, check_move

_COMMENT_FIELDS = {f.name for f in fields(Comment)}
# Raw personal data lives in its own item ("pii#<id>") with its own TTL: the moderator needs it for
# a while; matching (flood, trust, duplicates, privacy requests) uses the keyed hashes that stay.
PII_FIELDS = ("author_email", "author_url", "client_ip", "client_country", "user_agent", "author_id")
DUPLICATE_IDS = "duplicate_ids"  # on the pii# item: the ids of the comment's dup# guards, for erasure
DUPLICATE_TTL_SECONDS = 90 * 24 * 3600
#: A form token's claim, kept for a day longer than a form is taken to stay open (``RulesConfig.form_token_max_age``,
#: 7 days) after the token's last use: a bot replays a token soon after it fetched it; a week on, a replay is
#: noted as an old form.
FORM_CLAIM_TTL_SECONDS = 8 * 24 * 3600
STATS_SHARDS = 8
# DynamoDB refuses a write that meets a transaction on the same item (TransactionConflict: a stats
# shard in a burst of verdicts, a post's count), and the SDK does not retry it: the store does, this
# many times.
CONFLICT_RETRIES = 3
# BatchGetItem's unread keys, asked for again after pauses of up to 40, 80 ... 1,280 ms (2.5 s at most in all).
UNPROCESSED_RETRIES = 6


class DuplicateComment(Exception):
    """The same text from the same author on the same post and thread; ``earlier_id``: the comment that
    said it first, where the guard names it."""

    def __init__(self, earlier_id: str | None = None) -> None:
        super().__init__(earlier_id or "duplicate")
        self.earlier_id = earlier_id


class Flooding(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


class CommentsClosed(Exception):
    """A moderator closed the post's comments, or they closed themselves (``Guards.close_after_seconds``)."""


class StaleStatus(Exception):
    """The comment was not in the expected status: somebody else moved it first."""


class StaleWordLists(Exception):
    """The word lists changed since the version a change was made from; ``current`` is what they are now."""

    def __init__(self, current: WordLists) -> None:
        super().__init__(f"the word lists are at version {current.version}")
        self.current = current


class BadCursor(ValueError):
    pass


class TooManyReports(Exception):
    """The reporter's address has used up its reports for this hour."""


@dataclass(frozen=True)
class Standing:
    """What moderators' earlier decisions say about a comment: about its sender, and about its post."""

    trusted: bool = False  # the email has an approved comment
    approved_comments: int = 0  # how many: Akismet shows the count beside the author
    author_marked_spam: bool = False  # a moderator marked a comment from the email as spam
    # ... sent from another address than this comment, while the email had approved comments: a regular's
    # email (and her name, shown above her comments) may have been typed by whoever sent the spam
    author_marked_elsewhere: bool = False
    address_marked_spam: bool = False  # ... from the IP address
    # A moderator found a comment from the email abusive: its comments wait for a moderator until this day
    # (``Settings.abuse_probation_days``).
    author_abusive_until: str | None = None
    # A moderator banned the email: its comments go to the spam folder unread until this day (``ban_items``).
    author_banned_until: str | None = None
    # ... and held comments from the address the banned comment came from until this day, whatever their email
    address_banned_until: str | None = None
    post_premoderated: bool = False  # a moderator holds every comment on the post for review


def standing_keys(author_key: str | None, client_key: str | None) -> tuple[str | None, ...]:
    """The items that hold a sender's standing: trust and spam mark by email, spam mark by address, abuse mark
    and ban by email, a ban's hold on an address."""
    return (
        f"author#{author_key}" if author_key else None,
        f"marked#email#{author_key}" if author_key else None,
        f"marked#ip#{client_key}" if client_key else None,
        abuse_mark_key(author_key),
        ban_key(author_key),
        address_ban_key(client_key),
    )


def abuse_mark_key(author_key: str | None) -> str | None:
    """The item that puts an email on probation for abuse (``mark_abuse_items``)."""
    return f"marked#abuse#{author_key}" if author_key else None


#: Under these statuses in the ByStatus index, by when they began: the readers a moderator banned, and those on
#: probation for abuse (``GET /moderation/readers``).
BANNED, ON_PROBATION = "banned", "probation"


def ban_key(author_key: str | None) -> str | None:
    """The item that bans an email from commenting (``ban_items``)."""
    return f"marked#ban#{author_key}" if author_key else None


def address_ban_key(client_key: str | None) -> str | None:
    """The item by which a ban holds the comments from the address the banned comment came from (``ban_items``)."""
    return f"marked#banip#{client_key}" if client_key else None


def holds_for(hold: dict[str, Any] | None, ban: dict[str, Any]) -> bool:
    """Whether an address's hold is the one ``ban`` put: a later ban from a comment sent from the same address
    replaces it with its own (``ban_items``)."""
    return hold is not None and hold["comment_id"] == ban["comment_id"]


def _about(comment: Comment | dict[str, Any]) -> tuple[str | None, str | None, str | None, str | None]:
    """What a sender's standing is read by: email, address, post, and the name under the email; of a comment
    or its item."""
    field = comment.get if isinstance(comment, dict) else lambda name: getattr(comment, name)
    author_key = field("author_key")
    return author_key, field("client_key"), field("post_id"), trust_name(author_key, field("author_name"),
                                                                          field("author_id"))


def as_read(comment: Comment, *fields: str) -> dict[str, Any]:
    """For ``move(unchanged=...)``: the author's keyed email as read (an erasure takes it away) and ``fields``."""
    return {"author_key": comment.author_key, **{f: getattr(comment, f) for f in fields}}


def _standing_and_post_keys(author_key: str | None, client_key: str | None, post_id: str | None) -> list[str]:
    return [k for k in (*standing_keys(author_key, client_key), _post_key(post_id) if post_id else None) if k]


#: The moderators' word lists (``scoring.word_lists``): one item, read with every batch's standing.
WORD_LISTS_KEY = "site#words"


def _word_lists_of(item: dict[str, Any] | None) -> WordLists:
    if not item:
        return NO_WORD_LISTS
    return WordLists(**{name: tuple(item.get(name) or ()) for name in LISTS}, version=int(item.get("version", 0)),
                     updated_at=item.get("updated_at"), updated_by=item.get("updated_by"))


def _post_key(post_id: str) -> str:
    # No post_id attribute on it: the ByPost index must not list it.
    return f"post#{post_id}"


def _post_status(post_id: str, item: dict[str, Any], close_after_seconds: float = 0.0,
                 now: float | None = None) -> dict[str, Any]:
    status = _open_or_closed(post_id, item, close_after_seconds, now)
    status["comment_count"] = _comment_count(item)
    status["premoderated"] = "premoderated_at" in item
    if status["premoderated"]:
        status |= {"premoderated_at": item["premoderated_at"], "premoderated_by": item.get("premoderated_by")}
    return status


def _comment_count(post_item: dict[str, Any]) -> int:
    # Never below zero: a stack that counted from a later day takes down comments it never counted.
    return max(0, int(post_item.get("comment_count", 0)))


def _open_or_closed(post_id: str, item: dict[str, Any], close_after_seconds: float,
                    now: float | None) -> dict[str, Any]:
    if "closed_at" in item:
        return {"post_id": post_id, "comment_status": "closed", "closed_at": item["closed_at"],
                "closed_by": item.get("closed_by")}
    if not close_after_seconds or "opened_at" not in item:
        return {"post_id": post_id, "comment_status": "open"}
    closes = float(item["opened_at"]) + close_after_seconds
    if closes <= (time.time() if now is None else now):
        return {"post_id": post_id, "comment_status": "closed", "closed_at": iso_utc(closes), "closed_by": "automatic"}
    return {"post_id": post_id, "comment_status": "open", "closes_at": iso_utc(closes)}


def trust_name(author_key: str | None, author_name: str | None, author_id: str | None) -> str | None:
    """What must match, beside the email, for the author's earlier approvals to count (``keys.name_under``):
    None where the comment is known to come from a reader the site signed in (``author_id``, personal data:
    scoring reads it), whose account the site vouches for whatever name it shows. The publisher reads no
    personal data, and counts such a comment under its name as any other."""
    if author_key is None or author_id:
        return None
    return name_under(author_key, author_name or "")


def in_force(mark: dict[str, Any], now: float) -> bool:
    """Whether a mark, ban or probation item still counts: DynamoDB's TTL deletes an expired item only within days.
    One without an expiry counts for as long as it is there."""
    return mark.get("expires_at", now + 1) > now


def ends_on(mark: dict[str, Any]) -> str:
    """The day (ISO date) a mark, ban, probation or hold ends."""
    return iso_utc(float(mark["expires_at"]))[:10]


def _standing_of(found: dict[str, Any], author_key: str | None, client_key: str | None,
                 post_id: str | None = None, name: str | None = None) -> Standing:
    trust, email, address, abuse, ban, banned_address = standing_keys(author_key, client_key)
    now = time.time()

    def marked(key: str | None) -> bool:
        return key in found and in_force(found[key], now)

    def until(key: str | None) -> str | None:
        return ends_on(found[key]) if marked(key) else None

    post = found.get(_post_key(post_id)) if post_id else None
    trust_item = found.get(trust) if trust else None
    approved = _approved(trust_item)
    # WordPress's "has a previously approved comment" counts the approved comments there are now: one
    # approved by mistake and taken back again leaves no trust behind. A moderator's spam mark suspends it.
    marked_from = found[email].get("client") if marked(email) else None
    # The comments a moderator found abusive, each taken out again where the decision is taken back.
    abusive = marked(abuse) and found[abuse].get("comments")
    return Standing(trusted=approved > 0 and SUSPENDED_BY not in (trust_item or {})
                    and _approved_under(trust_item or {}, name),
                    approved_comments=approved,
                    author_marked_spam=marked(email),
                    author_marked_elsewhere=bool(marked_from and approved > 0 and marked_from != client_key),
                    address_marked_spam=marked(address),
                    author_abusive_until=until(abuse) if abusive else None,
                    author_banned_until=until(ban),
                    address_banned_until=until(banned_address),
                    post_premoderated=bool(post) and "premoderated_at" in post)


#: On an author# item, beside approved_count: how many of the published comments carried each name (``trust_name``).
APPROVED_AS = "approved_as_"
#: On an author# item: the comment a moderator filed as spam, which suspends the author's trust (their counts kept,
#: so that taking the decision back gives them back as they were) until "not spam" or a new publication lifts it.
SUSPENDED_BY = "suspended_by"
#: On a comment: its author was erased (``anonymise_item``), and its ``pii#`` item with them.
ERASED = "erased"


def _name_counts(trust_item: dict[str, Any], name: str) -> tuple[int, int, int]:
    """An author# item's approvals under ``name``, under every name, and counted before names were."""
    named = [max(0, int(v)) for k, v in trust_item.items() if k.startswith(APPROVED_AS)]
    mine = max(0, int(trust_item.get(APPROVED_AS + name, 0)))
    return mine, sum(named), _approved(trust_item or None) - sum(named)


def _approved_under(trust_item: dict[str, Any], name: str | None) -> bool:
    """WordPress asks for the same name with the email, which anyone may type: a regular's email under another
    name is a stranger. Approvals counted before names were trust the email alone, so that the first comment
    under a name does not make a stranger of the regular."""
    if name is None:
        return True
    mine, _, unnamed = _name_counts(trust_item, name)
    return mine > 0 or unnamed > 0


def _borrowed(trust_item: dict[str, Any], name: str | None, counted_here: bool) -> bool:
    """Whether an email's approvals are all under other names than ``name`` (not counting the comment in
    question, ``counted_here``): someone else's email. Approvals counted before names were say nothing."""
    if name is None:
        return False
    mine, named, unnamed = _name_counts(trust_item, name)
    return mine - counted_here <= 0 and unnamed <= 0 and named - counted_here > 0


def _personal_data(pii: dict[str, Any]) -> dict[str, Any]:
    """The personal data a ``pii#`` item holds, none once its TTL has passed: DynamoDB deletes an expired
    item only within days, and PRIVACY.md promises the data goes when its time is up."""
    expires_at = pii.get("expires_at")
    if expires_at is not None and float(expires_at) <= time.time():
        return {}
    return {k: v for k, v in pii.items() if k in PII_FIELDS}


def _approved(trust_item: dict[str, Any] | None) -> int:
    # A trust item written before the count was kept (it names an approved comment) stands for one approved
    # comment at least; never below zero (comments published before take-downs were counted leave it once
    # they return). An item a spam mark or a take-down made names none.
    if trust_item is None:
        return 0
    return max(0, int(trust_item.get("approved_count", 1 if "approved_comment" in trust_item else 0)))


#: The correlation id of a comment brought over from WordPress (``commentguard import-wxr``).
IMPORTED = "import"

#: On a held comment: moderators are still to be told of it ("Comment Held", ``flow.scoring``).
ANNOUNCE_PENDING = "announce_pending"
#: On a comment: the filter's mistakes its last decision counted (``flow.moderation``), for the next one to take back.
MISTAKES_COUNTED = "mistakes_counted"
#: On a comment: a moderator found it abusive, and it holds its author's abuse mark (``mark_abuse_items``).
ABUSE_MARKED = "abuse_marked"

#: On a published comment: its publication is counted in its author's approved_count, and under the name it
#: holds (``trust_name``; True: counted before names were), whatever a moderator's edit makes of its name later.
AUTHOR_COUNTED = "author_counted"


def _uncounted(comment: Comment) -> dict[str, int]:
    """What a comment whose publication was counted takes from its author's counts when it leaves the page."""
    counted = comment.extra.get(AUTHOR_COUNTED)
    if not counted:
        return {}
    return {"approved_count": -1, **({APPROVED_AS + counted: -1} if isinstance(counted, str) else {})}


@dataclass(frozen=True)
class Guards:
    """The guard items a new comment must claim: its duplicate fingerprints and its flood slots; and
    how long a post takes comments after its first one (0: until a moderator closes it)."""

    duplicate_ids: tuple[str, ...]
    flood_ids: tuple[str, ...]
    flood_seconds: float
    close_after_seconds: float = 0.0
    # The form token's claim, and the author (email, else name) and name it is claimed by (``flow.intake._guards``).
    form_token_id: str | None = None
    form_author: str | None = None
    form_name: str | None = None


def _to_dynamo(value: Any) -> Any:
    if isinstance(value, float):
        return Decimal(str(value))
    if isinstance(value, dict):
        return {k: _to_dynamo(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_to_dynamo(v) for v in value]
    if isinstance(value, Status):
        return value.value
    return value


def _from_dynamo(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: _from_dynamo(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_from_dynamo(v) for v in value]
    return value


def comment_to_item(comment: Comment) -> dict[str, Any]:
    item = {k: v for k, v in asdict(comment).items() if v is not None and v != {} and v != []}
    item.pop("extra", None)
    for name in PII_FIELDS:
        item.pop(name, None)
    item["status"] = comment.status.value
    return _to_dynamo(item)


def comment_from_item(item: dict[str, Any]) -> Comment:
    data = _from_dynamo(item)
    known = {k: v for k, v in data.items() if k in _COMMENT_FIELDS}
    known["status"] = Status(known["status"])
    if "created_ts" in known:
        known["created_ts"] = float(known["created_ts"])
    if "spam_score" in known:
        known["spam_score"] = float(known["spam_score"])
    if "report_count" in known:
        known["report_count"] = int(known["report_count"])
    if "report_reasons" in known:
        known["report_reasons"] = sorted(known["report_reasons"])  # a string set
    return Comment(**known, extra={k: v for k, v in data.items() if k not in _COMMENT_FIELDS})


# -- a comment's item within DynamoDB's 400 KB ------------------------------------------------------
# A comment's item grows after it is written: scoring records its verdict, reasons and scores (and a
# recheck anew), the publisher and moderators their marks, readers' reports theirs, and every move adds
# to its history. Each of these is bounded here, and together, at their largest (_LARGEST_GROWTH),
# they take GROWTH_RESERVE, which a new comment (and a moderator's edit) must leave free: an item
# DynamoDB takes at intake can always take its verdict, and every move after it.
#: DynamoDB's 400 KB as its documentation gives it; it counts 409,600 bytes, and the difference absorbs
#: the approximations of ``item_size`` (and moto's own count, which refuses an item over 405,000).
ITEM_LIMIT = 400_000
MAX_REASONS = 32  # the scorers give fewer; past this the last place says how many more there were
REASON_MAX_BYTES = 500  # a reason's message longer than this (a long moderation key quoted) is cut: "…"
CODE_MAX_BYTES = 64
MORE_REASONS = "more_reasons"
MAX_MODELS = 8  # scorer name -> model version: three scorers have versions
MODEL_MAX_BYTES = 128
HISTORY_MAX = 16  # entries: the first, one that says how many were removed, and the latest
NOTE_MAX_BYTES = 4_000  # a history entry's note; the API takes 1,000 characters, at most 4 bytes each
ACTOR_MAX_BYTES = 255  # an OpenID Connect subject is at most 255 ASCII characters; ours are words
#: On the history entry that stands for the entries removed to keep the item within its limit: how many.
TRIMMED = "trimmed"


class ItemTooLarge(ClientError):
    """A comment whose item would leave too little of DynamoDB's limit for what later writes add to it
    (GROWTH_RESERVE: its verdict, reasons and history), refused before anything is written. The error
    DynamoDB gives an item over its limit, so that whoever handles the one handles the other (the API
    answers 413, naming the content)."""

    def __init__(self, operation: str, size: int) -> None:
        message = (f"Item size has exceeded the maximum allowed size: {size:,} bytes, of the {BASE_LIMIT:,} a "
                   "comment may take before its verdict and history")
        super().__init__({"Error": {"Code": "ValidationException", "Message": message}}, operation)


def item_size(item: Mapping[str, Any]) -> int:
    """An item's size as DynamoDB counts it against its limit: each attribute's name and value in UTF-8;
    a number one byte per two significant digits and one more; a list or a map three bytes and one per
    element besides (a map's keys too); true, false and null one byte. Of an item as ``comment_to_item``
    gives it (plain values, numbers as Decimal)."""
    return sum(len(name.encode()) + _value_size(value) for name, value in item.items())


def _value_size(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int | float | Decimal):
        return (len(Decimal(str(value)).normalize().as_tuple().digits) + 1) // 2 + 1
    if isinstance(value, bytes | bytearray):
        return len(value)
    if isinstance(value, Mapping):
        return 3 + sum(1 + len(k.encode()) + _value_size(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return 3 + sum(1 + _value_size(v) for v in value)
    if isinstance(value, set | frozenset):
        return sum(_value_size(v) for v in value)
    raise TypeError(f"no DynamoDB size for {type(value).__name__}")


def _cut(text: str, most: int) -> str:
    """``text`` in at most ``most`` bytes of UTF-8: cut ones end in "…" (three bytes)."""
    data = text.encode()
    return text if len(data) <= most else data[:most - 3].decode(errors="ignore") + "…"


def bounded_reasons(reasons: list[dict[str, str]]) -> list[dict[str, str]]:
    """A comment's reasons as the store keeps them: at most MAX_REASONS, each message within
    REASON_MAX_BYTES (a cut one ends in "…"); past MAX_REASONS, the last place says how many more the
    filter gave. The order is kept: the deciding reasons come first."""
    kept = [{"code": _cut(str(r.get("code", "")), CODE_MAX_BYTES),
             "message": _cut(str(r.get("message", "")), REASON_MAX_BYTES)} for r in reasons[:MAX_REASONS]]
    if len(reasons) > MAX_REASONS:
        more = len(reasons) - (MAX_REASONS - 1)
        kept[-1] = {"code": MORE_REASONS,
                    "message": f"and {more} more reasons, not kept: a comment keeps {MAX_REASONS - 1} with this one"}
    return kept


def _bounded_models(models: Mapping[str, Any]) -> dict[str, str]:
    return {_cut(str(name), MODEL_MAX_BYTES): _cut(str(version), MODEL_MAX_BYTES)
            for name, version in list(models.items())[:MAX_MODELS]}


def _bounded_entry(entry: dict[str, Any]) -> dict[str, Any]:
    return entry | {"note": _cut(entry["note"], NOTE_MAX_BYTES)} if entry.get("note") else entry


def trimmed_history(history: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A history of at most HISTORY_MAX entries: past that, the first entry (how the comment came in)
    stays, then one that says how many entries after it were removed (and when the last of them was),
    then the latest. A history trimmed before is trimmed again, the count going on."""
    if len(history) <= HISTORY_MAX:
        return history
    first, rest = history[0], history[1:]
    removed = 0
    if rest and TRIMMED in rest[0]:
        removed, rest = int(rest[0][TRIMMED]), rest[1:]
    gone, kept = rest[:len(rest) - (HISTORY_MAX - 2)], rest[len(rest) - (HISTORY_MAX - 2):]
    removed += len(gone)
    note = (f"{removed} earlier {'entry' if removed == 1 else 'entries'} of this history removed, to keep the "
            f"comment within DynamoDB's 400 KB item limit; a comment keeps its first and latest {HISTORY_MAX - 2}")
    return [first, {"at": gone[-1].get("at", first.get("at")), "actor": "commentguard", TRIMMED: removed,
                    "note": note}, *kept]


def _bounded(values: Mapping[str, Any]) -> dict[str, Any]:
    """What a write sets on a comment, with what grows (reasons, model versions, history) bounded."""
    bounded = dict(values)
    if bounded.get("reasons"):
        bounded["reasons"] = bounded_reasons(bounded["reasons"])
    if bounded.get("models"):
        bounded["models"] = _bounded_models(bounded["models"])
    if bounded.get("history"):
        bounded["history"] = trimmed_history([_bounded_entry(e) for e in bounded["history"]])
    return bounded


def _text(size: int) -> str:
    return "x" * size


_NUMBER = Decimal("9" * 38)  # DynamoDB's largest: 38 significant digits, 21 bytes
_TIME = _text(len("2026-01-01T00:00:00.000Z"))  # ``iso_utc``
_STATUS = max((s.value for s in Status), key=len)
#: Every attribute a comment's item gains or changes after intake (``create``), each at its largest. A
#: write that sets another attribute on a comment must add it here.
_LARGEST_GROWTH: dict[str, Any] = {
    "status": _STATUS,
    # scoring's verdict (a recheck's replaces it); readers' reports put theirs first among the reasons
    "verdict": _text(16), "spam_score": _NUMBER, "toxicity_score": _NUMBER, "scored_at": _NUMBER,
    "expires_at": _NUMBER, "held_for": [_text(16)] * 3,
    "reasons": [{"code": _text(CODE_MAX_BYTES), "message": _text(REASON_MAX_BYTES)}] * MAX_REASONS,
    "models": {_text(MODEL_MAX_BYTES - n): _text(MODEL_MAX_BYTES) for n in range(MAX_MODELS)},
    # the publisher's (a listing key: created_at, "#", the id, which is at most 128 characters)
    "published_at": _TIME, "listing_key": _text(len(_TIME) + 1 + 128), AUTHOR_COUNTED: _text(24),
    # moderators'; the outbox's; readers' (their reasons, of four); a privacy request's
    "decided_by": _text(ACTOR_MAX_BYTES), "decided_at": _TIME, "edited_by": _text(ACTOR_MAX_BYTES),
    "edited_at": _TIME, "resends": _NUMBER, "report_count": _NUMBER,
    "report_reasons": {_text(16 - n) for n in range(4)}, "erased": True, MISTAKES_COUNTED: [_text(16)] * 2,
    ANNOUNCE_PENDING: True,
    "history": [{"at": _TIME, "actor": _text(ACTOR_MAX_BYTES), "from": _STATUS, "to": _STATUS,
                 "note": _text(NOTE_MAX_BYTES), "edited": [_text(16)] * 8}] * HISTORY_MAX,
}
GROWTH_RESERVE = item_size(_LARGEST_GROWTH)
#: What a comment may take when it is written (its text, sanitised HTML and the rest of it).
BASE_LIMIT = ITEM_LIMIT - GROWTH_RESERVE


def base_size(item: Mapping[str, Any]) -> int:
    """What of a comment's item counts against BASE_LIMIT: all but what later writes grow."""
    return item_size({k: v for k, v in item.items() if k not in _LARGEST_GROWTH})


def _check_fits(item: Mapping[str, Any], operation: str) -> None:
    if (size := base_size(item)) > BASE_LIMIT:
        raise ItemTooLarge(operation, size)


def _failed_conditions(exc: ClientError) -> set[int]:
    """Which items' conditions were false: the one item of a plain write (0), or the items of a
    cancelled transaction by their place in it."""
    code = exc.response["Error"]["Code"]
    if code == "ConditionalCheckFailedException":
        return {0}
    if code != "TransactionCanceledException":
        return set()
    reasons = exc.response.get("CancellationReasons") or []
    return {i for i, r in enumerate(reasons) if r.get("Code") == "ConditionalCheckFailed"}


def _only_conflicts(exc: ClientError) -> bool:
    """A write refused for no reason but a transaction on its item: a plain write, or a transaction
    cancelled only for that."""
    code = exc.response["Error"]["Code"]
    if code == "TransactionConflictException":
        return True
    if code != "TransactionCanceledException":
        return False
    codes = {r.get("Code") for r in exc.response.get("CancellationReasons") or []}
    return "TransactionConflict" in codes and codes <= {"TransactionConflict", "None", None}


def _order(forward: bool) -> str:
    return "oldest" if forward else "newest"


def _encode_cursor(key: dict[str, Any] | None, forward: bool) -> str | None:
    """Where the next page starts, and which way it runs: a cursor read the other way would skip back to
    the start, or page over what was already shown."""
    if not key:
        return None
    marked = {**_from_dynamo(key), "order": _order(forward)}
    return base64.urlsafe_b64encode(json.dumps(marked, separators=(",", ":")).encode()).decode()


def _decode_cursor(cursor: str, expected_keys: set[str], forward: bool) -> dict[str, Any]:
    try:
        key = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadCursor("cursor is not one this API gave out") from exc
    # Without "order": a cursor given out before cursors said it, taken as the order it is used with.
    if not isinstance(key, dict) or set(key) - {"order"} != expected_keys or not all(map(_key_value, key.values())):
        raise BadCursor("cursor is not one this API gave out")
    if (order := key.pop("order", _order(forward))) != _order(forward):
        raise BadCursor(f"cursor pages order={order}: ask with that order, or start again without the cursor")
    return key


def _key_value(value: Any) -> bool:
    """A value DynamoDB takes in a start key: a string, not empty, of at most 1,024 bytes in UTF-8 (an
    index sort key's limit). DynamoDB refuses any other, and a forged cursor would end in a 503."""
    if not isinstance(value, str) or not value:
        return False
    try:
        return len(value.encode("utf-8")) <= 1024
    except UnicodeEncodeError:
        return False


class CommentStore:
    def __init__(self, client: Any, table_name: str) -> None:
        self.client = client  # a boto3 DynamoDB *resource*-free low-level client, handed in
        self.table = table_name
        from boto3.dynamodb.types import TypeDeserializer, TypeSerializer

        self._ser, self._de = TypeSerializer(), TypeDeserializer()
        self._prefetched: dict[tuple[str, bool], dict[str, Any]] = {}
        self._standing: dict[tuple[str | None, ...], Standing] = {}
        self._word_lists: WordLists | None = None

    # -- encoding ------------------------------------------------------------------------
    def _item(self, data: dict[str, Any]) -> dict[str, Any]:
        return {k: self._ser.serialize(v) for k, v in data.items()}

    def _plain(self, item: dict[str, Any]) -> dict[str, Any]:
        return {k: self._de.deserialize(v) for k, v in item.items()}

    def _values(self, **values: Any) -> dict[str, Any]:
        return {f":{k}": self._ser.serialize(_to_dynamo(v)) for k, v in values.items()}

    def _update(self, key: str, set_: dict[str, Any] | None = None, add: dict[str, Any] | None = None,
                remove: tuple[str, ...] | list[str] = (), first: dict[str, Any] | None = None,
                delete: dict[str, set[str]] | None = None) -> dict[str, Any]:
        """UpdateItem's arguments for the item ``key``: SET, ADD (a number, or elements of a set) and REMOVE of
        plain attributes, DELETE of elements of a set, and SET of those ``first`` only where the item has none
        yet, each name through a placeholder (DynamoDB reserves words such as "status" and "count")."""
        set_, add, first, delete = set_ or {}, add or {}, first or {}, delete or {}
        sets = [f"#{k} = :{k}" for k in set_] + [f"#{k} = if_not_exists(#{k}, :{k})" for k in first]
        clauses = ["SET " + ", ".join(sets)] if sets else []
        clauses += [f"{verb} " + ", ".join(f"#{k} :{k}" for k in part)
                    for verb, part in (("ADD", add), ("DELETE", delete)) if part]
        if remove:
            clauses.append("REMOVE " + ", ".join(f"#{k}" for k in remove))
        request: dict[str, Any] = {"TableName": self.table, "Key": {"id": {"S": key}}}
        if clauses:
            request["UpdateExpression"] = " ".join(clauses)
            request["ExpressionAttributeNames"] = {f"#{k}": k for k in (*set_, *first, *add, *delete, *remove)}
        if set_ or add or first or delete:
            request["ExpressionAttributeValues"] = self._values(**set_, **first, **add, **delete)
        return request

    # -- reads ---------------------------------------------------------------------------
    @contextmanager
    def prefetched(self, comment_ids: list[str], with_pii: bool = False, standing: bool = False) -> Iterator[None]:
        """For one batch: read every comment (with its personal data, and its sender's ``standing``)
        in a few strongly consistent BatchGetItem requests instead of one or two per comment.

        Each prefetched comment serves one ``get``; a second read (after a lost race) goes to the table."""
        ids = list(dict.fromkeys(comment_ids))
        try:
            if ids:
                found = self.get_many(ids + ([f"pii#{i}" for i in ids] if with_pii else []), consistent=True)
                for comment_id in ids:
                    item = dict(found.get(comment_id) or {})
                    item.update(_personal_data(found.get(f"pii#{comment_id}") or {}))
                    self._prefetched[(comment_id, with_pii)] = item
                if standing:  # the moderators' word lists too, in the same request
                    about = {_about(item) for item in self._prefetched.values()}
                    known = self.get_many([*dict.fromkeys(k for a in about for k in _standing_and_post_keys(*a[:3])),
                                           WORD_LISTS_KEY])
                    self._standing = {a: _standing_of(known, *a) for a in about}
                    self._word_lists = _word_lists_of(known.get(WORD_LISTS_KEY))
            yield
        finally:
            self._prefetched, self._standing, self._word_lists = {}, {}, None

    def get(self, comment_id: str, consistent: bool = True, with_pii: bool = False) -> Comment | None:
        if (comment_id, with_pii) in self._prefetched:
            item = self._prefetched.pop((comment_id, with_pii))
        elif with_pii:
            # Both items in one strongly consistent request.
            answer = self.client.transact_get_items(
                TransactItems=[
                    {"Get": {"TableName": self.table, "Key": {"id": {"S": key}}}}
                    for key in (comment_id, f"pii#{comment_id}")
                ]
            )
            item, pii = (self._plain(r.get("Item") or {}) for r in answer["Responses"])
            item.update(_personal_data(pii))
        else:
            answer = self.client.get_item(
                TableName=self.table, Key={"id": {"S": comment_id}}, ConsistentRead=consistent
            )
            item = self._plain(answer.get("Item") or {})
        if "post_id" not in item:
            return None
        return comment_from_item(item)

    def standing(self, comment: Comment) -> Standing:
        """The comment's sender's standing, and whether its post is premoderated: one read."""
        about = _about(comment)
        if about in self._standing:
            return self._standing[about]
        return _standing_of(self.get_many(_standing_and_post_keys(*about[:3])), *about)

    def word_lists(self) -> WordLists:
        """The word lists moderators keep: as the batch's standing read them, else one strongly consistent read."""
        if self._word_lists is not None:
            return self._word_lists
        answer = self.client.get_item(TableName=self.table, Key={"id": {"S": WORD_LISTS_KEY}}, ConsistentRead=True)
        return _word_lists_of(_from_dynamo(self._plain(answer.get("Item") or {})))

    def save_word_lists(self, lists: Mapping[str, Sequence[str]], actor: str, at: str,
                        version: int | None = None) -> WordLists:
        """Replace the lists named in ``lists`` (the others stay as they are); the lists as saved. ``version``:
        the version the change was made from, refused with ``StaleWordLists`` where another change came since
        (two moderators editing at once must not lose one's keys); None: whatever it is now."""
        request = self._update(WORD_LISTS_KEY, set_={**{name: list(keys) for name, keys in lists.items()},
                                                     "updated_at": at, "updated_by": actor}, add={"version": 1})
        if version is not None:
            request["ExpressionAttributeValues"][":seen"] = {"N": str(version)}
            request["ConditionExpression"] = ("attribute_not_exists(#version) OR #version = :seen" if version == 0
                                              else "#version = :seen")
        try:
            answer = self._write(self.client.update_item, **request, ReturnValues="ALL_NEW")
        except ClientError as exc:
            if 0 not in _failed_conditions(exc):
                raise
            raise StaleWordLists(self.word_lists()) from None
        return _word_lists_of(_from_dynamo(self._plain(answer["Attributes"])))

    def author_standing(self, author_key: str) -> Standing:
        """What moderators' decisions left on an email (or a signed-in reader's account), whatever the address and
        the post: for the reader's export, and the ban their erasure keeps."""
        return _standing_of(self.get_many([k for k in standing_keys(author_key, None) if k]), author_key, None)

    def _page(
        self, index: str, key: str, value: str, sort_key: str, limit: int, cursor: str | None, forward: bool
    ) -> tuple[list[dict[str, Any]], str | None]:
        """One page of an index partition, with an opaque cursor that only fits this partition."""
        query: dict[str, Any] = {
            "TableName": self.table,
            "IndexName": index,
            "KeyConditionExpression": "#k = :v",
            "ExpressionAttributeNames": {"#k": key},
            "ExpressionAttributeValues": self._values(v=value),
            "ScanIndexForward": forward,
            "Limit": limit,
        }
        if cursor:
            start = _decode_cursor(cursor, {"id", key, sort_key}, forward)
            if start[key] != value:
                raise BadCursor(f"cursor belongs to another {key}")
            query["ExclusiveStartKey"] = self._item(start)
        answer = self.client.query(**query)
        last = answer.get("LastEvaluatedKey")
        return [self._plain(i) for i in answer.get("Items", [])], _encode_cursor(self._plain(last) if last else None, forward)

    def published_page(self, post_id: str, limit: int, cursor: str | None,
                       newest_first: bool = False) -> tuple[list[dict], str | None]:
        return self._page("ByPost", "post_id", post_id, "listing_key", limit, cursor, forward=not newest_first)

    def page_by_status(
        self, status: str, limit: int, cursor: str | None, newest_first: bool = True
    ) -> tuple[list[str], str | None]:
        rows, next_cursor = self._page("ByStatus", "status", status, "created_at", limit, cursor, not newest_first)
        return [row["id"] for row in rows], next_cursor

    def page_matching(
        self, status: str, keep: Callable[[Comment], bool], limit: int, cursor: str | None, newest_first: bool = True,
        rounds: int = 10,
    ) -> tuple[list[Comment], str | None]:
        """Comments in ``status`` that ``keep`` keeps, a page at a time. ByStatus holds keys only, so
        each round reads a page of keys, then their items, and keeps the matching ones; the cursor
        points just after the last comment looked at, so none is skipped or listed twice. After
        ``rounds`` reads of the index a request returns what it found, with a cursor to go on."""
        found: list[Comment] = []
        for _ in range(rounds):
            rows, next_cursor = self._page("ByStatus", "status", status, "created_at", limit, cursor, not newest_first)
            by_id = {c.id: c for c in self.comments([row["id"] for row in rows])}
            for n, row in enumerate(rows, 1):
                comment = by_id.get(row["id"])
                if comment is not None and keep(comment):
                    found.append(comment)
                    if len(found) == limit:
                        more = n < len(rows) or next_cursor is not None
                        return found, _encode_cursor({k: row[k] for k in ("id", "status", "created_at")},
                                                     not newest_first) if more else None
            cursor = next_cursor
            if cursor is None:
                break
        return found, cursor

    def page_by_sender(self, by: str, key: str, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
        """Comment ids from one email (``by="email"``: ByAuthor) or address ("address": ByClient), newest first."""
        index, attribute = {"email": ("ByAuthor", "author_key"), "address": ("ByClient", "client_key")}[by]
        rows, next_cursor = self._page(index, attribute, key, "created_at", limit, cursor, forward=False)
        return [row["id"] for row in rows], next_cursor

    def page_by_decider(self, actor: str, limit: int, cursor: str | None) -> tuple[list[str], str | None]:
        """Ids of the comments whose latest decision was ``actor``'s (ByDecider), the latest first."""
        rows, next_cursor = self._page("ByDecider", "decided_by", actor, "decided_at", limit, cursor, forward=False)
        return [row["id"] for row in rows], next_cursor

    def item(self, key: str | None, consistent: bool = False) -> dict[str, Any] | None:
        """One item by id (``get_many``'s), or None where there is none, or no key to read."""
        return self.get_many([key], consistent).get(key) if key else None

    def get_many(self, keys: list[str], consistent: bool = False) -> dict[str, dict[str, Any]]:
        """Items by id (comments, feedback, counters), in batches of 100. Keys DynamoDB hands back unread (it
        does so when throttled) are asked for again after a growing random pause, as AWS advises; still unread
        after ``UNPROCESSED_RETRIES`` pauses, the read fails as a throttle does."""
        found: dict[str, dict[str, Any]] = {}
        keys = list(dict.fromkeys(keys))
        for start in range(0, len(keys), 100):
            request = {self.table: {"Keys": [{"id": {"S": k}} for k in keys[start:start + 100]],
                                    "ConsistentRead": consistent}}
            for attempt in range(UNPROCESSED_RETRIES + 1):
                if attempt:
                    time.sleep(random.uniform(0, 0.02 * 2**attempt))
                answer = self.client.batch_get_item(RequestItems=request)
                for item in answer.get("Responses", {}).get(self.table, []):
                    plain = self._plain(item)
                    found[plain["id"]] = _from_dynamo(plain)
                request = answer.get("UnprocessedKeys") or {}
                if not request:
                    break
            else:
                raise ClientError({"Error": {"Code": "ProvisionedThroughputExceededException", "Message": (
                    f"{len(request[self.table]['Keys'])} keys left unread after {UNPROCESSED_RETRIES} retries")}},
                    "BatchGetItem")
        return found

    def recorded_duplicate_ids(self, comment_ids: list[str]) -> dict[str, tuple[str, ...]]:
        """The ids of the dup# guards each comment claimed at intake, as its ``pii#`` item records them
        (none once that item has expired, or for a comment stored before they were recorded)."""
        items = self.get_many([f"pii#{i}" for i in comment_ids])
        return {i: tuple(items.get(f"pii#{i}", {}).get(DUPLICATE_IDS, ())) for i in comment_ids}

    def comments(self, ids: list[str]) -> list[Comment]:
        items = self.get_many(ids)
        return [comment_from_item(items[i]) for i in ids if i in items and "post_id" in items[i]]

    def _count(self, index: str, key: str, value: str) -> int:
        """How many items one partition of an index holds, counted by DynamoDB (no items read back)."""
        request: dict[str, Any] = {
            "TableName": self.table, "IndexName": index, "Select": "COUNT",
            "KeyConditionExpression": "#k = :v", "ExpressionAttributeNames": {"#k": key},
            "ExpressionAttributeValues": self._values(v=value),
        }
        count = 0
        while True:
            answer = self.client.query(**request)
            count += answer.get("Count", 0)
            if not answer.get("LastEvaluatedKey"):
                return count
            request["ExclusiveStartKey"] = answer["LastEvaluatedKey"]

    def status_size(self, status: str) -> int:
        """How many comments have this status (the moderation queue's size, for one)."""
        return self._count("ByStatus", "status", status)

    def ids_by_author(self, author_key: str) -> list[str]:
        ids, start = [], None
        while True:
            query: dict[str, Any] = {
                "TableName": self.table,
                "IndexName": "ByAuthor",
                "KeyConditionExpression": "author_key = :a",
                "ExpressionAttributeValues": self._values(a=author_key),
            }
            if start:
                query["ExclusiveStartKey"] = start
            answer = self.client.query(**query)
            ids += [i["id"]["S"] for i in answer.get("Items", [])]
            start = answer.get("LastEvaluatedKey")
            if not start:
                return ids

    def write_all(self, writes: list[dict[str, Any]]) -> None:
        """Independent writes (each idempotent), in transactions of up to 100, in the order given: when
        one fails, the writes before its transaction are done and none after it is."""
        for start in range(0, len(writes), 100):
            self._transact(writes[start:start + 100])

    def delete_item(self, key: str) -> dict[str, Any]:
        return {"Delete": {"TableName": self.table, "Key": {"id": {"S": key}}}}

    def personal_data_expiry_item(self, comment_id: str, expires_at: int) -> dict[str, Any]:
        """For ``move(also=...)``: the comment's personal data (its ``pii#`` item) now goes at ``expires_at``
        (``flow.retention.personal_data_follows``)."""
        return {"Update": {"TableName": self.table, "Key": {"id": {"S": f"pii#{comment_id}"}},
                           "UpdateExpression": "SET expires_at = :at", "ExpressionAttributeValues": self._values(at=expires_at)}}

    def anonymise_item(self, comment_id: str, name: str) -> dict[str, Any]:
        """WordPress's eraser: the author becomes "Anonymous", every link to the person goes; the text stays."""
        return {
            "Update": {
                "TableName": self.table,
                "Key": {"id": {"S": comment_id}},
                "UpdateExpression": f"SET author_name = :name, {ERASED} = :yes REMOVE author_key, client_key",
                "ConditionExpression": "attribute_exists(id)",
                "ExpressionAttributeValues": self._values(name=name, yes=True),
            }
        }

    def count_resend(self, comment_id: str, status: Status, most: int) -> bool:
        """Count one more re-send of a comment still in ``status``; False once it had ``most`` there, or
        when it has left ``status`` meanwhile."""
        try:
            self._write(  # the comment may be in a transaction right now: its move out of this status
                self.client.update_item,
                TableName=self.table,
                Key={"id": {"S": comment_id}},
                UpdateExpression="ADD resends :one",
                ConditionExpression="#s = :status AND (attribute_not_exists(resends) OR resends < :most)",
                ExpressionAttributeNames={"#s": "status"},
                ExpressionAttributeValues=self._values(one=1, status=status.value, most=most),
            )
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def waiting(self, status: Status, created_before: str, most: int, page: int = 100) -> Iterator[Comment]:
        """Comments in ``status`` created before ``created_before``, oldest first, at most ``most`` of
        them: ByStatus holds keys only, so a page of keys at a time, their items in one batch read."""
        query: dict[str, Any] = {
            "TableName": self.table,
            "IndexName": "ByStatus",
            "KeyConditionExpression": "#s = :status AND created_at < :before",
            "ExpressionAttributeNames": {"#s": "status"},
            "ExpressionAttributeValues": self._values(status=status.value, before=created_before),
            "Limit": min(most, page),
        }
        while most > 0:
            answer = self.client.query(**query)
            ids = [i["id"]["S"] for i in answer.get("Items", [])][:most]
            most -= len(ids)
            yield from self.comments(ids)
            if not answer.get("LastEvaluatedKey"):
                return
            query["ExclusiveStartKey"] = answer["LastEvaluatedKey"]

    # -- writes --------------------------------------------------------------------------
    def _write(self, call: Callable[..., Any], **request: Any) -> Any:
        """A write, tried again after a short random pause while DynamoDB refuses it only for a conflict
        with a transaction: a refused write wrote nothing, so trying again is safe."""
        for attempt in range(CONFLICT_RETRIES + 1):
            try:
                return call(**request)
            except ClientError as exc:
                if attempt == CONFLICT_RETRIES or not _only_conflicts(exc):
                    raise
            time.sleep(random.uniform(0, 0.01 * 2**attempt))

    def _transact(self, items: list[dict[str, Any]]) -> None:
        self._write(self.client.transact_write_items, TransactItems=items)

    def create(self, comment: Comment, guards: Guards, pii_expires_at: int, *, even_if_closed: bool = False) -> None:
        """Store a new comment, its personal data and its guards in one transaction, all or nothing;
        raises ``CommentsClosed`` if the post takes no comments (unless ``even_if_closed``: a staff reply),
        and ``ItemTooLarge`` (before anything is read or written) if the comment would leave its verdict and
        history too little room.

        Whether the post takes comments is read before (eventually consistent: a comment sent within a
        second of the closing may still get in), not checked inside the transaction: every transaction
        naming the post's item would conflict with every other one under a viral article, which no new
        comment writes (its first published one starts the clock: ``post_count_item``)."""
        item = _bounded(comment_to_item(comment))
        _check_fits(item, "TransactWriteItems")
        now = comment.created_ts
        if not even_if_closed:
            post_key = {"id": {"S": _post_key(comment.post_id)}}
            post_item = self._plain(self.client.get_item(TableName=self.table, Key=post_key).get("Item") or {})
            if _open_or_closed(comment.post_id, post_item, guards.close_after_seconds, now)["comment_status"] == "closed":
                raise CommentsClosed()
        labelled: list[tuple[str, dict[str, Any]]] = [
            ("comment", {
                "Put": {
                    "TableName": self.table,
                    "Item": self._item(item),
                    "ConditionExpression": "attribute_not_exists(id)",
                }
            })
        ]
        pii = {name: getattr(comment, name) for name in PII_FIELDS if getattr(comment, name)}
        if pii:
            pii.update({"id": f"pii#{comment.id}", "comment_id": comment.id, "expires_at": pii_expires_at})
            # Erasure deletes the guards by these ids: after a moderator's edit they cannot be recomputed.
            if guards.duplicate_ids:
                pii[DUPLICATE_IDS] = list(guards.duplicate_ids)
            labelled.append(("pii", {"Put": {"TableName": self.table, "Item": self._item(pii)}}))
        for dup in guards.duplicate_ids:
            labelled.append(("duplicate", {
                "Put": {
                    "TableName": self.table,
                    "Item": self._item(
                        {"id": dup, "comment_id": comment.id, "expires_at": int(now) + DUPLICATE_TTL_SECONDS}
                    ),
                    "ConditionExpression": "attribute_not_exists(id)",
                    "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
                }
            }))
        for flood in guards.flood_ids:
            labelled.append(("flood", {
                "Update": {
                    "TableName": self.table,
                    "Key": {"id": {"S": flood}},
                    "UpdateExpression": "SET last_at = :now, expires_at = :expires",
                    "ConditionExpression": "attribute_not_exists(id) OR last_at <= :cutoff",
                    "ExpressionAttributeValues": self._values(
                        now=now,
                        expires=int(now + guards.flood_seconds) + 1,
                        cutoff=now - guards.flood_seconds,
                    ),
                    "ReturnValuesOnConditionCheckFailure": "ALL_OLD",
                }
            }))
        if guards.form_token_id and guards.form_author and guards.form_name and comment.client_key:
            labelled.append(("form_token", {
                "Update": {
                    "TableName": self.table,
                    "Key": {"id": {"S": guards.form_token_id}},
                    "UpdateExpression": "SET client = if_not_exists(client, :client), "
                                        "author = if_not_exists(author, :author), "
                                        "#name = if_not_exists(#name, :name), expires_at = :expires",
                    "ConditionExpression": "attribute_not_exists(id) OR client = :client OR author = :author "
                                           "OR #name = :name",
                    "ExpressionAttributeNames": {"#name": "name"},
                    "ExpressionAttributeValues": self._values(client=comment.client_key, author=guards.form_author,
                                                              name=guards.form_name,
                                                              expires=int(now) + FORM_CLAIM_TTL_SECONDS),
                }
            }))
        try:
            self._transact([item for _, item in labelled])
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "TransactionCanceledException":
                raise
            failed = {i: labelled[i][0] for i in _failed_conditions(exc) if i < len(labelled)}
            if set(failed.values()) == {"form_token"}:
                # Another address and author sent this token first: a bot replaying one form. The comment is
                # taken, for scoring to file (form_token_reused).
                comment.form_token_reused = True
                return self.create(comment, replace(guards, form_token_id=None), pii_expires_at,
                                   even_if_closed=even_if_closed)
            self._raise_for_cancellation(exc, failed, guards, now)

    def _raise_for_cancellation(self, exc: ClientError, failed: dict[int, str], guards: Guards, now: float) -> None:
        """The guard a cancelled create met (``failed``: the failed items' places and labels), as its error."""
        reasons = exc.response.get("CancellationReasons") or []
        if "duplicate" in failed.values():
            earlier = next((reasons[i].get("Item", {}).get("comment_id", {}).get("S") for i, label in failed.items()
                            if label == "duplicate" and i < len(reasons)), None)
            raise DuplicateComment(earlier) from exc
        if "flood" in failed.values():
            retry_after = guards.flood_seconds
            for i, label in failed.items():
                old = reasons[i].get("Item", {}).get("last_at") if label == "flood" else None
                if old:
                    retry_after = max(1.0, float(old["N"]) + guards.flood_seconds - now)
            raise Flooding(int(retry_after + 0.999)) from exc
        raise exc  # not a guard: a throttle or a real conflict, for the caller's retry

    def move(
        self,
        comment_id: str,
        current: Status,
        target: Status,
        *,
        actor: str,
        at: str,
        note: str | None = None,
        set_fields: dict[str, Any] | None = None,
        remove_fields: tuple[str, ...] = (),
        also: list[dict[str, Any]] | None = None,
        unchanged: Mapping[str, Any] | None = None,
    ) -> None:
        """Move a comment from ``current`` to ``target`` only if it is still ``current``, and append the
        move to its history in the same write.

        ``unchanged``: attributes of the comment as the caller read them (None: absent); the move is made only
        while they still are, else StaleStatus, for the caller to plan it again from the comment as it is now.
        ``as_read(comment)`` names the author's keyed email: an erasure takes it away, and deletes the items of
        the author's that ``also`` may write again (their trust, spam marks, personal data), so that a move
        planned from a read made before the erasure brings none of them back.

        ``also`` adds writes (the author's trust item, counters, feedback) to the same transaction. The
        outbox sweep's count of re-sends starts again in the new status (``count_resend``); a comment
        that leaves published leaves its post's listing, and its mark of being counted in its author's
        published comments (the caller's ``also`` takes the count down: ``uncount_author_items``).

        What a move adds is bounded, so that the comment stays within its item limit whatever happens
        to it: its reasons and model versions (``bounded_reasons``), its note, and its history, which
        keeps HISTORY_MAX entries (``trimmed_history``).
        """
        check_move(current, target)
        entry = {"at": at, "actor": actor, "from": current.value, "to": target.value}
        remove = (*remove_fields, "resends", *(("listing_key", AUTHOR_COUNTED) if current is Status.PUBLISHED else ()))
        self._update_in_status(comment_id, current, {"status": target.value, **(set_fields or {})}, entry, note,
                               tuple(dict.fromkeys(remove)), also, unchanged)

    def edit(self, comment: Comment, *, actor: str, at: str, note: str | None = None,
             set_fields: dict[str, Any], also: list[dict[str, Any]] | None = None) -> None:
        """Change a comment's fields in place (a moderator's edit) only if it is still in the status it was
        read in, with a history entry that names the fields changed, and ``also`` in the same transaction.
        Raises ``ItemTooLarge`` if the edited comment would leave its verdict and history too little room,
        as ``create`` does."""
        _check_fits(comment_to_item(comment) | _to_dynamo(set_fields), "UpdateItem")
        entry = {"at": at, "actor": actor, "from": comment.status.value, "to": comment.status.value,
                 "edited": sorted(set_fields)}
        self._update_in_status(comment.id, comment.status, set_fields, entry, note, also=also)

    def _update_in_status(
        self,
        comment_id: str,
        expected: Status,
        values: dict[str, Any],
        entry: dict[str, Any],
        note: str | None,
        remove_fields: tuple[str, ...] = (),
        also: list[dict[str, Any]] | None = None,
        unchanged: Mapping[str, Any] | None = None,
    ) -> None:
        """Set ``values`` (bounded: ``_bounded``) and add ``entry`` to the history, only if the comment is
        still ``expected`` (and its ``unchanged`` attributes still as given). A history of HISTORY_MAX entries is written anew, trimmed
        (``trimmed_history``), only if it is still as it was read (its length and its last entry). The
        condition that finds it full is the comment's own condition, so a false one is told apart by
        reading the status and the history: only a failed move, a rare one, costs that read."""
        entry = _bounded_entry(entry | ({"note": note} if note else {}))
        values = _bounded(values)
        full: list[dict[str, Any]] | None = None  # the history as read, when it had no room for the entry
        for _ in range(CONFLICT_RETRIES + 1):
            update = self._update_with_entry(comment_id, expected, values, entry, full, remove_fields, unchanged or {})
            try:
                if also:
                    self._transact([{"Update": update}, *also])
                else:
                    self._write(self.client.update_item, **update)
                return
            except ClientError as exc:
                if 0 not in _failed_conditions(exc):  # not the comment's own condition
                    raise
            status, history, now = self._status_and_history(comment_id, tuple(unchanged or ()))
            if status != expected.value or any(now.get(k) != v for k, v in (unchanged or {}).items()):
                raise StaleStatus(comment_id)  # moved, or changed (edited, erased) since the caller's read
            full = history if len(history) >= HISTORY_MAX else None
        raise StaleStatus(comment_id)  # its history changed under every try

    def _update_with_entry(self, comment_id: str, expected: Status, values: dict[str, Any], entry: dict[str, Any],
                           full: list[dict[str, Any]] | None, remove_fields: tuple[str, ...],
                           unchanged: Mapping[str, Any]) -> dict[str, Any]:
        assignments = [f"#{k} = :{k}" for k in values]
        condition = "#status = :expected"
        names = {f"#{k}": k for k in (*values, *remove_fields, "history", "status")}
        as_read = {}
        for n, (attribute, value) in enumerate(unchanged.items()):
            names[f"#read{n}"] = attribute
            if value is None:
                condition += f" AND attribute_not_exists(#read{n})"
            else:
                condition += f" AND #read{n} = :read{n}"
                as_read[f"read{n}"] = value
        if full is None:
            assignments.append("#history = list_append(if_not_exists(#history, :no_history), :entry)")
            condition += " AND (attribute_not_exists(#history) OR size(#history) < :most)"
            history_values = {"no_history": [], "entry": [entry], "most": HISTORY_MAX}
        else:
            # As read: as long, and its last entry the same (a trim by another write keeps the length).
            assignments.append("#history = :history")
            condition += f" AND size(#history) = :count AND #history[{len(full) - 1}] = :last"
            history_values = {"history": trimmed_history([*full, entry]), "count": len(full), "last": full[-1]}
        expression = "SET " + ", ".join(assignments)
        if remove_fields:
            expression += " REMOVE " + ", ".join(f"#{k}" for k in remove_fields)
        return {
            "TableName": self.table,
            "Key": {"id": {"S": comment_id}},
            "UpdateExpression": expression,
            "ConditionExpression": condition,
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": self._values(**values, expected=expected.value, **history_values, **as_read),
        }

    def _status_and_history(self, comment_id: str, attributes: tuple[str, ...] = ()
                            ) -> tuple[str | None, list[dict[str, Any]], dict[str, Any]]:
        """What a failed conditional update of the comment is told apart by: its status, its history and
        ``attributes`` as they are now."""
        names = {"#s": "status", "#h": "history", **{f"#a{n}": a for n, a in enumerate(attributes)}}
        answer = self.client.get_item(TableName=self.table, Key={"id": {"S": comment_id}}, ConsistentRead=True,
                                      ProjectionExpression=", ".join(names), ExpressionAttributeNames=names)
        item = self._plain(answer.get("Item") or {})  # numbers as Decimal: written back as they were
        return item.get("status"), item.get("history") or [], {a: item.get(a) for a in attributes}

    def delete_comment(self, comment_id: str, status: Status, also: list[dict[str, Any]] | None = None) -> None:
        """Delete a comment for good, only if it is still in ``status``, with its personal data and its
        labelled example (which holds its text), and ``also`` (counters) in the same transaction."""
        delete = {"Delete": {
            "TableName": self.table, "Key": {"id": {"S": comment_id}},
            "ConditionExpression": "#status = :expected", "ExpressionAttributeNames": {"#status": "status"},
            "ExpressionAttributeValues": self._values(expected=status.value),
        }}
        try:
            self._transact([delete, self.delete_item(f"pii#{comment_id}"), self.delete_item(f"feedback#{comment_id}"),
                            *(also or ())])
        except ClientError as exc:
            if 0 in _failed_conditions(exc):
                raise StaleStatus(comment_id) from exc
            raise

    # -- writes that join a move's transaction -------------------------------------------------
    def count(self, day: str, counters: dict[str, int], shard_of: str) -> dict[str, Any]:
        """Add to the day's counters (verdicts, decisions, accuracy): stats without a Scan.

        Spread over STATS_SHARDS items by ``shard_of`` (a comment id), so a viral article's burst
        does not queue every scoring write on one hot key."""
        shard = int(hashlib.blake2b(shard_of.encode(), digest_size=2).hexdigest(), 16) % STATS_SHARDS
        return {"Update": self._update(f"stats#{day}#{shard}", add=counters)}

    def reopened(self, post_id: str) -> bool:
        """Whether a moderator opened the post's comments again after they closed (``set_post``)."""
        return "reopened_at" in (self.item(_post_key(post_id), consistent=True) or {})

    def deleted_item(self, comment_id: str, expires_at: int | None = None) -> dict[str, Any]:
        """The write that remembers a comment deleted for good (for ``delete_comment(also=...)``): its id alone,
        until ``expires_at``, or for ever without it (an imported comment, which the import run again leaves out)."""
        item = {"id": f"deleted#{comment_id}"} | ({} if expires_at is None else {"expires_at": expires_at})
        return {"Put": {"TableName": self.table, "Item": self._item(item)}}

    def deleted(self, comment_ids: list[str]) -> set[str]:
        """Which of these comments a moderator deleted for good: lately, or ever if it was imported. Read
        consistently: a second click on Delete Permanently comes a moment after the first, before a
        replica may have the first's record, and would be answered "no such comment"."""
        found, now = self.get_many([f"deleted#{i}" for i in comment_ids], consistent=True), time.time()
        # TTL deletes an expired item within days, not at once: one still there is already forgotten.
        return {i for i in comment_ids if (item := found.get(f"deleted#{i}")) is not None
                and item.get("expires_at", now + 1) > now}

    def unmark(self, comment_id: str, attribute: str) -> None:
        """Take a mark away from a comment, if it still exists (a mark is for the comment's own work: nothing
        else changes, and nothing is created for a comment deleted meanwhile)."""
        try:
            self._write(self.client.update_item, TableName=self.table, Key={"id": {"S": comment_id}},
                        UpdateExpression="REMOVE #a", ConditionExpression="attribute_exists(id)",
                        ExpressionAttributeNames={"#a": attribute})
        except ClientError as exc:
            if exc.response["Error"]["Code"] != "ConditionalCheckFailedException":
                raise

    def add_counts(self, day: str, counters: dict[str, int], shard_of: str) -> None:
        """The same counters, on their own (outside a transaction, which would double its cost)."""
        self._write(self.client.update_item, **self.count(day, counters, shard_of)["Update"])

    def day_counts(self, days: list[str]) -> dict[str, dict[str, int]]:
        items = self.get_many([f"stats#{d}#{n}" for d in days for n in range(STATS_SHARDS)])
        totals: dict[str, dict[str, int]] = {d: {} for d in days}
        for key, item in items.items():
            day = key.split("#")[1]
            for name, value in item.items():
                if name != "id":
                    totals[day][name] = totals[day].get(name, 0) + int(value)
        return totals

    def feedback_item(
        self, comment: Comment, label: str | None, abusive: bool | None, normalized: str, actor: str, at: str
    ) -> dict[str, Any]:
        """A moderator's decision as a labelled example for the next model versions: ``label`` spam or
        ham for the spam model, ``abusive`` for the toxicity model; either may be None (not said).

        Kept under status "feedback" in the ByStatus index, so training reads them by time. An update,
        not a put: a later decision that says nothing of one question keeps the earlier answer to it."""
        said = {"label": label, "abusive": abusive}
        values = {
            "status": "feedback", "created_at": f"{at}#{comment.id}", "comment_id": comment.id,
            "text": comment.content, "normalized": normalized, "actor": actor,
            **{k: v for k, v in said.items() if v is not None},
        }
        return {"Update": self._update(f"feedback#{comment.id}", set_=values)}

    def add_report(self, comment_id: str, reporter: str, reason: str, now: float, expires_at: int,
                   per_hour: int = 0) -> int | None:
        """A reader's report of a published comment: the comment's count of reporters after it, or None
        when this reporter had reported it already or it is no longer published (nothing counted).
        Raises ``TooManyReports`` when the reporter has had ``per_hour`` reports counted in this clock
        hour (0: no limit); nothing is counted then either.

        The report item is the once-per-reporter guard (it names the reporter by keyed hash and expires
        with the personal data); the comment's count of reporters and the reporter's count for the hour go
        in the same transaction, so that a report is counted with its guard or not at all: a reader's retry
        after a lost answer or a failed write finds it counted, or counts it. (Written apart, a guard whose
        count failed kept the report from ever counting.)"""
        report = {"Put": {
            "TableName": self.table,
            "Item": self._item({"id": f"report#{comment_id}#{reporter}", "comment_id": comment_id,
                                "reason": reason, "at": iso_utc(now), "expires_at": expires_at}),
            "ConditionExpression": "attribute_not_exists(id)",
        }}
        count = {"Update": {
            "TableName": self.table,
            "Key": {"id": {"S": comment_id}},
            "UpdateExpression": "ADD report_count :one, report_reasons :reason",
            "ConditionExpression": "#status = :published",
            "ExpressionAttributeNames": {"#status": "status"},
            "ExpressionAttributeValues": {":one": {"N": "1"}, ":reason": {"SS": [reason]},
                                          ":published": {"S": Status.PUBLISHED.value}},
        }}
        hour = int(now // 3600)  # a fixed window: one item per reporter and clock hour
        hourly = [{"Update": {
            "TableName": self.table,
            "Key": {"id": {"S": f"reports#{reporter}#{hour}"}},
            "UpdateExpression": "ADD reports :one SET expires_at = if_not_exists(expires_at, :expires)",
            "ConditionExpression": "attribute_not_exists(reports) OR reports < :most",
            "ExpressionAttributeValues": self._values(one=1, most=per_hour, expires=(hour + 2) * 3600),
        }}] if per_hour else []
        try:
            self._transact([report, count, *hourly])
        except ClientError as exc:
            failed = _failed_conditions(exc)
            if failed & {0, 1}:  # reported it already (which costs none of the hour's reports), or not published
                return None
            if 2 in failed:
                raise TooManyReports() from exc
            raise
        # A transaction answers no values: the count as it is now, this report's included.
        item = self.client.get_item(TableName=self.table, Key={"id": {"S": comment_id}}, ConsistentRead=True,
                                    ProjectionExpression="report_count").get("Item") or {}
        return int(item["report_count"]["N"]) if "report_count" in item else 1  # deleted meanwhile

    def post_comment_status(self, post_id: str, close_after_seconds: float = 0.0, consistent: bool = True,
                            now: float | None = None) -> dict[str, Any]:
        """WordPress's per-post "Allow comments": open unless a moderator closed them or, with
        ``close_after_seconds``, that long has passed since the post's first published comment (then
        ``closes_at`` says when)."""
        answer = self.client.get_item(TableName=self.table, Key={"id": {"S": _post_key(post_id)}},
                                      ConsistentRead=consistent)
        return _post_status(post_id, self._plain(answer.get("Item") or {}), close_after_seconds, now)

    def set_post(self, post_id: str, actor: str, at: str, open_: bool | None = None,
                 premoderated: bool | None = None, published_at: float | None = None,
                 close_after_seconds: float = 0.0) -> dict[str, Any]:
        """Open or close a post's comments, premoderate them or not (None: leave as it is), in one
        write; the status as ``post_comment_status`` would now read it. ``published_at`` (the article's
        publication, a Unix time) starts the clock of comments that close by themselves; opening starts it
        again from now, and a publication time the site's CMS sends again later (an article updated) does
        not take that back: only what a moderator reopened stays open for as many days again."""
        sets: dict[str, Any] = {}
        removes: list[str] = []
        if open_ is True:
            reopened = datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp()
            sets |= {"opened_at": max(published_at or 0.0, reopened), "reopened_at": reopened}
            removes += ["closed_at", "closed_by"]
        elif published_at is not None:
            item = self.item(_post_key(post_id)) or {}
            sets["opened_at"] = max(published_at, float(item.get("reopened_at", 0)))
        if open_ is False:
            sets |= {"closed_at": at, "closed_by": actor}
        if premoderated is True:
            sets |= {"premoderated_at": at, "premoderated_by": actor}
        elif premoderated is False:
            removes += ["premoderated_at", "premoderated_by"]
        request = self._update(_post_key(post_id), set_=sets, remove=removes)
        answer = self._write(self.client.update_item, **request, ReturnValues="ALL_NEW")
        return _post_status(post_id, self._plain(answer.get("Attributes") or {}), close_after_seconds)

    def email_borrowed(self, comment: Comment) -> bool:
        """Whether the comment's email was approved under other names only: a regular's email typed by another."""
        name = trust_name(comment.author_key, comment.author_name, comment.author_id)
        if not comment.author_key or name is None:
            return False
        item = self.item(f"author#{comment.author_key}") or {}
        return _borrowed(item, name, comment.extra.get(AUTHOR_COUNTED) == name)

    def mark_spam_items(self, comment: Comment, at: str, expires_at: int, email_too: bool = True) -> list[dict[str, Any]]:
        """The writes that mark a comment's sender as a spammer (for ``move(also=...)``): its email's trust
        is suspended and the email marked (unless not ``email_too``), its address is marked, until ``expires_at``.
        A published comment leaves its author's count in the same write (``uncount_author_items``'s)."""
        trust, email, address, *_ = standing_keys(comment.author_key, comment.client_key)
        if not email_too:
            trust = email = None
        writes = [{"Update": self._update(trust, set_={SUSPENDED_BY: comment.id}, add=_uncounted(comment))}] if trust else []
        for key in (email, address):
            if key:
                item = {"id": key, "comment_id": comment.id, "since": at, "expires_at": expires_at}
                if key == email and comment.client_key:  # where the spam came from (``author_marked_elsewhere``)
                    item["client"] = comment.client_key
                writes.append({"Put": {"TableName": self.table, "Item": self._item(item)}})
        return writes

    def unmark_spam_items(self, comment: Comment) -> list[dict[str, Any]]:
        """The writes that take a sender's spam marks away and give the email its trust back ("not spam": the
        moderator vouches)."""
        trust, email, address, *_ = standing_keys(comment.author_key, comment.client_key)
        lifted = [{"Update": self._update(trust, remove=(SUSPENDED_BY,))}] if trust else []
        return lifted + [self.delete_item(key) for key in (email, address) if key]

    def mark_abuse_items(self, comment: Comment, at: str, expires_at: int) -> list[dict[str, Any]]:
        """The write that puts a comment's author on probation (for ``move(also=...)``): a moderator found the
        comment abusive, and the email's comments wait for a moderator until ``expires_at``, counted from the
        latest such decision. The mark lists the comments that set it, so that one decision taken back lifts
        its own share only (``unmark_abuse_items``)."""
        abuse = abuse_mark_key(comment.author_key)
        if abuse is None:
            return []
        return [{"Update": self._update(abuse, set_={"expires_at": expires_at, "status": ON_PROBATION},
                                        add={"comments": {comment.id}},
                                        first={"since": at, "created_at": f"{at}#{comment.id}"})}]

    def unmark_abuse_items(self, comment: Comment, now: float) -> list[dict[str, Any]]:
        """The write that takes a comment out of its author's abuse mark: the decision that found it abusive
        was taken back. The mark stands while another comment holds it; its TTL deletes it. Where the TTL has
        deleted it already, the update writes an item anew: one that expires at once, not a keyed email kept
        for ever."""
        abuse = abuse_mark_key(comment.author_key)
        return [{"Update": self._update(abuse, delete={"comments": {comment.id}}, first={"expires_at": int(now)})}
                ] if abuse else []

    def ban_items(self, comment: Comment, actor: str, at: str, expires_at: int,
                  address_until: int | None = None) -> list[dict[str, Any]]:
        """The writes that ban a comment's author (by email) from commenting until ``expires_at``, replacing an
        earlier ban, and hold what comes from the comment's address until ``address_until`` (if given and the
        comment has an address); none where the comment has no email (none given, or erased). The address's item
        carries no status: ``GET /moderation/readers`` lists readers, and the ban is the reader's."""
        key = ban_key(comment.author_key)
        if key is None:
            return []
        items = [{"id": key, "comment_id": comment.id, "by": actor, "since": at, "expires_at": expires_at,
                  "status": BANNED, "created_at": f"{at}#{comment.id}"}]
        if address_until is not None and (address := address_ban_key(comment.client_key)):
            items.append({"id": address, "comment_id": comment.id, "by": actor, "since": at,
                          "expires_at": address_until})
        return [{"Put": {"TableName": self.table, "Item": self._item(item)}} for item in items]

    def trust_author_item(self, author_key: str, comment_id: str, at: str, name: str | None) -> dict[str, Any]:
        """The write that marks an author as having an approved comment, and counts it, under its ``name``
        too (for the move to published, whose condition makes sure each publication counts once; the comment
        is marked ``AUTHOR_COUNTED`` with that name in the same move, and ``uncount_author_items`` takes it
        away again). A publication lifts a spam mark's suspension (``SUSPENDED_BY``): while the mark stands,
        only a moderator's approval publishes the author's comments, and it vouches for them."""
        return {"Update": self._update(f"author#{author_key}", set_={"approved_comment": comment_id},
                                       add={"approved_count": 1, **({APPROVED_AS + name: 1} if name else {})},
                                       first={"since": at}, remove=(SUSPENDED_BY,))}

    def uncount_author_items(self, comment: Comment) -> list[dict[str, Any]]:
        """A published comment taken off the page leaves its author's count of published comments (the
        one Akismet shows beside each comment), and its name's, if its publication counted it: a comment
        published, held and approved again counts once. The move off the page removes ``AUTHOR_COUNTED``."""
        if not (comment.author_key and (taken := _uncounted(comment))):
            return []
        return [{"Update": self._update(f"author#{comment.author_key}", add=taken)}]

    def post_count_item(self, post_id: str, delta: int, opened_at: float | None = None) -> dict[str, Any]:
        """WordPress's comment_count: a published comment adds one to its post, one taken off the page
        takes one away, in the transaction that moves it, so the count moves exactly when the listing does.

        ``opened_at``: when the post's first published comment was published, which starts the clock of
        comments that close by themselves unless the article's publication (``set_post``) started it. A
        comment filed as spam starts nothing: a bot's try must not decide when an article closes."""
        return {"Update": self._update(_post_key(post_id), add={"comment_count": delta},
                                       first={"opened_at": opened_at} if opened_at is not None else None)}

    def comment_counts(self, post_ids: list[str]) -> dict[str, int]:
        """How many comments each post shows, for an article list: one read per 100 posts."""
        found = self.get_many([_post_key(p) for p in post_ids])
        return {p: _comment_count(found.get(_post_key(p), {})) for p in dict.fromkeys(post_ids)}

    # -- recount (WP-CLI's `wp comment recount`): an operator's repair, not a request's work -----
    def listed_per_post(self) -> dict[str, int]:
        """How many comments each post's listing shows, for every post that shows one: a scan of ByPost,
        which holds the published comments only (their keys and a few fields), page by page."""
        counts: dict[str, int] = {}
        request: dict[str, Any] = {"TableName": self.table, "IndexName": "ByPost", "ProjectionExpression": "post_id"}
        while True:
            answer = self.client.scan(**request)
            for item in answer.get("Items", []):
                post_id = item["post_id"]["S"]
                counts[post_id] = counts.get(post_id, 0) + 1
            if not answer.get("LastEvaluatedKey"):
                return counts
            request["ExclusiveStartKey"] = answer["LastEvaluatedKey"]

    def listed_count(self, post_id: str) -> int:
        """How many comments one post's listing shows."""
        return self._count("ByPost", "post_id", post_id)

    def stored_comment_count(self, post_id: str) -> int | None:
        """The post's count as stored (None: never counted), read strongly: what ``set_comment_count``
        compares with. Unlike ``comment_counts``, a count below zero reads as it is."""
        item = self.item(_post_key(post_id), consistent=True) or {}
        return int(item["comment_count"]) if "comment_count" in item else None

    def set_comment_count(self, post_id: str, count: int, expected: int | None) -> bool:
        """Set the post's count if it still reads ``expected``; False when a comment was published or
        taken down since it was read (count again), so a recount never overwrites the publisher's +1."""
        condition = ("attribute_not_exists(comment_count)" if expected is None
                     else "comment_count = :expected")
        values = self._values(count=count) | ({} if expected is None else self._values(expected=expected))
        try:
            self._write(self.client.update_item, TableName=self.table, Key={"id": {"S": _post_key(post_id)}},
                        UpdateExpression="SET comment_count = :count", ConditionExpression=condition,
                        ExpressionAttributeValues=values)
        except ClientError as exc:
            if exc.response["Error"]["Code"] == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def approved_comments(self, author_keys: list[str]) -> dict[str, int]:
        """How many comments of each email were published, for a page of comments: one read."""
        keys = list(dict.fromkeys(author_keys))
        found = self.get_many([f"author#{k}" for k in keys]) if keys else {}
        return {k: _approved(found.get(f"author#{k}")) for k in keys}

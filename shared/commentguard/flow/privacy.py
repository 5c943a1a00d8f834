"""A reader's export and erasure requests, found by the keyed hash of their email (the ByAuthor
index): no Scan, and no raw email needed in any index."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from ..adapters.events import CommentEvents
from ..adapters.store import CommentStore, ban_key, standing_keys
from ..keys import author_key_of, claimed_duplicate_ids, form_token_claim_id
from ..models import iso_utc
from ..states import Status

ANONYMOUS = "Anonymous"


@dataclass(frozen=True)
class Reader:
    """Who asks: by the email they commented with, or, a reader the site signed in without giving one
    (``signed_author``), by their user id on the site: the two ways intake knows an author."""

    email: str | None = None
    user_id: str | None = None

    def named(self) -> dict[str, str]:
        return {"email": self.email} if self.email else {"user_id": self.user_id or ""}


def _comments_of(store: CommentStore, key: bytes, reader: Reader):
    author = author_key_of(key, reader.email, reader.user_id)
    return author, store.comments(store.ids_by_author(author))


#: The reader's standing by email in an export (``Standing``); by address and by post are not the reader's alone.
SENDER_EXPORTED = ("trusted", "approved_comments", "author_marked_spam", "author_abusive_until", "author_banned_until")


def export(store: CommentStore, key: bytes, reader: Reader) -> dict[str, Any]:
    """What WordPress's exporter returns (author, email, URL, address, user agent, date, content, link), and
    what the filters said of each comment (its scores and the reasons for its verdict): data about the
    reader too, which a moderator reads. The history is left out: it names the moderators. Beside the comments,
    ``sender``: what moderators' decisions left on the email (trust, a spam mark, probation, a ban)."""
    author, comments = _comments_of(store, key, reader)
    items = []
    for listed in comments:
        comment = store.get(listed.id, with_pii=True) or listed
        items.append(
            {
                "id": comment.id,
                "post_id": comment.post_id,
                "post_url": comment.post_url,
                "status": comment.status.value,
                "author_name": comment.author_name,
                "author_email": comment.author_email,
                "author_id": comment.author_id,
                "author_url": comment.author_url,
                "client_ip": comment.client_ip,
                "client_country": comment.client_country,
                "user_agent": comment.user_agent,
                "created_at": comment.created_at,
                "content": comment.content,
                "spam_score": comment.spam_score,
                "toxicity_score": comment.toxicity_score,
                "reasons": comment.reasons,
            }
        )
    # What moderators' decisions left on the email, which decides how the reader's next comments are read.
    standing = asdict(store.author_standing(author))
    return {**reader.named(), "comments": items, "sender": {k: standing[k] for k in SENDER_EXPORTED}}


def erase(store: CommentStore, events: Callable[[], CommentEvents], key: bytes, reader: Reader,
          now: float, lift_ban: bool = False) -> dict[str, Any]:
    """Anonymise every comment of this reader the way WordPress does, and delete every item that
    could lead back to them (raw personal data, trust and flood slots, spam marks, probation, duplicate
    fingerprints). Each published one is announced first ("Comment Changed", "anonymised"), so cached
    pages drop the reader's name too; if that fails, nothing is erased and the request can be repeated.

    A ban in force stays, unless ``lift_ban``: WordPress's eraser leaves an email in Disallowed Comment
    Keys, and a reader a moderator banned is not to come back by asking to be forgotten. The ban item holds
    the email's keyed hash, the id of the comment it came from, who banned and until when, no name or address,
    and DynamoDB's TTL deletes it once that day is past. ``ban_kept_until`` in the answer says so; erasing again
    with ``lift_ban`` takes it, comments or none.

    The writes go in several transactions when there are many, so they are ordered for a repeat to
    finish what a failed one began: the guards first, then the ``pii#`` items that record the guards'
    ids, and last the anonymising, which takes away the email's keyed hash that finds the comments."""
    author, comments = _comments_of(store, key, reader)
    kept_ban = None if lift_ban else store.author_standing(author).author_banned_until
    for comment in comments:
        if comment.status is Status.PUBLISHED:
            events().comment_changed(comment, "anonymised", iso_utc(now))
    recorded = store.recorded_duplicate_ids([comment.id for comment in comments])
    # Comments from one address share its items, and a transaction may touch an item only once. What
    # the email's keyed hash names goes even when no comment of theirs is left to find (spam expires
    # after 15 days; the author's trust item has no expiry of its own).
    deletes = {f"flood#email#{author}": None, **dict.fromkeys(k for k in standing_keys(author, None) if k)}
    for comment in comments:
        deletes.update(dict.fromkeys(claimed_duplicate_ids(comment, key, recorded[comment.id])))
        deletes.update(dict.fromkeys(k for k in standing_keys(author, comment.client_key) if k))
        if comment.client_key:
            deletes[f"flood#ip#{comment.client_key}"] = None
        if comment.form_token:  # it records who sent the token first: this reader's address and email
            deletes[form_token_claim_id(key, comment.form_token)] = None
    deletes.update(dict.fromkeys(f"pii#{comment.id}" for comment in comments))
    if kept_ban:
        del deletes[ban_key(author)]
    writes = [store.delete_item(k) for k in deletes]
    writes.extend(store.anonymise_item(comment.id, ANONYMOUS) for comment in comments)
    store.write_all(writes)
    return {**reader.named(), "items_changed": len(comments), "ban_kept_until": kept_ban}

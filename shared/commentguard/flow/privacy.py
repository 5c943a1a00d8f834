"""A reader's export and erasure requests, found by the keyed hash of their email (the ByAuthor
index): no Scan, and no raw email needed in any index."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import keys
from ..adapters.events import CommentEvents
from ..adapters.store import CommentStore, standing_keys
from ..models import iso_utc
from ..states import Status
from .intake import claimed_duplicate_ids

ANONYMOUS = "Anonymous"


def _comments_of(store: CommentStore, key: bytes, email: str):
    author = keys.author_key(key, email)
    return author, store.comments(store.ids_by_author(author))


def export(store: CommentStore, key: bytes, email: str) -> dict[str, Any]:
    """What WordPress's exporter returns (author, email, URL, address, user agent, date, content, link), and
    what the filters said of each comment (its scores and the reasons for its verdict): data about the
    reader too, which a moderator reads. The history is left out: it names the moderators."""
    _, comments = _comments_of(store, key, email)
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
                "author_url": comment.author_url,
                "client_ip": comment.client_ip,
                "user_agent": comment.user_agent,
                "created_at": comment.created_at,
                "content": comment.content,
                "spam_score": comment.spam_score,
                "toxicity_score": comment.toxicity_score,
                "reasons": comment.reasons,
            }
        )
    return {"email": email, "comments": items}


def erase(store: CommentStore, events: Callable[[], CommentEvents], key: bytes, email: str,
          now: float) -> dict[str, Any]:
    """Anonymise every comment of this reader the way WordPress does, and delete every item that
    could lead back to them (raw personal data, trust and flood slots, spam marks, duplicate
    fingerprints). Each published one is announced first ("Comment Changed", "anonymised"), so cached
    pages drop the reader's name too; if that fails, nothing is erased and the request can be repeated.

    The writes go in several transactions when there are many, so they are ordered for a repeat to
    finish what a failed one began: the guards first, then the ``pii#`` items that record the guards'
    ids, and last the anonymising, which takes away the email's keyed hash that finds the comments."""
    author, comments = _comments_of(store, key, email)
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
    deletes.update(dict.fromkeys(f"pii#{comment.id}" for comment in comments))
    writes = [store.delete_item(k) for k in deletes]
    writes.extend(store.anonymise_item(comment.id, ANONYMOUS) for comment in comments)
    store.write_all(writes)
    return {"email": email, "items_changed": len(comments)}

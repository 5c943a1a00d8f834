"""A reader's export and erasure requests, found by the keyed hash of their email (the ByAuthor
index): no Scan, and no raw email needed in any index."""

from __future__ import annotations

from typing import Any

from .. import keys
from ..adapters.store import CommentStore
from .intake import duplicate_guard_ids

ANONYMOUS = "Anonymous"


def _comments_of(store: CommentStore, key: bytes, email: str):
    author = keys.author_key(key, email)
    return author, store.comments(store.ids_by_author(author))


def export(store: CommentStore, key: bytes, email: str) -> dict[str, Any]:
    """What WordPress's exporter returns: author, email, URL, address, user agent, date, content, link."""
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
            }
        )
    return {"email": email, "comments": items}


def erase(store: CommentStore, key: bytes, email: str) -> dict[str, Any]:
    """Anonymise every comment of this reader the way WordPress does, and delete every item that
    could lead back to them (raw personal data, trust and flood slots, duplicate fingerprints)."""
    author, comments = _comments_of(store, key, email)
    writes: list[dict[str, Any]] = []
    for comment in comments:
        writes.append(store.anonymise_item(comment.id, ANONYMOUS))
        writes.append(store.delete_item(f"pii#{comment.id}"))
        writes.extend(store.delete_item(guard) for guard in duplicate_guard_ids(comment, key))
        if comment.client_key:
            writes.append(store.delete_item(f"flood#ip#{comment.client_key}"))
    writes.append(store.delete_item(f"author#{author}"))
    writes.append(store.delete_item(f"flood#email#{author}"))
    store.write_all(writes)
    return {"email": email, "items_changed": len(comments)}

"""Public reads: what any reader may see. Never an email, an address, a score or a reason."""

from __future__ import annotations

from typing import Any

from ..adapters.store import CommentStore
from ..sanitize import plain_text
from ..states import public_status


def public_comment(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "parent_id": row.get("parent_id"),
        "author_name": plain_text(row.get("author_name", "")),
        "author_role": row.get("author_role"),  # "staff": the newsroom's own reply
        "content": row.get("content_html", ""),
        "created_at": row.get("created_at"),
    }


def post_comments(store: CommentStore, post_id: str, limit: int, cursor: str | None,
                  newest_first: bool = False) -> dict[str, Any]:
    rows, next_cursor = store.published_page(post_id, limit, cursor, newest_first)
    return {"comments": [public_comment(r) for r in rows], "next_cursor": next_cursor}


def comment_status(store: CommentStore, comment_id: str) -> dict[str, str] | None:
    comment = store.get(comment_id, consistent=False)
    if comment is None:
        return None
    return {"id": comment.id, "status": public_status(comment.status)}

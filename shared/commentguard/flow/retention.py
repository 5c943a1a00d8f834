"""How long a comment's personal data is kept when the comment itself moves: one rule for scoring's
verdicts and moderators' decisions alike (PRIVACY.md)."""

from __future__ import annotations

from typing import Any

from ..adapters.store import ERASED, CommentStore
from ..models import Comment
from ..settings import Settings


def personal_data_follows(store: CommentStore, settings: Settings, comment: Comment, expires_at: int | None,
                          now: float) -> list[dict[str, Any]]:
    """For ``move(also=...)``, as the comment's own expiry becomes ``expires_at`` (None: kept): the write
    that takes its personal data with it into the spam folder, or gives it its time back when rescued
    from there (``Settings.personal_data_moves``); none when its TTL stays, or when an erasure took it (an
    update would write a ``pii#`` item again)."""
    if comment.extra.get(ERASED):
        return []
    moved = settings.personal_data_moves(comment.created_ts, comment.expires_at, expires_at, now)
    return [] if moved is None else [store.personal_data_expiry_item(comment.id, moved)]

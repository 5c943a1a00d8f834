"""`commentguard recount`: each post's comment count made to match what its listing shows (WP-CLI's
`wp comment recount`).

The count moves in the transaction that publishes a comment or takes one down, from the release that
added it on. A stack that published comments before that release shows too few; this puts every post
right. Safe while the stack runs: a post whose count moves while it is recounted (the count is set only
if it still reads what was read) is counted again. The listing is read from an index, which trails the
table by a moment, so a comment published in the very second of the recount may be missed: running the
recount again is harmless."""

from __future__ import annotations

import json
from typing import IO

from commentguard.adapters.store import CommentStore

#: A post whose count keeps moving (a viral article) is left after this many tries, and said so.
TRIES = 3


def recount(store: CommentStore, out: IO[str], post_ids: list[str] | None = None) -> dict[str, int]:
    """Every post whose listing shows a comment, or those named; a JSON line for each count set."""
    listed = store.listed_per_post() if post_ids is None else {p: store.listed_count(p) for p in post_ids}
    summary = {"posts": len(listed), "set": 0, "left": 0}
    for post_id in sorted(listed):
        shown = listed[post_id]
        for _ in range(TRIES):
            stored = store.stored_comment_count(post_id)
            if (stored or 0) == shown:
                break
            if store.set_comment_count(post_id, shown, stored):
                out.write(json.dumps({"post_id": post_id, "was": stored or 0, "now": shown}) + "\n")
                summary["set"] += 1
                break
            shown = store.listed_count(post_id)
        else:
            out.write(json.dumps({"post_id": post_id, "left": "its count kept moving: run the recount again"}) + "\n")
            summary["left"] += 1
    return summary

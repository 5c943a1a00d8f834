"""`commentguard feedback`: moderators' spam/ham decisions as JSON lines for `commentguard train --feedback`.

The loop: moderators mark comments spam or "not spam" (ham) → each decision is stored as a labelled
example (status "feedback" in the ByStatus index) → this command exports them → `commentguard train
--feedback FILE` trains a new model version on the base data plus these examples → `commentguard eval
--compare OLD NEW` compares both on the same held-out data → the better file ships in the layer."""

from __future__ import annotations

import json
from typing import IO

from commentguard.adapters.store import CommentStore


def export_feedback(store: CommentStore, out: IO[str], page_size: int = 100) -> int:
    cursor, count = None, 0
    while True:
        ids, cursor = store.page_by_status("feedback", page_size, cursor, newest_first=False)
        items = store.get_many(ids)
        for key in ids:
            item = items.get(key)
            if not item:
                continue
            out.write(json.dumps({
                "comment_id": item["comment_id"],
                "label": item["label"],
                "text": item["text"],
                "normalized": item.get("normalized"),
                "decided_at": item["created_at"].split("#")[0],
            }, ensure_ascii=False) + "\n")
            count += 1
        if not cursor:
            return count

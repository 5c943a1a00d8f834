"""`commentguard feedback`: moderators' decisions as JSON lines for `commentguard train --feedback`.

Each line says what its decision said: ``label`` spam or ham (for the spam model), ``abusive`` true or
false (for the toxicity model), either null when the decision said nothing of it.

The loop: moderators mark comments spam or "not spam" (ham), and say (or, approving or trashing a
comment the toxicity score held, imply) whether it is abusive → each decision is stored as a labelled
example (status "feedback" in the ByStatus index) → this command exports them → `commentguard train
--feedback FILE` trains new model versions on the base data plus these examples → `commentguard eval
--compare OLD NEW` (spam) or `eval --scorer toxicity --feedback FILE` (toxicity, with and without them)
compares on held-out data → the better files ship in the layer."""

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
                "label": item.get("label"),  # spam / ham, or None: the decision said nothing of spam
                "abusive": item.get("abusive"),  # True / False, or None: nothing of abuse
                "text": item["text"],
                "normalized": item.get("normalized"),
                "decided_at": item["created_at"].split("#")[0],
            }, ensure_ascii=False) + "\n")
            count += 1
        if not cursor:
            return count

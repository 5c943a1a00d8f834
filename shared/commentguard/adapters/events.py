"""EventBridge: "comment published" for downstream cache purges, "comment held" for moderators' notifications."""

from __future__ import annotations

import json
from typing import Any

SOURCE = "commentguard"
COMMENT_PUBLISHED = "Comment Published"
COMMENT_HELD = "Comment Held"


class EventPublishFailed(Exception):
    pass


class CommentEvents:
    def __init__(self, client: Any, bus_name: str) -> None:
        self.client = client
        self.bus_name = bus_name

    def comment_published(self, detail: dict[str, Any]) -> None:
        self._put(COMMENT_PUBLISHED, detail)

    def comment_held(self, detail: dict[str, Any]) -> None:
        self._put(COMMENT_HELD, detail)

    def _put(self, detail_type: str, detail: dict[str, Any]) -> None:
        answer = self.client.put_events(
            Entries=[
                {
                    "EventBusName": self.bus_name,
                    "Source": SOURCE,
                    "DetailType": detail_type,
                    "Detail": json.dumps(detail, separators=(",", ":")),
                }
            ]
        )
        # PutEvents answers 200 even when an entry fails: the count is the only sign.
        if answer.get("FailedEntryCount"):
            entry = answer["Entries"][0]
            raise EventPublishFailed(f"{entry.get('ErrorCode')}: {entry.get('ErrorMessage')}")

"""A comment intake takes at its largest, over the whole pipeline on moto: it is scored with the
longest reasons the site's lists can give, filed, rechecked, moderated back and forth, edited, and its
item stays within DynamoDB's 400 KB all the while (moto refuses an item over 405,000 bytes by its count,
a PutItem or an UpdateItem alike). Before the bound, intake took items up to that limit, and such a
comment failed every scoring delivery ("Item size to update has exceeded the maximum allowed size")
and went to the DLQ unscored."""

from __future__ import annotations

import time

import pytest

from commentguard import runtime
from commentguard.adapters.store import (
    GROWTH_RESERVE,
    HISTORY_MAX,
    ITEM_LIMIT,
    REASON_MAX_BYTES,
    TRIMMED,
    ItemTooLarge,
    base_size,
    item_size,
)
from commentguard.models import iso_utc
from commentguard.sanitize import content_html
from commentguard.states import Status

POST = "2026-12-02-harbour-vote"
# Keys of the site's lists as long as a pasted spam text: the reasons quote them.
MODERATION_KEY = "&" * 3_000
DISALLOWED_KEY = "&" * 5_000
NOTE = "😀" * 1_000  # the longest note the API takes: 4,000 bytes


def _text(ampersands: int, letters: int) -> str:
    # Each "&" takes 11 bytes of the item: one in the text, five twice in the link's HTML; a letter two.
    return "http://example.com/?" + "&" * ampersands + " " + "a" * letters


class _Poster:
    def __init__(self, pipeline) -> None:
        self.pipeline, self.sent = pipeline, 0

    def __call__(self, content: str) -> tuple[int, dict]:
        self.sent += 1
        # Addresses of one length: the item holds the address, and the search below counts bytes.
        status, body, _ = self.pipeline.post(post_id=POST, author_name="Big", content=content,
                                             ip=f"10.0.{100 + self.sent // 150}.{100 + self.sent % 150}")
        assert status in (202, 413), body
        return status, body


# The item's creation time is a number, whose size DynamoDB counts by its digits: 1796332493.8 takes 7
# bytes, 1796332493.8701704 takes 10, and a whole second 6. So the boundary intake draws moves by up to 4
# bytes from one request to the next, and the text that must be refused is this many letters (2 bytes
# each) past the largest one taken.
_WOBBLE_LETTERS = 3


def _largest_accepted(pipeline) -> tuple[str, str]:
    """The largest comment intake takes (its id and text), found by asking intake: a text a few bytes
    larger (``_WOBBLE_LETTERS``) is refused."""
    post = _Poster(pipeline)
    accepted: tuple[str, str] | None = None
    shape = [0, 0]
    for place, most in ((0, 40_000), (1, 6)):
        lo, hi = 0, most
        while lo < hi:
            shape[place] = (lo + hi + 1) // 2
            status, body = post(_text(*shape))
            if status == 202:
                lo, accepted = shape[place], (body["id"], _text(*shape))
            else:
                hi = shape[place] - 1
        shape[place] = lo
    assert accepted is not None and accepted[1] == _text(*shape)
    assert post(_text(shape[0], shape[1] + _WOBBLE_LETTERS))[0] == 413
    return accepted


def _item(pipeline, comment_id: str) -> dict:
    return pipeline.store.get_many([comment_id], consistent=True)[comment_id]


def _within_bounds(item: dict, base: int) -> None:
    assert item_size(item) <= ITEM_LIMIT
    assert base_size(item) == base  # every attribute the writes added is one the reserve counts
    assert item_size(item) - base <= GROWTH_RESERVE


def _configure(monkeypatch, **env: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    runtime.reset()


def act(pipeline, comment_id: str, action: str, token: str) -> None:
    status, body, _ = pipeline.request("POST", f"/moderation/comments/{comment_id}/actions",
                                       {"action": action, "note": NOTE}, token=token)
    assert status == 200, body


def test_a_comment_accepted_at_the_largest_size_is_scored_with_the_longest_reasons_and_moderated_ever_after(
        pipeline, monkeypatch):
    _configure(monkeypatch, MODERATION_KEYS=MODERATION_KEY, DISALLOWED_KEYS=DISALLOWED_KEY)
    moderator = pipeline.token("moderator", sub="mod-anna")
    comment_id, content = _largest_accepted(pipeline)
    base = base_size(_item(pipeline, comment_id))

    pipeline.drain()  # every comment intake took is scored: none fails into the DLQ

    assert pipeline.request("GET", "/moderation/comments?status=pending", token=moderator)[1]["comments"] == []
    scored = pipeline.comment(comment_id)
    assert scored.status is Status.SPAM
    quoted = {r["code"]: r["message"] for r in scored.reasons}
    for code in ("disallowed_key", "moderation_key"):
        assert quoted[code].startswith('"&&&') and quoted[code].endswith("…")
        assert len(quoted[code].encode()) <= REASON_MAX_BYTES
    _within_bounds(_item(pipeline, comment_id), base)

    rounds = HISTORY_MAX  # "not spam", then taken down and approved again, each with the longest note
    act(pipeline, comment_id, "ham", moderator)
    pipeline.drain()
    for _ in range(rounds):
        act(pipeline, comment_id, "hold", moderator)
        act(pipeline, comment_id, "approve", moderator)
        pipeline.drain()
        _within_bounds(_item(pipeline, comment_id), base)
    # The name, not the text: moto counts an attribute's old value and its new one together, so it
    # refuses any edit of the text of so large an item (DynamoDB counts the item as it would be).
    edit = pipeline.request("PATCH", f"/moderation/comments/{comment_id}", {"author_name": "Bog", "note": NOTE},
                            token=moderator)
    assert edit[0] == 200, edit[1]

    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.author_name, comment.content) == (Status.PUBLISHED, "Bog", content)
    _within_bounds(_item(pipeline, comment_id), base)
    history = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["history"]
    assert len(history) == HISTORY_MAX
    assert history[0]["actor"] == "scoring" and history[0]["to"] == "spam"
    made = 1 + 2 + 3 * rounds + 1  # scoring; "not spam" and its publication; the rounds; the edit
    assert history[1][TRIMMED] == made - (HISTORY_MAX - 1)
    assert "removed, to keep the comment within DynamoDB's 400 KB item limit" in history[1]["note"]
    assert [e.get("edited") is not None for e in history[-2:]] == [False, True]
    assert history[-2]["actor"] == "publisher" and history[-1]["note"] == NOTE


def test_a_held_comment_at_the_largest_size_is_rechecked_into_the_spam_folder(pipeline, monkeypatch):
    _configure(monkeypatch, MODERATION_KEYS=MODERATION_KEY)
    moderator = pipeline.token("moderator")
    comment_id, _ = _largest_accepted(pipeline)
    base = base_size(_item(pipeline, comment_id))
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.HELD

    _configure(monkeypatch, DISALLOWED_KEYS=DISALLOWED_KEY)  # the site learned of a spam wave
    status, body, _ = pipeline.request("POST", "/moderation/recheck", {}, token=moderator)
    assert status == 202 and body["not_queued"] == [], body
    pipeline.drain()

    rechecked = pipeline.comment(comment_id)
    assert (rechecked.status, rechecked.history[-1]["actor"]) == (Status.SPAM, "recheck")
    assert rechecked.reasons[0]["code"] == "disallowed_key" and rechecked.reasons[0]["message"].endswith("…")
    _within_bounds(_item(pipeline, comment_id), base)


def test_a_moderators_edit_that_would_leave_too_little_room_for_the_comments_history_is_a_413(pipeline):
    moderator = pipeline.token("moderator")
    comment_id, content = _largest_accepted(pipeline)
    pipeline.drain()
    before = _item(pipeline, comment_id)
    larger = content.replace("&", "&&", 1)  # eleven bytes more than intake takes

    with pytest.raises(ItemTooLarge):  # the store's bound, before DynamoDB is asked
        pipeline.store.edit(pipeline.comment(comment_id), actor="m", at=iso_utc(time.time()),
                            set_fields={"content": larger, "content_html": content_html(larger)})
    status, body, _ = pipeline.request("PATCH", f"/moderation/comments/{comment_id}", {"content": larger},
                                       token=moderator)

    assert status == 413 and [e["field"] for e in body["errors"]] == ["content"], body
    assert _item(pipeline, comment_id) == before
    assert pipeline.request("PATCH", f"/moderation/comments/{comment_id}", {"content": "Shortened by a moderator."},
                            token=moderator)[0] == 200

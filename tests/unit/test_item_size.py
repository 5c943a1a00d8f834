"""A comment's item within DynamoDB's 400 KB: what later writes add is bounded, and what intake takes
leaves room for it at its largest."""

from __future__ import annotations

import time
from dataclasses import replace

from commentguard.adapters.store import (
    BASE_LIMIT,
    GROWTH_RESERVE,
    HISTORY_MAX,
    ITEM_LIMIT,
    MAX_REASONS,
    MORE_REASONS,
    NOTE_MAX_BYTES,
    REASON_MAX_BYTES,
    TRIMMED,
    base_size,
    bounded_reasons,
    comment_to_item,
    item_size,
    trimmed_history,
)
from commentguard.models import Comment, iso_utc
from commentguard.states import Status

NOW = 1_796_300_000.0


def _entry(n: int, note: str | None = None) -> dict:
    entry = {"at": iso_utc(NOW + n), "actor": "moderator-1", "from": "held", "to": "approved"}
    return entry | ({"note": note} if note else {})


def test_an_item_is_sized_as_dynamodb_counts_it():
    assert item_size({"id": "abc"}) == 5
    assert item_size({"name": "Zoë"}) == 4 + 4  # bytes of UTF-8, not characters
    assert item_size({"n": 12345}) == 1 + 4  # three bytes for five digits, and one
    assert item_size({"ok": True}) == 3
    assert item_size({"l": ["ab", "c"]}) == 1 + 3 + (1 + 2) + (1 + 1)
    assert item_size({"m": {"k": "v"}}) == 1 + 3 + (1 + 1 + 1)


def test_reasons_past_their_bound_are_cut_and_the_cut_says_so_the_deciding_ones_first():
    deciding = {"code": "disallowed_key", "message": f'"{"pills " * 20_000}" found in the content'}
    notes = [{"code": f"note_{n}", "message": "😀" * 1_000} for n in range(99)]

    kept = bounded_reasons([deciding, *notes])

    assert len(kept) == MAX_REASONS
    assert kept[0]["code"] == "disallowed_key" and kept[0]["message"].startswith('"pills pills')
    assert all(len(r["message"].encode()) <= REASON_MAX_BYTES for r in kept)
    assert kept[0]["message"].endswith("…") and kept[1]["message"].endswith("😀…")  # no character split
    assert kept[-1] == {"code": MORE_REASONS,
                        "message": f"and 69 more reasons, not kept: a comment keeps {MAX_REASONS - 1} with this one"}


def test_reasons_within_their_bound_are_kept_as_they_are():
    reasons = [{"code": "too_many_links", "message": "3 links, limit 2"}, {"code": "model", "message": "spam 0.2"}]
    assert bounded_reasons(reasons) == reasons
    assert bounded_reasons(bounded_reasons(reasons)) == reasons


def test_a_full_history_keeps_its_first_and_latest_entries_and_says_how_many_were_removed():
    history = [_entry(n) for n in range(HISTORY_MAX + 1)]

    trimmed = trimmed_history(history)

    assert len(trimmed) == HISTORY_MAX
    assert trimmed[0] == history[0]
    assert trimmed[2:] == history[-(HISTORY_MAX - 2):]
    marker = trimmed[1]
    assert marker[TRIMMED] == 2 and marker["at"] == history[2]["at"]
    assert "2 earlier entries of this history removed" in marker["note"]
    assert "to" not in marker  # not a move: what reads moves (approved_at, held_since) passes over it


def test_a_history_trimmed_again_goes_on_counting_what_was_removed():
    history = trimmed_history([_entry(n) for n in range(HISTORY_MAX + 1)])
    for n in range(10):
        history = trimmed_history([*history, _entry(100 + n)])
    assert len(history) == HISTORY_MAX
    assert history[1][TRIMMED] == 12
    assert history[-1] == _entry(109)
    assert trimmed_history(history[:5]) == history[:5]


def _largest_comment() -> Comment:
    """A comment as intake takes it at its largest: its text and HTML fill BASE_LIMIT to the byte."""
    comment = Comment(id="c" * 32, post_id="p" * 128, author_name="n" * 245, content="", content_html="",
                      created_at=iso_utc(NOW), created_ts=NOW, status=Status.PENDING, post_url="https://" + "u" * 2040,
                      client_key="k" * 64, author_key="a" * 64, correlation_id="r" * 64, form_token="t" * 512)
    room = BASE_LIMIT - base_size(comment_to_item(comment))
    return replace(comment, content="😀" * (65_525 // 4), content_html="x" * (room - 65_524))


def test_the_largest_comment_intake_takes_has_room_for_the_largest_verdict_and_a_full_history():
    comment = _largest_comment()
    assert base_size(comment_to_item(comment)) == BASE_LIMIT
    scored = replace(
        comment, status=Status.PUBLISHED, verdict="discard", spam_score=0.9999, toxicity_score=0.9999,
        held_for=["spam", "toxicity", "reports"],
        reasons=bounded_reasons([{"code": "x" * 64, "message": "😀" * 10_000}] * 200),
        models={"spam_model": "s" * 128, "toxicity": "t" * 128, "comprehend": "c" * 128},
        published_at=iso_utc(NOW), edited_at=iso_utc(NOW), edited_by="m" * 255, report_count=10**9,
        report_reasons=["abuse", "off_topic", "other", "spam"], expires_at=int(time.time()),
        history=trimmed_history([_entry(n, "😀" * (NOTE_MAX_BYTES // 4)) for n in range(100)]),
    )
    item = comment_to_item(scored) | {"scored_at": NOW, "decided_by": "m" * 255, "decided_at": iso_utc(NOW),
                                      "listing_key": f"{comment.created_at}#{comment.id}", "author_counted": True,
                                      "resends": 3, "erased": True}
    assert item_size(item) <= ITEM_LIMIT
    assert item_size(item) - base_size(item) <= GROWTH_RESERVE

"""Readers report a published comment: the "Report" link under every comment on a news site.

The filter misses some abuse and some spam; readers see it first. One report per reader (their
address, by keyed hash) per comment counts. At ``reports_to_hold`` reporters the comment leaves the
page and waits in the moderation queue, ``held_for`` ["reports"], with a reason saying how many
readers reported it and for what. The take-down is announced before the move ("Comment Unpublished"),
as a moderator's is, so cached pages drop it. A moderator who approves it again clears the count: the
readers who reported it cannot report it again, others can.

An address's reports count up to ``reports_per_hour`` in a clock hour (a reader flagging a thread's
worst comments stays well under it); past that they are not counted, so one person with a few
addresses cannot take a whole thread down. Many readers behind one address (an office, a mobile
network) share its reports, as they share its vote.

The answer to a report never says what it did, so nobody learns how many reports take a comment down,
or where the hour's limit is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from .. import keys
from ..adapters.events import CommentEvents, announce_held
from ..adapters.store import CommentStore, StaleStatus, TooManyReports, as_read
from ..models import iso_utc
from ..settings import Settings
from ..states import Status

log = logging.getLogger(__name__)

REASONS = ("abuse", "spam", "off_topic", "other")
READERS = "readers"  # the actor of a hold that readers' reports made


class NotReportable(LookupError):
    """No published comment with this id: readers report only what they can see."""


@dataclass(frozen=True)
class ReportOutcome:
    comment_id: str
    counted: bool  # False: this reader had reported it already, or it left the page meanwhile
    limited: bool = False  # not counted: the reader's address used up its reports for the hour
    held: bool = False  # this report was the one that took the comment down
    announce_failed: bool = False  # held, but the moderators' mail ("Comment Held") did not go out


def report(store: CommentStore, events: Callable[[], CommentEvents], settings: Settings, key: bytes,
           comment_id: str, reason: str, client_ip: str | None, now: float) -> ReportOutcome:
    comment = store.get(comment_id, consistent=False)
    if comment is not None and comment.status is Status.HELD and "reports" in comment.held_for:
        # Reports took it down a moment ago: a late one is answered as any other, so that the answer
        # never tells what the reports did; it counts no more (the moderator sees those that did).
        return ReportOutcome(comment.id, counted=False)
    if comment is None or comment.status is not Status.PUBLISHED:
        raise NotReportable(comment_id)
    at = iso_utc(now)
    reporter = keys.reporter_key(key, client_ip) if client_ip else "unknown-address"
    try:
        count = store.add_report(comment.id, reporter, reason, now, settings.personal_data_expires_at(now),
                                 per_hour=settings.reports_per_hour)
    except TooManyReports:
        log.info("report not counted: the address reached its reports for the hour", extra={
            "comment_id": comment.id, "reports_per_hour": settings.reports_per_hour})
        return ReportOutcome(comment.id, counted=False, limited=True)
    counted = count is not None
    if not counted:
        # Reported already: it counts no more, but a take-down that failed on the way (the bus refused)
        # is finished by the retry.
        count = comment.report_count or 0
    if not settings.reports_to_hold or count < settings.reports_to_hold:
        return ReportOutcome(comment.id, counted)
    for _ in range(2):  # again once if an erasure anonymised it meanwhile: its author's count went with it
        fresh = store.get(comment.id)  # every reason, this report's included
        if fresh is None or fresh.status is not Status.PUBLISHED:
            return ReportOutcome(comment.id, counted)  # a moderator got there first
        what = ", ".join(r.replace("_", " ") for r in fresh.report_reasons)
        found = {"code": "reported", "message": f"reported by {fresh.report_count or count} readers: {what}"}
        held = {"held_for": ["reports"], "reasons": [found, *(r for r in fresh.reasons if r["code"] != "reported")]}
        events().comment_unpublished(fresh, Status.HELD.value, at)
        try:
            store.move(fresh.id, Status.PUBLISHED, Status.HELD, actor=READERS, at=at, note=found["message"],
                       set_fields=held,
                       also=[store.count(at[:10], {"held_by_reports": 1}, fresh.id),
                             store.post_count_item(fresh.post_id, -1), *store.uncount_author_items(fresh)],
                       unchanged=as_read(fresh))
            break
        except StaleStatus:
            continue
    else:
        return ReportOutcome(comment.id, counted)
    log.info("comment held by readers' reports", extra={"comment_id": comment.id, "reports": count})
    told = announce_held(events, replace(fresh, status=Status.HELD, **held), at, fresh.correlation_id or "")
    return ReportOutcome(comment.id, counted, held=True, announce_failed=not told)

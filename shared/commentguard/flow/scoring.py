"""Scoring one queued comment: run the scorer chain, record the verdict, route the comment.

Idempotent by construction: the verdict is written only while the comment is still pending, and an
approved comment is (re-)sent to the publish queue whatever delivered the message, so a redelivery
after a failed send finishes the job instead of repeating it.

A held comment is announced on the event bus ("Comment Held", which the template turns into an
email to moderators, as WordPress mails "Please moderate") by the delivery that held it. The
announcement is a convenience: if it fails the comment stays held, in the moderation queue, and the
failure is logged and counted rather than retried, so a redelivery never double-scores. The hold's own
write marks the comment ``ANNOUNCE_PENDING`` and the announcement takes the mark away, so that a delivery
that died between the two (a crash, a timeout) is finished by the redelivery, which announces it then.

A recheck (Akismet's "Check for Spam" on the moderation queue, ``flow.moderation.recheck_held``) scores
a comment the filter held once more, with the rules and models of today: one that is now spam moves to
the spam folder with the new reasons; any other stays held, as it was, for a person. Only the filter's
own holds are rechecked, never a moderator's or one whose text a moderator edited.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..adapters.events import CommentEvents, announce_held
from ..adapters.queues import CommentQueues
from ..adapters.store import ANNOUNCE_PENDING, CommentStore, StaleStatus, Standing, as_read, bounded_reasons
from ..messages import CommentMessage
from ..models import Comment, approved_at, held_by_filter, iso_utc
from ..scoring.base import CommentInput, Verdict
from ..scoring.pipeline import Pipeline
from ..scoring.policy import Decision
from ..scoring.word_lists import NO_WORD_LISTS, WordLists
from ..settings import Settings
from ..states import Status
from .retention import personal_data_follows

log = logging.getLogger(__name__)

_STATUS_OF = {
    Verdict.APPROVE: Status.APPROVED,
    Verdict.HOLD: Status.HELD,
    Verdict.SPAM: Status.SPAM,
    Verdict.DISCARD: Status.SPAM,
}


@dataclass
class ScoringDeps:
    store: CommentStore
    queues: CommentQueues
    pipeline: Pipeline
    settings: Settings
    # Called when a comment is held (most are not: the client is made only then); None: not announced.
    events: Callable[[], CommentEvents] | None = None
    clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class ScoringOutcome:
    comment_id: str
    status: Status | None  # None: the comment no longer exists (expired or erased)
    decision: Decision | None = None  # None when this delivery found the work already done
    announce_failed: bool = False  # the comment is held, but moderators were not told
    recheck: bool = False  # a held comment scored again: ``decision`` says what the filter thinks now


def _announce_held(comment: Comment, decision: Decision | None, deps: ScoringDeps, at: str,
                   correlation_id: str) -> bool:
    """True when moderators were told (or nobody is to be told); ``decision`` None: the hold as stored."""
    if deps.events is None:
        return True
    # The reasons as the store keeps them: a message within its bound, however many the scorers gave.
    held = comment if decision is None else replace(
        comment, reasons=bounded_reasons(decision.reasons_as_dicts()), spam_score=decision.spam_score,
        toxicity_score=decision.toxicity_score, held_for=list(decision.held_for))
    if not announce_held(deps.events, held, at, correlation_id):
        return False
    try:
        deps.store.unmark(comment.id, ANNOUNCE_PENDING)
    except Exception:  # told all the same; the mark only sends a redelivery's mail again
        log.warning("announced, but the mark saying so was not taken away", exc_info=True)
    return True


def comment_input(comment: Comment, standing: Standing, word_lists: WordLists = NO_WORD_LISTS) -> CommentInput:
    return CommentInput(
        content=comment.content,
        author_name=comment.author_name,
        author_email=comment.author_email,
        author_url=comment.author_url,
        post_id=comment.post_id,
        parent_id=comment.parent_id,
        client_ip=comment.client_ip,
        client_country=comment.client_country,
        user_agent=comment.user_agent,
        honeypot=comment.honeypot,
        form_token=comment.form_token,
        form_token_reused=bool(comment.form_token_reused),
        submitted_at=comment.created_ts,
        author_trusted=standing.trusted,
        author_marked_spam=standing.author_marked_spam,
        author_marked_elsewhere=standing.author_marked_elsewhere,
        address_marked_spam=standing.address_marked_spam,
        author_abusive_until=standing.author_abusive_until,
        author_banned_until=standing.author_banned_until,
        address_banned_until=standing.address_banned_until,
        post_premoderated=standing.post_premoderated,
        word_lists=word_lists,
    )


def _verdict_fields(decision: Decision, settings: Settings, now: float) -> dict:
    fields = {
        "verdict": decision.verdict.value,
        "spam_score": decision.spam_score,
        "reasons": decision.reasons_as_dicts(),
        "models": dict(decision.models),
        "scored_at": now,
    }
    if decision.toxicity_score is not None:
        fields["toxicity_score"] = decision.toxicity_score
    if decision.held_for:
        fields["held_for"] = list(decision.held_for)
    if (expires_at := settings.expires_at(decision.verdict.value, now)) is not None:
        fields["expires_at"] = expires_at
    return fields


def _judge(comment: Comment, deps: ScoringDeps) -> Decision:
    standing = deps.store.standing(comment)
    return deps.pipeline.score(comment_input(comment, standing, deps.store.word_lists()))


def _recheck(comment: Comment, deps: ScoringDeps) -> ScoringOutcome:
    if not held_by_filter(comment):
        return ScoringOutcome(comment.id, comment.status)  # decided, or edited, meanwhile
    decision = _judge(comment, deps)
    if _STATUS_OF[decision.verdict] is not Status.SPAM:
        return ScoringOutcome(comment.id, Status.HELD, decision, recheck=True)
    now = deps.clock()
    fields = _verdict_fields(decision, deps.settings, now)
    try:
        deps.store.move(comment.id, Status.HELD, Status.SPAM, actor="recheck", at=iso_utc(now),
                        note="the filter, asked again, now files it as spam", set_fields=fields,
                        remove_fields=() if decision.held_for else ("held_for",),
                        also=personal_data_follows(deps.store, deps.settings, comment, fields.get("expires_at"), now),
                        unchanged=as_read(comment, "edited_at"))
    except StaleStatus:  # decided, edited or erased meanwhile (the verdict read the text before): a moderator reads it
        return ScoringOutcome(comment.id, None if (fresh := deps.store.get(comment.id)) is None else fresh.status)
    deps.store.add_counts(iso_utc(now)[:10], {"recheck_spam": 1}, comment.id)
    return ScoringOutcome(comment.id, Status.SPAM, decision, recheck=True)


def score_comment(message: CommentMessage, deps: ScoringDeps, _again: bool = False) -> ScoringOutcome:
    """``_again``: scored anew because an erasure anonymised the comment while it was read (once is enough: an
    erasure leaves no author's key to lose twice)."""
    comment = deps.store.get(message.comment_id, with_pii=True)
    if comment is None:
        log.info("comment no longer exists; nothing to score")
        return ScoringOutcome(message.comment_id, None)
    if message.recheck:
        return _recheck(comment, deps)
    decision = None
    announced = True
    approved = None  # when this delivery approved it
    if comment.status is Status.PENDING:
        decision = _judge(comment, deps)
        target = _STATUS_OF[decision.verdict]
        try:
            now = deps.clock()
            fields = _verdict_fields(decision, deps.settings, now)
            if target is Status.HELD and deps.events is not None:
                fields[ANNOUNCE_PENDING] = True
            deps.store.move(comment.id, Status.PENDING, target, actor="scoring", at=iso_utc(now), set_fields=fields,
                            also=personal_data_follows(deps.store, deps.settings, comment, fields.get("expires_at"), now),
                            unchanged=as_read(comment))
            comment.status = target
            approved = iso_utc(now) if target is Status.APPROVED else None
            # Once per comment: only the delivery whose move succeeded gets here.
            deps.store.add_counts(iso_utc(now)[:10], {f"verdict_{decision.verdict.value}": 1}, comment.id)
            if target is Status.HELD:
                correlation_id = message.correlation_id or comment.correlation_id or ""
                announced = _announce_held(comment, decision, deps, iso_utc(now), correlation_id)
        except StaleStatus:
            # Another delivery scored it first; carry on from what it decided.
            fresh = deps.store.get(comment.id)
            if fresh is None:
                return ScoringOutcome(message.comment_id, None)
            if fresh.status is Status.PENDING and not _again:  # erased meanwhile: its verdict and mail go anonymised
                return score_comment(message, deps, _again=True)
            comment, decision = fresh, None
    if decision is None and comment.status is Status.HELD and comment.extra.get(ANNOUNCE_PENDING):
        # Held by a delivery that died before it told the moderators.
        announced = _announce_held(comment, None, deps, iso_utc(deps.clock()),
                                   message.correlation_id or comment.correlation_id or "")
    if comment.status is Status.APPROVED:
        deps.queues.send_to_publish(CommentMessage(
            comment.id, comment.post_id, message.correlation_id or comment.correlation_id or "",
            approved_at=approved or approved_at(comment),
        ))
    return ScoringOutcome(comment.id, comment.status, decision, announce_failed=not announced)

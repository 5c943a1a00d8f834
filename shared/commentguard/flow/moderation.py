"""Moderators' work: the queue, one comment's whole story, decisions that teach the filter, and edits.

Every decision is a conditional move with its history entry, its counters and (for spam/ham, and
for what it says of abuse) its labelled example and its sender's spam mark in one transaction; an
approval then goes to the publish queue like any other.

Taking a published comment down, or editing one, is announced on the event bus before the write, as
publishing announces ("Comment Unpublished", "Comment Changed"): a site that caches its article pages
purges them on these, so a slur a moderator removed does not stay on the page. If the announcement
fails nothing is changed and the moderator is asked to retry; if the write then fails, the purge was
for nothing, which is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from ..adapters.events import CommentEvents
from ..adapters.queues import CommentQueues
from ..adapters.store import (
    ABUSE_MARKED,
    ANNOUNCE_PENDING,
    BANNED,
    ERASED,
    IMPORTED,
    MISTAKES_COUNTED,
    ON_PROBATION,
    CommentStore,
    StaleStatus,
    abuse_mark_key,
    address_ban_key,
    as_read,
    ban_key,
    ends_on,
    holds_for,
    in_force,
)
from ..keys import claimed_duplicate_ids, duplicate_guard_ids
from ..messages import CommentMessage
from ..models import Comment, excerpt, held_by_filter, iso_utc, last_move_into
from ..settings import Settings
from ..states import Status, TransitionNotAllowed, can_move, check_move
from .publishing import publish_all
from .retention import personal_data_follows

ACTIONS = ("approve", "hold", "spam", "ham", "trash", "restore")
_TARGET = {
    "approve": Status.APPROVED,
    "ham": Status.APPROVED,
    "hold": Status.HELD,
    "spam": Status.SPAM,
    "trash": Status.TRASH,
}
#: The folders "restore" takes a comment out of.
RESTORABLE = (Status.TRASH, Status.SPAM)
#: "ham" (not spam) answers the filter's verdict: only a comment it held or filed as spam waits on one.
HAMMABLE = (Status.SPAM, Status.HELD)
#: held_for of a comment a person put in the queue (WordPress's Unapprove, a restore to the queue).
BY_MODERATOR = "moderator"
# The filter was wrong, by a moderator's decision: what the accuracy figures and the FilterCorrections metric count.
_CORRECTIONS = ("missed_spam", "false_positive", "missed_abuse", "abuse_overruled")
LISTED_STATUSES = ("held", "spam", "approved", "published", "trash", "pending")


class CommentNotFound(LookupError):
    pass


class NotEditable(ValueError):
    """A comment being scored (its verdict would be the old text's), or one whose status changed under the edit."""


class NotDeletable(ValueError):
    """A comment not in the trash or the spam folder (still listed or queued), or one that left it meanwhile."""


class NotSpam(ValueError):
    """"Not spam" is an answer to the filter: only a held or spam comment can get it."""


class NotRestorable(ValueError):
    """"Restore" takes a comment out of the trash or the spam folder, and only from there."""


class NoEmail(ValueError):
    """A ban is of an email, and the comment has none (none was given, or an erasure took it), or the email is
    a regular's that someone else typed (``CommentStore.email_borrowed``)."""


class MovedMeanwhile(ValueError):
    """The comment is no longer where the moderator saw it (``seen``): another decision moved it since, and
    this one, made on what the page showed, must not overturn it unseen."""

    def __init__(self, comment: Comment, seen: Status) -> None:
        last = comment.history[-1] if comment.history else {}
        by = f" by {last['actor']} at {last['at']}" if last.get("actor") and last.get("at") else ""
        super().__init__(f"this comment was {seen.value} when you saw it and is {comment.status.value} now{by}: "
                         "nothing changed; look at it again before you decide")
        self.current = comment.status


def _as_seen(current: Status, seen: Status) -> bool:
    """Whether a comment is still where the moderator saw it: an approved comment is on its way to the page
    within a second, so one seen as either is still the other."""
    on_its_way = {Status.APPROVED, Status.PUBLISHED}
    return current is seen or (current in on_its_way and seen in on_its_way)


def _target(action: str, comment: Comment) -> Status:
    """Where the action takes the comment. "restore" is WordPress's Restore (from the trash) and Not Spam
    (from the spam folder), which put a comment back where it was: on the page if it was there
    (approved again, so published again), else in the queue for a person to decide."""
    if action != "restore":
        return _TARGET[action]
    if comment.status not in RESTORABLE:
        raise NotRestorable(f"a {comment.status.value} comment is in neither the trash nor the spam folder; "
                            + what_it_can_take(comment.status))
    before = (last_move_into(comment, comment.status) or {}).get("from")
    return Status.APPROVED if before in (Status.APPROVED.value, Status.PUBLISHED.value) else Status.HELD


@dataclass(frozen=True)
class Decision:
    id: str
    status: Status
    corrections: tuple[str, ...] = ()  # of _CORRECTIONS: the filter was wrong
    to_publish: CommentMessage | None = None  # an approval's publish message (the caller sends it if send=False)
    unchanged: bool = False  # the comment was already where the action leads (a double click, a retry)


def moderator_view(comment: Comment, with_history: bool = False, parent: Comment | None = None) -> dict[str, Any]:
    view = {
        "id": comment.id,
        "post_id": comment.post_id,
        "post_url": comment.post_url,  # the article, where the site's form sent it: a moderator reads it in place
        "parent_id": comment.parent_id,
        "parent": _parent_view(comment.parent_id, parent),
        "status": comment.status.value,
        "author_name": comment.author_name,
        "author_role": comment.author_role,
        "content_raw": comment.content,
        "content_html": comment.content_html,
        "spam_score": comment.spam_score,
        "toxicity_score": comment.toxicity_score,
        "verdict": comment.verdict,
        "held_for": comment.held_for,
        "reasons": comment.reasons,
        "models": comment.models,
        "created_at": comment.created_at,
        "published_at": comment.published_at,
        "edited_at": comment.edited_at,
        "edited_by": comment.edited_by,
        "report_count": comment.report_count or 0,
        "report_reasons": comment.report_reasons,
    }
    if with_history:
        # Raw personal data only where a moderator opens one comment, and only while it is kept.
        view.update(
            author_email=comment.author_email,
            author_id=comment.author_id,  # the site's account of a reader it signed in
            author_url=comment.author_url,
            client_ip=comment.client_ip,
            client_country=comment.client_country,
            user_agent=comment.user_agent,
            history=comment.history,
        )
    return view


def list_comments(store: CommentStore, status: str, limit: int, cursor: str | None,
                  oldest_first: bool = False, held_for: str | None = None, reported: bool = False,
                  post_id: str | None = None, search: str | None = None) -> dict[str, Any]:
    """A folder, newest first as WordPress lists it, or oldest first: the queue in the order readers
    have waited (a cursor continues the order it came with). ``held_for``: only the comments that
    kind of scorer held ("toxicity": abuse, for the moderators who read it; "spam"; "reports": readers).
    ``reported``: only comments readers reported (in ``published``: those still on the page).
    ``post_id``: only one article's (WordPress's comments of one post; a premoderated article's queue).
    ``search``: WordPress's "Search Comments": only those whose author name and text hold every word of
    it (``search_form`` on both sides). An email or address is not searched: ``sender_comments`` is that."""
    matches = _matcher(search) if search else None
    if held_for or reported or post_id or matches:
        def keep(comment: Comment) -> bool:
            return ((not held_for or held_for in comment.held_for) and (not reported or bool(comment.report_count))
                    and (not post_id or comment.post_id == post_id)
                    and (matches is None or matches(comment)))

        found, next_cursor = store.page_matching(status, keep, limit, cursor, newest_first=not oldest_first)
    else:
        ids, next_cursor = store.page_by_status(status, limit, cursor, newest_first=not oldest_first)
        found = store.comments(ids)
    # Akismet's "approved comments" beside each author: a regular held for one heated remark reads
    # differently from a first comment.
    approved = store.approved_comments([c.author_key for c in found if c.author_key])
    parents = _parents(store, found)
    views = [moderator_view(c, parent=parents.get(c.parent_id))
             | {"author_approved_comments": approved.get(c.author_key) if c.author_key else None} for c in found]
    return {"comments": views, "next_cursor": next_cursor}


def _parents(store: CommentStore, comments: list[Comment]) -> dict[str, Comment]:
    """The comments these reply to, in one read: a reply is judged with what it answers ("you too" after an insult)."""
    ids = list(dict.fromkeys(c.parent_id for c in comments if c.parent_id))
    return {c.id: c for c in store.comments(ids)} if ids else {}


def _parent_view(parent_id: str | None, parent: Comment | None) -> dict[str, Any] | None:
    """What WordPress's list shows as "In reply to <author>", with the start of the text: the parent as it is now
    (gone: deleted for good; its status says whether readers see it)."""
    if not parent_id:
        return None
    if parent is None:
        return {"id": parent_id, "status": "deleted"}
    return {"id": parent.id, "status": parent.status.value, "author_name": parent.author_name,
            "excerpt": excerpt(parent.content)}


def _matcher(search: str) -> Callable[[Comment], bool]:
    """Whether a comment's author name and text hold every word of ``search``."""
    from ..text.normalize import search_form  # its patterns compile on import: only a search pays for them

    words = search_form(search).split()

    def matches(comment: Comment) -> bool:
        text = search_form(f"{comment.author_name} {comment.content}")
        return all(word in text for word in words)

    return matches


def recheck_held(store: CommentStore, queues: CommentQueues, cursor: str | None, post_id: str | None = None,
                 limit: int = 100) -> dict[str, Any]:
    """Akismet's "Check for Spam": the comments the filter held, oldest first, a page at a time, go back
    to scoring with today's rules and models (after a spam wave, or a retraining on moderators'
    decisions); those it now calls spam move to the spam folder, the others stay held. The answer
    says how many were queued (ten to a request) and which ones SQS refused (``not_queued``: they stay
    held, and a recheck from the first page finds them again); pass ``next_cursor`` back for the next
    page."""
    def keep(comment: Comment) -> bool:
        return held_by_filter(comment) and (not post_id or comment.post_id == post_id)

    found, next_cursor = store.page_matching(Status.HELD.value, keep, limit, cursor, newest_first=False)
    refused = queues.send_all_to_scoring(
        CommentMessage(comment.id, comment.post_id, comment.correlation_id or "", recheck=True) for comment in found
    )
    return {"queued": len(found) - len(refused), "not_queued": [m.comment_id for m in refused],
            "next_cursor": next_cursor}


def comment_detail(store: CommentStore, comment_id: str) -> dict[str, Any]:
    comment = store.get(comment_id, with_pii=True)
    if comment is None:
        raise CommentNotFound(comment_id)
    standing = asdict(store.standing(comment))
    # The sender and the post as the filter sees them now (the reasons say what it saw when it scored).
    post_premoderated = standing.pop("post_premoderated")
    parent = _parents(store, [comment]).get(comment.parent_id)
    return (moderator_view(comment, with_history=True, parent=parent)
            | {"sender": standing, "post_premoderated": post_premoderated})


def end_probation(store: CommentStore, comment_id: str) -> None:
    """A moderator ends the probation of a comment's author before its day: the reader wrote in, and the moderator
    thinks again of the reader, not of the comment, which stays where it is and says what it said of abuse. The
    author's next comments are judged as anyone's until a moderator finds another abusive. Nothing to end (no
    email, or no probation) is no error: the same answer."""
    _delete_sender_item(store, comment_id, abuse_mark_key)


def ban_sender(store: CommentStore, settings: Settings, comment_id: str, actor: str, days: int, now: float,
               hold_address: bool = True) -> tuple[str, str | None]:
    """A moderator bans a comment's author (by email) from commenting for ``days``: their comments go to the spam
    folder unread until then (``BannedAuthorRule``), the reader not told. With ``hold_address``, comments from
    the address this comment came from, whatever their email, wait for a moderator for as long as a spam mark
    holds an address (``Settings.spam_retention_days``), or the ban's days if fewer: an address changes hands.
    A ban again replaces the one there is (longer or shorter); the comment stays where it is, for the moderator
    to decide on its own. The day the ban ends, and the day the address's hold ends (None: none)."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    until = int(now + days * 86400)
    held_until = (int(now + min(days, settings.spam_retention_days) * 86400)
                  if hold_address and comment.client_key else None)
    writes = store.ban_items(comment, actor, iso_utc(now), until, held_until)
    if not writes:
        raise NoEmail("this comment gave no email, or an erasure took it: a reader is banned by email; its "
                      "address's spam mark (the action spam) holds what comes from there")
    # Anyone can type a regular's email (and a regular's name is on the page): banning it from a comment under
    # another name would send the regular's own comments to the spam folder unread. The spam action marks this
    # comment's address and leaves a regular's email held, not filed (``MarkedSpamRule``).
    if store.email_borrowed(comment):
        raise NoEmail("this email's published comments all carry other names: it may be a regular's, typed by "
                      "someone else, and a ban would send the regular's comments to the spam folder; mark this "
                      "comment as spam instead, or ban from a comment of the regular's own")
    store.write_all(writes)
    return iso_utc(until)[:10], iso_utc(held_until)[:10] if held_until else None


def lift_ban(store: CommentStore, comment_id: str) -> None:
    """A moderator lifts the ban on a comment's author before its day, and the hold it put on the address of the
    comment it came from, unless a later ban (of a reader sharing the address) holds that address now (the hold
    of a comment deleted for good since runs out on its day); nothing to lift is no error. An erasure keeps a ban
    in force but takes the email from the comment (``privacy.erase``): whether a ban stands is no longer known
    from there, which the moderator is told rather than answered as lifted."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    if comment.extra.get(ERASED):  # the erasure took author_key with it
        raise NoEmail("this comment's author was erased, so it no longer names the email a ban is kept by: an admin "
                      'lifts a ban the erasure kept with POST /moderation/privacy/erase {"email": ..., "lift_ban": true}')
    key = ban_key(comment.author_key)
    if not (ban := store.item(key)):
        return
    origin = comment if ban["comment_id"] == comment.id else store.get(ban["comment_id"])
    hold = address_ban_key(origin.client_key) if origin else None
    held = store.item(hold)
    store.write_all([store.delete_item(k) for k in ([key, hold] if holds_for(held, ban) else [key])])


def _delete_sender_item(store: CommentStore, comment_id: str, key_of: Callable[[str | None], str | None]) -> Comment:
    """Delete the item ``key_of`` names for the comment's author's keyed email, if the comment has one."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    if key := key_of(comment.author_key):
        store.write_all([store.delete_item(key)])
    return comment


def readers_by_standing(store: CommentStore, standing: str, limit: int, cursor: str | None,
                        now: float) -> dict[str, Any]:
    """The readers a moderator banned (``BANNED``), or those on probation for abuse (``ON_PROBATION``), newest
    first: the name under the comment it came from (a ban's; the latest of the comments a probation lists), since
    and until when, who banned, and until when the ban holds its comment's address. A ban or a probation past its
    day, or one whose decisions were all taken back, is left out (DynamoDB's TTL deletes it within days), so a page
    may come short: the cursor goes on."""
    keys, next_cursor = store.page_by_status(standing, limit, cursor)
    items = store.get_many(keys)
    standing_of = [items[k] for k in keys if k in items and in_force(items[k], now)]
    if standing == ON_PROBATION:
        standing_of = [i for i in standing_of if i.get("comments")]
    ids_of = {i["id"]: [i["comment_id"]] if "comment_id" in i else sorted(i["comments"]) for i in standing_of}
    found = {c.id: c for c in store.comments(sorted({c for ids in ids_of.values() for c in ids}))}
    # A ban's hold on its comment's address, unless a later ban holds that address now (``lift_ban``).
    hold_of = {i["id"]: address_ban_key(found[i["comment_id"]].client_key)
               for i in standing_of if standing == BANNED and i["comment_id"] in found}
    holds = store.get_many([k for k in hold_of.values() if k])
    readers = []
    for item in standing_of:
        # The latest comment still kept (one deleted for good has no name to show).
        kept = sorted((found[c] for c in ids_of[item["id"]] if c in found), key=lambda c: c.created_at)
        latest = kept[-1] if kept else None
        row = {"comment_id": latest.id if latest else ids_of[item["id"]][-1],
               "author_name": latest.author_name if latest else None, "since": item["since"],
               "until": ends_on(item)}
        if standing == BANNED:
            hold = holds.get(hold_of.get(item["id"]) or "")
            row["banned_by"] = item.get("by")
            row["address_held_until"] = ends_on(hold) if holds_for(hold, item) and in_force(hold, now) else None
        else:
            row["comment_ids"] = ids_of[item["id"]]
        readers.append(row)
    return {"standing": standing, "readers": readers, "next_cursor": next_cursor}


def sender_comments(store: CommentStore, comment_id: str, by: str, limit: int, cursor: str | None) -> dict[str, Any]:
    """Every comment from the same email or address as this one, newest first, this one included: what
    a moderator looks at before judging a sender (WordPress links an author's email and IP to them)."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    key = comment.author_key if by == "email" else comment.client_key
    if not key:  # no email given, or erased: the comment alone, and where else to look
        gone = "gave no email, or it was erased" if by == "email" else "has no client address left (erased)"
        return {"by": by, "comments": [moderator_view(comment, parent=_parents(store, [comment]).get(comment.parent_id))],
                "next_cursor": None,
                "message": f"this comment {gone}: look by={'address' if by == 'email' else 'email'} instead"}
    ids, next_cursor = store.page_by_sender(by, key, limit, cursor)
    found = store.comments(ids)
    parents = _parents(store, found)
    return {"by": by, "comments": [moderator_view(c, parent=parents.get(c.parent_id)) for c in found],
            "next_cursor": next_cursor}


def decisions_of(store: CommentStore, actor: str, limit: int, cursor: str | None) -> dict[str, Any]:
    """A moderator's decision history (Coral's): the comments whose latest decision was ``actor``'s, the latest
    first, each with that decision (its history entry) and ``undo``, the action that takes it back
    (``undo_of``). A comment a colleague decided on since is in the colleague's history instead; one
    deleted for good, or expired from a folder, is in none."""
    ids, next_cursor = store.page_by_decider(actor, limit, cursor)
    # The index follows the table within a second: a comment decided again meanwhile is left to its new decider.
    found = [c for c in store.comments(ids) if c.extra.get("decided_by") == actor]
    parents = _parents(store, found)
    comments = []
    for comment in found:
        decision = decision_of(comment)
        comments.append(moderator_view(comment, parent=parents.get(comment.parent_id))
                        | {"decision": decision, "undo": undo_of(comment, decision)})
    return {"by": actor, "comments": comments, "next_cursor": next_cursor}


def decision_of(comment: Comment) -> dict[str, Any]:
    """The history entry of the comment's latest decision by a person; only who and when, once a long history
    has let it go."""
    by, at = comment.extra.get("decided_by"), comment.extra.get("decided_at")
    entry = next((e for e in reversed(comment.history)
                  if e.get("actor") == by and e.get("at") == at and "edited" not in e), None)
    return entry or {"at": at, "actor": by}


#: The action that puts a comment back where a decision took it from, outside the folders.
_BACK_TO = {Status.HELD.value: "hold", Status.SPAM.value: "spam", Status.TRASH.value: "trash",
            Status.APPROVED.value: "approve", Status.PUBLISHED.value: "approve"}


def undo_of(comment: Comment, decision: dict[str, Any]) -> str | None:
    """The action that takes ``decision`` back, while the comment is still where it put it (an approval
    once published too): out of the trash or the spam folder, "restore", which puts it back where it was
    and takes a spam mark back; else the action into where it was. None where something moved it since
    (readers' reports, Check for Spam), or where it came from is no place a person can put a comment
    (pending)."""
    went, came = decision.get("to"), decision.get("from")
    if went is None or came not in _BACK_TO or not _as_seen(comment.status, Status(went)):
        return None
    return "restore" if comment.status in RESTORABLE else _BACK_TO[came]


def _label(action: str, comment: Comment) -> str | None:
    """The example a decision teaches: spam, or ham when a person overrules the filter or a person's
    own "spam" (a comment that was in the spam folder, trashed from there, and approved after all)."""
    if action == "spam":
        return "spam"
    if action == "ham":
        return "ham"
    if _filed_for_a_ban(comment):  # the filter said nothing of its text: putting it back says nothing either
        return None
    if (action == "restore" and comment.status is Status.SPAM) or (
            action == "approve" and (comment.status in HAMMABLE
                                     or last_move_into(comment, Status.SPAM) is not None)):
        return "ham"
    return None


def _filed_for_a_ban(comment: Comment) -> bool:
    """In the spam folder because a moderator banned its author (``BannedAuthorRule``), not for what it says."""
    return comment.status is Status.SPAM and any(r.get("code") == "author_banned" for r in comment.reasons)


#: The actors of scoring's moves: what the filter decided, as against what a person did.
FILTER_ACTORS = ("scoring", "recheck")
#: Holds the site asked for (WordPress's "Comment must be manually approved", a premoderated post):
#: approving such a comment says nothing of the filter.
BY_HAND = ("manual_approval", "post_premoderated")


def _stopped_by_filter(comment: Comment) -> bool:
    """Held or filed as spam by the filter, and where the filter put it: not a person's hold or spam,
    nor readers' hold, nor a hold the site asks of every comment, nor a text a moderator has edited since."""
    if comment.status is Status.HELD:
        return held_by_filter(comment) and not any(r.get("code") in BY_HAND for r in comment.reasons)
    moved = last_move_into(comment, Status.SPAM) if comment.status is Status.SPAM else None
    return (moved is not None and moved.get("actor") in FILTER_ACTORS and comment.edited_at is None
            and not _filed_for_a_ban(comment))


# The filter's mistakes a decision counts that the next one takes back where it says the opposite (a misclick put
# right; ``MISTAKES_COUNTED``); any other decision in between says the person had other reasons, and the count stands.
_UNDOABLE = ("false_positive", "abuse_overruled")


def _counters(action: str, target: Status, comment: Comment, abuse: bool | None,
              held_for_abuse: bool) -> dict[str, int]:
    """The day's decision counter, and the filter's mistakes it reveals: only the filter's own verdicts
    count (``verdict``: it approved the comment; ``_stopped_by_filter``), not what a person decided before.
    A false positive is the spam filter's: a hold for abuse that a moderator overrules is ``abuse_overruled``.
    A person's "not spam" or "not abusive" taken back (``MISTAKES_COUNTED``) was no mistake of the filter."""
    counters = {f"decision_{action}": 1}
    counted = comment.extra.get(MISTAKES_COUNTED) or ()
    if "false_positive" in counted and action == "spam":
        counters["false_positive"] = -1
    if "abuse_overruled" in counted and abuse:
        counters["abuse_overruled"] = -1
    let_through = comment.verdict == "approve"  # whatever people did with it since
    if action == "spam" and let_through:
        counters["missed_spam"] = 1
    elif let_through and comment.status is Status.SPAM and target is not Status.TRASH:
        marked = last_move_into(comment, Status.SPAM)
        if marked is not None and marked.get("actor") not in FILTER_ACTORS:
            counters["missed_spam"] = -1  # a person's spam mark taken back: the miss it counted was none
    not_spam = target is Status.APPROVED or (action == "restore" and comment.status is Status.SPAM)
    stopped_as_spam = comment.status is Status.SPAM or "spam" in comment.held_for
    if not_spam and stopped_as_spam and _stopped_by_filter(comment):
        counters["false_positive"] = 1  # the filter stopped a good comment
    if abuse and let_through:
        counters["missed_abuse"] = 1
    if abuse is False and held_for_abuse:
        counters["abuse_overruled"] = 1  # held for abuse (toxicity score or abuse rules), said not abusive
    return counters


def what_it_can_take(status: Status) -> str:
    """What a moderator may do with a comment in ``status``, for an answer that refuses an action: the
    actions each lead somewhere from there, and deleting for good (DELETE, or a bulk "delete") where allowed."""
    actions = [a for a in ACTIONS if a != "restore" and can_move(status, _TARGET[a])
               and (a != "ham" or status in HAMMABLE)]
    actions += ["restore"] if status in RESTORABLE else []
    said = f"a {status.value} comment can take: {', '.join(actions) or 'none'}"
    return said + (", or be deleted for good" if status in DELETABLE else "")


def _already_done(action: str, comment: Comment) -> bool:
    """Whether the comment is already where the action leads, as WordPress answers setting a status a
    comment has: a second click, a client's retry after a lost answer, or two moderators deciding alike
    get the comment as it is, and nothing is counted or taught twice. An approval is done once the
    comment is approved or published; "not spam" once a person approved it out of the queue or the
    spam folder; "restore" once the comment's last move into or out of the trash and the spam folder
    took it out."""
    status = comment.status
    if action == "restore":
        folders = {s.value for s in RESTORABLE}
        last = next((m for m in reversed(comment.history) if folders & {m.get("from"), m.get("to")}), None)
        return status not in RESTORABLE and last is not None and last.get("from") in folders
    if action in ("approve", "ham") and status in (Status.APPROVED, Status.PUBLISHED):
        if action == "approve":
            return True
        approval = last_move_into(comment, Status.APPROVED) or {}
        return approval.get("from") in {s.value for s in HAMMABLE} and approval.get("actor") not in FILTER_ACTORS
    return action in ("hold", "spam", "trash") and status is _TARGET[action]


def _made_already(queues: CommentQueues, comment: Comment, send: bool) -> Decision:
    """The decision the comment has had already, unchanged. An approval not yet on the page goes to the publish
    queue again, as a scoring redelivery sends it: a retry after an answer lost on its way back (the decision
    stored, its message never sent) publishes at once, not when the resender sweeps. The message keeps the first
    one's deduplication id (the approval's time), so SQS drops it if that one was sent: a double click sends one."""
    to_publish = None
    if comment.status is Status.APPROVED:
        to_publish = CommentMessage.of(comment)
        if send:
            publish_all(queues, [to_publish])
    return Decision(comment.id, comment.status, to_publish=to_publish, unchanged=True)


def _held_for_abuse(comment: Comment) -> bool:
    """Held by scoring for abuse (the toxicity score or the abuse rules: what ``held_for`` records), with
    the text that was scored: after an edit, the hold describes a text that is gone, and approving the
    edit says nothing of it. A moderator's own hold records ``held_for`` ["moderator"]."""
    return held_by_filter(comment) and "toxicity" in comment.held_for


def _abuse(action: str, target: Status, abusive: bool | None, held_for_abuse: bool) -> bool | None:
    """What a decision says of the text's abuse, for the toxicity model's next version: the
    moderator's own word when given; else the answer to a hold for abuse (approving says "not
    abusive", trashing "abusive"). Other decisions say nothing of it: a comment is trashed for many
    reasons, so a trash teaches only where scoring had held it for abuse."""
    if abusive is not None or not held_for_abuse:
        return abusive
    if action == "trash":
        return True
    return False if target is Status.APPROVED else None


def decide(
    store: CommentStore,
    queues: CommentQueues,
    events: Callable[[], CommentEvents],
    settings: Settings,
    comment_id: str,
    action: str,
    actor: str,
    note: str | None,
    now: float,
    abusive: bool | None = None,
    send: bool = True,
    seen: Status | None = None,
    _again: bool = False,
) -> Decision:
    """A moderator's decision on one comment. An approval goes on to the publish queue, unless ``send``
    is False: then the Decision carries its message for the caller to send with others
    (``publishing.publish_all``). ``seen``: the status the moderator saw it in; if another decision has
    moved it since, MovedMeanwhile (the same decision made twice stays a 200, unchanged)."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    if _already_done(action, comment):
        return _made_already(queues, comment, send)
    if seen is not None and not _as_seen(comment.status, seen):
        raise MovedMeanwhile(comment, seen)
    current, target = comment.status, _target(action, comment)
    if action == "ham" and current not in HAMMABLE:
        raise NotSpam(f"a {current.value} comment is not waiting on the filter's verdict; " + what_it_can_take(current))
    check_move(current, target)
    at = iso_utc(now)
    set_fields: dict[str, Any] = {"decided_by": actor, "decided_at": at}
    remove: list[str] = []
    if (expires_at := settings.expires_at(target.value, now)) is not None:
        set_fields["expires_at"] = expires_at
    elif comment.expires_at:
        remove.append("expires_at")  # rescued from the spam folder or the trash: it must not expire
    if comment.extra.get(ANNOUNCE_PENDING):
        remove.append(ANNOUNCE_PENDING)  # decided: nobody is to be told of the hold any more
    if target is Status.HELD:
        set_fields["held_for"] = [BY_MODERATOR]  # held by a person now, not by what scoring found
    if target is Status.APPROVED:  # off to the page: nothing holds it now, as when scoring approves
        remove.extend(f for f in ("held_for", "report_count", "report_reasons") if getattr(comment, f))
        if any(r.get("code") == "reported" for r in comment.reasons):  # the reports are answered: they held it
            set_fields["reasons"] = [r for r in comment.reasons if r.get("code") != "reported"]
    held_for_abuse = _held_for_abuse(comment)
    # Trashing what a person approved out of a hold for abuse says, as trashing it out of the hold would, that it is.
    overruled = "abuse_overruled" in (comment.extra.get(MISTAKES_COUNTED) or ())
    abuse = _abuse(action, target, abusive, held_for_abuse or overruled)
    also_counters = _counters(action, target, comment, abuse, held_for_abuse)
    counted = [k for k in _UNDOABLE if also_counters.get(k) == 1]
    if counted:
        set_fields[MISTAKES_COUNTED] = counted
    elif comment.extra.get(MISTAKES_COUNTED):
        remove.append(MISTAKES_COUNTED)
    also = [store.count(at[:10], also_counters, comment.id)]
    # Spam takes the personal data with it; a comment rescued from the spam folder gets its time back.
    also.extend(personal_data_follows(store, settings, comment, set_fields.get("expires_at"), now))
    label = _label(action, comment)
    if label or abuse is not None:
        from ..text.normalize import READ_CHARS, normalize_text

        # What the models read of it (a 65,525-byte text built to be slow to read would stall the decision).
        example = normalize_text(comment.content[:READ_CHARS])
        also.append(store.feedback_item(comment, label, abuse, example, actor, at))
    # A person's verdict on the sender too (Antispam Bee's local spam database): spam marks the
    # email and address for as long as the spam is kept; "not spam" takes the marks away. An email whose
    # comments were approved under other names only was typed by someone else: the address is marked, and
    # the reader who owns the email keeps her trust and is not filed as a spammer, nor put on probation.
    # Probation is for an email found abusive, where the site keeps one (``Settings.abuse_probation_days``).
    until = settings.probation_ends_at(now) if abuse and comment.author_key else None
    borrowed = (label == "spam" or until is not None) and store.email_borrowed(comment)
    if label == "spam":
        also.extend(store.mark_spam_items(comment, at, set_fields["expires_at"], email_too=not borrowed))
    elif label == "ham":
        also.extend(store.unmark_spam_items(comment))
    # A person's word that the text is abusive puts its author on probation until ``until``, unless the email is
    # borrowed (above): the regular whose email it is did not write it; the decision taken back (the comment out
    # of the trash or the spam folder, or said not abusive) takes it off.
    if until is not None and not borrowed:
        also.extend(store.mark_abuse_items(comment, at, until))
        set_fields[ABUSE_MARKED] = True
    elif comment.extra.get(ABUSE_MARKED) and (abuse is False or target not in (Status.TRASH, Status.SPAM)):
        also.extend(store.unmark_abuse_items(comment, now))
        remove.append(ABUSE_MARKED)
    if current is Status.PUBLISHED:
        also.append(store.post_count_item(comment.post_id, -1))
        if label != "spam" or borrowed:  # a spam mark's write on the author takes the comment out of the count
            also.extend(store.uncount_author_items(comment))
        events().comment_unpublished(comment, target.value, at)
    try:
        store.move(
            comment.id, current, target, actor=actor, at=at, note=note,
            set_fields=set_fields, remove_fields=tuple(remove), also=also, unchanged=as_read(comment),
        )
    except StaleStatus as exc:
        fresh = store.get(comment_id)
        if fresh is not None and _already_done(action, fresh):  # another moderator made the same decision first
            return _made_already(queues, fresh, send)
        if fresh is not None and seen is not None and not _as_seen(fresh.status, seen):
            raise MovedMeanwhile(fresh, seen) from exc
        if fresh is not None and not _again and (seen is None or fresh.status is current):
            # Moved by scoring or a colleague between the read and the write, and the action said nothing of
            # where it was seen: it applies where the comment is now, or is refused for what it is now. Or not
            # moved but anonymised by an erasure: the decision is made again without the author's items.
            return decide(store, queues, events, settings, comment_id, action, actor, note, now, abusive=abusive,
                          send=send, seen=seen, _again=True)
        raise TransitionNotAllowed(fresh.status if fresh else current, target) from exc
    to_publish = None
    if target is Status.APPROVED:
        to_publish = CommentMessage(comment.id, comment.post_id, comment.correlation_id or "", approved_at=at)
        if send:
            publish_all(queues, [to_publish])
    corrections = tuple(k for k in _CORRECTIONS if also_counters.get(k, 0) > 0)
    return Decision(comment.id, target, corrections, to_publish)


#: WordPress's "Delete Permanently" is offered in these folders only: a comment is trashed (or filed as
#: spam) first, and so leaves the page, announced, before it can be deleted.
DELETABLE = (Status.SPAM, Status.TRASH)
#: How long a comment deleted for good is remembered as deleted (its id alone), so that a retry after a lost
#: answer, or a second click on a page loaded earlier that day, is answered as done and not "no such comment".
REMEMBER_DELETED_SECONDS = 86_400


def _guards_of(store: CommentStore, comment: Comment, key: bytes) -> tuple[str, ...]:
    """The dup# guards one comment may hold (``claimed_duplicate_ids``), with the ids its ``pii#`` item recorded."""
    return claimed_duplicate_ids(comment, key, store.recorded_duplicate_ids([comment.id])[comment.id])


def delete_permanently(store: CommentStore, comment_id: str, now: float, key: bytes) -> Status | None:
    """WordPress's "Delete Permanently", for what must not wait for the folder to empty itself (a
    court order, a reader's address posted in a comment): the comment, its personal data, its labelled
    example and its duplicate guards go at once (WordPress finds duplicates among the comments it
    keeps: the text may be posted again); the day's ``decision_delete`` counts it. Replies to it stay,
    as under a trashed comment. Returns the folder it was in, or None if it was deleted already (within
    ``REMEMBER_DELETED_SECONDS``): nothing more is done or counted."""
    comment = store.get(comment_id)
    if comment is None:
        if store.deleted([comment_id]):
            return None
        raise CommentNotFound(comment_id)
    if comment.status not in DELETABLE:
        raise NotDeletable(f"a {comment.status.value} comment is deleted from the trash or the spam folder: "
                           "trash it first")
    guards = _guards_of(store, comment, key)
    # A comment brought over from WordPress is remembered for ever, so that the import, run again, leaves it out.
    forget_at = None if comment.correlation_id == IMPORTED else int(now) + REMEMBER_DELETED_SECONDS
    try:
        store.delete_comment(comment.id, comment.status,
                             also=[store.count(iso_utc(now)[:10], {"decision_delete": 1}, comment.id),
                                   *(store.delete_item(guard) for guard in guards),
                                   store.deleted_item(comment.id, forget_at)])
    except StaleStatus as exc:
        raise NotDeletable("the comment changed status meanwhile; read it again") from exc
    return comment.status


def edit_content(store: CommentStore, events: Callable[[], CommentEvents], comment_id: str, actor: str,
                 note: str | None, now: float, key: bytes, content: str | None = None,
                 author_name: str | None = None) -> dict[str, Any]:
    """WordPress's "Edit" of a comment: a moderator changes its text (takes out a slur, a link, a phone
    number) or its author's name (one that is itself an insult or an advert), and readers see it at once
    if it is published. The filter does not judge it again: the moderator who wrote it has. The history
    records who edited which fields and when, not the old values. A pending comment cannot be edited:
    scoring is reading it.

    The duplicate guards of the text or name replaced go in the same transaction: WordPress compares a
    new comment with the text its comments have now, and so erasure, which computes the guards from the
    comment as it is, leaves none behind once the ``pii#`` item that recorded their ids has expired. No
    guard is claimed for the moderator's text: the reader never sent it."""
    comment = store.get(comment_id)
    if comment is None:
        raise CommentNotFound(comment_id)
    if comment.status is Status.PENDING:
        raise NotEditable("the comment is being scored; edit it once it has a verdict")
    if content in (None, comment.content) and (author_name is None or author_name.strip() == comment.author_name):
        # What it asks is there already: a second click, or the retry of an edit whose answer was lost. No
        # second history line, no second "Comment Changed" for a page that did not change.
        return comment_detail(store, comment.id) | {"unchanged": True}
    at = iso_utc(now)
    fields: dict[str, Any] = {"edited_by": actor, "edited_at": at}
    if content is not None:
        from ..sanitize import content_html

        fields |= {"content": content, "content_html": content_html(content)}
    if author_name is not None:
        fields["author_name"] = author_name.strip()
    replaced: tuple[str, ...] = ()
    if content is not None or author_name is not None:
        edited = replace(comment, content=fields.get("content", comment.content),
                         author_name=fields.get("author_name", comment.author_name))
        kept = duplicate_guard_ids(edited, key)
        replaced = tuple(g for g in _guards_of(store, comment, key) if g not in kept)
    if comment.status is Status.PUBLISHED:
        events().comment_changed(comment, "edited", at)
    try:
        store.edit(comment, actor=actor, at=at, note=note, set_fields=fields,
                   also=[store.delete_item(guard) for guard in replaced])
    except StaleStatus as exc:
        raise NotEditable("the comment changed status meanwhile; read it again") from exc
    return comment_detail(store, comment.id)


def held_since(comment: Comment) -> str:
    """When the comment last went into the queue (scoring, readers' reports or a moderator's hold; an
    edit while held does not count), not when it was written: a comment published days ago and
    reported today has waited since today."""
    for entry in reversed(comment.history):
        if entry.get("to") == Status.HELD.value and entry.get("from") != Status.HELD.value:
            return entry["at"]
    return comment.created_at


def longest_wait(store: CommentStore, page: int = 100) -> str | None:
    """When the comment that has waited longest went into the queue. The queue is read in the order the
    comments were written (ByStatus sorts by created_at), and no comment is held before it is written,
    so the walk ends at the first comment written after the earliest hold found: one page, as a rule."""
    earliest: str | None = None
    cursor: str | None = None
    while True:
        ids, cursor = store.page_by_status(Status.HELD.value, page, cursor, newest_first=False)
        for comment in store.comments(ids):
            if earliest is not None and comment.created_at >= earliest:
                return earliest
            since = held_since(comment)
            if earliest is None or since < earliest:
                earliest = since
        if not cursor:
            return earliest


def stats(store: CommentStore, days: int, now: float) -> dict[str, Any]:
    today = datetime.fromtimestamp(now, tz=UTC).date()
    names = [(today - timedelta(days=i)).isoformat() for i in range(days)]
    by_day = store.day_counts(names)
    per_day = []
    totals: dict[str, int] = {}
    for day in reversed(names):
        counts = by_day[day]
        per_day.append({"day": day, **counts})
        for k, v in counts.items():
            totals[k] = totals.get(k, 0) + v
    verdicts = {k.removeprefix("verdict_"): v for k, v in totals.items() if k.startswith("verdict_")}
    judged = sum(verdicts.values())
    # A spam mark taken back counts -1 on its own day: over days that begin after the mark, never below zero.
    missed, false_positives = max(0, totals.get("missed_spam", 0)), totals.get("false_positive", 0)
    held = store.status_size(Status.HELD.value)
    since = longest_wait(store) if held else None
    oldest_age = None
    if since:
        held_at = datetime.strptime(since[:23], "%Y-%m-%dT%H:%M:%S.%f").replace(tzinfo=UTC)
        oldest_age = round(now - held_at.timestamp(), 1)
    return {
        "days": per_day,
        "verdicts": verdicts,
        "decisions": {k.removeprefix("decision_"): v for k, v in totals.items() if k.startswith("decision_")},
        "moderation_queue": {"size": held, "oldest_age_seconds": oldest_age},
        # WordPress's "Pending (3) | Spam (5) | Trash (1)", Akismet's "N comments in your spam queue": the
        # folders a moderator empties. Not the published comments: that count grows without end, and
        # each post's own is in /comment-counts.
        "folders": {"held": held, **{s.value: store.status_size(s.value) for s in (Status.SPAM, Status.TRASH)}},
        "accuracy": {
            "judged": judged,
            "missed_spam": missed,
            "false_positives": false_positives,
            # As Akismet reports it: the share of verdicts that moderators did not have to correct.
            "accuracy": round(1 - (missed + false_positives) / judged, 4) if judged else None,
            # Abuse apart: the figures above are Akismet's, for spam; abuse is only ever held.
            "missed_abuse": totals.get("missed_abuse", 0),
            "abuse_overruled": totals.get("abuse_overruled", 0),
        },
        # What readers' reports took off the page (and put in the queue above).
        "reports": {"held": totals.get("held_by_reports", 0)},
        # Held comments that a recheck ("Check for Spam") filed as spam.
        "recheck": {"spam": totals.get("recheck_spam", 0)},
    }

"""/moderation/...: the queue, decisions, stats, word lists and privacy requests. Behind the JWT authorizer;
moderators read and decide, admins also change the word lists and export and erase personal data."""

import time
import uuid
from collections.abc import Callable
from typing import Annotated, Literal

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Body, Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .. import runtime
from ..adapters.store import ACTOR_MAX_BYTES, CommentStore, DuplicateComment, StaleWordLists
from ..flow import moderation, privacy, publishing, replies
from ..messages import CommentMessage
from ..models import iso_utc
from ..scoring import word_lists
from ..settings import settings
from ..states import Status, TransitionNotAllowed
from ..submission import EMAIL_MAX, EMAIL_SHAPE, NOT_ONLY_SPACES, USER_ID_MAX, AuthorName, CommentId, Content, PostId
from .auth import require
from .errors import ERROR_RESPONSES, UNAVAILABLE, GatewayRefusal, error, error_response, json_response, ok, refusal
from .paging import Cursor, Limit

logger = Logger(child=True)
metrics = Metrics()
router = APIGatewayHttpRouter()
AUTH = {401: error_response("No valid bearer token", GatewayRefusal), 403: error_response("The token lacks the role")}
# In the OpenAPI document (so Swagger UI's Authorize sends the token); API Gateway's JWT authorizer and
# ``require`` are what enforce it.
BEARER = [{"moderatorJwt": []}]
Action = Literal["approve", "hold", "spam", "ham", "trash", "restore"]


@router.exception_handler(moderation.CommentNotFound)
def _no_such_comment(exc: moderation.CommentNotFound) -> Response:
    return error(404, "no such comment", field="id")


@router.exception_handler([moderation.NoEmail, moderation.NotEditable, replies.NotRepliable])
def _not_for_this_comment(exc: Exception) -> Response:
    # What the comment's own state refuses: the comment, named by its id, is at fault, not a field sent.
    return error(409, str(exc), field="id")


class RequestBody(BaseModel):
    # Each request takes one route, so a cold container builds only that route's validator, on first use,
    # not every route's at import.
    model_config = ConfigDict(defer_build=True)


class ActionRequest(RequestBody):
    action: Action
    note: str | None = Field(default=None, max_length=1000)
    from_status: Status | None = Field(
        default=None,
        description="The status the moderator saw the comment in (the listing's status field). If another "
        "decision has moved it since (a colleague trashed what this page still shows as held), the action is "
        "refused with 409 naming who moved it and where, rather than overturning that decision unseen. "
        "Left out, the action applies to the comment wherever it is now.",
    )
    abusive: bool | None = Field(
        default=None,
        description="Whether the text is abusive, in the moderator's judgement: a labelled example for the "
        "toxicity model's next version, whatever the action. Left out, approving a comment held for abuse "
        "(held_for has toxicity) says it is not, trashing it says it is. Abusive puts the reader (by email) on "
        "probation: their comments wait for a moderator for AbuseProbationDays (not a regular's email typed "
        "under another name); false, or restoring the comment, takes it back.",
    )


class BanRequest(RequestBody):
    days: int = Field(ge=1, le=3650, description="How many days from now the reader's comments go to the spam folder "
                                                 "unread (3650: ten years, as good as for ever)")
    hold_address: bool = Field(default=True, description="Also hold for a moderator the comments from the address "
                                                         "this comment came from, whatever their email, for as long "
                                                         "as a spam mark holds an address (SpamRetentionDays, 15) or "
                                                         "the ban's days if fewer; false where the address is known "
                                                         "to be shared (a library, an office)")


class EditRequest(RequestBody):
    content: Content | None = None
    author_name: AuthorName | None = Field(default=None, description="The name readers see, for a name that is "
                                                                     "itself an insult or an advert")
    note: str | None = Field(default=None, max_length=1000)

    @model_validator(mode="after")
    def _says_something(self) -> "EditRequest":
        if self.content is None and self.author_name is None:
            raise ValueError("give content, author_name, or both")
        return self


class ReplyRequest(RequestBody):
    author_name: AuthorName = Field(description="How the newsroom signs: \"The Editors\", \"Anna Smith, Metro desk\"")
    content: Content


class RecheckRequest(RequestBody):
    cursor: str | None = Field(default=None, max_length=2048, description="next_cursor of the previous page")
    post_id: PostId | None = Field(default=None, description="Only one post's held comments")
    limit: int = Field(default=100, ge=1, le=100)


class BulkActionRequest(ActionRequest):
    action: Action | Literal["delete"] = Field(  # one more action than ActionRequest's
        description="As for one comment, or delete: WordPress's Delete Permanently (from the trash or the spam "
                    "folder only), and so its Empty Spam, a page of the folder at a time")
    ids: list[CommentId] = Field(
        min_length=1, max_length=100
    )


class PostRequest(RequestBody):
    comment_status: Literal["open", "closed"] | None = None
    premoderated: bool | None = Field(
        default=None,
        description="Hold every new comment on the post for a moderator, whatever the filter thinks (a court "
        "case, a death, a story that draws abuse); false: back to the filter's verdicts.",
    )
    published_at: AwareDatetime | None = Field(
        default=None,
        description="When the article was published (ISO 8601 with its offset): comments close by themselves "
        "CLOSE_COMMENTS_DAYS after it, as WordPress counts, not after the post's first published comment. The site's CMS "
        "sends it when it publishes, so an old article spammers find is closed from their first try.",
    )

    @field_validator("published_at")
    @classmethod
    def _not_ahead(cls, value: AwareDatetime | None) -> AwareDatetime | None:
        if value is not None and value.timestamp() > time.time() + 86400:
            raise ValueError("is more than a day ahead: give the article's publication time")
        return value

    @model_validator(mode="after")
    def _says_something(self) -> "PostRequest":
        if self.comment_status is None and self.premoderated is None and self.published_at is None:
            raise ValueError("give comment_status, premoderated, published_at, or some of them")
        return self


WordKey = Annotated[str, StringConstraints(strip_whitespace=True, max_length=word_lists.KEY_MAX)]


class WordListsRequest(RequestBody):
    moderation_keys: list[WordKey] | None = Field(
        default=None, max_length=word_lists.KEYS_MAX,
        description="WordPress's \"Comment Moderation\": a comment with one of these in its text, name, email, "
                    "website, address or user agent (inside words, any case) is held for a moderator.")
    disallowed_keys: list[WordKey] | None = Field(
        default=None, max_length=word_lists.KEYS_MAX,
        description="WordPress's \"Disallowed Comment Keys\": the same matching files the comment as spam.")
    toxic_terms: list[WordKey] | None = Field(
        default=None, max_length=word_lists.KEYS_MAX,
        description="Terms that hold a comment as abusive (ToxicTerms at run time): whole words or phrases of the "
                    "text or the name, any case or accent, masked spellings too (\"remo@ner\" for \"remoaner\"), "
                    "as the deployed terms are.")
    version: int | None = Field(
        default=None, ge=0,
        description="The version the change was made from (GET's version): if another change came since, it is "
                    "refused with 409 and the lists as they are now, rather than undoing that one unseen. Left "
                    "out, the change applies to the lists as they are.")

    @field_validator(*word_lists.LISTS)
    @classmethod
    def _each_key_meant(cls, keys: list[str] | None, info: ValidationInfo) -> list[str] | None:
        if keys is None:
            return None
        for key in keys:
            if key and (why := word_lists.unmeant(info.field_name, key)) is not None:  # a blank line is left out
                raise ValueError(why)
        kept = word_lists.clean_keys(keys)
        if (why := word_lists.too_large(kept)) is not None:
            raise ValueError(why)
        return list(kept)

    @model_validator(mode="after")
    def _says_something(self) -> "WordListsRequest":
        if all(getattr(self, name) is None for name in word_lists.LISTS):
            raise ValueError(f"give one or more of {', '.join(word_lists.LISTS)}")
        return self


class PrivacyRequest(RequestBody):
    email: str | None = Field(None, min_length=3, max_length=EMAIL_MAX, pattern=EMAIL_SHAPE,
                              description="The email the reader commented with")
    user_id: str | None = Field(None, min_length=1, max_length=USER_ID_MAX, pattern=NOT_ONLY_SPACES,
                                description="A signed-in reader's user id on the site (the author_token's sub), "
                                            "for one the site signed in without an email")

    @model_validator(mode="after")
    def _one_reader(self) -> "PrivacyRequest":
        if (self.email is None) == (self.user_id is None):
            raise ValueError("give the reader's email or, for a reader signed in without one, user_id")
        return self

    def reader(self) -> privacy.Reader:
        return privacy.Reader(email=self.email, user_id=self.user_id and self.user_id.strip())


class EraseRequest(PrivacyRequest):
    lift_ban: bool = Field(False, description="Erase the reader's ban too. Left out, a ban in force stays until "
                                              "its day (by the email's keyed hash alone, as WordPress's eraser "
                                              "leaves an email in Disallowed Comment Keys), and the answer's "
                                              "ban_kept_until names the day")


@router.get("/moderation/comments", summary="The moderation queue and folders, newest (or oldest) first",
            description="A reply carries parent: the comment it answers as it is now (author_name, the start of its "
                        "text, status; \"deleted\" when deleted for good), as WordPress shows \"In reply to\", "
                        "since a reply is judged with what it answers.",
            responses={**ok("A page of comments, and next_cursor for the next"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def list_comments(
    status: Annotated[Literal["held", "spam", "approved", "published", "trash", "pending"], Query(
        description="held: the moderation queue (WordPress's Pending); published: on the page (its Approved); "
                    "spam, trash: the folders; pending and approved: comments being scored or published, "
                    "seconds each")] = "held",
    cursor: Cursor = None,
    limit: Limit = 50,
    order: Annotated[Literal["newest", "oldest"], Query()] = "newest",
    held_for: Annotated[Literal["spam", "toxicity", "site", "reports", "moderator"] | None, Query()] = None,
    reported: Annotated[bool, Query(description="Only comments readers reported: with status=published, "
                                                "those still on the page")] = False,
    post_id: Annotated[PostId | None, Query(description="Only one post's comments (a page of them may come "
                                                        "short: the cursor goes on)")] = None,
    search: Annotated[str | None, Query(min_length=2, max_length=100, pattern=NOT_ONLY_SPACES,
                                        description="Only comments whose author name and text hold every word "
                                                    "of it, in any case and with or without accents (a page may "
                                                    "come short: the cursor goes on)")] = None,
):
    require(router.current_event, "moderator")
    return json_response(200, moderation.list_comments(
        runtime.store(), status, limit, cursor, oldest_first=order == "oldest", held_for=held_for,
        reported=reported, post_id=post_id, search=search,
    ))


@router.get("/moderation/comments/<comment_id>", summary="One comment with its scores, reasons and history",
            responses={**ok("The comment with its scores, reasons and history"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def get_comment(comment_id: Annotated[CommentId, Path()]):
    require(router.current_event, "moderator")
    return json_response(200, moderation.comment_detail(runtime.store(), comment_id))


@router.get("/moderation/comments/<comment_id>/sender",
            summary="Every comment from the same email or address, newest first",
            description="What a moderator reads before judging a sender, as WordPress links an author's email and "
                        "IP address to their comments. Matched by keyed hash: no email or address is searched.",
            responses={**ok("A page of the sender's comments, and next_cursor for the next"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def get_sender_comments(
    comment_id: Annotated[CommentId, Path()],
    by: Annotated[Literal["email", "address"], Query()] = "email",
    cursor: Cursor = None,
    limit: Limit = 50,
):
    require(router.current_event, "moderator")
    return json_response(200, moderation.sender_comments(runtime.store(), comment_id, by, limit, cursor))


@router.get("/moderation/decisions", summary="A moderator's decision history, the latest first, with how to undo each",
            description="The comments whose latest decision was the moderator's (an admin may ask for another's, "
                        "by their token's sub), each with decision (the history entry: from, to, at, note) and undo: "
                        "the action that takes it back, to send with from_status set to the comment's status, or "
                        "null once something else has moved it. A comment a colleague decided on since is in the "
                        "colleague's history.",
            responses={**ok("A page of decided comments, and next_cursor for the next"), **ERROR_RESPONSES, **AUTH},
            tags=["moderation"], security=BEARER)
def list_decisions(
    by: Annotated[str | None, Query(min_length=1, max_length=ACTOR_MAX_BYTES,
                                    description="Whose decisions (a token's sub); left out, the caller's own. "
                                                "Another moderator's needs the admin role")] = None,
    cursor: Cursor = None,
    limit: Limit = 50,
):
    me = require(router.current_event, "moderator")
    if by is not None and by != me:
        require(router.current_event, "admin")
    return json_response(200, moderation.decisions_of(runtime.store(), by or me, limit, cursor))


@router.delete("/moderation/comments/<comment_id>/sender/probation",
               summary="End the probation of a comment's author before its day",
               description="A reader a moderator found abusive has their comments held for a person "
                           "(abuse_probation, sender.author_abusive_until) for AbuseProbationDays. This ends it now, "
                           "for the author's email, and leaves the comment where it is: the reader wrote in, and the "
                           "moderator thinks again of the reader, not of the comment. 204, also where there was "
                           "nothing to end; the log names who ended it.",
               responses={204: {"description": "Ended, or nothing to end"}, **ERROR_RESPONSES, **AUTH},
               tags=["moderation"], security=BEARER)
def end_probation(comment_id: Annotated[CommentId, Path()]):
    return _lift_from_sender(comment_id, moderation.end_probation, "probation ended")


def _lift_from_sender(comment_id: str, lift: Callable[[CommentStore, str], None], done: str) -> Response:
    """Probation ended, or a ban lifted: 204 whether or not there was one, 404 for an unknown comment, 409 for a
    ban that can no longer be found from the comment."""
    actor = require(router.current_event, "moderator")
    lift(runtime.store(), comment_id)
    logger.info(done, extra={"comment_id": comment_id, "actor": actor})
    return Response(status_code=204)


def _unavailable(comment_id: str) -> tuple[int, dict]:
    # One comment of a bulk action: its own answer, the others still decided.
    logger.exception("decision not made: an AWS call failed", extra={"comment_id": comment_id})
    # Most often nothing was done; but an answer lost on its way back follows a decision made: the retry then
    # answers unchanged, and sends an approval on to the page (``moderation.decide``).
    return 503, {"id": comment_id, "message": "temporarily unavailable, please retry: a decision made already is "
                                               "not made twice"}


def _answer(status: int, body: dict, refused: str = "action") -> Response:
    """One comment's outcome as the answer to a request about that comment alone; ``refused`` names the
    field a 409 blames."""
    if status == 503:
        return error(503, body["message"], headers={"Retry-After": "1"})
    if status >= 400:
        return error(status, body["message"], field="id" if status == 404 else body.get("field", refused))
    return json_response(status, body) if status != 204 else Response(status_code=204)


def _counted(action: str, decision: moderation.Decision) -> None:
    """A decision made, in the log and the metrics (and where the filter was wrong, how)."""
    logger.info("moderator decision", extra={"comment_id": decision.id, "action": action})
    with single_metric(name="ModeratorDecisions", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Action", value=action)
    for kind in decision.corrections:
        with single_metric(name="FilterCorrections", unit=MetricUnit.Count, value=1) as metric:
            metric.add_dimension(name="Kind", value=kind)


def _decide(comment_id: str, request: ActionRequest, actor: str,
            approved: list[CommentMessage] | None = None) -> tuple[int, dict]:
    """One decision; with ``approved``, an approval's publish message is added to it, to be sent with
    the others', instead of sent at once."""
    try:
        decision = moderation.decide(
            runtime.store(), runtime.queues(), runtime.events, settings(), comment_id, request.action, actor,
            request.note, time.time(), abusive=request.abusive, send=approved is None, seen=request.from_status,
        )
    except moderation.CommentNotFound:
        return 404, {"id": comment_id, "message": "no such comment"}
    except TransitionNotAllowed as exc:
        return 409, {"id": comment_id, "message": f"{exc}; {moderation.what_it_can_take(exc.current)}"}
    except (moderation.NotSpam, moderation.NotRestorable) as exc:
        return 409, {"id": comment_id, "message": str(exc)}
    except moderation.MovedMeanwhile as exc:
        return 409, {"id": comment_id, "message": str(exc), "status": exc.current.value, "field": "from_status"}
    except UNAVAILABLE:
        return _unavailable(comment_id)
    if approved is not None and decision.to_publish:
        approved.append(decision.to_publish)
    if decision.unchanged:
        return 200, {"id": decision.id, "status": decision.status.value, "unchanged": True}
    _counted(request.action, decision)
    return 200, {"id": decision.id, "status": decision.status.value}


@router.get("/moderation/readers", summary="The readers banned, or on probation for abuse, newest first",
            description="Each with the comment it came from (a ban's; a probation's latest, and every comment it "
                        "lists), its author name, since and until when, who banned, and until when the ban holds "
                        "its comment's address (address_held_until, null: not held): from any of those comments, "
                        "DELETE /moderation/comments/{id}/sender/ban (or /probation) lifts it. A ban or probation "
                        "past its day, or whose decisions were all taken back, is left out, so a page may come "
                        "short: the cursor goes on.",
            responses={**ok("A page of readers, and next_cursor for the next"), **ERROR_RESPONSES, **AUTH},
            tags=["moderation"], security=BEARER)
def list_readers(
    standing: Annotated[Literal["banned", "probation"], Query()] = "banned",
    cursor: Cursor = None,
    limit: Limit = 50,
):
    require(router.current_event, "moderator")
    return json_response(200, moderation.readers_by_standing(runtime.store(), standing, limit, cursor, time.time()))


@router.put("/moderation/comments/<comment_id>/sender/ban",
            summary="Ban a comment's author from commenting for a number of days",
            description="For a reader no hold will stop (a troll back every day, a harassment campaign): until the "
                        "ban ends their comments (by email) go to the spam folder unread, reason author_banned, "
                        "whatever they say and however trusted the email was, as WordPress files a comment matching "
                        "its Disallowed Comment Keys; the reader is not told. Unless hold_address is false, comments "
                        "from this comment's address wait for a moderator (reason banned_address) whatever email "
                        "they give, for a shorter time: a new email is one click away, and an address is shared. A "
                        "ban again replaces the one there is. "
                        "The comment stays where it is: decide on it as on any other. 409 where the comment has no "
                        "email (none given, or erased), or where the email's published comments all carry other "
                        "names (a regular's email typed by someone else: mark the comment as spam instead). The "
                        "moderator's view shows sender.author_banned_until and sender.address_banned_until; the "
                        "log names who banned.",
            responses={**ok("Banned: author_banned_until, the day the ban ends, and address_held_until, the day the "
                            "hold on the address ends (null: none, asked or possible)"), **ERROR_RESPONSES, **AUTH},
            tags=["moderation"], security=BEARER)
def ban_sender(comment_id: Annotated[CommentId, Path()], request: Annotated[BanRequest, Body()]):
    actor = require(router.current_event, "moderator")
    until, held_until = moderation.ban_sender(runtime.store(), settings(), comment_id, actor, request.days,
                                              time.time(), hold_address=request.hold_address)
    logger.info("reader banned", extra={"comment_id": comment_id, "actor": actor, "days": request.days,
                                        "address_held": held_until is not None})
    return json_response(200, {"id": comment_id, "author_banned_until": until, "address_held_until": held_until})


@router.delete("/moderation/comments/<comment_id>/sender/ban",
               summary="Lift the ban on a comment's author before its day",
               description="The author's next comments are judged as anyone's again, and so are those from "
                           "the address the ban held. 204, also where there was nothing to lift; the log names "
                           "who lifted it. 409 where the author's data was erased: "
                           "the erasure kept any ban in force, and an admin lifts it with POST "
                           "/moderation/privacy/erase and lift_ban.",
               responses={204: {"description": "Lifted, or nothing to lift"}, **ERROR_RESPONSES, **AUTH},
               tags=["moderation"], security=BEARER)
def lift_ban(comment_id: Annotated[CommentId, Path()]):
    return _lift_from_sender(comment_id, moderation.lift_ban, "ban lifted")


@router.post("/moderation/comments/<comment_id>/actions",
             summary="Decide: approve, hold, spam, ham (not spam), trash or restore",
             description="hold is WordPress's Unapprove too (a published comment leaves the page for the queue; "
                         "what its approval taught the filters stands until a later decision says otherwise, as "
                         "trashing it with abusive true does); restore is WordPress's Restore and "
                         "Not Spam: out of the trash or the spam folder, back where it was (on the page if it was "
                         "there, else in the queue); ham approves a held or spam comment as not spam. "
                         "spam and ham decisions become labelled examples for the spam model's next version, "
                         "and what a decision says of abuse (see abusive) for the toxicity model's. "
                         "spam also marks the sender: their next comments from that email are filed as spam, "
                         "from that IP address held, until the spam expires (not the email where its approved "
                         "comments were all under other names: a regular's email typed by another); ham (or "
                         "approving a held or spam comment) lifts the marks. An action the comment has already had (a second click, a retry, two "
                         "moderators deciding alike) answers 200 with the comment's status and unchanged true, and "
                         "changes, counts and teaches nothing again.",
             responses={**ok("Decided: the comment's id and new status; unchanged true where it had that decision already"),
                        **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def act_on_comment(comment_id: Annotated[CommentId, Path()], request: Annotated[ActionRequest, Body()]):
    actor = require(router.current_event, "moderator")
    return _answer(*_decide(comment_id, request, actor))


@router.patch("/moderation/comments/<comment_id>", summary="Edit a comment's text or its author's name",
              description="As WordPress's Edit: the text a moderator writes replaces the reader's (sanitised as "
                          "intake does), and so does the author name, for readers too if it is published, without "
                          "being scored again. The history names who edited what and when. 409 while the comment "
                          "is being scored. An edit that changes nothing (a second click, the retry of an edit "
                          "whose answer was lost) answers 200 with unchanged true, and records and announces "
                          "nothing.",
              responses={**ok("Edited: the comment as it is now; unchanged true where it read so already"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def edit_comment(comment_id: Annotated[CommentId, Path()], request: Annotated[EditRequest, Body()]):
    actor = require(router.current_event, "moderator")
    body = moderation.edit_content(runtime.store(), runtime.events, comment_id, actor, request.note, time.time(),
                                   runtime.secret_key(), content=request.content, author_name=request.author_name)
    logger.info("moderator edit", extra={"comment_id": comment_id})
    return json_response(200, body)


@router.delete("/moderation/comments/<comment_id>", summary="Delete a comment permanently",
               description="As WordPress's Delete Permanently, from the trash or the spam folder (409 elsewhere: "
                           "trash it first, which takes it off the page): the comment, the personal data kept "
                           "with it, its labelled example and its duplicate guards are deleted at once, not when "
                           "the folder expires (the same text may then be posted again). "
                           "Counted in stats as decisions.delete; the log names who deleted it. 204, and 204 again "
                           "for a comment deleted within the day (a retry after a lost answer, a second click).",
               responses={204: {"description": "Deleted"}, **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def delete_comment(comment_id: Annotated[CommentId, Path()]):
    actor = require(router.current_event, "moderator")
    return _answer(*_delete(comment_id, actor), refused="id")


def _delete(comment_id: str, actor: str) -> tuple[int, dict]:
    try:
        folder = moderation.delete_permanently(runtime.store(), comment_id, time.time(), runtime.secret_key())
    except moderation.CommentNotFound:
        return 404, {"id": comment_id, "message": "no such comment"}
    except moderation.NotDeletable as exc:
        return 409, {"id": comment_id, "message": str(exc)}
    except UNAVAILABLE:
        return _unavailable(comment_id)
    if folder is None:  # deleted already: a retry, or a second click
        return 204, {"id": comment_id}
    logger.info("comment deleted permanently", extra={"comment_id": comment_id, "folder": folder.value, "actor": actor})
    metrics.add_metric(name="CommentsDeleted", unit=MetricUnit.Count, value=1)
    return 204, {"id": comment_id}


@router.post("/moderation/comments/<comment_id>/replies", summary="Reply to a comment as staff",
             description="As WordPress's Reply in the comments screen: the reply is published under the comment "
                         "without being scored, marked author_role \"staff\" in the post's listing. A held comment "
                         "is approved by the reply, as WordPress's \"Approve and Reply\" (parent_status says where "
                         "the comment answered stands). A post whose comments are closed still takes a staff reply. "
                         "A reply to a comment at the site's deepest level (MaxThreadDepth) goes beside it, under its "
                         "parent (parent_id; in_reply_to names the comment answered), as WordPress shows it. "
                         "409 when the comment is in the spam folder or the trash, or when the same reply is "
                         "already there (a reply sent twice).",
             responses={201: {"description": "Created, approved, on its way to the page"}, **ERROR_RESPONSES, **AUTH},
             tags=["moderation"], security=BEARER)
def reply_to_comment(comment_id: Annotated[CommentId, Path()], request: Annotated[ReplyRequest, Body()]):
    actor = require(router.current_event, "moderator")
    try:
        replied = replies.reply(
            runtime.store(), runtime.queues(), runtime.events, settings(), runtime.secret_key(), comment_id,
            replies.StaffReply(request.author_name, request.content), actor,
            logger.get_correlation_id() or "", uuid.uuid4().hex, time.time(),
        )
    except DuplicateComment:
        return error(409, "duplicate reply: the same text, signed the same way, is already under this comment",
                     field="content")
    if replied.approved:
        _counted("approve", replied.approved)
    comment = replied.reply
    logger.info("staff reply", extra={"comment_id": comment.id, "parent_id": comment_id})
    metrics.add_metric(name="StaffReplies", unit=MetricUnit.Count, value=1)
    return json_response(201, {"id": comment.id, "status": comment.status.value, "parent_id": comment.parent_id,
                               "in_reply_to": comment_id, "parent_status": replied.parent_status.value})


@router.post("/moderation/recheck", summary="Check the held comments for spam again",
             description="Akismet's \"Check for Spam\": up to limit (100) comments the filter held (oldest first; not "
                         "those a moderator held or edited, nor readers' reports) go back to scoring with today's "
                         "rules and models. Those now judged spam move to the spam folder within seconds "
                         "(history actor \"recheck\"); the others stay held. 202 with how many were queued, the ids "
                         "SQS refused to queue (not_queued: still held, found again by a recheck from the first "
                         "page) and next_cursor, to pass back for the next page.",
             responses={202: {"description": "Queued for scoring again"}, **ERROR_RESPONSES, **AUTH},
             tags=["moderation"], security=BEARER)
def recheck_held(request: Annotated[RecheckRequest | None, Body()] = None):
    require(router.current_event, "moderator")
    request = request or RecheckRequest()  # every field has its default: a call with no body is one too
    body = moderation.recheck_held(runtime.store(), runtime.queues(), request.cursor, request.post_id, request.limit)
    logger.info("held comments queued for a recheck", extra={"queued": body["queued"], "not_queued": body["not_queued"]})
    return json_response(202, body)


@router.post("/moderation/actions", summary="The same decision for up to 100 comments",
             description="Answers 200 with each comment's outcome (status code and new status or problem; 204 "
                         "for each one deleted).",
             responses={**ok("One result per id, each with its own status code"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def bulk_action(request: Annotated[BulkActionRequest, Body()]):
    actor = require(router.current_event, "moderator")
    results, approved = [], []
    for comment_id in dict.fromkeys(request.ids):
        status, body = (_delete(comment_id, actor) if request.action == "delete"
                        else _decide(comment_id, request, actor, approved))
        results.append({"code": status, **body})
    publishing.publish_all(runtime.queues(), approved)  # ten to a request, not one each
    return json_response(200, {"results": results})


@router.get("/moderation/posts/<post_id>", summary="Whether a post takes comments, and whether a moderator sees each first",
            description="open; or closed, by a moderator (closed_by names them) or by itself (closed_by "
                        "\"automatic\": CLOSE_COMMENTS_DAYS after the post's first published comment, closes_at says when). "
                        "premoderated: every new comment is held for a moderator (premoderated_by names who said so).",
            responses={**ok("The post's comment status"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def get_post(post_id: Annotated[PostId, Path()]):
    require(router.current_event, "moderator")
    return json_response(200, runtime.store().post_comment_status(post_id, settings().close_after_seconds))


@router.put("/moderation/posts/<post_id>", summary="Open or close a post's comments; premoderate them",
            description="WordPress's \"Allow comments\" per post: while closed, POST /comments for the post "
                        "answers 403 and stores nothing; comments already in are untouched. Opening a post "
                        "whose comments closed by themselves gives it CLOSE_COMMENTS_DAYS more from now, which a "
                        "published_at the CMS sends later does not take back. "
                        "premoderated: WordPress's \"Comment must be manually approved\" for this post alone: "
                        "every comment scored from now on is held, with the filter's reasons beside it.",
            responses={**ok("The post's comment status, as set"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def set_post(post_id: Annotated[PostId, Path()], request: Annotated[PostRequest, Body()]):
    actor = require(router.current_event, "moderator")
    open_ = None if request.comment_status is None else request.comment_status == "open"
    published = None if request.published_at is None else request.published_at.timestamp()
    status = runtime.store().set_post(post_id, actor, iso_utc(time.time()), open_=open_,
                                      premoderated=request.premoderated, published_at=published,
                                      close_after_seconds=settings().close_after_seconds)
    logger.info("post settings", extra={"post_id": post_id, "comment_status": status["comment_status"],
                                        "premoderated": status["premoderated"]})
    return json_response(200, status)


def _word_lists_body(lists: word_lists.WordLists) -> dict:
    deployed = settings()
    return {**{name: list(getattr(lists, name)) for name in word_lists.LISTS},
            "version": lists.version, "updated_at": lists.updated_at, "updated_by": lists.updated_by,
            "deployed": {"moderation_keys": list(deployed.rules.moderation_keys),
                         "disallowed_keys": list(deployed.rules.disallowed_keys),
                         "toxic_terms": list(deployed.toxic_terms)}}


@router.get("/moderation/words", summary="The word lists that hold a comment, file it as spam or hold it as abusive",
            description="The lists moderators keep (PUT), and those the stack was deployed with (deployed: the "
                        "ModerationKeys, DisallowedKeys and ToxicTerms parameters), which apply as well.",
            responses={**ok("The word lists"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def get_word_lists():
    require(router.current_event, "moderator")
    return json_response(200, _word_lists_body(runtime.store().word_lists()))


@router.put("/moderation/words", summary="Change the word lists that hold a comment, file it as spam or hold it as abusive",
            description="WordPress's Discussion settings, while the site runs: each list given replaces the one "
                        "kept (repeats and blanks left out), a list left out stays as it is. Comments scored from "
                        "now on read them; POST /moderation/recheck reads the held comments again with them. A key "
                        "needs at least 3 characters, or 2 outside ASCII: it is matched inside words; a toxic term "
                        "needs 2 and a letter or digit: it is matched as a whole word. Needs the admin role, as "
                        "WordPress's settings do.",
            responses={**ok("The word lists, as saved"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def set_word_lists(request: Annotated[WordListsRequest, Body()]):
    actor = require(router.current_event, "admin")
    changes = {name: keys for name in word_lists.LISTS if (keys := getattr(request, name)) is not None}
    try:
        saved = runtime.store().save_word_lists(changes, actor, iso_utc(time.time()), request.version)
    except StaleWordLists as stale:
        body = _word_lists_body(stale.current)
        message = (f"the word lists changed since version {request.version} (now {stale.current.version}, by "
                   f"{stale.current.updated_by}): make the change again from the lists as they are now")
        return json_response(409, {**refusal(409, message, field="version"), "current": body})
    logger.info("word lists changed", extra={"actor": actor, "version": saved.version,
                                             **{name: len(keys) for name, keys in changes.items()}})
    return json_response(200, _word_lists_body(saved))


@router.get("/moderation/stats", summary="Verdicts per day, the queue's size and age, the filter's accuracy, what reports held",
            responses={**ok("The statistics"), **ERROR_RESPONSES, **AUTH}, tags=["moderation"], security=BEARER)
def get_stats(days: Annotated[int, Query(ge=1, le=90)] = 14):
    require(router.current_event, "moderator")
    return json_response(200, moderation.stats(runtime.store(), days, time.time()))


@router.post("/moderation/privacy/export", summary="Every comment of a reader, with all data kept about it",
             responses={**ok("The reader's comments, with all data kept about them"), **ERROR_RESPONSES, **AUTH}, tags=["privacy"], security=BEARER)
def export_personal_data(request: Annotated[PrivacyRequest, Body()]):
    require(router.current_event, "admin")
    return json_response(200, privacy.export(runtime.store(), runtime.secret_key(), request.reader()))


@router.post("/moderation/privacy/erase", summary="Anonymise every comment of a reader, as WordPress does",
             responses={**ok("How many comments were anonymised, and until when a ban stays (ban_kept_until, "
                             "null for none)"), **ERROR_RESPONSES, **AUTH}, tags=["privacy"], security=BEARER)
def erase_personal_data(request: Annotated[EraseRequest, Body()]):
    actor = require(router.current_event, "admin")
    result = privacy.erase(runtime.store(), runtime.events, runtime.secret_key(), request.reader(), time.time(),
                           lift_ban=request.lift_ban)
    answer = {k: result[k] for k in ("items_changed", "ban_kept_until")}
    logger.info("personal data erased", extra={**answer, "actor": actor})
    return json_response(200, answer)

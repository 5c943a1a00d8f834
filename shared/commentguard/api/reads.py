"""Public reads: a post's published comments, a comment's public status, a signed form token."""

import time
from typing import Annotated, Literal

from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter

from .. import formtoken, runtime
from ..flow.reads import comment_status, post_comments
from ..settings import settings
from ..submission import POST_ID_LIST, CommentId, PostId
from .errors import ERROR_RESPONSES, error, error_response, json_response, ok
from .paging import Cursor, Limit

# A cache in front (CloudFront, a browser's) keeps one answer per origin: with AllowedOrigins naming several, API
# Gateway's Access-Control-Allow-Origin differs from one to the next, and a page would get another's and be blocked.
VARY_ORIGIN = {"Vary": "Origin"}

router = APIGatewayHttpRouter()


@router.get(
    "/posts/<post_id>/comments",
    summary="A post's published comments, oldest (or newest) first",
    description="Each comment has id, parent_id (for threading), author_name (text escaped for HTML: insert it as HTML, as content, never as text, or a React page shows &amp;amp; for &amp;), "
    "author_role (\"staff\" for the newsroom's replies, else null), content (sanitised HTML) and created_at. Pass next_cursor back as cursor for the next page, with "
    "the same order (WordPress's \"older/newer comments at the top\").",
    responses={**ok("A page of published comments, and next_cursor for the next"), **ERROR_RESPONSES},
    tags=["comments"],
)
def list_post_comments(
    post_id: Annotated[PostId, Path()],
    cursor: Cursor = None,
    limit: Limit = 50,
    order: Annotated[Literal["oldest", "newest"], Query()] = "oldest",
):
    page = post_comments(runtime.store(), post_id, limit, cursor, newest_first=order == "newest")
    return json_response(200, page, headers={"Cache-Control": "public, max-age=5", **VARY_ORIGIN})


@router.get(
    "/comment-counts",
    summary="How many comments each post shows",
    description="WordPress's comment count, for article lists and the \"12 comments\" above a thread: "
    "post_ids, comma-separated (up to 100), answered as {\"counts\": {post_id: count}}; a post without "
    "comments counts 0. A comment counts from its publication until a moderator or readers' reports "
    "take it off the page.",
    responses={**ok("Each post's count"), **ERROR_RESPONSES},
    tags=["comments"],
)
def get_comment_counts(post_ids: Annotated[str, Query(pattern=POST_ID_LIST, max_length=100 * 129)]):
    counts = runtime.store().comment_counts(post_ids.split(","))
    return json_response(200, {"counts": counts}, headers={"Cache-Control": "public, max-age=30", **VARY_ORIGIN})


@router.get(
    "/comments/<comment_id>",
    summary="What the author may know of a comment",
    description='"published", or "pending" while it awaits moderation. A spam verdict is never revealed.',
    responses={**ok("The comment's public status"), **ERROR_RESPONSES},
    tags=["comments"],
)
def get_comment_status(comment_id: Annotated[CommentId, Path()]):
    status = comment_status(runtime.store(), comment_id)
    if status is None:
        return error(404, "no such comment", field="id")
    return json_response(200, status, headers={"Cache-Control": "no-store"})


@router.get(
    "/posts/<post_id>/form-token",
    summary="A signed token for the comment form",
    description="Render it into the form as form_token; a form sent back within seconds is a bot's. "
    "403 when the post's comments are closed: show that instead of the form. closes_at, when "
    "present, says when they close by themselves; premoderated, when true, that a moderator reads "
    "every comment before it appears (say so beside the form).",
    responses={**ok("The token, for the form's form_token field"), **ERROR_RESPONSES,
               403: error_response("Comments are closed on this post")},
    tags=["comments"],
)
def get_form_token(post_id: Annotated[PostId, Path()]):
    now = time.time()
    status = runtime.store().post_comment_status(post_id, settings().close_after_seconds, consistent=False, now=now)
    if status["comment_status"] == "closed":
        return error(403, "comments are closed on this article", field="post_id", headers={"Cache-Control": "no-store"},
                     code="closed")
    body = {"token": formtoken.issue(runtime.secret_key(), post_id, now), "post_id": post_id,
            "premoderated": status["premoderated"]}
    if "closes_at" in status:
        body["closes_at"] = status["closes_at"]
    return json_response(200, body, headers={"Cache-Control": "no-store"})

"""POST /comments: validate, store as pending, queue for scoring. Answers 202 before any scoring.
POST /comments/{id}/reports: a reader reports a published comment."""

import time
from typing import Annotated, Literal

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Body, Path
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from pydantic import BaseModel

from .. import runtime
from ..adapters.store import CommentsClosed, DuplicateComment, Flooding
from ..flow import reports
from ..flow.intake import EmailRequired, ForeignPostUrl, IntakeDeps, InvalidReply, SentAgain, SignInRequired, accept
from ..settings import settings
from ..signed_author import InvalidAuthorToken
from ..submission import CommentId, CommentSubmission
from .client import client_address, client_country, proxy_token
from .errors import ERROR_RESPONSES, error, error_response, json_response

logger = Logger(child=True)
metrics = Metrics()
router = APIGatewayHttpRouter()


class Accepted(BaseModel):
    id: str
    status: str = "pending"


class ReportRequest(BaseModel):
    reason: Literal[reports.REASONS]


@router.post(
    "/comments",
    summary="Submit a comment",
    description="Accepts a comment for moderation. It is scored within seconds and then published, "
    "held for a moderator, or filed as spam. The answer never says which. The same comment sent again from the same "
    "address within 10 minutes (a retry after a lost answer, a second click) gets the same 202 and id: nothing is "
    "stored twice; the same text later or from elsewhere is a duplicate (409). With SiteDomains set, a plain HTML "
    "form from a page of the site (application/x-www-form-urlencoded, WordPress's field names too) is taken as "
    "well and answered as a browser expects: a 303 back to the article, or a page saying what to mend.",
    responses={202: {"description": "Accepted, awaiting moderation", "content": {"application/json": {"model": Accepted}}},
               403: error_response("Comments are closed on this post, or the site takes comments from signed-in "
                                   "readers only (RequireSignedAuthor) and author_token is missing"), **ERROR_RESPONSES},
    tags=["comments"],
)
def post_comment(submission: Annotated[CommentSubmission, Body()]):
    request = router.current_event.request_context.http
    deps = IntakeDeps(runtime.store(), runtime.queues(), runtime.secret_key(), settings(),
                      author_secret=runtime.author_secret if settings().author_secret_arn else None)
    logger.append_keys(post_id=submission.post_id)
    try:
        comment = accept(submission, _reader_address(), request.user_agent, logger.get_correlation_id() or "", deps,
                         _reader_country())
    except InvalidReply as exc:
        return _refused(422, "invalid_reply", str(exc), field="parent_id")
    except EmailRequired as exc:
        return _refused(422, "email_required", str(exc), field="author_email")
    except SignInRequired as exc:
        return _refused(403, "sign_in_required", str(exc), field="author_token")
    except InvalidAuthorToken as exc:
        return _refused(422, "author_token", f"author_token {exc}", field="author_token")
    except ForeignPostUrl as exc:
        return _refused(422, "foreign_post_url", str(exc), field="post_url")
    except CommentsClosed:
        return _refused(403, "closed", "comments are closed on this article", field="post_id")
    except SentAgain as again:
        # Its first answer never reached the reader: this one is the same, and nothing is stored twice.
        logger.info("comment sent again; answered as the first time", extra={"comment_id": again.earlier.id})
        return json_response(202, Accepted(id=again.earlier.id).model_dump())
    except DuplicateComment:
        return _refused(409, "duplicate", "duplicate comment: you have already said that", field="content")
    except Flooding as exc:
        return _refused(429, "flood", "you are posting comments too quickly; slow down",
                        headers={"Retry-After": str(exc.retry_after)})
    logger.append_keys(comment_id=comment.id)
    logger.info("comment accepted")
    metrics.add_metric(name="CommentsReceived", unit=MetricUnit.Count, value=1)
    return json_response(202, Accepted(id=comment.id).model_dump())


def _reader_address() -> str:
    event = router.current_event
    return client_address(event.headers, event.request_context.http.source_ip, settings().client_address_header,
                          _proxy_token)


def _reader_country() -> str | None:
    return client_country(router.current_event.headers, settings().client_country_header, _proxy_token)


def _proxy_token() -> str:
    return proxy_token(runtime.secret_key())


def _refused(status: int, code: str, message: str, field: str | None = None,
             headers: dict[str, str] | None = None) -> Response:
    """A comment refused: its code is the answer's, the log's and the metric's reason."""
    logger.info("comment refused", extra={"refusal": code})
    with single_metric(name="CommentsRefused", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Reason", value=code)
    return error(status, message, field=field, headers=headers, code=code)


@router.post(
    "/comments/<comment_id>/reports",
    summary="Report a published comment",
    description="A reader's \"Report\" link: abuse, spam, off_topic or other. One report per reader counts; "
    "enough of them take the comment down for a moderator. The answer is the same whatever the report did.",
    responses={202: {"description": "Received"}, **ERROR_RESPONSES},
    tags=["comments"],
)
def report_comment(comment_id: Annotated[CommentId, Path()], request: Annotated[ReportRequest, Body()]):
    try:
        outcome = reports.report(runtime.store(), runtime.events, settings(), runtime.secret_key(), comment_id,
                                 request.reason, _reader_address(), time.time())
    except reports.NotReportable:
        return error(404, "no such published comment", field="id")
    logger.info("comment reported", extra={"comment_id": comment_id, "reason": request.reason,
                                           "counted": outcome.counted, "held": outcome.held,
                                           "limited": outcome.limited})
    if outcome.limited:
        metrics.add_metric(name="ReportsLimited", unit=MetricUnit.Count, value=1)
    if outcome.counted:
        with single_metric(name="CommentReports", unit=MetricUnit.Count, value=1) as metric:
            metric.add_dimension(name="Reason", value=request.reason)
    if outcome.held:
        metrics.add_metric(name="CommentsHeldByReports", unit=MetricUnit.Count, value=1)
    if outcome.announce_failed:
        metrics.add_metric(name="HeldNotificationsFailed", unit=MetricUnit.Count, value=1)
    return json_response(202, {"id": comment_id})

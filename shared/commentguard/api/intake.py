"""POST /comments: validate, store as pending, queue for scoring. Answers 202 before any scoring."""

from typing import Annotated

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import Response
from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.event_handler.router import APIGatewayHttpRouter
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from pydantic import BaseModel

from .. import runtime
from ..adapters.store import CommentsClosed, DuplicateComment, Flooding
from ..flow.intake import EmailRequired, IntakeDeps, InvalidReply, accept
from ..settings import settings
from ..submission import CommentSubmission
from .errors import ERROR_RESPONSES, error, json_response

logger = Logger(child=True)
metrics = Metrics()
router = APIGatewayHttpRouter()


class Accepted(BaseModel):
    id: str
    status: str = "pending"


@router.post(
    "/comments",
    summary="Submit a comment",
    description="Accepts a comment for moderation. It is scored within seconds and then published, "
    "held for a moderator, or filed as spam. The answer never says which.",
    responses={202: {"description": "Accepted, awaiting moderation", "content": {"application/json": {"model": Accepted}}},
               **ERROR_RESPONSES},
    tags=["comments"],
)
def post_comment(submission: Annotated[CommentSubmission, Body()]):
    request = router.current_event.request_context.http
    deps = IntakeDeps(runtime.store(), runtime.queues(), runtime.secret_key(), settings())
    logger.append_keys(post_id=submission.post_id)
    try:
        comment = accept(submission, request.source_ip, request.user_agent, logger.get_correlation_id() or "", deps)
    except InvalidReply as exc:
        return _refused("invalid_reply", error(422, str(exc), field="parent_id"))
    except EmailRequired as exc:
        return _refused("email_required", error(422, str(exc), field="author_email"))
    except CommentsClosed:
        return _refused("closed", error(403, "comments are closed on this article"))
    except DuplicateComment:
        return _refused("duplicate", error(409, "duplicate comment: you have already said that"))
    except Flooding as exc:
        return _refused(
            "flood",
            error(429, "you are posting comments too quickly; slow down", headers={"Retry-After": str(exc.retry_after)}),
        )
    logger.append_keys(comment_id=comment.id)
    logger.info("comment accepted")
    metrics.add_metric(name="CommentsReceived", unit=MetricUnit.Count, value=1)
    return json_response(202, Accepted(id=comment.id).model_dump())


def _refused(reason: str, response: Response) -> Response:
    logger.info("comment refused", extra={"refusal": reason})
    with single_metric(name="CommentsRefused", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Reason", value=reason)
    return response

"""POST /comments: validate, store as pending, queue for scoring. Answers 202 before any scoring."""

from typing import Annotated

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.openapi.params import Body
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.metrics import MetricUnit, single_metric

from commentguard import runtime
from commentguard.adapters.store import DuplicateComment, Flooding
from commentguard.flow.intake import IntakeDeps, InvalidReply, accept
from commentguard.http import error, install_error_handlers, json_response
from commentguard.models import CommentSubmission
from commentguard.settings import settings

logger = Logger()
metrics = Metrics()
tracer = Tracer()
app = APIGatewayHttpResolver(enable_validation=True)
install_error_handlers(app)

@app.post("/comments")
@tracer.capture_method
def post_comment(submission: Annotated[CommentSubmission, Body()]):
    request = app.current_event.request_context.http
    deps = IntakeDeps(runtime.store(), runtime.queues(), runtime.secret_key(), settings())
    logger.append_keys(post_id=submission.post_id)
    try:
        comment = accept(submission, request.source_ip, request.user_agent, logger.get_correlation_id() or "", deps)
    except InvalidReply as exc:
        return _refused("invalid_reply", error(422, str(exc), field="parent_id"))
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
    return json_response(202, {"id": comment.id, "status": "pending"})

def _refused(reason: str, response: Response) -> Response:
    logger.info("comment refused", extra={"refusal": reason})
    with single_metric(name="CommentsRefused", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Reason", value=reason)
    return response

@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    return app.resolve(event, context)

"""Public reads: a post's published comments, a comment's public status, a signed form token."""

import time
from typing import Annotated

from aws_lambda_powertools import Logger, Metrics, Tracer
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response
from aws_lambda_powertools.event_handler.openapi.params import Path, Query
from aws_lambda_powertools.logging import correlation_paths

from commentguard import formtoken, runtime
from commentguard.adapters.store import BadCursor
from commentguard.flow.reads import comment_status, post_comments
from commentguard.http import error, install_error_handlers, json_response
from commentguard.models import PostId

logger = Logger()
metrics = Metrics()
tracer = Tracer()
app = APIGatewayHttpResolver(enable_validation=True)
install_error_handlers(app)

CommentId = Annotated[str, Path(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$")]

@app.get("/posts/<post_id>/comments")
@tracer.capture_method
def list_post_comments(
    post_id: Annotated[PostId, Path()],
    cursor: Annotated[str | None, Query(max_length=2048)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
):
    try:
        page = post_comments(runtime.store(), post_id, limit, cursor)
    except BadCursor as exc:
        return error(400, str(exc), field="cursor")
    return json_response(200, page, headers={"Cache-Control": "public, max-age=5"})

@app.get("/comments/<comment_id>")
@tracer.capture_method
def get_comment_status(comment_id: CommentId):
    status = comment_status(runtime.store(), comment_id)
    if status is None:
        return error(404, "no such comment", field="id")
    return json_response(200, status, headers={"Cache-Control": "no-store"})

@app.get("/posts/<post_id>/form-token")
def get_form_token(post_id: Annotated[PostId, Path()]):
    now = time.time()
    token = formtoken.issue(runtime.secret_key(), post_id, now)
    return json_response(200, {"token": token, "post_id": post_id}, headers={"Cache-Control": "no-store"})

@logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP)
@tracer.capture_lambda_handler
@metrics.log_metrics(capture_cold_start_metric=True)
def lambda_handler(event: dict, context) -> dict:
    return app.resolve(event, context)

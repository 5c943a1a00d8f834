"""What the HTTP handlers share: error bodies that name the field and the problem, and the mapping
of domain errors to status codes. Nothing a client sends may end in a 5xx."""

from __future__ import annotations

import base64
import binascii
import json
import logging
from typing import Any

from aws_lambda_powertools.event_handler import Response, content_types
from aws_lambda_powertools.event_handler.exceptions import NotFoundError
from aws_lambda_powertools.event_handler.openapi.exceptions import RequestValidationError
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel, Field

from ..adapters.events import EventPublishFailed
from ..adapters.store import BadCursor
from ..submission import PATTERN_WORDS, PROBLEM_CODES
from .auth import Forbidden, Unauthorized

log = logging.getLogger(__name__)
# A throttle or an outage (an event the bus did not take included) is ours, not the client's: 503, retry.
UNAVAILABLE = (ClientError, BotoCoreError, EventPublishFailed)


# A refusal's code where nothing more particular is said: by its status.
STATUS_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict",
                413: "too_large", 415: "not_json", 422: "invalid", 429: "too_many_requests", 503: "unavailable"}
# Pydantic's error types as the codes a client reads: a few stable words, not the library's vocabulary. The
# validators of ours raise theirs (``submission.problem``), which pass as they are.
PYDANTIC_CODES = {"missing": "required", "json_invalid": "invalid_json", "model_attributes_type": "not_object",
                   "dict_type": "not_object", "string_too_long": "too_long", "too_long": "too_long",
                   "string_too_short": "too_short", "too_short": "too_short",
                   "string_pattern_mismatch": "invalid_format", "literal_error": "not_allowed", "enum": "not_allowed"}


class FieldProblem(BaseModel):
    field: str = Field(description='The field at fault ("content", "parent_id", "ids.0"; "body": the body as a whole)')
    code: str = Field(description="The problem as a stable word a site may translate (README, \"Error codes\"): "
                                  "required, too_long, not_email, duplicate, ...")
    problem: str = Field(description="The problem in English words, for a person")


class ErrorBody(BaseModel):
    """Every refusal's body: what ``error`` writes, and the validation errors' too."""

    code: str = Field(description="The refusal as a stable word a site may translate (README, \"Error codes\"): "
                                  "invalid (see errors), duplicate, flood, closed, not_found, ...")
    message: str = Field(description="What went wrong, in an English sentence a person may be shown")
    errors: list[FieldProblem] | None = Field(None, description="Each field at fault and its problem, where one is")


class GatewayRefusal(BaseModel):
    """API Gateway's own refusal, before any function runs: its JWT authorizer's 401 says no more than this (the
    functions' own 401, where a token's claims did not come through, says it with a code, as ``ErrorBody``)."""

    message: str = Field(description='"Unauthorized"')


def error_response(description: str, model: type[BaseModel] = ErrorBody) -> dict[str, Any]:
    """A refusal in the OpenAPI document, with its body's schema."""
    return {"description": description, "content": {content_types.APPLICATION_JSON: {"model": model}}}


ERROR_RESPONSES = {
    400: error_response("Bad request: the body names the field and the problem"),
    404: error_response("Not found"),
    409: error_response("Conflict: a duplicate, or a move the comment's state does not allow"),
    413: error_response("The comment is too large to store once sanitised: shorten its content"),
    415: error_response("The body is not JSON: send it as Content-Type: application/json"),
    422: error_response("Invalid input: the body names each field and its problem"),
    429: error_response("Too many comments too quickly; see Retry-After"),
    503: error_response("Temporarily unavailable (a call to AWS failed); retry after Retry-After: a request that "
                        "was carried out before its answer was lost is not carried out twice"),
}


def ok(description: str, status: int = 200) -> dict[int, dict[str, str]]:
    """A route's success answer in the OpenAPI document: a route that names its ``responses`` gets no
    200 from Powertools, so clients would not see what success looks like."""
    return {status: {"description": description}}


def json_response(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body=body,  # the resolver serialises it (once, whatever the route declares)
        headers=headers or {},
    )


def refusal(status: int, message: str, field: str | None = None, code: str | None = None) -> dict[str, Any]:
    """A refusal's body (``ErrorBody``); ``code`` where the status alone says too little ("duplicate", "flood")."""
    code = code or STATUS_CODES.get(status, "error")
    body: dict[str, Any] = {"code": code, "message": message}
    if field:
        body["errors"] = [{"field": field, "code": code, "problem": message}]
    return body


def error(status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None,
          code: str | None = None) -> Response:
    return json_response(status, refusal(status, message, field, code), headers)


def _field(err: dict[str, Any]) -> str:
    # ("body", "author_email") -> "author_email"; ("body",) -> "body"; ("path", "id") -> "id"; JSON that
    # does not parse is located as ("body", <character offset>): the field is the body.
    loc = tuple(err.get("loc", ()))
    if err.get("type") == "json_invalid":
        return "body"
    parts = [str(p) for p in loc[1:]] if len(loc) > 1 else [str(p) for p in loc]
    return ".".join(parts) or "body"


def _code(err: dict[str, Any]) -> str:
    kind = str(err.get("type", ""))
    if kind in PYDANTIC_CODES:
        return PYDANTIC_CODES[kind]
    if kind in PROBLEM_CODES:
        return kind
    if kind.endswith(("_type", "_parsing")):
        return "wrong_type"
    if kind.startswith(("greater_than", "less_than")):
        return "out_of_range"
    return "invalid"


def _problem(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    if kind == "missing":
        return "is required"
    if kind == "json_invalid":
        where = err.get("loc", ())[1:2]
        return "the body is not valid JSON" + (f" (at character {where[0]})" if where else "")
    if kind in ("model_attributes_type", "dict_type"):
        return "the body must be a JSON object"
    if kind == "string_pattern_mismatch" and (words := PATTERN_WORDS.get(str((err.get("ctx") or {}).get("pattern")))):
        return words  # the pattern itself tells a person little
    message = str(err.get("msg", "is invalid"))
    return message.removeprefix("Value error, ")


def _count_refused_comment(route_key: str | None) -> None:
    if route_key == "POST /comments":
        with single_metric(name="CommentsRefused", unit=MetricUnit.Count, value=1) as metric:
            metric.add_dimension(name="Reason", value="invalid")


def _unreadable(event: dict) -> tuple[int, str, str] | None:
    body = event.get("body")
    if not body:
        return None
    headers = {k.lower(): v for k, v in (event.get("headers") or {}).items()}
    content_type = headers.get("content-type", "").strip().lower()
    # A body sent without a type is read as nothing: a browser sends one (an untyped Blob, sendBeacon) from any
    # website without asking CORS first, and would post comments and reports from its visitors' addresses.
    if not content_type.startswith("application/json"):
        return 415, "not_json", "the body must be JSON, sent as Content-Type: application/json"
    if event.get("isBase64Encoded"):
        try:
            base64.b64decode(body, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return 400, "not_utf8", "the body is not UTF-8 text"
    return None


def refuse_unreadable_body(event: dict, why: str | None = None) -> dict | None:
    """The answer to a request whose body the API cannot read as JSON, before any route sees it; None
    for every other request. The API takes JSON in UTF-8 only. Left to the resolver, a form or
    multipart body would be parsed into lists (and every field "should be a valid string"), and a
    multipart type without its boundary or bytes that are not UTF-8 would end in a 500. ``why``, where
    given, is added to the message of a refusal."""
    refused = _unreadable(event)
    if refused is None:
        return None
    status, code, message = refused
    if why:
        message = f"{message}; {why}"
    route_key = event.get("routeKey")
    log.info("request refused as unreadable", extra={"route": route_key, "status": status})
    _count_refused_comment(route_key)
    return {"statusCode": status, "headers": {"Content-Type": content_types.APPLICATION_JSON},
            "body": json.dumps(refusal(status, message, "body", code), separators=(",", ":")), "isBase64Encoded": False}


def _item_too_large(exc: Exception) -> bool:
    """A comment too large to store: a text within the byte limit whose sanitised HTML is several times
    longer (every "&" becomes "&amp;", twice inside a link). The store refuses it first when it would
    leave too little room for its verdict and history (``store.ItemTooLarge``, a ValidationException
    with DynamoDB's words); DynamoDB's own refusal of an item over 400 KB comes as a ValidationException
    from a plain write, a ValidationError among a transaction's cancellation reasons. Any other
    ValidationException is a fault of ours."""
    if not isinstance(exc, ClientError):
        return False
    error = exc.response.get("Error", {})
    if error.get("Code") == "ValidationException":
        messages = [error.get("Message", "")]
    elif error.get("Code") == "TransactionCanceledException":
        messages = [r.get("Message", "") for r in exc.response.get("CancellationReasons") or []
                    if r.get("Code") == "ValidationError"]
    else:
        return False
    return any("Item size" in m and "exceeded the maximum allowed size" in m for m in messages)


def install_error_handlers(app: Any) -> None:
    def route_key() -> str | None:
        return app.current_event.route_key if app.current_event else None

    @app.exception_handler(RequestValidationError)
    def _invalid(exc: RequestValidationError) -> Response:
        errors = [{"field": _field(e), "code": _code(e), "problem": _problem(e)} for e in exc.errors()]
        first = errors[0] if errors else {"field": "body", "code": "invalid", "problem": "is invalid"}
        # Which fields, never their values: a refused body may hold personal data.
        log.info("request refused as invalid", extra={"route": route_key(), "fields": [e["field"] for e in errors]})
        _count_refused_comment(route_key())
        return json_response(422, {**refusal(422, f"{first['field']}: {first['problem']}"), "errors": errors})

    @app.exception_handler(RecursionError)
    def _too_deep(exc: RecursionError) -> Response:
        # JSON nested thousands deep exhausts the parser's recursion (json.loads raises this, not a
        # decode error); nothing of ours recurses on a request's data.
        log.info("request refused as nested too deeply", extra={"route": route_key()})
        _count_refused_comment(route_key())
        return error(400, "the body is nested too deeply", field="body", code="too_deep")

    @app.not_found
    def _no_route(exc: NotFoundError) -> Response:
        return error(404, "no such resource")

    @app.exception_handler(BadCursor)
    def _bad_cursor(exc: BadCursor) -> Response:
        # Every listing's cursor, in its query or its body, is refused the same way.
        return error(400, str(exc), field="cursor")

    @app.exception_handler([Unauthorized, Forbidden])
    def _refused(exc: Unauthorized | Forbidden) -> Response:
        # The body every other error has ({"message"}), not the resolver's {"statusCode", "message"}.
        return error(exc.status_code, exc.msg)

    @app.exception_handler(list(UNAVAILABLE))
    def _unavailable(exc: Exception) -> Response:
        if _item_too_large(exc):
            log.info("comment refused as too large to store", extra={"route": route_key()})
            _count_refused_comment(route_key())
            return error(413, "the comment is too large to store; shorten it", field="content")
        log.exception("AWS call failed")
        return error(503, "temporarily unavailable, please retry", headers={"Retry-After": "1"})

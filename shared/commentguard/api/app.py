"""What every HTTP function is: a resolver with validation on and error bodies that name the field and
the problem, wrapped in Powertools' logger (correlation id = the API request id) and metrics.

No Powertools Tracer behind the HTTP API: importing aws-xray-sdk alone costs more than these
functions' cold-start budget. Tracing: Active in the template still records each invocation in
X-Ray; the queue consumers add subsegments.
"""

import json
from collections.abc import Callable

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver
from aws_lambda_powertools.logging import correlation_paths
from aws_lambda_powertools.shared.json_encoder import Encoder

from ..settings import settings
from . import forms
from .errors import install_error_handlers, refuse_unreadable_body


def to_json(body: object) -> str:
    """A body as JSON with its text as text: "Zoë 👍" escaped as \\u00eb\\ud83d\\udc4d is two to six times
    larger, and an HTTP API compresses nothing. A lone surrogate (which no stored text holds) is escaped."""
    text = json.dumps(body, separators=(",", ":"), cls=Encoder, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(body, separators=(",", ":"), cls=Encoder)
    # JSON allows the two line separators raw, a <script> before ES2019 does not: a page may embed an answer.
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def http_app(*routers) -> APIGatewayHttpResolver:
    app = APIGatewayHttpResolver(enable_validation=True, serializer=to_json)
    install_error_handlers(app)
    for router in routers:
        app.include_router(router)
    return app


def http_handler(*routers, resolver_for: Callable[[dict], APIGatewayHttpResolver] | None = None,
                 form_posts: bool = False):
    """The Lambda handler serving ``routers``; ``resolver_for`` may pick another resolver per event;
    ``form_posts``: POST /comments takes a plain HTML form too (``forms``)."""
    logger, metrics, app = Logger(), Metrics(), http_app(*routers)

    # clear_state: keys a request appends (its post and comment ids) must not label the next one's lines.
    @logger.inject_lambda_context(correlation_id_path=correlation_paths.API_GATEWAY_HTTP, clear_state=True)
    @metrics.log_metrics(capture_cold_start_metric=True)
    def lambda_handler(event: dict, context) -> dict:
        form = None
        form_post = form_posts and forms.is_form_post(event)
        sites = settings().site_domains if form_post else None
        if sites:
            try:
                form = forms.read(event, sites, settings().site_language)
            except forms.FormRefused as exc:
                logger.info("form refused", extra={"status": exc.status, "problem": str(exc)})
                return forms.refused(exc, settings().site_language)
            event = form.event
        # A form where the site named no domains: its developer, who pointed a theme's form here, reads why.
        refused = refuse_unreadable_body(event, forms.NO_SITE_DOMAINS if form_post and not sites else None)
        if refused is not None:
            return refused
        resolver = resolver_for(event) if resolver_for else None
        response = (resolver or app).resolve(event, context)
        return forms.answer(form, response) if form else response

    return lambda_handler

"""The OpenAPI document of every route (public and moderation) and Swagger UI for moderators.

Built on first request only, in the moderation function: the public functions never pay for it."""

from functools import lru_cache

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from .app import http_app
from .auth import require
from .errors import json_response

DOC_PATHS = ("/openapi.json", "/moderation/swagger")
TITLE = "Commentguard API"


def _moderators_only(app, next_middleware):
    require(app.current_event, "moderator")
    return next_middleware(app)


@lru_cache(maxsize=1)
def docs_app() -> APIGatewayHttpResolver:
    # The OpenAPI models cost more to import than the rest of this function: only when asked.
    from aws_lambda_powertools.event_handler.openapi.models import Server

    from . import intake, moderation, reads

    app = http_app(intake.router, reads.router, moderation.router)
    app.enable_swagger(
        path="/moderation/swagger", title=TITLE, middlewares=[_moderators_only], servers=[Server(url="/")]
    )

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_json():
        return json_response(200, openapi_document())

    return app


def openapi_document() -> dict:
    import json

    return json.loads(docs_app().get_openapi_json_schema(title=TITLE, version="1.0.0"))

"""The OpenAPI document of every route (public and moderation) and Swagger UI for moderators.

Built on first request only, in the moderation function: the public functions never pay for it. Both
are public: they hold nothing a reader could not read in the repository, and a browser cannot send a
bearer token to open a page. Swagger UI's Authorize takes the moderator's token (the moderation routes
declare the ``moderatorJwt`` scheme) and its calls carry it, where API Gateway's JWT authorizer checks it."""

from functools import lru_cache

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from .app import http_app
from .errors import json_response

DOC_PATHS = ("/openapi.json", "/moderation/swagger")
TITLE = "Commentguard API"
# Two conventions side by side, and the wrong one in a moderator's page runs a reader's script with the
# moderator's token: said once, where every client's author reads first.
DESCRIPTION = (
    "Text and HTML. The public routes answer what a page inserts as HTML: `content` sanitised, `author_name` "
    "escaped. The moderation routes answer every string as the reader wrote it (`author_name`, `content_raw`, a "
    "parent's `excerpt`, the reasons' messages, which quote the comment): insert them as text, never as HTML. "
    "Their one HTML field is `content_html`, the sanitised text readers see."
)


def _security_schemes() -> dict:
    from aws_lambda_powertools.event_handler.openapi.models import HTTPBearer

    return {"moderatorJwt": HTTPBearer(
        bearerFormat="JWT",
        description="An access or ID token of the stack's moderator pool (Cognito, or the issuer in JwtIssuer), "
                    "with the moderator or admin group; locally, `commentguard token`.",
    )}


@lru_cache(maxsize=1)
def docs_app() -> APIGatewayHttpResolver:
    # The OpenAPI models cost more to import than the rest of this function: only when asked.
    from aws_lambda_powertools.event_handler.openapi.models import Server

    from . import intake, moderation, reads

    app = http_app(intake.router, reads.router, moderation.router)
    app.enable_swagger(
        path="/moderation/swagger", title=TITLE, description=DESCRIPTION, servers=[Server(url="/")],
        security_schemes=_security_schemes(), persist_authorization=True,
        compress=True,  # Swagger UI's own script, inlined (no third-party CDN on a page that holds a token): 1.8 MB
    )

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_json():
        return json_response(200, openapi_document())

    return app


def openapi_document() -> dict:
    import json

    document = json.loads(docs_app().get_openapi_json_schema(title=TITLE, version="1.0.0", description=DESCRIPTION,
                                                             security_schemes=_security_schemes()))
    return _without_unused_schemas(document)


def _without_unused_schemas(document: dict) -> dict:
    """Powertools adds FastAPI's error schemas (``HTTPValidationError``: ``detail``, ``loc``, ``msg``) to every
    document; no answer here has that shape (``ErrorBody`` is every refusal's), and a client generated from
    them would look for fields that never come. A schema nothing refers to goes, until none is left."""
    import json

    schemas = document.get("components", {}).get("schemas", {})
    while True:
        unused = [name for name in schemas
                  if f'"#/components/schemas/{name}"' not in json.dumps({**document, "components": {
                      **document["components"], "schemas": {k: v for k, v in schemas.items() if k != name}}})]
        if not unused:
            return document
        for name in unused:
            del schemas[name]

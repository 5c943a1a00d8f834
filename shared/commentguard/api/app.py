"""The resolver every HTTP function builds: validation on, CORS from the template's settings,
error bodies that name the field and the problem."""

from aws_lambda_powertools.event_handler import APIGatewayHttpResolver

from .errors import install_error_handlers


def http_app(*routers) -> APIGatewayHttpResolver:
    app = APIGatewayHttpResolver(enable_validation=True)
    install_error_handlers(app)
    for router in routers:
        app.include_router(router)
    return app

"""HTTP routes, as Powertools routers. Each function's app.py mounts the routers it serves; the
OpenAPI document mounts them all."""

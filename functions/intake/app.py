"""Intake: POST /comments, as JSON or as a plain HTML form (routes in commentguard.api.intake)."""

from commentguard.api import intake
from commentguard.api.app import http_handler

lambda_handler = http_handler(intake.router, form_posts=True)

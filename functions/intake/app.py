"""Intake: POST /comments (routes in commentguard.api.intake)."""

from commentguard.api import intake
from commentguard.api.app import http_handler

lambda_handler = http_handler(intake.router)

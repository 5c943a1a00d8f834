"""Public reads: a post's comments, a comment's status, a form token (routes in commentguard.api.reads)."""

from commentguard.api import reads
from commentguard.api.app import http_handler

lambda_handler = http_handler(reads.router)

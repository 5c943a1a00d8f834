"""The local stack: template.yaml run on an embedded moto, for ``commentguard serve`` and the tests.

``LocalStack`` starts moto in-process, creates the queues, tables, bus and secret that the template
declares, serves the HTTP API on 127.0.0.1 (payload format 2.0 events for the real handlers) and
drives the queue consumers the way Lambda's event source mappings do. Each handler runs as its role:
an AWS call its template ``Policies`` do not allow fails with AccessDenied, as in AWS (:mod:`.iam`),
though moto itself checks no permissions. ``load_template`` and ``load_handler`` are what a test
needs to do what ``sam local invoke -e`` does.
"""

from .loader import LambdaContext, LocalFunction, load_handler, local_environment
from .stack import FAST_VISIBILITY_TIMEOUT, LocalStack, serve
from .template import FunctionSpec, Template, load_template

__all__ = [
    "FAST_VISIBILITY_TIMEOUT",
    "FunctionSpec",
    "LambdaContext",
    "LocalFunction",
    "LocalStack",
    "Template",
    "load_handler",
    "load_template",
    "local_environment",
    "serve",
]

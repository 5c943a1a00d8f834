"""Import a function's handler and call it the way Lambda (or ``sam local invoke``) would."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import iam
from .template import DEFAULT_ACCOUNT_ID, DEFAULT_REGION, FunctionSpec

Handler = Callable[[Any, Any], Any]

_counter = itertools.count(1)
_import_lock = threading.Lock()


class HandlerImportError(ImportError):
    pass


@dataclass
class LambdaContext:
    """What Lambda hands a handler as ``context`` (the attributes Powertools reads)."""

    function_name: str = "local-function"
    function_version: str = "$LATEST"
    invoked_function_arn: str = ""
    memory_limit_in_mb: int = 128
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    log_group_name: str = ""
    log_stream_name: str = ""
    timeout: float = 3.0
    region: str = DEFAULT_REGION
    account_id: str = DEFAULT_ACCOUNT_ID
    _deadline: float = 0.0

    def __post_init__(self) -> None:
        if not self.invoked_function_arn:
            self.invoked_function_arn = (
                f"arn:aws:lambda:{self.region}:{self.account_id}:function:{self.function_name}"
            )
        if not self.log_group_name:
            self.log_group_name = f"/aws/lambda/{self.function_name}"
        if not self.log_stream_name:
            self.log_stream_name = time.strftime("%Y/%m/%d") + f"/[$LATEST]{uuid.uuid4().hex}"
        if not self._deadline:
            self._deadline = time.monotonic() + self.timeout

    @classmethod
    def for_function(cls, spec: FunctionSpec, region: str = DEFAULT_REGION,
                     account_id: str = DEFAULT_ACCOUNT_ID) -> LambdaContext:
        """A fresh context (new request id, full time budget) for one invocation of ``spec``."""
        return cls(
            function_name=spec.function_name or spec.logical_id,
            memory_limit_in_mb=spec.memory,
            timeout=float(spec.timeout),
            region=region,
            account_id=account_id,
        )

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))

    @property
    def memory_limit_in_mb_str(self) -> str:  # some libraries read it as a string
        return str(self.memory_limit_in_mb)


def _add_path(path: Path) -> None:
    text = str(path)
    if text not in sys.path:
        sys.path.insert(0, text)


def load_handler(spec: FunctionSpec) -> Handler:
    """Import the handler named by ``spec.handler`` from ``spec.code_uri``.

    Every function has a module called ``app``; each is imported under a unique module name so
    they do not shadow each other. The function's layers (their ContentUri folders, e.g. shared/)
    go on ``sys.path`` first, as Lambda puts a layer on the path before the function runs.
    """
    module_path, _, attribute = spec.handler.rpartition(".")
    if not module_path or not attribute:
        raise HandlerImportError(f"{spec.logical_id}: Handler {spec.handler!r} is not module.function")
    source = spec.code_uri / (module_path.replace(".", "/") + ".py")
    if not source.is_file():
        raise HandlerImportError(f"{spec.logical_id}: {source} does not exist (CodeUri + Handler)")
    for layer in spec.layers:
        _add_path(layer)
    safe = re.sub(r"\W", "_", f"{spec.logical_id}_{module_path}")
    name = f"_commentguard_local_fn_{safe}_{next(_counter)}"
    module_spec = importlib.util.spec_from_file_location(name, source)
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    with _import_lock:
        # The code folder is on the path only while the module runs its imports, so a helper module
        # next to app.py is found without one function's helper shadowing another's.
        code_dir = str(spec.code_uri)
        sys.path.insert(0, code_dir)
        sys.modules[name] = module
        try:
            module_spec.loader.exec_module(module)
        except Exception as exc:
            sys.modules.pop(name, None)
            raise HandlerImportError(f"{spec.logical_id}: importing {source} failed: {exc!r}") from exc
        finally:
            try:
                sys.path.remove(code_dir)
            except ValueError:
                pass
    handler = getattr(module, attribute, None)
    if not callable(handler):
        raise HandlerImportError(f"{spec.logical_id}: {source} has no callable {attribute!r}")
    return handler


def local_environment(
    specs: Iterable[FunctionSpec],
    endpoint_url: str | None,
    region: str = DEFAULT_REGION,
) -> dict[str, str]:
    """The process environment for running all functions in one process.

    The union of the functions' resolved variables (they agree on names; a disagreement raises),
    the region, dummy credentials, and ``AWS_ENDPOINT_URL`` pointing at moto.
    """
    env: dict[str, str] = {}
    owner: dict[str, str] = {}
    for spec in specs:
        for key, value in spec.environment.items():
            if key in env and env[key] != value:
                raise ValueError(
                    f"environment variable {key} differs between {owner[key]} ({env[key]!r}) "
                    f"and {spec.logical_id} ({value!r}); the local stack runs all functions in one process"
                )
            env[key] = value
            owner[key] = spec.logical_id
    env.update(
        {
            "AWS_DEFAULT_REGION": region,
            "AWS_REGION": region,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_SECURITY_TOKEN": "testing",
        }
    )
    if endpoint_url:
        env["AWS_ENDPOINT_URL"] = endpoint_url
    # No X-Ray daemon here: Powertools' tracer would try to reach one.
    env.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    return env


class EnvironmentPatch:
    """Set environment variables and put back what was there before."""

    def __init__(self, values: Mapping[str, str], remove: Iterable[str] = ("AWS_PROFILE",)):
        self.values = dict(values)
        self.remove = list(remove)
        self._saved: dict[str, str | None] = {}

    def apply(self) -> None:
        for key in list(self.values) + self.remove:
            if key not in self._saved:
                self._saved[key] = os.environ.get(key)
        for key in self.remove:
            os.environ.pop(key, None)
        os.environ.update(self.values)

    def restore(self) -> None:
        for key, value in self._saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved.clear()


class InvocationTimeout(RuntimeError):
    """The handler ran longer than the function's Timeout (Lambda would have stopped it)."""


class LocalFunction:
    """A loaded function: one invocation at a time, as one Lambda execution environment runs.

    Handlers keep per-invocation state in module globals (Powertools' resolver keeps the current
    event, the logger the current context), so calls to the same function are serialised. Pass one
    shared ``lock`` to several functions to run only one invocation at a time among them all: in
    one process they also share the layer's module state (Powertools' Logger keys and Metrics
    buffer are per service, not per function), which separate Lambda sandboxes would not.
    """

    def __init__(self, spec: FunctionSpec, handler: Handler | None = None,
                 region: str = DEFAULT_REGION, account_id: str = DEFAULT_ACCOUNT_ID,
                 lock: threading.Lock | threading.RLock | None = None):
        self.spec = spec
        self.handler = handler or load_handler(spec)
        self.region = region
        self.account_id = account_id
        self._lock = lock or threading.Lock()

    @property
    def logical_id(self) -> str:
        return self.spec.logical_id

    def invoke(self, event: Any, context: LambdaContext | None = None) -> Any:
        """Call the handler as the function's role: a call its Policies do not allow fails with AccessDenied,
        as in AWS. Raises what the handler raises; raises InvocationTimeout if it overran Timeout."""
        with self._lock:
            ctx = context or LambdaContext.for_function(self.spec, self.region, self.account_id)
            started = time.monotonic()
            # Every AWS call the handler makes must be allowed by the function's template Policies.
            with iam.acting_as(self.spec.policy):
                result = self.handler(event, ctx)
            elapsed = time.monotonic() - started
        if elapsed > self.spec.timeout:
            raise InvocationTimeout(
                f"{self.logical_id} ran {elapsed:.1f} s, longer than its Timeout of {self.spec.timeout} s"
            )
        return result

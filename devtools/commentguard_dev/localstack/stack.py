"""The local stack: moto, the template's resources, the HTTP API and the queue pollers in one process."""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import threading
import time
import traceback
import urllib.request
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import boto3

from .auth import LocalIssuer
from .http import HttpApiServer, build_routes
from .loader import EnvironmentPatch, HandlerImportError, LocalFunction, load_handler, local_environment
from .pollers import ScheduleRunner, SqsPoller
from .resources import Physical, create_resources
from .template import DEFAULT_REGION, FunctionSpec, Template, TemplateError, load_template

log = logging.getLogger("local_stack")  # no "commentguard" in the name: Powertools filters those

#: The visibility timeout ``serve`` uses by default, so a failing message is retried in seconds and
#: reaches its DLQ after maxReceiveCount retries in well under a minute instead of 5 × 180 s.
FAST_VISIBILITY_TIMEOUT = 2


class LocalStack:
    """Everything ``commentguard serve`` runs, as an object a test can start and stop.

    ``visibility_timeout``: None keeps each queue's VisibilityTimeout from the template; a number makes
    the pollers receive with that visibility timeout instead (the queues keep their declared
    attributes), so failed messages come back, and reach their DLQ, sooner.
    ``schedule_scale`` multiplies every ``rate(...)`` interval (0.01 runs a one-minute schedule every
    0.6 s); ``schedules=False`` turns scheduled functions off.
    ``functions``: logical ids of the functions to load (default: all in the template).
    ``one_at_a_time`` (default) runs one invocation at a time across all functions: they share this
    process and the layer's module state (Powertools' Logger keys and Metrics buffer), so concurrent
    invocations would mix each other's log context and metrics. False: one at a time per function.
    """

    def __init__(
        self,
        template_path: str | Path = "template.yaml",
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        parameters: Mapping[str, Any] | None = None,
        visibility_timeout: int | None = None,
        schedules: bool = True,
        schedule_scale: float = 1.0,
        functions: Iterable[str] | None = None,
        region: str = DEFAULT_REGION,
        wait_seconds: int = 1,
        one_at_a_time: bool = True,
        save_issuer: bool = False,
    ) -> None:
        self.template_path = Path(template_path)
        self.host = host
        self.port = port
        self.parameters = dict(parameters or {})
        self.visibility_timeout = visibility_timeout
        self.schedules_enabled = schedules
        self.schedule_scale = schedule_scale
        self.only = set(functions) if functions is not None else None
        self.region = region
        self.wait_seconds = wait_seconds
        self.save_issuer = save_issuer  # serve saves the token key for `commentguard token`; tests keep it
        self.issuer: LocalIssuer | None = None
        self._saved_issuer: Path | None = None
        self.one_at_a_time = one_at_a_time

        self.template: Template | None = None
        self.functions: dict[str, LocalFunction] = {}
        self.pollers: list[SqsPoller] = []
        self.schedulers: list[ScheduleRunner] = []
        self._moto: Any = None
        self._endpoint_url: str | None = None
        self._http: HttpApiServer | None = None
        self._http_thread: threading.Thread | None = None
        self._stop_event = threading.Event()
        self._env = EnvironmentPatch({})
        self._sys_path_before: list[str] | None = None
        self._started = False
        self._sqs: Any = None

    # ------------------------------------------------------------------ properties

    @property
    def base_url(self) -> str:
        if self._http is None:
            raise RuntimeError("the local stack is not started")
        host, port = self._http.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def endpoint_url(self) -> str:
        if self._endpoint_url is None:
            raise RuntimeError("the local stack is not started")
        return self._endpoint_url

    @property
    def resources(self) -> Physical:
        """Logical id → physical ids (``Ref``, ``Arn``, ``QueueName`` ...) of what was created."""
        if self.template is None:
            raise RuntimeError("the local stack is not started")
        return self.template.physical

    def client(self, service: str, **options: Any) -> Any:
        """A boto3 client for the embedded moto (``options`` as boto3 takes them, a ``config`` say)."""
        return boto3.session.Session().client(service, region_name=self.region, endpoint_url=self.endpoint_url,
                                              **options)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> LocalStack:
        if self._started:
            return self
        self._started = True
        self._stop_event.clear()
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        from moto.server import ThreadedMotoServer

        from . import moto_patches

        if self.save_issuer:
            _refuse_to_replace_a_running_stack()

        moto_patches.apply()
        self._sys_path_before = list(sys.path)
        if logging.getLogger("werkzeug").level == logging.NOTSET:
            logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto logs every request otherwise
        # Credentials and region first: every client (ours and the handlers') signs requests.
        self._env = EnvironmentPatch(local_environment([], None, self.region))
        self._env.apply()

        self._moto = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self._moto.start()
        moto_patches.serialise_dynamodb(self._moto)
        host, port = self._moto.get_host_and_port()
        self._endpoint_url = f"http://{host}:{port}"
        self._reset_moto()

        template = load_template(self.template_path, self.parameters, region=self.region)
        self.template = template
        create_resources(template, self._endpoint_url)
        specs = [s for lid, s in template.functions().items() if self.only is None or lid in self.only]
        if self.only is not None:
            missing = self.only - {s.logical_id for s in specs}
            if missing:
                raise ValueError(f"no such function(s) in {self.template_path}: {', '.join(sorted(missing))}")

        # All functions share this process: the union of their environments, pointed at moto.
        self._env.restore()
        self._env = EnvironmentPatch(local_environment(specs, self._endpoint_url, self.region))
        self._env.apply()

        shared_lock = threading.RLock() if self.one_at_a_time else None
        for spec in specs:
            self.functions[spec.logical_id] = LocalFunction(
                spec, load_handler(spec), region=self.region, account_id=template.account_id, lock=shared_lock
            )
        self._sqs = self.client("sqs")
        self._start_pollers(specs)
        if self.schedules_enabled:
            self._start_schedules(specs)
        self._start_http()

    def _start_pollers(self, specs: list[FunctionSpec]) -> None:
        assert self.template is not None
        for spec in specs:
            for source in spec.sqs_sources:
                if not source.enabled:
                    continue
                queue = self.template.physical[source.queue]
                if self.visibility_timeout is not None:
                    declared = self.template.resolve(
                        (self.template.resources[source.queue].get("Properties") or {}).get("VisibilityTimeout", 30)
                    )
                    log.info("fast retries: %s is received with a %d s visibility timeout instead of the "
                             "template's %s s", queue["QueueName"], self.visibility_timeout, declared)
                poller = SqsPoller(
                    self.functions[spec.logical_id], source, queue["Ref"], queue["Arn"], self._stop_event,
                    endpoint_url=self._endpoint_url, region=self.region,
                    visibility_timeout=self.visibility_timeout, wait_seconds=self.wait_seconds,
                )
                poller.start()
                self.pollers.append(poller)

    def _start_schedules(self, specs: list[FunctionSpec]) -> None:
        assert self.template is not None
        for spec in specs:
            for schedule in spec.schedules:
                interval = max(0.05, schedule.rate_seconds * self.schedule_scale)
                runner = ScheduleRunner(
                    self.functions[spec.logical_id], schedule, interval, self._stop_event,
                    region=self.region, account_id=self.template.account_id,
                    rule_name=f"{self.template.stack_name}-{spec.logical_id}{schedule.event_name}",
                )
                runner.start()
                self.schedulers.append(runner)
                log.info("%s runs every %g s (%s)", spec.logical_id, interval, schedule.expression)

    def _start_http(self) -> None:
        assert self.template is not None
        routes = build_routes(self.functions.values())
        # The authorizer's key is made fresh at each start; `commentguard token` mints with it.
        self.issuer = LocalIssuer.generate()
        self._http = HttpApiServer((self.host, self.port), routes, self.template.http_apis(),
                                   account_id=self.template.account_id, issuer=self.issuer)
        if self.save_issuer:
            where = self._saved_issuer = self.issuer.save(api_url=self.base_url, endpoint_url=self._endpoint_url)
            log.info("moderator tokens: `commentguard token --role moderator` (key in %s)", where)
        self._http_thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.2}, name="http-api", daemon=True
        )
        self._http_thread.start()

    def _reset_moto(self) -> None:
        """Empty moto's (process-wide) backends, so a stack starts and leaves nothing behind."""
        request = urllib.request.Request(f"{self._endpoint_url}/moto-api/reset", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=10):
            pass

    def stop(self) -> None:
        """Stop serving, let in-flight batches finish, join every thread, stop moto, restore the env."""
        if not self._started:
            return
        self._stop_event.set()
        if self._saved_issuer is not None and self.issuer is not None:
            self.issuer.forget(self._saved_issuer)  # first: the CLI must not find a stack going away
            self._saved_issuer = None
        if self._http is not None:
            self._http.shutdown()
            self._http.server_close()
            if self._http_thread is not None:
                self._http_thread.join(timeout=5)
            self._http = None
        for thread in [*self.pollers, *self.schedulers]:
            # A poller waits at most wait_seconds for messages, then finishes its batch.
            thread.join(timeout=max(self.wait_seconds + 2, thread.function.spec.timeout + 2))
            if thread.is_alive():
                log.warning("%s did not stop in time", thread.name)
        self.pollers.clear()
        self.schedulers.clear()
        if self._moto is not None:
            try:
                self._reset_moto()
            except Exception as exc:
                log.debug("moto reset on stop failed: %s", exc)
            self._moto.stop()
            self._moto = None
        self._env.restore()
        if self._sys_path_before is not None:
            sys.path[:] = self._sys_path_before
            self._sys_path_before = None
        self.functions.clear()
        self._started = False

    def __enter__(self) -> LocalStack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ use

    def invoke(self, function_logical_id: str, event: Any) -> Any:
        """Invoke a function directly (as ``sam local invoke -e`` does) and return its result."""
        try:
            function = self.functions[function_logical_id]
        except KeyError:
            raise KeyError(f"no function {function_logical_id!r}; loaded: {', '.join(self.functions)}") from None
        return function.invoke(event)

    def queue_depth(self, logical_id: str) -> dict[str, int]:
        attrs = self._sqs.get_queue_attributes(
            QueueUrl=self.resources[logical_id]["Ref"],
            AttributeNames=[
                "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible",
                "ApproximateNumberOfMessagesDelayed",
            ],
        )["Attributes"]
        return {
            "visible": int(attrs.get("ApproximateNumberOfMessages", 0)),
            "in_flight": int(attrs.get("ApproximateNumberOfMessagesNotVisible", 0)),
            "delayed": int(attrs.get("ApproximateNumberOfMessagesDelayed", 0)),
        }

    def _idle(self) -> bool:
        if any(p.in_flight for p in self.pollers) or any(s.in_flight for s in self.schedulers):
            return False
        for queue in {p.source.queue for p in self.pollers}:
            if any(self.queue_depth(queue).values()):
                return False
        return not any(p.in_flight for p in self.pollers)

    def wait_idle(self, timeout: float = 10.0, interval: float = 0.05) -> bool:
        """Wait until every polled queue is empty and no batch is in flight; False on timeout.

        A message that failed is not idle until it is retried to success or redriven to its DLQ.
        """
        deadline = time.monotonic() + timeout
        streak = 0
        while time.monotonic() < deadline:
            streak = streak + 1 if self._idle() else 0
            if streak >= 2:
                return True
            time.sleep(interval)
        return False

    # ------------------------------------------------------------------ presentation

    def banner(self) -> str:
        assert self.template is not None
        lines = [
            "Commentguard local stack",
            f"  HTTP API        {self.base_url}",
            f"  moto endpoint   {self.endpoint_url}   (AWS_ENDPOINT_URL={self.endpoint_url} aws ...)",
            "  IAM             a function's call outside its template Policies fails with AccessDenied, as in AWS",
            "  resources:",
        ]
        for lid, phys in self.resources.items():
            rtype = self.template.resources[lid]["Type"].split("::", 1)[1]
            lines.append(f"    {lid:<26} {rtype:<24} {phys['Ref']}")
        lines.append("  routes:")
        for fn in self.functions.values():
            for route in fn.spec.http_routes:
                lines.append(f"    {route.method:<6} {route.path:<32} -> {fn.logical_id}")
            for source in fn.spec.sqs_sources:
                lines.append(f"    SQS    {self.resources[source.queue]['QueueName']:<32} -> {fn.logical_id}"
                             f" (batch {source.batch_size})")
            for schedule in fn.spec.schedules:
                lines.append(f"    CRON   {schedule.expression:<32} -> {fn.logical_id}")
        post = next((r for fn in self.functions.values() for r in fn.spec.http_routes if r.method == "POST"), None)
        if post is not None:
            body = {"post_id": "hello-world", "author_name": "Ada", "content": "First!"}
            lines += [
                "  try:",
                (f"    curl -s -X POST {self.base_url}{post.path} -H 'content-type: application/json' "
                 f"-H 'X-Forwarded-For: 203.0.113.7' -d '{json.dumps(body)}'"),
            ]
        lines.append("  Ctrl-C stops.")
        return "\n".join(lines)


def serve(
    port: int = 3000,
    template_path: str | Path = "template.yaml",
    *,
    host: str = "127.0.0.1",
    parameters: Mapping[str, Any] | None = None,
    fast: bool = True,
    schedule_scale: float = 1.0,
    out: Any = None,
) -> int:
    """Run the local stack until SIGINT/SIGTERM; returns the exit code (0 after a clean stop).

    ``fast`` (the default) receives queue messages with a 2 s visibility timeout so a failure is
    retried, and redriven to the DLQ, within seconds; ``fast=False`` keeps the template's timeouts.
    """
    out = out or sys.stdout
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)-5s %(message)s",
                            datefmt="%H:%M:%S")
    log.setLevel(logging.INFO)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's per-request lines
    logging.getLogger("botocore").setLevel(logging.WARNING)

    stop = threading.Event()

    def on_signal(signum: int, frame: Any) -> None:
        if stop.is_set():  # a second Ctrl-C while a batch is still finishing: leave at once
            print("stopped without waiting.", file=out, flush=True)
            os._exit(130)
        stop.set()

    previous: dict[int, Any] = {}
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGINT, signal.SIGTERM):
            previous[sig] = signal.signal(sig, on_signal)

    stack = LocalStack(
        template_path, port=port, host=host, parameters=parameters,
        visibility_timeout=FAST_VISIBILITY_TIMEOUT if fast else None, schedule_scale=schedule_scale,
        save_issuer=True,
    )
    try:
        try:
            stack.start()
        except (HandlerImportError, TemplateError, ValueError, OSError) as exc:
            if isinstance(exc, HandlerImportError) and exc.__cause__ is not None:
                traceback.print_exception(exc.__cause__, file=sys.stderr)
            print(f"commentguard serve: {exc}", file=sys.stderr, flush=True)
            return 1
        print(stack.banner(), file=out, flush=True)
        while not stop.wait(0.5):
            pass
        print("stopping ...", file=out, flush=True)
    except KeyboardInterrupt:
        print("stopping ...", file=out, flush=True)
    finally:
        stack.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print("stopped.", file=out, flush=True)
    return 0


def _refuse_to_replace_a_running_stack() -> None:
    """A second `commentguard serve` would write its key over the first's, and the first would refuse every
    token `commentguard token` mints from then on: one serve per state folder."""
    from .auth import listening, running_stack, state_file

    api_url = running_stack().get("api_url")
    if not listening(api_url):
        return  # none ran, or one left its state behind when it did not stop cleanly
    raise ValueError(f"another local stack serves at {api_url} (its key is in {state_file()}): stop it first, "
                     "or give each stack, and the commands that talk to it, a folder of its own with "
                     "COMMENTGUARD_STATE_DIR")

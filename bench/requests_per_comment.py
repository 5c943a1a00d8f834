"""AWS requests (and DynamoDB capacity, Lambda time, log bytes) that one comment costs, per verdict.

Runs the real handlers on in-process moto (``moto.mock_aws``) with the resources template.yaml
declares, the way tests/flow does: intake gets a payload 2.0 event, the scoring and publishing
handlers get the SQS events Lambda's event source mappings would build. Every AWS call the
product makes goes through ``botocore.client.BaseClient._make_api_call``, which this script wraps
for the duration of the run; calls are attributed to the function being invoked at the time.

Printed per verdict (approve → published, hold, spam, duplicate 409, flood 429, invalid 422):

* service:operation per comment, by function (intake, scoring, publisher) and in total, warm
  containers (the first comment's one-time Secrets Manager fetches are reported on their own);
* the SQS ReceiveMessage/DeleteMessageBatch calls Lambda's event source mapping makes (billed to
  the account, not visible to the handler), computed from the batch size, at 10 and at 1;
* DynamoDB write/read request units, estimated from the item sizes before and after every write
  (including the GSI writes an index change costs) — moto does not meter capacity;
* handler wall time per comment in-process on moto (moto answers in well under a millisecond per
  call where AWS takes a few; see the "AWS estimate" column), and bytes of log output.

    .venv/bin/python bench/requests_per_comment.py [--json results.json] [--repeat 3]
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import sys
import time
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from _common import HAM, TEMPLATE, reader_name, require_model, setup_paths

setup_paths()
os.environ.update(
    {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }
)
for _name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
    os.environ.pop(_name, None)

import botocore.client
from boto3.dynamodb.types import TypeDeserializer
from botocore.exceptions import ClientError

from commentguard.adapters.store import item_size as plain_item_size

_DESERIALIZE = TypeDeserializer()

# Assumed per-call latency inside an AWS region (for the "AWS estimate" of handler duration only).
ASSUMED_CALL_MS = {"dynamodb": 5.0, "sqs": 8.0, "events": 12.0, "secretsmanager": 20.0}
# Lambda's own log lines per invocation (START, END, REPORT, and the X-Ray line with Tracing: Active).
PLATFORM_LOG_BYTES = 380
# CloudWatch Logs meters each event as its bytes plus 26 bytes of overhead.
LOG_EVENT_OVERHEAD = 26

FUNCTIONS = ("intake", "scoring", "publisher")

# An assumed mix of one million comments on a news site (docs/cost.md uses it): most are approved,
# spam is mostly caught by rules and the model, a few are refused at the door.
MIX = {"approve": 0.60, "approve_anon": 0.10, "hold": 0.10, "spam": 0.15, "duplicate": 0.02, "flood": 0.02,
       "invalid": 0.01}

# AWS list prices, us-east-1, as of November 2024 (DynamoDB on-demand after its Nov 2024 price cut).
PRICE = {
    "lambda_gb_s_arm64": 0.0000133334,
    "lambda_request": 0.20 / 1e6,
    "http_api_request": 1.00 / 1e6,
    "sqs_standard_request": 0.40 / 1e6,
    "sqs_fifo_request": 0.50 / 1e6,
    "dynamodb_wru": 0.625 / 1e6,
    "dynamodb_rru": 0.125 / 1e6,
    "eventbridge_event": 1.00 / 1e6,
    "secretsmanager_call": 0.05 / 1e4,
    "logs_ingest_gb": 0.50,
}


# ------------------------------------------------------------------------------------ recording


@dataclass
class Tally:
    calls: Counter = field(default_factory=Counter)  # (phase, "svc:Op") -> n
    moto_s: Counter = field(default_factory=Counter)  # phase -> seconds inside AWS calls
    est_call_ms: Counter = field(default_factory=Counter)  # phase -> assumed AWS latency of its calls
    wru: Counter = field(default_factory=Counter)
    rru: Counter = field(default_factory=Counter)
    wall_s: Counter = field(default_factory=Counter)
    invocations: Counter = field(default_factory=Counter)
    log_bytes: Counter = field(default_factory=Counter)
    log_lines: Counter = field(default_factory=Counter)


class Recorder:
    def __init__(self) -> None:
        self.phase: str | None = None
        self.suppress = False
        self.tally = Tally()
        self.explain: list[str] | None = None  # --explain: one line per metered DynamoDB request
        self.table_keys: list[str] = ["id"]
        self.indexes: list[dict[str, Any]] = []

    def fresh(self) -> Tally:
        old, self.tally = self.tally, Tally()
        return old

    @contextmanager
    def in_phase(self, phase: str | None):
        before, self.phase = self.phase, phase
        try:
            yield
        finally:
            self.phase = before


REC = Recorder()
_original_call = botocore.client.BaseClient._make_api_call


def _counted_call(self, operation_name, api_params):
    if REC.suppress:
        return _original_call(self, operation_name, api_params)
    service = self.meta.service_model.service_name
    phase = REC.phase or "harness"
    before = None
    if service == "dynamodb" and REC.phase:
        before = _snapshot(self, operation_name, api_params)
    started = time.perf_counter()
    error: Exception | None = None
    try:
        answer = _original_call(self, operation_name, api_params)
    except ClientError as exc:
        error, answer = exc, None
    finally:
        REC.tally.moto_s[phase] += time.perf_counter() - started
    REC.tally.calls[(phase, f"{service}:{operation_name}")] += 1
    REC.tally.est_call_ms[phase] += ASSUMED_CALL_MS.get(service, 10.0)
    if service == "dynamodb" and REC.phase:
        _meter(self, operation_name, api_params, answer, before, cancelled=error is not None)
    if error is not None:
        raise error
    return answer


# ------------------------------------------------------------------- DynamoDB capacity estimate


def item_size(item: dict[str, Any] | None) -> int:
    """A wire-format item's size as DynamoDB counts it (the store's own count, of its plain values)."""
    if not item:
        return 0
    return plain_item_size({k: _DESERIALIZE.deserialize(v) for k, v in item.items()})


def _key_of(item_or_key: dict[str, Any]) -> dict[str, Any]:
    return {k: item_or_key[k] for k in REC.table_keys if k in item_or_key}


def _write_targets(op: str, params: dict[str, Any]) -> list[tuple[str, dict[str, Any], str]]:
    """(table, key, kind) of every item a write request touches."""
    out = []
    if op == "PutItem":
        out.append((params["TableName"], _key_of(params["Item"]), "put"))
    elif op in ("UpdateItem", "DeleteItem"):
        out.append((params["TableName"], params["Key"], op))
    elif op == "TransactWriteItems":
        for entry in params["TransactItems"]:
            (kind, body), = entry.items()
            key = _key_of(body["Item"]) if kind == "Put" else body["Key"]
            out.append((body["TableName"], key, kind))
    elif op == "BatchWriteItem":
        for table, requests in params["RequestItems"].items():
            for r in requests:
                if "PutRequest" in r:
                    out.append((table, _key_of(r["PutRequest"]["Item"]), "put"))
                else:
                    out.append((table, r["DeleteRequest"]["Key"], "delete"))
    return out


def _read_targets(op: str, params: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    if op == "GetItem":
        return [(params["TableName"], params["Key"])]
    if op == "TransactGetItems":
        return [(e["Get"]["TableName"], e["Get"]["Key"]) for e in params["TransactItems"]]
    if op == "BatchGetItem":
        return [(table, key) for table, request in params["RequestItems"].items() for key in request["Keys"]]
    return []


def _get(client, table: str, key: dict[str, Any]) -> dict[str, Any] | None:
    from commentguard_dev.localstack.iam import acting_as

    REC.suppress = True
    try:
        # The bench's own read of what a write changes, not the function's: outside its role, which may not read
        # a comment's pii# item.
        with acting_as(None):
            return client.get_item(TableName=table, Key=key, ConsistentRead=True).get("Item")
    finally:
        REC.suppress = False


def _snapshot(client, op: str, params: dict[str, Any]):
    targets = _write_targets(op, params) or []
    return [(t, k, kind, _get(client, t, k)) for t, k, kind in targets]


def _index_entry(item: dict[str, Any] | None, index: dict[str, Any]) -> dict[str, Any] | None:
    if not item or any(k not in item for k in index["keys"]):
        return None
    projection = index["projection"]
    if projection == "ALL":
        return dict(item)
    names = set(index["keys"]) | set(REC.table_keys) | set(index.get("include", ()))
    return {k: v for k, v in item.items() if k in names}


def _gsi_writes(old: dict[str, Any] | None, new: dict[str, Any] | None) -> float:
    units = 0.0
    for index in REC.indexes:
        a, b = _index_entry(old, index), _index_entry(new, index)
        if a is None and b is None:
            continue
        if a is None or b is None:
            units += math.ceil(item_size(a or b) / 1024) or 1
        elif any(a.get(k) != b.get(k) for k in index["keys"]):
            units += (math.ceil(item_size(a) / 1024) or 1) + (math.ceil(item_size(b) / 1024) or 1)
        elif a != b:
            units += math.ceil(item_size(b) / 1024) or 1
    return units


def _meter(client, op: str, params: dict[str, Any], answer, before, cancelled: bool) -> None:
    phase = REC.phase
    if before:
        transactional = op == "TransactWriteItems"
        for table, key, kind, old in before:
            new = _get(client, table, key)
            units = max(math.ceil(item_size(old) / 1024), math.ceil(item_size(new) / 1024), 1)
            gsi = 0.0 if cancelled else _gsi_writes(old, new)
            REC.tally.wru[phase] += units * (2 if transactional else 1) + gsi
            if REC.explain is not None:
                REC.explain.append(
                    f"{phase:<10} {op:<19} {kind:<7} {next(iter(key.values()))['S'][:18]:<18} "
                    f"{item_size(old):>5} B -> {item_size(new):>5} B  {units * (2 if transactional else 1)} WRU"
                    f" + {gsi:g} GSI{' (cancelled)' if cancelled else ''}")
        return
    targets = _read_targets(op, params)
    if targets:
        consistent = op == "TransactGetItems" or params.get("ConsistentRead", False) or (
            op == "BatchGetItem" and all(r.get("ConsistentRead") for r in params["RequestItems"].values()))
        factor = 2 if op == "TransactGetItems" else (1 if consistent else 0.5)
        for table, key in targets:
            REC.tally.rru[phase] += max(math.ceil(item_size(_get(client, table, key)) / 4096), 1) * factor
    elif op in ("Query", "Scan") and answer is not None:
        size = sum(item_size(i) for i in answer.get("Items", []))
        factor = 1 if params.get("ConsistentRead") else 0.5
        REC.tally.rru[phase] += max(math.ceil(size / 4096), 1) * factor


# ------------------------------------------------------------------------------ log counting


class CountingStream(io.TextIOBase):
    """stdout/stderr while the handlers run: counts the bytes each function logs, prints nothing."""

    def __init__(self, passthrough) -> None:
        self.passthrough = passthrough

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        phase = REC.phase
        if phase:
            REC.tally.log_bytes[phase] += len(text.encode())
            REC.tally.log_lines[phase] += text.count("\n")
        else:
            self.passthrough.write(text)
        return len(text)

    def flush(self) -> None:
        self.passthrough.flush()


# -------------------------------------------------------------------------------- the pipeline


class Bench:
    def __init__(self, template) -> None:
        import boto3

        from commentguard_dev.localstack.http import build_routes
        from commentguard_dev.localstack.loader import LocalFunction

        self.template = template
        specs = template.functions()
        self.functions = {lid: LocalFunction(spec) for lid, spec in specs.items()}
        self.routes = build_routes(self.functions.values())
        self.sqs = boto3.client("sqs")
        self.name_of = {lid: lid.removesuffix("Function").lower() for lid in specs}
        self.consumers = {}  # queue logical id -> (function, source, url, arn)
        for fn in self.functions.values():
            for source in fn.spec.sqs_sources:
                url = self.sqs.get_queue_url(QueueName=template.physical_name(source.queue))["QueueUrl"]
                arn = self.sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["QueueArn"])["Attributes"][
                    "QueueArn"]
                self.consumers[source.queue] = (fn, source, url, arn)
        self.intake_route = next(r for r in self.routes if r.method == "POST" and r.path == "/comments")
        # Consumers in pipeline order: the queue intake sends to first.
        self.order = sorted(self.consumers, key=lambda q: self.consumers[q][2] != os.environ.get("SCORING_QUEUE_URL"))

    def invoke(self, function, event):
        name = self.name_of[function.logical_id]
        with REC.in_phase(name):
            started = time.perf_counter()
            result = function.invoke(event)
            REC.tally.wall_s[name] += time.perf_counter() - started
            REC.tally.invocations[name] += 1
        return result

    def post(self, body: dict | str, ip: str) -> tuple[int, dict]:
        from commentguard_dev.localstack.http import build_event

        raw = body if isinstance(body, str) else json.dumps(body)
        event = build_event(
            method="POST", raw_path="/comments", raw_query="",
            headers=[("content-type", "application/json"),
                     ("user-agent", "Mozilla/5.0 (X11; Linux aarch64) bench/1.0"),
                     ("x-forwarded-for", ip)],
            body=raw.encode(), source_ip=ip, route_key=self.intake_route.route_key, path_parameters=None,
        )
        answer = self.invoke(self.intake_route.function, event)
        return answer["statusCode"], json.loads(answer.get("body") or "{}")

    def deliver(self, queue: str, max_batch: int | None = None) -> int:
        """One batch as the event source mapping would: receive, invoke, delete what succeeded."""
        from commentguard_dev.localstack.pollers import failed_ids, sqs_event

        fn, source, url, arn = self.consumers[queue]
        want = min(10, max_batch or source.batch_size)
        messages: list[dict] = []
        with REC.in_phase(None):
            while len(messages) < want:
                got = self.sqs.receive_message(
                    QueueUrl=url, MaxNumberOfMessages=want - len(messages), WaitTimeSeconds=0,
                    MessageSystemAttributeNames=["All"], MessageAttributeNames=["All"],
                ).get("Messages", [])
                if not got:
                    break
                messages += got
        if not messages:
            return 0
        result = self.invoke(fn, sqs_event(messages, arn))
        failed = failed_ids(result, [m["MessageId"] for m in messages]) or set()
        if failed:
            raise RuntimeError(f"{fn.logical_id} reported failures: {result}")
        with REC.in_phase(None):
            self.sqs.delete_message_batch(
                QueueUrl=url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(messages)],
            )
        return len(messages)

    def drain(self, max_batch: int | None = None) -> None:
        for _ in range(100):
            moved = sum(self.deliver(q, max_batch) for q in self.order)
            if not moved:
                return
        raise RuntimeError("queues did not drain")

    def status(self, comment_id: str) -> str | None:
        from commentguard import runtime

        with REC.in_phase(None):
            REC.suppress = True
            try:
                comment = runtime.store().get(comment_id)
            finally:
                REC.suppress = False
        return comment.status.value if comment else None


# ------------------------------------------------------------------------------ the scenarios



class Counterpart:
    n = 0

    @classmethod
    def next(cls) -> int:
        cls.n += 1
        return cls.n


def _ip() -> str:
    n = Counterpart.next()
    return f"198.51.{100 + n // 250}.{1 + n % 250}"


def _ham_body(i: int, email: bool = True, **extra) -> dict:
    n = Counterpart.next()
    body = {
        "post_id": f"bench-post-{n % 7}",
        "author_name": reader_name(n),
        "content": HAM[n % len(HAM)],
        "post_url": "https://news.example/2026/11/27/council-budget",
    }
    if email:
        body["author_email"] = f"reader{n}@example.org"
    body.update(extra)
    return body


@dataclass
class Scenario:
    key: str
    title: str
    expect_http: int
    expect_status: str | None  # final comment status, None when refused at intake


SCENARIOS = [
    Scenario("approve", "approve -> published (name + email, first comment of this author)", 202, "published"),
    Scenario("approve_anon", "approve -> published (name only, no email)", 202, "published"),
    Scenario("hold", "hold (3 links)", 202, "held"),
    Scenario("spam", "spam (honeypot filled)", 202, "spam"),
    Scenario("duplicate", "duplicate -> 409", 409, None),
    Scenario("flood", "flood -> 429", 429, None),
    Scenario("invalid", "invalid -> 422 (no content)", 422, None),
]


def run_one(bench: Bench, scenario: str, i: int) -> None:
    """One measured comment of ``scenario`` (unmeasured set-up requests run with recording paused)."""
    if scenario == "approve":
        body, ip = _ham_body(i), _ip()
    elif scenario == "approve_anon":
        body, ip = _ham_body(i, email=False), _ip()
    elif scenario == "hold":
        body = _ham_body(i, content="Sources: https://example.com/a, https://example.org/b and "
                                    "https://example.net/c are worth reading.")
        ip = _ip()
    elif scenario == "spam":
        body, ip = _ham_body(i, honeypot="http://cheap-watches.example"), _ip()
    elif scenario == "duplicate":
        body = _ham_body(i)
        with paused():
            code, _ = bench.post(body, _ip())
            assert code == 202, code
            bench.drain()
        ip = _ip()
    elif scenario == "flood":
        ip = _ip()
        with paused():
            code, _ = bench.post(_ham_body(i), ip)
            assert code == 202, code
            bench.drain()
        body = _ham_body(i + 1)
    elif scenario == "invalid":
        body, ip = {"post_id": "bench-post-1", "author_name": "Nobody"}, _ip()
    else:
        raise ValueError(scenario)
    expected = next(s for s in SCENARIOS if s.key == scenario)
    code, answer = bench.post(body, ip)
    if code != expected.expect_http:
        raise SystemExit(f"{scenario}: HTTP {code} {answer}, expected {expected.expect_http}")
    bench.drain(max_batch=1)
    if expected.expect_status:
        status = bench.status(answer["id"])
        if status != expected.expect_status:
            raise SystemExit(f"{scenario}: comment ended {status}, expected {expected.expect_status} "
                             "(is the model scoring the bench's ham as spam?)")


@contextmanager
def paused():
    """Run set-up requests without counting them."""
    saved = REC.fresh()
    try:
        yield
    finally:
        REC.tally = saved


# ------------------------------------------------------------------------------------ reporting


def per_comment(tally: Tally, n: int) -> dict[str, Any]:
    ops: dict[str, dict[str, float]] = defaultdict(dict)
    for (phase, op), count in tally.calls.items():
        if phase in FUNCTIONS:
            ops[op][phase] = count / n
    out: dict[str, Any] = {"ops": {op: dict(v) for op, v in sorted(ops.items())}}
    for metric in ("wru", "rru", "invocations", "log_bytes", "log_lines"):
        out[metric] = {p: getattr(tally, metric)[p] / n for p in FUNCTIONS if getattr(tally, metric)[p]}
    out["wall_ms"] = {p: tally.wall_s[p] * 1000 / n for p in FUNCTIONS if tally.invocations[p]}
    out["moto_ms"] = {p: tally.moto_s[p] * 1000 / n for p in FUNCTIONS if tally.invocations[p]}
    out["aws_est_ms"] = {
        p: (tally.wall_s[p] - tally.moto_s[p]) * 1000 / n + tally.est_call_ms[p] / n
        for p in FUNCTIONS if tally.invocations[p]
    }
    return out


def fmt(v: float) -> str:
    if v == 0:
        return "-"
    return f"{v:.0f}" if abs(v - round(v)) < 1e-9 else f"{v:.2f}"


def print_table(out, title: str, data: dict[str, Any], esm: dict[str, Any] | None) -> None:
    print(f"\n{title}", file=out)
    header = f"  {'service:operation':<34}" + "".join(f"{p:>10}" for p in FUNCTIONS) + f"{'total':>9}"
    print(header, file=out)
    print("  " + "-" * (len(header) - 2), file=out)
    grand = 0.0
    for op, by in data["ops"].items():
        total = sum(by.values())
        grand += total
        print(f"  {op:<34}" + "".join(f"{fmt(by.get(p, 0)):>10}" for p in FUNCTIONS) + f"{fmt(total):>9}", file=out)
    by_fn = {p: sum(v.get(p, 0) for v in data["ops"].values()) for p in FUNCTIONS}
    print(f"  {'AWS requests by the handlers':<34}" + "".join(f"{fmt(by_fn[p]):>10}" for p in FUNCTIONS)
          + f"{fmt(grand):>9}", file=out)
    for label, key in (("Lambda invocations", "invocations"), ("DynamoDB WRU (est., incl. GSI)", "wru"),
                       ("DynamoDB RRU (est.)", "rru")):
        row = data[key]
        print(f"  {label:<34}" + "".join(f"{fmt(row.get(p, 0)):>10}" for p in FUNCTIONS)
              + f"{fmt(sum(row.values())):>9}", file=out)
    for label, key in (("handler ms, moto in-process", "wall_ms"), ("  of which inside moto calls", "moto_ms"),
                       ("handler ms, AWS estimate*", "aws_est_ms")):
        row = data[key]
        print(f"  {label:<34}" + "".join(f"{row.get(p, 0):>10.1f}" if p in row else f"{'-':>10}"
                                         for p in FUNCTIONS) + f"{sum(row.values()):>9.1f}", file=out)
    row = data["log_bytes"]
    print(f"  {'log bytes (Powertools + EMF)':<34}" + "".join(f"{row.get(p, 0):>10.0f}" for p in FUNCTIONS)
          + f"{sum(row.values()):>9.0f}", file=out)
    if esm:
        for queue, info in esm.items():
            print(f"  + event source mapping on {queue} ({info['kind']}): ReceiveMessage + DeleteMessageBatch"
                  f" = {info['per_comment_batch10']:.1f}/comment at batch 10, "
                  f"{info['per_comment_batch1']:.0f}/comment at batch 1", file=out)


def esm_lines(bench: Bench, data: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for queue, (fn, source, _url, _arn) in bench.consumers.items():
        name = bench.name_of[fn.logical_id]
        if not data["invocations"].get(name):
            continue
        fifo = bench.template.physical_name(queue).endswith(".fifo")
        out[bench.template.physical_name(queue)] = {
            "function": name,
            "kind": "FIFO" if fifo else "standard",
            "template_batch_size": source.batch_size,
            "per_comment_batch10": 2 / 10,
            "per_comment_batch1": 2.0,
        }
    return out


def cost_per_comment(data: dict[str, Any], memory_mb: dict[str, int], batch: int, fifo_queues: set[str],
                     ms_key: str = "aws_est_ms") -> dict[str, float]:
    """Dollars per comment of one verdict, by service. ``batch``: comments per scoring/publisher invocation."""
    ops = data["ops"]
    invoked = [p for p in FUNCTIONS if data["invocations"].get(p)]
    cost: dict[str, float] = defaultdict(float)
    cost["API Gateway HTTP API"] = PRICE["http_api_request"]
    for p in invoked:
        per = 1.0 if p == "intake" else 1.0 / batch
        cost["Lambda requests"] += per * PRICE["lambda_request"]
        cost["Lambda GB-s"] += data[ms_key][p] / 1000 * memory_mb[p] / 1024 * PRICE["lambda_gb_s_arm64"]
    for op, by in ops.items():
        n = sum(by.values())
        if op == "sqs:SendMessage":
            continue  # split by queue below
        if op.startswith("events:"):
            cost["EventBridge"] += n * PRICE["eventbridge_event"]
        elif op.startswith("secretsmanager:"):
            cost["Secrets Manager"] += n * PRICE["secretsmanager_call"]
    # SendMessage: intake -> scoring queue (standard), scoring -> publish queue (FIFO); ESM receive + delete.
    for info in (data.get("esm") or {}).values():
        price = PRICE["sqs_fifo_request"] if info["kind"] == "FIFO" else PRICE["sqs_standard_request"]
        cost["SQS"] += (1 + 2 / batch) * price  # the send into this queue, then receive + delete per batch
    cost["DynamoDB"] += sum(data["wru"].values()) * PRICE["dynamodb_wru"]
    cost["DynamoDB"] += sum(data["rru"].values()) * PRICE["dynamodb_rru"]
    log_bytes = sum(data["log_bytes"].values()) + sum(data["log_lines"].values()) * LOG_EVENT_OVERHEAD
    invocations = sum(1.0 if p == "intake" else 1.0 / batch for p in invoked)
    log_bytes += invocations * (PLATFORM_LOG_BYTES + 4 * LOG_EVENT_OVERHEAD)
    cost["CloudWatch Logs"] = log_bytes / 1e9 * PRICE["logs_ingest_gb"]
    return dict(cost)


def print_costs(out, results: dict[str, Any], memory_mb: dict[str, int], fifo: set[str]) -> None:
    print("\nCost per million comments of each kind, USD, AWS list prices us-east-1 (Nov 2024), warm path, "
          "Lambda time = AWS estimate*", file=out)
    services = ["API Gateway HTTP API", "Lambda requests", "Lambda GB-s", "SQS", "DynamoDB", "EventBridge",
                "CloudWatch Logs"]
    for batch in (1, 10):
        print(f"  scoring/publisher batches of {batch}:", file=out)
        print(f"    {'verdict':<14}" + "".join(f"{s.replace('API Gateway ', ''):>16}" for s in services)
              + f"{'total':>10}", file=out)
        for key, data in results["verdicts"].items():
            c = cost_per_comment(data, memory_mb, batch, fifo)
            results.setdefault("cost_per_million", {}).setdefault(f"batch{batch}", {})[key] = {
                k: v * 1e6 for k, v in c.items()}
            print(f"    {key:<14}" + "".join(f"{c.get(s, 0) * 1e6:>16.3f}" for s in services)
                  + f"{sum(c.values()) * 1e6:>10.2f}", file=out)
        mixed: dict[str, float] = defaultdict(float)
        for key, share in MIX.items():
            for service, dollars in results["cost_per_million"][f"batch{batch}"][key].items():
                mixed[service] += share * dollars
        results["cost_per_million"][f"batch{batch}"]["mix"] = dict(mixed)
        print(f"    {'MIX*':<14}" + "".join(f"{mixed.get(s, 0):>16.3f}" for s in services)
              + f"{sum(mixed.values()):>10.2f}", file=out)
    print("  *MIX = " + ", ".join(f"{k} {v:.0%}" for k, v in MIX.items()), file=out)
    sm = results["first_comment"]["ops"].get("secretsmanager:GetSecretValue", {})
    print(f"  + Secrets Manager, per container start: {sum(sm.values()):.0f} GetSecretValue in all "
          f"(${PRICE['secretsmanager_call']:.6f} each); warm comments make none.", file=out)
    print("  Lambda memory (template.yaml): " + ", ".join(f"{k} {v} MB" for k, v in memory_mb.items())
          + f"; Lambda logs add ~{PLATFORM_LOG_BYTES} B of START/END/REPORT per invocation.", file=out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="measured comments per verdict (default 3)")
    parser.add_argument("--json", help="also write the figures to this file")
    parser.add_argument("--explain", action="store_true",
                        help="list every DynamoDB write of one approved comment with its estimated units")
    args = parser.parse_args()

    out = sys.stdout
    sys.stdout = CountingStream(out)  # the handlers' JSON logs and EMF blobs are counted, not shown
    sys.stderr = CountingStream(sys.stderr)
    botocore.client.BaseClient._make_api_call = _counted_call

    from moto import mock_aws

    from commentguard_dev.localstack.loader import local_environment
    from commentguard_dev.localstack.resources import create_resources
    from commentguard_dev.localstack.template import Template

    results: dict[str, Any] = {"assumptions": {"call_ms": ASSUMED_CALL_MS,
                                               "platform_log_bytes_per_invocation": PLATFORM_LOG_BYTES,
                                               "log_event_overhead_bytes": LOG_EVENT_OVERHEAD}}
    with mock_aws():
        template = Template(TEMPLATE)
        create_resources(template)
        env = local_environment(template.functions().values(), endpoint_url=None)
        env.pop("AWS_ENDPOINT_URL", None)
        os.environ.update(env)
        require_model()
        table = template.resources["CommentsTable"]["Properties"]
        REC.table_keys = [k["AttributeName"] for k in table["KeySchema"]]
        REC.indexes = [
            {
                "name": g["IndexName"],
                "keys": [k["AttributeName"] for k in g["KeySchema"]],
                "projection": g["Projection"]["ProjectionType"],
                "include": g["Projection"].get("NonKeyAttributes", []),
            }
            for g in table.get("GlobalSecondaryIndexes", [])
        ]
        from aws_lambda_powertools.utilities import parameters

        from commentguard import runtime
        from commentguard.adapters import aws as aws_adapter

        runtime.reset()
        parameters.clear_caches()
        load_started = time.perf_counter()
        bench = Bench(template)
        results["handler_import_s"] = time.perf_counter() - load_started

        print("Commentguard: AWS requests per comment, end to end (intake -> scoring -> publishing)", file=out)
        print(f"in-process moto {__import__('moto').__version__}, resources from template.yaml; "
              f"{args.repeat} measured comments per verdict, figures per comment.", file=out)

        # -- the first comment: every function's first invocation in its own (fresh) container.
        REC.fresh()
        body, ip = _ham_body(0), _ip()
        code, answer = bench.post(body, ip)
        assert code == 202, answer
        for queue in bench.order:
            # A new container for each function: nothing cached from the others (in AWS they share nothing).
            aws_adapter.secret_key.cache_clear()
            parameters.clear_caches()
            runtime.pipeline.cache_clear()
            bench.deliver(queue, max_batch=1)
        bench.drain(max_batch=1)
        first = per_comment(REC.fresh(), 1)
        cold_ops = {op: by for op, by in first["ops"].items() if op.startswith("secretsmanager:")}
        results["first_comment"] = first
        print("\nFirst comment (each function's first invocation in a new container): one-time calls", file=out)
        for op, by in cold_ops.items():
            print(f"  {op:<34}" + "".join(f"{fmt(by.get(p, 0)):>10}" for p in FUNCTIONS)
                  + f"{fmt(sum(by.values())):>9}", file=out)
        print("  (Powertools caches the secret for the container's life here (lru_cache over max_age=300):"
              " one GetSecretValue per container start of each function that needs the key.)", file=out)
        print("  first-invocation handler ms (moto): "
              + ", ".join(f"{p} {v:.0f}" for p, v in first["wall_ms"].items()), file=out)

        # One unmeasured comment so that every function's caches are warm again (the cold section above
        # cleared the process-wide caches that in AWS each function's container keeps for itself).
        with paused():
            code, _ = bench.post(_ham_body(1), _ip())
            assert code == 202
            bench.drain(max_batch=1)

        if args.explain:
            REC.explain = []
            with paused():
                run_one(bench, "approve", 0)
            print("\nDynamoDB writes of one approved comment (item size before -> after, estimated units):",
                  file=out)
            for line in REC.explain:
                print("  " + line, file=out)
            REC.explain = None

        # -- warm path, per verdict
        results["verdicts"] = {}
        for scenario in SCENARIOS:
            REC.fresh()
            for i in range(args.repeat):
                run_one(bench, scenario.key, i)
            data = per_comment(REC.fresh(), args.repeat)
            data["esm"] = esm_lines(bench, data)
            data["title"] = scenario.title
            results["verdicts"][scenario.key] = data
            print_table(out, scenario.title, data, data["esm"])

        # -- a full batch of 10 through scoring and publishing, for the per-comment cost at batch 10
        REC.fresh()
        ids = []
        for i in range(10):
            code, answer = bench.post(_ham_body(i), _ip())
            ids.append(answer["id"])
        bench.drain(max_batch=10)
        batch = per_comment(REC.fresh(), 10)
        results["approve_batch10"] = batch
        print_table(out, "approve -> published, 10 comments delivered as one batch of 10 (per comment)", batch,
                    None)
        published = sum(bench.status(i) == "published" for i in ids)
        print(f"  ({published}/10 published)", file=out)

        memory = {bench.name_of[lid]: fn.spec.memory for lid, fn in bench.functions.items()}
        fifo = {template.physical_name(q) for q in bench.consumers if template.physical_name(q).endswith(".fifo")}
    results["memory_mb"] = memory
    print_costs(out, results, memory, fifo)

    print("\n* AWS estimate = handler time outside moto + assumed in-region latency per call "
          f"({', '.join(f'{k} {v:g} ms' for k, v in ASSUMED_CALL_MS.items())}). moto answers in-process "
          "in about a millisecond per call; AWS is network-bound. Treat the ms rows as a shape, not a quote.",
          file=out)
    print("  DynamoDB units are estimated from item sizes (writes round up to 1 KB, reads to 4 KB, transactions"
          " count double, each index entry added/changed/removed is a write); moto does not meter capacity."
          " A cancelled transaction (409/429) is counted as if every item were written (upper bound).",
          file=out)
    print(f"  Log bytes exclude Lambda's own START/END/REPORT lines (~{PLATFORM_LOG_BYTES} B per invocation) "
          f"and CloudWatch's {LOG_EVENT_OVERHEAD} B per event.", file=out)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, default=str)
        print(f"figures written to {args.json}", file=out)
    sys.stdout, sys.stderr = out, sys.__stderr__
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""End-to-end latency on the local stack: from POST /comments to "published", over HTTP.

Starts ``LocalStack`` (embedded moto, the real handlers, the SQS pollers that play Lambda's event
source mappings) on a free port, then

* burst: posts N ham comments from N client addresses (X-Forwarded-For) with C concurrent
  clients, and polls GET /comments/{id} until each says "published";
* one at a time: posts one comment, waits for it to be published, then the next.

Printed: the POST latency (HTTP round trip of intake), POST → published as the client sees it
(polling every few ms, so it includes up to one poll interval), and the server's own figure
(published_at − created_at from the table). One process, one execution environment per function
and moto in-process: this measures the pipeline's shape (queue hops, batching), not AWS latency.

    .venv/bin/python bench/e2e_latency.py [-n 50] [--concurrency 10] [--serial 10]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request
import warnings
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from _common import HAM, TEMPLATE, median, percentile, reader_name, require_model, setup_paths

setup_paths()
# Powertools warns when an invocation adds no metric beyond ColdStart (the reads): expected here.
warnings.filterwarnings("ignore", message="No application metrics to publish")

POLL_SECONDS = 0.02
TIMEOUT_SECONDS = 30.0


def _request(method: str, url: str, body: dict | None = None, ip: str | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    headers = {"content-type": "application/json", "user-agent": "Mozilla/5.0 bench-e2e/1.0"}
    if ip:
        headers["X-Forwarded-For"] = ip
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return answer.status, json.loads(answer.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


class Client:
    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self._n = 0
        self._lock = threading.Lock()

    def _next(self) -> int:
        with self._lock:
            self._n += 1
            return self._n

    def one(self) -> dict:
        """Post one ham comment and wait until it is published; the timings of that comment."""
        n = self._next()
        body = {
            "post_id": f"latency-post-{n % 5}",
            "author_name": reader_name(n),
            "author_email": f"reader{n}@example.org",
            "content": HAM[n % len(HAM)],
        }
        ip = f"203.0.{113 + n // 250}.{1 + n % 250}"
        started = time.perf_counter()
        status, answer = _request("POST", f"{self.base_url}/comments", body, ip)
        posted = time.perf_counter()
        if status != 202:
            raise RuntimeError(f"POST answered {status} {answer}")
        comment_id = answer["id"]
        deadline = started + TIMEOUT_SECONDS
        polls = 0
        while time.perf_counter() < deadline:
            polls += 1
            status, answer = _request("GET", f"{self.base_url}/comments/{comment_id}", ip=ip)
            if status == 200 and answer.get("status") == "published":
                return {"id": comment_id, "post_ms": (posted - started) * 1000,
                        "e2e_ms": (time.perf_counter() - started) * 1000, "polls": polls}
            time.sleep(POLL_SECONDS)
        raise RuntimeError(f"comment {comment_id} not published after {TIMEOUT_SECONDS:.0f} s "
                           f"(last status {status} {answer}); is the model holding the bench's ham?")


def server_latency_ms(stack, ids: list[str]) -> list[float]:
    """published_at − created_at as the table records them (no polling granularity)."""
    dynamodb = stack.client("dynamodb")
    table = stack.resources["CommentsTable"]["Ref"]
    out = []
    for comment_id in ids:
        item = dynamodb.get_item(TableName=table, Key={"id": {"S": comment_id}}, ConsistentRead=True).get("Item", {})
        if "published_at" in item and "created_ts" in item:
            published = datetime.fromisoformat(item["published_at"]["S"]).timestamp()
            out.append((published - float(item["created_ts"]["N"])) * 1000)
    return out


def report(out, title: str, rows: list[dict], server: list[float], wall: float) -> None:
    post = [r["post_ms"] for r in rows]
    e2e = [r["e2e_ms"] for r in rows]
    print(f"\n{title}: {len(rows)} comments in {wall:.1f} s ({len(rows) / wall:.1f} comments/s)", file=out)
    print(f"  {'':<40}{'p50':>8}{'p95':>8}{'max':>8}  ms", file=out)
    for label, values in (("POST /comments (intake round trip)", post),
                          ("POST -> published, client polling", e2e),
                          ("created -> published, server clock", server)):
        print(f"  {label:<40}{median(values):>8.0f}{percentile(values, 0.95):>8.0f}{max(values):>8.0f}", file=out)
    print(f"  GET /comments/{{id}} polls per comment: median {median([r['polls'] for r in rows]):.0f}", file=out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=50, help="comments in the burst (default 50)")
    parser.add_argument("--concurrency", type=int, default=10, help="concurrent clients in the burst (default 10)")
    parser.add_argument("--serial", type=int, default=20, help="comments posted one at a time (default 20)")
    args = parser.parse_args()

    out = sys.stdout
    # The handlers' JSON log lines and EMF blobs go to stdout: keep them off the report.
    sink = open(os.devnull, "w")
    sys.stdout = sink

    from commentguard_dev.localstack import LocalStack

    require_model()
    started = time.perf_counter()
    stack = LocalStack(TEMPLATE, port=0, schedules=False)
    try:
        stack.start()
        startup = time.perf_counter() - started
        pollers = ", ".join(f"{p.function.logical_id} batch {p.source.batch_size}" for p in stack.pollers)
        print("Commentguard: end-to-end latency on the local stack (moto in-process, HTTP on 127.0.0.1)", file=out)
        print(f"  stack started in {startup:.1f} s; pollers: {pollers}; long poll {stack.wait_seconds} s; "
              f"client polls GET /comments/{{id}} every {POLL_SECONDS * 1000:.0f} ms", file=out)
        client = Client(stack.base_url)

        first = client.one()
        print(f"\nfirst comment (each function's first invocation: model load, secret fetch, clients): "
              f"POST {first['post_ms']:.0f} ms, POST -> published {first['e2e_ms']:.0f} ms", file=out)

        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            burst = list(pool.map(lambda _: client.one(), range(args.n)))
        wall = time.perf_counter() - t0
        report(out, f"burst, {args.concurrency} concurrent clients", burst,
               server_latency_ms(stack, [r["id"] for r in burst]), wall)

        t0 = time.perf_counter()
        serial = [client.one() for _ in range(args.serial)]
        wall = time.perf_counter() - t0
        report(out, "one comment at a time", serial, server_latency_ms(stack, [r["id"] for r in serial]), wall)

        stats = ", ".join(f"{p.function.logical_id} {p.batches} batches" for p in stack.pollers)
        print(f"\n  event source mappings: {stats}", file=out)
        print("  One execution environment per function (the local stack serialises each function's "
              "invocations); Lambda would run several in parallel under a burst.", file=out)
    finally:
        t0 = time.perf_counter()
        stack.stop()
        print(f"  stack stopped in {time.perf_counter() - t0:.1f} s", file=out)
        sys.stdout = out
        sink.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Run every benchmark under bench/ in sequence and print their output (``make bench``).

Each runs in its own interpreter (a benchmark may start moto, patch botocore or change sys.stdout).
Order: requests per comment, end-to-end latency, cold start, then the model benchmark
(bench_model.py, when present), then any other bench/*.py but those in ALONE (run them by hand).
Files starting with "_" are helpers.
The exit code is the number of benchmarks that failed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIRST = ["requests_per_comment.py", "e2e_latency.py", "cold_start.py", "bench_model.py"]
# Run alone, never here: they fine-tune the toxicity encoder (the ``encoder`` extra, torch) for 20 minutes.
ALONE = {"bench_toxicity_feedback.py"}
TIMEOUT_SECONDS = 600


def benchmarks() -> list[Path]:
    found = {p.name: p for p in HERE.glob("*.py")
             if not p.name.startswith("_") and p.name != Path(__file__).name and p.name not in ALONE}
    ordered = [found.pop(name) for name in FIRST if name in found]
    return ordered + [found[name] for name in sorted(found)]


def main() -> int:
    failed = []
    for script in benchmarks():
        rule = "=" * 100
        print(f"{rule}\n{script.relative_to(ROOT)}\n{rule}", flush=True)
        started = time.perf_counter()
        try:
            code = subprocess.run([sys.executable, str(script)], check=False, cwd=ROOT,
                                  timeout=TIMEOUT_SECONDS).returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        elapsed = time.perf_counter() - started
        print(f"-- {script.name}: {'ok' if code == 0 else f'FAILED ({code})'} in {elapsed:.0f} s\n", flush=True)
        if code != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}", flush=True)
    return len(failed)


if __name__ == "__main__":
    raise SystemExit(main())

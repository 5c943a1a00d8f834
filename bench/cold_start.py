"""Cold start: import time of each function's handler in a fresh interpreter, against `import boto3`.

For every function in template.yaml, a new ``python -c`` process puts the function's CodeUri and
its layers (each ContentUri, e.g. shared/, with its requirements installed) on ``sys.path``, sets
the environment the template gives the function plus what Lambda sets (``LAMBDA_TASK_ROOT``, so
Powertools' tracer is ON as with ``Tracing: Active``; aws-xray-sdk then patches botocore at
import, as it would in Lambda), and times ``import app``. A bare ``import boto3`` is timed the same way in the same rounds. Median of 7.

Budgets: functions behind the HTTP API (user-facing) within 1.5 × boto3, the others (queue- or
schedule-driven) within 3 ×.

Also: the scoring function's first-invocation work (building the pipeline, loading
models/spam.json, scoring a first comment), and each layer's unzipped size (its requirements
installed for arm64 / Python 3.13 as ``sam build`` would, plus its ContentUri's files), with each
function's total.

    .venv/bin/python bench/cold_start.py [--runs 7] [--no-layer-size]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import MODEL, ROOT, TEMPLATE, median, setup_paths

setup_paths()

BOTO3 = "boto3"
BUDGETS = {"user": 1.5, "queue": 3.0}  # × a bare import boto3: behind the HTTP API, queue- or schedule-driven


def verdict(ratio: float, budget: float) -> str:
    """PASS within the budget, OVER past it."""
    return "PASS" if ratio <= budget else "OVER"

_TIMER = """
import sys, time
sys.path[:0] = {paths!r}
t = time.perf_counter()
{statement}
print(time.perf_counter() - t)
"""

_SCORING_INIT = """
import sys, time, json
sys.path[:0] = {paths!r}
import app  # the handler module, as Lambda's init does
from commentguard.settings import settings
from commentguard.scoring import pipeline as p
from commentguard.scoring.base import CommentInput
from dataclasses import replace
s = settings()
t0 = time.perf_counter()
pipe = p.build_pipeline(replace(s.rules, form_key=b"k" * 64), s.thresholds)
t1 = time.perf_counter()
comment = CommentInput(content="Thanks for covering the council meeting, the library hours matter to me.",
                       author_name="Reader", author_email=None, author_url=None, post_id="p", parent_id=None,
                       client_ip="203.0.113.9", user_agent="Mozilla/5.0", honeypot=None, form_token=None,
                       submitted_at=time.time() - 60, author_trusted=False)
pipe.score(comment)
t2 = time.perf_counter()
for _ in range(20):
    pipe.score(comment)
t3 = time.perf_counter()
print(json.dumps({{"build": t1 - t0, "first_score": t2 - t1, "warm_score": (t3 - t2) / 20}}))
"""


def lambda_env(spec) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POWERTOOLS_", "AWS_"))}
    env.pop("PYTHONPATH", None)
    env.update(spec.environment)
    env.update(
        {
            "AWS_REGION": "us-east-1",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_LAMBDA_FUNCTION_NAME": spec.function_name or spec.logical_id,
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(spec.memory),
            "AWS_EXECUTION_ENV": "AWS_Lambda_python3.13",
            "LAMBDA_TASK_ROOT": str(spec.code_uri),
            "_HANDLER": spec.handler,
            "AWS_XRAY_CONTEXT_MISSING": "IGNORE_ERROR",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
    )
    env.pop("POWERTOOLS_TRACE_DISABLED", None)  # as deployed: Tracing: Active
    return env


class Tree:
    """Where the interpreter finds packages: the emulated Lambda filesystem, or this venv as a fallback."""

    def __init__(self) -> None:
        self.root: Path | None = None
        # /opt/python holds each layer's ContentUri and its requirements: the latter installed here.
        self.installed: dict[Path, Path] = {}
        self.runtime: list[str] = []  # /var/runtime: boto3 as the Lambda runtime ships it
        self.flags: list[str] = []
        self.how = ""

    def build(self, layers: set[Path]) -> None:
        """pip-install each layer's requirements and boto3 (this venv's version) into folders, as
        /opt/python and /var/runtime; run ``python -I -S`` so nothing else (dev tools, moto's
        ``requests``, the editable-install hook) is importable."""
        import boto3

        self.root = Path(tempfile.mkdtemp(prefix="cg-lambda-"))
        runtime = self.root / "var-runtime"
        base = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--target"]
        steps = [base + [str(runtime), f"boto3=={boto3.__version__}"]]
        for i, layer in enumerate(sorted(layers)):
            if (layer / "requirements.txt").exists():
                self.installed[layer] = self.root / f"opt-python-{i}"
                steps.append(base + [str(self.installed[layer]), "-r", str(layer / "requirements.txt")])
        for cmd in steps:
            answer = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
            if answer.returncode != 0:
                self.fallback(f"pip install failed ({answer.stderr.strip().splitlines()[-1:]})")
                return
        self.runtime = [str(runtime)]
        self.flags = ["-I", "-S"]
        self.how = (f"isolated interpreter (-I -S): sys.path = CodeUri, the function's layers (each ContentUri + its "
                    f"requirements pip-installed for this platform), boto3 {boto3.__version__} as the runtime's, the stdlib")

    def paths(self, spec) -> list[str]:
        """A function's sys.path: its code, then each of its layers, then the runtime's boto3."""
        out = [str(spec.code_uri)]
        for layer in spec.layers:
            out.append(str(layer))
            if layer in self.installed:
                out.append(str(self.installed[layer]))
        return out + self.runtime

    def fallback(self, why: str) -> None:
        self.cleanup()
        self.installed, self.runtime, self.flags = {}, [], []
        self.how = f"this venv's site-packages (dev tools importable, e.g. requests, which X-Ray then patches): {why}"

    def cleanup(self) -> None:
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None


TREE = Tree()


def time_import(statement: str, paths: list[str], env: dict[str, str], cwd: str) -> float:
    code = _TIMER.format(paths=paths, statement=statement)
    answer = subprocess.run([sys.executable, *TREE.flags, "-c", code], check=False, env=env, cwd=cwd,
                            capture_output=True, text=True, timeout=60)
    if answer.returncode != 0:
        raise RuntimeError(f"{statement!r} failed:\n{answer.stderr[-2000:]}")
    return float(answer.stdout.strip().splitlines()[-1])


def handler_statement(spec) -> str:
    module = spec.handler.rpartition(".")[0]
    return f"import {module}"


def cold_starts(runs: int, out) -> None:
    from commentguard_dev.localstack.template import Template

    template = Template(TEMPLATE)
    specs = template.functions()
    bare_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    results: dict[str, list[float]] = {BOTO3: []}
    for _ in range(runs):
        results[BOTO3].append(time_import("import boto3", TREE.runtime, bare_env, "/"))
        for lid, spec in specs.items():
            paths = TREE.paths(spec)
            results.setdefault(lid, []).append(
                time_import(handler_statement(spec), paths, lambda_env(spec), str(spec.code_uri)))
    base = median(results[BOTO3]) * 1000
    print(f"Cold start: handler import in a fresh interpreter, median of {runs} "
          f"(Python {sys.version.split()[0]} here; the template says {next(iter(specs.values())).runtime})",
          file=out)
    print(f"  how: {TREE.how}", file=out)
    print(f"  {'function':<20}{'trigger':<12}{'ms':>8}{'x boto3':>9}{'budget':>8}  verdict", file=out)
    print(f"  {'import boto3':<20}{'':<12}{base:>8.0f}{1.0:>9.2f}", file=out)
    for lid, spec in specs.items():
        ms = median(results[lid]) * 1000
        user_facing = bool(spec.http_routes)
        trigger = "HTTP API" if user_facing else ("SQS" if spec.sqs_sources else "schedule")
        budget = BUDGETS["user"] if user_facing else BUDGETS["queue"]
        ratio = ms / base
        print(f"  {lid:<20}{trigger:<12}{ms:>8.0f}{ratio:>9.2f}{budget:>7.1f}x  {verdict(ratio, budget)}", file=out)
    spread = {k: (min(v) * 1000, max(v) * 1000) for k, v in results.items()}
    print("  (min-max over the runs: " + ", ".join(f"{k.removesuffix('Function')} {a:.0f}-{b:.0f}"
                                                   for k, (a, b) in spread.items()) + " ms)", file=out)
    print("  Tracer on (LAMBDA_TASK_ROOT set, POWERTOOLS_TRACE_DISABLED unset): aws-xray-sdk patches botocore "
          "at import, so every handler imports boto3/botocore itself.", file=out)

    scoring = next((s for s in specs.values() if s.sqs_sources and "scor" in s.logical_id.lower()), None)
    if scoring is None:
        return
    if not MODEL.exists():
        print(f"\n  scoring first-invocation init: skipped, {MODEL.relative_to(ROOT)} does not exist yet", file=out)
        return
    paths = TREE.paths(scoring)
    inits = []
    for _ in range(max(3, runs // 2)):
        answer = subprocess.run([sys.executable, *TREE.flags, "-c", _SCORING_INIT.format(paths=paths)], check=False,
                                env=lambda_env(scoring), cwd=str(scoring.code_uri), capture_output=True,
                                text=True, timeout=120)
        if answer.returncode != 0:
            print(f"\n  scoring init failed:\n{answer.stderr[-1500:]}", file=out)
            return
        inits.append(json.loads(answer.stdout.strip().splitlines()[-1]))
    build = median([i["build"] for i in inits]) * 1000
    first = median([i["first_score"] for i in inits]) * 1000
    warm = median([i["warm_score"] for i in inits]) * 1000
    print(f"\n  {scoring.logical_id} first invocation, after the import (median of {len(inits)}):", file=out)
    print(f"    build the pipeline, load {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size / 1e6:.1f} MB)"
          f"{build:>10.0f} ms", file=out)
    print(f"    score the first comment (loads the toxicity encoder){'':<11}{first:>10.1f} ms", file=out)
    print(f"    score a comment, warm{'':<42}{warm:>10.2f} ms", file=out)
    imported = median(results[scoring.logical_id]) * 1000
    # The whole wait of a cold container: the encoder is loaded on first use, not at import, so the
    # import alone would understate it.
    budget = BUDGETS["queue"]
    for what, ms in (("import + build", imported + build), ("import + build + first comment", imported + build + first)):
        print(f"    => {scoring.logical_id}, {what}: {ms:.0f} ms here ({ms / base:.2f} x boto3, budget {budget:.0f}x)  "
              f"{verdict(ms / base, budget)}", file=out)


# ------------------------------------------------------------------------------ layer size


def _tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts)


def _installed_size(requirements: Path, out) -> tuple[dict[str, int], str] | None:
    """The unzipped size of each package ``requirements`` installs, as ``sam build`` would fetch them."""
    target = Path(tempfile.mkdtemp(prefix="cg-layer-"))
    how = "arm64 / CPython 3.13 wheels (manylinux 2.17 to 2.34, aarch64), as `sam build` would fetch them"
    try:
        cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r",
               str(requirements), "--target", str(target)]
        # The tags sam build accepts for python3.13 on arm64 (glibc 2.34; aws-lambda-builders' packager).
        platforms = [f for tag in ("manylinux2014", "manylinux_2_28", "manylinux_2_34") for f in ("--platform", tag + "_aarch64")]
        answer = subprocess.run(cmd + [*platforms, "--only-binary=:all:",
                                       "--python-version", "3.13", "--implementation", "cp"],
                                check=False, capture_output=True, text=True, timeout=300)
        if answer.returncode != 0:
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir()
            how = ("the local platform's wheels (Python 3.11, this machine's architecture): the arm64/3.13 "
                   f"download failed: {answer.stderr.strip().splitlines()[-1] if answer.stderr.strip() else '?'}")
            answer = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=300)
            if answer.returncode != 0:
                print(f"\nLayer size: pip install failed:\n{answer.stderr[-1500:]}", file=out)
                return None
        packages: dict[str, int] = {}
        for entry in target.iterdir():
            if entry.name in ("bin", "__pycache__"):
                continue
            name = entry.name
            if name.endswith((".dist-info", ".egg-info")):
                name = name.split("-")[0].lower()
                name = {"python_dateutil": "dateutil", "typing_extensions": "typing_extensions"}.get(name, name)
            name = name.removesuffix(".py").lower().replace("-", "_")
            packages[name] = packages.get(name, 0) + _tree_size(entry)
        return packages, how
    finally:
        shutil.rmtree(target, ignore_errors=True)


def layer_size(out) -> None:
    """Each layer's unzipped size (its ContentUri's files plus its requirements), and each function's total."""
    from commentguard_dev.localstack.template import Template

    specs = Template(TEMPLATE).functions()
    sizes: dict[Path, float] = {}
    for layer in sorted({layer for spec in specs.values() for layer in spec.layers}):
        requirements = layer / "requirements.txt"
        installed = _installed_size(requirements, out) if requirements.exists() else ({}, "")
        if installed is None:
            return
        packages, how = installed
        content = sum(_tree_size(p) for p in layer.iterdir() if p.name != "requirements.txt")
        total = sum(packages.values()) + content
        sizes[layer] = total
        name = layer.relative_to(ROOT)
        print(f"\nLayer {name}/, unzipped: {total / 1e6:.1f} MB ({how})", file=out)
        print(f"  requirements ({requirements.relative_to(ROOT)}): "
              + "; ".join(line.split("#")[0].strip() for line in requirements.read_text().splitlines()
                          if line.strip() and not line.startswith("#")), file=out)
        rows = sorted([*packages.items(), *([(f"{name}/ (its own files)", content)] if content else [])],
                      key=lambda kv: -kv[1])
        for pkg, size in rows[:8]:
            print(f"  {pkg:<28}{size / 1e6:>8.2f} MB", file=out)
        rest = rows[8:]
        if rest:
            print(f"  {'(' + str(len(rest)) + ' more)':<28}{sum(s for _, s in rest) / 1e6:>8.2f} MB", file=out)
        shipped = {n for n in packages if n in ("boto3", "botocore", "s3transfer", "jmespath", "urllib3",
                                                 "dateutil", "six")}
        if shipped:
            aws = sum(packages[n] for n in shipped)
            print(f"  !! the layer ships {', '.join(sorted(shipped))} ({aws / 1e6:.1f} MB), pulled in by the "
                  "requirements (aws-xray-sdk depends on botocore). boto3 comes with the Lambda runtime; a layer "
                  "copy of botocore sits before the runtime's on sys.path, so the runtime's boto3 runs on the "
                  "layer's botocore.", file=out)
    print("\nEach function's layers together (Lambda's limit: 250 MB unzipped for the function and its layers):",
          file=out)
    for lid, spec in specs.items():
        total = sum(sizes.get(layer, 0) for layer in spec.layers)
        names = " + ".join(f"{layer.relative_to(ROOT)}/" for layer in spec.layers)
        print(f"  {lid:<20}{total / 1e6:>8.1f} MB  ({names})", file=out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--no-layer-size", action="store_true", help="skip the pip download")
    args = parser.parse_args()
    from commentguard_dev.localstack.template import Template

    TREE.build({layer for spec in Template(TEMPLATE).functions().values() for layer in spec.layers})
    try:
        cold_starts(args.runs, sys.stdout)
    finally:
        TREE.cleanup()
    if not args.no_layer_size:
        layer_size(sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

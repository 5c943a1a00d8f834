"""Cold start: import time of each function's handler in a fresh interpreter, against `import boto3`.

For every function in template.yaml, a new ``python -I -S -B`` process puts the function's CodeUri and
its layers (each built as `sam build` builds it, by layers/Makefile, with its bytecode; and, the baseline
in the same rounds, without it, as BuildMethod python3.13 would) on ``sys.path``, sets
the environment the template gives the function plus what Lambda sets (``LAMBDA_TASK_ROOT``, so
Powertools' tracer is ON as with ``Tracing: Active``; aws-xray-sdk then patches botocore at
import, as it would in Lambda), and times ``import app``. A bare ``import boto3`` is timed the same way in the same rounds. Median of 7.

Budgets: functions behind the HTTP API (user-facing) within 1.5 × boto3, the others (queue- or
schedule-driven) within 3 ×.

Also: the scoring function's first-invocation work (building the pipeline, loading
models/spam.json, scoring a first comment), and each layer's unzipped size (as layers/Makefile
builds it for arm64, bytecode included), with each function's total.

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
    """Where the interpreter finds packages: each layer as `sam build` builds it (layers/Makefile, for this
    machine's Python and platform) with the runtime's boto3, or this venv as a fallback."""

    def __init__(self) -> None:
        self.root: Path | None = None
        # /opt/python: each layer as built, with its bytecode; and the same without it, as BuildMethod python3.13
        # builds a layer (that builder only unpacks wheels), the baseline measured in the same rounds.
        self.built: dict[Path, Path] = {}
        self.bare: dict[Path, Path] = {}
        self.runtime: list[str] = []  # /var/runtime: boto3 as the Lambda runtime ships it
        self.flags: list[str] = []
        self.how = ""

    def build(self, layers: dict[str, Path]) -> None:
        """Build each layer (logical id -> ContentUri) with layers/Makefile's recipe, pip-install boto3 (this
        venv's version) as /var/runtime; run ``python -I -S -B`` so nothing else (dev tools, moto's ``requests``,
        the editable-install hook) is importable and, /opt being read-only in Lambda, no bytecode is written."""
        import boto3

        from commentguard_dev.layer_build import build_layer

        self.root = Path(tempfile.mkdtemp(prefix="cg-lambda-"))
        runtime = self.root / "var-runtime"
        answer = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                                 "--target", str(runtime), f"boto3=={boto3.__version__}"],
                                check=False, capture_output=True, text=True, timeout=300)
        if answer.returncode != 0:
            self.fallback(f"pip install failed ({answer.stderr.strip().splitlines()[-1:]})")
            return
        try:
            for lid, content_uri in layers.items():
                self.built[content_uri] = build_layer(lid, content_uri, self.root / lid)
        except RuntimeError as exc:
            self.fallback(str(exc).splitlines()[0])
            return
        for content_uri, built in self.built.items():
            bare = self.bare[content_uri] = self.root / f"{built.parent.name}-bare" / "python"
            shutil.copytree(built, bare, ignore=shutil.ignore_patterns("__pycache__"))
        self.runtime = [str(runtime)]
        self.flags = ["-I", "-S", "-B"]
        self.how = (f"isolated interpreter (-I -S -B): sys.path = CodeUri, the function's layers as layers/Makefile "
                    f"builds them (for this platform and Python), boto3 {boto3.__version__} as the runtime's, the stdlib")

    def paths(self, spec, bytecode: bool = True) -> list[str]:
        """A function's sys.path: its code, then each of its layers (without their bytecode: ``bytecode`` False),
        then the runtime's boto3."""
        layers = self.built if bytecode else self.bare
        return [str(spec.code_uri), *(str(layers.get(layer, layer)) for layer in spec.layers), *self.runtime]

    def fallback(self, why: str) -> None:
        self.cleanup()
        self.built, self.bare, self.runtime, self.flags = {}, {}, [], []
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
    bare: dict[str, list[float]] = {}  # the layers without their bytecode, as BuildMethod python3.13 ships them
    for _ in range(runs):
        results[BOTO3].append(time_import("import boto3", TREE.runtime, bare_env, "/"))
        for lid, spec in specs.items():
            results.setdefault(lid, []).append(
                time_import(handler_statement(spec), TREE.paths(spec), lambda_env(spec), str(spec.code_uri)))
            if TREE.bare:
                bare.setdefault(lid, []).append(time_import(handler_statement(spec), TREE.paths(spec, bytecode=False),
                                                            lambda_env(spec), str(spec.code_uri)))
    base = median(results[BOTO3]) * 1000
    print(f"Cold start: handler import in a fresh interpreter, median of {runs} "
          f"(Python {sys.version.split()[0]} here; the template says {next(iter(specs.values())).runtime})",
          file=out)
    print(f"  how: {TREE.how}", file=out)
    without = f"{'without bytecode*':>20}" if bare else ""
    print(f"  {'function':<20}{'trigger':<12}{'ms':>8}{'x boto3':>9}{'budget':>8}  verdict{without}", file=out)
    print(f"  {'import boto3':<20}{'':<12}{base:>8.0f}{1.0:>9.2f}", file=out)
    for lid, spec in specs.items():
        ms = median(results[lid]) * 1000
        user_facing = bool(spec.http_routes)
        trigger = "HTTP API" if user_facing else ("SQS" if spec.sqs_sources else "schedule")
        budget = BUDGETS["user"] if user_facing else BUDGETS["queue"]
        ratio = ms / base
        baseline = f"{median(bare[lid]) * 1000:>10.0f} ms {median(bare[lid]) * 1000 / base:>5.2f}x" if bare else ""
        print(f"  {lid:<20}{trigger:<12}{ms:>8.0f}{ratio:>9.2f}{budget:>7.1f}x  {verdict(ratio, budget):<7}{baseline}",
              file=out)
    if bare:
        print("  * the same layers without their bytecode, as BuildMethod python3.13 would build them: /opt is "
              "read-only, so Lambda compiles every module again at each cold start", file=out)
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
    inits = _scoring_inits(scoring, TREE.paths(scoring), max(3, runs // 2), out)
    if inits is None:
        return
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
    if bare and (inits := _scoring_inits(scoring, TREE.paths(scoring, bytecode=False), len(inits), out)):
        ms = median(bare[scoring.logical_id]) * 1000 + median([i["build"] + i["first_score"] for i in inits]) * 1000
        print(f"    (without bytecode*: import + build + first comment {ms:.0f} ms, {ms / base:.2f} x boto3)", file=out)


def _scoring_inits(scoring, paths: list[str], runs: int, out) -> list[dict[str, float]] | None:
    """The scoring function's first-invocation work in ``runs`` fresh interpreters, or None if it failed."""
    inits = []
    for _ in range(runs):
        answer = subprocess.run([sys.executable, *TREE.flags, "-c", _SCORING_INIT.format(paths=paths)], check=False,
                                env=lambda_env(scoring), cwd=str(scoring.code_uri), capture_output=True,
                                text=True, timeout=120)
        if answer.returncode != 0:
            print(f"\n  scoring init failed:\n{answer.stderr[-1500:]}", file=out)
            return None
        inits.append(json.loads(answer.stdout.strip().splitlines()[-1]))
    return inits


# ------------------------------------------------------------------------------ layer size


def _tree_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _package_sizes(built: Path, content: set[str]) -> dict[str, int]:
    """The built layer's size by installed package (a distribution's files under its import name), the
    ContentUri's own entries (``content``) apart, each with its bytecode."""
    packages: dict[str, int] = {}
    for entry in built.iterdir():
        name = entry.name
        if name == "__pycache__":  # the bytecode of top-level modules (six.py, typing_extensions.py)
            name = "(top-level modules' bytecode)"
        elif name in content:
            name = f"{name} (its own files)"
        elif name.endswith((".dist-info", ".egg-info", ".data")):
            name = name.split("-")[0].lower()
            name = {"python_dateutil": "dateutil", "typing_extensions": "typing_extensions"}.get(name, name)
        name = name.removesuffix(".py").lower().replace("-", "_")
        packages[name] = packages.get(name, 0) + _tree_size(entry)
    return packages


def layer_size(out) -> None:
    """Each layer's unzipped size as layers/Makefile builds it for Lambda (arm64 wheels, the ContentUri's files,
    the bytecode), and each function's total."""
    from commentguard_dev.layer_build import PYTHON_HERE, build_layer, layers
    from commentguard_dev.localstack.template import Template

    template = Template(TEMPLATE)
    specs = template.functions()
    sizes: dict[Path, float] = {}
    how = (f"arm64 wheels for CPython {PYTHON_HERE} (manylinux 2.17 to 2.34), bytecode compiled by this Python: within "
           "10% of what `sam build` makes with 3.13")
    for lid, layer in sorted(layers(template).items(), key=lambda kv: kv[1]):
        scratch = Path(tempfile.mkdtemp(prefix="cg-layer-"))
        try:
            built = build_layer(lid, layer, scratch, wheels=None)
            packages = _package_sizes(built, {p.name for p in layer.iterdir()})
            bytecode = sum(f.stat().st_size for f in built.rglob("*.pyc"))
        except RuntimeError as exc:
            print(f"\nLayer {layer.relative_to(ROOT)}/: the build failed: {exc}", file=out)
            return
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        total = sizes[layer] = sum(packages.values())
        requirements = layer / "requirements.txt"
        print(f"\nLayer {layer.relative_to(ROOT)}/ ({lid}), unzipped: {total / 1e6:.1f} MB, of which bytecode "
              f"{bytecode / 1e6:.1f} MB ({how})", file=out)
        print(f"  requirements ({requirements.relative_to(ROOT)}): "
              + "; ".join(line.split("#")[0].strip() for line in requirements.read_text().splitlines()
                          if line.strip() and not line.startswith("#")), file=out)
        rows = sorted(packages.items(), key=lambda kv: -kv[1])
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
    from commentguard_dev.layer_build import layers
    from commentguard_dev.localstack.template import Template

    TREE.build(layers(Template(TEMPLATE)))
    try:
        cold_starts(args.runs, sys.stdout)
    finally:
        TREE.cleanup()
    if not args.no_layer_size:
        layer_size(sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

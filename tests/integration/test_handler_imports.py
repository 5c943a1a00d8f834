"""What each function's handler module imports, in a fresh interpreter as Lambda's init would: the
heavy libraries stay out of the functions that do not need them (cold start is a budget)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_REPORT = """
import json, sys
sys.path[:0] = {paths!r}
import app
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}})))
"""


def _imported_by(spec) -> set[str]:
    paths = [str(spec.code_uri), *(str(layer) for layer in spec.layers)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(spec.environment)
    env.update({"AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1", "LAMBDA_TASK_ROOT": str(spec.code_uri)})
    answer = subprocess.run([sys.executable, "-c", _REPORT.format(paths=paths)], cwd=str(spec.code_uri), env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert answer.returncode == 0, answer.stderr[-2000:]
    return set(json.loads(answer.stdout.strip().splitlines()[-1]))


def test_the_queue_and_schedule_consumers_import_neither_pydantic_nor_the_html_sanitiser(template):
    consumers = [spec for spec in template.functions().values() if not spec.http_routes]
    assert {spec.code_uri.name for spec in consumers} >= {"scoring", "publisher", "resender"}
    for spec in consumers:
        heavy = _imported_by(spec) & {"pydantic", "pydantic_core", "nh3"}
        assert not heavy, f"{spec.logical_id} imports {sorted(heavy)}: only the HTTP functions validate bodies"


def _function(template, name: str):
    return next(spec for spec in template.functions().values() if spec.code_uri.name == name)


def test_the_scoring_handler_leaves_numpy_and_onnxruntime_to_its_first_comment(template):
    assert not _imported_by(_function(template, "scoring")) & {"numpy", "onnxruntime"}


def test_intake_imports_pydantic_and_the_sanitiser_it_validates_and_cleans_with(template):
    assert {"pydantic", "nh3"} <= _imported_by(_function(template, "intake"))

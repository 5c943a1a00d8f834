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


def _run_fresh(spec, script: str) -> subprocess.CompletedProcess:
    """``script`` (with ``{paths}``, the function's code and layers) in a fresh interpreter, as Lambda's init."""
    paths = [str(spec.code_uri), *(str(layer) for layer in spec.layers)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(spec.environment)
    env.update({"AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1", "LAMBDA_TASK_ROOT": str(spec.code_uri)})
    answer = subprocess.run([sys.executable, "-c", script.format(paths=paths)], cwd=str(spec.code_uri), env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert answer.returncode == 0, answer.stderr[-2000:]
    return answer


def _reported(spec, script: str):
    """What ``script``, run fresh for the function ``spec``, printed last as JSON."""
    return json.loads(_run_fresh(spec, script).stdout.strip().splitlines()[-1])


def _imported_by(spec) -> set[str]:
    return set(_reported(spec, _REPORT))


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


def test_the_moderation_handler_leaves_the_html_sanitiser_to_the_first_edit_or_reply(template):
    # Most moderation requests read the queue or decide; only an edit or a reply writes text to clean.
    assert "nh3" not in _imported_by(_function(template, "moderation"))


_BODIES_BUILT = """
import json, sys
sys.path[:0] = {paths!r}
import app
from pydantic import BaseModel
from commentguard.api import moderation
bodies = [v for v in vars(moderation).values() if isinstance(v, type) and issubclass(v, BaseModel)
          and v.__module__ == moderation.__name__]
print(json.dumps({{b.__name__: b.__pydantic_complete__ for b in bodies}}))
"""


def test_the_moderation_handler_builds_no_request_body_validator_at_import(template):
    # A request takes one route: a cold container builds that route's validator on first use, not all of them.
    built = _reported(_function(template, "moderation"), _BODIES_BUILT)
    assert len(built) >= 8 and not any(built.values()), built


_SUBMISSION_BUILT = """
import json, sys
sys.path[:0] = {paths!r}
import app
from commentguard.submission import CommentSubmission
print(json.dumps(CommentSubmission.__pydantic_complete__))
"""


def test_the_moderation_and_reader_handlers_leave_the_comment_body_validator_to_intake(template):
    # They import the submission's field types and limits; only intake validates a comment's body.
    for name in ("moderation", "reader"):
        assert _reported(_function(template, name), _SUBMISSION_BUILT) is False, name


_FORM_WORDS = """
import json, sys
sys.path[:0] = {paths!r}
import app
print(json.dumps("commentguard.api.page_words" in sys.modules))
"""


def test_the_http_functions_leave_a_form_pages_words_to_the_first_form(template):
    # Most requests are not a plain form: the words of its pages, a dataclass and a file, wait for one.
    for name in ("intake", "reader", "moderation"):
        assert _reported(_function(template, name), _FORM_WORDS) is False, name


_FLUSH_NOTHING = """
import sys, warnings
sys.path[:0] = {paths!r}
warnings.simplefilter("default")  # Lambda's interpreter: each warning shown once per place
import app
from aws_lambda_powertools import Metrics
Metrics(namespace="Commentguard").flush_metrics()
"""


def test_no_function_writes_powertools_empty_metrics_warning_among_its_json_logs(template):
    for spec in template.functions().values():
        assert "No application metrics" not in _run_fresh(spec, _FLUSH_NOTHING).stderr, spec.logical_id



_ENCODERS = """
import json, sys
sys.path[:0] = {paths!r}
from commentguard.scoring.encoder_files import ENCODER_PATH, PHRASE_ENCODER_PATH
from commentguard.scoring.toxicity import load_scorer
scorer = load_scorer()
print(json.dumps({{"files": [str(ENCODER_PATH), str(PHRASE_ENCODER_PATH)],
                  "loaded": scorer.encoder() is not None and scorer.phrase_matcher() is not None}}))
"""


def test_the_scoring_function_finds_both_encoders_in_its_own_layer(template):
    spec = _function(template, "scoring")
    found = _reported(spec, _ENCODERS)
    assert found["loaded"]
    for path in found["files"]:
        assert any(str(layer) in path for layer in spec.layers if layer.name == "encoder"), path


def test_no_function_but_scoring_carries_the_encoders_files_in_its_layers(template):
    for spec in template.functions().values():
        carried = [layer for layer in spec.layers if (layer / "commentguard_encoders").is_dir()]
        assert bool(carried) == (spec.code_uri.name == "scoring"), spec.logical_id

"""The layers as `sam build` builds them (layers/Makefile), for this machine's Python: what the cold-start
benchmark imports and the tests check, so that both see the bytecode Lambda gets."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from .localstack.template import Template

MAKEFILE = Path(__file__).resolve().parents[2] / "layers" / "Makefile"
PYTHON_HERE = f"{sys.version_info.major}.{sys.version_info.minor}"


def layers(template: Template) -> dict[str, Path]:
    """Each layer's logical id and its ContentUri."""
    return {lid: (template.root / template.resources[lid]["Properties"]["ContentUri"]).resolve()
            for lid in template.of_type("AWS::Serverless::LayerVersion")}


def build_layer(logical_id: str, content_uri: Path, artifacts_dir: Path, wheels: str | None = "") -> Path:
    """Runs the layer's target of layers/Makefile with this interpreter, as SAM runs it (from the ContentUri,
    ARTIFACTS_DIR set), and returns the folder Lambda puts on the path (``python/``). ``wheels``: pip's options
    for the platform, this machine's by default; None keeps the Makefile's (Lambda's arm64 wheels, for this
    Python version)."""
    overrides = [f"ARTIFACTS_DIR={artifacts_dir}", f"RUNTIME_VERSION={PYTHON_HERE}", f"LAMBDA_PYTHON={sys.executable}"]
    if wheels is not None:
        overrides.append(f"WHEELS={wheels}")
    answer = subprocess.run(["make", "-s", "-C", str(content_uri), "-f", str(MAKEFILE), f"build-{logical_id}",
                             *overrides], check=False, capture_output=True, text=True, timeout=900)
    if answer.returncode != 0:
        raise RuntimeError(f"make build-{logical_id} failed:\n{answer.stderr[-1500:]}")
    return artifacts_dir / "python"

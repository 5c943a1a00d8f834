"""The layers as `sam build` builds them (template.yaml: BuildMethod makefile; layers/Makefile), built here for
this machine's Python: what goes in, and that Lambda loads it from bytecode it never has to check or compile."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from commentguard_dev.layer_build import MAKEFILE, build_layer, layers

ROOT = Path(__file__).resolve().parents[2]


def test_sam_builds_every_layer_with_a_target_of_layers_makefile(template):
    for lid, content_uri in layers(template).items():
        metadata = template.resources[lid]["Metadata"]
        assert (metadata["BuildMethod"], metadata["ContextPath"]) == ("makefile", "layers"), lid
        assert (ROOT / metadata["ContextPath"] / "Makefile") == MAKEFILE
        dry_run = subprocess.run(["make", "-n", "-C", str(content_uri), "-f", str(MAKEFILE), f"build-{lid}",
                                  "ARTIFACTS_DIR=/nowhere"], capture_output=True, text=True, check=False)
        assert dry_run.returncode == 0, dry_run.stderr
        assert "--invalidation-mode unchecked-hash" in dry_run.stdout


def test_a_layer_is_not_built_by_another_python_than_the_runtimes(tmp_path):
    answer = subprocess.run(["make", "-s", "-C", str(ROOT / "shared"), "-f", str(MAKEFILE), "build-DomainLayer",
                             f"ARTIFACTS_DIR={tmp_path}", "RUNTIME_VERSION=3.99", f"LAMBDA_PYTHON={sys.executable}"],
                            capture_output=True, text=True, check=False)
    assert answer.returncode != 0
    assert "must be compiled by the runtime's, 3.99" in answer.stderr
    assert not (tmp_path / "python").exists()


@pytest.fixture(scope="module")
def domain_layer(tmp_path_factory) -> Path:
    return build_layer("DomainLayer", ROOT / "shared", tmp_path_factory.mktemp("built"))


def test_the_domain_layer_holds_the_package_and_its_requirements_and_no_build_files(domain_layer):
    for package in ("commentguard", "aws_lambda_powertools", "pydantic", "pydantic_core", "nh3", "boto3"):
        assert (domain_layer / package).is_dir(), package
    assert (domain_layer / "commentguard" / "models" / "spam.json").is_file()
    assert not (domain_layer / "requirements.txt").exists() and not (domain_layer / "bin").exists()


def test_every_module_of_the_domain_layer_has_bytecode_that_is_loaded_without_checking_its_source(domain_layer):
    """Hash-based and unchecked (PEP 552): the zip keeps a file's time to two seconds, so timestamp-checked
    bytecode would be stale, and /opt is read-only, so Lambda could not write it again."""
    sources = [p for p in domain_layer.rglob("*.py") if not {"tests", "test"} & set(p.relative_to(domain_layer).parts)]
    assert len(sources) > 500
    for source in sources:
        cached = Path(importlib.util.cache_from_source(str(source)))
        assert cached.is_file(), source
        flags = int.from_bytes(cached.read_bytes()[4:8], "little")
        assert flags == 0b01, f"{cached}: flags {flags:#04b}"  # hash-based, check_source off


def test_a_handler_imports_from_the_layers_bytecode_whatever_its_source_now_says(domain_layer):
    # Were a module compiled from its source at import, this line would stop the import.
    source = domain_layer / "commentguard" / "api" / "moderation.py"
    source.write_text(source.read_text() + "\nraise RuntimeError('compiled from source')\n")
    code = ("import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]]; import app; "
            "print(sys.modules['commentguard.api.moderation'].__file__)")
    answer = subprocess.run([sys.executable, "-I", "-S", "-B", "-c", code, str(ROOT / "functions" / "moderation"),
                             str(domain_layer)], capture_output=True, text=True, check=False,
                            env={"AWS_DEFAULT_REGION": "us-east-1", "POWERTOOLS_TRACE_DISABLED": "true"})
    assert answer.returncode == 0, answer.stderr[-1500:]
    assert answer.stdout.strip() == str(source)

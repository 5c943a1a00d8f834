"""Fixtures shared by every level of tests.

The AWS fixtures build moto resources from template.yaml itself (the local stack's reader), so a
test runs against the same queues, tables and indexes a deployment gets.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "shared"))

# Tests never reach AWS: dummy credentials before anything creates a client.
os.environ.update(
    {
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "POWERTOOLS_TRACE_DISABLED": "true",
        "POWERTOOLS_METRICS_NAMESPACE": "Commentguard",
        "POWERTOOLS_SERVICE_NAME": "commentguard",
        "POWERTOOLS_DEV": "false",
    }
)
os.environ.pop("AWS_ENDPOINT_URL", None)
os.environ.pop("AWS_PROFILE", None)


@pytest.fixture(scope="session")
def template():
    from commentguard_dev.localstack.template import Template

    return Template(ROOT / "template.yaml")


@pytest.fixture
def aws(template, monkeypatch):
    """moto in-process with every resource the template declares, and the functions' environment set."""
    from moto import mock_aws

    from commentguard import runtime
    from commentguard_dev.localstack.loader import local_environment
    from commentguard_dev.localstack.resources import create_resources

    with mock_aws():
        create_resources(template)
        env = local_environment(template.functions().values(), endpoint_url=None)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        # Tests exercise the 15 s flood window only where they say so.
        monkeypatch.setenv("FLOOD_SECONDS", os.environ.get("TEST_FLOOD_SECONDS", "0"))
        runtime.reset()
        yield template
        runtime.reset()

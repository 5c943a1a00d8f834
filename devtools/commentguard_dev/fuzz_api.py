"""Fuzz the HTTP API with schemathesis against a local stack of its own (``make fuzz``; dev only).

Starts the stack on a free port, posts a few comments so that the routes taking a comment id or a
post id meet real ones (a held comment, a published one), and runs schemathesis over /openapi.json
with an admin token: every operation, its documented inputs and many it does not expect. It fails on
any 5xx and on any status code the document does not declare. Found so far, and fixed: bodies that
are not UTF-8, multipart without a boundary and JSON nested thousands deep ending in 500s, and 15
operations whose success answers were missing from the document.

    python -m commentguard_dev.fuzz_api [--examples 40] [--seed N] [--comment published|held]
"""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
POST_ID = "fuzz-2026"


def _post(base: str, ip: str, **fields: str) -> str:
    request = urllib.request.Request(
        f"{base}/comments", data=json.dumps({"post_id": POST_ID, **fields}).encode(), method="POST",
        headers={"content-type": "application/json", "X-Forwarded-For": ip},
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        return json.load(answer)["id"]


def _status(base: str, comment_id: str) -> str:
    with urllib.request.urlopen(f"{base}/comments/{comment_id}", timeout=10) as answer:
        return json.load(answer)["status"]


def _seed(base: str) -> dict[str, str]:
    """A comment that gets published and one that is held (two links), by the time both are scored."""
    ids = {
        "published": _post(base, "198.51.100.5", author_name="Maria", author_email="maria@example.org",
                           content="The committee report changes the numbers: worth a follow-up?"),
        "held": _post(base, "198.51.100.4", author_name="Linker", author_email="l@example.org",
                      content="see https://a.example and https://b.example"),
    }
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and _status(base, ids["published"]) != "published":
        time.sleep(0.2)
    return ids


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=40, help="examples per operation and phase")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--comment", choices=("held", "published"), default="held",
                        help="which seeded comment the comment-id routes act on")
    args = parser.parse_args(argv)
    try:
        import schemathesis  # noqa: F401
    except ImportError:
        raise SystemExit("schemathesis is not installed: pip install -e '.[dev,fuzz]' (or: make fuzz)") from None
    from .localstack.stack import LocalStack

    logging.basicConfig(level=logging.WARNING)
    with LocalStack(ROOT / "template.yaml", visibility_timeout=2, schedules=False) as stack:
        base = stack.base_url
        ids = _seed(base)
        token = stack.issuer.mint(["moderator", "admin"], sub="fuzz", ttl_seconds=3600)
        with tempfile.TemporaryDirectory() as work:
            # schemathesis reads its parameter overrides from schemathesis.toml in its working directory.
            (Path(work) / "schemathesis.toml").write_text(
                f'[parameters]\n"path.comment_id" = "{ids[args.comment]}"\n"path.post_id" = "{POST_ID}"\n'
            )
            command = [
                sys.executable, "-m", "schemathesis.cli", "run", f"{base}/openapi.json", "--url", base,
                "-H", f"Authorization: Bearer {token}",
                "--checks", "not_a_server_error,status_code_conformance",
                "--max-examples", str(args.examples), "--workers", "1",
                *(["--seed", str(args.seed)] if args.seed is not None else []),
            ]
            return subprocess.call(command, cwd=work)


if __name__ == "__main__":
    raise SystemExit(main())

"""`commentguard score`: the scoring Lambda's code path (the same pipeline and policy), offline."""

from __future__ import annotations

import json
import time
from typing import IO

from commentguard.scoring.base import CommentInput
from commentguard.scoring.pipeline import SCORER_GROUPS, build_pipeline
from commentguard.settings import Settings

_FIELDS = ("author_name", "author_email", "author_url", "post_id", "parent_id", "honeypot", "form_token")


def comment_from_json(data: dict) -> CommentInput:
    if not isinstance(data.get("content"), str):
        raise ValueError("each line needs a string field 'content'")
    values = {k: data[k] for k in _FIELDS if isinstance(data.get(k), str)}
    return CommentInput(
        content=data["content"],
        client_ip=data.get("client_ip") if isinstance(data.get("client_ip"), str) else None,
        user_agent=data.get("user_agent") if isinstance(data.get("user_agent"), str) else None,
        submitted_at=time.time(),
        **values,
    )


def score_lines(lines: IO[str], out: IO[str], groups: tuple[str, ...] = ()) -> int:
    """Score each JSON line; a bad line gets an {"error"} line in its place so the order holds.

    Exit status 1 if any line was bad, 0 otherwise."""
    settings = Settings.from_env()
    pipeline = build_pipeline(settings.rules, settings.thresholds, groups or SCORER_GROUPS)
    status = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            comment = comment_from_json(json.loads(line))
        except (ValueError, TypeError, AttributeError) as exc:
            out.write(json.dumps({"line": number, "error": str(exc)}) + "\n")
            status = 1
            continue
        decision = pipeline.score(comment)
        result = {
            "spam_score": decision.spam_score,
            "verdict": decision.verdict.value,
            "reasons": decision.reasons_as_dicts(),
            "model": decision.models.get("model"),
        }
        if decision.toxicity_score is not None:
            result["toxicity_score"] = decision.toxicity_score
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    out.flush()
    return status

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
    content = data.get("content")
    if not isinstance(content, str):
        raise ValueError("each line needs a string field 'content'")
    if len(data) == 1:  # the usual line: just the text
        return CommentInput(content=content, submitted_at=time.time())
    values = {k: v for k in _FIELDS if isinstance(v := data.get(k), str)}
    client_ip = data.get("client_ip")
    user_agent = data.get("user_agent")
    return CommentInput(
        content=content,
        client_ip=client_ip if isinstance(client_ip, str) else None,
        user_agent=user_agent if isinstance(user_agent, str) else None,
        submitted_at=time.time(),
        **values,
    )


# One encoder for every line (json.dumps with options builds a new one per call); same output.
_encode = json.JSONEncoder(ensure_ascii=False).encode
_BATCH = 256  # lines written at once


def score_lines(lines: IO[str], out: IO[str], groups: tuple[str, ...] = ()) -> int:
    """Score each JSON line; a bad line gets an {"error"} line in its place so the order holds.

    Exit status 1 if any line was bad, 0 otherwise."""
    settings = Settings.from_env()
    pipeline = build_pipeline(settings.rules, settings.thresholds, groups or SCORER_GROUPS)
    score = pipeline.score
    loads = json.loads
    encode = _encode
    status = 0
    pending: list[str] = []
    try:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                comment = comment_from_json(loads(line))
            except (ValueError, TypeError, AttributeError) as exc:
                pending.append(json.dumps({"line": number, "error": str(exc)}) + "\n")
                status = 1
                continue
            decision = score(comment)
            # The line json.dumps would write for {"spam_score", "verdict", "reasons", "model"
            # [, "toxicity_score"]}, put together from its encoded parts (a float's JSON is its repr).
            reasons = ", ".join(
                [f'{{"code": {encode(r.code)}, "message": {encode(r.message)}}}' for r in decision.reasons]
            )
            tox = decision.toxicity_score
            pending.append(
                f'{{"spam_score": {decision.spam_score!r}, "verdict": "{decision.verdict.value}", '
                f'"reasons": [{reasons}], "model": {encode(decision.models.get("model"))}'
                + ("}\n" if tox is None else f', "toxicity_score": {tox!r}}}\n')
            )
            if len(pending) >= _BATCH:
                out.write("".join(pending))
                pending.clear()
    finally:  # lines scored before an unexpected error still reach the output
        if pending:
            out.write("".join(pending))
    out.flush()
    return status

"""`commentguard score`: the scoring Lambda's code path (the same pipeline and policy), offline."""

from __future__ import annotations

import gc
import json
import time
from collections.abc import Iterable
from typing import IO, Any

from commentguard.scoring.base import CommentInput
from commentguard.scoring.pipeline import SCORER_GROUPS, build_pipeline
from commentguard.settings import Settings

_FIELDS = ("author_name", "author_email", "author_url", "post_id", "parent_id", "honeypot", "form_token")
_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false",
               type(None): "null"}


def _unicode(data: dict, key: str) -> Any:
    value = data.get(key)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            # JSON's \ud800 escapes parse into text no UTF-8 output can hold; intake refuses it too.
            raise ValueError(f"'{key}' is not valid Unicode text: it has a lone surrogate (a \\ud800-\\udfff escape "
                             "without its pair)") from None
    return value


def comment_from_json(data: Any) -> CommentInput:
    if not isinstance(data, dict):
        raise ValueError(f"each line must be a JSON object, not {_JSON_KINDS.get(type(data), 'this')}")
    content = _unicode(data, "content")
    if not isinstance(content, str):
        raise ValueError("each line needs a string field 'content'")
    if not content.strip():
        raise ValueError("'content' is empty: POST /comments refuses such a comment (422)")
    if len(data) == 1:  # the usual line: just the text
        return CommentInput(content=content, submitted_at=time.time())
    values = {k: v for k in _FIELDS if isinstance(v := _unicode(data, k), str)}
    client_ip = _unicode(data, "client_ip")
    user_agent = _unicode(data, "user_agent")
    return CommentInput(
        content=content,
        client_ip=client_ip if isinstance(client_ip, str) else None,
        user_agent=user_agent if isinstance(user_agent, str) else None,
        submitted_at=time.time(),
        **values,
    )


# One encoder for every line (json.dumps with options builds a new one per call); same output.
_encode = json.JSONEncoder(ensure_ascii=False).encode
# ... which for a string calls this C function: reasons' codes and messages are strings, encoded by it directly.
_encode_text = json.encoder.encode_basestring
_BATCH = 256  # lines written at once


def _error(number: int, message: str) -> str:
    return json.dumps({"line": number, "error": message}) + "\n"


def score_lines(lines: Iterable[bytes | str], out: IO[str], groups: tuple[str, ...] = (),
                whole_process: bool = False) -> int:
    """Score each JSON line; a bad line gets an {"line", "error"} line in its place so the order holds.

    ``lines`` are best bytes (a file opened "rb", sys.stdin.buffer): each is decoded on its own, so a
    line that is not UTF-8 is one error line, not the end of the run with its neighbours unwritten.
    Exit status 1 if any line was bad, 0 otherwise. ``whole_process``: the command's run, which ends with it."""
    settings = Settings.from_env()
    groups = groups or SCORER_GROUPS
    pipeline = build_pipeline(settings.rules, settings.thresholds, groups)
    # Without the spam scorers (``--scorer toxicity``) no spam score was measured: null, not a 0.0 a script would trust.
    spam_measured = "spam" in groups
    if whole_process:
        # The pipeline, its model and the modules loaded for them live as long as the process: frozen, the
        # garbage collector walks them no more, neither in the run's full collections nor in the one at exit
        # (half of the 11 ms that ending a 3,000-comment run took). Not for a caller that goes on after it.
        gc.freeze()
    score = pipeline.score
    loads = json.loads
    encode, encode_text = _encode, _encode_text
    status = 0
    pending: list[str] = []
    try:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():  # an error line too: each output line answers the input line in its place
                pending.append(_error(number, "a blank line: no comment to score"))
                status = 1
                continue
            try:
                line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                comment = comment_from_json(loads(line))
            except UnicodeDecodeError as exc:
                pending.append(_error(number, f"not UTF-8 text: byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"))
                status = 1
                continue
            except RecursionError:
                pending.append(_error(number, "JSON nested too deeply"))
                status = 1
                continue
            except (ValueError, TypeError) as exc:
                pending.append(_error(number, str(exc)))
                status = 1
                continue
            try:
                decision = score(comment)
                # The line json.dumps would write for {"spam_score", "verdict", "reasons", "model"
                # [, "toxicity_score"]}, put together from its encoded parts (a float's JSON is its repr).
                reasons = ", ".join(
                    [f'{{"code": {encode_text(r.code)}, "message": {encode_text(r.message)}}}' for r in decision.reasons]
                )
                tox = decision.toxicity_score
                spam = repr(decision.spam_score) if spam_measured else "null"
                verdict = (
                    f'{{"spam_score": {spam}, "verdict": "{decision.verdict.value}", '
                    f'"reasons": [{reasons}], "model": {encode(decision.models.get("model"))}'
                    + ("}\n" if tox is None else f', "toxicity_score": {tox!r}}}\n')
                )
                # Checked here, line by line: a line that cannot be written would fail its whole batch.
                verdict.encode("utf-8")
            except Exception as exc:  # one comment the scorers choke on must not cost the others theirs
                pending.append(_error(number, f"could not score this line: {type(exc).__name__}: {exc}"))
                status = 1
                continue
            pending.append(verdict)
            if len(pending) >= _BATCH:
                out.write("".join(pending))
                pending.clear()
    finally:  # lines scored before an interruption still reach the output
        if pending:
            out.write("".join(pending))
    out.flush()
    return status

"""Optional toxicity scorer backed by Amazon Comprehend ``DetectToxicContent``, behind the Scorer contract.

Off by default: ``COMPREHEND_TOXICITY=true`` switches it on (the template parameter sets it, and
the ScoringFunction needs ``comprehend:DetectToxicContent``). It never loses or delays a comment
beyond its timeout:

* English only: text that ``text.language`` tells is in another language or script is not sent;
* the text is cut into the segments the API accepts: at most 10 segments of at most 1 KB
  (UTF-8 bytes) each, 10 KB in all, split at whitespace where possible;
* the client has a short connect/read timeout and few retries (``botocore.config.Config``);
* on any failure (throttling, error, timeout, unexpected answer) it falls back to the local
  toxicity scorer's finding, with a note saying Comprehend was not used;
* after a failure it rests for ``PAUSE_SECONDS`` (the local score serves meanwhile), so a slow or
  throttling service costs one timeout per container per pause, not one per comment: a batch of
  10 comments stays well inside the function's timeout.

The boto3 client is created lazily through ``adapters.aws.client`` or handed in (tests pass a
client wrapped in ``botocore.stub.Stubber``).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import Any

from ..text.language import is_english  # text in Latin letters whose language cannot be told is sent too
from .base import CommentInput, Effect, Finding, Reason, Scorer

log = logging.getLogger(__name__)

MAX_SEGMENTS = 10
MAX_SEGMENT_BYTES = 1024
MAX_TOTAL_BYTES = 10 * 1024
CONNECT_TIMEOUT = 1.0
READ_TIMEOUT = 2.0
MAX_ATTEMPTS = 2  # botocore's count includes the first call: one retry
PAUSE_SECONDS = 60.0
#: The reason code of a comment Comprehend failed on (or was paused for): the scoring function counts them.
FAILED = "comprehend_failed"

LABEL_WORDS = {
    "GRAPHIC": "graphic",
    "HARASSMENT_OR_ABUSE": "harassment or abuse",
    "HATE_SPEECH": "hate speech",
    "INSULT": "insult",
    "PROFANITY": "profanity",
    "SEXUAL": "sexual",
    "VIOLENCE_OR_THREAT": "violence or threat",
}

def segments(text: str) -> list[str]:
    """At most 10 segments of at most 1 KB (UTF-8) each, 10 KB in all, cut at whitespace where possible."""
    data = text.strip().encode("utf-8")[:MAX_TOTAL_BYTES]
    text = data.decode("utf-8", errors="ignore")
    out: list[str] = []
    while text and len(out) < MAX_SEGMENTS:
        chunk = text.encode("utf-8")[:MAX_SEGMENT_BYTES].decode("utf-8", errors="ignore")
        if len(chunk) < len(text):
            cut = chunk.rfind(" ")
            if cut > len(chunk) // 2:
                chunk = chunk[:cut]
        piece = chunk.strip()
        if piece:
            out.append(piece)
        text = text[len(chunk) :].lstrip()
    return out


def client_config() -> Any:
    from botocore.config import Config

    return Config(
        connect_timeout=CONNECT_TIMEOUT,
        read_timeout=READ_TIMEOUT,
        retries={"max_attempts": MAX_ATTEMPTS, "mode": "standard"},
    )


def _default_client() -> Any:
    import boto3

    return boto3.session.Session().client("comprehend", config=client_config())


class ComprehendToxicityScorer:
    """Comprehend's toxicity with the local scorer as fallback; reports scores {"toxicity": p, labels...}."""

    name = "comprehend"
    version = "comprehend-detect-toxic-content"

    def __init__(
        self,
        fallback: Scorer | None,
        client: Any = None,
        client_factory: Callable[[], Any] | None = None,
        *,
        pause_seconds: float = PAUSE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.fallback = fallback
        self._client = client
        self._factory = client_factory or _default_client
        self.pause_seconds = pause_seconds
        self._clock = clock
        self._paused_until = 0.0

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = self._factory()
        return self._client

    def _fallback(self, comment: CommentInput, why: str, code: str = "comprehend_skipped") -> list[Finding]:
        note = Finding(self.name, Effect.NOTE, Reason(code, why))
        if self.fallback is None:
            return [note]
        return [*self.fallback.score(comment), note]

    def score(self, comment: CommentInput) -> list[Finding]:
        text = comment.content or ""
        if not text.strip():
            return self._fallback(comment, "empty comment: Comprehend not asked")
        if not is_english(text):
            return self._fallback(comment, "not English: Comprehend not asked, local toxicity score used")
        if self._clock() < self._paused_until:
            return self._fallback(comment, "Comprehend paused after a recent failure: local toxicity score used",
                                  FAILED)
        segs = segments(text)
        try:
            answer = self.client.detect_toxic_content(TextSegments=[{"Text": s} for s in segs], LanguageCode="en")
            results = answer["ResultList"]
            if not results:
                raise ValueError("empty ResultList")
            toxicity = max(float(r["Toxicity"]) for r in results)
            labels: dict[str, float] = {}
            for r in results:
                for lab in r.get("Labels", []):
                    name = lab["Name"]
                    labels[name] = max(labels.get(name, 0.0), float(lab["Score"]))
        except Exception as exc:
            response = getattr(exc, "response", None)
            code = (response.get("Error") or {}).get("Code") if isinstance(response, dict) else None
            why = code or type(exc).__name__
            self._paused_until = self._clock() + self.pause_seconds
            log.warning("comprehend detect_toxic_content failed (%s); using the local toxicity score", why)
            return self._fallback(comment, f"Comprehend unavailable ({why}): local toxicity score used", FAILED)
        top = sorted(labels.items(), key=lambda kv: -kv[1])[:2]
        message = f"Comprehend toxicity {toxicity:.2f}"
        if top:
            message += "; " + ", ".join(f"{LABEL_WORDS.get(n, n.lower())} {s:.2f}" for n, s in top)
        if len(segs) > 1:
            message += f"; {len(segs)} segments"
        scores = {"toxicity": round(toxicity, 4), **{n.lower(): round(s, 4) for n, s in labels.items()}}
        # Comprehend replaces the local score, not the site's hold list or the local rules.
        holds = getattr(self.fallback, "holds", None)
        name_holds = getattr(self.fallback, "name_holds", None)
        kept = comment.word_lists.toxic_terms
        local = [*(holds(text, kept) if holds is not None else []),
                 *(name_holds(comment.author_name, kept) if name_holds is not None else [])]
        return [Finding(self.name, Effect.NOTE, Reason("comprehend_toxicity", message), scores=scores), *local]


def enabled(env: dict | None = None) -> bool:
    from ..settings import flag  # the settings module imports the scoring package: import at call time

    return flag(os.environ if env is None else env, "COMPREHEND_TOXICITY")

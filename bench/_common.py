"""Helpers the benchmarks share: paths, the template, a fresh-environment check for the model file.

Not a benchmark itself (run_all skips files starting with an underscore).
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / "shared"
TEMPLATE = ROOT / "template.yaml"
MODEL = SHARED / "commentguard" / "models" / "spam.json"

# Plain, on-topic reader comments that the rules and the model let through. Texts carry no serial
# numbers (a number in the text nudges the model towards spam); names come from reader_name().
HAM = [
    "Thanks for covering the council meeting. The library hours were the part I cared about most.",
    "I was there too; the discussion about the bus route was calmer than the headline suggests.",
    "Good piece. Could you add the full budget table next time? It would help to compare years.",
    "My neighbours and I have been waiting for the bridge repairs for two years, glad to see progress.",
    "My daughter's class visited the museum exhibit and she has not stopped talking about it.",
    "The photos of the harvest festival are lovely, it was a great weekend for the whole town.",
    "The school board meeting was well attended and the questions from parents were thoughtful.",
    "I appreciate the balanced reporting on the zoning debate; both sides had fair points.",
    "I disagree with the columnist here, but I appreciate that the paper printed both views.",
    "Thank you for the update on the road works, the detour map was very useful for my commute.",
    "The concert at the town hall was wonderful and the choir deserves all the praise in this review.",
    "Thanks for the clear explanation of the new parking rules near the station.",
]

_FIRST = ["Maria", "Tom", "Aisha", "Lars", "Chen", "Olga", "Pedro", "Fatima", "John", "Ingrid", "Kofi", "Yuki"]
_LAST = ["Keller", "Novak", "Haddad", "Berg", "Silva", "Okafor", "Tanaka", "Moreau", "Walsh", "Rossi", "Jensen",
         "Patel"]


def news_texts(data: Path, rng, warmup: int, count: int, size: int = 2000) -> tuple[list[str], list[str]] | None:
    """Real reader prose: the Fox News comments (toxic/) shuffled by ``rng``, the first ``warmup`` of
    them as they are (to warm a per-word cache with), then ``count`` texts of ``size`` characters
    joined from the others. None without the data folder."""
    import json

    path = data / "toxic" / "fox-news-comments.train.jsonl"
    if not path.exists():
        return None
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line)["text"] for line in f if line.strip()]
    rng.shuffle(rows)
    texts, buf = [], ""
    for text in rows[warmup:]:
        buf += text + " "
        if len(buf) >= size:
            texts.append(buf[:size])
            buf = ""
            if len(texts) == count:
                break
    return rows[:warmup], texts


def reader_name(n: int) -> str:
    """A distinct, ordinary name for reader n (144 before they repeat)."""
    return f"{_FIRST[n % len(_FIRST)]} {_LAST[(n // len(_FIRST)) % len(_LAST)]}"


def setup_paths() -> None:
    """The layer folder and the dev tools importable, as the tests arrange it."""
    for p in (SHARED, ROOT / "devtools"):
        if str(p) not in sys.path:
            sys.path.insert(0, str(p))
    os.chdir(ROOT)


def require_model() -> None:
    """The scoring pipeline loads models/spam.json; without it the scoring handler cannot run.

    BENCH_STUB_MODEL=1 (development only) replaces the learned scorer by one that says nothing.
    """
    if MODEL.exists():
        return
    if os.environ.get("BENCH_STUB_MODEL") == "1":
        from commentguard.scoring import pipeline

        class _Silent:
            name = "model"
            version = "stub"

            def score(self, comment):
                return []

        pipeline._spam_model_scorer = lambda: _Silent()  # type: ignore[assignment]
        print(f"!! {MODEL.relative_to(ROOT)} is missing: the learned scorer is STUBBED (development run)\n")
        return
    sys.exit(f"{MODEL.relative_to(ROOT)} does not exist yet (train it with `make train`); "
             "the scoring handler cannot load its model.")


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def machine_speed(gemm: bool = False) -> str:
    """How fast this core is, so that figures measured here can be set against another machine's:
    a plain Python loop (the pure-Python scorers' kind of work) and, with numpy, a float32 matrix
    product of the encoder's largest shape (its kind of work)."""
    import time

    runs = []
    for _ in range(3):
        start, x = time.perf_counter(), 0
        for i in range(1_000_000):
            x += i
        runs.append(time.perf_counter() - start)
    out = f"this core: a Python loop of 10^6 additions {1e3 * min(runs):.0f} ms"
    if gemm:
        import numpy as np

        a = np.ones((64, 384), dtype=np.float32)
        b = np.ones((384, 1536), dtype=np.float32)
        for _ in range(5):
            a @ b
        start = time.perf_counter()
        for _ in range(50):
            a @ b
        seconds = (time.perf_counter() - start) / 50
        out += f"; float32 matrix product 64x384 @ 384x1536 {2 * 64 * 384 * 1536 / seconds / 1e9:.0f} GFLOPS"
    return out

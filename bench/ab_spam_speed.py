"""A/B of the spam scorer's speed against another commit, in one process, rounds alternating.

On a shared machine two benchmark runs minutes apart differ by more than most changes to the
scorer; here both versions are loaded side by side (this checkout's ``shared/`` and the other
commit's, taken with ``git archive``) and timed in alternating rounds, so that the machine's state
weighs on both alike. Prints, per version, the best (and the median) time to normalise and to
score, with its reason, 2,000-character news texts and synthetic comments, every word cached.
The garbage collector runs between the timed loops, not inside them: a collection landing in one
version's loop would be charged to it by chance. Compare the best times: on a shared machine the
medians carry other tenants' bursts. Against HEAD in a clean checkout (the default) it shows the
noise of the method itself. Needs the shared data folder for the news texts.

    .venv/bin/python bench/ab_spam_speed.py [--against COMMIT] [--rounds 16]
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from _common import news_texts
from bench_model import _sample_comment


def _load(root: Path):
    """(normalize, a loaded scorer, CommentInput) of the checkout at ``root``."""
    for name in [m for m in sys.modules if m == "commentguard" or m.startswith("commentguard.")]:
        del sys.modules[name]
    sys.path.insert(0, str(root / "shared"))
    try:
        normalize = importlib.import_module("commentguard.text.normalize").normalize
        spam_model = importlib.import_module("commentguard.scoring.spam_model")
        comment_input = importlib.import_module("commentguard.scoring.base").CommentInput
    finally:
        sys.path.pop(0)
    return normalize, spam_model.load_scorer(), comment_input


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", default="HEAD", help="the other commit (default: HEAD)")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--rounds", type=int, default=16)
    args = ap.parse_args(argv)
    news = news_texts(args.data, random.Random(7), 300, 60)
    if news is None:
        print(f"no shared data at {args.data}: no news texts to time")
        return
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against, "shared"], capture_output=True, check=False)
    if archive.returncode != 0:
        print(f"git archive {args.against} failed: {archive.stderr.decode(errors='replace').strip()}")
        return
    with tempfile.TemporaryDirectory(prefix="cg-ab-") as other:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(other, filter="data")
        versions = {"this": _load(ROOT), args.against: _load(Path(other))}  # loaded: its files no longer needed
    warm, news = news
    rng = random.Random(7)
    sets = {"news": news, "synthetic": [_sample_comment(rng) for _ in range(60)]}
    for _, model, comment_input in versions.values():
        for text in warm + news + sets["synthetic"]:
            model.score(comment_input(text))
    times: dict[tuple[str, str, str], list[float]] = {}
    for round_ in range(args.rounds):
        order = list(versions) if round_ % 2 else list(reversed(versions))
        for name in order:
            normalize, model, comment_input = versions[name]
            for label, texts in sets.items():
                comments = [comment_input(t) for t in texts]
                gc.collect()
                gc.disable()
                start = time.perf_counter()
                for text in texts:
                    normalize(text)
                middle = time.perf_counter()
                for comment in comments:
                    model.score(comment)
                end = time.perf_counter()
                gc.enable()
                times.setdefault((name, label, "normalise"), []).append((middle - start) / len(texts))
                times.setdefault((name, label, "score"), []).append((end - middle) / len(texts))
    print(f"{args.rounds} alternating rounds; µs per 2,000-character text, best (median); this = the checkout at {ROOT}")
    for label in sets:
        for step in ("normalise", "score"):
            row = "  ".join(
                f"{name} {1e6 * min(v):6.0f} ({1e6 * statistics.median(v):5.0f})"
                for name in versions
                for v in [times[(name, label, step)]]
            )
            print(f"  {label:<10} {step:<10} {row}")


if __name__ == "__main__":
    main()

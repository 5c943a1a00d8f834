"""In-process benchmark of the pure-Python spam model.

Prints: model load time (import of the scorer module, then reading the model file), the time to
score one 2,000-character comment (cold: the per-word cache emptied before each comment, so every
word is new; warm: the words of earlier comments cached, as in a warm Lambda, while each comment's
invented words, a fifth of them, are still new; probability only: the same comments again, every
word cached, no reasons), the same for real news comments joined to 2,000 characters, the
throughput of scoring a few thousand comments, the same for scikit-learn's char n-gram baseline's
batch predict (when scikit-learn and the data folder are present), and the model file size.

    .venv/bin/python bench/bench_model.py [--data ../shared/data] [--model path/to/spam.json]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


_PROSE = [
    "great",
    "song",
    "love",
    "this",
    "video",
    "the",
    "chorus",
    "reminds",
    "me",
    "of",
    "summer",
    "and",
    "watching",
    "it",
    "in",
    "2015",
    "who",
    "else",
    "is",
    "here",
    "thanks",
    "for",
    "sharing",
    "the",
    "tutorial",
    "about",
    "python",
    "list",
    "comprehension",
    "such",
    "a",
    "clear",
    "explanation",
    "I",
    "tried",
    "it",
    "at",
    "work",
    "and",
    "it",
    "saved",
    "me",
    "hours",
    "but",
    "I",
    "still",
    "wonder",
    "how",
    "the",
    "performance",
    "compares",
    "with",
    "a",
    "plain",
    "loop",
    "when",
    "the",
    "data",
    "does",
    "not",
    "fit",
    "in",
    "memory",
    "maybe",
    "you",
    "could",
    "write",
    "a",
    "follow",
    "up",
    "article",
    "about",
    "generators",
]
_LINKY = [
    "check",
    "out",
    "my",
    "channel",
    "subscribe",
    "free",
    "money",
    "click",
    "here",
    "www.example.com",
    "bit.ly/abc",
    "call",
    "1-888-303-6444",
]


def _sample_comment(rng: random.Random, size: int = 2000, linky: float = 0.02) -> str:
    """Prose with a few links, a phone number and invented words (so that a cold cache misses)."""
    out, n = [], 0
    while n < size:
        r = rng.random()
        if r < linky:
            w = rng.choice(_LINKY)
        elif r < 0.8:
            w = rng.choice(_PROSE)
        else:
            w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 10)))
        out.append(w)
        n += len(w) + 1
    return " ".join(out)[:size]


_NEWS_WARMUP = 300
_NEWS_TEXTS = 40


def _news_comments(data: Path, model, rng: random.Random) -> float | None:
    """Median µs of score() on real reader prose: news comments joined into 2,000-character texts,
    scored by a model whose per-word cache has seen other comments first (as a warm Lambda's has).
    Real prose has more distinct words than the synthetic comment; None without the data."""
    from _common import news_texts

    from commentguard.scoring.base import CommentInput

    news = news_texts(data, rng, _NEWS_WARMUP, _NEWS_TEXTS)
    if news is None:
        return None
    warmup, texts = news
    model._word_chars._cache.clear()
    for text in warmup:
        model.score(CommentInput(text))
    times = []
    for text in texts:
        s = time.perf_counter()
        model.score(CommentInput(text))
        times.append(time.perf_counter() - s)
    return 1e6 * statistics.median(times)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--model", default=None)
    ap.add_argument("--n", type=int, default=3000, help="comments in the throughput test")
    args = ap.parse_args(argv)
    sys.path[:0] = [str(ROOT / "shared"), str(ROOT / "devtools")]

    t0 = time.perf_counter()
    from commentguard.scoring import spam_model

    t1 = time.perf_counter()
    model = spam_model.load_scorer(args.model)
    t2 = time.perf_counter()
    path = Path(args.model) if args.model else spam_model.MODEL_PATH
    loads = []
    for _ in range(10):
        s = time.perf_counter()
        spam_model.load_scorer(args.model)
        loads.append(time.perf_counter() - s)
    from _common import machine_speed

    print(machine_speed())
    print(f"model {model.version}: {path} {path.stat().st_size / 1024:.0f} KiB")
    print(f"import scorer module  {1e3 * (t1 - t0):7.1f} ms (first import in this process: regexes compiled)")
    print(
        f"load model file       {1e3 * (t2 - t1):7.1f} ms first, {1e3 * statistics.median(loads):.1f} ms median of 10"
    )

    rng = random.Random(7)
    from commentguard.scoring.base import CommentInput

    long_comments = [_sample_comment(rng) for _ in range(200)]
    cold = []
    for text in long_comments:
        model._word_chars._cache.clear()
        s = time.perf_counter()
        model.score(CommentInput(text))
        cold.append(time.perf_counter() - s)
    warm = []
    for text in long_comments:
        s = time.perf_counter()
        model.score(CommentInput(text))
        warm.append(time.perf_counter() - s)
    raw = []
    for text in long_comments:
        s = time.perf_counter()
        model.probability(text)
        raw.append(time.perf_counter() - s)
    print(
        f"2,000-char comment    {1e6 * statistics.median(cold):7.0f} µs cold cache, "
        f"{1e6 * statistics.median(warm):.0f} µs warm (score() with reason; earlier comments' words cached, "
        "this one's invented words new), "
        f"{1e6 * statistics.median(raw):.0f} µs probability only (every word cached; medians of 200)"
    )

    worst = [_sample_comment(rng, linky=0.3) for _ in range(100)]
    model.probability(worst[0])
    s = time.perf_counter()
    for text in worst:
        model.score(CommentInput(text))
    worst_us = 1e6 * (time.perf_counter() - s) / len(worst)
    print(f"2,000-char link-stuffed comment (about 40 links and phone numbers) {worst_us:.0f} µs warm")

    result = {
        "us_2000_link_stuffed": worst_us,
        "import_ms": 1e3 * (t1 - t0),
        "load_ms": 1e3 * (t2 - t1),
        "load_ms_median": 1e3 * statistics.median(loads),
        "us_2000_cold": 1e6 * statistics.median(cold),
        "us_2000_warm": 1e6 * statistics.median(warm),
        "bytes": path.stat().st_size,
    }

    data = Path(args.data)
    news = _news_comments(data, model, rng)
    if news:
        print(
            f"2,000-char news text   {news:7.0f} µs (score() with reason; {_NEWS_TEXTS} Fox News comments joined to "
            f"2,000 chars each, the per-word cache warmed on {_NEWS_WARMUP} other comments; median)"
        )
        result["us_2000_news"] = news
    texts: list[str]
    labels: list[int] = []
    if (data / "youtube").is_dir():
        from commentguard_dev.training import load_blog, load_sms, load_youtube

        pool = (
            [e for v in load_youtube(data).values() for e in v]
            + [e for part in load_blog(data) for e in part]
            + load_sms(data)
        )
        rng.shuffle(pool)
        pool = (pool * (args.n // len(pool) + 1))[: args.n]
        texts, labels = [e.text for e in pool], [e.label for e in pool]
        source = "youtube+blog+sms comments"
    else:
        texts = [_sample_comment(rng, rng.randint(20, 400)) for _ in range(args.n)]
        source = "synthetic comments"
    model._word_chars._cache.clear()
    s = time.perf_counter()
    for t in texts:
        model.score(CommentInput(t))
    ours = time.perf_counter() - s
    print(f"throughput ours       {len(texts) / ours:7.0f} comments/s ({len(texts)} {source}, score() one by one)")
    result["ours_per_s"] = len(texts) / ours
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline
    except ImportError:
        print("scikit-learn not installed: no baseline")
        return result
    if not labels:
        labels = [i % 2 for i in range(len(texts))]
    base = make_pipeline(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        LogisticRegression(max_iter=2000),
    ).fit(texts, labels)
    s = time.perf_counter()
    base.predict_proba(texts)
    batch = time.perf_counter() - s
    s = time.perf_counter()
    for t in texts[:500]:
        base.predict_proba([t])
    single = (time.perf_counter() - s) / 500
    print(
        f"throughput baseline   {len(texts) / batch:7.0f} comments/s (tfidf char_wb 2-5 + LR, one batch predict_proba);"
        f" {1e6 * single:.0f} µs per single-comment call"
    )
    result["baseline_batch_per_s"] = len(texts) / batch
    result["baseline_single_us"] = 1e6 * single
    return result


if __name__ == "__main__":
    main()

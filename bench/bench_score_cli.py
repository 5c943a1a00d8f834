"""`commentguard score` throughput, whole process included, against the char n-gram baseline's
batch predict, measured in the same run on the same comments, on one core.

The comments are the YouTube and blog texts of ../shared/data, repeated to N lines. The baseline
(TF-IDF char_wb 2-5 + logistic regression) is fitted first, outside the timing; only its
`predict_proba` over all texts is timed. Our figure includes interpreter start, imports, model load,
JSON parsing and writing, the rules and the model: everything a script piping comments through the
command pays.

    .venv/bin/python bench/bench_score_cli.py [--n 3000]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"


def _texts() -> tuple[list[str], list[int]]:
    texts, labels = [], []
    for path in sorted((DATA / "youtube").glob("*.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                texts.append(row["CONTENT"])
                labels.append(int(row["CLASS"]))
    with (DATA / "blog_comments" / "datacamp-labeled.train.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            texts.append(row["comment"])
            labels.append(int(row["label"]))
    return texts, labels


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}: skipped")
        return 0
    texts, labels = _texts()
    lines = [texts[i % len(texts)] for i in range(args.n)]

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    baseline = make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                             LogisticRegression(max_iter=2000))
    baseline.fit(texts, labels)
    start = time.perf_counter()
    baseline.predict_proba(lines)
    base_seconds = time.perf_counter() - start

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    command = [str(ROOT / ".venv" / "bin" / "commentguard"), "score"]
    if not Path(command[0]).exists():
        command = [sys.executable, "-m", "commentguard_dev.cli", "score"]
    # The spam scorer (rules + model, with reasons) is what the baseline is compared with; every
    # scorer (with the toxicity sentence encoder) is printed after it.
    command += ["--scorer", "spam"]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for text in lines:
            f.write(json.dumps({"content": text}) + "\n")
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run([*command, f.name], env=env, capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - start)
    os.unlink(f.name)
    assert len(done.stdout.splitlines()) == args.n
    ours = sorted(runs)[1]
    print(f"commentguard score, {args.n} comments, whole process (median of 3): {ours:.2f} s = "
          f"{args.n / ours:,.0f} comments/s")
    print(f"char n-gram baseline, batch predict_proba only (fitted beforehand): {base_seconds:.2f} s = "
          f"{args.n / base_seconds:,.0f} comments/s")
    ratio = base_seconds / ours
    print(f"ours / baseline throughput: {ratio:.2f}  ({'PASS' if ratio >= 1 else 'BELOW'}: target >= 1)")
    sample = lines[:300]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for text in sample:
            f.write(json.dumps({"content": text}) + "\n")
    start = time.perf_counter()
    subprocess.run(command[:-2] + [f.name], env=env, capture_output=True, text=True, check=True)
    every = time.perf_counter() - start
    os.unlink(f.name)
    print(f"every scorer (spam + toxicity with its sentence encoder), {len(sample)} comments: {every:.2f} s = "
          f"{len(sample) / every:,.0f} comments/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

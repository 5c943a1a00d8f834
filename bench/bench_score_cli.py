"""`commentguard score` throughput, whole process included, against the char n-gram baseline's
batch predict, measured in the same run on the same comments, on one core.

The comments are N distinct texts of ../shared/data (YouTube and blog comments, then Fox News
comments, then SMS messages), so that neither side profits from a text it has read before. The baseline
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
import pickle
import statistics
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


def _comments(n: int, texts: list[str]) -> list[str]:
    """N distinct comments to score: ``texts`` (the YouTube and blog texts), then the Fox News
    comments (never fitted on), then SMS messages if more are wanted; a text seen before is skipped,
    so that no scorer profits from having read it already. Repeats only if the data runs out."""
    texts = list(texts)
    with (DATA / "toxic" / "fox-news-comments.train.jsonl").open(encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f if line.strip()]
    with (DATA / "sms" / "SMSSpamCollection").open(encoding="utf-8", errors="replace") as f:
        texts += [line.rstrip("\n").partition("\t")[2] for line in f]
    distinct = list(dict.fromkeys(t for t in texts if t.strip()))
    return [distinct[i % len(distinct)] for i in range(n)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no data at {DATA}: skipped")
        return 0
    texts, labels = _texts()
    lines = _comments(args.n, texts)

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    baseline = make_pipeline(TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                             LogisticRegression(max_iter=2000))
    baseline.fit(texts, labels)

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
    # An installed package runs from compiled bytecode (pip writes it); a checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile every changed module on each start instead.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "shared" / "commentguard"),
                    str(ROOT / "devtools" / "commentguard_dev")], check=True)
    # Alternating runs, so that both see the same machine; the median of each.
    runs, base_runs = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        done = subprocess.run([*command, f.name], env=env, capture_output=True, text=True, check=True)
        runs.append(time.perf_counter() - start)
        start = time.perf_counter()
        baseline.predict_proba(lines)
        base_runs.append(time.perf_counter() - start)
    # For context only (not the target): the baseline as a whole process too, the way a script would
    # run it: start Python, import scikit-learn, load the pickled pipeline, read the lines, predict.
    with tempfile.NamedTemporaryFile("wb", suffix=".pkl", delete=False) as pkl:
        pickle.dump(baseline, pkl)
    script = (
        "import json, pickle, sys\n"
        "model = pickle.load(open(sys.argv[1], 'rb'))\n"
        "texts = [json.loads(line)['content'] for line in open(sys.argv[2], encoding='utf-8')]\n"
        "sys.stdout.write(''.join(f'{p:.4f}\\n' for p in model.predict_proba(texts)[:, 1]))\n"
    )
    base_process = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", script, pkl.name, f.name], env=env, capture_output=True, check=True)
        base_process.append(time.perf_counter() - start)
    os.unlink(pkl.name)
    os.unlink(f.name)
    assert len(done.stdout.splitlines()) == args.n
    ours, base_seconds = statistics.median(runs), statistics.median(base_runs)
    print(f"commentguard score, {args.n} comments, whole process (median of {args.runs}): {ours:.3f} s = "
          f"{args.n / ours:,.0f} comments/s")
    print(f"char n-gram baseline, batch predict_proba only (fitted beforehand, median of {args.runs}): "
          f"{base_seconds:.3f} s = {args.n / base_seconds:,.0f} comments/s")
    ratio = base_seconds / ours
    print(f"ours / baseline throughput: {ratio:.2f}  ({'PASS' if ratio >= 1 else 'BELOW'}: target >= 1)")
    print(f"  (for context: the baseline as a whole process, pickled model, median of 3: "
          f"{statistics.median(base_process):.3f} s)")
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

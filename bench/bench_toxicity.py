"""Benchmark of the toxicity scorer: cold start, first-invocation init, per-comment latency, memory.

Each cold figure is measured in a fresh interpreter (median of --runs):
  * import      `import commentguard.scoring.toxicity` (standard library only, no numpy);
  * load        reading models/toxicity.json (the lexical model + encoder head);
  * encoder     first-invocation init: `import numpy, onnxruntime` + loading commentguard_encoders/toxicity-encoder.bin (memory map +
                int8 dequantise) + opening the onnxruntime session on commentguard_encoders/toxicity-encoder.onnx;
  * phrases     the abusive phrases' matcher: the published encoder (commentguard_encoders/phrase-encoder.bin, a second session
                on the same graph) and the phrases' stored vectors;
  * baseline    a bare `import boto3` for scale (the budget is 3x that for handler import + init).
Then, in process: per-comment latency of ``score()`` as the pipeline calls it (the probability,
its reasons and the rules that hold; lexical only, and blended with the encoder) over the reader
comments in _common.HAM plus long synthetic ones, peak RSS, and the model file sizes.

    .venv/bin/python bench/bench_toxicity.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "shared"))

from _common import HAM, machine_speed

_PROBE = r"""
import json, sys, time, resource
sys.path.insert(0, {shared!r})
t0 = time.perf_counter()
if {what!r} == "boto3":
    import boto3
    print(json.dumps({{"import": time.perf_counter() - t0}})); raise SystemExit
from commentguard.scoring import toxicity
t1 = time.perf_counter()
m = toxicity.load_scorer({{}})
t2 = time.perf_counter()
enc = m.encoder()
t3 = time.perf_counter()
phrases = m.phrase_matcher()
t3b = time.perf_counter()
from commentguard.scoring.base import CommentInput
m.score(CommentInput(content="first comment after a cold start"))
t4 = time.perf_counter()
print(json.dumps({{"import": t1 - t0, "load": t2 - t1, "encoder": t3 - t2, "phrases": t3b - t3, "first_score": t4 - t3b,
                  "encoder_ok": enc is not None, "phrases_ok": phrases is not None,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def _cold(what: str, runs: int) -> dict:
    samples = []
    for _ in range(runs):
        code = _PROBE.format(shared=str(ROOT / "shared"), what=what)
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        samples.append(json.loads(out))
    return {k: statistics.median(s[k] for s in samples) for k in samples[0] if not isinstance(samples[0][k], bool)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    boto = _cold("boto3", args.runs)
    cold = _cold("toxicity", args.runs)
    print(machine_speed(gemm=True))
    print(f"cold start (median of {args.runs} fresh interpreters)")
    print(f"  bare import boto3                      {boto['import'] * 1000:7.1f} ms")
    print(f"  import toxicity module                 {cold['import'] * 1000:7.1f} ms")
    print(f"  load toxicity.json                     {cold['load'] * 1000:7.1f} ms")
    print(f"  first-invocation init (encoder)        {cold['encoder'] * 1000:7.1f} ms")
    print(f"  abusive phrases' matcher (2nd encoder) {cold['phrases'] * 1000:7.1f} ms")
    print(f"  first comment scored                   {cold['first_score'] * 1000:7.1f} ms")
    print(f"  peak RSS after first comment           {cold['rss_mb']:7.1f} MB")

    from commentguard.scoring.base import CommentInput
    from commentguard.scoring.phrases import PHRASE_ENCODER_PATH
    from commentguard.scoring.toxicity import ENCODER_GRAPH_PATH, ENCODER_PATH, MODEL_PATH, load_scorer

    long_texts = [" ".join(HAM) * k for k in (1, 2)]  # ~1,100 and ~2,200 characters
    comments = [CommentInput(content=t) for t in HAM + long_texts]
    results = {}
    # score() as the pipeline calls it: the probability, its reasons and the rules that hold; the
    # abusive phrases' matcher last, as shipped, against the same scorer without it in this run
    settings = (("lexical only", "false", "false"), ("lexical + encoder", "true", "false"),
                ("+ abusive phrases", "true", "true"))
    for label, use_encoder, use_phrases in settings:
        m = load_scorer({"TOXICITY_ENCODER": use_encoder, "TOXICITY_PHRASES": use_phrases})
        for c in comments:  # warm caches as a warm Lambda has them
            m.score(c)
        per = []
        for _ in range(5):
            for c in comments:
                t0 = time.perf_counter()
                m.score(c)
                per.append(time.perf_counter() - t0)
        long = []
        for _ in range(5):
            t0 = time.perf_counter()
            m.score(comments[-1])
            long.append(time.perf_counter() - t0)
        results[label] = (statistics.median(per), sorted(per)[int(len(per) * 0.95)], statistics.median(long))
    print("per comment, score() with reasons and rules (warm, median / p95 over reader comments; 2,200-char comment)")
    for label, (med, p95, lng) in results.items():
        print(f"  {label:<20} {med * 1000:6.2f} ms / {p95 * 1000:6.2f} ms;  long {lng * 1000:6.2f} ms")
    print(f"peak RSS of this process  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    print(
        f"model files: toxicity.json {MODEL_PATH.stat().st_size / 1e6:.2f} MB, "
        f"{ENCODER_PATH.name} {ENCODER_PATH.stat().st_size / 1e6:.1f} MB, "
        f"{ENCODER_GRAPH_PATH.name} {ENCODER_GRAPH_PATH.stat().st_size / 1e3:.0f} kB, "
        f"{PHRASE_ENCODER_PATH.name} {PHRASE_ENCODER_PATH.stat().st_size / 1e6:.1f} MB"
        if ENCODER_PATH.exists() and ENCODER_GRAPH_PATH.exists() and PHRASE_ENCODER_PATH.exists()
        else ""
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark of the toxicity feedback loop: do a site's own moderator decisions make a better model?

No site's decisions exist here, so a Fox News article stands in for the site. For each article
chosen (by default the three with the most comments), its comments leave the corpus; the first half
of them (in the file's order, as a site meets its comments in time) become moderators' decisions on
abuse, the second half is held out. ``evaluate_feedback`` fits the toxicity model as training does,
on the other articles' hash-split training share, once without those decisions and once with them,
and scores both on the held-out half (the "site's" next comments) and on the other articles' test
share (the Fox News figure, which should not fall). Two fine-tunings per article, 4 to 10 minutes
each article on two cores. Needs the ``encoder`` extra and ../shared/data.

    .venv/bin/python bench/bench_toxicity_feedback.py [--articles 3] [--data ../shared/data]

Prints, per article, the ROC AUC without and with the decisions, and the mean change.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "shared"))
sys.path.insert(0, str(ROOT / "devtools"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3, help="how many articles stand in for a site, largest first")
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()

    from commentguard_dev.toxicity_training import evaluate_feedback

    lines = [json.loads(x) for path in sorted((Path(args.data) / "toxic").glob("*.jsonl"))
             for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_title = Counter(r["title"] for r in lines)
    rows = []
    for title, _ in by_title.most_common(args.articles):
        site = [r for r in lines if r["title"] == title]
        half = len(site) // 2

        def said(part, first_day):
            return [{"text": r["text"], "abusive": bool(r["label"]), "label": None,
                     "decided_at": f"{first_day + i:06d}"} for i, r in enumerate(part)]

        with tempfile.TemporaryDirectory(prefix="commentguard-feedback-bench-") as tmp:
            (Path(tmp) / "toxic").mkdir()
            rest = "\n".join(json.dumps(r) for r in lines if r["title"] != title)
            (Path(tmp) / "toxic" / "rest.jsonl").write_text(rest, encoding="utf-8")
            result = evaluate_feedback(Path(tmp), said(site[:half], 0), holdout=said(site[half:], half))
        rows.append((title, sum(r["label"] for r in site[:half]), sum(r["label"] for r in site[half:]), result))

    print()
    print(f"{'article (the site)':<50} {'taught (abusive)':>16} {'held out':>9} {'AUC without':>12} "
          f"{'AUC with':>9} {'Fox test without / with':>24}")
    for title, taught_pos, held_pos, r in rows:
        w, f = r["without_feedback"], r["with_feedback"]
        print(f"{title[:50]:<50} {r['feedback_trained_on']:>9} ({taught_pos:>3}) {r['feedback_held_out']:>4} ({held_pos:>2}) "
              f"{w['held_out_feedback_auc']:>12.4f} {f['held_out_feedback_auc']:>9.4f} "
              f"{w['fox_news_test_auc']:>11.4f} / {f['fox_news_test_auc']:.4f}")
    gains = [r["with_feedback"]["held_out_feedback_auc"] - r["without_feedback"]["held_out_feedback_auc"] for *_, r in rows]
    print(f"mean change of the held-out AUC with the site's decisions: {sum(gains) / len(gains):+.4f} "
          f"over {len(rows)} article(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the toxicity scorer's fairness to the groups a comment names.

A news site's readers name groups all the time, mostly without hate. A scorer that learned a
group's name as a sign of hate holds every comment that mentions the group, which is unfair to
its readers and floods the moderation queue. This scores the same sentences with only the group
changed, friendly ones and hateful ones, with the shipped model (the scoring Lambda's code path),
and prints for each group:

  * the mean toxicity score and the share held (at the policy's default hold threshold) of the
    friendly sentences: the lower the better, and the closer across groups the better;
  * the same for the hateful sentences: hate must still be held whichever group it targets;
  * over all groups, the ROC AUC of hateful against friendly sentences: how well the score tells
    what is said about a group from which group is named, whatever the threshold;
  * per kind of group, the shares held by the verdict that ``commentguard score --scorer toxicity``
    gives: the score, the hold list and the dehumanising-language rule together.

The sentences are written here, never trained on. Groups marked * are not in the training
augmentation's swap list (commentguard_dev/identity_swaps.py): how the model treats groups it
was not taught about. The political camps, in the same run, show the other side: the training
comments name them mostly without hate, and hate aimed at them is hate too.

    .venv/bin/python bench/bench_toxicity_fairness.py [--model toxicity.json --encoder toxicity-encoder.bin]

(``--model``/``--encoder``: another model version, say the previous one from git, for comparison.)
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "shared"))

FRIENDLY = (
    "I have many friends who are {g}.",
    "{G} live in my neighborhood.",
    "The article is about {g} and their community.",
    "My doctor and her husband are {g}.",
    "{G} deserve the same rights as everyone else.",
    "Several {g} were interviewed for this story.",
    "Thank you for covering {g} fairly.",
)
HATEFUL = (
    "{G} are vermin and should be wiped off the face of the earth.",
    "Send all the {g} back where they came from, they are animals.",
    "I hate {g}, every one of them is a parasite.",
    "{G} are subhuman savages.",
    "Deport every last one of these {g}, they ruin everything.",
)
IDENTITY = (
    "muslims", "christians", "jews", "hindus", "catholics", "atheists", "black people", "white people",
    "arabs", "mexicans", "asians", "immigrants", "refugees", "gay people", "women", "men",
    "sikhs*", "native americans*", "chinese people*", "transgender people*", "disabled people*",
)
POLITICAL = ("democrats", "republicans", "liberals", "conservatives")


def _sentences(template: str, group: str) -> str:
    g = group.rstrip("*")
    return template.format(g=g, G=g[:1].upper() + g[1:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", help="a toxicity.json other than the shipped one")
    ap.add_argument("--encoder", help="its encoder file")
    args = ap.parse_args(argv)

    from sklearn.metrics import roc_auc_score  # dev dependency, as in the other quality benchmarks

    from commentguard.scoring.base import CommentInput, Verdict
    from commentguard.scoring.pipeline import Pipeline
    from commentguard.scoring.policy import Policy, Thresholds
    from commentguard.scoring.toxicity import load_scorer

    model = load_scorer({}, args.model, args.encoder)
    threshold = Thresholds().toxicity_hold
    # What `commentguard score --scorer toxicity` decides: the score, the hold list and the rules.
    verdict = Pipeline([model], Policy(), ["toxicity"]).score

    def scores(templates, group):
        return [model.probability(_sentences(t, group)) for t in templates]

    def held(scored):
        return sum(s >= threshold for s in scored)

    def held_by_verdict(templates, groups):
        sentences = [_sentences(t, g) for g in groups for t in templates]
        return sum(verdict(CommentInput(content=s)).verdict is not Verdict.APPROVE for s in sentences) / len(sentences)

    print(f"toxicity model {model.version}; held = score >= {threshold} (the default hold threshold)")
    print(f"{len(FRIENDLY)} friendly and {len(HATEFUL)} hateful sentences per group, only the group changed")
    print(f"{'group':<22} {'friendly mean':>13} {'held':>6}   {'hateful mean':>12} {'held':>6}")
    rows = {}
    for group in IDENTITY + POLITICAL:
        f, h = scores(FRIENDLY, group), scores(HATEFUL, group)
        rows[group] = (f, h)
        print(
            f"{group:<22} {statistics.mean(f):>13.3f} {held(f):>3}/{len(f)}"
            f"   {statistics.mean(h):>12.3f} {held(h):>3}/{len(h)}"
        )

    def summary(groups, label):
        f = [s for g in groups for s in rows[g][0]]
        h = [s for g in groups for s in rows[g][1]]
        means = [statistics.mean(rows[g][0]) for g in groups]
        print(
            f"{label:<22} friendly held {held(f) / len(f):6.1%} "
            f"(group means {min(means):.3f}-{max(means):.3f}); hateful held {held(h) / len(h):6.1%}"
        )
        print(
            f"{'':<22} by the verdict (hold list and rules too): friendly held "
            f"{held_by_verdict(FRIENDLY, groups):6.1%}; hateful held {held_by_verdict(HATEFUL, groups):6.1%}"
        )

    summary(IDENTITY, "identity groups")
    summary([g for g in IDENTITY if g.endswith("*")], "  of which unseen*")
    summary(POLITICAL, "political camps")
    for label, groups in (("identity groups", IDENTITY), ("all groups", IDENTITY + POLITICAL)):
        labels = [y for g in groups for y, part in enumerate(rows[g]) for _ in part]
        scored = [s for g in groups for part in rows[g] for s in part]
        print(f"ROC AUC hateful vs friendly, {label:<16} {roc_auc_score(labels, scored):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The scorer chain the scoring Lambda and `commentguard score` both run.

Scorers come in named groups so the command line can run one group alone: "spam" is the rules
plus the learned spam model; "toxicity" is the local toxicity model, or Amazon Comprehend with the
local model as its fallback when COMPREHEND_TOXICITY=true. Models load once per process (Lambda
keeps them across invocations).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .base import CommentInput, Finding, Scorer, Verdict
from .policy import Decision, Policy, Thresholds
from .rules import rule_scorers
from .rules_config import RulesConfig

SCORER_GROUPS = ("spam", "toxicity")
#: What can hold a comment, as ``held_for`` names it: the spam rules and model, the toxicity scorer, and the
#: site's own rules for whom a person reads first (every comment, a premoderated post's, a first comment, a
#: language the site does not take), which a scorer of the spam group carries (``held_for = "site"``).
HELD_FOR = (*SCORER_GROUPS, "site")
_READ_FIRST = {"toxicity": 0, "spam": 1, "site": 2}


@lru_cache(maxsize=1)
def _spam_model_scorer() -> Scorer:
    from .spam_model import load_scorer  # imported on first use: keeps intake's cold start small

    return load_scorer()


@lru_cache(maxsize=1)
def _toxicity_scorer() -> Scorer:
    from . import comprehend
    from .toxicity import load_scorer  # imported on first use, like the spam model

    local = load_scorer()
    if comprehend.enabled():
        return comprehend.ComprehendToxicityScorer(fallback=local)
    return local


class Pipeline:
    def __init__(self, scorers: list[Scorer], policy: Policy, groups: list[str] | None = None) -> None:
        self.scorers = scorers
        self.policy = policy
        self._scores = [scorer.score for scorer in scorers]
        self._groups = groups or ["spam"] * len(scorers)  # what each scorer holds for, in HELD_FOR
        self._versioned = [scorer for scorer in scorers if getattr(scorer, "version", None)]

    def score(self, comment: CommentInput) -> Decision:
        findings: list[Finding] = []
        group_of: list[str] = []
        for score, group in zip(self._scores, self._groups, strict=True):
            found = score(comment)
            if found:  # most rules find nothing
                findings += found
                group_of += [f.held_for or group for f in found]
        # Each verdict records the model versions that made it (read per call: a model file reloads).
        versions = {scorer.name: scorer.version for scorer in self._versioned}
        decision = self.policy.decide(findings, models=versions)
        if decision.verdict is not Verdict.HOLD:
            return decision
        holding = [(f, g) for f, g in zip(findings, group_of, strict=True) if self.policy.holds(f)]
        held_for = tuple(g for g in HELD_FOR if any(held == g for _, held in holding))
        # Among the reasons that hold it, abuse first, then spam, then the site's own holds: the first
        # is what a moderator's mail says, and "this site approves every comment by hand" must not hide a threat.
        first = [f.reason for f, _ in sorted(holding, key=lambda pair: _READ_FIRST[pair[1]])]
        shown = {id(r) for r in first}
        reasons = (*first, *(r for r in decision.reasons if id(r) not in shown))
        return replace(decision, held_for=held_for, reasons=reasons)


def build_pipeline(
    rules: RulesConfig,
    thresholds: Thresholds | None = None,
    groups: tuple[str, ...] = SCORER_GROUPS,
) -> Pipeline:
    unknown = set(groups) - set(SCORER_GROUPS)
    if unknown:
        raise ValueError(f"unknown scorer {sorted(unknown)}; choose from {list(SCORER_GROUPS)}")
    scorers: list[Scorer] = []
    if "spam" in groups:
        scorers.extend(rule_scorers(rules))
        scorers.append(_spam_model_scorer())
    group_of = [getattr(scorer, "held_for", "spam") for scorer in scorers]
    if "toxicity" in groups:
        scorers.append(_toxicity_scorer())
        group_of.append("toxicity")
    return Pipeline(scorers, Policy(thresholds), group_of)

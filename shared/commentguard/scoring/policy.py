"""The one place where findings become a verdict.

Rules say what they saw (hold, spam, trust); learned scorers report probabilities. The policy
thresholds the probabilities, then takes the strongest objection. A trusted author (WordPress's
"comment author must have a previously approved comment") is approved unless something objects,
and a learned score alone never files a trusted author's comment as spam: it holds it for a person.
A finding's ``ceiling`` caps what its scores may do in the same way.

Two independent signals weigh more than either: a rule's evidence of spam that it only holds for (a
scam's contact or pitch) and a spam probability that alone would only hold file the comment as spam together,
from ``Thresholds.corroborated`` (midway between the hold and spam thresholds) up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter

from .base import Effect, Finding, Reason, Verdict


@dataclass(frozen=True)
class Thresholds:
    hold: float = 0.5
    spam: float = 0.9
    discard: float = 0.995
    toxicity_hold: float = 0.5

    @property
    def corroborated(self) -> float:
        """The spam probability that files a comment as spam where a rule's spam evidence agrees."""
        return (self.hold + self.spam) / 2


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    spam_score: float
    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...] = field(default=(), repr=False)
    toxicity_score: float | None = None
    models: dict[str, str] = field(default_factory=dict)
    # For a hold: the scorer groups that held it ("spam": the rules and the spam model; "toxicity"), so a
    # moderator (or a mail rule) can tell a comment held for abuse from one held as likely spam.
    held_for: tuple[str, ...] = ()

    def reasons_as_dicts(self) -> list[dict[str, str]]:
        return [r.as_dict() for r in self.reasons]


_RANK = {Effect.TRUST: 0, Effect.NOTE: 0, Effect.HOLD: 1, Effect.SPAM: 2, Effect.DISCARD: 3}
_HOLD_RANK = _RANK[Effect.HOLD]
_SPAM_RANK = _RANK[Effect.SPAM]
_VERDICT = {0: Verdict.APPROVE, 1: Verdict.HOLD, 2: Verdict.SPAM, 3: Verdict.DISCARD}


class Policy:
    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.thresholds = thresholds or Thresholds()

    def _effect_of_scores(self, finding: Finding) -> Effect:
        effect = self._thresholded(finding)
        ceiling = finding.ceiling
        return ceiling if ceiling is not None and _RANK[effect] > _RANK[ceiling] else effect

    def _thresholded(self, finding: Finding) -> Effect:
        t = self.thresholds
        spam = finding.scores.get("spam")
        if spam is not None:
            if spam >= t.discard:
                return Effect.DISCARD
            if spam >= t.spam:
                return Effect.SPAM
            if spam >= t.hold:
                return Effect.HOLD
        toxicity = finding.scores.get("toxicity")
        # Abuse is never filed as spam automatically: a moderator decides.
        if toxicity is not None and toxicity >= t.toxicity_hold:
            return Effect.HOLD
        return finding.effect

    def holds(self, finding: Finding) -> bool:
        """Whether this finding alone would hold the comment, or do worse."""
        return _RANK[self._effect_of_scores(finding) if finding.scores else finding.effect] >= _HOLD_RANK

    def decide(self, findings: list[Finding], models: dict[str, str] | None = None) -> Decision:
        """The verdict from all findings; ``models`` (scorer name -> version) is recorded as given."""
        trusted = False
        for f in findings:
            if f.effect is Effect.TRUST:
                trusted = True
                break
        effect_of = self._effect_of_scores
        ranked: list[tuple[int, Finding]] = []
        rank = 0
        spam_score = learned_spam = 0.0
        toxicity: float | None = None
        evidence = False
        for f in findings:
            effect = effect_of(f) if f.scores else f.effect
            r = _RANK[effect]
            if trusted and effect is not f.effect and r > _HOLD_RANK:  # learned, for a trusted author
                r = _HOLD_RANK
            ranked.append((r, f))
            if r > rank:
                rank = r
            scores = f.scores
            if scores:
                if "spam" in scores:
                    learned_spam = max(learned_spam, scores["spam"])
                if "toxicity" in scores:
                    toxicity = max(toxicity or 0.0, scores["toxicity"])
            if f.effect in (Effect.SPAM, Effect.DISCARD):
                spam_score = 1.0
            evidence = evidence or f.spam_evidence
        spam_score = max(spam_score, learned_spam)
        # The spam model's ceiling (held at most, for a reader's own words in phrases spam uses) gives way
        # here: the evidence is of a scam. A trusted author is held, as for any learned score.
        corroborated: list[Reason] = []
        if evidence and not trusted and rank < _SPAM_RANK and learned_spam >= self.thresholds.corroborated:
            rank = _SPAM_RANK
            ranked = [(_SPAM_RANK if f.spam_evidence or "spam" in f.scores else r, f) for r, f in ranked]
            codes = ", ".join(dict.fromkeys(f.reason.code for f in findings if f.spam_evidence))
            corroborated.append(Reason("corroborated", (
                f"two signals agree: {codes} and a spam probability of {learned_spam:.2f}; either alone holds it, "
                f"together they file it as spam (the model alone needs {self.thresholds.spam:g})")))
        # The deciding reasons first, so a moderator reads why before reading what else was seen
        # (a stable sort: equal ranks keep the scorers' order).
        if len(ranked) > 1:
            ranked.sort(key=itemgetter(0), reverse=True)
        return Decision(
            verdict=_VERDICT[rank],
            spam_score=round(spam_score, 4),
            reasons=tuple([*corroborated, *(f.reason for _, f in ranked)]),
            findings=tuple(findings),
            toxicity_score=None if toxicity is None else round(toxicity, 4),
            models={} if models is None else models,
        )

"""The policy: findings in, one verdict out, with the reasons a moderator reads."""

from __future__ import annotations

import pytest

from commentguard.scoring.base import Effect, Finding, Reason, Verdict
from commentguard.scoring.policy import Decision, Policy, Thresholds


def rule(effect: Effect, code: str = "", scorer: str = "rule") -> Finding:
    code = code or effect.value
    return Finding(scorer, effect, Reason(code, f"{code} happened"))


def model(p: float) -> Finding:
    return Finding("spam_model", Effect.NOTE, Reason("model", f"spam probability {p}"), scores={"spam": p})


def toxicity(p: float) -> Finding:
    return Finding("toxicity", Effect.NOTE, Reason("toxicity", f"toxicity {p}"), scores={"toxicity": p})


TRUST = rule(Effect.TRUST, "trusted_author")


def decide(*findings: Finding, thresholds: Thresholds | None = None) -> Decision:
    return Policy(thresholds).decide(list(findings))


# --- rule effects -----------------------------------------------------------------------------


def test_a_comment_with_no_findings_is_approved():
    decision = decide()
    assert decision.verdict is Verdict.APPROVE
    assert decision.spam_score == 0.0
    assert decision.reasons == ()
    assert decision.toxicity_score is None


def test_notes_alone_approve_a_comment():
    assert decide(rule(Effect.NOTE, "form_token_old")).verdict is Verdict.APPROVE


def test_any_hold_finding_holds_the_comment():
    assert decide(rule(Effect.NOTE), rule(Effect.HOLD, "too_many_links")).verdict is Verdict.HOLD


def test_spam_beats_hold():
    assert decide(rule(Effect.HOLD), rule(Effect.SPAM)).verdict is Verdict.SPAM
    assert decide(rule(Effect.SPAM), rule(Effect.HOLD)).verdict is Verdict.SPAM


def test_discard_beats_spam():
    assert decide(rule(Effect.SPAM), rule(Effect.DISCARD), rule(Effect.HOLD)).verdict is Verdict.DISCARD


def test_the_decision_keeps_every_finding_it_was_given():
    findings = (rule(Effect.NOTE), rule(Effect.HOLD))
    assert decide(*findings).findings == findings


# --- learned probabilities --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("p", "verdict"),
    [
        (0.0, Verdict.APPROVE),
        (0.4999, Verdict.APPROVE),
        (0.5, Verdict.HOLD),
        (0.8999, Verdict.HOLD),
        (0.9, Verdict.SPAM),
        (0.9949, Verdict.SPAM),
        (0.995, Verdict.DISCARD),
        (1.0, Verdict.DISCARD),
    ],
)
def test_a_spam_probability_is_thresholded_at_hold_0_5_spam_0_9_and_discard_0_995_by_default(p, verdict):
    decision = decide(model(p))
    assert decision.verdict is verdict
    assert decision.spam_score == pytest.approx(p)


@pytest.mark.parametrize(
    ("p", "verdict"),
    [(0.19, Verdict.APPROVE), (0.2, Verdict.HOLD), (0.6, Verdict.SPAM), (0.8, Verdict.DISCARD)],
)
def test_custom_thresholds_replace_the_defaults(p, verdict):
    thresholds = Thresholds(hold=0.2, spam=0.6, discard=0.8)
    assert decide(model(p), thresholds=thresholds).verdict is verdict


def test_the_spam_score_is_the_highest_probability_reported():
    assert decide(model(0.1), model(0.3)).spam_score == pytest.approx(0.3)


def test_the_spam_score_is_rounded_to_four_places():
    assert decide(model(0.123456)).spam_score == 0.1235


def test_the_spam_score_is_one_when_a_spam_rule_fired():
    assert decide(model(0.05), rule(Effect.SPAM, "honeypot")).spam_score == 1.0
    assert decide(rule(Effect.SPAM, "honeypot"), model(0.05)).spam_score == 1.0


def test_the_spam_score_is_one_when_a_discard_rule_fired():
    assert decide(rule(Effect.DISCARD)).spam_score == 1.0


def test_a_hold_rule_does_not_raise_the_spam_score():
    assert decide(rule(Effect.HOLD), model(0.2)).spam_score == pytest.approx(0.2)


# --- trusted authors --------------------------------------------------------------------------


def test_a_trusted_author_is_approved_when_nothing_objects():
    decision = decide(TRUST, model(0.1))
    assert decision.verdict is Verdict.APPROVE


def test_a_trusted_author_is_still_held_when_a_rule_holds():
    assert decide(TRUST, rule(Effect.HOLD, "moderation_key")).verdict is Verdict.HOLD


def test_a_trusted_author_is_still_spam_when_a_spam_rule_fires():
    assert decide(TRUST, rule(Effect.SPAM, "disallowed_key")).verdict is Verdict.SPAM


@pytest.mark.parametrize("p", [0.9, 0.97, 0.995, 1.0])
def test_a_learned_score_alone_never_files_a_trusted_author_as_spam_but_holds_instead(p):
    decision = decide(TRUST, model(p))
    assert decision.verdict is Verdict.HOLD
    assert decision.spam_score == pytest.approx(p)


def test_a_learned_hold_still_holds_a_trusted_author():
    assert decide(TRUST, model(0.6)).verdict is Verdict.HOLD


def test_the_trust_finding_order_does_not_matter():
    assert decide(model(0.97), TRUST).verdict is Verdict.HOLD


# --- toxicity ---------------------------------------------------------------------------------


@pytest.mark.parametrize("p", [0.5, 0.9, 0.999, 1.0])
def test_toxicity_at_or_above_its_threshold_holds_and_never_spams(p):
    decision = decide(toxicity(p))
    assert decision.verdict is Verdict.HOLD
    assert decision.toxicity_score == pytest.approx(p)
    assert decision.spam_score == 0.0


def test_toxicity_below_its_threshold_decides_nothing():
    decision = decide(toxicity(0.49))
    assert decision.verdict is Verdict.APPROVE
    assert decision.toxicity_score == pytest.approx(0.49)


def test_a_custom_toxicity_threshold_is_respected():
    assert decide(toxicity(0.3), thresholds=Thresholds(toxicity_hold=0.3)).verdict is Verdict.HOLD
    assert decide(toxicity(0.6), thresholds=Thresholds(toxicity_hold=0.7)).verdict is Verdict.APPROVE


def test_toxicity_does_not_stop_a_spam_rule():
    assert decide(toxicity(0.99), rule(Effect.SPAM)).verdict is Verdict.SPAM


# --- reasons ----------------------------------------------------------------------------------


def test_reasons_list_the_deciding_finding_first():
    note = rule(Effect.NOTE, "form_token_old")
    hold = rule(Effect.HOLD, "too_many_links")
    spam = rule(Effect.SPAM, "honeypot")
    decision = decide(note, hold, spam)
    assert [r.code for r in decision.reasons] == ["honeypot", "too_many_links", "form_token_old"]


def test_a_thresholded_model_score_ranks_as_its_effect_among_the_reasons():
    decision = decide(rule(Effect.HOLD, "too_many_links"), model(0.97))
    assert decision.verdict is Verdict.SPAM
    assert [r.code for r in decision.reasons] == ["model", "too_many_links"]


def test_reasons_of_equal_weight_keep_the_order_they_were_found_in():
    decision = decide(rule(Effect.HOLD, "first"), rule(Effect.HOLD, "second"))
    assert [r.code for r in decision.reasons] == ["first", "second"]


def test_reasons_render_as_dicts_with_code_and_message():
    decision = decide(rule(Effect.HOLD, "too_many_links"))
    assert decision.reasons_as_dicts() == [{"code": "too_many_links", "message": "too_many_links happened"}]
    assert str(decision.reasons[0]) == "too_many_links: too_many_links happened"


# --- a finding's ceiling ------------------------------------------------------------------------


def test_a_ceiling_caps_what_a_findings_scores_may_do():
    capped = Finding("model", Effect.NOTE, Reason("model", "p 0.999"), scores={"spam": 0.999}, ceiling=Effect.HOLD)
    decision = decide(capped)
    assert decision.verdict is Verdict.HOLD and decision.spam_score == 0.999


def test_a_ceiling_leaves_a_rule_that_files_as_spam_its_say():
    capped = Finding("model", Effect.NOTE, Reason("model", "p 0.999"), scores={"spam": 0.999}, ceiling=Effect.HOLD)
    assert decide(capped, rule(Effect.SPAM, "honeypot")).verdict is Verdict.SPAM


def test_a_ceiling_of_note_lets_a_score_hold_nothing():
    capped = Finding("toxicity", Effect.NOTE, Reason("toxicity", "t 0.9"), scores={"toxicity": 0.9}, ceiling=Effect.NOTE)
    decision = Policy().decide([capped])
    assert decision.verdict is Verdict.APPROVE and decision.toxicity_score == 0.9
    assert not Policy().holds(capped)


# --- spam evidence a rule holds for, corroborated by the spam model -----------------------------


def contact() -> Finding:
    return Finding("scam_contact", Effect.HOLD, Reason("messenger_contact", "asks readers to write to someone on "
                                                       "WhatsApp"), spam_evidence=True)


@pytest.mark.parametrize(("p", "verdict"), [(0.69, Verdict.HOLD), (0.7, Verdict.SPAM), (0.89, Verdict.SPAM),
                                            (0.2, Verdict.HOLD), (0.995, Verdict.DISCARD)])
def test_a_scams_contact_with_a_spam_probability_from_midway_between_hold_and_spam_is_filed_as_spam(p, verdict):
    decision = decide(contact(), model(p))
    assert decision.verdict is verdict
    assert decision.spam_score == p


def test_the_midway_point_follows_the_sites_thresholds():
    cautious = Thresholds(hold=0.6, spam=0.98)
    assert decide(contact(), model(0.75), thresholds=cautious).verdict is Verdict.HOLD
    assert decide(contact(), model(0.79), thresholds=cautious).verdict is Verdict.SPAM


def test_a_hold_that_is_no_spam_evidence_is_not_corroborated_by_the_model():
    assert decide(rule(Effect.HOLD, "moderation_key"), model(0.85)).verdict is Verdict.HOLD


def test_the_models_ceiling_does_not_stop_a_contact_it_could_not_see_from_corroborating():
    leads_nowhere = Finding("spam_model", Effect.NOTE, Reason("model", "p 0.8"), scores={"spam": 0.8},
                            ceiling=Effect.HOLD)
    assert decide(contact(), leads_nowhere).verdict is Verdict.SPAM


def test_a_trusted_authors_contact_with_a_likely_spam_score_is_held_not_filed_as_spam():
    assert decide(TRUST, contact(), model(0.85)).verdict is Verdict.HOLD


def test_a_corroborated_comment_says_why_first_then_lists_the_evidence_and_the_model_before_other_holds():
    decision = decide(toxicity(0.6), rule(Effect.HOLD, "too_many_links"), model(0.8), contact())
    assert [r.code for r in decision.reasons[:3]] == ["corroborated", "model", "messenger_contact"]
    assert decision.reasons[0].message == (
        "two signals agree: messenger_contact and a spam probability of 0.80; either alone holds it, together "
        "they file it as spam (the model alone needs 0.9)"
    )
    assert "corroborated" not in [r.code for r in decide(contact(), model(0.95)).reasons]

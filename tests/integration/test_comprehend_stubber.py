"""The optional Comprehend toxicity scorer, against botocore's Stubber (moto lacks DetectToxicContent)."""

import boto3
import pytest
from botocore.stub import Stubber

from commentguard.scoring import comprehend
from commentguard.scoring.base import CommentInput, Effect, Finding, Reason
from commentguard.scoring.comprehend import ComprehendToxicityScorer, is_english, segments
from commentguard.scoring.policy import Policy
from commentguard.scoring.word_lists import WordLists


class _Local:
    name = "toxicity"
    version = "tox-local"

    def score(self, comment):
        return [Finding(self.name, Effect.NOTE, Reason("toxicity", "local 0.80"), scores={"toxicity": 0.8})]


@pytest.fixture
def stubbed():
    client = boto3.client("comprehend", region_name="us-east-1", config=comprehend.client_config())
    with Stubber(client) as stub:
        yield client, stub
        stub.assert_no_pending_responses()


def _answer(toxicity, labels):
    return {"ResultList": [{"Toxicity": toxicity, "Labels": [{"Name": n, "Score": s} for n, s in labels.items()]}]}


def test_comprehend_scores_english_text_with_per_label_scores_and_holds_above_the_threshold(stubbed):
    client, stub = stubbed
    stub.add_response(
        "detect_toxic_content",
        _answer(0.91, {"INSULT": 0.88, "HATE_SPEECH": 0.6, "PROFANITY": 0.1}),
        {"TextSegments": [{"Text": "You are all idiots and you should be ashamed"}], "LanguageCode": "en"},
    )
    scorer = ComprehendToxicityScorer(fallback=_Local(), client=client)
    [finding] = scorer.score(CommentInput(content="You are all idiots and you should be ashamed"))
    assert finding.scores["toxicity"] == 0.91 and finding.scores["insult"] == 0.88
    assert "insult 0.88" in finding.reason.message and "hate speech 0.60" in finding.reason.message
    decision = Policy().decide([finding])
    assert decision.verdict.value == "hold" and decision.toxicity_score == 0.91


def test_throttling_falls_back_to_the_local_score_and_says_why(stubbed):
    client, stub = stubbed
    stub.add_client_error("detect_toxic_content", service_error_code="ThrottlingException", http_status_code=400)
    scorer = ComprehendToxicityScorer(fallback=_Local(), client=client)
    findings = scorer.score(CommentInput(content="This is the worst article I have ever read on the site"))
    assert findings[0].scores == {"toxicity": 0.8}
    assert findings[-1].reason.code == "comprehend_failed" and "ThrottlingException" in findings[-1].reason.message


def test_a_service_error_falls_back_to_the_local_score(stubbed):
    client, stub = stubbed
    stub.add_client_error("detect_toxic_content", service_error_code="InternalServerException", http_status_code=500)
    findings = ComprehendToxicityScorer(fallback=_Local(), client=client).score(
        CommentInput(content="I think the mayor is wrong about this and so are you")
    )
    assert Policy().decide(findings).toxicity_score == 0.8


def test_an_unexpected_answer_falls_back_to_the_local_score(stubbed):
    client, stub = stubbed
    stub.add_response("detect_toxic_content", {"ResultList": []})
    findings = ComprehendToxicityScorer(fallback=_Local(), client=client).score(
        CommentInput(content="What a great piece of reporting this is")
    )
    assert findings[0].scorer == "toxicity"


def test_text_that_is_not_english_is_never_sent_to_comprehend(stubbed):
    client, _ = stubbed  # no response queued: a call would fail the Stubber
    findings = ComprehendToxicityScorer(fallback=_Local(), client=client).score(
        CommentInput(content="Das ist eine Schande für die ganze Stadt und die Regierung")
    )
    assert "not English" in findings[-1].reason.message
    assert not is_english("Это позор для всего города")


@pytest.mark.parametrize("text", ["shut up idiot", "You are a disgrace to this country", "lol"])
def test_english_and_text_too_short_to_tell_are_sent_to_comprehend(text):
    assert is_english(text)


def test_long_text_is_cut_into_at_most_ten_segments_of_one_kilobyte():
    text = ("word " * 5000).strip()
    segs = segments(text)
    assert len(segs) == 10
    assert all(len(s.encode("utf-8")) <= 1024 for s in segs)
    assert sum(len(s.encode("utf-8")) for s in segs) <= 10 * 1024
    multibyte = segments("ü" * 3000)
    assert all(len(s.encode("utf-8")) <= 1024 for s in multibyte)


def test_every_segment_of_a_long_comment_is_sent_and_the_highest_toxicity_wins(stubbed):
    client, stub = stubbed
    text = ("the council should act now " * 80).strip()
    segs = segments(text)
    assert len(segs) > 1
    stub.add_response(
        "detect_toxic_content",
        {"ResultList": [{"Toxicity": 0.1 * i, "Labels": []} for i in range(len(segs))]},
        {"TextSegments": [{"Text": s} for s in segs], "LanguageCode": "en"},
    )
    [finding] = ComprehendToxicityScorer(fallback=_Local(), client=client).score(CommentInput(content=text))
    assert finding.scores["toxicity"] == round(0.1 * (len(segs) - 1), 4)


def test_the_client_is_created_lazily_with_a_short_timeout_and_few_retries():
    made = []
    scorer = ComprehendToxicityScorer(fallback=None, client_factory=lambda: made.append(1) or None)
    assert made == []
    config = comprehend.client_config()
    assert config.connect_timeout <= 2 and config.read_timeout <= 2
    assert config.retries["max_attempts"] <= 3
    scorer.score(CommentInput(content="A perfectly ordinary English comment about the news"))
    assert made == [1]


def test_comprehend_is_off_unless_switched_on():
    assert not comprehend.enabled({})
    assert comprehend.enabled({"COMPREHEND_TOXICITY": "true"})
    assert not comprehend.enabled({"COMPREHEND_TOXICITY": "false"})


def test_the_pipeline_uses_comprehend_with_the_local_fallback_only_when_enabled(monkeypatch):
    from commentguard.scoring import pipeline
    from commentguard.scoring.rules_config import RulesConfig

    monkeypatch.setenv("COMPREHEND_TOXICITY", "true")
    monkeypatch.setenv("TOXICITY_ENCODER", "false")
    pipeline._toxicity_scorer.cache_clear()
    try:
        p = pipeline.build_pipeline(RulesConfig(), groups=("toxicity",))
        [scorer] = p.scorers
        assert isinstance(scorer, ComprehendToxicityScorer) and scorer.fallback.name == "toxicity"
        assert scorer._client is None  # nothing created before the first comment
    finally:
        pipeline._toxicity_scorer.cache_clear()


def test_after_a_failure_comprehend_rests_and_the_local_score_serves_without_waiting(stubbed):
    client, stub = stubbed
    now = [1000.0]
    scorer = ComprehendToxicityScorer(fallback=_Local(), client=client, pause_seconds=60, clock=lambda: now[0])
    stub.add_client_error("detect_toxic_content", service_error_code="ThrottlingException", http_status_code=400)
    comment = CommentInput(content="I think the council got this one badly wrong again")
    scorer.score(comment)
    findings = scorer.score(comment)  # no response queued: a call here would fail the Stubber
    assert "paused" in findings[-1].reason.message and findings[0].scores == {"toxicity": 0.8}
    now[0] += 61
    stub.add_response("detect_toxic_content", _answer(0.05, {}))
    [finding] = scorer.score(comment)
    assert finding.scorer == "comprehend" and finding.scores["toxicity"] == 0.05


def test_a_read_timeout_falls_back_to_the_local_score():
    from botocore.exceptions import ReadTimeoutError

    class _SlowClient:
        def detect_toxic_content(self, **_):
            raise ReadTimeoutError(endpoint_url="https://comprehend.us-east-1.amazonaws.com")

    findings = ComprehendToxicityScorer(fallback=_Local(), client=_SlowClient()).score(
        CommentInput(content="This is a comment about the election and the candidates")
    )
    assert findings[0].scores == {"toxicity": 0.8}
    assert "ReadTimeoutError" in findings[-1].reason.message


def test_with_comprehend_on_the_sites_hold_terms_and_the_local_rules_still_hold_a_comment(stubbed):
    from commentguard.scoring.toxicity import HELD_TOXICITY, load_scorer

    client, stub = stubbed
    text = "Typical snowflake. Those protesters are parasites."
    stub.add_response(
        "detect_toxic_content",
        _answer(0.2, {"INSULT": 0.2}),
        {"TextSegments": [{"Text": text}], "LanguageCode": "en"},
    )
    local = load_scorer({"TOXIC_TERMS": "snowflake, troll", "TOXICITY_ENCODER": "false"})
    findings = ComprehendToxicityScorer(fallback=local, client=client).score(
        CommentInput(content=text, author_name="Troll King"))
    assert findings[0].scores["toxicity"] == 0.2  # Comprehend's score, not the local one
    assert {f.scorer for f in findings if f.effect is Effect.HOLD} == {"toxic_terms", "dehumanising", "toxic_name"}
    decision = Policy().decide(findings)
    assert decision.verdict.value == "hold" and decision.toxicity_score == HELD_TOXICITY  # over Comprehend's 0.2


def test_with_comprehend_on_the_terms_moderators_keep_still_hold_a_comment(stubbed):
    from commentguard.scoring.toxicity import load_scorer

    client, stub = stubbed
    text = "Another lib rag story."
    stub.add_response("detect_toxic_content", _answer(0.1, {"INSULT": 0.1}),
                      {"TextSegments": [{"Text": text}], "LanguageCode": "en"})
    local = load_scorer({"TOXICITY_ENCODER": "false", "TOXICITY_PHRASES": "false"})
    findings = ComprehendToxicityScorer(fallback=local, client=client).score(
        CommentInput(content=text, word_lists=WordLists(toxic_terms=("lib rag",))))
    assert [f.reason.code for f in findings if f.effect is Effect.HOLD] == ["toxic_term"]

"""Abuse matched by meaning, with the published encoder the scoring function ships (onnxruntime)."""

import base64

import numpy as np
import pytest

from commentguard.scoring.base import CommentInput, Effect
from commentguard.scoring.phrases import (
    PHRASE_ENCODER_ID,
    PHRASE_ENCODER_PATH,
    VECTORS_PATH,
    load_phrases,
    load_vectors,
)
from commentguard.scoring.toxicity import MiniLMEncoder, load_model, load_scorer

VEILED = "Nice truck you have there, Mr. Grant. Would be a pity if anything happened to it."


def _holds(scorer, text):
    return [f for f in scorer.score(CommentInput(text)) if f.effect is Effect.HOLD]


@pytest.fixture(scope="module")
def scorer():
    return load_scorer({})


def test_every_shipped_phrase_has_its_vector_stored_as_the_published_encoder_reads_it():
    encoder = MiniLMEncoder(PHRASE_ENCODER_PATH)
    assert encoder.id == PHRASE_ENCODER_ID
    stored = load_vectors(VECTORS_PATH, encoder_id=encoder.id)
    phrases = load_phrases()
    missing = [p.text for p in phrases if p.text not in stored]
    assert not missing, f"run `commentguard phrases`: no stored vector for {missing}"
    for p in phrases[:: max(1, len(phrases) // 8)]:
        v = np.frombuffer(base64.b64decode(stored[p.text]), dtype="<f2").astype(np.float32)
        assert float(v @ encoder.embed(p.text)) > 0.999


def test_a_veiled_threat_in_new_words_is_held_and_the_reason_quotes_the_phrase_it_reads_like(scorer):
    (held,) = _holds(scorer, VEILED)
    assert held.reason.code == "resembles_abuse"
    assert held.reason.message.startswith(
        'reads like a veiled threat: close in meaning to "Nice car you drive. It would be a shame if something happened')
    # A resemblance holds without raising the toxicity score a moderator sorts by: that stays the model's.
    assert held.scores == {}
    assert scorer.score(CommentInput(VEILED))[0].scores["toxicity"] < 0.5


def test_a_condolence_near_the_family_threats_in_meaning_is_not_held(scorer):
    assert _holds(scorer, "So sorry for your loss. Our prayers are with the whole family.") == []


def test_an_ordinary_comment_is_not_held(scorer):
    assert _holds(scorer, "The council meets on Tuesday to vote on the new bus routes.") == []


def test_a_comment_in_another_language_is_not_read_by_the_english_encoder(scorer):
    assert _holds(scorer, "Bonito camión tienes, señor Grant. Sería una pena que le pasara algo.") == []


def test_a_site_adds_sentences_of_its_own_that_hold_what_reads_like_them():
    site = load_scorer({"TOXIC_PHRASES": "The new stadium will bankrupt the county; vote them all out"})
    (held,) = _holds(site, "This stadium deal is going to bankrupt our county.")
    assert held.reason.message.startswith(
        "reads like a phrase on this site's list: close in meaning to \"The new stadium will bankrupt the county\"")
    assert _holds(load_scorer({}), "This stadium deal is going to bankrupt our county.") == []


def test_the_matching_is_switched_off_by_its_flag():
    assert _holds(load_scorer({"TOXICITY_PHRASES": "false"}), VEILED) == []


def test_without_its_encoder_file_the_scorer_scores_and_holds_as_before(tmp_path):
    scorer = load_model(phrases=load_phrases(), phrase_encoder_path=tmp_path / "missing.bin")
    assert _holds(scorer, VEILED) == []
    assert scorer.score(CommentInput(VEILED))[0].scores["toxicity"] >= 0


def test_a_comment_a_rule_already_holds_is_not_matched_again(scorer):
    codes = [f.reason.code for f in _holds(scorer, "I know where you live and I know where your kids go to school.")]
    assert "resembles_abuse" not in codes and codes


def test_a_writer_naming_their_own_group_is_read_as_the_model_reads_them_and_contempt_is_still_held(scorer):
    assert _holds(scorer, "As a Muslim, I'm glad the city finally did this.") == []
    assert _holds(scorer, "As a Muslim and a nurse who has worked in this city for 20 years, I am tired of being "
                          "told I do not belong here.") == []
    (held,) = _holds(scorer, "As a Muslim, I think Muslims can't be trusted, they all want to kill us.")
    assert held.reason.code == "resembles_abuse"

"""The local toxicity scorer: lexical model in pure Python, optional sentence encoder, site terms."""

import json
import math
from pathlib import Path

import pytest

from commentguard.scoring.base import CommentInput, Effect
from commentguard.scoring.pipeline import SCORER_GROUPS, build_pipeline
from commentguard.scoring.policy import Policy, Thresholds
from commentguard.scoring.rules_config import RulesConfig
from commentguard.scoring.toxicity import (
    ENCODER_PATH,
    FORMAT,
    HELD_TOXICITY,
    MODEL_PATH,
    TermMatcher,
    ToxicityModel,
    WordPiece,
    featurize,
    load_model,
    load_terms,
    parse_terms,
    read_encoder_file,
)
from commentguard.scoring.word_lists import WordLists

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def _tiny_doc(**over) -> dict:
    doc = {
        "format": FORMAT,
        "version": "tox-test-1",
        "scale": 0.01,
        "bias": -1.0,
        "words": {"disgusting": 300, "thugs": 400, "thank": -200},
        "chars": {},
        "signals": {"abusive_terms": 300, "shouting": 50},
        "blend": {"lexical_only": [1.0, 0.0], "combined": [1.0, 1.0, 0.0]},
        "encoder_head": None,
    }
    doc.update(over)
    return doc


def _model(**kw) -> ToxicityModel:
    return ToxicityModel(_tiny_doc(), terms=["vermin", "go back to"], **kw)


def test_abusive_words_raise_the_toxicity_probability():
    m = _model()
    assert m.probability("These thugs are disgusting") > 0.7
    assert m.probability("Thank you for a balanced article") < 0.3


def test_the_reason_names_the_words_that_pushed_towards_abuse():
    [finding] = _model().score(CommentInput(content="These thugs are disgusting"))
    assert finding.effect is Effect.NOTE
    assert finding.reason.code == "toxicity"
    assert '"thugs"' in finding.reason.message and "towards abuse" in finding.reason.message
    assert finding.scores["toxicity"] > 0.7


def test_terms_from_the_abusive_list_are_matched_through_disguised_letters_and_named():
    m = _model()
    finding, dehumanising = m.score(CommentInput(content="They are v\u0435rmin"))
    assert "vermin" in finding.reason.message and "list of abusive terms" in finding.reason.message
    assert dehumanising.reason.code == "dehumanising"
    assert m.probability("They are vermin") > m.probability("They are voters")


def test_phrases_on_the_list_match_only_as_whole_words():
    matcher = TermMatcher(["go back to", "ape"])
    assert matcher.find(["they", "should", "go", "back", "to", "where"]) == ["go back to"]
    assert matcher.find(["grapes", "taste", "good"]) == []


def test_a_sites_own_terms_hold_the_comment_with_a_reason_naming_the_term():
    m = _model(site_terms=parse_terms("Snowflake, lib-rag"))
    findings = m.score(CommentInput(content="Typical SNOWFLAKE nonsense"))
    held = [f for f in findings if f.effect is Effect.HOLD]
    assert held and held[0].reason.code == "toxic_term" and '"snowflake"' in held[0].reason.message
    assert Policy().decide(findings).verdict.value == "hold"


def test_terms_its_moderators_keep_hold_the_text_or_the_name_as_the_sites_deployed_terms_do():
    m = _model()
    kept = WordLists(toxic_terms=("Lib-Rag", "snowflake"))
    findings = m.score(CommentInput(content="Another LIB RAG story.", word_lists=kept))
    [held] = [f for f in findings if f.effect is Effect.HOLD]
    assert held.reason.code == "toxic_term" and '"lib rag"' in held.reason.message
    [named] = [f for f in m.score(CommentInput(content="The council meets.", author_name="Snowflake", word_lists=kept))
               if f.effect is Effect.HOLD]
    assert named.reason.message.startswith("the author's name uses \"snowflake\"")
    # Whole words only, and nothing without the list.
    assert not [f for f in m.score(CommentInput(content="Snowflakes fell on the ribs.", word_lists=kept))
                if f.effect is Effect.HOLD]
    assert not [f for f in m.score(CommentInput(content="Another lib rag story.")) if f.effect is Effect.HOLD]


def test_a_masked_spelling_of_a_term_its_moderators_keep_is_read_as_meant_in_the_text_and_the_name():
    m = _model()
    kept = WordLists(toxic_terms=("remoaner",))
    for content, name in (("Typical remo@ner whining.", "Anna"), ("The council meets.", "Rem0aner 1")):
        [held] = [f for f in m.score(CommentInput(content=content, author_name=name, word_lists=kept))
                  if f.effect is Effect.HOLD]
        assert held.reason.code == "toxic_term" and '"remoaner"' in held.reason.message
    # Without the list, the mask fits no word the scorer knows.
    assert not [f for f in m.score(CommentInput(content="Typical remo@ner whining.")) if f.effect is Effect.HOLD]


def test_a_term_both_deployed_and_kept_by_moderators_is_named_once():
    m = _model(site_terms=parse_terms("snowflake"))
    findings = m.score(CommentInput(content="Typical snowflake.", word_lists=WordLists(toxic_terms=("Snowflake",))))
    [held] = [f for f in findings if f.effect is Effect.HOLD]
    assert held.reason.message.count("snowflake") == 1


def test_an_author_name_on_the_hold_lists_holds_a_clean_comment_and_says_it_was_the_name():
    m = _model(site_terms=parse_terms("snowflake"))
    findings = m.score(CommentInput(content="The council meets on Tuesday.", author_name="Sn*wflake Hunter"))
    [held] = [f for f in findings if f.effect is Effect.HOLD]
    assert held.reason.code == "toxic_term" and held.reason.message.startswith("the author's name uses \"snowflake\"")
    assert Policy().decide(findings).verdict.value == "hold"
    clean = m.score(CommentInput(content="The council meets on Tuesday.", author_name="Anna"))
    assert not [f for f in clean if f.effect is Effect.HOLD]


def test_site_terms_are_read_comma_separated_and_normalised():
    assert parse_terms(" Foo ,bar baz,,\nQux ") == ("foo", "bar baz", "qux")


def test_a_toxicity_score_above_the_threshold_holds_the_comment_and_reports_the_score():
    findings = _model().score(CommentInput(content="These thugs are disgusting"))
    decision = Policy(Thresholds(toxicity_hold=0.5)).decide(findings)
    assert decision.verdict.value == "hold"
    assert 0.5 <= decision.toxicity_score <= 1.0
    assert Policy(Thresholds(toxicity_hold=0.99)).decide(findings).verdict.value == "approve"


def test_without_an_encoder_the_scorer_runs_lexical_only_and_says_so_in_its_version(tmp_path):
    doc = _tiny_doc(encoder_head={"pooling": [["cls", 6], ["mean", 6]], "weights": [0.0] * 768, "bias": 0.0})
    m = ToxicityModel(doc, terms=[], encoder_path=tmp_path / "missing.npz")
    p = m.probability("These thugs are disgusting")
    assert 0 < p < 1
    assert m.version == "tox-test-1-lexical"


def test_the_features_of_training_and_inference_agree():
    m = _model()
    text = "These thugs are disgusting, thank you"
    feats = featurize(text, m.matcher)
    z = m.bias
    for key, value in feats.items():
        kind, name = key[0], key[2:]
        if kind == "w":
            z += m.words.get(name, 0) * m.scale * value
        elif kind == "s":
            z += m.signals.get(name, 0.0) * value
    assert math.isclose(z, m.lexical(text)[0], rel_tol=1e-9)


def test_a_model_file_of_another_format_is_refused():
    with pytest.raises(ValueError, match="not a toxicity model"):
        ToxicityModel(_tiny_doc(format="commentguard-spam-linear/1"))
    with pytest.raises(ValueError, match="not a toxicity model"):
        ToxicityModel(_tiny_doc(format="commentguard-toxicity/1"))  # a single mean-pooled head, blended


def test_an_encoder_head_that_does_not_match_its_pooling_is_refused():
    with pytest.raises(ValueError, match="pooling"):
        head = {"pooling": [["cls", 6], ["mean", 5]], "weights": [0.0] * 384, "bias": 0.0}
        ToxicityModel(_tiny_doc(encoder_head=head))
    with pytest.raises(ValueError, match="pooling"):
        ToxicityModel(_tiny_doc(encoder_head={"pooling": [["max", 6]], "weights": [0.0] * 384, "bias": 0.0}))


def test_wordpiece_splits_unknown_words_into_known_pieces():
    wp = WordPiece("[PAD]\n[UNK]\n[CLS]\n[SEP]\nun\n##believ\n##able\nhello\n!")
    assert wp.encode("Unbelievable hello!") == [2, 4, 5, 6, 7, 8, 3]
    assert wp.encode("xyz") == [2, 1, 3]


def test_a_long_comment_gives_the_encoder_its_first_and_last_word_pieces():
    wp = WordPiece("[PAD]\n[UNK]\n[CLS]\n[SEP]\na\nb\nc\nd\ne\nf")
    assert wp.encode("a b c d e f", max_len=6) == [2, 4, 5, 6, 7, 3]  # the first four
    assert wp.encode("a b c d e f", max_len=6, head=3) == [2, 4, 5, 6, 9, 3]  # first three + the last
    assert wp.encode("a b", max_len=6, head=3) == [2, 4, 5, 3]


def test_a_file_that_is_not_an_encoder_file_leaves_the_scorer_lexical_only(tmp_path):
    bad = tmp_path / "encoder.bin"
    bad.write_bytes(b"PK\x03\x04 not ours")
    doc = _tiny_doc(encoder_head={"weights": [0.0] * 384, "bias": 0.0})
    m = ToxicityModel(doc, terms=[], encoder_path=bad)
    m.probability("hello")
    assert m.version.endswith("-lexical")


def test_an_encoder_file_cut_short_inside_its_header_leaves_the_scorer_lexical_only_and_says_so(tmp_path, caplog):
    cut = tmp_path / "encoder.bin"
    cut.write_bytes(ENCODER_PATH.read_bytes()[:6])
    m = ToxicityModel(_tiny_doc(encoder_head={"weights": [0.0] * 384, "bias": 0.0}), terms=[], encoder_path=cut)
    assert 0 < m.probability("hello") < 1
    assert m.version.endswith("-lexical")
    assert "the toxicity encoder could not be loaded" in caplog.text


def test_an_encoder_whose_damaged_weights_read_nan_is_switched_off_and_no_comment_gets_a_nan_score(caplog):
    from commentguard.scoring.toxicity import load_model

    m = load_model()
    encoder = m.encoder()
    encoder.pooled = lambda *a, **k: encoder.np.full(384 * len(m.pooling), float("nan"), dtype="float32")
    p = m.probability("Liberals are mentally ill, plain and simple.")
    assert math.isfinite(p) and m.version.endswith("-lexical")
    assert "the toxicity encoder switched off" in caplog.text
    assert p == m.probability("Liberals are mentally ill, plain and simple.")  # the lexical model's, from now on


def test_an_encoder_fine_tuned_for_another_model_version_is_refused_and_the_scorer_runs_lexical_only():
    head = {"pooling": [["cls", 6], ["mean", 5], ["mean", 6]], "weights": [0.0] * 1152, "bias": 0.0,
            "encoder_id": "tox-some-other-version"}
    m = ToxicityModel(_tiny_doc(encoder_head=head), terms=[], encoder_path=ENCODER_PATH)
    m.probability("hello")
    assert m.encoder() is None and m.version == "tox-test-1-lexical"


def test_the_shipped_model_names_the_encoder_it_was_fine_tuned_with_and_that_encoder_is_shipped():
    doc = json.loads(MODEL_PATH.read_text())
    header, _ = read_encoder_file(ENCODER_PATH)
    assert doc["encoder_head"]["encoder_id"] == header["id"] == doc["version"]


def test_the_shipped_term_list_names_its_source_and_loads():
    terms = load_terms()
    assert "vermin" in terms and len(terms) > 20
    assert "better_profanity" in Path(MODEL_PATH.parent / "toxicity-terms.txt").read_text()


def test_the_shipped_model_scores_plain_text_quickly_without_the_encoder():
    m = load_model(use_encoder=False)
    p_abuse = m.probability("Deport all of these animals, they are vermin and savages")
    p_fine = m.probability("Thanks for the report, the council meeting is on Tuesday")
    assert p_abuse > p_fine
    assert json.loads(MODEL_PATH.read_text())["format"] == FORMAT


def test_the_default_pipeline_runs_spam_and_toxicity(monkeypatch):
    monkeypatch.delenv("COMPREHEND_TOXICITY", raising=False)
    monkeypatch.setenv("TOXICITY_ENCODER", "false")
    from commentguard.scoring import pipeline

    pipeline._toxicity_scorer.cache_clear()
    try:
        assert SCORER_GROUPS == ("spam", "toxicity")
        p = build_pipeline(RulesConfig())
        assert {s.name for s in p.scorers} >= {"model", "toxicity"}
        d = build_pipeline(RulesConfig(), groups=("toxicity",)).score(CommentInput(content="They are vermin"))
        assert d.toxicity_score is not None and 0 <= d.toxicity_score <= 1
    finally:
        pipeline._toxicity_scorer.cache_clear()


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "toxic").exists(), reason="shared data folder absent")
def test_a_hold_says_which_scorers_held_it_abuse_spam_or_both():
    pipeline = build_pipeline(RulesConfig())
    hateful = "Muslims are savages who should all be sent back, every single one of them."
    links = "Two sources: https://a.example/report and https://b.example/data, both worth reading."
    assert pipeline.score(CommentInput(content=hateful)).held_for == ("toxicity",)
    assert pipeline.score(CommentInput(content=links)).held_for == ("spam",)
    assert pipeline.score(CommentInput(content=links + " " + hateful)).held_for == ("spam", "toxicity")
    assert pipeline.score(CommentInput(content="Thanks for the balanced report.")).held_for == ()


def test_abuse_is_the_first_reason_of_a_hold_even_where_the_site_holds_every_comment_and_it_has_links():
    pipeline = build_pipeline(RulesConfig(hold_all=True))
    d = pipeline.score(CommentInput(
        content="I know where you live, and you will regret this. https://a.example/x https://b.example/y"))
    codes = [r.code for r in d.reasons]
    assert d.verdict.value == "hold" and d.held_for == ("spam", "toxicity", "site")
    assert codes[0] == "threat"  # what the moderators' mail names
    assert codes.index("too_many_links") < codes.index("manual_approval")


def test_the_shipped_encoder_reads_meaning_that_words_alone_miss():
    m = load_model()
    if m.encoder() is None:
        pytest.skip("onnxruntime or the encoder files absent")
    a = m.encoder().embed("This is a test sentence.")
    b = m.encoder().embed("This is an example sentence.")
    c = m.encoder().embed("The stock market fell sharply on Monday.")
    assert float(a @ b) > float(a @ c) + 0.2
    pooled = m.encoder().pooled("This is a test sentence.", m.pooling, m.max_tokens, m.head_tokens)
    assert pooled.shape == (384 * len(m.pooling),) and len(m.head["weights"]) == pooled.shape[0]
    if ("mean", 6) in m.pooling:  # the same states the plain embedding pools
        i = m.pooling.index(("mean", 6))
        assert float(pooled[384 * i : 384 * (i + 1)] @ a) > 0.999


def test_the_shipped_model_reads_meaning_into_its_probability_and_explains_it_in_words():
    m = load_model()
    if m.encoder() is None:
        pytest.skip("onnxruntime or the encoder files absent")
    abusive = "Deport all of these animals, they are vermin and savages"
    fine = "Thanks for the report, the council meeting is on Tuesday evening"
    assert m.probability(abusive) > 0.5 > m.probability(fine)
    [finding, *_] = m.score(CommentInput(content=abusive))
    assert '"savages"' in finding.reason.message and "towards abuse" in finding.reason.message
    assert m.version in finding.reason.message
    assert not m.version.endswith("-lexical")


def test_a_slur_or_a_call_to_violence_holds_a_comment_whatever_the_model_says():
    from commentguard.scoring.base import CommentInput, Effect
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    for text in (
        "They should be shot, all of them.",
        "Democrats are vermin and should be WIPED off the face of the earth.",
        "Every one of them deserve to die.",
    ):
        findings = scorer.score(CommentInput(content=text))
        assert any(f.effect is Effect.HOLD and f.reason.code == "toxic_term" for f in findings), text


def test_a_comment_a_rule_holds_for_abuse_scores_at_least_the_floor_whatever_the_model_read():
    findings = _model().score(CommentInput(content="I know where you live."))
    [model] = [f for f in findings if f.reason.code == "toxicity"]
    assert model.scores["toxicity"] < 0.5
    decision = Policy().decide(findings)
    assert decision.verdict.value == "hold" and decision.toxicity_score == HELD_TOXICITY


def test_a_model_score_above_the_floor_is_kept_where_a_rule_also_holds():
    decision = Policy().decide(_model().score(CommentInput(content="These thugs are disgusting vermin, go back to where you came from")))
    assert decision.verdict.value == "hold" and decision.toxicity_score > 0.9


def test_a_site_threshold_above_the_floor_still_lets_a_rule_hold_the_comment():
    findings = _model(site_terms=parse_terms("escoria")).score(CommentInput(content="Son escoria"))
    decision = Policy(Thresholds(toxicity_hold=0.95)).decide(findings)
    assert decision.verdict.value == "hold" and decision.toxicity_score == HELD_TOXICITY


def test_several_listed_abusive_words_together_hold_but_one_innocent_use_does_not():
    from commentguard.scoring.base import CommentInput, Effect
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    abusive = scorer.score(CommentInput(content="You people are vermin and animals, go back to your shithole"))
    assert any(f.effect is Effect.HOLD and f.reason.code == "abusive_terms" for f in abusive)
    fair = scorer.score(CommentInput(content="The animals at the county fair were well looked after this year."))
    assert not any(f.effect is Effect.HOLD for f in fair)


@pytest.mark.parametrize(
    "text",
    [
        "Democrats are vermin.",
        "I hate democrats, every one of them is a parasite",
        "Send them back, they're animals.",
        "These people are nothing but filthy savages",
        "Illegals are a bunch of animals",
        "Those liberals are the real parasites",
    ],
)
def test_calling_a_group_of_people_vermin_or_animals_holds_the_comment_and_quotes_the_words(text):
    from commentguard.scoring.toxicity import load_scorer

    findings = load_scorer({"TOXICITY_ENCODER": "false"}).score(CommentInput(content=text))
    held = [f for f in findings if f.effect is Effect.HOLD and f.reason.code == "dehumanising"]
    assert held, text
    assert "dehumanises" in held[0].reason.message and '("' in held[0].reason.message


@pytest.mark.parametrize(
    "text",
    [
        "Rats are vermin.",
        "Ticks are parasites that carry disease.",
        "They are worried about rats in the subway.",
        "Refugees are not animals, they are people.",
        "Refugees are treated like animals in those camps.",
        "We are all animals in the end.",
        "The kids are feeding the animals at the zoo.",
        "No one is vermin.",
        "There are only animals in this video.",
        "The mosquitoes this year are pests",
        "Alligators are wild animals, stay away from the water.",
    ],
)
def test_the_same_words_said_of_creatures_denied_or_pitied_do_not_count_as_dehumanising(text):
    from commentguard.scoring.toxicity import dehumanising
    from commentguard.text.normalize import normalize, tokenize

    assert dehumanising(tokenize(normalize(text).text)) is None


def test_a_comment_in_another_language_keeps_its_score_but_the_score_holds_nothing():
    # The model learnt English comments; its words "thugs" and "disgusting" score here, in a Spanish sentence.
    spanish = "Los thugs son disgusting, pero gracias por el artículo y por la información para todos"
    findings = _model().score(CommentInput(content=spanish))
    [model] = [f for f in findings if f.reason.code == "toxicity"]
    assert model.scores["toxicity"] >= 0.5 and model.ceiling is Effect.NOTE
    assert "reads English and this is Spanish" in model.reason.message
    decision = Policy(Thresholds(toxicity_hold=0.5)).decide(findings)
    assert decision.verdict.value == "approve" and decision.toxicity_score >= 0.5


def test_the_rules_and_lists_still_hold_a_comment_in_another_language():
    m = _model(site_terms=parse_terms("escoria"))
    findings = m.score(CommentInput(content="Esos son escoria, no son bienvenidos aquí, que se vayan todos"))
    assert Policy().decide(findings).verdict.value == "hold"


@pytest.mark.parametrize("text", ["Aynen öyle.", "Kesinlikle katılıyorum.", "¡Muy buen artículo! Gracias.",
                                  "Schöne Fotos!", "Harika bir haber 👏👏 Devamını bekliyoruz."])
def test_a_thank_you_too_short_to_name_its_language_but_not_english_keeps_its_score_and_holds_nothing(text):
    findings = _model().score(CommentInput(content=text))
    [model] = [f for f in findings if f.reason.code == "toxicity"]
    assert model.ceiling is Effect.NOTE and "too short to tell, with words English does not write" in model.reason.message
    assert Policy(Thresholds(toxicity_hold=0.0)).decide(findings).verdict.value == "approve"


def test_an_english_comment_or_one_too_short_to_tell_is_held_by_its_score():
    for text in ("These thugs are disgusting", "thugs", "Muslims scum", "You filthy café owners"):
        [model] = [f for f in _model().score(CommentInput(content=text)) if f.reason.code == "toxicity"]
        assert model.ceiling is None, text


def test_a_hate_code_made_of_numbers_or_brackets_holds_through_the_scorer():
    # The tokens lose numbers and brackets: the scorer reads these codes from the raw text.
    for text, code in (("13/50. Do the math.", "13/50"), ("Of course (((they))) own the media.", "(((echo)))")):
        findings = _model().score(CommentInput(content=text))
        held = [f for f in findings if f.reason.code == "coded_hate"]
        assert held and f'"{code}"' in held[0].reason.message, text
        assert _model().holds(text) and Policy().decide(findings).verdict.value == "hold"


def test_a_slurs_plural_on_the_shipped_hold_list_holds_as_the_slur_does():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    findings = scorer.score(CommentInput(content="Send the wetbacks back across the river."))
    assert any(f.reason.code == "toxic_term" and '"wetbacks"' in f.reason.message for f in findings)
    assert Policy().decide(findings).verdict.value == "hold"


def test_a_slur_in_leet_holds_as_the_slur_does():
    from commentguard.scoring.toxicity import load_scorer

    findings = load_scorer({"TOXICITY_ENCODER": "false"}).score(CommentInput(content="Textbook j1gab00 behavior."))
    assert any(f.reason.code == "toxic_term" and '"jigaboo"' in f.reason.message for f in findings)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Du bist ein dummer Hurensohn, halt einfach die Fresse.", "hurensohn"),
        ("Eres un maricón", "maricon"),
        ("Eres un hijo de puta", "hijo de puta"),
        ("Eres un imbécil, ojalá te mueras pronto.", "ojala te mueras"),
        ("Ferme ta gueule, sale connard.", "ferme ta gueule"),
        ("Tu es un fils de pute", "fils de pute"),
        ("Sale arabe, rentre chez toi", "sale arabe"),
        ("Vaffanculo stronzo", "vaffanculo"),
        ("Ты тупая тварь, автор. Таких как ты надо гнать из города палками.", "тупая тварь"),
        ("Sei un idiota totale, pezzo di merda.", "pezzo di merda"),
        ("Espèce de connard, personne ne veut de toi ici.", "espece de connard"),
        ("Retourne dans ton pays, personne ne veut de toi ici.", "retourne dans ton pays"),
        ("Você é um arrombado", "arrombado"),
        ("Wat een kankerlijer ben jij, hou je bek.", "kankerlijer"),
        ("Krijg de tering, klootzak.", "krijg de tering"),
        ("Ga terug naar je eigen land als het je hier niet bevalt.", "ga terug naar je eigen land"),
        ("Eres un pendejo de mierda, ojalá te atropelle un camión", "pendejo"),
        # slurs of British, Irish and Australian English, anti-Muslim and homophobic ones
        ("Filthy pikeys, leave rubbish everywhere and move on.", "pikeys"),
        ("Half the doctors there are Pakis who bought their degrees.", "pakis"),
        ("Abos should be grateful for the roads we built.", "abos"),
        ("Course we lost, half the squad are Polacks.", "polacks"),
        ("Towelheads out of our town.", "towelheads"),
        ("Nobody asked you, sheep shagger.", "sheep shagger"),
        ("Scum like that should be strung up.", "should be strung up"),
        ("The union rep is a limp-wristed fairy, no wonder the guys voted no.", "limp wristed"),
        ("Council wants to pack in more pajeets twenty to a basement suite.", "pajeets"),
        ("Abbos get everything handed to them.", "abbos"),
        ("Runs like a proper spacker.", "spacker"),
        ("Juneteenth? Chimpout festival more like.", "chimpout"),
        ("Nail salon crew taking a day off lol. ching chong ding dong", "ching chong"),
        ("Keling kia cannot drive one, every accident also them.", "keling kia"),
        # Tagalog, aimed at someone
        ("Sana mamatay ka na sa kulungan", "mamatay ka"),
        ("Tangina mo, ikaw siguro ang supplier", "tangina mo"),
        ("Mga bobotante, nabibili ng 500", "bobotante"),
        ("Mga tanga, tapos iiyak sa gobyerno", "mga tanga"),
        # Swahili and Sheng, aimed at someone
        ("Kichwa yako ni ya kuvaa kofia tu, mjinga wewe.", "mjinga wewe"),
        ("Nyamaza wewe malaya, hakuna mtu anakuhitaji hapa.", "wewe malaya"),
        ("Watu wa mlima ni kama mende, wanaingia kila mahali.", "ni kama mende"),
        # calls to exterminate or kill people, insults and "go back" in the languages of a European site's readers
        ("Los inmigrantes son una plaga, hay que exterminarlos.", "exterminarlos"),
        ("Ces gens-là sont des cafards, il faut les exterminer.", "il faut les exterminer"),
        ("Bu göçmenler hamam böceği gibi, hepsini öldürmek lazım.", "hepsini oldurmek lazım"),
        ("هؤلاء الناس حشرات ويجب قتلهم جميعاً.", "ويجب قتلهم"),
        ("أعرف أين تسكن، انتبه لنفسك.", "اعرف اين تسكن"),
        ("Du bist so ein dummes Arschloch.", "arschloch"),
        ("Vuelve a tu país, moro de mierda.", "moro de mierda"),
        ("Sen tam bir geri zekalısın.", "geri zekalısın"),
        ("Defol git ülkene.", "defol git ulkene"),
        ("ارجع لبلدك يا حقير.", "ارجع لبلدك"),
        # South Africa's xenophobic slur
        ("Makwerekwere must voetsek back to Zim.", "makwerekwere"),
    ],
)
def test_severe_abuse_in_another_language_or_a_regional_slur_holds_from_the_shipped_list(text, term):
    assert held_by_the_list(text, term)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("@Mike bless your heart, you must've been dropped on your head as a baby. Twice.", "dropped on your head as a baby"),
        ("Maybe your mother drop you on your head when small, explain a lot.", "drop you on your head"),
        ("Do the gene pool a favour and stay off the roads.", "do the gene pool a favour"),
    ],
)
def test_an_old_insult_idiom_aimed_at_the_reader_holds_from_the_shipped_list(text, term):
    assert held_by_the_list(text, term)


def held_by_the_list(text: str, term: str) -> bool:
    """Whether the shipped hold list holds ``text`` for ``term``."""
    from commentguard.scoring.toxicity import load_scorer

    held = [f for f in load_scorer({"TOXICITY_ENCODER": "false"}).holds(text) if f.reason.code == "toxic_term"]
    return bool(held) and f'"{term}"' in held[0].reason.message


@pytest.mark.parametrize(
    "text",
    [
        "Das Essen war de puta madre",  # praise in Spain: "puta" alone is not listed
        "Il negro era bellissimo",  # the colour
        "Halt die Tür auf, bitte",
        "La salle arabe du musée est magnifique",
        "Went on a right bender after the grand final.",
        "My Abo for the paper runs out next month.",  # German: a subscription
        "Abbo kicked four goals on Saturday.",  # a nickname for an Abbott
        "Her blood group is in the ABO system, type O.",
        "Loved The Wog Boy as a kid, still quote it.",
        "Poof, and the money was gone.",
        "Putangina, ang init ngayon",  # an exclamation at the heat, aimed at no one
        "Imagine a 5kg drone dropped on your head.",
        "Visited the Kapitan Keling Mosque in Penang, beautiful.",
        "I was dropped on my head as a baby, explains a lot lol",
        "Proud bakla ako, happy Pride sa lahat",  # a self-name
        "Mjinga alikamatwa na polisi jana",  # "a fool was arrested": said of no one here
        "The guys who said 'madoadoa' at that 2022 rally are still walking free",  # named to condemn it
        "Hay que exterminar las cucarachas de la cocina.",  # pests: the call is listed only said of "them"
        "Los mosquitos son una plaga este verano.",
        "Des cafards partout dans le métro, la RATP doit agir.",
        "Die Ratten im Hinterhof sind eine Plage, die Stadt muss handeln.",
    ],
)
def test_words_that_are_abusive_only_in_some_uses_are_not_on_the_list(text):
    from commentguard.scoring.toxicity import load_scorer

    assert not load_scorer({"TOXICITY_ENCODER": "false"}).holds(text)


def test_where_a_rule_holds_a_comment_for_abuse_the_models_reason_says_the_comment_scores_the_holds_figure():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    held = scorer.score(CommentInput(content="shut up you stupid idiot"))
    note = next(f for f in held if f.reason.code == "toxicity")
    assert note.scores["toxicity"] < HELD_TOXICITY  # the model alone: a personal insult is not the data's hate
    assert f"so the comment scores {HELD_TOXICITY:g}" in note.reason.message
    assert Policy().decide(held).toxicity_score == HELD_TOXICITY
    calm = scorer.score(CommentInput(content="The council should publish the dredging report before the vote."))
    assert "so the comment scores" not in calm[0].reason.message

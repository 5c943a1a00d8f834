import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from commentguard.scoring.base import CommentInput, Effect
from commentguard.scoring.spam_model import (
    CHAR_MIN_WORD,
    CHAR_NGRAMS,
    FORMAT,
    MODEL_PATH,
    SpamModel,
    char_grams,
    featurize,
    load_model,
    load_scorer,
    local_numbers,
    score_texts,
    scoring_text,
)

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def _tiny_doc(**over) -> dict:
    """A hand-written model: spam phrases weigh positive, friendly words negative."""
    doc = {
        "format": FORMAT,
        "version": "spam-test-1",
        "scale": 0.01,
        "bias": -1.0,
        "calibration": [1.0, 0.0],
        "char_min_word": CHAR_MIN_WORD,
        "char_ngrams": list(CHAR_NGRAMS),
        "intents": "signals",
        "words": {
            "check out": 400,
            "my channel": 400,
            "check": 100,
            "subscribe": 300,
            "love": -300,
            "song": -200,
        },
        "chars": {" sub": 50, "scri": 50, "ove ": -50},
        "signals": {"has_url": 200, "has_shortener": 300, "intent:asks_for_subscribers": 150},
        "meta": {},
    }
    doc.update(over)
    return doc


def _dot(doc: dict, text: str) -> float:
    groups = {"w": doc["words"], "c": doc["chars"], "s": doc["signals"]}
    z = doc["bias"]
    for key, value in featurize(text).items():
        z += groups[key[0]].get(key[2:], 0) * doc["scale"] * value
    return z


def test_raw_score_equals_the_dot_product_training_sees():
    model = SpamModel(_tiny_doc())
    for text in (
        "Check out my channel and subscribe!",
        "I love this song",
        "bit.ly/x subscribe subscribe",
        "",
    ):
        assert model.raw_score(text) == pytest.approx(_dot(_tiny_doc(), text), abs=1e-9)


def test_an_intent_weighs_the_same_in_a_short_and_a_long_comment():
    doc = _tiny_doc(words={}, chars={}, signals={"intent:asks_for_subscribers": 150})
    model = SpamModel(doc)
    short, long = "subscribe", "subscribe " + "and then some more ordinary words " * 20
    assert model.raw_score(short) - doc["bias"] == pytest.approx(150 * doc["scale"])
    assert model.raw_score(long) - doc["bias"] == pytest.approx(150 * doc["scale"])


def test_an_older_model_file_still_weighs_intents_among_the_word_grams():
    doc = _tiny_doc(words={"_asks_for_subscribers_": 150}, chars={}, signals={})
    del doc["intents"]
    model = SpamModel(doc)
    # "subscribe" and the intent: two word grams, each scaled by 1/sqrt(2)
    assert model.raw_score("subscribe") - doc["bias"] == pytest.approx(150 * doc["scale"] / math.sqrt(2))


def test_the_reasons_come_with_the_models_own_probability():
    # explain() computes the dot product a second, faster way; it must agree with raw_score.
    model = SpamModel(_tiny_doc())
    for text in ("Check out my channel and subscribe!", "I love this song", "bit.ly/x subscribe", "please sub", ""):
        assert model.explain(text)[0] == pytest.approx(model.probability(text), abs=1e-12)


def test_probability_applies_the_calibration():
    plain = SpamModel(_tiny_doc())
    calibrated = SpamModel(_tiny_doc(calibration=[0.5, -0.25]))
    z = plain.raw_score("check out my channel")
    assert calibrated.probability("check out my channel") == pytest.approx(1 / (1 + math.exp(-(0.5 * z - 0.25))))


def test_model_returns_one_note_finding_with_the_spam_probability():
    model = SpamModel(_tiny_doc())
    findings = model.score(CommentInput("Check out my channel, subscribe!"))
    assert len(findings) == 1
    f = findings[0]
    assert f.scorer == "model" and f.effect is Effect.NOTE and f.reason.code == "model"
    assert 0.5 < f.scores["spam"] <= 1.0
    assert f.reason.message.startswith(f"spam probability {f.scores['spam']:.2f}")
    assert f.reason.message.endswith("model spam-test-1")


def test_model_reason_names_the_strongest_spam_phrase():
    model = SpamModel(_tiny_doc())
    message = model.score(CommentInput("hey everyone check out my channel"))[0].reason.message
    assert '"check out my channel"' in message
    assert "towards spam" in message


def test_model_reason_names_the_phrase_that_makes_a_comment_genuine():
    model = SpamModel(_tiny_doc())
    finding = model.score(CommentInput("I love this song"))[0]
    assert finding.scores["spam"] < 0.5
    assert '"love' in finding.reason.message and "towards a genuine comment" in finding.reason.message


def test_model_reason_reads_placeholders_as_words():
    model = SpamModel(_tiny_doc(words={"_shortener_": 900}))
    message = model.score(CommentInput("look at bit.ly/abc"))[0].reason.message
    assert "[shortened link]" in message or "a shortened link" in message
    assert "_shortener_" not in message


def test_the_author_s_name_is_scored_with_the_content_and_the_website_is_not():
    assert scoring_text("nice", "Bob") == "nice\n. Bob" and scoring_text("nice") == "nice"
    model = SpamModel(_tiny_doc())
    plain = model.score(CommentInput("nice", author_name="Bob"))[0].scores["spam"]
    assert model.score(CommentInput("nice", author_name="Bob", author_url="http://cheap.com"))[0].scores["spam"] == plain


def test_repeating_a_spam_word_does_not_grow_the_score_without_limit():
    model = SpamModel(_tiny_doc())
    once = model.probability("subscribe")
    many = model.probability(" ".join(["subscribe"] * 500))
    assert many <= once + 0.01


def test_char_ngrams_are_padded_like_char_wb():
    assert char_grams("ab", 2, 3) == [" a", "ab", "b ", " ab", "ab "]


def test_a_file_of_another_format_is_refused():
    with pytest.raises(ValueError):
        SpamModel(_tiny_doc(format="something-else/9"))


def test_score_texts_returns_one_probability_per_text(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps(_tiny_doc()))
    probs = score_texts(["check out my channel", "love this song"], path)
    assert len(probs) == 2 and probs[0] > 0.5 > probs[1]


def test_shipped_model_is_small_and_carries_its_version():
    # Load time is measured by bench/bench_model.py, not asserted here: a timed test flakes on busy CI.
    assert MODEL_PATH.stat().st_size < 2_000_000
    assert load_model().version.startswith("spam-")


def test_shipped_model_tells_obvious_spam_from_an_ordinary_comment():
    scorer = load_scorer()
    assert scorer.name == "model"
    spam = scorer.score(CommentInput("Check out my channel and subscribe!! free gift cards at bit.ly/xyz"))[0]
    ham = scorer.score(CommentInput("This song brings back so many memories of summer, love it"))[0]
    assert spam.scores["spam"] >= 0.9
    assert ham.scores["spam"] < 0.5
    assert scorer.version in spam.reason.message


def test_the_authors_name_counts_but_is_never_quoted_as_what_pushed_the_verdict():
    scorer = load_scorer()
    text = "Great reporting on the council vote, thank you."
    [named] = scorer.score(CommentInput(text, author_name="Amanda Woman"))
    [plain] = scorer.score(CommentInput(text))
    assert named.scores != plain.scores  # the name is read with the text
    quoted = re.findall(r'"([^"]+)"', named.reason.message)
    assert quoted and not any(word in phrase for phrase in quoted for word in ("amanda", "woman"))


def test_shipped_model_scores_a_long_comment_the_same_when_its_words_are_cached():
    # Speed is bench/bench_model.py's job; here the per-word cache must not change the verdict.
    scorer = load_scorer()
    text = ("I really enjoyed this article about the election and the new budget plans. " * 30)[:2000]
    first = scorer.score(CommentInput(text))[0]
    again = scorer.score(CommentInput(text))[0]
    assert first.scores == again.scores and first.reason.message == again.reason.message
    assert first.scores["spam"] < 0.5


def test_scorer_module_imports_without_numpy():
    code = (
        "import sys; sys.modules['numpy'] = None; sys.modules['sklearn'] = None\n"
        "from commentguard.scoring.spam_model import load_scorer\n"
        "from commentguard.scoring.base import CommentInput\n"
        "print(load_scorer().score(CommentInput('hello'))[0].scores['spam'])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 0.0 <= float(out.stdout) <= 1.0


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "youtube").is_dir(), reason="shared/data not present")
def test_training_on_the_shared_data_writes_a_loadable_versioned_model(tmp_path):
    from commentguard_dev.training import train

    out = tmp_path / "spam.json"
    info = train(DATA, out, extra_examples=[{"text": "visit my crypto bot page", "label": "spam"}])
    model = load_model(out)
    assert model.version == info["version"] and info["feedback_examples"] == 1
    assert model.probability("subscribe to my channel for free iphones") > 0.9
    assert model.probability("the chorus at 2:10 gives me chills") < 0.5


# Hand-written sanity examples of ordinary news-site comments (not training data): long, well-formed
# sentences about politics and local news, with numbers, dates, percentages and amounts.
NEWS_HAM = [
    "It would be good to follow up on how the new recycling scheme works out over the winter months.",
    "The council approved the budget by 7 votes to 4 on Tuesday, which surprised nobody here. (37)",
    "Turnout was 62% in 2019, so a drop to 48% is a real worry for the local party.",
    "I have lived on Mill Street for 23 years and the traffic has never been this bad.",
    "The article says the project will cost $4.5 million, which seems low given the last overrun.",
    "Good reporting. The mayor should answer these questions before the vote on March 14.",
    "Inflation at 3.2% is still above target, but wages rose 4.1% over the same period.",
    "My grandmother worked at that hospital for 30 years; closing the maternity ward is a mistake.",
    "Does anyone know whether the new bus timetable starts on 1 September or 1 October?",
    "The school board meeting is at 7 pm in the library, and everyone affected should attend.",
    "Property taxes went up 12% last year while services were cut. Where is the money going?",
    "The senator voted against the bill twice in 2021, so this change of heart is hard to believe.",
    "Unemployment in the county fell to 4.8% in June, the lowest figure since 2008.",
    "I watched the debate last night and neither candidate gave a straight answer on housing.",
    "The bridge was built in 1964 and was only designed to carry half of today's traffic.",
    "Thank you for covering the flood damage on Riverside Road; 15 homes are still without power.",
    "The new police chief starts on January 3rd, and I hope she takes the complaints seriously.",
    "A 2.5% pay rise for nurses is an insult when rents in this city rose by 9% in a single year.",
    "Over 300 people signed the petition, yet the planning committee did not even discuss it.",
    "The referendum result was 52 to 48, and people are still arguing about it 8 years later.",
]


def test_shipped_model_scores_ordinary_news_comments_low():
    scorer = load_scorer()
    probs = {text: scorer.probability(text) for text in NEWS_HAM}
    high = {t: round(p, 3) for t, p in probs.items() if p >= 0.3}
    assert not high, high


def test_a_number_alone_is_no_evidence_either_way():
    scorer = load_scorer()
    for text in NEWS_HAM[:6]:
        base = scorer.probability(text)
        for suffix in (" (37)", " 2019", " 85%", " 12 34"):
            assert abs(scorer.probability(text + suffix) - base) < 0.02, (text, suffix)


def test_ordinary_news_comment_reason_names_no_link():
    scorer = load_scorer()
    message = scorer.score(CommentInput("So, no source on your claim. Ok then."))[0].reason.message
    assert "link" not in message


def test_the_same_comment_gets_the_same_reasons_in_every_process():
    # Python's string hashing changes per process; phrase ties must not follow it.
    code = (
        "from commentguard.scoring.spam_model import load_model\n"
        "m = load_model()\n"
        "for t in ['This is a good tutorial. Meanwhile you can visit Showbox,com for the best entertainment app.',\n"
        "          'Thnq Adrian for U text. Rgds Vatian']:\n"
        "    print(m.explain(t))\n"
    )
    outs = {
        subprocess.run(
            [sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outs) == 1


@pytest.mark.parametrize(
    "text",
    [
        "like this if you agree",
        "ok. like it if so",
        "please like my comment",
        "thumbs up if you are here in 2015",
        "xlike if",
        "and like, if you want",
        "give it a thumb",
        "like _num_ like",
        "just thumbsup if you agree",
        "so like it comment",
        "i like this song if only it were longer",
        "to like it please",
    ],
)
def test_the_fast_like_request_test_agrees_with_the_written_pattern(text):
    from commentguard.scoring.spam_model import _INTENTS, _asks_for_likes

    assert _asks_for_likes(text) == bool(re.search(_INTENTS["asks_for_likes"], text))


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("i am so awesome and smart!! sucscribe to me!", "asks_for_subscribers"),
        ("i made a gaming channel (unique right?)", "promotes_own_content"),
        ("everyone check my newest sound", "promotes_own_content"),
        ("if you could check 'em out!", "sends_readers_elsewhere"),
        ('search "chubbz dinero - ready or not" thanks', "sends_readers_elsewhere"),
        ("you can find and buy here _url_ audiojungle", "sells_something"),
        ("my friends wife earns _money_ a month", "money_offer"),
        ("watch this video plz share to vote", "begs_for_action"),
        ("share this video, this song can beat gangnam style", "begs_for_action"),
        ("how many thumbs up for louis saving the day", "asks_for_likes"),
        ("follow me on instagram bigboss286", "asks_to_follow"),
        ("my insta is in my bio", "asks_to_follow"),
        ("twitter @mscalifornia95", "asks_to_follow"),
        ("hot pics insta @lara99 and snap: @lara99", "asks_to_follow"),
        ("floor seats below face value!! dm me on ig @kaya_tix_resale", "asks_to_follow"),
        ("subscribe to me and i'll subscribe back", "asks_for_subscribers"),
    ],
)
def test_spam_intents_are_read_however_the_request_is_worded(text, intent):
    from commentguard.scoring.spam_model import intents

    assert f"_{intent}_" in intents(text)


@pytest.mark.parametrize(
    "text",
    [
        "came here to check the views, goodbye",
        "just came to check the view count",
        "i would not buy it now",
        "the subscription costs too much",
        "i described the criminal case",
        "i share this view with the senator",
        "i paid _money_ in taxes last year",
        "the comments on his instagram are full of slurs and insta did nothing",  # the platform named
        "oh snap @dave_r you got me there",  # the word, then a reply
        "twitter @elonmusk is a mess these days",  # an account the sentence goes on about
        "great reporting dana, this is why i subscribe",  # the reader's own subscription
        "we subscribe to the sunday edition",
        "i'm retired, i can't just go make more damn money.",  # an ask denied
        "please let's not share the boy's name",
        "please don't share this, it's private",
    ],
)
def test_ordinary_words_near_an_intent_show_no_intent(text):
    from commentguard.scoring.spam_model import intents

    assert intents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "please check out my channel and subscribe, buy it here _url_ follow me",
        "economy of my own making: i see the seen seams, i'll watch them. please be kind",
        "share this video and follow @someone, go to the site, take a look at my blog",
        "it seems they see nothing; we listen to the people and the views",
        "start making money from home, like this comment if you agree. we started a new gaming channel",
        "how many thumbs up? give it a like. i win free iphone prizes",
    ],
)
@pytest.mark.parametrize("padding", [0, 40])
def test_intents_found_at_their_words_agree_with_the_written_patterns(text, padding):
    """Long texts try an anchored cue only where its words are; short ones search the whole text."""
    from commentguard.scoring.spam_model import _INTENTS, intents

    t = " ".join(["the senate passed the bill on tuesday after a long debate."] * padding + [text])
    expected = [f"_{name}_" for name, rx in _INTENTS.items() if re.search(rx, t)]
    assert intents(t) == expected


# Readers cite their evidence; the training data has almost no genuine comment with a link.
NEWS_CITATIONS = [
    "Here is the full report: https://www.cbo.gov/publication/59710",
    "The study they cite is here https://www.nature.com/articles/s41586-023-06000-0 and it says the opposite.",
    "Reuters has a better write-up: https://www.reuters.com/world/us/some-story-2026-11-30/",
    "Wikipedia has the history https://en.wikipedia.org/wiki/Filibuster",
    "I disagree. The numbers in the second paragraph are from 2019 and have been revised since. "
    "See the Fed's data: https://fred.stlouisfed.org/series/UNRATE",
]


def test_a_comment_citing_a_reference_source_reads_as_genuine():
    scorer = load_scorer(env={})
    high = {t: round(p, 3) for t in NEWS_CITATIONS if (p := scorer.probability(t)) >= 0.3}
    assert not high, high


def test_spam_that_also_cites_a_reference_source_is_still_spam():
    scorer = load_scorer(env={})
    text = ("Buy cheap viagra online no prescription, see https://en.wikipedia.org/wiki/Sildenafil "
            "and order at http://pills.example.ru")
    assert scorer.probability(text) >= 0.9


def test_a_link_to_a_source_the_site_adds_is_a_citation():
    text = "Die Leipziger Volkszeitung hat die Zahlen: https://www.lvz.de/leipzig/2026/12/zahlen-zum-haushalt"
    added = load_scorer(env={"REFERENCE_SOURCES": "lvz.de, stadt-leipzig.de"}).probability(text)
    assert added < 0.3 < load_scorer(env={}).probability(text)


def test_a_link_to_the_sites_own_articles_is_a_citation_once_the_site_names_its_domains():
    text = "The paper covered this last year: https://www.springfield-courier.com/news/2025/03/zoning-vote"
    unnamed = load_scorer(env={}).probability(text)
    named = load_scorer(env={"SITE_DOMAINS": "springfield-courier.com"}).probability(text)
    assert named < 0.3 < unnamed


def _verdict(finding):
    from commentguard.scoring.policy import Policy

    return Policy().decide([finding]).verdict.value


def test_a_comment_that_leads_nowhere_is_held_by_the_model_never_filed_as_spam():
    # Spam pays its sender only through a way to reach them; these are readers' words in phrases
    # the training data knows from YouTube spam.
    scorer = load_scorer(env={})
    for text in ("I'll check out the new library this weekend.",
                 "Check out the council minutes from last Tuesday, it's all in there."):
        finding = scorer.score(CommentInput(text))[0]
        assert finding.scores["spam"] >= 0.9 and finding.ceiling is Effect.HOLD, text
        assert _verdict(finding) == "hold" and "leads nowhere" in finding.reason.message


@pytest.mark.parametrize(
    "text",
    [
        "The senior center is hosting free tax prep through AARP every Tuesday in March. Call 555-318-9020 to book a slot.",
        "Parents: the district's free meal pickup is running during the strike. Call 773-555-0198 for the sites.",
    ],
)
def test_a_comment_whose_only_contact_is_a_local_phone_number_is_held_never_filed_as_spam(text):
    finding = load_scorer(env={}).score(CommentInput(text))[0]
    assert finding.scores["spam"] >= 0.8 and finding.ceiling is Effect.HOLD  # the model alone: spam from 0.9
    assert _verdict(finding) == "hold" and "its only contact is a local phone number" in finding.reason.message


@pytest.mark.parametrize(
    "text",
    [
        "Hiring now!! Remote data entry, $45/hr, no experience, paid daily. Text (929) 555-0177",  # an amount
        "QuickBooks Support Phone Number 1-800-555-0112 for QuickBooks errors",  # toll-free
        "Contact Mrs. Wright for investment, she changed my life +1 (706) 442-8891",  # a country code
        "WINNER!! You have won a prize. Call 09061701461 to claim",  # no North American number
    ],
)
def test_a_phone_number_still_leads_somewhere_beside_an_amount_or_when_toll_free_or_foreign(text):
    assert load_scorer(env={}).score(CommentInput(text))[0].ceiling is None


def test_local_numbers_are_counted_in_the_forms_readers_write_them():
    assert local_numbers("Call (608) 555-0192 or 608.555.0143, not 1-800-555-0112 or +1 415 555 0133") == 2
    assert local_numbers("Order 9876543210 or 050 123 4567") == 0  # ungrouped, or no area code


def test_a_reader_with_a_website_of_their_own_or_a_profile_is_read_on_their_words_alone():
    # No training comment has a website; read as a link in the text, it held every one of these.
    scorer = load_scorer(env={})
    text = ("Crime stats are great until your car gets broken into 3 times in a year and the cops tell you to file "
            "a report online.")
    alone = scorer.score(CommentInput(text, author_name="Greg K"))[0]
    for site in ("https://www.facebook.com/gregk", "https://www.linkedin.com/in/greg-k/",
                 "https://www.gregkphotography.com", "https://notesfromtheculdesac.blog"):
        finding = scorer.score(CommentInput(text, author_name="Greg K", author_url=site))[0]
        assert finding.scores == alone.scores and _verdict(finding) == "approve", site
    # Naming one's own shop or blog sends nobody there: held at most, never filed as spam.
    for comment in (
        CommentInput("I own a small landscaping company and the new leaf blower ban will cost me about $8k. A grant "
                     "or trade-in program would really help small guys like me.", author_url="https://carrillolawncare.com"),
        CommentInput("I wrote about the HOA fight on my blog last month and got more email about it than anything "
                     "I've posted in five years. The fee went from $180 to $410 a year with almost no notice.",
                     author_url="https://notesfromtheculdesac.blog"),
        CommentInput("The IBEW apprenticeship is taking applications through March. I came up that way and now run my "
                     "own shop with six electricians.", author_url="https://asante-electric.info"),
    ):
        assert _verdict(scorer.score(comment)[0]) in ("hold", "approve"), comment


def test_a_link_a_number_an_address_or_a_channel_of_their_own_lets_the_model_file_spam():
    scorer = load_scorer(env={})
    for comment in (
        CommentInput("Check out my channel and subscribe!! free gift cards at bit.ly/xyz"),
        CommentInput("Make money from home $5000 a week, call +1 555 123 4567"),
        CommentInput("hi guys check my youtube channel, subscribe to my channel"),
        CommentInput("my pics r on my profile, click my name if u wanna see more", author_url="http://hot-pics.example.ru"),
        CommentInput("Get paid $50 for every survey you complete. I made $1,200 last week! Details on my profile.",
                     author_url="http://paidsurvey-cash.example.top"),
    ):
        finding = scorer.score(comment)[0]
        assert finding.ceiling is None and "leads nowhere" not in finding.reason.message, comment
        assert _verdict(finding) in ("spam", "discard"), comment


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("why not make _money_ a day from home? visit my site", "_money_offer_"),
        ("please don't like this comment if you are watching in 2015", "_asks_for_likes_"),
        ("don't miss out! make _money_ a day from home", "_money_offer_"),
    ],
)
def test_a_pitch_as_a_question_and_reverse_psychology_are_still_asks(text, intent):
    from commentguard.scoring.spam_model import intents

    assert intent in intents(text)


def test_a_handle_signing_off_the_comment_is_an_ask_to_follow_though_the_authors_name_comes_after_it():
    from commentguard.scoring.spam_model import intents
    from commentguard.text.normalize import normalize

    text = scoring_text("Six Nations tickets below face value. DM for details on Insta @ticketsrugbyuk", "Tickets Rugby UK")
    assert "_asks_to_follow_" in intents(normalize(text).text)

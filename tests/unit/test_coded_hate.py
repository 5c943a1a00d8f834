"""Hate codes ("13/50", "(((them)))", "1488", "day of the rope", "goyim know"): held on sight with what
they mean, and only where they can be nothing else (a year, a vote, a sound, a children's book)."""

import pytest

from commentguard.scoring.coded_hate import MEANINGS, coded_hate, hate_code_in_text, reason
from commentguard.text.normalize import normalize, tokenize


def code_in(text: str) -> str | None:
    return coded_hate(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Time for the day of the rope.", "day of the rope"),
        ("Look at the surname of the banker. Every single time. Goyim know.", "goyim know"),
        ("Shut it down, the goyim know!", "goyim know"),
        ("The ZOG puppets in Washington won't tell you", "ZOG"),
        ("Zog controlled media as usual", "ZOG"),
        ("This is a Zionist Occupied Government", "ZOG"),
        ("RAHOWA is coming", "rahowa"),
        ("We must secure the existence of our people and a future for white children", "14 words"),
        ("Diversity is code for white genocide.", "white genocide"),
        ("Anti-racist is a code word for anti-white", "white genocide"),
        ("The great replacement is happening in your street.", "white genocide"),
        ("White genocide is real", "white genocide"),
    ],
)
def test_a_hate_phrase_is_found_as_its_code(text, code):
    assert code_in(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "Zog is my kids' favourite bedtime book",  # the dragon
        "King Zog of Albania fled in 1939",
        "The great replacement is a racist conspiracy theory",  # discussed, not claimed
        "Is the great replacement real? No.",
        "He said the day of the rope was coming, and he was jailed for it",  # reported
        "The day of the race was wet",
        "Rope access workers fixed the roof on the day",
        "The day of the rope bridge opening was glorious",
    ],
)
def test_a_book_a_king_a_discussion_or_a_report_is_no_hate_code(text):
    assert code_in(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Time for the day of the rope. 1488.", "1488"),
        ("Proud of my heritage.\n14/88", "1488"),
        ("#1488 #whitepride", "1488"),
        ("HH 88", "88"),
        ("13/50. Do the math.", "13/50"),
        ("Another stabbing. 13/52!", "13/50"),
        ("Funny that. 13/50 every time", "13/50"),
        ("They are 13% of the population but commit 50% of the murders.", "13/50"),
        ("Notice how it's always (((them))) behind these policies.", "(((echo)))"),
        ("(((Soros))) again, who'd have guessed", "(((echo)))"),
        ("Look who owns the papers: ((( the globalists )))", "(((echo)))"),
        ("ZOG runs this country", "ZOG"),
    ],
)
def test_a_number_bracket_or_capitals_code_is_found_in_the_raw_text(text, code):
    assert hate_code_in_text(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "In 1488 Dias rounded the Cape of Good Hope.",  # a year
        "1488, 1492 and 1497 were the years that changed the map",
        "Page 1488 of the council minutes",
        "The village had a population of 1488.",
        "Call 0114 881 2345 for tickets",
        "Your reference is 114882.",  # inside a longer number
        "The 13/50 vote on the bypass was closer than expected.",  # a vote
        "She scored 13/50 on the mock and 41/50 in the exam",
        "Prices went from 13/50 to 14/50",
        "Final score 14/88",
        "13% of the budget goes to half of the schools",  # no crime
        "13% of respondents named crime as their main worry and 51% named potholes",  # a survey, no claim
        "He drove at 88 mph",
        "Turn it up! (((surround sound)))",  # a sound
        "Sending (((hugs))) to the family",
        "My kids love ZOG THE DRAGON AND THE FLYING DOCTORS",  # a title shouted in capitals
        "He had \"1488\" tattooed on his arm, the court heard",  # news quoting the code
    ],
)
def test_years_votes_scores_sounds_and_hugs_are_no_hate_code(text):
    assert hate_code_in_text(text) is None


def test_every_code_has_a_meaning_the_reason_tells_the_moderator():
    assert reason("13/50") == f'uses a hate code ("13/50"): {MEANINGS["13/50"]}'
    assert {code_in("Goyim know."), hate_code_in_text("1488."), hate_code_in_text("(((them)))")} <= set(MEANINGS)


def test_the_toxicity_scorer_holds_a_hate_phrase_and_says_what_it_means():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Every single time. Goyim know.")] == [
        ("coded_hate", reason("goyim know"))
    ]
    assert not scorer.holds("In 1488 Dias rounded the Cape of Good Hope.")

"""Scots words read as English ones by the abuse rules."""

import pytest

from commentguard.text.dialect import standard
from commentguard.text.normalize import normalize, tokenize


def test_scots_words_are_read_as_the_english_words_the_rules_know():
    assert standard(tokenize(normalize("Naebody would miss ye, ye waste o skin").text)) == [
        "nobody", "would", "miss", "you", "you", "waste", "of", "skin"
    ]


def test_a_comment_without_scots_words_is_returned_as_it_is():
    tokens = tokenize(normalize("Nobody would miss the old bridge").text)
    assert standard(tokens) is tokens


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The health secretary's a waste o skin.", "insult"),
        ("Somebody should torch the whole clan's hooses and be done wi it. Naebody would miss them.", "harm_wish"),
    ],
)
def test_abuse_written_in_scots_is_held_by_the_rules_for_its_english(text, code):
    from commentguard.scoring.toxicity import load_scorer

    assert code in [f.reason.code for f in load_scorer({"TOXICITY_ENCODER": "false"}).holds(text)]

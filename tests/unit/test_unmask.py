"""Abusive words written to slip past a filter are read as the words meant, by the abuse rules only."""

import pytest

from commentguard.text.normalize import normalize, tokenize
from commentguard.text.unmask import Unmasker

VOCABULARY = {"fuck", "stupid", "idiot", "bitch", "asshole", "kill", "moron", "hell", "you"}


def unmasked(text: str) -> list[str]:
    norm = normalize(text).text
    return list(Unmasker(VOCABULARY).tokens(norm, tokenize(norm)))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("F*ck you", ["fuck", "you"]),
        ("f**k", ["fuck"]),
        ("You are a st*pid id1ot", ["you", "are", "a", "stupid", "idiot"]),
        ("b!tch!", ["bitch", "!"]),
        ("a$$hole", ["asshole"]),
        ("F.U.C.K you", ["fuck", "you"]),
        ("go k!ll yourself", ["go", "kill", "yourself"]),
        ("Y0U are an id10t", ["you", "are", "an", "idiot"]),
    ],
)
def test_masked_and_leet_spellings_of_known_words_are_read_as_the_words(text, tokens):
    assert unmasked(text) == tokens


@pytest.mark.parametrize(
    "text",
    [
        "Great article about the U.S. economy in the 2nd quarter",  # dots and digits of ordinary prose
        "e.g. see page 4",
        "h4x0r",  # no known word
        "***",
        "w*rd",  # no known word fits
    ],
)
def test_ordinary_abbreviations_numbers_and_unknown_words_stay_as_they_are(text):
    norm = normalize(text).text
    assert unmasked(text) == tokenize(norm)


def test_a_mask_that_fits_two_known_words_is_left_alone():
    norm = normalize("h*ll").text
    assert list(Unmasker({"hell", "hill"}).tokens(norm, tokenize(norm))) == ["h", "ll"]


def test_the_toxicity_rules_read_masked_insults_but_the_model_reads_the_text_as_written():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [f.reason.message for f in scorer.holds("You are a st*pid id1ot")] == [
        'insults the reader ("you are a stupid idiot")'
    ]
    assert [f.reason.code for f in scorer.holds("go k!ll yourself")] == ["violence"]
    assert scorer.lexical("f*ck off")[2] == []  # no list hit for the model: it was trained on the text as written


def test_a_mask_that_fits_a_swear_word_and_plain_words_is_read_as_the_swear_word():
    # "sh*t" fits "shit" and "shot", "wh*re" "whore" and "where": nobody masks "shot" or "where"
    vocabulary = {"shit", "shot", "whore", "where", "piece", "of"}
    for text, tokens in (("piece of sh*t", ["piece", "of", "shit"]), ("Typical wh*re.", ["typical", "whore"])):
        norm = normalize(text).text
        assert list(Unmasker(vocabulary).tokens(norm, tokenize(norm))) == tokens


def test_the_toxicity_rules_read_a_masked_name_and_a_masked_swear_word_in_an_insult():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [f.reason.message for f in scorer.holds("Typical wh*re.")] == ['insults someone ("typical whore")']
    assert [f.reason.message for f in scorer.holds("you f*cking idiot")] == ['insults the reader ("you fucking idiot")']
    assert not scorer.holds("I was sh*t at maths")

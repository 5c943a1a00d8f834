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


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Shut the f*** up", ["shut", "the", "fuck", "up"]),  # "f***" is "f**" once normalised: a swear, the shortest
        ("another n***er", ["another", "nigger"]),  # three marks squeezed to two: "n**er" fits no six-letter word as written
        ("b***h please", ["bitch", "please"]),
        ("f**k", ["fuck"]),  # two marks that were two still fit
    ],
)
def test_a_mask_the_normaliser_shortened_is_read_as_the_shortest_swear_word_it_fits(text, tokens):
    assert unmasked(text) == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("kick a** and take names", ["kick", "a", "and", "take", "names"]),  # "a**" fits no swear word
        ("s**t", ["s", "t"]),  # shit or slut: two swear words of one length
        ("the **bold** text", ["the", "bold", "text"]),
    ],
)
def test_a_long_mask_that_fits_no_single_swear_word_stays_as_it_is(text, tokens):
    assert unmasked(text) == tokens


def test_a_masked_slurs_plural_that_is_an_everyday_word_when_plain_is_read_as_the_slur_on_the_list():
    vocabulary = {"chink", "fag"}
    for text, tokens in (
        ("close the border to these ch*nks", ["close", "the", "border", "to", "these", "chink"]),
        ("f@gs", ["fag"]),
        ("chinks in the armour", ["chinks", "in", "the", "armour"]),  # plain: the armour's
    ):
        norm = normalize(text).text
        assert list(Unmasker(vocabulary).tokens(norm, tokenize(norm))) == tokens


@pytest.mark.parametrize(
    ("reported", "said"),
    [
        ("My grandfather was called a n****r by the mayor of this town in 1962", "Another n****r on the news"),
        ("The guy in the truck yelling 'f****ts go home' at the Pride picnic", "f****ts go home"),
        ("Somebody spray-painted 'k*kes out' on the synagogue fence again.", "k*kes out"),
        ("a kid on the bus called him a 'dirty sp*c'", "dirty sp*c"),
    ],
)
def test_a_masked_slur_that_the_comment_reports_someone_else_said_stays_masked(reported, said):
    slurs = {"nigger", "faggots", "kikes", "spic"}

    def read(text: str) -> set[str]:
        norm = normalize(text).text
        return set(Unmasker(slurs).tokens(norm, tokenize(norm)))

    assert not slurs & read(reported)
    assert slurs & read(said)  # the same mask, said by the writer


def test_a_masked_slur_the_writer_says_is_read_even_after_words_of_saying():
    vocabulary = {"chink", "spic", "wetbacks"}
    for text, slur in (("As I said before, these ch*nks ruin everything", "chink"), ("I'd call a sp*c a sp*c", "spic"),
                       ("Nothing says 'world-class city' like 400 w3tb@cks at the Hilton", "wetbacks")):
        norm = normalize(text).text
        assert slur in Unmasker(vocabulary).tokens(norm, tokenize(norm))


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("im gonna find u", ["i", "m", "gonna", "find", "you"]),
        ("beat ur face in", ["beat", "your", "face", "in"]),
        ("dont", ["don", "t"]),
        ("imma", ["i", "m", "gonna"]),
        ("k!ll urself", ["kill", "yourself"]),
        ("The U.S. economy", ["the", "u", "s", "economy"]),  # "U.S." is no "you"
    ],
)
def test_typed_shorthand_is_read_as_the_words_it_stands_for(text, tokens):
    assert unmasked(text) == tokens


def test_the_toxicity_lists_hold_a_masked_slur_and_its_masked_plural_but_not_one_reported_or_the_armour():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [f.reason.message for f in scorer.holds("Of course it was another n***er shooting up the east side.")] == [
        'uses "nigger", on the list of terms that hold a comment'
    ]
    assert [f.reason.message for f in scorer.holds("Close the border to these ch*nks, they brought the last virus")] == [
        'uses "chink", on the list of terms that hold a comment'
    ]
    assert not scorer.holds("There are chinks in the armour of the council's budget")
    assert not scorer.holds("My grandfather was called a n****r by the mayor of this town in 1962, on the courthouse steps.")
    assert [f.reason.message for f in scorer.holds("Shut the f*** up Kevin you inbred hick")] == [
        'insults the reader ("shut the fuck up")'
    ]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("f@ggotz", ["faggots"]),  # a "z" plural of a slur, masked
        ("niggaz", ["niggas"]),  # and plain
        ("sumbody shud do it", ["somebody", "should", "do", "it"]),  # misspellings that are no other word
    ],
)
def test_z_plurals_of_swear_words_and_slurs_and_misspellings_of_the_rules_words_are_read_as_the_words(text, tokens):
    norm = normalize(text).text
    assert list(Unmasker(VOCABULARY | {"faggots"}).tokens(norm, tokenize(norm))) == tokens


@pytest.mark.parametrize("text", ["pop quiz", "a blitz on the quarterback", "the jazz was great"])
def test_words_ending_in_z_that_are_no_plural_of_a_swear_word_stay_as_they_are(text):
    assert unmasked(text) == text.split()


def test_a_masked_slur_reported_to_the_writer_stays_masked():
    from commentguard.text.unmask import _reports

    for text in ("my son told me someone spray painted 'n****rs go home'", "a man called me a 'sp*c' at the fair",
                 "the fan who yelled 'go back to your country you sp*c' was banned"):
        assert _reports(text, text.index("sp*c") if "sp*c" in text else text.index("'")), text
    assert not _reports("as i said, n****rs", len("as i said, "))


def test_scots_words_are_read_as_the_english_words_the_rules_know():
    assert unmasked("Naebody would miss ye, ye waste o skin") == ["nobody", "would", "miss", "you", "you", "waste", "of", "skin"]


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

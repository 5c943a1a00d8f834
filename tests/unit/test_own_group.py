"""A writer who names their own group: read again without the group's name, whose score the data biased."""

import pytest

from commentguard.scoring.base import CommentInput
from commentguard.scoring.own_group import own_group, without_group
from commentguard.text.normalize import normalize, tokenize


def own(text: str):
    return own_group(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words", "groups"),
    [
        ("As a Somali mom in Cedar Heights, thank you for this story.", "as a somali", {"somali"}),
        ("I'm Muslim and my family has run the bakery on 5th for 20 years.", "i m muslim", {"muslim"}),
        ("I'm a proud first generation Mexican-American.", "i m a proud first generation mexican", {"mexican"}),
        ("As a Black Muslim woman, I loved the mural.", "as a black muslim", {"black", "muslim"}),
        ("Proud Jewish Riverbender here.", "proud jewish", {"jewish"}),
        ("We Hmong families have farmed here since 1980.", "we hmong", {"hmong"}),
        ("Speaking as a trans woman who grew up here: thank you.", "speaking as a trans", {"trans"}),
        ("Thanks, my fellow immigrants, for showing up.", "my fellow immigrants", {"immigrant"}),
        ("Eid Mubarak to all our Muslim neighbours.", "our muslim neighbours", {"muslim"}),  # people called theirs
        ("My Somali friends took me to the new restaurant.", "my somali friends", {"somali"}),
        ("Eid Mubarak to all our Muslim readers", "our muslim readers", {"muslim"}),  # a site's own people
        # the groups European readers name, and the people they live and work with
        ("Joined my Turkish colleagues for iftar last night.", "my turkish colleagues", {"turkish"}),
        ("My Kurdish flatmate tried to teach me the halay.", "my kurdish flatmate", {"kurdish"}),
        ("As a Moroccan-Dutch mum I loved this piece.", "as a moroccan", {"moroccan"}),
    ],
)
def test_a_writer_naming_their_own_group_is_found_with_the_group(text, words, groups):
    assert own(text) == (words, frozenset(groups))


@pytest.mark.parametrize(
    "text",
    [
        "She got the job just for being black.",  # said of someone else
        "My neighbors are Muslim and they are lovely.",
        "Our Muslim problem is getting worse.",  # no word for kin or neighbours
        "As a neighbor of the Somali community center, I say thanks.",
        "I'm not Muslim but I went to the iftar.",
        "As a white guy from the suburbs I never saw this.",  # a group whose self-naming stays read
        "We Christians should welcome them.",
        "Speaking as a woman, trans people are not my enemy.",  # a noun ends who the writer is
        "Thank you for the story.",
    ],
)
def test_a_group_named_of_others_or_not_at_all_is_not_the_writers_own(text):
    assert own(text) is None


def test_only_the_writers_own_group_is_read_as_local_whatever_its_form_or_case():
    text = "We Muslims and our MUSLIM neighbors welcome the Jews who came to the iftar."
    assert without_group(text, frozenset({"muslim"})) == "We locals and our local neighbors welcome the Jews who came to the iftar."


def test_the_shipped_model_reads_a_writers_own_group_as_local_and_says_so():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer()
    text = "As a Muslim, I'm glad the city finally did this."
    [model, *_] = scorer.score(CommentInput(content=text))
    assert model.scores["toxicity"] < 0.5 <= scorer.probability(text)
    assert 'with "as a muslim": the writer\'s own people' in model.reason.message


def test_another_group_the_writer_names_is_still_read():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer()
    said = "As a Somali mom, I think the Muslims are ruining this country."
    [model, *_] = scorer.score(CommentInput(content=said))
    assert model.scores["toxicity"] == pytest.approx(scorer.probability(without_group(said, frozenset({"somali"}))), abs=1e-4)
    assert model.scores["toxicity"] >= 0.5

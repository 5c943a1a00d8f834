"""Insults aimed at the reader: held for a moderator whatever the toxicity score says.

The Fox News labels mark hate against groups, so the model scores a personal attack on another
commenter near 0; the rule is what holds it.
"""

import pytest

from commentguard.scoring.attacks import insult, threat
from commentguard.scoring.base import CommentInput, Effect, Verdict
from commentguard.text.normalize import normalize, tokenize


def insult_in(text: str) -> str | None:
    return insult(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("You are a stupid idiot", "you are a stupid idiot"),
        ("Shut up, you retard!", "you retard"),
        ("You're a worthless piece of shit", "you re a worthless piece of shit"),
        ("What a joke, you libtard", "you libtard"),
        ("you idiots never learn", "you idiots"),
        ("You people are idiots", "you people are idiots"),
        ("You liberals are morons", "you liberals are morons"),
        ("You are so pathetic", "you are so pathetic"),
        ("You are a disgusting person", "you are a disgusting person"),
        ("you stupid people", "you stupid people"),
        ("You sound like an idiot", "you sound like an idiot"),
        ("You really are a dumbass", "you really are a dumbass"),
        ("you must be retarded", "you must be retarded"),
        ("Are you stupid?", "are you stupid"),
        ("You are nothing but a lowlife", "you are nothing but a lowlife"),
        ("you are a waste of space", "you are a waste of space"),
        ("u r an idiot", "u r an idiot"),
        ("ur a moron", "ur a moron"),
        ("your an idiot", "your an idiot"),  # "you're", as typed
        ("youre so stupid", "youre so stupid"),
        ("Fuck you and your family", "fuck you"),
        ("go fuck yourself", "fuck yourself"),
        ("Fuck off", "fuck off"),
        ("Just go to hell", "go to hell"),
        ("STFU you moron", "stfu"),
        ("kys", "kys"),
        ("Shut up you bitch!", "you bitch"),
        ("Y\u043eu are a m\u043eron", "you are a moron"),  # look-alike letters
    ],
)
def test_an_insult_aimed_at_the_reader_is_found_and_quoted(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "You are not an idiot",  # denied
        "You're no fool",
        "I don't think you're stupid",
        "Nobody said you are an idiot",
        "You are worried about idiots",  # the insult is not said of the reader
        "You are surrounded by morons",
        "I am an idiot for believing this",
        "Obama is an idiot",  # a public figure: political speech, left to the model
        "The author is a moron",
        "your stupid comment",  # the comment, not the reader
        "you'd be a fool to miss it",  # friendly
        "Do you like pizza?",
        "You are right",
        "Are you kidding me?",
        "This country will go to hell",  # a forecast, not an order
        "They will screw you over",
        "The banks screw you every time",
        "What the fuck you think is up",  # swearing, not at the reader
        "Thank you for the article",
        "They called you a hero",
        "you bitch about everything",  # a verb
        "Did you trash the place?",
    ],
)
def test_denials_insults_of_others_and_swearing_at_no_one_are_not_insults_of_the_reader(text):
    assert insult_in(text) is None


def test_the_toxicity_scorer_holds_an_insult_and_names_it_whatever_its_score():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    findings = scorer.score(CommentInput(content="Shut up, you retard!"))
    held = [f for f in findings if f.effect is Effect.HOLD and f.reason.code == "insult"]
    assert held and held[0].reason.message == 'insults the reader ("you retard")'
    assert [f.reason.code for f in scorer.holds("You are a stupid idiot")] == ["insult"]
    assert not [f for f in scorer.score(CommentInput(content="Obama is an idiot")) if f.reason.code == "insult"]


def test_the_pipeline_holds_a_personal_attack_for_a_moderator_and_never_files_it_as_spam():
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content="You're a worthless piece of shit"))
    assert decision.verdict is Verdict.HOLD
    assert "insult" in [r.code for r in decision.reasons]


def threat_in(text: str) -> str | None:
    return threat(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I know where you live", "i know where you live"),
        ("We know where you live.", "we know where you live"),
        ("You better watch your back", "better watch your back"),
        ("I'm coming for you", "i m coming for you"),
        ("I'll make you pay", "i ll make you pay"),
        ("I will hunt you down", "i will hunt you down"),
    ],
)
def test_a_threat_to_the_reader_is_found_and_quoted(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "They know where you live",  # a warning about someone else
        "Google knows where you live",
        "Winter is coming for you",
        "I don't know where you live",
        "You better watch out for scams",
    ],
)
def test_warnings_and_denials_are_not_threats(text):
    assert threat_in(text) is None


def test_the_toxicity_scorer_holds_a_threat_to_the_reader_and_names_it():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("I know where you live.")] == [
        ("threat", 'threatens the reader ("i know where you live")')
    ]

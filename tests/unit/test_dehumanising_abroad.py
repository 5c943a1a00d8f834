"""A group of people called vermin in German, French, Spanish, Italian, Portuguese, Dutch, Turkish and Arabic: held by a
rule, as in English, since the English model's score holds nothing in these languages."""

from __future__ import annotations

import pytest

from commentguard.scoring import dehumanising_abroad as rule
from commentguard.scoring.base import CommentInput
from commentguard.scoring.policy import Policy
from commentguard.text.normalize import normalize, tokenize


def called(text: str) -> str | None:
    return rule.dehumanising_abroad(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Muslime sind Parasiten.", "muslime sind parasiten"),
        ("Diese Ausländer sind doch alle Ungeziefer.", "auslander sind doch alle ungeziefer"),
        ("Les immigrés sont des rats, il faut tous les virer.", "immigres sont des rats"),
        ("Los musulmanes son parásitos.", "musulmanes son parasitos"),
        ("Gli immigrati sono ratti.", "immigrati sono ratti"),
        ("Os imigrantes são baratas.", "imigrantes sao baratas"),
        ("Die asielzoekers zijn gewoon ongedierte.", "asielzoekers zijn gewoon ongedierte"),
        ("Marokkanen zijn tuig, allemaal.", "marokkanen zijn tuig"),
        ("Mülteciler haşere, hepsini yok etmek lazım.", "multeciler hasere"),
        ("اليهود خنازير.", "اليهود خنازير"),
        ("اللاجئون حشرات ويجب إبادتهم.", "اللاجيون حشرات"),
    ],
)
def test_a_group_of_people_called_vermin_in_another_language_is_found(text, phrase):
    assert called(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Flüchtlinge sind keine Ratten.",  # denied
        "Los refugiados no son una plaga.",
        "Mülteciler haşere değil, insan.",  # Turkish denies after the noun
        "اللاجئون ليسوا حشرات",
        "Los inmigrantes son tratados como animales.",  # pitied
        "Die Flüchtlinge wurden wie Tiere behandelt.",
        "Die Ratten im Hof sind eine Plage.",  # rats
        "Vluchtelingen zijn geen beesten.",
        "De asielzoekers werden als beesten behandeld in Ter Apel.",
        "Vluchtelingen zijn in Ter Apel opgevangen, de ratten in de keuken zijn een plaag.",
        "Les migrants sont arrivés hier soir, épuisés.",
        "Muslime sind unsere Nachbarn, und die Ratten am Kanal sind das Problem der Stadt.",
    ],
)
def test_the_same_words_denied_pitied_or_said_of_animals_are_not(text):
    assert called(text) is None


def test_every_word_of_the_rule_is_written_as_normalising_writes_it():
    words = rule._GROUPS | rule._VERMIN | rule._COPULAS | rule._NEGATIONS | rule._COMPARISONS
    assert [w for w in words if tokenize(normalize(w).text) != [w]] == []


def test_the_toxicity_scorer_holds_it_with_a_reason_a_moderator_reads():
    from commentguard.scoring.toxicity import load_scorer

    findings = load_scorer({"TOXICITY_ENCODER": "false"}).score(CommentInput(content="Muslime sind Parasiten."))
    assert Policy().decide(findings).verdict.value == "hold"
    [found] = [f for f in findings if f.reason.code == "dehumanising"]
    assert found.reason.message == 'calls people parasiten ("muslime sind parasiten"): language that dehumanises'

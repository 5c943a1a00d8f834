"""An insult said to the reader in German, French, Spanish, Italian, Portuguese, Dutch, Turkish or Arabic: held by a
rule, as in English, since the English model's score holds nothing in these languages."""

from __future__ import annotations

import pytest

from commentguard.scoring import insults_abroad as rule
from commentguard.scoring.base import CommentInput
from commentguard.text.normalize import normalize, sentence_tokens, tokenize


def said(text: str) -> str | None:
    norm = normalize(text).text
    return rule.insult_abroad(sentence_tokens(norm, tokenize(norm)))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Du bist echt der dümmste Vollpfosten in diesem Forum.", "du bist echt der dummste vollpfosten"),
        ("Schiri, du blinde Sau, wir sehen uns.", "du blinde sau"),
        ("Halt dich raus, du Idiot.", "du idiot"),
        ("Halt die Fresse, du dummer Idiot.", "du dummer idiot"),
        ("@Camille t'es vraiment une pauvre conne.", "t es vraiment une pauvre conne"),
        ("Vous êtes des abrutis, tous.", "vous etes des abrutis"),
        ("Espèce d'abruti, lis l'article.", "espece d abruti"),
        ("Eres tonto de remate.", "eres tonto"),
        ("Cállate, so imbécil.", "so imbecil"),
        ("Marco sei un coglione e pure ignorante.", "sei un coglione"),
        ("Você é um otário completo.", "voce e um otario"),
        ("Cala a boca, seu idiota.", "seu idiota"),
        ("Jij bent echt een mongool, Sander.", "jij bent echt een mongool"),
        ("Je bent gewoon dom.", "je bent gewoon dom"),
        ("Sen tam bir aptalsın.", "aptalsın"),
        ("Şerefsizsin sen.", "serefsizsin"),
        ("Sen bir salaksın, git.", "salaksın"),
        ("أنت حمار يا سامر", "انت حمار"),
        ("اسكت يا حيوان", "يا حيوان"),
    ],
)
def test_an_insult_said_to_the_reader_in_another_language_is_found(text, phrase):
    assert said(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "T'es pas con, tu as raison.",  # denied
        "Du bist doch nicht dumm, du weißt das.",
        "No eres tonto, es que el sistema es absurdo.",
        "Je bent niet dom, het formulier is onduidelijk.",
        "Du bist sau gut in Mathe!",  # "very"
        "Wenn du Idioten wählst, bekommst du Idioten.",  # plural: no one called one
        "Kannst du dem Trottel im Rathaus das mal sagen?",  # a third person, after an article
        "Der Bürgermeister ist ein Trottel.",  # a public figure, in the third person
        "Coloque seu lixo na rua na terça.",  # "your rubbish"
        "A sua vaca deu leite hoje?",
        "Sei mesi fa il sindaco era un idiota.",  # "six", and the mayor
        "Je bent de lul als je te laat bent.",  # "you are done for"
        "Il m'a dit « t'es qu'un con » et il est parti.",  # reported
        "Eres increíble, gracias por el artículo.",
        "Sen de haklısın, çok iyi yazmışsın.",
        "So stupid of the council to close the library.",  # English "so"
    ],
)
def test_denied_plural_third_person_everyday_or_reported_words_are_not(text):
    assert said(text) is None


def test_every_word_of_the_rule_is_written_as_normalising_writes_it():
    words = set().union(*rule._INSULTS.values(), rule._TURKISH_YOU_ARE, rule._NEGATIONS, rule._CALLED,
                        *(p for phrases in rule._YOU_ARE.values() for p, _ in phrases))
    assert [w for w in words if tokenize(normalize(w).text) != [w]] == []


def test_the_toxicity_scorer_holds_it_with_a_reason_a_moderator_reads():
    from commentguard.scoring.policy import Policy
    from commentguard.scoring.toxicity import load_scorer

    findings = load_scorer({"TOXICITY_ENCODER": "false"}).score(CommentInput(content="Marco sei un coglione."))
    assert Policy().decide(findings).verdict.value == "hold"
    assert any(f.reason.code == "insult" and 'insults the reader ("sei un coglione")' in f.reason.message
               for f in findings)

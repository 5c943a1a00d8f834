"""Calls for violence against people and wishes that people die, in German, French, Spanish, Italian, Portuguese,
Turkish, Dutch and Arabic: held by a rule, as in English, since the English model's score holds nothing in these
languages."""

from __future__ import annotations

import pytest

from commentguard.scoring import violence_abroad as rule
from commentguard.scoring.base import CommentInput
from commentguard.scoring.policy import Policy
from commentguard.text.normalize import normalize, sentence_tokens, tokenize


def tokens(text: str) -> list[str]:
    norm = normalize(text).text
    return sentence_tokens(norm, tokenize(norm))


def called(text: str) -> str | None:
    return rule.violent_call_abroad(tokens(text))


def wished(text: str) -> str | None:
    return rule.death_wish_abroad(tokens(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # French
        ("Il faudrait pendre le maire.", "faudrait pendre le maire"),
        ("Il faut les fusiller, tous.", "faut les fusiller"),
        ("Il faut tous les tuer.", "faut tous les tuer"),
        ("Il faudrait fusiller tous ces traîtres.", "faudrait fusiller tous ces traitres"),
        ("Fusillez-les !", "fusillez les"),
        ("Ils mériteraient d'être fusillés.", "meriteraient d etre fusilles"),
        ("Mort aux juifs !", "mort aux juifs"),
        # German
        ("Man sollte ihn aufhängen.", "sollte ihn aufhangen"),
        ("Man sollte den Bürgermeister aufhängen.", "sollte den burgermeister aufhangen"),
        ("Man sollte sie alle erschießen.", "sollte sie alle erschießen"),
        ("Kinderschänder sollte man aufhängen.", "kinderschander sollte man aufhangen"),
        ("Der gehört aufgehängt!", "der gehort aufgehangt"),
        ("Hängt sie alle auf!", "hangt sie alle auf"),
        ("Tod den Verrätern!", "tod den verratern"),
        # Spanish
        ("Hay que fusilarlos.", "hay que fusilarlos"),
        ("Habría que colgar al alcalde.", "habria que colgar al alcalde"),
        ("Hay que matarlos a todos.", "hay que matarlos a todos"),
        ("Deberían ser fusilados.", "deberian ser fusilados"),
        # Italian
        ("Bisogna impiccarli.", "bisogna impiccarli"),
        ("Bisognerebbe impiccare il sindaco.", "bisognerebbe impiccare il sindaco"),
        ("Andrebbero fucilati tutti.", "andrebbero fucilati"),
        # Portuguese
        ("Tem que matar esses bandidos.", "tem que matar esses bandidos"),
        ("Tem que fuzilá-los.", "tem que fuzila los"),
        # Turkish
        ("Belediye başkanını asmak lazım.", "baskanını asmak lazım"),
        ("Bu hainler asılmalı.", "hainler asılmalı"),
        ("Hepsi kurşuna dizilmeli.", "kursuna dizilmeli"),
        ("Onları öldürmek gerek.", "onları oldurmek gerek"),
        # Dutch, Arabic
        ("Ze moeten de burgemeester ophangen.", "ze moeten de burgemeester ophangen"),
        ("يجب شنق رئيس البلدية.", "يجب شنق رييس"),
    ],
)
def test_a_call_for_violence_against_people_in_another_language_is_found(text, phrase):
    assert called(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "La faim tue.",
        "Cette réforme va tuer les agriculteurs.",  # a forecast, and of a trade
        "Ich könnte ihn erwürgen vor Lachen.",  # "could": exasperation
        "Hay que matar el tiempo.",  # time, not people
        "El calor me está matando.",
        "1945 wurden sie erschossen.",  # history
        "Die Polizei musste den Angreifer erschießen.",  # news ("had to")
        "Er soll ihn erschossen haben.",  # "is said to have shot him"
        "Wer 'hängt sie auf' schreibt, gehört angezeigt.",  # condemned
        "Il a écrit « il faut les fusiller », c'est honteux.",  # quoted
        "Tod der Demokratie?",
        "Mort aux rats.",  # a poison
        "Il faut pendre le linge dehors.",  # laundry
        "Il faut les pendre au mur.",
        "Il doit être pendu au téléphone.",
        "Il faut abattre les loups.",  # wolves
        "Der Wolf gehört erschossen, sagen die Bauern.",
        "Man sollte den Kalender in der Küche aufhängen.",
        "Man sollte ihn nicht hängen lassen.",
        "Hay que colgarlo en YouTube.",  # to upload
        "Tem que matar o jogo.",  # to close out a match
        "Bisogna ammazzarle, le zanzare.",
        "Bayrak asmak lazım.",  # a flag
        "Bayrak asılmalı.",
        "Onu vurmak lazım.",
        "Sokak köpekleri öldürülmeli.",  # stray dogs
        "Il ne faut pas les pendre.",  # denied
        "Faut-il les pendre ?",  # asked
        "Das bringt ihn um den Schlaf.",
        "Je moet hem ophangen in de gang.",  # a coat
    ],
)
def test_violent_words_said_of_things_time_or_animals_reported_or_denied_are_no_call(text):
    assert called(text) is None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # French
        ("J'espère que toute ta famille crève.", "espere que toute ta famille creve"),
        ("J'espère que tu crèves.", "espere que tu creves"),
        ("Qu'il crève !", "qu il creve"),
        ("Franchement, qu'ils crèvent tous.", "qu ils crevent tous"),
        ("J'espère que Poutine crève.", "espere que poutine creve"),
        ("Crève, sale con.", "creve"),
        ("Va crever !", "va crever"),
        ("Pourris en enfer.", "pourris en enfer"),
        # German
        ("Ich hoffe, deine ganze Familie verreckt.", "ich hoffe deine ganze familie verreckt"),
        ("Hoffentlich verreckt er.", "hoffentlich verreckt er"),
        ("Hoffentlich stirbst du.", "hoffentlich stirbst du"),
        ("Ich hoffe, dass er stirbt.", "hoffe dass er stirbt"),
        ("Verreck doch!", "verreck"),
        ("Der soll verrecken.", "der soll verrecken"),
        # Spanish
        ("Ojalá te mueras.", "ojala te mueras"),
        ("Que se mueran todos.", "que se mueran todos"),
        ("Espero que te mueras pronto.", "espero que te mueras"),
        ("Muérete, cabrón.", "muerete"),
        # Italian
        ("Spero che muoia.", "spero che muoia"),
        ("Spero che tu muoia.", "spero che tu muoia"),
        ("Che crepi!", "che crepi"),
        # Portuguese
        ("Tomara que você morra.", "tomara que voce morra"),
        ("Que morram todos.", "que morram todos"),
        # Turkish
        ("Geberesin inşallah.", "geberesin"),
        ("Hepsi gebersin.", "gebersin"),
        ("Ölmeni istiyorum.", "olmeni istiyorum"),
        ("İnşallah bütün ailen ölür.", "insallah butun ailen olur"),
        ("Allah canını alsın.", "allah canını alsın"),
        # Dutch, Arabic
        ("Ik hoop dat je doodgaat.", "hoop dat je doodgaat"),
        ("Hopelijk gaat hij dood.", "hopelijk gaat hij dood"),
        ("أتمنى أن تموت عائلتك كلها.", "اتمنى ان تموت"),
    ],
)
def test_a_wish_that_people_die_in_another_language_is_found(text, phrase):
    assert wished(text) == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Morire dal ridere.",  # of laughing
        "Era buono da morire.",  # "extremely"
        "Morro de rir.",
        "Ölürüm sana.",  # "I adore you"
        "Öldüm.",  # "I died (laughing)"
        "Je meurs de rire.",
        "Muérete de envidia.",
        "J'espère que personne ne meurt.",  # denied
        "Ojalá no se muera nadie.",
        "Hoffentlich stirbt er nicht.",
        "J'espère qu'il meure en paix, sans souffrir.",  # sympathy
        "Spero che il nonno muoia serenamente.",
        "J'espère que la bulle immobilière crève enfin.",  # a bubble
        "Hoffentlich stirbt diese Idee bald.",
        "Spero che muoia questa legge.",
        "In bocca al lupo! Crepi!",  # good luck, answered
        "Crepi il lupo!",
        "Stirb langsam ist ein guter Film.",
        "Crevé, je vais me coucher.",  # worn out
        "Morre o rei.",  # the king dies
        "Ça crève les yeux.",
        "Ich verreck gleich vor Hitze.",
        "Die Geber haben mehr Geld versprochen.",  # donors
        "Allah belanı versin.",  # a curse, wishing no death
        "Allah razı olsun.",
        "İnşallah bir gün ailen olur.",  # a family of one's own
        "Ölmesini istemiyorum.",  # not wanted
        "Gebersin diye bağırdı.",  # reported
    ],
)
def test_dying_of_laughing_in_peace_denied_or_said_of_things_is_no_wish(text):
    assert wished(text) is None


def test_every_word_of_the_rule_is_written_as_normalising_writes_it():
    words = (
        rule._PEOPLE | rule._WISHED | rule._DETERMINERS | rule._NEGATIONS | rule._REPORTING | frozenset(rule._CALL_VERBS)
        | frozenset(rule._DONE_VERBS) | rule._ORDERS | rule._ORDERS_WRITTEN | rule._OBLIGATIONS | rule._PASSIVE_OBLIGATIONS
        | frozenset(rule._DYING) | rule._OPENERS | rule._CURSES | rule._TR_CURSES | rule._TR_DYING | frozenset(rule._HELLS)
    )
    assert [w for w in words if tokenize(normalize(w).text) != [w]] == []


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("Il faudrait pendre le maire.", "violence", 'calls for violence against people ("faudrait pendre le maire")'),
        ("Ojalá se muera toda tu familia, cabrón.", "harm_wish", 'wishes people harm ("ojala se muera")'),
    ],
)
def test_the_toxicity_scorer_holds_it_with_a_reason_a_moderator_reads(text, code, message):
    from commentguard.scoring.toxicity import load_scorer

    findings = load_scorer({"TOXICITY_ENCODER": "false"}).score(CommentInput(content=text))
    assert Policy().decide(findings).verdict.value == "hold"
    [found] = [f for f in findings if f.reason.code == code]
    assert found.reason.message == message

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
        ("The great replacement is happening in your street.", "great replacement"),
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
        ("13/50 folks. Look it up.", "13/50"),
        ("Got what every thug deserves. 13/50 strikes again.", "13/50"),
        ("We all know what colour the media won't say \U0001f644 13/50 folks", "13/50"),  # an emoji ends a sentence
        ("Nice to see the usual 13/50 crowd out in force in the comments.", "13/50"),
        ("A man in a wig is a man in a wig. 41% is a number they should all be aiming for.", "41%"),
        ("@Sam nobody cares about your pronouns, freak. 41% for a reason.", "41%"),
        ("Join the 41% already, tranny", "41%"),
        ("They are 13% of the population but commit 50% of the murders.", "13/50"),
        ("You know the ones. 13% of the population, 50% of the... well, you know.", "13/50"),
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
        "13/50 folks voted for the bypass",  # folks counted
        "Mock exam results \U0001f62c 13/50 on paper two",  # a mark after an emoji
        "The 13/50 lot in the auction sold first",  # a lot number
        "Turnout was 41% in the trans-Pennine wards",  # a figure, no taunt
        "41% of trans adults have attempted suicide. Support them.",  # a statistic
        "The 41% figure on trans youth is why the crisis line matters",  # help
        "Gender pay gap: women got 41% less in bonuses",
        "13% of the budget goes to half of the schools",  # no crime
        "13% of the population has diabetes, you know.",  # no half claimed
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


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Funny how the bank that foreclosed on the mill is run by the usual tribe. They always get their shekels, don't they.", "the tribe"),
        ("Media, banks, Hollywood. All the usual tribe.", "the tribe"),
        ("Look who owns the bank foreclosing on everyone. Always the same tribe pulling the strings.", "the tribe"),
        ("Same tribe every time. Goyim get the bill, they get the bonus.", "the tribe"),
        ("Hawks QB is a monkey, can't read a defense", "an ape"),
        ("Dropped points all season cos our monkey centre half can't head a ball.", "an ape"),
        ("Look at that mugshot. Face like a silverback.", "an ape"),
        ("Send them back to the jungle.", "back to the jungle"),
        ("Back to the zoo with him.", "back to the jungle"),
        ("Go back to the trees where you belong", "back to the jungle"),
        ("The tribe runs the Fed and the goyim pay for it", "the tribe"),  # with the rest of the trope
        ("They just want their shekels, like always", "shekels"),
        ("Too bad the oven job wasn't finished in the 40s, we wouldn't be dealing with these Zionist bankers now.", "the ovens"),
        ("Hitler should have finished the job", "the ovens"),
        ("Shame Hitler didn't finish the job.", "the ovens"),
        ("Back to the ovens with them", "the ovens"),
        ("Hitler was right about them", "Hitler was right"),
        ("Another carjacking downtown. Apes gonna ape.", "apes"),
        ("The Great Replacement isn't a theory anymore, just look at that school photo. Time for good men to act.", "great replacement"),
        ("The great replacement is no longer a theory, it's policy.", "great replacement"),
        ("The great replacement is a fact", "great replacement"),
        ("White genocide is not just a conspiracy theory anymore", "white genocide"),
    ],
)
def test_antisemitic_and_racist_tropes_a_person_called_an_ape_and_the_replacement_claimed_are_found_as_their_code(text, code):
    assert code_in(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "The tribe's casino is adding 300 jobs.",  # a tribe
        "The tribe voted to expand the reservation school.",
        "Find your tribe, love them hard.",
        "The tribe of Judah is mentioned in Genesis.",
        "Cleveland fans are the usual tribe of optimists",
        "Both players are from the same tribe, the Oneida Nation",  # a tribe
        "Same tribe, different chief, and the casino deal still stalls",
        "My favourite animal is a monkey",  # animals, toys, mascots
        "The mascot is a gorilla and the kids love him",
        "so cute that monkey",
        "The keeper is a monkey wrench in their plans",
        "He wore a monkey suit to the gala",
        "Don't give a monkeys what they think",
        "Back to the zoo with the kids this weekend",  # outings
        "We went back to the zoo for the new panda",
        "I'd love to go back to the jungle in Costa Rica",
        "The escaped macaque was caught, send it back to the zoo",
        "My kid is a monkey on the climbing frame",
        "The shekel fell against the dollar this week.",  # money
        "Tourists get their shekels at the airport exchange.",
        "Prices in Tel Aviv are listed in shekels.",
        "We bought a pizza oven for the back yard.",  # an oven
        "Finish the job in the oven for ten minutes at 200.",  # a recipe
        "The Allies stopped Hitler before he could finish the job.",  # history, no regret
        "Bodies were put into the ovens at Auschwitz, a survivor told us.",
        "Hitler was a monster and the ovens must never be forgotten.",
        "Apes gonna ape into this stock again lol",  # traders
        "The Great Replacement theory is a racist conspiracy theory and the shooter believed it.",  # condemned
        "The great replacement isn't a theory, it's a racist hoax.",
        "The great replacement is not a theory anyone serious holds, it's propaganda",
        "The great replacement isn't a scientific theory, it's a conspiracy theory.",
        "People who say Hitler was right should be banned",  # reported
        "The lads at the gates were roaring about 'invaders' and 'go back to the jungle', disgraceful.",  # a crowd reported
    ],
)
def test_tribes_currency_ovens_history_traders_animals_outings_and_the_replacement_condemned_are_no_hate_code(text):
    assert code_in(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Remember the 14 words, brothers. 88.", "14 words"),
        ("Live by the fourteen words.", "14 words"),
        ("White lives matter. Europe for Europeans.\n88", "88"),
        ("Noticing a pattern, as usual. 13% of the population... you know the rest.", "13/50"),
        ("13 percent of the population. Do the math.", "13/50"),
        ("They're 13% of the population but commit half the murders.", "13/50"),
    ],
)
def test_the_14_words_88_signing_off_and_13_percent_left_to_finish_are_found_in_the_raw_text(text, code):
    assert hate_code_in_text(text) == code


@pytest.mark.parametrize(
    "text",
    [
        "I took the 88 bus downtown and it was late again.",
        "How old is she now? 88.",  # an answer to a question
        "My grandmother turned 88. Happy birthday Nana!",
        "Final score was 92 to 88.",
        "Route 88. That's the one that floods.",
        "Summarise the article in 14 words or fewer.",
        "The 14 words in the headline were misleading.",
        "13% of the population lives in poverty, according to the census.",
        "13% of the population has diabetes, you know the rest of the statistics are grim too.",
    ],
)
def test_a_bus_an_age_a_score_a_word_count_and_a_census_are_no_hate_code(text):
    assert hate_code_in_text(text) is None


def test_the_toxicity_scorer_holds_the_coded_hate_the_fourth_qa_probe_found_approved():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    for text, code in (
        ("Funny how the bank that foreclosed on the mill is run by the usual tribe. They always get their shekels, don't they.", "the tribe"),
        ("Too bad the oven job wasn't finished in the 40s, we wouldn't be dealing with these Zionist bankers now.", "the ovens"),
        ("Remember the 14 words, brothers. 88.", "14 words"),
        ("Noticing a pattern, as usual. 13% of the population... you know the rest. Apes gonna ape.", "apes"),
        ("The Great Replacement isn't a theory anymore, just look at that school photo. Time for good men to act.", "great replacement"),
    ):
        assert [(f.reason.code, f.reason.message) for f in scorer.holds(text)] == [("coded_hate", reason(code))], text
    assert not scorer.holds("I took the 88 bus downtown and it was late again.")
    assert not scorer.holds("The Great Replacement theory is a racist conspiracy theory and the shooter believed it.")


@pytest.mark.parametrize(
    "text",
    [
        "The Jews own the media and this article proves it once again.",
        "Jews control the banks, wake up.",
        "Same tribe as always owns the banks.",
        "Jewish bankers control the world.",
    ],
)
def test_the_claim_that_jews_own_or_control_the_media_banks_or_governments_is_the_control_trope(text):
    assert code_in(text) == "Jewish control"


@pytest.mark.parametrize(
    "text",
    [
        "The lie that Jews control the banks is an old antisemitic trope.",
        "He said the Jews control the media. Disgusting.",
        "My Jewish neighbors own the bakery on Main.",
        "The tribe runs its own government.",
        "A Jewish family has owned the paper since 1896.",
    ],
)
def test_the_trope_condemned_or_reported_and_what_jewish_people_or_a_tribe_own_are_no_hate_code(text):
    assert code_in(text) is None


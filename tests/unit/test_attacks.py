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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Shut up, you ignorant bitch.", "you ignorant bitch"),
        ("Shut up, you ignorant idiot.", "you ignorant idiot"),
        ("You are an arrogant, lying scumbag", "you are an arrogant lying scumbag"),
        ("you liberal idiots", "you liberal idiots"),
        ("you lazy bitch", "you lazy bitch"),  # after an adjective, a name and not the verb
        ("you are a sick sack of shit", "you are a sick sack of shit"),
    ],
)
def test_an_adjective_that_only_qualifies_an_insult_does_not_stop_the_insult_being_found(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "you ignorant of the facts?",
        "Are you ignorant of the facts?",
        "You are ignorant of the history here",
        "You are sick",
        "Are you sick of idiots?",
        "you lucky bastard",  # said to a friend
        "you crazy bastard",
        "Thank you sick people",  # a qualifier alone reaches no insult
    ],
)
def test_such_an_adjective_said_on_its_own_describes_the_reader_and_is_no_insult(text):
    assert insult_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The reporter who wrote this is a hack. Go get a real job, moron.", "get a real job moron"),
        ("Grow up, idiots!", "grow up idiots"),
        ("Get a life, loser.", "get a life loser"),
        ("shut up moron you know nothing", "shut up moron"),
        ("Nice try, loser", "nice try loser"),
    ],
)
def test_an_insult_after_an_order_that_dismisses_the_reader_is_found_without_a_you(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "When they wake up idiots will be in charge",  # the insult noun starts a clause of its own
        "Kids grow up idiots if nobody teaches them",
        "Shut up and take my money",
        "Nice try, though",
        "Grow up",
    ],
)
def test_a_dismissal_without_a_name_for_the_reader_is_no_insult(text):
    assert insult_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Go back to your own country, we don't want your kind here.", "go back to your own country"),
        ("If you don't like it go back to your own country", "go back to your own country"),
        ("Why don't you go back where you came from?", "go back where you came from"),
        ("You should go back to your country", "go back to your country"),
        ("Time to go back to your own country", "go back to your own country"),
        ("We don't want your kind here", "don t want your kind"),
        ("Your kind is not welcome here", "your kind is not welcome"),
    ],
)
def test_telling_the_reader_to_leave_the_country_is_held_as_an_insult(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to go back to your country someday",  # a visit
        "I can't wait to go back to your country, it was beautiful",
        "Did you go back to your country for the holidays?",  # a question
        "When you go back to your country, say hi to your mum",
        "My son was told to go back to his own country",  # a report
        "A man yelled go back to your own country at my daughter",
        "Thank you for your kind words",
        "Your kind words are welcome",
        "We don't want your kind of politics",
    ],
)
def test_a_visit_a_question_a_report_or_kind_words_do_not_tell_the_reader_to_leave(text):
    assert insult_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'm going to find you and make you regret writing this. Watch your back.", "i m going to find you"),
        ("I'll make you regret this", "i ll make you regret"),
        ("I will find you", "i will find you"),
        ("I'll find you and your family", "i ll find you"),
    ],
)
def test_a_speaker_who_will_find_the_reader_or_make_them_regret_threatens_them(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'll find you a link",
        "If you need the report I'll find you a copy",
        "I hope I find you well",
        "I'll find you and we can grab coffee",
        "This will make you regret buying it",  # no speaker
        "They will find you guilty",
        "He said I know where you live",  # quoted
    ],
)
def test_finding_the_reader_something_or_quoting_a_threat_is_no_threat(text):
    assert threat_in(text) is None


def veiled_in(text: str) -> str | None:
    from commentguard.scoring.attacks import veiled_threat

    return veiled_threat(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The councilwoman's kids go to Lincoln Elementary, pickup is at 3:15. Maybe someone should pay them a visit.",
            "someone should pay them a visit",
        ),
        ("Someone should pay that judge a little visit.", "someone should pay that judge a little visit"),
        ("Somebody needs to pay you a visit!", "somebody needs to pay you a visit"),
        ("We know where the judge lives.", "we know where the judge lives"),
        ("I know where his kids go to school", "i know where his kids go to school"),
    ],
)
def test_a_veiled_threat_against_anyone_is_found_and_quoted(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "You should pay them a visit at the open day",  # advice: the visit goes on to say where
        "We should pay them a visit at the open day",
        "Someone should pay them a visit and ask about the budget",
        "I'll pay you a visit soon!",  # a friend
        "Maybe we'll pay you a visit",
        "Great new bakery on Main. We should pay them a visit.",
        "Let's pay him a visit",
        "Nobody should pay them a visit",
        "Whoever wrote someone should pay them a visit should be banned",  # quoted to condemn it
        "I know where he lives, he is my neighbour and I'll ask him",
        "We know where they live now thanks to the article",
        "I don't know where he lives",
        "My kids go to Lincoln Elementary, pickup is at 3:15",
    ],
)
def test_advice_a_friends_visit_a_neighbour_and_a_quoted_threat_are_not_veiled_threats(text):
    assert veiled_in(text) is None


def harassment_in(text: str) -> str | None:
    from commentguard.scoring.attacks import sexual_harassment

    return sexual_harassment(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nice photo of the reporter. I'd love to bend her over my desk.", "i d love to bend her over"),
        ("I'd bang her", "i d bang her"),
        ("I would love to fuck that reporter", "i would love to fuck that reporter"),
        ("I'd hit that", "i d hit that"),
        ("Show us your tits", "show us your tits"),
        ("nice boobs", "nice boobs"),
    ],
)
def test_a_sexual_remark_aimed_at_a_person_is_found_and_quoted(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to bend her ear about this",
        "I'd bend over backwards to help",
        "I'd love to bend the rules",
        "I'd love to bang the drum for this candidate",
        "I'd fuck him up",  # violence, not sex: left to the other rules and the model
        "I would never grope her",
        "He said he'd love to bend her over his desk, and he was fired",  # reported
        "I hit that ball hard",
        "They should fuck off",
    ],
)
def test_figures_of_speech_denials_and_reports_are_not_sexual_harassment(text):
    assert harassment_in(text) is None


def test_the_toxicity_scorer_holds_a_veiled_threat_and_sexual_harassment_and_names_each():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Maybe someone should pay them a visit.")] == [
        ("threat", 'makes a veiled threat ("someone should pay them a visit")')
    ]
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("I'd love to bend her over my desk.")] == [
        ("sexual_harassment", 'sexually harasses someone ("i d love to bend her over")')
    ]
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("I'd love to r*pe her")] == [  # masked
        ("sexual_harassment", 'sexually harasses someone ("i d love to rape her")')
    ]
    assert not scorer.holds("You should pay them a visit at the open day")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Shut up, you ignorant bitch.", "insult"),
        ("Go get a real job, moron.", "insult"),
        ("Go back to your own country, we don't want your kind here.", "insult"),
        ("The councilwoman's kids go to Lincoln Elementary, pickup is at 3:15. Maybe someone should pay them a visit.", "threat"),
        ("Nice photo of the reporter. I'd love to bend her over my desk.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_qa_probe_found_approved(text, code):
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nobody asked, you absolute retard.", "you absolute retard"),  # "nobody asked" dismisses, denies nothing
        ("No one cares, you muppet", "you muppet"),
        ("Typical snowflake. Cry harder, loser.", "cry harder loser"),
        ("Cope, snowflake", "cope snowflake"),
        ("Cope and seethe, clown", "cope and seethe clown"),
        ("Stay mad, idiot", "stay mad idiot"),
        ("Nobody asked, tosser", "nobody asked tosser"),
        ("What a pathetic little man you are. Bet your wife's embarrassed.", "what a pathetic little man you are"),
        ("Go crawl back under your rock, you brainless troll.", "you brainless troll"),
        ("Shut up, you knobhead", "you knobhead"),
    ],
)
def test_mockery_of_the_readers_upset_or_nobody_asked_before_a_name_is_an_insult(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Nobody said you are an idiot",  # still a denial
        "No one thinks you're stupid",
        "They can't cope, idiots are running the council",  # "cope" a verb, not an order
        "Families cannot cope. Morons in Whitehall never listen",
        "What a lucky man you are",  # no insult
        "What a great photo you are in",
        "Nobody asked you",
        "You troll every thread",  # a verb
        "Cry harder next time the team loses",
    ],
)
def test_a_denial_a_verb_or_a_compliment_is_still_no_insult(text):
    assert insult_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Say that to my face and see what happens.", "say that to my face and see what happens"),
        ("I dare you to say it to my face", "say it to my face"),
        ("I'll put you in hospital.", "i ll put you in hospital"),
        ("We will put you in the ground", "we will put you in the ground"),
        ("I'm going to come round and smash your face in, Gary.", "i m going to come round and smash your face in"),
        ("I'll break your legs", "i ll break your legs"),
        ("I will beat the crap out of you", "i will beat the crap out of you"),
        ("You'll regret writing this.", "you ll regret writing"),
        ("You'll regret the day you were born", "you ll regret the day you were born"),
        ("I'll find out where you live", "i ll find out where you live"),
        ("We know what car you drive.", "we know what car you drive"),
        ("I know where you work", "i know where you work"),
        ("Wait until I find you", "wait until i find you"),
        ("Just wait till I get my hands on you", "wait till i get my hands on you"),
        ("People like you end up in a ditch.", "people like you end up in a ditch"),
        ("Keep talking like that and I'll find you. I'm not joking.", "i ll find you"),
        ("I will track you down", "i will track you down"),
    ],
)
def test_the_common_shapes_of_a_personal_threat_are_found_and_quoted(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "He would never say that to my face",  # a coward, not an order
        "The doctor will put you in hospital if it gets worse",  # no speaker
        "I'll kick your ass at chess any day",  # banter
        "I'll knock your socks off with this recipe",
        "I'd never break your legs, calm down",  # denied
        "You'll regret buying that car",  # advice
        "Don't, you'll regret it",
        "Wait till I see you at the pub!",
        "If I find out where you live I'll send you a Christmas card",
        "He said he'd put you in hospital and the police came",  # reported
        "People like you end up running the country",
        "Say that to my face next time you see me at the club, I'd love a proper debate",
        "You will regret the day you sold those shares",
        "Keep drinking like that and you'll end up in hospital",  # concern, not a threat
    ],
)
def test_advice_banter_cowardice_and_reports_are_no_threat(text):
    assert threat_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The reporter who wrote this had better watch himself when he leaves the office.", "better watch himself"),
        ("That journalist had better watch her back", "better watch her back"),
        ("He'd better watch himself walking home tonight", "better watch himself"),
        ("Those councillors had better watch themselves", "better watch themselves"),
    ],
)
def test_a_warning_that_someone_had_better_watch_himself_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Watch yourself on the ice this morning",  # no "better"
        "He'd better watch the match first",
        "He said she had better watch herself",  # reported
        "You better watch out for scams",
        "The striker had better watch himself, one more yellow and he's banned",  # advice to a player
    ],
)
def test_advice_to_watch_out_is_no_veiled_threat(text):
    assert veiled_in(text) is None


def address_in(text: str) -> str | None:
    from commentguard.scoring.attacks import home_address

    return home_address(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Here's where the 'victim' lives: 14 Grange Avenue, Bramley. Pay her a visit", "lives [number] grange avenue"),
        ("Found the reporter's home address, it's 22 Oakfield Close.", "home address it s [number] oakfield close"),
        ("His house is at 5 Elm Rd, go tell him what you think", "house is at [number] elm rd"),
        ("Her home address is 3 Elm Close", "home address is [number] elm close"),
        ("He lives at 7 Birch Road with his mum", "lives at [number] birch road"),
        ("18 Church Lane is where she lives.", "[number] church lane is where she lives"),
        ("The judge lives at 42b Station Road", "lives at [number] b station road"),
    ],
)
def test_a_street_address_that_someone_is_said_to_live_at_is_found(text, words):
    assert address_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The fire at 14 Mill Street was put out in an hour",  # where something happened
        "The empty shop at 3 High St has been boarded up for years",
        "I live at 5 Elm Road and the bins weren't collected again",  # the speaker's own
        "We live 5 minutes from Mill Lane",
        "My mum lives at 4 Church Lane and waited three hours for the bus",
        "The Prime Minister lives at 10 Downing Street",  # a public address
        "He lives 2 doors down from the fire on Mill Road",  # no house number on the street
        "The council's address is 1 Town Hall Square",  # an institution
        "The flood ruined their lives at 12 River Walk",  # "lives" a noun
        "The family who lived at 14 Mill Street for 40 years",  # a memory
        "Write to the committee at 14 Mill Street",
        "The elderly man who lives at 3 Mill Lane was rescued by neighbours",  # news of what happened there
    ],
)
def test_incident_addresses_ones_own_and_public_ones_are_not_where_someone_lives(text):
    assert address_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Send nudes and I'll stop commenting on your articles, sweetheart.", "send nudes"),
        ("Lisa, you'd be less bitter if you got laid.", "you got laid"),
        ("She just needs to get laid", "she just needs to get laid"),
    ],
)
def test_a_demand_for_nudes_or_a_remark_on_someones_sex_life_is_sexual_harassment(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "She got laid off from the factory in May",
        "Did you get laid off too?",
        "He was laid to rest on Friday",
        "Don't send nudes to strangers online, kids",  # denied
        "Send me pics of the flood, I'll pass them to the paper",
    ],
)
def test_lay_offs_funerals_and_warnings_are_no_sexual_harassment(text):
    assert harassment_in(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Nobody asked, you absolute retard.", "insult"),
        ("Typical snowflake. Cry harder, loser.", "insult"),
        ("Say that to my face and see what happens. I'll put you in hospital.", "threat"),
        ("The reporter who wrote this had better watch himself when he leaves the office.", "threat"),
        ("Found the reporter's home address, it's 22 Oakfield Close. Someone should go and have a word.", "doxxing"),
        ("Send nudes and I'll stop commenting on your articles, sweetheart.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_second_qa_probe_found_approved(text, code):
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


def test_the_toxicity_scorer_names_the_street_a_comment_says_someone_lives_on():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Her home address is 3 Elm Close")] == [
        ("doxxing", 'posts where someone lives ("home address is [number] elm close")')
    ]
    assert not scorer.holds("The fire at 14 Mill Street was put out in an hour")

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


def calling_in(text: str) -> str | None:
    from commentguard.scoring.attacks import name_calling

    return name_calling(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Bob is a retard and a pathetic loser", "bob is a retard"),
        ("Karen from accounting is such a cunt", "accounting is such a cunt"),
        ("Pelosi is a senile old bitch", "pelosi is a senile old bitch"),  # a public figure too
        ("The mayor is a lying piece of shit", "mayor is a lying piece of shit"),
        ("He's a fucking retard", "he s a fucking retard"),
        ("Typical whore.", "typical whore"),
        ("What a cunt", "what a cunt"),
        ("Hey retard, read the article", "hey retard"),
        ("That motherfucker should resign", "that motherfucker"),
        ("Stupid cunt.", "stupid cunt"),
        ("Dumb bitch.", "dumb bitch"),
        ("The guy in the video is an asshole", "video is an asshole"),
    ],
)
def test_a_slur_misogynist_ableist_or_obscene_name_is_an_insult_whoever_it_is_said_of(text, words):
    assert calling_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "calling someone a retard is not okay",  # a mention, condemned
        "she was called a whore by trolls and that's disgusting",
        "He called her a slut and was suspended",
        "They used to call people with disabilities retards",
        "The r-word, retard, is a slur and should not be used",
        "The word retard is a slur",
        "My daughter is not a retard, she has autism",  # denied
        "Nobody is a retard",
        "Slut shaming has to stop",
        "I was such a retard in high school",  # the speaker's own
        "Life's a bitch and then you die",  # said of things
        "Karma is a bitch",
        "It's a bitch to park downtown",
        "The commute is a bitch",
        "This car is a piece of shit",
        "What a bitch move by the refs",
        "Son of a bitch, the Bills won!",
        "He said she is a whore and he was banned",  # reported
    ],
)
def test_a_mention_a_denial_the_speakers_own_name_or_one_said_of_a_thing_is_no_name_calling(text):
    assert calling_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The author is a moron", "the author is a moron"),
        ("The reporter is a complete moron", "the reporter is a complete moron"),
        ("The columnist is pathetic", "the columnist is pathetic"),
        ("Whoever wrote this article is an idiot", "whoever wrote this article is an idiot"),
        ("The commenter above is a clown", "the commenter above is a clown"),
        ("Who let this idiot write for a newspaper?", "this idiot"),
        ("This hack of a journalist should be fired", "this hack"),
    ],
)
def test_a_milder_name_said_of_the_writer_or_a_commenter_is_an_insult(text, words):
    assert calling_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "the senator is an idiot",  # a public figure: political speech, left to the model
        "Obama is an idiot",
        "The president is a moron and a liar",
        "This idiot senator wrote a terrible bill",
        "The author of the bill is an idiot",  # not the article's writer
        "The author is a genius",
        "The reporter is right",
        "this garbage article",  # the article, not its writer
        "The reporter was fat-shamed online",
    ],
)
def test_a_milder_name_said_of_a_public_figure_or_the_article_is_left_to_the_model(text):
    assert calling_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Fake news from a fat, ugly, bitter woman.", "fat ugly bitter woman"),
        ("a fat disgusting pig of a woman", "fat disgusting pig"),
    ],
)
def test_two_insulting_adjectives_of_looks_said_of_a_person_are_body_shaming(text, words):
    assert calling_in(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Imagine being this dumb and proud of it.", "imagine being this dumb"),
        ("Imagine being such a loser", "imagine being such a loser"),
        ("Imagine being that ignorant", "imagine being that ignorant"),
        ("Typical MAGA cultist, too stupid to read past the headline.", "typical maga cultist too stupid to read"),
        ("Too dumb to read the article, as usual.", "too dumb to read"),
        ("You're too stupid to understand", "you re too stupid"),
        ("What a braindead take. Go back to your trailer, hillbilly.", "go back to your trailer hillbilly"),
        ("Your editor should fire you, you illiterate hack.", "you illiterate hack"),
    ],
)
def test_mockery_of_the_reader_without_a_you_and_the_writers_names_insult_the_reader(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Imagine being a nurse during covid",
        "Imagine being fat in a world built for thin people",  # imagined, not mocked
        "The plan is too stupid to work",  # said of a thing
        "The senator is too dumb to read the bill",  # of a public figure
        "Typical politician, too stupid to read the room",
        "Go back to your seat, the show is starting",
        "There's a life hack for you",
    ],
)
def test_imagining_a_thing_too_stupid_to_work_or_a_public_figure_is_no_insult_of_the_reader(text):
    assert insult_in(text) is None


def test_the_toxicity_scorer_names_who_a_name_is_said_of_and_holds_an_insult_once():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Bob is a r3tard and a pathetic loser")] == [
        ("insult", 'insults someone ("bob is a retard")')  # masked as written
    ]
    assert [f.reason.message for f in scorer.holds("Jessica Moore is a lying piece of sh*t propagandist.")] == [
        'insults someone ("moore is a lying piece of shit")'
    ]
    assert [f.reason.message for f in scorer.holds("You are a retard")] == ['insults the reader ("you are a retard")']
    assert not scorer.holds("the senator is an idiot")
    assert not scorer.holds("calling someone a retard is not okay")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Keep writing lies like this and see what happens when you walk to your car one night.",
            "keep writing lies like this and see what happens",
        ),
        ("Keep talking and see what happens", "keep talking and see what happens"),
        ("Say that again and see what happens to you", "say that again and see what happens"),
        ("Write another article like this and see what happens", "write another article like this and see what happens"),
    ],
)
def test_a_dare_to_go_on_writing_or_talking_and_see_what_happens_threatens_the_reader(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Keep writing like this and see what happens to your readership",  # advice
        "Keep writing and see what happens!",  # encouragement
        "Try the recipe with less sugar and see what happens",  # an experiment
        "Keep practising and see what happens!",
        "Post it on Reddit and see what happens",
        "Keep running and see what happens to your heart rate",
    ],
)
def test_advice_encouragement_and_experiments_that_see_what_happens_are_no_threat(text):
    assert threat_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The reporter should watch her back.", "should watch her back"),
        ("The editor should watch his back", "should watch his back"),
        ("We know where the paper's office is.", "we know where the paper s office is"),
        ("I know where his house is.", "i know where his house is"),
        ("We know where she works.", "we know where she works"),
    ],
)
def test_a_warning_to_watch_a_back_or_knowing_where_someones_office_is_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "watch your back on that icy step",  # the reader's, and advice
        "we know where the office is, it's on 5th street",  # directions
        "We know where his office is, it's across the hall",
        "I know where she works, I'll ask her",
        "The goalkeeper should watch himself, one more card and he's out",  # "should" warns only of a back
        "Seniors should watch their step on the ice",
    ],
)
def test_advice_and_directions_are_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Nice rack on the reporter in her byline photo.", "nice rack on the reporter"),
        ("Bet she'd be fun in bed.", "she d be fun in bed"),
        ("I bet you're a freak in bed", "you re a freak in bed"),
        ("Hey Emily, you should smile more sweetheart.", "smile more sweetheart"),
        ("Smile for me, baby", "smile for me baby"),
        ("DM me and I'll show you what a real man can do.", "show you what a real man can do"),
        ("She only got the job because she's sleeping with the editor.", "she only got the job because she s sleeping with the editor"),
        ("She slept her way to the top", "slept her way"),
    ],
)
def test_remarks_on_a_womans_body_looks_or_sex_life_are_sexual_harassment(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Nice rack of lamb at the butcher",
        "Nice rack on that truck",
        "The bike rack on Main is broken",
        "She was sick in bed all week",
        "The senator is in bed with big oil",  # a figure of speech
        "Smile more, it's good for you",  # no pet name
        "Thanks honey, see you tonight",
        "Let me show you what a real man is: he raises his kids",
        "She got the job because she's brilliant",
        "She's sleeping with the window open",
        "He was fired for sleeping with the boss's wife",  # news of a scandal, not a slur on a career
    ],
)
def test_racks_of_lamb_sick_beds_smiles_and_an_open_window_are_no_sexual_harassment(text):
    assert harassment_in(text) is None


def whereabouts_in(text: str) -> str | None:
    from commentguard.scoring.attacks import whereabouts

    return whereabouts(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The 'anonymous' complainant is Sarah Liu, she works at the dental office on 3rd and her kids go to "
            "Westview Elementary. Make her famous.",
            "she works at the dental office on [number]",  # unmasked: no call needed
        ),
        ("His kids go to Oak Hill Middle. Make him famous.", "his kids go to oak hill middle ... make him famous"),
        (
            "The woman who filed the complaint works at Lakeside Bank on Main. You know what to do.",
            "complaint works at lakeside bank on main ... you know what to do",
        ),
        ("She works for the county clerk. Get her fired.", "she works for the county clerk ... get her fired"),
        ("The anonymous tipster is Dan Ross, he works at the Ford dealership", "he works at the ford dealership"),
    ],
)
def test_a_private_persons_workplace_or_childrens_school_posted_to_set_readers_on_them_is_doxxing(text, words):
    assert whereabouts_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Sarah Liu works at the dental office on 3rd and she's wonderful with kids",  # praise
        "Her kids go to Westview Elementary and she coaches soccer",
        "He works at the hospital and saved my father's life. Make him famous!",  # "make famous" praises here
        "My sister works at the library, you know what to do if you need books",  # the speaker's own family
        "I work at the Walmart on Elm, you know what to do if you need help",
    ],
)
def test_praise_and_the_speakers_own_workplace_are_no_doxxing(text):
    assert whereabouts_in(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bob is a r3tard and a pathetic loser who lives in his mom's basement, ignore him.", "insult"),
        ("Jessica Moore is a lying piece of sh*t propagandist. Worst 'journalist' in the state.", "insult"),
        ("Who let this idiot write for a newspaper? Your editor should fire you, you illiterate hack.", "insult"),
        ("Imagine being this dumb and proud of it. Your parents must be so disappointed in you.", "insult"),
        ("Keep writing lies like this and see what happens when you walk to your car one night.", "threat"),
        ("The reporter should watch her back. We know where the paper's office is.", "threat"),
        ("Nice rack on the reporter in her byline photo. Bet she'd be fun in bed.", "sexual_harassment"),
        ("She only got the job because she's sleeping with the editor. Typical wh*re.", "sexual_harassment"),
        (
            "The 'anonymous' complainant is Sarah Liu, she works at the dental office on 3rd and her kids go to "
            "Westview Elementary. Make her famous.",
            "doxxing",
        ),
        ("Du bist ein dummer Hurensohn, halt einfach die Fresse.", "toxic_term"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_third_qa_probe_found_approved(text, code):
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Du bist ein dummer Hurensohn, halt einfach die Fresse.", "hurensohn"),
        ("Eres un maricón", "maricon"),
        ("Eres un hijo de puta", "hijo de puta"),
        ("Eres un imbécil, ojalá te mueras pronto.", "ojala te mueras"),
        ("Ferme ta gueule, sale connard.", "ferme ta gueule"),
        ("Tu es un fils de pute", "fils de pute"),
        ("Sale arabe, rentre chez toi", "sale arabe"),
        ("Vaffanculo stronzo", "vaffanculo"),
    ],
)
def test_severe_abuse_in_another_language_holds_from_the_shipped_list(text, term):
    from commentguard.scoring.toxicity import load_scorer

    held = [f for f in load_scorer({"TOXICITY_ENCODER": "false"}).holds(text) if f.reason.code == "toxic_term"]
    assert held and f'"{term}"' in held[0].reason.message


@pytest.mark.parametrize(
    "text",
    [
        "Das Essen war de puta madre",  # praise in Spain: "puta" alone is not listed
        "Il negro era bellissimo",  # the colour
        "Halt die Tür auf, bitte",
        "La salle arabe du musée est magnifique",
    ],
)
def test_words_that_are_abusive_only_in_some_uses_are_not_on_the_list(text):
    from commentguard.scoring.toxicity import load_scorer

    assert not load_scorer({"TOXICITY_ENCODER": "false"}).holds(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "@Greg_M you are genuinely the dumbest person who has ever posted on this site, and that's saying something.",
            "you are genuinely the dumbest person",
        ),
        ("You're honestly the most pathetic person on this site.", "you re honestly the most pathetic"),
        ("you are the stupidest poster here", "you are the stupidest"),
        ("You are easily the ugliest", "you are easily the ugliest"),
        ("Shut up, you inbred hick", "you inbred hick"),
    ],
)
def test_a_superlative_insult_at_the_reader_is_an_insult(text, words):
    assert insult_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "You are the smartest person here",
        "You are easily the most thoughtful commenter here.",
        "You're honestly the funniest person on this site.",
        "You are most welcome",
        "That was the dumbest decision the council ever made",  # not said of the reader
    ],
)
def test_a_superlative_of_praise_or_of_a_decision_is_no_insult(text):
    assert insult_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "He told my son 'you are so stupid' and the school did nothing.",
        "The coach yelled 'shut up, idiot' at a 10 year old.",
        "The ref heard him say 'fuck you' and sent him off.",
    ],
)
def test_an_insult_quoted_to_report_it_is_not_the_commenters(text):
    assert insult_in(text) is None


def test_an_insult_after_words_of_saying_that_are_the_commenters_own_or_name_the_writer_is_still_an_insult():
    assert insult_in("As I said, you are a moron") == "you are a moron"
    assert insult_in("The reporter who wrote this is a hack. Go get a real job, moron.") == "get a real job moron"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sé dónde trabajas, maldito sapo. Vas a pagar por lo que escribiste, te lo juro.", "se donde trabajas"),
        ("Vas a pagar por lo que escribiste", "vas a pagar por lo que escribiste"),
        ("Te voy a encontrar y me las vas a pagar", "te voy a encontrar"),
        ("Je sais où tu habites, sale menteur.", "je sais ou tu habites"),
        ("Ich weiß, wo du wohnst.", "ich weiß wo du wohnst"),
        ("So dove abiti.", "so dove abiti"),
        ("Eu sei onde você mora, vou te matar", "sei onde voce mora"),
    ],
)
def test_a_threat_in_another_language_is_found_and_quoted(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "No sé dónde vives, pero te mando el libro.",  # denied
        "Non so dove abiti ma ti mando una cartolina",
        "Vas a pagar por lo que compres en la tienda",  # a price
        "Te lo juro, el partido fue increíble",
        "Ich weiß nicht, wo du wohnst",
    ],
)
def test_a_denial_or_a_price_in_another_language_is_no_threat(text):
    assert threat_in(text) is None


def test_a_place_the_reader_lives_said_to_be_something_is_no_threat():
    assert threat_in("I know where you live is expensive, but the new bus line should help.") is None
    assert threat_in("I know where you live.") == "i know where you live"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Amanda Cole, you should really think about what you write. People know where you park. Accidents happen.",
            "know where you park ... accidents happen",
        ),
        (
            "Councilman Pratt, I know what your car looks like. You vote for that tax again and you won't be driving it home.",
            "know what your car looks like ... you won t be driving",
        ),
        (
            "Keep posting, Linda. Your husband's truck is very recognizable. Be a shame about those brake lines.",
            "your husband s truck is very recognizable ... be a shame",
        ),
        (
            "Keep running your mouth Tom, I know you drink at Rusty's every Friday. Maybe we'll have a little chat in the parking lot.",
            "know you drink at rusty s every friday ... have a little chat",
        ),
        ("Everyone knows where you jog in the mornings. Things happen.", "knows where you jog ... things happen"),
        ("They know what time you leave work. Stuff happens.", "know what time you leave ... stuff happens"),
        ("Your car is easy to spot in the lot. Be a real shame if it caught fire.", "your car is easy to spot ... be a real shame"),
        ("I know you walk your dog every night at 10. You've been warned.", "know you walk your dog every night ... been warned"),
    ],
)
def test_watching_someones_life_and_an_omen_together_are_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Would be a shame if something happened to that nice little newsroom on Water Street some night when nobody's there.",
            "be a shame if something happened to that nice little newsroom",
        ),
        ("Nice house. Would be a shame if anything happened to your family.", "be a shame if anything happened to your family"),
        ("It'd be a shame if something happened to that pretty face of yours", "be a shame if something happened to that pretty face"),
    ],
)
def test_the_racketeers_shame_if_something_happened_to_yours_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "It would be a shame if the library closed.",  # an omen alone
        "Accidents happen on that curve every winter, they need a guardrail.",
        "Accidents happen. Glad nobody was hurt.",
        "I know where you park is a nightmare on game days.",  # a watch alone
        "I know you drink at Rusty's every Friday, see you at trivia!",
        "I know what your car looks like, it's the blue Subaru, right? Love that color.",
        "Your truck is very recognizable, where did you get that paint job?",
        "It would be a shame if something happened to the old mill, it's the last landmark we have.",  # a landmark
        "It would be a shame if something happened to the bill in committee",
        "I don't know where you park, but just saying, the garage is cheaper",  # denied
        "You won't be needing a coat tomorrow, it'll be 70 degrees. Just saying.",
        "He told her 'I know where you park. Accidents happen.' and she called the police",  # reported
    ],
)
def test_an_omen_or_a_watch_alone_a_landmark_a_denial_and_a_report_are_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("im gonna find u and beet ur face in til ur own momma dont recognise u", "i m gonna find you and beet your face in"),
        ("ima find u and brake ur legs", "i m gonna find you and brake your legs"),
        ("u better watch ur back", "better watch your back"),
        ("im gonna kill u", "kill you"),
    ],
)
def test_a_threat_typed_in_shorthand_and_misspelt_is_read_as_the_threat(text, words):
    from commentguard.scoring.toxicity import load_scorer

    held = [f for f in load_scorer({"TOXICITY_ENCODER": "false"}).holds(text) if f.reason.code in ("threat", "violence")]
    assert held and f'("{words}")' in held[0].reason.message


@pytest.mark.parametrize(
    "text",
    ["u r so right lol", "im gonna find u a link to the study", "The beet salad at Rosa's is the best", "Brake your car early on ice"],
)
def test_shorthand_and_misspellings_that_threaten_no_one_are_left_alone(text):
    from commentguard.scoring.toxicity import load_scorer

    assert not load_scorer({"TOXICITY_ENCODER": "false"}).holds(text)


def contact_in(text: str) -> str | None:
    from commentguard.scoring.attacks import contact_details

    return contact_details(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Here's the judge's personal cell, 555-291-7734. Let's all give him a call at 2am and tell him what we think.",
            "judge s personal cell [phone number] ... let s all",
        ),
        ("That councilman's home number is 555-201-3344, give him a call tonight.", "councilman s home number is [phone number] ... give him a call"),
        ("The reporter's cell is 555 839 1200, blow up her phone.", "reporter s cell is [phone number] ... blow up her phone"),
        ("He drives a black Tahoe, plate 7XKM221. Pay him a visit.", "plate [number] ... pay him a visit"),
    ],
)
def test_a_private_phone_number_or_a_plate_posted_with_a_call_to_harass_is_doxxing(text, words):
    assert contact_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Call the mayor's office at 555-301-2200 to complain about the potholes.",  # an office
        "Joe's Plumbing fixed our leak in an hour, his cell is 555-201-9988, give him a call!",  # a recommendation
        "Here's the clinic's number: 555-222-1234. Everyone call and book your flu shot.",
        "Here's my personal cell, 555-201-3344, call me if you need a ride to the polls.",  # the speaker's own
        "MISSING: Tyler Brandt, 12. If you see him call 555-201-7788.",  # an appeal
        "Let's all look out for plate ABC 1234 and call police if you see it, it hit a kid on Elm.",
        "The senator's office line is 555-222-1111. Let's all call and ask him to vote no.",
    ],
)
def test_an_office_a_business_the_speakers_own_number_and_an_appeal_are_no_doxxing(text):
    assert contact_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "The kid who filmed the fight goes to Westbrook Middle, his name is Tyler Brandt, 7th grade, gets picked up at "
            "3:15 by the side gate. Someone should teach him a lesson.",
            "the kid who filmed the fight goes to westbrook middle ... teach him a lesson",
        ),
        ("The girl in the video goes to Lincoln High. Make her life hell.", "the girl in the video goes to lincoln high ... make her life hell"),
    ],
)
def test_a_childs_own_school_posted_with_a_call_to_harm_is_doxxing(text, words):
    assert whereabouts_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The boy who won the spelling bee goes to Westbrook Middle. Make him famous!",  # praise
        "My son goes to Westbrook Middle and loves it.",  # the speaker's own
        "MISSING: Tyler Brandt, 12, goes to Westbrook Middle, last seen at 3:15 by the side gate. Call police.",
        "She goes to the gym every morning, make her famous",  # no school
    ],
)
def test_praise_the_speakers_own_child_and_a_missing_child_appeal_are_no_doxxing(text):
    assert whereabouts_in(text) is None


def test_a_street_address_posted_with_a_call_to_harm_is_doxxing_though_no_one_is_said_to_live_there():
    from commentguard.scoring.attacks import home_address

    def address_in(text: str) -> str | None:
        return home_address(tokenize(normalize(text).text))

    assert (
        address_in("Found him. The guy who ran over the dog is Brian Tessler, 2211 Oakview Dr, drives a gray F-150. Make his life hell.")
        == "[number] oakview dr ... make his life hell"
    )
    assert address_in("The landlord is Gary Moss, 14 Birch Lane. Someone should teach him a lesson.") == "[number] birch lane ... teach him a lesson"
    assert address_in("Tony's Pizza, 22 Main St. You know what to do!") is None  # a business, and no call to harm
    assert address_in("The fire at 14 Mill Street was put out quickly.") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Honestly Megan should stick to doing the weather in a tight dress, that's the only reason anyone watches her.",
            "only reason anyone watches her",
        ),
        ("I'd love to give her a private interview ;)", "i d love to give her a private interview"),
        ("@Lisa_R with that profile pic you can come sit on my lap and I'll explain economics to you sweetheart", "you can come sit on my lap"),
        ("That anchor can read me the headlines in bed any time.", "that anchor can read me the headlines in bed"),
        ("Bet she's a freak, someone find her IG", "she s a freak"),
        ("Come sit on my face, sweetie", "come sit on my face"),
    ],
)
def test_a_private_meeting_wished_a_lap_offered_a_bed_and_a_freak_are_sexual_harassment(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "My cat likes to sit on my lap while I read the paper.",
        "The grandkids come sit on my knee for stories.",
        "My wife is great, she can bring me breakfast in bed on Sundays.",  # the speaker's own
        "I bet she's a freak about grammar, look at that editing.",
        "Bet she's a freak on the keyboard, what a solo!",
        "The only reason anyone watches her show is the guest lineup.",
        "The only reason anyone watches her is her expertise on hurricanes.",  # no looks
        "I'd love to give her a private tour of the museum.",
        "The mayor gave her a private interview last week.",
    ],
)
def test_laps_for_cats_breakfast_in_bed_a_grammar_freak_and_a_private_tour_are_no_sexual_harassment(text):
    assert harassment_in(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("@Greg_M you are genuinely the dumbest person who has ever posted on this site. Go back to your coloring book.", "insult"),
        ("Shut the f*** up Kevin you inbred hick, nobody cares what a sister-marrying loser thinks.", "insult"),
        ("Councilman Pratt, I know what your car looks like. You vote for that tax again and you won't be driving it home.", "threat"),
        ("Would be a shame if something happened to that nice little newsroom on Water Street some night. Just saying.", "threat"),
        ("Amanda Cole, you should really think about what you write. People know where you park. Accidents happen.", "threat"),
        ("Keep posting, Linda. Your husband's truck is very recognizable. Be a shame about those brake lines.", "threat"),
        ("Keep running your mouth Tom, I know you drink at Rusty's every Friday. Maybe we'll have a little chat in the parking lot.", "threat"),
        ("im gonna find u and beet ur face in til ur own momma dont recognise u", "threat"),
        ("Sé dónde trabajas, maldito sapo. Vas a pagar por lo que escribiste, te lo juro.", "threat"),
        ("Here's the judge's personal cell, 555-291-7734. Let's all give him a call at 2am and tell him what we think.", "doxxing"),
        (
            "The kid who filmed the fight goes to Westbrook Middle, his name is Tyler Brandt, 7th grade, gets picked up at 3:15 "
            "by the side gate. Someone should teach him a lesson.",
            "doxxing",
        ),
        ("Found him. The guy who ran over the dog is Brian Tessler, 2211 Oakview Dr, drives a gray F-150 plate KLM-4471. Make his life hell.", "doxxing"),
        ("Honestly Megan should stick to doing the weather in a tight dress. I'd love to give her a private interview ;)", "sexual_harassment"),
        ("@Lisa_R with that profile pic you can come sit on my lap and I'll explain economics to you sweetheart", "sexual_harassment"),
        ("That anchor can read me the headlines in bed any time. Bet she's a freak, someone find her IG and post it here.", "sexual_harassment"),
    ],
)
def test_the_pipeline_holds_the_attacks_the_fourth_qa_probe_found_approved(text, code):
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


@pytest.mark.parametrize(
    "text",
    [
        "The governor busing migrants up here for a photo op is a disgusting stunt. These are human beings.",
        "The author is a stupid headline writer's dream, honestly.",
    ],
)
def test_an_insulting_adjective_before_a_word_for_no_person_describes_that_word(text):
    assert calling_in(text) is None


@pytest.mark.parametrize("text", ["The author is a disgusting person.", "The author is disgusting.", "The author is stupid and lazy."])
def test_an_insulting_adjective_said_of_the_writer_alone_or_of_a_person_still_insults(text):
    assert calling_in(text) is not None

"""Threats to the reader and veiled threats to anyone: held for a moderator whatever the toxicity score says."""

import pytest

from commentguard.scoring.threats import threat
from commentguard.text.normalize import normalize, sentence_tokens, tokenize


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
    from commentguard.scoring.threats import veiled_threat

    return veiled_threat(sentence_tokens(normalize(text).text))


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
        ("Sé dónde trabajas, maldito sapo. Vas a pagar por lo que escribiste, te lo juro.", "se donde trabajas"),
        ("Vas a pagar por lo que escribiste", "vas a pagar por lo que escribiste"),
        ("Te voy a encontrar y me las vas a pagar", "te voy a encontrar"),
        ("Je sais où tu habites, sale menteur.", "je sais ou tu habites"),
        ("Ich weiß, wo du wohnst.", "ich weiß wo du wohnst"),
        ("So dove abiti.", "so dove abiti"),
        ("Eu sei onde você mora, vou te matar", "sei onde voce mora"),
        ("Nerede oturduğunu biliyorum, geleceğim.", "nerede oturdugunu biliyorum"),
        ("Nerede çalıştığını biliyorum.", "nerede calıstıgını biliyorum"),
        ("Seni öldüreceğim.", "seni oldurecegim"),
        ("Ik weet waar je woont.", "ik weet waar je woont"),
        ("Nitakuua wewe.", "nitakuua"),
        ("Najua unapoishi.", "najua unapoishi"),
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
        "Der Täter drohte: „Ich weiß, wo du wohnst“.",  # reported, as "he said I know where you live" is
        "'Nerede oturduğunu biliyorum' dedi ve gitti.",
        "Il m'a écrit « je sais où tu habites », j'ai porté plainte.",
    ],
)
def test_a_denial_a_price_or_a_report_in_another_language_is_no_threat(text):
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
            "Listen Tom, I know you drink at Rusty's every Friday. Maybe we'll have a little chat in the parking lot.",
            "know you drink at rusty s every friday ... have a little chat",
        ),
        ("Everyone knows where you jog in the mornings. Things happen.", "knows where you jog ... things happen"),
        ("They know what time you leave work. Stuff happens.", "know what time you leave ... stuff happens"),
        ("Your car is easy to spot in the lot. Be a real shame if it caught fire.", "your car is easy to spot ... be a real shame"),
        ("I know you walk your dog every night at 10. You've been warned.", "know you walk your dog every night ... been warned"),
        ("I know you park at the Elm St garage. See you soon.", "know you park at ... see you soon"),
        ("Keep posting, Sarah. I know your schedule. Accidents happen.", "know your schedule ... accidents happen"),
        ("If Rob reads this: we know you drive the blue Mazda. Accidents happen.", "know you drive ... accidents happen"),
        (
            "Hey Officer Brandt, we know you live in Westfield. Enjoy looking over your shoulder for the rest of your life.",
            "know you live in ... looking over your shoulder",
        ),
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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Would be a real shame if something happened to it while she's at the courthouse",
            "a real shame if something happened to it while she s at the courthouse",
        ),
        ("it'd be a terrible shame if anything happened to your car", "a terrible shame if anything happened to your car"),
        ("Shame if anything happened to the shop when you're away", "shame if anything happened to the shop when you re away"),
    ],
)
def test_the_racketeers_shame_with_words_inside_it_or_said_while_the_owner_is_away_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "That councilman should really be careful where he parks. Brakes fail all the time on those old Buicks.",
            "careful where he parks ... brakes fail",
        ),
        ("keep talking, Tom. I know what you drive and where you get your coffee. see you around", "know what you drive ... see you around"),
        (
            "journalists have accidents too. Think about that next time you write about my brother.",
            "have accidents ... next time you write",
        ),
        ("Mosque on Fairview better hope nobody gets careless with a match this summer.", "better hope nobody gets careless with a match"),
    ],
)
def test_watching_someones_life_or_writing_and_an_omen_worded_differently_are_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "it would be a real shame if something happened to the library's funding",  # a budget, no one away
        "It would be a shame if something happened to the old mill while we argue about zoning",
        "be careful where you park downtown, tickets are $60",  # a watch alone
        "brakes fail all the time on those old Buicks, get them checked",  # an omen alone
        "journalists have accidents on the job like anyone",
        "think about that next time you write about the economy",
        "I know what you drive, I sold it to you last year",
        "see you around, Tom! great chat",
        "the Bills better hope nobody gets injured before the playoffs",  # no fire
        "you better hope nothing happens to gas prices",
    ],
)
def test_a_budget_a_watch_or_an_omen_alone_and_a_hope_without_fire_are_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "you have until Friday to reverse this or me and my boys come visit you at home. This is not a joke.",
            "you have until friday to reverse this or me and my boys come visit you",
        ),
        (
            "I'm gonna find you, 'LibertyMom78', and when I do you're gonna regret every word you typed.",
            "you re gonna regret every word",
        ),
        ("I swear you won't make it to your car one of these nights.", "you won t make it to your car one of these nights"),
        ("I swear you'll never make it home", "you ll never make it home"),
    ],
)
def test_an_ultimatum_a_regret_of_every_word_and_a_way_home_cut_short_threaten_the_reader(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "you have until Friday to submit your comments to the council",  # a deadline alone
        "you have until Friday to RSVP or we'll give your seat away",  # a penalty, nobody comes
        "you'll regret every penny you spent on that car",  # advice
        "I swear you won't make it to the end of this book",
        "you won't make it home in this traffic",  # a forecast
    ],
)
def test_a_deadline_advice_and_a_forecast_are_no_threat(text):
    assert threat_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The judge who signed off on this should remember judges got addresses too. Just a friendly reminder.", "judges got addresses too"),
        ("Remember that journalists have addresses too.", "journalists have addresses too"),
    ],
)
def test_saying_that_people_named_by_their_office_have_addresses_too_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Renters have addresses too, so send them ballots.",
        "I know you work at the bank. See you soon.",  # a job known, and a friend's goodbye
        "Judges don't have addresses too public, they are protected.",
    ],
)
def test_an_address_or_a_workplace_known_without_a_threat_is_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("@ProudMom74 you said Cincinnati right? Not a big town. Keep running your mouth and see what happens.", "keep running your mouth"),
        ("Keep writing these articles and see what happens. I know the newsroom address.", "keep writing these articles and see what happens"),
        ("Keep pushing your commie agenda and see what happens to it.", "keep pushing your commie agenda and see what happens"),
    ],
)
def test_telling_the_reader_to_keep_saying_it_and_see_what_happens_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    ["Keep voting for them and see what happens.", "Keep practising and see what happens!", "Keep posting recipes like this, love them"],
)
def test_a_forecast_or_encouragement_to_keep_going_is_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lovely ref, lovely family, shame if that nice semi of his in Crawley got an unexpected visit after saturday.", "shame if that nice semi of his in crawley got an unexpected visit"),
        ("Those freaks in the park with their kids. Shame if some guys with bats showed up next year.", "shame if some guys with bats"),
        ("I know you work at the Hy-Vee on Grand. Be a shame if your tires got slashed in the lot.", "be a shame if your tires got slashed"),
        ("Nice house you've got. Would be a shame if everyone knew exactly where you live.", "be a shame if everyone knew exactly where"),
    ],
)
def test_the_racketeers_shame_with_what_would_befall_someone_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "It'd be a shame if he got hurt before the playoffs.",
        "Would be a shame if the library got vandalised again.",
        "Shame if they showed up late again lol",
        "It would be a shame if everyone knew where the bakery is, it'd be packed",
        "Would be a shame if their budget got slashed again.",
    ],
)
def test_a_shame_feared_for_someone_or_said_of_a_place_is_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Someone should pay him a visit. He deserves it.", "someone should pay him a visit"),
        ("Someone should pay him a visit at home and remind him what happens to traitors.", "someone should pay him a visit"),
        ("Somebody should pay the honorable justices a visit at home. Peacefully of course ;)", "somebody should pay the honorable justices a visit"),
    ],
)
def test_a_visit_someone_should_pay_at_home_or_to_remind_or_explain_is_a_veiled_threat(text, words):
    assert veiled_in(text) == words


@pytest.mark.parametrize(
    "text",
    ["Someone should pay her a visit and bring her some soup.", "Someone should pay her a visit, she's lonely since her husband died."],
)
def test_a_kind_visit_is_no_veiled_threat(text):
    assert veiled_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I will hurt you.", "i will hurt you"),
        ("I'll punch you", "i ll punch you"),
        ("we will hurt you and your family", "we will hurt you"),
        ("I'm gonna strangle you so bad", "i m gonna strangle you"),
        ("I'll slap you!", "i ll slap you"),
        ("I'm going to come round and punch you", "i m going to come round and punch you"),
        ("Keep it up. I'll cut you.", "i ll cut you"),
        ("I'll end you", "i ll end you"),
        ("If you say that again I will hit you.", "i will hit you"),  # the reader's words, not a report
        ("You're dead meat, pal", "you re dead meat"),
        ("you are a dead man", "you are a dead man"),
    ],
)
def test_a_speaker_who_will_hurt_the_reader_threatens_them_without_naming_a_weapon(text, words):
    assert threat_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'll kick you off the team",
        "I'll cut you a deal on the tickets",
        "I'll hit you up later",
        "I'll hit you with the link",
        "I will beat you at chess",  # and "I'll beat you to it": a game or a race, not a blow
        "I would never hurt you",
        "I don't want to hurt you",
        "I am sorry it hurt you.",  # something else did the harm
        "The tariffs will hurt you and me",
        "He said he would hurt you",
        "He told me you're a dead man",
    ],
)
def test_harm_that_is_a_game_an_offer_a_denial_or_someone_elses_is_no_threat(text):
    assert threat_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [("i swear to god ill bash your skull in", "i ll bash your skull in"), ("ill find you", "i ll find you")],
)
def test_ill_typed_without_its_apostrophe_before_what_the_speaker_will_do_is_i_will(text, words, rule_holds):
    assert [f.reason.message for f in rule_holds(text)] == [f'threatens the reader ("{words}")']


@pytest.mark.parametrize("text", ["he is ill", "she fell ill and died", "mentally ill people get no help", "ill be there at 5"])
def test_ill_that_is_sick_holds_nothing(text, rule_holds):
    assert not rule_holds(text)


@pytest.mark.parametrize(
    "text",
    ["one more comment like that and ur getting your head kicked in", "You're gonna get your teeth kicked in if I ever see you",
     "you and me outside after the match. youll be leaving in an ambulance",
     "Keep replying to me and ill come round and smash your skull in"],
)
def test_the_reader_told_they_will_be_beaten_or_carried_off_is_threatened(text, rule_holds):
    assert [f.reason.code for f in rule_holds(text)] == ["threat"]


@pytest.mark.parametrize("text", ["he had to leave in an ambulance", "he got his head kicked in last night"])
def test_news_of_an_ambulance_or_a_beating_threatens_no_one(text, rule_holds):
    assert not rule_holds(text)


@pytest.mark.parametrize("text", ["Youre dead meat pal. DEAD. MEAT.", "Mate I'll glass you if you show your face at the Royal again"])
def test_dead_meat_typed_without_an_apostrophe_and_a_glassing_threaten_the_reader(text, rule_holds):
    assert [f.reason.code for f in rule_holds(text)] == ["threat"]


@pytest.mark.parametrize(("text", "held"), [("ur dead. u hear me? DEAD.", True), ("you're dead mate", True), ("you're dead wrong", False),
                                             ("your dead mother would be ashamed", False), ("you are dead to me", False)])
def test_youre_dead_ending_a_sentence_threatens_and_dead_wrong_does_not(text, held, rule_holds):
    assert bool(rule_holds(text)) is held


@pytest.mark.parametrize(
    ("text", "held"),
    [("Ur dead if I ever catch u. simple as", True), ("you're dead if you miss the deadline", False),
     ("I'd knock you out in one punch you keyboard warrior", True)],
)
def test_dead_if_i_catch_you_and_a_knockout_threaten_and_a_deadline_does_not(text, held, rule_holds):
    assert bool(rule_holds(text)) is held

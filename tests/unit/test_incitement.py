"""Calls for violence against people: held for a moderator whatever the toxicity score says."""

import pytest

from commentguard.scoring.base import CommentInput, Effect, Verdict
from commentguard.scoring.incitement import dehumanising, harm_wish, named_all_of_them, violent_call
from commentguard.text.normalize import normalize, sentence_tokens, tokenize


def call_in(text: str) -> str | None:
    return violent_call(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hang every one of those traitors!", "hang every one of those traitors"),
        ("Kill every last one of them", "kill every last one of them"),
        ("They should all be shot.", "they should all be shot"),
        ("These traitors need to be hanged", "traitors need to be hanged"),
        ("Obama should be hanged for treason", "obama should be hanged"),
        ("they should be publicly executed", "they should be publicly executed"),
        ("These people need to be deported and shot if they come back.", "people need to be deported and shot"),
        ("Round them up and shoot them", "shoot them"),
        ("someone needs to shoot him", "shoot him"),
        ("Let's hang the liberals", "hang the liberals"),
        ("Execute the traitors", "execute the traitors"),
        ("It's time to hang them all", "hang them"),
        ("make it legal to castrate those animals", "castrate those animals"),
        ("I will kill you", "kill you"),
        ("Someone should shoot you traitors", "shoot you traitors"),
        ("You should kill yourself", "kill yourself"),
        ("Save us all the trouble and unalive yourself.", "unalive yourself"),  # the filter-dodging word
        ("he should be unalived", "he should be unalived"),
        ("Just gas them", "gas them"),
        ("He deserves to die", "he deserves to die"),
        ("I hope he dies", "i hope he dies"),
        ("I hope those traitors die", "hope those traitors die"),
        ("wipe the democrats off the face of the earth", "wipe the democrats off the face of the earth"),
        ("Someone should put a bullet in his head", "put a bullet in his head"),
        ("We should put bullets into those traitors", "put bullets into those traitors"),
        ("I will put a bullet in you", "put a bullet in you"),
        ("Th\u0435y sh\u043euld all be SHOT", "they should all be shot"),  # look-alike letters, shouting
    ],
)
def test_a_call_for_violence_against_people_is_found_and_quoted(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Why did the officer shoot him?",  # news: a report, not a call
        "The cop had to shoot him",
        "Police shot him in the back",
        "He was killed in action",
        "They will kill us all",  # fear, not a call
        "They want to kill us",
        "Kill the bill",  # things, not people
        "The plan should be executed carefully",
        "the movie should be shot in black and white",
        "That idea should be shot down",
        "Taxes will kill you",  # figures of speech
        "Shoot them an email",
        "Someone should shoot you an email",  # "you" only in the speaker's own threat
        "Just shoot you a message",
        "Hang him out to dry",
        "I could kill for a coffee",
        "A view to die for",
        "I would die for my country",
        "We all must die someday",
        "Don't kill them",  # denied
        "Nobody deserves to die",
        "Stop killing them",
        "the rangers had to kill those animals",
        "kill the animals humanely",
        "I don't want to see any species wiped out.",
        "How not to unalive yourself: where to call for help",
        "The gunman put a bullet in his head",  # news
        "Don't put a bullet in him",
        "the sniper put a bullet through the window",
    ],
)
def test_reports_figures_of_speech_things_and_denials_are_not_calls_for_violence(text):
    assert call_in(text) is None


def test_the_toxicity_scorer_holds_a_call_for_violence_and_names_it_whatever_its_score():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    findings = scorer.score(CommentInput(content="Hang every one of those traitors"))
    held = [f for f in findings if f.effect is Effect.HOLD and f.reason.code == "violence"]
    assert held and '"hang every one of those traitors"' in held[0].reason.message
    assert [f.reason.code for f in scorer.holds("Hang every one of those traitors")] == ["violence"]
    assert not [f for f in scorer.score(CommentInput(content="Kill the bill")) if f.effect is Effect.HOLD]


def test_the_pipeline_holds_a_threat_for_a_moderator_and_never_files_it_as_spam():
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules_config import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content="These traitors need to be hanged."))
    assert decision.verdict is Verdict.HOLD
    assert "violence" in [r.code for r in decision.reasons]


def wish_in(text: str) -> str | None:
    return harm_wish(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I hope your whole family gets cancer", "hope your whole family gets cancer"),
        ("hope you get raped", "hope you get raped"),
        ("I hope he gets raped in prison", "hope he gets raped"),
        ("I hope they get hit by a bus", "hope they get hit by a bus"),
        ("I pray those traitors get shot", "pray those traitors get shot"),
        ("I hope your kids die", "hope your kids die"),
        ("Die in a fire", "die in a fire"),
        ("Go die in a fire", "go die in a fire"),
    ],
)
def test_a_wish_that_people_come_to_harm_is_found_and_quoted(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I pray her cancer goes into remission",  # sympathy
        "I hope he survives being shot",
        "I hope nobody gets hurt",
        "I hope you don't get cancer",
        "I hope he was not shot",
        "I hope the cancer research gets funded",
        "I hope you get well soon",
        "I hope they get caught",
        "Three people die in a fire",  # news
    ],
)
def test_sympathy_denials_and_news_are_not_wishes_of_harm(text):
    assert wish_in(text) is None


def test_the_toxicity_scorer_holds_a_wish_of_harm_once_even_where_it_is_also_a_call_for_violence():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [f.reason.code for f in scorer.holds("I hope your whole family gets cancer")] == ["harm_wish"]
    assert [f.reason.code for f in scorer.holds("I hope he dies")] == ["violence"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Someone should put a bullet in that judge's head.", "put a bullet in that judge s head"),
        ("Someone should shoot the judge", "shoot the judge"),
        ("Burn it all down and hang the councilmen.", "hang the councilmen"),
        ("Kill the reporters", "kill the reporters"),
        ("Hang this corrupt mayor", "hang this corrupt mayor"),
        ("The judge should be shot", "judge should be shot"),
        ("I hope the senator dies", "hope the senator dies"),
        ("I say hang the councilmen", "hang the councilmen"),  # the speaker's own words
    ],
)
def test_a_call_for_violence_against_people_named_by_their_office_is_found_and_quoted(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Time to grab your guns, boys. Burn their offices down.", "burn their offices down"),
        ("Somebody needs to burn down the mayor's house.", "burn down the mayor s house"),
        ("Let's burn the mosque down", "burn the mosque down"),
        ("We should burn them alive", "burn them alive"),
        ("Burn their offices!", "burn their offices"),
    ],
)
def test_a_call_to_burn_people_or_their_buildings_is_found_and_quoted(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Shoot the judge an email",  # figures of speech
        "Someone should shoot the judge an email about it",
        "Shoot the reporter a question",
        "Hang the officials out to dry",
        "The judge should hang the verdict on the evidence",  # things, not people
        "Kill the president's bill",  # what belongs to the people, not the people
        "Hang the judge's portrait in the hall",
        "Execute the governor's plan",
        "The portrait of the mayor should be hung in the lobby",
        "The senators should stab the president in the back",  # a betrayal
        "Nobody should shoot the judge",  # denied
        "Why did the officer shoot the man?",  # news
        "Burn it all down",  # anger at everything
        "Let's burn the house down tonight, party!",
        "Let's burn the church mortgage",
        "Rioters burn their offices down every summer",  # a report
        "The heater can burn your house down",
        "Don't let the space heater burn your house down",
        "People kill people",
        "The councilman's house was burned down",
    ],
)
def test_figures_of_speech_things_of_theirs_reports_and_denials_are_not_calls_against_officials(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Whoever said someone should shoot the judge should be banned",
        "Saying the judge should be shot is disgusting and the police should investigate",
        "The protesters chanted hang the mayor",
        "Trump said they should all be shot",
        "He told me to go die in a fire",
    ],
)
def test_a_call_the_comment_quotes_to_report_or_condemn_it_is_not_the_commenters_call(text):
    assert call_in(text) is None
    assert wish_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I'd pay good money to see this whole family in body bags.", "pay good money to see this whole family in body bags"),
        ("I want to see them dead", "want to see them dead"),
        ("Can't wait to see him in a body bag", "wait to see him in a body bag"),
        ("Would love to see those traitors in coffins", "love to see those traitors in coffins"),
    ],
)
def test_the_speakers_wish_to_see_people_dead_is_a_wish_of_harm(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to see our soldiers in body bags",  # grief
        "Nobody wants to see kids in body bags",
        "I'd like to see him in jail",
        "I'd love to see them win",
        "I want to see the dead honoured",
        "I hope doctors catch cancer early",  # care, not a curse
    ],
)
def test_grief_hopes_for_justice_and_care_are_not_wishes_of_harm(text):
    assert wish_in(text) is None


def dehumanising_in(text: str) -> str | None:
    from commentguard.scoring.incitement import dehumanising

    return dehumanising(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Muslims are a cancer on Western civilization", "muslims are a cancer"),
        ("Liberals are a disease", "liberals are a disease"),
        ("They are a plague upon this country", "they are a plague"),
    ],
)
def test_a_group_of_people_called_a_disease_is_dehumanised(text, words):
    assert dehumanising_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "She was a cancer survivor",
        "They are cancer patients",
        "The cause of death was cancer",
        "She's a Cancer",  # a star sign
        "Smoking is a cancer on society",  # not people
        "They are a disease research charity",
    ],
)
def test_a_disease_said_of_anything_but_a_group_of_people_is_medicine(text):
    assert dehumanising_in(text) is None


def test_the_toxicity_scorer_holds_the_calls_the_qa_probe_found_approved_and_names_them():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Someone should put a bullet in that judge's head.")] == [
        ("violence", 'calls for violence against people ("put a bullet in that judge s head")')
    ]
    assert [f.reason.code for f in scorer.holds("Time to grab your guns, boys. Burn their offices down.")] == ["violence"]
    assert [f.reason.code for f in scorer.holds("I'd pay good money to see this whole family in body bags.")] == ["harm_wish"]
    assert not scorer.holds("Someone should shoot the judge an email")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Every politician who voted for this deserves a bullet.", "deserves a bullet"),
        ("Traitors like him deserve the rope!", "deserve the rope"),
        ("They all deserve a noose", "deserve a noose"),
        ("Every one of them gets a bullet", "gets a bullet"),
        ("He deserves a bullet in the head", "deserves a bullet"),
        ("The mayor deserves a rope, not a recall", "deserves a rope"),
        ("Every leftist traitor in this town deserves a rope and a lamppost.", "deserves a rope"),
        ("I'll put him in the ground", "put him in the ground"),
        ("Someone should put that judge in hospital", "put that judge in hospital"),
        ("Firebomb the hotel. They'll soon get the message.", "firebomb the hotel"),
        ("Petrol bomb their offices", "petrol bomb their offices"),
        ("Burn the hotel down", "burn the hotel down"),
        ("Whoever wrote this rubbish should be shot", "rubbish should be shot"),  # the writer, not a report
        ("The idiot who wrote this should die", "this should die"),
    ],
)
def test_a_deserved_bullet_a_grave_a_firebomb_or_the_writer_shot_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "London deserves a bullet train",  # a thing
        "This section deserves a bullet point of its own",
        "You don't deserve a rope burn like that",
        "The kids get a rope swing at the park",
        "The manager deserves the bullet after that run",  # the sack
        "Nobody deserves a bullet for a tweet",  # denied
        "He doesn't deserve the rope, he deserves a fair trial",
        "Does anyone really deserve a bullet for a tweet?",  # asked
        "The kids get the rope swing on Saturdays",
        "The crash put him in a coma",  # news
        "The band nearly burned the hotel down in 1974",
        "Whoever wrote someone should shoot the judge should be banned",  # still a report
        "Whoever wrote this should be fired",  # the sack
    ],
)
def test_trains_bullet_points_the_sack_denials_and_news_are_not_calls_for_violence(text):
    assert call_in(text) is None


def test_a_wish_that_someone_runs_people_over_is_a_wish_of_harm():
    assert wish_in("I hope someone runs that protester over. Deserves it.") == "hope someone runs that protester over"
    assert wish_in("I hope a bus runs him over") == "hope a bus runs him over"
    assert wish_in("I hope someone runs over to help him") is None
    assert wish_in("I hope nobody runs him over on that bike") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The homeless are human garbage. Hose them off the streets.", "homeless are human garbage"),
        ("Junkies are human trash", "junkies are human trash"),
        ("Those people are human filth", "people are human filth"),
        ("Immigrants are garbage", "immigrants are garbage"),
        ("Liberals are filth", "liberals are filth"),
        ("The homeless are vermin", "homeless are vermin"),
    ],
)
def test_a_group_of_people_called_refuse_is_dehumanised(text, words):
    assert dehumanising_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Human waste was found in the river",  # sewage
        "This is human waste",
        "The river is full of garbage",
        "They are garbage this season, fire the coach",  # a team: "they" alone names no group
        "Their new album is garbage",
        "Immigrants are garbage collectors, cleaners and cooks",  # a trade
        "People are rubbish at parking here",  # a skill
        "The homeless are people too",
    ],
)
def test_refuse_said_of_things_teams_or_trades_is_not_dehumanising(text):
    assert dehumanising_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Every protester blocking the highway should be run over. Floor it.", "protester blocking the highway should be run over"),
        ("Protesters should be run over", "protesters should be run over"),
        ("The councilmen who voted for this should be run over", "councilmen who voted for this should be run over"),
        ("Protesters should be mowed down", "protesters should be mowed down"),
        ("Just run them over, nobody will miss them", "run them over"),
        ("Drivers should just run the protesters over", "run the protesters over"),
        ("Run over the rioters", "run over the rioters"),
        ("Mow them all down", "mow them all down"),
        ("The senators who voted for this should be hanged", "senators who voted for this should be hanged"),
    ],
)
def test_a_call_to_run_people_over_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "the cyclist was run over by a truck",  # news
        "He was run over by a bus last year",
        "Truck ran the protesters over",
        "Run them over to the station, they need a lift",  # an errand
        "I'll run over to the store",
        "Run over the numbers again",
        "The bill the senators wrote should be killed",  # the bill, not the senators
        "The festival should be run over two weekends",
    ],
)
def test_news_errands_and_bills_are_not_calls_to_run_people_over(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Time to grab our rifles and clean out city hall. Enough talk.", "grab our rifles and clean out city hall"),
        ("Grab your guns and head to the capitol", "grab your guns and head to the capitol"),
        ("Take up arms against the traitors", "take up arms against the traitors"),
        ("Grab your rifles, patriots, and march on the statehouse", "grab your rifles patriots and march on the statehouse"),
        ("Time to load our rifles and go after the senators", "load our rifles and go after the senators"),
    ],
)
def test_a_call_to_arm_against_people_or_a_seat_of_government_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "hunters grab their rifles in November",  # a report
        "Time to grab our rifles, deer season opens Saturday",  # a hunt
        "Grab your guns and head to the range",
        "Grab your guns and take the kids hunting",
        "Grab your pitchforks, the council raised taxes again",  # outrage
        "Get your gun license at city hall",
        "Meet at the community hall, bring your rifles and ammo for the show",
        "Get your guns checked before hunting season",
    ],
)
def test_hunting_the_range_a_licence_and_outrage_are_not_calls_to_arm(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("If I see that councilman at the grocery store I'm going to break his jaw. Swear to God.", "break his jaw"),
        ("I'm going to punch his teeth in when I see him", "punch his teeth in"),
        ("Someone should break that judge's legs", "break that judge s legs"),
        ("We should break their legs", "break their legs"),
        ("I'll knock his teeth out", "knock his teeth out"),
    ],
)
def test_the_speakers_blow_on_someone_elses_body_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to break my personal record",
        "The fall could have broken his neck",  # news
        "The boxer will break his jaw",  # no speaker
        "I'd break his heart if I left",  # no body
        "I'll kick his ass at chess",  # banter
        "The tree fell and broke his leg",
        "Break a leg tonight!",
    ],
)
def test_records_hearts_banter_and_accidents_are_not_blows(text):
    assert call_in(text) is None


def test_the_toxicity_scorer_holds_the_calls_the_third_qa_probe_found_approved_and_names_them():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("The homeless are human garbage. Hose them off the streets.")] == [
        ("dehumanising", 'calls people garbage ("homeless are human garbage"): language that dehumanises')
    ]
    assert [f.reason.code for f in scorer.holds("Every protester blocking the highway should be run over. Floor it.")] == ["violence"]
    assert [f.reason.code for f in scorer.holds("Time to grab our rifles and clean out city hall. Enough talk.")] == ["violence"]
    assert not scorer.holds("the cyclist was run over by a truck")
    assert not scorer.holds("hunters grab their rifles in November")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Someone needs to go down to that camp with a can of gas and a lighter and solve this problem for good.",
            "go down to that camp with a can of gas and a lighter",
        ),
        ("We should drive out to their encampment with gasoline and matches tonight.", "drive out to their encampment with gasoline and matches"),
        ("Somebody should take a gas can and a lighter to that mosque.", "take a gas can and a lighter to that mosque"),
        ("Let's go to the shelter with petrol and a lighter and be done with them", "go to the shelter with petrol and a lighter"),
    ],
)
def test_a_call_to_bring_fuel_and_a_flame_to_a_place_of_peoples_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Someone needs to go down to that camp with blankets and food.",  # no fuel, no flame
        "We should go to the campsite with a lighter and gas for the stove.",  # camping
        "Take a can of gas and a lighter to the bonfire tonight.",
        "Bring gas and matches, we're doing the barbecue at their house",
        "He went to the shelter with petrol and a lighter, police said",  # news, no call
    ],
)
def test_camping_a_bonfire_and_a_report_are_no_call_to_arson(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Line up every one of those protesters against the wall and let the National Guard do what it should have done.",
            "line up every one of those protesters against the wall",
        ),
        ("Line them all up against a wall.", "line them all up against a wall"),
        ("Put those traitors up against the wall", "put those traitors up against the wall"),
        ("Tech execs and landlords should be lined up against a wall. Not a joke.", "landlords should be lined up against a wall"),
        ("That ref is a clown who should be dragged behind a truck for what he did", "who should be dragged behind a truck"),
        ("He should be dragged behind a truck", "he should be dragged behind a truck"),
    ],
)
def test_a_call_to_line_people_up_against_a_wall_or_drag_them_behind_a_truck_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Line up the chairs against the wall please.",  # things
        "The kids lined up against the wall for the photo.",  # news
        "Line them up against the wall for the class photo.",  # says what for
        "Stand the boards against the wall to dry",
        "The chairs should be lined up against the wall for the meeting",
        "The boat should be dragged behind a truck to the ramp",  # towing
        "Nobody should be dragged behind a truck, that was a lynching",
    ],
)
def test_chairs_photos_and_boards_against_a_wall_and_a_towed_boat_are_no_call_for_violence(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Police won't do anything so it's time for us to. Find out who he is, go to his house, and make sure he never walks again.",
            "make sure he never walks again",
        ),
        ("Go to her house and make sure she never wakes up.", "make sure she never wakes up"),
        ("Someone should make sure that judge never walks again", "make sure that judge never walks again"),
        ("I'm going to make sure he can't walk again", "make sure he can t walk again"),
    ],
)
def test_a_call_to_see_that_someone_never_walks_or_wakes_again_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The physio will make sure he walks again.",  # care
        "Make sure he never works in this town again.",  # a career, not a body
        "Make sure she never talks to him again, he's dangerous.",  # protection
        "Doctors fear he will never walk again after the crash.",  # news
        "Make sure your kids never walk on the ice",
    ],
)
def test_care_careers_protection_and_news_are_no_call_to_maim(text):
    assert call_in(text) is None


def test_a_threat_quoted_to_report_it_is_not_the_commenters_call_though_it_runs_on_past_and():
    # the second half of the quote ("... and I'll burn your house down") is nine words after "told"
    text = (
        "The article says he told the clerk 'I know where you live and I'll burn your house down.' "
        "That's not free speech, that's a crime, and a 30 day sentence is a joke."
    )
    assert call_in(text) is None
    assert call_in("I said it before and I'll burn your house down.") == "burn your house down"  # the commenter's own
    assert call_in("I know where you live and I'll burn your house down.") == "burn your house down"


def test_a_group_called_vermin_in_words_the_comment_reports_is_not_the_commenters():
    assert dehumanising_in("My neighbour told me immigrants are vermin. Disgusting, and I told him so.") is None
    assert dehumanising_in("As I said, immigrants are vermin") == "immigrants are vermin"  # the commenter's own words
    assert dehumanising_in("Immigrants are vermin") == "immigrants are vermin"


def test_the_toxicity_scorer_holds_the_calls_the_fourth_qa_probe_found_approved_and_releases_the_quoted_threat():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    for text in (
        "Someone needs to go down to that camp with a can of gas and a lighter and solve this problem for good.",
        "Line up every one of those protesters against the wall and let the National Guard do what it should have done in the first place.",
        "Police won't do anything so it's time for us to. Find out who he is, go to his house, and make sure he never walks again.",
    ):
        assert [f.reason.code for f in scorer.holds(text)] == ["violence"], text
    assert not scorer.holds(
        "The article says he told the clerk 'I know where you live and I'll burn your house down.' That's not free speech, that's a crime"
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "drag every member of that school board out into the parking lot and teach them a lesson they won't ever forget",
            "drag every member of that school board out into the parking lot and teach them a lesson",
        ),
        ("grab their rifles and clean out the east side", "grab their rifles and clean out the east side"),
        ("grab your guns and purge that neighborhood", "grab your guns and purge that neighborhood"),
        ("beat him till he can't stand up. Do the cops' job for them", "beat him till he can t stand"),
    ],
)
def test_a_call_to_drag_people_out_arm_against_a_neighbourhood_or_beat_someone_down_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "drag the old couch out into the yard and teach them a lesson in recycling",  # a lesson in something
        "drag the kids out to the museum",
        "hunters grab their rifles and head to the north side of the ridge",  # nothing cleared
        "grab your rifles and clean out the garage first",  # no neighbourhood
        "the bully beat him till he couldn't stand",  # a report
        "beat the eggs till they can stand in peaks",
    ],
)
def test_furniture_lessons_hunting_a_garage_a_report_and_a_recipe_are_no_call_for_violence(text):
    assert call_in(text) is None


def test_a_misspelt_call_for_violence_is_read_as_the_call():
    from commentguard.scoring.toxicity import load_scorer

    held = load_scorer({"TOXICITY_ENCODER": "false"}).holds("sumbody shud put a bulit in that trayter mayor")
    assert held and held[0].reason.code == "violence" and '"put a bullet in that traitor"' in held[0].reason.message


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Of course the shooter was one of THEM. Everybody knows what that community is like. Animals, all of them.",
         ("animals", "animals, all of them")),
        ("Deport them. Parasites, every last one of them", ("parasites", "parasites, every last one of them")),
        ("Vermin - the whole lot of them!", ("vermin", "vermin, the whole lot of them")),
    ],
)
def test_people_called_vermin_in_a_sentence_of_its_own_are_found(text, named):
    assert named_all_of_them(text) == named


@pytest.mark.parametrize(
    "text",
    [
        "I love animals, all of them.",  # no sentence of its own: said of animals
        "Rats in the basement again. Pests, all of them.",  # creatures named before
        "My neighbour said: animals, all of them. Disgusting.",  # quoted after a colon
        "They helped every one of them.",
    ],
)
def test_a_name_for_creatures_or_a_quoted_one_is_not_people_called_vermin(text):
    assert named_all_of_them(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("They should be rounded up and shot", "they should be rounded up and shot"),
        ("He should be taken outside and shot", "he should be taken outside and shot"),
        ("He should be caught and then hanged", "he should be caught and then hanged"),
        (
            "Whoever designed this LRT should be found and hung from one of the overhead wires. I'm serious.",
            "lrt should be found and hung",
        ),
        ("Whoever did this should be hunted down and shot", "this should be hunted down and shot"),
        ("Whoever did it should be hunted down and shot", "it should be hunted down and shot"),
        (
            "The Treasurer should be dragged out of Parliament House by his ankles and strung up on the lawn.",
            "treasurer should be dragged out of parliament house by his ankles and strung up",
        ),
    ],
)
def test_people_hunted_taken_or_dragged_somewhere_and_then_shot_or_strung_up_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The bill should be found and killed",  # a bill is killed
        "The stolen painting should be found and hung back in the gallery",
        "The banner should be dragged out of storage and hung up again",
        "The bear that mauled the hiker should be hunted down and shot",  # an animal
        "It should be found and shot before it takes another calf",
        "We should be found and shot for this lol",
        "Illegals should be rounded up and deported",  # no violence (the model reads the rest)
        "The suspect should be caught and tried",
    ],
)
def test_things_found_and_hung_bills_killed_and_animals_hunted_are_no_call_for_violence(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Honestly just unalive yourself Kayla, the world would be better.", "unalive yourself"),
        ("Seriously go kill yourself", "kill yourself"),
    ],
)
def test_self_harm_urged_after_a_sentence_adverb_is_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Traitors should hang", "traitors should hang"),
        ("He should hang for this", "he should hang"),
        ("Every senator who voted for this should hang", "senator who voted for this should hang"),
        ("The officer is a pig who deserves to get gunned down the same way.", "who deserves to get gunned down"),
        ("He should be gunned down", "he should be gunned down"),
        ("And hang the social worker that let him out too.", "hang the social worker"),
    ],
)
def test_people_who_should_hang_or_be_gunned_down_are_the_object_of_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "We should hang out sometime",
        "You should hang in there",
        "They should hang their heads in shame",
        "The pictures should hang in the lobby",
        "The portrait of the mayor should hang in city hall",
        "The portrait of the mayor should hang from the ceiling",  # the mayor's portrait
        "The judges should hang tough",
        "He deserves to get shot down at the vote",
    ],
)
def test_hanging_out_in_there_or_on_a_wall_is_no_call_for_violence(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("They should all be tarred and feathered.", "they should all be tarred and feathered"),
        (
            "The supervisor who voted for this should be tarred and feathered, and I mean that literally.",
            "supervisor who voted for this should be tarred and feathered",
        ),
        ("Somebody should blow his head off.", "blow his head off"),
        ("I'll blow your head off.", "blow your head off"),
    ],
)
def test_people_who_should_be_tarred_and_feathered_or_have_their_heads_blown_off_are_the_object_of_a_call(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "The road should be tarred and gritted.",
        "Don't let the wind blow your head off lol",
        "The blast could blow his head off, it was so close",
        "Nobody should blow his brains out over a game.",
    ],
)
def test_a_road_tarred_or_a_head_blown_off_by_no_one_called_on_is_no_call_for_violence(text):
    assert call_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Your kind should be sterilized for the good of humanity.", "your kind should be sterilized"),
        ("Those people should be neutered.", "people should be neutered"),
    ],
)
def test_people_who_should_be_sterilized_are_the_object_of_a_call_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    ["Stray cats should be neutered.", "Instruments should be sterilized after use.", "My kind should be celebrated."],
)
def test_animals_or_instruments_sterilized_are_no_call_for_violence(text):
    assert call_in(text) is None


def sentence_dehumanising_in(text: str) -> str | None:
    return dehumanising(sentence_tokens(normalize(text).text))


def test_a_group_called_a_disease_at_the_end_of_a_sentence_is_dehumanised_though_another_sentence_follows():
    assert sentence_dehumanising_in("Liberals are a disease. The cure comes in 5.56.") == "liberals are a disease"
    assert sentence_dehumanising_in("Cancer. They are a plague; nothing else.") == "they are a plague"


@pytest.mark.parametrize(
    "text",
    [
        "My friends are a cancer survivor group. Great day.",
        "The bill is a disease. Vote no.",  # a thing
        "They said immigrants are a disease. That is vile.",  # reported
        "Her mum had cancer. She is a fighter.",
    ],
)
def test_a_disease_that_ends_a_sentence_about_things_reports_or_illness_dehumanises_no_one(text):
    assert sentence_dehumanising_in(text) is None


def test_the_speakers_blow_said_in_the_present_lands_on_a_body_or_is_no_call():
    assert call_in("If I ever see him at TwitchCon I'm breaking his jaw on sight") == "i m breaking his jaw"
    assert call_in("I'm breaking his record this season") is None
    assert call_in("He's breaking his leg on that jump") is None  # news


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("go die", "go die"),
        ("Just die already, nobody likes you", "just die"),
        ("lol. Go drink some Ohio tap water and die", "go drink some ohio tap water and die"),
        ("Boomers need to hurry up and die already", "hurry up and die"),
        ("Hey Pastor Kim, go eat a bullet.", "go eat a bullet"),
        ("Somebody should tell him to eat a bullet", "eat a bullet"),
        ("Seriously, go play in traffic.", "go play in traffic"),
        ("Drink bleach, idiot", "drink bleach"),
    ],
)
def test_an_order_to_die_or_to_harm_oneself_in_the_stock_words_is_a_wish_of_harm(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "This song makes me want to drink bleach",  # the speaker's own
        "Go die on that hill then, I'm done arguing",  # an idiom
        "Soldiers go die in wars for nothing",
        "I'd just die of embarrassment",
        "They go to work and die young in that town",
        "If you go there and die, nobody will find you",
        "Don't drink bleach, folks",
        "He told people to drink bleach",  # reported
        "Kids play in traffic on our street because there are no parks",
    ],
)
def test_idioms_the_speakers_own_words_warnings_and_news_are_no_order_to_die(text):
    assert wish_in(text) is None


def test_the_toxicity_scorer_reads_an_order_to_die_at_the_start_of_a_sentence_inside_the_comment():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    text = "If boomers hadn't voted against every fee we'd have money. Just die already and free up the housing"
    assert [f.reason.code for f in scorer.holds(text)] == ["harm_wish"]
    assert scorer.holds("If we'd saved the money just die already is what they'd say") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Do us all a favour and die.", "do us all a favour and die"),
        ("Nice to see the coach admit it. Now do us all a favor and die already.", "do us all a favor and die"),
        ("Do the world a favor and die.", "do the world a favor and die"),
    ],
)
def test_an_order_to_do_everyone_a_favour_and_die_wishes_death(text, words):
    assert wish_in(text) == words


def test_a_favour_done_by_laws_that_die_out_wishes_no_death():
    assert wish_in("They would do us a favour and die out, those old laws") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("kys ref, nobody would miss you", "nobody would miss you"),
        ("crawl back under your rock Hal, nobody will miss you", "nobody will miss you"),
        ("If one of those buses went off a bridge nobody would miss them.", "nobody would miss them"),
        ("Nobody is gonna miss you.", "nobody is gonna miss you"),
    ],
)
def test_saying_nobody_would_miss_someone_wishes_them_gone(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Nobody will miss you more than I will, Grandma.",
        "No one would miss the old bridge.",
        "No one will miss him when he retires.",
    ],
)
def test_missing_someone_more_a_bridge_or_a_man_retiring_is_no_wish_of_harm(text):
    assert wish_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Good riddance, one less boomer wasting oxygen", "one less boomer"),
        ("Hope the cops finished the job. One less thug. Shoulda let him bleed out.", "one less thug"),
        ("Who cares, one less old codger drawing a pension.", "one less old codger"),
        ("Whitfield's a traitor. Hope someone puts one between her eyes at the next ribbon cutting", "hope someone puts one between her eyes"),
    ],
)
def test_a_death_welcomed_as_one_less_of_a_name_or_a_shot_between_the_eyes_hoped_for_is_a_wish_of_harm(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "One less car on the road.",
        "One less child going hungry thanks to the food bank.",
        "I hope nobody puts one between his eyes, he's a good man",
    ],
)
def test_one_less_car_or_child_or_a_shot_hoped_against_is_no_wish_of_harm(text):
    assert wish_in(text) is None


def test_someone_told_to_put_one_between_his_eyes_is_the_object_of_a_call_for_violence():
    assert call_in("Someone should put one between his eyes.") == "put one between his eyes"
    assert call_in("The sniper put one between his eyes, the report said.") is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Now do us all a favor and disappear. Permanently would be fine.", "do us all a favor and disappear"),
        ("Do everyone a favor and log off permanently, and I don't mean the website.", "do everyone a favor and log off permanently"),
        ("@Dave do us all a favour and go take a long walk off a short pier.", "do us all a favour and go take a long walk off"),
        ("Do us a favor and get hit by a bus so we don't have to read your takes.", "do us a favor and get hit by"),
    ],
)
def test_a_favour_asked_of_someone_that_is_their_vanishing_for_good_or_death_wishes_them_harm(text, words):
    assert wish_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Do us all a favour and vote them out.",
        "Do us a favour and retire, Boris.",
        "They would do us a favour and disappear forever, those old laws",
        "Do us all a favor and take the bus to work.",
    ],
)
def test_a_favour_that_is_a_vote_a_retirement_or_old_laws_gone_wishes_no_harm(text):
    assert wish_in(text) is None


@pytest.mark.parametrize("text", ["he should kill himself", "she should just kill herself", "the writer should go kill himself"])
def test_urging_someone_else_to_kill_themselves_is_a_call_for_violence(text):
    assert call_in(text) is not None


@pytest.mark.parametrize(
    "text",
    ["hope u choke on ur own vomit tonight", "I hope you break your neck falling down the stairs",
     "Hope he gets shanked before sentencing", "i hope he gets covid again and this time it finishes him off"],
)
def test_wishing_someone_a_broken_neck_a_stabbing_or_an_illness_is_a_wish_of_harm(text):
    assert harm_wish(tokenize(normalize(text).text)) is not None


@pytest.mark.parametrize("text", ["I hope he chokes on his words", "hope he breaks the record", "I hope she gets covid tested"])
def test_choking_on_words_breaking_a_record_and_a_test_are_no_harm(text):
    assert harm_wish(tokenize(normalize(text).text)) is None


@pytest.mark.parametrize("text", ["step in front of a train, do it for the rest of us", "go jump off a bridge, seriously"])
def test_an_order_to_step_in_front_of_a_train_or_jump_off_a_bridge_urges_self_harm(text):
    assert harm_wish(tokenize(normalize(text).text)) is not None


def test_stepping_in_front_of_a_camera_is_no_harm():
    assert harm_wish(tokenize(normalize("you will step in front of a camera").text)) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Hang every politician who voted for this", "hang every politician"),
        ("kill all the landlords", "kill all the landlords"),
        ("Someone needs to take out that judge", "take out that judge"),
        ("String up the whole gang", "string up the whole gang"),
        ("the politicians should be beaten", "politicians should be beaten"),
    ],
)
def test_calls_on_every_politician_a_class_or_with_a_particle_are_calls_for_violence(text, words):
    assert call_in(text) == words


@pytest.mark.parametrize(
    "text",
    ["take out the trash", "take out a loan", "wipe out the deficit", "string up the lights", "the record should be beaten",
     "the kids should be whipped into shape", "the rich should pay more tax"],
)
def test_chores_loans_lights_and_records_are_no_violence(text):
    assert call_in(text) is None


def test_hoping_someones_kids_get_sick_is_a_wish_of_harm_and_sick_pay_is_not():
    assert harm_wish(tokenize(normalize("I hope your kids get sick and you have to watch").text)) is not None
    assert harm_wish(tokenize(normalize("I hope they get sick pay").text)) is None


def test_stringing_someone_up_or_an_order_after_pls_is_a_call_for_violence_and_stringing_lights_is_not():
    assert call_in("String him up from the nearest tree") == "string him up"
    assert call_in("pls just unalive yourself lmao") is not None
    assert call_in("string the lights up") is None


def test_regretting_that_something_did_not_kill_someone_wishes_them_harm():
    from commentguard.scoring.toxicity import load_scorer

    rules = load_scorer({"TOXICITY_ENCODER": "false", "TOXICITY_PHRASES": "false"})
    # "didnt" typed without its apostrophe, read as scoring reads it
    assert [f.reason.code for f in rules.holds("Shame the shark didnt finish him off")] == ["harm_wish"]
    assert harm_wish(tokenize(normalize("Shame the rain didn't stop").text)) is None
    assert harm_wish(tokenize(normalize("Shame it didn't finish the job").text)) is None


@pytest.mark.parametrize(
    "text",
    ["may you die screaming you pathetic little man", "hope u get hit by a drunk driver on the way home",
     "Would love to see you drown. genuinely.", "Honestly just go walk into traffic", "drink some bleach and log off permanently"],
)
def test_a_seventh_blind_lists_wishes_of_death_and_orders_of_self_harm_are_found(text):
    assert harm_wish(tokenize(normalize(text).text)) is not None


@pytest.mark.parametrize("text", ["They may die if the hospital closes", "May he rest in peace", "I would love to see you succeed"])
def test_a_forecast_a_blessing_and_a_hope_of_success_wish_no_harm(text):
    assert harm_wish(tokenize(normalize(text).text)) is None


@pytest.mark.parametrize(
    "text",
    ["hope u drown", "Hope the author gets hit by a bus. A slow one.", "Pity the shooter missed him",
     "May you get a disease that makes you suffer for years", "you should slit your wrists and save us all the bother"],
)
def test_an_eighth_blind_lists_wishes_of_harm_are_found(text):
    assert harm_wish(tokenize(normalize(text).text)) is not None


@pytest.mark.parametrize(
    "text", ["I hope they dont drown in paperwork", "I hope he gets a diagnosis early", "shame I missed you at the game"]
)
def test_paperwork_a_diagnosis_and_missing_a_friend_wish_no_harm(text):
    assert harm_wish(tokenize(normalize(text).text)) is None


def test_the_lot_of_them_are_people_to_a_call():
    assert call_in("Lynch the lot of them") == "lynch the lot of them"

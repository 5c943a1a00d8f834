"""Doxxing, where a private person lives, works or goes to school, or their phone number or plate posted to
set readers on them: held for a moderator whatever the toxicity score says."""

import pytest

from commentguard.text.normalize import normalize, sentence_tokens, tokenize


def address_in(text: str) -> str | None:
    from commentguard.scoring.doxxing import home_address

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


def test_the_toxicity_scorer_names_the_street_a_comment_says_someone_lives_on():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    assert [(f.reason.code, f.reason.message) for f in scorer.holds("Her home address is 3 Elm Close")] == [
        ("doxxing", 'posts where someone lives ("home address is [number] elm close")')
    ]
    assert not scorer.holds("The fire at 14 Mill Street was put out in an hour")


def whereabouts_in(text: str) -> str | None:
    from commentguard.scoring.doxxing import whereabouts

    return whereabouts(sentence_tokens(normalize(text).text))


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
        (
            "That lady yelling at the refs is Tracy M., she works at the Chase on Main. Y'all go let her know what you think.",
            "she works at the chase on main ... let her know what you think",
        ),
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
        "My aunt works at the Chase on Main, let her know what you think of the new branch",
    ],
)
def test_praise_and_the_speakers_own_workplace_are_no_doxxing(text):
    assert whereabouts_in(text) is None


def contact_in(text: str) -> str | None:
    from commentguard.scoring.doxxing import contact_details

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
    from commentguard.scoring.doxxing import home_address

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
            "That protester's kid goes to Lakeview Elementary, 2nd grade, gets picked up at 3:15 every day in a white Honda Pilot. "
            "Just putting it out there.",
            "kid goes to lakeview elementary [number] grade gets ... just putting it out there",
        ),
        (
            "The councilman's daughter goes to Westbrook High, dropped off at 7:40 by the side gate. You all know what to do.",
            "daughter goes to westbrook high dropped off at ... you all know what to do",
        ),
    ],
)
def test_a_childs_school_and_pickup_given_with_an_insinuation_is_doxxing(text, words):
    assert whereabouts_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "He works at the dental office on 3rd, she's great. Just putting it out there.",  # a recommendation
        "My son goes to Lakeview Elementary and gets picked up at 3:15. Just saying, the pickup line is a mess.",
        "The boy who won the spelling bee goes to Westbrook Middle. Just putting it out there.",  # no pickup
    ],
)
def test_a_recommendation_the_speakers_own_child_and_a_school_without_a_pickup_are_no_doxxing(text):
    assert whereabouts_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He drives a black Ford F-150, plate 7KLM221. You all know what to do.", "plate [number] ... you all know what to do"),
        ("his private cell is 555-201-3344. blow it up, he's earned it", "his private cell is [phone number] ... blow it up"),
    ],
)
def test_a_plate_with_an_insinuation_or_a_private_cell_to_blow_up_is_doxxing(text, words):
    assert contact_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "My car was stolen last night, plate 7KLM221. You all know what to do.",  # the speaker's own, stolen
        "call the clinic's number 555-201-3344 and blow it up with questions",  # an institution's line
    ],
)
def test_a_stolen_cars_plate_and_a_clinics_number_are_no_doxxing(text):
    assert contact_in(text) is None


def hunt_call_in(text: str) -> str | None:
    from commentguard.scoring.doxxing import hunt_call

    return hunt_call(tokenize(normalize(text).text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Somebody should find out where that trans activist who testified lives.",
            "somebody should find out where that trans activist who testified lives",
        ),
        ("Somebody find where this sicko lives. Cops won't do anything.", "somebody find where this sicko lives"),
        ("Let's find out where he works.", "find out where he works"),
        ("ref was a blind useless pom wanker, hope someone finds out where he lives", "someone finds out where he lives"),
    ],
)
def test_a_call_on_readers_to_find_where_someone_lives_or_works_is_doxxing(text, words):
    assert hunt_call_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "Find out where your MP works and write to them.",  # the reader's own representative
        "I'll find out where you live.",  # the speaker's threat: ``threats``'s
        "Nobody should find out where she lives, that's dangerous.",
        "He said someone should find out where the judge lives, which is vile.",
        "Someone should find out where the money went.",
    ],
)
def test_finding_ones_own_representative_a_denied_or_reported_call_or_money_is_no_call_to_find_someone(text):
    assert hunt_call_in(text) is None


def test_a_street_address_given_with_go_visit_is_doxxing():
    assert address_in("Ref's name is Gary Pruitt, 414 Hollis Rd, go visit") == "[number] hollis rd ... go visit"

"""Sexual harassment of the reporter or anyone: held for a moderator whatever the toxicity score says."""

import pytest

from commentguard.text.normalize import normalize, tokenize


def harassment_in(text: str) -> str | None:
    from commentguard.scoring.harassment import sexual_harassment

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
        ("The reporter must have slept with the editor to get this job.", "slept with the editor to get"),
        ("Must be sleeping with some minister to get this kind of scoop", "sleeping with some minister to get"),
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
        "I slept with the window open to get some air.",
        "He was fired for sleeping with the boss's wife",  # news of a scandal, not a slur on a career
    ],
)
def test_racks_of_lamb_sick_beds_smiles_and_an_open_window_are_no_sexual_harassment(text):
    assert harassment_in(text) is None


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
    ("text", "words"),
    [
        (
            "Bet you're fun at that yoga studio on Pine 😏 maybe I'll stop by after closing",
            "bet you re fun at that yoga studio on pine maybe i ll stop by after closing",
        ),
        ("someone who'd look way better on her knees with her mouth shut", "better on her knees"),
        (
            "I'd rather know what the blonde reporter looks like without that blazer. Send pics sweetheart",
            "reporter looks like without that blazer",
        ),
        ("send pics sweetheart", "send pics sweetheart"),
    ],
)
def test_a_visit_after_closing_a_woman_on_her_knees_her_clothes_off_and_pics_asked_of_her_are_sexual_harassment(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "I'll stop by after closing to pick up my order",  # no remark on anyone
        "bet you're fun at parties lol",  # sarcasm, no visit
        "she was on her knees in the garden pulling weeds",
        "I'd like to know what the city looks like without that stadium",  # no clothes, no woman
        "send pics of the flood damage please",
    ],
)
def test_an_errand_sarcasm_gardening_a_skyline_and_news_photos_are_no_sexual_harassment(text):
    assert harassment_in(text) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Jessica Lin should do the weather in a bikini, at least then she'd be worth looking at.", "should do the weather in a bikini"),
        ("Dana Whitfield would look a lot better doing the forecast in a bikini.", "would look a lot better doing the forecast in a bikini"),
        ("Make her do the next broadcast in a bikini", "make her do the next broadcast in a bikini"),
    ],
)
def test_a_woman_at_work_told_to_do_it_in_a_bikini_is_sexually_harassed(text, words):
    assert harassment_in(text) == words


@pytest.mark.parametrize(
    "text",
    ["The presenter posted a photo in a bikini from her holiday.", "Should I wear a bikini to the beach?", "I would watch the news in my underwear lol"],
)
def test_a_bikini_in_the_news_or_on_the_beach_is_no_harassment(text):
    assert harassment_in(text) is None

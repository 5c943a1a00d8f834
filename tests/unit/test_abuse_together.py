"""The abuse rules together, through the whole scorer: a veiled threat and sexual harassment each named, and
the comments each QA probe found approved held by the pipeline (a probe's list mixes insults, threats,
sexual harassment, doxxing and the hold list). Each rule's own tests are in test_insults.py,
test_threats.py, test_harassment.py and test_doxxing.py."""

import pytest

from commentguard.scoring.base import CommentInput, Verdict


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


def test_a_comment_that_threatens_twice_is_held_for_a_threat_once():
    from commentguard.scoring.toxicity import load_scorer

    scorer = load_scorer({"TOXICITY_ENCODER": "false"})
    held = scorer.holds("I know where you live. Maybe someone should pay you a visit.")
    assert [(f.reason.code, f.reason.message) for f in held] == [
        ("threat", 'threatens the reader ("i know where you live")')
    ]


def assert_held_by_the_pipeline_for(text: str, code: str) -> None:
    from commentguard.scoring.pipeline import build_pipeline
    from commentguard.scoring.rules_config import RulesConfig

    decision = build_pipeline(RulesConfig()).score(CommentInput(content=text))
    assert decision.verdict is Verdict.HOLD
    assert code in [r.code for r in decision.reasons]


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
    assert_held_by_the_pipeline_for(text, code)


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
    assert_held_by_the_pipeline_for(text, code)


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
    assert_held_by_the_pipeline_for(text, code)


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
    assert_held_by_the_pipeline_for(text, code)

"""Counterfactual training copies: the group a comment names swapped for another, the rest kept."""

import re
from random import Random

from commentguard_dev.identity_swaps import GROUPS, mentions, swapped, variants

GROUP_WORDS = {w for g in GROUPS for k, v in g.items() for w in ((v,) if k != "also" else tuple(v))}


def test_every_mention_of_a_group_becomes_the_same_other_group_in_the_same_form_and_case():
    text = "Muslims should all be deported, Islam is a cancer and every muslim knows it."
    for seed in range(20):
        copy = swapped(text, Random(seed))
        plural, faith, singular = re.fullmatch(
            r"(\w+) should all be deported, (\w+) is a cancer and every (\w+) knows it\.", copy
        ).groups()
        group = next(g for g in GROUPS if g["pl"] == plural.lower())
        assert group["pl"] != "muslims"
        assert plural[0].isupper() and faith == group["faith"].capitalize() and singular == group["sg"]


def test_a_word_that_is_both_noun_and_adjective_only_becomes_one_that_is_too():
    # "a muslim" and "a muslim doctor": "jew"/"jewish" would break one of them.
    for seed in range(50):
        copy = swapped("He is a muslim.", Random(seed))
        assert "jew" not in copy.lower()


def test_black_and_white_are_a_group_only_before_a_word_for_people():
    assert swapped("The White House answered on a black background.", Random(0)) is None
    copy = swapped("Black people and white voters agree.", Random(0))
    assert not copy.lower().startswith("black people") and " white voters" not in copy


def test_gender_nouns_swap_within_their_pairs():
    assert swapped("These women are great, the man is not.", Random(0)) == "These men are great, the woman is not."


def test_a_comment_that_names_no_group_has_no_copies():
    assert not mentions("The council vote was postponed again.")
    assert variants("The council vote was postponed again.", 3, 0) == []


def test_copies_are_distinct_bounded_and_the_same_for_the_same_text_and_seed():
    text = "Refugees are welcome here."
    copies = variants(text, 3, 0)
    assert len(copies) == 3 == len(set(copies)) and text not in copies
    assert copies == variants(text, 3, 0)
    assert all(c.endswith(" are welcome here.") for c in copies)
    assert all(c.split()[0].lower() in GROUP_WORDS for c in copies)

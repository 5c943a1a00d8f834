"""The moderators' word lists as the rules read them, beside the deployed keys, and what makes a key one."""

from __future__ import annotations

import pytest

from commentguard.scoring.base import CommentInput, Effect
from commentguard.scoring.rules import rule_scorers
from commentguard.scoring.rules_config import RulesConfig
from commentguard.scoring.word_lists import LIST_MAX_BYTES, WordLists, clean_keys, too_large, unmeant


def _codes(config: RulesConfig, lists: WordLists, content: str) -> list[tuple[str, Effect]]:
    comment = CommentInput(content=content, author_name="Reader", word_lists=lists)
    return [(f.reason.code, f.effect) for rule in rule_scorers(config) for f in rule.score(comment)
            if f.reason.code in ("moderation_key", "disallowed_key")]


def test_the_moderators_keys_hold_and_file_as_spam_as_the_deployed_ones_do():
    lists = WordLists(moderation_keys=("licence fee",), disallowed_keys=("bet4win",))
    assert _codes(RulesConfig(), lists, "Ask Bet4Win.") == [("disallowed_key", Effect.SPAM)]
    assert _codes(RulesConfig(), lists, "What is the licence fee?") == [("moderation_key", Effect.HOLD)]
    assert _codes(RulesConfig(), lists, "A fair report.") == []


def test_the_deployed_keys_still_apply_beside_the_moderators():
    config = RulesConfig(disallowed_keys=("viagra",))
    lists = WordLists(disallowed_keys=("bet4win",))
    assert _codes(config, lists, "Cheap viagra.") == [("disallowed_key", Effect.SPAM)]
    assert _codes(config, lists, "Ask bet4win.") == [("disallowed_key", Effect.SPAM)]


def test_clean_keys_strips_drops_blanks_and_keeps_each_key_once_whatever_its_case():
    assert clean_keys([" Casino ", "", "casino", "CASINO", "  ", "poker"]) == ("Casino", "poker")


@pytest.mark.parametrize("key", ["ok", "a", " x "])
def test_an_ascii_key_under_three_characters_is_too_short(key):
    assert "shorter than 3 characters" in unmeant("moderation_keys", key)


@pytest.mark.parametrize("key", ["博彩", "bet", "1.2", "$$$"])
def test_three_ascii_characters_or_two_of_another_script_make_a_key(key):
    assert unmeant("disallowed_keys", key) is None


@pytest.mark.parametrize("term", ["wh0re", "ok", "lib rag", "ублюдок"])
def test_a_toxic_term_is_a_whole_word_so_two_characters_make_one(term):
    assert unmeant("toxic_terms", term) is None


@pytest.mark.parametrize(("term", "why"), [("a", "shorter than 2 characters"), ("***", "no letter or digit")])
def test_a_toxic_term_of_one_character_or_no_letter_is_refused(term, why):
    assert why in unmeant("toxic_terms", term)


def test_a_list_too_large_for_its_item_says_how_large_it_is():
    assert too_large(["x" * 100] * 1000) is None
    assert f"at most {LIST_MAX_BYTES:,}" in too_large(["博" * 100] * 1000)

"""Abuse matched by meaning: the phrase list, a site's own phrases, and the nearest-phrase rule.

An encoder here is a table of unit vectors, so the rule is tested apart from what the real encoder
makes of words (``tests/integration/test_abuse_phrases.py`` runs the published one)."""

import json

import numpy as np
import pytest

from commentguard.scoring.phrases import (
    ORDINARY,
    SIMILAR,
    SITE_CATEGORY,
    VECTORS_FORMAT,
    Phrase,
    PhraseMatcher,
    encode_vector,
    load_phrases,
    load_vectors,
    parse_phrases,
)


def _unit(*xs):
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


class TableEncoder:
    """Embeds the texts it was given, counts the calls."""

    np = np

    def __init__(self, table):
        self.table = table
        self.calls = []

    def embed(self, text, max_tokens=64, head=8):
        self.calls.append(text)
        return self.table[text]


THREAT = Phrase("a veiled threat", "I know where you live.")
CONDOLENCE = Phrase(ORDINARY, "Praying for the family.")
TABLE = {
    THREAT.text: _unit(1, 0, 0),
    CONDOLENCE.text: _unit(0, 1, 0),
    "We know your street, and when you get home.": _unit(1, 0.3, 0),  # close to the threat
    "Our prayers are with your whole family.": _unit(0.6, 1, 0),  # nearer the condolence
    "The council meets on Tuesday.": _unit(0.2, 0, 1),  # near nothing
    "Know where you live.": _unit(1, 0, 0),  # the threat's very vector, in four words
}


def test_the_shipped_list_names_what_each_phrase_is_and_has_ordinary_ones_beside_the_abusive():
    phrases = load_phrases()
    assert len(phrases) > 50
    assert all(p.category and p.text for p in phrases)
    assert {p.category for p in phrases} >= {ORDINARY, "a threat", "a veiled threat", "urging self-harm"}


def test_a_line_without_its_category_is_refused_with_its_line_number(tmp_path):
    path = tmp_path / "phrases.txt"
    path.write_text("# a comment\na threat | I will hurt you.\nI know where you live.\n")
    with pytest.raises(ValueError, match=r"phrases.txt:3: expected 'what it is \| phrase'"):
        load_phrases(path)


def test_a_site_lists_its_own_phrases_separated_by_semicolons_or_new_lines():
    assert parse_phrases("Vote the bums out; the stadium will bankrupt us\nvote the bums out;  ;") == (
        Phrase(SITE_CATEGORY, "Vote the bums out"),
        Phrase(SITE_CATEGORY, "the stadium will bankrupt us"),
        Phrase(SITE_CATEGORY, "vote the bums out"),
    )
    assert parse_phrases("") == ()


def test_a_comment_close_to_an_abusive_phrase_reads_like_it():
    matcher = PhraseMatcher(TableEncoder(TABLE), [THREAT, CONDOLENCE])
    found = matcher.match("We know your street, and when you get home.")
    assert found.phrase == THREAT
    assert found.similarity == pytest.approx(1 / np.sqrt(1.09), abs=1e-4)
    assert PhraseMatcher(TableEncoder(TABLE), [THREAT]).match("We know your street, and when you get home.") == found


def test_a_comment_nearer_an_ordinary_phrase_than_any_abusive_one_is_not_matched():
    matcher = PhraseMatcher(TableEncoder(TABLE), [THREAT, CONDOLENCE])
    text = "Our prayers are with your whole family."
    assert float(TABLE[text] @ TABLE[THREAT.text]) >= SIMILAR  # close enough to the threat alone
    assert matcher.match(text) is None


def test_a_comment_far_from_every_phrase_is_not_matched():
    assert PhraseMatcher(TableEncoder(TABLE), [THREAT, CONDOLENCE]).match("The council meets on Tuesday.") is None


def test_a_comment_of_fewer_than_five_words_is_not_read_for_its_meaning():
    assert PhraseMatcher(TableEncoder(TABLE), [THREAT]).match("Know where you live.") is None


def test_stored_vectors_spare_embedding_the_phrases_and_a_missing_one_is_embedded():
    encoder = TableEncoder(TABLE)
    PhraseMatcher(encoder, [THREAT, CONDOLENCE], {THREAT.text: encode_vector(TABLE[THREAT.text])})
    assert encoder.calls == [CONDOLENCE.text]


def test_vectors_written_by_another_encoder_are_not_used(tmp_path):
    path = tmp_path / "vectors.json"
    path.write_text(json.dumps({"format": VECTORS_FORMAT, "encoder": "other", "vectors": {"a": "AAA="}}))
    assert load_vectors(path, encoder_id="all-MiniLM-L6-v2") == {}
    assert load_vectors(path, encoder_id="other") == {"a": "AAA="}
    assert load_vectors(tmp_path / "missing.json", encoder_id="other") == {}


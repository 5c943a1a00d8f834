"""Keyed hashes of personal data and content fingerprints for duplicates."""

from __future__ import annotations

import pytest

from commentguard import keys
from commentguard.keys import author_key, client_key, content_fingerprint, keyed_hash, legacy_content_fingerprint

SECRET = b"secret-for-tests"


def test_the_same_email_in_different_case_and_spacing_has_the_same_author_key():
    assert author_key(SECRET, "Ann@Example.COM") == author_key(SECRET, "  ann@example.com\n")


def test_different_emails_have_different_author_keys():
    assert author_key(SECRET, "ann@example.com") != author_key(SECRET, "bob@example.com")


def test_a_different_secret_gives_a_different_author_key():
    assert author_key(SECRET, "ann@example.com") != author_key(b"another-secret", "ann@example.com")


def test_a_different_secret_gives_a_different_client_key():
    assert client_key(SECRET, "203.0.113.7") != client_key(b"another-secret", "203.0.113.7")


def test_the_author_key_does_not_contain_the_email():
    key = author_key(SECRET, "ann@example.com")
    assert "ann" not in key and "example" not in key


def test_keys_are_40_hex_characters():
    for key in (author_key(SECRET, "a@b.co"), client_key(SECRET, "::1"), content_fingerprint("x")):
        assert len(key) == 40
        assert set(key) <= set("0123456789abcdef")


def test_the_same_ipv6_address_in_different_case_has_the_same_client_key():
    assert client_key(SECRET, "2001:DB8::1") == client_key(SECRET, " 2001:db8::1 ")


def test_an_email_and_an_address_with_the_same_text_hash_differently():
    # The kind is part of the hash, so an email key can never collide with a client key.
    assert keyed_hash(SECRET, "email", "x") != keyed_hash(SECRET, "ip", "x")
    assert author_key(SECRET, "x") != client_key(SECRET, "x")


def test_hashes_are_stable_across_calls():
    assert author_key(SECRET, "ann@example.com") == author_key(SECRET, "ann@example.com")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Great Article!", "great article!"),
        ("Great   article!\n\n", "  great article!"),
        ("great\tarticle\u00a0!", "great article !"),
        ("ＧＲＥＡＴ ａｒｔｉｃｌｅ！", "great article!"),  # full-width forms
        ("ﬁne", "fine"),  # ligature
        ("STRASSE", "straße"),  # casefold, not just lower
    ],
)
def test_the_content_fingerprint_folds_case_whitespace_and_full_width_forms(a, b):
    assert content_fingerprint(a) == content_fingerprint(b)


def test_different_words_have_different_fingerprints():
    assert content_fingerprint("great article") != content_fingerprint("great articles")


def test_whitespace_between_words_is_not_removed_altogether():
    assert content_fingerprint("a b") != content_fingerprint("ab")
    assert content_fingerprint("one<p>two") == content_fingerprint("one two")  # a paragraph sets words apart


BASE = "Buy cheap watches at example dot com"


@pytest.mark.parametrize(
    "variant",
    [
        BASE + "\u200b",  # zero-width space
        BASE.replace("cheap", "che\u00adap"),  # soft hyphen
        BASE.replace("watches", "wat\u2060ches\u200e"),  # word joiner, direction mark
        "<b></b>" + BASE + "<i></i>",  # empty markup
        "<p>" + BASE + "</p>",
        BASE.replace("cheap", "ch<b>ea</b>p").replace("watches", "wat<span class=x>ch</span>es"),  # inside a word
        BASE.replace(" at ", " &#97;t "),  # an entity
        BASE.replace("a", "\u0430").replace("o", "\u043e"),  # Cyrillic look-alikes
        BASE.replace("B", "\u0392"),  # a Greek capital beta
        # Invisible but not Cf: Unicode's other default-ignorables, and a Braille blank for a space.
        BASE.replace("e", "e\u034f", 1),  # a combining grapheme joiner
        BASE.replace("e", "e\ufe0f", 1),  # a variation selector
        BASE.replace("a", "a\U000e0100", 1),  # a variation selector beyond the BMP
        BASE + "\u3164\uffa0\u115f\u1160",  # Hangul fillers
        BASE + "\u2800",
        BASE.replace(" ", "\u2800"),
    ],
)
def test_invisible_characters_empty_markup_and_look_alike_letters_make_no_new_fingerprint(variant):
    assert content_fingerprint(variant) == content_fingerprint(BASE)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("See you at 5 on Friday", "See you at 6 on Friday"),
        ("Read https://example.com/a first", "Read https://example.com/b first"),
        ("Привет всем", "Hello everyone"),
    ],
)
def test_numbers_links_and_other_words_still_make_different_fingerprints(a, b):
    assert content_fingerprint(a) != content_fingerprint(b)


def test_russian_text_keeps_its_own_fingerprint():
    assert content_fingerprint("Рассказ о городе") != content_fingerprint("Paccka3 o gopode")


def test_a_long_word_before_a_cyrillic_letter_is_fingerprinted_in_linear_time():
    import time

    started = time.perf_counter()
    content_fingerprint("a" * 60_000 + " \u0430")
    assert time.perf_counter() - started < 1  # 30 s when the folding was tried inside the word


def test_the_legacy_fingerprint_is_the_one_duplicate_guards_were_written_with_before():
    import hashlib

    assert legacy_content_fingerprint("<b>Great</b>   Article") == hashlib.sha256(b"<b>great</b> article").hexdigest()[:40]
    assert legacy_content_fingerprint("<b>Great</b> article") != content_fingerprint("<b>Great</b> article")


def test_the_addresses_of_one_ipv6_64_are_one_reader_and_the_next_64_another():
    home = client_key(SECRET, "2001:db8:1:2::1")
    assert client_key(SECRET, "2001:DB8:1:2:ffff:0:0:9") == client_key(SECRET, "2001:db8:1:2:3:4:5:6") == home
    assert client_key(SECRET, "2001:db8:1:3::1") != home


def test_ipv4_addresses_stay_apart_and_one_mapped_into_ipv6_is_the_same_reader():
    assert client_key(SECRET, "192.0.2.1") != client_key(SECRET, "192.0.2.2")
    assert client_key(SECRET, "::ffff:192.0.2.1") == client_key(SECRET, "192.0.2.1")


def test_a_reporter_counts_by_the_ipv6_48_a_home_may_be_given_and_a_flood_by_its_64():
    key = b"k"
    home = ["2001:db8:7:9::1", "2001:db8:7:a::1", "2001:db8:7:ff00::2"]
    assert len({keys.reporter_key(key, a) for a in home}) == 1
    assert len({keys.client_key(key, a) for a in home}) == 3
    assert keys.reporter_key(key, "2001:db8:8::1") != keys.reporter_key(key, home[0])
    assert keys.reporter_key(key, "192.0.2.1") == keys.client_key(key, "192.0.2.1")  # IPv4: the address

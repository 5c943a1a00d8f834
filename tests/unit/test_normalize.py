import random
import re

import pytest

from commentguard.text import normalize as normalize_module
from commentguard.text.links import find_links, has_bbcode_link
from commentguard.text.normalize import (
    EMAIL,
    MONEY,
    PHONE,
    SHORTENER,
    SOURCE,
    URL,
    duplicate_form,
    normalize,
    search_form,
    sentence_tokens,
    tokenize,
)
from commentguard.text.sources import REFERENCE_SOURCES, parse_domains


def test_html_entities_are_unescaped_and_tags_stripped():
    n = normalize("Hey guys, I&#39;m a human.<br /><br />But <b>not</b> really &amp;amp; ok")
    assert n.text == "hey guys, i'm a human. but not really & ok"


def test_anchor_href_is_kept_as_a_link_placeholder():
    n = normalize('<a href="http://cheap-pills.example.com/buy">cheap pills</a> best deal')
    assert n.text.startswith(URL)
    assert "best deal" in n.text
    assert n.signals["urls"] == 1


def test_a_video_timestamp_anchor_reads_as_the_time_not_as_a_link():
    n = normalize('<a href="http://www.youtube.com/watch?v=KQ6zr6kCPj8&amp;t=2m19s">2:19</a> best part')
    assert n.text == "_num_ best part"
    assert n.signals["urls"] == 0


def test_an_anchor_whose_text_is_a_time_but_whose_link_has_no_time_is_still_a_link():
    assert normalize('<a href="http://spam.example.com/offer">2:19</a> watch').signals["urls"] == 1


def test_links_in_image_and_script_markup_are_counted():
    markup = (
        "&lt;a target=\"_self\" href=\" http://rover.ebay.com/rover/1/710\"&gt;check this out&lt;/a&gt;"
        "&lt;img style=\"border:0\" src=\" http://rover.ebay.com/roverimp/1/710\"&gt;"
    )
    n = normalize(markup)
    assert n.signals["urls"] == 2
    assert "check this out" in n.text


def test_a_link_whose_dot_became_spaces_is_found_by_its_path():
    n = normalize("EVERYONE GO AND SHARE youtu  be/ARkglzjQuP0 ON FB")
    assert n.text.startswith("everyone go and share _url_")
    assert n.signals["urls"] == 1


def test_slashes_in_prose_are_not_links():
    n = normalize("me and/or you, 50/50, 24/7, covid/2020")
    assert n.signals["urls"] == 0


def test_a_video_link_without_its_host_is_a_link():
    assert normalize("watch?v=ARkglzjQuP0 Like this comment").signals["urls"] == 1


def test_full_width_letters_are_folded_to_ascii():
    n = normalize("ＤＡＭＮ ＴＨＩＳ ＣＯＭＭＥＮＴ")
    assert n.text == "damn this comment"
    assert n.signals["obfuscated"] >= 1


def test_cyrillic_look_alikes_inside_latin_words_are_folded():
    assert normalize("frее mоney").text == "free money"  # Cyrillic е and о


def test_russian_text_is_left_russian():
    assert normalize("Привет мир").text == "привет мир"


def test_zero_width_characters_and_byte_order_marks_are_removed():
    assert normalize("z\u200bero w\u200bidth\ufeff").text == "zero width"


@pytest.mark.parametrize("unseen", ["\u00ad", "\u034f", "\u061c", "\u115f", "\u1160", "\u17b4", "\u180b", "\u200b",
                                    "\u200d", "\u2065", "\u3164", "\ufe00", "\ufe0f", "\uffa0", "\ufff0",
                                    "\U0001d173", "\U000e0001", "\U000e0100", "\U000e01ef", "\U000e0fff"])
def test_the_duplicate_check_drops_every_character_unicode_says_to_show_as_nothing(unseen):
    assert duplicate_form(f"great{unseen} article{unseen}") == "great article"


def test_the_duplicate_check_reads_a_braille_blank_as_a_space():
    assert duplicate_form("great\u2800article\u2800\u2800") == duplicate_form("great article") == "great article"


def test_the_duplicate_check_keeps_what_shows_around_the_joiners_emoji_and_persian_need():
    assert duplicate_form("\u2764\ufe0f \U0001f469\u200d\u2695\ufe0f") == "\u2764 \U0001f469\u2695"
    assert duplicate_form("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == "\u0645\u06cc\u062e\u0648\u0627\u0647\u0645"


def test_scheme_link_becomes_url_placeholder_with_its_host_words():
    n = normalize("see http://www.MyLeaderGate.com/moretraffic now")
    assert n.text == f"see {URL} myleadergate now"
    assert n.signals["urls"] == 1


def test_broken_up_shortener_link_is_recognised():
    for text in ("Check bit.ly\\14gKvDo now", "go to adf.ly / KlD3Y", "goo.gl/abc"):
        n = normalize(text)
        assert SHORTENER in n.tokens, text
        assert URL not in n.tokens
        assert n.signals["shorteners"] == 1


def test_bare_domain_is_recognised():
    assert normalize("visit hh.nl please").text == f"visit {URL} hh please"
    assert normalize("Incmedia.org where the truth meets you").tokens[0] == URL


def test_domain_broken_up_with_spaces_is_recognised():
    for text in (
        "www . site . com is cool",
        "kidsmediausa  . com",
        "pimpmyviews. com",
        "tv.  mtvema. com/vote",
    ):
        n = normalize(text)
        assert URL in n.tokens, text
        assert n.signals["obfuscated"] >= 1


def test_a_sentence_that_starts_with_info_after_a_full_stop_is_no_disguised_link():
    n = normalize("Staffed by law school volunteers. Info line: (608) 555-0192.")
    assert URL not in n.tokens and n.signals["obfuscated"] == 0
    assert URL in normalize("see cheap-pills.info now").tokens  # an .info host written as one still is


def test_domain_with_comma_or_spelled_dot_is_recognised():
    assert URL in normalize("visit Showbox,com for the best").tokens
    assert URL in normalize("go to mysite dot com today").tokens


def test_spelled_out_www_is_recognised():
    assert URL in normalize("W W W. THE FARRELL REPORT. NET").tokens


def test_a_word_spelled_out_with_dots_or_dashes_between_its_letters_reads_as_the_word():
    assert list(normalize("DM on T.e.l.e.g.r.a.m now").tokens) == ["dm", "on", "telegram", "now"]
    assert "whatsapp" in normalize("W-h-a-t-s-A-p-p me").tokens
    assert "quick" in normalize("the q*u*i*c*k fox").tokens


def test_abbreviations_with_dots_keep_their_dots():
    assert normalize("e.g. the u.s.a. and i.e. this").text == "e.g. the u.s.a. and i.e. this"


def test_sentence_without_space_after_full_stop_is_no_link():
    assert URL not in normalize("great song.it is awesome").tokens
    assert URL not in normalize("i love it.in my head").tokens


def test_phone_numbers_in_every_format_become_placeholders():
    for text in (
        "call +447935454150 now",
        "toll-free 1-888-303-6444",
        "ring (800) 123-4567",
        "+44 7935 454150",
    ):
        n = normalize(text)
        assert PHONE in n.tokens, text
        assert n.signals["phones"] == 1


def test_view_counts_and_year_ranges_are_no_phone_numbers():
    assert PHONE not in normalize("now its 1,884,034,783 views!").tokens
    assert PHONE not in normalize("1990-2000 were the years").tokens


def test_money_amounts_become_placeholders():
    n = normalize("I earned $1,000 in a day, then 500 dollars, then 20€")
    assert n.tokens.count(MONEY) == 3
    assert n.signals["money"] == 3


def test_email_address_becomes_placeholder():
    n = normalize("mail me at john.doe@gmail.com")
    assert n.text == f"mail me at {EMAIL}"


def test_repeated_punctuation_and_letters_are_squeezed_and_counted():
    n = normalize("sooooo goooood!!!!!!")
    assert n.text == "soo good!!"
    assert n.signals["elongated"] == 2
    assert n.signals["repeated_punct"] == 1


def test_shouting_is_measured_before_lower_casing():
    n = normalize("CHECK OUT MY CHANNEL NOW")
    assert n.signals["caps_ratio"] == 1.0
    assert n.text == "check out my channel now"
    assert normalize("a quiet comment about the song").signals["caps_ratio"] == 0.0


def test_spaced_out_letters_are_joined():
    assert normalize("please s u b s c r i b e").text == "please subscribe"


def test_empty_text_normalises_to_empty_text():
    n = normalize("")
    assert n.text == ""
    assert n.signals["urls"] == 0


def test_tokens_keep_placeholders_and_exclamation_marks_whole():
    assert tokenize(f"check {URL} now! {PHONE}") == ["check", URL, "now", "!", PHONE]


def test_tokens_kept_from_normalising_are_those_of_the_normalised_text():
    texts = [
        "snake_case and __dunder__ words, a_url_b, x_num_ and _phone_call",
        "Ünïcödé wörds, ٣٤ digits, ½ and ² signs, emoji 🎉🎉 and tabs\tand\u2003spaces",
        "WOW!!! $$$ ?? call +44 20 7946 0958 or visit bit.ly/abc, email me@x.com",
        "it's don't rock'n'roll e-mail co-op 3.5k 24/7 #tag @user",
        "_num_url_ a__url__b _url_num_ x!y?z$w _ __ ___url___",
    ]
    for text in texts:
        n = normalize(text)
        assert list(n.token_list) == tokenize(n.text)


def test_text_is_read_in_lower_case_whatever_case_its_links_and_amounts_are_written_in():
    shouted = normalize("VISIT WWW.SPAM.COM OR HTTP://X.ORG/A, EARN 500 DOLLARS")
    quiet = normalize("visit www.spam.com or http://x.org/a, earn 500 dollars")
    assert shouted.text == quiet.text == "visit _url_ spam or _url_ x earn _money_"
    assert {**shouted.signals, "caps_ratio": 0} == {**quiet.signals, "caps_ratio": 0}
    assert shouted.signals["caps_ratio"] == 1.0
    assert normalize("Email ME@EXAMPLE.COM").signals["emails"] == 1


def test_a_reply_to_a_name_is_no_email_address_and_a_sentence_after_a_comma_is_no_link():
    n = normalize("@john, so it is. In my view, to be fair, it is not.")
    assert n.signals["emails"] == 0 and n.signals["urls"] == 0
    assert normalize("write to john @ example . com").signals["emails"] == 1
    assert normalize("go to spam , com now").signals["urls"] == 1


def test_accents_and_stacked_combining_marks_are_stripped():
    assert normalize("Café crème, naïve").text == "cafe creme, naive"
    assert normalize("F\u0336R\u0336E\u0336E\u0336 m\u0301\u0302\u0303oney").text == "free money"
    assert normalize("“Quoted” — fine").text == "“quoted” — fine"


def test_link_counting_for_max_links_is_unchanged():
    assert find_links("see http://a.com and www.b.org but not c.net") == ["http://a.com", "www.b.org"]
    assert has_bbcode_link("[url=http://x]y[/url]")


def test_numbers_become_one_shape_token():
    n = normalize("Turnout was 62% in 2019 (37), at 2:10 on the 14th; 1,884,034,783 views")
    assert n.text == "turnout was _num_ % in _num_ ( _num_ ), at _num_ on the _num_ ; _num_ views"
    assert normalize("mp3 and h2o").text == "mp3 and h2o"


def test_prose_with_a_comma_or_full_stop_before_a_word_like_tld_is_no_link():
    for text in (
        "So, no source on your claim. Ok then.",
        "That was water-carrying republicans. No conservatives were involved.",
        "I went to work. Date night was fun, party was great.",
    ):
        assert URL not in normalize(text).tokens, text


def test_an_ellipsis_before_a_word_like_tld_is_prose_but_such_a_host_with_a_path_is_a_link():
    for text in ("call me a monkey....in which case", "current form.in it's place", "hmm...it is"):
        assert URL not in normalize(text).tokens, text
    assert normalize("see songs.it/abc now").signals["urls"] == 1


def test_every_bare_host_in_a_long_text_is_found_whatever_stands_before_it():
    prose = "A long comment about the budget, the council and the roads. " * 20
    text = prose + "get it at bit.ly/abc; (cheap-pills.com) or spam , net or deals.example.co.uk/x " + prose + "x.ru"
    n = normalize(text)
    assert n.signals["shorteners"] == 1 and n.signals["urls"] == 4
    assert "cheap pills" in n.text and "deals example co" in n.text


def test_runs_of_letters_and_marks_are_squeezed_and_counted_wherever_they_stand():
    prose = "an ordinary sentence about the vote, nothing repeated in it " * 30
    n = normalize("Sooo " + prose + "well..... no!!! " + prose + "yesss")
    assert n.text.startswith("soo an ordinary") and "well.. no!!" in n.text and n.text.endswith("yess")
    assert n.signals["elongated"] == 2 and n.signals["repeated_punct"] == 2
    plain = normalize(prose + "zzz")
    assert plain.signals["elongated"] == 1 and plain.signals["repeated_punct"] == 0
    assert normalize(prose).signals["elongated"] == 0


def test_shouting_counts_capitals_of_every_script():
    assert normalize("ÉCOLE ÉTÉ ΚΑΛΗΜΕΡΑ").signals["caps_ratio"] == 1.0
    assert normalize("École été καλημέρα").signals["caps_ratio"] == round(1 / 16, 3)


def test_an_amount_is_found_after_any_number_shape():
    assert normalize("only...5$ each").text == f"only.. {MONEY} each"
    assert normalize("1,000,000.50 dollars").text == MONEY


def test_money_glued_to_its_amount_or_counted_in_millions_is_money():
    assert normalize("my friends wife earns 4000DOLLARS a month").text == f"my friends wife earns {MONEY} a month"
    assert normalize("he would have 600 million dollars").text == f"he would have {MONEY}"
    assert normalize("600 million views").text == "_num_ million views"
    assert normalize("see you on mon, l8rs").text == "see you on mon, l8rs"  # chat shorthand, no rupees
    assert normalize("1.2.3.4.5.6 items at 7,50 €").tokens[-1] == MONEY


def test_a_long_run_of_digits_and_separators_is_one_amount_or_one_number():
    # Read from its first digit once (it used to be re-read from every digit: quadratic time).
    assert normalize("1," * 2500 + "5 $").text == MONEY
    assert normalize("9" * 4000).tokens == ["_num_"]


def test_a_link_after_a_run_of_unclosed_anchor_openings_is_still_found():
    text = "<a " * 1600 + '<a href="http://cheap-pills.com/buy">cheap</a>'
    assert normalize(text).signals["urls"] == 1


def test_a_link_counted_after_a_run_of_unclosed_anchor_openings_is_read_from_its_own_opening():
    # Read from the last "<a " only: from the first, each opening would be re-read to the end of the
    # text (quadratic: 13 s for a 65,000-character comment).
    text = "<a " * 1600 + '<a href="http://cheap-pills.com/buy">cheap</a>'
    assert find_links(text) == ['<a href="http://cheap-pills.com/buy"']
    assert find_links('<a title="x" href="http://a.example/">a</a> and http://b.example') == [
        '<a title="x" href="http://a.example/"', "http://b.example"]


def test_an_unclosed_anchor_with_a_long_address_still_yields_its_link():
    text = '<a href="http://cheap-pills.com/' + "x?t=" * 1200 + " buy now"
    n = normalize(text)
    assert n.signals["urls"] == 1
    assert n.text.endswith("buy now")


def test_tld_lists_match_whole_top_level_domains_only():
    assert normalize("see spam.com now").signals["urls"] == 1
    assert normalize("see spam.it now").signals["urls"] == 0  # a wordy TLD needs a path
    assert normalize("see spam.it/x now").signals["urls"] == 1
    # ... except ".co" and ".io" after a name of four letters or more, as no sentence starts "Co" or "Io"
    assert normalize("Hot singles waiting datemenow.co").signals["urls"] == 1
    assert normalize("go to growfollowfast.io").signals["urls"] == 1
    assert normalize("Smith & Co. built it").signals["urls"] == 0
    # ... or a hyphen or a digit in the host's name, as no prose word has
    assert normalize("presale ends tonight 👉 xrp-presale-bonus.io").signals["urls"] == 1
    assert normalize("try chat4u.ai today").signals["urls"] == 1
    for prose in ("we waited...to no avail", "a well-known...so what", "an x-ray.It was broken", "the co-op.Co-owners agree",
                  "the future.AI will"):
        assert normalize(prose).signals["urls"] == 0, prose


def test_an_email_address_with_its_at_and_dots_written_in_brackets_is_an_email():
    n = normalize("Contact HACKWIZARD at hackwizard01 [at] gmail [dot] com. 100% discreet.")
    assert n.signals["emails"] == 1 and n.signals["urls"] == 0


def test_a_casino_or_betting_host_is_a_link():
    assert normalize("Sign up at luckyspin777.bet and use code NEWS300").signals["urls"] == 1


def test_a_dot_com_written_with_zeros_is_a_link():
    n = normalize("g o o d  p r i c e s  on rolex watches at  r e p l i c a l u x  d0t  c0m")
    assert n.signals["urls"] == 1
    assert normalize("see spam.comx now").signals["urls"] == 0


def test_numbers_read_near_their_digits_become_what_reading_the_whole_text_makes_of_them():
    # A long text's numbers are read only within reach of a digit: the same as reading all of it,
    # wherever the numbers, their signs and amount words stand (near each other or far apart).
    near = ["5", "12", "+", "(", ")", "$", " ", "  ", "-", ".", ",", "k", "million", "thousand", "dollars",
            "bitcoins", "st", "+1 (555) 123-4567", "1-888-303-6444", "4000DOLLARS", "l8rs", "covid19"]
    rng = random.Random(3)
    for _ in range(3000):
        text = "x" * rng.randint(0, 60)
        while len(text) < rng.choice([301, 600, 2000]):
            text += "".join(rng.choice(near) for _ in range(rng.randint(1, 8)))
            text += " " * rng.randint(0, 3) + "".join(rng.choice("abc ") for _ in range(rng.randint(0, 95)))
        assert normalize_module._sub_numbers_near_digits(text) == normalize_module._sub_numbers(text), text
    plain = "no digits here " * 40
    assert normalize_module._sub_numbers_near_digits(plain) is plain


def test_the_two_bare_host_hints_start_where_one_pattern_for_both_marks_would():
    safe, wordy, spaced = (normalize_module._TLD_SAFE, normalize_module._TLD_WORDY_ONLY, normalize_module._TLD_SPACED)
    named = normalize_module._TLD_NAMED
    both = re.compile(
        r"[.,](?:(?<=\.)(?:" + safe + r")\b|(?<=\.)(?:" + wordy + r")\b\s{0,2}[/\\]|(?<=\.)(?:" + named + r")\b(?![\w-])"
        r"|\s{0,3}(?:" + spaced + r")\b)"
    )
    pieces = [",", ".", " ", "  ", "   ", "com", "net", "ly", "it", "in", "me", "co", "uk", "x", "comx", "/", "a", "1", "info",
              "-", "io", "ai"]
    rng = random.Random(4)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text))
        found = both.search(text, pos)
        assert normalize_module._tld_hint(text, pos) == (found.start() if found else -1), (text, pos)


def test_the_search_form_drops_apostrophes_so_a_name_is_found_however_its_apostrophe_was_typed():
    assert search_form("Mike O'Brien") == search_form("Mike O\u2019Brien") == search_form("mike obrien")


def test_the_search_form_drops_case_accents_lookalike_letters_and_extra_spaces():
    assert search_form("  Zoë   BRANDT\nat the Café ") == "zoe brandt at the cafe"
    assert search_form("Вuy Вitcoin") == "buy bitcoin"  # Cyrillic В inside Latin words
    assert search_form("Москва") == "москва"  # a word all in Cyrillic stays itself


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("IRMAK", "ırmak"),  # casefold reads the capital as the English I
        ("isil", "Işıl"),  # a keyboard without ı
        ("IŞIL", "Işıl"),
        ("ıspartadan", "ISPARTA'DAN"),
        ("bir haber", "BİR HABER"),
        ("lukasz", "Łukasz"),  # letters with no accent to take off, but a plain reading
        ("dorde", "Đorđe"),
        ("soren", "Søren"),
        ("aero", "Ærø"),
        ("oeuvre", "Œuvre"),
        ("strasse", "STRASSE"),
        ("thorunn", "Þórunn"),
        ("hal", "Ħal"),
        ("میکنم", "می\u200cکنم"),  # a Persian ZWNJ, typed or not
        ("زندگي", "زندگی"),  # Arabic yeh for Persian yeh
        ("على", "علی"),  # alef maksura
        ("كتاب", "کتاب"),  # Arabic kaf for Persian kaf
        ("شكرا", "شكرا\u200f"),  # a direction mark
    ],
)
def test_the_search_form_finds_a_word_however_a_keyboard_without_its_letters_typed_it(typed, written):
    assert search_form(typed) == search_form(written)


def test_the_search_form_folds_turkish_i_to_the_plain_letter_and_leaves_a_cyrillic_word_cyrillic():
    assert search_form("Işıl ırmak İlkay") == "isil irmak ilkay"
    assert search_form("Москва") != search_form("Mockba")


def test_a_link_to_a_reference_source_is_a_citation_not_a_link():
    n = normalize("See the Fed's data: https://fred.stlouisfed.org/series/UNRATE and www.bls.gov/cps")
    assert n.text == f"see the fed's data: {SOURCE} and {SOURCE}"
    assert n.signals["sources"] == 2 and n.signals["urls"] == 0


def test_a_link_to_a_state_or_city_site_under_its_us_domain_is_a_citation():
    for text in ("the audit: https://www.osa.state.mn.us/reports/2024", "minutes at ci.seattle.wa.us/council"):
        n = normalize(text)
        assert n.signals["sources"] == 1 and n.signals["urls"] == 0, text
    assert normalize("deals at https://cheap-pills.us/buy").signals["urls"] == 1


@pytest.mark.parametrize("url", [
    "https://www.tagesschau.de/inland/haushalt-100.html", "https://www.insee.fr/fr/statistiques/2381474",
    "https://elpais.com/espana/2026-12-01/x.html", "https://data.tuik.gov.tr/Bulten/Index?p=49",
    "https://www.ibb.istanbul/haber", "https://www.aljazeera.net/news/2026/12/1/x", "https://www.paris.fr/pages/x",
    "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2026-1", "https://www.nhk.or.jp/news/", "https://www.mhlw.go.jp/x",
    "https://www.ox.ac.uk/research", "https://www.mep.gouv.qc.ca/x", "https://www.argentina.gob.ar/x",
])
def test_a_link_to_a_european_or_other_countrys_broadcaster_newspaper_or_public_office_is_a_citation(url):
    n = normalize(f"Die Zahlen stehen hier: {url}")
    assert n.signals["sources"] == 1 and n.signals["urls"] == 0, url


def test_a_public_bodys_name_under_a_country_code_is_a_source_only_there():
    for text in ("https://gov.example.com/x", "https://go.com/x", "https://www.gob-deals.ru/x", "https://ac.example.io/x"):
        n = normalize(f"see {text}")
        assert n.signals["urls"] == 1 and n.signals["sources"] == 0, text


def test_a_host_that_only_borrows_a_reference_name_is_still_a_link():
    for text in ("go to reuters.com.cheap-pills.ru/buy", "https://nytimes-deals.com/x", "https://wikipedia.org.example.biz"):
        n = normalize(text)
        assert n.signals["urls"] == 1 and n.signals["sources"] == 0, text


def test_a_reference_link_broken_up_with_spaces_is_a_disguised_link_not_a_citation():
    n = normalize("read www . reuters . com / markets")
    assert n.signals["sources"] == 0 and n.signals["urls"] == 1 and n.signals["obfuscated"]


def test_the_site_names_its_own_domains_as_sources():
    sources = REFERENCE_SOURCES | parse_domains("https://www.Springfield-Courier.com/, news.example.org")
    n = normalize("As we reported: https://springfield-courier.com/news/zoning", sources=sources)
    assert n.signals["sources"] == 1 and n.signals["urls"] == 0
    assert normalize("As we reported: https://springfield-courier.com/news/zoning").signals["urls"] == 1


def test_normalising_a_normalised_citation_keeps_it_a_citation():
    once = normalize("the report https://www.cbo.gov/publication/59710")
    again = normalize(once.text)
    assert again.text == once.text and again.signals["sources"] == 1 and again.signals["urls"] == 0


def test_sentence_tokens_mark_where_a_sentence_ends_inside_the_text():
    text = normalize("We'd have money. Just die already. Well... no").text
    assert sentence_tokens(text) == ["we", "d", "have", "money", ".", "just", "die", "already", ".", "well", ".", "no"]


def test_abbreviations_initials_a_numbered_item_and_the_last_full_stop_end_no_sentence():
    text = normalize("Mr. Smith of St. Louis met the U.S. envoy at 5 p.m. and read No. 5 on the list.").text
    assert "." not in sentence_tokens(text)
    assert sentence_tokens(text) == tokenize(text)


def test_sentence_tokens_mark_an_order_after_a_comma_a_colon_or_a_dash_with_a_comma():
    orders = frozenset({"hang"})
    for text in ("He is a liar, hang him", "He is a liar: hang him", "He is a liar - hang him", "He is a liar — hang him"):
        assert sentence_tokens(normalize(text).text, orders=orders) == ["he", "is", "a", "liar", ",", "hang", "him"]


def test_sentence_tokens_mark_the_end_of_a_handle_that_opens_a_reply():
    assert sentence_tokens(normalize("@ravi_patil go home").text, orders=frozenset({"hang"})) == ["ravi", "patil", ",", "go", "home"]
    assert sentence_tokens(normalize("email me @ home").text, orders=frozenset({"hang"})) == ["email", "me", "home"]


def test_a_comma_before_any_other_word_or_a_dash_inside_a_word_marks_nothing():
    orders = frozenset({"hang"})
    for text in ("Well, I hang my coat there", "a well-hung door", "1,000 people hang out here"):
        normalized = normalize(text).text
        assert sentence_tokens(normalized, orders=orders) == tokenize(normalized)


def test_text_without_a_full_stop_gets_the_tokens_the_model_reads():
    text = normalize("you are a legend mate!").text
    assert sentence_tokens(text) == tokenize(text)


def test_the_duplicate_check_reads_turkish_capitals_as_their_small_letters():
    assert duplicate_form("ÇOK GÜZEL BİR HABER") == duplicate_form("Çok güzel bir haber")

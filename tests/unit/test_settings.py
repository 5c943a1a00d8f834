"""Configuration from the environment: lists, numbers and defaults."""

from __future__ import annotations

import pytest

from commentguard.scoring.policy import Thresholds
from commentguard.scoring.rules_config import RulesConfig
from commentguard.settings import Settings


def test_an_empty_environment_gives_every_default():
    s = Settings.from_env({})
    assert s == Settings()
    assert (s.flood_seconds, s.spam_retention_days, s.discard_retention_days) == (15.0, 15.0, 1.0)
    assert (s.max_thread_depth, s.resend_after_seconds) == (5, 120.0)
    assert s.rules == RulesConfig()
    assert (s.rules.max_links, s.rules.min_form_seconds) == (2, 5.0)
    assert s.rules.moderation_keys == s.rules.disallowed_keys == ()
    assert s.thresholds == Thresholds(hold=0.5, spam=0.9, discard=0.995, toxicity_hold=0.5)
    assert (
        s.table_name == s.scoring_queue_url == s.publish_queue_url == s.event_bus_name == s.secret_arn == ""
    )


def test_an_explicit_environment_ignores_the_process_environment(monkeypatch):
    monkeypatch.setenv("MAX_LINKS", "9")
    monkeypatch.setenv("COMMENTS_TABLE", "from-process")
    s = Settings.from_env({})
    assert s.rules.max_links == 2
    assert s.table_name == ""


def test_names_of_resources_are_read():
    s = Settings.from_env(
        {
            "COMMENTS_TABLE": "comments",
            "SCORING_QUEUE_URL": "https://sqs/scoring",
            "PUBLISH_QUEUE_URL": "https://sqs/publish.fifo",
            "EVENT_BUS_NAME": "bus",
            "SECRET_ARN": "arn:aws:secretsmanager:x",
        }
    )
    assert (s.table_name, s.scoring_queue_url, s.publish_queue_url, s.event_bus_name, s.secret_arn) == (
        "comments",
        "https://sqs/scoring",
        "https://sqs/publish.fifo",
        "bus",
        "arn:aws:secretsmanager:x",
    )


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("casino,poker", ("casino", "poker")),
        ("casino\npoker", ("casino", "poker")),
        ("casino\r\npoker", ("casino", "poker")),
        (" casino , poker ,\n viagra \n", ("casino", "poker", "viagra")),
        ("casino,,\n\n,poker", ("casino", "poker")),
        ("cheap pills", ("cheap pills",)),
        ("", ()),
        (" , \n ", ()),
    ],
)
def test_word_lists_split_on_commas_and_newlines(raw, words):
    s = Settings.from_env({"MODERATION_KEYS": raw, "DISALLOWED_KEYS": raw})
    assert s.rules.moderation_keys == words
    assert s.rules.disallowed_keys == words


def test_numbers_are_parsed():
    s = Settings.from_env(
        {
            "FLOOD_SECONDS": "30",
            "SPAM_RETENTION_DAYS": "7.5",
            "DISCARD_RETENTION_DAYS": "0.5",
            "TRASH_RETENTION_DAYS": "7",
            "MAX_THREAD_DEPTH": "10",
            "RESEND_AFTER_SECONDS": "60",
            "MAX_LINKS": "4",
            "MIN_FORM_SECONDS": "3.5",
            "HOLD_THRESHOLD": "0.4",
            "SPAM_THRESHOLD": "0.8",
            "DISCARD_THRESHOLD": "0.99",
            "TOXICITY_HOLD_THRESHOLD": "0.7",
        }
    )
    assert (s.flood_seconds, s.spam_retention_days, s.discard_retention_days) == (30.0, 7.5, 0.5)
    assert s.trash_retention_days == 7.0
    assert (s.max_thread_depth, s.resend_after_seconds) == (10, 60.0)
    assert (s.rules.max_links, s.rules.min_form_seconds) == (4, 3.5)
    assert s.thresholds == Thresholds(hold=0.4, spam=0.8, discard=0.99, toxicity_hold=0.7)


def test_integer_settings_are_ints():
    s = Settings.from_env({"MAX_LINKS": "3", "MAX_THREAD_DEPTH": "7"})
    assert all(type(v) is int for v in (s.rules.max_links, s.max_thread_depth))


def test_numbers_may_carry_surrounding_spaces():
    assert Settings.from_env({"MAX_LINKS": " 3 \n"}).rules.max_links == 3


def test_a_blank_number_falls_back_to_its_default():
    s = Settings.from_env({"MAX_LINKS": "", "FLOOD_SECONDS": "   ", "SPAM_THRESHOLD": ""})
    assert (s.rules.max_links, s.flood_seconds, s.thresholds.spam) == (2, 15.0, 0.9)


def test_zero_links_can_be_configured_to_disable_the_limit():
    assert Settings.from_env({"MAX_LINKS": "0"}).rules.max_links == 0


def test_a_zero_flood_window_is_kept_as_zero():
    assert Settings.from_env({"FLOOD_SECONDS": "0"}).flood_seconds == 0.0


def test_a_number_that_is_not_a_number_is_refused_loudly():
    with pytest.raises(ValueError):
        Settings.from_env({"MAX_LINKS": "two"})


def test_the_form_key_never_comes_from_the_environment():
    assert Settings.from_env({"FORM_KEY": "leaked"}).rules.form_key is None


@pytest.mark.parametrize("value, on", [("true", True), ("TRUE ", True), ("1", True), ("false", False), ("", False)])
def test_the_wordpress_switches_read_true_and_false(value, on):
    s = Settings.from_env({"REQUIRE_EMAIL": value, "HOLD_ALL_COMMENTS": value, "HOLD_NEW_AUTHORS": value})
    assert (s.require_email, s.rules.hold_all, s.rules.hold_new_authors) == (on, on, on)


def test_the_spam_folder_and_the_trash_empty_themselves_and_other_statuses_keep_the_comment():
    s = Settings.from_env({"SPAM_RETENTION_DAYS": "10", "TRASH_RETENTION_DAYS": "7"})
    now = 1_800_000_000.0
    assert s.expires_at("spam", now) == now + 10 * 86400
    assert s.expires_at("discard", now) == now + 86400
    assert s.expires_at("trash", now) == now + 7 * 86400
    assert [s.expires_at(status, now) for status in ("held", "approved", "published", "approve")] == [None] * 4


def test_comments_close_by_themselves_only_when_a_number_of_days_is_set():
    assert Settings.from_env({}).close_after_seconds == 0
    assert Settings.from_env({"CLOSE_COMMENTS_DAYS": "14"}).close_after_seconds == 14 * 86400


def test_three_readers_reports_hold_a_comment_unless_the_site_says_otherwise():
    assert Settings.from_env({}).reports_to_hold == 3
    assert Settings.from_env({"REPORTS_TO_HOLD": "0"}).reports_to_hold == 0


def test_an_address_has_twenty_reports_an_hour_unless_the_site_says_otherwise():
    assert Settings.from_env({}).reports_per_hour == 20
    assert Settings.from_env({"REPORTS_PER_HOUR": "0"}).reports_per_hour == 0


def test_the_languages_a_site_takes_are_iso_codes_in_any_case_and_none_means_any():
    assert Settings.from_env({"ALLOWED_LANGUAGES": "en, DE"}).rules.allowed_languages == ("en", "de")
    assert Settings.from_env({}).rules.allowed_languages == ()


def test_the_countries_a_site_blocks_or_takes_are_iso_codes_in_any_case_and_the_header_is_the_sites():
    settings = Settings.from_env({"BLOCKED_COUNTRIES": "ru, cn", "ALLOWED_COUNTRIES": "de",
                                  "CLIENT_COUNTRY_HEADER": " CF-IPCountry "})
    assert (settings.rules.blocked_countries, settings.rules.allowed_countries) == (("RU", "CN"), ("DE",))
    assert settings.client_country_header == "CF-IPCountry"
    assert Settings.from_env({}).rules.blocked_countries == () and Settings.from_env({}).client_country_header == ""


def test_a_first_comment_with_a_website_is_held_unless_the_site_switches_it_off():
    assert Settings.from_env({}).rules.hold_new_websites is True
    assert Settings.from_env({"HOLD_NEW_WEBSITES": " "}).rules.hold_new_websites is True
    assert Settings.from_env({"HOLD_NEW_WEBSITES": "false"}).rules.hold_new_websites is False


def test_personal_data_goes_with_a_comment_filed_where_it_is_kept_for_less_time_and_not_after_it_is_gone():
    s = Settings.from_env({})  # 30 days of personal data, 15 of spam
    day, posted = 86400, 1_000_000.0
    kept = int(posted + 30 * day)
    spam = int(posted + day + 15 * day)
    assert s.personal_data_moves(posted, None, spam, posted + day) == spam  # filed as spam on day 1
    assert s.personal_data_moves(posted, spam, None, posted + 2 * day) == kept  # "not spam" on day 2
    assert s.personal_data_moves(posted, None, int(posted + 60 * day), posted + 30 * day - 1) is None  # trash
    assert s.personal_data_moves(posted, None, None, posted) is None  # approved: nothing moves
    assert s.personal_data_moves(posted, None, spam, posted + 31 * day) is None  # gone already: no write


def test_a_reply_within_the_thread_depth_passes_and_one_deeper_is_refused_in_words():
    five = Settings.from_env({})
    assert five.too_deep(5) is None
    assert five.too_deep(6) == "replies nest at most 5 levels deep"
    flat = Settings.from_env({"MAX_THREAD_DEPTH": "1"})
    assert flat.too_deep(1) is None
    assert flat.too_deep(2) == "this site takes no replies: comment on the article itself"

"""The words of a plain HTML form's pages: every language says every code the API may send a form."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from commentguard.api import errors
from commentguard.api.page_words import LANGUAGES, words
from commentguard.submission import PROBLEM_CODES

# What POST /comments and the form itself refuse a comment for, beside a field's problems (``api.intake``, ``forms``).
REFUSALS = {"invalid_reply", "email_required", "sign_in_required", "author_token", "foreign_post_url", "closed",
            "duplicate", "flood", "not_on_site", "origin_hidden", "not_utf8", "too_many_fields"}
CODES = REFUSALS | PROBLEM_CODES | set(errors.PYDANTIC_CODES.values()) | set(errors.STATUS_CODES.values()) | {
    "wrong_type", "out_of_range"}
TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_language_has_its_own_words_for_each_code_a_form_may_be_refused_for(lang):
    said = words(lang)
    generic = {said.codes["invalid"], said.codes["error"]}
    particular = CODES - {"invalid", "bad_request", "conflict", "forbidden", "not_found", "not_json",
                          "too_many_requests", "unauthorized", "invalid_json", "not_object", "wrong_type",
                          "out_of_range", "invalid_format", "not_allowed"}
    assert {code for code in particular if said.say(code, "english", "invalid") in generic} == set()
    assert set(said.codes) == set(words("de").codes)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_code_without_words_of_its_own_is_said_as_a_fields_or_the_requests_problem(lang):
    said = words(lang)
    assert said.say("something_new", "english", "invalid") == said.codes["invalid"]
    assert said.say(None, "english", "error") == said.codes["error"]
    assert said.say("blank", "english", "invalid") == said.codes["required"]


def test_english_says_what_the_api_says():
    assert words("en").say("too_long", "must be at most 245 characters", "invalid") == "must be at most 245 characters"


@pytest.mark.parametrize(("tags", "lang"), [(["de"], "de"), (["de-CH"], "de"), (["pt_BR"], "pt"), (["FR"], "fr"),
                                            (["tlh", "it"], "it"), ([None, "nl"], "nl"), (["tlh"], "en"), ([""], "en")])
def test_the_first_language_tag_with_words_finds_them_and_english_is_said_where_none_has(tags, lang):
    assert words(*tags).lang == lang


def test_every_language_labels_every_field_the_api_may_name():
    assert {lang: set(words(lang).labels) for lang in LANGUAGES} == {lang: set(words("en").labels) for lang in LANGUAGES}


def test_the_template_offers_the_languages_there_are_words_for():
    template = (Path(__file__).parents[2] / "template.yaml").read_text(encoding="utf-8")
    offered = re.search(r"\n  SiteLanguage:\n(?:    .*\n)*?    AllowedValues: \[(.*)\]", template)
    assert offered and tuple(v.strip() for v in offered.group(1).split(",")) == LANGUAGES

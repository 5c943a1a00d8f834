"""The body of POST /comments: WordPress's limits, required fields, and safe URLs and emails."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from commentguard.submission import AUTHOR_MAX, CONTENT_MAX, EMAIL_MAX, URL_MAX, CommentSubmission

VALID = {"post_id": "post-1", "author_name": "Ann", "content": "A thoughtful reply."}


def submit(**changes) -> CommentSubmission:
    body = {**VALID, **changes}
    for name, value in changes.items():
        if value is ...:
            del body[name]
    return CommentSubmission.model_validate(body)


def refused_field(**changes) -> str:
    with pytest.raises(ValidationError) as caught:
        submit(**changes)
    [error] = caught.value.errors()
    return str(error["loc"][0])


def email_of_length(n: int) -> str:
    domain = "@example.com"
    return "a" * (n - len(domain)) + domain


def url_of_length(n: int) -> str:
    prefix = "https://example.com/"
    return prefix + "p" * (n - len(prefix))


def test_the_limits_are_wordpress_s():
    assert (AUTHOR_MAX, EMAIL_MAX, URL_MAX, CONTENT_MAX) == (245, 100, 200, 65_525)


def test_a_minimal_comment_is_accepted_with_optional_fields_empty():
    s = submit()
    assert (s.post_id, s.author_name, s.content) == ("post-1", "Ann", "A thoughtful reply.")
    assert s.author_email is s.author_url is s.parent_id is s.post_url is s.honeypot is s.form_token is None


def test_every_documented_field_is_accepted():
    s = submit(
        author_email="ann@example.com",
        author_url="https://ann.example/",
        parent_id="c-123",
        post_url="https://news.example/2024/story",
        honeypot="",
        form_token="abc.def",
    )
    assert s.author_email == "ann@example.com"
    assert s.author_url == "https://ann.example/"
    assert s.parent_id == "c-123"
    assert s.post_url == "https://news.example/2024/story"


@pytest.mark.parametrize("field", ["post_id", "author_name", "content"])
def test_a_missing_required_field_is_refused_and_named(field):
    assert refused_field(**{field: ...}) == field


@pytest.mark.parametrize("field", ["post_id", "author_name", "content"])
def test_a_null_required_field_is_refused_and_named(field):
    assert refused_field(**{field: None}) == field


# --- lengths ----------------------------------------------------------------------------------


def test_an_author_name_at_the_limit_is_accepted():
    assert len(submit(author_name="a" * AUTHOR_MAX).author_name) == 245


def test_an_author_name_one_over_the_limit_is_refused():
    assert refused_field(author_name="a" * (AUTHOR_MAX + 1)) == "author_name"


def test_an_email_at_the_limit_is_accepted():
    assert len(submit(author_email=email_of_length(EMAIL_MAX)).author_email) == 100


def test_an_email_one_over_the_limit_is_refused():
    assert refused_field(author_email=email_of_length(EMAIL_MAX + 1)) == "author_email"


def test_a_url_at_the_limit_is_accepted():
    assert len(submit(author_url=url_of_length(URL_MAX)).author_url) == 200


def test_a_url_one_over_the_limit_is_refused():
    assert refused_field(author_url=url_of_length(URL_MAX + 1)) == "author_url"


def test_content_at_the_limit_is_accepted():
    assert len(submit(content="x" * CONTENT_MAX).content) == 65_525


def test_content_one_over_the_limit_is_refused():
    assert refused_field(content="x" * (CONTENT_MAX + 1)) == "content"


def test_the_author_name_limit_counts_characters_not_bytes():
    assert len(submit(author_name="é" * AUTHOR_MAX).author_name) == AUTHOR_MAX
    assert refused_field(author_name="é" * (AUTHOR_MAX + 1)) == "author_name"


def test_the_content_limit_counts_utf8_bytes_as_wordpress_does():
    assert submit(content="😀" * (CONTENT_MAX // 4)).content  # 65,524 bytes
    assert refused_field(content="😀" * (CONTENT_MAX // 4 + 1)) == "content"
    assert refused_field(content="é" * (CONTENT_MAX // 2 + 1)) == "content"


@pytest.mark.parametrize("content", ["😀" * 20_000, "x" * (CONTENT_MAX + 1)])
def test_content_over_the_limit_is_told_the_limit_in_bytes_however_many_characters_it_has(content):
    with pytest.raises(ValidationError) as caught:
        submit(content=content)
    [error] = caught.value.errors()
    assert error["loc"] == ("content",) and "65,525 bytes" in error["msg"]


# --- blank and malformed values ---------------------------------------------------------------


@pytest.mark.parametrize("value", ["", " ", "   \n\t  "])
def test_empty_or_whitespace_only_content_is_refused(value):
    assert refused_field(content=value) == "content"


@pytest.mark.parametrize("value", ["", " ", "\n\t"])
def test_an_empty_or_whitespace_only_author_is_refused(value):
    assert refused_field(author_name=value) == "author_name"


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "ftp://files.example/x",
        "data:text/html;base64,PHNjcmlwdD4=",
        "example",
        "www.example.com with spaces",
        "//example.com",
        "http://",
        "https:// space.example",
        "mailto:ann@example.com",
    ],
)
def test_an_author_url_must_be_http_or_https(url):
    assert refused_field(author_url=url) == "author_url"


@pytest.mark.parametrize("url", ["http://example.com", "https://example.com/a?b=c#d", "HTTPS://EXAMPLE.COM"])
def test_http_and_https_author_urls_are_accepted(url):
    assert submit(author_url=url).author_url == url


@pytest.mark.parametrize("typed, kept", [("www.example.com", "http://www.example.com"),
                                          ("example.org/about?me=1", "http://example.org/about?me=1"),
                                          ("blog.example.co.uk:8080/", "http://blog.example.co.uk:8080/"),
                                          ("www.bücher.de", "http://www.bücher.de")])
def test_a_website_typed_without_its_scheme_gets_http_as_wordpress_gives_it(typed, kept):
    assert submit(author_url=typed).author_url == kept


def test_a_website_without_its_scheme_is_refused_where_http_would_take_it_past_the_limit():
    assert refused_field(author_url="www." + "a" * 185 + ".example") == "author_url"


@pytest.mark.parametrize("url", ["www.example.org:99999", "https://example.org:70000/a"])
def test_a_website_with_a_port_no_server_can_have_is_refused(url):
    assert refused_field(author_url=url) == "author_url"


def test_a_post_url_must_be_http_or_https_too():
    assert refused_field(post_url="javascript:alert(1)") == "post_url"


@pytest.mark.parametrize("field", ["post_url", "author_url"])
@pytest.mark.parametrize("url, words", [
    ("https://evil.example\\@news.example/2026/budget", 'must not contain "\\"'),  # a browser goes to evil.example
    ("https://news.example\\evil.example/", 'must not contain "\\"'),
    # A website the website rule would read as a Facebook profile, and a click would open a casino.
    ("https://casino.example\\@facebook.com/ann", 'must not contain "\\"'),
    ("https://evil.example\t@news.example/", "must not contain spaces or control characters"),
    ("https://news.example/a\x00b", "must not contain spaces or control characters"),
    ("https://news.example/a\x85b", "must not contain spaces or control characters"),
    ("https://news.example@evil.example/login", "must not have a user name before an @"),
    ("https://ann:secret@blog.example/", "must not have a user name before an @"),
])
def test_an_address_a_browser_would_read_as_another_host_is_refused_saying_why(field, url, words):
    with pytest.raises(ValidationError) as caught:
        submit(**{field: url})
    [error] = caught.value.errors()
    assert error["loc"] == (field,) and words in error["msg"]


@pytest.mark.parametrize("url", ["https://mastodon.social/@ann", "https://news.example/2026/budget?by=@ann#c-1"])
def test_an_at_sign_after_the_host_is_no_user_name_and_is_accepted(url):
    assert submit(author_url=url, post_url=url).author_url == url


def test_an_address_whose_host_bracket_is_never_closed_is_refused_as_no_url():
    with pytest.raises(ValidationError) as caught:
        submit(post_url="http://[news.example/2026")
    [error] = caught.value.errors()
    assert error["loc"] == ("post_url",) and "must be an http:// or https:// URL" in error["msg"]


def test_surrounding_spaces_are_trimmed_from_email_and_url():
    s = submit(author_email="  ann@example.com ", author_url=" https://ann.example ")
    assert (s.author_email, s.author_url) == ("ann@example.com", "https://ann.example")


@pytest.mark.parametrize(
    "email",
    [
        "ann",
        "ann@",
        "@example.com",
        "ann@example",
        "ann@@example.com",
        "ann smith@example.com",
        "<a>@b.com",
        "a@b.c.",
    ],
)
def test_a_malformed_email_is_refused(email):
    assert refused_field(author_email=email) == "author_email"


@pytest.mark.parametrize("field", ["author_email", "author_url", "post_url"])
@pytest.mark.parametrize("value", ["", "   ", None])
def test_an_empty_optional_email_or_url_becomes_none(field, value):
    assert getattr(submit(**{field: value}), field) is None


def test_unknown_extra_fields_are_ignored():
    s = submit(client_ip="6.6.6.6", user_agent="spoofed", status="published", spam_score=0)
    dumped = s.model_dump()
    assert not {"client_ip", "user_agent", "status", "spam_score"} & set(dumped)


@pytest.mark.parametrize("post_id", ["post-1", "42", "news-2024-05-story", "a.b_c:d-e", "A" + "b" * 127])
def test_ordinary_post_ids_are_accepted(post_id):
    assert submit(post_id=post_id).post_id == post_id


@pytest.mark.parametrize(
    "post_id",
    [
        "",
        "-leading-dash",
        ".hidden",
        "/absolute",
        "news/2024/05/story",  # a path segment of the API: never readable back
        "has space",
        "a" * 129,
        "semi;colon",
        "quote'",
        "post\n",
        "ünï",
    ],
)
def test_a_post_id_outside_the_pattern_is_refused(post_id):
    assert refused_field(post_id=post_id) == "post_id"


@pytest.mark.parametrize("parent_id", ["../x", "a b", "a" * 129])
def test_a_parent_id_outside_the_pattern_is_refused(parent_id):
    assert refused_field(parent_id=parent_id) == "parent_id"


@pytest.mark.parametrize("parent_id", ["", " ", "0", 0])
def test_an_empty_reply_field_or_wordpress_s_comment_parent_0_is_a_top_level_comment(parent_id):
    assert submit(parent_id=parent_id).parent_id is None


def test_a_non_string_post_id_is_refused():
    assert refused_field(post_id=123) == "post_id"


def test_unicode_content_and_author_are_accepted_as_they_are():
    s = submit(author_name="Zoë 山田", content="Grüße! 👋 Ελληνικά, العربية, 東京 — «quotes»")
    assert s.author_name == "Zoë 山田"
    assert s.content == "Grüße! 👋 Ελληνικά, العربية, 東京 — «quotes»"


def test_content_is_kept_raw_for_moderators():
    raw = "  <b>bold</b> & <script>x</script>\n\n"
    assert submit(content=raw).content == raw


@pytest.mark.parametrize(("field", "limit"), [("honeypot", 1000), ("form_token", 512)])
def test_anti_bot_fields_have_limits(field, limit):
    assert len(getattr(submit(**{field: "x" * limit}), field)) == limit
    assert refused_field(**{field: "x" * (limit + 1)}) == field


@pytest.mark.parametrize("field", ["content", "author_name"])
@pytest.mark.parametrize("markup", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "&nbsp;&#8203;",
                                    "\u3164\u3164\u3164", "\u2800\u3164", "\u034f\ufe0f"])  # Hangul fillers, Braille
def test_a_field_that_would_publish_as_nothing_once_sanitised_is_refused(field, markup):
    with pytest.raises(ValidationError) as caught:
        submit(**{field: markup})
    [error] = caught.value.errors()
    assert error["loc"] == (field,) and "shows no text once its markup is removed" in error["msg"]


def test_a_text_and_name_are_kept_as_sent_with_the_characters_the_checks_do_not_count():
    # The variation selector makes the heart red, the non-joiner keeps a Persian word's letters apart.
    text, name = "\u2764\ufe0f \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "Ann\u2800\u2764\ufe0f"
    s = submit(content=text, author_name=name)
    assert (s.content, s.author_name) == (text, name)

"""A plain HTML comment form, posted without script: a WordPress theme's form works once its action points
at POST /comments, on a site that names its domains."""

from __future__ import annotations

import base64
from urllib.parse import urlencode, urlsplit

import pytest

from commentguard import runtime
from commentguard.states import Status

POST = "2026-12-05-harbour-bridge"
PAGE = "https://news.example/2026/12/harbour-bridge"
FORM = "application/x-www-form-urlencoded"
FROM_THE_SITE = {"Origin": "https://news.example", "Referer": PAGE}
TEXT = "The bridge closure will add twenty minutes to every commute from the north shore."


@pytest.fixture
def site(pipeline, monkeypatch):
    monkeypatch.setenv("SITE_DOMAINS", "news.example")
    runtime.reset()
    return pipeline


def _wordpress_form(**overrides) -> dict:
    """What a WordPress theme's comment form sends to wp-comments-post.php."""
    fields = {"comment": TEXT, "author": "Maren", "email": "maren@example.org", "url": "",
              "submit": "Post Comment", "comment_post_ID": POST, "comment_parent": "0"}
    return {**fields, **overrides}


def _send(pipeline, fields: dict | bytes, headers: dict | None = None, ip: str = "198.51.100.20"):
    data = fields if isinstance(fields, bytes) else urlencode(fields).encode()
    return pipeline.request("POST", "/comments", data, ip=ip, raw=True, content_type=FORM,
                            headers=FROM_THE_SITE if headers is None else headers)


def _comment_id(location: str) -> str:
    fragment = urlsplit(location).fragment
    assert fragment.startswith("comment-")
    return fragment.removeprefix("comment-")


def test_a_wordpress_themes_form_is_taken_and_its_reader_sent_back_to_the_article_at_the_comment(site):
    status, body, headers = _send(site, _wordpress_form())
    assert status == 303 and body == ""
    location = headers["Location"]
    comment_id = _comment_id(location)
    assert location == f"{PAGE}?unapproved={comment_id}#comment-{comment_id}"
    stored = site.store.get(comment_id, with_pii=True)
    assert (stored.post_id, stored.author_name, stored.author_email, stored.content, stored.parent_id) == (
        POST, "Maren", "maren@example.org", TEXT, None)
    assert stored.post_url == PAGE  # the page the form was on, for the moderators' mail
    site.drain()
    assert site.comment(comment_id).status is Status.PUBLISHED
    assert [c["id"] for c in site.listing(POST)] == [comment_id]


def test_a_form_under_our_own_field_names_is_taken_and_they_count_over_wordpress_names(site):
    fields = {"post_id": POST, "author_name": "Maren", "content": TEXT, "comment": "the theme's field, unused",
              "post_url": f"{PAGE}?page=2"}
    status, _, headers = _send(site, fields)
    assert status == 303
    comment_id = _comment_id(headers["Location"])
    assert headers["Location"] == f"{PAGE}?page=2&unapproved={comment_id}#comment-{comment_id}"
    assert site.comment(comment_id).content == TEXT


def test_api_gateways_base64_form_body_is_read_as_the_same_form(site):
    function = next(route.function for route in site.routes if route.route_key == "POST /comments")
    status, _, headers = _send(site, _wordpress_form())
    first = _comment_id(headers["Location"])
    from commentguard_dev.localstack.http import build_event

    event = build_event(method="POST", raw_path="/comments", raw_query="",
                        headers=[("content-type", FORM), ("origin", "https://news.example"), ("referer", PAGE)],
                        body=b"", source_ip="198.51.100.21", route_key="POST /comments", path_parameters=None)
    event["body"] = base64.b64encode(urlencode(_wordpress_form(comment="A second thought on the bridge: "
                                                                         "the ferry could take some of it.")).encode()).decode()
    event["isBase64Encoded"] = True
    answer = function.invoke(event)
    assert status == 303 and answer["statusCode"] == 303
    second = _comment_id(answer["headers"]["Location"])
    assert second != first and site.comment(second).content.startswith("A second thought")


def test_a_form_with_a_field_missing_gets_a_page_that_names_it_in_the_forms_words_and_nothing_is_kept(site):
    status, page, headers = _send(site, _wordpress_form(comment="  "))
    assert status == 422
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Content-Security-Policy"] == "default-src 'none'"
    assert "<p>Please check the form:</p><ul><li>Comment: is required</li></ul>" in page
    assert f'<a href="{PAGE}">Back to the article</a>' in page
    assert site.depth("ScoringQueue") == 0


def test_a_refusal_page_escapes_what_the_reader_sent(site):
    status, page, _ = _send(site, _wordpress_form(email="<script>alert(1)</script>"))
    assert status == 422
    assert "<script>" not in page and "Email: is not an email address" in page


@pytest.mark.parametrize(("language", "duplicate", "flood"), [
    ("en", "<li>Comment: duplicate comment: you have already said that</li>",
     "<p>you are posting comments too quickly; slow down</p>"),
    ("de", "<li>Kommentar: Diesen Kommentar haben Sie bereits gesendet.</li>",
     "<p>Sie senden Kommentare zu schnell hintereinander. Bitte warten Sie einen Moment.</p>"),
])
def test_a_duplicate_and_a_flood_from_a_form_get_their_status_on_a_page_in_the_sites_language_with_retry_after_kept(
        site, monkeypatch, language, duplicate, flood):
    monkeypatch.setenv("FLOOD_SECONDS", "15")
    monkeypatch.setenv("SITE_LANGUAGE", language)
    runtime.reset()
    assert _send(site, _wordpress_form())[0] == 303
    status, page, _ = _send(site, _wordpress_form(), ip="198.51.100.22")
    assert status == 409 and duplicate in page
    status, page, headers = _send(site, _wordpress_form(comment="Another thought entirely, about the ferry."))
    assert status == 429 and flood in page
    assert int(headers["Retry-After"]) >= 1


def test_a_form_sent_twice_from_one_address_sends_its_reader_to_the_one_comment_both_times(site):
    first, second = (_send(site, _wordpress_form()) for _ in range(2))
    assert first[0] == second[0] == 303
    assert _comment_id(first[2]["Location"]) == _comment_id(second[2]["Location"])
    # Sent while the first is unscored, the second sends its message again (its answer may have been lost
    # before that message went out): scoring reads the second as nothing to do.
    assert site.depth("ScoringQueue") == 2
    site.drain()
    assert [c["id"] for c in site.listing(POST)] == [_comment_id(first[2]["Location"])]


@pytest.mark.parametrize("origin", ["https://elsewhere.example", "https://news.example.evil.test"])
def test_a_form_on_another_sites_page_is_refused_and_kept_nowhere(site, origin):
    status, page, headers = _send(site, _wordpress_form(), headers={"Origin": origin, "Referer": PAGE})
    assert status == 403 and "not on a page of this site" in page
    assert headers["Content-Type"].startswith("text/html")
    assert site.depth("ScoringQueue") == 0


def test_a_form_whose_page_hides_its_origin_is_taken_only_where_the_browser_says_it_is_of_this_site(site):
    hidden = {"Origin": "null", "Sec-Fetch-Site": "cross-site"}
    status, page, _ = _send(site, _wordpress_form(), headers=hidden)
    assert status == 403 and "Referrer-Policy" in page
    assert site.depth("ScoringQueue") == 0
    status, _, _ = _send(site, _wordpress_form(), headers={"Origin": "null", "Sec-Fetch-Site": "same-site"})
    assert status == 202  # taken; with no page of the site to go back to, a page says so


def test_a_form_never_sends_its_reader_off_the_site_and_without_a_page_of_it_says_thank_you_instead(site):
    status, _, headers = _send(site, _wordpress_form(redirect_to="https://phish.example/login"))
    assert status == 303 and headers["Location"].startswith(PAGE)
    status, page, headers = _send(site, _wordpress_form(comment="Without a referer this time, as some browsers do.",
                                                        redirect_to="https://phish.example/login"),
                                  headers={"Origin": "https://news.example"}, ip="198.51.100.23")
    assert status == 202 and "Location" not in headers
    assert "awaiting moderation" in page and "still in the form" not in page


@pytest.mark.parametrize("target", ["https://news.example/a\x0bSet-Cookie: x=1", "https://news.example/a b",
                                    "https://news.example/" + "a" * 2100,
                                    # Host news.example to urlsplit; evil.example to a browser, which reads "\" as "/".
                                    "https://evil.example\\@news.example/", "http://[news.example/"])
def test_a_page_address_no_header_could_carry_is_never_where_a_reader_is_sent(site, target):
    status, _, headers = _send(site, _wordpress_form(redirect_to=target))
    assert status == 303 and headers["Location"].startswith(PAGE + "?unapproved=")


def test_an_article_address_beyond_ascii_goes_back_percent_encoded(site):
    page = "https://news.example/2026/12/brücke"
    status, _, headers = _send(site, _wordpress_form(), headers={"Origin": "https://news.example", "Referer": page})
    assert status == 303 and headers["Location"].startswith("https://news.example/2026/12/br%C3%BCcke?unapproved=")
    headers["Location"].encode("ascii")


def test_a_form_that_is_not_utf8_gets_a_400_page(site):
    status, page, _ = _send(site, b"comment=caf%E9&author=Ines&comment_post_ID=" + POST.encode())
    assert status == 400 and "not UTF-8" in page
    assert site.depth("ScoringQueue") == 0


def test_a_bot_that_fills_the_forms_hidden_field_is_sent_back_like_anyone_and_filed_as_spam(site):
    status, _, headers = _send(site, _wordpress_form(honeypot="https://cheap-pills.example"))
    assert status == 303
    comment_id = _comment_id(headers["Location"])
    site.drain()
    assert site.comment(comment_id).status is Status.SPAM


def test_without_site_domains_a_form_is_refused_as_a_body_that_is_not_json_saying_what_takes_forms(pipeline):
    status, body, _ = pipeline.request("POST", "/comments", urlencode(_wordpress_form()).encode(),
                                       content_type=FORM, headers=FROM_THE_SITE)
    assert status == 415 and body["code"] == "not_json"
    assert "JSON" in body["message"] and "SiteDomains" in body["message"]
    assert pipeline.depth("ScoringQueue") == 0


@pytest.fixture
def german_site(site, monkeypatch):
    monkeypatch.setenv("SITE_LANGUAGE", "de")
    runtime.reset()
    return site


def test_on_a_site_in_german_a_form_with_problems_gets_a_page_in_german_naming_each(german_site):
    status, page, _ = _send(german_site, _wordpress_form(comment="  ", email="maren@"))
    assert status == 422 and page.startswith('<!doctype html><html lang="de">')
    assert ("<h1>Ihr Kommentar wurde nicht angenommen</h1><p>Bitte prüfen Sie das Formular:</p><ul>"
            "<li>Kommentar: Bitte ausfüllen.</li><li>E-Mail: Keine gültige E-Mail-Adresse.</li></ul>") in page
    assert f'<a href="{PAGE}">Zurück zum Artikel</a>' in page
    assert german_site.depth("ScoringQueue") == 0


def test_on_a_site_in_german_a_form_on_another_sites_page_is_refused_in_german(german_site):
    status, page, _ = _send(german_site, _wordpress_form(), headers={"Origin": "https://elsewhere.example"})
    assert status == 403 and "<p>Dieses Formular steht nicht auf einer Seite dieser Website.</p>" in page


def test_a_forms_lang_field_answers_in_its_pages_language_and_one_without_words_in_the_sites(german_site):
    status, page, _ = _send(german_site, _wordpress_form(comment="", lang="fr-CH"))
    assert status == 422 and '<html lang="fr">' in page
    assert "<li>Commentaire\u00a0: Champ obligatoire.</li>" in page and "Retour à l’article" in page
    status, page, _ = _send(german_site, _wordpress_form(comment="", lang="tlh"))
    assert status == 422 and "<li>Kommentar: Bitte ausfüllen.</li>" in page
    status, _, headers = _send(german_site, _wordpress_form(lang="fr"))
    assert status == 303
    stored = german_site.comment(_comment_id(headers["Location"]))
    assert stored.content == TEXT  # the field chose the page's words and is kept nowhere


def test_on_a_site_in_german_a_form_with_no_page_to_go_back_to_is_thanked_in_german(german_site):
    status, page, _ = _send(german_site, _wordpress_form(), headers={"Origin": "https://news.example"})
    assert status == 202 and "<h1>Vielen Dank</h1><p>Ihr Kommentar ist eingegangen und wartet auf Freigabe.</p>" in page

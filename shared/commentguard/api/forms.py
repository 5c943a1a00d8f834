"""A plain HTML comment form, posted without script as a WordPress theme's form posts to wp-comments-post.php.

The form's fields (ours, or WordPress's own names: a theme's form works once its action points here) become
the JSON body POST /comments takes, and its answer becomes what a browser shows: a 303 back to the article at
the comment's anchor, as WordPress redirects, or a page saying what to mend, with the status of the refusal.

Only for a site that names its domains (SiteDomains; without them a form gets 415, as any body not JSON): a
browser sends a form to any address without asking first (there is no CORS preflight for a form), so any
website could make its visitors post here; a form is taken only from a page of the site, and the reader is
sent back only to one.
"""

from __future__ import annotations

import base64
import binascii
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from aws_lambda_powertools.metrics import MetricUnit, single_metric

from ..submission import POST_URL_MAX, url_problem
from ..text.sources import is_source

if TYPE_CHECKING:
    from .page_words import Words

FORM_TYPE = "application/x-www-form-urlencoded"
# The 415 for a form where the site has not named its domains: says why, and what turns forms on.
NO_SITE_DOMAINS = "this site takes a plain form only once it names its domains (the SiteDomains parameter)"
# wp-comments-post.php's names, for the fields a WordPress theme's form sends.
WORDPRESS_NAMES = {"comment": "content", "author": "author_name", "email": "author_email", "url": "author_url",
                   "comment_post_ID": "post_id", "comment_parent": "parent_id"}
MAX_FIELDS = 40
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~"
# The page has nothing to run or load: it says what happened and links back.
PAGE_HEADERS = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store",
                "Content-Security-Policy": "default-src 'none'", "X-Content-Type-Options": "nosniff"}


class FormRefused(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


@dataclass(frozen=True)
class FormPost:
    """A form turned into the JSON request the API takes, and where its reader goes back to."""

    event: dict
    back_to: str | None
    words: Words


def is_form_post(event: dict) -> bool:
    if event.get("routeKey") != "POST /comments":
        return False
    content_type = _headers(event).get("content-type", "")
    return content_type.split(";", 1)[0].strip().lower() == FORM_TYPE


def read(event: dict, sites: frozenset[str], language: str) -> FormPost:
    """The JSON request a comment form from a page of ``sites`` stands for, answered in the form's ``lang`` where
    there are words for it, else in ``language`` (the site's). Raises FormRefused for one this site does not
    take."""
    headers = _headers(event)
    origin = headers.get("origin")
    if origin == "null":
        # A page whose Referrer-Policy hides its origin (no-referrer; same-origin, when the API is on another
        # host), or one in a sandbox: another website can make itself look so. Only the browser's own word
        # that the page is of this site (under the same registrable domain as the API) lets its form in.
        if headers.get("sec-fetch-site") not in ("same-origin", "same-site"):
            raise FormRefused(403, "origin_hidden",
                              "this form's page does not say which site it is on (Origin: null): the site's comment "
                              "pages need a Referrer-Policy that sends it, such as the browsers' default, "
                              "strict-origin-when-cross-origin")
    elif origin is not None and not _on_site(origin, sites):
        raise FormRefused(403, "not_on_site", "this form is not on a page of this site")
    fields = _fields(event)
    from .page_words import words  # a dataclass costs a cold start 1.6 ms: only a form's answer needs it
    # A multilingual site's page says its language in the form (a hidden field), as it says its article.
    page_words = words(fields.pop("lang", None), language)
    referer = headers.get("referer")
    page = urlunsplit(urlsplit(referer)._replace(fragment="")) if referer and _on_site(referer, sites) else None
    if page and "post_url" not in fields:
        fields["post_url"] = page  # the article the form was on, for the moderators' mail
    back_to = next((url for url in (fields.pop("redirect_to", None), fields.get("post_url"), page)
                    if url and _on_site(url, sites)), None)
    json_headers = {k: v for k, v in (event.get("headers") or {}).items() if k.lower() != "content-type"}
    json_headers["content-type"] = "application/json"
    as_json = {**event, "headers": json_headers, "body": json.dumps(fields), "isBase64Encoded": False}
    return FormPost(as_json, back_to, page_words)


def answer(form: FormPost, response: dict) -> dict:
    """What the browser gets for the API's ``response`` to the form's request."""
    status = int(response.get("statusCode", 500))
    try:
        body = json.loads(response.get("body") or "{}")
    except ValueError:
        body = {}
    if status == 202 and form.back_to:
        return {"statusCode": 303, "headers": {"Location": _at_comment(form.back_to, str(body.get("id", ""))),
                                                "Cache-Control": "no-store"}, "body": ""}
    said = form.words
    if status == 202:
        return page(said, 202, said.thanks, said.received, None, without_link=said.thanks_back_button)
    kept = {k: v for k, v in (response.get("headers") or {}).items() if k.lower() == "retry-after"}
    problems = [said.label(str(p.get("field"))) + said.colon + said.say(p.get("code"), str(p.get("problem")),
                                                                        "invalid")
                for p in body.get("errors") or [] if isinstance(p, dict)]
    # The message names the API's fields ("content: is required"): where the problems are listed in the form's
    # own words, it is not repeated.
    message = said.check_form if problems else said.say(
        body.get("code"), str(body.get("message") or "It could not be taken."), "error")
    refused = page(said, status, said.not_posted, message, form.back_to, problems)
    refused["headers"].update(kept)
    return refused


def refused(exc: FormRefused, language: str) -> dict:
    from .page_words import words
    with single_metric(name="CommentsRefused", unit=MetricUnit.Count, value=1) as metric:
        metric.add_dimension(name="Reason", value="form")
    said = words(language)
    return page(said, exc.status, said.not_posted, said.say(exc.code, str(exc), "error"), None)


def page(said: Words, status: int, title: str, message: str, back_to: str | None, problems: Sequence[str] = (),
         without_link: str | None = None) -> dict:
    items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
    back = (f'<p><a href="{html.escape(back_to)}">{html.escape(said.back_to_article)}</a></p>' if back_to else
            f"<p>{html.escape(without_link or said.back_button)}</p>")
    text = (f'<!doctype html><html lang="{said.lang}"><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
            f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>{f'<ul>{items}</ul>' if items else ''}{back}")
    return {"statusCode": status, "headers": dict(PAGE_HEADERS), "body": text, "isBase64Encoded": False}


def _fields(event: dict) -> dict[str, str]:
    raw = event.get("body") or ""
    try:
        if event.get("isBase64Encoded"):
            raw = base64.b64decode(raw, validate=True).decode("utf-8")
        pairs = parse_qsl(raw, keep_blank_values=False, encoding="utf-8", errors="strict",
                          max_num_fields=MAX_FIELDS)
    except (binascii.Error, UnicodeDecodeError):
        raise FormRefused(400, "not_utf8", "the form is not UTF-8 text") from None
    except ValueError:
        raise FormRefused(400, "too_many_fields", f"the form has more than {MAX_FIELDS} fields") from None
    # A field left empty is a field not given, as a JSON body leaves it out; of a name given twice, the last
    # counts, as PHP reads a form; a field under our name counts over the same under WordPress's.
    given = {name: value for name, value in pairs if value.strip()}
    ours = {WORDPRESS_NAMES[name]: value for name, value in given.items() if name in WORDPRESS_NAMES}
    ours.update((name, value) for name, value in given.items() if name not in WORDPRESS_NAMES)
    return ours


def _on_site(url: str, sites: frozenset[str]) -> bool:
    """Whether ``url`` is a page of ``sites`` as a browser reads it, and one a Location header and the post_url
    field can carry: no space or control character, no "\\" a browser reads as "/", no user name before an @."""
    if len(url) > POST_URL_MAX or url_problem(url):
        return False
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and is_source(parts.hostname or "", sites)


def _at_comment(url: str, comment_id: str) -> str:
    """``url`` with WordPress's ``unapproved`` argument and the comment's anchor: the page may show its author
    the comment awaiting moderation (GET /comments/{id}). Letters beyond ASCII percent-encoded, as a header
    holds ASCII."""
    parts = urlsplit(quote(url, safe=_URL_SAFE))
    query = "&".join(q for q in (parts.query, urlencode({"unapproved": comment_id})) if q)
    return urlunsplit(parts._replace(query=query, fragment=f"comment-{comment_id}"))


def _headers(event: dict) -> dict[str, str]:
    return {k.lower(): v for k, v in (event.get("headers") or {}).items()}

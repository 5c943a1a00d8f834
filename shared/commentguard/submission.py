"""The body of POST /comments as pydantic validates it, with WordPress's field limits.

Only the HTTP functions import this module (and pydantic with it): the queue consumers work with
``models.Comment``, which needs neither.
"""

from __future__ import annotations

import re
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

# WordPress's limits (wp_get_comment_fields_max_lengths). The content's is in UTF-8 bytes, as WordPress
# counts it: in characters, 65,525 emoji would make an item DynamoDB refuses (over 400 KB).
AUTHOR_MAX = 245
EMAIL_MAX = 100
URL_MAX = 200
POST_URL_MAX = 2048  # an article's address: longer than a reader's website may be
CONTENT_MAX = 65_525
USER_ID_MAX = 128  # a signed-in reader's account on the site (``signed_author``), as a moderator names it too

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]+$")
_HTTP_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
# What no address holds and a browser reads otherwise than urlsplit: it drops tabs and newlines anywhere, and
# takes "\" for "/" (the WHATWG URL standard), so "https://evil.example\@news.example/" is evil.example to a
# browser and news.example to urlsplit.
_SPACE_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f-\x9f]")
# A site's address without its scheme: a host name with a dot and a top-level domain of letters, then a path.
# Letters of any script: "www.bücher.de" as a reader types it.
_BARE_SITE = re.compile(r"^(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$")
# No "/": a post id is one segment of the API's paths (/posts/{post_id}/comments), so one with a slash
# could be commented on and never read back or closed.
_ID_CHARS = r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}"
_ID = rf"^{_ID_CHARS}$"
# Up to 100 post ids, comma-separated (HTTP API joins a repeated query parameter with commas too).
POST_ID_LIST = rf"^{_ID_CHARS}(,{_ID_CHARS}){{0,99}}$"
# A reader's email as a privacy request names it, and a search that is more than spaces.
EMAIL_SHAPE = r"^[^@\s]+@[^@\s]+$"
NOT_ONLY_SPACES = r"\S"
_ID_WORDS = "1 to 128 letters, digits and . _ : - (a letter or digit first; no /)"
#: What each pattern asks, in words, for the error a client gets instead of the pattern itself.
PATTERN_WORDS = {
    _ID: f"must be {_ID_WORDS}",
    POST_ID_LIST: f"must be up to 100 ids separated by commas, each {_ID_WORDS}",
    EMAIL_SHAPE: "must be an email address",
    NOT_ONLY_SPACES: "must not be only spaces",
}


#: The codes of the problems this module's validators find, beside pydantic's own (``api.errors``): what a site's
#: form translates.
PROBLEM_CODES = frozenset({"blank", "no_text", "too_long", "not_email", "not_url"})


def problem(code: str, words: str) -> PydanticCustomError:
    """A field's problem under its code (one of ``PROBLEM_CODES``), in words for a person. (Without a context,
    pydantic fills in nothing: braces in the words stay as they are.)"""
    return PydanticCustomError(code, words)


def _not_blank(value: str) -> str:
    if not value.strip():
        raise problem("blank", "must not be empty or only whitespace")
    return value


def _shows_content(value: str) -> str:
    from .sanitize import content_html, shows_text  # nh3: for the calls that write text only

    if not shows_text(content_html(value)):
        raise problem("no_text", "shows no text once its markup is removed (scripts, images and most tags are taken out)")
    return value


def _shows_name(value: str) -> str:
    from .sanitize import plain_text, shows_text

    if not shows_text(plain_text(value)):
        raise problem("no_text", "shows no text once its markup is removed")
    return value


def _content_bytes(value: object) -> object:
    # Before pydantic's own checks, so that a text too long is told the limit in bytes, however many
    # characters it has. A lone surrogate is counted, not raised on: the str check refuses it next.
    if isinstance(value, str) and len(value.encode("utf-8", "surrogatepass")) > CONTENT_MAX:
        raise problem("too_long", f"must be at most {CONTENT_MAX:,} bytes in UTF-8 (a character outside ASCII takes 2 to 4)")
    return value


def _email(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _EMAIL.match(value):
        raise problem("not_email", "is not an email address")
    return value


def url_problem(url: str) -> str | None:
    """Why a browser could go to another host than the one ``urlsplit(url)`` reads, in words for a 422; None
    when it goes there. The checks of a host (SiteDomains, the website rule's social profiles) read urlsplit's."""
    if "\\" in url:
        return 'must not contain "\\" (a browser reads it as "/", so the address would lead to another host)'
    if _SPACE_OR_CONTROL.search(url):
        return "must not contain spaces or control characters"
    try:
        netloc = urlsplit(url).netloc
    except ValueError:  # a "[" without its "]", or a host NFKC turns into one with "/", "?", "#", "@" or ":"
        return "must be an http:// or https:// URL"
    if "@" in netloc:
        # "https://news.example@evil.example/" goes to evil.example, and a moderator reading it sees news.example.
        return "must not have a user name before an @ in its host (a browser goes to the host after the @)"
    return None


def _http_url(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    value = value.strip()
    if _BARE_SITE.match(value):  # "www.example.org", as readers type it: WordPress puts http:// before it
        value = "http://" + value
        if len(value) > URL_MAX:
            raise problem("too_long", f"must be at most {URL_MAX} characters with the http:// it lacks")
    if why := url_problem(value):
        raise problem("not_url", why)
    if not _HTTP_URL.match(value):
        raise problem("not_url", "must be an http:// or https:// URL")
    try:
        urlsplit(value).port  # noqa: B018 - read for the ValueError it raises
    except ValueError:
        raise problem("not_url", "has a port that is not a number from 0 to 65535") from None
    return value


def _no_parent(value: object) -> object:
    # A top-level comment from a form that always sends its reply field: empty, or WordPress's comment_parent=0.
    return None if value in ("0", 0) or (isinstance(value, str) and not value.strip()) else value


PostId = Annotated[str, StringConstraints(pattern=_ID)]
CommentId = Annotated[str, StringConstraints(pattern=_ID)]
# A comment's text, as a reader sends it and as a moderator edits it.
Content = Annotated[str, BeforeValidator(_content_bytes), AfterValidator(_not_blank), AfterValidator(_shows_content),
                    Field(description=f"At most {CONTENT_MAX:,} bytes in UTF-8, as WordPress counts it")]
AuthorName = Annotated[str, Field(max_length=AUTHOR_MAX), AfterValidator(_not_blank), AfterValidator(_shows_name)]


class CommentSubmission(BaseModel):
    """The body of POST /comments. Client address and user agent come from the request, never from here."""

    # Built on first use: the moderation and reader functions import this module for its field types and limits
    # only, and a cold start is their budget.
    model_config = ConfigDict(extra="ignore", str_max_length=CONTENT_MAX, defer_build=True)

    post_id: PostId
    author_name: AuthorName
    content: Content
    author_email: Annotated[str | None, Field(max_length=EMAIL_MAX), AfterValidator(_email)] = None
    author_url: Annotated[str | None, Field(max_length=URL_MAX), AfterValidator(_http_url)] = None
    parent_id: Annotated[CommentId | None, BeforeValidator(_no_parent), WithJsonSchema({
        "anyOf": [{"type": "string", "pattern": _ID}, {"enum": ["", "0", 0]}, {"type": "null"}],
        "description": "The comment this one answers; empty, \"0\" or 0 (WordPress's comment_parent) or absent: "
                       "none, a top-level comment"})] = None
    post_url: Annotated[str | None, Field(max_length=POST_URL_MAX), AfterValidator(_http_url)] = None
    # Anti-bot fields from the site's form: a hidden field people leave empty, and the signed
    # token the form was rendered with (GET /posts/{post_id}/form-token).
    honeypot: Annotated[str | None, Field(max_length=1000)] = None
    form_token: Annotated[str | None, Field(max_length=512)] = None
    # A reader the site has signed in: the JWT its backend signed for them (``signed_author``).
    author_token: Annotated[str | None, Field(max_length=4096)] = None

"""Turning a reader's text into the HTML we publish: an allow-list, never a deny-list."""

from __future__ import annotations

import re

import nh3

_TAGS = {"a", "b", "strong", "i", "em", "code", "blockquote", "q", "del", "s", "br", "p"}
_ATTRIBUTES = {"a": {"href", "title"}, "q": {"cite"}}
_BLANK_LINES = re.compile(r"\n\s*\n+")


def content_html(text: str) -> str:
    """Sanitised HTML for publication: a few inline tags, links only http(s)/mailto with rel="nofollow ugc".

    Plain-text paragraphs become <p> and single line breaks <br>, as WordPress's wpautop does.
    """
    text = text.replace("\r\n", "\n").strip()
    paragraphs = [p.strip().replace("\n", "<br>") for p in _BLANK_LINES.split(text) if p.strip()]
    marked_up = "".join(f"<p>{p}</p>" for p in paragraphs)
    return nh3.clean(
        marked_up,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc",
        strip_comments=True,
    )


def plain_text(text: str) -> str:
    """Author names: markup removed and the rest HTML-escaped, so a page may insert it as it is."""
    return nh3.clean(text.strip(), tags=set())

"""Turning a reader's text into the HTML we publish: an allow-list, never a deny-list."""

from __future__ import annotations

import re

import nh3

_TAGS = {"a", "b", "strong", "i", "em", "code", "blockquote", "q", "del", "s", "br", "p"}
_ATTRIBUTES = {"a": {"href", "title"}, "q": {"cite"}}
_BLANK_LINES = re.compile(r"\n\s*\n+")
_ANCHOR = re.compile(r"(<a\s[^>]*>.*?</a>)", re.IGNORECASE | re.DOTALL)
_BARE_URL = re.compile(r"(?<![\w/=\"'])(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]])", re.IGNORECASE)


def content_html(text: str) -> str:
    """Sanitised HTML for publication: a few inline tags, links only http(s)/mailto with rel="nofollow ugc".

    Plain-text paragraphs become <p> and single line breaks <br>, as WordPress's wpautop does.
    """
    text = text.replace("\r\n", "\n").strip()
    paragraphs = [p.strip().replace("\n", "<br>") for p in _BLANK_LINES.split(text) if p.strip()]
    marked_up = "".join(f"<p>{p}</p>" for p in paragraphs)
    return _clean(_linkify(_clean(marked_up)))


def _clean(markup: str) -> str:
    return nh3.clean(
        markup,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc",
        strip_comments=True,
    )


def _linkify(clean_html: str) -> str:
    """Bare URLs become links, as WordPress's make_clickable does (outside existing anchors only)."""
    parts = _ANCHOR.split(clean_html)
    return "".join(
        part if i % 2 else _BARE_URL.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', part)
        for i, part in enumerate(parts)
    )


def plain_text(text: str) -> str:
    """Author names: markup removed and the rest HTML-escaped, so a page may insert it as it is."""
    return nh3.clean(text.strip(), tags=set())

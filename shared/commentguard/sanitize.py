"""Turning a reader's text into the HTML we publish: an allow-list, never a deny-list."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

import nh3

from .text.unseen import fold_unseen

# WordPress's $allowedtags, what its readers may write in a comment, and the paragraphs its wpautop makes.
_TAGS = {"a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q", "s", "strike", "strong",
         "br", "p"}
_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "acronym": {"title"}, "blockquote": {"cite"},
               "del": {"datetime"}, "q": {"cite"}}
_URL_SCHEMES = {"http", "https", "mailto"}
# Attributes that hold a URL and that nh3 does not check against _URL_SCHEMES (it checks href and src).
_URL_ATTRIBUTES = {"cite"}
# A URL's scheme as a browser reads it (WHATWG URL): controls and spaces around it are ignored, and
# tabs and line breaks anywhere, so "jav&#9;ascript:" is javascript:.
_URL_IGNORED = dict.fromkeys(map(ord, "\t\n\r"))
_URL_TRIMMED = "".join(map(chr, range(0x21)))
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
# nh3 escapes text as an element's content, quotes left as they are; a page may put a name in an
# attribute (title="..."), so quotes are escaped too, as WordPress's esc_html does.
_QUOTES = {ord('"'): "&quot;", ord("'"): "&#x27;"}
# Taken out of published text: control characters (a bell, a NUL) and the two that override the
# direction of what follows, which make "gpj.exe" read as "exe.jpg" in a name; the marks that
# right-to-left scripts need (U+200E, U+200F) and their embeddings stay.
_CONTROLS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0), 0x202D, 0x202E])
_BLANK_LINES = re.compile(r"\n\s*\n+")
# In cleaned HTML, where tags come as the parser wrote them: a quote's tags split the text and stay, a paragraph's
# tags split it and go.
_BLOCKS = re.compile(r'(<blockquote(?: [a-z]+="[^"]*")*>|</blockquote>)|</?p>')
_ANCHOR = re.compile(r"(<a\s[^>]*>.*?</a>)", re.IGNORECASE | re.DOTALL)
# A URL as readers write it: with its scheme, or a site's "www." address (WordPress's make_clickable links both).
# In sanitised text, so it ends before an escaped "<" or ">" too: "&lt;https://example.org/report&gt;".
_BARE_URL = re.compile(r"(?<![\w/=\"'@.])(?:https?://|www\.(?=[a-z0-9-]+\.))(?:(?!&[lg]t;)[^\s<>\"'])+",
                       re.IGNORECASE)
# What ends a sentence rather than a URL: "see https://example.org/report)." links the report alone.
_URL_TRAILING = ".,;:!?)]"
_CLOSERS = {")": "(", "]": "["}
# A reader's "<" is text unless it opens what a person writing HTML writes: an element HTML knows, then ">" or
# "/>", or attributes given values; or a comment. An HTML parser takes any "<" and a letter for a tag and drops
# what follows up to a ">": "for i<n and n>0" lost "n and n", "see <https://example.org/report>" the link.
_ELEMENT_NAMES = (
    "a abbr acronym address applet area article aside audio b base basefont bdi bdo big blink blockquote body br "
    "button canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em "
    "embed fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html "
    "i iframe img input ins kbd label legend li link main map mark marquee math menu meta meter nav noembed "
    "noframes noscript object ol optgroup option output p param picture plaintext pre progress q rp rt ruby s samp "
    "script search section select slot small source span strike strong style sub summary sup svg table tbody td "
    "template textarea tfoot th thead time title tr track tt u ul var video wbr xmp"
)
_HTML_ELEMENTS = frozenset(_ELEMENT_NAMES.split())
_TAG_LIKE = re.compile(r"<(?:/?([a-z][a-z0-9]*+)(\s*/?>|\s[^<>=]*+=)?|!--)?", re.IGNORECASE)
# A tag-like "<" that no ">" closes before the next "<" or the end ("<a href=x and the rest"): an HTML parser
# would drop all that follows. Quoted attribute values may hold "<" and ">" (href="...?a<b"); possessive, so
# that no text makes it backtrack.
_UNCLOSED_TAG = re.compile(r"""<(?=[A-Za-z/!?](?:[^<>"']|"[^"]*"|'[^']*'|["'])*+(?:<|$))""")


def _text_or_tag(match: re.Match[str]) -> str:
    """``_TAG_LIKE``'s match as it was where it opens a tag or a comment, else with its "<" as text."""
    name, ending = match.group(1), match.group(2)
    if match.group(0) == "<!--" or (name and ending and name.lower() in _HTML_ELEMENTS):
        return match.group(0)
    return "&lt;" + match.group(0)[1:]


@lru_cache(maxsize=8)  # a request validates its text (``submission``) and then stores it: sanitised once
def content_html(text: str) -> str:
    """Sanitised HTML for publication: a few inline tags, links only http(s)/mailto with rel="nofollow ugc".

    Plain-text paragraphs become <p> and single line breaks <br>, as WordPress's wpautop does.
    """
    text = text.replace("\r\n", "\n").translate(_CONTROLS).strip()
    # Cleaned first, so that the reader's own paragraphs and quotes are tags as the parser reads them: a text
    # wrapped in <p> around a <p> or a <blockquote> would be split by the parser into empty paragraphs.
    text = _clean(_UNCLOSED_TAG.sub("&lt;", _TAG_LIKE.sub(_text_or_tag, text)))
    return _clean(_linkify(_clean(_paragraphs(text))))


def _paragraphs(clean_html: str) -> str:
    """Paragraphs as WordPress's wpautop makes them: blank lines and the reader's own <p> tags end one, single
    line breaks become <br>, and a quote holds paragraphs of its own rather than sitting inside one."""
    out = []
    for i, part in enumerate(_BLOCKS.split(clean_html)):
        if i % 2:
            out.append(part or "")  # a quote's tag as it is; a paragraph's tag (None) only ends one
            continue
        out.extend(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in _BLANK_LINES.split(part) if p.strip())
    return "".join(out)


def _clean(markup: str) -> str:
    return nh3.clean(
        markup,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        attribute_filter=_url_scheme_allowed,
        url_schemes=_URL_SCHEMES,
        link_rel="nofollow ugc",
        strip_comments=True,
    )


def _url_scheme_allowed(tag: str, attribute: str, value: str) -> str | None:
    """The check nh3 makes of href, for the other attributes that hold a URL: a relative URL or one of
    _URL_SCHEMES stays, any other scheme (javascript:, data:) takes the attribute away."""
    if attribute not in _URL_ATTRIBUTES:
        return value
    scheme = _SCHEME.match(value.strip(_URL_TRIMMED).translate(_URL_IGNORED))
    return value if scheme is None or scheme.group(1).lower() in _URL_SCHEMES else None


def _linkify(clean_html: str) -> str:
    """Bare URLs become links, as WordPress's make_clickable does (outside existing anchors only)."""
    parts = _ANCHOR.split(clean_html)
    return "".join(part if i % 2 else _BARE_URL.sub(_link, part) for i, part in enumerate(parts))


def _link(match: re.Match[str]) -> str:
    """A bare URL as a link, the punctuation after it left out, but not a closing bracket it opened itself
    (Wikipedia's "https://en.wikipedia.org/wiki/Mercury_(planet)")."""
    url = match.group(0)
    end = len(url)
    # Brackets counted once, a closer's count lowered as it is trimmed (no opener is): counted again for each
    # character trimmed, a URL followed by 65,000 ")" took 2 s.
    count = {c: url.count(c) for c in "()[]"}
    while end and url[end - 1] in _URL_TRAILING:
        closer = url[end - 1]
        if closer in _CLOSERS:
            if count[_CLOSERS[closer]] >= count[closer]:
                break
            count[closer] -= 1
        end -= 1
    if url[:end].rstrip("/").lower() in ("http:", "https:", "www."):
        return url
    href = url[:end] if "://" in url[:8] else "http://" + url[:end]
    return f'<a href="{href}">{url[:end]}</a>{url[end:]}'


# A name sits inline in the page's own sentence ("Ann says:"): an embedding or isolate it leaves open turns
# the direction of what the page writes after it, and a line break has no place in it.
_NAME_CONTROLS = {**_CONTROLS, **dict.fromkeys([0x202A, 0x202B, 0x202C, 0x2066, 0x2067, 0x2068, 0x2069])}


def plain_text(text: str) -> str:
    """Author names: markup removed and the rest HTML-escaped, quotes too (WordPress's esc_html), so a
    page may insert it as it is, in an element or in an attribute's quotes; on one line, spaces run together."""
    return nh3.clean(" ".join(text.translate(_NAME_CONTROLS).split()), tags=set()).translate(_QUOTES)


# What shows nothing on a page: spaces, controls, format characters (zero-width, direction marks), and the
# characters ``fold_unseen`` takes out or reads as spaces (Hangul fillers, variation selectors, Braille blanks).
_UNSEEN = {"Zs", "Zl", "Zp", "Cc", "Cf"}
_TAG = re.compile(r"<[^>]*>")


def shows_text(published: str) -> bool:
    """Whether HTML from ``content_html`` or ``plain_text`` shows a reader anything: "<script>...",
    "&nbsp;&#8203;" or "\u3164\u2800" sanitises to markup with nothing in it that shows."""
    shown = fold_unseen(html.unescape(_TAG.sub("", published)))
    return any(unicodedata.category(c) not in _UNSEEN for c in shown)

"""Finding links in comment text, the way WordPress counts them for comment_max_links."""

from __future__ import annotations

import re

# An HTML anchor (its href value consumed, so the URL inside is not counted again), an explicit
# scheme, or a www. host: what WordPress and Antispam Bee count. An anchor's tag ends at the next "<"
# as well as at ">", as normalize's does: "<a <a <a ..." is then tried once per opening, not re-read
# to the end of the text from each one (quadratic: 13 s for a 65,000-character comment, past the
# scoring function's timeout, so its whole batch would be retried into the DLQ).
_LINK = re.compile(
    r"""<a\s[^<>]*?href\s*=\s*(?:"[^"]*"?|'[^']*'?|[^\s>]*)|(?:https?://|ftp://|www\.)[^\s<>"']+""",
    re.IGNORECASE,
)
# BBCode links (Antispam Bee rejects [url] outright: no comment form on a news site produces them).
_BBCODE = re.compile(r"\[url[=\]]", re.IGNORECASE)


def find_links(text: str) -> list[str]:
    low = text.lower()
    # Every link starts with one of these (the regex alone tries each position of the text).
    if "<a" in low or "http" in low or "www." in low or "ftp:" in low:
        return _LINK.findall(text)
    return []


def has_bbcode_link(text: str) -> bool:
    return bool(_BBCODE.search(text))

"""Finding links in comment text, the way WordPress counts them for comment_max_links."""

from __future__ import annotations

import re

# An explicit scheme, a www. host, or an HTML anchor: what WordPress and Antispam Bee count.
_LINK = re.compile(
    r"""(?:https?://|ftp://|www\.)[^\s<>"']+|<a\s[^>]*href""",
    re.IGNORECASE,
)
# BBCode links (Antispam Bee rejects [url] outright: no comment form on a news site produces them).
_BBCODE = re.compile(r"\[url[=\]]", re.IGNORECASE)


def find_links(text: str) -> list[str]:
    return _LINK.findall(text)


def has_bbcode_link(text: str) -> bool:
    return bool(_BBCODE.search(text))

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


# Top-level domains that abuse reports (Spamhaus's, Interisle's) rank first for spam: cheap to register
# by the hundred.
ABUSED_TLDS = frozenset(
    ["xyz", "top", "shop", "club", "online", "site", "store", "live", "icu", "vip", "win", "bid", "loan", "click", "link", "buzz", "cam", "monster", "cyou", "sbs", "cfd", "rest", "work", "fun", "space", "website", "biz", "info", "bet", "casino", "pw", "tk", "ml", "ga", "cf", "gq"]
)


def keyword_domain(host: str) -> bool:
    """Whether a host has the shape of an SEO spammer's name: strung from search keywords with hyphens,
    with digits to find one still free, on a top-level domain abuse reports rank first
    ("kitchen-remodel-cost.info", "dallasplumbingpros-24h.com", "bestvpndeals2024.top"). Two of those
    marks: one alone is common among readers' and news sites ("joes-pizza.com", "kare11.com")."""
    labels = [label for label in host.lower().split(".") if label and label != "www"]
    if len(labels) < 2:
        return False
    name = ".".join(labels[:-1]).replace("xn--", "")  # an internationalised name's prefix is no hyphen
    marks = min(name.count("-"), 2) + any(c.isdigit() for c in name) + (labels[-1] in ABUSED_TLDS)
    return marks >= 2

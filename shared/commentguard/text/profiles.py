"""Profile links: a website field that names a person on a social network rather than a site of their own.

WordPress's comment form asks for a website, and readers without one give their page on Facebook, X,
LinkedIn, Bluesky or Mastodon. Such a link says who wrote the comment; it sends nobody to a shop, and
it earns no one a search ranking (the network's own domain gets it, and published links carry
rel="nofollow ugc"). The spam model never saw a website in training and reads one as a link in the
text, which its data calls spam 282 times in 300: every comment with a Facebook page as its website
was held, "Crime stats are great until your car gets broken into 3 times in a year" at 0.87. A
profile link is left out of what the model reads; a text that sends readers to it ("click my name",
"details on my profile") still says so in its own words, and the model reads those.

Video, photo and streaming networks (YouTube, TikTok, Instagram, Twitch) are not on the list: a link
there is where YouTube's spam sends readers for views and followers. Nor are hosts anyone can publish
a site on (blogs, link-in-bio pages): those are websites. Only a link to a person's own page counts,
not to a post, a group or an event: "facebook.com/jane.doe", not "facebook.com/groups/deals".

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

import re

# Each network's hosts, and the path of a person's page there.
_NAME = r"[A-Za-z0-9][A-Za-z0-9._-]{0,79}"
_HANDLE = r"@" + _NAME + r"(?:@[A-Za-z0-9.-]+)?"
_PROFILE_PATHS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = tuple(
    (frozenset(hosts), re.compile(r"/(?:" + path + r")/?", re.ASCII))
    for hosts, path in (
        # A page name, or a numbered profile ("profile.php?id=1000...").
        (("facebook.com", "m.facebook.com", "web.facebook.com", "fb.com"), r"profile\.php|people/" + _NAME + r"/\d+|" + _NAME),
        (("x.com", "twitter.com", "mobile.twitter.com"), r"@?" + _NAME),
        (("linkedin.com",), r"in/" + _NAME),
        (("threads.net", "threads.com"), _HANDLE),
        (("bsky.app",), r"profile/" + _NAME),
        (("mastodon.social", "mastodon.online", "mstdn.social", "mas.to"), _HANDLE),
        (("github.com",), _NAME),
    )
)
# A first path segment on these networks that is a place, not a person.
_NOT_A_PERSON = frozenset(
    {"groups", "events", "share", "sharer", "sharer.php", "pages", "marketplace", "watch", "photo", "photo.php",
     "story.php", "permalink.php", "login", "home", "search", "hashtag", "i", "intent", "explore", "settings"}
)
# Host and path; a query or fragment ("?mibextid=...", a share's tracking) does not change whose page it is.
_URL = re.compile(r"\A(?:https?://)?(?:www\.)?([^/?#:\s]+)(?::\d+)?(/[^?#\s]*)?(?:[?#]\S*)?\Z", re.IGNORECASE)


def is_profile_link(url: str | None) -> bool:
    """Whether ``url`` is a person's own page on one of the social networks above."""
    if not url:
        return False
    m = _URL.match(url.strip())
    if m is None:
        return False
    host, path = m.group(1).lower(), m.group(2) or ""
    for hosts, pattern in _PROFILE_PATHS:
        if host in hosts:
            return pattern.fullmatch(path) is not None and path.strip("/").split("/", 1)[0].lower() not in _NOT_A_PERSON
    return False


__all__ = ["is_profile_link"]

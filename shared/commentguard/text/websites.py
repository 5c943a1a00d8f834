"""What a comment's Website field tells about its author: a profile, a trade comment spam sells, or a site
of their own, and the praise spam pairs with it.

WordPress's comment form asks for a website, and comment spam lives on that field: the text is praise that
fits any post ("Great post, thanks for sharing!", "I have been browsing online more than 3 hours today"),
or a pitch, or words in another language, and the link is the author's name. Readers fill the field in
too: a plumber, a bakery, a blog, a Substack, a Facebook page, a candidate's campaign site.

The spam model cannot tell them apart: none of its training comments has the field. It used to read the
website as a link in the text (its data calls a link spam 282 times in 300), so every comment with a
website was held, a returning reader's every time. It now reads the comment and the name, and
``WebsiteRule`` (``scoring.rules``) says what the field is, in a moderator's words:

* a host that names a trade comment spam sells (``SPAM_TRADES``: casinos, essays for hire, payday loans,
  replicas, prescription drugs, search-engine ranks, followers, crypto, adult sites): "livecasino-royale.net",
  "writemyessayfast.net". Matched inside the host's words, which run together ("megaslots",
  "cheapviagrastore"); the words are long or rare enough not to sit inside a reader's business name;
* praise that fits any post (``template_praise``): a blog, its theme and layout, bookmarking, browsing the
  web, "thanks for sharing", "keep up the good work", the spun "fastidious" and "auspicious" of the
  templates. Under a news article readers name what they read ("Great article, the council should have done
  this years ago"): on the Fox News comments 2 of 1,026 match, on the probes' 230 genuine ones none. (A blog
  about programming is different: 39 of the DataCamp blog's 354 genuine comments praise it so. The rule is
  for news sites, which Commentguard serves; and it is not applied to an author already approved, whose
  "Keep up the good work, Sarah!" is a reader's.) Both are evidence of spam, which the model's score of the
  text may corroborate into the spam folder;
* a person's own page on a social network (``is_profile_link``: Facebook, X, LinkedIn, Threads, Bluesky,
  Mastodon, GitHub) names its author and sends nobody to a shop: it holds nothing. Not video and photo
  networks (YouTube, TikTok, Instagram, where spam sends readers for views and followers), nor a post, a
  group or an event ("facebook.com/groups/deals");
* any other site holds a comment until a comment of its author's has been approved (``HoldNewWebsites``,
  on by default), as WordPress's "Comment author must have a previously approved comment" holds every
  first comment. The model and the two signs above let 20 of the 55 spams of blind probe 21 through (its
  writer chose their kinds: keyword lists, other languages, escort and puppy sales, a love spell); the
  hold costs a reader with a site of their own one wait, after which 59 of that probe's 65 readers and 68
  of probe 20's 70 are published (the model read the site as a link and held 51 and 58 of them on every
  comment).

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

import re

# Trades whose sites comment spam promotes, as their names appear in hosts. Each must not sit inside a
# word a reader's site may carry: not "loan" ("bloan"), "bet" ("alphabet"), "meds" ("medspa"), "pills"
# ("pillsbury"), "thesis" ("synthesis"), "rx" or "pharmacy" (a town's own pharmacy may comment on a story
# about it); "seo" but not "seoul". Nor home services, movers and roofers, which are local businesses too.
SPAM_TRADES = (
    "casino", "slots", "poker", "betting", "gambling", "jackpot", "roulette",
    "essay", "homework", "dissertation",
    "payday", "loans", "cashadvance",
    "replica",
    "viagra", "cialis", "levitra", "kamagra", "tramadol", "xanax", "oxycodone", "onlinepharma",
    "backlink", "seo",
    "followers", "bitcoin", "crypto", "forex",
    "escort", "hookup", "porn", "xxx", "camgirl", "sexy",
    "keto", "weightloss", "cbd",
)
# Host and path; a query or fragment ("?mibextid=...", a share's tracking) changes neither whose page it is
# nor what trade the host names.
_URL = re.compile(r"\A\s*(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?(?:www\.)?([^/?#:\s]+)(?::\d+)?(/[^?#\s]*)?",
                  re.IGNORECASE)
_TRADE = re.compile("|".join(w if w != "seo" else "seo(?!ul)" for w in SPAM_TRADES))


def _host_and_path(url: str | None) -> tuple[str, str]:
    m = _URL.match(url or "")
    return (m.group(1).lower(), m.group(2) or "") if m else ("", "")


def host(url: str | None) -> str:
    """The host of ``url``, lower case, without "www." ("" where there is none)."""
    return _host_and_path(url)[0]


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


def is_profile_link(url: str | None) -> bool:
    """Whether ``url`` is a person's own page on one of the social networks above."""
    site, path = _host_and_path(url)
    for hosts, pattern in _PROFILE_PATHS:
        if site in hosts:
            return pattern.fullmatch(path) is not None and path.strip("/").split("/", 1)[0].lower() not in _NOT_A_PERSON
    return False


def spam_trade(url: str | None) -> str | None:
    """The trade of ``SPAM_TRADES`` that the website's host names, or None."""
    m = _TRADE.search(host(url))
    return m.group(0) if m else None


# Praise that fits any post: the words of comment templates, not of readers naming what they read.
_PRAISE = (r"(?:great|nice|good|awesome|excellent|wonderful|amazing|fantastic|informative|useful|helpful|valuable"
           r"|superb|brilliant|lovely|cool|beautiful)")
_TEMPLATE_PRAISE = re.compile(
    r"\b(?:your|this|ur) (?:blog|weblog|blog ?post|theme|blog layout|rss feed)\b"
    r"|\b(?:love|like|enjoy(?:ed)?|found|visit(?:ing)?|came across|stumbled (?:up)?on|return to|come back to|"
    + _PRAISE + r") (?:\w+ ){0,2}(?:your|this|ur) (?:site|web ?site|web ?page|page|posts?)\b"
    r"|\bbookmark(?:ed|ing)?\b|\bblogging\b|\bblogosphere\b|\bfastidious\b|\bauspicious\b"
    r"|\b(?:browsing|surfing) (?:online|the (?:web|internet|net))\b|\bvia (?:google|bing|yahoo)\b"
    r"|\b(?:thanks?|thank you|thx) (?:\w+ ){0,2}for (?:sharing|posting|(?:this|the|your) (?:post|info|information|blog))\b"
    r"|\b(?:will|i'll|ill) (?:definitely |surely |certainly )?(?:come back|be back|return|revisit)\b"
    r"|\bkeep (?:up )?(?:the )?(?:very )?(?:good|great|nice|awesome|excellent) (?:work|job|writing)s?\b"
    r"|\b(?:very|really|so|quite|extremely) (?:informative|helpful|useful)\b"
    r"|\b" + _PRAISE + r" (?:post|blog|website|web site|write-?up|share|information|info|content)\b"
)


def template_praise(text: str) -> str | None:
    """The words of praise that fits any post in ``text``, or None."""
    m = _TEMPLATE_PRAISE.search(text.lower())
    return m.group(0) if m else None


__all__ = ["SPAM_TRADES", "host", "is_profile_link", "spam_trade", "template_praise"]

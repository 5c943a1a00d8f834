"""What a comment's Website field tells about its author: the trade its host names, and the praise spam pairs with it.

WordPress's comment form asks for a website, and comment spam lives on that field: the text is praise that
fits any post ("Great post, thanks for sharing!", "I have been browsing online more than 3 hours today"),
or it pitches in passing, and the link is the author's name. Readers fill the field in too: a plumber, a
bakery, a yoga studio, a blog, a Substack, a Facebook page, a candidate's campaign site.

The spam model cannot tell them apart: none of its training comments has the field, and it read the website
as a link in the text, which its data calls spam 282 times in 300. So every comment with a website was held:
on a probe of 70 local-news readers who gave their own site (written for this project, ``bench/probes/``),
58 were held. The model now reads the comment and the name alone, and the field holds a comment only on
evidence a moderator would name (``WebsiteRule`` in ``scoring.rules``):

* a host that names a trade comment spam sells (``SPAM_TRADES``: casinos, essays for hire, payday loans,
  replicas, pills, search-engine ranks, followers, crypto, adult sites): "livecasino-royale.net",
  "writemyessayfast.net", "genericmedsonline.info". Matched inside the host's words, which run together
  ("megaslots", "cheapviagrastore"); the words are long or rare enough not to sit inside a reader's
  business name;
* praise that fits any post (``template_praise``): a blog, its theme and layout, bookmarking, browsing the
  web, "thanks for sharing", "keep up the good work", the spun "fastidious" and "auspicious" of the
  templates. Under a news article readers name what they read ("Great article, the council should have done
  this years ago"): on the Fox News comments 2 of 1,026 match, on the probes' 230 genuine ones none. (A blog
  about programming is different: 39 of the DataCamp blog's 354 genuine comments praise it so. The rule is
  for news sites, which Commentguard serves.)

Either holds the comment with its spam evidence; the spam model's score may corroborate it into the spam
folder (``Thresholds.corroborated``). A local trade a spammer pitches under its own name ("roof repair after
the storm, free inspections") reads like a local business and is left to the model's reading of the text.

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
_HOST = re.compile(r"\A\s*(?:[a-z][a-z0-9+.-]*://)?(?:[^@/?#\s]*@)?(?:www\.)?([^/?#:\s]+)", re.IGNORECASE)
_TRADE = re.compile("|".join(w if w != "seo" else "seo(?!ul)" for w in SPAM_TRADES))


def host(url: str | None) -> str:
    """The host of ``url``, lower case, without "www." ("" where there is none)."""
    m = _HOST.match(url or "")
    return m.group(1).lower() if m else ""


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


__all__ = ["SPAM_TRADES", "host", "spam_trade", "template_praise"]

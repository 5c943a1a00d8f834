"""Normalising comment text before any learned feature looks at it.

Spammers write the same message a hundred ways so that word lists miss it: HTML entities, full-width
or Cyrillic look-alike letters, zero-width characters, links broken up with spaces or backslashes
(``bit.ly\\14gKvDo``, ``adf.ly / KlD3Y``, ``www . site . com``), phone numbers and prices written
in every format. ``normalize`` folds all of that into one lower-case text in which links, shortened
links, phone numbers, e-mail addresses and money amounts become placeholder tokens
(`` _url_ ``, `` _shortener_ ``, `` _phone_ ``, `` _email_ ``, `` _money_ ``; a link to a reference
source, a citation, `` _source_ ``), and it counts what it saw in a small signals dict. Addresses
hidden in markup (``<img src=...>``) are links; a video timestamp (``<a href="...&t=2m19s">2:19</a>``)
is a time.

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from .lazy import lazy_compile
from .sources import REFERENCE_SOURCES, is_source
from .unseen import fold_unseen

URL = "_url_"
SHORTENER = "_shortener_"
PHONE = "_phone_"
EMAIL = "_email_"
MONEY = "_money_"
NUMBER = "_num_"
SOURCE = "_source_"  # a link to a reference source (``sources.py``): a citation, not a link
PLACEHOLDERS = (URL, SHORTENER, PHONE, EMAIL, MONEY, NUMBER, SOURCE)
PLACEHOLDER_SET = frozenset(PLACEHOLDERS)

# Link shorteners and link-monetising redirectors: a link that hides where it goes.
SHORTENERS = frozenset(
    [
        "bit.ly",
        "bitly.com",
        "goo.gl",
        "tinyurl.com",
        "adf.ly",
        "ow.ly",
        "t.co",
        "is.gd",
        "v.gd",
        "buff.ly",
        "tiny.cc",
        "j.mp",
        "bit.do",
        "shorte.st",
        "sh.st",
        "cutt.ly",
        "rebrand.ly",
        "rb.gy",
        "t.ly",
        "lnkd.in",
        "db.tt",
        "qr.net",
        "x.co",
        "adfoc.us",
        "bc.vc",
        "ouo.io",
        "linkbucks.com",
        "tr.im",
        "po.st",
        "amzn.to",
        "fb.me",
        "shrtco.de",
        "s.id",
        "tiny.one",
        "u.to",
        "clck.ru",
        "q.gs",
        "zpr.io",
        "shorturl.at",
        "short.io",
        "bl.ink",
        "soo.gd",
        "tinylink.in",
    ]
)

# Top-level domains recognised in bare (scheme-less) domains. Those that are also everyday words
# ("it", "in", "me", "to"...) only count when a path follows or the host starts with www.
_TLDS_SAFE = (
    "com net org info biz ly gl nl de ru uk tk ml ga cf gq xyz top site online club ca fr es pl br au eu "
    "tv cc ws gd gg su cn jp kr vn ph pk ir ua cz sk hu ro bg gr pt ch se dk fi no nz za mx ar cl pe ve "
    "ws la fm pw icu vip shop store live link click blog app dev cloud space website tech fun page win "
    "bid loan work men date download stream trade review racing party science gov edu mobi pro name asia "
    "bet casino poker games money cash finance loans credit"
)
_TLDS_WORDY = "it in me to be us co io am at is so my do go ai"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` written as a prefix tree ("c(?:a|om?)" for ca, co, com).

    The regex engine tries a flat alternation's branches one by one at every candidate position;
    a tree rejects a position after a character or two. Every use below ends the words at ``\\b``,
    so at most one word can match at a position and branch order does not matter.
    """
    tree: dict = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(child) for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: what follows is optional
            return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return emit(tree)


_TLD_ALL = alternation(set(_TLDS_SAFE.split()) | set(_TLDS_WORDY.split()))
_TLD_SAFE = alternation(set(_TLDS_SAFE.split()) - set(_TLDS_WORDY.split()))

_ZERO_WIDTH = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u034f"), None
)
_ZERO_WIDTH_RE = re.compile("[" + "".join(map(chr, _ZERO_WIDTH)) + "]")
# Look-alike letters NFKC leaves alone (Cyrillic and Greek capitals and small letters shaped like
# Latin ones); folded only inside words that also contain Latin letters, so Russian text stays Russian.
_CONFUSABLES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοαν",
    "ABESIJKMHOPCTXYaeijopcxysdqwABEZHIKMNOPTYXoav",
)
_GREEK_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")  # found in C; _MIXED_WORD tries every position
# From the start of a word only: tried at every position inside a long word, each try would read on to
# the word's end (30 s for a 60,000-letter word before a Cyrillic letter; duplicate checks fold whole texts).
_MIXED_WORD = re.compile(r"(?<!\w)\w*" + _GREEK_CYRILLIC.pattern + r"\w*")
_HAS_LATIN = re.compile(r"[a-zA-Z]")

_BR = re.compile(r"<\s*(?:br|/p|p|/div|div|li|/li)\b[^>]*>", re.IGNORECASE)
# A tag that points somewhere (a link, an image, a script, a frame) is replaced by its address, so
# that the link is counted: '<img src=" http://rover.ebay.com/...">' hides four links in ad markup.
# A tag ends at the next "<" as well as at ">": "<a <a <a ..." is then tried once per opening, not
# re-read to the end of the text from each one (quadratic: 39 ms at the 5,000-character cap). The
# first href or src is the one, and an address is read whole (atomic and possessive): an unclosed
# '<a href="xxxx...' is given up at once, not retried with every shorter address (110 ms).
_ANCHOR_HREF = re.compile(
    r"""<(?:a|img|iframe|script|embed|link)\s(?>[^<>]*?(?:href|src))\s*=\s*["']?\s*([^"'\s<>]++)["']?[^<>]*+>""",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,500}>")
# A video timestamp: an anchor whose href carries a time parameter and whose whole text is a time
# ('<a href="...watch?v=...&t=2m19s">2:19</a>'), as YouTube and others render "2:19" in a comment.
# It points into the video the comment is under; it is read as the time, not as a link.
_TIMESTAMP_ANCHOR = re.compile(
    r"""<a\s(?>[^<>]*?href)\s*=\s*["']?(?>[^"'\s<>]*?[?&#](?:t|start)=)[^<>]*+>\s*(\d{1,2}(?::\d\d){1,2})\s*</a\s*>""",
    re.IGNORECASE,
)

_EMAIL_DOMAIN = r"@\s?[\w-]+(?:\s?\.\s?[\w-]+)*\s?\.\s?(?:" + _TLD_ALL + r")\b"
_EMAIL_RE = lazy_compile(r"\b[\w.+-]+\s?" + _EMAIL_DOMAIN)
# An e-mail address has a domain after its "@" (found from the "@", in C): replies to "@name" have
# none, and _EMAIL_RE itself, which starts with the name, is tried at every position of the text.
_EMAIL_HINT = re.compile(_EMAIL_DOMAIN)


def emails_in(text: str) -> set[str]:
    """The distinct e-mail addresses written plainly in ``text``, lower-cased."""
    if "@" not in text or not _EMAIL_HINT.search(text):
        return set()
    return {"".join(m.split()).lower() for m in _EMAIL_RE.findall(text)}


# Letters spelled out with spaces: "W W W. THE FARRELL REPORT. NET", "s u b s c r i b e".
_SPACED_LETTERS = lazy_compile(r"(?<![\w])(?:[a-z] ){3,}[a-z](?![\w])")
# Four or more spaced letters always end in " x y z" and no letter (found from a literal, in C); most
# texts have none. (Without the end, "i a about" would send prose through _SPACED_LETTERS.)
_SPACED_HINT = re.compile(r" [a-z] [a-z] [a-z](?!\w)")
# Letters spelled out with a dot, dash, underscore or star between them, the same one throughout:
# "T.e.l.e.g.r.a.m", "W-h-a-t-s-A-p-p". Five letters at least: "e.g.", "u.s.a." stay as written.
_DOTTED_LETTERS = lazy_compile(r"(?<![\w.*-])[a-z]([.*_-])(?:[a-z]\1){3,}[a-z](?![\w*-]|\.\w)")
# (Written from its first separator, the letter before it looked back at: the engine skips to each ".", "*",
# "_" or "-" in C, where a pattern starting with [a-z] is tried at every letter.)
_DOTTED_HINT = re.compile(r"[.*_-](?<=[a-z].)[a-z][.*_-][a-z][.*_-][a-z][.*_-][a-z]")
# " dot com", "(dot) net", "[.] org": dots written as words. Each run of spaces is taken whole (possessive,
# and from its start only): with plain \s* the engine tried every split of a long run between the four,
# and "dot" followed by 2,000 spaces took 20 s to read.
_WORD_DOT = lazy_compile(r"(?<!\s)\s*+[\(\[\{]?\s*+\b(?:dot|punto)\b\s*+[\)\]\}]?\s*+(?=(?:" + _TLD_ALL + r")\b)")
# ... with digits for letters: "replicalux d0t c0m".
_LEET_DOT_COM = lazy_compile(r"\bd[o0]t\b(\s*)c[o0]m\b")
_BRACKET_DOT = re.compile(r"[\(\[\{]\s*\.\s*[\)\]\}]")
# "[at]", "(at)": an e-mail address's "@" written as a word.
_BRACKET_AT = lazy_compile(r"(?<!\s)\s*+[\(\[\{]\s*+at\s*+[\)\]\}]\s*+")  # spaces taken whole, as above
# Whether _BRACKET_AT is there: its bracketed "at", found from the bracket (a character class the engine
# skips to in C; _BRACKET_AT starts with a lookbehind, and is tried at every position).
_BRACKET_AT_HINT = re.compile(r"[\(\[\{]\s*+at\s*+[\)\]\}]")

_PATH = r"""(?:\s{0,2}[/\\]{1,2}\s{0,2}[^\s<>"'()\[\]{}]*)?"""
# Every link with a scheme holds ":" and two slashes, found from the ":" in a few instructions per
# character (_SCHEME_URL tests its first character class at every "h" and "f"): "and/or" and "50/50"
# send a text through that pattern no more.
_SCHEME_HINT = re.compile(r":\s?/\s?/")
# These two start with the letter they need and look back for the word boundary after it: the engine
# then skips in C to each "h", "f" or "w", instead of testing a boundary at every position.
_SCHEME_URL = re.compile(
    r"""[hf](?<!\w[hf])(?:(?<=h)\s?t\s?t\s?p\s?s?|(?<=f)tp)\s?:\s?/\s?/\s?[^\s<>"']+"""
)
_WWW_URL = re.compile(
    r"""w(?<!\ww)\s?w\s?w\s?\.\s?(?:[\w-]+\s?\.\s?)*[\w-]+(?:\s?\.\s?(?:""" + _TLD_ALL + r"))?\b" + _PATH,
)
# A bare host: labels joined by dots (a space or comma may sit around a dot before a safe TLD).
_PATH_REQUIRED = r"""\s{0,2}[/\\]{1,2}\s{0,2}[^\s<>"'()\[\]{}]*"""
_TLD_WORDY_ONLY = alternation(set(_TLDS_WORDY.split()) - set(_TLDS_SAFE.split()))
_TLD_NAMED = alternation(["io", "ai", "co"])
# With spaces or a comma around the dot, prose looks like a host ("So, no", "claim. Work"): only
# TLDs that are no word in any common language count there. ("info" is one: "staffed by volunteers.
# Info line: (608) 555-0192" was read as a disguised link to volunteers.info. "site.info" still counts.)
_TLD_SPACED = alternation(["com", "net", "org", "biz", "xyz", "ru", "tk", "ml", "gq", "cf", "icu", "ly", "gl", "nl"])
# A bare host: labels joined by dots, ending in a TLD that is no everyday word; one ending in a
# wordy TLD ("song.it") only with a path after it or a hyphen or digit in its name; a space or comma
# may sit around a dot.
_BARE_HOST = re.compile(
    # Every alternative starts a word with a label and a dot or comma: checked once, up front.
    r"""(?<![\w@.])(?=[a-z0-9][\w-]*\s{0,3}[.,])(?:"""
    r"""(?<![\w@.])(?:[a-z0-9][\w-]*\.)+(?:"""
    + _TLD_SAFE
    + r""")\b(?![\w-])"""
    + _PATH
    + r"""|(?<![\w@.])(?:[a-z0-9][\w-]*\.)+(?:"""
    + _TLD_WORDY_ONLY
    + r""")\b(?![\w-])"""
    + _PATH_REQUIRED
    # ... or, for the wordy TLDs no sentence starts with, without one when the name holds a hyphen or
    # a digit, as no prose word does: "xrp-presale.io" ("an x-ray.It was" is a typo, not a link)
    + r"""|(?<![\w@.])(?:[a-z0-9][\w-]*\.)*(?=[\w-]*[-0-9])[a-z0-9][\w-]*\.(?:"""
    + _TLD_NAMED
    + r""")\b(?![\w-])"""
    + _PATH
    # ... and for ".co" and ".io", which no English sentence starts with either, a name of four letters or more
    # ("datemenow.co", "growfollowfast.io"); ".ai" still needs the hyphen or digit ("the future.AI will ...").
    + r"""|(?<![\w@.])(?:[a-z0-9][\w-]*\.)*[a-z0-9][\w-]{3,}\.(?:co|io)\b(?![\w-])"""
    + _PATH
    + r"""|(?<![\w@.])(?:[a-z0-9][\w-]*\s{0,3}[.,]\s{0,3}){1,3}(?:"""
    + _TLD_SPACED
    + r""")\b(?![\w-])"""
    + _PATH
    + ")",
)
# A host whose dot became spaces, known by the path after it: "youtu  be/ARkglzjQuP0". Prose has
# "and/or" and "me/you"; a link's path has letters and digits mixed ("ARkglzjQuP0").
_SPLIT_HOST = lazy_compile(
    r"(?<![\w@.])[a-z0-9][\w-]*\s{1,3}(?:" + _TLD_ALL + r")\s?/\s?(?=[\w-]*\d)(?=[\w-]*[a-z])[\w-]{5,}\b",
)
# What such a link needs, found from its "/" (a literal the engine skips to in C): _SPLIT_HOST itself
# is tried at every word of a text, 26 µs a text, and most texts with a "/" have no such link.
_SPLIT_HOST_HINT = re.compile(r"/(?:(?<=[a-z]/)|(?<=[a-z]\s/))\s?[\w-]*\d")
# A video link without its host: "watch?v=ARkglzjQuP0".
_VIDEO_PATH = re.compile(r"(?<![\w/])watch\?v=[\w-]{6,}")
# Cheap test whether a bare host can be there at all, one per _BARE_HOST alternative: a dot right
# before a TLD that is no word, a dot before a wordy TLD with the path it needs, or a dot or comma and
# spaces before one of the TLDs accepted with spaces. (Looser tests hold in most prose, ", so", ". it",
# "...in which case", and _BARE_HOST then costs a quarter of a millisecond.)
# One pattern per punctuation mark, each starting with its literal: the engine skips to each "." in
# a few instructions per character, where a pattern starting with "[.,]" tests a character class at
# every one (a twentieth of a long comment's scoring).
_TLD_HINT_DOT = re.compile(
    r"\.(?:(?:" + _TLD_SAFE + r")\b|(?:" + _TLD_WORDY_ONLY + r")\b\s{0,2}[/\\]|(?:" + _TLD_NAMED + r")\b(?![\w-])|\s{0,3}(?:" + _TLD_SPACED + r")\b)"
)
_TLD_HINT_COMMA = re.compile(r",\s{0,3}(?:" + _TLD_SPACED + r")\b")
# What no host before its TLD can hold or span (read backwards from a hint, so written symmetric):
# a character that is no letter, digit, "-", ".", "," or space, or spaces with a word on both sides
# (the spaced form has a dot or comma beside its spaces).
_HOST_BARRIER = re.compile(r"[^\w\-.,\s]|(?<=[\w-])\s+(?=[\w-])")
# Digits of other scripts ("٣٤", "४२") are folded to 0-9 first, so the digit patterns below start
# with [0-9], a range the engine tests in a few instructions, where \d asks the Unicode database at
# every character (about half their time).
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
_DIGIT = re.compile(r"[0-9]")
_HOST_OF = re.compile(r"^(?:[a-z]+:/+)?(?:www\.)?([^/\\?#:]+)", re.IGNORECASE)

_CURRENCY_SIGNS = "$€£¥₹₽"
_CURRENCY = f"[{_CURRENCY_SIGNS}]"
# "$5", "5k $", "100 dollars". Written to start with one character class (a currency sign or a
# digit; the lookbehind then tells which) so that the engine skips to candidates in C. A number is
# read once, from its first digit, possessively: its amount word or sign (group 1) follows the whole
# number or not at all, so giving digits back or starting again at a later digit could never match,
# and trying would take quadratic time on a long run of digits. A number without one is kept as it is.
_MONEY_RE = re.compile(
    "[" + _CURRENCY_SIGNS + r"0-9](?:(?<=" + _CURRENCY + r")\s?\d[\d,.]*(?:\s?(?:k|m|mil+ion|bil+ion|thousand|hundred)\b)?"
    r"|(?<=\d)[\d,.]*+(\s?(?:k|m|mil+ion|bil+ion|thousand|hundred)?\s?(?:"
    + _CURRENCY
    + r"|\b(?:usd|eur|euros?|gbp|dollars?|bucks|pounds|rs|inr|bitcoins?|btc)\b"
    # Glued to the amount ("4000DOLLARS", "3gbp"): the currency words that are no chat shorthand
    # ("l8rs" is "laters", not 8 rupees).
    r"|(?<=\d)(?:usd|eur|euros?|gbp|dollars?|bucks|pounds|bitcoins?|btc)\b))?)",
)
# Phone numbers: 9 or more digits (7 after a +), split by spaces, dots, dashes or brackets; never by
# commas, which write counts ("1,884,034,783 views").
# (Written to start with one character class, "+", "(" or a digit, so that the engine skips to
# candidates in C; the lookbehinds then say which it was and that no word or number runs into it.)
_PHONE_RE = re.compile(
    r"[+(0-9](?<![\w,.].)(?:(?<=\+)\s?\(?\d|(?<=\()\d|(?<=\d))[\d\s().-]{5,20}\d(?![\w]|,\d)"
)
# Every other run of digits (counts, years, dates, percentages, times) becomes one shape token that
# the scorer ignores: a number alone is no evidence either way ("(37)", "in 2019", "62%").
# Digits glued to letters ("covid19", "b2b", "mp3") are part of a word and stay. (The first digit
# comes before the "no letter or digit before it" lookbehind, for the same fast start as money.)
_NUMBER_RE = re.compile(r"[0-9](?<![^\W_]\d)(?:\d*(?:[.,:]\d+)*(?:st|nd|rd|th|s|k|m)?\b|\d*)")
# Every money, phone and number match holds a digit, starts at most 3 characters before its first
# one ("+ (5") and ends at most 18 after its last ("5 thousand bitcoins"); their lookarounds reach 2
# characters further. So in a long ASCII text the three passes run only on the stretches within
# _DIGIT_REACH of a digit, and give there what they give on the whole text: a comment's few numbers
# no longer cost three scans of every character (a tenth of scoring a 2,000-character comment).
_DIGIT_REACH = 40
_DIGIT_MARKS = bytes(48 if 48 <= c <= 57 else 32 for c in range(256))  # digits to "0", the rest to " "
_SQUEEZED_PUNCT = r"!?.,*~=_\-+#<>/\\|"
# A letter or a punctuation mark three times or more, squeezed to two ("soooo", "!!!!", "...").
_REPEATS = re.compile(f"([a-z{_SQUEEZED_PUNCT}])" + r"\1\1+")
_DOT_RUN = re.compile(r"\.\.\.+")
# In an ASCII text longer than this, numbers and runs are first found in C and their patterns run
# only where those are; a shorter text is read faster by the patterns alone.
_LONG_ASCII = 300
# (Words first: most tokens are words, and no word starts with "_", no placeholder without it.)
_TOKEN_SPLIT = re.compile(r"[^\W_]+|_(?:url|shortener|phone|email|money|num|source)_|[!?$]")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_ASCII_UPPER = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_COUNTED = (
    ("urls", URL), ("shorteners", SHORTENER), ("phones", PHONE), ("emails", EMAIL), ("money", MONEY), ("sources", SOURCE)
)


@dataclass(frozen=True)
class Normalized:
    text: str  # lower-case, placeholders as standalone tokens, single spaces
    signals: dict[str, float] = field(default_factory=dict)
    # The tokens of ``text``, kept from normalising so that scoring does not split the text twice.
    token_list: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def tokens(self) -> list[str]:
        return list(self.token_list) if self.token_list is not None else tokenize(self.text)


def tokenize(normalized_text: str) -> list[str]:
    """Words of a normalised text: placeholders, runs of letters/digits, and ! ? $ marks."""
    return _TOKEN_SPLIT.findall(normalized_text)


# A full stop (or a semicolon) that ends a sentence: after a word, a number or a placeholder, before a
# space or the end.
_FULL_STOP = lazy_compile(r"(?<=[\w\"')\]])(?:\.+|;)(?=\s|$)")
# Words a full stop shortens rather than ends a sentence after ("mr. smith", "st. louis", "approx. 40").
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "sen", "rep", "gov", "gen", "lt", "col",
     "sgt", "capt", "prof", "ft", "mt", "ave", "rd", "approx", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul",
     "aug", "sep", "sept", "oct", "nov", "dec"}
)


def sentence_tokens(normalized_text: str, tokens: list[str] | None = None, orders: frozenset[str] = frozenset()) -> list[str]:
    """``tokenize``, with a "." token where a sentence (or a clause, at a semicolon) ends inside the text:
    for the abuse rules, which read "we'd have money. Just die already" as an order and "a disease. The
    cure" as two sentences. The model's tokens keep no full stop (it was trained without them). Not after
    an abbreviation ("mr.", "u.s.", a single letter), nor in "no. 5"; none at the very end (the text ends
    there). ``orders``: words that open a clause of their own after a comma, a colon or a dash, marked by a
    "," token ("a liar, hang him" is an order, "a liar hang him" no sentence), as is the end of a handle
    that opens the text, before any word. ``tokens``: the text's ``tokenize``, where the caller has it
    (returned when nothing is marked)."""
    cuts = []
    if "." in normalized_text or ";" in normalized_text:
        for m in _FULL_STOP.finditer(normalized_text):
            end = m.end()
            if end >= len(normalized_text.rstrip()):
                break
            word = normalized_text[normalized_text.rfind(" ", 0, m.start()) + 1 : m.start()].strip("\"')]")
            if len(word) < 2 or "." in word or word in _ABBREVIATIONS:
                continue
            if word == "no" and (normalized_text[end + 1 : end + 2].isdigit() or normalized_text.startswith(" " + NUMBER, end)):
                continue
            cuts.append((m.start(), end, "."))
    if orders:
        cuts += [(m.start(), m.end(), ",") for m in _CLAUSE_BREAK.finditer(normalized_text) if (m.group(1) or m.group(2)) in orders]
        # a reply's opening handle is said to the reader, as after a comma: "@ravi_patil jump in front of a train"
        if normalized_text.startswith("@") and (m := _OPENING_HANDLE.match(normalized_text)) and all(c[0] != m.end() for c in cuts):
            cuts.append((m.end(), m.end(), ","))
        cuts.sort()
    if not cuts:
        return tokenize(normalized_text) if tokens is None else tokens
    out: list[str] = []
    last = 0
    for start, end, mark in cuts:
        out += tokenize(normalized_text[last:start])
        out.append(mark)
        last = end
    return out + tokenize(normalized_text[last:])


# A comma or a colon after a word, or a dash between spaces, and the word after it (which the cut leaves out).
# (Each branch starts with its mark, so that the engine skips to candidates in C.)
_CLAUSE_BREAK = lazy_compile(
    r"[,:](?<=[\w\"')\]][,:])\s*(?=([a-z]+)\b)| (?<=[\w\"')\]] )[-\u2013\u2014]+ (?=([a-z]+)\b)"
)
# The handle a reply opens with ("@ravi_patil", "@john.smith99"), when a word follows it.
_OPENING_HANDLE = lazy_compile(r"@[\w.]*\w(?=[\s:,]+[a-z])")


# Characters that are never part of a token: a word with them only at its edges is one token.
_NO_TOKEN_EDGES = ".,;:\"'()[]{}"


def _tokens_of_words(words: list[str]) -> list[str]:
    """``tokenize`` of the words joined by spaces, a third of the time: most words are one token
    (``str.isalnum`` is ``[^\\W_]``, letters and digits), and the regex reads only the rest."""
    out: list[str] = []
    findall = _TOKEN_SPLIT.findall
    for word in words:
        if word.isalnum():
            out.append(word)
        elif (bare := word.strip(_NO_TOKEN_EDGES)).isalnum():  # "wrong." "however," "(yes)"
            out.append(bare)
        else:
            out += findall(word)
    return out


# For ASCII text, every character that is no part of a token (not a letter, digit, "_", "!", "?" or
# "$") mapped to a space: the tokens are then split in C.
_ASCII_TOKEN_CHARS = bytes(c if chr(c).isalnum() or chr(c) in "_!?$" else 32 for c in range(128)).ljust(256, b" ")


def _tokens_of_ascii(text: str) -> list[str]:
    """``tokenize`` of an ASCII text, a half of ``_tokens_of_words``' time: "!", "?" and "$" are
    tokens of their own, and only a word with "_" that is no placeholder ("snake_case") is left to
    the regex."""
    raw = text.encode("ascii").translate(_ASCII_TOKEN_CHARS)
    for mark in (b"!", b"?", b"$"):
        if mark in raw:
            raw = raw.replace(mark, b" " + mark + b" ")
    tokens = raw.decode("ascii").split()
    # A placeholder token holds two underscores and the split drops none: any other underscore is
    # in a word for the regex ("snake_case", "x_url_"). Counted in C; the words are looked at only then.
    if "_" in text and text.count("_") != 2 * sum(tokens.count(p) for p in PLACEHOLDERS if p in text):
        odd = [i for i, t in enumerate(tokens) if "_" in t and t not in PLACEHOLDER_SET]
        for i in reversed(odd):
            tokens[i : i + 1] = _TOKEN_SPLIT.findall(tokens[i])
    return tokens


def _first_run_of_three(text: str) -> int | None:
    """Where the first run of three equal characters starts in an ASCII text, or None: what
    ``_REPEATS`` needs, found in C with a few operations on the text as one big integer (the
    pattern itself is tried at every letter). Byte i of ``same`` is zero where character i equals
    the next, of ``run`` where it equals the next two; the lowest zero byte is found with the
    classic has-a-zero-byte test, exact for the lowest one."""
    n = len(text)
    if n < 3:
        return None
    x = int.from_bytes(text.encode("ascii"), "little")
    same = x ^ (x >> 8)
    run = same | (same >> 8)  # its top two bytes hold the last character: not zero
    ones = int.from_bytes(b"\x01" * n, "little")
    if run < ones:  # the text ends in a \x00 or \x01: let the pattern look
        return 0
    zeros = (run - ones) & ~run & (ones << 7)
    return ((zeros & -zeros).bit_length() - 1) >> 3 if zeros else None


def _strip_html(text: str) -> str:
    if "&" in text:
        text = html.unescape(html.unescape(text)) if "&amp;" in text else html.unescape(text)
    if "<" in text:
        text = _BR.sub("\n", text)
        text = _TIMESTAMP_ANCHOR.sub(r" \1 ", text)
        text = _ANCHOR_HREF.sub(lambda m: f" {m.group(1)} ", text)
        text = _TAG.sub(" ", text)
    return text


def _fold_lookalikes(text: str) -> str:
    def fold(m: re.Match) -> str:
        word = m.group(0)
        return word.translate(_CONFUSABLES) if _HAS_LATIN.search(word) else word

    return _MIXED_WORD.sub(fold, text)


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text)
    # The marks are looked for among the distinct characters (a few dozen), not at every character,
    # and removed in C: a comment with one curly quote is not walked through in Python.
    combining = unicodedata.combining
    marks = [c for c in set(decomposed) if combining(c)]
    if marks:
        decomposed = decomposed.translate(dict.fromkeys(map(ord, marks)))
    return unicodedata.normalize("NFC", decomposed)


def host_of(link: str) -> str:
    """The host of a link as written in a comment, spaces and dots tidied: "adf.ly / KlD3Y" -> "adf.ly"."""
    squeezed = re.sub(r"\s+", "", link).replace(",", ".")
    m = _HOST_OF.match(squeezed)
    return m.group(1).lower().strip(".") if m else ""


def _is_shortener(host: str) -> bool:
    parts = host.split(".")
    return any(".".join(parts[i:]) in SHORTENERS for i in range(len(parts) - 1))


def _host_words(host: str) -> str:
    """Readable words of a host without its TLD and www: "kidsmediausa.com" -> "kidsmediausa"."""
    labels = [p for p in host.split(".") if p and p != "www"]
    if len(labels) > 1:
        labels = labels[:-1]
    return " ".join(labels).replace("-", " ")


def _phone(m: re.Match) -> str:
    found = m.group(0)
    digits = sum(c.isdigit() for c in found)
    return f" {PHONE} " if digits >= (7 if found[0] == "+" else 9) else found


def _money(m: re.Match) -> str:
    found = m.group(0)
    if m.group(1) is None and found[0] not in _CURRENCY_SIGNS:
        return found  # a number with no amount sign or word after it
    return f" {MONEY} "


def _digit_stretches(text: str) -> list[tuple[int, int]]:
    """The stretches of an ASCII text within ``_DIGIT_REACH`` of a digit (merged where they touch),
    found in C: the digits marked by one bytes translate, then each run of them by ``find``."""
    marks = text.encode("ascii").translate(_DIGIT_MARKS)
    stretches: list[tuple[int, int]] = []
    start = marks.find(b"0")
    while start >= 0:
        end = marks.find(b" ", start)
        if end < 0:
            end = len(marks)
        if stretches and start - _DIGIT_REACH <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], min(len(marks), end + _DIGIT_REACH))
        else:
            stretches.append((max(0, start - _DIGIT_REACH), min(len(marks), end + _DIGIT_REACH)))
        start = marks.find(b"0", end)
    return stretches


def _sub_numbers(text: str) -> str:
    """Money amounts, phone numbers and other numbers to their placeholders, in that order."""
    text = _MONEY_RE.sub(_money, text)
    text = _PHONE_RE.sub(_phone, text)
    return _NUMBER_RE.sub(f" {NUMBER} ", text)


def _sub_numbers_near_digits(text: str) -> str:
    """``_sub_numbers`` of an ASCII text, run on its stretches near digits only."""
    parts: list[str] = []
    done = 0
    for start, end in _digit_stretches(text):
        parts += (text[done:start], _sub_numbers(text[start:end]))
        done = end
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _tld_hint(text: str, pos: int) -> int:
    """Where the first hint of a bare host at or after ``pos`` starts, or -1."""
    dot = _TLD_HINT_DOT.search(text, pos)
    # Only a comma hint before the dot one can come first; it holds no ".", so the text cut at the
    # dot hint ends no such hint that the whole text would not.
    comma = _TLD_HINT_COMMA.search(text, pos, dot.start() if dot else len(text)) if "," in text else None
    found = comma or dot
    return found.start() if found else -1


def _sub_bare_hosts(text: str, repl) -> str:
    """``_BARE_HOST.sub(repl, text)``, tried only near its hints: the pattern starts at every word,
    300 µs over a 2,000-character text, for the one link it holds.

    Every match holds a hint, and what it holds before the hint crosses no ``_HOST_BARRIER``: so
    no match starts before the last barrier ahead of the next hint, and the search starts there.
    """
    out: list[str] = []
    done = 0
    while (at := _tld_hint(text, done)) >= 0:
        barrier = _HOST_BARRIER.search(text[done:at][::-1])
        found = _BARE_HOST.search(text, at - barrier.start() if barrier else done)
        if found is None:
            break
        out += (text[done : found.start()], repl(found))
        done = found.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def address_spelled_out(text: str) -> str:
    """A lower-case text with an e-mail address whose "@" and dots are written as words ("name [at]
    gmail [dot] com") written with the symbols; the text itself when it holds no "[at]" or "(at)"."""
    if "at" in text and ("[" in text or "(" in text or "{" in text) and _BRACKET_AT_HINT.search(text):
        return _WORD_DOT.sub(".", _BRACKET_DOT.sub(".", _BRACKET_AT.sub("@", text)))
    return text


def normalize(
    text: str, *, keep_host_words: bool = True, sources: frozenset[str] = REFERENCE_SOURCES
) -> Normalized:
    """Fold obfuscation away and return text with placeholder tokens plus counted signals.

    A link written plainly to one of ``sources`` is a citation (``_source_``), counted apart from links."""
    signals: dict[str, float] = {
        "urls": 0,
        "sources": 0,
        "shorteners": 0,
        "phones": 0,
        "emails": 0,
        "money": 0,
        "repeated_punct": 0,
        "elongated": 0,
        "caps_ratio": 0.0,
        "obfuscated": 0,
    }
    if not text:
        return Normalized("", signals)
    raw_len = len(text)
    text = _strip_html(text)
    # Zero-width characters and look-alikes are all outside ASCII: plain ASCII text skips this.
    if not text.isascii():
        text = _ZERO_WIDTH_RE.sub("", text)  # the same as text.translate(_ZERO_WIDTH), faster
    if not text.isascii():
        nfkc = unicodedata.normalize("NFKC", text)
        if nfkc != text:
            signals["obfuscated"] += 1
            text = nfkc
        if _GREEK_CYRILLIC.search(text):
            folded = _fold_lookalikes(text)
            if folded != text:
                signals["obfuscated"] += 1
                text = folded
        text = _strip_accents(text)
        if _OTHER_DIGIT.search(text):
            text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)

    # Shouting: share of upper-case letters, measured before lower-casing. For ASCII, str.isalpha and
    # str.isupper are the letters A-Z and a-z, counted in C; only the other characters (none in most
    # comments) are asked one by one.
    raw = text.encode("ascii", "ignore")
    others = () if text.isascii() else _NON_ASCII.findall(text)
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS)) + sum(map(str.isalpha, others))
    if letters >= 8:
        upper = len(raw) - len(raw.translate(None, _ASCII_UPPER)) + sum(map(str.isupper, others))
        signals["caps_ratio"] = round(upper / letters, 3)

    # From here on the text is lower case and the patterns are written in lower case: a pattern
    # compiled to ignore case cannot skip ahead to its first letter (www, http) and reads every
    # character. What is found here becomes a placeholder or is lower-cased at the end anyway.
    text = text.lower()
    # "name [at] gmail [dot] com": the address is read as one before its dots are read as links
    text = address_spelled_out(text)
    if "@" in text and _EMAIL_HINT.search(text):
        text, n = _EMAIL_RE.subn(f" {EMAIL} ", text)
        signals["emails"] += n
    text = letters_joined(text)
    if "(" in text or "[" in text or "{" in text:
        text = _BRACKET_DOT.sub(".", text)
    if "d0t" in text or "c0m" in text:
        text = _LEET_DOT_COM.sub(r"dot\1com", text)
    if "dot" in text or "punto" in text:
        text = _WORD_DOT.sub(".", text)

    def link(m: re.Match) -> str:
        found = m.group(0)
        host = host_of(found)
        words = _host_words(host) if keep_host_words else ""
        if _is_shortener(host):
            return f" {SHORTENER} "
        if re.search(r"\s", found.strip()):
            signals["obfuscated"] += 1
        elif is_source(host, sources):
            return f" {SOURCE} "
        return f" {URL} {words} "

    if "/" in text:
        if _SCHEME_HINT.search(text):
            text = _SCHEME_URL.sub(link, text)
        if _SPLIT_HOST_HINT.search(text):
            text = _SPLIT_HOST.sub(link, text)
    if "?v=" in text:
        text = _VIDEO_PATH.sub(link, text)
    if "ww" in text or "w w" in text:
        text = _WWW_URL.sub(link, text)
    text = _sub_bare_hosts(text, link)

    # (Phone numbers, like every placeholder, are counted from the result at the end.)
    if len(text) > _LONG_ASCII and text.isascii():
        text = _sub_numbers_near_digits(text)
    elif _DIGIT.search(text):
        text = _sub_numbers(text)

    text = " ".join(text.split())
    # A run never holds a space, so it is squeezed after the spaces are: the text is shorter, and
    # the gaps left around placeholders are no runs. In a long text, runs are squeezed one by one:
    # the dots of prose ("well... no") first, found from their literal, then the rest only from
    # where the first of them starts (a short text is read faster by the pattern alone).
    start: int | None = 0
    if len(text) > _LONG_ASCII and text.isascii():
        if "..." in text:
            text, dots = _DOT_RUN.subn("..", text)
            signals["repeated_punct"] += dots
        start = _first_run_of_three(text)
    if start is not None:
        squeezed = [0, 0]  # runs of punctuation, of letters

        def squeeze(m: re.Match) -> str:
            c = m.group(1)
            squeezed[c.isalpha()] += 1
            return c + c

        tail = _REPEATS.sub(squeeze, text[start:])
        if squeezed[0] or squeezed[1]:
            text = text[:start] + tail
            signals["repeated_punct"] += squeezed[0]
            signals["elongated"] += squeezed[1]
    # Counted from the result, so that normalising an already normalised text (moderator feedback
    # is stored normalised) yields the same link, phone, e-mail and money signals.
    tokens = _tokens_of_ascii(text) if text.isascii() else _tokens_of_words(text.split())
    if "_" in text:
        for key, placeholder in _COUNTED:
            signals[key] = tokens.count(placeholder) if placeholder in text else 0
    else:  # every placeholder has an underscore: none in the text
        for key, _ in _COUNTED:
            signals[key] = 0
    signals["length"] = raw_len
    return Normalized(text, signals, tuple(tokens))


def letters_joined(text: str) -> str:
    """A lower-case text with words spelled out letter by letter joined up: "t e l e g r a m",
    "t.e.l.e.g.r.a.m" and "t-e-l-e-g-r-a-m" read "telegram"."""
    if _SPACED_HINT.search(text):
        text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    # (four of one separator at least, counted in C first: most texts have fewer)
    if (text.count(".") >= 4 or text.count("-") >= 4 or text.count("_") >= 4 or text.count("*") >= 4) and _DOTTED_HINT.search(text):
        text = _DOTTED_LETTERS.sub(lambda m: m.group(0).replace(m.group(1), ""), text)
    return text


#: The characters of a comment the models read, and so what is normalised of it: spam says what it wants
#: early, and the bound keeps every pattern's work small whatever a reader sends (65,525 bytes may come).
READ_CHARS = 5_000


def normalize_text(text: str) -> str:
    return normalize(text).text


_INLINE_TAG = lazy_compile(
    r"</?(?:b|i|em|strong|u|s|strike|del|ins|span|small|big|sup|sub|mark|code|font|abbr|q|cite)\b[^<>]*>", re.IGNORECASE
)


def duplicate_form(text: str) -> str:
    """What duplicate checks compare: markup and entities gone, invisible characters (zero-width spaces,
    soft hyphens, direction marks: Unicode's Cf; variation selectors, Hangul fillers: the rest of its
    default-ignorables, ``unseen``) dropped and Braille blanks read as spaces, compatibility forms,
    look-alike letters and case folded, whitespace collapsed. Numbers and links stay as they are written,
    unlike in ``normalize``: "see you at 5" and "see you at 6" are two comments."""
    if "<" in text:
        # Inline markup sets no word apart where it is shown: "gr<b>ea</b>t" reads "great"
        text = _INLINE_TAG.sub("", text)
    text = unicodedata.normalize("NFKC", _strip_html(text))
    if not text.isascii():
        text = _drop_unseen(text)
        if _GREEK_CYRILLIC.search(text):
            text = _fold_lookalikes(text)
        # Turkish capital İ casefolds to "i" and a combining dot: "BİR" in correct capitals is "bir" too.
        return " ".join(text.casefold().replace("i\u0307", "i").split())
    return " ".join(text.casefold().split())


def _drop_unseen(text: str) -> str:
    """``text`` without what shows nothing: Unicode's default-ignorables (``fold_unseen``, Braille blanks read as
    spaces) and its invisible format characters (Cf: zero-width spaces and joiners, soft hyphens, direction
    marks). Cf looked for among the distinct characters, as _strip_accents looks for marks."""
    text = fold_unseen(text)
    formats = [c for c in set(text) if unicodedata.category(c) == "Cf"]
    return text.translate(dict.fromkeys(map(ord, formats))) if formats else text


# Apostrophes, straight and curly, go from what a search compares: "obrien" and "o'brien" find "O’Brien".
_APOSTROPHES = dict.fromkeys(map(ord, "'\u2018\u2019\u02bc\u00b4`"))
# Letters a moderator types otherwise, folded on both sides after casefold. Turkish dotless ı: casefold
# makes "IRMAK" "irmak" and leaves "ırmak" as it is, and a keyboard without ı types "isil" for "Işıl".
# Latin letters with no decomposition to take an accent off (ł, đ, ø, ...) but a plain reading that
# keyboards without them type ("lukasz" for "Łukasz"). Arabic and Persian yeh and kaf, and alef maksura:
# one word typed on an Arabic or a Persian keyboard ("زندگي", "زندگی").
_SEARCH_FOLDS = _APOSTROPHES | str.maketrans(
    {"ı": "i", "ł": "l", "đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "þ": "th", "ħ": "h",
     "\u064a": "\u06cc", "\u0649": "\u06cc", "\u0643": "\u06a9"}
)


def search_form(text: str) -> str:
    """What a moderator's search compares, on both sides: lower case, accents and apostrophes off, look-alike
    letters folded, invisible format characters (a Persian ZWNJ, a direction mark) dropped and whitespace
    collapsed, so "cafe" finds "Café", "obrien" finds "O'Brien", "bitcoin" finds "Вitcoin", "IRMAK" finds
    "ırmak", "lukasz" finds "Łukasz" and "میکنم" finds "می‌کنم"."""
    if not text.isascii():
        text = _strip_accents(_fold_lookalikes(_drop_unseen(text)))
    return " ".join(text.casefold().translate(_SEARCH_FOLDS).split())

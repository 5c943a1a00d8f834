"""The learned spam scorer: a logistic regression over n-grams of the normalised comment, in pure Python.

Features (all computed on ``text.normalize`` output, so obfuscated links, look-alike letters and
phone numbers are already placeholders):

* word uni- and bi-grams of the tokens (numbers left out), present/absent, scaled by
  1/sqrt(number of them) (current training weighs only the bigrams and the placeholders);
* character 4-5-grams inside each word of ``char_min_word``+ letters, padded with spaces
  (scikit-learn's ``char_wb``), summed over the distinct words and scaled by 1/sqrt(number of them);
* a few signals the normaliser counted (links, shortened links, phone numbers, shouting...) and
  the spam intents written by hand below ("asking for likes"), each present/absent: an intent
  weighs as much in a long comment as in a short one (leave-one-video-out MCC 0.908 -> 0.911 over
  weighing them among the word n-grams).

The model file (``models/spam.json``) keeps the weights of the n-grams as plain strings, not
hashed buckets: n-grams the training never weighted simply weigh nothing, the file stays small,
and every weight maps back to words a moderator can read. Weights are quantised to integers.

The score of a comment decomposes exactly into one contribution per word, so the scorer caches
the character-n-gram weight of each word it has seen (Lambda keeps the cache across invocations)
and names the phrase that pushed the decision hardest in the finding's reason.

Standard library only: the scoring Lambda ships no numpy.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Collection, Iterable, Sequence
from itertools import pairwise, repeat
from operator import itemgetter
from pathlib import Path

from ..text.normalize import (
    EMAIL,
    MONEY,
    NUMBER,
    PHONE,
    PLACEHOLDER_SET,
    PLACEHOLDERS,
    READ_CHARS,
    SHORTENER,
    SOURCE,
    URL,
    Normalized,
    alternation,
    normalize,
    tokenize,
)
from ..text.sources import REFERENCE_SOURCES, cited_sources
from .base import CommentInput, Effect, Finding, Reason
from .linear import CharGramWeights, char_grams, style_features
from .linear import sigmoid as _sigmoid

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "spam.json"
FORMAT = "commentguard-spam-linear/1"
# Character n-gram sizes. 4-5 read as well as 2-5 leave-one-video-out (mean MCC 0.908 vs 0.905, the
# same within noise) with fewer than half the n-grams per word: a new word costs less than half.
# Model files record theirs ("char_ngrams"; files without it used 2-5).
CHAR_NGRAMS = (4, 5)
# Character n-grams read words of at least this many letters. Short words ("new", "out", "win")
# would otherwise act as single-word features that are spam words on YouTube and everyday words on
# a news site; their meaning reaches the model through word pairs and intents instead. Model
# files record the value they were trained with ("char_min_word"; files without it used 1).
CHAR_MIN_WORD = 4
_CACHE_LIMIT = 50_000
MAX_CHARS = READ_CHARS  # input longer than this is cut before scoring

_READABLE = {
    URL: "[link]",
    SHORTENER: "[shortened link]",
    PHONE: "[phone number]",
    EMAIL: "[e-mail address]",
    MONEY: "[money amount]",
    NUMBER: "[number]",
    SOURCE: "[link to a reference source]",
}
_SIGNAL_WORDS = {
    "has_url": "a link",
    "many_urls": "several links",
    "has_shortener": "a shortened link",
    "has_phone": "a phone number",
    "has_email": "an e-mail address",
    "shouting": "shouting in capitals",
    "repeated_punct": "repeated punctuation",
    "elongated": "stretched-out words",
    "obfuscated": "disguised characters",
}


# --------------------------------------------------------------------------------------------
# Features: shared by training (devtools) and inference, so both see exactly the same numbers.


def scoring_text(content: str, author_name: str = "") -> str:
    """The one text the model reads: the comment, then the author's name when given. Not the website: no
    training comment has one (``text.websites`` says what the field tells, and ``WebsiteRule`` reads it).
    A full stop ends the comment before the name (normalising turns the line break into a space): the cues
    that read the end of a sentence ("DM on Insta @ticketsrugbyuk" as a sign-off) must not read the name as
    the sentence going on (blind probe 35's ticket spam was published so)."""
    return f"{content or ''}\n. {author_name}" if author_name else content or ""


def word_grams(tokens: Sequence[str]) -> set[str]:
    grams = set(tokens)
    grams.update(a + " " + b for a, b in pairwise(tokens))
    return grams


def signal_features(signals: dict[str, float]) -> dict[str, float]:
    """Dense features from the normaliser's counts, each within [0, 1]."""
    out: dict[str, float] = {}
    urls = signals.get("urls", 0)
    if urls:
        out["has_url"] = 1.0
        if urls > 1:
            out["many_urls"] = min(1.0, (urls - 1) / 3)
    if signals.get("shorteners"):
        out["has_shortener"] = 1.0
    if signals.get("phones"):
        out["has_phone"] = 1.0
    if signals.get("emails"):
        out["has_email"] = 1.0
    # No "a money amount" feature: prizes in SMS and YouTube spam taught it, and on a news site amounts
    # are taxes, rents and budgets (it held "My property tax bill went up $2,400"). Amounts still
    # count where spam puts them: "[money amount] a day" pairs and the "money offer" intent.
    out.update(style_features(signals))
    if signals.get("obfuscated"):
        out["obfuscated"] = 1.0
    # No length feature: on YouTube long comments are mostly spam, on a news site they are the
    # ordinary well-argued comment; the model must not learn "long = spam".
    return out


# What spam asks of readers, written once by hand (a moderator's knowledge, not learned from data):
# the model weighs each as a feature and names it in the reason when it tips the decision. They read
# normalised text, where a number is "_num_": "follow 4 follow" arrives as "follow _num_ follow".
# "like this comment if...", "thumbs up if...", "give it a like", "like please"; never "I like this song".
# A request opens the text or a sentence, or follows "please", "and", "just" or "to".
_LIKE_REQUEST_OPENING = r"(?:^|[.!?] |\b(?:please|pls|plz|and|just|to) )"
_LIKE_REQUEST = r"(?:like|thumbs? ?up)\b[^.!?]{0,40}\b(?:if|comment|please|pls|plz)\b"
_LIKE_PHRASES = (
    r"\b(?:like (?:this|my) comment\b|thumbs? ?up if\b|like if\b|give (?:it|this|me|us) a (?:like|thumbs?)"
    r"|like (?:please|pls|plz)\b|likes? (?:4|_num_|for) likes?\b|how many (?:likes|thumbs? ?up)\b)"
)
# "Subscribe" said of the reader's own subscription is no ask ("this is why I subscribe", "we subscribe to the
# Sunday edition"), unless it is the trade ("I'll subscribe back"): a reader praising a reporter so was filed as
# spam (0.94; blind QA probe 27).
_NOT_THE_READERS = r"(?<!\bi )(?<!\bwe )(?<!'ll )(?<!\bwill )(?<!'m )(?<!'d )(?<!\bdo )"
# Each intent shows in one or more cues: (pattern, words, anchored). Anchored: every match starts
# with one of the words, so the pattern is tried only where one of them is (found by str.find, in C),
# never at every position of a long comment. Otherwise the pattern cannot match without one of the
# words somewhere, and runs only where one is there. Either way most comments skip most patterns.
_CUES: dict[str, tuple[tuple[str, tuple[str, ...], bool], ...]] = {
    "asks_for_likes": ((_LIKE_REQUEST_OPENING + _LIKE_REQUEST + "|" + _LIKE_PHRASES, ("like", "thumb"), False),),
    "asks_for_subscribers": (
        (
            _NOT_THE_READERS + r"\bsub(?:scribe|scribing)?s?\b"
            r"|\bsub(?:scribe|scribing)?s?\b(?= back\b| you\b| to you\b)|\bsub ?(?:4|_num_) ?sub\b",
            ("sub",),
            True,
        ),
        # "subscribe" as spammers misspell it too: "sucscribe", "suscribe", "subcribe".
        (_NOT_THE_READERS + r"\bsu[a-z]{0,3}crib(?:e|ing)?\b", ("crib",), False),
    ),
    "promotes_own_content": (
        (
            r"\b(?:my|our) (?:new |newest |own |first |latest )?(?:channel|videos?|vids?|page|site|website|blog"
            r"|music|sound|beats|songs?|mixtape|track|band|store|shop|app|cover|rap|profile|playlist|account)\b",
            ("my ", "our "),
            True,
        ),
        (
            r"\b(?:i|we) (?:made|started|created) (?:a|an) (?:new )?(?:[a-z]+ )?(?:channel|blog|website|podcast)\b",
            ("channel", "blog", "website", "podcast"),
            False,
        ),
    ),
    "sends_readers_elsewhere": (
        (
            # ("Came here to check the views" looks at this very page: its counts send no one elsewhere.)
            r"\b(?:check|look|visit|go to|click|watch|search|see|listen to|take a look)\b(?: out| at| up)?"
            r"\b(?: my| this| our| it| the(?! views?\b| view count| number of)| here| us)\b"
            r"|\bcheck (?:me|us|them|'?em) out\b|\bsearch (?:for |up )?[\"']",
            ("check", "look", "visit", "go to", "click", "watch", "search", "see", "listen to", "take a look"),
            True,
        ),
    ),
    "money_offer": (
        (
            r"\b(?:make|makes|earn|earns|earned|earning|making|win|get paid|be paid|free|cash|work from home|income"
            r"|profit)\b[^.!?]{0,40}(?:\b(?:money|cash|dollars?|bucks|income|gift ?cards?|iphone|prizes?)\b|_money_)",
            ("make", "making", "earn", "win", "get paid", "be paid", "free", "cash", "work from home", "income", "profit"),
            True,
        ),
    ),
    # A handle after the platform it is on, as a sign-off ("twitter @mscalifornia95", "insta: @lara99 💋"), not a
    # reader addressing another ("@Dave_R your numbers are wrong", "oh snap @Dave_R you got me": "snap" only
    # with a colon) or naming an account the sentence goes on about ("Twitter @elonmusk is a mess"): news
    # readers write so, and no training comment does. The platform named alone is news ("the comments on his
    # Instagram are full of slurs"), not an ask.
    "asks_to_follow": (
        (
            r"\bfollow (?:me|4|_num_|for|back)\b"
            r"|\b(?:twitter|insta|instagram|ig|tiktok|snapchat|snap(?=:))\b:? ?@ ?\w{3,}(?! ?(?!and\b|or\b)[a-z])"
            r"|\b(?:my|our) (?:insta|instagram|ig|tiktok|snapchat|snap)\b",
            # ("ig" only before its handle: the two letters alone are in most texts, "right", "big")
            ("follow", "twitter", "insta", "ig @", "ig: @", "ig:@", "ig@", "tiktok", "snap", "my ", "our "),
            True,
        ),
    ),
    "sells_something": (
        (r"\b(?:buy|order)\b(?: it| them| this| one| yours)?(?: here| online| at _url_| _url_)", ("buy", "order"), True),
    ),
    "begs_for_action": (
        (
            r"\b(?:please|plz|pls)\b[^.!?]{0,30}\b(?:vote|share|help|support|visit|check|subscribe|like|watch)\b",
            ("please", "plz", "pls"),
            True,
        ),
        (r"\bshare (?:this|my) (?:video|song|comment|channel|link)\b", ("share ",), True),
    ),
}
_INTENTS = {name: "|".join(cue[0] for cue in cues) for name, cues in _CUES.items()}  # each intent's whole pattern
_LIKE_REQUEST_RE = re.compile(_LIKE_REQUEST)
_LIKE_PHRASES_RE = re.compile(_LIKE_PHRASES)
_LIKE_REQUEST_OPENED = re.compile(_LIKE_REQUEST_OPENING.replace("^|", "") + r"\Z")  # what precedes a request


def _asks_for_likes(t: str):
    """``asks_for_likes``' regex, four times faster: as written, its opening alternation is tried at
    every position; here the engine jumps to each "like"/"thumbs up" request and then looks back."""
    if _like_phrase_at_words(t) if len(t) > _LONG_TEXT else _LIKE_PHRASES_RE.search(t):
        return True
    pos = 0
    while (m := _LIKE_REQUEST_RE.search(t, pos)) is not None:
        start = m.start()
        if start == 0 or _LIKE_REQUEST_OPENED.search(t, max(0, start - 8), start):
            return True
        pos = start + 1
    return False


def _at_words(pattern: re.Pattern, words: tuple[str, ...]):
    """A test of an anchored cue: the pattern tried where each of its words occurs, and only there."""
    match = pattern.match  # (match at pos sees the text before pos: \b and lookbehinds hold)

    def test(t: str) -> bool:
        for word in words:
            pos = t.find(word)
            while pos >= 0:
                if match(t, pos):
                    return True
                pos = t.find(word, pos + 1)
        return False

    return test


# Texts longer than this try anchored cues only at their words: the pattern searched from every
# position costs more there than finding each word (shorter texts: the other way round).
_LONG_TEXT = 200
# Every like phrase starts with one of these words.
_like_phrase_at_words = _at_words(_LIKE_PHRASES_RE, ("like", "thumb", "give", "how many"))


def _cue_tests(name: str, rx: str, words: tuple[str, ...], anchored: bool):
    """(search, the anchored test or None) of a cue, its pattern compiled once for both.
    asks_for_likes runs as _asks_for_likes: its written pattern is never compiled."""
    if name == "asks_for_likes":
        return _asks_for_likes, None
    pattern = re.compile(rx)
    return pattern.search, (_at_words(pattern, words) if anchored else None)


# (token, words, search, the anchored test or None)
_INTENT_SEARCH = [
    (f"_{name}_", words, *_cue_tests(name, rx, words, anchored))
    for name, cues in _CUES.items()
    for rx, words, anchored in cues
]
# Whether a short text holds any cue's word at all, in one search in C: more than half of them hold none,
# and are then spared looking for each of the 46 words in turn.
_ANY_CUE_WORD = re.compile(alternation({word for _, words, _, _ in _INTENT_SEARCH for word in words}))
INTENT_WORDS = {
    "asks_for_likes": "asking for likes",
    "asks_for_subscribers": "asking for subscribers",
    "promotes_own_content": "promoting their own channel or site",
    "sends_readers_elsewhere": "sending readers elsewhere",
    "money_offer": "a money offer",
    "asks_to_follow": "asking to be followed",
    "sells_something": "selling something",
    "begs_for_action": "begging for votes, shares or views",
}


# What spam needs to pay off: a way to reach the sender or their page. A comment with none of these
# (no link, shortened link, phone number or e-mail address in the text, and
# no channel, handle or site of their own) gains its sender nothing where readers can see it, and is
# most often a reader's own words in phrases the training data knows from spam ("I'll check out the
# new library", "please share this with anyone near the river"): the model alone holds such a comment
# for a person and never files it as spam, where nobody would read it. Measured on the training data
# (in-sample, model spam-2026.12.02-5, spam at 0.9): 153 of 654 YouTube spams filed as spam lead nowhere ("hi
# guys check my youtube channel") and are held instead; so are 20 of 28 blog spams (support lines
# spelled without digits) and 94 of 517 SMS spams (premium short codes).
_REACHING_INTENTS = frozenset({"_promotes_own_content_", "_asks_to_follow_", "_asks_for_subscribers_"})
_REACHING_UNSENT = _REACHING_INTENTS - {"_promotes_own_content_"}  # one's own site named, nobody sent there
# A commenter's own place on a platform, where a reader who reads its name finds the link: "details on my
# profile", "one video on my channel". Naming it points there; naming one's blog or shop tells a story.
_OWN_PLATFORM_PLACE = re.compile(r"\b(?:my|our) (?:new |own )?(?:profile|page|bio|channel|account|playlist)\b")


# A North American number as readers give one for a food pantry, a town office, an event or a lost dog:
# ten digits grouped 3-3-4 behind an area code (which never starts with 0 or 1), with no "+" country code
# before it, not toll-free. Every phone number in the training data is a UK premium line from SMS spam,
# so the model files such a comment as spam ("The senior center is hosting free tax prep through AARP
# every Tuesday. Call 555-318-9020 to book a slot" at 0.95); the spams that give one sell something or
# offer money ("Hiring now!! $45/hr ... Text (929) 555-0177"), and those intents still lead somewhere.
# Toll-free lines stay: tech-support spam gives them ("QuickBooks Support Phone Number ☎ +1 800 ...").
_LOCAL_NUMBER = re.compile(r"(?<![\w+])(?:\(([2-9]\d\d)\)\s?|([2-9]\d\d)[\s.-])\d{3}[\s.-]\d{4}(?!\d)")
_TOLL_FREE = frozenset({"800", "888", "877", "866", "855", "844", "833"})
_SELLING_INTENTS = frozenset({"_money_offer_", "_sells_something_"})


def local_numbers(text: str) -> int:
    """How many local North American phone numbers (``_LOCAL_NUMBER``) a raw text gives."""
    count = 0
    for m in _LOCAL_NUMBER.finditer(text):
        if "+" not in text[max(0, m.start() - 4) : m.start()] and (m.group(1) or m.group(2)) not in _TOLL_FREE:
            count += 1
    return count


def leads_somewhere(signals: dict[str, float], found: Collection[str], normalized_text: str = "",
                    local_phones: int = 0) -> bool:
    """Whether a normalised text (its signals and ``intents``) gives readers a way to reach its sender.

    A text that sends readers to its author's page or profile ("my pics r on my profile, click my name",
    "check out my channel") leads somewhere: readers find the link there. Naming one's own blog or shop
    without sending anyone there does not: "I wrote about the HOA fight on my blog last month" and "I now
    run my own shop" were filed as spam at 0.99 and 0.96 when the model read the website. Naming one's
    profile, page or channel still does ("details on my profile"). (Eight QA probes: 4 genuine comments
    out of the spam folder, 2 of 365 spams held instead; the training data: 5 of 831 YouTube spams held
    instead of filed, such as "I made a gaming channel".)

    Phone numbers lead somewhere unless every one is a local number (``local_phones`` of them,
    ``local_numbers``) and the text neither sells, nor offers money, nor names an amount ("$45/hr")."""
    links = signals.get("urls", 0) + signals.get("shorteners", 0)
    phones = signals.get("phones", 0)
    if phones and local_phones >= phones and not signals.get("money") and _SELLING_INTENTS.isdisjoint(found):
        phones = 0
    if links > 0 or phones or signals.get("emails"):
        return True
    pointed = "_sends_readers_elsewhere_" in found or (
        "_promotes_own_content_" in found and _OWN_PLATFORM_PLACE.search(normalized_text) is not None
    )
    return not (_REACHING_INTENTS if pointed else _REACHING_UNSENT).isdisjoint(found)


# Model files since spam-2026.11.27-5 weigh each intent as a signal of its own ("intent:<name>" in
# "signals", with "intents": "signals" in the file), present or absent whatever the length of the
# comment; older files weigh them among the word n-grams, scaled by 1/sqrt(number of n-grams).
INTENT_SIGNAL = {f"_{name}_": f"intent:{name}" for name in _INTENTS}


# An ask denied is no ask: "I can't just go make more money", "please let's not share the boy's name",
# "please don't share this" (readers' words the model held as spam, blind probe 36). The verb after a
# negation (and the words that only put it off: "just", "go", "even") is taken out before the cues are
# read. "Why not make money from home?" is a pitch, and stays; so is reverse psychology ("Please DON'T like
# this comment if ...", "don't subscribe"): likes, follows, clicks and views are never taken out.
# (Written so that the engine can skip to a negation's first letter; "why not" is let stand by ``_undenied``.)
_DENIED_ASK = re.compile(
    r"((?:n't|(?:dont|cant|wont|didnt|doesnt|cannot|never|not)\b)(?: (?:just|go|even|ever|really|simply))* )"
    r"(?:make|makes|making|earn|earns|earning|win|share|vote|buy|order)\b"
)


def _undenied(t: str) -> str:
    """The normalised text with each denied ask's verb taken out (``_DENIED_ASK``). Most texts deny
    nothing, or deny no such verb: a negation and a verb are looked for in C first."""
    if not ("n't" in t or "nt " in t or "not " in t or "never " in t):
        return t
    if not ("mak" in t or "earn" in t or "win" in t or "share" in t or "vote" in t or "buy" in t or "order" in t):
        return t
    return _DENIED_ASK.sub(lambda m: m.group(0) if t.endswith("why ", 0, m.start()) else m.group(1), t)


def intents(normalized_text: str) -> list[str]:
    """Pseudo-tokens ("_asks_for_likes_") for each spam intent the normalised text shows."""
    if len(normalized_text) <= _LONG_TEXT and _ANY_CUE_WORD.search(normalized_text) is None:
        return []  # (a long text nearly always holds one of the words: not asked there)
    t = _undenied(normalized_text)
    out: list[str] = []
    long = len(t) > _LONG_TEXT
    for token, words, search, at_words in _INTENT_SEARCH:
        if out and out[-1] == token:
            continue  # an earlier cue showed this intent
        if long and at_words is not None:
            if at_words(t):
                out.append(token)
            continue
        for word in words:
            if word in t:  # the pattern runs only where one of its words is there
                if search(t):
                    out.append(token)
                break
    return out


def content_tokens(normalized_text: str | Normalized) -> list[str]:
    """The tokens the model reads: numbers (``_num_``) left out, so that a count, a year or a
    percentage is no evidence either way."""
    tokens = normalized_text.token_list if isinstance(normalized_text, Normalized) else None
    if tokens is None:
        tokens = tokenize(getattr(normalized_text, "text", normalized_text))
    return [t for t in tokens if t != NUMBER]


def _distinct_words(tokens: Sequence[str], min_len: int = 1) -> list[str]:
    return [t for t in dict.fromkeys(tokens) if len(t) >= min_len and t not in PLACEHOLDERS]


def featurize(
    text: str,
    char_min_word: int = CHAR_MIN_WORD,
    char_ngrams: tuple[int, int] = CHAR_NGRAMS,
    sources: frozenset[str] = REFERENCE_SOURCES,
) -> dict[str, float]:
    """Sparse features of one text, keys prefixed "w:" (word n-grams), "c:" (char n-grams), "s:" (signals).

    Training builds its matrix from this function; ``SpamModel`` computes the same dot product
    without materialising the dict.
    """
    norm = normalize(text[:MAX_CHARS], sources=sources)
    tokens = content_tokens(norm)
    features: dict[str, float] = {}
    wgrams = word_grams(tokens)
    found = intents(norm.text)
    if wgrams:
        scale = 1 / math.sqrt(len(wgrams))
        for g in wgrams:
            features["w:" + g] = scale
    counts: dict[str, int] = {}
    total = 0
    for word in _distinct_words(tokens, char_min_word):
        for g in char_grams(word, *char_ngrams):
            counts[g] = counts.get(g, 0) + 1
            total += 1
    if total:
        scale = 1 / math.sqrt(total)
        for g, c in counts.items():
            features["c:" + g] = c * scale
    for name, value in signal_features(norm.signals).items():
        features["s:" + name] = value
    for token in found:
        features["s:" + INTENT_SIGNAL[token]] = 1.0
    return features


# --------------------------------------------------------------------------------------------
# Inference




def _readable(tokens: Sequence[str]) -> str:
    return " ".join(map(_READABLE.get, tokens, tokens))  # each token, or what a placeholder stands for


class SpamModel:
    """A loaded model file. ``score`` is what the pipeline calls; ``predict_proba`` serves evaluation."""

    name = "model"

    def __init__(self, doc: dict, sources: frozenset[str] = REFERENCE_SOURCES) -> None:
        if doc.get("format") != FORMAT:
            raise ValueError(f"not a spam model file: format {doc.get('format')!r}, expected {FORMAT!r}")
        self.version: str = doc["version"]
        # Weights stay the file's integers; the scale multiplies sums, so loading builds nothing.
        self.scale = float(doc["scale"])
        self.bias = float(doc["bias"])
        self.calibration = tuple(doc.get("calibration", (1.0, 0.0)))
        self.words: dict[str, int] = doc["words"]
        self.chars: dict[str, int] = doc["chars"]
        self.signals: dict[str, float] = {k: v * self.scale for k, v in doc["signals"].items()}
        self.meta: dict = doc.get("meta", {})
        # Links to these hosts are citations, not links (``text.sources``).
        self.sources = sources
        # Models trained without single-word features weigh only placeholders and pairs.
        self._word_unigrams = bool(self.meta.get("config", {}).get("word_unigrams", True))
        self.intents_as_signals = doc.get("intents") == "signals"
        self.char_min_word = int(doc.get("char_min_word", 1))
        lo, hi = doc.get("char_ngrams", (2, 5))
        self._word_chars = CharGramWeights(self.chars, self.scale, _CACHE_LIMIT, int(lo), int(hi))
        # The word pairs' weights keyed by (word, word): ``explain`` looks up every pair of a
        # comment, and a tuple of two words hashes from their cached hashes, where "word word"
        # would be a new string to build and hash (a third of the pairs' time, for 3 ms more loading).
        self._pair_weights: dict[tuple[str, ...], int] = {
            tuple(g.split(" ")): w for g, w in self.words.items() if " " in g
        }


    def _parts(self, text: str):
        norm = normalize(text[:MAX_CHARS], sources=self.sources)
        tokens = content_tokens(norm)
        wgrams = word_grams(tokens)
        found = intents(norm.text)
        if not self.intents_as_signals:
            wgrams.update(found)
        wscale = 1 / math.sqrt(len(wgrams)) if wgrams else 0.0
        per_word = {w: self._word_chars(w) for w in _distinct_words(tokens, self.char_min_word)}
        ctotal = sum(n for _, n in per_word.values())
        cscale = 1 / math.sqrt(ctotal) if ctotal else 0.0
        sig = signal_features(norm.signals)
        return tokens, wgrams, wscale, per_word, cscale, sig, found

    def raw_score(self, text: str) -> float:
        _, wgrams, wscale, per_word, cscale, sig, found = self._parts(text)
        z = self.bias
        z += wscale * self.scale * sum(map(self.words.get, wgrams, repeat(0)))
        z += cscale * sum(s for s, _ in per_word.values())
        z += sum(self.signals.get(k, 0.0) * v for k, v in sig.items())
        if self.intents_as_signals:
            z += sum(self.signals.get(INTENT_SIGNAL[f], 0.0) for f in found)
        return z

    def probability(self, text: str) -> float:
        a, b = self.calibration
        return _sigmoid(a * self.raw_score(text) + b)

    def predict_proba(self, texts: Iterable[str]) -> list[float]:
        """Spam probability of each text (already joined with ``scoring_text`` when authors matter)."""
        return [self.probability(t) for t in texts]

    def explain(self, text: str, top: int = 2) -> tuple[float, list[tuple[str, float]]]:
        """The probability and the phrases (1-4 words) that pushed hardest towards the decision.

        Each phrase comes with its share of the raw score; signals like "a link" appear as
        phrases of their own.
        """
        p, chosen, _, _ = self._explain(text, top)
        return p, chosen

    def _explain(self, text: str, top: int, unquoted: int = 0) -> tuple[float, list[tuple[str, float]], bool, int]:
        """``explain``, whether the text leads somewhere (``leads_somewhere``), and how many local phone
        numbers it gives (``local_numbers``). No phrase is taken from the last ``unquoted`` tokens (the
        author's name: it counts, but "amanda" pushing towards a genuine comment tells a moderator nothing)."""
        norm = normalize(text[:MAX_CHARS], sources=self.sources)
        ntext = norm.text
        tokens = norm.token_list or ()
        if NUMBER in ntext:
            tokens = [t for t in tokens if t != NUMBER]
        found = intents(ntext)
        # The distinct tokens in the order they first occur, each with its first position (setdefault keeps the
        # first), in one pass in C: the order the contributions add up in, and where a phrase may start.
        first: dict[str, int] = {}
        list(map(first.setdefault, tokens, range(len(tokens))))
        distinct = first
        # Character n-grams: one contribution per distinct word, from the per-word cache.
        cache_get = self._word_chars._cache.get
        word_chars = self._word_chars
        min_len = self.char_min_word
        chits = [
            (w, cache_get(w) or word_chars(w)) for w in distinct if len(w) >= min_len and w not in PLACEHOLDER_SET
        ]
        ctotal = sum([hit[1] for _, hit in chits])
        cscale = 1 / math.sqrt(ctotal) if ctotal else 0.0
        contrib = {w: cscale * hit[0] for w, hit in chits}
        z = self.bias
        z += sum(contrib.values())
        # Word uni- and bigrams plus the intents, present/absent. Kept in text order (a dict, not a
        # set): the contributions then add up in the same order in every process, so that the same
        # comment always gets the same reasons (a set's order changes with the string hash seed).
        # Single words, pairs and intents never share a key (a pair is a tuple of two words, an
        # intent has underscores on both ends), so the three are counted apart and only the weighted ones looked up.
        pairs = dict.fromkeys(pairwise(tokens))
        as_signals = self.intents_as_signals
        n_grams = len(distinct) + len(pairs) + (0 if as_signals else len(found))
        wscale = 1 / math.sqrt(n_grams) if n_grams else 0.0
        words = self.words.get
        k = wscale * self.scale
        if self._word_unigrams:
            singles = distinct
        else:  # only the placeholders ("_url_") weigh as single words
            singles = [t for t in distinct if t[0] == "_"] if "_" in ntext else ()
        hits = [(g, w * k) for g in singles if (w := words(g))]
        pair_weight = self._pair_weights.get
        hits += [(g, w * k) for g in pairs if (w := pair_weight(g))]
        if not as_signals:
            hits += [(g, w * k) for g in found if (w := words(g))]
        z += sum([w for _, w in hits])
        get = contrib.get
        signal_parts: list[tuple[str, float]] = []
        for g, w in hits:
            if g in found:
                signal_parts.append((INTENT_WORDS[g.strip("_")], w))
            elif type(g) is tuple:
                a_, b_ = g
                contrib[a_] = get(a_, 0.0) + w / 2
                contrib[b_] = get(b_, 0.0) + w / 2
            else:
                contrib[g] = get(g, 0.0) + w
        signals = self.signals
        for name, v in signal_features(norm.signals).items():
            c = signals.get(name, 0.0) * v
            z += c
            if name in _SIGNAL_WORDS:
                signal_parts.append((_SIGNAL_WORDS[name], c))
        if as_signals:
            for f in found:
                c = signals.get(INTENT_SIGNAL[f], 0.0)
                z += c
                signal_parts.append((INTENT_WORDS[f.strip("_")], c))
        a, b = self.calibration
        p = _sigmoid(a * z + b)
        direction = 1.0 if p >= 0.5 else -1.0
        # Each distinct word counts once (at its first occurrence): repeats add nothing to the score.
        # Phrases start at one of the strongest words and run up to four words on.
        # (sorted is stable, as heapq.nlargest is: ties keep the order of ``contrib``.)
        strongest = sorted(contrib.items(), key=itemgetter(1), reverse=direction > 0)[: 2 * top + 2]
        candidates: list[tuple[float, int, int]] = []
        if strongest and direction * strongest[0][1] > 0:
            n = len(tokens) - unquoted
            for word, c in strongest:
                if direction * c <= 0:
                    break  # the rest push the other way
                i = first[word]
                if i >= n:
                    continue  # a word of the name only
                run = 0.0
                for j in range(i, min(i + 4, n)):
                    # A token's value: its contribution at its first occurrence, nothing at a repeat.
                    t = tokens[j]
                    v = direction * get(t, 0.0) if first[t] == j else 0.0
                    run += v
                    if v > 0:
                        candidates.append((run, i, j + 1))
            candidates.sort(reverse=True)
        chosen: list[tuple[str, float]] = []
        spans: list[tuple[int, int]] = []  # the chosen phrases do not overlap
        for value, i, j in candidates:
            if len(chosen) >= top:
                break
            for i2, j2 in spans:
                if i < j2 and i2 < j:
                    break
            else:
                spans.append((i, j))
                chosen.append((_readable(tokens[i:j]), value))
        # A signal joins the phrases where it pushes harder than the weakest of them (which one it joining
        # never changes: it pushes harder); without a phrase, the first signal sets that bar.
        weakest = min(v for _, v in chosen) if chosen else None
        for label, c in signal_parts:
            if direction * c > 0 and (weakest is None or direction * c > weakest):
                chosen.append((label, direction * c))
                if weakest is None:
                    weakest = direction * c
        chosen.sort(key=itemgetter(1), reverse=True)
        local = local_numbers(text) if norm.signals.get("phones") else 0
        return p, chosen[:top], leads_somewhere(norm.signals, found, norm.text, local), local

    def score(self, comment: CommentInput) -> list[Finding]:
        name = comment.author_name
        unquoted = len(content_tokens(normalize(name, sources=self.sources))) if name else 0
        p, phrases, leads, local = self._explain(scoring_text(comment.content, name), 2, unquoted)
        direction = "spam" if p >= 0.5 else "a genuine comment"
        if len(phrases) == 1:
            pushed = f'; "{phrases[0][0]}" pushes towards {direction}'
        elif phrases:
            pushed = '; "' + '" and "'.join([phrase for phrase, _ in phrases]) + f'" push towards {direction}'
        else:
            pushed = ""
        if leads:
            ceiling = None
            message = f"spam probability {p:.2f}{pushed}; model {self.version}"
        else:
            ceiling = Effect.HOLD
            if local:
                nowhere = ("; its only contact is a local phone number, as readers give for an office or an event, "
                           "and it names no price or pay, so it is held, not filed as spam")
            else:
                nowhere = "; it leads nowhere (no link, address, number or channel), so it is held, not filed as spam"
            message = f"spam probability {p:.2f}{pushed}{nowhere if p >= 0.5 else ''}; model {self.version}"
        return [
            Finding(self.name, Effect.NOTE, Reason("model", message), scores={"spam": round(p, 4)}, ceiling=ceiling)
        ]


def load_model(path: str | Path | None = None, sources: frozenset[str] = REFERENCE_SOURCES) -> SpamModel:
    with open(path or MODEL_PATH, encoding="utf-8") as f:
        return SpamModel(json.load(f), sources)


def load_scorer(path: str | Path | None = None, env: dict | None = None) -> SpamModel:
    """The scorer the pipeline runs (name "model"); loads ``models/spam.json`` unless told otherwise.
    Links to the site's own domains and the sources it adds (``cited_sources``) are citations, as links to
    reference sources are."""
    env = os.environ if env is None else env
    return load_model(path, cited_sources(env))


def score_texts(texts: Iterable[str], model: SpamModel | str | Path | None = None) -> list[float]:
    """Spam probabilities of many texts, for evaluation and comparison of model files."""
    if not isinstance(model, SpamModel):
        model = load_model(model)
    return model.predict_proba(texts)

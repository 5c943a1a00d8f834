"""Doxxing, held for a moderator whatever a score says: where a private person lives, works or goes to
school, or sends their children (``home_address``, ``whereabouts``); their private phone number or their
car's plate (``contact_details``), given with a call to harass them; or a call on readers to find out where
someone lives (``hunt_call``).

As with insults (see ``insults``), the Fox News comments the toxicity model learns from were labelled for
hate against groups, so setting readers on a person is no abuse the model was taught; these rules hold it.
They leave alone what the comment quotes to report or denies.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.language import FUNCTION_WORDS
from .incitement import _DETERMINERS, _ROLES, _SPEAKERS, _TARGETS, _called_for, _reported
from .remarks import _KIN_OF_SPEAKER, _PERSON, _WHOSE, _WOMEN, _YOU, _by_first_word, _denied

# Where a private person lives, posted for others to go there: "Here's where the 'victim' lives: 14 Grange
# Avenue", "found the reporter's home address, it's 22 Oakfield Close". Both must be there: a street
# address (a house number, a name, a word for a street) and words that say someone lives at it. The
# house number is a "_num_" token (``normalize`` keeps where a number was, not which), so "the fire at
# 14 Mill Street" and "the empty shop at 3 High St" (no one said to live there), "I live at 5 Elm Road"
# (the speaker's own) and "Number 10 Downing Street" (a public address) are left alone.
_STREET_TYPES = frozenset(
    {
        "street", "st", "avenue", "ave", "road", "rd", "close", "lane", "ln", "drive", "dr", "court", "ct", "way",
        "crescent", "cres", "place", "pl", "boulevard", "blvd", "terrace", "gardens", "grove", "mews", "row",
        "square", "sq", "parade", "walk", "rise", "circle", "parkway", "highway", "hwy", "trail", "wynd",
    }
)
# Words that name no street: "lives 2 doors down the road", "5 minutes from Mill Lane".
_NOT_STREET_NAMES = FUNCTION_WORDS | _STREET_TYPES | frozenset(
    {
        "down", "along", "off", "near", "past", "round", "around", "across", "doors", "houses", "streets", "blocks",
        "miles", "mile", "minutes", "mins", "minute", "hours", "yards", "metres", "meters", "feet", "km", "times",
        "years", "days", "weeks", "people", "cars", "homes", "flats", "of", "the", "a",
    }
)
_PUBLIC_ADDRESSES = frozenset({("downing", "street"), ("pennsylvania", "avenue"), ("baker", "street"), ("baker", "st")})
# "she lives", "where they live", "her home address", "his house is at"
_RESIDES = frozenset({"lives", "living", "resides", "reside"})
_NOT_RESIDENT = frozenset(
    {"their", "our", "your", "my", "his", "her", "many", "save", "saved", "saves", "lost", "ruin", "ruined", "ruins",
     "innocent", "human", "whose", "people", "s", "the", "these", "those", "two", "three", "nine"}
)
_HOME_NOUNS = frozenset({"house", "home", "flat", "place", "address", "gaff", "apartment", "bungalow", "cottage"})
_WHOSE_HOME = frozenset({"his", "her", "their", "s", "home", "real", "private", "personal", "current"})
_INSTITUTIONS = frozenset(
    {"council", "company", "shop", "store", "office", "church", "school", "station", "library", "club", "pub",
     "restaurant", "cafe", "business", "hospital", "surgery", "police", "court", "venue", "hall", "theatre",
     "museum", "centre", "center", "firm", "charity", "bank", "hotel", "website", "event", "meeting", "party", "mp"}
)
_ADDRESS_BEFORE, _ADDRESS_AFTER = 10, 6


def _house_number(tokens: Sequence[str], k: int) -> bool:
    t = tokens[k]
    return t == "_num_" or (t[:1].isdigit() and t.rstrip("abcdefgh").isdigit() and len(t) <= 5)


def _street_at(tokens: Sequence[str], k: int) -> int | None:
    """Where a house number at k starts a street address ("14 Grange Avenue", "221b Baker St"), the
    index of its street word, or None."""
    n = len(tokens)
    if not _house_number(tokens, k):
        return None
    j = k + 1 + (k + 1 < n and len(tokens[k + 1]) == 1 and tokens[k + 1] in "abcdefgh")  # "221 b"
    for end in range(j + 1, min(j + 4, n)):
        if tokens[end] in _STREET_TYPES:
            names = tokens[j:end]
            if all(w.isalpha() and w not in _NOT_STREET_NAMES for w in names) and tuple([*names[-1:], tokens[end]]) not in _PUBLIC_ADDRESSES:
                return end
            return None
        if not tokens[end].isalpha() or tokens[end] in _NOT_STREET_NAMES:
            return None
    return None


def _residence_cue(tokens: Sequence[str], k: int) -> bool:
    """Whether the word at k says that someone other than the speaker lives somewhere."""
    word = tokens[k]
    before = tokens[max(0, k - 2) : k]
    if word in _RESIDES or word == "live":
        if not before or before[-1] in _NOT_RESIDENT or before[-1] in _SPEAKERS or before[-1] in ("m", "re", "am"):
            return False
        if word == "live" and before[-1] not in ("they", "you", "who", "family", "kids", "parents", "where"):
            return False
        # "my mum lives at ...": the speaker's own family
        return not (before[-1] in _KIN_OF_SPEAKER and before[0] in ("my", "our"))
    if word in _HOME_NOUNS and before:
        owner = before[-1]
        if owner == "s" and len(before) == 2 and before[0] in _INSTITUTIONS:  # "the council's address"
            return False
        if owner in _WHOSE_HOME and not (owner == "home" and before[0] in ("my", "our")):
            return word == "address" or tokens[k + 1 : k + 2] in (["is"], ["s"], ["at"], ["on"])
    return False


# "The man who lives at 3 Mill Lane was rescued": a relative clause that tells of an event there.
_EVENT_AFTER = frozenset({"was", "were", "has", "had", "died", "said", "says", "told", "got", "suffered"})


def _tells_of_event(tokens: Sequence[str], c: int, end: int) -> bool:
    """Whether the residence cue at c opens a relative clause ("who lives at ...") whose address at
    ``end`` is followed by what happened ("... was rescued")."""
    return c > 0 and tokens[c - 1] in ("who", "that") and any(t in _EVENT_AFTER for t in tokens[end + 1 : end + 3])


def _shown(words: Sequence[str]) -> str:
    """Words quoted in a reason, a number or phone number shown as such."""
    return " ".join("[number]" if t == "_num_" else "[phone number]" if t == "_phone_" else t for t in words)


def home_address(tokens: Sequence[str]) -> str | None:
    """The words of the first street address that a comment says someone lives at, or that it gives with
    a call to harm ("The guy who ran over the dog is Brian Tessler, 2211 Oakview Dr ... Make his life hell."),
    or None."""
    hostile, looked = None, False  # the call found once, for the few comments with an address
    for k, word in enumerate(tokens):
        if word != "_num_" and not word[:1].isdigit():
            continue
        end = _street_at(tokens, k)
        if end is None:
            continue
        for c in range(max(0, k - _ADDRESS_BEFORE), min(len(tokens), end + 1 + _ADDRESS_AFTER)):
            if not k <= c <= end and _residence_cue(tokens, c) and not _tells_of_event(tokens, c, end):
                start, last = min(c, k), max(c, end)
                if c < k and tokens[c - 1 : c] and tokens[c - 1] in ("home", "where"):
                    start -= 1
                return _shown(tokens[start : last + 1])
        if not looked:
            hostile, looked = _hostile_call(tokens), True
        if hostile is not None and not _reported(tokens, k):
            return _shown(tokens[k : end + 1]) + " ... " + " ".join(tokens[hostile[0] : hostile[1] + 1])
    return None


# Where a private person works or their children go to school, posted to set readers on them: "The
# 'anonymous' complainant is Sarah Liu, she works at the dental office on 3rd and her kids go to Westview
# Elementary. Make her famous." Both must be there: the whereabouts of someone other than the speaker,
# and the comment setting readers on them ("you know what to do", "get her fired") or unmasking them
# ("the 'anonymous' complainant"). "Sarah Liu works at the dental office on 3rd and she's wonderful with
# kids" is praise, and "my sister works at the library" the speaker's own family. "Make him famous" may
# praise too ("he works at the hospital and saved my father's life, make him famous!"): it sets readers
# on a person only with their children's school.
_EMPLOYED = frozenset({"works", "working", "employed"})
# A child's own school, given to set readers on the child: "The kid who filmed the fight goes to Westbrook
# Middle ... Someone should teach him a lesson." Only a call to harm counts there: "the boy who won the
# spelling bee goes to Westbrook Middle, make him famous!" praises him.
_SCHOOLS = frozenset({"school", "elementary", "middle", "high", "academy", "prep", "primary", "secondary", "junior"})
_PUPIL_SPAN = 7
_AT = frozenset({"at", "for", "in"})
_CHILDREN = frozenset({"kids", "children", "kid", "son", "daughter", "sons", "daughters", "boy", "girl"})
_SCHOOLED = frozenset({"go", "goes", "attend", "attends"})
_MADE_FAMOUS = (("make", "her", "famous"), ("make", "him", "famous"), ("make", "them", "famous"))
# Calls that set readers on a person to harm them, whatever else the comment says of them: "make his life
# hell", "someone should teach him a lesson". (Not "you know what to do", which may send readers to buy: "Tony's
# Pizza, 22 Main St. You know what to do!")
_HOSTILE_CALLS = (
    *((verb, whom, *rest) for whom in ("her", "him", "them") for verb, *rest in (("pay", "a", "visit"), ("teach", "a", "lesson"))),
    *((verb, whose, *rest) for whose in ("her", "his", "their") for verb, *rest in (("ruin", "life"), ("make", "life", "hell"), ("make", "life", "miserable"))),
    *(("show", "up", "at", whose) for whose in ("her", "his", "their")),
    # "go visit", "let him know how we feel", "go flood her page"
    ("go", "visit"), *(("let", whom, "know", "how") for whom in ("her", "him", "them")), *(("flood", whose, "page") for whose in ("her", "his", "their")),
)
_SET_ON = (
    *_MADE_FAMOUS, ("you", "know", "what", "to", "do"), *_HOSTILE_CALLS,
    ("get", "her", "fired"), ("get", "him", "fired"), ("get", "them", "fired"), ("call", "her", "boss"), ("call", "his", "boss"),
    ("call", "her", "employer"), ("call", "his", "employer"), ("contact", "her", "employer"), ("contact", "his", "employer"),
    *((verb, whom, *rest) for whom in ("her", "him", "them") for verb, *rest in (("let", "know", "what", "you", "think"), ("tell", "what", "you", "think"))),
)
_SET_ON_BY_FIRST = _by_first_word(_SET_ON)
# Insinuations that set readers on a person without saying how ("just putting it out there", "you all know
# what to do"): they count after a child's school given with when the child is picked up ("That protester's
# kid goes to Lakeview Elementary, gets picked up at 3:15 every day in a white Honda Pilot. Just putting it out
# there"), and after someone else's plate. Said of a workplace they may recommend: "she works at the dental
# office on 3rd, she's great. Just putting it out there."
_INSINUATIONS = (
    ("just", "putting", "it", "out", "there"), ("putting", "this", "out", "there"), ("just", "saying"), ("you", "all", "know", "what", "to", "do"),
    ("y", "all", "know", "what", "to", "do"), ("you", "know", "what", "to", "do"), ("do", "with", "that", "what", "you", "will"),
)
_INSINUATIONS_BY_FIRST = _by_first_word(_INSINUATIONS)
# When a child is to be found: "gets picked up at 3:15", "dropped off every morning".
_PICKED = frozenset({"picked", "pickup", "collected", "dropped"})


def _insinuation_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an insinuation of ``_INSINUATIONS`` at i, not denied; else None."""
    for phrase in _INSINUATIONS_BY_FIRST.get(tokens[i], ()):
        if tuple(tokens[i : i + len(phrase)]) == phrase and not _denied(tokens, i):
            return i, i + len(phrase) - 1
    return None
_HOSTILE_BY_FIRST = _by_first_word(_HOSTILE_CALLS)


def _hostile_call(tokens: Sequence[str]) -> tuple[int, int] | None:
    """(start, end) of the first call in the comment to harm a person ("make his life hell"), or None."""
    for i, word in enumerate(tokens):
        for phrase in _HOSTILE_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase and not _denied(tokens, i):
                return i, i + len(phrase) - 1
    return None


_UNMASKED = frozenset({"anonymous", "anon"})
_WHEREABOUTS_SPAN = 5
# What ends the place named: "she works at the dental office on 3rd (and ...)", "... clerk (get her fired)".
_PLACE_ENDS = frozenset({"and", "but", "so", ".", "!", "?", "her", "his", "she", "he", "they", "you", "if", "who", "where"}) | {
    p[0] for p in _SET_ON
}


def _place_end(tokens: Sequence[str], j: int) -> int:
    """The index of the last word of the place whose name starts at j, at most ``_WHEREABOUTS_SPAN`` words on."""
    end = j
    while end + 1 < len(tokens) and end + 1 < j + _WHEREABOUTS_SPAN and tokens[end + 1] not in _PLACE_ENDS:
        end += 1
    return end


def _whereabouts_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of words at i that say where someone else works ("she works at the dental office") or
    their children go to school ("her kids go to Westview Elementary"); else None."""
    n = len(tokens)
    word = tokens[i]
    if word in _EMPLOYED and tokens[i + 1 : i + 2] and tokens[i + 1] in _AT and i > 0:
        subject = tokens[i - 1]
        if subject in _SPEAKERS or subject in _YOU or subject in ("m", "am") or (subject in _KIN_OF_SPEAKER and tokens[i - 2 : i - 1] in (["my"], ["our"])):
            return None
        return (i - 1, _place_end(tokens, i + 2)) if i + 2 < n else None
    if word in _CHILDREN and i > 0 and tokens[i - 1] in _WHOSE and tokens[i + 1 : i + 2] and tokens[i + 1] in _SCHOOLED:
        j = i + 2 + (tokens[i + 2 : i + 3] == ["to"])
        return (i - 1, _place_end(tokens, j)) if j < n else None
    if word in _SCHOOLED and i > 0:
        # the pupil's own: "the kid who filmed the fight goes to Westbrook Middle" (not "my son goes to ...")
        j = i + 1 + (tokens[i + 1 : i + 2] == ["to"])
        end = _place_end(tokens, j) if j < n else j
        if j >= n or not any(t in _SCHOOLS for t in tokens[j : end + 1]):
            return None
        for k in range(i - 1, max(-1, i - _PUPIL_SPAN), -1):
            if tokens[k] in _CHILDREN or tokens[k] in ("he", "she"):
                owner = tokens[k - 1] if k else ""
                return None if owner in ("my", "our") or owner in _WHOSE else (k - (owner in _DETERMINERS), end)
            if tokens[k] in _SPEAKERS or tokens[k] in _YOU:
                return None
    return None


_WHEREABOUTS_CUES = _EMPLOYED | _CHILDREN | _SCHOOLED | _UNMASKED | _PICKED | frozenset(_SET_ON_BY_FIRST) | frozenset(_INSINUATIONS_BY_FIRST)


def whereabouts(tokens: Sequence[str]) -> str | None:
    """The words that set readers on a private person whose workplace, children's school or own school the
    comment gives, or None."""
    found = called = None
    unmasked = school = pupil = picked = False
    for i, word in enumerate(tokens):
        if word not in _WHEREABOUTS_CUES:  # most words
            continue
        at = _whereabouts_at(tokens, i) if word in _EMPLOYED or word in _CHILDREN or word in _SCHOOLED else None
        if at is not None:
            found = found or at
            school = school or word in _CHILDREN  # a parent's children: "make him famous" sets readers on them
            pupil = pupil or word in _CHILDREN or word in _SCHOOLED  # a child's school
        picked = picked or (word in _PICKED and (word == "pickup" or tokens[i + 1 : i + 2] in (["up"], ["off"])))
        if pupil and picked and called is None and word in _INSINUATIONS_BY_FIRST:
            insinuated = _insinuation_at(tokens, i)
            called = (*insinuated, False) if insinuated is not None else None
        unmasked = unmasked or word in _UNMASKED
        for phrase in _SET_ON_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase and (called is None or called[2]):
                called = (i, i + len(phrase) - 1, phrase in _MADE_FAMOUS)
        if found is not None and ((called is not None and (school or not called[2])) or unmasked):
            if _denied(tokens, found[0]) or _reported(tokens, found[0]):
                return None
            where = _shown(tokens[found[0] : found[1] + 1])
            return where if called is None else where + " ... " + " ".join(tokens[called[0] : called[1] + 1])
    return None


# A private person's phone number or a car's plate, posted for readers to harass them: "Here's the judge's
# personal cell, 555-291-7734. Let's all give him a call at 2am", "drives a gray F-150 plate KLM-4471. Make
# his life hell." A number of someone's own line (personal, private, home) must come with a call to ring it,
# a cell's with a call to harass ("let's all", "everyone", "blow up his phone"), and a plate with a call to
# harm ("make his life hell"). "Call the mayor's office at 555-...", "Joe's Plumbing, his cell is 555-...,
# give him a call" and "let's all look out for plate ABC 123 and call the police" set no one on anyone.
_PRIVATE_LINES = frozenset({"personal", "private", "home", "unlisted", "direct"})
_LINES = _PRIVATE_LINES | frozenset({"cell", "cellphone", "mobile", "phone", "number"})
_PLATES = frozenset({"plate", "plates", "reg", "registration", "tag", "tags"})
_CALLED_WHOM = frozenset({"him", "her", "them"})
# Calls to ring a number: "give him a call", "call her", "text them".
_RING = (*(("give", w, "a", "call") for w in _CALLED_WHOM), *(("call", w) for w in _CALLED_WHOM), *(("text", w) for w in _CALLED_WHOM))
# Calls to harass: "let's all (give him a call)", "everyone call him", "blow up his phone".
_HARASS = (
    ("let", "s", "all"), ("everyone", "call"), ("everybody", "call"), ("everyone", "text"), ("all", "call", "him"), ("all", "call", "her"),
    *(("blow", "up", w, "phone") for w in ("his", "her", "their")), *(("flood", w, "phone") for w in ("his", "her", "their")),
    *(("spam", w) for w in ("him", "her", "his", "their")), ("middle", "of", "the", "night"), ("blow", "it", "up"), *_HOSTILE_CALLS,
)
_HOSTILE_SET = frozenset(_HOSTILE_CALLS)
_RING_BY_FIRST = _by_first_word(_RING)
_HARASS_BY_FIRST = _by_first_word(_HARASS)
_CONTACT_SPAN = 6


def _line_owned(tokens: Sequence[str], k: int) -> tuple[int, bool] | None:
    """Where the phone number at k is said to be someone else's line ("the judge's personal cell", "his home
    number"), the index of the first word saying so and whether the line is private; else None. A line not
    said to be private must be a person's ("his cell", "the reporter's number"; not "the clinic's number")."""
    start = private = None
    for m in range(k - 1, max(-1, k - _CONTACT_SPAN), -1):
        t = tokens[m]
        if t in _LINES:
            start, private = m, private or t in _PRIVATE_LINES
        elif t in ("my", "our", "office", "offices", "hotline", "helpline", "line", "desk", "reception", "switchboard") or t in _INSTITUTIONS:
            return None
        elif start is not None and t in _WHOSE:
            return m, bool(private)
        elif start is not None and t == "s" and m > 0 and tokens[m - 1] not in _INSTITUTIONS:
            owner = tokens[m - 1]
            if private or owner in _ROLES or owner in _TARGETS or owner in _PERSON or owner in _WOMEN or owner in _KIN_OF_SPEAKER:
                return m - 1, bool(private)
            return None
    return None


def _plate_at(tokens: Sequence[str], k: int) -> int | None:
    """Where "plate" at k is followed by a registration ("plate KLM-4471"), the index of its last part."""
    for m in range(k + 1, min(k + 4, len(tokens))):
        if tokens[m] == "_num_" or any(c.isdigit() for c in tokens[m]):
            return m
    return None


def contact_details(tokens: Sequence[str]) -> str | None:
    """The words that post someone's private phone number or car plate with a call to harass them, or None."""
    if "_phone_" not in tokens and _PLATES.isdisjoint(tokens):  # in C: most comments give neither
        return None
    line = plate = None  # (start, end, private), (start, end)
    ring = harass = hostile = None
    for i, word in enumerate(tokens):
        if line is None and word == "_phone_":
            owned = _line_owned(tokens, i)
            if owned is not None and not _denied(tokens, owned[0]) and not _reported(tokens, owned[0]):
                line = (owned[0], i, owned[1])
        elif plate is None and word in _PLATES and i > 0:
            end = _plate_at(tokens, i)
            # someone else's car: "my car was stolen, plate ABC 123, you know what to do" asks for help
            own = any(t in ("my", "our", "mine", "stolen") for t in tokens[max(0, i - 8) : i])
            if end is not None and not _reported(tokens, i):
                plate = (i, end, own)
        if plate is not None and not plate[2] and hostile is None and word in _INSINUATIONS_BY_FIRST:
            hostile = _insinuation_at(tokens, i)  # "plate 7KLM221. You all know what to do."
        for phrase in _RING_BY_FIRST.get(word, ()):
            if ring is None and tuple(tokens[i : i + len(phrase)]) == phrase:
                ring = (i, i + len(phrase) - 1)
        for phrase in _HARASS_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase and not _denied(tokens, i):
                harass = harass or (i, i + len(phrase) - 1)
                hostile = hostile or ((i, i + len(phrase) - 1) if phrase in _HOSTILE_SET else None)
        call = harass or (ring if line is not None and line[2] else None)
        given, call = (line, call) if line is not None and call is not None else (plate, hostile)
        if given is not None and call is not None:
            return _shown(tokens[given[0] : given[1] + 1]) + " ... " + " ".join(tokens[call[0] : call[1] + 1])
    return None


# A call on readers to find where a person lives or works: "somebody should find out where that activist lives",
# "someone find where this sicko lives", "let's find out where he works". Said by "someone", as an obligation or
# an order. Not the reader's own representative ("find out where your MP works and write to them"), nor where
# the speaker or the reader lives ("I'll find out where you live" is ``threats``'s).
_SEEKERS = frozenset({"somebody", "someone", "anybody", "anyone"})
_SOUGHT = frozenset({"lives", "live", "works", "sleeps", "stays", "parks"})
_NOT_SOUGHT = frozenset({"i", "we", "you", "u", "your", "ur", "my", "our"})
_SOUGHT_SPAN = 6


def hunt_call(tokens: Sequence[str]) -> str | None:
    """The words that call on readers to find where someone lives or works, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        if word not in ("find", "finds"):  # ("hope someone finds out where he lives")
            continue
        j = i + 1 + (tokens[i + 1 : i + 2] == ["out"])
        if tokens[j : j + 1] != ["where"] or j + 1 >= n or tokens[j + 1] in _NOT_SOUGHT:
            continue
        k = next((m for m in range(j + 2, min(j + 2 + _SOUGHT_SPAN, n)) if tokens[m] in _SOUGHT), None)
        if k is None:
            continue
        seeker = next((m for m in range(max(0, i - 3), i) if tokens[m] in _SEEKERS), None)
        start = seeker if seeker is not None else i
        if (seeker is not None or _called_for(tokens, i)) and not _denied(tokens, start) and not _reported(tokens, start):
            return " ".join(tokens[start : k + 1])
    return None

"""Sexual harassment, held for a moderator whatever a score says: ``sexual_harassment`` ("I'd love to bend
her over my desk", "she only got the job because she's sleeping with the editor"), said of the reporter
or of anyone.

As with insults (see ``insults``), the Fox News comments the toxicity model learns from were labelled for
hate against groups, so a sexual remark about a person is no abuse the model was taught; this rule holds
it. It leaves alone what the comment quotes to report ("he said he'd love to bend her over his desk, and
he was fired") or denies.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incitement import _SPEAKERS, _reported, word_before
from .remarks import (
    _DEMONSTRATIVES,
    _KIN_OF_SPEAKER,
    _PET_NAMES,
    _SAID_TO_BE,
    _SENTENCE_ENDS,
    _TO_SPEAKER,
    _WOMEN,
    _denied,
    _named_at,
    _ordered,
)

# Sexual remarks about a person, the reporter or a reader: the speaker's wish to do something sexual
# to her or him ("I'd love to bend her over my desk", "I'd bang her"), or a demand to see their body.
# ("screw" is left out: "I'd screw them on the deal" cheats.)
_SEX_ACTS = frozenset({"fuck", "bang", "shag", "hump", "grope", "rape", "molest", "rail"})
_SEX_OBJECTS = frozenset({"her", "him", "you", "u", "them", "em"})
# After the object, words that make the verb a figure of speech: "fuck him up", "bang them out".
_NOT_SEXUAL_AFTER = frozenset({"over", "up", "around", "off", "out"})
_DESIRES = frozenset({"love", "like", "want", "wanna", "gladly", "totally", "definitely", "so", "would"})
_BODY = frozenset({"tits", "titties", "boobs", "boobies", "bum", "arse", "nips", "nipples"})
_TO_DESIRER = _DESIRES | _TO_SPEAKER


def _desirer_at(tokens: Sequence[str], i: int) -> int | None:
    """The index of the "I" (or "we") whose wish the verb at i is: "I'd love to", "I would", "I wanna"."""
    k = word_before(tokens, i, _TO_DESIRER)
    return k if k >= 0 and k < i - 1 and tokens[k] in _SPEAKERS else None


def _sexual_object(tokens: Sequence[str], j: int) -> int | None:
    """The index of the last word of the person that the words from j name ("her", "that reporter")."""
    return _named_at(tokens, j, _SEX_OBJECTS, _WOMEN)


_LAID_PEOPLE = frozenset({"you", "u", "she", "he", "her", "him"})


def _sexual_demand(tokens: Sequence[str], i: int) -> int | None:
    """Where the word at i starts "send (me) nudes" or says that a person needs to "get laid" ("you'd
    be less bitter if you got laid"), the index of the last word of it, or None."""
    if tokens[i] in ("send", "dm", "show", "post"):
        k = i + 1 + (tokens[i + 1 : i + 2] in (["me"], ["us"]))
        k += tokens[k : k + 1] in (["your"], ["ur"], ["some"])  # "DM me your nudes"
        if tokens[k : k + 2] == ["a", "nude"]:
            return k + 1  # "hey sarah dm me a nude"
        if tokens[k : k + 1] in (["pics"], ["pictures"], ["photos"], ["pix"]) and tokens[i] in ("send", "dm"):
            # "send pics sweetheart", "DM me your pics babe": to a woman, with a pet name ("send pics of the flood damage" is news)
            return next((m for m in range(k + 1, min(k + 3, len(tokens))) if tokens[m] in _PET_NAMES), None)
        return k if tokens[k : k + 1] == ["nudes"] or (tokens[i] in ("dm", "show") and tokens[k : k + 1] and tokens[k] in _BODY) else None
    said_of = tokens[max(0, i - 5) : i - 1]  # "you'd be less bitter if you got laid", not "I finally got laid"
    if tokens[i + 1 : i + 2] in (["off"], ["out"], ["down"], ["to"], ["up"], ["bare"], ["waste"], ["low"], ["on"], ["into"]):
        return None  # "she got laid off", "laid to rest", "laid bare"
    if tokens[i - 1 : i] in (["get"], ["got"], ["getting"]) and any(t in _LAID_PEOPLE for t in said_of) and not any(t in _SPEAKERS for t in said_of[-2:]):
        return i
    return None


# Remarks on a woman's body or sex life that need no wish of the speaker's: "nice rack on the reporter",
# "bet she'd be fun in bed", "smile more, sweetheart", "DM me and I'll show you what a real man can do",
# "she only got the job because she's sleeping with the editor", "must have slept with the editor to get this job".
_IN_BED = frozenset(
    {"good", "great", "fun", "amazing", "wild", "fantastic", "freak", "tiger", "beast", "kinky", "naughty", "awesome", "bad", "terrible", "lousy"}
)
_IN_BED_PEOPLE = frozenset({"she", "he", "you", "u"})
_SMILED = frozenset({"more", "for", "sometime", "sometimes"})
_SLEPT_WITH = frozenset({"sleeping", "sleeps", "slept", "screwing", "banging"})
# Whom a woman is said to sleep with for her job: someone over her at work.
_BOSSES = frozenset(
    {"editor", "boss", "producer", "publisher", "manager", "director", "owner", "ceo", "chief", "anchor", "professor", "coach", "mayor", "senator", "governor", "minister"}
)
_JOBS = frozenset({"job", "promotion", "position", "gig", "column", "role", "raise", "seat", "post", "show", "contract", "scoop", "interview", "byline"})
_JOB_SPAN = 5
_GOT = frozenset({"got", "get", "gets", "getting", "landed", "given", "earned"})
_BECAUSE = frozenset({"because", "cause", "coz", "cuz", "since", "by", "for"})
_REMARK_SPAN = 12


# More remarks of the kind: "she can read me the headlines in bed any time", "bet she's a freak", "you can
# come sit on my lap, sweetheart", "I'd love to give her a private interview", and the looks that are said to
# be the reason a woman is watched ("in a tight dress, that's the only reason anyone watches her").
_INVITING = frozenset({"can", "could", "may", "should"})
# Who sits on a lap innocently: "my cat likes to sit on my lap", "the grandkids sit on my knee".
_ON_LAPS = frozenset(
    {"cat", "cats", "dog", "dogs", "kitten", "puppy", "kids", "grandkids", "grandson", "granddaughter", "son", "daughter", "baby", "toddler", "child", "children", "nephew", "niece"}
)
_LAPS = frozenset({"lap", "knee", "knees", "face", "dick", "cock"})
_FREAK_NOT_AFTER = frozenset({"about", "for", "of", "with", "when", "at", "show", "on", "like"})
# A private meeting the speaker wants with her: "I'd love to give her a private interview", "get her alone".
_PRIVATE_MEETINGS = frozenset({"interview", "session", "show", "dance", "audition", "massage", "screening", "photoshoot", "lesson", "meeting"})
_WATCHERS = frozenset({"anyone", "anybody", "people", "men", "guys", "we", "they", "everyone", "viewers"})
_LOOKED_OVER = frozenset({"dress", "dresses", "skirt", "skirts", "legs", "body", "tits", "boobs", "cleavage", "ass", "butt", "figure", "tight", "outfit", "outfits"})
_LOOKS_SPAN = 12
# A visit the speaker means to pay a woman where she is alone, after a remark on her: "Bet you're fun at that
# yoga studio on Pine, maybe I'll stop by after closing". "I'll stop by after closing to pick up my order"
# remarks on no one, and "bet you're fun at parties" is sarcasm that visits no one.
_DROPPED_BY = frozenset({"stop", "drop", "swing", "come", "pop"})
_ALONE_TIMES = frozenset({"closing", "hours", "dark", "close", "midnight", "everyone"})
_BET_SPAN = 16
# Clothes a woman is pictured without: "I'd rather know what the blonde reporter looks like without that
# blazer". ("what the city looks like without that stadium" pictures no one.)
_CLOTHES = frozenset(
    {"blazer", "clothes", "shirt", "top", "dress", "blouse", "bra", "jacket", "skirt", "pants", "jeans", "bikini", "sweater", "uniform", "suit", "outfit", "makeup"}
)
# A woman at work told to do it in a bikini: "Jessica Lin should do the weather in a bikini", "Dana would look a lot
# better doing the forecast in a bikini", "make her do the next broadcast in a bikini". ("The presenter posted a
# photo in a bikini from her holiday" is news of her.)
_UNDRESSED = frozenset({"bikini", "lingerie", "underwear", "thong", "swimsuit"})
_ON_AIR = frozenset({"weather", "forecast", "news", "broadcast", "desk", "show", "segment", "sports", "report", "interview", "game"})
_WANTED = frozenset({"should", "would", "make", "needs", "ought"})
_UNDRESSED_SPAN = 10
# "(she'd) look way better on her knees (with her mouth shut)": a woman put on her knees as the speaker
# likes her. "She was on her knees in the garden" and "she prayed on her knees" are no remark.
_BETTER_ON = frozenset({"better", "best", "belongs", "belong", "good", "nice"})


def _remark_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a remark on someone's body or sex life at the word at i, or None."""
    n = len(tokens)
    word = tokens[i]
    if word == "bed" and tokens[i - 1 : i] == ["in"] and i > 3:
        # "that anchor can read me the headlines in bed (any time)": she, invited to the speaker's bed
        me = next((k for k in range(i - 2, max(-1, i - 7), -1) if tokens[k] == "me"), None)
        can = next((k for k in range(me - 1, max(-1, me - 4), -1) if tokens[k] in _INVITING), None) if me is not None else None
        if can is not None and can > 0:
            who = can - 1
            woman = tokens[who] == "she" or (tokens[who] in _WOMEN and who > 0 and tokens[who - 1] in _DEMONSTRATIVES)
            # not the speaker's own: "my wife is great, she can bring me breakfast in bed"
            own = any(tokens[k] in _KIN_OF_SPEAKER and tokens[k - 1] in ("my", "our") for k in range(max(1, who - 8), who))
            if woman and not own:
                return who - (tokens[who] != "she"), i
    if word == "freak" and i > 3 and tokens[i - 1] == "a" and tokens[i - 2] in ("s", "is") and tokens[i - 3] in ("she", "he"):
        # "bet she's a freak"; not "I bet she's a freak about spelling"
        if "bet" in tokens[max(0, i - 5) : i - 3] and not (i + 1 < n and tokens[i + 1] in _FREAK_NOT_AFTER):
            return i - 3, i
        return None
    if word == "sit" and tokens[i + 1 : i + 3] == ["on", "my"] and i + 3 < n and tokens[i + 3] in _LAPS:
        # "you can come sit on my lap", "come sit on my face"; not "my cat likes to sit on my lap"
        before = tokens[max(0, i - 4) : i]
        if any(t in _ON_LAPS for t in before):
            return None
        if tokens[i + 3] in ("face", "dick", "cock") or any(t in ("you", "u", "she", "her", "come") for t in before):
            start = next(k for k in range(max(0, i - 4), i + 1) if k == i or tokens[k] in ("you", "u", "she", "come"))
            return start, i + 3
        return None
    if word == "private" and i > 2 and tokens[i - 1] == "a" and i + 1 < n and tokens[i + 1] in _PRIVATE_MEETINGS:
        # "I'd love to give her a private interview"
        whom = i - 2
        if tokens[whom] in ("her", "you", "u") and i > 3 and tokens[i - 3] in ("give", "get", "offer"):
            speaker = _desirer_at(tokens, i - 3)
            if speaker is not None:
                return speaker, i + 1
        return None
    if word in ("watches", "watch") and tokens[i + 1 : i + 2] == ["her"] and i > 2 and tokens[i - 1] in _WATCHERS and tokens[i - 2] == "reason":
        # "(in a tight dress,) that's the only reason anyone watches her"; "... watches her show for the guests" is no look
        looks = any(t in _LOOKED_OVER for t in tokens[max(0, i - _LOOKS_SPAN) : i + _LOOKS_SPAN])
        only = next((k for k in range(i - 3, max(-1, i - 5), -1) if tokens[k] == "only"), None)
        if looks and only is not None:
            return only, i + 1
        return None
    if word in _DROPPED_BY and tokens[i + 1 : i + 2] == ["by"] and tokens[i + 2 : i + 3] == ["after"] and tokens[i + 3 : i + 4] and tokens[i + 3] in _ALONE_TIMES:
        # "bet you're fun at that yoga studio ... maybe I'll stop by after closing"
        bet = next((k for k in range(i - 1, max(-1, i - _BET_SPAN), -1) if tokens[k] == "bet"), None)
        fun = bet is not None and tokens[bet + 1 : bet + 2] and tokens[bet + 1] in _IN_BED_PEOPLE | {"she", "her"} and any(t in _IN_BED for t in tokens[bet + 2 : bet + 5])
        if fun and _desirer_at(tokens, i) is not None:
            return bet, i + 3
        return None
    if word == "without" and tokens[i + 1 : i + 2] and tokens[i + 1] in ("that", "her", "your", "those", "the", "them") and tokens[i + 2 : i + 3] and tokens[i + 2] in _CLOTHES:
        if "send" in tokens[max(0, i - 4) : i] or "post" in tokens[max(0, i - 4) : i]:  # "send more without the top"
            return next(k for k in range(max(0, i - 4), i) if tokens[k] in ("send", "post")), i + 2
        # "what the blonde reporter looks like without that blazer"
        if tokens[i - 2 : i] in (["looks", "like"], ["look", "like"], ["look"], ["looks"]) or tokens[i - 1 : i] in (["looks"], ["look"]):
            who = next((k for k in range(i - 3, max(-1, i - 6), -1) if tokens[k] in _WOMEN or tokens[k] in ("she", "you", "u")), None)
            if who is not None:
                return who - (who > 0 and tokens[who - 1] in _DEMONSTRATIVES | {"the"}), i + 2
        return None
    if word in _UNDRESSED and "in" in tokens[i - 2 : i]:  # "in a bikini", "in her underwear"
        before = tokens[max(0, i - _UNDRESSED_SPAN) : i]
        # (not the speaker's own: "I would watch the news in my underwear")
        if any(t in _ON_AIR for t in before) and any(t in _WANTED for t in before) and not any(t in _SPEAKERS or t == "my" for t in before):
            start = next(k for k in range(max(0, i - _UNDRESSED_SPAN), i) if tokens[k] in _WANTED)
            return start, i
        return None
    if word == "knees" and tokens[i - 2 : i] == ["on", "her"] and any(t in _BETTER_ON for t in tokens[max(0, i - 4) : i - 2]):
        # "(she'd) look way better on her knees"
        start = next(k for k in range(max(0, i - 4), i - 2) if tokens[k] in _BETTER_ON)
        return start, i
    if word == "rack" and tokens[i - 1 : i] in (["nice"], ["great"]) and tokens[i + 1 : i + 2] == ["on"]:
        whom = _sexual_object(tokens, i + 2)  # "nice rack on the reporter"; not "a nice rack of lamb"
        return (i - 1, whom) if whom is not None else None
    if word == "bed" and i > 1 and tokens[i - 1] == "in" and tokens[i - 2] in _IN_BED and tokens[i + 1 : i + 2] not in (["with"], ["rest"]):
        # "bet she'd be fun in bed", "I bet you're a freak in bed"; "in bed with big oil" is a figure
        who = next((k for k in range(i - 3, max(-1, i - 7), -1) if tokens[k] in _IN_BED_PEOPLE), None)
        if who is not None and any(t in _SAID_TO_BE or t in ("be", "d", "would", "must") for t in tokens[who + 1 : i - 2]):
            return who, i
        return None
    if word == "smile" and tokens[i + 1 : i + 2] and tokens[i + 1] in _SMILED:
        # "smile more, sweetheart", "you should smile for me, honey": an order to a woman with a pet name
        pet = next((k for k in range(max(0, i - 4), min(n, i + 5)) if tokens[k] in _PET_NAMES), None)
        return (min(i, pet), max(i + 1, pet)) if pet is not None else None
    if word == "real" and tokens[i + 1 : i + 2] == ["man"] and tokens[i - 2 : i] == ["what", "a"] and i > 3:
        # "I'll show you what a real man can do"
        # (not "let me show you what a real man is: he raises his kids")
        if tokens[i - 3] in ("you", "u", "her") and tokens[i - 4] in ("show", "teach") and tokens[i + 2 : i + 4] in (["can", "do"], ["feels", "like"]):
            return i - 4, i + 3
        return None
    if word in _SLEPT_WITH:
        if tokens[i + 1 : i + 3] in (["her", "way"], ["his", "way"]):  # "slept her way to the top"
            return i, i + 2
        boss = i + 3 if tokens[i + 1 : i + 2] == ["with"] and tokens[i + 2 : i + 3] and tokens[i + 2] in ("the", "her", "his", "their", "some", "a") else None
        if boss is None or boss >= n or tokens[boss] not in _BOSSES or tokens[boss + 1 : boss + 2] == ["s"]:
            return None
        # for what it got: "(she) must have slept with the editor to get this job", "... some minister to get this scoop"
        if tokens[boss + 1 : boss + 3] in (["to", "get"], ["to", "land"]) and any(t in _JOBS for t in tokens[boss + 3 : boss + 3 + _JOB_SPAN]):
            return i, boss + 2
        # for the job: "she only got the job because she's sleeping with the editor"
        if not any(t in _BECAUSE for t in tokens[max(0, i - 4) : i]):
            return None
        for k in range(i - 1, max(-1, i - _REMARK_SPAN), -1):
            if (tokens[k] in _JOBS and any(t in _GOT for t in tokens[max(0, k - 3) : k])) or tokens[k] in ("promoted", "hired"):
                start = next((m for m in range(max(0, k - 4), k) if tokens[m] in ("she", "he")), k)
                return start, boss
    return None


_REMARKED = frozenset({"rack", "bed", "smile", "real", "freak", "sit", "private", "watches", "watch", "without", "knees"}) | _SLEPT_WITH | _DROPPED_BY | _UNDRESSED


# More of what men write at a woman in the story or in the comments. A price asked: "hey sexy reporter, how much for an
# hour" ("how much for an hour of parking?" asks a price). Her mouth for his use: "your mouth would be better used on my
# d*ck". The speaker holding the reader down ("bet you'd like it if I held you down") or telling what he would do to
# them ("wanna know what I'd do to you?"). A call for her rape ("someone should rape that councillor"): the same rule
# that holds "I'd rape her" holds it.
_PRICED = (("how", "much", "for", "an", "hour"), ("how", "much", "for", "a", "night"), ("how", "much", "for", "the", "night"),
           ("how", "much", "per", "hour"), ("how", "much", "for", "an", "hr"))
_PENIS = frozenset({"dick", "cock", "knob", "shaft"})
_HELD_DOWN = frozenset({"held", "hold", "holding", "pin", "pinned", "pinning", "tie", "tied", "tying"})
_DONE_TO = frozenset({"d", "would", "wanna", "could", "ll", "will", "gonna"})
_WHO_SHOULD = frozenset({"someone", "somebody", "they", "he", "everyone", "people", "men"})


# Whom "only good for one thing" puts down as a woman: "that actress is only good for one thing" ("he's only good for one
# thing: defending" is about his football).
_SHE = frozenset({"she", "her", "actress", "woman", "women", "girl", "girls", "wife", "presenter", "newsreader", "anchor", "singer", "model", "lady"})
_MORE_CUES = frozenset(
    {"smash", "shag", "seeing", "rogering", "ride", "how", "do", "rape", "molest", "grope", "hard", "strip", "sit", "bra", "top", "kit", "knickers", "panties", "underwear", "thong", "ruin", "tied", "skirt",
     "dress", "clothes", "gagging", "things", "nothing", "thing", "knees", "bed"}
) | _PENIS | _HELD_DOWN


def _more_remarks(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of one of those remarks at the word at i, or None."""
    word = tokens[i]
    n = len(tokens)
    if word == "how":
        for phrase in _PRICED:
            end = i + len(phrase) - 1
            if tuple(tokens[i : end + 1]) == phrase and (end + 1 == n or tokens[end + 1] in _SENTENCE_ENDS or tokens[end + 1] in _PET_NAMES or tokens[end + 1] in ("love", "lol", "then")):
                return i, end
    elif word in _PENIS and tokens[i - 1 : i] == ["my"] and tokens[i + 1 : i + 3] in (["in", "your"], ["in", "her"], ["in", "ur"]):
        return i - 1, i + 3  # "bet you'd shut up with my dick in your mouth"
    elif word in _PENIS and tokens[i - 2 : i] == ["with", "my"] and (i + 1 == n or tokens[i + 1] in _SENTENCE_ENDS) and not _SEX_OBJECTS.isdisjoint(tokens[max(0, i - 5) : i]):
        return max(0, i - 5) + next(k for k, t in enumerate(tokens[max(0, i - 5) : i]) if t in _SEX_OBJECTS), i  # "I'll shut you up with my dick"
    elif word in _PENIS and tokens[i - 1 : i] == ["my"]:
        mouth = next((k for k in range(max(0, i - 8), i) if tokens[k] in ("mouth", "lips") and tokens[k - 1 : k] in (["your"], ["ur"], ["her"], ["a"])), None)
        if mouth is not None:
            return mouth - 1, i  # "your mouth would be better used on my dick"
    elif word in _HELD_DOWN and tokens[i + 1 : i + 2] in (["you"], ["u"], ["her"]) and tokens[i + 2 : i + 3] == ["down"]:
        if tokens[i - 1 : i] and tokens[i - 1] in _SPEAKERS | {"d", "ll", "to"}:
            return i - (tokens[i - 1] in _SPEAKERS), i + 2  # "if I held you down", "I'd hold her down"
    elif word == "do" and tokens[i + 1 : i + 3] in (["to", "you"], ["to", "u"], ["to", "her"]) and i >= 3:
        # "what I'd do to you", "what I wanna do to you" (not "what would I do without you", "what did they do to you")
        if tokens[i - 3] == "what" and tokens[i - 2] in _SPEAKERS and tokens[i - 1] in _DONE_TO:
            after = tokens[i + 3 : i + 4]
            if not after or after[0] in _SENTENCE_ENDS or after[0] in ("good", "if", "when", "everything", "lol"):
                return i - 3, i + 2
        if tokens[i - 4 : i] in (["what", "i", "want", "to"], ["what", "i", "d", "like"]):
            return i - 4, i + 2
    elif word == "hard" and tokens[i - 2 : i] in (["got", "me"], ["gets", "me"], ["made", "me"], ["makes", "me"], ["getting", "me"]) and (
        i + 1 == n or tokens[i + 1] in _SENTENCE_ENDS or tokens[i + 1] in ("what", "whats", "ngl", "lol", "tbh", "babe", "love", "send")
    ):
        return i - 2, i  # "your profile pic got me hard"
    elif word == "strip" and i >= 2 and (i + 1 == n or tokens[i + 1] in _SENTENCE_ENDS) and ("watch" in tokens[max(0, i - 5) : i] or "see" in tokens[max(0, i - 5) : i]):
        return next(k for k in range(max(0, i - 5), i) if tokens[k] in ("watch", "see")), i  # "I'd pay good money to watch the newsreader strip"
    elif word == "sit" and tokens[i + 1 : i + 3] == ["on", "this"] and i + 3 == n:
        return i, i + 2  # "babe stop arguing and come sit on this" (her lap and face: ``_ON_LAPS``)
    elif word in ("top", "kit", "bra", "knickers") and tokens[i - 2 : i] in (["get", "your"], ["take", "your"], ["get", "ur"]) and tokens[i + 1 : i + 2] == ["off"] and _ordered(tokens, i - 2) and (
        i + 2 == n or tokens[i + 2] in _SENTENCE_ENDS or tokens[i + 2] in _PET_NAMES or tokens[i + 2] in ("then", "and", "love", "lol", "for")
    ):
        return i - 2, i + 1  # "get your top off then we'll see if you've got a point"
    elif word in ("knickers", "panties", "underwear", "thong", "bra") and tokens[i - 2 : i] in (["what", "colour"], ["what", "color"]) and "you" in tokens[i + 1 : i + 4]:
        return i - 2, i  # "what colour knickers you wearing"
    elif word == "ruin" and tokens[i + 1 : i + 2] in (["you"], ["her"]) and tokens[i - 2 : i] in (["i", "d"], ["i", "would"]) and (i + 2 == n or tokens[i + 2] in _SENTENCE_ENDS) and not _PET_NAMES.isdisjoint(tokens):
        return i - 2, i + 1  # "nice profile pic sweetheart, I'd ruin you"
    elif word == "tied" and tokens[i + 1 : i + 2] == ["up"] and tokens[i - 2 : i] in (["look", "good"], ["look", "better"], ["d", "look"]) and "my" in tokens[i + 2 : i + 9]:
        return i - 2, tokens.index("my", i + 2) + 1  # "reckon you'd look good tied up in the back of my ute"
    elif word in ("skirt", "dress", "top", "clothes") and "under" in tokens[max(0, i - 4) : i] and not {"see", "know", "peek", "look"}.isdisjoint(tokens[max(0, i - 9) : i]):
        return max(0, i - 9) + next(k for k, t in enumerate(tokens[max(0, i - 9) : i]) if t in ("see", "know", "peek", "look")), i  # "I'd like to see what's under the newsreader's skirt"
    elif word == "smash" and tokens[i - 2 : i] in (["i", "d"], ["i", "would"]) and tokens[i + 1 : i + 2] in (["her"], ["that"], ["the"]):
        whom = _sexual_object(tokens, i + 1)  # "I'd smash that weather girl" ("we'll smash you lot 3-0" is a match)
        if whom is not None and tokens[whom] != "that":
            return i - 2, whom
    elif word in ("shag", "seeing", "rogering", "ride") and tokens[i - 2 : i] in (["a", "good"], ["a", "proper"]) and tokens[i - 3 : i - 2] in (["needs"], ["need"]):
        return i - 3, i + (word == "seeing" and tokens[i + 1 : i + 2] == ["to"])  # "That female ref needs a good shag"
    elif word == "gagging" and tokens[i + 1 : i + 3] == ["for", "it"] and (i + 3 == n or tokens[i + 3] in _SENTENCE_ENDS or tokens[i + 3] in ("you", "lol", "love")):
        return i, i + 2  # "the defence lawyer in the pic is gagging for it"
    elif word == "things" and tokens[i - 1 : i] == ["do"] and tokens[i + 1 : i + 3] in (["to", "her"], ["to", "you"]) and tokens[i - 3 : i - 1] in (["i", "d"], ["i", "ll"], ["i", "would"], ["i", "will"]):
        return i - 3, i + 2  # "I'd do things to her she'd never forget"
    elif word == "nothing" and tokens[i + 1 : i + 2] == ["on"] and tokens[i - 3 : i] in (["look", "better", "with"], ["look", "good", "with"], ["look", "great", "with"]):
        return i - 3, i + 1  # "bet you'd look better with nothing on"
    elif word == "thing" and tokens[i - 4 : i] in (["only", "good", "for", "one"], ["good", "for", "only", "one"]) and not _SHE.isdisjoint(tokens[max(0, i - 8) : i - 4]) and (
        i + 1 == n or tokens[i + 1] in _SENTENCE_ENDS or tokens[i + 1] in ("and", "lol")
    ):
        return i - 4, i  # "that actress is only good for one thing"
    elif word == "knees" and tokens[i - 3 : i] in (["great", "on", "your"], ["good", "on", "your"], ["better", "on", "your"], ["great", "on", "her"], ["good", "on", "her"]):
        return i - 3, i  # "bet you're great on your knees sweetheart"
    elif word == "bed" and tokens[i - 4 : i] in (["want", "her", "in", "my"], ["want", "you", "in", "my"], ["have", "her", "in", "my"]):
        return i - 4, i  # "I want her in my bed tonight"
    elif word == "bra" and tokens[i + 1 : i + 2] == ["size"] and tokens[i - 1 : i] in (["your"], ["ur"]) and "me" in tokens[max(0, i - 4) : i]:
        return max(0, i - 4), i + 1  # "DM me your bra size sweetheart"
    elif word in ("rape", "molest", "grope") and i >= 2 and tokens[i - 1] in ("should", "needs", "must", "ought") and tokens[i - 2] in _WHO_SHOULD:
        whom = _sexual_object(tokens, i + 1)
        if whom is not None:
            return i - 2, whom  # "someone should rape that councillor"
    return None


def sexual_harassment(tokens: Sequence[str]) -> str | None:
    """The words of the first sexual remark aimed at a person, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        more = _more_remarks(tokens, i) if word in _MORE_CUES else None
        if more is not None and not _denied(tokens, more[0]) and not _reported(tokens, more[0]):
            return " ".join(tokens[more[0] : more[1] + 1])
        if word in _REMARKED:
            span = _remark_at(tokens, i)
            if span is not None and not _denied(tokens, span[0]) and not _reported(tokens, span[0]):
                return " ".join(tokens[span[0] : span[1] + 1])
            continue
        if word in ("send", "laid", "dm", "show", "post"):
            end = _sexual_demand(tokens, i)
            start = i if word == "send" else max(0, i - 5)
            if word == "laid" and end is not None:
                start = next(k for k in range(i - 1, max(0, i - 5) - 1, -1) if tokens[k] in _LAID_PEOPLE)
            if end is not None and not _denied(tokens, start) and not _reported(tokens, start):
                return " ".join(tokens[start : end + 1])
            continue
        end = None
        if word == "bend":  # "bend her over (my desk)"
            whom = _sexual_object(tokens, i + 1)
            end = whom + 1 if whom is not None and tokens[whom + 1 : whom + 2] == ["over"] else None
        elif word in _SEX_ACTS:
            whom = _sexual_object(tokens, i + 1)
            if whom is not None and (whom + 1 == n or tokens[whom + 1] not in _NOT_SEXUAL_AFTER):
                end = whom
        elif word in ("hit", "tap") and tokens[i + 1 : i + 2] == ["that"] and (i + 2 == n or tokens[i + 2] in ("!", "lol")):
            end = i + 1  # "I'd hit that"
        elif word in _BODY and i > 0:  # "nice tits", "show us your boobs"
            before = tokens[max(0, i - 3) : i]
            if before[-1:] in (["nice"], ["great"]) or (tokens[i - 1] in ("your", "her", "those") and "show" in before):
                start = max(0, i - 3) if "show" in before else i - 1
                start = next(k for k in range(start, i) if tokens[k] in ("show", "nice", "great"))
                if not _denied(tokens, start) and not _reported(tokens, start):
                    return " ".join(tokens[start : i + 1])
            continue
        if end is None:
            continue
        speaker = _desirer_at(tokens, i)
        if speaker is not None and not _denied(tokens, speaker) and not _reported(tokens, speaker):
            return " ".join(tokens[speaker : end + 1])
    return None


# The words this rule reads, for ``Unmasker`` to read "st*pid" and "id1ot" back as them.
WORDS = _SEX_ACTS | _BODY | _PENIS  # ("c*ck" is "cock" here, not "cuck")

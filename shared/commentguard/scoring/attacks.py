"""Insults and threats aimed at a reader, held for a moderator whatever a score says: "you are a
stupid idiot", "shut up you retard", "fuck off", "I know where you live".

The Fox News comments the toxicity model learns from were labelled for hate against groups, so a
personal attack on another commenter reads to the model as an ordinary reply (it scores "You're a
worthless piece of shit" near 0). Name-calling between commenters is the abuse moderators remove
most often, so these rules hold it. ``insult`` reads the same normalised tokens as ``incitement`` and
only insults aimed at "you" (or said to the reader after an order: "go get a real job, moron", or in
mockery: "imagine being this dumb"): calling a public figure a fool is political speech, and stays with
the model. Telling the reader to go back to their own country is held as an insult too.

``name_calling`` holds names in two tiers. Slurs against women and disabled people and obscene names
("Bob is a retard", "typical whore", "a lying piece of shit") are abuse whoever they are said of, a
public figure too; milder ones ("idiot", "moron", "hack") only when said of the writer of the article or
a commenter ("the author is a moron", "who let this idiot write for a newspaper?"), the people a
moderator protects, and not of a senator. A mention is no name: "calling someone a retard is not okay".

The other rules look past the reader: ``veiled_threat`` ("maybe someone should pay them a visit", "we
know where the judge lives", "the reporter should watch her back", "people know where you park. Accidents
happen."), ``sexual_harassment`` ("I'd love to bend her over my desk", "she only got the job because she's
sleeping with the editor"), said of the reporter or of anyone, and ``home_address``, ``whereabouts`` and
``contact_details`` (where a private person lives, works or goes to school, or sends their children; their
private phone number or their car's plate, given with a call to harass them). ``threat`` reads the threats
of the languages whose abuse the hold list holds too ("sé dónde trabajas"). All of them leave alone what
the comment quotes to report ("he told my son to go back to his country") or denies.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.language import FUNCTION_WORDS
from .coded_hate import WORDS as CODED_WORDS
from .incitement import (
    _BETWEEN,
    _BLOWS,
    _BODY_PARTS,
    _COPULAS,
    _DENIALS,
    _DETERMINERS,
    _INTENTS,
    _OBLIGATIONS,
    _PEOPLE,
    _ROLES,
    _SPEAKERS,
    _TARGETS,
    _put_in_grave,
    _reported,
    _writer_is_subject,
    word_before,
)

# What may stand between a speaker and their verb: "I'm going to (find)", "we'll (just)".
_TO_SPEAKER = _INTENTS | _BETWEEN

# Nouns that insult whoever they are said of. Plurals are listed: "you idiots". ("fool" is not: "you'd
# be a fool to miss it" is friendly.)
_INSULT_NOUNS = frozenset(
    {
        "idiot", "idiots", "moron", "morons", "imbecile", "imbeciles", "cretin", "cretins", "retard", "retards",
        "dumbass", "dumbasses", "dumbfuck", "dipshit", "dipshits", "shithead", "shitheads", "asshole",
        "assholes", "arsehole", "jackass", "jackasses", "scumbag", "scumbags", "dirtbag", "dirtbags",
        "douchebag", "douchebags", "douche", "bitch", "bitches", "bastard", "bastards", "cunt", "cunts",
        "twat", "twats", "prick", "pricks", "whore", "whores", "slut", "sluts", "loser", "losers",
        "buffoon", "buffoons", "nitwit", "nitwits", "halfwit", "dimwit", "dimwits", "numbskull",
        "bonehead", "knucklehead", "libtard", "libtards", "lowlife", "scum", "trash", "garbage", "filth", "pig",
        # British and online name-calling
        "tosser", "tossers", "wanker", "wankers", "knobhead", "knobheads", "dickhead", "dickheads", "bellend",
        "bellends", "pillock", "pillocks", "plonker", "muppet", "muppets", "numpty", "numpties", "prat", "prats",
        "gobshite", "fuckwit", "fuckwits", "thicko", "slag", "slags", "skank", "skanks", "snowflake", "snowflakes",
        "troll", "trolls", "clown", "clowns", "cuck", "cucks", "incel", "incels",
        # the writer's ("you illiterate hack") and the backwoods' ("go back to your trailer, hillbilly")
        "hack", "hacks", "hillbilly", "hillbillies", "redneck", "rednecks", "hick", "hicks", "yokel", "yokels",
    }
)
# Adjectives that insult the person they describe ("you are so stupid"); right after "you" they need a
# noun for people ("you stupid people", "you pathetic liberals"). Their superlatives insult the same way
# ("you are genuinely the dumbest person who has ever posted here").
_INSULT_ADJECTIVES = frozenset(
    {
        "stupid", "dumb", "retarded", "brainless", "braindead", "moronic", "idiotic", "worthless", "pathetic", "disgusting",
        "ugly", "fat", "inbred", "dumbest", "stupidest", "ugliest", "fattest",
    }
)
# Adjectives that insult only with the name they qualify ("shut up, you ignorant bitch", "you are a
# lying, arrogant scumbag"): on their own they describe ("are you ignorant of the facts?", "you are
# sick"). "crazy", "old" and "lucky" are left out: "you crazy bastard" is as often said to a friend.
_QUALIFIERS = frozenset(
    {
        "ignorant", "arrogant", "filthy", "dirty", "miserable", "sick", "delusional", "clueless", "brainwashed",
        "racist", "bigoted", "hateful", "hypocritical", "spineless", "gutless", "useless", "lazy", "smug",
        "pompous", "entitled", "uneducated", "illiterate", "senile", "insufferable", "sanctimonious",
        "condescending", "whiny", "sniveling", "snivelling", "nasty", "evil", "rotten", "lousy", "stinking",
        "liberal", "leftist", "commie", "socialist", "fascist", "treasonous",
    }
)
# Words that may stand between "you are" and the insult without changing what it says of the reader;
# any other word ends the search ("you are not an idiot", "you are worried about idiots").
_DEGREE = frozenset(
    {
        "a", "an", "the", "so", "such", "really", "truly", "just", "completely", "totally", "utterly", "absolutely",
        "very", "real", "complete", "total", "absolute", "utter", "fucking", "freaking", "damn", "bloody", "biggest",
        "little", "big", "lying", "sad", "one", "another", "still", "clearly", "obviously", "nothing", "but", "too",
        # before a superlative: "you are genuinely the dumbest", "you're easily the most pathetic"
        "most", "genuinely", "honestly", "literally", "easily", "officially", "probably", "possibly", "seriously",
    }
)
# "you" and the forms a reply types it in; "you people", "you liberals" still name the readers.
_YOU = frozenset({"you", "u", "ya"})
_YOU_GROUP = frozenset({"people", "guys", "folks", "all", "lot", "two", "both"}) | _PEOPLE
# Between "you" and the verb: "you really are", "you must be", "you have to be".
_BEFORE_BE = frozenset(
    {"really", "truly", "clearly", "obviously", "just", "still", "must", "sure", "certainly", "have", "to", "gotta"}
)
# What "you" is before the insult: "you are", "you're" (tokens "you", "re"), "u r", "you sound like".
_BE = frozenset({"are", "re", "r", "were", "be", "sound", "look", "act", "seem"})
# What a person is said to be, of anyone: "Bob is", "she's" (tokens "she", "s"), "they were".
_SAID_TO_BE = _COPULAS | {"s"}
# "ur an idiot", "your an idiot": typed forms of "you're", taken as such only before an article ("your
# stupid comment" is about the comment). "youre" is unambiguous.
_YOURE = frozenset({"ur", "your", "yur"})
# Swearing at the reader needs no insult word. The phrases that are orders ("fuck off", "go to hell")
# count at the start of a sentence only: "the country will go to hell" is a forecast.
_AT_YOU = (("fuck", "you"), ("fuck", "yourself"), ("stfu",), ("kys",))
_ORDERS = (("fuck", "off"), ("screw", "you"), ("go", "to", "hell"), ("shut", "the", "fuck", "up"), ("eat", "shit"), ("suck", "my", "dick"))
_OPENERS = frozenset(
    {"!", "?", "and", "so", "well", "oh", "just", "then", "now", "hey", "yeah", "go", "can", "please", "lol", "seriously"}
)
_NOT_AT_YOU_AFTER = frozenset({"over", "up", "out", "with"})
_PERSON = frozenset({"person", "man", "woman", "human", "individual", "boy", "girl", "child", "kid", "creature"})
# Insults that are also verbs: right after "you", one ends the comment or a sentence to be a name
# ("shut up you bitch!"), not a verb ("you bitch about everything", "you trash the place").
_VERBS_TOO = frozenset({"bitch", "trash", "pig", "douche", "garbage", "troll", "clown", "hack", "hacks"})
_GAP = 4


def _insult_at(tokens: Sequence[str], j: int, after_you: bool) -> int | None:
    """Index of the last word of the insult that the words from j on say of the reader, or None.

    ``after_you``: right after "you", where an adjective must reach a noun for people."""
    adjective = None
    qualified = False  # an adjective before a word that is also a verb makes it a name: "you lazy bitch"
    for k in range(j, min(j + _GAP, len(tokens))):
        word = tokens[k]
        if word in _INSULT_NOUNS:
            if after_you and not qualified and word in _VERBS_TOO and k + 1 < len(tokens) and tokens[k + 1] not in ("!", "?"):
                return None
            return k
        if word in ("piece", "sack") and tokens[k + 1 : k + 3] in (["of", "shit"], ["of", "crap"], ["of", "garbage"], ["of", "trash"]):
            return k + 2
        if word in _QUALIFIERS:
            qualified = True
            continue
        if word == "waste" and tokens[k + 1 : k + 3] in (["of", "space"], ["of", "oxygen"], ["of", "skin"], ["of", "air"]):
            return k + 2
        if word in _INSULT_ADJECTIVES:
            adjective = k
            qualified = True
        elif adjective is not None:
            # "you stupid people"; after "you are" the adjective insults on its own ("you are so stupid",
            # "you are a stupid person")
            if word in _TARGETS or word in _YOU_GROUP or word in _PERSON:
                return k
            return None if after_you else adjective
        elif word not in _DEGREE:
            return None
    return None if after_you else adjective


# "Nobody asked", "no one cares": a denial that dismisses the reader, and denies nothing said after it
# ("nobody asked, you absolute retard").
_DISMISSIVE_DENIALS = frozenset({"asked", "cares", "care", "wants"})


def _denied(tokens: Sequence[str], i: int) -> bool:
    """A denial in the few words before i: "nobody said you are an idiot", "I don't think you're stupid".

    Not ``incitement._negated``: its "stop" and "without" deny a call ("stop killing them") but not an
    insult ("stop, you idiot")."""
    for k in range(max(0, i - 3), i):
        if tokens[k] in _DENIALS or tokens[k] in ("t", "nt"):
            after = tokens[k + 1 + (tokens[k] == "no" and tokens[k + 1 : k + 2] == ["one"]) :][:1]
            if not after or after[0] not in _DISMISSIVE_DENIALS:
                return True
    return False


def _by_first_word(entries, phrase_of=lambda entry: entry) -> dict[str, list]:
    """Phrases (or entries holding one) by their first word: most tokens start none."""
    out: dict[str, list] = {}
    for entry in entries:
        out.setdefault(phrase_of(entry)[0], []).append(entry)
    return out


_AT_YOU_BY_FIRST = _by_first_word(_AT_YOU)
_ORDERS_BY_FIRST = _by_first_word(_ORDERS)

# Orders that dismiss the reader, after which an insult is the reader's name without a "you": "shut up,
# moron", "go get a real job, moron", "grow up, idiots".
_DISMISSALS = (
    ("shut", "up"), ("grow", "up"), ("wake", "up"), ("get", "a", "life"), ("get", "a", "job"), ("get", "a", "real", "job"),
    ("get", "a", "clue"), ("get", "a", "brain"), ("get", "lost"), ("go", "away"), ("piss", "off"), ("sit", "down"),
    ("learn", "to", "read"), ("nice", "try"), ("try", "again"), ("dream", "on"), ("keep", "dreaming"), ("go", "home"),
    # mockery of the reader's upset: "cry harder, loser", "cope, snowflake", "stay mad, idiot"
    ("cry", "harder"), ("cry", "more"), ("cry", "about", "it"), ("keep", "crying"), ("keep", "seething"),
    ("cope",), ("cope", "harder"), ("cope", "and", "seethe"), ("seethe",), ("stay", "mad"), ("touch", "grass"),
    ("nobody", "asked"), ("no", "one", "asked"), ("who", "asked"), ("nobody", "cares"), ("no", "one", "cares"),
    # back to where the reader is said to come from: "go back to your trailer, hillbilly"
    ("go", "back", "to", "your", "trailer"), ("go", "back", "to", "your", "cave"), ("go", "back", "to", "your", "basement"),
    ("go", "back", "under", "your", "rock"), ("crawl", "back", "under", "your", "rock"),
)
# A one-word dismissal must be an order ("cope, loser"), not a verb ("they can't cope, idiots run it").
_NOT_BEFORE_ORDER = frozenset({"to", "t", "nt", "not", "cannot", "can", "i", "we", "they", "he", "she", "you", "people", "will", "ll", "would", "d", "could", "must", "should"})
_DISMISSALS_BY_FIRST = _by_first_word(_DISMISSALS)
# The tokens keep no full stop, so the insult must end the comment or be followed by what starts a
# sentence: "grow up, idiots! you ...", not "when they wake up idiots will be in charge".
_SENTENCE_STARTS = frozenset({"!", "?", "you", "i", "we", "it", "this", "your", "just", "nobody", "no", "lol"})


def _dismissed(tokens: Sequence[str], i: int) -> int | None:
    """The index of the last word of an insult after a dismissal that starts at i, or None."""
    for phrase in _DISMISSALS_BY_FIRST.get(tokens[i], ()):
        j = i + len(phrase)
        if len(phrase) == 1 and i and tokens[i - 1] in _NOT_BEFORE_ORDER:
            continue
        if tuple(tokens[i:j]) == phrase:
            end = _insult_at(tokens, j, after_you=True)
            if end is not None and (end + 1 == len(tokens) or tokens[end + 1] in _SENTENCE_STARTS):
                return end
    return None


# Telling the reader to leave the country: "go back to your own country", "go back where you came
# from", "we don't want your kind here". Only as an order: "I'd love to go back to your country" is a
# visit, "did you go back to your country?" a question, and "my son was told to go back to his
# country" a report.
_HOMELANDS = frozenset({"country", "countries", "homeland", "land", "shithole"})
_NOT_AN_ORDER = frozenset(
    {
        "i", "we", "they", "he", "she", "will", "ll", "would", "d", "could", "might", "may", "did", "didn", "can",
        "cannot", "couldn", "wouldn", "want", "wanna", "gonna", "going", "never", "not", "when", "if", "before",
        "after", "once", "until", "whenever",
    }
)
_ASKED_OF_YOU = frozenset(
    {"did", "do", "will", "would", "can", "could", "when", "if", "once", "before", "after", "until", "should", "have", "as", "whenever", "where"}
)
_SOFTENERS = frozenset({"just", "please", "simply", "all", "always", "then", "now", "so", "and"})


def _ordered(tokens: Sequence[str], i: int) -> bool:
    """Whether the verb at i is an order to the reader ("go back ...", "you should go back ...", "why
    don't you go back ..."), not the speaker's plan ("I want to go back ...") or a question."""
    k = word_before(tokens, i, _SOFTENERS)
    if k < 0:
        return True
    prev, before = tokens[k], tokens[k - 1] if k else ""
    if prev == "you":
        if before == "t":  # "why don't you go back", not "didn't you go back"
            return "why" in tokens[max(0, k - 4) : k]
        return before not in _ASKED_OF_YOU
    if prev == "to":
        return before in ("need", "needs", "have", "got", "ought", "time")
    if prev in ("should", "must", "better", "gotta", "oughta"):
        return before not in _SPEAKERS
    return prev not in _NOT_AN_ORDER


def _sent_away(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of words that tell the reader to leave the country, starting at i, or None."""
    n = len(tokens)
    word = tokens[i]
    if word == "go" and tokens[i + 1 : i + 2] == ["back"]:
        k = i + 2 + (tokens[i + 2 : i + 3] == ["to"])
        end = None
        if k > i + 2 and tokens[k : k + 1] in (["your"], ["ur"]):  # "go back to your (own) country"
            m = k + 1 + (tokens[k + 1 : k + 2] == ["own"])
            end = m if m < n and tokens[m] in _HOMELANDS else None
        elif tokens[k : k + 4] == ["where", "you", "came", "from"]:
            end = k + 3
        elif tokens[k : k + 3] == ["where", "you", "belong"]:
            end = k + 2
        if end is not None and _ordered(tokens, i) and not _reported(tokens, i):
            return i, end
        return None
    if word in ("want", "need", "tolerate") and tokens[i + 1 : i + 3] == ["your", "kind"] and tokens[i + 3 : i + 4] != ["of"]:
        # "we don't want your kind (here)"
        denial = next((k for k in range(max(0, i - 3), i) if tokens[k] in _DENIALS or tokens[k] == "t"), None)
        if denial is not None and not _reported(tokens, i):
            return max(0, denial - (tokens[denial] == "t")), i + 2
    if word == "your" and tokens[i + 1 : i + 2] == ["kind"] and tokens[i + 2 : i + 3] != ["of"]:
        # "your kind is not welcome here", "your kind don't belong"
        for k in range(i + 2, min(i + 6, n)):
            if tokens[k] in ("welcome", "belong"):
                if any(t in _DENIALS or t == "t" for t in tokens[i + 2 : k]) and not _reported(tokens, i):
                    return i, k
                break
    return None


def _sworn_at(tokens: Sequence[str], i: int) -> str | None:
    """The swearing at the reader that starts at i, or None."""
    word = tokens[i]
    if word not in _AT_YOU_BY_FIRST and word not in _ORDERS_BY_FIRST:
        return None
    before = tokens[i - 1] if i else ""
    for phrase in _AT_YOU_BY_FIRST.get(word, ()):
        end = i + len(phrase)
        after = tokens[end] if end < len(tokens) else ""
        # "what the fuck you think" swears at no one; "they will screw you over" is about being cheated
        if tuple(tokens[i:end]) == phrase and before != "the" and after not in _NOT_AT_YOU_AFTER:
            return " ".join(phrase)
    if not before or before in _OPENERS:
        for phrase in _ORDERS_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                return " ".join(phrase)
    return None


_NAME_WORDS = _INSULT_NOUNS | _INSULT_ADJECTIVES | _QUALIFIERS | _DEGREE | _PERSON | frozenset({"excuse", "of", "a"})


def _exclaimed(tokens: Sequence[str], i: int) -> int | None:
    """Where "what" at i starts "what a pathetic little man you are", the index of its last word."""
    if tokens[i + 1 : i + 2] not in (["a"], ["an"]):
        return None
    named = False
    for k in range(i + 2, min(i + 8, len(tokens))):
        word = tokens[k]
        if word in _YOU and k + 1 < len(tokens) and tokens[k + 1] in ("are", "re", "r"):
            return k + 1 if named else None
        if word not in _NAME_WORDS:
            return None
        named = named or word in _INSULT_NOUNS or word in _INSULT_ADJECTIVES
    return None


# Mockery of the reader that names no "you": "imagine being this dumb", "typical MAGA cultist, too stupid
# to read past the headline". After "imagine being" an adjective needs "this", "that" or "so" to mock
# ("imagine being fat in a world built for the thin" imagines); a name mocks on its own ("imagine being
# such a loser").
_SO = frozenset({"this", "that", "so", "such"})
# "too stupid to read the article": a reader who did not read. Without a subject of its own it is said of
# the commenter replied to (at the start of the comment, or after "typical ..."): "the senator is too
# stupid to read the bill" is political speech, and stays with the model.
_TOO_STUPID = _INSULT_ADJECTIVES | frozenset({"ignorant", "lazy", "brainwashed", "illiterate", "clueless"})
_TYPICAL_SPAN = 5
_PUBLIC = frozenset({"politician", "politicians", "government", "bureaucrat", "bureaucrats", "administration", "congress", "council"})


def _mocked(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of mockery of the reader that starts or turns at the word at i, or None."""
    word = tokens[i]
    if word == "imagine" and tokens[i + 1 : i + 2] == ["being"]:
        k = i + 2
        if tokens[k : k + 1] and tokens[k] in _SO:
            # "imagine being this dumb", "... that ignorant"
            end = k + 1 if tokens[k + 1 : k + 2] and tokens[k + 1] in _TOO_STUPID else _insult_at(tokens, k + 1, after_you=False)
        else:
            end = _insult_at(tokens, k, after_you=False)
            end = None if end is None or tokens[end] in _INSULT_ADJECTIVES else end
        return (i, end) if end is not None else None
    if word == "too" and tokens[i + 1 : i + 2] and tokens[i + 1] in _TOO_STUPID and tokens[i + 2 : i + 3] == ["to"] and i + 3 < len(tokens):
        if i == 0:
            return i, i + 3
        for k in range(i - 1, max(-1, i - 1 - _TYPICAL_SPAN), -1):
            # "typical politician, too stupid to read the room" is said of a public figure
            if tokens[k] in _SAID_TO_BE or tokens[k] in _YOU or tokens[k] in _ROLES or tokens[k] in _PUBLIC:
                return None
            if tokens[k] == "typical":
                return k, i + 3
    return None


def insult(tokens: Sequence[str]) -> str | None:
    """The words of the first insult aimed at the reader, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        # what someone else said, quoted to report it ("the coach yelled 'you are so stupid' at my son"), is
        # not the commenter's
        sworn = _sworn_at(tokens, i)
        if sworn and not _reported(tokens, i):
            return sworn
        if word == "what":
            end = _exclaimed(tokens, i)
            if end is not None and not _reported(tokens, i):
                return " ".join(tokens[i : end + 1])
        if word in ("imagine", "too"):
            mocked = _mocked(tokens, i)
            if mocked is not None and not _denied(tokens, mocked[0]) and not _reported(tokens, mocked[0]):
                return " ".join(tokens[mocked[0] : mocked[1] + 1])
        away = _sent_away(tokens, i)
        if away:
            return " ".join(tokens[away[0] : away[1] + 1])
        end = _dismissed(tokens, i)
        if end is not None and not _denied(tokens, i) and not _reported(tokens, i):
            return " ".join(tokens[i : end + 1])
        if word in _YOU:
            k = i + 1
            if k < n and tokens[k] in _YOU_GROUP:  # "you people are idiots"
                k += 1
            while k < n and tokens[k] in _BEFORE_BE:  # "you really are", "you must be"
                k += 1
            if k < n and tokens[k] in _BE:
                k += 1 + (k + 1 < n and tokens[k + 1] == "like")  # "you sound like an idiot"
                end = _insult_at(tokens, k, after_you=False)
            else:
                end = _insult_at(tokens, i + 1, after_you=True)  # "shut up you idiot", "you stupid people"
        elif word == "youre" or (word in _YOURE and tokens[i + 1 : i + 2] in (["a"], ["an"])):
            end = _insult_at(tokens, i + 1, after_you=False)
        elif word in ("are", "r") and i + 1 < n and tokens[i + 1] in _YOU:  # "are you stupid?"
            end = _insult_at(tokens, i + 2, after_you=False)
        else:
            continue
        if end is not None and not _denied(tokens, i) and not _reported(tokens, i):
            return " ".join(tokens[i : end + 1])
    return None


# Insults said of anyone, a public figure too: slurs against women and disabled people and obscene names
# ("Bob is a retard", "typical whore", "what a cunt", "that motherfucker"). They are abuse whoever is
# called them, not political speech. Milder name-calling ("the senator is an idiot") stays with the model
# unless it is aimed at the reader (``insult``) or at the writer of the article or a commenter ("the author
# is a moron", "who let this idiot write for a newspaper?"): the people a moderator protects.
_SAID_OF_ANYONE = frozenset(
    {
        "retard", "retards", "tard", "tards", "whore", "whores", "slut", "sluts", "cunt", "cunts", "twat", "twats",
        "skank", "skanks", "bitch", "bitches", "motherfucker", "motherfuckers", "asshole", "assholes", "arsehole",
        "arseholes", "shithead", "shitheads", "dickhead", "dickheads", "dumbfuck", "fuckwit", "fuckwits",
    }
)
# Names that are said of things too ("the commute is a bitch", "this phone is a piece of shit"): they
# insult only where a person is named ("she is a bitch", "that reporter is a piece of shit"), qualified as
# one ("a lying piece of shit") or follows ("a piece of shit human being").
_SAID_OF_THINGS = frozenset({"bitch", "bitches", "piece", "sack"})
_PERSON_QUALIFIERS = frozenset(
    {
        "lying", "arrogant", "ignorant", "delusional", "brainwashed", "racist", "bigoted", "hateful", "hypocritical",
        "spineless", "gutless", "smug", "pompous", "entitled", "uneducated", "illiterate", "senile", "sanctimonious",
        "condescending", "whiny", "sniveling", "snivelling", "treasonous", "clueless", "insufferable", "cheating",
    }
)
# Words between the copula (or "typical", "that") and the name that keep it a name: "is a lying, cheating
# whore", "that fat ugly bitch".
_NAMING = _DEGREE | _QUALIFIERS | _INSULT_ADJECTIVES | frozenset({"and", "bitter", "old", "cheating", "crazy", "drunk", "hideous", "obese"})
_NAMING_SPAN = 6
# Subjects the names are not said of: "it's a bitch to install", "life's a bitch", "karma is a bitch", "the
# word retard is a slur"; the speaker's own ("I was such a retard") is no abuse of anyone.
_NOT_NAMED = frozenset(
    {
        "it", "this", "that", "which", "what", "there", "here", "life", "karma", "payback", "i", "we", "word", "term",
        "slur", "name", "label", "insult", "commute", "traffic", "weather", "winter", "parking", "job", "work",
    }
)
# Words after a name that make it no name: "slut shaming", "a bitch to install", "a bitch of a day", "what a
# bitch move", "the retard word".
_NOT_A_NAME_AFTER = frozenset(
    {"shaming", "shamed", "shame", "walk", "word", "words", "to", "of", "it", "slur", "move", "moves"}
)
# Openers that call someone the name: "Typical whore.", "What a cunt", "Hey retard".
_LABELS = frozenset({"typical", "what", "hey", "oi"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# The writer of the article and the commenters, whom the milder names insult too: "the author is a moron",
# "this reporter is pathetic".
_WRITERS = frozenset({"author", "writer", "reporter", "journalist", "columnist", "editor", "commenter", "poster", "op", "blogger"})
_WRITING = frozenset(
    {"write", "writes", "wrote", "writing", "written", "article", "articles", "column", "byline", "reporter", "journalist", "publish", "published"}
)
# Names that a demonstrative gives the article, not its writer: "this garbage article".
_WRITINGS_NAMED = frozenset({"garbage", "trash", "filth"})
# Body-shaming said of anyone: two insulting adjectives, one of them of looks, before a person ("a fat,
# ugly, bitter woman"); one alone describes ("a fat man").
_LOOKS = frozenset({"fat", "ugly", "hideous", "obese"})
_LOOKED_AT = _PERSON | frozenset({"cow", "pig", "hag", "witch", "slob", "lady"})


def _named_by(tokens: Sequence[str], i: int, end: int) -> int | None:
    """Where the name that runs from i to end is said of someone (after a copula, an opener or "that"), the
    index of the first word of what says it; else None."""
    n = len(tokens)
    after = tokens[end + 1] if end + 1 < n else ""
    if after in _NOT_A_NAME_AFTER:
        return None
    person = after in _PERSON or after in _ROLES or after in _TARGETS
    k = i - 1
    while k >= 0 and i - k <= _NAMING_SPAN and tokens[k] in _NAMING:
        person = person or tokens[k] in _PERSON_QUALIFIERS
        k -= 1
    needs_person = tokens[i] in _SAID_OF_THINGS
    # "dumb bitch": an insulting adjective makes "bitch" a person's name (no commute is a dumb bitch)
    person = person or (tokens[i] in ("bitch", "bitches") and any(t in _INSULT_ADJECTIVES or t in _QUALIFIERS for t in tokens[k + 1 : i]))
    if k >= 1 and tokens[k] in _SAID_TO_BE:  # "Bob is a retard", "she's a lying whore"
        subject = tokens[k - 1]
        person = person or subject in _PERSON or subject in _ROLES or subject in _TARGETS or subject in ("he", "she", "they")
        if subject in _NOT_NAMED or (needs_person and not person) or _denied(tokens, k) or _reported(tokens, k - 1):
            return None
        return k - 1
    if k >= 0 and (tokens[k] in _LABELS or tokens[k] in _DEMONSTRATIVES):  # "typical whore", "that motherfucker"
        if (needs_person and not person) or _reported(tokens, k):
            return None
        return k
    if (k < 0 or tokens[k] in ("!", "?")) and (not after or after in ("!", "?")):
        return None if needs_person and not person else k + 1  # "Stupid cunt."
    return None


def _writer_insulted(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a milder insult of the writer or a commenter at the word at i, or None: after a
    copula ("the author is a moron", "whoever wrote this is an idiot") or a demonstrative before words of
    writing ("who let this idiot write", "this hack of a reporter")."""
    word = tokens[i]
    # "the author (is)", "the commenter above (is)"
    subject = i - 1 - (i > 1 and tokens[i - 1] in ("above", "below", "here"))
    # ("a photo op" is no original poster)
    writer = subject >= 0 and tokens[subject] in _WRITERS and not (tokens[subject] == "op" and tokens[subject - 1 : subject] == ["photo"])
    if word in _SAID_TO_BE and (writer or _writer_is_subject(tokens, i)):
        end = _insult_at(tokens, i + 1, after_you=False)
        following = tokens[end + 1] if end is not None and end + 1 < len(tokens) else ""
        if end is not None and tokens[end] in _INSULT_ADJECTIVES and (
            following.endswith(("ed", "ing"))  # "the reporter was fat-shamed"
            # an adjective before a word that names no person describes that word: "is a disgusting stunt"
            or (following.isalpha() and following not in FUNCTION_WORDS and following not in _NAME_WORDS
                and following not in _ROLES and following not in _TARGETS)
        ):
            end = None
        if end is not None and not _denied(tokens, i) and not _reported(tokens, i - 1):
            # from "the author", or from "whoever" of "whoever wrote this"
            start = subject - (subject > 0 and tokens[subject - 1] in ("the", "this", "that"))
            if not writer:
                start = next((k for k in range(i - 1, max(-1, i - 6), -1) if tokens[k] in ("who", "whoever")), start)
            return start, end
    elif word in _DEMONSTRATIVES:
        end = _insult_at(tokens, i + 1, after_you=False)
        if end is None or tokens[end] not in _INSULT_NOUNS or tokens[end] in _WRITINGS_NAMED:
            return None
        after = tokens[end + 1] if end + 1 < len(tokens) else ""
        # "this idiot senator wrote the bill" calls a public figure a name: political speech
        if (after in _ROLES or after in _TARGETS) and after not in _WRITERS:
            return None
        if any(t in _WRITING for t in tokens[end + 1 : end + 4]):
            return i, end
    return None


def _body_shamed(tokens: Sequence[str], i: int) -> int | None:
    """Where the person at i is called two insulting adjectives, one of looks ("a fat, ugly, bitter woman"),
    the index of the first of them; else None."""
    k, insults, looks, first = i - 1, 0, False, i
    while k >= 0 and i - k <= _NAMING_SPAN and tokens[k] in _NAMING:
        if tokens[k] in _INSULT_ADJECTIVES:
            insults += 1
            looks = looks or tokens[k] in _LOOKS
            first = k
        k -= 1
    return first if insults >= 2 and looks else None


_CALLING_CUES = _SAID_OF_ANYONE | _SAID_TO_BE | _DEMONSTRATIVES | _LOOKED_AT | {"piece", "sack"}


def name_calling(tokens: Sequence[str]) -> str | None:
    """The words of the first insult said of someone that ``insult`` (the reader's) does not read: a name
    said of anyone, or a milder one said of the writer or a commenter; or None."""
    for i, word in enumerate(tokens):
        if word not in _CALLING_CUES:  # most words
            continue
        end = None
        if word in _SAID_OF_ANYONE:
            end = i
        elif word in ("piece", "sack") and tokens[i + 1 : i + 3] == ["of", "shit"]:
            end = i + 2
        if end is not None:
            start = _named_by(tokens, i, end)
            if start is not None:
                return " ".join(tokens[start : end + 1])
            continue
        if word in _SAID_TO_BE or word in _DEMONSTRATIVES:
            span = _writer_insulted(tokens, i)
            if span is not None:
                return " ".join(tokens[span[0] : span[1] + 1])
        elif word in _LOOKED_AT:
            start = _body_shamed(tokens, i)
            if start is not None and not _denied(tokens, start) and not _reported(tokens, start):
                return " ".join(tokens[start : i + 1])
    return None


# Threats to the reader that name no weapon: the speaker knows where they live, is coming for them.
_THREATS = (
    (("know", "where", "you", "live"), True),
    (("know", "where", "you", "work"), True),
    (("know", "where", "your", "kids"), True),
    (("know", "where", "your", "children"), True),
    (("know", "where", "your", "family"), True),
    (("know", "what", "car", "you", "drive"), True),
    (("find", "out", "where", "you", "live"), True),
    (("found", "out", "where", "you", "live"), True),
    (("find", "where", "you", "live"), True),
    (("found", "where", "you", "live"), True),
    (("track", "you", "down"), True),
    (("coming", "for", "you"), True),
    (("make", "you", "pay"), True),
    (("make", "you", "regret"), True),
    (("hunt", "you", "down"), True),
    (("find", "you"), True),
    (("better", "watch", "your", "back"), False),
    (("better", "watch", "yourself"), False),
    (("sleep", "with", "one", "eye", "open"), False),
)
_THREATS_BY_FIRST = _by_first_word(_THREATS, lambda entry: entry[0])
# "I will find you" threatens where nothing follows it but more of the threat ("... and make you
# regret it", "... and your family"); "I'll find you a link", "I hope I find you well" and "I'll find
# you and buy you a drink" do not.
_FOUND_AFTER = frozenset({"!", "?", "wherever", "soon", "eventually", "anywhere", "everywhere", "i", "we"})
_FOUND_AND = frozenset({"make", "your", "hurt", "kill", "beat", "end", "destroy", "teach"})


def _speaker_at(tokens: Sequence[str], i: int) -> int | None:
    """The index of the "I" or "we" whose words start at i: among the three words before ("I know
    where you live") or before words of intent ("I'm going to find you"), or None."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k] in _SPEAKERS:
            return k
    k = word_before(tokens, i, _TO_SPEAKER)
    return k if k >= 0 and tokens[k] in _SPEAKERS else None


# Harm the speaker will do to the reader's body: "I'm going to come round and smash your face in", "I'll
# break your legs", "I'll beat the crap out of you". ("kick your ass" at chess and "knock your socks off"
# are banter, so neither "ass" nor "socks" is a body part here.) The blows and body parts are
# ``incitement``'s, whose ``violent_call`` reads the same blows at someone else ("I'm going to break his jaw").
_BEATEN = frozenset({"shit", "crap", "hell", "living", "snot", "stuffing"})
# Blows typed as the word that sounds like them: "im gonna beet ur face in", "brake your legs". Only before
# the reader's body do they count: "beet salad" and "brake your car" are no blows.
_MISSPELT_BLOWS = frozenset({"beet", "brake", "smak", "bash"})
_SPEAKER_SPAN = 8


def _blow_at(tokens: Sequence[str], i: int) -> int | None:
    """Where a blow at i lands on the reader ("smash your face in", "beat you up", "beat the crap out
    of you"), the index of the last word of it, or None."""
    nxt = tokens[i + 1 : i + 3]
    if nxt[:1] == ["your"] and nxt[1:] and nxt[1] in _BODY_PARTS:
        return i + 2 + (i + 3 < len(tokens) and tokens[i + 3] in ("in", "out", "off"))
    if tokens[i] == "beat" and nxt[:1] == ["you"] and tokens[i + 2 : i + 3] in (["up"], ["senseless"], ["black"]):
        return i + 2
    if nxt[:1] == ["the"] and nxt[1:] and nxt[1] in _BEATEN:
        out = next((k for k in range(i + 3, min(i + 6, len(tokens))) if tokens[k] == "out"), None)
        if out is not None and tokens[out + 1 : out + 3] == ["of", "you"]:
            return out + 2
    return None


def _intending_speaker(tokens: Sequence[str], i: int) -> int | None:
    """The index of the "I" or "we" of the clause before i who says what they will do ("I'm going to
    come round and ...", "I'll ..."), with no denial between; or None."""
    intent = False
    for k in range(i - 1, max(-1, i - 1 - _SPEAKER_SPAN), -1):
        t = tokens[k]
        if t in _DENIALS or t in ("t", "nt", "if", "when"):
            return None
        if t in _INTENTS:
            intent = True
        elif t in _SPEAKERS:
            return k if intent else None
    return None


# "You'll regret writing this": the regret is for what the reader wrote or said, not advice ("you'll
# regret buying it").
_REGRETTED = frozenset({"writing", "saying", "posting", "publishing", "printing", "commenting", "crossing", "messing", "talking", "ever", "opening", "the"})
# "you'll regret the day you were born"; "the day you sold those shares" is advice.
_BORN = ("day", "you", "were", "born")
_WILL = (("ll",), ("will",), ("re", "going", "to"), ("are", "going", "to"), ("re", "gonna"), ("gonna",))
# "wait until I find you", "just wait till we catch you"
_UNTIL = frozenset({"until", "till", "til", "untill"})
_CAUGHT = (("find", "you"), ("catch", "you"), ("get", "hold", "of", "you"), ("get", "my", "hands", "on", "you"), ("get", "you"))
# "people like you end up in a ditch": what becomes of people the speaker names by the reader.
_FATES = (("in", "a", "ditch"), ("dead",), ("in", "hospital"), ("in", "the", "river"), ("in", "the", "ground"),
          ("six", "feet", "under"), ("in", "a", "body", "bag"), ("in", "a", "box"), ("in", "a", "coma"))


# "Keep writing lies like this and see what happens when you walk to your car one night": a dare that the
# reader go on with what they write or say, and the speaker's "see what happens". Both must be there:
# "try the recipe with less sugar and see what happens" is an experiment, and the dare must end the
# sentence or go on to the reader ("... to you", "... when you walk home"): "keep writing like this and see
# what happens to your readership" is advice.
_KEPT_UP = frozenset({"keep", "continue", "carry"})
# Talking and lying dare on their own ("keep talking and see what happens"); writing only with what is
# written ("keep writing lies", "keep posting this garbage"): "keep writing and see what happens!" cheers a
# new writer on.
_PROVOKING = frozenset({"talking", "lying", "mouthing", "spewing", "smearing", "trashing"})
_PROVOKING_WITH = frozenset({"writing", "posting", "publishing", "printing", "saying", "spreading", "commenting"})
_PROVOKED_BY = frozenset(
    {"lies", "crap", "garbage", "trash", "rubbish", "this", "that", "nonsense", "drivel", "filth", "propaganda", "hit", "smears", "bs", "shit"}
)
_SAID_AGAIN = frozenset({"write", "say", "post", "publish", "print"})
_DARE_SPAN = 10


def _dared(tokens: Sequence[str], i: int) -> int | None:
    """Where "see what happens" at i follows a dare to the reader ("keep writing lies ... and", "say that
    again and"), the index of the dare's first word; else None."""
    if tokens[i - 1 : i] != ["and"]:
        return None
    for k in range(i - 2, max(-1, i - 2 - _DARE_SPAN), -1):
        if tokens[k] in _KEPT_UP and tokens[k + 1 : k + 2]:
            m = k + 1 + (tokens[k + 1] == "on")  # "carry on writing ..."
            if m < len(tokens) and (tokens[m] in _PROVOKING or (tokens[m] in _PROVOKING_WITH and any(t in _PROVOKED_BY for t in tokens[m + 1 : m + 4]))):
                return k
        if tokens[k] in _SAID_AGAIN and any(t in ("again", "another") for t in tokens[k + 1 : k + 4]):
            return k
    return None


def _what_happens_to_you(tokens: Sequence[str], j: int) -> bool:
    """Whether the dare ends at j (the word after "happens") or goes on to the reader: "to you", "when you
    walk to your car", "next time you post"."""
    if j >= len(tokens) or tokens[j] in ("!", "?"):
        return True
    return tokens[j : j + 2] in (["to", "you"], ["to", "u"]) or (tokens[j] in ("when", "if", "next") and "you" in tokens[j + 1 : j + 4])


def _threat_shape(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a threat to the reader that starts with the word at i and is no fixed phrase."""
    n = len(tokens)
    word = tokens[i]
    if word == "put" and tokens[i + 1 : i + 2] in (["you"], ["u"]):  # "I'll put you in hospital"
        end = _put_in_grave(tokens, i + 2)
        speaker = _speaker_at(tokens, i) if end is not None else None
        if speaker is not None and not _denied(tokens, speaker + 1):
            return speaker, end
    elif word in _BLOWS or word in _MISSPELT_BLOWS:
        end = _blow_at(tokens, i)
        speaker = _intending_speaker(tokens, i) if end is not None else None
        if speaker is not None:
            return speaker, end
    elif word == "say" and tokens[i + 1 : i + 5] in (["that", "to", "my", "face"], ["it", "to", "my", "face"], ["this", "to", "my", "face"]):
        # an order ("say that to my face (and see what happens)"), not "he'd never say that to my face"
        dared = tokens[i - 1 : i] == ["to"] and "dare" in tokens[max(0, i - 4) : i]
        end = i + 4
        if tokens[end + 1 : end + 5] == ["and", "see", "what", "happens"]:
            end += 4
        # what follows ends the challenge ("say that to my face. I'll ..."), not "... next time you see me"
        ends = end + 1 == n or tokens[end + 1] in _SENTENCE_STARTS or tokens[end + 1] in ("coward", "then", "mate", "pal")
        if (dared or _ordered(tokens, i)) and ends:
            return i, end
    elif word in ("you", "u", "ya"):
        for will in _WILL:  # "you'll regret writing this"
            k = i + 1 + len(will)
            said = tuple(tokens[i + 1 : k]) == will and tokens[k : k + 1] == ["regret"] and k + 1 < n and tokens[k + 1] in _REGRETTED
            if said and tokens[k + 1] != "the":
                return i, k + 1
            if said and tuple(tokens[k + 2 : k + 6]) == _BORN:
                return i, k + 5
    elif word == "see" and tokens[i + 1 : i + 3] == ["what", "happens"] and _what_happens_to_you(tokens, i + 3):
        start = _dared(tokens, i)
        if start is not None:
            return start, i + 2
    elif word == "wait" and tokens[i + 1 : i + 2] and tokens[i + 1] in _UNTIL and tokens[i + 2 : i + 3] in (["i"], ["we"]):
        for caught in _CAUGHT:
            if tuple(tokens[i + 3 : i + 3 + len(caught)]) == caught:
                return i, i + 2 + len(caught)
    elif word == "people" and tokens[i + 1 : i + 3] == ["like", "you"]:
        k = i + 3
        while k < n and tokens[k] in ("will", "ll", "always", "usually", "often", "eventually", "tend", "to", "all", "soon"):
            k += 1
        if tokens[k : k + 2] == ["end", "up"]:
            fate = next((f for f in _FATES if tuple(tokens[k + 2 : k + 2 + len(f)]) == f), None)
            if fate is not None:
                return i, k + 1 + len(fate)
    return None


# The same threats in the languages whose severe abuse the hold list holds (the model reads English only):
# "Sé dónde trabajas", "te voy a matar", "je sais où tu habites", "ich weiß, wo du wohnst". Accents are folded
# as ``normalize`` folds them ("se donde"), but not "ß". A denial before ("no sé dónde vives", "non so dove
# abiti") says the speaker does not know.
_FOREIGN_THREATS = (
    # Spanish
    ("se", "donde", "vives"), ("se", "donde", "trabajas"), ("se", "donde", "estudias"), ("se", "donde", "viven", "tus"),
    ("sabemos", "donde", "vives"), ("sabemos", "donde", "trabajas"), ("te", "voy", "a", "matar"), ("te", "vamos", "a", "matar"),
    ("te", "voy", "a", "encontrar"), ("te", "vamos", "a", "encontrar"), ("te", "voy", "a", "partir", "la", "cara"),
    ("vas", "a", "pagar", "por", "lo", "que", "escribiste"), ("vas", "a", "pagar", "por", "lo", "que", "dijiste"),
    ("vas", "a", "pagar", "por", "lo", "que", "hiciste"), ("vas", "a", "pagar", "por", "lo", "que", "publicaste"),
    ("me", "las", "vas", "a", "pagar"), ("lo", "vas", "a", "pagar", "caro"),
    # French
    ("je", "sais", "ou", "tu", "habites"), ("je", "sais", "ou", "tu", "vis"), ("je", "sais", "ou", "tu", "travailles"),
    ("on", "sait", "ou", "tu", "habites"), ("on", "sait", "ou", "tu", "travailles"), ("je", "vais", "te", "tuer"),
    ("on", "va", "te", "tuer"), ("je", "vais", "te", "retrouver"), ("on", "va", "te", "retrouver"),
    ("je", "vais", "te", "casser", "la", "gueule"), ("tu", "vas", "me", "le", "payer"), ("tu", "vas", "payer", "pour", "ce", "que"),
    # German
    ("ich", "weiß", "wo", "du", "wohnst"), ("ich", "weiss", "wo", "du", "wohnst"), ("ich", "weiß", "wo", "du", "arbeitest"),
    ("ich", "weiss", "wo", "du", "arbeitest"), ("wir", "wissen", "wo", "du", "wohnst"), ("ich", "bring", "dich", "um"),
    ("ich", "bringe", "dich", "um"), ("wir", "bringen", "dich", "um"), ("ich", "werde", "dich", "finden"),
    ("ich", "schlag", "dich", "tot"), ("ich", "schlage", "dich", "tot"),
    # Italian
    ("so", "dove", "abiti"), ("so", "dove", "vivi"), ("so", "dove", "lavori"), ("sappiamo", "dove", "abiti"),
    ("ti", "ammazzo"), ("ti", "uccido"), ("te", "la", "faro", "pagare"), ("la", "pagherai"),
    # Portuguese
    ("sei", "onde", "voce", "mora"), ("sei", "onde", "tu", "moras"), ("sei", "onde", "voce", "trabalha"),
    ("sabemos", "onde", "voce", "mora"), ("vou", "te", "matar"), ("vamos", "te", "matar"), ("vou", "te", "encontrar"),
    ("voce", "vai", "pagar", "por", "isso"), ("voce", "vai", "pagar", "pelo", "que"),
)
# By their first two words: several are English words too ("so", "me", "on").
_FOREIGN_THREATS_BY_TWO: dict[tuple[str, str], list] = {}
for _phrase in _FOREIGN_THREATS:
    _FOREIGN_THREATS_BY_TWO.setdefault(_phrase[:2], []).append(_phrase)
_FOREIGN_FIRST = frozenset(p[0] for p in _FOREIGN_THREATS)
_FOREIGN_DENIALS = frozenset({"no", "non", "nao", "nicht", "ne", "nunca", "jamais", "mai", "nie", "never"})


def _foreign_threat_at(tokens: Sequence[str], i: int) -> int | None:
    """Where a threat of ``_FOREIGN_THREATS`` starts at i and is not denied, the index of its last word."""
    for phrase in _FOREIGN_THREATS_BY_TWO.get((tokens[i], tokens[i + 1] if i + 1 < len(tokens) else ""), ()):
        if tuple(tokens[i : i + len(phrase)]) == phrase and not (i and tokens[i - 1] in _FOREIGN_DENIALS):
            return i + len(phrase) - 1
    return None


def threat(tokens: Sequence[str]) -> str | None:
    """The words of the first threat to the reader, or None. Those only a speaker can make ("I know
    where you live", not "they know where you live") need "I" or "we" before them."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        if word in _FOREIGN_FIRST:
            end = _foreign_threat_at(tokens, i)
            if end is not None:
                return " ".join(tokens[i : end + 1])
        shape = _threat_shape(tokens, i)
        if shape is not None and not _denied(tokens, shape[0]) and not _reported(tokens, shape[0]):
            return " ".join(tokens[shape[0] : shape[1] + 1])
        for phrase, by_speaker in _THREATS_BY_FIRST.get(word, ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) != phrase or _denied(tokens, i):
                continue
            if end < n and tokens[end] in ("is", "s", "was") and phrase[-1] in ("live", "work"):
                continue  # "I know where you live is expensive": the place, said to be something
            if phrase == ("find", "you") and end < n and tokens[end] not in _FOUND_AFTER and not (
                tokens[end] == "and" and tokens[end + 1 : end + 2] and tokens[end + 1] in _FOUND_AND
            ):
                continue
            start = i
            if by_speaker:
                speaker = _speaker_at(tokens, i)
                if speaker is None or tokens[speaker - 1 : speaker] == ["if"]:  # "if I find out where you live, ..."
                    continue
                start = speaker
            if not _reported(tokens, start):
                return " ".join(tokens[start:end])
    return None


# Threats against people that do not say what will happen: "maybe someone should pay them a visit",
# "we know where the judge lives". The visit is one an anonymous "someone" should pay, and it ends the
# comment: "you should pay them a visit at the open day" is advice, "I'll pay you a visit soon" and
# "great new bakery, we should pay them a visit" a friend's.
_VISITORS = frozenset({"someone", "somebody"})
_VISITED = frozenset({"them", "him", "her", "em", "you"})
_VISIT_KINDS = frozenset({"little", "friendly", "personal", "surprise"})
_VISIT_AFTER = frozenset({"!", "?", "soon", "tonight", "sometime"})
_TO_VISITOR = _OBLIGATIONS | _TO_SPEAKER
# Where people can be found, said by the speaker as the last word ("we know where he lives.", "I know
# where her kids go to school!"): "I know where he lives, he's my neighbour" is no threat.
_WHEREABOUTS = (
    ("live",), ("lives",), ("sleep",), ("sleeps",), ("go", "to", "school"), ("goes", "to", "school"), ("works",), ("work",)
)
_WHOSE = frozenset({"his", "her", "their"})
# A place of someone's whose whereabouts the speaker knows, said as the last words: "we know where the
# paper's office is.", "I know where his house is". (Not "we know where the office is, it's on 5th street".)
_PLACES = frozenset({"office", "offices", "house", "home", "school", "workplace", "apartment", "flat", "car"})


def _owned_place(tokens: Sequence[str], k: int) -> int | None:
    """Where the words from k name someone's place and say it is ("his house is", "the paper's office is"),
    the index of "is"; else None."""
    if k < len(tokens) and tokens[k] in _WHOSE:
        p = k + 1
    elif tokens[k + 1 : k + 2] == ["s"]:  # "sarah's office"
        p = k + 2
    elif k < len(tokens) and tokens[k] in _DETERMINERS and tokens[k + 2 : k + 3] == ["s"]:  # "the paper's office"
        p = k + 3
    else:
        return None
    return p + 1 if p < len(tokens) and tokens[p] in _PLACES and tokens[p + 1 : p + 2] in (["is"], ["are"]) else None


def _visitor_at(tokens: Sequence[str], i: int) -> int | None:
    """The index of "someone" who should pay a visit at i, past "should", "needs to", "will"."""
    k = word_before(tokens, i, _TO_VISITOR)
    return k if k >= 0 and tokens[k] in _VISITORS and k < i - 1 else None


def _named_at(tokens: Sequence[str], j: int, pronouns: frozenset[str], nouns: frozenset[str],
              bare: bool = False) -> int | None:
    """The index of the last word of the people that the words from j name: one of ``pronouns``
    ("them"), or a determiner and (one word on at most) one of ``nouns`` ("that judge", "the new
    anchor"); with ``bare``, one of ``nouns`` alone too ("judges")."""
    if j >= len(tokens):
        return None
    if tokens[j] in pronouns or (bare and tokens[j] in nouns):
        return j
    if tokens[j] in _DETERMINERS:
        return next((k for k in range(j + 1, min(j + 3, len(tokens))) if tokens[k] in nouns), None)
    return None


def _visited(tokens: Sequence[str], j: int) -> int | None:
    """The index of the last word of the people that the words from j name ("them", "that judge")."""
    return _named_at(tokens, j, _VISITED, _TARGETS, bare=True)


# A warning to someone else that the speaker does not say how it will come true: "the reporter who wrote
# this had better watch himself", "she'd better watch her back". (The reader's "you'd better watch your
# back" is ``threat``'s; "watch yourself on the ice" has no "better".)
_BACKS = (("his", "back"), ("her", "back"), ("their", "back"), ("their", "backs"))
_WATCHED = (("himself",), ("herself",), ("themselves",), *_BACKS)
# Said of anyone, it is advice ("the striker had better watch himself, one more yellow and he's banned"):
# it threatens said of people named by their office or their group ("the reporter who wrote this", "those
# councillors"), or of them on their way somewhere ("... when he leaves the office", "... walking home").
_ON_THE_WAY = frozenset({"leaves", "leaving", "walks", "walking", "goes", "going", "home", "night", "dark", "outside", "streets", "alone"})


# A threat made of two remarks, neither a threat alone: that someone watches the person's life (their
# routine, where they park, what their car looks like) and an omen ("accidents happen", "be a shame about
# those brake lines", "maybe we'll have a little chat"). "People know where you park. Accidents happen."
# Either alone is ordinary: "accidents happen on that curve every winter", "I know where you park is a
# nightmare", "it would be a shame if the library closed".
_KNOW = frozenset({"know", "knows", "knew"})
_WATCHED_PEOPLE = frozenset({"you", "he", "she", "they"})
_OWNERS_OF = frozenset({"your", "his", "her", "their"})
# What people do somewhere, at a time: "where you park", "you drink at Rusty's every Friday".
_ROUTINES = frozenset(
    {
        "park", "parks", "drink", "drinks", "shop", "shops", "eat", "eats", "jog", "jogs", "run", "runs", "walk", "walks",
        "sleep", "sleeps", "hang", "hangs", "pray", "prays", "train", "trains", "play", "plays", "stay", "stays", "drop",
        "drops", "drive", "drives", "leave", "leaves", "go", "goes", "work", "works", "live", "lives", "worship", "swim",
    }
)
_BELONGINGS = frozenset(
    {"car", "truck", "van", "bike", "motorbike", "house", "home", "kids", "children", "wife", "husband", "daughter", "son", "dog", "boat", "family"}
)
_WEEK = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays", "saturdays", "sundays", "night", "nights", "morning", "mornings", "evening", "evenings",
        "weekend", "weekends",
    }
)
_RECOGNISED = frozenset({"recognizable", "recognisable", "distinctive"})
_EASY_TO = frozenset({"spot", "find", "recognize", "recognise", "follow", "track"})
_ROUTINE_SPAN = 8


def _watched_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of words at i saying that someone watches a person's life: "(people) know where you
    park", "I know what your car looks like", "I know you drink at Rusty's every Friday", "your husband's
    truck is very recognizable"; else None."""
    n = len(tokens)
    word = tokens[i]
    if word in _KNOW:
        j = i + 1
        if tokens[j : j + 1] == ["where"]:  # "where you park", "where his wife shops"
            k = j + 1
            if k < n and tokens[k] in _WATCHED_PEOPLE:
                k += 1
            elif k + 1 < n and tokens[k] in _OWNERS_OF and tokens[k + 1] in _BELONGINGS:
                k += 2
            else:
                return None
            return (i, k) if k < n and tokens[k] in _ROUTINES else None
        if tokens[j : j + 1] == ["what"]:
            if tokens[j + 1 : j + 2] == ["time"] and tokens[j + 2 : j + 3] and tokens[j + 2] in _WATCHED_PEOPLE:
                return (i, j + 3) if j + 3 < n and tokens[j + 3] in _ROUTINES | {"get", "gets", "finish", "finishes"} else None
            k = j + 1
            if k < n and tokens[k] in _OWNERS_OF:  # "what your (husband's) car looks like"
                m = k + 1 + 2 * (tokens[k + 2 : k + 3] == ["s"])
                if m < n and tokens[m] in _BELONGINGS and tokens[m + 1 : m + 3] in (["looks", "like"], ["look", "like"]):
                    return i, m + 2
            return None
        k = j + (tokens[j : j + 1] == ["that"])  # "I know (that) you drink at Rusty's every Friday"
        if k + 1 < n and tokens[k] in _WATCHED_PEOPLE and tokens[k + 1] in _ROUTINES:
            for m in range(k + 2, min(k + _ROUTINE_SPAN, n - 1)):
                if tokens[m] == "every" and tokens[m + 1] in _WEEK:
                    return i, m + 1
        return None
    # "your husband's truck is very recognizable", "his car is easy to spot", "her van is hard to miss"
    if word in _RECOGNISED or (word in _EASY_TO and tokens[i - 2 : i] == ["easy", "to"]) or (word == "miss" and tokens[i - 2 : i] == ["hard", "to"]):
        for k in range(i - 1, max(-1, i - 7), -1):
            if tokens[k] in _OWNERS_OF:
                said = tokens[k + 1 : i]
                if any(t in _BELONGINGS for t in said) and any(t in ("is", "s", "are") for t in said):
                    return k, i
                return None
    return None


_WATCH_CUES = _KNOW | _RECOGNISED | _EASY_TO | {"miss"}
# Omens: "accidents happen", "(it'd) be a shame", "just saying", "(we'll) have a little chat", "you won't be
# driving it home", "you've been warned".
_HAPPENERS = frozenset({"accidents", "things", "anything", "stuff"})
_CHATS = frozenset({"chat", "talk", "word", "conversation", "visit"})
_CHAT_KINDS = frozenset({"little", "friendly", "quiet", "nice", "private", "personal"})
_OMEN_CUES = frozenset({"happen", "happens", "shame", "saying", "sayin", "warned", "be"}) | _CHATS


def _omen_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an omen at the word at i, or None."""
    word = tokens[i]
    if word in ("happen", "happens"):
        k = i - 1 - (i > 1 and tokens[i - 1] in ("can", "do", "will", "could", "might", "sometimes"))
        return (k, i) if k >= 0 and tokens[k] in _HAPPENERS else None
    if word == "shame" and i > 1:  # "(it'd) be a (real) shame"
        k = i - 1 - (tokens[i - 1] in ("real", "great", "terrible"))
        return (k - 1, i) if k > 0 and tokens[k] == "a" and tokens[k - 1] == "be" else None
    if word in ("saying", "sayin") and tokens[i - 1 : i] == ["just"]:
        return i - 1, i
    if word in _CHATS and i > 2 and tokens[i - 1] in _CHAT_KINDS and tokens[i - 2] == "a" and tokens[i - 3] in ("have", "having", "pay"):
        return i - 3, i
    if word == "warned" and i > 0 and tokens[i - 1] in ("been", "yourself"):  # "you've been warned"
        return i - 1, i
    if word == "be" and i > 2 and tokens[i - 2 : i] == ["won", "t"] and tokens[i + 1 : i + 2] and tokens[i + 1].endswith("ing") and tokens[i - 3 : i - 2] in (["you"], ["he"], ["she"]):
        return i - 3, i + 1  # "you won't be driving (it home)"
    return None


# "Would be a shame if something happened to that nice little newsroom": the racketeer's line, a threat
# alone where it is said of the reader or of what is fondly named ("that nice little ...", "your pretty
# face"); "it would be a shame if something happened to the old mill" fears for a landmark.
_FONDLY = frozenset({"nice", "pretty", "lovely", "little", "beautiful", "cute", "precious"})


def _racketeered(tokens: Sequence[str], i: int) -> int | None:
    """Where "shame" at i starts "shame if something happened to <yours>", the index of its last word."""
    if tokens[i + 1 : i + 2] != ["if"] or not tokens[i + 2 : i + 3] or tokens[i + 2] not in ("something", "anything"):
        return None
    for k in range(i + 3, min(i + 7, len(tokens))):
        if tokens[k].startswith("happen") and tokens[k + 1 : k + 2] == ["to"]:
            o = k + 2
            owned = tokens[o : o + 1] in (["you"], ["your"]) or (tokens[o : o + 1] and tokens[o] in _OWNERS_OF and tokens[o + 1 : o + 2] and tokens[o + 1] in _BELONGINGS)
            fond = next((m for m in range(o, min(o + 3, len(tokens))) if tokens[m] in _FONDLY), None)
            if owned:
                return o + (tokens[o] != "you")
            if fond is not None:
                return next((m for m in range(fond + 1, min(fond + 3, len(tokens))) if tokens[m] not in _FONDLY), fond)
            return None
    return None


def veiled_threat(tokens: Sequence[str]) -> str | None:
    """The words of the first veiled threat against people (the reader or anyone else), or None."""
    n = len(tokens)
    watched = omen = None
    for i, word in enumerate(tokens):
        if word == "shame":
            end = _racketeered(tokens, i)
            start = max(0, i - 2)
            if end is not None and not _denied(tokens, start) and not _reported(tokens, start):
                return " ".join(tokens[start : end + 1])
        if watched is None and word in _WATCH_CUES:
            watched = _watched_at(tokens, i)
            if watched is not None and (_denied(tokens, watched[0]) or _reported(tokens, watched[0])):
                watched = None
        if omen is None and word in _OMEN_CUES:
            omen = _omen_at(tokens, i)
        if watched is not None and omen is not None:
            first, second = sorted((watched, omen))
            return " ".join(tokens[first[0] : first[1] + 1]) + " ... " + " ".join(tokens[second[0] : second[1] + 1])
        if word in ("better", "should") and tokens[i + 1 : i + 2] == ["watch"]:
            # "should" warns only of a back: "the reporter should watch her back" ("the senators should watch
            # themselves" may be advice)
            watched = next((w for w in (_WATCHED if word == "better" else _BACKS) if tuple(tokens[i + 2 : i + 2 + len(w)]) == w), None)
            end = i + 2 + len(watched) if watched is not None else i
            named = any(t in _ROLES or t in _TARGETS for t in tokens[max(0, i - 6) : i])
            on_the_way = any(t in _ON_THE_WAY for t in tokens[end : end + 6])
            if watched is not None and (named or on_the_way) and not _denied(tokens, i) and not _reported(tokens, i):
                return " ".join(tokens[i:end])
        elif word == "pay":
            whom = _visited(tokens, i + 1)
            if whom is None or tokens[whom + 1 : whom + 2] != ["a"]:
                continue
            v = whom + 2 + (whom + 2 < n and tokens[whom + 2] in _VISIT_KINDS)
            if tokens[v : v + 1] != ["visit"] or (v + 1 < n and tokens[v + 1] not in _VISIT_AFTER):
                continue
            visitor = _visitor_at(tokens, i)
            if visitor is None:
                continue
            if not _denied(tokens, visitor) and not _reported(tokens, visitor):
                return " ".join(tokens[visitor : v + 1])
        elif word == "where" and tokens[i - 1 : i] == ["know"]:
            k = i + 1
            owned = _owned_place(tokens, k)
            if owned is not None:
                speaker = _speaker_at(tokens, i - 1)
                at_end = owned + 1 == n or tokens[owned + 1] in ("!", "?")
                if at_end and speaker is not None and not _denied(tokens, i - 1) and not _reported(tokens, speaker):
                    return " ".join(tokens[speaker : owned + 1])
                continue
            if k < n and tokens[k] in _WHOSE and k + 1 < n and tokens[k + 1] in ("kids", "children", "family", "wife", "husband"):
                k += 2
            elif k < n and tokens[k] in ("he", "she", "they"):
                k += 1
            else:
                whom = _visited(tokens, k)
                if whom is None or tokens[whom] in _VISITED:
                    continue
                k = whom + 1
            place = next((p for p in _WHEREABOUTS if tuple(tokens[k : k + len(p)]) == p), None)
            if place is None or (k + len(place) < n and tokens[k + len(place)] not in ("!", "?")):
                continue
            speaker = _speaker_at(tokens, i - 1)
            if speaker is not None and not _denied(tokens, i - 1) and not _reported(tokens, speaker):
                return " ".join(tokens[speaker : k + len(place)])
    return None


# Sexual remarks about a person, the reporter or a reader: the speaker's wish to do something sexual
# to her or him ("I'd love to bend her over my desk", "I'd bang her"), or a demand to see their body.
# ("screw" is left out: "I'd screw them on the deal" cheats.)
_SEX_ACTS = frozenset({"fuck", "bang", "shag", "hump", "grope", "rape", "molest"})
_SEX_OBJECTS = frozenset({"her", "him", "you", "u", "them", "em"})
_WOMEN = frozenset({"woman", "girl", "lady", "chick", "babe", "blonde", "brunette", "anchor", "host"}) | _ROLES
# After the object, words that make the verb a figure of speech: "fuck him up", "bang them out".
_NOT_SEXUAL_AFTER = frozenset({"over", "up", "around", "off", "out"})
_DESIRES = frozenset({"love", "like", "want", "wanna", "gladly", "totally", "definitely", "so", "would"})
_BODY = frozenset({"tits", "titties", "boobs", "boobies"})
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
    if tokens[i] == "send":
        k = i + 1 + (tokens[i + 1 : i + 2] in (["me"], ["us"]))
        return k if tokens[k : k + 1] == ["nudes"] else None
    said_of = tokens[max(0, i - 5) : i - 1]  # "you'd be less bitter if you got laid", not "I finally got laid"
    if tokens[i + 1 : i + 2] in (["off"], ["out"], ["down"], ["to"], ["up"], ["bare"], ["waste"], ["low"], ["on"], ["into"]):
        return None  # "she got laid off", "laid to rest", "laid bare"
    if tokens[i - 1 : i] in (["get"], ["got"], ["getting"]) and any(t in _LAID_PEOPLE for t in said_of) and not any(t in _SPEAKERS for t in said_of[-2:]):
        return i
    return None


# Remarks on a woman's body or sex life that need no wish of the speaker's: "nice rack on the reporter",
# "bet she'd be fun in bed", "smile more, sweetheart", "DM me and I'll show you what a real man can do",
# "she only got the job because she's sleeping with the editor".
_IN_BED = frozenset(
    {"good", "great", "fun", "amazing", "wild", "fantastic", "freak", "tiger", "beast", "kinky", "naughty", "awesome", "bad", "terrible", "lousy"}
)
_IN_BED_PEOPLE = frozenset({"she", "he", "you", "u"})
_PET_NAMES = frozenset(
    {"sweetheart", "sweetie", "honey", "babe", "baby", "darling", "doll", "toots", "princess", "sugar", "hun", "hon", "cutie", "missy"}
)
_SMILED = frozenset({"more", "for", "sometime", "sometimes"})
_SLEPT_WITH = frozenset({"sleeping", "sleeps", "slept", "screwing", "banging"})
# Whom a woman is said to sleep with for her job: someone over her at work.
_BOSSES = frozenset(
    {"editor", "boss", "producer", "publisher", "manager", "director", "owner", "ceo", "chief", "anchor", "professor", "coach", "mayor", "senator", "governor"}
)
_JOBS = frozenset({"job", "promotion", "position", "gig", "column", "role", "raise", "seat", "post", "show", "contract"})
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
        boss = i + 3 if tokens[i + 1 : i + 2] == ["with"] and tokens[i + 2 : i + 3] and tokens[i + 2] in ("the", "her", "his", "their") else None
        if boss is None or boss >= n or tokens[boss] not in _BOSSES or tokens[boss + 1 : boss + 2] == ["s"]:
            return None
        # for the job: "she only got the job because she's sleeping with the editor"
        if not any(t in _BECAUSE for t in tokens[max(0, i - 4) : i]):
            return None
        for k in range(i - 1, max(-1, i - _REMARK_SPAN), -1):
            if (tokens[k] in _JOBS and any(t in _GOT for t in tokens[max(0, k - 3) : k])) or tokens[k] in ("promoted", "hired"):
                start = next((m for m in range(max(0, k - 4), k) if tokens[m] in ("she", "he")), k)
                return start, boss
    return None


_REMARKED = frozenset({"rack", "bed", "smile", "real", "freak", "sit", "private", "watches", "watch"}) | _SLEPT_WITH


def sexual_harassment(tokens: Sequence[str]) -> str | None:
    """The words of the first sexual remark aimed at a person, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        if word in _REMARKED:
            span = _remark_at(tokens, i)
            if span is not None and not _denied(tokens, span[0]) and not _reported(tokens, span[0]):
                return " ".join(tokens[span[0] : span[1] + 1])
            continue
        if word in ("send", "laid"):
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
_KIN_OF_SPEAKER = frozenset(
    {"mum", "mom", "mam", "dad", "mother", "father", "gran", "granny", "nan", "nana", "grandma", "grandad", "grandpa",
     "grandmother", "grandfather", "parents", "family", "sister", "brother", "son", "daughter", "aunt", "auntie",
     "uncle", "wife", "husband", "partner", "kids", "children", "friend", "neighbour", "neighbor", "cousin", "girlfriend",
     "boyfriend", "fiancee", "fiance"}
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
)
_SET_ON = (
    *_MADE_FAMOUS, ("you", "know", "what", "to", "do"), *_HOSTILE_CALLS,
    ("get", "her", "fired"), ("get", "him", "fired"), ("get", "them", "fired"), ("call", "her", "boss"), ("call", "his", "boss"),
    ("call", "her", "employer"), ("call", "his", "employer"), ("contact", "her", "employer"), ("contact", "his", "employer"),
)
_SET_ON_BY_FIRST = _by_first_word(_SET_ON)
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
_PLACE_ENDS = frozenset({"and", "but", "so", "!", "?", "her", "his", "she", "he", "they", "you", "if", "who", "where"}) | {
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


_WHEREABOUTS_CUES = _EMPLOYED | _CHILDREN | _SCHOOLED | _UNMASKED | frozenset(_SET_ON_BY_FIRST)


def whereabouts(tokens: Sequence[str]) -> str | None:
    """The words that set readers on a private person whose workplace, children's school or own school the
    comment gives, or None."""
    found = called = None
    unmasked = school = False
    for i, word in enumerate(tokens):
        if word not in _WHEREABOUTS_CUES:  # most words
            continue
        at = _whereabouts_at(tokens, i) if word in _EMPLOYED or word in _CHILDREN or word in _SCHOOLED else None
        if at is not None:
            found = found or at
            school = school or word in _CHILDREN  # a parent's children: "make him famous" sets readers on them
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
    *(("spam", w) for w in ("him", "her", "his", "their")), ("middle", "of", "the", "night"), *_HOSTILE_CALLS,
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
            if end is not None and not _reported(tokens, i):
                plate = (i, end)
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


# The words these rules read, for ``Unmasker`` to read "st*pid" and "id1ot" back as them.
WORDS = (
    _INSULT_NOUNS
    | _SAID_OF_ANYONE
    | {"shit", "fucking"}
    | _INSULT_ADJECTIVES
    | {w for phrase in (*_AT_YOU, *_ORDERS) for w in phrase}
    | {w for phrase, _ in _THREATS for w in phrase}
    | _SEX_ACTS
    | _BODY
    | CODED_WORDS
)

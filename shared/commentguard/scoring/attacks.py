"""Insults and threats aimed at a reader, held for a moderator whatever a score says: "you are a
stupid idiot", "shut up you retard", "fuck off", "I know where you live".

The Fox News comments the toxicity model learns from were labelled for hate against groups, so a
personal attack on another commenter reads to the model as an ordinary reply (it scores "You're a
worthless piece of shit" near 0). Name-calling between commenters is the abuse moderators remove
most often, so these rules hold it. It reads the same normalised tokens as ``incitement`` and only
insults aimed at "you": calling a public figure a fool is political speech, and stays with the model.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incitement import _DENIALS, _PEOPLE, _SPEAKERS, _TARGETS

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
    }
)
# Adjectives that insult the person they describe ("you are so stupid"); right after "you" they need a
# noun for people ("you stupid people", "you pathetic liberals").
_INSULT_ADJECTIVES = frozenset(
    {"stupid", "dumb", "retarded", "brainless", "moronic", "idiotic", "worthless", "pathetic", "disgusting", "ugly", "fat"}
)
# Words that may stand between "you are" and the insult without changing what it says of the reader;
# any other word ends the search ("you are not an idiot", "you are worried about idiots").
_DEGREE = frozenset(
    {
        "a", "an", "the", "so", "such", "really", "truly", "just", "completely", "totally", "utterly", "absolutely",
        "very", "real", "complete", "total", "absolute", "utter", "fucking", "freaking", "damn", "bloody", "biggest",
        "little", "big", "lying", "sad", "one", "another", "still", "clearly", "obviously", "nothing", "but",
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
_VERBS_TOO = frozenset({"bitch", "trash", "pig", "douche", "garbage"})
_GAP = 4


def _insult_at(tokens: Sequence[str], j: int, after_you: bool) -> int | None:
    """Index of the last word of the insult that the words from j on say of the reader, or None.

    ``after_you``: right after "you", where an adjective must reach a noun for people."""
    adjective = None
    for k in range(j, min(j + _GAP, len(tokens))):
        word = tokens[k]
        if word in _INSULT_NOUNS:
            if after_you and word in _VERBS_TOO and k + 1 < len(tokens) and tokens[k + 1] not in ("!", "?"):
                return None
            return k
        if word == "piece" and tokens[k + 1 : k + 3] in (["of", "shit"], ["of", "crap"], ["of", "garbage"], ["of", "trash"]):
            return k + 2
        if word == "waste" and tokens[k + 1 : k + 3] in (["of", "space"], ["of", "oxygen"], ["of", "skin"], ["of", "air"]):
            return k + 2
        if word in _INSULT_ADJECTIVES:
            adjective = k
        elif adjective is not None:
            # "you stupid people"; after "you are" the adjective insults on its own ("you are so stupid",
            # "you are a stupid person")
            if word in _TARGETS or word in _YOU_GROUP or word in _PERSON:
                return k
            return None if after_you else adjective
        elif word not in _DEGREE:
            return None
    return None if after_you else adjective


def _denied(tokens: Sequence[str], i: int) -> bool:
    """A denial in the few words before i: "nobody said you are an idiot", "I don't think you're stupid".

    Not ``incitement._negated``: its "stop" and "without" deny a call ("stop killing them") but not an
    insult ("stop, you idiot")."""
    return any(t in _DENIALS or t in ("t", "nt") for t in tokens[max(0, i - 3) : i])


def _by_first_word(entries, phrase_of=lambda entry: entry) -> dict[str, list]:
    """Phrases (or entries holding one) by their first word: most tokens start none."""
    out: dict[str, list] = {}
    for entry in entries:
        out.setdefault(phrase_of(entry)[0], []).append(entry)
    return out


_AT_YOU_BY_FIRST = _by_first_word(_AT_YOU)
_ORDERS_BY_FIRST = _by_first_word(_ORDERS)


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


def insult(tokens: Sequence[str]) -> str | None:
    """The words of the first insult aimed at the reader, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        sworn = _sworn_at(tokens, i)
        if sworn:
            return sworn
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
        if end is not None and not _denied(tokens, i):
            return " ".join(tokens[i : end + 1])
    return None


# Threats to the reader that name no weapon: the speaker knows where they live, is coming for them.
_THREATS = (
    (("know", "where", "you", "live"), True),
    (("coming", "for", "you"), True),
    (("make", "you", "pay"), True),
    (("hunt", "you", "down"), True),
    (("better", "watch", "your", "back"), False),
    (("better", "watch", "yourself"), False),
    (("sleep", "with", "one", "eye", "open"), False),
)
_THREATS_BY_FIRST = _by_first_word(_THREATS, lambda entry: entry[0])


def threat(tokens: Sequence[str]) -> str | None:
    """The words of the first threat to the reader, or None. Those only a speaker can make ("I know
    where you live", not "they know where you live") need "I" or "we" in the few words before."""
    for i, word in enumerate(tokens):
        for phrase, by_speaker in _THREATS_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) != phrase or _denied(tokens, i):
                continue
            start = i
            if by_speaker:
                speaker = [k for k in range(max(0, i - 3), i) if tokens[k] in _SPEAKERS]
                if not speaker:
                    continue
                start = speaker[-1]
            return " ".join(tokens[start : i + len(phrase)])
    return None


# The words these rules read, for ``Unmasker`` to read "st*pid" and "id1ot" back as them.
WORDS = (
    _INSULT_NOUNS
    | _INSULT_ADJECTIVES
    | {w for phrase in (*_AT_YOU, *_ORDERS) for w in phrase}
    | {w for phrase, _ in _THREATS for w in phrase}
)

"""Insults aimed at a reader, and names that insult whoever they are said of, held for a moderator whatever a
score says: "you are a stupid idiot", "shut up you retard", "fuck off", "Bob is a retard".

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

Both leave alone what the comment quotes to report ("he told my son to go back to his country") or
denies. The same reasoning holds threats (``threats``), sexual harassment (``harassment``) and doxxing
(``doxxing``); the words these rules share are in ``remarks``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.language import FUNCTION_WORDS
from .incitement import (
    _CREATURES,
    _DENIALS,
    _PEOPLE,
    _ROLES,
    _SPEAKERS,
    _TARGETS,
    DEHUMANISING,
    _reported,
    _writer_is_subject,
)
from .remarks import (
    _DEMONSTRATIVES,
    _PERSON,
    _PET_NAMES,
    _SAID_TO_BE,
    _SENTENCE_ENDS,
    _SENTENCE_STARTS,
    _YOU,
    _by_first_word,
    _denied,
    _ordered,
)

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
        "git", "gits", "bint", "bints", "cow", "cows", "slapper", "slappers", "scrote", "scrotes", "wazzock", "wazzocks",
        "nonce", "nonces", "paedo", "paedos", "pedo", "pedos",
        # Australian and New Zealand
        "drongo", "drongos", "dropkick", "dropkicks", "galah", "galahs",
        # the writer's ("you illiterate hack") and the backwoods' ("go back to your trailer, hillbilly")
        "hack", "hacks", "hillbilly", "hillbillies", "redneck", "rednecks", "hick", "hicks", "yokel", "yokels",
        # slang spellings, typed as often as the words ("u idjit", "shut up biatch")
        "idjit", "idjits", "eejit", "eejits", "biatch", "biatches", "beyotch", "presstitute", "presstitutes", "spaz", "spazz",
        # vermin ("you whiny little worm", "you parasite")
        "worm", "worms", "maggot", "maggots", "parasite", "parasites", "leech", "leeches", "rat", "rats", "weasel", "weasels",
        # obscene names said to the reader ("you ignorant motherfucker", "you fat f*ck", "you absolute cockwomble")
        "motherfucker", "motherfuckers", "cocksucker", "cocksuckers", "shitstain", "shitstains", "cockwomble", "cockwombles",
        "dickwad", "dickwads", "dickweed", "wankstain", "fuck", "lump", "lumps", "poof", "poofs", "poofter", "poofters", "sheep", "sheeple", "mong", "mongs", "slob", "slobs", "homo", "homos",
        "spastic", "spastics",
    }
)
# Names that insult only the reader: "you're a joke" (but "Absolute joke." is said of the minister's photo op).
_READERS_NAMES = frozenset({"joke"})
# Adjectives that insult the person they describe ("you are so stupid"); right after "you" they need a
# noun for people ("you stupid people", "you pathetic liberals"). Their superlatives insult the same way
# ("you are genuinely the dumbest person who has ever posted here").
_INSULT_ADJECTIVES = frozenset(
    {
        "stupid", "dumb", "retarded", "brainless", "braindead", "moronic", "idiotic", "worthless", "pathetic", "disgusting",
        "ugly", "fat", "inbred", "dumbest", "stupidest", "ugliest", "fattest", "thickest", "dimmest", "densest",
        # "you're dumber than a box of rocks"
        "dumber", "stupider", "thicker",
        # slang spellings: "ur so dum", "u r a st00pid b1tch" (its "00" read back as "stoopid")
        "stoopid", "stoopidest", "dum",
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
        "liberal", "leftist", "commie", "socialist", "fascist", "treasonous", "thick",
        # "you sad little man", "you're a sad man" ("you are sad" describes), "you sad lonely bitter little man"
        "sad", "vile", "lonely", "bitter", "repulsive", "revolting", "odious",
    }
)
# Words that may stand between "you are" and the insult without changing what it says of the reader;
# any other word ends the search ("you are not an idiot", "you are worried about idiots").
_DEGREE = frozenset(
    {
        "a", "an", "the", "so", "such", "really", "truly", "just", "completely", "totally", "utterly", "absolutely",
        "very", "real", "complete", "total", "absolute", "utter", "fucking", "freaking", "damn", "bloody", "biggest", "massive", "huge",
        "little", "big", "lying", "sad", "one", "another", "still", "clearly", "obviously", "nothing", "but", "too",
        # before a superlative: "you are genuinely the dumbest", "you're easily the most pathetic"
        "most", "genuinely", "honestly", "literally", "easily", "officially", "probably", "possibly", "seriously",
        # "you're a special kind of stupid", "you are kind of an idiot" (their "of" is read with them: "are you sick of
        # idiots?" insults no one)
        "special", "kind", "sort",
        # "you're being an idiot", "are you always this stupid"
        "being", "always", "actually",
    }
)
# "you people", "you liberals" still name the readers.
_YOU_GROUP = frozenset({"people", "guys", "folks", "all", "lot", "two", "both"}) | _PEOPLE
# Between "you" and the verb: "you really are", "you must be", "you have to be"; a hedge says the same
# ("you might be the dumbest person who has ever posted here", "you may well be", "you could be").
_BEFORE_BE = frozenset(
    {"really", "truly", "clearly", "obviously", "just", "still", "must", "sure", "certainly", "have", "to", "gotta"}
) | frozenset({"might", "may", "could", "well", "probably", "possibly", "honestly", "seriously", "literally", "genuinely"})
# A hedge before a condition jokes or advises: "you might be a redneck if ...", "you could be a loser if you
# quit now".
_HEDGES = frozenset({"might", "may", "could"})
# What "you" is before the insult: "you are", "you're" (tokens "you", "re"), "u r", "you sound like".
_BE = frozenset({"are", "re", "r", "were", "be", "sound", "look", "act", "seem"})
# "ur an idiot", "your an idiot": typed forms of "you're", taken as such only before an article ("your
# stupid comment" is about the comment). "youre" is unambiguous.
_YOURE = frozenset({"ur", "your", "yur"})
# Swearing at the reader needs no insult word. The phrases that are orders ("fuck off", "go to hell")
# count at the start of a sentence only: "the country will go to hell" is a forecast.
# "top yourself" and "neck yourself" are British for "kill yourself" ("top yourself up" is a drink: the words
# after are checked); "k y s" is "kys" spaced past a filter.
_AT_YOU = (("fuck", "you"), ("fuck", "yourself"), ("stfu",), ("kys",), ("k", "y", "s"), ("top", "yourself"), ("neck", "yourself"),
           ("off", "yourself"))
_ORDERS = (("fuck", "off"), ("screw", "you"), ("go", "to", "hell"), ("shut", "the", "fuck", "up"), ("eat", "shit"), ("suck", "my", "dick"),
           ("eat", "a", "dick"), ("get", "fucked"), ("suck", "a", "bag", "of", "dicks"), ("suck", "a", "dick"))
_OPENERS = frozenset(
    {".", "!", "?", "and", "so", "well", "oh", "just", "then", "now", "hey", "yeah", "go", "can", "please", "lol", "seriously"}
)
_NOT_AT_YOU_AFTER = frozenset({"over", "up", "out", "with"})
# Insults that are also verbs: right after "you", one ends the comment or a sentence to be a name
# ("shut up you bitch!"), not a verb ("you bitch about everything", "you trash the place").
_VERBS_TOO = frozenset(
    {"bitch", "trash", "pig", "douche", "garbage", "troll", "clown", "hack", "hacks", "joke", "worm", "leech", "fuck", "lump", "sheep",
     "rat", "weasel"}  # "you rat on your mates", "you weasel out of it"
)
# How many words the name may take: "you're literally the most brain-dead retard" takes six (each of them a
# degree, an adjective or the name).
_GAP = 6
# Insulting adjectives written with a hyphen, which the tokens split in two: "you brain-dead idiot", "you
# pea-brained moron", "you knuckle-dragging clown".
_COMPOUND_ADJECTIVES = frozenset(
    {("brain", "dead"), ("pea", "brained"), ("knuckle", "dragging"), ("mouth", "breathing"), ("half", "witted"),
     ("low", "iq"), ("dim", "witted"), ("feeble", "minded"), ("jumped", "up")}
)
# The generations and types a reader is mocked as after such an adjective: "you brain-dead boomer".
_MOCKED_TYPES = frozenset({"boomer", "boomers", "zoomer", "zoomers", "millennial", "millennials", "karen", "karens"})


# A word no list names, right before a name, is one more adjective when it reads as one: "you're a sad lonely loser",
# "you whiny little worm" (not "a cash cow", "sick of idiots").
_ADJECTIVE_ENDINGS = ("y", "ful", "ous", "ive", "less", "ish", "ic", "al", "ed", "ing", "ble")


def _one_more_adjective(word: str) -> bool:
    return word.endswith(_ADJECTIVE_ENDINGS) and word not in FUNCTION_WORDS


def _insult_at(tokens: Sequence[str], j: int, after_you: bool) -> int | None:
    """Index of the last word of the insult that the words from j on say of the reader, or None.

    ``after_you``: right after "you", where an adjective must reach a noun for people."""
    adjective = None
    qualified = False  # an adjective before a word that is also a verb makes it a name: "you lazy bitch"
    for k in range(j, min(j + _GAP, len(tokens))):
        word = tokens[k]
        if word == "old" and qualified:
            # after an insult, as British abuse puts it: "you miserable old git", "you thick old bint"; a bare
            # "you old git" is as often a friend's
            continue
        if word in _INSULT_NOUNS or word in _READERS_NAMES:
            if after_you and not qualified and word in _VERBS_TOO and k + 1 < len(tokens) and tokens[k + 1] not in ("!", "?"):
                return None
            return k
        if word in ("piece", "sack") and tokens[k + 1 : k + 3] in (["of", "shit"], ["of", "crap"], ["of", "garbage"], ["of", "trash"]):
            return k + 2
        if word in ("shit", "shits") and k > j and (tokens[k - 1] in ("little", "lil") or qualified):  # "you little shit", "one thick shit"
            return k
        if word in ("this", "that") and tokens[k + 1 : k + 2] and tokens[k + 1] in _INSULT_ADJECTIVES:
            continue  # "are you always this stupid"
        if word == "shit" and tokens[k + 1 : k + 2] in (["stain"], ["stains"], ["head"], ["bag"]):  # "a shit stain on humanity"
            return k + 1
        if word == "shit" and tokens[k + 1 : k + 3] == ["for", "brains"]:  # "listen here you shit for brains"
            return k + 2
        if word == "wank" and tokens[k + 1 : k + 2] in (["stain"], ["stains"], ["er"]):  # "you're a fucking wank stain, pal"
            return k + 1
        if word in ("ass", "arse") and k > j and tokens[k - 1] in ("dumb", "fat", "stupid", "lazy", "smart"):  # "you dumb ass motherf*cker"
            return k + (tokens[k + 1 : k + 2] in (["motherfucker"], ["bitch"], ["idiot"], ["loser"]))
        if word in _QUALIFIERS or word in ("absolute", "utter", "complete", "total"):
            qualified = True  # "you absolute clown"
            continue
        if qualified and word in _PERSON:  # "you ignorant man", "you sad little man", "you stupid woman"
            return k
        if word == "of" and tokens[k - 1] in ("kind", "sort") and k > j:
            continue
        if word == "waste" and tokens[k + 1 : k + 3] in (["of", "space"], ["of", "oxygen"], ["of", "skin"], ["of", "air"]):
            return k + 2
        if word in _INSULT_ADJECTIVES or (tuple(tokens[k - 1 : k + 1]) in _COMPOUND_ADJECTIVES and k > j):
            adjective = k
            qualified = True
        elif tuple(tokens[k : k + 2]) in _COMPOUND_ADJECTIVES:
            continue  # its second word makes it the adjective
        elif adjective is not None:
            # "you stupid people"; after "you are" the adjective insults on its own ("you are so stupid",
            # "you are a stupid person")
            if word in _TARGETS or word in _YOU_GROUP or word in _PERSON or word in _MOCKED_TYPES:
                return k
            if word in _DEGREE:  # "you pathetic little man"
                continue
            return None if after_you else adjective
        elif word not in _DEGREE and not ((k > j or not word.endswith(("ed", "y"))) and _one_more_adjective(word)
                                          and tokens[k + 1 : k + 2] and tokens[k + 1] in _INSULT_NOUNS and tokens[k + 1] not in _VERBS_TOO):
            # (right after "you", neither a past tense, "you elected morons", nor a friend's "you lucky bastard")
            return None
    return None if after_you else adjective


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


def _dismissed(tokens: Sequence[str], i: int) -> int | None:
    """The index of the last word of an insult after a dismissal that starts at i, or None."""
    for phrase in _DISMISSALS_BY_FIRST.get(tokens[i], ()):
        j = i + len(phrase)
        if len(phrase) == 1 and i and tokens[i - 1] in _NOT_BEFORE_ORDER:
            continue
        if tuple(tokens[i:j]) == phrase:
            end = _insult_at(tokens, j, after_you=True)
            if end is None and phrase[0] in ("nobody", "no", "who"):
                end = _named_after(tokens, j)  # "nobody asked you, you dried up old hag", "nobody cares what you think loser"
            if end is not None and (end + 1 == len(tokens) or tokens[end + 1] in _SENTENCE_STARTS):
                return end
    return None


# After "nobody asked (you)" or "nobody cares (what you think)", the name the reader is called may come a few
# words on, at the end of the sentence: "nobody asked you, you dried up old hag", "nobody cares what you think
# loser". (Not "nobody asked the idiots in charge": the name must end the sentence.)
_NAMED_AFTER_SPAN = 6
_HAGS = frozenset({"hag", "hags"})


def _named_after(tokens: Sequence[str], j: int) -> int | None:
    """The index of a name for the reader at most ``_NAMED_AFTER_SPAN`` words from j, before the sentence ends."""
    for k in range(j, min(j + _NAMED_AFTER_SPAN, len(tokens))):
        if tokens[k] in _SENTENCE_ENDS or (tokens[k] in _YOU and _insult_at(tokens, k + 1, after_you=True) is not None):
            return None  # (", you muppet" is the reader's name, read from its "you")
        if tokens[k] in _INSULT_NOUNS or tokens[k] in _HAGS:
            return k
    return None


# Telling the reader to leave the country: "go back to your own country", "go back where you came
# from", "we don't want your kind here". Only as an order: "I'd love to go back to your country" is a
# visit, "did you go back to your country?" a question, and "my son was told to go back to his
# country" a report. The place may be one the order puts the reader's people in ("go back to your desert",
# "... your filthy jungle"), or a country or continent named ("@Priya go back to India if you don't like
# paying rates"): named, only when said to the reader, for "they should go back to Mexico and apply" argues
# a policy, and not when a visit follows ("go back to Italy in the spring, you'll love it"). Names that are
# also a US state or a first name ("Georgia", "Chad") are left out: "go back to Georgia" is a retort between states.
_HOMELANDS = frozenset(
    {"country", "countries", "homeland", "land", "shithole", "desert", "deserts", "jungle", "hut", "huts", "tribe", "reservation", "rez"}
)
_ORIGINS = frozenset(
    {
        "africa", "asia", "europe", "india", "pakistan", "bangladesh", "china", "japan", "korea", "vietnam",
        "philippines", "indonesia", "afghanistan", "iran", "iraq", "syria", "lebanon", "israel",
        "palestine", "gaza", "yemen", "saudi", "turkey", "egypt", "libya", "morocco", "algeria", "tunisia",
        "sudan", "somalia", "ethiopia", "eritrea", "kenya", "nigeria", "lagos", "ghana", "congo", "uganda",
        "zimbabwe", "jamaica", "haiti", "mexico", "guatemala", "honduras", "salvador", "nicaragua", "cuba",
        "venezuela", "colombia", "ecuador", "peru", "brazil", "russia", "ukraine", "poland", "romania",
        "bulgaria", "albania", "serbia", "ireland", "england", "scotland", "britain", "france", "germany", "italy",
        "spain", "portugal", "greece", "canada", "america", "australia", "bosnia", "kosovo", "chechnya", "holland",
        "netherlands", "belgium", "sweden", "norway", "denmark", "finland", "hungary", "czechia", "slovakia", "croatia",
        "lithuania", "latvia", "estonia", "moldova", "armenia", "azerbaijan", "kazakhstan", "uzbekistan",
        "tajikistan", "mongolia", "thailand", "cambodia", "laos", "myanmar", "burma", "malaysia", "singapore",
        "nepal", "bhutan", "lanka", "maldives", "oman", "qatar", "kuwait", "bahrain", "emirates", "dubai",
        "senegal", "mali", "niger", "cameroon", "gabon", "angola", "zambia", "malawi", "mozambique",
        "tanzania", "rwanda", "burundi", "botswana", "namibia", "lesotho", "eswatini", "madagascar", "mauritius",
        "liberia", "togo", "benin", "gambia", "mauritania", "djibouti", "argentina", "chile",
        "bolivia", "paraguay", "uruguay", "guyana", "suriname", "panama", "belize", "trinidad", "barbados",
        "bahamas", "dominica", "samoa", "tonga", "fiji", "zealand",
    }
)
# Sending a woman back to the kitchen: "go back to the kitchen", "get her back in the kitchen", "send her back ...".
_SENT_BACK = frozenset({"go", "get", "send", "put"})
_WOMENS_PLACES = frozenset({"kitchen", "laundry", "sink", "stove"})
_VISITS = frozenset({"visit", "visiting", "holiday", "holidays", "vacation", "trip", "someday", "sometime", "next", "again", "in", "for", "love", "sometimes"})
_AS_VISITS_GO = 5


def _sent_away(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of words that tell the reader to leave the country (or a woman to go back to the kitchen),
    starting at i, or None."""
    n = len(tokens)
    word = tokens[i]
    if word in _SENT_BACK:
        # a woman sent where the insult says she belongs: "go back to the kitchen, sweetie", "get back in the kitchen",
        # "somebody get her back in the kitchen"
        b = i + 1 + (tokens[i + 1 : i + 2] in (["her"], ["them"]) and word != "go")
        k = b + 1 + (tokens[b + 1 : b + 2] in (["to"], ["in"], ["into"]))
        k += tokens[k : k + 1] in (["the"], ["your"], ["ur"])
        # (not the speaker's own way back: "I need to get back in the kitchen, the oven is on")
        mine = any(t in _SPEAKERS for t in tokens[max(0, i - 3) : i])
        if tokens[b : b + 1] == ["back"] and k > b + 1 and tokens[k : k + 1] and tokens[k] in _WOMENS_PLACES and _ordered(tokens, i) and not mine and not _reported(tokens, i):
            return i, k
    if word in ("go", "make") and _ordered(tokens, i):
        # "go make me a sandwich", "go make a sandwich", "make me a sandwich, sweetie" (not "make a sandwich, it's quicker")
        k = i + 1 + (word == "go" and tokens[i + 1 : i + 2] == ["make"])
        whom = tokens[k : k + 1] in (["me"], ["him"], ["us"])
        k += whom
        if (whom or (word == "go" and k > i + 1)) and tokens[k : k + 2] in (["a", "sandwich"], ["a", "sammich"]) and not _reported(tokens, i):
            return i, k + 1
    if word == "go" and tokens[i + 1 : i + 2] == ["back"]:
        k = i + 2 + (tokens[i + 2 : i + 3] == ["to"])
        end = None
        if k > i + 2 and tokens[k : k + 1] in (["your"], ["ur"]):  # "go back to your (own) country", "... your filthy desert"
            end = next((m for m in range(k + 1, min(k + 4, n)) if tokens[m] in _HOMELANDS), None)
        elif k > i + 2 and k < n and tokens[k] in _ORIGINS:  # "go back to India"
            # not "let's go back to ..." (the speaker's plan too) nor "... to America's founding principles"
            told = _ordered(tokens, i, reader_only=True) and tokens[i - 1 : i] not in (["s"], ["lets"]) and tokens[k + 1 : k + 2] != ["s"]
            told = told and not any(t in _VISITS for t in tokens[k + 1 : k + 1 + _AS_VISITS_GO])
            end = k if told else None
        elif tokens[k : k + 4] == ["where", "you", "came", "from"]:
            end = k + 3
        elif tokens[k : k + 3] == ["where", "you", "belong"]:
            end = k + 2
        if end is not None and _ordered(tokens, i) and not _reported(tokens, i):
            return i, end
        return None
    if word in ("want", "wants", "need", "needs", "tolerate", "tolerates") and tokens[i + 1 : i + 3] == ["your", "kind"] and tokens[i + 3 : i + 4] != ["of"]:
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


# Stock jibes at the reader's wits, insults wherever they stand and with no name in them: "were you dropped on your
# head as a baby", "you are the reason they put instructions on shampoo bottles", "reading comprehension isn't your
# strong suit", "go back to your moms basement, grownups are talking" (not "the grownups are talking about it").
# ("drop(ped) you on your head" is on the hold list, models/toxicity-hold-terms.txt, wherever it stands.)
_JIBES = (
    ("dropped", "on", "your", "head"), ("dropped", "on", "ur", "head"), ("drop", "you", "as", "a", "baby"),
    ("dropped", "you", "as", "a", "baby"),
    ("reason", "they", "put", "instructions", "on"), ("why", "they", "put", "instructions", "on"),
    ("reason", "shampoo", "has", "instructions"), ("reading", "comprehension", "isn", "t", "your"),
    ("reading", "comprehension", "is", "not", "your"), ("grownups", "are", "talking"), ("grown", "ups", "are", "talking"),
    ("adults", "are", "talking"), ("your", "head", "is", "full", "of"), ("ur", "head", "is", "full", "of"),
)
_JIBES_BY_FIRST = _by_first_word(_JIBES)
# What an empty head is full of ("your head is full of ideas" is praise).
_HEAD_STUFFING = frozenset({"sawdust", "air", "rocks", "straw", "cotton", "mush", "rubbish", "nonsense", "shit", "crap", "garbage", "sand"})


def _jibe(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a stock jibe at the reader's wits starting at i, or None."""
    for phrase in _JIBES_BY_FIRST.get(tokens[i], ()):
        end = i + len(phrase) - 1
        if tuple(tokens[i : end + 1]) != phrase:
            continue
        if phrase[-1] == "of":
            return (i, end + 1) if tokens[end + 1 : end + 2] and tokens[end + 1] in _HEAD_STUFFING else None
        if phrase[-1] == "talking" and not (end + 1 == len(tokens) or tokens[end + 1] in _SENTENCE_ENDS):
            return None
        if phrase[-1] == "head" and tokens[end + 1 : end + 2] != ["as"] and "you" not in tokens[max(0, i - 2) : i]:
            return None  # "were you dropped on your head", "... as a baby" (not "a drone dropped on your head")
        return i, end
    return None


# Orders that put the reader down as a child or a woman who should keep out of it, with a pet name: "sit down,
# sweetheart, the grown-ups are talking", "stick to writing recipes, honey", "sweetie, go back to your gender studies
# seminar", "stick to Fortnite, little man". The pet name alone is fondness or a come-on ("thanks honey"), the order
# alone advice ("stick to the facts").
_PUT_DOWNS = (
    ("sit", "down"), ("calm", "down"), ("settle", "down"), ("run", "along"), ("stick", "to"), ("go", "back", "to"),
    ("stay", "in", "your", "lane"), ("leave", "it", "to"), ("leave", "the"), ("shut", "up"), ("grow", "up"), ("go", "home"),
)
_PUT_DOWNS_BY_FIRST = _by_first_word(_PUT_DOWNS)
_PATRONISING = (_PET_NAMES - {"baby", "babe", "sugar", "cutie"}) | {"kiddo", "sonny"}
_LITTLE_ONES = frozenset({"man", "lady", "girl", "boy", "missy"})
_PUT_DOWN_SPAN = 6


def _pet_name_at(tokens: Sequence[str], k: int) -> int | None:
    """The index of the last word of a patronising pet name at k ("honey", "little man"), or None."""
    if k < 0 or k >= len(tokens):
        return None
    if tokens[k] in _PATRONISING:
        return k
    return k + 1 if tokens[k] == "little" and tokens[k + 1 : k + 2] and tokens[k + 1] in _LITTLE_ONES else None


def _put_down(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an order at i that puts the reader down with a pet name, or None."""
    for phrase in _PUT_DOWNS_BY_FIRST.get(tokens[i], ()):
        j = i + len(phrase)
        if tuple(tokens[i:j]) != phrase or not _ordered(tokens, i):
            continue
        for b in (i - 1, i - 2):  # "sweetie, go back to ...", "little man, sit down"
            if _pet_name_at(tokens, b) == i - 1:
                return b, j - 1
        for k in range(j, min(j + _PUT_DOWN_SPAN, len(tokens))):
            if tokens[k] in _SENTENCE_ENDS:
                break
            end = _pet_name_at(tokens, k)
            if end is not None:
                return i, end
    return None


# Likening the reader to the fools named: "idiots like you shouldn't vote", "brainless sheep like you", "parasites
# like u". A noun for people, animals or a group is an insult only after an insulting adjective ("stupid people
# like you", not "people like you" nor "fans like you"); "like you" must not open a clause ("dumb questions like
# you asked", "kids like you because you listen").
_LIKENED_AFTER = frozenset({"asked", "ask", "said", "say", "did", "do", "does", "know", "mean", "meant", "think", "thought", "wrote", "write", "want", "wanted", "because", "too", "a", "the"})


def _likened(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an insult likened to the reader, "like" at i: "morons like you"; else None."""
    if i < 1 or tokens[i + 1 : i + 2] not in (["you"], ["u"], ["yourself"]) or (tokens[i + 2 : i + 3] and tokens[i + 2] in _LIKENED_AFTER):
        return None
    noun = tokens[i - 1]
    if noun in _INSULT_NOUNS or noun in DEHUMANISING:
        start = i - 1 - (i > 1 and (tokens[i - 2] in _INSULT_ADJECTIVES or tokens[i - 2] in _QUALIFIERS))  # "brainless sheep like you"
    elif i > 1 and (tokens[i - 2] in _INSULT_ADJECTIVES or tokens[i - 2] in _QUALIFIERS or tuple(tokens[i - 3 : i - 1]) in _COMPOUND_ADJECTIVES) and (
        noun in _PERSON or noun in _YOU_GROUP or noun in _TARGETS or noun in _MOCKED_TYPES or noun in _CREATURES
    ):
        start = i - 2 - (tuple(tokens[i - 3 : i - 1]) in _COMPOUND_ADJECTIVES)
    else:
        return None
    return None if _denied(tokens, start) or _reported(tokens, start) else (start, i + 1)


_CRAWLED = frozenset({"crawled", "crawl", "crawls", "slithered", "slithers", "slunk"})
_WHATEVER_SPAN = 6


def crawled_back(tokens: Sequence[str]) -> str | None:
    """The words that send people back to where they are said to have crawled from, or None: "send them back to
    whatever cave they crawled out of", "... whatever jungle they found him in", "go crawl back to whatever trailer
    you came out of" (not "go back to whatever you were doing", nor turtles that crawled back to the beach)."""
    for i, word in enumerate(tokens):
        if word != "whatever" or tokens[i - 2 : i] != ["back", "to"]:
            continue
        start = i - 3 if i > 2 and tokens[i - 3] in ("crawl", "slither") else None  # "(go) crawl back to whatever ..."
        end = i + 1 if start is not None and i + 1 < len(tokens) else None
        for k in range(i + 2, min(i + 2 + _WHATEVER_SPAN, len(tokens))):
            if tokens[k] in _CRAWLED or (tokens[k] == "found" and tokens[k + 1 : k + 2] and tokens[k + 1] in ("him", "her", "them", "you")):
                start, end = i - 2 if start is None else start, k
                break
        if start is not None and end is not None and not _reported(tokens, start) and not _denied(tokens, start):
            return " ".join(tokens[start : end + 1])
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


_NAME_WORDS = _INSULT_NOUNS | _INSULT_ADJECTIVES | _QUALIFIERS | _DEGREE | _PERSON | frozenset(
    {"excuse", "of", "a", "piece", "sack", "shit", "crap", "small", "minded", "fool", "brain", "dead"}  # "what a vile, small-minded little man you are"
)


# What tells a commenter, in the sentence after a name, that the name was theirs: an order to go and read ("What a
# moron. Read the article before commenting") or words on what they write ("Absolute drongo. Every comment you make
# is garbage"). After "What an idiot." a sentence with "you" alone may be about anyone ("You can't make this up").
_GO_READ = (
    ("read", "the", "article"), ("read", "the", "story"), ("read", "a", "book"), ("read", "before"), ("read", "it", "again"),
    ("learn", "to", "read"), ("educate", "yourself"), ("google", "it"), ("do", "your", "research"), ("try", "reading"),
    ("go", "back", "to", "facebook"), ("go", "back", "to", "your", "mom"), ("go", "back", "to", "your", "mum"), ("go", "back", "to", "your", "mother"),
)
_GO_READ_BY_FIRST = _by_first_word(_GO_READ)
_YOU_WRITE = frozenset({"make", "post", "posted", "write", "wrote", "type", "typed", "say", "said", "comment"})
_YOUR_WRITING = frozenset({"comment", "comments", "post", "posts", "take", "takes", "reply", "replies"})


def _to_commenter(tokens: Sequence[str], k: int) -> bool:
    """Whether the sentence that starts at k sends the reader to read or speaks of what they write."""
    if any(tuple(tokens[k : k + len(p)]) == p for p in _GO_READ_BY_FIRST.get(tokens[k] if k < len(tokens) else "", ())):
        return True
    for m in range(k, len(tokens)):
        t = tokens[m]
        if t in _SENTENCE_ENDS:
            return False
        if (t in ("you", "u") and tokens[m + 1 : m + 2] and tokens[m + 1] in _YOU_WRITE) or (
            t in ("your", "ur") and tokens[m + 1 : m + 2] and tokens[m + 1] in _YOUR_WRITING
        ):
            return True
    return False


def _exclaimed(tokens: Sequence[str], i: int) -> int | None:
    """Where "what" at i starts "what a pathetic little man you are" (or "what a moron." before words to the
    commenter: ``_to_commenter``), the index of its last word."""
    if tokens[i + 1 : i + 2] not in (["a"], ["an"]):
        return None
    named = False
    for k in range(i + 2, min(i + 8, len(tokens))):
        word = tokens[k]
        if word in _YOU and k + 1 < len(tokens) and tokens[k + 1] in ("are", "re", "r"):
            return k + 1 if named else None
        if word in _SENTENCE_ENDS:
            return k - 1 if tokens[k - 1] in _INSULT_NOUNS and _to_commenter(tokens, k + 1) else None
        if word not in _NAME_WORDS:
            return None
        # "what a useless sack of shit you are"
        named = named or word in _INSULT_NOUNS or word in _INSULT_ADJECTIVES or (word in ("shit", "crap") and tokens[k - 1] == "of")
        named = named or word == "fool"  # "what a complete fool you are" ("you'd be a fool to miss it" is friendly)
        named = named or (word in _PERSON and any(t in _QUALIFIERS for t in tokens[i + 2 : k]))  # "what a repulsive individual you are"
    return None


# Mockery of the reader that names no "you": "imagine being this dumb", "typical MAGA cultist, too stupid
# to read past the headline". After "imagine being" an adjective needs "this", "that" or "so" to mock
# ("imagine being fat in a world built for the thin" imagines); a name mocks on its own ("imagine being
# such a loser").
_SO = frozenset({"this", "that", "so", "such"})
# "too stupid to read the article": a reader who did not read. Without a subject of its own it is said of
# the commenter replied to (at the start of the comment, or after "typical ..."): "the senator is too
# stupid to read the bill" is political speech, and stays with the model.
_TOO_STUPID = _INSULT_ADJECTIVES | frozenset({"ignorant", "lazy", "brainwashed", "illiterate", "clueless", "thick", "dense"})
_TYPICAL_SPAN = 5
_PUBLIC = frozenset({"politician", "politicians", "government", "bureaucrat", "bureaucrats", "administration", "congress", "council"})


def _mocked(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of mockery of the reader that starts or turns at the word at i, or None."""
    word = tokens[i]
    if word == "imagine" and tokens[i + 1 : i + 2] == ["being"]:
        k = i + 2
        if tokens[k : k + 1] == ["as"] and tokens[k + 1 : k + 2] and tokens[k + 1] in _TOO_STUPID and tokens[k + 2 : k + 3] == ["as"] and tokens[k + 3 : k + 4] and tokens[k + 3] in _YOU:
            return i, k + 3  # "imagine being as stupid as you"
        if tokens[k : k + 1] and tokens[k] in _SO:
            # "imagine being this dumb", "... that ignorant"
            end = k + 1 if tokens[k + 1 : k + 2] and tokens[k + 1] in _TOO_STUPID else _insult_at(tokens, k + 1, after_you=False)
        else:
            end = _insult_at(tokens, k, after_you=False)
            end = None if end is None or tokens[end] in _INSULT_ADJECTIVES else end
        return (i, end) if end is not None else None
    a = i + 1 + (tokens[i + 1 : i + 2] != [] and tokens[i + 1] in _EXPLETIVES)  # "too (fucking) stupid to read"
    if word == "too" and tokens[a : a + 1] and tokens[a] in _TOO_STUPID and tokens[a + 1 : a + 2] == ["to"] and a + 2 < len(tokens):
        if i == 0:
            return i, a + 2
        for k in range(i - 1, max(-1, i - 1 - _TYPICAL_SPAN), -1):
            # "typical politician, too stupid to read the room" is said of a public figure
            if tokens[k] in _SAID_TO_BE or tokens[k] in _YOU or tokens[k] in _ROLES or tokens[k] in _PUBLIC:
                return None
            if tokens[k] == "typical":
                return k, a + 2
    return None


def _so_stupid(tokens: Sequence[str], j: int) -> int | None:
    """Where the words from j say "(genuinely) this dense" of the reader asked ("are you genuinely this dense or just
    pretending?"), the index of the adjective; else None. ("are you ignorant of the facts?" asks.)"""
    k = j
    while k < len(tokens) and tokens[k] in _DEGREE and tokens[k] not in _SO:
        k += 1
    return k + 1 if tokens[k : k + 1] and tokens[k] in _SO and tokens[k + 1 : k + 2] and tokens[k + 1] in _TOO_STUPID else None


def _so_said(tokens: Sequence[str], j: int) -> bool:
    """Whether "ur" or "your" before j is "you're" before "so" or "such" and an insult ("ur so dum", "your
    such an idiot"); not "your so-called experts", nor "your so stupid comment" (an adjective before a thing)."""
    if tokens[j : j + 1] not in (["so"], ["such"]) or tokens[j + 1 : j + 2] == ["called"]:
        return False
    end = _insult_at(tokens, j, after_you=False)
    return end is not None and (tokens[end] not in _INSULT_ADJECTIVES or end + 1 == len(tokens) or tokens[end + 1] in _SENTENCE_STARTS
                                or tokens[end + 1] in ("even", "that", "and"))  # "ur so ugly even your profile pic is embarrassed"


# How many words the first of two names joined by "and" may take before it: "you're a paid shill and a muppet".
_FIRST_NAME_WORDS = 3
# Words after which the second name is the subject of a clause of its own: "you are a fan and a troll would ...".
_CLAUSE_GOES_ON = frozenset({"would", "will", "could", "can", "might", "may", "should", "must", "does", "did", "has", "had", "is", "was", "says", "said"})


def _joined_insult(tokens: Sequence[str], j: int) -> int | None:
    """Where a name opened by "a" at j that is no insult ("you're a paid shill") is joined by "and" or
    "or" to one that is ("... and a muppet"), the index of that insult's last word; else None. The second
    name is said of the reader as the first is; a word that starts a clause ("you are a fan and a troll
    would ...") is no name, nor is a function word in between ("you're a member of a club and ...")."""
    if tokens[j : j + 1] not in (["a"], ["an"]):
        return None
    for k in range(j + 1, min(j + 2 + _FIRST_NAME_WORDS, len(tokens))):
        word = tokens[k]
        if word in ("and", "or") and k > j + 1 and tokens[k + 1 : k + 2] in (["a"], ["an"]):
            end = _insult_at(tokens, k + 1, after_you=False)
            if end is None or tokens[end] not in _INSULT_NOUNS or (tokens[end + 1 : end + 2] and tokens[end + 1] in _CLAUSE_GOES_ON):
                return None
            return end
        if word in FUNCTION_WORDS or not word.isalpha():
            return None
    return None


def _told_to_stop_being(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an order to the reader to stop being what an insult names: "stop being such a retard",
    "quit being a moron", "don't be such an idiot"; or None. A plain "don't be an idiot" is as often a friend's
    advice ("... wear a helmet"), so "don't be" needs "such"."""
    if tokens[i] in ("stop", "quit") and tokens[i + 1 : i + 2] == ["being"] and _ordered(tokens, i):
        end = _insult_at(tokens, i + 2, after_you=False)
        return (i, end) if end is not None else None
    if tokens[i] == "be" and i >= 2 and tokens[i - 2 : i] in (["don", "t"], ["do", "not"]) and tokens[i + 1 : i + 2] == ["such"]:
        end = _insult_at(tokens, i + 1, after_you=False)
        return (i - 2, end) if end is not None and tokens[end] not in _INSULT_ADJECTIVES else None
    return None


# The reader's wits measured against a thing: "you have the IQ of a potato", "ur brain is smaller than a pea", "your
# brain is the size of a walnut". ("He has the brains of the operation"; "your brain is bigger than you think".)
_WITS = frozenset({"iq", "brain", "brains", "intelligence"})
_SMALLER = frozenset({"smaller", "tinier", "lower"})


def _wits_measured(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of the reader's wits at i put below a thing's, or None."""
    k = i - (tokens[i - 1 : i] == ["the"])
    before = tokens[max(0, k - 3) : k]
    if before[-2:] in (["you", "have"], ["you", "ve"], ["you", "got"], ["ve", "got"]) and tokens[i + 1 : i + 3] in (["of", "a"], ["of", "an"]) and k < i:
        start = next(m for m in range(k - 1, -1, -1) if tokens[m] in ("you", "ve"))
        return start - (tokens[start] == "ve"), i + 3
    if tokens[i - 1 : i] in (["your"], ["ur"]) and tokens[i + 1 : i + 2] in (["is"], ["s"]):
        if tokens[i + 2 : i + 4] and tokens[i + 2] in _SMALLER and tokens[i + 3] == "than":
            return i - 1, i + 3
        if tokens[i + 2 : i + 6] == ["the", "size", "of", "a"]:
            return i - 1, i + 5
    return None


# A reply that opens by naming the reader: "ok dipshit keep crying", "sure thing, moron".
_REPLY_OPENERS = frozenset({"ok", "okay", "sure", "cheers", "thanks", "bye", "yeah", "yes", "nope", "no", "whatever"})


def insult(tokens: Sequence[str]) -> str | None:
    """The words of the first insult aimed at the reader, or None."""
    n = len(tokens)
    if n > 1 and tokens[0] in _REPLY_OPENERS and tokens[1] in _INSULT_NOUNS and tokens[1] not in _VERBS_TOO:
        return " ".join(tokens[:2])
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
        likened = _likened(tokens, i) if word == "like" else None
        if likened:
            return " ".join(tokens[likened[0] : likened[1] + 1])
        jibe = _jibe(tokens, i) if word in _JIBES_BY_FIRST else None
        if jibe and not _denied(tokens, jibe[0]) and not _reported(tokens, jibe[0]):
            return " ".join(tokens[jibe[0] : jibe[1] + 1])
        put_down = _put_down(tokens, i) if word in _PUT_DOWNS_BY_FIRST else None
        if put_down and not _denied(tokens, put_down[0]) and not _reported(tokens, put_down[0]):
            return " ".join(tokens[put_down[0] : put_down[1] + 1])
        end = _dismissed(tokens, i)
        if end is not None and not _denied(tokens, i) and not _reported(tokens, i):
            return " ".join(tokens[i : end + 1])
        measured = _wits_measured(tokens, i) if word in _WITS else None
        if measured is not None and not _denied(tokens, measured[0]) and not _reported(tokens, measured[0]):
            return " ".join(tokens[measured[0] : measured[1] + 1])
        being = _told_to_stop_being(tokens, i) if word in ("stop", "quit", "be") else None
        if being is not None and not _reported(tokens, being[0]):
            return " ".join(tokens[being[0] : being[1] + 1])
        if word in _YOU:
            k = i + 1
            if k < n and tokens[k] in _YOU_GROUP:  # "you people are idiots"
                k += 1
            hedged = False
            while k < n and tokens[k] in _BEFORE_BE:  # "you really are", "you must be", "you might be"
                hedged = hedged or tokens[k] in _HEDGES
                k += 1
            if k < n and tokens[k] in _BE:
                k += 1 + (k + 1 < n and tokens[k + 1] == "like")  # "you sound like an idiot"
                end = _insult_at(tokens, k, after_you=False)
                if end is None:
                    end = _joined_insult(tokens, k)
                if hedged and end is not None and tokens[end + 1 : end + 2] == ["if"]:
                    end = None
            else:
                end = _insult_at(tokens, i + 1, after_you=True)  # "shut up you idiot", "you stupid people"
        elif word == "youre" or (word in _YOURE and (tokens[i + 1 : i + 2] in (["a"], ["an"]) or _so_said(tokens, i + 1))):
            end = _insult_at(tokens, i + 1, after_you=False)
            if end is None:
                end = _joined_insult(tokens, i + 1)
        elif word in ("are", "r") and i + 1 < n and tokens[i + 1] in _YOU:  # "are you stupid?"
            end = _insult_at(tokens, i + 2, after_you=False)
            if end is None:
                end = _so_stupid(tokens, i + 2)
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
        "biatch", "biatches", "beyotch", "bint", "bints", "slapper", "slappers", "bimbo", "bimbos",
        # disabled people's ("look at this sp*stic"; "a spastic colon" is no name: ``_NOT_A_NAME_AFTER``)
        "spastic", "spastics", "spaz", "spazz", "spazzes",
        # a journalist called a prostitute, India's and the web's
        "presstitute", "presstitutes",
        # "the coach is a mong", "typical thot"
        "mong", "mongs", "mongo", "mongoloid", "mongoloids", "thot", "thots", "homo", "homos",
        # obscene names ("Typical gobshite.", "asshat. shithead.")
        "douchebag", "douchebags", "asshat", "asshats", "gobshite", "gobshites", "wanker", "wankers", "tosser", "tossers",
        "knobhead", "knobheads", "bellend", "bellends", "prick", "pricks", "shitstain", "shitstains",
    }
)
# Names that are said of things too ("the commute is a bitch", "this phone is a piece of shit"): they
# insult only where a person is named ("she is a bitch", "that reporter is a piece of shit"), qualified as
# one ("a lying piece of shit") or follows ("a piece of shit human being").
_SAID_OF_THINGS = frozenset({"bitch", "bitches", "biatch", "biatches", "beyotch", "piece", "sack"})
# A person who should not be breathing: "a waste of oxygen" (not "a waste of money", said of anything); a waste of
# space or skin may be a thing ("the stadium is a waste of space"), so it insults only where a person is named.
_WASTED = (["of", "oxygen"], ["of", "space"], ["of", "skin"])
_PERSON_QUALIFIERS = frozenset(
    {
        "lying", "arrogant", "ignorant", "delusional", "brainwashed", "racist", "bigoted", "hateful", "hypocritical",
        "spineless", "gutless", "smug", "pompous", "entitled", "uneducated", "illiterate", "senile", "sanctimonious",
        "condescending", "whiny", "sniveling", "snivelling", "treasonous", "clueless", "insufferable", "cheating",
    }
)
# Words between the copula (or "typical", "that") and the name that keep it a name: "is a lying, cheating
# whore", "that fat ugly bitch".
_NAMING = _DEGREE | _QUALIFIERS | _INSULT_ADJECTIVES | frozenset(
    {"and", "bitter", "old", "cheating", "crazy", "drunk", "hideous", "obese", "gold", "digging", "blind", "dumbass"}  # "a gold-digging whore"
)
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
    {"shaming", "shamed", "shame", "walk", "word", "words", "to", "of", "it", "slur", "move", "moves",
     "colon", "paralysis", "diplegia", "quadriplegia", "hemiplegia", "bladder", "cerebral", "muscles", "dysphonia", "gait",
     "sapiens", "erectus", "habilis"}
)
# Openers that call someone the name: "Typical whore.", "What a cunt", "Hey retard".
_LABELS = frozenset({"typical", "what", "hey", "oi", "only"})  # "only a r*tard would vote for this"
# The writer of the article and the commenters, whom the milder names insult too: "the author is a moron",
# "this reporter is pathetic".
_WRITERS = frozenset({"author", "writer", "reporter", "journalist", "columnist", "editor", "commenter", "poster", "op", "blogger"})
_WRITING = frozenset(
    {"write", "writes", "wrote", "writing", "written", "article", "articles", "column", "byline", "reporter", "journalist", "publish", "published"}
)
# Reporting, of which an insult after a copula says the one called it is a writer: "Melissa Tran is a hack who
# couldn't report her way out of a paper bag". ("write" is left out: "the senator is a hack who couldn't write
# a bill" is political speech.)
_REPORTING = frozenset({"report", "reports", "reporting", "article", "articles", "column", "columns", "journalism", "byline", "headline", "headlines"})
# A name said on its own, with an intensifier ("Absolute clown."), in a comment about the writer ("This
# so-called journalist should be fired for this garbage. Absolute clown"): a sentence may end with no full stop, so it
# must follow no copula or article ("the mayor is an absolute clown", "interviewed an absolute clown of a
# senator" say it of someone else).
_BARE_INTENSIFIERS = frozenset({"absolute", "total", "complete", "utter", "absolutely", "totally", "such"})
# Names that a demonstrative gives the article, not its writer: "this garbage article".
_WRITINGS_NAMED = frozenset({"garbage", "trash", "filth"})
# Body-shaming said of anyone: two insulting adjectives, one of them of looks, before a person ("a fat,
# ugly, bitter woman"); one alone describes ("a fat man").
_LOOKS = frozenset({"fat", "ugly", "hideous", "obese"})
_LOOKED_AT = _PERSON | frozenset({"cow", "pig", "hag", "witch", "slob", "lady"})
# A name said with a word for looks is abuse whoever it is said of, a public figure too: "Helen Marsh is a fat greedy
# pig", "the minister is a fat lying pig", "the analyst is a fat neckbeard". ("He is a fat man" describes; "fat
# cat" bankers are a phrase.)
_SHAMED_NAMES = _INSULT_NOUNS | frozenset({"pigs", "hag", "hags", "slob", "slobs", "neckbeard", "neckbeards", "mong", "mongs", "whale", "whales", "lardass", "dyke"})
_SHAMED_SPAN = 3


def _named_by(tokens: Sequence[str], i: int, end: int, needs_person: bool | None = None) -> int | None:
    """Where the name that runs from i to end is said of someone (after a copula, an opener or "that"), the
    index of the first word of what says it; else None."""
    n = len(tokens)
    after = tokens[end + 1] if end + 1 < n else ""
    if tokens[end + 1 : end + 5] == ["of", "the", "highest", "order"] or after == "alert":
        return i  # "fuckwit of the highest order right here", "dickhead alert"
    if after in _NOT_A_NAME_AFTER:
        return None
    if (tokens[i - 3 : i] == ["a", "bunch", "of"] or tokens[i - 2 : i] == ["like", "a"]) and tokens[i] not in _SAID_OF_THINGS:
        return i - 3 if tokens[i - 1] == "of" else i - 2  # "plays like a bunch of spastics", "looks like a retard"
    person = after in _PERSON or after in _ROLES or after in _TARGETS
    k = i - 1
    while k >= 0 and i - k <= _NAMING_SPAN and tokens[k] in _NAMING:
        person = person or tokens[k] in _PERSON_QUALIFIERS
        k -= 1
    if needs_person is None:
        needs_person = tokens[i] in _SAID_OF_THINGS
    # "dumb bitch": an insulting adjective makes "bitch" a person's name (no commute is a dumb bitch)
    person = person or (tokens[i] in ("bitch", "bitches", "biatch", "biatches") and any(t in _INSULT_ADJECTIVES or t in _QUALIFIERS for t in tokens[k + 1 : i]))
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
    if (k < 0 or tokens[k] in _SENTENCE_ENDS) and (not after or after in _SENTENCE_ENDS):
        return None if needs_person and not person else k + 1  # "Stupid cunt.", "asshat. shithead."
    if (k < 0 or tokens[k] in _SENTENCE_ENDS) and (
        (tokens[i] in _EXPLETIVES and k + 1 == i)
        or (tokens[k + 1 : i] == ["the"] and tokens[i].endswith("s") and not needs_person)  # "the retards in parliament voted for it"
        or any(t in _INSULT_ADJECTIVES or t in _QUALIFIERS or t in _BARE_INTENSIFIERS or t == "dumbass" for t in tokens[k + 1 : i])
    ):
        # the sentence's subject, named: "Stupid sp*stic can't even read the table", "Fuckin dyke ref ruined the game"
        return k + 1
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
    elif word in _SAID_TO_BE and i > 0 and tokens[i - 1] not in _NOT_NAMED and tokens[i - 1] not in _ROLES:
        # "Melissa Tran is a hack who couldn't report her way out of a paper bag": a writer, by her reporting
        end = _insult_at(tokens, i + 1, after_you=False)
        if end is None or tokens[end] not in _INSULT_NOUNS or tokens[end + 1 : end + 2] not in (["who"], ["that"]):
            return None
        if any(t in _REPORTING for t in tokens[end + 2 : end + 8]) and not _denied(tokens, i) and not _reported(tokens, i - 1):
            return i - 1, end
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


# A woman mocked for children by many fathers: "maybe stop having 6 kids by 5 different fellas", "probably got 4 kids
# by 4 different dads" ("she raised 4 kids by herself" is praise).
_BROODS = frozenset({"kids", "children", "babies", "kiddies", "sprogs"})
_FATHERS = frozenset({"dads", "fathers", "men", "fellas", "blokes", "guys", "daddies"})
_HOW_MANY = frozenset({"_num_", "two", "three", "four", "five", "six", "seven", "eight", "different", "several", "multiple"})


def _fathered(tokens: Sequence[str], i: int) -> int | None:
    """Where the children at i are said to be "by N different dads", the index of the fathers; else None."""
    if tokens[i + 1 : i + 2] != ["by"] or not (tokens[i + 2 : i + 3] and tokens[i + 2] in _HOW_MANY):
        return None
    k = i + 3 + (tokens[i + 3 : i + 4] == ["different"])
    return k if k < len(tokens) and tokens[k] in _FATHERS else None


def _shamed_name(tokens: Sequence[str], i: int) -> int | None:
    """Where the word for looks at i ("fat") goes on, past at most two words, to a name ("... greedy pig"), the
    index of the name; else None."""
    for m in range(i + 1, min(i + 1 + _SHAMED_SPAN, len(tokens))):
        if tokens[m] in _SHAMED_NAMES:
            return m
        if not tokens[m].isalpha() or tokens[m] in FUNCTION_WORDS:
            return None
    return None


def _bare_name(tokens: Sequence[str], i: int) -> int | None:
    """Where an intensifier at i starts a name said on its own ("Absolute clown") in a comment that names the
    writer, the index of the name; else None."""
    k = i + 1
    if k >= len(tokens) or tokens[k] not in _INSULT_NOUNS or tokens[k] in _WRITINGS_NAMED or tokens[k + 1 : k + 2] == ["of"]:
        return None
    before = tokens[i - 1] if i else ""
    if before in _SAID_TO_BE or before in ("a", "an", "the", "what", "s", "such", "like", "as", "be", "been", "being") or before in _YOU:
        return None
    if not _WRITERS.isdisjoint(tokens):
        return k
    # "Absolute drongo. Every comment you make is garbage"
    return k if tokens[k + 1 : k + 2] and tokens[k + 1] in _SENTENCE_ENDS and _to_commenter(tokens, k + 2) else None


# Swearing that makes a milder name an obscene one: "Fuckin moron."
_EXPLETIVES = frozenset({"fucking", "fuckin", "effing", "fkn", "fking", "fcking"})
# Slurs that are place names and words too ("Offa's Dyke", "the dyke burst"), sworn a slur: "f*ckin dyke ref".
_SWORN_SLURS = frozenset({"dyke", "dykes", "wog", "wogs", "abo"})  # ("The Wog Boy", German "Abo": named, they are slurs)
_CALLING_CUES = (_SAID_OF_ANYONE | _SAID_TO_BE | _DEMONSTRATIVES | _LOOKED_AT | _LOOKS | _BARE_INTENSIFIERS | _BROODS | _EXPLETIVES
                 | _INSULT_ADJECTIVES | {"piece", "sack", "waste"})


# A milder name put on a comment, which names its commenter: "Typical dimwit comment from a typical dimwit", "another
# moron take". ("Typical idiot politician" is political speech.)
_COMMENTS = frozenset({"comment", "comments", "post", "posts", "take", "takes", "reply", "response", "opinion"})
# Contempt for a woman as ruled by her period: "Bet she's on her period writing this", "must be on the rag".
_PERIODS = (("on", "her", "period"), ("on", "the", "rag"), ("time", "of", "the", "month"))
_SUPERLATIVES = frozenset({"dumbest", "stupidest", "thickest", "dimmest", "densest", "ugliest"})
_COMMENTERS = frozenset({"commenter", "commentor", "poster", "troll", "reader", "user"})  # ("the dumbest person I know is me")
_GUESSED = frozenset({"bet", "must", "probably", "obviously", "clearly", "guess", "def", "definitely", "prob"})


def _belittled(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a milder name put on a comment, or of a woman's words put down to her period, at i; else None."""
    if tokens[i] in ("typical", "another") and tokens[i + 1 : i + 2] and tokens[i + 1] in _INSULT_NOUNS and tokens[i + 2 : i + 3] and tokens[i + 2] in _COMMENTS:
        return i, i + 2
    if tokens[i] == "typical" and tokens[i + 1 : i + 2] and tokens[i + 1] in _SWORN_SLURS:
        return i, i + 1  # "typical dyke angry at everything"
    if tokens[i] in _SWORN_SLURS and tokens[i + 1 : i + 2] and tokens[i + 1] in _ROLES:
        return i, i + 1  # "dyke refs ruining the women's game" (not "The Wog Boy", a film)
    if tokens[i] in _SWORN_SLURS and i > 0 and (tokens[i - 1] in _INSULT_ADJECTIVES or tokens[i - 1] in ("another", "typical", "bloody", "filthy", "dirty")):
        return i - 1, i  # "stupid wog can't even speak english", "another abo bludging off the taxpayer"
    if tokens[i] in _SWORN_SLURS and tokens[i - 2 : i] in (["is", "a"], ["s", "a"]) and i >= 3 and (tokens[i - 3] in _ROLES or tokens[i - 3] in ("she", "he")):
        return i - 3, i  # "that judge is a dyke who hates men"
    if tokens[i] in _SUPERLATIVES and tokens[i + 1 : i + 2] and tokens[i + 1] in _COMMENTERS and tokens[i - 1 : i] == ["the"]:
        return i - 1, i + 1  # "congratulations on being the dumbest commenter of the week"
    for phrase in _PERIODS:
        if tokens[i] == phrase[0] and tuple(tokens[i : i + len(phrase)]) == phrase:
            before = tokens[max(0, i - 5) : i]
            if not _GUESSED.isdisjoint(before) and ("she" in before or "her" in before or "shes" in before):
                return max(0, i - 5) + next(k for k, t in enumerate(before) if t in _GUESSED), i + len(phrase) - 1
    return None


def name_calling(tokens: Sequence[str]) -> str | None:
    """The words of the first insult said of someone that ``insult`` (the reader's) does not read: a name
    said of anyone, or a milder one said of the writer or a commenter; or None."""
    if len(tokens) > 2 and tokens[0] in _INSULT_NOUNS and tokens[1] == "." and _to_commenter(tokens, 2):
        return tokens[0]  # "Imbecile. Read a book for once in your miserable life."
    for i, word in enumerate(tokens):
        if word in ("typical", "another", "on", "time") or word in _SUPERLATIVES or word in _SWORN_SLURS:
            belittled = _belittled(tokens, i)
            called = belittled is not None and "called" in tokens[max(0, belittled[0] - 3) : belittled[0]]  # "was called a 'dirty wog'"
            if belittled is not None and not called and not _denied(tokens, belittled[0]) and not _reported(tokens, belittled[0]):
                return " ".join(tokens[belittled[0] : belittled[1] + 1])
        if word not in _CALLING_CUES:  # most words
            continue
        end = None
        if word in _SAID_OF_ANYONE:
            end = i
        elif word in _EXPLETIVES and tokens[i + 1 : i + 2] and (tokens[i + 1] in _INSULT_NOUNS or tokens[i + 1] in _SWORN_SLURS) and tokens[i + 1] not in _VERBS_TOO:
            end = i + 1  # a milder name sworn: "Fuckin moron.", "Carver is a f*cking idiot", "fuckin dyke ref"
        elif (word in ("piece", "sack") and tokens[i + 1 : i + 3] == ["of", "shit"]) or (word == "waste" and tokens[i + 1 : i + 3] in _WASTED):
            end = i + 2  # "a piece of shit", "Carver is a useless waste of oxygen"
        if end is not None:
            start = _named_by(tokens, i, end, needs_person=(tokens[end] != "oxygen") if word == "waste" else None)
            if start is not None:
                return " ".join(tokens[start : end + 1])
            continue
        if word in _SAID_TO_BE or word in _DEMONSTRATIVES:
            span = _writer_insulted(tokens, i)
            if span is not None:
                return " ".join(tokens[span[0] : span[1] + 1])
        elif word in _BARE_INTENSIFIERS or (word in _INSULT_ADJECTIVES and (i == 0 or tokens[i - 1] in _SENTENCE_ENDS)):
            end = _bare_name(tokens, i)
            if end is not None and not _denied(tokens, i) and not _reported(tokens, i):
                return " ".join(tokens[i : end + 1])
        elif word in _LOOKS and (end := _shamed_name(tokens, i)) is not None:
            start = _named_by(tokens, i, end)
            if start is not None:
                return " ".join(tokens[start : end + 1])
        elif word in _BROODS and (end := _fathered(tokens, i)) is not None and not _reported(tokens, i):
            return " ".join("[number]" if t == "_num_" else t for t in tokens[i - (i > 0 and tokens[i - 1] == "_num_") : end + 1])
        elif word in _LOOKED_AT:
            start = _body_shamed(tokens, i)
            if start is not None and not _denied(tokens, start) and not _reported(tokens, start):
                return " ".join(tokens[start : i + 1])
    return None


# The words these rules read, for ``Unmasker`` to read "st*pid" and "id1ot" back as them.
WORDS = (
    _INSULT_NOUNS
    | _SAID_OF_ANYONE
    | {"shit", "fucking"}
    | _INSULT_ADJECTIVES
    | {w for phrase in (*_AT_YOU, *_ORDERS) for w in phrase}
)

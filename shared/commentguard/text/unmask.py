"""Abusive words written to slip past a filter: "f*ck", "st*pid", "id1ot", "b!tch", "f.u.c.k".

``normalize`` folds look-alike letters and spaced-out letters, but keeps digits and symbols inside a
word: the spam model reads "v1agra" as it is. The abuse rules and word lists need the word meant,
so ``unmasked`` reads such a word back as one of a known vocabulary (the abusive terms and the
rules' insults). Only a word that resolves to exactly one vocabulary word changes: "2nd", "u.s.",
"a55" stay as they are. The vocabulary holds plain words too (the rules' "where", "shot"), which
nobody masks: where a mask fits one swear word and plain words ("sh*t": shit, shot; "wh*re": whore,
where), it is read as the swear word.

``normalize`` squeezes a run of three marks or more to two ("f***" to "f**", "n***er" to "n**er"), so
two marks may hide two letters or more: such a mask is read only as a swear word (nobody writes "a***"
for "apes"), the shortest that fits ("f**": fuck, not fucker). A masked slur's plural that is an
everyday word when written plainly ("ch*nks"; "chinks in the armour") is read as the slur the hold list
names: nobody masks the armour. A masked slur that the comment reports someone else said ("my grandfather
was called a n****r by the mayor") is left masked: masked there, it is quoted politely, not slipped past a
filter.

Typed shorthand is read as the words it stands for: "im gonna find u" as "i m gonna find you", "dont"
as "don t", so that the rules read "u" and "ur" as they read "you" and "your"; so are the few misspellings
of the rules' words that are no other word ("sumbody shud put a bulit in ..."), Scots words as the English
ones the rules know ("a waste o skin", "naebody would miss them"), and swear words' and slurs' plurals typed
with a "z" ("f@ggotz", "bitchez").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .normalize import tokenize

# Digits and symbols that stand for letters, and those that hide one (any letter).
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i"})
_HIDDEN = "*#%"
# One of those characters inside a word ("f*ck", "id1ot", "f.u.c.k"), a symbol before its letters
# ("$hut") or a mask at its end ("fuc*", "f***"); not a "!" or "." after a word, a digit before one ("2nd").
_MASKED_HINT = re.compile(r"[a-z][*#%@$!|0-9.]+[a-z]|[*#%@$|][a-z]{2}|[a-z]{2}[*#%]|[a-z][*#]{2}")
# The marks ``normalize`` squeezes: two of them may have been three or more. (Five letters at most: "n*****s".)
_SQUEEZED = "*#"
_MOST_HIDDEN = 5
# Words that writers mask, to which a mask that fits others too is read ("sh*t", "wh*re", "c*nt").
# "hell" is not among them: "h*ll" may be "hill".
SWEARS = frozenset(
    {
        "fuck", "fucking", "fucker", "fucked", "motherfucker", "motherfuckers", "shit", "cunt", "cunts", "bitch", "whore", "whores", "slut", "sluts", "piss",
        "dick", "cock", "twat", "retard", "retards", "nigger", "niggers", "faggot", "faggots", "asshole", "bastard",
        # the slurs of the hold list (not "fag": "f**" is "f***", fuck, far more often than "fag")
        "nigga", "niggas", "chink", "chinks", "coon", "coons", "gook", "gooks", "kike", "kikes", "spic", "spics",
        "tranny", "trannies", "wetback", "wetbacks", "beaner", "beaners", "raghead", "ragheads",
    }
)
# The slurs of the hold list, which holds them on sight, whoever says them.
SLURS = frozenset(
    {
        "nigger", "niggers", "nigga", "niggas", "faggot", "faggots", "fag", "fags", "chink", "chinks", "coon", "coons", "gook",
        "gooks", "kike", "kikes", "spic", "spics", "tranny", "trannies", "wetback", "wetbacks", "beaner", "beaners", "raghead",
        "ragheads",
    }
)
# Words that report a slur someone else said or wrote: "my grandfather was called a n****r by the mayor", "a
# man yelling 'f****ts go home'", "someone spray-painted 'k*kes out' on the fence". Masked there, a slur is
# quoted politely, not slipped past a filter, and it stays masked; unless the reporter is the writer ("as I
# said, ..."). ("call" is left out: "I'd call a sp*c a sp*c" is no report.)
_REPORTED_BY = frozenset(
    {
        "called", "yelled", "yelling", "shouted", "shouting", "screamed", "screaming", "said", "saying", "says", "chanted",
        "chanting", "wrote", "written", "painted", "scrawled", "graffiti", "sprayed", "tagged", "word", "slur", "slurs",
    }
)
_REPORT_REACH = 8  # words back: "yelled 'go back to your country you sp*c'"
# Slurs' plurals that are everyday words when written plainly ("chinks in the armour", "fags" for
# cigarettes, "coons" for raccoons), left off the hold list for that: masked or in leet ("ch*nks",
# "f@gs"), they are the slur, read as the one the list holds.
MASKED_SLURS = {"chinks": "chink", "fags": "fag", "coons": "coon"}
# Shorthand typed for words the rules read: one token, or several for the contraction it stands for.
# ("ya" is left: "see ya" is a goodbye; "ill" is "I'll" as often as "sick": ``_ILL_BEFORE``.)
TYPED = {
    "u": "you", "ur": "your", "yur": "your", "urself": "yourself", "urselves": "yourselves", "im": "i m", "youre": "you re",
    "shes": "she s", "hes": "he s", "theyre": "they re", "theyll": "they ll", "youll": "you ll", "youve": "you ve", "youd": "you d",
    "theyve": "they ve", "weve": "we ve",
    "imma": "i m gonna", "ima": "i m gonna", "gunna": "gonna", "til": "until", "dont": "don t", "didnt": "didn t", "doesnt": "doesn t",
    "cant": "can t", "wont": "won t", "isnt": "isn t", "wasnt": "wasn t", "aint": "ain t", "hadnt": "hadn t", "havent": "haven t",
    "hasnt": "hasn t", "werent": "weren t", "arent": "aren t",
    "wouldnt": "wouldn t", "shouldnt": "shouldn t", "couldnt": "couldn t",
}
# Misspellings of the words the rules read, typed by people who spell as they speak: "sumbody shud put a
# bulit in that trayter". Each is no other word.
MISSPELT = {
    "sumbody": "somebody", "sumone": "someone", "somebdy": "somebody", "shud": "should", "shld": "should",
    "shuld": "should", "bulit": "bullet", "bullit": "bullet", "bulet": "bullet", "trayter": "traitor",
    "traiter": "traitor", "trator": "traitor", "traytor": "traitor",
}
# Scots, which Scottish sites' readers write beside English. Scots words that English often writes with another
# meaning are left out ("pit", a coal pit; "fur"); those it writes rarely are kept ("wean", "ken", "wan"), since
# reading "wean him off" as "kid him off" makes no rule hold anything.
SCOTS = {
    "o": "of", "aw": "all", "dae": "do", "daein": "doing", "naebody": "nobody", "naewan": "nobody", "nae": "no",
    "hoose": "house", "hooses": "houses", "hame": "home", "oot": "out", "doon": "down", "aboot": "about", "awa": "away",
    "ye": "you", "yer": "your", "yous": "you", "youse": "you", "yersel": "yourself", "masel": "myself", "hissel": "himself",
    "tae": "to", "intae": "into", "wi": "with", "fae": "from", "frae": "from", "efter": "after", "oor": "our",
    "whit": "what", "ken": "know", "kens": "knows", "kent": "knew", "bide": "live", "bides": "lives", "bidin": "living",
    "wean": "kid", "weans": "kids", "polis": "police", "heid": "head", "deid": "dead", "gie": "give", "gonnae": "gonna",
    "wid": "would", "mair": "more", "naw": "no", "wan": "one", "greetin": "crying", "aff": "off",
}
# Plurals typed with a "z" ("f@ggotz", "bitchez", "niggaz"): read as the plural of the swear word or slur.
# Only of those: "quiz" and "blitz" are no plurals.
Z_PLURALS = {w[:-1] + "z": w for w in (*SWEARS, *SLURS, "bitches", "hoes") if w.endswith("s")}
_SPELT = {**TYPED, **MISSPELT, **SCOTS, **Z_PLURALS}
# "ill" is "I'll" before a verb of what the speaker will do ("ill bash your skull in", "ill find you"), unless it
# follows a word that makes it "sick" ("he is ill", "she fell ill", "terminally ill").
_ILL_BEFORE = frozenset(
    {
        "bash", "beat", "smash", "kill", "find", "hunt", "hurt", "punch", "break", "come", "make", "slap", "kick", "end",
        "cut", "stab", "shoot", "show", "teach", "get", "rip", "put", "track", "choke", "strangle", "murder", "burn",
        "knock", "snap", "slit", "gut", "deal", "wait", "be", "see", "bend", "drag", "leave", "ruin", "rearrange", "drive", "throw", "do", "rail",
    }
)
_ID_BEFORE = frozenset({"happily", "gladly", "love", "rather", "personally", "never"})
# Every token ``_spelled_out`` may read as other words.
_READ_AGAIN = frozenset(_SPELT) | {"ill", "id"}
_SICK_AFTER = frozenset(
    {
        "is", "s", "was", "be", "been", "being", "feel", "feeling", "felt", "feels", "very", "so", "too", "fell", "falls",
        "become", "became", "got", "get", "getting", "look", "looks", "seem", "seems", "mentally", "critically",
        "terminally", "seriously", "gravely", "chronically", "are", "re", "were", "am", "m", "the", "an", "of",
    }
)
# "U.S.", "U.K.", "U.N.": "u" before one of these letters is no "you".
_NOT_YOU_AFTER = frozenset({"s", "k", "n"})
# Punctuation around a word is no part of it ("b!tch!" ends a sentence).
_EDGES = "\"'()[]{}<>,;:?.!"


def _resolve(core: str, vocabulary: Collection[str], by_length: dict[int, list[str]]) -> str | None:
    """The vocabulary word that ``core`` (a word without the punctuation around it) hides, or None."""
    if len(core) < 3 or not any(c.isalpha() for c in core):
        return None
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", core):  # "f.u.c.k"
        joined = core.replace(".", "")
        return joined if joined in vocabulary else None
    if core.endswith("z") and len(core) > 4:  # "f@ggotz", "b*tchez": a plural, as the list holds it
        plural = _resolve(core[:-1] + "s", vocabulary, by_length)
        if plural is not None and plural.endswith("s"):
            return plural
    folded = core.translate(_LEET)
    if not any(c in _HIDDEN for c in folded):
        return folded if folded in vocabulary and folded != core else None
    if not all(c.isalpha() or c in _HIDDEN for c in folded):
        return None
    runs = re.findall(f"[{re.escape(_HIDDEN)}]+", folded)
    squeezed = any(len(r) == 2 and r[0] == r[1] and r[0] in _SQUEEZED for r in runs)
    letters = sum(c.isalpha() for c in folded)
    if letters < (1 if squeezed else 2):
        return None
    if not squeezed:
        pattern = re.compile("".join("[a-z]" if c in _HIDDEN else c for c in folded))
        matches = {w for w in by_length.get(len(folded), ()) if pattern.fullmatch(w)}
        if len(matches) > 1:
            matches &= SWEARS
        return matches.pop() if len(matches) == 1 else None
    # "f**" was "f**" or "f***" or longer: a swear word, the shortest that fits
    pattern = re.compile(re.sub(f"[{re.escape(_HIDDEN)}]+", lambda r: f"[a-z]{{{len(r.group())},{_MOST_HIDDEN}}}", folded))
    matches = sorted((w for w in SWEARS if pattern.fullmatch(w)), key=len)
    if not matches or (len(matches) > 1 and len(matches[1]) == len(matches[0])):
        return None
    return matches[0]


class Unmasker:
    """Reads masked words of a normalised text back as words of ``vocabulary`` (lower-case words)."""

    def __init__(self, vocabulary: Collection[str]) -> None:
        self.vocabulary = frozenset(vocabulary).union(MASKED_SLURS)  # frozen: a cache key (``toxicity``)
        self._by_length: dict[int, list[str]] = {}
        for w in sorted(self.vocabulary):
            self._by_length.setdefault(len(w), []).append(w)

    def tokens(self, normalized_text: str, tokens: Sequence[str], split: Callable[[str], list[str]] = tokenize) -> Sequence[str]:
        """``tokens`` (``split`` of ``normalized_text``) with masked words and shorthand read back; the same
        list when none is."""
        return _spelled_out(self._unmasked(normalized_text, tokens, split))

    def _unmasked(self, normalized_text: str, tokens: Sequence[str], split: Callable[[str], list[str]]) -> Sequence[str]:
        edits = []
        last_word = -1
        for m in _MASKED_HINT.finditer(normalized_text):
            # the whole word around the hint, once
            start = normalized_text.rfind(" ", 0, m.start()) + 1
            if start == last_word:
                continue
            last_word = start
            end = normalized_text.find(" ", m.end())
            word = normalized_text[start : end if end >= 0 else len(normalized_text)]
            core = word.strip(_EDGES)
            meant = _resolve(core, self.vocabulary, self._by_length)
            if meant in SLURS and _reports(normalized_text, start):
                meant = None
            meant = MASKED_SLURS.get(meant, meant)
            if meant is not None:
                start += word.index(core)
                edits.append((start, start + len(core), meant))
        if not edits:
            return tokens
        out, last = [], 0
        for start, end, meant in edits:
            # in place, its edges kept: a full stop after "sh1thead." still ends the sentence
            out += [normalized_text[last:start], meant]
            last = end
        return split("".join(out) + normalized_text[last:])


def _reports(normalized_text: str, start: int) -> bool:
    """Whether the words before ``start`` report what someone else said or wrote ("was called a", "yelling")."""
    # a hyphenated word by its last part: "spray-painted" reports, "painted-nail boys" does not
    before = [w.strip(_EDGES).rsplit("-", 1)[-1] for w in normalized_text[max(0, start - 80) : start].split()][-_REPORT_REACH:]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _REPORTED_BY:
            # "as I said", "we wrote": the writer's own; "he told me someone painted" and "called me a" report;
            # "nothing says 'world-class' like 400 w3tb@cks" is the writer's sneer, no one's words
            return not (any(w in ("i", "we") for w in before[max(0, k - 3) : k]) or before[k - 1 : k] == ["nothing"])
    return False


def _spelled_out(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` with typed shorthand, misspellings, Scots words and "z" plurals read as the words they stand
    for; the same list when none is."""
    if _READ_AGAIN.isdisjoint(tokens):  # in C: most comments type none
        return tokens
    n = len(tokens)
    out: list[str] = []
    for k, t in enumerate(tokens):
        meant = _SPELT.get(t)
        if t == "ill" and k + 1 < n and tokens[k + 1] in _ILL_BEFORE and (k == 0 or tokens[k - 1] not in _SICK_AFTER):
            meant = "i ll"
        elif t == "id" and k + 1 < n and (tokens[k + 1] in _ILL_BEFORE or tokens[k + 1] in _ID_BEFORE):
            meant = "i d"  # "Id put that judge in the ground", "id happily do it" (not "your id card")
        if meant is None or (t == "u" and k + 1 < n and tokens[k + 1] in _NOT_YOU_AFTER):
            out.append(t)
        else:
            out.extend(meant.split())
    return out

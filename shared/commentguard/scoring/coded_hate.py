"""Hate codes: numbers, phrases and typography that white supremacists and antisemites use so that a
comment reads as harmless to anyone who does not know them ("13/50", "(((them)))", "1488", "day of the
rope", "goyim know"). The toxicity model has never seen them and the other rules read none of them as
abuse; a moderator recognises each on sight, so each holds the comment with what it means.

The list is small and documented: each code is an entry of the ADL's hate symbols database ("Hate on
Display"), and each is matched only where it cannot be anything else. A number alone needs the shape of
a sign-off: "1488" standing as a sentence of its own ("Time for the day of the rope. 1488."), not a year
("in 1488 Dias rounded the Cape") nor part of a longer number; "13/50" standing alone ("13/50. Do the
math."), not a vote or a score ("the 13/50 vote", "she scored 13/50"). Triple parentheses hold around
a name or a word for people ("(((them)))", "(((Soros)))"), not around a sound or a hug.

``coded_hate`` reads the normalised tokens like the other rules; the numbers and the brackets are gone
from those (``normalize`` makes every number "_num_"), so ``hate_code_in_text`` reads them from the
comment's raw text. Both answer with a code of ``MEANINGS``; ``reason`` words the hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .incitement import _reported

# What each code means, as the reason tells the moderator.
MEANINGS = {
    "1488": 'neo-Nazi sign-off: 14 for the "14 words" white-supremacist slogan, 88 for "Heil Hitler" (H is the 8th letter)',
    "88": '"Heil Hitler" (H is the 8th letter of the alphabet)',
    "14 words": 'the "14 words", a white-supremacist slogan about securing "a future for white children"',
    "13/50": "racist statistic claiming that Black people, 13% of the US population, commit 50% of its crime",
    "(((echo)))": "triple parentheses mark a name as Jewish, an antisemitic 'echo'",
    "day of the rope": "from The Turner Diaries: a day of mass lynching of Jews and 'race traitors'",
    "goyim know": "antisemitic meme that Jews scheme to keep non-Jews (goyim) ignorant",
    "ZOG": '"Zionist Occupied Government": antisemitic claim that Jews secretly control governments',
    "rahowa": '"Racial Holy War", a white-supremacist battle cry',
    "white genocide": "white-supremacist claim that diversity and immigration are a plot to wipe out white people",
}


def reason(code: str) -> str:
    """The hold's reason for a code of ``MEANINGS``."""
    return f'uses a hate code ("{code}"): {MEANINGS[code]}'


# Phrases in tokens, each with its code. (The slogan of the "14 words" is quoted from its second half,
# which no other sentence says.)
_PHRASES = (
    (("day", "of", "the", "rope"), "day of the rope"),
    (("goyim", "know"), "goyim know"),
    (("goyim", "knows"), "goyim know"),
    (("goy", "knows"), "goyim know"),
    (("zionist", "occupied", "government"), "ZOG"),
    (("zionist", "occupation", "government"), "ZOG"),
    (("rahowa",), "rahowa"),
    (("racial", "holy", "war"), "rahowa"),
    (("existence", "of", "our", "people", "and", "a", "future", "for", "white", "children"), "14 words"),
    # "the Mantra": "diversity is (a) code (word) for white genocide", "anti-racist is a code word for anti-white"
    (("code", "for", "white", "genocide"), "white genocide"),
    (("code", "word", "for", "white", "genocide"), "white genocide"),
    (("code", "word", "for", "anti", "white"), "white genocide"),
    (("code", "for", "anti", "white"), "white genocide"),
)
# After "day of the rope" only what ends the phrase: "the day of the rope bridge opening" is a bridge.
_ROPE_AFTER = frozenset(
    {"!", "?", "_num_", "is", "s", "will", "ll", "when", "now", "soon", "comes", "coming", "can", "cannot", "and", "for",
     "has", "where", "it", "they", "we", "i", "then", "approaches", "draws", "awaits", "lol"}
)
_BY_FIRST: dict[str, list] = {}
for _phrase, _code in _PHRASES:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _code))
# "white genocide is real", "the great replacement is happening": the claim made, not discussed ("the
# great replacement is a conspiracy theory", "is the great replacement real?").
_CLAIMS = (("white", "genocide"), ("great", "replacement"))
_CLAIMED = frozenset({"real", "happening", "coming", "here", "underway", "true"})
# "ZOG" said in lower case is the children's book dragon or the king of Albania, unless it is said to rule.
_ZOG_RULES = frozenset(
    {"government", "controlled", "control", "controls", "occupied", "puppet", "puppets", "regime", "agents", "shills", "run", "owned", "banks", "media"}
)


def coded_hate(tokens: Sequence[str]) -> str | None:
    """The code of ``MEANINGS`` of the first hate code in the tokens that the comment does not quote
    to report, or None."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        found = None
        for phrase, code in _BY_FIRST.get(word, ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) == phrase and (code != "day of the rope" or end == n or tokens[end] in _ROPE_AFTER):
                found = code
                break
        if found is None and word in ("white", "great"):
            claim = next((c for c in _CLAIMS if tuple(tokens[i : i + 2]) == c), None)
            if claim and tokens[i + 2 : i + 3] in (["is"], ["s"]) and i + 3 < n and tokens[i + 3] in _CLAIMED:
                found = "white genocide"
        if found is None and word == "zog" and any(t in _ZOG_RULES for t in tokens[max(0, i - 3) : i + 4]):
            found = "ZOG"
        if found is not None and not _reported(tokens, i):
            return found
    return None


# In the raw text. A sign-off stands as a sentence of its own: after the start, an end of sentence or a
# line break, and before the end, an end of sentence, a line break or a tag line ("do the math"). A
# quoted code ('he had "1488" tattooed') is news.
_ALONE_BEFORE = r"(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))\s*"
_ALONE_AFTER = r"\s*(?=$|[.!?\n]|,?\s+(?:do the math|every time|just saying|never forget|think about it)\b)"
_SIGN_OFFS = (
    (re.compile(_ALONE_BEFORE + r"(?:14\s?/\s?88|1488)(?:\s?hh)?" + _ALONE_AFTER, re.IGNORECASE), "1488"),
    (re.compile(r"#(?:1488|14words|fourteenwords)\b", re.IGNORECASE), "1488"),
    (re.compile(r"(?<![\w/.,:])(?:hh\s?88|88\s?hh)(?![\w/.,:%])", re.IGNORECASE), "88"),
    (re.compile(_ALONE_BEFORE + r"13\s?/\s?(?:50|52|90)" + _ALONE_AFTER), "13/50"),
)
# "13% of the population commit 50% of the murders": the same claim spelled out, in one sentence (not "13%
# of respondents named crime, half named potholes").
_THIRTEEN = re.compile(r"(?<![\d.])13\s?(?:%|percent\b|per cent\b)")
_HALF = re.compile(r"(?<![\d.])5[0-9]\s?(?:%|percent\b|per cent\b)", re.IGNORECASE)
_CRIME = re.compile(r"\b(?:crimes?|murders?|homicides?|killings|violent|robber(?:y|ies))\b", re.IGNORECASE)
_COMMIT = re.compile(r"\b(?:commit(?:s|ted)?|responsible for|account for|population)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+")
# "(((Soros)))", "(((them)))": one to four words in three brackets each side.
_ECHO = re.compile(r"\({3}\s*([^()\n]{1,40}?)\s*\){3}")
_NOT_ECHOED = frozenset(
    {
        "hug", "hugs", "sound", "sounds", "surround", "echo", "echoes", "bass", "stereo", "noise", "vibes",
        "vibrations", "reverb", "music", "loud", "radio", "ringing", "applause", "cheers", "crickets", "sigh",
        "sighs", "laughs", "laughter", "love", "boom", "bang", "thunder", "waves",
    }
)
_ZOG_CAPS = re.compile(r"(?<![\w-])ZOG(?![\w-])")
_DIGIT = re.compile(r"[0-9]")


def hate_code_in_text(text: str) -> str | None:
    """The code of ``MEANINGS`` of the first hate code in the comment's raw text that only the raw text
    shows (numbers, brackets, capitals), or None."""
    if _DIGIT.search(text):  # found in C: most comments have no number
        for pattern, code in _SIGN_OFFS:
            if pattern.search(text):
                return code
        if "13" in text and _THIRTEEN.search(text):
            for sentence in _SENTENCE.findall(text):
                if _THIRTEEN.search(sentence) and _HALF.search(sentence) and _CRIME.search(sentence) and _COMMIT.search(sentence):
                    return "13/50"
    if "(((" in text:
        for m in _ECHO.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group(1).lower())
            if words and len(words) <= 4 and not any(w in _NOT_ECHOED for w in words):
                return "(((echo)))"
    if "ZOG" in text and _ZOG_CAPS.search(text):
        letters = [c for c in text if c.isalpha()]
        if sum(c.isupper() for c in letters) < 0.5 * len(letters):  # not a comment shouted in capitals
            return "ZOG"
    return None


# The words ``coded_hate`` reads, for ``Unmasker`` to read "g0yim" back as "goyim".
WORDS = frozenset({"goyim", "rahowa", "zog"})

"""How a remark is aimed and meant, for the rules that read abuse of a person (``insults``, ``threats``,
``harassment``, ``doxxing``): who says it ("I", "we" before their verb), to whom ("you", as a reply types it)
and of whom (a person, a woman or someone named by their office, the speaker's own family), and whether the
commenter means it: a denial before it ("nobody said you are an idiot") or, where a rule needs one, an order
to the reader ("go back ...", "say that to my face"). Whether a comment quotes a remark to report it is
``incitement._reported``'s, which these rules read too.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incitement import (
    _BETWEEN,
    _COPULAS,
    _DENIALS,
    _DETERMINERS,
    _INTENTS,
    _ROLES,
    _SENTENCE_ENDS,
    _SPEAKERS,
    _THIRD_POSSESSIVES,
    word_before,
)

# What may stand between a speaker and their verb: "I'm going to (find)", "we'll (just)".
_TO_SPEAKER = _INTENTS | _BETWEEN
# "you" and the forms a reply types it in.
_YOU = frozenset({"you", "u", "ya"})
# What a person is said to be, of anyone: "Bob is", "she's" (tokens "she", "s"), "they were".
_SAID_TO_BE = _COPULAS | {"s"}
# A person, said of whom an adjective insults: "you are a stupid person", "a fat, ugly, bitter woman".
_PERSON = frozenset({"person", "man", "woman", "human", "individual", "boy", "girl", "child", "kid", "creature"})
# A woman, or anyone named by their role (``incitement._ROLES``): "her", "that reporter", "the new anchor".
_WOMEN = frozenset({"woman", "girl", "lady", "chick", "babe", "blonde", "brunette", "anchor", "host"}) | _ROLES
# What a man calls a woman to her face ("smile more, sweetheart", "sit down, honey"): a come-on, or a put-down.
_PET_NAMES = frozenset(
    {"sweetheart", "sweetie", "honey", "babe", "baby", "darling", "doll", "toots", "princess", "sugar", "hun", "hon", "cutie", "missy"}
)
# "that motherfucker", "this hack of a reporter", "that anchor can read me the headlines in bed".
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Someone else's: "his kids", "her house", "their back".
_WHOSE = _THIRD_POSSESSIVES
# The speaker's own family and friends ("my mum lives at ...", "my sister works at the library"): no one
# the comment sets readers on.
_KIN_OF_SPEAKER = frozenset(
    {"mum", "mom", "mam", "dad", "mother", "father", "gran", "granny", "nan", "nana", "grandma", "grandad", "grandpa",
     "grandmother", "grandfather", "parents", "family", "sister", "brother", "son", "daughter", "aunt", "auntie",
     "uncle", "wife", "husband", "partner", "kids", "children", "friend", "neighbour", "neighbor", "cousin", "girlfriend",
     "boyfriend", "fiancee", "fiance"}
)
# What follows must end the comment or start a sentence (an end, or a word that starts one where no full stop
# was written): an insult after a dismissal ("grow up, idiots! you ...", not "when they wake up idiots will be in
# charge"), a dare to say it to the speaker's face ("say that to my face. I'll ...").
_SENTENCE_STARTS = _SENTENCE_ENDS | {"you", "i", "we", "it", "its", "this", "your", "just", "nobody", "no", "lol", "lmao", "haha"}


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


# "Nobody asked", "no one cares": a denial that dismisses the reader, and denies nothing said after it
# ("nobody asked, you absolute retard").
_DISMISSIVE_DENIALS = frozenset({"asked", "cares", "care", "wants"})


def _denied(tokens: Sequence[str], i: int) -> bool:
    """A denial in the few words before i: "nobody said you are an idiot", "I don't think you're stupid".

    Not ``incitement._negated``: its "stop" and "without" deny a call ("stop killing them") but not an
    insult ("stop, you idiot")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k] in ("because", "cause", "coz", "cuz"):
            return False  # a new clause: "you better hope we never meet because I'll cave your head in"
        if tokens[k] in _DENIALS or tokens[k] in ("t", "nt"):
            after = tokens[k + 1 + (tokens[k] == "no" and tokens[k + 1 : k + 2] == ["one"]) :][:1]
            if not after or after[0] not in _DISMISSIVE_DENIALS:
                return True
    return False


# An order to the reader, as ``insults`` reads "go back to your own country" and ``threats`` "say that to my
# face": not the speaker's plan ("I'd love to go back to your country" is a visit), nor a question ("did you
# go back to your country?").
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


def _ordered(tokens: Sequence[str], i: int, reader_only: bool = False) -> bool:
    """Whether the verb at i is an order to the reader ("go back ...", "you should go back ...", "why
    don't you go back ..."), not the speaker's plan ("I want to go back ...") or a question. With
    ``reader_only``, not an obligation put on others either ("they should go back ...")."""
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
        return before in _YOU if reader_only else before not in _SPEAKERS
    return prev not in _NOT_AN_ORDER


def _by_first_word(entries, phrase_of=lambda entry: entry) -> dict[str, list]:
    """Phrases (or entries holding one) by their first word: most tokens start none."""
    out: dict[str, list] = {}
    for entry in entries:
        out.setdefault(phrase_of(entry)[0], []).append(entry)
    return out

"""Abusive words written to slip past a filter: "f*ck", "st*pid", "id1ot", "b!tch", "f.u.c.k".

``normalize`` folds look-alike letters and spaced-out letters, but keeps digits and symbols inside a
word: the spam model reads "v1agra" as it is. The abuse rules and word lists need the word meant,
so ``unmasked`` reads such a word back as one of a known vocabulary (the abusive terms and the
rules' insults). Only a word that resolves to exactly one vocabulary word changes: "2nd", "u.s.",
"a55" stay as they are. The vocabulary holds plain words too (the rules' "where", "shot"), which
nobody masks: where a mask fits one swear word and plain words ("sh*t": shit, shot; "wh*re": whore,
where), it is read as the swear word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .normalize import tokenize

# Digits and symbols that stand for letters, and those that hide one (any letter).
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i"})
_HIDDEN = "*#%"
# One of those characters inside a word ("f*ck", "id1ot", "f.u.c.k"), a symbol before its letters
# ("$hut") or a mask at its end ("fuc*"); not a "!" or "." after a word, a digit before one ("2nd").
_MASKED_HINT = re.compile(r"[a-z][*#%@$!|0-9.]+[a-z]|[*#%@$|][a-z]{2}|[a-z]{2}[*#%]")
# Words that writers mask, to which a mask that fits others too is read ("sh*t", "wh*re", "c*nt").
# "hell" is not among them: "h*ll" may be "hill".
SWEARS = frozenset(
    {
        "fuck", "fucking", "fucker", "shit", "cunt", "cunts", "bitch", "whore", "whores", "slut", "sluts", "piss",
        "dick", "cock", "twat", "retard", "retards", "nigger", "niggers", "faggot", "faggots", "asshole", "bastard",
    }
)
# Punctuation around a word is no part of it ("b!tch!" ends a sentence).
_EDGES = "\"'()[]{}<>,;:?.!"


def _resolve(core: str, vocabulary: Collection[str], by_length: dict[int, list[str]]) -> str | None:
    """The vocabulary word that ``core`` (a word without the punctuation around it) hides, or None."""
    if len(core) < 3 or not any(c.isalpha() for c in core):
        return None
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?", core):  # "f.u.c.k"
        joined = core.replace(".", "")
        return joined if joined in vocabulary else None
    folded = core.translate(_LEET)
    if not any(c in _HIDDEN for c in folded):
        return folded if folded in vocabulary and folded != core else None
    if not all(c.isalpha() or c in _HIDDEN for c in folded) or sum(c.isalpha() for c in folded) < 2:
        return None
    pattern = re.compile("".join("[a-z]" if c in _HIDDEN else c for c in folded))
    matches = {w for w in by_length.get(len(folded), ()) if pattern.fullmatch(w)}
    if len(matches) > 1:
        matches &= SWEARS
    return matches.pop() if len(matches) == 1 else None


class Unmasker:
    """Reads masked words of a normalised text back as words of ``vocabulary`` (lower-case words)."""

    def __init__(self, vocabulary: Collection[str]) -> None:
        self.vocabulary = frozenset(vocabulary)
        self._by_length: dict[int, list[str]] = {}
        for w in sorted(self.vocabulary):
            self._by_length.setdefault(len(w), []).append(w)

    def tokens(self, normalized_text: str, tokens: Sequence[str]) -> Sequence[str]:
        """``tokens`` (of ``normalized_text``) with masked words read back; the same list when none is."""
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
            if meant is not None:
                start += word.index(core)
                edits.append((start, start + len(core), meant))
        if not edits:
            return tokens
        out, last = [], 0
        for start, end, meant in edits:
            out += [normalized_text[last:start], " ", meant, " "]
            last = end
        return tokenize("".join(out) + normalized_text[last:])

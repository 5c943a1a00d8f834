"""Counterfactual copies of training comments with the groups they name swapped (dev only).

The Fox News data names some groups only in hateful comments (all 15 comments saying "muslims"
are labelled hateful), so a model trained on it alone learns the group's name as a sign of hate
and holds "I have many friends who are Muslims". Training on copies of each comment that name
another group instead, with the label kept, leaves what is said about the group as the signal:
hate aimed at any group is hate, and a friendly mention of any group is not.

Each comment's groups are swapped consistently (every "Muslims" of a comment becomes, say,
"Hindus", and "Muslim" becomes "Hindu"), keeping the word's form (plural, singular, adjective,
faith), capitalisation and everything else. Gender nouns swap within their own pairs.
"""

from __future__ import annotations

import re
from random import Random

# One group per entry: the word for each form it has. "also" lists other spellings of a form.
GROUPS: tuple[dict, ...] = (
    {"pl": "muslims", "sg": "muslim", "adj": "muslim", "faith": "islam", "also": {"moslems": "pl", "moslem": "sg", "islamic": "adj"}},
    {"pl": "christians", "sg": "christian", "adj": "christian", "faith": "christianity"},
    {"pl": "jews", "sg": "jew", "adj": "jewish", "faith": "judaism"},
    {"pl": "hindus", "sg": "hindu", "adj": "hindu", "faith": "hinduism"},
    {"pl": "catholics", "sg": "catholic", "adj": "catholic", "faith": "catholicism"},
    {"pl": "buddhists", "sg": "buddhist", "adj": "buddhist", "faith": "buddhism"},
    {"pl": "mormons", "sg": "mormon", "adj": "mormon"},
    {"pl": "atheists", "sg": "atheist", "adj": "atheist"},
    {"pl": "blacks", "adj": "black"},
    {"pl": "whites", "adj": "white"},
    {"pl": "arabs", "sg": "arab", "adj": "arab"},
    {"pl": "mexicans", "sg": "mexican", "adj": "mexican"},
    {"pl": "asians", "sg": "asian", "adj": "asian"},
    {"pl": "africans", "sg": "african", "adj": "african"},
    {"pl": "hispanics", "sg": "hispanic", "adj": "hispanic"},
    {"pl": "latinos", "sg": "latino", "adj": "latino"},
    {"pl": "immigrants", "sg": "immigrant", "adj": "immigrant"},
    {"pl": "refugees", "sg": "refugee", "adj": "refugee"},
    {"pl": "gays", "adj": "gay"},
    {"pl": "lesbians", "sg": "lesbian", "adj": "lesbian"},
    # Political camps: comments name them far more often, mostly without hate, so swapping them with
    # the groups above teaches a neutral mention of a group, and that hate aimed at a camp is hate.
    {"pl": "liberals", "sg": "liberal", "adj": "liberal"},
    {"pl": "conservatives", "sg": "conservative", "adj": "conservative"},
    {"pl": "democrats", "sg": "democrat", "adj": "democrat"},
    {"pl": "republicans", "sg": "republican", "adj": "republican"},
)
GENDER_PAIRS = (("women", "men"), ("woman", "man"), ("females", "males"), ("female", "male"), ("girls", "boys"), ("girl", "boy"))

# "Black" and "white" are colours far more often than groups ("the White House"): they count as a
# group only before a word for people.
_PEOPLE = (
    r"people|persons?|men|women|man|woman|males?|females?|folks?|americans?|lives|communit(?:y|ies)|kids|"
    r"children|guys?|voters?|students?|famil(?:y|ies)|neighbou?rhoods?|culture|racists?|supremacists?|citizens?|youths?"
)
_COLOURS = {"black", "white"}


def _surface_forms() -> dict[str, tuple[int, frozenset[str]]]:
    """word -> (group index, the forms it can be): "muslim" is singular and adjective alike."""
    forms: dict[str, tuple[int, set[str]]] = {}
    for i, g in enumerate(GROUPS):
        words = [(g[f], f) for f in ("pl", "sg", "adj", "faith") if f in g] + list(g.get("also", {}).items())
        for word, form in words:
            forms.setdefault(word, (i, set()))[1].add(form)
    return {w: (i, frozenset(f)) for w, (i, f) in forms.items()}


_FORMS = _surface_forms()
_GROUP_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted((re.escape(w) for w in _FORMS if w not in _COLOURS), key=len, reverse=True))
    + r"|(?:black|white)(?=\s+(?:" + _PEOPLE + r")\b))\b",
    re.IGNORECASE,
)
_GENDER = {a: b for pair in GENDER_PAIRS for a, b in (pair, pair[::-1])}
_GENDER_RE = re.compile(r"\b(?:" + "|".join(sorted(_GENDER, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _replacement(target: dict, forms: frozenset[str]) -> str | None:
    """The target group's word for a word that can be any of ``forms`` (None if it has none that fits
    them all: "muslim" may be a noun or an adjective, so it becomes "hindu", never "jew")."""
    words = {target[f] for f in forms if f in target}
    return words.pop() if len(words) == 1 and all(f in target for f in forms) else None


def mentions(text: str) -> bool:
    return bool(_GROUP_RE.search(text) or _GENDER_RE.search(text))


def swapped(text: str, rng: Random) -> str | None:
    """One counterfactual copy of ``text``: its groups swapped for others drawn at random, its gender
    nouns for their pair; None when it names none."""
    hits = [(m, _FORMS[m.group(0).lower()]) for m in _GROUP_RE.finditer(text)]
    needed: dict[int, set[frozenset[str]]] = {}
    for _, (i, forms) in hits:
        needed.setdefault(i, set()).add(forms)
    mapping: dict[int, int] = {}
    for i in sorted(needed):
        options = [
            j for j in range(len(GROUPS))
            if j != i and j not in mapping.values() and all(_replacement(GROUPS[j], f) for f in needed[i])
        ]
        if options:
            mapping[i] = rng.choice(options)
    edits = [
        (m.start(), m.end(), _cased(_replacement(GROUPS[mapping[i]], forms), m.group(0)))
        for m, (i, forms) in hits
        if i in mapping
    ]
    edits += [(m.start(), m.end(), _cased(_GENDER[m.group(0).lower()], m.group(0))) for m in _GENDER_RE.finditer(text)]
    if not edits:
        return None
    out, last = [], 0
    for start, end, word in sorted(edits):
        out += [text[last:start], word]
        last = end
    return "".join(out) + text[last:]


def variants(text: str, k: int, seed: int) -> list[str]:
    """Up to ``k`` distinct counterfactual copies of ``text`` (none when it names no group)."""
    rng = Random(f"{seed}:{text}")
    seen, out = {text}, []
    for _ in range(4 * k):
        v = swapped(text, rng)
        if v is None:
            break
        if v not in seen:
            seen.add(v)
            out.append(v)
            if len(out) == k:
                break
    return out

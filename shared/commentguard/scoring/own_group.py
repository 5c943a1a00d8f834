"""A writer who names their own group, or people they call theirs: "As a Somali mom in Cedar Heights,
thank you ...", "Eid Mubarak to all our Muslim neighbours".

The Fox News comments the toxicity model learnt from name some groups only in hate (all 15 saying
"muslims" are labelled hateful), so the model's score rises at a group's name whoever says it, and a
reader who says "I'm Muslim and my family has run the bakery on 5th for 20 years" was held for abuse.
Said of oneself or of one's own people, the name is no sign of hate against the group, so the scorer
reads such a comment again with that group left out (``without_group``: "As a local mom ...") and keeps
the lower of the two scores. Only that group goes: every other group the comment names, and everything
it says of anyone, the model still reads ("As a Somali mom, I think the Muslims are ruining this
country" keeps "Muslims" and its score).

A writer names their group in the first person: "as a", "I'm (a)", "I am (a)", "speaking as a", "we",
"us", "my fellow", "proud", then at most four words of who they are ("as a lifelong Catholic", "I'm a
proud first generation Mexican American"). A noun ends who they are: in "speaking as a woman, trans
people are ..." the group is someone else (the comma is gone from the tokens). "Just for being black"
is said of someone else, so "being" is not among the openings. People the writer calls theirs are named
"our" or "my", then the group, then a word for kin or neighbours: "our Muslim neighbors", "my Somali
friends", "our Hmong community".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Each group's words, as ``normalize`` and ``tokenize`` leave them ("Mexican-American" is two words).
# Not "white" nor "Christian": the model hardly raises its score at them ("As a white, I'm glad the city
# did this" 0.15, "As a Muslim, ..." 0.79), and in the data's hate they name the writer's side ("we whites
# have to stand up to these invaders"), so said of oneself they stay read.
GROUPS: dict[str, tuple[str, ...]] = {
    "muslim": ("muslim", "muslims", "islamic", "moslem", "moslems"),
    "jewish": ("jewish", "jew", "jews"),
    "catholic": ("catholic", "catholics"),
    "hindu": ("hindu", "hindus"),
    "sikh": ("sikh", "sikhs"),
    "buddhist": ("buddhist", "buddhists"),
    "mormon": ("mormon", "mormons"),
    "black": ("black", "blacks"),
    "arab": ("arab", "arabs"),
    "mexican": ("mexican", "mexicans"),
    "latino": ("latino", "latinos", "latina", "latinas", "latinx", "hispanic", "hispanics"),
    "asian": ("asian", "asians"),
    "african": ("african", "africans"),
    "somali": ("somali", "somalis"),
    "hmong": ("hmong",),
    "vietnamese": ("vietnamese",),
    "korean": ("korean", "koreans"),
    "chinese": ("chinese",),
    "filipino": ("filipino", "filipina", "filipinos", "filipinas"),
    "indian": ("indian", "indians"),
    "haitian": ("haitian", "haitians"),
    "cuban": ("cuban", "cubans"),
    "native": ("native", "indigenous"),
    "immigrant": ("immigrant", "immigrants", "migrant", "migrants"),
    "refugee": ("refugee", "refugees"),
    "gay": ("gay", "gays", "queer", "lgbt", "lgbtq", "bisexual"),
    "lesbian": ("lesbian", "lesbians"),
    "trans": ("trans", "transgender"),
    "palestinian": ("palestinian", "palestinians"),
    "israeli": ("israeli", "israelis"),
    "ukrainian": ("ukrainian", "ukrainians"),
    "afghan": ("afghan", "afghans"),
    # The groups European sites' readers name most, beside the American ones above
    "turkish": ("turkish", "turk", "turks"),
    "kurdish": ("kurdish", "kurd", "kurds"),
    "moroccan": ("moroccan", "moroccans"),
    "syrian": ("syrian", "syrians"),
    "iraqi": ("iraqi", "iraqis"),
    "iranian": ("iranian", "iranians"),
    "pakistani": ("pakistani", "pakistanis"),
    "bangladeshi": ("bangladeshi", "bangladeshis"),
    "nigerian": ("nigerian", "nigerians"),
    "eritrean": ("eritrean", "eritreans"),
    "roma": ("roma", "romani"),
}
_GROUP_OF = {word: group for group, words in GROUPS.items() for word in words}
_PLURALS = frozenset(w for w in _GROUP_OF if w.endswith("s") and w[:-1] in _GROUP_OF)
# Words of who the writer is that may come between the first person and the group's name.
_WHO = frozenset(
    {
        "a", "an", "proud", "fellow", "practicing", "practising", "devout", "observant", "young", "old", "older",
        "lifelong", "retired", "first", "second", "third", "generation", "born", "raised", "american",
    }
)
_WHO_SPAN = 4
_FIRST_PERSON = (
    ("as", "a"), ("as", "an"), ("i", "m"), ("im",), ("i", "am"), ("speaking", "as", "a"), ("speaking", "as", "an"),
    ("we",), ("us",), ("my", "fellow"), ("proud",),
)
_OPENINGS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _opening in _FIRST_PERSON:
    _OPENINGS_BY_FIRST.setdefault(_opening[0], []).append(_opening)
# People the writer calls theirs: "our Muslim neighbors", "my Somali friends", "our Hmong community".
_THEIRS = frozenset({"our", "my"})
_OPENING_WORDS = frozenset(_OPENINGS_BY_FIRST) | _THEIRS
_KIN = frozenset(
    {
        "neighbors", "neighbours", "neighbor", "neighbour", "friends", "friend", "community", "communities", "brothers",
        "sisters", "colleagues", "colleague", "coworkers", "coworker", "classmates", "classmate", "students", "families",
        "flatmate", "flatmates", "housemate", "housemates", "roommate", "roommates", "teammates", "teammate", "mates",
        "mate", "pupils", "tenants", "landlord", "landlady", "doctor", "nurse", "teacher",
        # a site's own people: "Eid Mubarak to all our Muslim readers"
        "readers", "viewers", "listeners", "customers", "members", "staff", "employees", "patients", "parishioners",
    }
)


def _past_group_words(tokens: Sequence[str], k: int) -> int:
    """The index after the group words that start at k (k itself where none does)."""
    while k < len(tokens) and tokens[k] in _GROUP_OF:
        k += 1
    return k


def own_group(tokens: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """The words in which the writer names their own group, and the groups named so, or None."""
    if _OPENING_WORDS.isdisjoint(tokens):  # in C: most comments have none
        return None
    n = len(tokens)
    first, groups = None, set()
    for i, word in enumerate(tokens):
        for opening in _OPENINGS_BY_FIRST.get(word, ()):
            if tuple(tokens[i : i + len(opening)]) != opening:
                continue
            k = j = i + len(opening)
            while k < n and k < j + _WHO_SPAN and tokens[k] not in _GROUP_OF and tokens[k] in _WHO:
                k += 1
            named, k = k, _past_group_words(tokens, k)  # "as a Black Muslim woman"
            if k > named:
                groups.update(_GROUP_OF[t] for t in tokens[named:k])
                first = first or " ".join(tokens[i:k])
        if word in _THEIRS:
            named = i + 1 + (tokens[i + 1 : i + 2] in (["dear"], ["new"], ["local"], ["fellow"]))
            k = _past_group_words(tokens, named)
            if k > named and k < n and tokens[k] in _KIN:
                groups.update(_GROUP_OF[t] for t in tokens[named:k])
                first = first or " ".join(tokens[i : k + 1])
    return (first, frozenset(groups)) if first else None


def is_group_word(word: str, groups: frozenset[str]) -> bool:
    return _GROUP_OF.get(word) in groups


def without_group(text: str, groups: frozenset[str]) -> str:
    """``text`` with every word for ``groups`` read as "local" ("locals" for a plural)."""
    words = sorted((w for g in groups for w in GROUPS[g]), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)
    return pattern.sub(lambda m: "locals" if m.group(0).lower() in _PLURALS else "local", text)

"""The word lists moderators keep while the site runs (``PUT /moderation/words``), beside those the template
deploys (ModerationKeys, DisallowedKeys, ToxicTerms): WordPress's "Comment Moderation" and "Disallowed Comment
Keys", which a site edits in its settings the morning a new spam wave arrives, not by a deploy, and the terms
that hold a comment as abusive, which change as fast (a new slur for a group in the news). The rules read the
first two (``rules.WordListRule``), the toxicity scorer the third, each matched as its deployed list is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

#: The lists, by the name the API and the store give each (the first two are ``RulesConfig``'s names too).
LISTS = ("moderation_keys", "disallowed_keys", "toxic_terms")
KEY_MAX = 100  # characters: a word, a phrase, an address or an email
# Keys per list. Each is looked for in every field of every comment, and the lists live in one item that the
# scoring function reads with each batch's standing, within DynamoDB's 400 KB (``LIST_MAX_BYTES``).
KEYS_MAX = 1000
LIST_MAX_BYTES = 120_000  # UTF-8, each of three lists: a thousand keys of 100 characters in a script of three bytes would not fit
# A key is matched inside words: "ab" would hold every comment that says "about". Other scripts write a word
# in two characters ("博彩", gambling), so a key of ASCII alone needs one character more.
ASCII_KEY_MIN = 3
KEY_MIN = 2


@dataclass(frozen=True)
class WordLists:
    moderation_keys: tuple[str, ...] = ()  # hold the comment for a moderator
    disallowed_keys: tuple[str, ...] = ()  # file it as spam
    toxic_terms: tuple[str, ...] = ()  # hold it as abusive: whole words, as ``toxicity`` reads them
    version: int = 0  # each change adds one; 0: never changed
    updated_at: str | None = None
    updated_by: str | None = None


NO_WORD_LISTS = WordLists()


def clean_keys(keys: Iterable[str]) -> tuple[str, ...]:
    """Stripped, blanks left out, each key once whatever its case: matching ignores case, and a list pasted
    from WordPress repeats itself."""
    seen: dict[str, str] = {}
    for key in keys:
        key = key.strip()
        if key and key.casefold() not in seen:
            seen[key.casefold()] = key
    return tuple(seen.values())


def unmeant(name: str, key: str) -> str | None:
    """Why ``key`` cannot be meant for the list ``name``, or None. The keys are matched inside words, so a short
    one would match inside most comments; toxic terms are matched as whole words, which a term with no letter or
    digit never is."""
    key = key.strip()
    if name == "toxic_terms":
        if not any(ch.isalnum() for ch in key):
            return f'"{key}" has no letter or digit: as a whole word it would match nothing'
        if len(key) >= KEY_MIN:
            return None
        return f'"{key}" is shorter than {KEY_MIN} characters: as a word it would match most comments'
    shortest = ASCII_KEY_MIN if key.isascii() else KEY_MIN
    if len(key) >= shortest:
        return None
    return f'"{key}" is shorter than {shortest} characters: it would match inside most comments'


def too_large(keys: Iterable[str]) -> str | None:
    """Why a list would not fit beside the others in the one item they live in, or None."""
    size = sum(len(key.encode()) for key in keys)
    if size <= LIST_MAX_BYTES:
        return None
    return f"the keys take {size:,} bytes; a list holds at most {LIST_MAX_BYTES:,}"

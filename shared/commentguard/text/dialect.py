"""Scots words read as the English words the abuse rules know: "dae us aw a favour", "a waste o skin", "naebody
would miss them", "I ken where he bides".

Scottish sites' readers write Scots beside English, and every rule (``scoring.insults``, ``threats``,
``incitement``, ``doxxing``) reads English words: "he's a waste o skin" slipped past "a waste of skin". Only the
rule tokens are read this way; the model reads the text as it was trained to. Scots words that English often writes
with another meaning are left out ("pit", a coal pit; "fur"); those it writes rarely are kept ("wean", "ken", "wan"),
since reading "wean him off" as "kid him off" makes no rule hold anything.
"""

from __future__ import annotations

from collections.abc import Sequence

SCOTS: dict[str, str] = {
    "o": "of", "aw": "all", "dae": "do", "daein": "doing", "naebody": "nobody", "naewan": "nobody", "nae": "no",
    "hoose": "house", "hooses": "houses", "hame": "home", "oot": "out", "doon": "down", "aboot": "about", "awa": "away",
    "ye": "you", "yer": "your", "yous": "you", "youse": "you", "yersel": "yourself", "masel": "myself", "hissel": "himself",
    "tae": "to", "intae": "into", "wi": "with", "fae": "from", "frae": "from", "efter": "after", "oor": "our",
    "whit": "what", "ken": "know", "kens": "knows", "kent": "knew", "bide": "live", "bides": "lives", "bidin": "living",
    "wean": "kid", "weans": "kids", "polis": "police", "heid": "head", "deid": "dead", "gie": "give", "gonnae": "gonna",
    "wid": "would", "mair": "more", "naw": "no", "wan": "one", "greetin": "crying", "aff": "off",
}


def standard(tokens: Sequence[str]) -> Sequence[str]:
    """``tokens`` with their Scots words as English ones; ``tokens`` itself when it has none (most comments)."""
    if not any(t in SCOTS for t in tokens):
        return tokens
    return [SCOTS.get(t, t) for t in tokens]

"""Hate codes: numbers, phrases and typography that white supremacists, antisemites and those who hound
trans people use so that a comment reads as harmless to anyone who does not know them ("13/50",
"(((them)))", "1488", "day of the rope", "goyim know", "41%"). The toxicity model has never seen them and
the other rules read none of them as abuse; a moderator recognises each on sight, so each holds the
comment with what it means.

The list is small and documented: each code is an entry of the ADL's hate symbols database ("Hate on
Display") or an antisemitic or racist trope it describes (Jews as "the tribe" that runs things and wants
"shekels", the Holocaust's ovens as a job left unfinished, Black people as apes: a person called one, or
sent "back to the jungle"), and each is matched only where it cannot be anything else. A number alone
needs the shape of a sign-off: "1488" standing as a sentence of its own ("Time for the day of the rope.
1488."), not a year ("in 1488 Dias rounded the Cape") nor part of a longer number; "13/50" standing alone
("13/50. Do the math."), not a vote or a score ("the 13/50 vote", "she scored 13/50"); "88" only as the
comment's last sentence ("Remember the 14 words, brothers. 88."), not a bus or an age ("the 88 bus", "She
turned 88. Happy birthday!"). Triple parentheses hold around a name or a word for people ("(((them)))",
"(((Soros)))"), not around a sound or a hug.

``coded_hate`` reads the normalised tokens like the other rules; the numbers and the brackets are gone
from those (``normalize`` makes every number "_num_"), so ``hate_code_in_text`` reads them from the
comment's raw text. Both answer with a code of ``MEANINGS``; ``reason`` words the hold.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .incitement import _reported
from .remarks import _SAID_TO_BE, _by_first_word

# What each code means, as the reason tells the moderator.
MEANINGS = {
    "1488": 'neo-Nazi sign-off: 14 for the "14 words" white-supremacist slogan, 88 for "Heil Hitler" (H is the 8th letter)',
    "88": '"Heil Hitler" (H is the 8th letter of the alphabet)',
    "14 words": 'the "14 words", a white-supremacist slogan about securing "a future for white children"',
    "13/50": "racist statistic claiming that Black people, 13% of the US population, commit 50% of its crime",
    "41%": "anti-trans taunt: the share of transgender people said to have attempted suicide, urging them to join it",
    "(((echo)))": "triple parentheses mark a name as Jewish, an antisemitic 'echo'",
    "day of the rope": "from The Turner Diaries: a day of mass lynching of Jews and 'race traitors'",
    "goyim know": "antisemitic meme that Jews scheme to keep non-Jews (goyim) ignorant",
    "ZOG": '"Zionist Occupied Government": antisemitic claim that Jews secretly control governments',
    "rahowa": '"Racial Holy War", a white-supremacist battle cry',
    "white genocide": "white-supremacist claim that diversity and immigration are a plot to wipe out white people",
    "great replacement": "white-supremacist conspiracy theory that non-white immigrants are being brought in to replace white people",
    "the tribe": '"the tribe" as a name for Jews, in the antisemitic claim that they secretly run banks, media and governments',
    "shekels": "antisemitic stereotype of Jews as greedy for money (\"their shekels\")",
    "the ovens": "Holocaust reference: regrets that the Nazis' murder of Jews in the death camps' ovens was not finished",
    "apes": "racist meme calling Black people apes",
    "an ape": "racist abuse calling a person an ape or a monkey, the oldest insult aimed at Black people (and at Black players from the stands)",
    "back to the jungle": 'racist abuse sending a person "back to the jungle", "the zoo" or "the trees", as if an animal',
    "Hitler was right": "neo-Nazi praise of Hitler and of the murder of Jews he ordered",
    "Jewish control": "antisemitic conspiracy theory that Jews secretly own or control the media, the banks or governments",
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
_BY_FIRST = _by_first_word(_PHRASES, lambda entry: entry[0])
# "white genocide is real", "the great replacement is happening": the claim made, not discussed ("the
# great replacement is a conspiracy theory", "is the great replacement real?").
_CLAIMS = (("white", "genocide"), ("great", "replacement"))
_CLAIMED = frozenset({"real", "happening", "coming", "here", "underway", "true", "fact"})
# "The Great Replacement isn't a theory anymore": the claim made by denying it is a theory; not where
# what follows says what it is instead ("... isn't a theory, it's a racist hoax", "... it's a conspiracy
# theory"); "... isn't a theory, it's a conspiracy by the elites" claims it all the more.
_THEORIES = frozenset({"theory", "conspiracy", "myth", "hoax"})
_NOT_ONLY = frozenset({"a", "just", "only", "merely", "simply", "even", "longer", "some", "mere"})
_CONDEMNED = frozenset(
    {"racist", "hoax", "lie", "lies", "myth", "debunked", "nonsense", "propaganda", "fantasy", "fiction", "bigoted",
     "antisemitic", "theory", "garbage", "dangerous", "hateful", "bogus", "false", "crap"}
)
_CONDEMN_SPAN = 8


def _theory_denied(tokens: Sequence[str], j: int) -> bool:
    """Whether the words from j (after "the great replacement") deny that it is a theory: "isn't a theory
    (anymore)", "is no longer a theory", "is not just a conspiracy theory"; and nothing after condemns it."""
    k = j
    if tokens[k : k + 2] in (["isn", "t"], ["ain", "t"], ["is", "not"], ["s", "not"], ["is", "no"], ["s", "no"]):
        k += 2
    else:
        return False
    while k < len(tokens) and tokens[k] in _NOT_ONLY:
        k += 1
    if k >= len(tokens) or tokens[k] not in _THEORIES:
        return False
    k += tokens[k + 1 : k + 2] == ["theory"]  # "(not just a) conspiracy theory"
    return not any(t in _CONDEMNED for t in tokens[k + 1 : k + 1 + _CONDEMN_SPAN])


# "run by the usual tribe", "the tribe always gets its shekels": "tribe" names Jews where it is "the usual
# tribe", or where the comment says the rest of the trope (shekels, goyim, Zionist bankers). "The tribe's
# casino", "the tribe voted to expand the reservation" and "find your tribe" are tribes.
_TRIBE_TROPE = frozenset({"shekels", "sheckels", "goyim", "goy", "zionist", "zionists", "rothschild", "rothschilds"})
# "They always get their shekels": the stereotype said of people who want money; "the shekel fell against
# the dollar", "prices in shekels" and "tourists get their shekels at the airport" are money.
_SHEKELS = frozenset({"shekels", "sheckels", "shekles"})
_GREEDY = frozenset({"get", "gets", "want", "wants", "love", "loves", "count", "counting", "grab", "grabbing", "chase", "chasing", "muh", "precious"})
_GREEDY_PEOPLE = frozenset({"they", "them", "those", "these", "tribe", "jews", "bankers", "zionists"})
# "Too bad the oven job wasn't finished", "Hitler should have finished the job", "back to the ovens with
# them": the Holocaust's murder wished complete. Regret must be said ("too bad", "should have"): "the Allies
# stopped Hitler before he could finish the job" is history, "finish it in the oven" a recipe.
_FINISHED = frozenset({"finish", "finished", "finishing", "complete", "completed"})
_REGRET = frozenset({"bad", "shame", "pity", "should", "shoulda", "wish", "unfortunately", "needs", "need", "time", "sadly"})
_OVEN_SPAN = 8
# "Apes gonna ape": the meme, not the traders who call themselves apes ("apes gonna ape into this stock").
_MARKETS = frozenset({"stock", "stocks", "crypto", "coin", "coins", "shares", "market", "gme", "amc", "hodl", "token", "tokens", "nft", "invest", "buy", "bought"})


def _trope_at(tokens: Sequence[str], i: int, words: frozenset[str]) -> str | None:
    """The code of an antisemitic or racist trope that the word at i says, or None. ``words``: the comment's."""
    word = tokens[i]
    if word == "tribe" and i > 0:
        named = (
            tokens[i - 1] == "usual"
            or (tokens[i - 1] in ("the", "that", "same") and not words.isdisjoint(_TRIBE_TROPE))
            # "always the same tribe", "same tribe every time": the same people behind everything
            or (tokens[i - 1] == "same" and (tokens[i - 3 : i - 1] == ["always", "the"] or tokens[i + 1 : i + 3] == ["every", "time"]))
        )
        # "the tribe's casino", "the usual tribe of optimists"
        return "the tribe" if named and tokens[i + 1 : i + 2] not in (["s"], ["of"]) else None
    if word in _SHEKELS:
        greedy = any(t in _GREEDY for t in tokens[max(0, i - 3) : i])
        return "shekels" if greedy and any(t in _GREEDY_PEOPLE for t in tokens[max(0, i - 6) : i]) else None
    if word in ("oven", "ovens", "hitler"):
        span = tokens[max(0, i - _OVEN_SPAN) : i + _OVEN_SPAN]
        # "the oven job (wasn't finished)", "(Hitler should have) finished the job"
        job = tokens[i + 1 : i + 2] == ["job"] or any(
            t in _FINISHED and span[k + 1 : k + 3] == ["the", "job"] for k, t in enumerate(span)
        )
        if job and any(t in _FINISHED for t in span) and any(t in _REGRET for t in span):
            return "the ovens"
        if word == "hitler" and tokens[i + 1 : i + 3] == ["was", "right"]:
            return "Hitler was right"
        # "back to the ovens", "into the ovens with them" (not "bodies were put into the ovens")
        sent = word == "ovens" and i > 2 and tokens[i - 1] == "the" and tokens[i - 2] in ("to", "into")
        if sent and (tokens[i - 3] == "back" or tokens[i + 1 : i + 3] in (["with", "them"], ["with", "em"], ["with", "all"])):
            return "the ovens"
        return None
    if word == "apes" and tokens[i + 1 : i + 3] in (["gonna", "ape"], ["gon", "ape"], ["will", "ape"]) and words.isdisjoint(_MARKETS):
        return "apes"
    if word in _APES:
        return _ape_at(tokens, i)
    if word in _WILDS:
        return _sent_to_the_wild(tokens, i)
    return None


# "The Jews own the media", "Zionists control the banks", "the tribe runs Hollywood": the control trope
# (the ADL's "Jewish power"), said as a claim; the claim named to condemn it ("the lie that Jews control
# the banks is an old antisemitic trope") is not made.
# ("tribe" only as "the same tribe", "the usual tribe": "the tribe runs its own government" is a nation's.)
_JEWS = frozenset({"jews", "jew", "jewish", "zionists", "zionist", "tribe"})
_CONTROL = frozenset({"own", "owns", "owned", "owning", "control", "controls", "controlled", "controlling", "run", "runs",
                      "running", "rule", "rules", "ruling"})
_CONTROLLED = frozenset({"media", "banks", "banking", "hollywood", "government", "governments", "world", "press", "fed", "congress"})
_CONTROL_SPAN = 5
_TROPE_NAMED = frozenset({"lie", "lies", "myth", "trope", "tropes", "conspiracy", "antisemitic", "antisemitism", "canard", "smear"})


def _control_claimed(tokens: Sequence[str], i: int) -> bool:
    """Whether the Jews named at i are said to own or control the media, the banks, ... (within a few words)."""
    span = tokens[i + 1 : i + 1 + _CONTROL_SPAN]
    for k, t in enumerate(span):
        if t in _CONTROL:
            rest = span[k + 1 : k + 4]
            return any(w in _CONTROLLED for w in rest) and _TROPE_NAMED.isdisjoint(tokens)
    return False


# A person called an ape: "Hawks QB is a monkey", "our monkey centre half", "face like a silverback". Said of an
# animal, a toy or a team's mascot it is no insult ("my favourite animal is a monkey", "the mascot is a gorilla"),
# so the subject must be a person or a player, and a plural ("they are monkeys howling at the moon") is left to
# the model. Not a child: "my kid is a monkey on the climbing frame" is a parent's fondness.
_APES = frozenset({"monkey", "ape", "gorilla", "silverback", "chimp", "chimpanzee", "baboon", "orangutan"})
_PEOPLE = frozenset(
    {
        "he", "she", "you", "u", "ur", "qb", "quarterback", "ref", "referee", "umpire", "ump", "striker", "keeper",
        "goalie", "goalkeeper", "defender", "midfielder", "winger", "player", "coach", "manager", "pitcher",
        "linebacker", "receiver", "forward", "guard", "boxer", "rapper", "president", "mayor", "senator", "judge",
        "officer", "cop", "teacher", "reporter", "anchor", "host", "man", "woman", "guy", "dude", "thug", "suspect",
        "criminal",
    }
)
_ROLE_AFTER = _PEOPLE - {"he", "she", "you", "u", "ur"} | {"half", "back", "centre", "center"}
_IS = _SAID_TO_BE - {"were"}  # ("if he were a monkey" supposes)
_LOOKS_OR_ACTS = frozenset({"face", "looks", "look", "acts", "act", "built", "runs", "sounds"})
# "Send him back to the jungle", "back to the zoo with him", "go back to the trees": a person sent back to where
# animals live. ("Back to the zoo with the kids this weekend" and "we went back to the jungle set" are outings.)
_WILDS = frozenset({"zoo", "jungle", "trees", "cage"})
_SENDS = frozenset({"send", "sent", "ship", "put", "get", "throw", "go"})
_HIM = frozenset({"him", "her", "them", "em"})  # (not "it": "send it back to the zoo" is an escaped animal)


# Things named after apes: "a monkey wrench in their plans", "a monkey suit", "monkey business".
_APE_THINGS = frozenset({"wrench", "suit", "business", "bars", "bread", "puzzle", "cage", "island", "see", "tail", "nut", "nuts"})


def _ape_at(tokens: Sequence[str], i: int) -> str | None:
    """The code where the ape word at i is said of a person, or None."""
    if tokens[i + 1 : i + 2] and tokens[i + 1] in _APE_THINGS:
        return None
    before = tokens[max(0, i - 4) : i]
    if tokens[i + 1 : i + 2] and tokens[i + 1] in _ROLE_AFTER and not (set(before) & {"a", "an"}):
        return "an ape"  # "our monkey centre half", "that gorilla QB" (not "a monkey suit")
    k = i - 1
    if k >= 0 and tokens[k] in ("a", "an", "like"):
        k -= 1
        if k >= 0 and tokens[k] == "like":  # "looks like a monkey", "face like a silverback"
            k -= 1
        if k >= 0 and tokens[k] in _LOOKS_OR_ACTS:
            return "an ape"
        if k >= 1 and tokens[k] in _IS and tokens[k - 1] in _PEOPLE:
            return "an ape"  # "Hawks QB is a monkey", "he's a gorilla"
    return None


def _sent_to_the_wild(tokens: Sequence[str], i: int) -> str | None:
    """Where "back to the (zoo|jungle|trees)" ends at i and a person is sent there, the code; else None."""
    if i < 3 or tokens[i - 3 : i] != ["back", "to", "the"]:
        return None
    before = tokens[max(0, i - 7) : i - 3]
    after = tokens[i + 1 : i + 3]
    if after[:1] == ["with"] and after[1:2] and after[1] in _HIM:
        return "back to the jungle"  # "back to the zoo with him"
    if any(t in _HIM for t in before[-2:]) and any(t in _SENDS for t in before):
        return "back to the jungle"  # "send them back to the jungle"
    if tokens[i] != "zoo" and before[-1:] == ["go"] and not any(t in ("i", "we", "to", "ll", "d") for t in before):
        return "back to the jungle"  # "go back to the trees"
    return None


_TROPE_WORDS = frozenset({"tribe", "oven", "ovens", "hitler", "apes"}) | _SHEKELS | _APES | _WILDS
# "ZOG" said in lower case is the children's book dragon or the king of Albania, unless it is said to rule.
_ZOG_RULES = frozenset(
    {"government", "controlled", "control", "controls", "occupied", "puppet", "puppets", "regime", "agents", "shills", "run", "owned", "banks", "media"}
)


def coded_hate(tokens: Sequence[str]) -> str | None:
    """The code of ``MEANINGS`` of the first hate code in the tokens that the comment does not quote
    to report, or None."""
    n = len(tokens)
    words: frozenset[str] = frozenset()
    for i, word in enumerate(tokens):
        found = None
        for phrase, code in _BY_FIRST.get(word, ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) == phrase and (code != "day of the rope" or end == n or tokens[end] in _ROPE_AFTER):
                found = code
                break
        if found is None and word in ("white", "great"):
            claim = next((c for c in _CLAIMS if tuple(tokens[i : i + 2]) == c), None)
            # "is a fact", "is very real" (not "is a real conspiracy theory")
            k = i + 3 + (tokens[i + 3 : i + 5] == ["a", "fact"] or tokens[i + 3 : i + 4] in (["very"], ["already"], ["absolutely"], ["totally"]))
            claimed = tokens[i + 2 : i + 3] in (["is"], ["s"]) and k < n and tokens[k] in _CLAIMED
            if claim and (claimed or _theory_denied(tokens, i + 2)):
                found = "white genocide" if word == "white" else "great replacement"
        if found is None and word in _TROPE_WORDS:
            words = words or frozenset(tokens)  # once, for the few comments that say such a word
            found = _trope_at(tokens, i, words)
        if found is None and word == "zog" and any(t in _ZOG_RULES for t in tokens[max(0, i - 3) : i + 4]):
            found = "ZOG"
        if found is None and word in _JEWS and (word != "tribe" or tokens[i - 1 : i] in (["same"], ["usual"])) and _control_claimed(tokens, i):
            found = "Jewish control"
        if found is not None and not _reported(tokens, i):
            return found
    return None


# In the raw text. A sign-off stands as a sentence of its own: after the start, an end of sentence, a line
# break or an emoji, which ends a sentence as a full stop does ("... the media won't say 🙄 13/50 folks"), and
# before the end, an end of sentence, a line break or a tag line ("do the math"). A quoted code ('he had
# "1488" tattooed') is news.
_SENTENCE_END = "[.!?\n\u2600-\u27bf\ufe0f\U0001f300-\U0001faff]"
_ALONE_BEFORE = rf"(?:^|(?<={_SENTENCE_END})|(?<={_SENTENCE_END} ))\s*"
_ALONE_AFTER = (
    r"\s*(?=$|[.!?\n]|,?\s+(?:do the math|every time|just saying|never forget|think about it|strikes again)\b"
    # said to the readers: "13/50 folks. Look it up."
    r"|,?\s+(?:folks|people|guys|everyone|y'?all|friends|lads)\s*(?:$|[.!?\n]))"
)
_SIGN_OFFS = (
    (re.compile(_ALONE_BEFORE + r"(?:14\s?/\s?88|1488)(?:\s?hh)?" + _ALONE_AFTER, re.IGNORECASE), "1488"),
    (re.compile(r"#(?:1488|14words|fourteenwords)\b", re.IGNORECASE), "1488"),
    (re.compile(r"(?<![\w/.,:])(?:hh\s?88|88\s?hh)(?![\w/.,:%])", re.IGNORECASE), "88"),
    (re.compile(_ALONE_BEFORE + r"13\s?/\s?(?:50|52|90)" + _ALONE_AFTER), "13/50"),
    # the code as a name for people: "the usual 13/50 crowd" (a crowd or a type is never counted in it; "the 13/50 lot" may be an auction's)
    (re.compile(r"\b(?:the|that|usual|same|whole)\s+13\s?/\s?(?:50|52)\s+(?:crowd|types?|demographic|community)\b", re.IGNORECASE), "13/50"),
)
# "Remember the 14 words, brothers.", "the fourteen words." ending a sentence (not "the 14 words of the headline",
# "can you say it in the 14 words?")
_FOURTEEN_WORDS = re.compile(r"\bthe (?:14|fourteen) words(?=\s*(?:$|[.!\n]|,\s*[a-z]+\s*(?:$|[.!\n])))", re.IGNORECASE)
# "... brothers. 88." as the comment's last sentence after a full stop or a line (not after a question: "How
# old is she? 88."), in a comment that says no age, score or route ("She turned 88. Happy birthday!").
_LAST_88 = re.compile(r"(?<=[a-z][.!\n])\s*88[.!]*\s*$", re.IGNORECASE)
_NOT_88 = re.compile(
    r"\b(?:birthday|turned|turns|age|aged|years?|old|score[sd]?|points?|mph|km|miles|bus|route|number|no|page|room|seat|highway|hwy|exit|degrees)\b",
    re.IGNORECASE,
)
# "13% of the population commit 50% of the murders": the same claim spelled out, in one sentence (not "13%
# of respondents named crime, half named potholes").
_THIRTEEN = re.compile(r"(?<![\d.])13\s?(?:%|percent\b|per cent\b)")
_HALF = re.compile(r"(?<![\d.])5[0-9]\s?(?:%|percent\b|per cent\b)|\bhalf (?:of )?(?:the |all )?(?:crimes?|murders?|homicides?|killings|violent)", re.IGNORECASE)
_CRIME = re.compile(r"\b(?:crimes?|murders?|homicides?|killings|violent|robber(?:y|ies))\b", re.IGNORECASE)
_COMMIT = re.compile(r"\b(?:commit(?:s|ted)?|responsible for|account for|population)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]+")
# "13% of the population... you know the rest": the claim left for the reader to finish.
_THIRTEEN_OF = re.compile(r"(?<![\d.])13\s?(?:%|percent\b|per cent\b) of (?:the |this country'?s? |the us )?population", re.IGNORECASE)
_FINISH_IT = re.compile(
    r"\b(?:you know the rest|do the math|you do the math|figure it out|draw your own conclusions|connect the dots)\s*(?=$|[.!?,\n\u2026])",
    re.IGNORECASE,
)
# "41% is a number they should all be aiming for", "your pronouns, freak. 41% for a reason", "join the 41%":
# the share of trans people said to have attempted suicide, as a taunt in a comment about them; not a figure
# ("41% of trans adults have attempted suicide", "41% in the trans-Pennine wards"), nor where the comment
# speaks of help.
_FORTY_ONE = re.compile(
    r"\b(?:join|joining|do|hit|make) the 41(?:\s?%|\s?percent\b)?"
    r"|(?<![\d.])41\s?(?:%|percent\b|per cent\b)(?=\s*(?:$|[.!?\n]|for a reason|is a number|yourself|club))",
    re.IGNORECASE,
)
_TRANS = re.compile(
    r"\b(?:trans|transgender|transgenders|tranny|trannies|troons?|pronouns?|in a (?:dress|wig)|never be a (?:wo)?man"
    r"|biological(?:ly)? (?:male|man|female|woman)|gender)\b",
    re.IGNORECASE,
)
_HELP = re.compile(r"\b(?:attempt(?:s|ed)?|support|help|care|hotline|crisis|prevent(?:ion)?|therapy|lifeline|988)\b", re.IGNORECASE)
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


# "13% of the population, 50% of the... well, you know.": the half named, the claim left to the reader.
_YOU_KNOW = re.compile(r"\byou know\s*(?=$|[.!?\n\u2026])", re.IGNORECASE)


def hate_code_in_text(text: str) -> str | None:
    """The code of ``MEANINGS`` of the first hate code in the comment's raw text that only the raw text
    shows (numbers, brackets, capitals), or None."""
    if "ords" in text and _FOURTEEN_WORDS.search(text):
        return "14 words"
    if _DIGIT.search(text):  # found in C: most comments have no number
        for pattern, code in _SIGN_OFFS:
            if pattern.search(text):
                return code
        if "88" in text and _LAST_88.search(text) and not _NOT_88.search(text):
            return "88"
        if "13" in text and _THIRTEEN.search(text):
            for sentence in _SENTENCE.findall(text):
                if _THIRTEEN.search(sentence) and _HALF.search(sentence) and _CRIME.search(sentence) and _COMMIT.search(sentence):
                    return "13/50"
            if _THIRTEEN_OF.search(text) and (_FINISH_IT.search(text) or (_HALF.search(text) and _YOU_KNOW.search(text))):
                return "13/50"
        if "41" in text and _FORTY_ONE.search(text) and _TRANS.search(text) and not _HELP.search(text):
            return "41%"
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
WORDS = frozenset({"goyim", "rahowa", "zog", "shekels"})

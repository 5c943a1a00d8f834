"""Threats, held for a moderator whatever a score says: to the reader ("I know where you live", "I'll break
your legs", "you'll regret writing this", "Sé dónde trabajas") and, veiled, to anyone ("maybe someone
should pay them a visit").

As with insults (see ``insults``), the Fox News comments the toxicity model learns from were labelled for
hate against groups, so a threat to another commenter or to the writer is no abuse the model was taught;
these rules hold it. ``threat`` reads the threats to the reader, and those of the languages whose abuse the
hold list holds too ("sé dónde trabajas"). ``veiled_threat`` looks past the reader ("maybe someone should
pay them a visit", "we know where the judge lives", "the reporter should watch her back", "people know
where you park. Accidents happen."). Both leave alone what the comment quotes to report ("he said I know
where you live") or denies.
"""

from __future__ import annotations

from collections.abc import Sequence

from .incitement import (
    _BLOWS,
    _BODY_PARTS,
    _DENIALS,
    _DETERMINERS,
    _INTENTS,
    _OBLIGATIONS,
    _POSSESSIVES,
    _PRONOUNS,
    _ROLES,
    _SPEAKERS,
    _TARGETS,
    _put_in_grave,
    _reported,
    word_before,
)
from .remarks import _SENTENCE_ENDS, _SENTENCE_STARTS, _TO_SPEAKER, _WHOSE, _by_first_word, _denied, _named_at, _ordered
from .violence_abroad import reported as reported_abroad

# Threats to the reader that name no weapon: the speaker knows where they live, is coming for them.
_THREATS = (
    (("know", "where", "you", "live"), True),
    (("know", "where", "you", "work"), True),
    (("know", "where", "your", "kids"), True),
    (("know", "where", "your", "children"), True),
    (("know", "where", "your", "family"), True),
    (("know", "what", "car", "you", "drive"), True),
    (("find", "out", "where", "you", "live"), True),
    (("found", "out", "where", "you", "live"), True),
    (("find", "where", "you", "live"), True),
    (("found", "where", "you", "live"), True),
    (("track", "you", "down"), True),
    (("coming", "for", "you"), True),
    (("make", "you", "pay"), True),
    (("make", "you", "regret"), True),
    (("hunt", "you", "down"), True),
    (("find", "you"), True),
    (("you", "re", "dead", "meat"), False),
    (("you", "are", "dead", "meat"), False),
    (("ur", "dead", "meat"), False),
    (("you", "re", "a", "dead", "man"), False),
    (("you", "are", "a", "dead", "man"), False),
    (("ur", "a", "dead", "man"), False),
    (("you", "re", "dead"), False),  # at a sentence's end only: not "you're dead wrong", "... dead to me" (``threat``)
    (("your", "dead"), False),
    (("better", "watch", "your", "back"), False),
    (("better", "watch", "yourself"), False),
    (("sleep", "with", "one", "eye", "open"), False),
)
_THREATS_BY_FIRST = _by_first_word(_THREATS, lambda entry: entry[0])
_DEAD_AFTER = frozenset({".", "!", "?", "pal", "bro", "buddy", "mate", "son", "u", "you"})
# "I will find you" threatens where nothing follows it but more of the threat ("... and make you
# regret it", "... and your family"); "I'll find you a link", "I hope I find you well" and "I'll find
# you and buy you a drink" do not.
_FOUND_AFTER = frozenset({"!", "?", "wherever", "soon", "eventually", "anywhere", "everywhere", "i", "we"})
_FOUND_AND = frozenset({"make", "your", "hurt", "kill", "beat", "end", "destroy", "teach"})


def _speaker_at(tokens: Sequence[str], i: int) -> int | None:
    """The index of the "I" or "we" whose words start at i: among the three words before ("I know
    where you live") or before words of intent ("I'm going to find you"), or None."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if tokens[k] in _SPEAKERS:
            return k
    k = word_before(tokens, i, _TO_SPEAKER)
    return k if k >= 0 and tokens[k] in _SPEAKERS else None


# Harm the speaker will do to the reader's body: "I'm going to come round and smash your face in", "I'll
# break your legs", "I'll beat the crap out of you". ("kick your ass" at chess and "knock your socks off"
# are banter, so neither "ass" nor "socks" is a body part here.) The blows and body parts are
# ``incitement``'s, whose ``violent_call`` reads the same blows at someone else ("I'm going to break his jaw").
_BEATEN = frozenset({"shit", "crap", "hell", "living", "snot", "stuffing"})
# Blows typed as the word that sounds like them: "im gonna beet ur face in", "brake your legs". Only before
# the reader's body do they count: "beet salad" and "brake your car" are no blows.
_MISSPELT_BLOWS = frozenset({"beet", "brake", "smak", "bash"})
_SPEAKER_SPAN = 8


def _blow_at(tokens: Sequence[str], i: int) -> int | None:
    """Where a blow at i lands on the reader ("smash your face in", "beat you up", "beat the crap out
    of you"), the index of the last word of it, or None."""
    nxt = tokens[i + 1 : i + 3]
    if tokens[i] in ("stamp", "stomp") and nxt[:1] == ["on"]:  # "I'll stamp on your head"
        i, nxt = i + 1, tokens[i + 2 : i + 4]
    if nxt[:1] == ["your"] and nxt[1:] and nxt[1] in _BODY_PARTS:
        return i + 2 + (i + 3 < len(tokens) and tokens[i + 3] in ("in", "out", "off"))
    if tokens[i] == "break" and tokens[i + 1 : i + 6] == ["every", "bone", "in", "your", "body"]:
        return i + 5  # "I'd break every bone in your body"
    if tokens[i] in ("beat", "batter", "kick", "punch") and nxt[:1] == ["you"] and tokens[i + 2 : i + 3] in (["up"], ["senseless"], ["black"]):
        return i + 2
    if nxt[:1] == ["the"] and nxt[1:] and nxt[1] in _BEATEN:
        out = next((k for k in range(i + 3, min(i + 6, len(tokens))) if tokens[k] == "out"), None)
        if out is not None and tokens[out + 1 : out + 3] == ["of", "you"]:
            return out + 2
    return None


# Harm the speaker will do to the reader, said to "you" alone: "I will hurt you", "I'll punch you", "we're going
# to strangle you". (Killing, shooting and stabbing are ``incitement``'s ``violent_call``.)
_HARMS = frozenset(
    {"hurt", "punch", "strangle", "throttle", "choke", "slap", "smack", "maim", "batter", "headbutt", "thump", "clobber",
     "whack", "deck", "pummel", "glass"}
)
# Harm only where "you" ends the sentence: "I'll kick you!" and "I'll cut you.", not "I'll kick you off the team",
# "I'll cut you a deal", "I'll hit you up", "I'll hit you with the link", "I'll end you" but not "... my reply";
# "I'll beat you" stays a race or a game ("I'll beat you at chess", "... to it") unless a blow follows ("beat
# you up", ``_blow_at``).
_HARMS_AT_END = frozenset({"kick", "cut", "hit", "end", "knife"})
# A sentence the harm may go on with: "I will hurt you and your family", "I'll punch you in the face", "I will
# hurt you so bad", "... if you come near my kids again".
_HARM_GOES_ON = frozenset({"and", "in", "so", "if", "when", "badly", "bad", "again", "myself", "personally", "until", "for", "hard", "real"})


# Someone or something else doing the harm between the speaker and the verb: "I am sorry it hurt you", "I'm
# afraid this will hurt you".
_OTHER_SUBJECTS = frozenset({"it", "this", "that", "he", "she", "they", "which", "what", "who", "nothing", "something", "anything", "people", "someone", "somebody"})


def _harm_at(tokens: Sequence[str], i: int) -> int | None:
    """Where the harm verb at i lands on the reader ("hurt you", "punch you in the face"), the index of the
    "you", or None."""
    if tokens[i] == "knock" and tokens[i + 1 : i + 2] in (["you"], ["u"], ["ya"]) and tokens[i + 2 : i + 3] == ["out"]:
        return i + 2  # "I'd knock you out in one punch"
    if (tokens[i] not in _HARMS and tokens[i] not in _HARMS_AT_END) or tokens[i + 1 : i + 2] not in (["you"], ["u"], ["ya"]):
        return None
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is None or after in _SENTENCE_ENDS:
        return i + 1
    if tokens[i] in _HARMS and after in _HARM_GOES_ON:
        return i + 1
    return None


def _intending_speaker(tokens: Sequence[str], i: int, intents: frozenset[str] = _INTENTS, span: int = _SPEAKER_SPAN,
                       ends: tuple[str, ...] = ("t", "nt", "if", "when")) -> int | None:
    """The index of the "I" or "we" of the clause before i who says what they will do ("I'm going to
    come round and ...", "I'll ..."), with no denial between; or None. ``intents``, ``span`` and ``ends`` (words
    that end the search, besides denials) widen it for ``threat_to_anyone``."""
    intent = False
    for k in range(i - 1, max(-1, i - 1 - span), -1):
        t = tokens[k]
        if t in _DENIALS or t in ends:
            return None
        if t in intents:
            intent = True
        elif t in _SPEAKERS:
            return k if intent else None
    return None


# "You'll regret writing this": the regret is for what the reader wrote or said, not advice ("you'll
# regret buying it").
_REGRETTED = frozenset({"writing", "saying", "posting", "publishing", "printing", "commenting", "crossing", "messing", "talking", "ever", "every", "opening", "the"})
# "you'll regret the day you were born"; "the day you sold those shares" is advice.
_BORN = ("day", "you", "were", "born")
_WILL = (("ll",), ("will",), ("re", "going", "to"), ("are", "going", "to"), ("re", "gonna"), ("gonna",))
# "you're gonna regret every word you typed"; "you'll regret every penny" is advice.
_EVERY_WORD = frozenset({"word", "single", "line", "lie", "post", "comment", "syllable"})
# An ultimatum: "you have until Friday to reverse this or me and my boys come visit you at home". The
# deadline alone is a notice ("you have until Friday to submit your comments"), and "... or we'll charge you
# a fee" a penalty: the speaker must come for the reader after the "or".
_ULTIMATUM_SPAN = 14
_COME_FOR = frozenset({"visit", "find", "come", "get", "hunt", "deal", "hurt", "pay", "show", "track", "see"})
_US = frozenset({"i", "we", "me", "us", "my", "our"})
# "you won't make it to your car one of these nights": the reader's way home cut short, sworn or with a
# time to come ("you won't make it home in this traffic" is a forecast).
_MADE_IT_TO = frozenset({"car", "truck", "door", "house", "home", "office", "front", "driveway"})


def _ultimatum(tokens: Sequence[str], i: int) -> int | None:
    """Where "until" at i (after "you have", "you've got") sets the reader a deadline whose "or" brings the
    speaker to them ("... or me and my boys come visit you"), the index of that "you"; else None."""
    if tokens[i - 2 : i] not in (["you", "have"], ["you", "got"], ["ve", "got"]):
        return None
    n = len(tokens)
    orr = next((k for k in range(i + 1, min(i + _ULTIMATUM_SPAN, n)) if tokens[k] == "or"), None)
    if orr is None:
        return None
    us = come = None
    for k in range(orr + 1, min(orr + 10, n)):
        t = tokens[k]
        if t in _US and us is None:
            us = k
        elif us is not None and t in _COME_FOR:
            come = k
        elif come is not None and t in ("you", "u"):
            return k
    return None


def _way_cut_short(tokens: Sequence[str], i: int) -> int | None:
    """Where "make" at i says the reader won't make it to their car or home ("you won't make it to your car one
    of these nights", "I swear you'll never make it home"), sworn or timed, the index of the last word; else None."""
    if tokens[i + 1 : i + 2] != ["it"] or i < 3:
        return None
    before = tokens[max(0, i - 3) : i]
    if not (before[-2:] == ["won", "t"] and before[0] in ("you", "u")) and not (before[-2:] in (["ll", "never"], ["will", "never"]) and before[0] in ("you", "u")):
        return None
    k = i + 2
    if tokens[k : k + 1] == ["home"]:
        end = k
    elif tokens[k : k + 2] in (["to", "your"], ["to", "ur"]) and tokens[k + 2 : k + 3] and tokens[k + 2] in _MADE_IT_TO:
        end = k + 2
    else:
        return None
    timed = tokens[end + 1 : end + 5] in (["one", "of", "these", "nights"], ["one", "of", "these", "days"]) or tokens[end + 1 : end + 2] == ["tonight"]
    sworn = "swear" in tokens[max(0, i - 6) : i] or "promise" in tokens[max(0, i - 6) : i]
    if timed:
        return end + (4 if tokens[end + 1] == "one" else 1)
    return end if sworn else None
# "wait until I find you", "just wait till we catch you"
_UNTIL = frozenset({"until", "till", "til", "untill"})
_CAUGHT = (("find", "you"), ("catch", "you"), ("get", "hold", "of", "you"), ("get", "my", "hands", "on", "you"), ("get", "you"))
# "people like you end up in a ditch": what becomes of people the speaker names by the reader.
_FATES = (("in", "a", "ditch"), ("dead",), ("in", "hospital"), ("in", "the", "river"), ("in", "the", "ground"),
          ("six", "feet", "under"), ("in", "a", "body", "bag"), ("in", "a", "box"), ("in", "a", "coma"))


# "Keep writing lies like this and see what happens when you walk to your car one night": a dare that the
# reader go on with what they write or say, and the speaker's "see what happens". Both must be there:
# "try the recipe with less sugar and see what happens" is an experiment, and the dare must end the
# sentence or go on to the reader ("... to you", "... when you walk home"): "keep writing like this and see
# what happens to your readership" is advice.
_KEPT_UP = frozenset({"keep", "continue", "carry"})
# Talking and lying dare on their own ("keep talking and see what happens"); writing only with what is
# written ("keep writing lies", "keep posting this garbage"): "keep writing and see what happens!" cheers a
# new writer on.
_PROVOKING = frozenset({"talking", "lying", "mouthing", "spewing", "smearing", "trashing"})
_PROVOKING_WITH = frozenset({"writing", "posting", "publishing", "printing", "saying", "spreading", "commenting"})
_PROVOKED_BY = frozenset(
    {"lies", "crap", "garbage", "trash", "rubbish", "this", "that", "nonsense", "drivel", "filth", "propaganda", "hit", "smears", "bs", "shit"}
)
_SAID_AGAIN = frozenset({"write", "say", "post", "publish", "print"})
_DARE_SPAN = 10


def _dared(tokens: Sequence[str], i: int) -> int | None:
    """Where "see what happens" at i follows a dare to the reader ("keep writing lies ... and", "say that
    again and"), the index of the dare's first word; else None."""
    if tokens[i - 1 : i] != ["and"]:
        return None
    for k in range(i - 2, max(-1, i - 2 - _DARE_SPAN), -1):
        if tokens[k] in _KEPT_UP and tokens[k + 1 : k + 2]:
            m = k + 1 + (tokens[k + 1] == "on")  # "carry on writing ..."
            if m < len(tokens) and (tokens[m] in _PROVOKING or (tokens[m] in _PROVOKING_WITH and any(t in _PROVOKED_BY for t in tokens[m + 1 : m + 4]))):
                return k
        if tokens[k] in _SAID_AGAIN and any(t in ("again", "another") for t in tokens[k + 1 : k + 4]):
            return k
    return None


def _what_happens_to_you(tokens: Sequence[str], j: int) -> bool:
    """Whether the dare ends at j (the word after "happens") or goes on to the reader: "to you", "when you
    walk to your car", "next time you post"."""
    if j >= len(tokens) or tokens[j] in ("!", "?"):
        return True
    return tokens[j : j + 2] in (["to", "you"], ["to", "u"]) or (tokens[j] in ("when", "if", "next") and "you" in tokens[j + 1 : j + 4])


def _threat_shape(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a threat to the reader that starts with the word at i and is no fixed phrase."""
    n = len(tokens)
    word = tokens[i]
    if word == "put" and tokens[i + 1 : i + 2] in (["you"], ["u"]):  # "I'll put you in hospital"
        end = _put_in_grave(tokens, i + 2)
        speaker = _speaker_at(tokens, i) if end is not None else None
        if end is not None and speaker is None:  # "I'll drive up to Red Deer and put you in the ground myself"
            speaker = _speaker_intends(tokens, i)
        if speaker is not None and not _denied(tokens, speaker + 1):
            return speaker, end
    elif word in _BLOWS or word in _MISSPELT_BLOWS or word in _HARMS or word in _HARMS_AT_END:
        blow = _blow_at(tokens, i) if word in _BLOWS or word in _MISSPELT_BLOWS else None
        end = blow if blow is not None else _harm_at(tokens, i)
        speaker = _intending_speaker(tokens, i) if end is not None else None
        # A blow lands on the reader's body; a harm names only "you", so nobody else may be doing it.
        if speaker is not None and (blow is not None or not _OTHER_SUBJECTS.intersection(tokens[speaker + 1 : i])):
            return speaker, end
    elif word == "say" and tokens[i + 1 : i + 5] in (["that", "to", "my", "face"], ["it", "to", "my", "face"], ["this", "to", "my", "face"]):
        # an order ("say that to my face (and see what happens)"), not "he'd never say that to my face"
        dared = tokens[i - 1 : i] == ["to"] and "dare" in tokens[max(0, i - 4) : i]
        end = i + 4
        if tokens[end + 1 : end + 5] == ["and", "see", "what", "happens"]:
            end += 4
        # what follows ends the challenge ("say that to my face. I'll ..."), not "... next time you see me"
        ends = end + 1 == n or tokens[end + 1] in _SENTENCE_STARTS or tokens[end + 1] in ("coward", "then", "mate", "pal")
        if (dared or _ordered(tokens, i)) and ends:
            return i, end
    elif word in ("you", "u", "ya"):
        for will in _WILL:  # "you'll regret writing this"
            k = i + 1 + len(will)
            said = tuple(tokens[i + 1 : k]) == will and tokens[k : k + 1] == ["regret"] and k + 1 < n and tokens[k + 1] in _REGRETTED
            if said and tokens[k + 1] == "every":
                return (i, k + 2) if tokens[k + 2 : k + 3] and tokens[k + 2] in _EVERY_WORD else None
            if said and tokens[k + 1] != "the":
                return i, k + 1
            if said and tuple(tokens[k + 2 : k + 6]) == _BORN:
                return i, k + 5
    elif word in _UNTIL:  # "you have until Friday to ... or me and my boys come visit you"
        end = _ultimatum(tokens, i)
        if end is not None:
            return i - 2, end
    elif word == "make":  # "I swear you won't make it to your car one of these nights"
        end = _way_cut_short(tokens, i)
        if end is not None:
            return next(k for k in range(i - 1, -1, -1) if tokens[k] in ("you", "u")), end
    elif word == "see" and tokens[i + 1 : i + 3] == ["what", "happens"] and _what_happens_to_you(tokens, i + 3):
        start = _dared(tokens, i)
        if start is not None:
            return start, i + 2
    elif word == "kicked" and tokens[i + 1 : i + 2] == ["in"] and i >= 2 and tokens[i - 2] in ("your", "ur") and tokens[i - 1] in _BODY_PARTS:
        # "you're gonna get your teeth kicked in", "one more comment and ur getting your head kicked in"
        if any(t in ("get", "getting", "gets") for t in tokens[max(0, i - 5) : i - 2]):
            return i - 2, i + 1
    elif word == "ambulance" and tokens[i - 2 : i] == ["in", "an"] and i >= 3 and tokens[i - 3] in ("leave", "leaving"):
        # "you'll leave in an ambulance", "youll be leaving in an ambulance" (not "he had to leave in an ambulance")
        if any(t in ("you", "u", "youll") for t in tokens[max(0, i - 7) : i - 3]) and not any(t in ("had", "was", "did", "left") for t in tokens[max(0, i - 6) : i - 3]):
            return i - 3, i
    elif word == "wait" and tokens[i + 1 : i + 2] and tokens[i + 1] in _UNTIL and tokens[i + 2 : i + 3] in (["i"], ["we"]):
        for caught in _CAUGHT:
            if tuple(tokens[i + 3 : i + 3 + len(caught)]) == caught:
                return i, i + 2 + len(caught)
    elif word == "people" and tokens[i + 1 : i + 3] == ["like", "you"]:
        k = i + 3
        while k < n and tokens[k] in ("will", "ll", "always", "usually", "often", "eventually", "tend", "to", "all", "soon"):
            k += 1
        if tokens[k : k + 2] == ["end", "up"]:
            fate = next((f for f in _FATES if tuple(tokens[k + 2 : k + 2 + len(f)]) == f), None)
            if fate is not None:
                return i, k + 1 + len(fate)
    return None


# The same threats in the languages whose severe abuse the hold list holds (the model reads English only):
# "Sé dónde trabajas", "te voy a matar", "je sais où tu habites", "ich weiß, wo du wohnst", "nerede oturduğunu
# biliyorum", "ik weet waar je woont", "nitakuua" (Swahili: I will kill you). Accents are folded as ``normalize``
# folds them ("se donde", "oturdugunu"), but not "ß" nor the Turkish "ı", so Turkish is listed as written with it
# and without. A denial before ("no sé dónde vives", "non so dove abiti") says the speaker does not know; a verb
# of saying reports the threat as another's ("Der Täter drohte: ...", "... diye bağırdı"), as in English.
_FOREIGN_THREATS = (
    # Spanish
    ("se", "donde", "vives"), ("se", "donde", "trabajas"), ("se", "donde", "estudias"), ("se", "donde", "viven", "tus"),
    ("sabemos", "donde", "vives"), ("sabemos", "donde", "trabajas"), ("te", "voy", "a", "matar"), ("te", "vamos", "a", "matar"),
    ("te", "voy", "a", "encontrar"), ("te", "vamos", "a", "encontrar"), ("te", "voy", "a", "partir", "la", "cara"),
    ("vas", "a", "pagar", "por", "lo", "que", "escribiste"), ("vas", "a", "pagar", "por", "lo", "que", "dijiste"),
    ("vas", "a", "pagar", "por", "lo", "que", "hiciste"), ("vas", "a", "pagar", "por", "lo", "que", "publicaste"),
    ("me", "las", "vas", "a", "pagar"), ("lo", "vas", "a", "pagar", "caro"),
    # French
    ("je", "sais", "ou", "tu", "habites"), ("je", "sais", "ou", "tu", "vis"), ("je", "sais", "ou", "tu", "travailles"),
    ("on", "sait", "ou", "tu", "habites"), ("on", "sait", "ou", "tu", "travailles"), ("je", "vais", "te", "tuer"),
    ("on", "va", "te", "tuer"), ("je", "vais", "te", "retrouver"), ("on", "va", "te", "retrouver"),
    ("je", "vais", "te", "casser", "la", "gueule"), ("tu", "vas", "me", "le", "payer"), ("tu", "vas", "payer", "pour", "ce", "que"),
    # German
    ("ich", "weiß", "wo", "du", "wohnst"), ("ich", "weiss", "wo", "du", "wohnst"), ("ich", "weiß", "wo", "du", "arbeitest"),
    ("ich", "weiss", "wo", "du", "arbeitest"), ("wir", "wissen", "wo", "du", "wohnst"), ("ich", "bring", "dich", "um"),
    ("ich", "bringe", "dich", "um"), ("wir", "bringen", "dich", "um"), ("ich", "werde", "dich", "finden"),
    ("ich", "schlag", "dich", "tot"), ("ich", "schlage", "dich", "tot"),
    # Italian
    ("so", "dove", "abiti"), ("so", "dove", "vivi"), ("so", "dove", "lavori"), ("sappiamo", "dove", "abiti"),
    ("ti", "ammazzo"), ("ti", "uccido"), ("te", "la", "faro", "pagare"), ("la", "pagherai"),
    # Portuguese
    ("sei", "onde", "voce", "mora"), ("sei", "onde", "tu", "moras"), ("sei", "onde", "voce", "trabalha"),
    ("sabemos", "onde", "voce", "mora"), ("vou", "te", "matar"), ("vamos", "te", "matar"), ("vou", "te", "encontrar"),
    ("voce", "vai", "pagar", "por", "isso"), ("voce", "vai", "pagar", "pelo", "que"), ("sei", "onde", "moras"),
    # Turkish: "I know where you live / work", "I'll find you", "I'll kill you"
    *((where, lived, know) for where in ("nerede", "nerde") for lived in ("oturdugunu", "yasadigini", "yasadıgını", "calistigini", "calıstıgını")
      for know in ("biliyorum", "biliyoruz")),
    ("seni", "bulacagim"), ("seni", "bulacagım"), ("seni", "oldurecegim"), ("seni", "oldurecegım"), ("seni", "gebertecegim"),
    ("seni", "gebertecegım"), ("seni", "oldururum"), ("seni", "gebertirim"),
    # Dutch
    ("ik", "weet", "waar", "je", "woont"), ("ik", "weet", "waar", "jij", "woont"), ("we", "weten", "waar", "je", "woont"),
    ("ik", "weet", "waar", "je", "werkt"), ("ik", "maak", "je", "af"), ("ik", "vermoord", "je"), ("ik", "ga", "je", "vermoorden"),
    # Swahili: "I / we will kill you", "... slaughter you", "I / we know where you live"
    ("nitakuua",), ("tutakuua",), ("nitakuchinja",), ("tutakuchinja",), ("najua", "unapoishi"), ("najua", "unakoishi"),
    ("tunajua", "unapoishi"), ("tunajua", "unakoishi"),
)
# By their first word (several are English words too: "so", "me", "on", "we"; the whole phrase must follow).
_FOREIGN_THREATS_BY_FIRST = _by_first_word(_FOREIGN_THREATS)
_FOREIGN_DENIALS = frozenset({"no", "non", "nao", "nicht", "ne", "nunca", "jamais", "mai", "nie", "never"})


def _foreign_threat_at(tokens: Sequence[str], i: int) -> int | None:
    """Where a threat of ``_FOREIGN_THREATS`` starts at i and is neither denied nor reported, the index of its last
    word."""
    for phrase in _FOREIGN_THREATS_BY_FIRST.get(tokens[i], ()):
        end = i + len(phrase) - 1
        if tuple(tokens[i : end + 1]) == phrase and not (i and tokens[i - 1] in _FOREIGN_DENIALS) and not reported_abroad(tokens, i, end):
            return end
    return None


def threat(tokens: Sequence[str]) -> str | None:
    """The words of the first threat to the reader, or None. Those only a speaker can make ("I know
    where you live", not "they know where you live") need "I" or "we" before them."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        if word in _FOREIGN_THREATS_BY_FIRST:
            end = _foreign_threat_at(tokens, i)
            if end is not None:
                return " ".join(tokens[i : end + 1])
        shape = _threat_shape(tokens, i)
        if shape is not None and not _denied(tokens, shape[0]) and not _reported(tokens, shape[0]):
            return " ".join(tokens[shape[0] : shape[1] + 1])
        for phrase, by_speaker in _THREATS_BY_FIRST.get(word, ()):
            end = i + len(phrase)
            if tuple(tokens[i:end]) != phrase or _denied(tokens, i):
                continue
            if end < n and tokens[end] in ("is", "s", "was") and phrase[-1] in ("live", "work"):
                continue  # "I know where you live is expensive": the place, said to be something
            if phrase[-1] == "dead" and end < n and tokens[end] not in _DEAD_AFTER and tokens[end : end + 2] not in (["if", "i"], ["if", "we"]):
                continue  # "ur dead. u hear me?", "you're dead mate" (not "you're dead wrong", "your dead mother")
            if phrase == ("find", "you") and end < n and tokens[end] not in _FOUND_AFTER and not (
                tokens[end] == "and" and tokens[end + 1 : end + 2] and tokens[end + 1] in _FOUND_AND
            ) and not (tokens[end] == "." and "and" in tokens[max(0, i - 4) : i]):  # "keep it up and I'll find you."
                continue
            start = i
            if by_speaker:
                speaker = _speaker_at(tokens, i)
                if speaker is None or tokens[speaker - 1 : speaker] == ["if"]:  # "if I find out where you live, ..."
                    continue
                start = speaker
            if not _reported(tokens, start):
                return " ".join(tokens[start:end])
    return None


# Threats against people that do not say what will happen: "maybe someone should pay them a visit",
# "we know where the judge lives". The visit is one an anonymous "someone" should pay, and it ends the
# comment: "you should pay them a visit at the open day" is advice, "I'll pay you a visit soon" and
# "great new bakery, we should pay them a visit" a friend's.
_VISITORS = frozenset({"someone", "somebody"})
_VISITED = frozenset({"them", "him", "her", "em", "you"})
_VISIT_KINDS = frozenset({"little", "friendly", "personal", "surprise"})
_VISIT_AFTER = frozenset({".", "!", "?", "soon", "tonight", "sometime"})
# What a visit goes on to, said of someone the comment is angry at: "pay him a visit at home", "... and remind him
# what happens to traitors", "... after the game and explain how pass interference works" ("pay her a visit and
# bring her some soup" is kind).
_VISIT_GOES_ON = (("at", "home"), ("after", "the", "game"), *(("and", verb) for verb in ("show", "remind", "explain", "teach", "discuss", "let", "make", "see")))
_TO_VISITOR = _OBLIGATIONS | _TO_SPEAKER
# Where people can be found, said by the speaker as the last word ("we know where he lives.", "I know
# where her kids go to school!"): "I know where he lives, he's my neighbour" is no threat.
_WHEREABOUTS = (
    ("live",), ("lives",), ("sleep",), ("sleeps",), ("go", "to", "school"), ("goes", "to", "school"), ("works",), ("work",)
)
# A place of someone's whose whereabouts the speaker knows, said as the last words: "we know where the
# paper's office is.", "I know where his house is". (Not "we know where the office is, it's on 5th street".)
_PLACES = frozenset({"office", "offices", "house", "home", "school", "workplace", "apartment", "flat", "car"})


def _owned_place(tokens: Sequence[str], k: int) -> int | None:
    """Where the words from k name someone's place and say it is ("his house is", "the paper's office is"),
    the index of "is"; else None."""
    if k < len(tokens) and tokens[k] in _WHOSE:
        p = k + 1
    elif tokens[k + 1 : k + 2] == ["s"]:  # "sarah's office"
        p = k + 2
    elif k < len(tokens) and tokens[k] in _DETERMINERS and tokens[k + 2 : k + 3] == ["s"]:  # "the paper's office"
        p = k + 3
    else:
        return None
    return p + 1 if p < len(tokens) and tokens[p] in _PLACES and tokens[p + 1 : p + 2] in (["is"], ["are"]) else None


def _visitor_at(tokens: Sequence[str], i: int) -> int | None:
    """The index of "someone" who should pay a visit at i, past "should", "needs to", "will"."""
    k = word_before(tokens, i, _TO_VISITOR)
    return k if k >= 0 and tokens[k] in _VISITORS and k < i - 1 else None


def _visited(tokens: Sequence[str], j: int) -> int | None:
    """The index of the last word of the people that the words from j name ("them", "that judge")."""
    return _named_at(tokens, j, _VISITED, _TARGETS, bare=True)


# A warning to someone else that the speaker does not say how it will come true: "the reporter who wrote
# this had better watch himself", "she'd better watch her back". (The reader's "you'd better watch your
# back" is ``threat``'s; "watch yourself on the ice" has no "better".)
_BACKS = (("his", "back"), ("her", "back"), ("their", "back"), ("their", "backs"))
_WATCHED = (("himself",), ("herself",), ("themselves",), *_BACKS)
# Said of anyone, it is advice ("the striker had better watch himself, one more yellow and he's banned"):
# it threatens said of people named by their office or their group ("the reporter who wrote this", "those
# councillors"), or of them on their way somewhere ("... when he leaves the office", "... walking home").
_ON_THE_WAY = frozenset({"leaves", "leaving", "walks", "walking", "goes", "going", "home", "night", "dark", "outside", "streets", "alone"})


# A threat made of two remarks, neither a threat alone: that someone watches the person's life (their
# routine, where they park, what their car looks like) and an omen ("accidents happen", "be a shame about
# those brake lines", "maybe we'll have a little chat"). "People know where you park. Accidents happen."
# Either alone is ordinary: "accidents happen on that curve every winter", "I know where you park is a
# nightmare", "it would be a shame if the library closed".
_KNOW = frozenset({"know", "knows", "knew"})
_OWNERS_OF = frozenset({"your", "his", "her", "their"})
# What people do somewhere, at a time: "where you park", "you drink at Rusty's every Friday".
_ROUTINES = frozenset(
    {
        "park", "parks", "drink", "drinks", "shop", "shops", "eat", "eats", "jog", "jogs", "run", "runs", "walk", "walks",
        "sleep", "sleeps", "hang", "hangs", "pray", "prays", "train", "trains", "play", "plays", "stay", "stays", "drop",
        "drops", "drive", "drives", "leave", "leaves", "go", "goes", "work", "works", "live", "lives", "worship", "swim",
    }
)
_BELONGINGS = frozenset(
    {"car", "truck", "van", "bike", "motorbike", "house", "home", "kids", "children", "wife", "husband", "daughter", "son", "dog", "boat", "family"}
)
_WEEK = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
        "thursdays", "fridays", "saturdays", "sundays", "night", "nights", "morning", "mornings", "evening", "evenings",
        "weekend", "weekends",
    }
)
# What a person does by the day, known to the speaker: "I know your schedule".
_ROUTINE_NOUNS = frozenset({"schedule", "routine", "routines", "movements", "commute", "address"})
_RECOGNISED = frozenset({"recognizable", "recognisable", "distinctive"})
_EASY_TO = frozenset({"spot", "find", "recognize", "recognise", "follow", "track"})
_ROUTINE_SPAN = 8


# What is written or said that the speaker answers with an omen: "journalists have accidents too. Think about
# that next time you write about my brother."
_WRITES = frozenset(
    {"write", "writes", "post", "posts", "say", "says", "publish", "publishes", "print", "prints", "report", "reports", "talk", "talks", "open", "opens", "mouth", "comment"}
)


def _watched_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of words at i saying that someone watches a person's life: "(people) know where you
    park", "I know what your car looks like", "I know what you drive", "I know you drink at Rusty's every
    Friday", "your husband's truck is very recognizable", "he should be careful where he parks"; or what they
    write: "(think about that) next time you write about my brother"; else None."""
    n = len(tokens)
    word = tokens[i]
    if word == "careful" and tokens[i + 1 : i + 2] == ["where"]:  # "(he should) be careful where he parks"
        k = i + 2
        return (i, k + 1) if k + 1 < n and tokens[k] in _PRONOUNS and tokens[k + 1] in _ROUTINES else None
    if word == "next":  # "next time you write about ..."
        k = i + 2
        return (i, k + 1) if tokens[i + 1 : i + 2] == ["time"] and k + 1 < n and tokens[k] in _PRONOUNS and tokens[k + 1] in _WRITES else None
    if word in _KNOW:
        j = i + 1
        if tokens[j : j + 1] == ["where"]:  # "where you park", "where his wife shops"
            k = j + 1
            if k < n and tokens[k] in _PRONOUNS:
                k += 1
            elif k + 1 < n and tokens[k] in _OWNERS_OF and tokens[k + 1] in _BELONGINGS:
                k += 2
            else:
                return None
            return (i, k) if k < n and tokens[k] in _ROUTINES else None
        if tokens[j : j + 1] == ["what"]:
            if tokens[j + 1 : j + 2] == ["time"] and tokens[j + 2 : j + 3] and tokens[j + 2] in _PRONOUNS:
                return (i, j + 3) if j + 3 < n and tokens[j + 3] in _ROUTINES | {"get", "gets", "finish", "finishes"} else None
            k = j + 1
            if k + 1 < n and tokens[k] in _PRONOUNS and tokens[k + 1] in ("drive", "drives"):  # "what you drive"
                return i, k + 1
            if k < n and tokens[k] in _OWNERS_OF:  # "what your (husband's) car looks like"
                m = k + 1 + 2 * (tokens[k + 2 : k + 3] == ["s"])
                if m < n and tokens[m] in _BELONGINGS and tokens[m + 1 : m + 3] in (["looks", "like"], ["look", "like"]):
                    return i, m + 2
            return None
        if tokens[j : j + 1] in (["your"], ["his"], ["her"], ["their"]) and tokens[j + 1 : j + 2] and tokens[j + 1] in _ROUTINE_NOUNS:
            return i, j + 1  # "I know your schedule"
        k = j + (tokens[j : j + 1] == ["that"])  # "I know (that) you drink at Rusty's every Friday", "... you park at the garage"
        if k + 1 < n and tokens[k] in _PRONOUNS and tokens[k + 1] in _ROUTINES:
            if tokens[k + 1] in ("drive", "drives") and tokens[k + 2 : k + 3] in (["a"], ["the"], ["that"]):
                return i, k + 1  # "we know you drive the blue Mazda"
            for m in range(k + 2, min(k + _ROUTINE_SPAN, n - 1)):
                if tokens[m] == "every" and tokens[m + 1] in _WEEK:
                    return i, m + 1
            if tokens[k + 2 : k + 3] in (["at"], ["in"], ["on"]) and tokens[k + 1] not in ("work", "works"):  # ("I know you work at the bank": a job)
                return i, k + 2
        return None
    # "your husband's truck is very recognizable", "his car is easy to spot", "her van is hard to miss"
    if word in _RECOGNISED or (word in _EASY_TO and tokens[i - 2 : i] == ["easy", "to"]) or (word == "miss" and tokens[i - 2 : i] == ["hard", "to"]):
        for k in range(i - 1, max(-1, i - 7), -1):
            if tokens[k] in _OWNERS_OF:
                said = tokens[k + 1 : i]
                if any(t in _BELONGINGS for t in said) and any(t in ("is", "s", "are") for t in said):
                    return k, i
                return None
    return None


_WATCH_CUES = _KNOW | _RECOGNISED | _EASY_TO | {"miss", "careful", "next"}
# Omens: "accidents happen", "(journalists) have accidents too", "brakes fail all the time", "(it'd) be a
# shame", "just saying", "(we'll) have a little chat", "you won't be driving it home", "you've been warned",
# "see you around", "see you soon", "enjoy looking over your shoulder", "tread carefully".
_HAPPENERS = frozenset({"accidents", "things", "anything", "stuff"})
_FAILING = frozenset({"brakes", "brake", "lines", "steering", "tires", "tyres", "wheels"})
_CHATS = frozenset({"chat", "talk", "word", "conversation", "visit"})
_CHAT_KINDS = frozenset({"little", "friendly", "quiet", "nice", "private", "personal"})
_OMEN_CUES = frozenset(
    {"happen", "happens", "shame", "saying", "sayin", "warned", "be", "accidents", "fail", "fails", "around", "soon", "shoulder", "carefully"}
) | _CHATS


def _omen_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of an omen at the word at i, or None."""
    word = tokens[i]
    if word in ("happen", "happens"):
        k = i - 1 - (i > 1 and tokens[i - 1] in ("can", "do", "will", "could", "might", "sometimes"))
        return (k, i) if k >= 0 and tokens[k] in _HAPPENERS else None
    if word == "shame" and i > 1:  # "(it'd) be a (real) shame"
        k = i - 1 - (tokens[i - 1] in ("real", "great", "terrible"))
        return (k - 1, i) if k > 0 and tokens[k] == "a" and tokens[k - 1] == "be" else None
    if word in ("saying", "sayin") and tokens[i - 1 : i] == ["just"]:
        return i - 1, i
    if word == "accidents" and i > 0 and tokens[i - 1] in ("have", "has", "had"):  # "journalists have accidents"
        return i - 1, i
    if word in ("fail", "fails") and i > 0 and tokens[i - 1] in _FAILING:  # "brakes fail all the time"
        return i - 1, i
    if word in ("around", "soon") and tokens[i - 2 : i] in (["see", "you"], ["see", "ya"]):  # "see you around", "see you soon"
        return i - 2, i
    if word in _CHATS and i > 2 and tokens[i - 1] in _CHAT_KINDS and tokens[i - 2] == "a" and tokens[i - 3] in ("have", "having", "pay"):
        return i - 3, i
    if word == "warned" and i > 0 and tokens[i - 1] in ("been", "yourself"):  # "you've been warned"
        return i - 1, i
    if word == "shoulder" and tokens[i - 3 : i] == ["looking", "over", "your"]:  # "enjoy looking over your shoulder"
        return i - 3, i
    if word == "carefully" and tokens[i - 1 : i] == ["tread"]:  # "tread carefully"
        return i - 1, i
    if word == "be" and i > 2 and tokens[i - 2 : i] == ["won", "t"] and tokens[i + 1 : i + 2] and tokens[i + 1].endswith("ing") and tokens[i - 3 : i - 2] in (["you"], ["he"], ["she"]):
        return i - 3, i + 1  # "you won't be driving (it home)"
    return None


# "Would be a shame if something happened to that nice little newsroom": the racketeer's line, a threat
# alone where it is said of the reader or of what is fondly named ("that nice little ...", "your pretty
# face"), or of anything while its owner is away ("... happened to it while she's at the courthouse": what
# is a person's, and the person's absence). "It would be a shame if something happened to the old mill"
# fears for a landmark, and "... to the library's funding" for a budget: nobody's absence is watched.
_FONDLY = frozenset({"nice", "pretty", "lovely", "little", "beautiful", "cute", "precious"})
_WHILE = frozenset({"while", "whilst", "when"})
_AWAY = frozenset({"at", "away", "out", "gone", "asleep", "sleeping", "working", "busy", "on", "in"})
_ABSENT_SPAN = 6


def _absent_owner(tokens: Sequence[str], j: int) -> int | None:
    """Where a clause in the few words from j says a person is away ("while she's at the courthouse", "when
    you're out"), the index of its last word; else None."""
    for k in range(j, min(j + _ABSENT_SPAN, len(tokens))):
        if tokens[k] in _WHILE and tokens[k + 1 : k + 2] and tokens[k + 1] in _PRONOUNS:
            m = k + 2 + (tokens[k + 2 : k + 3] in (["s"], ["re"], ["is"], ["are"], ["was"], ["were"]))
            if m > k + 2 and m < len(tokens) and tokens[m] in _AWAY:
                return m + (m + 1 < len(tokens) and tokens[m] in ("at", "on", "in", "out")) + (tokens[m + 1 : m + 2] == ["the"])
            return None
    return None


# The racketeer's line said with what would befall the person: "be a shame if your tires got slashed", "shame if
# some guys with bats showed up", "would be a shame if everyone knew where you live", "... if that nice semi of his
# got an unexpected visit". ("It'd be a shame if he got hurt before the playoffs" fears for him, and "shame if they
# showed up late again" is about a bus.)
# (Not "slashed" alone: "be a shame if their budget got slashed" is a budget's; tyres are slashed by someone.)
_BEFALLS = frozenset({"keyed", "smashed", "vandalized", "vandalised", "torched", "visit", "visited", "bats"})
_SLASHED = frozenset({"tires", "tyres", "tire", "tyre"})
_SHAMED_PEOPLE = frozenset({"you", "your", "his", "her", "their", "him", "them", "he", "she", "they", "guys", "lads", "someone", "somebody"})
_SHAME_SPAN = 12


def _shame_befalls(tokens: Sequence[str], i: int) -> int | None:
    """Where "shame" at i starts "shame if" what would befall a person, the index of the word that says it."""
    if tokens[i + 1 : i + 2] != ["if"]:
        return None
    end = next((k for k in range(i + 2, min(i + 2 + _SHAME_SPAN, len(tokens))) if tokens[k] in _SENTENCE_ENDS), min(i + 2 + _SHAME_SPAN, len(tokens)))
    said = tokens[i + 2 : end]
    if not any(t in _SHAMED_PEOPLE for t in said):
        return None
    return next(
        (i + 2 + k for k, t in enumerate(said)
         if t in _BEFALLS or (t == "where" and "knew" in said[max(0, k - 2) : k]) or (t == "slashed" and not _SLASHED.isdisjoint(said[:k]))),
        None,
    )


def _racketeered(tokens: Sequence[str], i: int) -> int | None:
    """Where "shame" at i starts "shame if something happened to <yours>", the index of its last word."""
    if tokens[i + 1 : i + 2] != ["if"] or not tokens[i + 2 : i + 3] or tokens[i + 2] not in ("something", "anything"):
        return None
    for k in range(i + 3, min(i + 7, len(tokens))):
        if tokens[k].startswith("happen") and tokens[k + 1 : k + 2] == ["to"]:
            o = k + 2
            owned = tokens[o : o + 1] in (["you"], ["your"]) or (tokens[o : o + 1] and tokens[o] in _OWNERS_OF and tokens[o + 1 : o + 2] and tokens[o + 1] in _BELONGINGS)
            fond = next((m for m in range(o, min(o + 3, len(tokens))) if tokens[m] in _FONDLY), None)
            if owned:
                return o + (tokens[o] != "you")
            if tokens[o : o + 1] == ["it"] and not _FONDLY.isdisjoint(tokens[max(0, i - 8) : i]):
                return o  # "Nice house in Sacramento. Shame if something happened to it."
            if fond is not None:
                return next((m for m in range(fond + 1, min(fond + 3, len(tokens))) if tokens[m] not in _FONDLY), fond)
            return _absent_owner(tokens, o + 1)
    return None


# A warning that harm will come by someone's carelessness, to a place or a person: "Mosque on Fairview
# better hope nobody gets careless with a match this summer", "that reporter better hope nothing catches
# fire". The fire must be there: "the Bills better hope nobody gets injured before the playoffs" is sport.
_NOBODY = frozenset({"nobody", "noone", "nothing"})
# ("fire" and "gas" are left out: "... better hope nobody tries to fire him", "... nothing happens to gas prices".)
_FIRES = frozenset({"match", "matches", "lighter", "lighters", "gasoline", "petrol", "flames", "torch", "molotov", "arson"})
_HOPE_SPAN = 8


def _hoped_away(tokens: Sequence[str], i: int) -> int | None:
    """Where "hope" at i ("better hope") starts a hope that no one sets a fire, the index of the fire; else None."""
    if tokens[i - 1 : i] != ["better"]:
        return None
    k = i + 1 + (tokens[i + 1 : i + 2] == ["that"])
    if tokens[k : k + 2] == ["no", "one"]:
        k += 1
    elif not (k < len(tokens) and tokens[k] in _NOBODY):
        return None
    return next((m for m in range(k + 1, min(k + 1 + _HOPE_SPAN, len(tokens))) if tokens[m] in _FIRES), None)


# The reader told to go on saying what they say, and that something will follow: "keep running your mouth (and see
# what happens)", "keep writing these articles and see what happens", "... and find out". (Not "keep voting for
# them and see what happens", a forecast, nor "keep practising and see what happens", which encourages.)
_SAYING = frozenset(
    {"running", "writing", "posting", "talking", "pushing", "saying", "commenting", "typing", "spreading", "lying", "publishing", "flapping", "yapping"}
)
_WHAT_FOLLOWS = (("and", "see", "what", "happens"), ("and", "find", "out"), ("and", "see", "where", "it", "gets", "you"))
_KEEP_SPAN = 12


def _kept_saying(tokens: Sequence[str], i: int) -> int | None:
    """Where "keep" at i tells the reader to go on saying something and see what happens, the index of the last
    word; else None."""
    if not (tokens[i + 1 : i + 2] and tokens[i + 1] in _SAYING):
        return None
    if tokens[i + 2 : i + 4] == ["your", "mouth"] and tokens[i + 1] in ("running", "flapping"):
        return i + 3
    for m in range(i + 2, min(i + 2 + _KEEP_SPAN, len(tokens))):
        if tokens[m] in _SENTENCE_ENDS:
            return None
        follows = next((w for w in _WHAT_FOLLOWS if tuple(tokens[m : m + len(w)]) == w), None)
        if follows is not None:
            return m + len(follows) - 1
    return None


def veiled_threat(tokens: Sequence[str]) -> str | None:
    """The words of the first veiled threat against people (the reader or anyone else), or None."""
    n = len(tokens)
    watched = omen = None
    for i, word in enumerate(tokens):
        if word == "keep" and (end := _kept_saying(tokens, i)) is not None and not _denied(tokens, i) and not _reported(tokens, i):
            return " ".join(tokens[i : end + 1])
        # "judges have addresses too", "journalists got addresses too": they can be found
        if word == "addresses" and i > 1 and tokens[i - 2] in _TARGETS and tokens[i - 1] in ("have", "got") and tokens[i + 1 : i + 2] == ["too"] and (
            not _denied(tokens, i - 2) and not _reported(tokens, i - 2)
        ):
            return " ".join(tokens[i - 2 : i + 2])
        if word == "hope":
            end = _hoped_away(tokens, i)
            if end is not None and not _reported(tokens, i - 1):
                return " ".join(tokens[i - 1 : end + 1])
        if word == "shame":
            end = _racketeered(tokens, i)
            start = max(0, i - 2)
            if end is None:
                end = _shame_befalls(tokens, i)
                start = i - 2 if tokens[i - 2 : i] == ["be", "a"] else i
            if end is not None and not _denied(tokens, start) and not _reported(tokens, start):
                return " ".join(tokens[start : end + 1])
        if watched is None and word in _WATCH_CUES:
            watched = _watched_at(tokens, i)
            if watched is not None and (_denied(tokens, watched[0]) or _reported(tokens, watched[0])):
                watched = None
        if omen is None and word in _OMEN_CUES:
            omen = _omen_at(tokens, i)
        if watched is not None and omen is not None:
            first, second = sorted((watched, omen))
            return " ".join(tokens[first[0] : first[1] + 1]) + " ... " + " ".join(tokens[second[0] : second[1] + 1])
        if word in ("better", "should") and tokens[i + 1 : i + 2] == ["watch"]:
            # "should" warns only of a back: "the reporter should watch her back" ("the senators should watch
            # themselves" may be advice)
            watched = next((w for w in (_WATCHED if word == "better" else _BACKS) if tuple(tokens[i + 2 : i + 2 + len(w)]) == w), None)
            end = i + 2 + len(watched) if watched is not None else i
            named = any(t in _ROLES or t in _TARGETS for t in tokens[max(0, i - 6) : i])
            on_the_way = any(t in _ON_THE_WAY for t in tokens[end : end + 6])
            if watched is not None and (named or on_the_way) and not _denied(tokens, i) and not _reported(tokens, i):
                return " ".join(tokens[i:end])
        elif word == "pay":
            whom = _visited(tokens, i + 1)
            if whom is None or tokens[whom + 1 : whom + 2] != ["a"]:
                continue
            v = whom + 2 + (whom + 2 < n and tokens[whom + 2] in _VISIT_KINDS)
            goes_on = any(tuple(tokens[v + 1 : v + 1 + len(w)]) == w for w in _VISIT_GOES_ON)
            if tokens[v : v + 1] != ["visit"] or (v + 1 < n and tokens[v + 1] not in _VISIT_AFTER and not goes_on):
                continue
            visitor = _visitor_at(tokens, i)
            if visitor is None:
                continue
            if not _denied(tokens, visitor) and not _reported(tokens, visitor):
                return " ".join(tokens[visitor : v + 1])
        elif word == "where" and tokens[i - 1 : i] == ["know"]:
            k = i + 1
            owned = _owned_place(tokens, k)
            if owned is not None:
                speaker = _speaker_at(tokens, i - 1)
                at_end = owned + 1 == n or tokens[owned + 1] in ("!", "?")
                if at_end and speaker is not None and not _denied(tokens, i - 1) and not _reported(tokens, speaker):
                    return " ".join(tokens[speaker : owned + 1])
                continue
            if k < n and tokens[k] in _WHOSE and k + 1 < n and tokens[k + 1] in ("kids", "children", "family", "wife", "husband"):
                k += 2
            elif k < n and tokens[k] in ("he", "she", "they"):
                k += 1
            else:
                whom = _visited(tokens, k)
                if whom is None or tokens[whom] in _VISITED:
                    continue
                k = whom + 1
            place = next((p for p in _WHEREABOUTS if tuple(tokens[k : k + len(p)]) == p), None)
            if place is None or (k + len(place) < n and tokens[k + len(place)] not in ("!", "?")):
                continue
            speaker = _speaker_at(tokens, i - 1)
            if speaker is not None and not _denied(tokens, i - 1) and not _reported(tokens, speaker):
                return " ".join(tokens[speaker : k + len(place)])
    return None


# Threats that say what the speaker will do at someone's door or to their things, to the reader or to anyone in the
# story: "I'm coming round to yours with a cricket bat", "I'm going to show up at your work", "... when I'm standing
# at your front door", "I'll burn your car out", "we're coming to torch his place", "I'm coming for him", "If I see
# the gaffer in town I'm glassing him". The speaker's "I" or "we" with a word of intent must come first: "he showed
# up at her door" reports, "someone torched his car" is news.
_DOORS = frozenset({"door", "house", "home", "work", "office", "place", "school", "flat", "workplace", "doorstep", "gaff"})
_AT_DOOR = (
    ("show", "up", "at"), ("turn", "up", "at"), ("come", "round", "to"), ("coming", "round", "to"), ("come", "over", "to"),
    ("coming", "over", "to"), ("standing", "at"), ("waiting", "at"), ("knocking", "on"), ("banging", "on"), ("be", "at"), ("be", "outside"),
)
_AT_DOOR_BY_FIRST = _by_first_word(_AT_DOOR)
_VISIT_THEN = frozenset({"with", "and", "tonight", "tomorrow", "soon", "next", "one", "mate", "pal", "then", "if", "before"})
_TORCHED = frozenset({"burn", "torch", "firebomb", "petrol", "smash", "wreck", "trash"})
_THINGS = frozenset({"car", "house", "home", "place", "shop", "windows", "office", "van", "truck", "pub", "gaff", "business"})
# Blows the speaker is about to strike, said as what they are doing: "I'm glassing him", "we're battering them".
_STRIKING = frozenset(
    {"glassing", "bottling", "stabbing", "knifing", "punching", "decking", "battering", "headbutting", "strangling", "throttling",
     "leathering", "chinning", "twatting", "smacking", "slapping", "shanking", "kneecapping"}
)
_STRUCK = frozenset({"him", "her", "them", "you", "u", "ya"})
# A blade or a bottle the speaker will use on someone: "I'll cut him myself", "I will slash him" (the person ends the
# clause, or "myself", "up" or "open" follows; "cut" only with those: "I'll cut him some slack", "we will cut them." from
# the roster, "cut him in on the deal").
_BLADES = frozenset({"cut", "slash", "knife", "shank", "glass", "bottle", "stab", "machete"})
_CUT_OPEN = frozenset({"myself", "up", "open"})
_SPEAKER_INTENTS = _INTENTS | {"coming", "be"}


def _speaker_intends(tokens: Sequence[str], i: int) -> int | None:
    """``_intending_speaker`` for what the speaker will do at someone's door or to them: "I'm coming round", "we're
    coming to torch", and two words further back ("I'm going to find that keeper's house and put ...")."""
    return _intending_speaker(tokens, i, _SPEAKER_INTENTS, _SPEAKER_SPAN + 2, ("t", "nt", "if", "when", "who"))


def _done_to(tokens: Sequence[str], i: int) -> int | None:
    """Where what the word at i says the speaker will do reaches someone's door, things or person, the index of the
    last word; else None."""
    word = tokens[i]
    for phrase in _AT_DOOR_BY_FIRST.get(word, ()):
        k = i + len(phrase)
        if tuple(tokens[i:k]) != phrase:
            continue
        if tokens[k : k + 1] == ["yours"]:
            m = k
        elif tokens[k : k + 1] and tokens[k] in _POSSESSIVES:
            m = k + 1 + (tokens[k + 1 : k + 2] == ["front"])
            if m >= len(tokens) or tokens[m] not in _DOORS:
                return None
        else:
            return None
        # a visit with a purpose is a friend's: "I'll come round to yours for the game", "... to watch it"
        return m if m + 1 == len(tokens) or tokens[m + 1] in _SENTENCE_ENDS or tokens[m + 1] in _VISIT_THEN else None
    if word in _TORCHED and tokens[i + 1 : i + 2] and tokens[i + 1] in _POSSESSIVES and tokens[i + 2 : i + 3] and tokens[i + 2] in _THINGS:
        return i + 2 + (tokens[i + 3 : i + 4] in (["out"], ["down"]))
    if word == "coming" and tokens[i + 1 : i + 2] == ["for"] and tokens[i + 2 : i + 3] in (["him"], ["her"]):
        after = tokens[i + 3 : i + 4]
        return i + 2 if not after or after[0] in _SENTENCE_ENDS or after[0] in ("and", "next", "soon", "tonight") else None
    if word in _STRIKING and tokens[i + 1 : i + 2] and tokens[i + 1] in _STRUCK:
        return i + 1
    if word in _BLADES and tokens[i + 1 : i + 2] and tokens[i + 1] in _STRUCK:
        after = tokens[i + 2] if i + 2 < len(tokens) else "."
        if after in _CUT_OPEN or (word != "cut" and (after in _SENTENCE_ENDS or after in ("if", "when"))):
            return i + 1 + (after in _CUT_OPEN)  # "I'll cut him myself", "I will slash him"
    if word == "end" and tokens[i + 1 : i + 2] in (["them"], ["him"], ["her"]) and (i + 2 == len(tokens) or tokens[i + 2] in _SENTENCE_ENDS):
        return i + 1  # "... because I will end them"
    if word == "sort" and tokens[i + 1 : i + 3] in (["you", "out"], ["u", "out"]) and tokens[i + 3 : i + 4] in (["properly"], ["myself"], ["good"], ["permanently"]):
        return i + 3  # "I'll come round and sort you out properly"
    if word == "with" and tokens[i + 1 : i + 2] == ["my"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _GUNS and not _AIMED_AT.isdisjoint(tokens[max(0, i - 8) : i]):
        return i + 2  # "I'm going down to that council meeting with my shotgun"
    if word == "shut" and tokens[i + 1 : i + 5] in (["your", "mouth", "for", "you"], ["ur", "mouth", "for", "you"]):
        return i + 4  # "I'll come round and shut your mouth for you"
    m = next((k for k in range(i + 1, min(i + 8, len(tokens))) if tokens[k] == "with"), None) if word in ("burn", "torch") else None
    if m is not None and tokens[m + 1 : m + 2] and tokens[m + 1] in _STRUCK and (tokens[m + 2 : m + 4] == ["in", "it"] or tokens[m + 2 : m + 3] == ["inside"]):
        return m + 2 + (tokens[m + 2] == "in")  # "burn it down with you in it", "burn that pastor's church down with him inside"
    if word == "pay" and tokens[i + 1 : i + 2] == ["with"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _POSSESSIVES and tokens[i + 3 : i + 4] in (["kneecaps"], ["legs"], ["teeth"], ["life"]):
        return i + 3  # "he'll pay with his kneecaps"
    if word == "put" and tokens[i + 1 : i + 4] == ["a", "brick", "through"] and tokens[i + 4 : i + 5] and tokens[i + 4] in _POSSESSIVES | {"the"}:
        return i + 5  # "I'm going to find his house and put a brick through the window"
    if word == "break" and tokens[i + 1 : i + 2] == ["every"] and tokens[i + 2 : i + 3] in (["finger"], ["bone"]) and "you" in tokens[i + 3 : i + 7]:
        return i + 2  # "I'll break every finger you type with"
    if word == "drag" and tokens[i + 1 : i + 4] in (["you", "out", "of"], ["her", "out", "of"], ["him", "out", "of"]) and tokens[i + 4 : i + 5] and tokens[i + 4] in _POSSESSIVES:
        return i + 5  # "I'll drag you out of your house by your hair"
    if word == "waiting" and tokens[i + 1 : i + 2] == ["for"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _STRUCK:
        # "I'm waiting for him at the training ground with a few lads"
        return next((k for k in range(i + 3, min(i + 11, len(tokens))) if tokens[k] in _GANG and "with" in tokens[i + 3 : k]), None)
    if word == "make" and tokens[i + 1 : i + 3] in (["her", "regret"], ["him", "regret"], ["them", "regret"], ["you", "regret"]):
        # "gonna find this so called journo and make her regret every word" ("make them regret voting no" is politics)
        return i + 2 if "find" in tokens[max(0, i - 8) : i] and tokens[i - 1 : i] == ["and"] else None
    return None


_DONE_CUES = frozenset({"coming", "waiting", "make", "put", "break", "drag", "end", "shut", "pay", "sort", "with"}) | _BLADES
# Where people gather whom a gun is brought to: "going down to that council meeting with my shotgun" ("going hunting with my
# shotgun" is sport).
_AIMED_AT = frozenset({"meeting", "council", "school", "office", "court", "courthouse", "mosque", "church", "synagogue", "rally", "parade", "protest", "house", "clinic"})
_GANG = frozenset({"lads", "boys", "mates", "friends", "bats", "bat", "knife", "crew"})
_WEAPONS = frozenset({"brick", "bat", "knife", "rope", "gun", "shotgun", "machete", "crowbar", "hammer", "blade"})
_GUNS = frozenset({"gun", "shotgun", "rifle", "pistol", "machete", "glock"})
_HURLED = frozenset({"brick", "knife", "gun", "shotgun", "machete", "crowbar"})
# The speaker's knowledge of where someone can be found, said to them or of them: "I've got your IP", "I know his route to
# work", "Found your linkedin." ("I know your address is on the form" is said as a fact of the form.)
_TRACED = frozenset({"ip", "linkedin", "facebook", "instagram", "employer", "route", "routine", "schedule", "movements", "plates", "rego", "reg"})
# A person's leaving cut short: "that woman won't be leaving in one piece", "You wont be walking home."
_LEAVING = frozenset({"leaving", "walking", "going", "getting", "coming", "driving"})
_OTHER_THREAT_CUES = frozenset({"watch", "be", "walk", "come", "get", "leave", "man", "make", "screenshotted", "screenshot", "screenshoted", "coming", "spark", "work", "house", "home", "address", "workplace"}) | _TRACED | _WEAPONS | _GUNS


def _other_threat(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of one of the threats at i that the comment makes without a speaker who intends it, or None."""
    word = tokens[i]
    n = len(tokens)
    if word == "watch" and (i == 0 or tokens[i - 1] in _SENTENCE_ENDS) and tokens[i + 1 : i + 3] == ["your", "back"]:
        # "Watch your back." ("watch your back out there on the ice" warns of the ice)
        if i + 3 == n or tokens[i + 3] in _SENTENCE_ENDS or tokens[i + 3] in ("mate", "pal", "buddy", "bro", "son", "sunshine"):
            return i, i + 2
    elif word in _TRACED and tokens[i - 1 : i] in (["your"], ["ur"], ["his"], ["her"]) and i >= 2:
        k = i - 2
        if tokens[k] in ("got", "found", "traced", "know", "have", "tracked") and (
            (k > 0 and tokens[k - 1] in _SPEAKERS | {"ve"}) or k == 0 or tokens[k - 1] in _SENTENCE_ENDS
        ):
            if tokens[i + 1 : i + 2] in (["is"], ["s"], ["was"], ["isn"]):
                return None  # "I know your routine is busy"
            start = k - 1 - (tokens[k - 1 : k] == ["ve"]) if k > 0 and tokens[k - 1] != "." else k
            return max(0, start), i + (tokens[i + 1 : i + 3] == ["to", "work"]) * 2
    elif word in ("come", "get", "walk") and tokens[i - 2 : i] == ["won", "t"] and tokens[i + 1 : i + 3] in (["out", "breathing"], ["out", "alive"]) and (
        i + 3 == n or tokens[i + 3] in _SENTENCE_ENDS
    ):
        return max(0, i - 3), i + 2  # "put that celebrity in a room with me and she won't come out breathing"
    elif word == "make" and tokens[i - 2 : i] == ["won", "t"] and tokens[i + 1 : i + 3] == ["it", "home"] and (tokens[i + 3 : i + 5] == ["next", "time"] or tokens[i + 3 : i + 4] == ["tonight"]):
        return max(0, i - 3), i + 2  # "the ref that gave that penalty won't make it home next time he's at Celtic Park"
    elif word == "man" and tokens[i - 3 : i] in (["is", "a", "dead"], ["s", "a", "dead"]) and tokens[i + 1 : i + 3] in (["if", "i"], ["when", "i"], ["once", "i"]):
        return i - 3, i + 2  # "the cop who did this is a dead man if I ever find him"
    elif word in ("screenshotted", "screenshot", "screenshoted") and tokens[i + 1 : i + 3] == ["your", "profile"] and "see" in tokens[i + 3 :]:
        see = tokens.index("see", i + 3)
        if tokens[see + 1 : see + 2] in (["you"], ["ya"], ["u"]):
            return i, i + 2  # "I've screenshotted your profile. see you soon ya dog"
    elif word == "walk" and tokens[i - 2 : i] == ["won", "t"] and tokens[i + 1 : i + 4] in (["away", "from", "it"], ["away", "from", "this"]):
        return max(0, i - 3), i + 3  # "he won't walk away from it"
    elif word == "leave" and tokens[i + 1 : i + 2] in (["you"], ["him"], ["her"]) and tokens[i + 2 : i + 5] in (["in", "a", "ditch"], ["in", "a", "coma"], ["for", "dead"]):
        return i, i + 4 - (tokens[i + 2] == "for")  # "come up and I'll leave you in a ditch"
    elif word in _HURLED and tokens[i - 1 : i] == ["a"] and tokens[i + 1 : i + 2] == ["for"] and tokens[i + 2 : i + 3] and (
        tokens[i + 2] in _STRUCK or (tokens[i + 2] in ("that", "this") and (i + 4 == n or tokens[i + 4] in _SENTENCE_ENDS))
    ):
        return i - 1, i + 3  # "going to the next game with a brick for that goalkeeper." (not "a rope for the swing")
    elif word in _WEAPONS and tokens[i - 2 : i] in (["with", "a"], ["with", "my"]) and "waiting" in tokens[max(0, i - 8) : i]:
        return tokens.index("waiting", max(0, i - 8)), i  # "I'll be waiting outside the courthouse with a rope"
    elif word in _GUNS and tokens[i - 1 : i] == ["a"] and tokens[i - 2 : i - 1] in (["have"], ["got"], ["own"]) and any(
        tokens[k : k + 2] in (["keep", "typing"], ["keep", "posting"], ["keep", "talking"], ["keep", "commenting"]) for k in range(i, n)
    ):
        return max(0, i - 3), i  # "I have a shotgun and a lot of free time. keep typing karen"
    elif word == "coming" and i == 0 and tokens[1:3] in (["for", "you"], ["for", "u"]) and (n == 3 or tokens[3] in _SENTENCE_ENDS or tokens[3] in _ROLES):
        return 0, 2  # "Coming for you congressman."
    elif word in ("work", "house", "home", "address", "workplace") and tokens[i - 2 : i] in (["found", "your"], ["found", "ur"]) and (i + 1 == n or tokens[i + 1] in _SENTENCE_ENDS):
        return i - 2, i  # "found your work. see you monday"
    elif word == "spark" and tokens[i + 1 : i + 2] == ["out"] and tokens[i - 1 : i] in (["you"], ["u"], ["him"]) and tokens[i - 2 : i - 1] == ["knock"]:
        return i - 2, i + 1  # "I'll knock you spark out"
    elif word == "be" and tokens[i - 2 : i] in (["won", "t"], ["will", "not"]) and tokens[i + 1 : i + 2] and tokens[i + 1] in _LEAVING:
        k = i + 2
        if tokens[k : k + 3] == ["in", "one", "piece"]:
            return max(0, i - 3), k + 2
        if tokens[i + 1 : i + 3] == ["walking", "away"] and tokens[k + 1 : k + 3] in (["from", "it"], ["from", "this"]):
            return max(0, i - 3), k + 2  # "that chairman won't be walking away from it"
        if tokens[k : k + 1] == ["home"] and (k + 1 == n or tokens[k + 1] in _SENTENCE_ENDS) and tokens[i - 3 : i - 2] in (["you"], ["u"]):
            return i - 3, k
    elif word == "be" and tokens[i - 2 : i] in (["you", "ll"], ["you", "will"], ["u", "ll"]):
        fate = next((f for f in _FATES if tuple(tokens[i + 1 : i + 1 + len(f)]) == f), None)
        dared = any(tokens[k : k + 3] in (["keep", "this", "up"], ["keep", "it", "up"]) or tokens[k] in ("promise", "swear") for k in range(n))
        if fate is not None and dared:
            return i - 2, i + len(fate)  # "you'll be six feet under before the season ends if you keep this up"
    return None


# Harm that is coming to someone, said as what they are "getting": "the ref's getting his legs broken", "that CEO is
# getting a brick through his window", "that b*tch from planning is getting followed home". ("He got his leg broken in
# the tackle" is news: only "getting" or "gonna get" foretells.)
_BREAKS = frozenset({"broken", "broke", "smashed", "snapped", "caved", "kicked", "shattered", "rearranged"})
_SOON = frozenset({"this", "tonight", "tomorrow", "soon", "next", "on", "after"})
# What someone is "getting" that is a beating: "he's getting glassed", "... battered". ("getting shot" is left to news.)
_BEATEN_UP = frozenset({"glassed", "bottled", "battered", "leathered", "kneecapped", "shanked", "jumped", "stabbed", "smashed"})


def _getting_harm(tokens: Sequence[str], i: int) -> int | None:
    """Where "getting" (or "get" after "gonna") at i goes on to harm coming to someone, the index of the last word."""
    if tokens[i] == "get" and tokens[i - 1 : i] not in (["gonna"], ["ll"], ["will"]):
        return None
    if tokens[i] == "getting" and tokens[i - 1 : i] not in (["is"], ["s"], ["re"], ["are"], ["both"], ["be"]):
        return None
    k = i + 1
    if tokens[k : k + 1] and tokens[k] in _POSSESSIVES and tokens[k + 1 : k + 2] and tokens[k + 1] in _BODY_PARTS and tokens[k + 2 : k + 3] and tokens[k + 2] in _BREAKS:
        return k + 2 + (tokens[k + 3 : k + 4] in (["in"], ["off"]))
    if tokens[k : k + 3] == ["a", "brick", "through"] and tokens[k + 3 : k + 4] and tokens[k + 3] in _POSSESSIVES:
        return k + 4
    if tokens[k : k + 2] == ["followed", "home"]:
        return k + 1
    if tokens[k : k + 2] == ["done", "in"] or (tokens[k : k + 1] and tokens[k] in _BEATEN_UP and tokens[i] == "getting"):
        return k + (tokens[k] == "done")  # "or he's getting done in", "he's getting glassed"
    if tokens[k : k + 1] == ["done"] and tokens[k + 1 : k + 2] and tokens[k + 1] in _SOON and tokens[i] == "getting":
        return k + 1  # "he's getting done this week" ("getting done for speeding" is a court's)
    if tokens[k : k + 2] == ["a", "visit"] and (k + 2 == len(tokens) or tokens[k + 2] in _SENTENCE_ENDS):
        return k + 1  # "reply again and you're getting a visit.", "the neighbour who called the cops is getting a visit."
    if tokens[k : k + 1] and tokens[k] in _POSSESSIVES and tokens[k + 1 : k + 2] in (["windows"], ["car"], ["tyres"], ["tires"]) and tokens[k + 2 : k + 4] in (["put", "in"], ["smashed", "in"], ["done", "in"]):
        return k + 3  # "the landlord will be getting his windows put in, and him after"
    return None


# The speaker's word that a fate will befall someone: "That mayor will be dead before the next election, I'll see to
# it", "the landlord won't live to the end of the month, I'll make sure of it", "he'll get what's coming to him, I'll
# make sure of it personally" (not "the bill will pass, I'll make sure of it").
_GUARANTEES = (("see", "to", "it"), ("make", "sure", "of", "it"))
_FATE_SPAN = 14


def _fate_at(tokens: Sequence[str], k: int) -> bool:
    """Whether the word at k names a fate: death, a grave, what is coming to someone, paying or suffering for it."""
    t = tokens[k]
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return (t in ("dead", "die", "dies", "grave", "wheelchair") or (t == "coming" and after == "to")
            or (t == "live" and after in ("to", "through", "past")) or (t in ("pay", "suffer", "regret") and after in ("for", "it", "this", ".")))


def _guaranteed_fate(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) where the words at i are the speaker's guarantee of a fate named before them, or None."""
    phrase = next((p for p in _GUARANTEES if tuple(tokens[i : i + len(p)]) == p), None)
    if phrase is None:
        return None
    end = i + len(phrase) - 1
    # the guarantee ends its clause ("I'll see to it she gets flowers" sees to something else)
    if not (end + 1 == len(tokens) or tokens[end + 1] in _SENTENCE_ENDS or tokens[end + 1] in ("personally", "myself")):
        return None
    speaker = _intending_speaker(tokens, i)
    if speaker is None:
        return None
    fate = next((k for k in range(speaker - 1, max(-1, speaker - 1 - _FATE_SPAN), -1) if _fate_at(tokens, k)), None)
    # ("won't live to the end of the month" is the fate, not its denial)
    if fate is None or (tokens[fate] != "live" and _denied(tokens, fate)):
        return None
    return fate, end


def threat_to_anyone(tokens: Sequence[str]) -> str | None:
    """The words of the first threat of what the speaker will do at someone's door, to their things or to them, or
    of harm said to be coming to them; or None."""
    for i, word in enumerate(tokens):
        if word in _OTHER_THREAT_CUES:
            other = _other_threat(tokens, i)
            if other is not None and not _denied(tokens, other[0]) and not _reported(tokens, other[0]):
                return " ".join(tokens[other[0] : other[1] + 1])
        if word in _AT_DOOR_BY_FIRST or word in _TORCHED or word in _DONE_CUES or word in _STRIKING:
            end = _done_to(tokens, i)
            speaker = _speaker_intends(tokens, i) if end is not None else None
            if end is not None and speaker is None and word == "make" and tokens[:1] in (["gonna"], ["going"]):
                speaker = 0  # "Gonna find this so called journo and make her regret every word"
            if speaker is not None and not _reported(tokens, speaker):
                return " ".join(tokens[speaker : end + 1])
        elif word in ("getting", "get"):
            end = _getting_harm(tokens, i)
            if end is not None and not _denied(tokens, i) and not _reported(tokens, i):
                return " ".join(tokens[max(0, i - 2) : end + 1])
        if word in ("see", "make"):
            fate = _guaranteed_fate(tokens, i)
            if fate is not None and not _reported(tokens, fate[0]):
                return " ".join(tokens[fate[0] : fate[1] + 1])
    return None


# The words these rules read, for ``Unmasker`` to read "st*pid" and "id1ot" back as them.
WORDS = frozenset({w for phrase, _ in _THREATS for w in phrase})

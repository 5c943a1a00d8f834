"""Language that incites, held for a moderator whatever a score says: a group of people called vermin
or refuse (``dehumanising``), a call for violence against people (``violent_call``: to kill, to run them
over, to take up arms against them, or the speaker's blow: "I'm going to break his jaw") and a wish that
people come to harm (``harm_wish``).

Both read the normalised tokens (lower case, look-alike letters folded, "don't" as "don", "t"; no
full stops or commas). The Fox News data holds too few such sentences to teach the model either;
these are the words it cannot learn, written down as rules a moderator can read. A call or a wish
that the comment quotes from someone else to report or condemn it ("whoever said someone should
shoot the judge should be banned") is not the commenter's, and is left to the model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .own_group import GROUPS

# Calling people vermin is how incitement reads ("they are parasites", "Democrats are vermin"); the
# Fox News data holds too few such sentences to teach the model, so a rule holds them. Said of a
# creature, the same words are zoology ("rats are vermin"), so the subject must not be one.
DEHUMANISING = frozenset(
    {
        "vermin", "parasite", "parasites", "cockroaches", "roaches", "rats", "rodents", "leeches",
        "maggots", "lice", "pests", "infestation", "savages", "subhumans", "animals", "beasts", "apes",
        "monkeys", "scum",
    }
)
_CREATURES = DEHUMANISING | frozenset(
    {
        "mice", "ticks", "fleas", "mosquitoes", "mosquitos", "bedbugs", "bugs", "insects", "worms",
        "tapeworms", "pigeons", "squirrels", "raccoons", "possums", "rabbits", "deer", "coyotes",
        "hogs", "boars", "dogs", "cats", "pets", "cows", "pigs", "chickens", "horses", "sheep", "goats",
        "birds", "fish", "snakes", "wolves", "bears", "creatures", "chimps", "chimpanzees", "gorillas",
        "baboons", "orangutans", "primates", "mammals", "viruses", "bacteria", "germs", "weeds",
    }
)
# Words true of every creature: they dehumanise only when said of people ("they are animals", not
# "alligators are wild animals"), so the subject must be a person or a group of people.
_ANIMAL_WORDS = frozenset({"animals", "beasts", "apes", "monkeys"})
_PEOPLE = frozenset(
    {
        "they", "them", "he", "she", "you", "people", "folks", "guys", "men", "women", "kids", "thugs",
        "illegals", "immigrants", "migrants", "refugees", "foreigners", "protesters", "rioters", "muslims",
        "christians", "jews", "arabs", "blacks", "whites", "mexicans", "hispanics", "latinos", "asians",
        "africans", "gays", "feminists", "liberals", "libs", "leftists", "progressives", "conservatives",
        "democrats", "dems", "republicans", "cops", "police", "politicians", "homeless", "addicts", "junkies",
        "vagrants",
    }
)
# Subjects that make the sentence about everyone or about things: "we are all animals", "these are pests".
_NOT_A_GROUP = frozenset({"humans", "we", "us", "i", "it", "this", "that", "these", "those", "there", "here"})
# A denial before the verb: "no one is vermin", "nobody here is an animal".
_DENIALS = frozenset({"no", "nobody", "none", "never", "not", "noone"})
_COPULAS = frozenset({"are", "is", "re", "were", "was"})
# Between the verb and the noun only words that keep the sentence a description of its subject:
# "they are nothing but filthy vermin", not "they are worried about rats" or "refugees are not animals".
_BREAKS = frozenset(
    {
        "not", "no", "never", "nt", "about", "of", "by", "with", "from", "for", "in", "on", "at", "to",
        "than", "and", "or", "into", "onto", "over", "under", "after", "before", "against", "among",
        "between", "without", "because", "if", "when", "while", "where", "who", "which", "that", "what",
    }
)
# Diseases said of a group of people: "Muslims are a cancer on this country". Said of anything else
# they are medicine ("the cause was cancer", "she was a cancer survivor"), so the subject must be a
# group of people (not "he" or "she": "she's a Cancer" is a star sign) and only a word that goes on
# to say what the disease eats may follow it ("a cancer on", not "a cancer patient").
_DISEASES = frozenset({"cancer", "plague", "disease", "virus", "tumor", "tumour", "infection", "scourge"})
_DISEASED_GROUPS = _PEOPLE - {"he", "she", "you"}
_AFTER_DISEASE = frozenset({"on", "to", "in", "upon", "that", "which", "who", "and", ".", "!", "?", "infecting", "spreading", "rotting", "destroying", "eating"})
# Refuse said of people: "the homeless are human garbage", "illegals are trash". With "human" before it the
# word can be said of nothing else; alone it must be said of a group named by a noun ("the Jets? they are
# garbage this year" is sport, "the river is full of garbage" a river). "human waste" is sewage, so
# "waste" is not among them.
_REFUSE = frozenset({"garbage", "trash", "filth", "rubbish", "debris", "excrement"})
# After the word, what makes it a trade or a skill: "immigrants are garbage collectors", "people are rubbish at parking".
_NOT_REFUSE_AFTER = frozenset({"collectors", "collector", "collection", "men", "man", "trucks", "truck", "pickers", "at", "disposal", "removal"})
_GROUP_NOUNS = _PEOPLE - {"they", "them", "he", "she", "you"}
_COLLECTIVES = frozenset({"bunch", "pack", "herd", "swarm", "horde", "nest", "lot"})
_NOT_PARTICIPLES = frozenset({"nothing", "disgusting", "revolting", "stinking", "freaking", "fucking", "damned"})
_DEHUMANISING_GAP = 3


# The name said of them all, as a sentence of its own: "Of course it was one of them. Animals, all of
# them.", "Deport them. Parasites, every last one of them". Read in the raw text, whose full stops show
# where the sentence starts ("I love animals, all of them" names no one); after a colon it is quoted; after
# creatures it is said of them ("Rats in the basement again. Pests, all of them").
_NAMED_ALL = re.compile(
    r"(?:^|[.!?\n])\s*(" + "|".join(sorted(DEHUMANISING, key=len, reverse=True)) + r")\s*[,.!\u2014-]*\s*"
    r"(all of (?:them|'em)|every (?:last |single )?one of (?:them|'em)|the (?:whole )?lot of them"
    r"|each and every one of them)\b"
)


_SPACE_RUN = re.compile(r"\s{2,}")


def named_all_of_them(text: str) -> tuple[str, str] | None:
    """(The name, the sentence) where a raw text calls people vermin, animals, ... in a sentence of its own."""
    lowered = text.lower()
    if "of them" not in lowered and "of 'em" not in lowered:
        return None
    # A run of spaces becomes one (a line break if it holds one): the pattern's \s* after each sentence
    # end would read a long run again from every line break in it (65,000 of them: a third of a second).
    lowered = _SPACE_RUN.sub(lambda m: "\n" if "\n" in m.group() else " ", lowered)
    m = _NAMED_ALL.search(lowered)
    if m is None or not _CREATURES.isdisjoint(re.findall(r"[a-z]+", lowered[: m.start(1)])):
        return None
    return m.group(1), f"{m.group(1)}, {m.group(2)}"


def dehumanising(tokens: Sequence[str]) -> str | None:
    """The words of the first phrase that calls a group of people vermin, animals, ... or None."""
    for i, verb in enumerate(tokens):
        if verb not in _COPULAS or i == 0 or tokens[i - 1] in _NOT_A_GROUP:
            continue
        before = tokens[max(0, i - 3) : i]
        if any(w in _CREATURES or w in _DENIALS for w in before):
            continue
        for j in range(i + 1, min(i + 2 + _DEHUMANISING_GAP, len(tokens))):
            word = tokens[j]
            called = word in DEHUMANISING and (word not in _ANIMAL_WORDS or tokens[i - 1] in _PEOPLE)
            called = called or (word in _DISEASES and tokens[i - 1] in _DISEASED_GROUPS and (j + 1 == len(tokens) or tokens[j + 1] in _AFTER_DISEASE))
            refuse = word in _REFUSE and (j + 1 == len(tokens) or tokens[j + 1] not in _NOT_REFUSE_AFTER)
            if called or (refuse and (tokens[j - 1] == "human" or tokens[i - 1] in _GROUP_NOUNS)):
                # quoted to report it ("my neighbour told me immigrants are vermin. Disgusting."): not the commenter's
                if _reported(tokens, i - 1):
                    break
                return " ".join(tokens[i - 1 : j + 1])
            collective_of = word == "of" and tokens[j - 1] in _COLLECTIVES
            # Participles end the description: "they are treated like animals" pities, it does not insult.
            participle = word.endswith(("ing", "ed")) and word not in _NOT_PARTICIPLES
            if (word in _BREAKS and not collective_of) or participle:
                break
    return None


# A whole people called criminals or cowards: "Nigerians are all scammers, every single one", "The French are cowards
# and always have been", "Romanians are nothing but thieves". Only peoples by nation, faith or ethnicity: "politicians
# are all liars" is political speech, and "the Jets are cowards" sport. Only the words of ``_SWEEPING`` may come
# between ("Muslims are victims of terrorists", "Nigerians are not scammers" say no such thing).
_PEOPLES = frozenset(
    {w for words in GROUPS.values() for w in words if w.endswith("s")}
    | {"chinese", "vietnamese", "japanese", "french", "english", "irish", "dutch", "welsh", "scots", "portuguese", "lebanese",
       "sudanese", "congolese", "poles", "romanians", "albanians", "russians", "germans", "italians", "greeks", "brits", "yanks",
       "americans", "canadians", "aussies", "gypsies", "travellers", "aboriginals", "aborigines", "ethiopians", "ghanaians",
       "kenyans", "jamaicans", "brazilians", "colombians", "venezuelans", "bulgarians", "lithuanians", "nepalese", "tamils",
       "gypos", "pikeys", "arabs", "persians", "israelis", "palestinians", "zimbabweans", "ugandans", "guatemalans", "hondurans",
       "quebecers", "albertans", "texans", "scousers", "geordies", "christians", "protestants", "evangelicals", "atheists"}
)
_CRIMINALS = frozenset(
    {"abusers", "bigots", "morons", "idiots", "imbeciles", "losers", "traitors", "moronic", "stupid", "ignorant", "evil", "disgusting", "subhuman", "inbred", "primitive",
     "dumbest", "stupidest", "laziest", "dirtiest", "ugliest", "thickest", "scammers", "criminals", "thieves", "rapists", "terrorists", "crooks", "liars", "cowards", "savages", "cheats", "freeloaders",
     "scroungers", "invaders", "degenerates", "barbarians", "paedophiles", "pedophiles", "paedos", "pedos", "nonces", "groomers",
     "murderers", "thugs", "beggars", "fraudsters", "bludgers", "spongers", "inbreds", "terrorist", "criminal", "nazis"}
)
_SWEEPING = frozenset({"child", "the", "most", "whining", "brainwashed", "spineless", "all", "just", "nothing", "but", "basically", "simply", "a", "bunch", "of", "nation", "race", "lot", "born",
                       "natural", "filthy", "dirty", "lazy", "thieving", "lying", "dishonest", "gutless", "pathetic",
                       "useless", "bloody", "fucking", "always", "have", "been", "every", "single", "one", "them"})


# A country called a nation of them: "Canada is a nation of spineless losers".
_NATIONS = frozenset(
    {"canada", "america", "france", "britain", "england", "scotland", "ireland", "wales", "australia", "mexico", "china", "india",
     "pakistan", "nigeria", "germany", "poland", "romania", "russia", "israel", "iran", "somalia", "africa", "italy", "spain", "quebec"}
)


def group_contempt(tokens: Sequence[str]) -> str | None:
    """The words of the first sentence that calls a whole people criminals or cowards, or None."""
    for i, word in enumerate(tokens):
        if word == "nation" and i >= 3 and tokens[i - 3] in _NATIONS and tokens[i - 2 : i] in (["is", "a"], ["s", "a"]) and tokens[i + 1 : i + 2] == ["of"]:
            for j in range(i + 2, min(i + 6, len(tokens))):
                if tokens[j] in _CRIMINALS:
                    return " ".join(tokens[i - 3 : j + 1])
                if tokens[j] not in _SWEEPING:
                    break
        if word not in _COPULAS or i == 0 or tokens[i - 1] not in _PEOPLES or tokens[i] not in ("are", "re"):
            continue
        start = i - 1 - (i > 1 and tokens[i - 2] in ("all", "the"))
        if any(t in _DENIALS for t in tokens[max(0, start - 3) : i]) or _reported(tokens, start):
            continue
        for j in range(i + 1, min(i + 6, len(tokens))):
            if tokens[j] in _CRIMINALS:
                return " ".join(tokens[start : j + 1])
            if tokens[j] not in _SWEEPING:
                break
    return None


# Calls for violence against people: "hang every one of those traitors", "they should all be shot",
# "I hope he dies". A threat is the abuse a moderator must see before readers do. Three shapes:
# a violent verb in its base form aimed at people (an order or a wish: "kill them all", "someone
# needs to shoot him"; the past tense reports news, "police shot him", and is left alone), people
# who "should be" hanged, and people who "should die". The object or subject must be people: a
# pronoun or a word for a group of them ("kill the bill", "the plan should be executed" are not).
_VIOLENT_VERBS = frozenset(
    {
        "kill", "hang", "shoot", "lynch", "execute", "exterminate", "murder", "behead", "gas", "slaughter",
        "butcher", "stab", "torture", "castrate", "nuke", "massacre", "stone",
        # "unalive yourself": the word people write for kill where a platform filters the word
        "unalive",
    }
)
# Participles that are violence whoever they are said of ("Obama should be hanged"), and those
# that need people as their subject ("the project should be executed", "the bill should be killed").
_VIOLENT_ALWAYS = frozenset(
    {
        "hanged", "lynched", "exterminated", "gassed", "beheaded", "murdered", "slaughtered", "butchered",
        "tortured", "castrated", "massacred",
    }
)
_VIOLENT_OF_PEOPLE = frozenset(
    {"shot", "killed", "executed", "hung", "stabbed", "nuked", "burned", "burnt", "unalived", "sterilized", "sterilised", "neutered", "spayed",
     "beaten", "flogged", "attacked"}
)
# What "blow" blows off a person in a call to shoot them: "blow his head off", "blow their brains out".
_BLOWN_OFF = frozenset({("head", "off"), ("heads", "off"), ("brains", "out")})
# Pronouns for people as the subject of a wish ("he should be shot", "I hope they die"). As the
# object of a verb, "you" counts only in the speaker's own threat ("I will kill you", not "shoot you
# an email"), so neither they nor the object pronouns are among the targets.
_PRONOUNS = frozenset({"he", "she", "they", "you"})
_OBJECTS = frozenset({"them", "him", "her", "em", "yourself", "yourselves", "themselves", "himself", "herself"})
_POSSESSIVES = frozenset({"your", "ur", "his", "her", "their"})
# People named by their office or trade, whom a call names as often as a group: "someone should
# shoot the judge", "hang the councilmen", "the mayor should be shot".
_ROLES = frozenset(
    {
        "judge", "judges", "mayor", "mayors", "governor", "governors", "senator", "senators", "congressman",
        "congressmen", "congresswoman", "congresswomen", "councilman", "councilmen", "councilwoman",
        "councilwomen", "councilmember", "councilmembers", "councilor", "councilors", "councillor",
        "councillors", "commissioner", "commissioners", "lawmakers", "legislators", "officials", "bureaucrats",
        "politician", "president", "prosecutor", "prosecutors", "sheriff", "sheriffs", "cop", "officer",
        "officers", "reporter", "reporters", "journalist", "journalists", "editor", "editors", "doctor",
        "doctors", "teacher", "teachers", "minister", "ministers", "premier", "premiers", "treasurer", "chancellor",
        "mp", "mps", "ref", "refs", "referee", "referees", "worker", "supervisor", "supervisors", "warden", "wardens",
        "author", "writer", "columnist", "journo", "journos", "presenter", "presenters", "newsreader",
        "justice", "justices", "secretary",
    }
)
# People a call for violence names: ``_PEOPLE``'s nouns and these.
_TARGETS = (_PEOPLE - _PRONOUNS - _OBJECTS) | _ROLES | frozenset(
    {
        "traitors", "traitor", "criminals", "terrorists", "rapists", "pedophiles", "murderers", "bastards", "ceos",
        "invaders", "idiots", "morons", "scumbags", "infidels", "everyone", "everybody", "protester", "rioter",
        "migrant", "immigrant", "refugee", "politicians", "councillor",
        # the classes and crowds a call names: "kill all the landlords", "string up the whole gang", "batter their fans"
        "landlords", "bankers", "billionaires", "rich", "tories", "gang", "fans", "principal", "superintendent",
        # people in court and on the pitch, whom wishes name: "praying the defendant dies in prison"
        "defendant", "defendants", "accused", "suspect", "suspects", "dealer", "dealers",
    }
)
# What follows the object in a figure of speech: "shoot them an email", "hang him out to dry",
# "shoot them down" (an idea turned down), "shoot the judge a note".
_IDIOM_AFTER = frozenset({"a", "an", "some", "out", "down", "with", "back", "up", "off"})
# Before people named by a noun: "those traitors", "that judge" (not "the animals" or "that animal",
# which may be animals).
_DETERMINERS = frozenset({"those", "these", "the", "that", "this"})
_MODALS = frozenset({"should", "must", "ought", "need", "needs", "deserve", "deserves", "gotta", "oughta"})
_FILLERS = frozenset({"all", "just", "to", "simply", "also", "publicly", "immediately", "summarily", "really"})
_NEGATIONS = frozenset({"not", "never", "no", "nobody", "noone", "t", "nt", "don", "dont", "stop", "without"})
_WISHES = frozenset({"hope", "hopes", "hoping", "wish", "wishes", "wishing", "pray", "praying"})


def _target_after(tokens: Sequence[str], j: int, speaker: bool) -> int | None:
    """The index of the last word of the people a verb at j - 1 is aimed at, or None."""
    n = len(tokens)
    if j >= n:
        return None
    word = tokens[j]
    if word == "you" and j + 1 < n and tokens[j + 1] in _TARGETS:  # "shoot you traitors"
        return j + 1
    if word in _OBJECTS or (word == "you" and speaker):
        if j + 1 < n and tokens[j + 1] in _IDIOM_AFTER:
            return None
        return j
    if word in ("every", "each"):  # "every last one (of those traitors)"
        k = j + 1
        while k < n and tokens[k] in ("last", "single", "one"):
            k += 1
        if k == j + 1:  # "hang every politician who voted for this"
            return _as_target(tokens, k) if tokens[k] in _TARGETS else None
        if k + 1 < n and tokens[k] == "of":
            return _target_after(tokens, k + 1, speaker) or k - 1
        return k - 1
    if word == "all" and j + 1 < n:
        nxt = tokens[j + 1]
        return _target_after(tokens, j + 2 if nxt == "of" else j + 1, speaker) if nxt not in _OBJECTS else None
    if word == "the" and tokens[j + 1 : j + 4] in (["lot", "of", "them"], ["lot", "of", "you"], ["lot", "of", "em"]):
        return j + 3  # "lynch the lot of them"
    if word in _DETERMINERS:
        for k in range(j + 1, min(j + 3, n)):  # one adjective may come between: "those filthy traitors"
            # "castrate those animals": people called animals (not "the animals", which may be animals)
            if tokens[k] in _TARGETS or (word in ("those", "these") and tokens[k] in DEHUMANISING):
                return _as_target(tokens, k)
        return None
    return _as_target(tokens, j) if word in _TARGETS else None


def _as_target(tokens: Sequence[str], k: int) -> int | None:
    """k, the last word of people named by a noun, unless the words after it make them the owner of
    what the verb is aimed at ("kill the president's bill", "hang the judge's portrait") or the verb a
    figure of speech ("shoot the judge an email", "hang the councilmen out to dry")."""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    return None if after == "s" or after in _IDIOM_AFTER else k


def _whose(tokens: Sequence[str], j: int) -> int | None:
    """Where the words from j name people and something of theirs ("that judge's head", "the mayor's
    house"), the index of that thing; else None."""
    n = len(tokens)
    if j < n and tokens[j] in _DETERMINERS:
        for k in range(j + 1, min(j + 3, n)):
            if tokens[k] in _TARGETS:
                return k + 2 if k + 2 < n and tokens[k + 1] == "s" else None
    return None


# Before a violent verb, what makes it a call rather than a report ("the officer had to shoot him",
# "why did he kill them" are news): an order at the start of a clause ("hang them", "round them up
# and shoot them"), an obligation ("someone should shoot him"), or the speaker's own intent ("I will
# kill you"). Words that may stand between them and the verb are skipped.
_CLAUSE_START = frozenset({".", "!", "?", ",", ";", ":", "-", "and", "then", "so", "just", "please", "pls", "plz", "lets"})
# "time to hang them", "make it legal to castrate those animals"
_ADVOCATES = frozenset({"time", "legal", "allowed", "permitted"})
_OBLIGATIONS = (_MODALS - {"deserve", "deserves"}) | {"let", "lets"}
_INTENTS = frozenset({"will", "ll", "would", "d", "gonna", "going", "shall", "wanna", "want", "m", "am", "re", "are"})
# ("honestly just unalive yourself": a sentence adverb before the order)
_BETWEEN = frozenset(
    {"to", "all", "just", "really", "simply", "also", "better", "go", "s", "please", "gladly", "honestly", "seriously", "literally", "personally"}
)
_SPEAKERS = frozenset({"i", "we"})
# Words that call on the readers, after which an order starts, also where no full stop was written
# ("grab your guns boys burn their offices down").
# Not after a word that makes them the subject ("the boys burn ..."), nor "people" ("people kill people").
_ADDRESSES = frozenset({"boys", "guys", "folks", "patriots", "friends", "brothers", "lads"})
_NOT_ADDRESSED = _DETERMINERS | _POSSESSIVES | frozenset({"our", "my", "some", "many", "all", "two", "three", "few", "other"})
# Words that report what someone said or wrote: a call quoted to report or condemn it ("whoever said
# someone should shoot the judge should be banned", "my son was told to go back to his country") is
# not the commenter's own, unless the commenter reports themself ("I say hang them all", "as I said",
# "I'd say", "let me say").
_REPORTING = frozenset(
    {
        "say", "says", "said", "saying", "wrote", "writes", "writing", "posted", "posting", "tweeted",
        "yelled", "yelling", "yells", "shouted", "shouting", "shouts", "screamed", "screaming", "screams", "told", "tells", "telling",
        "chanted", "chanting", "claimed", "claims", "claiming", "suggested", "suggests", "suggesting",
        "threatened", "threatening", "quote", "quoted", "quoting", "commented",
        # a crowd's words: "the stuff they were roaring about 'go back to the jungle' was disgraceful"
        "roared", "roaring", "bellowed", "bellowing", "hollered", "hollering", "jeered", "jeering", "heckled", "heckling",
        # graffiti: "someone spray-painted 'go back to India' on the wall"
        "painted", "sprayed", "scrawled", "daubed", "graffitied", "written",
    }
)
_REPORT_SPAN = 6
# A quote runs on past "and": in "he told the clerk 'I know where you live and I'll burn your house down'"
# the burning is the man's words too, nine words after "told". So the search goes on once past an "and"
# (or "then"), for as many words again.
_QUOTE_GOES_ON = frozenset({"and", "then"})


_ANYONE = frozenset({"anyone", "anybody", "everyone", "everybody", "any", "every"})


def _on_sight(tokens: Sequence[str], i: int) -> int | None:
    """Where the violent verb at i is aimed at anyone met "on sight" ("shoot anyone crossing on sight"), the index
    of "sight"; else None ("I'd shoot anyone who broke in" is a householder's, without it)."""
    if tokens[i + 1 : i + 2] and tokens[i + 1] in _ANYONE:
        for k in range(i + 2, min(i + 9, len(tokens) - 1)):
            if tokens[k] in _CLAUSE_START:
                return None
            if tokens[k : k + 2] == ["on", "sight"]:
                return k + 1
    return None


def _called_for(tokens: Sequence[str], i: int) -> bool:
    """Whether the verb at i is an order, an obligation or the speaker's intent (not a report)."""
    k = i - 1
    intent = False
    while k >= 0 and (tokens[k] in _BETWEEN or tokens[k] in _INTENTS or tokens[k] in _OBLIGATIONS):
        if tokens[k] in _OBLIGATIONS or (tokens[k] == "to" and k > 0 and tokens[k - 1] in _ADVOCATES):
            return True
        intent = intent or tokens[k] in _INTENTS
        k -= 1
    if intent:
        return k >= 0 and tokens[k] in _SPEAKERS
    if k >= 0 and tokens[k] in _ADDRESSES:
        return k == 0 or tokens[k - 1] not in _NOT_ADDRESSED
    if k >= 0 and tokens[k] in ("someone", "somebody"):  # "someone (please) shoot the minister", not "I saw someone shoot him"
        return k == 0 or tokens[k - 1] in _CLAUSE_START
    if k > 0 and tokens[k] == "say" and tokens[k - 1] in _SPEAKERS:  # "I say hang them"
        return True
    return k < 0 or tokens[k] in _CLAUSE_START


# What a comment calls the article it is under: "whoever wrote this (rubbish)" names the writer.
_WRITINGS = frozenset({"this", "it", "article", "story", "piece", "rubbish", "garbage", "crap", "drivel", "trash", "nonsense", "filth", "tripe"})
_WHO = frozenset({"who", "whoever", "whomever", "that"})


def _names_writer(tokens: Sequence[str], r: int, start: int) -> bool:
    """Whether the reporting verb at r names the person who wrote the article, not words it reports:
    "the reporter who wrote this (had better watch himself)", "whoever wrote this rubbish (should ...)"."""
    if r == 0 or tokens[r - 1] not in _WHO or r + 1 > start or r + 1 >= len(tokens) or tokens[r + 1] not in _WRITINGS:
        return False
    return all(t in _WRITINGS or t in ("the", "this", "that", "load", "of", "pile") for t in tokens[r + 1 : start]) or start - r <= 4


def _said_again(tokens: Sequence[str], r: int) -> bool:
    """Whether the reporting verb at r is the reader's, said again on a condition: "if you say that again (I will
    hit you)", "if you write one more word ...", or dared: "say that again and (I'll put you in the ground)": what
    follows is the speaker's own answer, not a report."""
    if tokens[r + 1 : r + 3] not in (["that", "again"], ["it", "again"], ["this", "again"], ["one", "more"]):
        return False
    return (r >= 2 and tokens[r - 1] in ("you", "u") and tokens[r - 2] in ("if", "when")) or (
        (r == 0 or tokens[r - 1] in _CLAUSE_START) and tokens[r : r + 1] == ["say"])


def _reported(tokens: Sequence[str], start: int) -> bool:
    """Whether the words before start report someone else's words ("he said", "whoever wrote", "he told
    the clerk 'I know where you live and ...'")."""
    r, left, went_on = start - 1, _REPORT_SPAN, False
    while r >= 0 and left > 0:
        if tokens[r] in _REPORTING:
            # "the reporter who wrote this (is a hack. Go get a real job, moron)" names the writer, quotes nothing;
            # "keep posting, Linda (...)" dares the reader to go on
            names = r > 0 and tokens[r - 1] in _WHO and tokens[r + 1 : r + 2] and tokens[r + 1] in _WRITINGS
            dared = (r > 0 and tokens[r - 1] in ("keep", "continue", "on")) or _said_again(tokens, r)
            if not names and not dared and not _names_writer(tokens, r, start):
                return not any(t in _SPEAKERS or t == "me" for t in tokens[max(0, r - 3) : r])
        elif tokens[r] in _QUOTE_GOES_ON and not went_on:
            went_on, left = True, left + _REPORT_SPAN
        r, left = r - 1, left - 1
    return False


# Words before "of" that keep the people after it the subject: "every one of those traitors should be
# hanged", "all of them should die" (not "the portrait of the mayor should be hung").
_SHARES = frozenset({"one", "all", "each", "every", "some", "many", "most", "any", "both", "half", "rest", "few"})


def _writer_is_subject(tokens: Sequence[str], m: int) -> bool:
    """Whether the subject before the modal at m is the writer: "whoever wrote this rubbish (should be shot)"."""
    return any(tokens[r] in _REPORTING and _names_writer(tokens, r, m) for r in range(m - 1, max(0, m - 5), -1))


def word_before(tokens: Sequence[str], i: int, skipping: frozenset[str]) -> int:
    """The index of the nearest word before i that is not one of ``skipping``; -1 if there is none."""
    k = i - 1
    while k >= 0 and tokens[k] in skipping:
        k -= 1
    return k


_OWNERS = frozenset({"the", "our", "their", "this", "that", "those", "these", "his", "her"})


def _subject_is_owned(tokens: Sequence[str], m: int) -> bool:
    """Whether the subject before the modal at m is what something belongs to: "the portrait of the
    mayor (should be hung)", "the bill of the senator (should die)"."""
    k = word_before(tokens, m - 1, _OWNERS)
    return k > 0 and tokens[k] == "of" and tokens[k - 1] not in _SHARES


def _before_fillers(tokens: Sequence[str], i: int) -> int:
    """The index of the word before i once fillers are skipped ("should (all) be", "deserves (to) die")."""
    m = i - 1
    while m > 0 and tokens[m] in _FILLERS:
        m -= 1
    return m


# Past the subject, a clause that says which of the people: "every protester blocking the highway (should be
# shot)", "the senators who voted for this (should be hanged)"; "the bill the senators wrote (should be
# killed)" names a thing.
_CLAUSE_OPENERS = frozenset({"who", "that", "which"})
_HEAD_SPAN = 7


def _head_of_clause(tokens: Sequence[str], m: int) -> int | None:
    """The index of the people a subject names ahead of a clause about them, the modal being at m: a word
    for people right after "every", a determiner or the start, followed by "who" or a verb in -ing."""
    for h in range(m - 2, max(-1, m - 2 - _HEAD_SPAN), -1):
        if tokens[h] in _TARGETS:
            after = tokens[h + 1]
            opens = after in _CLAUSE_OPENERS or (after.endswith("ing") and len(after) > 4)
            starts = h == 0 or tokens[h - 1] in _DETERMINERS or tokens[h - 1] in ("every", "each", "any", "all")
            return h if opens and starts else None
    return None


def _negated(tokens: Sequence[str], start: int, end: int) -> bool:
    return any(tokens[k] in _NEGATIONS for k in range(max(0, start), end))


# What a call to burn names: a building of people's ("burn their offices down", "burn down the mayor's
# house"); with any determiner, a place of worship ("burn the mosque down"). "Burn it all down" is
# anger at everything and "burn the house down" a party, so neither counts.
_BUILDINGS = frozenset(
    {
        "house", "houses", "home", "homes", "office", "offices", "headquarters", "building", "buildings", "hotel", "hotels",
        "school", "schools", "shop", "shops", "store", "stores", "church", "churches", "mosque", "mosques",
        "synagogue", "synagogues", "temple", "temples", "clinic", "clinics", "hostel", "hostels", "centre", "center",
    }
)
_WORSHIP = frozenset({"church", "churches", "mosque", "mosques", "synagogue", "synagogues", "temple", "temples"})
# Buildings that a call names with any determiner: places of worship and the hotels that house asylum
# seekers ("burn the hotel down", "firebomb that hotel").
_ANY_DETERMINER = _WORSHIP | {"hotel", "hotels"}
# After the building, unless "down" came before it: nothing, or words that end the call ("burn their
# offices down", "... to the ground"); "burn the church mortgage" burns a paper.
_AFTER_BUILDING = frozenset({"down", "to", "!", "?", "and", "tonight", "now"})


def _building_at(tokens: Sequence[str], j: int) -> int | None:
    """The index of the building of people's that the words from j name, or None."""
    n = len(tokens)
    if j >= n:
        return None
    if tokens[j] in _POSSESSIVES:  # "their (new) offices"
        return next((k for k in range(j + 1, min(j + 3, n)) if tokens[k] in _BUILDINGS), None)
    owned = _whose(tokens, j)  # "the mayor's house"
    if owned is not None:
        return owned if tokens[owned] in _BUILDINGS else None
    if tokens[j] in _DETERMINERS or tokens[j] == "every":  # "the mosque"
        return next((k for k in range(j + 1, min(j + 3, n)) if tokens[k] in _ANY_DETERMINER), None)
    return None


# What of a person's is set on fire besides their buildings: "set the minister's car on fire".
_BURNT_PROPERTY = frozenset({"car", "cars", "truck", "van", "bike", "vehicle", "farm", "crops", "shop", "stall", "kiosk"})


def _owned_thing(tokens: Sequence[str], j: int, end: int) -> bool:
    """Whether the words from j to end name a person's property ("his car", "the minister's truck")."""
    return tokens[end] in _BURNT_PROPERTY and (
        (tokens[j] in _POSSESSIVES and end == j + 1) or (_whose(tokens, j) == end)
    )


def _set_alight(tokens: Sequence[str], i: int) -> int | None:
    """Where "set" at i sets people, their building or their property on fire ("set him on fire", "set fire to the
    mosque"), the index of the last word; else None ("set the barbecue on fire" names none of them)."""
    n = len(tokens)
    if tokens[i + 1 : i + 3] == ["fire", "to"]:
        j = i + 3
        end = _building_at(tokens, j) or _target_after(tokens, j, False)
        if end is None and j + 1 < n and (tokens[j] in _POSSESSIVES or _whose(tokens, j) is not None):
            end = next((k for k in range(j + 1, min(j + 3, n)) if _owned_thing(tokens, j, k)), None)
        return end
    fire = next((k for k in range(i + 2, min(i + 7, n - 1)) if tokens[k : k + 2] == ["on", "fire"]), None)
    if fire is None:
        return None
    j, last = i + 1, fire - 1
    whom = _building_at(tokens, j) if tokens[last] in _BUILDINGS else _target_after(tokens, j, False)
    return fire + 1 if whom == last or _owned_thing(tokens, j, last) else None


# A death people deserve or get: "every politician who voted for this deserves a bullet", "traitors get
# the rope". ("the bullet" is the sack: "the manager deserves the bullet".) Only what ends the call may
# follow, so that "deserves a bullet train", "gets a bullet point", "a rope swing" and "a rope burn" are things.
_DESERVE = frozenset({"deserve", "deserves", "deserved", "deserving", "earned", "get", "gets"})
_DEATHS = (("a", "bullet"), ("bullets",), ("the", "rope"), ("a", "rope"), ("a", "noose"), ("the", "noose"), ("the", "gallows"))
_AFTER_DEATH = frozenset(
    {
        "!", "?", "in", "to", "through", "between", "for", "and", "or", "too", "now", "asap", "already", "then",
        "honestly", "imo", "tbh", "frankly", "period", "lol", "the", "they", "he", "she", "i", "we", "it", "this",
        "that", "these", "those", "all", "every", "nothing", "no", "not", "you", "if", "just", "simple", "end",
        "problem", "job", "sorted", "done",
    }
)
_QUESTIONS = frozenset({"does", "do", "did", "who", "anyone"})


def _deserved_death(tokens: Sequence[str], i: int) -> int | None:
    """Where the word at i says people deserve or get a bullet, the rope or a noose, the index of the
    last word of it ("deserves a bullet"); not denied ("nobody deserves a bullet", "he doesn't deserve
    the rope") nor asked ("does anyone deserve a bullet for a tweet?")."""
    n = len(tokens)
    for death in _DEATHS:
        end = i + len(death)
        if tuple(tokens[i + 1 : end + 1]) == death:
            if end + 1 < n and tokens[end + 1] not in _AFTER_DEATH:
                return None
            if _negated(tokens, i - 3, i) or (any(t in _QUESTIONS for t in tokens[max(0, i - 4) : i]) and "?" in tokens[end : end + 6]):
                return None
            return end
    return None


# Where a speaker or a call puts people: "I'll put him in the ground", "someone should put that judge in
# hospital" (not "the crash put him in a coma": a report).
_GRAVES = frozenset({"hospital", "ground", "grave", "coma", "wheelchair", "morgue", "icu", "box", "bodybag"})


def _put_in_grave(tokens: Sequence[str], j: int) -> int | None:
    """The index of the last word of "in (the) hospital", "in a coma", "six feet under" from j, or None."""
    if tokens[j : j + 3] == ["six", "feet", "under"]:
        return j + 2
    if j < len(tokens) and tokens[j] in ("in", "into"):
        k = j + 1 + (j + 1 < len(tokens) and tokens[j + 1] in ("the", "a", "an", "his", "her", "their", "your"))
        if k < len(tokens) and tokens[k] in _GRAVES:
            return k
        if tokens[k : k + 2] in (["body", "bag"], ["intensive", "care"]):
            return k + 1
    return None


# Blows that land on a body: "I'm going to break his jaw", "someone should smash that councilman's face in"
# (``threats.threat`` reads the same blows at the reader: "I'll break your legs"). "kick his ass" at chess
# and "knock his socks off" are banter, so neither "ass" nor "socks" is a body part here, and "break his
# heart" or "break his record" hurt no body.
_BLOWS = frozenset({"smash", "kick", "punch", "bash", "cave", "knock", "break", "snap", "stamp", "slit", "rip", "beat", "batter", "bust", "rearrange", "stomp"})
# The speaker's blow said in the present for the future: "I'm breaking his jaw on sight" (only after "I'm" or
# "we're": "he's breaking his leg" is news, and "I'm breaking his record" lands on no body).
_BLOWING = frozenset(
    {"smashing", "kicking", "punching", "bashing", "caving", "knocking", "breaking", "snapping", "stamping", "slitting",
     "ripping", "beating", "battering", "busting"}
)
_SPEAKER_IS = (["i", "m"], ["i", "am"], ["we", "re"], ["we", "are"])
_BODY_PARTS = frozenset(
    {
        "face", "head", "teeth", "skull", "legs", "leg", "arms", "arm", "neck", "nose", "jaw", "throat",
        "kneecaps", "knees", "lights", "ribs", "fingers", "block", "brains", "spine", "wrists", "wrist",
    }
)
_THIRD_POSSESSIVES = frozenset({"his", "her", "their"})


def _blow_on(tokens: Sequence[str], j: int) -> int | None:
    """The index of the body part of someone else's that the words from j name ("his jaw", "that judge's
    face", "both his legs"), past "in", "out" or "off" ("smash his face in"); or None."""
    if tokens[j : j + 1] in (["both"], ["all"]) and tokens[j + 1 : j + 2] and tokens[j + 1] in _THIRD_POSSESSIVES:
        j += 1
    if j < len(tokens) and tokens[j] in _THIRD_POSSESSIVES:
        part = j + 1
    else:
        part = _whose(tokens, j)
    if part is None or part >= len(tokens) or tokens[part] not in _BODY_PARTS:
        return None
    return part + (tokens[part + 1 : part + 2] in (["in"], ["out"], ["off"]))


# Running people over with a car: "run them over", "mow the protesters down", "(they) should be run over".
# "run over to the shop" and "run them over to the station" (a lift) are errands.
_RUN_DOWN = {"run": "over", "mow": "down"}
_RUN_DOWN_DONE = {"run": "over", "mowed": "down", "mown": "down"}
_NOT_RUN_AFTER = frozenset({"to", "for", "there", "here", "at", "with"})


# Words after which "with" has moved on from what it is done with ("run them over with the paperwork before the truck
# arrives").
_PHRASE_ENDS = _CLAUSE_START | frozenset({"before", "after", "when", "until", "to", "for", "at", "in", "on", "but", "or"})
# What people are run over with ("run them over with a truck", "... with one of her precious bikes"), where "with"
# otherwise goes over something with someone ("run it over with me").
_RUN_OVER_WITH = frozenset(
    {"truck", "trucks", "car", "cars", "bus", "tractor", "lorry", "van", "pickup", "suv", "tank", "bulldozer", "steamroller",
     "bike", "bikes", "semi", "ute", "vehicle", "train", "combine", "jeep", "hummer"}
)


def _with_a_vehicle(tokens: Sequence[str], k: int) -> bool:
    """Whether "with" at k names a vehicle within the next five words, in the same phrase."""
    if tokens[k] != "with":
        return False
    for t in tokens[k + 1 : k + 6]:
        if t in _RUN_OVER_WITH:
            return True
        if t in _PHRASE_ENDS:
            return False
    return False


def _run_down_whom(tokens: Sequence[str], j: int, speaker: bool) -> int | None:
    """The index of the last word of the people the words from j name, whatever follows ("mow the protesters
    down": the "down" that ``_target_after`` reads as an idiom is the call's own)."""
    end = _target_after(tokens, j, speaker)
    if end is None and j < len(tokens) and tokens[j] in _DETERMINERS:
        end = next((k for k in range(j + 1, min(j + 3, len(tokens))) if tokens[k] in _TARGETS), None)
    return end


# A call to arm: "time to grab our rifles and clean out city hall", "take up arms against the traitors".
# Alone it may be a hunt ("time to grab our rifles, deer season opens Saturday"; "hunters grab their rifles
# in November" is a report), so people or a seat of government must follow it. Pitchforks and torches are
# left out: "grab your pitchforks, the council raised taxes again" is outrage, not a riot.
_ARMING = frozenset({"grab", "get", "load", "bring", "take", "pick"})
_ARMS_OF = frozenset({"our", "your", "ur", "my"})
_WEAPONS = frozenset(
    {"rifles", "rifle", "guns", "gun", "shotguns", "shotgun", "weapons", "firearms", "pistols", "ammo", "ammunition", "muskets"}
)
# People an armed call names: a group or an office ("the traitors", "the councilmen"), not people at large
# ("grab your guns and take the kids hunting").
_ARMED_AGAINST = _TARGETS - {"people", "folks", "guys", "men", "women", "kids", "everyone", "everybody", "police", "cops", "cop"}
# ("hall" with "city" or "town" before it: "meet at the community hall for the gun show" is a show.)
_SEATS = frozenset(
    {"capitol", "congress", "statehouse", "courthouse", "legislature", "parliament", "washington", "council", "mosque", "synagogue"}
)
_ARMED_SPAN = 10
# A neighbourhood cleared of the people in it, after arms: "grab their rifles and clean out the east side".
# Said after a verb of clearing only ("... and head to the north side for the game" is a day out); and
# then "their" arms call too ("hunters grab their rifles in November" is a report: nothing is cleared).
_CLEARING = frozenset({"clean", "clear", "wipe", "purge", "cleanse", "sweep", "take"})
_QUARTERS = frozenset(
    {"side", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "ghetto", "barrio", "projects", "hood", "reservation", "district", "quarter", "estate"}
)


def _cleared(tokens: Sequence[str], k: int) -> bool:
    """Whether the word at k names a neighbourhood that a verb of clearing a few words before empties
    ("clean out the east side", "purge that neighborhood")."""
    return tokens[k] in _QUARTERS and any(t in _CLEARING for t in tokens[max(0, k - 5) : k]) and any(
        t in ("out", "purge", "cleanse") for t in tokens[max(0, k - 4) : k]
    )

# A call to set fire to where people are: "someone needs to go down to that camp with a can of gas and a
# lighter", "let's take some petrol and matches to their office". A fuel and a flame must both come with
# a place of people's ("that camp", "their office"): "we should go to the campsite with a lighter" camps,
# and a barbecue or a bonfire is no arson.
_GOING = frozenset({"go", "head", "drive", "walk", "take", "bring", "roll", "show", "get"})
_FUELS = frozenset({"gas", "gasoline", "petrol", "kerosene", "accelerant", "diesel"})
_FLAMES = frozenset({"lighter", "lighters", "matches", "match", "zippo", "flare", "flares"})
_PEOPLES_PLACES = _BUILDINGS | frozenset(
    {"camp", "camps", "encampment", "encampments", "tent", "tents", "shelter", "shelters", "clinic", "compound", "centre", "center", "newsroom"}
)
_NOT_ARSON = frozenset({"bbq", "barbecue", "barbeque", "grill", "bonfire", "campfire", "stove", "fireworks", "generator", "mower", "chainsaw", "candles"})
_ARSON_SPAN = 14


def _arson_at(tokens: Sequence[str], i: int) -> int | None:
    """Where the verb at i sends people to a place of people's with fuel and a flame, the index of the
    last of those words; else None."""
    place = fuel = flame = None
    for k in range(i + 1, min(i + 1 + _ARSON_SPAN, len(tokens))):
        t = tokens[k]
        if t in _NOT_ARSON:
            return None
        if t in _PEOPLES_PLACES and (tokens[k - 1] in _DETERMINERS or tokens[k - 1] in _POSSESSIVES or tokens[k - 1] in ("homeless", "migrant", "refugee")):
            place = k
        elif t in _FUELS:
            fuel = k
        elif t in _FLAMES:
            flame = k
    return max(place, fuel, flame) if place is not None and fuel is not None and flame is not None else None


# People lined up against a wall to be shot: "line up every one of those protesters against the wall", "put
# them up against a wall". "Line up the chairs against the wall" names no people, and "line them up against
# the wall for the class photo" says what for.
_WALLED_AFTER = frozenset({"for", "to", "while", "so"})

# Harm that ends a body's use, for someone to see to: "go to his house and make sure he never walks again",
# "make sure she never wakes up". (Not "the surgeon made sure he walks again", nor "make sure he never works
# in this town again", which hurts a career.)
_MAIMED = frozenset({"walk", "walks", "breathe", "breathes", "wake", "wakes", "talk", "talks", "speak", "speaks"})
_NEVER = frozenset({"never", "cannot"})


def _maimed_at(tokens: Sequence[str], i: int) -> int | None:
    """Where "make sure" (its "sure" at i) is followed by someone who will never walk, breathe or wake again,
    the index of the last word of it; else None."""
    n = len(tokens)
    person = False
    for k in range(i + 1, min(i + 6, n)):
        t = tokens[k]
        if t in _PRONOUNS or t in _OBJECTS or t in _TARGETS:
            person = True
        elif person and (t in _NEVER or (t == "t" and tokens[k - 1] in ("can", "won", "doesn", "don"))):
            v = k + 1
            maimed = v < n and tokens[v] in _MAIMED
            if maimed and (tokens[v + 1 : v + 2] == ["again"] or (tokens[v] in ("wake", "wakes") and tokens[v + 1 : v + 2] == ["up"])):
                return v + 1
            return None
    return None


def _armed_at(tokens: Sequence[str], i: int) -> int | None:
    """Where the verb at i arms the readers against people ("grab our rifles and clean out city hall"),
    the index of the last word of it (the people or the seat of government), or None."""
    n = len(tokens)
    j = i + 1 + (tokens[i + 1 : i + 2] == ["up"])  # "take up arms", "pick up your guns"
    if tokens[i] in ("take", "pick") and j == i + 2 and tokens[j : j + 1] == ["arms"]:
        w = j
    elif j < n and (tokens[j] in _ARMS_OF or tokens[j] == "their"):
        w = j + 1 + (j + 2 < n and tokens[j + 1] not in _WEAPONS)  # "our (hunting) rifles"
        if w >= n or tokens[w] not in _WEAPONS:
            return None
    else:
        return None
    # the weapons end the order ("grab your guns and ...", "grab your guns, boys"), not "get your gun licence"
    if w + 1 < n and tokens[w + 1] not in ("and", "!", "?", "against") and tokens[w + 1] not in _ADDRESSES:
        return None
    theirs = tokens[j] == "their"  # "grab their rifles" calls only to clear a neighbourhood
    for k in range(w + 1, min(w + 1 + _ARMED_SPAN, n)):
        if _cleared(tokens, k):
            return k
        if not theirs and (tokens[k] in _SEATS or tokens[k] in _ARMED_AGAINST or (tokens[k] == "hall" and tokens[k - 1] in ("city", "town"))):
            return k
    return None


# Deaths named by how they are done: "(tech execs) should be lined up against a wall", said of anyone, as the
# active "line them up against the wall" is (but "the chairs should be lined up against the wall for the
# meeting": a purpose or a place after the wall makes it furniture), and "(that ref) should be dragged behind a
# truck", a lynching when said of people ("the boat should be dragged behind a truck to the ramp" is towing).
_DRAGGERS = frozenset({"truck", "car", "horse", "pickup", "ute", "bus", "tractor"})
_LINED_AFTER = _WALLED_AFTER | frozenset({"in", "of", "with", "at", "during", "until", "along", "on", "like", "by"})


def _executed_at(tokens: Sequence[str], k: int) -> tuple[int, str] | None:
    """Where the participle at k names an execution ("lined up against a wall", "dragged behind a truck"), the
    index of its last word and the participle it reads as ("hanged": of anyone, "shot": of people); else None."""
    n = len(tokens)
    if tokens[k] in ("lined", "put", "stood"):  # "should be lined up against a wall", "... put against a wall"
        m = k + 1 + (tokens[k + 1 : k + 2] == ["up"])
        if (m > k + 1 or tokens[k] != "lined") and tokens[m : m + 1] == ["against"] and tokens[m + 1 : m + 3] in (["a", "wall"], ["the", "wall"]):
            if m + 3 < n and tokens[m + 3] in _LINED_AFTER:
                return None
            # put or stood against one, people only: "the bikes should be put against the wall"
            return m + 2, "hanged" if tokens[k] == "lined" else "shot"
    if tokens[k] == "dragged" and k + 3 < n and tokens[k + 1] == "behind" and tokens[k + 2] in ("a", "the", "his", "my", "our") and tokens[k + 3] in _DRAGGERS:
        return k + 3, "shot"
    return None


# People dragged out to be taught a lesson: "drag every member of that school board out into the parking lot
# and teach them a lesson they won't ever forget". Both are there: "drag the couch out into the yard" moves
# furniture, and "teach them a lesson in humility" (a lesson in or about something) is no beating.
_DRAG_SPAN = 10


def _dragged_out(tokens: Sequence[str], i: int) -> int | None:
    """Where "drag" at i drags people out and goes on to teach them a lesson, the index of "lesson"; else None."""
    n = len(tokens)
    out = next((k for k in range(i + 2, min(i + _DRAG_SPAN, n)) if tokens[k] in ("out", "outside")), None)
    if out is None:
        return None
    for k in range(out + 1, min(out + _DRAG_SPAN, n)):
        if tokens[k] == "teach" and tokens[k + 1 : k + 2] and tokens[k + 1] in _OBJECTS | {"him", "her", "them"} and tokens[k + 2 : k + 4] == ["a", "lesson"]:
            return None if tokens[k + 4 : k + 5] in (["in"], ["about"], ["on"], ["of"]) else k + 3
    return None


# A beating until the body gives: "beat him till he can't stand up". (The past, "the bully beat him till he
# couldn't stand", is a report: the order's "can't" is present.)
_GIVES_OUT = frozenset({"stand", "walk", "move", "breathe", "see", "talk", "speak", "get"})


def _beaten_out_of(tokens: Sequence[str], j: int) -> int | None:
    """Where the words from j beat someone senseless or the crap out of them ("him senseless", "the crap out of that
    protester"), the index of the last word; else None."""
    if tokens[j : j + 1] and tokens[j] in _OBJECTS and tokens[j + 1 : j + 2] in (["senseless"], ["unconscious"], ["black"]):
        return j + 1
    if tokens[j : j + 1] and tokens[j] in _DETERMINERS and tokens[j + 2 : j + 3] in (["senseless"], ["unconscious"]):
        return j + 2  # "I will personally beat the umpire senseless"
    if tokens[j : j + 1] == ["the"] and tokens[j + 1 : j + 2] in (["crap"], ["shit"], ["hell"], ["living"]):
        out = next((k for k in range(j + 2, min(j + 5, len(tokens))) if tokens[k] == "out"), None)
        if out is not None and tokens[out + 1 : out + 2] == ["of"]:
            return _target_after(tokens, out + 2, False) or (out + 2 if tokens[out + 2 : out + 3] and tokens[out + 2] in _OBJECTS else None)
    return None


def _beaten_till(tokens: Sequence[str], j: int) -> int | None:
    """Where the words from j ("him till he can't stand", "him to death") beat someone until they cannot stand or
    die, the index of the last word; else None."""
    n = len(tokens)
    if j >= n or tokens[j] not in _OBJECTS:
        return None
    k = j + 1
    if tokens[k : k + 2] == ["to", "death"]:
        return k + 1  # "find him and kick him to death"
    if not (k < n and tokens[k] in ("till", "until", "til", "untill")):
        return None
    for m in range(k + 1, min(k + 5, n)):
        if (tokens[m] == "cannot" or (tokens[m] == "t" and tokens[m - 1] == "can")) and tokens[m + 1 : m + 2] and tokens[m + 1] in _GIVES_OUT:
            return m + 1
    return None


# Participles that go before the violence in "should be found and hung", "... rounded up and shot", beside those
# in -ed; being hunted first makes whoever is hanged or shot a person ("whoever designed this should be found and
# hung": a bill or a plan is not found, it is killed).
_IRREGULAR_PARTICIPLES = frozenset({"found", "caught", "taken", "thrown", "brought", "held", "put", "sent", "driven", "beaten", "made"})
_HUNTED = frozenset({"found", "caught", "hunted", "tracked", "rounded", "dragged"})
# How far the first of two participles may go on before "and": "should be dragged out of Parliament House by his
# ankles and strung up on the lawn".
_AND_SPAN = 8
_SENTENCE_BREAKS = frozenset({"!", "?", "but", "because", "so", "if", "when"})
# Subjects that are no people, unless they were hunted first ("whoever did this should be hunted down and shot":
# "this" is what they did).
_NOT_SUBJECTS = frozenset({"i", "we", "it", "this", "that", "there", "which", "what", ""})
# Animals hunted down and shot after an attack: "the bear that mauled the hiker should be hunted down and shot".
_BEASTS = frozenset(
    {"bear", "cougar", "wolf", "shark", "croc", "crocodile", "gator", "alligator", "dingo", "coyote", "dog", "pitbull",
     "lion", "tiger", "bull", "animal", "beast", "leopard", "snake"}
)
_BEAST_SPAN = 10
# "Traitors should hang", "he should hang for this": hanging said of people, as their execution (not "we should
# hang out", "you should hang in there", "the pictures should hang in the lobby").
_HANGED_AFTER = frozenset({"for", "from", "!", "?", "too", "high", "alongside", "next"})


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


def _goes_on(tokens: Sequence[str], j: int) -> bool:
    """Whether the word at j, after "and", goes on with the participles before it ("deported and shot", "and then")."""
    return j < len(tokens) and (tokens[j] == "then" or _participle(tokens[j]) or tokens[j] in _VIOLENT_OF_PEOPLE)


def _and_then(tokens: Sequence[str], k: int) -> int:
    """Where the participle at k ("dragged", "rounded") goes on past its particle or a phrase to "and" and a
    participle of violence ("... dragged out by his ankles and strung up", "rounded up and shot"), the index of
    that participle; else k."""
    if not _participle(tokens[k]) or tokens[k] in _VIOLENT_ALWAYS or tokens[k] in _VIOLENT_OF_PEOPLE:
        return k
    for j in range(k + 1, min(k + 1 + _AND_SPAN, len(tokens) - 1)):
        if tokens[j] in ("and", "then"):
            after = j + 1 + (tokens[j + 1] == "then" and j + 2 < len(tokens))  # "and then shot"
            violent = tokens[after] in _VIOLENT_ALWAYS or tokens[after] in _VIOLENT_OF_PEOPLE or tokens[after] == "strung"
            return after if violent else k
        if tokens[j] in _SENTENCE_BREAKS:
            return k
    return k


def _hunted_person(tokens: Sequence[str], i: int, k: int, m: int) -> bool:
    """Whether the participles from i to k, the last of them the violence, hunt someone down and then shoot, string
    up or hang them from something: a person, whatever the subject before the modal at m says ("the painting should
    be found and hung in the hall", "the bill should be found and killed", "the banner dragged out and hung up" are
    things; a bear that mauled a hiker, or "it", may be an animal, unless it is what "whoever" did)."""
    subject = tokens[m - 1] if m > 0 else ""
    if not any(t in _HUNTED for t in tokens[i + 1 : k]) or subject in _SPEAKERS:
        return False
    if subject == "it" and not any(t in ("whoever", "whomever") for t in tokens[max(0, m - 4) : m]):
        return False
    done, after = tokens[k], tokens[k + 1 : k + 2]
    if not (done in ("shot", "stabbed") or (done == "up" and tokens[k - 1] == "strung") or (done == "hung" and after == ["from"])):
        return False
    return not any(t in _BEASTS or t in _CREATURES for t in tokens[max(0, i - _BEAST_SPAN) : i])


def _hangs(tokens: Sequence[str], i: int) -> int | None:
    """Where "hang" at i says people should hang, the index of its subject; else None."""
    if i + 1 < len(tokens) and tokens[i + 1] not in _HANGED_AFTER:
        return None
    m = _before_fillers(tokens, i)
    if m < 1 or tokens[m] not in _MODALS or _negated(tokens, m - 1, i) or _subject_is_owned(tokens, m):
        return None
    subject = tokens[m - 1]
    if subject in _TARGETS or subject in _PRONOUNS - {"you"}:
        return m - 1
    return _head_of_clause(tokens, m)


# A shot between someone's eyes: "put one between her eyes", "put a bullet between his eyes".
_SHOTS = (("one",), ("a", "bullet"), ("a", "round"), ("two",))


def _between_the_eyes(tokens: Sequence[str], i: int) -> int | None:
    """Where the words after "put" at i shoot someone between the eyes, the index of "eyes"; else None."""
    for shot in _SHOTS:
        k = i + 1 + len(shot)
        if tuple(tokens[i + 1 : k]) == shot and tokens[k : k + 1] == ["between"] and tokens[k + 1 : k + 2] and tokens[k + 1] in _POSSESSIVES:
            return k + 2 if tokens[k + 2 : k + 3] == ["eyes"] else None
    return None


# Verbs that call for violence with their particle before the people: "take out that judge", "string up the gang".
_PARTICLE = {"take": "out", "string": "up", "wipe": "out"}


# Calls in the other words readers use for them. A bomb: "someone should blow up that clinic" (any building: "blow up the system" is a figure). The next one
# seen: "Bash the next greenie you see blocking the road" ("hit the next one you see for six" is cricket). The gallows,
# wished: "this billionaire would look good hanging from a lamppost" ("the lights look good hanging from a lamppost").
_NEXT_BLOWS = frozenset({"bash", "punch", "smack", "deck", "glass", "slap", "attack", "stab", "batter", "thump", "headbutt"})
# Blows ordered at someone, the object ending the order: "go round and batter him.", "deck him", "glass him lads".
_ORDERED_BLOWS = frozenset({"batter", "deck", "glass", "bottle", "headbutt", "leather", "chin", "twat", "punch", "smack", "slap", "thump", "stab"})
_LOOTERS = frozenset({"looters", "rioters", "protesters", "thieves", "immigrants", "migrants", "illegals"})


def _if_seen(tokens: Sequence[str], i: int) -> bool:
    """Whether "if anyone sees (that MP ...)" or "if you see ..." opens the clause of the order at i."""
    before = tokens[max(0, i - 10) : i]
    return "if" in before and ("sees" in before or "see" in before) and ("anyone" in before or "you" in before or "u" in before)


_GOING_WITH = frozenset({"go", "turn", "show", "meet", "come", "head"})
_GATHERINGS = _BUILDINGS | {"parade", "march", "rally", "protest", "camp", "meeting", "match", "game", "vigil", "festival", "tent", "city"}
_WE_ALL = frozenset({"everyone", "everybody", "we", "lets", "let", "lads", "boys", "needs", "should"})
_KICKINGS = frozenset({"kicking", "beating", "hiding", "shoeing", "battering", "hammering", "leathering"})
_ARMS = frozenset({"bats", "knives", "weapons", "petrol", "blades", "machetes", "crowbars", "bricks", "hammers", "poles"})


def _unforgotten(tokens: Sequence[str], j: int) -> bool:
    """Whether the words from j say the lesson will not be forgotten: "he won't forget", "they'll never forget"."""
    rest = tokens[j : j + 5]
    return any(rest[k : k + 3] in (["won", "t", "forget"], ["ll", "never", "forget"], ["will", "never", "forget"], ["wont", "forget"]) for k in range(3))


_GALLOWS = frozenset({"lamppost", "lampposts", "lamp", "tree", "trees", "rope", "crane", "bridge", "gallows", "noose"})


_OTHER_CALL_CUES = (frozenset({"burn", "blow", "hanging", "cut", "stab", "shoot", "shooting", "knife", "shank", "knock", "give", "teach", "bring", "acid", "bleed",
                               "bounty", "cold", "minutes", "mins"})
                    | _NEXT_BLOWS | _ORDERED_BLOWS | _ARMS)


def _other_call(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a call for violence in one of those other words at i, or None."""
    word = tokens[i]
    if word == "cut" and tokens[i + 1 : i + 3] in (["his", "throat"], ["her", "throat"], ["their", "throats"], ["your", "throat"]) and _called_for(tokens, i):
        return i, i + 2  # "I'll cut his throat myself" (not "cut his teeth in local radio")
    if word in ("stab", "shoot", "knife", "shank") and tokens[i + 1 : i + 2] and tokens[i + 1] in _DETERMINERS:
        # "I'd stab that dealer in the neck given half a chance": whoever it is, a body part says it is a person
        m = next((k for k in range(i + 2, min(i + 5, len(tokens))) if tokens[k] == "in"), None)
        if m is not None and tokens[m + 1 : m + 2] == ["the"] and tokens[m + 2 : m + 3] and tokens[m + 2] in _BODY_PARTS and _called_for(tokens, i):
            return i, m + 2
    if word == "burn" and tokens[i + 1 : i + 3] in (["it", "out"], ["it", "down"]) and not _BUILDINGS.isdisjoint(tokens[max(0, i - 8) : i]) and (
        _called_for(tokens, i) or (tokens[i - 1 : i] == ["and"] and not _OBLIGATIONS.isdisjoint(tokens[max(0, i - 10) : i]))
    ):
        return i, i + 2  # "Someone needs to go down to that asylum centre and burn it out"
    if word == "bounty" and tokens[i + 1 : i + 2] == ["on"] and "head" in tokens[i + 2 : i + 5] and tokens[i - 2 : i - 1] in (["put"], ["place"], ["offer"]) and _called_for(tokens, i - 2):
        return i - 2, tokens.index("head", i + 2)  # "put a bounty on the head of that crown prosecutor"
    knock = next((k for k in range(max(0, i - 6), i) if tokens[k] == "knock"), None) if word == "cold" and tokens[i - 1 : i] == ["out"] else None
    if knock is not None and (_called_for(tokens, knock) or not {"somebody", "someone"}.isdisjoint(tokens[i:])):
        return knock, i  # "any real man would knock that ref out cold. somebody do it"
    if word in _ARMS and tokens[i - 1 : i] == ["with"]:
        before = tokens[max(0, i - 10) : i]
        if not _GOING_WITH.isdisjoint(before) and not _WE_ALL.isdisjoint(before) and not _GATHERINGS.isdisjoint(before):
            return i - 1, i  # "everyone needs to go to the pride parade with bricks this year"
    if word in ("minutes", "mins") and tokens[i + 1 : i + 3] == ["alone", "with"] and "bat" in tokens[i + 3 : i + 12]:
        return i - 1, tokens.index("bat", i + 3)  # "someone give me five minutes alone with the mayor and a baseball bat"
    if (word == "acid" and tokens[i - 1 : i] in (["throw"], ["chuck"], ["throwing"]) and tokens[i + 1 : i + 2] in (["at"], ["in"], ["on"])
            and (_called_for(tokens, i - 1) or tokens[i - 2 : i - 1] == ["and"])):
        return i - 1, i + 1  # "I'm gonna wait outside the studio and throw acid at that presenter"
    make = next((k for k in range(max(0, i - 4), i - 1) if tokens[k] == "make"), None) if word == "bleed" else None
    if make is not None and _called_for(tokens, make):
        return make, i  # "make the away fans bleed on Saturday"
    if word in _ORDERED_BLOWS and tokens[i + 1 : i + 2] and tokens[i + 1] in _OBJECTS and (
        i + 2 == len(tokens) or tokens[i + 2] in _SENTENCE_ENDS or tokens[i + 2] in ("lads", "boys", "free", "please")
    ) and (_called_for(tokens, i) or _if_seen(tokens, i)):
        return i, i + 1  # "go round and batter him.", "if anyone sees that MP in the street deck him"
    if word in ("shoot", "shooting") and tokens[i + 2 : i + 4] == ["on", "sight"] and tokens[i + 1 : i + 2] and (tokens[i + 1] in _TARGETS or tokens[i + 1] in _OBJECTS or tokens[i + 1] in _LOOTERS):
        return i, i + 3  # "time to start shooting looters on sight"
    if word == "blow" and tokens[i + 1 : i + 2] == ["up"] and tokens[i + 2 : i + 3] and (tokens[i + 2] in _DETERMINERS or tokens[i + 2] in _POSSESSIVES):
        end = next((k for k in range(i + 3, min(i + 5, len(tokens))) if tokens[k] in _BUILDINGS), None)
        if end is not None and _called_for(tokens, i):
            return i, end
    elif (word in _NEXT_BLOWS or word == "knock") and (tokens[i + 1 : i + 3] == ["the", "next"] or tokens[i + 1 : i + 2] == ["every"]):
        k = i + 2 + (tokens[i + 2 : i + 3] in (["next"], ["single"]))
        if _order_opens(tokens, i) and tokens[k + 1 : k + 3] in (["you", "see"], ["u", "see"]) and tokens[k] != "one":
            return i, k + 2  # "Bash the next greenie you see", "knock every cyclist you see off their bike"
    elif word == "give" and tokens[i + 1 : i + 2] and (tokens[i + 1] in _OBJECTS or tokens[i + 1] in _DETERMINERS):
        # "give him a kicking he won't forget", "give the squatters a hiding they won't forget" ("give them a good hiding
        # on Saturday" is a match won)
        a = i + 2 if tokens[i + 1] in _OBJECTS else i + 3
        k = a + 1 + (tokens[a + 1 : a + 2] in (["proper"], ["good"], ["real"])) if tokens[a : a + 1] == ["a"] else len(tokens)
        if tokens[k : k + 1] and tokens[k] in _KICKINGS and _unforgotten(tokens, k + 1) and _called_for(tokens, i):
            return i, k
    elif word == "teach" and tokens[i + 1 : i + 3] in (["them", "a"], ["him", "a"], ["her", "a"]) and tokens[i + 3 : i + 4] == ["lesson"]:
        # "go to the synagogue and teach them a lesson they'll never forget": a lesson at a place of worship
        if _unforgotten(tokens, i + 4) and not _WORSHIP.isdisjoint(tokens[max(0, i - 8) : i]):
            return i, i + 3
    elif word == "bring" and tokens[i + 1 : i + 2] and tokens[i + 1] in _ARMS and "meet" in tokens[max(0, i - 10) : i]:
        return i, i + 1  # "meet at the park at 9, bring bats"
    elif (word == "hanging" and tokens[i + 1 : i + 3] in (["from", "a"], ["from", "the"]) and tokens[i + 3 : i + 4] and tokens[i + 3] in _GALLOWS
          and tokens[i - 3 : i] in (["would", "look", "good"], ["d", "look", "good"], ["would", "look", "better"], ["d", "look", "better"])):
        return i - 3, i + 3
    elif (word == "hanging" and tokens[i + 1 : i + 3] in (["from", "a"], ["from", "the"]) and tokens[i + 3 : i + 4] and tokens[i + 3] in _GALLOWS
          and tokens[i - 2 : i] in (["will", "be"], ["ll", "be"], ["should", "be"]) and i >= 3 and (tokens[i - 3] in _TARGETS or tokens[i - 3] in _PRONOUNS)):
        return i - 3, i + 3  # "that mayor will be hanging from a lamppost by summer"
    return None


# Where people are hanged, when a comment says they "should be swinging from" it: not a tree, where children swing.
_SWUNG_FROM = (_GALLOWS - {"tree", "trees", "bridge"}) | {"ropes", "nooses", "yardarm", "gibbet", "scaffold"}
_SWUNG_BY = _MODALS | frozenset({"would", "will", "d", "ll"})


def _swinging_from(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """Where "swinging" at i says people should hang ("should be swinging from a rope", "would all be swinging from the
    nearest lamppost"), (start, end) of the words; else None."""
    if tokens[i - 1 : i] != ["be"] or tokens[i + 1 : i + 2] != ["from"]:
        return None
    m = _before_fillers(tokens, i - 1)
    if tokens[m] not in _SWUNG_BY or _negated(tokens, m - 1, i):
        return None
    if not any(t in _PRONOUNS or t in _OBJECTS or t in _TARGETS for t in tokens[max(0, m - 5) : m]):
        return None  # ("the lights should be swinging from the lamppost by now")
    for k in range(i + 2, min(i + 6, len(tokens))):
        if tokens[k] in _SWUNG_FROM:
            return m, k
        if tokens[k] in ("nearest", "tallest", "highest") and tokens[k + 1 : k + 2] in (["tree"], ["oak"], ["branch"]):
            return m, k + 1
    return None


def _calls(tokens: Sequence[str]):
    """(start, end) of each call for violence against people, in order, quoted or not."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        other = _other_call(tokens, i) if word in _OTHER_CALL_CUES else None
        if other is not None and not _negated(tokens, max(0, other[0] - 3), other[0]):
            yield other
        if word == "wipe" and "face" in tokens[i + 2 : i + 9]:
            # "wipe (terrorist muslims) off the face of the earth", whoever says it and how
            off = next((k for k in range(i + 2, min(i + 6, n)) if tokens[k] == "off"), None)
            if off is not None and tokens[off + 1 : off + 4] == ["the", "face", "of"] and any(
                t in _TARGETS or t in _OBJECTS or t in _PRONOUNS for t in tokens[i + 1 : off]
            ):
                yield i, off + 5
        if word in ("put", "pump") and (end := _between_the_eyes(tokens, i)) is not None and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            yield i, end  # "someone should put one between his eyes"
        elif word in ("put", "pump") and (tokens[i + 1 : i + 3] == ["a", "bullet"] or tokens[i + 1 : i + 2] == ["bullets"]):
            # "someone should put a bullet in his head" (not "the gunman put a bullet in his head")
            k = i + (3 if tokens[i + 1] == "a" else 2)
            if tokens[k : k + 1] in (["in"], ["into"], ["through"]) and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
                speaker = any(t in _SPEAKERS for t in tokens[max(0, i - 4) : i])
                end = k + 2 if tokens[k + 1 : k + 2] and tokens[k + 1] in _POSSESSIVES and k + 2 < n else None
                # "in his head", "in that judge's head", "in them"
                end = end or _whose(tokens, k + 1) or _target_after(tokens, k + 1, speaker)
                if end is not None:
                    yield i, end
        if word == "swinging" and (end := _swinging_from(tokens, i)) is not None:
            yield end  # "traitors like him should be swinging from a lamppost"
        if word == "string" and tokens[i + 1 : i + 2] and tokens[i + 1] in _OBJECTS and tokens[i + 2 : i + 3] == ["up"] and _called_for(tokens, i):
            yield i, i + 2  # "String him up from the nearest tree"
        if word in ("take", "string", "wipe") and tokens[i + 1 : i + 2] == [_PARTICLE[word]] and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "someone needs to take out that judge", "string up the whole gang", "wipe out the lot of them"
            end = _target_after(tokens, i + 2 + 2 * (tokens[i + 2 : i + 4] == ["the", "whole"]), False)
            if end is not None:
                yield i, end
        if word in _DESERVE:
            end = _deserved_death(tokens, i)
            if end is not None:
                yield i, end
        if word == "put" and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "I'll put him in the ground", "someone should put that judge in hospital"; the reader, in
            # a threat of the speaker's ("I'll put you in hospital"), is ``threats.threat``'s
            whom = _target_after(tokens, i + 1, False)
            end = _put_in_grave(tokens, whom + 1) if whom is not None else None
            if end is not None:
                yield i, end
        if word in ("firebomb", "petrolbomb") or (word in ("petrol", "molotov") and tokens[i + 1 : i + 2] == ["bomb"]):
            # "firebomb the hotel", "petrol bomb their offices": violence whatever the building
            j = i + 1 + (word in ("petrol", "molotov"))
            if j + 1 < n and (tokens[j] in _DETERMINERS or tokens[j] in _POSSESSIVES) and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
                yield i, j + 1
        if word == "set" and _called_for(tokens, i) and not _negated(tokens, i - 3, i) and (end := _set_alight(tokens, i)) is not None:
            yield i, end  # "students should go set the minister's car on fire", "set fire to his house"
        if word in ("burn", "torch") and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "burn their offices down", "burn down the mayor's house", "burn them alive"
            j = i + 2 if tokens[i + 1 : i + 2] == ["down"] else i + 1
            end = _building_at(tokens, j)
            after = tokens[end + 1] if end is not None and end + 1 < n else ""
            if end is not None and (j == i + 2 or not after or after in _AFTER_BUILDING):
                yield i, end + (after == "down")
            else:
                speaker = any(t in _SPEAKERS for t in tokens[max(0, i - 4) : i])
                end = _target_after(tokens, i + 1, speaker)
                if end is not None and tokens[end + 1 : end + 2] == ["alive"]:
                    yield i, end + 1
        if word in _BLOWING and tokens[max(0, i - 2) : i] in _SPEAKER_IS and (end := _blow_on(tokens, i + 1)) is not None:
            yield i - 2, end
        if word in _BLOWS and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "I'm going to break his jaw", "someone should smash that judge's face in", "beat him till he can't stand"
            end = _blow_on(tokens, i + 1)
            if end is None and word in ("beat", "batter", "kick", "punch"):
                end = _beaten_till(tokens, i + 1)
            if end is None and word == "beat":
                end = _beaten_out_of(tokens, i + 1)
            if end is not None:
                yield i, end
        if word == "drag" and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            end = _dragged_out(tokens, i)
            if end is not None:
                yield i, end
        if word in _RUN_DOWN and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "run them over", "run over the protesters", "mow them down"
            particle = _RUN_DOWN[word]
            speaker = any(t in _SPEAKERS for t in tokens[max(0, i - 4) : i])
            if tokens[i + 1 : i + 2] == [particle]:
                last = _run_down_whom(tokens, i + 2, speaker)
            else:
                end = _run_down_whom(tokens, i + 1, speaker)
                if end is not None and tokens[end + 1 : end + 2] == ["all"]:  # "mow them all down"
                    end += 1
                last = end + 1 if end is not None and tokens[end + 1 : end + 2] == [particle] else None
            if last is not None and tokens[last + 1 : last + 2] and tokens[last + 1] in _NOT_RUN_AFTER and not _with_a_vehicle(tokens, last + 1):
                last = None
            if last is not None:
                yield i, last
        if word in _ARMING and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            end = _armed_at(tokens, i)
            if end is not None:
                yield i, end
        # (the words' own shape first: "go" is common, and ``_called_for`` reads back over "go go go")
        if word in _GOING:
            end = _arson_at(tokens, i)
            if end is not None and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
                yield i, end
        if word in ("line", "stand", "put") and "wall" in tokens[i + 3 : i + 12] and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
            # "line (up) every one of those protesters (up) against the wall", "line them all up against a wall"
            j = i + 1 + (tokens[i + 1 : i + 2] == ["up"])
            whom = j if j < n and tokens[j] in _OBJECTS else _target_after(tokens, j, False)
            if whom is None and j < n and tokens[j] in _DETERMINERS:
                whom = next((k for k in range(j + 1, min(j + 3, n)) if tokens[k] in _TARGETS), None)
            k = whom + 1 if whom is not None else n
            while k < n and tokens[k] in ("all", "up"):
                k += 1
            if tokens[k : k + 3] in (["against", "the", "wall"], ["against", "a", "wall"]) and not (k + 3 < n and tokens[k + 3] in _WALLED_AFTER):
                yield i, k + 2
        if word == "sure" and i > 0 and tokens[i - 1] == "make":
            end = _maimed_at(tokens, i)
            if end is not None and _called_for(tokens, i - 1) and not _negated(tokens, i - 4, i - 1):
                yield i - 1, end
        if word == "blow" and tuple(tokens[i + 2 : i + 4]) in _BLOWN_OFF and tokens[i + 1 : i + 2] and tokens[i + 1] in _POSSESSIVES:
            # "someone should blow his head off"; the reader's only in the speaker's threat ("I'll blow your head off")
            mine = tokens[i + 1] not in ("your", "ur") or any(t in _SPEAKERS for t in tokens[max(0, i - 4) : i])
            if mine and _called_for(tokens, i) and not _negated(tokens, i - 3, i):
                yield i, i + 3
        if word in _VIOLENT_VERBS:
            if _negated(tokens, i - 3, i) or not _called_for(tokens, i):
                continue
            # "you" as the target only from a speaker's threat: "I will kill you", not "taxes will kill you".
            speaker = any(t in _SPEAKERS for t in tokens[max(0, i - 4) : i])
            end = _target_after(tokens, i + 1, speaker)
            # "stab him in the back": a betrayal
            if end is not None and not (word == "stab" and tokens[end + 1 : end + 4] == ["in", "the", "back"]):
                yield i, end
            elif end is None and word == "hang" and (start := _hangs(tokens, i)) is not None:
                yield start, i
            elif end is None and (sight := _on_sight(tokens, i)) is not None:
                yield i, sight
        elif word in ("be", "get") and i + 1 < n and (word == "be" or tokens[i + 1 : i + 3] == ["gunned", "down"]):
            # ("deserves to get gunned down"; "should get shot" may be a vaccine)
            # "<people> should (all) be (publicly) hanged"
            k = i + 1
            # Fillers, and other participles before "and": "(all) be deported and shot"
            # (not past "and" into another clause: "should be tarred and feathered, and I mean that")
            while k < n - 1 and (tokens[k] in _FILLERS or (tokens[k + 1] in ("and", "or") and _participle(tokens[k]) and _goes_on(tokens, k + 2))
                                 or (tokens[k] in ("and", "or") and _participle(tokens[k - 1]) and _goes_on(tokens, k + 1))
                                 or (tokens[k] == "then" and tokens[k - 1] == "and")):
                k += 1
            k = _and_then(tokens, k)
            done = tokens[k]
            if done == "strung" and tokens[k + 1 : k + 2] == ["up"]:  # "strung up": lights are too, so of people
                k, done = k + 1, "hung"
            elif done == "gunned" and tokens[k + 1 : k + 2] == ["down"]:  # of people, whoever they are
                k, done = k + 1, "murdered"
            elif done == "feathered" and tokens[k - 2 : k] == ["tarred", "and"]:  # a mob's punishment ("the road should be tarred")
                done = "lynched"
            run_down = _RUN_DOWN_DONE.get(done)  # "(they) should be run over", "... mowed down"
            executed = _executed_at(tokens, k)
            if executed is not None:
                k, done = executed
            elif run_down is not None:
                if tokens[k + 1 : k + 2] != [run_down] or (k + 2 < n and tokens[k + 2] in _NOT_RUN_AFTER):
                    continue
                k += 1
            elif (done not in _VIOLENT_ALWAYS and done not in _VIOLENT_OF_PEOPLE) or tokens[k + 1 : k + 2] == ["down"]:
                continue  # "that idea should be shot down"
            m = _before_fillers(tokens, i)
            if tokens[m] not in _MODALS or _negated(tokens, m - 1, k):
                continue
            subject = tokens[m - 1] if m > 0 else ""
            if subject == "all" and m > 1:  # "they all should be shot"
                subject = tokens[m - 2]
            kind = subject == "kind" and m > 1 and tokens[m - 2] in _POSSESSIVES  # "your kind should be sterilized"
            if kind:
                subject = "people"
            writer = _writer_is_subject(tokens, m)
            hunted = _hunted_person(tokens, i, k, m)
            # "every protester blocking the highway (should be run over)", "the senators who voted for this (...)"
            head = None if writer or subject in _TARGETS or subject in _PRONOUNS else _head_of_clause(tokens, m)
            if (subject in _NOT_SUBJECTS and not writer and head is None and not hunted) or _subject_is_owned(tokens, m):
                continue
            if head is not None:
                yield head, k
            elif done in _VIOLENT_ALWAYS or subject in _TARGETS or subject in _PRONOUNS or writer or hunted or (executed and subject == "who"):
                # ("who" is a person's: "that ref is a clown who should be dragged behind a truck")
                yield max(0, m - 1 - kind), k
        elif word in ("die", "dies") and i > 1:
            before, two_before = tokens[i - 1], tokens[i - 2]
            # "I hope he dies", "I hope those traitors die"
            if (before in _TARGETS or before in _PRONOUNS) and (
                two_before in _WISHES or (i > 2 and tokens[i - 3] in _WISHES and two_before in ("those", "these", "the"))
            ):
                if not _negated(tokens, i - 5, i):
                    yield max(0, i - 3), i
                continue
            # "<people> should die", "he deserves to die", "they should all die"
            m = _before_fillers(tokens, i)
            subject = tokens[m - 1] if m > 0 else ""
            if tokens[m] in _MODALS and subject not in ("i", "we", "us", "everyone", "everybody", "all", "") and not (
                _negated(tokens, m - 2, i) or _subject_is_owned(tokens, m)
            ):
                yield m - 1, i


def violent_call(tokens: Sequence[str]) -> str | None:
    """The words of the first call for violence against people that the comment does not quote from
    someone else, or None."""
    for start, end in _calls(tokens):
        if not _reported(tokens, start):
            return " ".join(tokens[start : end + 1])
    return None


# Wishes of harm on people: "I hope your whole family gets cancer", "I hope he gets raped in prison".
# The harm must befall the person ("get cancer", "is shot"): "I pray her cancer goes into remission"
# and "I hope he survives being shot" are sympathy.
_HARMED = frozenset(
    {"raped", "killed", "shot", "murdered", "lynched", "hanged", "tortured", "beheaded", "stabbed", "shanked", "maimed", "crippled",
     "paralysed", "paralyzed", "mauled"}
)
_ILLNESSES = frozenset({"cancer", "aids", "ebola", "tumor", "tumour", "leukemia", "leukaemia", "dementia", "rabies", "covid", "disease"})
_BEFALL = frozenset({"get", "gets", "got", "getting", "is", "are", "be", "catch", "catches"})
_VEHICLES = frozenset({"bus", "truck", "car", "train", "driver", "lorry", "van", "taxi", "tram", "tractor", "motorbike", "danfo", "matatu", "okada", "rickshaw"})
_KIN = frozenset({"family", "kids", "children", "wife", "husband", "mother", "mom", "son", "daughter", "kid"})
_SICK_BENEFITS = frozenset({"pay", "leave", "days", "day", "note", "notes", "benefit", "benefits", "of"})
_BROKEN = frozenset({"breaks", "break", "snaps", "snap", "tears", "tear", "shatters", "shatter"})
_BROKEN_PARTS = frozenset({"neck", "leg", "legs", "knee", "knees", "acl", "ankle", "ankles", "back", "spine", "arm", "arms", "jaw", "skull", "hip", "hips"})
_WHOSE_PART = frozenset({"his", "her", "their", "your", "ur", "both", "a", "another", "other", "the"})
_WISH_SPAN = 10  # "I hope every one of those protesters gets run over and dies"
_SENTENCE_ENDS = frozenset({".", "!", "?"})  # the tokens ``sentence_tokens`` marks them with
_CARE = frozenset({"early", "screening", "screenings", "research", "treatment", "treatments", "care", "free", "tested", "checked", "diagnosis"})
_TOLD = frozenset({"go", "you", "should"})
# The speaker's wish to see people dead: "I'd pay good money to see this whole family in body bags",
# "I want to see him dead". "Nobody wants to see our soldiers in body bags" is grief, so no denial
# may come before ("can't wait to see" is no denial).
_LONG_TO_SEE = frozenset({"love", "like", "want", "wants", "wanna", "pay", "hope", "wait", "dream"})
_DEAD = frozenset({"dead"})
_DYING_SEEN = frozenset({"die", "drown", "suffer", "hang"})
_LAID_OUT = frozenset({"bag", "bags", "bodybag", "bodybags", "coffin", "coffins", "casket", "caskets"})


_STARVED = frozenset({"starve", "starves", "freeze", "freezes"})
# What follows "starve" when it is done to something ("starves them of the ball", "starve the beast"), not suffered.
_STARVES_WHAT = _OBJECTS | _POSSESSIVES | frozenset({"of", "for", "out", "off", "us", "the", "it", "its", "a", "any", "our", "my", "this", "that"})
# Harms wished on the reader that, said of anyone else, are as often a verdict on a criminal ("I hope he rots in
# prison"): "I hope you rot", "hope u burn in hell", "hope you freeze this winter", "I hope you suffer".
_READERS_HARMS = frozenset({"rot", "burn", "freeze", "suffer"})
# What may follow them where they are the harm ("hope you burn in hell"), not an act ("hope you burn those calories").
_HARM_GOES_ON = _SENTENCE_ENDS | frozenset({"in", "slowly", "forever", "this", "tonight", "all", "for", "and", "like", "alone", "every"})


def _harm_at(tokens: Sequence[str], k: int) -> int | None:
    """The index of the last word of a harm that befalls someone at k ("gets cancer", "die"), or None."""
    word = tokens[k]
    if word in ("die", "dies"):
        return k
    if word in ("drown", "drowns") and tokens[k + 1 : k + 2] != ["in"]:
        return k  # "hope u drown" (not "hope they don't drown in paperwork")
    if word in _BROKEN:  # "I hope he snaps both legs", "hope she breaks her neck" (not "breaks the record")
        part = next((m for m in range(k + 1, min(k + 4, len(tokens))) if tokens[m] in _BROKEN_PARTS), None)
        return part if part is not None and all(t in _WHOSE_PART for t in tokens[k + 1 : part]) else None
    if word == "heart" and tokens[k + 1 : k + 2] == ["attack"] and tokens[k - 2 : k] in (["has", "a"], ["have", "a"], ["gets", "a"], ["get", "a"]):
        return k + 1  # "Hope the referee has a heart attack on the drive home"
    if word in ("drop", "drops") and tokens[k + 1 : k + 2] == ["dead"]:
        return k + 1  # "hoping the reporter who wrote this drops dead", "wish that whole council would just drop dead"
    if word == "wiped" and tokens[k + 1 : k + 2] == ["out"] and k > 0 and tokens[k - 1] in _BEFALL:
        return k + 1  # "pray every night that you and your family get wiped out"
    if word in ("crashes", "crash") and tokens[k + 1 : k + 2] and tokens[k + 1] in _POSSESSIVES and tokens[k + 2 : k + 3] in (["car"], ["plane"], ["bike"], ["helicopter"]):
        return k + 2  # "hope the ref crashes his car on the way home"
    if word in _STARVED and tokens[k + 1 : k + 3] == ["to", "death"]:
        return k + 2  # "I hope he freezes to death this winter"
    if word in ("starve", "starves") and not (tokens[k + 1 : k + 2] and tokens[k + 1] in _STARVES_WHAT):
        return k  # "I hope your kids starve" (not "hope he starves them of the ball")
    if word in ("choke", "chokes") and tokens[k + 1 : k + 3] in (["on", "your"], ["on", "ur"], ["on", "his"], ["on", "her"], ["on", "their"]):
        end = next((m for m in range(k + 3, min(k + 6, len(tokens))) if tokens[m] in ("vomit", "blood", "puke", "sick")), None)
        return end  # "hope u choke on ur own vomit" (not "hope he chokes on his words")
    # the harm befalls: "gets cancer", and with an article, "may you get a disease", "hope he gets a tumour"
    befalls = k > 0 and tokens[k - 1] in _BEFALL
    befalls = befalls or (k > 1 and tokens[k - 1] in ("a", "an") and tokens[k - 2] in _BEFALL)
    if not befalls:
        return None
    if word in _ILLNESSES and tokens[k + 1 : k + 2] and tokens[k + 1] in _CARE:
        return None  # "I hope they catch cancer early", "I hope he gets cancer treatment"
    if word in _HARMED or word in _ILLNESSES:
        return k
    if word == "sick" and not (tokens[k + 1 : k + 2] and tokens[k + 1] in _SICK_BENEFITS):
        return k  # "I hope your kids get sick" (not "I hope they get sick pay")
    # "hope u get hit by a (drunk) driver", "hope that referee gets knocked down by a danfo"
    hit = k if word == "hit" else k + 1 if word == "knocked" and tokens[k + 1 : k + 2] in (["down"], ["over"]) else None
    if hit is not None and tokens[hit + 1 : hit + 3] in (["by", "a"], ["by", "the"]) and hit + 3 < len(tokens):
        m = hit + 3 + (tokens[hit + 3] in ("drunk", "speeding", "runaway", "big", "bloody") and hit + 4 < len(tokens))
        return m if tokens[m] in _VEHICLES else None
    return None


def _seen_dead(tokens: Sequence[str], i: int) -> int | None:
    """Where "see" at i is the speaker's wish to see people dead, the index of the last word of it."""
    n = len(tokens)
    before = tokens[max(0, i - 5) : i]
    if tokens[i - 1 : i] not in (["to"], ["wanna"]) or not any(t in _LONG_TO_SEE for t in before):
        return None
    if any(t in _NEGATIONS and not (t == "t" and "wait" in before) for t in before):
        return None
    person = False
    for k in range(i + 1, min(i + 6, n)):
        t = tokens[k]
        if t in _NEGATIONS:
            return None
        if t in _PRONOUNS or t in _OBJECTS or t in _TARGETS or t in _KIN:
            person = True
        elif person and (t in _DEAD or t in _DYING_SEEN):
            return k  # "I want to see him dead", "would love to see you drown"
        elif person and t in ("in", "into") and k + 1 < n:
            m = k + 2 if tokens[k + 1] == "a" else k + 1
            if m < n and (tokens[m] in _LAID_OUT or (tokens[m] == "body" and tokens[m + 1 : m + 2] and tokens[m + 1] in _LAID_OUT)):
                return m + (tokens[m] == "body")
            return None
    return None


# Where one leaps, by what one is run down, whose gun one eats, in the orders below.
_LEAPT_FROM = frozenset({"bridge", "roof", "terrace", "building", "cliff", "balcony", "tower", "flyover"})
_RUN_DOWN_BY = frozenset({"train", "bus", "truck", "lorry", "car", "tram"})
_WHOSE_GUN = frozenset({"a", "his", "her", "your", "ur", "their", "own"})
# Orders to die or to harm oneself, in the stock words of comment sections: "go die", "just die already",
# "go drink some tap water and die", "hurry up and die", "go eat a bullet", "drink bleach", "go play in
# traffic". Only as an order (at the start, after "go", "just", "lol", ... or "tell him to"): "this song makes
# me want to drink bleach" is the speaker's own, "soldiers go die in wars" and "go die on that hill" are no wish.
# A set in a phrase is any one of its words: "jump off the bridge", "eat his gun", "take poison".
_SELF_HARMS = (
    ("eat", "a", "bullet"), ("drink", "bleach"), ("drink", "some", "bleach"), ("play", "in", "traffic"), ("walk", "into", "traffic"),
    ("slit", "your", "wrists"), ("step", "in", "front", "of", "a"), ("jump", "in", "front", "of", "a"), ("jump", "off", "a"),
    ("put", "a", "gun", "in", "your", "mouth"), ("put", "a", "gun", "to", "your", "head"), ("starve", "yourself"), ("cut", "deeper"),
    ("swallow", "the", "whole", "bottle"), ("swallow", "the", "bottle"),
    ("eat", _WHOSE_GUN, "gun"), ("eat", "lead"), (frozenset({"take", "drink", "swallow"}), "poison"),
    ("jump", frozenset({"off", "from"}), "the", _LEAPT_FROM), ("jump", "in", "front", "of", "the", _RUN_DOWN_BY),
    ("jump", "in", "front", "of", "a", "local", "train"), (frozenset({"walk", "step", "jump"}), "in", "front", "of", "the", "next"),
    ("jump", frozenset({"off", "from"}), frozenset({"your", "ur"}), _LEAPT_FROM), ("jump", frozenset({"off", "from"}), "your", "condo", "balcony"),
    ("end", "yourself"),
)
_POISON_FOR = frozenset({"bait", "baits", "pellets", "ivy", "oak", "control", "center", "centre", "darts", "dart", "pills"})
_SELF_HARM_VERBS = frozenset().union(*(phrase[0] if isinstance(phrase[0], frozenset) else {phrase[0]} for phrase in _SELF_HARMS))
_ORDER_BEFORE = _CLAUSE_START | {"go", "pls", "plz", "lol", "lmao", "now"}
_NOT_DYING = frozenset({"on", "for", "trying", "laughing", "of", "from", "out", "off", "down", "hard", "young", "happy", "alone", "in"})
_AND_DIE_SPAN = 7
# Whom "do ... a favour and die" does it for: "do us a favour", "do us all a favor", "do the world a favour".
_FAVOURED = [[whom, *rest] for whom in ("us", "everyone", "everybody") for rest in (("a", "favour"), ("a", "favor"), ("all", "a"))] + [
    ["the", "world", "a"], ["the", "planet", "a"], ["humanity", "a", "favour"], ["humanity", "a", "favor"]
]


def _order_opens(tokens: Sequence[str], k: int) -> bool:
    """Whether an order may start at k: the comment's first word, or after a word that opens one."""
    return k == 0 or tokens[k - 1] in _ORDER_BEFORE


# What "do us all a favour and ..." asks for, besides "die": to vanish for good or be killed ("... and disappear.
# Permanently", "... and log off permanently", "... and get hit by a bus", "... go take a long walk off a short
# pier", "... go stand on the tracks"). ("Do us all a favour and vote them out" asks for a vote.)
_GONE_FOR_GOOD = frozenset({"permanently", "forever", "disappear"})
# ("... and take the bus" is no death: the vehicle must hit or run over someone.)
_KILLED_BY = frozenset({("hit", "by"), ("run", "over"), ("in", "front"), ("walk", "off"), ("jump", "off"), ("the", "tracks"), ("for", "good")})
_FAVOUR_SPAN = 10
_NOT_ASKED_FAVOUR = frozenset({"would", "will", "could", "might", "can", "d", "ll", "they", "he", "she", "it", "i", "we", "to", "did", "does"})


def _favour_of_death(tokens: Sequence[str], i: int) -> int | None:
    """Where "do" at i asks for "a favour and" someone's death or vanishing, the index of the word that says it."""
    if tokens[i + 1 : i + 4] not in _FAVOURED or (i > 0 and tokens[i - 1] in _NOT_ASKED_FAVOUR):
        return None  # (an order wherever it stands, after a handle too: "@Dave do us all a favour and ...")
    k = next((m for m in range(i + 3, min(i + 7, len(tokens))) if tokens[m] == "and"), None)
    if k is None:
        return None
    for m in range(k + 1, min(k + 1 + _FAVOUR_SPAN, len(tokens))):
        if tokens[m] in _GONE_FOR_GOOD or tuple(tokens[m : m + 2]) in _KILLED_BY:
            return m + (tokens[m] not in _GONE_FOR_GOOD)
    return None


def _ordered_to_die(tokens: Sequence[str], i: int) -> int | None:
    """Where "die" at i ends an order to die ("go die", "just die", "go ... and die", "hurry up and die"),
    the index of the order's first word; else None."""
    if i == 0 or (tokens[i + 1 : i + 2] and tokens[i + 1] in _NOT_DYING):
        return None
    before = tokens[i - 1]
    if before == "go" or (before == "just" and _order_opens(tokens, i - 1)):
        return i - 1
    if before != "and":
        return None
    if tokens[i - 3 : i - 1] == ["hurry", "up"]:
        return i - 3
    for k in range(i - 2, max(-1, i - 2 - _AND_DIE_SPAN), -1):
        if tokens[k] in _NEGATIONS or tokens[k] in _SPEAKERS or tokens[k] == "you":
            return None
        if (tokens[k] == "go" or (tokens[k] == "do" and tokens[k + 1 : k + 4] in _FAVOURED)) and _order_opens(tokens, k):
            return k  # "go ... and die", "do us all a favour and die"
    return None


def _ordered_self_harm(tokens: Sequence[str], i: int) -> int | None:
    """Where an order to harm oneself ("eat a bullet") starts at i, the index of its last word; else None."""
    for phrase in _SELF_HARMS:
        if len(tokens) - i >= len(phrase) and all(t == w if isinstance(w, str) else t in w for t, w in zip(tokens[i : i + len(phrase)], phrase, strict=True)):
            told = tokens[i - 1 : i] == ["to"] and "tell" in tokens[max(0, i - 4) : i - 1]  # "tell him to eat a bullet"
            # "you should slit your wrists", "the coach should just eat his gun"
            told = told or tokens[i - 1 : i] == ["should"] or tokens[i - 2 : i] == ["should", "just"]
            end = i + len(phrase) - 1
            if tokens[end] == "poison" and tokens[end + 1 : end + 2] and tokens[end + 1] in _POISON_FOR:
                return None  # "rats should take poison bait"
            return end if (_order_opens(tokens, i) or told) and not _negated(tokens, i - 3, i) else None
    return None


# That nobody would miss someone, said of their going: "kys ref, nobody would miss you", "if somebody took out the
# whole committee nobody would miss them", "crawl back under your rock, nobody will miss you". (Not "nobody will
# miss you more than I will", nor "no one would miss the old bridge", nor "no one will miss him" of a man retiring.)
_YOU_MISSED = frozenset({"you", "u", "ya"})
_MISSED = _YOU_MISSED | {"him", "her", "them", "em"}
_NOT_MISSED_AFTER = frozenset({"more", "as", "like", "at", "in", "when", "during"})


def _missed_by_none(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of "nobody would miss you" around "miss" at i, or None."""
    if not (tokens[i + 1 : i + 2] and tokens[i + 1] in _MISSED) or (tokens[i + 2 : i + 3] and tokens[i + 2] in _NOT_MISSED_AFTER):
        return None
    k = i - 1
    if tokens[k] in ("would", "d") or (tokens[k] in ("will", "ll") and tokens[i + 1] in _YOU_MISSED):
        k -= 1  # of others, only after what befell them: "(if the bus went off a bridge) nobody would miss them"
    elif tokens[i + 1] not in _YOU_MISSED:
        return None
    elif tokens[k - 1 : k + 1] == ["is", "gonna"]:
        k -= 2
    elif tokens[k - 2 : k + 1] == ["is", "going", "to"]:
        k -= 3
    else:
        return None
    if k >= 0 and tokens[k] in ("nobody", "noone"):
        return k, i + 1
    if k >= 1 and tokens[k - 1 : k + 1] == ["no", "one"]:
        return k - 1, i + 1
    return None


# A death welcomed as one fewer of the names the dead are called: "good riddance, one less boomer wasting oxygen",
# "one less thug. Should've emptied the whole mag". ("One less car on the road", "one less child going hungry".)
_ONE_LESS = frozenset(
    {"thug", "thugs", "ned", "neds", "codger", "boomer", "junkie", "crackhead", "scumbag", "lowlife", "dirtbag", "savage",
     "animal", "parasite", "leech", "degenerate", "idiot", "moron", "retard", "chav", "pedo", "paedo", "nonce"}
)


def _one_less(tokens: Sequence[str], i: int) -> int | None:
    """Where "one less" (its "less" at i) names one of ``_ONE_LESS``, at most two words on, the index of the name."""
    for k in range(i + 1, min(i + 4, len(tokens))):
        if tokens[k] in _ONE_LESS:
            return k
        if not tokens[k].isalpha() or tokens[k] in ("of", "to", "for", "in", "on"):
            return None
    return None


# Harm wished in the other words readers use for it. A part of the body that breaks: "I hope both your knees snap",
# "hope that striker does his ACL" ("hope his knee holds up" wishes him well). What gets the reader: "hope the shark
# gets you next time". A death wished with how it should come: "wish you a very slow painful death". Glee at the
# harm: "I'd laugh if you got stabbed on the way home". A birth that should have been a death: "someone like you
# should've died at birth". A death deserved, said to the reader: "someone with your opinions deserves to drown"
# ("the killer deserves to die" is said of a crime, and stays with the model).
_SNAPS = frozenset({"snap", "snaps", "break", "breaks", "shatter", "shatters", "give"})
_PREDATORS = frozenset({"shark", "sharks", "croc", "crocs", "crocodile", "bear", "bears", "cancer", "virus", "covid", "plague"})
_DEATH_HOW = frozenset({"slow", "painful", "horrible", "agonising", "agonizing", "long", "lingering", "miserable", "nasty", "very", "and", "gruesome"})
_GLEE = frozenset({"laugh", "celebrate", "cheer", "dance", "party", "smile", "rejoice"})
_DESERVED = frozenset({"die", "drown", "rot", "suffer", "burn", "hang"})
_YOURS = frozenset({"you", "u", "your", "ur", "yourself"})


def _other_wish(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a wish of harm in one of those other words at i, or None."""
    word = tokens[i]
    if word in _WISHES:
        k = i + 1 + (tokens[i + 1 : i + 2] == ["that"])
        t = tokens[k : k + 4]
        if t[:1] and t[0] in _WHOSE_PART and t[0] != "a":
            m = k + 1 + (t[1:2] and t[1] in _WHOSE_PART)
            if m + 1 < len(tokens) and tokens[m] in _BROKEN_PARTS and tokens[m + 1] in _SNAPS and (tokens[m + 1] != "give" or tokens[m + 2 : m + 3] == ["out"]):
                return i, m + 1 + (tokens[m + 1] == "give")  # "hope both your knees snap", "hope his legs give out"
        part = next((m for m in range(k, min(k + 6, len(tokens))) if tokens[m] in ("does", "do", "tears", "rips", "snaps")), None)
        if part is not None and tokens[part + 1 : part + 3] in (["his", "acl"], ["her", "acl"], ["your", "acl"], ["ur", "acl"]):
            return i, part + 2  # "hope that striker does his ACL"
        if t[:1] == ["the"] and t[1:2] and t[1] in _PREDATORS and t[2:3] in (["gets"], ["get"]) and t[3:4] and t[3] in _MISSED:
            return i, k + 3  # "hope the shark gets you"
        if (t[:1] and t[0] in _MISSED and t[1:2] == ["a"]) or t[:1] == ["a"]:
            m = k + 1 + (t[0] != "a")
            while m < len(tokens) and tokens[m] in _DEATH_HOW:
                m += 1
            if m > k + 1 + (t[0] != "a") and tokens[m : m + 1] == ["death"] and (t[0] != "a" or tokens[m + 1 : m + 2] == ["on"]):
                return i, m  # "wish you a very slow painful death", "wishing a slow painful death on whoever wrote this"
        if t[:1] and t[0] in _ILLNESSES and t[1:2] == ["on"] and not _negated(tokens, i - 2, k + 3):
            return i, k + 1  # "wishing cancer on every single school board member"
    if word == "give" and i > 1 and tokens[i - 2] == "may" and tokens[i - 1] in ("god", "allah", "lord", "heaven"):
        m = next((m for m in range(i + 2, min(i + 9, len(tokens))) if tokens[m] == "death"), None)
        if m is not None and tokens[m - 1] in _DEATH_HOW and tokens[m - 2 : m - 1] in (["a"], ["slow"], ["painful"], ["horrible"], ["very"]):
            return i - 2, m  # "May god give this paper leak mafia a painful death"
    died = next((k for k in range(i + 1, min(i + 6, len(tokens))) if tokens[k] == "died"), None) if word in ("wish", "wished") else None
    if died is not None and not _KIN.isdisjoint(tokens[i + 1 : died]) and not _POSSESSIVES.isdisjoint(tokens[i + 1 : died]) and not _negated(tokens, i, died):
        return i, died  # "I wish your whole family died in a house fire"
    dead = next((k for k in range(i + 1, min(i + 9, len(tokens))) if tokens[k] in ("drop", "drops") and tokens[k + 1 : k + 2] == ["dead"]), None) if word in _WISHES else None
    if dead is not None and not _negated(tokens, i, dead):
        return i, dead + 1  # "wish that whole council would just drop dead"
    if word in ("wish", "hope") and tokens[i + 1 : i + 2] == ["a"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _VEHICLES and tokens[i + 3 : i + 4] in (["would"], ["will"]):
        k = i + 4
        if tokens[k : k + 2] in (["take", "out"], ["run", "over"], ["mow", "down"], ["plough", "into"], ["plow", "into"]) or tokens[k : k + 1] == ["hit"]:
            return i, k + 1  # "wish a bus would take out that whole protest"
    if (word in ("wish", "hope") and tokens[i + 1 : i + 2] in (["a"], ["the"]) and tokens[i + 2 : i + 3] and tokens[i + 2] in _VEHICLES
            and tokens[i + 3 : i + 4] in (["hits"], ["flattens"]) and tokens[i + 4 : i + 5] and tokens[i + 4] in _MISSED):
        return i, i + 4  # "hope a lorry hits you on the PIE tomorrow"
    if word == "dead" and tokens[i - 1 : i] == ["drop"] and i > 1:
        # "every developer jacking up prices should drop dead" (not "he can drop dead", a rude goodbye)
        m = i - 2 - (tokens[i - 2] == "just")
        if m >= 0 and (tokens[m] in _MODALS or (tokens[m] == "to" and tokens[m - 1 : m] and tokens[m - 1] in _MODALS)) and not _negated(tokens, m - 2, i):
            return m, i
    if word == "hit" and tokens[i - 1 : i] in (["get"], ["gets"]) and tokens[i + 1 : i + 3] in (["by", "a"], ["by", "the"]) and tokens[i + 3 : i + 4] and tokens[i + 3] in _VEHICLES:
        m = i - 2 - (tokens[i - 2 : i - 1] == ["to"])
        if m >= 0 and tokens[m] in _MODALS and not _negated(tokens, m - 2, i):
            return m, i + 3  # "that ref needs to get hit by a bus on the way home"
    if word == "crossed" and tokens[i - 1 : i] == ["fingers"]:
        k = next((k for k in range(i + 1, min(i + 8, len(tokens))) if tokens[k] in ("kills", "finishes", "takes")), None)
        if k is not None and tokens[k + 1 : k + 2] and tokens[k + 1] in _MISSED:
            return i - 1, k + 1  # "fingers crossed the next stroke kills him off"
    elif word in _GLEE and tokens[i - 1 : i] in (["d"], ["would"]) and tokens[i + 1 : i + 2] == ["if"]:
        k = i + 2
        if tokens[k : k + 1] and (tokens[k] in _PRONOUNS or tokens[k] in _OBJECTS or tokens[k] == "u"):
            m = k + 1 + (tokens[k + 1 : k + 2] in (["got"], ["get"], ["was"], ["were"], ["gets"]))
            if m > k + 1 and m < len(tokens) and tokens[m] in _HARMED:
                return i - 2 if i >= 2 and tokens[i - 2] in _SPEAKERS else i, m  # "I'd laugh if you got stabbed"
    elif word == "died" and tokens[i + 1 : i + 3] == ["at", "birth"] and tokens[i - 2 : i] in (["should", "ve"], ["should", "have"]):
        return max(0, i - 4), i + 2  # "someone like you should've died at birth"
    elif (word in ("deserves", "deserve") and tokens[i + 1 : i + 2] == ["to"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _DESERVED
          and not _YOURS.isdisjoint(tokens[max(0, i - 5) : i])):
        return max(0, i - 4), i + 2  # "someone with your opinions deserves to drown"
    return None


# Urging the reader to kill themselves in the words of overdose and the hangman: "please just OD and spare us your
# takes", "if I was you I'd have topped myself years ago", "Rope. Tree. You."
_SELF_KILLED = frozenset({"killed", "kill", "topped", "top", "hanged", "hang", "offed", "off", "shot", "shoot"})


def _self_harm_urged(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of urging at i that the reader kill themselves, or None."""
    word = tokens[i]
    if word == "od" and i > 0 and tokens[i - 1] in ("just", "go", "pls", "plz", "please") and (
        i + 1 == len(tokens) or tokens[i + 1] in _SENTENCE_ENDS or tokens[i + 1] in ("and", "already", "lol", "mate")
    ):
        return i - 1, i
    if word == "myself" and i > 0 and tokens[i - 1] in _SELF_KILLED:
        for k in range(max(0, i - 12), i - 3):
            if tokens[k : k + 2] == ["if", "i"] and tokens[k + 2 : k + 3] in (["was"], ["were"]) and ("you" in tokens[k + 3 : k + 7] or "u" in tokens[k + 3 : k + 7]):
                return k, i  # "if I was you I'd have topped myself", "if I was as thick as you ..."
    if word == "properly" and tokens[i - 1 : i] in (["overdose"], ["od"]) and tokens[i + 1 : i + 3] == ["this", "time"]:
        return i - 1, i + 2  # "maybe overdose properly this time"
    if word == "rope" and tokens[i + 1 : i + 3] in (["s", "cheap"], ["is", "cheap"], ["s", "free"]) and (i == 0 or "you" in tokens[max(0, i - 8) : i]):
        return i, i + 2  # "have you considered not existing? rope's cheap"
    if word == "rope":
        rest = [t for t in tokens[i + 1 : i + 7] if t not in _SENTENCE_ENDS]
        if rest[:2] in (["tree", "you"], ["tree", "u"]):
            return i, tokens.index(rest[1], i + 2)  # "Rope. Tree. You."
    return None


def _wishes(tokens: Sequence[str]):
    """(start, end) of each wish that people come to harm, in order, quoted or not."""
    n = len(tokens)
    for i, word in enumerate(tokens):
        other = _other_wish(tokens, i) or _self_harm_urged(tokens, i)
        if other is not None and not _negated(tokens, other[0], other[1]):
            yield other
        if word == "die" and tokens[i + 1 : i + 4] == ["in", "a", "fire"]:
            # an order ("(go) die in a fire"), not news ("three people die in a fire")
            before = tokens[i - 1] if i else ""
            if before in _TOLD:
                yield i - 1, i + 3
            elif not before or before in _CLAUSE_START:
                yield i, i + 3
        if word == "die":
            start = _ordered_to_die(tokens, i)
            if start is not None:
                yield start, i
        elif word in _SELF_HARM_VERBS:
            end = _ordered_self_harm(tokens, i)
            if end is not None:
                yield i - (tokens[i - 1 : i] == ["go"]), end
        if word == "less" and tokens[i - 1 : i] == ["one"] and (end := _one_less(tokens, i)) is not None:
            yield i - 1, end
        if word == "do" and (end := _favour_of_death(tokens, i)) is not None:
            yield i, end
        if word in ("puts", "put") and (end := _between_the_eyes(tokens, i)) is not None:
            wish = next((k for k in range(max(0, i - 4), i) if tokens[k] in _WISHES), None)
            if wish is not None and not _negated(tokens, wish, i):
                yield wish, end  # "hope someone puts one between her eyes"
        if word in ("shame", "pity") and (end := _not_finished(tokens, i)) is not None:
            yield i, end  # "Shame the crash didn't kill him", "pity the shark didnt finish him off"
        if word == "miss" and i > 1:
            end = _missed_by_none(tokens, i)
            if end is not None:
                yield end
        if word == "see" and i > 1:
            end = _seen_dead(tokens, i)
            if end is not None:  # from the wish: "(I'd) pay good money to see ..."
                yield next(k for k in range(i - 1, -1, -1) if tokens[k] in _LONG_TO_SEE), end
        # "May you die screaming", "may he rot": a wish at the start of a sentence, said of someone
        opens = i == 0 or tokens[i - 1] in _SENTENCE_ENDS
        cursed = word == "may" and opens and tokens[i + 1 : i + 2] and tokens[i + 1] in _PRONOUNS | {"u"}
        if word == "may" and opens and tokens[i + 1 : i + 2] in (["that"], ["those"]):
            # "May that drug lord from Davao die screaming" ("may those responsible rot in prison" is a verdict)
            dies = next((k for k in range(i + 3, min(i + 8, n)) if tokens[k] == "die" or tokens[k] in _SENTENCE_ENDS), None)
            if dies is not None and tokens[dies] not in _SENTENCE_ENDS and not _negated(tokens, i, dies):
                yield i, dies
        if word not in _WISHES and not cursed:
            continue
        person = run = reader = False
        for k in range(i + 1, min(i + 1 + _WISH_SPAN, n)):
            t = tokens[k]
            if t in _NEGATIONS:
                break
            # ("the whole lot of them drown": an object pronoun before the harm it suffers)
            if t in _PRONOUNS or t in _TARGETS or t in _KIN or t == "u" or (run and t in _OBJECTS) or (
                t in _OBJECTS and tokens[k + 1 : k + 2] in (["die"], ["drown"])
            ):
                person = True
                reader = t in ("you", "u") and tokens[k - 1] in _WISHES
            elif t in ("run", "runs", "mows") and not person:
                run = True  # "I hope someone runs that protester over", "I hope a bus runs him over"
            elif person:
                if reader and t in _READERS_HARMS and (k + 1 == n or tokens[k + 1] in _HARM_GOES_ON):
                    yield i, k
                    break
                end = k if run and t == "over" else _harm_at(tokens, k)
                if end is not None:
                    yield i, end
                    break


def _not_finished(tokens: Sequence[str], i: int) -> int | None:
    """Where "shame" or "pity" at i regrets that something did not kill someone ("shame the crash didn't kill him") or
    missed them, the index of the person; else None."""
    for k in range(i + 1, min(i + 7, len(tokens))):
        # (a typed "didnt" reaches the rules as "didn t": ``Unmasker``)
        if tokens[k : k + 2] in (["didn", "t"], ["did", "not"], ["wasn", "t"]):
            j = k + 2
            if tokens[j : j + 1] in (["kill"], ["finish"], ["take"]) and tokens[j + 1 : j + 2] and tokens[j + 1] in _OBJECTS | {"you", "u"}:
                return j + 1
            return None
        if tokens[k] == "missed" and tokens[k + 1 : k + 2] and tokens[k + 1] in _OBJECTS | {"you", "u"} and not _SPEAKERS.intersection(tokens[i + 1 : k]):
            return k + 1  # "pity the shooter missed him" (not "shame I missed you at the game")
    return None


def harm_wish(tokens: Sequence[str]) -> str | None:
    """The words of the first wish that people come to harm that the comment does not quote from
    someone else, or None."""
    for start, end in _wishes(tokens):
        if not _reported(tokens, start):
            return " ".join(tokens[start : end + 1])
    return None


# The words these rules read, for ``Unmasker`` to read "k!ll" back as "kill".
WORDS = DEHUMANISING | _VIOLENT_VERBS | _VIOLENT_ALWAYS | _VIOLENT_OF_PEOPLE | _HARMED | _ILLNESSES | _REFUSE | {"die", "dies"}
# Verbs that open an order of their own after a comma ("he's a traitor, hang him"): ``sentence_tokens`` marks
# the clause there, which the comment's tokens otherwise lose.
ORDERS = frozenset(_VIOLENT_VERBS | _BLOWS | _ORDERED_BLOWS | _RUN_DOWN.keys() | _PARTICLE.keys() | _ARMING | {"line", "blow", "drag"})

"""Insults aimed at the reader in the languages a European news site's readers write beside English: German, French,
Spanish, Italian, Portuguese, Dutch, Turkish and Arabic ("Du bist echt der dümmste Vollpfosten", "t'es vraiment une
pauvre conne", "eres tonto de remate", "Marco sei un coglione", "jij bent echt een mongool", "sen aptalsın", "أنت
حمار"). The English rule (``insults.insult``) reads English grammar, the English model's score holds nothing in these
languages, and the hold list holds fixed phrases only ("halt die Fresse", "ferme ta gueule"): such a comment was
published. Name-calling between commenters is the abuse moderators remove most often.

Held, as in English, only where the insult is said to "you":
* the language's "you are" and, a few words on, a word that insults whoever it is said of ("du bist ... Idiot",
  "tu es / t'es ... conne", "vous êtes des abrutis", "eres un imbécil", "sei un coglione", "você é um otário", "jij
  bent / je bent ... sukkel", "sen ... aptal", "أنت حمار"), with no negation between ("t'es pas con", "du bist doch
  nicht dumm", "no eres tonto");
* "you" said right before the insult, as one calls someone it ("du Idiot", "du blinde Sau", "jij sukkel", "seu
  idiota", "so imbécil", "pezzo di idiota", "pauvre con", "espèce d'abruti", "يا حمار"); a German "du" only with one
  word that declines like an adjective between, and only before a noun in the singular, since "wenn du Idioten
  wählst" (if you vote for idiots) calls no one one;
* Turkish's "you are" written onto the insult ("aptalsın", "şerefsizsin", "salaksınız").
Not what the comment quotes to report (``violence_abroad.reported``: "Il m'a dit « t'es qu'un con »"), nor a public
figure called a fool in the third person ("Der OB ist ein Trottel"), which stays with a person or the site's terms, as
the English rule leaves a senator to the model.

The insults are words said of a person and nothing else in their language; left out where a word has an everyday use
("nul", "bête", "zielig", Dutch "lul" ("je bent de lul": you are done for), Turkish "mal" (goods) and "it" (an English
word), Spanish "sos" (SOS), Italian "siete" (also Spanish for seven)); German "Sau" only as "du (blinde) Sau", since
"du bist sau gut" praises; after Portuguese "seu", "sua" (also "your") and Italian "razza di" (breed of), no word the
household or the farm has ("seu lixo", "sua vaca"). Each language's "you" is read with its own language's insults only ("so" is Spanish's "you"
before an insult, and English's "so": "so idiota" holds, "so idiot" does not).

Reads the normalised tokens, its words written as normalising writes them: lower case, accents folded ("dümmste" is
"dummste", "şerefsiz" "serefsiz"), the Turkish "ı" kept and listed with and without it, apostrophes splitting words
("t'es" is "t es"), Arabic hamza folded ("أنت" is "انت").
"""

from __future__ import annotations

from collections.abc import Sequence

from .dehumanising_abroad import _words
from .violence_abroad import _ENDS, _tr, reported


def _turkish(stems: str) -> frozenset[str]:
    """Turkish insults with "you are" written onto them (-sin, -sın, -sun, -sün and their plurals), as typed with and
    without "ı" (``ü`` folded, as normalising folds it)."""
    endings = ("sin", "sın", "sun", "sün", "siniz", "sınız", "sunuz", "sünüz")
    return _tr(" ".join((stem + ending).replace("ü", "u") for stem in stems.split() for ending in endings))


_INSULTS = {
    "de": _words("idiot vollidiot trottel depp vollpfosten arschloch wichser penner spast spasti mongo missgeburt "
                 "dummkopf schwachkopf hohlkopf vollhonk honk lappen versager witzfigur schwein drecksau hure "
                 "schlampe fotze kotzbrocken dreckskerl hurensohn idioten trottel deppen penner lappen versager "
                 "dumm dumme dummer dummes dummste dummster doof blod blode bescheuert behindert hirnlos erbarmlich "
                 "armselig widerlich"),
    "fr": _words("idiot idiote idiots idiotes con conne cons connes connard connarde connasse abruti abrutie abrutis "
                 "cretin cretine cretins debile debiles imbecile imbeciles salope pute batard batarde minable minables "
                 "tocard tocarde naze bouffon bouffonne ordure raclure stupide stupides"),
    "es": _words("idiota idiotas imbecil imbeciles estupido estupida estupidos tonto tonta tontos gilipollas subnormal "
                 "subnormales retrasado retrasada payaso payasa cabron cabrona pendejo pendeja capullo capulla inutil "
                 "basura escoria burro burra mamon"),
    "it": _words("idiota idioti imbecille imbecilli cretino cretina cretini deficiente deficienti coglione coglioni "
                 "stronzo stronza stronzi scemo scema cazzone buffone pagliaccio somaro asino demente ritardato "
                 "ritardata troia puttana stupido stupida ignorante"),
    "pt": _words("idiota idiotas imbecil burro burra estupido estupida otario otaria babaca cretino cretina retardado "
                 "retardada mongoloide palhaco lixo corno vaca puta ignorante"),
    "nl": _words("idioot idioten sukkel sukkels mongool debiel debielen imbeciel eikel eikels klootzak kneus "
                 "malloot randdebiel oen stommeling hoer dombo droplul dom stom achterlijk gestoord"),
    "tr": _words("aptal salak gerizekali gerizekalı ahmak serefsiz haysiyetsiz pislik orospu kopek hayvan dangalak "
                 "embesil beyinsiz"),
    "ar": _words("حمار حمير غبي اغبياء حقير كلب كلاب تافه جاهل حيوان وسخ واطي اهبل"),
}
# The second person's "you are", by its first word: the rest of it, and the language.
_YOU_ARE: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _language in (
    (("du", "bist"), "de"), (("ihr", "seid"), "de"),
    (("tu", "es"), "fr"), (("t", "es"), "fr"), (("vous", "etes"), "fr"),
    (("eres",), "es"), (("tu", "eres"), "es"), (("sois",), "es"),
    (("sei",), "it"), (("voi", "siete"), "it"),
    (("tu", "es"), "pt"), (("voce", "e"), "pt"), (("vc", "e"), "pt"), (("voces", "sao"), "pt"),
    (("jij", "bent"), "nl"), (("je", "bent"), "nl"), (("jullie", "zijn"), "nl"),
    (("sen",), "tr"), (("siz",), "tr"),
    (("انت",), "ar"), (("انتي",), "ar"), (("انتم",), "ar"),
):
    _YOU_ARE.setdefault(_phrase[0], []).append((_phrase, _language))
# "You" right before the insult, calling someone it.
_CALLED = {"du": "de", "pauvre": "fr", "espece": "fr", "so": "es", "pedazo": "es", "pezzo": "it", "razza": "it",
           "brutto": "it", "brutta": "it", "seu": "pt", "sua": "pt", "jij": "nl", "seni": "tr", "يا": "ar"}
_AFTER_CALLED = _words("de d di")  # "espèce de", "pedazo de", "pezzo di"
# Called so after a word that is also "your" or "breed of" ("seu lixo", "sua vaca", "razza di asino"), these are
# the household's and the farm's: only the insults said of people alone follow such a word.
_AMBIGUOUS_CALLERS = _words("seu sua razza")
_THINGS_AND_ANIMALS = _words("lixo vaca corno burro burra asino somaro")
# German calls someone a "Sau" to their face ("du blinde Sau") and says "sau gut" (very good): the noun only there.
_CALLED_ONLY = {"de": _words("sau")}
# What each word of ``_CALLED`` may call someone, worked out once: "so" is an English word too, met on most comments.
_CALLABLE = {
    word: (_INSULTS[language] | _CALLED_ONLY.get(language, frozenset()))
    - (_THINGS_AND_ANIMALS if word in _AMBIGUOUS_CALLERS else frozenset())
    for word, language in _CALLED.items()
}
_GERMAN_PLURALS = _words("idioten deppen penner lappen versager")
_GERMAN_DETERMINERS = _words("die der das dem den des eine einer eines einem meine deine seine ihre unsere")
_NEGATIONS = _words("nicht kein keine keiner pas jamais ne no nunca ni non mai nao niet geen nooit degil ليس "
                    "لست مش")
_GAP = 4  # words at most between "you are" and the insult: "du bist echt der dümmste Vollpfosten"
_ONE_WORD_GAP = 3  # after a one-word "you are" ("sei", "eres", "sen"), which is more often something else
_TURKISH_YOU_ARE = _turkish("aptal salak gerizekalı ahmak serefsiz haysiyetsiz pislik dangalak beyinsiz embesil hayvan "
                            "kopek")


def insult_abroad(tokens: Sequence[str]) -> str | None:
    """The words of the first insult said to the reader in one of these languages, or None."""
    for i, word in enumerate(tokens):
        if word in _TURKISH_YOU_ARE and not reported(tokens, i, i):
            return word
        found = None
        denied = i > 0 and tokens[i - 1] in _NEGATIONS  # "no eres", "non sei", "niet"
        for phrase, language in () if denied else _YOU_ARE.get(word, ()):
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                found = _insult_after(tokens, i + len(phrase), _INSULTS[language],
                                      _GAP if len(phrase) > 1 else _ONE_WORD_GAP)
                if found is not None:
                    break
        if found is None and word in _CALLED:
            found = _called(tokens, i + 1, _CALLED[word], _CALLABLE[word])
        if found is not None and not reported(tokens, i, found):
            return " ".join(tokens[i : found + 1])
    return None


def _insult_after(tokens: Sequence[str], start: int, insults: frozenset[str], gap: int) -> int | None:
    """Where an insult of ``insults`` stands within ``gap`` words from ``start``, in the same sentence and not
    denied."""
    for j in range(start, min(start + gap + 1, len(tokens))):
        word = tokens[j]
        if word in _ENDS or word in _NEGATIONS:
            return None
        if word in insults:
            return _with_noun(tokens, j, insults)
    return None


def _with_noun(tokens: Sequence[str], j: int, insults: frozenset[str]) -> int:
    """``j``, or the insult after it that the insulting adjective at ``j`` goes with ("dümmste Vollpfosten")."""
    return j + 1 if j + 1 < len(tokens) and tokens[j + 1] in insults else j


def _called(tokens: Sequence[str], j: int, language: str, insults: frozenset[str]) -> int | None:
    """Where the insult stands that "you" calls someone, right after it (``_CALLED``; ``insults``: what it may
    call someone, ``_CALLABLE``)."""
    if j < len(tokens) and tokens[j] in _AFTER_CALLED:
        j += 1
    if j >= len(tokens):
        return None
    if language != "de":
        return _with_noun(tokens, j, insults) if tokens[j] in insults else None
    # German: "du Idiot", "du blinde Sau": one word declined as an adjective may stand between, never an article.
    if tokens[j] not in insults and j + 1 < len(tokens) and tokens[j].endswith(("e", "er", "es")) and (
            tokens[j] not in _GERMAN_DETERMINERS):
        j += 1
    return _with_noun(tokens, j, insults) if tokens[j] in insults and tokens[j] not in _GERMAN_PLURALS else None

"""Which language a comment is written in: for Antispam Bee's "allow comments only in certain
languages" and for Comprehend, which reads English only.

No model and no dependency, so that a moderator can follow every answer. The script a text's
letters are written in names most languages outright (Cyrillic, Greek, Arabic, Han, ...). Latin
letters are shared, so each language's commonest short words (the words no sentence avoids) are
counted among the first words. A text too short, or whose words no list knows well enough, is
left unnamed: a guess nobody can check must not hold a reader's comment.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

# The commonest short words of each language written in Latin letters. English's list also serves
# the learned scorers (function words are never a reason, whatever their weight).
FUNCTION_WORDS = frozenset(
    [
     "a", "about", "all", "an", "and", "are", "as", "at", "back", "be", "been", "but", "by", "can",
     "could", "did", "do", "does", "for", "from", "get", "got", "had", "has", "have", "he", "her",
     "here", "him", "his", "how", "i", "if", "in", "is", "it", "its", "just", "me", "more", "my",
     "no", "not", "of", "on", "one", "or", "our", "out", "she", "should", "so", "than", "that",
     "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "up", "us",
     "was", "we", "were", "what", "when", "who", "will", "with", "would", "you", "your",
    ]
)


def _common(words: str) -> frozenset[str]:
    return frozenset(words.split())


_LATIN_WORDS: dict[str, frozenset[str]] = {
    "en": FUNCTION_WORDS,
    "de": _common("""der die das und ist nicht ich es sie ein eine zu den von mit sich auf für dem auch wie
        aber wird hat sind noch nur bei oder wenn war dass kann man schon mehr wir diese werden nach über
        doch mal einen haben einem keine unsere euch uns
        vor bis zum zur beim vom durch gegen ohne unter seit wegen weil denn jetzt dort sehr immer
        ganz nichts etwas alles viel viele wer warum wann welche mein dein sein ihre unser kein bist hatte
        wurde wurden soll sollte muss müssen darf gibt geht macht heute wieder dazu damit dabei bitte danke
        nein einfach wirklich dann erst"""),
    "fr": _common("""le la les de des et est un une du en que qui pas pour dans ce il elle ne sur au plus
        avec se sont mais ou nous vous je cette tout comme fait été aux ont leur très lui bien aussi
        ces sa son ses être avoir
        merci donc alors toujours rien tous toutes même après depuis parce
        quand pourquoi où quoi ça cela ici là peut faut dit vont suis était avait sera
        mes votre vos leurs deux trop beaucoup peu moins"""),
    "es": _common("""el la los las de que y en un una es por con no para del se lo al como más pero sus
        le ya o este esta fue ha muy son también porque cuando hay todo está sin sobre ser tiene nos
        yo eso qué puede
        gracias bien hace así aquí ahora siempre algo mucho mi nuestro esto ese esa
        hasta donde quien tienen hacer otro otra años"""),
    "it": _common("""il la di che e è un una per non in del della sono si con da le gli i ma come più
        anche questo questa ha alla nel dei lo al se ci io mi perché tutto molto essere hanno cosa
        quando stato
        grazie ancora sempre già poi qui loro suo sua nostro questi quello quella tra fra dopo
        senza ogni tutti fatto può siamo bene davvero"""),
    "pt": _common("""o a os as de que e do da em um uma é não para com por no na se mais dos das ao como
        mas foi seu sua ele ela isso está muito também já eu você são tem ser pelo pela nos quando
        porque
        obrigado obrigada bem ainda sempre tudo aqui agora depois onde quem mesmo sem até minha meu
        nossa nosso esse essa vai ter fazer pode só lá"""),
    "nl": _common("""de het een en van is dat op te in niet zijn voor met die ook er maar aan om als bij
        dan nog wat ik je wel naar worden kan deze door zo hij ze wordt heeft was hebben geen mijn meer
        dit uit
        bedankt goed veel nu alle zich haar ons onze jullie wij zij mij zou moet moeten
        kunnen gaat komt echt toch waarom"""),
    "sv": _common("""och att det som en är av för på med till den har inte om ett jag var men de så vi
        kan från sig han hon eller när ska detta vad också nu bara mycket efter alla då där skulle här
        dem sina"""),
    "da": _common("""og at det er en til på de med for af den ikke som har et jeg var men så vi kan fra
        sig han hun eller når skal dette hvad også nu bare meget efter alle der her dem være mig have
        ud"""),
    "no": _common("""og at det er en til på de med for av den ikke som har et jeg var men så vi kan fra
        seg han hun eller når skal dette hva også nå bare mye etter alle der her dem være meg ha
        ut"""),
    "fi": _common("""ja on ei se että oli mutta kun niin hän joka myös ovat tai jos vain mitä kuin ole
        minä sinä me he tämä nyt sitä siitä olla voi jo koska kaikki ollut hyvä ne siis vielä mikä"""),
    "pl": _common("""i w nie na się z że do to jest o a jak ale po co tak za od są przez dla czy już
        tylko jego jej może być ten ta tego który która bardzo można jeszcze tym też mnie gdy
        kiedy"""),
    "cs": _common("""a se na je že v to s z do o jak ale po co tak za od jsou pro by jsem už jen jeho
        její může být ten ta toho který která velmi ještě tím také když není jako jsme bylo byl"""),
    "tr": _common("""ve bir bu da de için ile çok ne o gibi daha var ama olarak kadar sonra değil ben sen
        biz onlar her şey mi mı en olan ya diye çünkü bunu şu yok nasıl neden ki göre kendi"""),
    "ro": _common("""și de în la că pe nu cu o un este să a din care mai se ce pentru sunt am fost dar el
        ea sau ca au lui acest această foarte tot doar când ne vor fi își prin după"""),
    "hu": _common("""a az és hogy nem is egy meg de van ez azt csak már még volt mint ha el kell vagy
        mert ki be fel minden nagyon lesz ezt úgy így most sem akkor amit aki lehet itt mit"""),
    "id": _common("""yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke ada bisa
        karena kita mereka atau sudah oleh adalah kami apa jika lebih saja harus seperti banyak tetapi
        belum masih hanya sangat kalau"""),
    "vi": _common("""và của là có không được cho trong một người này những các với đã để khi thì cũng
        như ra sẽ về đến từ nhưng năm tôi bạn rất"""),
    "ca": _common("""el la els les de del i que en un una per amb no és són al als com més però també hi
        ha seu seva aquest aquesta ho jo ell ella molt pel pels on quan"""),
    "sk": _common("""a je to na sa že v z do o ako ale po čo tak za od sú pre by som už len jeho jej môže
        byť ten táto toho ktorý ktorá veľmi ešte tým aj keď nie sme bolo bol"""),
    "hr": _common("""i je u na da se za su od s što to ne kao ali sam smo bi iz do li ima biti ovo ovaj ova
        koji koja kako jer još samo već bilo bio nije"""),
    "sl": _common("""in je na se da za so v z s ki ne pa to kot bi ali sem smo iz do tudi še samo že bilo
        bil ni zelo kaj kako če"""),
    "tl": _common("""ang ng sa na at ay mga hindi ko ako mo ka siya kami tayo sila ito iyan iyon may para
        kung pero lang din rin po naman talaga nang wala"""),
    "sw": _common("""na ya wa kwa ni la za katika kuwa hii huo hiyo lakini pia sana mimi wewe yeye sisi wao
        kama hata bado tu"""),
    "af": _common("""die en van is nie het in dat op te vir met wat ek jy hy sy ons julle hulle was sal kan
        ook maar as by om"""),
    "ms": _common("""yang dan di ini itu dengan untuk tidak dari dalam akan pada juga saya ke ada boleh
        kerana kita mereka atau sudah oleh adalah kami apa jika lebih sahaja seperti banyak tetapi
        belum masih hanya sangat kalau"""),
    "lt": _common("""ir yra kad su į iš ne bet o tai kaip jis ji mes jūs jie buvo bus labai dar tik už apie
        po per"""),
    "lv": _common("""un ir ka ar no uz par bet kā tas tā es tu viņš viņa mēs jūs viņi bija būs ļoti vēl
        tikai arī pie pēc"""),
    "et": _common("""ja on et see ei ka kui aga ma sa ta me te nad oli oma mis kes nii veel ainult väga
        siis kõik"""),
    # Languages of American newspapers' readers that the lists above miss (Miami's, Minneapolis's)
    "ht": _common("""mwen ou li nou yo pou ak nan sa se pa gen te ki konn anpil tout lè paske kounye fè bay
        kote sou avèk yon de mèsi bon kòm tankou"""),
    "so": _common("""iyo waa oo ka ku ee ay uu la aad ayaa waxaa ugu ayuu soo si kale wax haddii hadii
        laakiin sidoo waxay mid aan u ah lagu loo baa"""),
    # The languages of Irish, Scottish, Welsh and New Zealand sites' readers, each written with and
    # without its accents. Their words that English also writes ("an", "is", "as", "do", "go", "me", "he",
    # "hon") are left out, so that an English sentence never counts towards them.
    "ga": _common("""agus tá ta ar le sé se sí si ní ni níl nil ach seo sin mé tú tu muid sibh siad bhí bhi ag
        faoi chun leis aon gach atá ata nach mar dom duit linn againn mo bhfuil raibh beidh freisin anois
        bíonn bionn níos nios agam agat aige aici cén cen conas cad ann roimh ina sa san ón dóibh"""),
    "gd": _common("""agus tha air gu ann mi thu sinn sibh iad ach seo sin nach bha bidh chan eil aig le bho ri
        ris dha mar gach cuideachd ged gun nuair fhèin fhein dhut dhomh agam agad"""),
    "cy": _common("""ac yn yr ei mae ydy ydw oedd ond hefyd gyda fel wedi bod nid ni chi nhw fi ti fe fo sydd
        iawn pob mwy hyn hwn gan neu pan dros efo rydw dw roedd bydd yng ym eu ein eich fy dy ar"""),
    "mi": _common("""te ka ki nga ngā kua ana nei rā ra hoki tēnei tenei tērā tera mātou matou tātou tatou
        rātou ratou ahau au koe ia kia ai atu mai ake anō ano pea kāore kaore engari hei tino mō mo nō kei
        ehara nā ko tō taku tāku aku koutou māua"""),
}
NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "sv": "Swedish", "da": "Danish", "no": "Norwegian",
    "fi": "Finnish", "pl": "Polish", "cs": "Czech", "tr": "Turkish", "ro": "Romanian",
    "hu": "Hungarian", "id": "Indonesian", "vi": "Vietnamese", "ca": "Catalan", "sk": "Slovak",
    "hr": "Croatian", "sl": "Slovenian", "tl": "Tagalog", "sw": "Swahili", "af": "Afrikaans", "ms": "Malay",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "ht": "Haitian Creole", "so": "Somali",
    "ga": "Irish", "gd": "Scottish Gaelic", "cy": "Welsh", "mi": "Māori",
    "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "sr": "Serbian", "mk": "Macedonian",
    "be": "Belarusian", "kk": "Kazakh", "el": "Greek", "he": "Hebrew", "ar": "Arabic", "fa": "Persian",
    "ur": "Urdu", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "th": "Thai", "hi": "Hindi",
    "bn": "Bengali", "ta": "Tamil", "te": "Telugu", "hy": "Armenian", "ka": "Georgian",
    "am": "Amharic", "km": "Khmer", "my": "Burmese",
}
# Scripts that name their languages (the first word of a letter's Unicode name). Several languages
# to a script: the letters that only one of them uses decide, else any of them may be meant.
_SCRIPTS: dict[str, tuple[str, ...]] = {
    "CYRILLIC": ("ru", "uk", "bg", "sr", "mk", "be", "kk"),
    "GREEK": ("el",), "HEBREW": ("he",), "ARABIC": ("ar", "fa", "ur"), "CJK": ("zh", "ja"),
    "HIRAGANA": ("ja",), "KATAKANA": ("ja",), "HANGUL": ("ko",), "THAI": ("th",),
    "DEVANAGARI": ("hi",), "BENGALI": ("bn",), "TAMIL": ("ta",), "TELUGU": ("te",),
    "ARMENIAN": ("hy",), "GEORGIAN": ("ka",), "ETHIOPIC": ("am",), "KHMER": ("km",), "MYANMAR": ("my",),
}
_MARKERS: dict[str, tuple[tuple[str, str], ...]] = {
    "CYRILLIC": (("uk", "іїєґ"), ("be", "ў"), ("sr", "ђјљњћџ"), ("kk", "әғқңөұүһ"), ("ru", "ыэё")),
}
# Arabic letters are shared by Arabic, Persian and Urdu, and Arabic writers use Persian's own letters too:
# Iraqi and Gulf Arabic write گ and چ ("گلبي", "چذي"), and Arabic names Google "گوگل" and Iran's president
# "پزشکیان". One such letter made an Arabic comment Persian, held on a site that takes Arabic. So the words
# only one of the languages writes are counted: its function words, and for Urdu and Persian a word with a
# letter of their own, for Arabic one with the article al- or ة. Two distinct such words, and more than any
# other language's, name it. Persian's and Urdu's words are written with their own yeh and kaf (ی ک), which
# Arabic keyboards do not type; words two of them write are left out (من is Arabic's "from" and Persian's
# "I"; ما, هم, به, او).
_ARABIC_SCRIPT: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    # Urdu writes Persian's letters as well: a word with Urdu's is Urdu's alone
    ("ur", _common("""ہے ہیں ہوں کے کی کا میں نہیں اور سے کو یہ وہ بھی تھا تھی کہ ہو آپ ہم نے"""), frozenset("ٹڈڑںےہھ")),
    ("fa", _common("""است این آن را که می نمی از در برای های یک خیلی نیست بود شد شده کرد کند ولی اگر شما هست
        دارد"""), frozenset("پچژگ")),
    ("ar", _common("""في على عن إلى الى هذا هذه ذلك تلك الذي التي الذين أن إن ان كان كانت لم لن مع هو هي لا ولا
        أو ليس لكن ولكن أنا نحن هل كل عند بين يا له لي لها لك ليش شلون وين اكو ماكو هسه شنو عشان ايش كده مش
        هيك"""), frozenset("ة")),
)
# Arabic's article, alone or after "and" (و) or "for" (ل: لل), before two letters at least (Persian's "والا",
# "exalted", is no article)
_ARTICLE = re.compile(r"(?:و?ال|لل)[^\W\d_]{2}")
# Vowel marks and the dagger alef: the pattern for words stops at them ("اَلسَّلَامُ" read as four words).
_HARAKAT = dict.fromkeys([*range(0x064B, 0x0660), 0x0670])
_LINK_MARKS = ("http://", "https://", "www.")
_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 80
_SAMPLE_CHARS = 2000
_MIN_LETTERS = 6  # fewer letters in a script tell nothing
_MIN_HITS = 3  # Latin: distinct common words a language needs among the sample to be named ("viva la revolución,
# che" is no Italian)
_MIN_SHARE = 0.15  # ... and their share of the sample's words (running text: 0.3 to 0.5)
_CLOSE = 0.6  # another language with this share of the best one's hits may be meant as well
# Latin text too short to name its language is still told not to be English when this many words hold
# no common English word and two of another language's: "Bellissima partita ieri sera! Forza ragazzi, la
# promozione è vicina." (no Fox News comment reads so; "Great game last night, go team" is too short)
_NOT_ENGLISH_WORDS = 8
# Letters English never writes and other Latin-script languages do (Polish ł, Czech ř, Turkish ğ, Spanish
# ñ, German ß, ...): two of them, without a common English word, tell a shorter text from English too
# ("Świetny artykuł o festiwalu. Pierogi były najlepsze w mieście!"). A name in an English sentence
# brings one ("São Paulo", "Gdańsk") and English's words.
_NOT_ENGLISH_LETTERS = frozenset("ąćęłńśźżřůěťďșşțăğıőűßþðåøæñãõœ")
_NOT_ENGLISH_LETTER_WORDS = 5


@dataclass(frozen=True)
class Language:
    codes: tuple[str, ...]  # ISO 639-1, any of which the text may be in; empty: it cannot be told
    script: str  # the Unicode script of most of its letters: "LATIN", "CYRILLIC", ...
    words: int  # words looked at
    evidence: tuple[str, ...] = ()  # the common words that named a Latin-script language
    # unnamed, but no common English word among enough words with another language's words or letters
    not_english: bool = False

    @property
    def known(self) -> bool:
        return bool(self.codes)

    def describe(self) -> str:
        """For a moderator: 'Portuguese ("não", "para", "que")' or 'Russian (Cyrillic letters)'."""
        names = [NAMES.get(c, c) for c in self.codes]
        if not names and self.not_english:
            return f"not English (none of its {self.words} words is a common English word)"
        if self.evidence:
            return " or ".join(names[:3]) + " (" + ", ".join(f'"{w}"' for w in self.evidence) + ")"
        letters = "Chinese characters" if self.script == "CJK" else f"{self.script.capitalize()} letters"
        if len(names) == 1:
            return f"{names[0]} ({letters})"
        return f"{letters} ({', '.join(names[:3])}{', …' if len(names) > 3 else ''})"


@lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch.isascii():
        return "LATIN"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def _without_links(sample: str) -> str:
    """The sample without the words that hold a link (its letters are no language). Word by word: a
    pattern for a link anywhere in a word reads a long word from each of its positions (100 ms for
    2,000 characters without a space)."""
    lowered = sample.lower()
    if not any(mark in lowered for mark in _LINK_MARKS):
        return sample
    return " ".join(w for w in sample.split() if not any(mark in w.lower() for mark in _LINK_MARKS))


def _sample(text: str) -> str:
    """What is read of a text: its start, without links, composed. Text pasted from a Mac or typed on some
    keyboards carries its accents as marks of their own, at which the words' pattern stops ("Scho" "ne
    Grüße", and "ha" "te" is Spanish)."""
    sample = _without_links(text[:_SAMPLE_CHARS])
    return sample if sample.isascii() else unicodedata.normalize("NFC", sample)


def foreign(language: Language | None) -> bool:
    """Whether a detected language is told to be other than English: another script, or the common
    words of another Latin-script language and not of English. Latin-script text whose language cannot
    be told (short, or words of no language) may be English."""
    return language is not None and (
        language.script != "LATIN" or (language.known and "en" not in language.codes) or language.not_english
    )


def foreign_to_english_models(language: Language | None, text: str) -> bool:
    """Whether a model that learnt English comments cannot judge ``text``: ``foreign``, or Latin-script text
    too short for its language to be told that holds no common English word and shows another language, by a
    letter English does not write ("Aynen öyle.", "¡Muy buen artículo!", "Schöne Fotos!") or a common word of
    another language ("Gut geschrieben."). Short text of plain letters and no known word stays English's:
    "Total idiot" is read by the model."""
    if foreign(language):
        return True
    if language is None or language.known or language.script != "LATIN":
        return False
    words = {w.lower() for w in _WORD.findall(_sample(text))}
    if words & _LATIN_WORDS["en"]:
        return False
    return any(not w.isascii() for w in words) or any(
        words & common for code, common in _LATIN_WORDS.items() if code != "en")


def is_english(text: str) -> bool:
    """Has letters and may be English (``foreign``)."""
    language = detect(text)
    return language is not None and not foreign(language)


def _arabic_script(sample: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """Arabic, Persian or Urdu, with the words that tell it (``_ARABIC_SCRIPT``); None when none is told."""
    found: dict[str, dict[str, None]] = {code: {} for code, _, _ in _ARABIC_SCRIPT}  # distinct, in order
    for w in _WORD.findall(sample.translate(_HARAKAT))[:SAMPLE_WORDS]:  # as many as Latin text's
        if _script(w[0]) != "ARABIC":
            continue
        urdu = False
        for code, common, letters in _ARABIC_SCRIPT:
            if (urdu and code == "fa") or not (w in common or not letters.isdisjoint(w)
                                               or (code == "ar" and _ARTICLE.match(w))):
                continue
            found[code][w] = None
            urdu = urdu or code == "ur"
    counts = sorted((len(words) for words in found.values()), reverse=True)
    if counts[0] < 2 or counts[0] == counts[1]:  # one word tells nothing, nor a tie
        return None
    code, words = max(found.items(), key=lambda item: len(item[1]))
    return (code,), tuple(words)[:3]


def detect(text: str) -> Language | None:
    """The language ``text`` is written in, as far as it can be told; None when it has no letters."""
    sample = _sample(text)
    words = _WORD.findall(sample)
    if not words:
        return None
    scripts: Counter[str] = Counter()
    for w in words:
        if w.isascii():
            scripts["LATIN"] += len(w)
        else:
            for ch in w:
                scripts[_script(ch)] += 1
    script, letters = scripts.most_common(1)[0]
    if script != "LATIN":
        candidates, evidence = _SCRIPTS.get(script, ()), ()
        if script in ("HIRAGANA", "KATAKANA") or (script == "CJK" and (scripts["HIRAGANA"] or scripts["KATAKANA"])):
            candidates = ("ja",)
        elif script == "ARABIC":
            candidates, evidence = _arabic_script(sample) or (candidates, ())
        else:
            lowered = sample.lower()
            for code, marks in _MARKERS.get(script, ()):
                if any(m in lowered for m in marks):
                    candidates = (code,)
                    break
        if letters < _MIN_LETTERS and script not in ("CJK", "HANGUL", "HIRAGANA", "KATAKANA"):
            candidates = evidence = ()
        return Language(candidates, script, len(words), evidence)
    sample_words = [w.lower() for w in words[:SAMPLE_WORDS]]
    # Distinct words, so that "ha ha ha" or "miss ya, need ya, want ya" is not Spanish or Turkish; their
    # share of all the sample's words, so that a few chance matches in a long text name nothing.
    hits: dict[str, list[str]] = {}
    for code, common in _LATIN_WORDS.items():
        # "P E A C E" is no Portuguese; a single accented letter is a word ("è", "à")
        found = [w for w in sample_words if (len(w) > 1 or not w.isascii()) and w in common]
        if found:
            hits[code] = found
    distinct = {code: Counter(found) for code, found in hits.items()}
    best = max((len(d) for d in distinct.values()), default=0)
    # Read only for text with no common English word: most comments have one.
    not_english = "en" not in hits and (
        (len(sample_words) >= _NOT_ENGLISH_WORDS and best >= 2)
        or (len(sample_words) >= _NOT_ENGLISH_LETTER_WORDS and len(_NOT_ENGLISH_LETTERS.intersection(sample.lower())) >= 2)
    )
    if not hits:
        return Language((), "LATIN", len(sample_words), not_english=not_english)
    share = max(len(f) for f in hits.values()) / len(sample_words)
    if best < _MIN_HITS or share < _MIN_SHARE:
        return Language((), "LATIN", len(sample_words), not_english=not_english)
    ranked = sorted(distinct, key=lambda c: (-len(distinct[c]), -len(hits[c])))
    codes = tuple(c for c in ranked if len(distinct[c]) >= _CLOSE * best)
    evidence = tuple(w for w, _ in distinct[ranked[0]].most_common(3))
    return Language(codes, "LATIN", len(sample_words), evidence)

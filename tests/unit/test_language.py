"""Telling a comment's language: by its script, or by the common words of languages in Latin letters."""

import unicodedata

import pytest

from commentguard.text.language import detect, foreign, foreign_to_english_models


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("This is a great article, thanks for writing it.", "en"),
        ("Muito bom o artigo, não sabia que isso era possível para todos nós.", "pt"),
        ("El gobierno no tiene idea de lo que pasa en la calle, es una vergüenza.", "es"),
        ("Das ist doch nicht zu fassen, wie die Regierung mit uns umgeht.", "de"),
        ("C'est une honte, le gouvernement ne fait rien pour nous.", "fr"),
        ("Non è possibile che il governo non faccia niente per la città.", "it"),
        ("Ini adalah artikel yang sangat bagus dan saya suka", "id"),
        ("Bài viết này rất hay và tôi thích nó", "vi"),
        ("Het is niet te geloven dat de regering dit heeft gedaan.", "nl"),
        ("Nie wiem, czy to jest prawda, ale to bardzo ciekawe.", "pl"),
        ("Això és molt important per a tots els ciutadans i no ho podem oblidar", "ca"),
        ("Salamat po sa lahat ng tulong ninyo, hindi ko ito makakalimutan", "tl"),
        ("Asante sana kwa habari hii, ni muhimu sana kwa sisi wote", "sw"),
        ("Mèsi anpil pou atik sa a. Kominote ayisyen an fyè anpil de jèn moun sa yo!", "ht"),
        ("Mahadsanid warbixintan. Bulshada Soomaaliyeed ee magaaladan aad bay ugu faraxsan yihiin.", "so"),
        ("Tá mo pháistí ag freastal ar Ghaelscoil agus bíonn sé deacair múinteoirí a fháil.", "ga"),
        ("Tha mi toilichte gu bheil an sgoil ann fhathast.", "gd"),
        ("Mae hi wedi bod yn wych, diolch yn fawr iawn i bawb.", "cy"),
        ("E hoa, ka pai. Kua roa mātou e tatari ana mō tēnei.", "mi"),
        ("Kua roa matou e tatari ana mo tenei, kia kaha koutou.", "mi"),
    ],
)
def test_running_text_in_latin_letters_is_named_by_its_common_words(text, code):
    language = detect(text)
    assert language.codes[0] == code
    assert language.script == "LATIN"
    assert language.evidence


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Это позор для всего города, никто ничего не делает", ("ru",)),
        ("Це ганьба для всього міста", ("uk",)),
        ("この記事はとても良いです", ("ja",)),
        ("좋은 기사 감사합니다", ("ko",)),
        ("Κάτι καλό εδώ για όλους", ("el",)),
        ("這篇文章寫得很好，謝謝", ("zh", "ja")),
    ],
)
def test_other_scripts_name_their_languages_and_letters_only_one_language_uses_decide(text, codes):
    assert detect(text).codes == codes


def test_cyrillic_without_a_telling_letter_may_be_any_language_written_in_it():
    language = detect("Позор для всего города")
    assert {"ru", "bg", "mk"} <= set(language.codes)
    assert language.describe() == "Cyrillic letters (Russian, Ukrainian, Bulgarian, …)"


@pytest.mark.parametrize(
    "text",
    [
        "Great",
        "Obama Hillary Trump liar",
        "Viva la revolución, Che!",
        "Buy cheap viagra online www.pills.example",
        "Ha ha ha good joke",  # "ha" thrice is one Spanish word, not three
        "Miss ya, need ya, want ya, love ya",
        "P E A C E & L O V E",  # single letters are no language's words
    ],
)
def test_text_too_short_or_without_common_words_is_left_unnamed(text):
    language = detect(text)
    assert language.script == "LATIN"
    assert not language.known


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Wieso steht im Text 1,2 Mio. und in der Grafik 2,1 Mio.? Was stimmt denn jetzt?", "de"),
        ("Wer helfen möchte: In der Unterkunft fehlen vor allem Kinderschuhe und Wintermäntel.", "de"),
        ("Mis amigos polacos me dicen que hace diez años esto era impensable en Varsovia.", "es"),
    ],
)
def test_the_common_words_of_a_short_comment_that_english_never_writes_name_its_language(text, code):
    assert code in detect(text).codes and foreign(detect(text))


def test_latin_text_with_enough_words_and_no_english_one_is_foreign_though_unnamed():
    language = detect("Bellissima partita ieri sera! Forza ragazzi, la promozione è vicina.")
    assert not language.known and foreign(language)
    assert language.describe() == "not English (none of its 10 words is a common English word)"


def test_a_shorter_text_with_letters_english_never_writes_and_no_english_word_is_foreign():
    assert foreign(detect("Świetny artykuł o festiwalu polonijnym. Pierogi były najlepsze w mieście!"))
    assert not foreign(detect("My cousin from Gdańsk and her friend from São Paulo loved the festival"))


@pytest.mark.parametrize(
    "text",
    [
        "Great game last night, go team!",  # too few words to tell
        "Dumb dumb dumb policy, higher taxes, fewer services, bigger deficits, wasted money everywhere",
        "Obama Hillary Trump liar liar pants fire, viva la revolución",  # one word of another language
    ],
)
def test_short_text_or_text_with_one_word_of_another_language_may_be_english(text):
    assert not foreign(detect(text))


def test_text_without_letters_has_no_language():
    assert detect("123 !!! :-)") is None


def test_a_foreign_name_in_an_english_comment_does_not_make_it_foreign():
    language = detect(
        "Rafael de la Torre said the mayor of San Juan de los Lagos is a fine man and we should vote for him."
    )
    assert language.codes == ("en",)


def test_languages_that_share_their_common_words_are_both_named():
    assert set(detect("Jeg synes det er en god artikel, og jeg er enig").codes) == {"da", "no"}
    assert set(detect("Saya rasa artikel ini sangat bagus dan boleh membantu kita semua").codes) == {"ms", "id"}


def test_a_link_s_words_are_not_read_as_the_comment_s():
    language = detect("Voir https://www.example.com/le-monde-de-la-presse-et-des-journaux ok")
    assert not language.known


def test_the_description_quotes_the_words_that_named_the_language():
    assert detect("Muito bom o artigo, não sabia que isso era possível.").describe() == (
        'Portuguese ("muito", "não", "que")'
    )


@pytest.mark.parametrize(
    "text",
    [
        "Te taiao first. If the whenua is sick, the farm is sick. My uncles farm up in Ruatoria.",
        "Kia ora koutou, ka pai te mahi to the team for the new cycle lane on the bridge.",
        "Ar dheis Dé go raibh a anam. Thinking of all his family in Gaoth Dobhair.",
        "Is an apology enough? He said no, and so do I.",
    ],
)
def test_english_with_maori_or_irish_words_in_it_stays_english(text):
    assert not foreign(detect(text))


@pytest.mark.parametrize("text", ["Aynen öyle.", "Güzel yazılmış.", "¡Muy buen artículo!", "Schöne Fotos!",
                                  "Très bien dit", "Molto interessante, grazie", "Danke!", "Merci !", "Gracias",
                                  "Bedankt, goed stuk"])
def test_a_short_text_with_another_languages_letters_or_words_and_no_english_one_is_foreign_to_english_models(text):
    assert foreign_to_english_models(detect(text), text)
    decomposed = unicodedata.normalize("NFD", text)  # as pasted from a Mac
    assert foreign_to_english_models(detect(decomposed), decomposed)


@pytest.mark.parametrize("text", ["Total idiot", "Great article, thanks", "Zoë is right", "Deport them all",
                                  "These people are vermin and should be gone", "Encore, comment again",
                                  "c'mon ma, im sure the AI is va approved"])
def test_english_or_plain_letters_too_short_to_tell_stay_for_english_models(text):
    assert not foreign_to_english_models(detect(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "گلبي ويا أهل الموصل، الله يحفظكم. شكراً على المقال",  # Iraqi: گ for qaf
        "مقال زين وايد، مشكورين. چذي الصحافة ولا بلاش",  # Kuwaiti: چ for kaf
        "والله المقال زين، بس ليش ما ذكرتوا انو الشارع مسكّر من الصبح؟ گالولنا راح يفتحوه الاسبوع الجاي",
        "شكراً، بحثت في گوگل ولم أجد هذه المعلومات في أي مكان آخر",  # Google
        "مقال رائع عن زيارة الرئيس پزشکیان، شكراً للجريدة",  # a Persian name
        "اَلسَّلَامُ عَلَيْكُمْ، مَقَالٌ جَمِيلٌ جِدًّا، بَارَكَ اللَّهُ فِيكُمْ.",  # vowel marks
    ],
)
def test_arabic_with_a_letter_only_persian_has_is_still_arabic(text):
    assert detect(text).codes == ("ar",)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("مقاله‌ی خیلی خوبی بود. من هم در پاریس زندگی می‌کنم و اجاره‌ها خیلی گران شده‌اند.", "fa"),
        ("این مقاله خیلی خوب است، ممنون از نویسنده.", "fa"),  # none of Persian's own letters
        ("ممنون از گزارش شما", "fa"),
        ("بہت اچھا مضمون ہے، شکریہ۔ ہمارے محلے میں بھی یہی حال ہے۔", "ur"),
        ("شکریہ، آپ نے بہت اچھی خبر دی۔", "ur"),  # اچھی has Persian's چ too
    ],
)
def test_persian_and_urdu_are_named_by_their_words_and_letters(text, code):
    assert detect(text).codes == (code,)


def test_arabic_script_text_with_one_telling_word_or_a_tie_may_be_any_of_its_languages():
    assert set(detect("والله مقال حلو كتير، تسلم إيدك").codes) == {"ar", "fa", "ur"}
    assert set(detect("گلت له چم مرة گلتلك لا تروح").codes) == {"ar", "fa", "ur"}  # three words each


def test_the_description_of_arabic_script_text_quotes_the_words_that_named_its_language():
    assert detect("این مقاله خیلی خوب است").describe() == 'Persian ("این", "خیلی", "است")'
    assert detect("شكراً على المقال، چان ودي تكتبون عن المدارس بعد").describe() == 'Arabic ("على", "المقال", "عن")'


@pytest.mark.parametrize(
    "text",
    [
        "Schöne Grüße aus Tübingen, hervorragende Recherche über die Straßenbahn.",
        "J'ai hâte de lire la suite, c'est une très bonne idée pour le quartier.",
        "Какой позор для всего города, никто ничего не делает",  # й decomposes
    ],
)
def test_text_with_its_accents_as_separate_marks_is_read_as_the_same_text_composed(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    assert detect(decomposed) == detect(text)

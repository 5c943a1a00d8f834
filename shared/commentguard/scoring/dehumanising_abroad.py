"""A group of people called vermin in the languages a European news site's readers write beside English: German,
French, Spanish, Italian, Portuguese, Dutch, Turkish and Arabic ("Muslime sind Parasiten", "Les immigrés sont des rats",
"اليهود خنازير"). The English rule (``incitement.dehumanising``) reads English grammar; the English model's score
holds nothing in these languages, so without this such a comment was published.

The same shape as the English rule, kept as narrow: a word for a group of people, the language's "are" (Turkish
and Arabic say it without a verb: "Mülteciler haşere"), a word for vermin, disease or refuse, close together and
with no negation between or, in Turkish, after ("... haşere değil"). Only group words: "Die Ratten im Hof sind eine
Plage" is about rats. A comparison ("tratados como animales", "wie Tiere behandelt") pities more often than it
insults, and ends the phrase.

Reads the normalised tokens, and its words are written as normalising writes them (lower case, accents folded:
"Flüchtlinge" is "fluchtlinge"; Arabic hamza folded: "اللاجئون" is "اللاجيون").
"""

from __future__ import annotations

from collections.abc import Sequence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_GROUPS = _words(
    # German
    "muslime moslems juden auslander fluchtlinge migranten asylanten asylbewerber araber turken kurden schwarze "
    "zigeuner roma afrikaner "
    # French
    "musulmans juifs arabes immigres immigrants migrants refugies etrangers noirs roms gitans africains maghrebins "
    # Spanish
    "musulmanes judios inmigrantes refugiados extranjeros moros gitanos negros africanos marroquies sudacas "
    # Italian
    "musulmani ebrei immigrati migranti profughi stranieri zingari negri africani arabi "
    # Portuguese
    "muculmanos judeus imigrantes estrangeiros ciganos "
    # Dutch
    "moslims marokkanen joden vluchtelingen asielzoekers buitenlanders allochtonen turken zwarten zigeuners "
    "afrikanen arabieren "
    # Turkish
    "suriyeliler gocmenler multeciler araplar kurtler yahudiler afganlar cingeneler "
    # Arabic
    "اليهود اللاجيون اللاجيين المهاجرون المهاجرين الاجانب المسلمون المسيحيون الشيعة السنة الغجر الافارقة"
)
_VERMIN = _words(
    # German
    "parasiten ungeziefer ratten kakerlaken schmarotzer abschaum pest tiere affen schweine "
    # French
    "parasites vermine rats cafards racaille dechets ordures animaux singes porcs sauvages "
    # Spanish
    "parasitos ratas cucarachas plaga escoria basura alimanas animales monos cerdos salvajes "
    # Italian
    "parassiti ratti scarafaggi feccia spazzatura animali scimmie maiali "
    # Portuguese
    "parasitas ratos baratas praga lixo animais macacos porcos "
    # Dutch
    "parasieten ongedierte ratten kakkerlakken uitschot tuig beesten dieren apen varkens zwijnen afval plaag "
    # Turkish (the noun with its plural or possessive endings: "hayvanlar", "bocegi")
    "hasere haseredir haserelerdir asalak asalaklar asalaktir parazit parazitler sican sicanlar fareler hayvanlar "
    "hayvandir domuzlar domuzdur bocegi bocekleri pislik "
    # Arabic
    "حشرات خنازير قرود جرذان فيران طفيليات حيوانات كلاب قمامة وباء"
)
# The languages' "are".
_COPULAS = _words("sind seien sont son sono sao zijn")
# Turkish and Arabic say "are" without a verb: the group and the noun may stand side by side.
_VERBLESS_GROUPS = frozenset(g for g in _GROUPS if not g.isascii() or g.endswith(("ler", "lar")))
_NEGATIONS = _words("nicht keine kein pas jamais no nunca ni non nao niet geen nooit degil degiller degildir ليسوا ليس لا")
_COMPARISONS = _words("wie comme como come als zoals gibi مثل")
_GAP = 3  # words at most between the group and the noun: "Muslime sind doch alle Parasiten"


def dehumanising_abroad(tokens: Sequence[str]) -> str | None:
    """The words of the first phrase that calls a group of people vermin in one of these languages, or None."""
    for i, group in enumerate(tokens):
        if group not in _GROUPS:
            continue
        said = group in _VERBLESS_GROUPS  # elsewhere "are" must come first
        for j in range(i + 1, min(i + 2 + _GAP, len(tokens))):
            word = tokens[j]
            if word in _NEGATIONS or word in _COMPARISONS:
                break
            if word in _COPULAS:
                said = True
            elif word in _VERMIN and said:
                if j + 1 < len(tokens) and tokens[j + 1] in _NEGATIONS:  # Turkish: "haşere değil"
                    break
                return " ".join(tokens[i : j + 1])
    return None

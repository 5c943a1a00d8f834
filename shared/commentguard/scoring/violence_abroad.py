"""Calls for violence against people and wishes that people die, in the languages a European news site's readers
write beside English: German, French, Spanish, Italian, Portuguese, Turkish, Dutch, and Arabic's plainest forms
("Il faudrait pendre le maire", "Man sollte ihn aufhängen", "J'espère que toute ta famille crève", "Ojalá te
mueras", "Geberesin"). The English rules (``incitement.violent_call``, ``incitement.harm_wish``) read English
grammar, the English model's score holds nothing in these languages, and the hold list holds fixed phrases only
("ojalá te mueras", "il faut tous les tuer"): such a comment was published. Threats to the reader ("je sais où tu
habites", "nerede oturduğunu biliyorum") are ``threats.threat``'s, which reads them in these languages too, and
leaves them where this module's ``reported`` says they are quoted.

``violent_call_abroad`` holds a violent verb that a call makes: an obligation before it ("il faut", "il faudrait",
"hay que", "bisogna", "tem que", "man sollte", "ze moeten", "يجب") or, in Turkish, after it ("asmak lazım"); a
passive one ("devraient être fusillés", "andrebbero fucilati", "der gehört aufgehängt", "kurşuna dizilmeli"); an
order opening its sentence ("Fusillez-les !", "Hängt sie alle auf!", "¡Fusiladlos!"); "death to" people ("Tod den
Verrätern", "mort aux juifs", "muerte a los traidores"). Verbs said of people alone (to shoot by firing squad, to
lynch, to hang by the neck, to gun down: "fusiller", "fusilar", "impiccare", "erschießen") hold with a pronoun
("il faut les fusiller", "bisogna impiccarli", "man sollte ihn erschießen"). Verbs said of animals, things and time
too (to kill, to hang up, to slaughter, to hit: "tuer", "matar", "ammazzare", "aufhängen", "asmak", "vurmak") hold
where people are named as what they are done to ("il faudrait tuer le maire", "habría que colgar al alcalde",
"belediye başkanını asmak lazım"), or all of them ("hay que matarlos a todos"): not "hay que matar el tiempo", "il
faut pendre le linge", "tem que matar o jogo" (to close out a match), "bayrak asmak lazım" (a flag), "bisogna
ammazzarle" (mosquitoes), "hay que colgarlo en YouTube" (to upload), "der Wolf gehört erschossen".

Left by the calls: a question ("Faut-il les pendre ?"); "could" ("ich könnte ihn erwürgen vor Lachen", "je pourrais
le tuer"), which is exasperation, not a call; the past and the future ("1945 wurden sie erschossen", "la police a dû
l'abattre", "cette réforme va tuer les agriculteurs"; German "musste", which "müsste" folds onto, is "had to"); and
the death penalty named in its legal word ("hingerichtet", "exécuté", "idam edilmeli"), an opinion a site
publishes. Held though it may not be a call: German "sollten ... erschossen werden" is "should be" and "were to be"
alike, and "man sollte ihn aufhängen" is also said of a calendar ("an die Wand", "überall" read as a thing's place).

``death_wish_abroad`` holds a wish that a person or people die: a wish's opener ("j'espère que", "ojalá", "spero
che", "tomara que", "hoffentlich", "ich hoffe", "hopelijk", "أتمنى أن", or a "que"/"che" that opens the sentence)
with a verb of dying in the wish's mood ("crève", "meure", "mueras", "muoia", "morra", "verreckt", "stirbst",
"doodgaat", "تموت"), and a person as who dies: a pronoun, "toute ta famille", a name standing alone ("que Poutine
crève"), or, where Spanish, Italian and Portuguese leave it unsaid, no noun after it ("spero che muoia"); not "que
la bulle crève", "hoffentlich stirbt diese Idee", "spero che muoia questa legge". Also the curses that say it alone
("Crève !", "Verreck doch", "Stirb!", "Muérete, cabrón", "Geberesin", "gebersin", "ölmeni istiyorum", "Allah canını
alsın", "der soll verrecken"), and rotting or burning in hell ("pourris en enfer", "que te pudras en el infierno").
Not a wish denied ("j'espère que personne ne meurt", "hoffentlich stirbt er nicht"), a death of laughing or of envy
("morire dal ridere", "muérete de envidia", "je meurs de rire"), in peace, without pain or of old age (sympathy:
"j'espère qu'il meure en paix"), "crepi il lupo" (the answer to "in bocca al lupo"), "Stirb langsam" (a film), or a
curse's word that is another word too ("Crevé, je vais me coucher", "Morre o rei", "die Geber").

Left on purpose: words that normalising folds onto everyday ones. Turkish "ölsün" (let him die) reads "olsun" (so be
it), "ölür" "olur" (it happens), "öl" "ol" (be) and "ölüm" (death) "olum" (mate): only Turkish's unambiguous words
hold ("geberesin", "ölmeni istiyorum", "İnşallah bütün ailen ölür"). "Allah belanı versin" (God give you trouble)
and "Allah kahretsin" curse as "damn you" does, wishing no death. Infinitives and the speaker's own dying ("da
morire", "morro de rir", "ölürüm sana", "öldüm") are no wish. (English "rot in hell" is not held by
``incitement``; its translations are held here, as the editor asked.)

Neither holds what the comment quotes to report or condemn: a verb of saying or writing shortly before ("Der Täter
drohte: ...", "ceux qui écrivent « il faut les pendre »") or just after ("Wer 'hängt sie auf' schreibt, gehört
angezeigt", "'gebersin' diye bağırdı"), unless the speaker says it of themself ("je dis qu'il faut les pendre").

Each token costs a set lookup; only a verb, an opener's "que" and the like look at their neighbours. Reads the
normalised tokens, and its words are written as normalising writes them: lower case, accents folded
("Bürgermeister" is "burgermeister", "crève" "creve"), "ß" and the Turkish "ı" kept (Turkish words are listed as
written on a Turkish keyboard and as typed on another: "lazım" and "lazim"), apostrophes and hyphens splitting words
("qu'il" is "qu il", "fusillez-les" "fusillez les", "matá-los" "mata los"); Arabic hamza folded ("أتمنى" is
"اتمنى").
"""

from __future__ import annotations

from collections.abc import Sequence

from .dehumanising_abroad import _GROUPS, _words
from .incitement import _SENTENCE_ENDS as _ENDS


def _tr(text: str) -> frozenset[str]:
    """Turkish words as a Turkish keyboard writes them and as they are typed without "ı"."""
    words = text.split()
    return frozenset(words) | frozenset(w.replace("ı", "i") for w in words)


# People a call or a wish names: the groups that ``dehumanising_abroad`` reads, offices, and the words for people a
# call is made against. Only words for people: "the bill", "the wolf", "the flag" must not stand here.
_PEOPLE = (
    _GROUPS
    | _words(
        # French
        "maire ministre ministres president presidente depute deputes senateur senateurs juge juges journaliste "
        "journalistes flic flics policier policiers gendarmes politicien politiciens politicards elus prefet traitre "
        "traitres terroriste terroristes violeur violeurs pedophile pedophiles criminels delinquants islamistes "
        "gauchistes fachos connard connards salaud salauds salopard salopards enfoire enfoires gens mecs types "
        # Spanish
        "alcalde alcaldesa ministro ministra ministros diputado diputados senador senadores juez jueces periodista "
        "periodistas policia policias politico politicos traidor traidores terrorista terroristas violador violadores "
        "pedofilo pedofilos criminales delincuente delincuentes rojos fachas cabron cabrones gente invasores "
        # Italian
        "sindaco ministri deputato deputati senatore senatori giudice giudici giornalista giornalisti poliziotti "
        "politici traditore traditori terroristi stupratore stupratori pedofili criminali delinquenti bastardo "
        "bastardi "
        # Portuguese
        "prefeito juiz juizes jornalista jornalistas policiais traidores estuprador estupradores criminosos bandido "
        "bandidos vagabundos "
        # German
        "burgermeister burgermeisterin politiker politikerin minister ministerin kanzler kanzlerin prasident richter "
        "richterin journalist journalisten journalistin verrater volksverrater terroristen vergewaltiger kinderschander "
        "morder polizisten bullen abgeordnete abgeordneten nazis bonzen leute typen kerle "
        # (and as "Tod den ..." says them: "Tod den Verrätern")
        "verratern volksverratern politikern muslimen auslandern kinderschandern mordern "
        # Dutch
        "burgemeester premier politici politicus rechter verraders terroristen moslims joden vluchtelingen "
        "buitenlanders mensen "
        # Arabic
        "رييس الرييس الوزير القاضي الخونة الخاين"
    )
    # Turkish, in the cases a call names them in: "başkanını asmak", "hainler asılmalı"
    | _tr(
        "hain hainler haini hainleri terorist teroristler teroristi teroristleri baskan baskanı baskanını baskanlar "
        "baskanları bakan bakanı bakanları vekil vekiller vekili vekilleri hakim hakimi hakimleri savcı savcıyı "
        "gazeteci gazeteciler gazeteciyi gazetecileri siyasetciler siyasetcileri herif herifi adam adamı "
        "suriyelileri multecileri gocmenleri arapları kurtleri yahudileri afganları"
    )
)
# The people a wish is for, besides ``_PEOPLE``: pronouns, "toute ta famille", "deine ganze Familie", and the
# words that may stand among them ("qu'ils crèvent tous", "ojalá te mueras ya").
_WISHED = _PEOPLE | _words(
    # French
    "tu il elle ils elles vous te toi lui eux ta ton tes sa son ses votre vos leur leurs famille mere pere enfants "
    "gosses race toute tous toutes ce cet cette ces bien enfin vite "
    # Spanish
    "se tu el ella ellos ellas ustedes vosotros su sus familia madre padre hijos toda todo todos todas ese esa esos "
    "esas este esta estos estas ya pronto "
    # Italian
    "lui lei loro voi ti si tua tuo tuoi tue sua suo suoi famiglia madre padre figli tutta tutto tutti tutte quel "
    "quello quella quei quegli quelle presto "
    # Portuguese
    "voce voces ele ela eles elas teu tua teus tuas seu sua seus suas familia mae pai filhos toda todos logo "
    # German
    "du er sie ihr deine dein deinen ganze ganzen familie mutter vater kinder alle der die den diese dieser doch "
    "endlich bald schon "
    # Dutch
    "je jij hij zij ze jullie hem je jouw familie allemaal "
    # Arabic
    "عايلتك انت انتم"
)
# Words that must name a person before a wish counts in the languages that always say who ("qu'il crève", "er
# verreckt", "je doodgaat"): the pronouns, "ta famille", a name (an unlisted single word).
_SUBJECTS = _PEOPLE | _words(
    "tu il elle ils elles vous famille du er sie ihr familie je jij hij zij ze jullie"
)
# Words after which a noun follows in a call: "pendre le maire", "fusilar a los traidores", "den Bürgermeister".
_DETERMINERS = _words(
    "le la les l ce cet cette ces tous toutes un une mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs "
    "el los las a al todos todas esos esas estos estas ese esa este esta aquellos unos unas tu tus su sus "
    "il lo i gli ai agli alle tutti tutte quei quegli quelle questi queste questo questa quel quello quella "
    "o os as aos ao esse esses essas estes todo "
    "den die der dem diese diesen dieser solche alle "
    "de het deze "
    "bu su o butun tum"
)
# Denials that undo a call or a wish: "il ne faut pas les pendre", "ojalá nadie se muera", "man sollte sie nicht ...".
_NEGATIONS = _words(
    "ne n pas jamais personne aucun no nadie nunca jamas ni non nessuno mai nao ninguem nicht kein keine keinen "
    "keiner niemand nie niemals niet geen nooit لا لن ليس"
) | _words("degil")
# Verbs of saying and writing that report a call or a wish as someone else's. ("menace" and "cité" are left out:
# "c'est une menace", "la cité" report nothing.)
_REPORTING = _words(
    # German
    "sagte sagt sagen sagten schrieb schreibt schreiben geschrieben drohte droht drohten gedroht rief ruft riefen gerufen "
    "brullte brullten skandierte skandierten zitiert zitierte "
    # French
    "dit disait disent ecrit ecrivait ecrivent ecrire menacait crie criait criaient scandaient scandait "
    # Spanish
    "dijo dice dicen decia escribio escribe escriben escribir amenazo grito gritaba gritaban coreaban "
    # Italian
    "disse scrisse scritto scrive scrivono scrivere minacciato minacciava urlava urlavano gridava gridavano "
    # Portuguese
    "diz dizia escreveu escrevem escrever ameacou gritou gritava gritavam "
    # Dutch
    "zei zegt schreef schrijft dreigde riep "
    # Arabic
    "قال كتب هدد صرخ"
) | _tr("dedi demis diye diyen diyenler yazdı yazan yazanlar bagırdı")
# Saying words that report nothing: "detto questo", "cela dit", "autrement dit" (that said, in other words).
_SAID_THIS = _words("questo cio fatto")
_THIS_SAID = _words("cela ceci ca autrement")
# Who says it of themself: "je dis qu'il faut les pendre", "ich sage: man sollte sie aufhängen".
_SPEAKERS = _words("je j moi nous yo io eu ich wir ik ben")
_REPORT_BEFORE = 6
_REPORT_AFTER = 3


def reported(tokens: Sequence[str], start: int, end: int) -> bool:
    """Whether a verb of saying just before ``start`` or just after ``end`` reports the words as another's."""
    for r in range(start - 1, max(-1, start - 1 - _REPORT_BEFORE), -1):
        if tokens[r] == "dit" and r > 0 and tokens[r - 1] in _THIS_SAID:
            continue
        if tokens[r] in _REPORTING or (tokens[r] == "detto" and tokens[r + 1] not in _SAID_THIS):
            return not any(t in _SPEAKERS for t in tokens[max(0, r - 3) : r])
    return any(t in _REPORTING for t in tokens[end + 1 : end + 1 + _REPORT_AFTER])


def _question(tokens: Sequence[str], i: int) -> bool:
    """Whether the sentence that goes on from i ends in a question mark ("Faut-il les pendre ?")."""
    return next((t for t in tokens[i + 1 : i + 8] if t in _ENDS), None) == "?"


def _clause_start(tokens: Sequence[str], i: int, openers: frozenset[str] = frozenset()) -> bool:
    return i == 0 or tokens[i - 1] in _ENDS or tokens[i - 1] in openers


# --------------------------------------------------------------------------------------------
# Calls for violence


# The verbs of a call, by the grammar of a call in their language and by whom they may be done to:
#   "rom" (French, Spanish, Italian, Portuguese): the obligation and a French object pronoun before the verb, the
#       person named after it ("il faut les fusiller", "il faudrait pendre le maire", "hay que colgar al alcalde");
#   "ger" (German, Dutch): the obligation and the person before the verb, or the modal after it ("man sollte den
#       Bürgermeister aufhängen", "die man aufhängen sollte", "ze moeten de burgemeester ophangen");
#   "tr" (Turkish): the person before the verb, the obligation after it ("başkanını asmak lazım");
#   "ar" (Arabic): the obligation right before ("يجب شنق").
# and "people": said of people alone, a pronoun will do; "named": said of animals and things too, a person must be
# named; "them": the object is written into the word (Spanish and Italian: "fusilarlos", "impiccarli"); "them all":
# so written, and said of people only of all of them ("matarlos a todos", "ammazzarli tutti": "bisogna ammazzarle"
# are mosquitoes, "hay que colgarlo en YouTube" a video).
_ROM, _GER, _TR, _AR = "rom", "ger", "tr", "ar"


def _verbs(language: str, kind: str, text: str) -> dict[str, tuple[str, str]]:
    return dict.fromkeys(_tr(text) if language == _TR else _words(text), (language, kind))


_CALL_VERBS = {
    # to hang, shoot by firing squad, lynch, guillotine, bump off
    **_verbs(_ROM, "people", (
        "pendre fusiller lyncher guillotiner buter flinguer zigouiller "
        "fusilar ahorcar linchar "
        "impiccare fucilare linciare "
        "fuzilar enforcar"
    )),
    **_verbs(_ROM, "named", "tuer abattre egorger massacrer matar colgar quemar degollar asesinar ammazzare uccidere esfaquear"),
    **_verbs(_ROM, "them", (
        "fusilarlo fusilarla fusilarlos fusilarlas ahorcarlo ahorcarla ahorcarlos ahorcarlas lincharlo lincharlos "
        "impiccarlo impiccarla impiccarli impiccarle fucilarlo fucilarla fucilarli fucilarle linciarlo linciarli"
    )),
    **_verbs(_ROM, "them all", "matarlos matarlas colgarlos quemarlos ammazzarli ucciderli bruciarli"),
    **_verbs(_GER, "people", (
        "erschiessen erschießen aufknupfen henken lynchen steinigen abknallen erwurgen abschlachten totschlagen "
        "kaltmachen vergasen doodschieten"
    )),
    **_verbs(_GER, "named", "aufhangen hangen toten umbringen ophangen"),
    **_verbs(_TR, "people", "gebertmek"),
    **_verbs(_TR, "named", "asmak oldurmek vurmak"),
    **_verbs(_AR, "people", "شنق شنقه شنقهم شنقها قتله قتلهم"),
}
# Passive calls: the participle after "être", "ser", "essere" or "werden" and an obligation ("devraient être
# fusillés", "sollten alle erschossen werden"), after "gehört", "andrebbero", "vanno" ("der gehört aufgehängt",
# "andrebbero fucilati"), or a Turkish passive of obligation, which says "should be ..." in one word ("asılmalı").
_DONE_VERBS = {
    **_verbs(_ROM, "people", (
        "pendu pendus pendue pendues fusille fusilles fusillee fusillees lynche lynches guillotine guillotines "
        "fusilado fusilados fusilada fusiladas ahorcado ahorcados ahorcada linchado linchados "
        "impiccato impiccati impiccata impiccate fucilato fucilati fucilata fucilate linciato linciati "
        "fuzilado fuzilados fuzilada enforcado enforcados enforcada linchada"
    )),
    **_verbs(_GER, "people", "erschossen gehenkt gelyncht gesteinigt abgeknallt erschlagen totgeschlagen vergast aufgeknupft doodgeschoten"),
    **_verbs(_GER, "named", "aufgehangt gehangt erhangt getotet umgebracht opgehangen"),
    **_verbs(_TR, "people", "dizilmeli dizilsin gebertilmeli"),
    **_verbs(_TR, "named", "asılmalı asılsın vurulmalı vurulsun oldurulmeli oldurulsun"),
}
# Orders with the object said after or written in: "Fusillez-les !", "¡Fusiladlos!", "Impiccateli", "Hängt sie alle
# auf!", "Bringt ihn um". An order needs no obligation; it must open its sentence ("Das bringt ihn um" is a figure).
_ORDERS = _words("fusillez pendez lynchez butez flinguez hangt knupft knallt bringt erschiesst erschießt")
_ORDER_PARTICLES = {"hangt": "auf", "knupft": "auf", "knallt": "ab", "bringt": "um"}
_ORDER_OBJECTS = _words("les le la l sie ihn die euch")
_ORDERS_WRITTEN = _words(
    "fusiladlos fusilenlos fusiladlas ahorcadlos ahorquenlos linchadlos linchenlos impiccateli impiccatelo "
    "fucilateli fucilatelo linciateli"
)
# What makes an infinitive a call, said before it: "il faut", "bisogna", "man sollte", "يجب". ("musste" is not
# here: "müsste" folds onto it, and "had to" reports: "man musste ihn erschießen".)
_OBLIGATIONS = _words(
    "faut faudrait faudra devrait devraient devrions doit doivent "
    "deberian deberia deberiamos debemos deben "
    "bisogna bisognerebbe dovrebbero dovrebbe dovremmo devono "
    "deviam deveriam deveria devia precisa "
    "sollte sollten soll sollen muss mussen "
    "moet moeten "
    "يجب ويجب لازم"
)
# ... or in two words: "hay que", "tem que", "tem de".
_OBLIGATION_PAIRS = {
    "que": _words("hay habria habra tienen tenemos tendriamos tem temos tinha tinham teria teriam"),
    "de": _words("tem temos"),
}
# German modals call on someone: "man sollte", "wir sollten", "jemand muss"; "er sollte ihn erschießen" may tell
# what a soldier was to do in 1945.
_GER_CALLERS = _words("man wir jemand einer")
# Before a passive participle: "devraient être fusillés", "merecen ser fusilados", "gehört erschossen".
_PASSIVE_OBLIGATIONS = _OBLIGATIONS | _words(
    "merite meritent meriterait meriteraient merece merecen mereceria merecerian meritano merita meriterebbero "
    "merecem mereceriam gehort gehoren verdient verdienen andrebbero andrebbe vanno va"
)
_TO_BE = _words("etre d ser essere di sido")
_BE_DONE = _words("werden worden")
# Italian "andrebbero fucilati", "vanno impiccati", German "gehört erschossen": a passive with no "to be".
_BARE_PASSIVES = _words("andrebbero andrebbe vanno va gehort gehoren")
# Turkish obligations, after the verb: "asmak lazım", "öldürmek gerek".
_TR_OBLIGATIONS = _tr("lazım gerek gerekir gerekiyor sart")
# French object pronouns before the verb: "il faut les fusiller", "il faut tous les pendre".
_CLITICS = _words("le la les l lui leur")
# Pronouns a German or Dutch call names people by: "man sollte ihn erschießen", "die sollte man alle aufhängen".
_GER_OBJECTS = _words("ihn sie euch dich die der den hem ze hen jullie")
# Where a German or Dutch "aufhängen" hangs a thing: "an die Wand", "überall", "draußen".
_PLACES = _words("an auf am im in ins uber neben vor draussen draußen uberall hier dort da aan op")
# Turkish pronouns a call names people by ("onları öldürmek lazım"; not "bunları", these things), with "kill"
# only: "onu asmak lazım" may be a flag, "onu vurmak lazım" a ball.
_TR_OBJECTS = _tr("onu onları seni sizi hepsini")
_KILL = _words("oldurmek")
# Portuguese writes the object after a hyphen, and the verb's accent folds away: "matá-los" is "mata los".
_PT_ENCLITIC_VERBS = _words("mata fuzila enforca lincha")
_PT_ENCLITICS = _words("lo la los las")
# "... a todos", "... tutti", "... tous": a pronoun said of all of them is people ("il faut tous les tuer").
_ALL_OF_THEM = _words("tous toutes todos todas tutti tutte alle hepsini allemaal")
_ROM_SPAN = 4
_GER_SPAN = 7
_OF = _words("de du des del di do da")


def _named_after(tokens: Sequence[str], j: int) -> int | None:
    """Where the words from j name people ("le maire", "al alcalde", "ces sales traîtres", "a todos"): determiners,
    at most one other word, then a word for people; the index of that word, or None. "le linge du maire" names
    laundry."""
    n = len(tokens)
    if tokens[j : j + 1] == ["a"] and tokens[j + 1 : j + 2] in (["todos"], ["todas"]):
        return j + 1  # Spanish marks people as the object: "matar a todos"
    while j < n and tokens[j] in _DETERMINERS and tokens[j] not in _PEOPLE:
        j += 1
    if j < n and tokens[j] in _PEOPLE:
        return j
    if j + 1 < n and tokens[j + 1] in _PEOPLE and tokens[j] not in _OF and tokens[j] not in _ENDS:
        return j + 1
    return None


def _obligation_before(tokens: Sequence[str], i: int, span: int) -> int | None:
    """The index of the first word of an obligation in the ``span`` words before i, in the same sentence and not
    denied ("il ne faut pas", "no hay que", "man sollte sie nicht"), or None."""
    for k in range(i - 1, max(-1, i - 1 - span), -1):
        t = tokens[k]
        if t in _ENDS or t in _NEGATIONS:
            return None
        if t in _OBLIGATIONS:
            start = k
        elif t in _OBLIGATION_PAIRS and k > 0 and tokens[k - 1] in _OBLIGATION_PAIRS[t]:
            start = k - 1
        else:
            continue
        return None if any(w in _NEGATIONS for w in tokens[max(0, start - 2) : start]) else start
    return None


def _all_of_them_after(tokens: Sequence[str], i: int) -> int | None:
    k = i + 1 + (tokens[i + 1 : i + 2] == ["a"])
    return k if tokens[k : k + 1] and tokens[k] in _ALL_OF_THEM else None


# Where things are hung, and "pendu au téléphone" (on the phone all day): "il faut les pendre au mur".
_HUNG_ON = _words("mur murs telephone levres plafond cintre cintres crochet porte fenetre balcon")
_HUNG = _words("pendre pendu pendus pendue pendues")


def _hung_up(tokens: Sequence[str], i: int) -> bool:
    return tokens[i] in _HUNG and any(t in _HUNG_ON for t in tokens[i + 1 : i + 4])


def _romance_call(tokens: Sequence[str], i: int, kind: str) -> tuple[int, int] | None:
    start = _obligation_before(tokens, i, _ROM_SPAN)
    if start is None or _hung_up(tokens, i):
        return None
    if kind == "them":
        return start, i
    if kind == "them all":
        end = _all_of_them_after(tokens, i)
        return (start, end) if end is not None else None
    if tokens[i - 1] in _CLITICS:
        if kind == "people":
            return start, i
        if any(t in _ALL_OF_THEM for t in tokens[start:i]):
            return start, i
        end = _all_of_them_after(tokens, i)
        return (start, end) if end is not None else None
    end = _named_after(tokens, i + 1)
    return (start, end) if end is not None else None


def _portuguese_call(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """ "tem que fuzilá-los", "tem que matá-los todos": the verb and its object, split at the hyphen."""
    if not (tokens[i + 1 : i + 2] and tokens[i + 1] in _PT_ENCLITICS):
        return None
    start = _obligation_before(tokens, i, _ROM_SPAN)
    if start is None:
        return None
    if tokens[i] == "mata":  # also "kills"; of people only of them all
        return (start, i + 2) if tokens[i + 2 : i + 3] == ["todos"] else None
    return start, i + 1


def _german_call(tokens: Sequence[str], i: int, kind: str) -> tuple[int, int] | None:
    if tokens[i] == "toten" and tokens[i - 1 : i] in (["den"], ["der"], ["die"]):
        return None  # "den Toten gedenken": the dead
    start, end = _obligation_before(tokens, i, _GER_SPAN), i
    if start is None and tokens[i + 1 : i + 2] and tokens[i + 1] in _OBLIGATIONS:  # "die man aufhängen sollte"
        start, end = next((k for k in range(max(0, i - _GER_SPAN), i) if tokens[k] in _GER_CALLERS), None), i + 1
    if start is None or any(t in _NEGATIONS for t in tokens[start:i]):
        return None
    dutch = tokens[start] in ("moet", "moeten")
    clause = tokens[max(0, start - 3) : i]
    if not dutch and not any(t in _GER_CALLERS for t in clause):
        return None
    if tokens[i] == "hangen" and tokens[i + 1 : i + 2] in (["lassen"], ["gelassen"]):
        return None  # "jemanden hängen lassen": to let them down
    named = any(t in _PEOPLE for t in clause)
    # (Dutch says "hem" of things too: "je moet hem ophangen" is a coat.)
    pronoun = any(t in _GER_OBJECTS for t in clause) and tokens[i] != "ophangen"
    if not named and not (pronoun and (kind == "people" or not any(t in _PLACES for t in tokens[start:i]))):
        return None
    first = next(k for k in range(max(0, start - 3), i) if tokens[k] in _PEOPLE or tokens[k] in _GER_OBJECTS or k == start)
    return first, end


def _turkish_call(tokens: Sequence[str], i: int, kind: str) -> tuple[int, int] | None:
    if not (tokens[i + 1 : i + 2] and tokens[i + 1] in _TR_OBLIGATIONS) or tokens[i + 2 : i + 3] in (["degil"], ["yok"]):
        return None
    before = range(max(0, i - 2), i)
    named = next((k for k in before if tokens[k] in _PEOPLE), None)
    pronoun = next((k for k in before if tokens[k] in _TR_OBJECTS), None)
    if named is None and (pronoun is None or tokens[i] not in _KILL) and kind != "people":
        return None  # "onu asmak lazım", "onu vurmak lazım": a flag, a ball
    return min(k for k in (named, pronoun, i) if k is not None), i + 1


def _firing_squad(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """ "kurşuna dizmek lazım", "kurşuna dizilmeli": to put before a firing squad, said of people alone."""
    nxt = tokens[i + 1 : i + 2]
    if nxt == ["dizmek"] and tokens[i + 2 : i + 3] and tokens[i + 2] in _TR_OBLIGATIONS:
        return i, i + 2
    if nxt and nxt[0] in _tr("dizilmeli dizilsin dizilmeliler") and tokens[i + 2 : i + 3] not in (["degil"],):
        return i, i + 1
    return None


def _turkish_passive(tokens: Sequence[str], i: int, kind: str) -> tuple[int, int] | None:
    """ "bu hainler asılmalı", "vurulmalı": the passive of obligation, said of people named ("bayrak asılmalı" is a
    flag)."""
    if tokens[i + 1 : i + 2] == ["degil"]:
        return None
    named = next((k for k in range(max(0, i - 3), i) if tokens[k] in _PEOPLE), None)
    if named is None and kind == "named":
        return None
    return (i if named is None else named), i


def _passive_call(tokens: Sequence[str], i: int, language: str, kind: str) -> tuple[int, int] | None:
    """ "devraient être fusillés", "der gehört aufgehängt", "sollten alle erschossen werden", "vanno impiccati"."""
    if language == _TR:
        return _turkish_passive(tokens, i, kind)
    for k in range(i - 1, max(-1, i - 5), -1):
        t = tokens[k]
        if t in _ENDS or t in _NEGATIONS:
            return None
        if t not in _PASSIVE_OBLIGATIONS:
            continue
        if any(w in _NEGATIONS for w in tokens[max(0, k - 2) : k]):
            return None
        # "sollte erschossen werden", "gehört erschossen"; not "soll ihn erschossen haben" (is said to have shot him),
        # nor "il doit avoir tué" (must have)
        done = t in _BARE_PASSIVES or (
            tokens[i + 1 : i + 2] and tokens[i + 1] in _BE_DONE if language == _GER else any(w in _TO_BE for w in tokens[k + 1 : i])
        )
        if not done:
            return None
        if k > 1 and tokens[k - 2] in _DETERMINERS and tokens[k - 1] not in _PEOPLE and tokens[k - 1] not in _DETERMINERS:
            return None  # "der Wolf gehört erschossen": not people
        if _hung_up(tokens, i):
            return None
        subject = range(max(0, k - 3), k)
        named = next((m for m in subject if tokens[m] in _PEOPLE or tokens[m] in ("der", "die")), None)
        if named is None and (kind == "named" or t == "va"):  # "va" (goes): "va fucilato" only of someone named
            return None
        return (k if named is None else named), i + (tokens[i + 1 : i + 2] in (["werden"], ["worden"]))
    return None


def _order(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """ "Fusillez-les !", "Hängt sie alle auf!", "Bringt ihn um!", at the start of a sentence."""
    if not _clause_start(tokens, i) or not (tokens[i + 1 : i + 2] and tokens[i + 1] in _ORDER_OBJECTS):
        return None
    k = i + 2 + (tokens[i + 2 : i + 3] in (["alle"], ["tous"]))
    particle = _ORDER_PARTICLES.get(tokens[i])
    if particle is None:
        return i, k - 1
    if tokens[k : k + 1] == [particle] and (k + 1 == len(tokens) or tokens[k + 1] in _ENDS or tokens[k + 1] == "und"):
        return i, k  # the order ends there: not "bringt sie um den Schlaf", "bringt sie um acht nach Hause"
    return None


def _arabic_call(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """ "يجب شنق رئيس البلدية" (the mayor must be hanged), "يجب شنقهم"."""
    if i == 0 or tokens[i - 1] not in _OBLIGATIONS or (i > 1 and tokens[i - 2] in _NEGATIONS):
        return None
    return i - 1, i + (i + 1 < len(tokens) and tokens[i + 1] in _PEOPLE)


# "Death to ...": "Tod den Verrätern", "mort aux traîtres", "muerte a los traidores", "morte ai traditori". Only
# before people: "Tod der Demokratie?" mourns, "mort aux rats" is a poison.
_DEATH_TO = {
    "tod": _words("den allen"),
    "mort": _words("aux au a"),
    "muerte": _words("a al los las"),
    "morte": _words("a ai agli al alla aos ao"),
}


def _death_to(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    k = i + 1
    while k < len(tokens) and k <= i + 2 and tokens[k] in _DEATH_TO[tokens[i]]:
        k += 1
    if k == i + 1:
        return None
    end = next((m for m in range(k, min(k + 2, len(tokens))) if tokens[m] in _PEOPLE), None)
    return (i, end) if end is not None else None


def _call_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a call for violence that the word at i makes, or None."""
    word = tokens[i]
    found = _CALL_VERBS.get(word)
    if found is not None:
        language, kind = found
        if language == _ROM:
            return _romance_call(tokens, i, kind)
        if language == _GER:
            return _german_call(tokens, i, kind)
        if language == _TR:
            return _turkish_call(tokens, i, kind)
        return _arabic_call(tokens, i)
    found = _DONE_VERBS.get(word)
    if found is not None:
        return _passive_call(tokens, i, *found)
    if word in _ORDERS:
        return _order(tokens, i)
    if word in _ORDERS_WRITTEN:
        return i, i
    if word in _DEATH_TO:
        return _death_to(tokens, i)
    if word in _PT_ENCLITIC_VERBS:
        return _portuguese_call(tokens, i)
    if word == "kursuna":
        return _firing_squad(tokens, i)
    return None


_CALL_WORDS = frozenset(_CALL_VERBS) | frozenset(_DONE_VERBS) | _ORDERS | _ORDERS_WRITTEN | frozenset(_DEATH_TO) | _PT_ENCLITIC_VERBS | {"kursuna"}


def violent_call_abroad(tokens: Sequence[str]) -> str | None:
    """The words of the first call for violence against people in one of these languages that the comment does not
    quote to report, nor asks as a question, or None."""
    for i, word in enumerate(tokens):
        if word not in _CALL_WORDS:
            continue
        span = _call_at(tokens, i)
        if span is not None and not _question(tokens, span[1]) and not reported(tokens, *span):
            return " ".join(tokens[span[0] : span[1] + 1])
    return None


# --------------------------------------------------------------------------------------------
# Death wishes


# Verbs of dying in a wish's mood (the subjunctive; German's and Dutch's present), by whether the language always
# says who dies ("fr", "de", "nl": "qu'il crève", "hoffentlich verreckt er") or may leave it unsaid ("pro": "spero
# che muoia", "ojalá se muera").
_DYING = {
    **dict.fromkeys(_words("creve creves crevent meure meures meurent"), "fr"),
    **dict.fromkeys(_words("verreckt verreckst verrecken krepiert krepierst krepieren stirbt stirbst abkratzt abkratzen"), "de"),
    **dict.fromkeys(_words("doodgaat doodgaan sterft crepeert creperen dood"), "nl"),
    **dict.fromkeys(_words(
        "muera mueras mueran muerais revientes "
        "muoia muoiano muori crepi crepino schiatti schiattino "
        "morra morras morram "
        "تموت يموت تموتوا يموتوا تموتون يموتون"
    ), "pro"),
}
_SAYS_WHO = frozenset({"fr", "de", "nl"})
# The words that open a wish: "hoffentlich", "ojalá", "tomara", "hopelijk" alone ...
_OPENERS = _words("ojala tomara oxala hoffentlich hopelijk")
# ... and "que", "che", "dass", "dat", "أن" after a verb of hoping or wanting: "j'espère que", "spero che", "ich
# hoffe, dass", "ik hoop dat", "أتمنى أن", "إن شاء الله"; German also without "dass" ("ich hoffe, er verreckt").
_OPENED_BY = {
    "que": _words("espere souhaite pourvu vivement aimerais veux espero esperemos ojala deseo quiero tomara oxala queira quero"),
    "qu": _words("espere souhaite pourvu vivement aimerais veux"),
    "che": _words("spero speriamo auguro voglio"),
    "dass": _words("hoffe wunsche"),
    "dat": _words("hoop hopen wens"),
    "ان": _words("اتمنى نتمنى"),
    "الله": _words("شاء"),
    "hoffe": _words("ich"),
}
# Words that may come before a "que", "qu" or "che" that opens a sentence and wishes ("Franchement, qu'il crève").
_INTERJECTIONS = _words("et alors bah ben franchement perso pues bueno e beh allora")
# Right after the dying, what makes it no wish of death: of laughing or of envy ("de rire", "dal ridere", "vor
# Lachen", "de envidia").
_DEATH_OF = _words("de d di da dal dalla dai vor van")
# Soon after, sympathy: in peace, without pain, of old age ("qu'il meure en paix", "che muoia senza soffrire"); in
# jail is justice ("que se pudra en la cárcel").
_SYMPATHY = _words(
    "paix pace paz frieden friedlich vrede sereinement serenamente tranquillamente tranquilamente dignement souffrir "
    "soffrire sufrir sofrer schmerzen leiden douleur dolore dolor vieux viejo vecchio velho carcel prision"
)
_WISH_SPAN = 5
_HOPED = _words("que qu che dass dat ان hoffe gaat gaan ga")


def _opener_before(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(first word, word after the last) of a wish's opener in the few words before i, or None."""
    for k in range(i - 1, max(-1, i - 1 - _WISH_SPAN), -1):
        t = tokens[k]
        if t in _ENDS:
            return None
        if t in _OPENERS:
            return k, k + 1 + (tokens[k + 1 : k + 2] in (["que"], ["dat"]))
        before = _OPENED_BY.get(t)
        if before is None:
            continue
        if k > 0 and tokens[k - 1] in before:
            first = k - 1 - (t == "الله" and k > 1 and tokens[k - 2] == "ان")
            return first, k + 1 + (t == "hoffe" and tokens[k + 1 : k + 2] == ["dass"])
        if t in ("que", "qu", "che") and _clause_start(tokens, k, _INTERJECTIONS):
            return k, k + 1
        if t == "dass" and k > 1 and tokens[k - 2] == "hoffe":  # "ich hoffe sehr, dass"
            return k - 2, k + 1
    return None


def _wish_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a wish that someone die, made by the verb of dying at i, or None."""
    if tokens[i] == "dood" and not any(t in ("gaat", "gaan", "ga") for t in tokens[max(0, i - 3) : i]):
        return None  # "hopelijk gaat hij dood"; "dood" alone is "dead"
    opener = _opener_before(tokens, i)
    if opener is None:
        return None
    start, opened = opener
    after = tokens[i + 1 : i + 5]
    if any(t in _NEGATIONS for t in tokens[max(0, start - 3) : i]) or any(t in _NEGATIONS for t in after[:2]):
        return None  # "je n'espère pas qu'il meure", "ojalá nadie se muera", "hoffentlich stirbt er nicht"
    if (after and after[0] in _DEATH_OF) or any(t in _SYMPATHY for t in after):
        return None
    if tokens[i] in ("crepi", "crepino") and "lupo" in tokens[max(0, i - 6) : i + 4]:
        return None  # "crepi il lupo", the answer to "in bocca al lupo"
    between = [t for t in tokens[opened:i] if t not in _HOPED]
    if len(between) > 1 and not all(t in _WISHED for t in between):
        return None  # "que la bulle crève", "hoffentlich stirbt diese Idee"
    if len(between) == 1 and between[0] in _DETERMINERS and between[0] not in _SUBJECTS:
        return None  # "que le crève": a word missing
    said = len(between) == 1 or any(t in _SUBJECTS for t in between)  # a pronoun, "ta famille", a name alone
    subject_after = next((k for k in range(i + 1, min(i + 4, len(tokens))) if tokens[k] in _SUBJECTS or tokens[k] in _ALL_OF_THEM), None)
    if subject_after is not None and any(t in _ENDS for t in tokens[i + 1 : subject_after]):
        subject_after = None
    if not said and _DYING[tokens[i]] in _SAYS_WHO and subject_after is None:
        return None  # "hoffentlich stirbt die Demokratie"
    if not said and after and after[0] in _DETERMINERS and subject_after is None:
        return None  # "spero che muoia il progetto"
    end = subject_after if subject_after is not None and (not said or subject_after == i + 1) else i
    if tokens[end + 1 : end + 2] and tokens[end + 1] in _ALL_OF_THEM:
        end += 1  # "que se mueran todos"
    return start, end


# Curses that wish death alone, opening a sentence and ending it or going on to call names: "Crève !", "Crève, sale
# con", "Verreck doch", "Stirb!", "Muérete, cabrón", "Crepa!", "Morre, desgraçado". Several are other words too:
# "Crevé" (worn out), "Morre o rei" (the king dies), "Crepa nel muro" (a crack), "Stirb langsam" (a film), "crève la
# faim", "muérete de envidia".
_CURSES = _words("creve crevez verreck verrecke krepier stirb muerete mueranse muerase crepa schiatta muori morre sterf")
_AFTER_CURSE = _words(
    "sale salope connard connasse ordure enfoire batard charogne toi vous donc doch endlich du ihr mistkerl arschloch "
    "hurensohn drecksau ya cabron cabrona hijo desgracado desgracada filho logo bastardo stronzo idiota tu jij klootzak "
    "lan ulan git"
)
_CURSE_OPENERS = _words("toi vous et alors mais du ihr und doch tu pues y e jij")
# Turkish curses that say it wherever they stand: "may you croak", "let them croak", "croak!", "I want you to croak".
_TR_CURSES = _tr("geberesin geberesiniz gebersin gebersinler gebersiniz gebermeni gebermesini gebermelerini")
# Turkish orders to croak, which German writes as donors ("die Geber", "die Geberin"): only as a curse of their own.
_TR_ORDERS = _words("geber geberin")
# "Ölmeni istiyorum" (I want you to die): "ölmeni" folds to "olmeni", which no other word is; "... istemiyorum" (I
# don't want) says otherwise in its last word.
_TR_DYING = _tr("olmeni olmesini olmelerini")
_TR_WANT = _tr("istiyorum isterim istiyoruz diliyorum dilerim diliyoruz umuyorum")
_TR_OPENERS = _tr("insallah umarım")
_TR_ALL = _words("butun tum")
# Rotting or burning in hell, in each language's words: "pourris en enfer", "que te pudras en el infierno", "schmor
# in der Hölle", "rot in de hel" (not German "rot", red).
_HELLS = {
    "enfer": (_words("en"), _words("pourris pourrisse pourrissent brule brules brulent")),
    "infierno": (_words("el en"), _words("pudrete pudras pudra pudran arde ardas")),
    "inferno": (_words("all nell no"), _words("marcisci marcisca marciscano bruci brucia apodreca apodrecam queime queimem arda")),
    "holle": (_words("der in"), _words("schmor schmore verrotte verrotten brenn brenne")),
    "hel": (_words("de in"), _words("rot brand")),
}
_MAY = _words("soll sollst sollen sollt")


def _curse_at(tokens: Sequence[str], i: int) -> tuple[int, int] | None:
    """(start, end) of a curse that wishes death, at the word at i, or None."""
    word = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    if word in _TR_CURSES:
        return i, i
    if word in _TR_DYING:
        return (i, i + 1) if nxt in _TR_WANT else None
    if word == "olur":  # "İnşallah bütün ailen ölür": "ölür" is "olur" (it happens), but not after "bütün ailen"
        return (i - 3, i) if i > 2 and tokens[i - 1] == "ailen" and tokens[i - 2] in _TR_ALL and tokens[i - 3] in _TR_OPENERS else None
    if word in ("canını", "canini"):  # "Allah canını alsın" (may God take your life)
        return (i - 1, i + 1) if tokens[i - 1 : i] == ["allah"] and nxt in ("alsın", "alsin") else None
    if word in _HELLS:
        into, rotting = _HELLS[word]
        k = i - 1
        while k >= max(0, i - 2) and tokens[k] in into:
            k -= 1
        if k < i - 1 and k >= 0 and tokens[k] in rotting and not any(t in _NEGATIONS for t in tokens[max(0, k - 3) : k]):
            return k, i
        return None
    if word in _CURSES or word in _TR_ORDERS:
        if _clause_start(tokens, i, _CURSE_OPENERS) and (nxt in _AFTER_CURSE or nxt in _ENDS or not nxt):
            return i, i
        return None
    if word in ("crever", "mourir"):  # "Va crever !", not "va mourir de rire"
        if i > 0 and tokens[i - 1] in ("va", "allez") and _clause_start(tokens, i - 1, _CURSE_OPENERS) and nxt not in _DEATH_OF:
            return i - 1, i
        return None
    # "der soll verrecken", "sollen sie doch alle verrecken"
    k = next((k for k in range(i - 1, max(-1, i - 5), -1) if tokens[k] in _MAY), None)
    if k is None or any(t in _NEGATIONS or t in _ENDS for t in tokens[max(0, k - 2) : i]):
        return None
    return max(0, k - 1), i


_CURSE_WORDS = (
    _CURSES | _TR_CURSES | _TR_ORDERS | _TR_DYING | frozenset(_HELLS)
    | {"olur", "canını", "canini", "crever", "mourir", "verrecken", "krepieren", "abkratzen"}
)


def death_wish_abroad(tokens: Sequence[str]) -> str | None:
    """The words of the first wish that a person or people die in one of these languages that the comment does not
    quote to report, or None."""
    for i, word in enumerate(tokens):
        if word not in _DYING and word not in _CURSE_WORDS:
            continue
        span = _wish_at(tokens, i) if word in _DYING else None
        if span is None and word in _CURSE_WORDS:
            span = _curse_at(tokens, i)
        if span is not None and not reported(tokens, *span):
            return " ".join(tokens[span[0] : span[1] + 1])
    return None

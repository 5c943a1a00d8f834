"""Rules a moderator understands: WordPress's discussion settings plus Antispam Bee's checks.

Each rule is a small scorer; its limits and lists come from RulesConfig, never from code.
A missing optional signal (no email, no form token) is no evidence either way.
"""

from __future__ import annotations

import re
import unicodedata

from ..text.lazy import lazy_compile
from ..text.links import find_links, has_bbcode_link
from ..text.normalize import address_spelled_out, emails_in, letters_joined
from ..text.sources import is_source
from .base import CommentInput, Effect, Finding, Reason
from .rules_config import RulesConfig


class LinkCountRule:
    name = "links"

    def __init__(self, config: RulesConfig) -> None:
        self.limit = config.max_links

    def score(self, comment: CommentInput) -> list[Finding]:
        findings = []
        if "[" in comment.content and has_bbcode_link(comment.content):
            findings.append(
                Finding(self.name, Effect.SPAM, Reason("bbcode_link", "BBCode [url] links come only from bots"))
            )
        count = len(find_links(comment.content))
        if self.limit and count >= self.limit:
            findings.append(
                Finding(
                    self.name,
                    Effect.HOLD,
                    Reason("too_many_links", f"{count} links; this site holds a comment with {self.limit} or more"),
                )
            )
        return findings


# Spintax: "{Hi|Hello|Hey there}! {I just|I simply} wanted to say...". A spam tool writes one choice of
# each brace; a bot that sends the template unspun has given itself away. Two groups: one "{a|b}" may be
# a formula or code a reader quotes (none of 8,600 training comments has even one).
_SPINTAX = lazy_compile(r"\{[^{}|\n]{1,40}(?:\|[^{}|\n]{0,40})+\}")


class SpintaxRule:
    name = "spintax"

    def score(self, comment: CommentInput) -> list[Finding]:
        text = comment.content
        if "|" not in text or "{" not in text:
            return []
        groups = []
        for m in _SPINTAX.finditer(text):
            groups.append(m.group(0))
            if len(groups) == 2:
                shown = '", "'.join(g[:40] for g in groups)
                why = f'an unspun spam template ("{shown}"): a bot sent the choices it was to pick from'
                return [Finding(self.name, Effect.SPAM, Reason("spintax", why))]
        return []


# Fields whose matched key a reason does not quote: reasons are kept with the comment, mailed to moderators and
# left by erasure, where the email, website, address and user agent go after PersonalDataRetentionDays.
_PERSONAL_FIELDS = frozenset({"email", "url", "IP address", "user agent"})


def _matching_key(keys: tuple[str, ...], comment: CommentInput) -> tuple[str, str] | None:
    """WordPress matches each key case-insensitively inside words of every field."""
    fields = {
        "author": comment.author_name,
        "email": comment.author_email,
        "url": comment.author_url,
        "content": comment.content,
        "IP address": comment.client_ip,
        "user agent": comment.user_agent,
    }
    lowered = {name: value.lower() for name, value in fields.items() if value}
    for key in keys:
        needle = key.strip().lower()
        if not needle:
            continue
        for name, value in lowered.items():
            if needle in value:
                return key.strip(), name
    return None


class WordListRule:
    """A WordPress key list: ``keys`` as deployed, and the moderators' list of the same ``name``
    (``word_lists.LISTS``) that the comment's input carries."""

    def __init__(self, name: str, keys: tuple[str, ...], effect: Effect, code: str) -> None:
        self.name, self.keys, self.effect, self.code = name, keys, effect, code

    def score(self, comment: CommentInput) -> list[Finding]:
        # The deployed list (``self.keys``) and the one moderators keep under the same name.
        keys = self.keys + getattr(comment.word_lists, self.name)
        if not keys:
            return []
        match = _matching_key(keys, comment)
        if match is None:
            return []
        key, where = match
        if where in _PERSONAL_FIELDS:  # the key is the reader's address or email: reasons outlive personal data
            return [Finding(self.name, self.effect, Reason(self.code, f"a listed key found in the {where}"))]
        return [Finding(self.name, self.effect, Reason(self.code, f'"{key}" found in the {where}'))]


class HoneypotRule:
    name = "honeypot"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.honeypot and comment.honeypot.strip():
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason("honeypot", "the hidden form field that people never see was filled in"),
                )
            ]
        return []


class FormTimeRule:
    name = "form_time"

    def __init__(self, config: RulesConfig) -> None:
        self.config = config

    def score(self, comment: CommentInput) -> list[Finding]:
        key = self.config.form_key
        if not comment.form_token and self.config.require_form_token:
            why = "sent without the form's token: not through this site's comment form (RequireFormToken)"
            return [Finding(self.name, Effect.SPAM, Reason("form_token_missing", why))]
        if not comment.form_token or key is None or comment.submitted_at is None:
            return []
        from .. import formtoken  # imported on first use: most comments carry no form token

        try:
            token = formtoken.verify(key, comment.form_token)
        except formtoken.InvalidToken:
            return [Finding(self.name, Effect.SPAM, Reason("form_token_forged", "the form token is not ours"))]
        if comment.post_id and token.post_id != comment.post_id:
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason("form_token_reused", "the form token was issued for another article"),
                )
            ]
        if comment.form_token_reused:
            why = "the form token came before with another author's comment from another address: one form replayed"
            return [Finding(self.name, Effect.SPAM, Reason("form_token_reused", why))]
        elapsed = comment.submitted_at - token.issued_at
        if elapsed < self.config.min_form_seconds:
            return [
                Finding(
                    self.name,
                    Effect.SPAM,
                    Reason(
                        "form_too_fast",
                        f"form sent {max(elapsed, 0):.1f} s after it was shown, minimum {self.config.min_form_seconds:g} s",
                    ),
                )
            ]
        if elapsed > self.config.form_token_max_age:
            # A page left open for a week is not a bot; say so, decide nothing.
            return [Finding(self.name, Effect.NOTE, Reason("form_token_old", f"form shown {elapsed / 3600:.0f} h ago"))]
        return []


# Scams that take the reader off the site: "message Mr. James on Telegram @fx_trader", "WhatsApp
# +44 7700 900123", a t.me or wa.me link, "contact him: drokorospelltemple@gmail.com" (loan, love-spell,
# romance and account-recovery scams), or a crypto wallet to pay into. The shared data holds
# almost none, so no model learns them: written as a moderator would, and held for one.
# A phone number is 9 digits or more (7 after a "+"), as the normaliser counts them: no year range.
_PHONE = r"(?:\+\d(?:[\s().-]{0,2}\d){6,}|\(?\d(?:[\s().-]{0,2}\d){8,})"
# WeChat is also named in Chinese, where no space sets a word off: "加微信essay8888".
# Names written in the spam's own script too: Russian "Телеграм", "Вотсап"; Arabic "واتساب", "تلغرام".
_APP_SPELLINGS = {
    "WhatsApp": ("whatsapp", "whats app", "watsapp", "вотсап", "ватсап", "вацап", "واتساب", "واتس اب", "واتس"),
    "Telegram": ("telegram", "телеграм", "телеграмм", "телеграме", "телеграмме", "تلغرام", "تليجرام", "تيليجرام"),
    "WeChat": ("wechat", "微信"),
    "Viber": ("viber", "вайбер", "فايبر"),
    "Instagram": ("instagram", "инстаграм", "انستغرام"),
    "Hangouts": ("hangouts", "google chat"),
    "Kik": ("kik",),
    "Snapchat": ("snapchat", "snap"),
    "Skype": ("skype",),
    "Discord": ("discord",),
}
_APP_NAME = {spelling: name for name, spellings in _APP_SPELLINGS.items() for spelling in spellings}
# Set off as a word, but for the Chinese name: no space sets a word off there ("加微信essay8888").
_APP = lazy_compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((re.escape(s).replace(r"\ ", r"\s?") for s in _APP_NAME if s != "微信"), key=len, reverse=True))
    + r")(?!\w)|微信"
)
# What any text _APP matches must hold, for the check in C before _APP runs: each spelling up to its first space
# (the pattern reads a space there as optional). Not a shorter prefix: "what" and "disc" are in one comment in eight.
_FIRST_WORDS = {spelling.split(" ")[0] for spelling in _APP_NAME}
_APP_HINTS = tuple(sorted(h for h in _FIRST_WORDS if not any(o != h and o in h for o in _FIRST_WORDS)))  # "snap", not "snapchat" too
_ASCII_APP_HINTS = tuple(h for h in _APP_HINTS if h.isascii())  # all an ASCII text can hold
# ... and all a text can hold without one of the letters the others start with: most text beyond ASCII has an
# emoji, a curly quote or a byte-order mark, not a Cyrillic or Arabic letter (one scan in C instead of thirteen).
_OTHER_HINT_STARTS = re.compile("[" + "".join(sorted({h[0] for h in _APP_HINTS if not h.isascii()})) + "]")
# Looked for only around an app's name, in a bounded window: tried at every position of a long
# run of digits, a phone pattern backtracks without end.
_CONTACT_AFTER = lazy_compile(rf"[^\n]{{0,40}}?({_PHONE}|@\s?[a-z0-9_.]{{4,}})")  # an @name before is a reply
_NUMBER_BEFORE = lazy_compile(rf"({_PHONE})[^\n]{{0,20}}\Z")
# Spaces may sit around the dot and the slash: "t . me / cryptopumpsignals (remove spaces)".
_MESSENGER_LINK = lazy_compile(
    r"\b(?:t|wa|telegram)\s{0,2}\.\s{0,2}me\s{0,2}/\s{0,2}[a-z0-9_+]\S*|\bchat\.whatsapp\.com/[a-z0-9_+]\S*"
)
_MESSENGER_HINT = re.compile(r"\.\s{0,2}me\s{0,2}/|whatsapp\.com/")
# An account name right after the app's: "WeChat ID: essay8888", "加微信essay8888", "Telegram cryptoking_1",
# "snap: lara.x.99". It has a digit or an underscore, so that "Telegram channels grew" names no account.
_ID_AFTER = lazy_compile(r"\s{0,2}(?:id)?\s{0,2}[:：]?\s{0,2}([a-z][a-z0-9_-]{4,19}|[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)+)(?![a-z0-9_.-])")
# Snapchat's short name is an everyday word ("a cold snap", "a snap election", "oh snap @Dave"): the app only
# where an account goes with it ("add me on snap lara.x.99", "my snap: ...").
_SNAP_BEFORE = (" on ", " my ")
# An e-mail address (RFC 5321's 64-character local part; read in a window around each "@", so a
# long run of letters is never scanned from every position), and an ask to write to it just before.
# A space may stand on either side of the "@" and the dots ("marcus @ proton . me"), and "[at]", "[dot]"
# for them (``address_spelled_out``).
_EMAIL_AT = lazy_compile(r"([a-z0-9][a-z0-9._%+-]{0,63}) ?\Z")
# Spaced dots only before a mail domain's usual ending: "email me @ work. thanks" holds no address.
_EMAIL_DOMAIN = lazy_compile(
    r"@ ?([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6}"
    r"|[a-z0-9-]{1,63}(?: ?\. ?[a-z0-9-]{1,63}){0,5} ?\. ?(?:com|net|org|me|io|co|ru|de|fr|uk|info|biz))\b"
)
# The ask in the languages loan and recovery scams write in too: French "contactez-moi", Spanish
# "escríbeme", Portuguese "contate", German "kontaktieren Sie", Italian "scrivimi".
_ASKS_TO_WRITE = lazy_compile(
    r"\b(?:contact|e-?mail|mail|write|reach|message|inbox|dm|send"
    r"|contactez|contacter|[ée]crivez|[ée]cris|courriel"
    r"|cont[áa]ct(?:a|e|ame|enos|anos)|escr[íi]b(?:e|eme|enos|ame|anos)|correo"
    r"|contat(?:e|o|a|ar)|escreva|fale"
    r"|kontakt|kontaktieren|kontaktiere|schreib|schreiben|schreibt"
    r"|contatta(?:mi|ci|re)?|scrivi(?:mi|ci|te)?|scrivete)\b"
)
_EMAILS_READ = 20  # addresses looked at in one comment: a scam gives its one early
# An account named before its app, after an ask to write to it: "Contact @RecoverFundsExpert on Telegram".
# Without the ask, an @name before the app is a reader replying to another ("@Dave_R the Telegram leak ...").
_HANDLE_BEFORE = lazy_compile(
    rf"(?:{_ASKS_TO_WRITE.pattern})[^\n@]{{0,12}}(@\s?[a-z0-9_.]{{4,32}})\s{{1,3}}(?:on|via|at|through|in)\s{{1,3}}\Z"
)
# The account without its "@", as recovery-scam testimonials name it: "I reached out to RecoverAssetsHQ on
# Telegram and they got every dime back". One word, for a reader's "I messaged my brother on WhatsApp" is two.
_NAME_BEFORE = lazy_compile(
    r"\b(?:reach(?:ed)?(?: out)? to|contact(?:ed)?|messag(?:e|ed)|text(?:ed)?|wrote to)\s{1,3}([a-z][a-z0-9_.]{4,32})"
    r"\s{1,3}(?:on|via|through)\s{1,3}\Z"
)
_NOT_ACCOUNTS = frozenset(
    {"them", "their", "these", "those", "someone", "somebody", "anyone", "everyone", "people", "friends", "family",
     "support", "admin", "admins", "police", "there", "others", "other"}
)
# The network-marketing pitch ("Have you ever thought about being your own boss? I'm building a team...
# Message me"): an income opportunity and an ask to write privately, no link needed. Both are looked
# for with str.find first (their words), and the ask within a sentence or two after the pitch.
_PITCH = lazy_compile(
    r"\b(?:(?:be|being|become) (?:your|my) own boss|building (?:a|my) team|join my team|(?:extra|passive|second|new)"
    r" (?:source of )?income|source of income|side hustle|financial freedom|work(?:ing)? from home|opportunity that"
    r" (?:changed|has changed) my life|changed my life financially|get rich\b[^.!?\n]{0,20}\bwith"
    # "I make 5k weekly from home", "you can earn $400 a day": a sum the author or the reader makes in a span of
    # time ("nurses earn $40 an hour" is news)
    r"|(?:\bi|i'm|im|i am|you can|you could|you'll|you will|anyone can)\b[^.!?\n]{0,20}?"
    r"\b(?:make|making|made|earn|earning|earned) (?:over |up to |about |around )?[$£€]?\d[\d,.]*\s?k?"
    r" (?:usd |dollars |bucks |pounds )?(?:a |an |per |every )?(?:hour|day|week|month|daily|weekly|monthly))\b"
)
_PITCH_WORDS = ("own boss", "team", "income", "side hustle", "financial freedom", "from home", "changed my life", "rich", "make", "made", "making", "earn")
_ASKS_PRIVATELY = lazy_compile(r"\b(?:dm|pm|inbox|message|msg) me\b|\bhmu\b|\bsend me a (?:dm|message|pm)\b")
# What any ask _ASKS_PRIVATELY matches holds: the pitch's words are common, the ask is not.
_ASK_HINTS = ("dm me", "pm me", "inbox me", "message me", "msg me", "hmu", "send me a")
_PITCH_TO_ASK = 200  # characters from the pitch's start in which the ask follows (or precedes)
# Bitcoin (legacy and bech32), Ethereum and Tron addresses, each in its own alphabet.
_WALLET = re.compile(
    r"\b(?:(?i:bc1[ac-hj-np-z02-9]{11,71})|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40}"
    r"|T[a-km-zA-HJ-NP-Z1-9]{33})\b"
)


# What each pattern needs is looked for in C first: the patterns start with no literal and are
# tried at every position (18 µs a comment for the three), and most comments name no app, hold no
# link and no run of 14 letters and digits (the shortest wallet: bc1 and 11). For that run, every
# ASCII letter and digit becomes an "a", all else a space (a wallet is ASCII; NFKC has folded
# look-alikes, so what is not ASCII is a separator).
_ALNUM_AS_A = bytes(97 if chr(c).isalnum() else 32 for c in range(128)).ljust(256, b" ")
_SHORTEST_WALLET = b"a" * 14


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: the test in C before a pattern runs, on every comment (a loop, for
    any() over a generator costs a fifth more)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


def _may_hold_wallet(text: str) -> bool:
    return _SHORTEST_WALLET in text.encode("ascii", "replace").translate(_ALNUM_AS_A)


def _messenger_contact(text: str) -> str | None:
    """How a lower-case text asks readers to write to someone on a messenger, or None."""
    if "/" in text and _MESSENGER_HINT.search(text) and (link := _MESSENGER_LINK.search(text)):
        return f'through a messenger link ("{link.group(0)[:40]}")'
    hints = _ASCII_APP_HINTS if text.isascii() or not _OTHER_HINT_STARTS.search(text) else _APP_HINTS
    if not _holds_any(text, hints):
        return None
    for app in _APP.finditer(text):
        if app.group(0) == "snap" and not (
            f" {text[max(0, app.start() - 3) : app.start()]}".endswith(_SNAP_BEFORE) or text[app.end() : app.end() + 2].lstrip().startswith(":")
        ):
            continue
        before = max(0, app.start() - 60)
        contact = (_CONTACT_AFTER.match(text, app.end()) or _NUMBER_BEFORE.search(text, before, app.start())
                   or _HANDLE_BEFORE.search(text, before, app.start()))
        if contact is None and (named := _NAME_BEFORE.search(text, before, app.start())) and named.group(1) not in _NOT_ACCOUNTS:
            contact = named
        if contact is None and (named := _ID_AFTER.match(text, app.end())) and any(
            c.isdigit() or c == "_" for c in named.group(1)
        ):
            contact = named
        if contact:
            name = _APP_NAME.get(" ".join(app.group(0).split()), "WhatsApp")  # "whats  app" spaced out
            return f'on {name} ("{contact.group(1)[:40]}")'
    return None


# Money asked for straight into someone's account, the way disaster-donation and fee scams ask: "donate
# through my CashApp $HelpFloridaNow100", "send what you can to Venmo @flood-relief-22", "paypal.me/floodhelp".
# An ask to give or pay comes first: "Zelle scams are everywhere, call your bank at 800 …" asks for nothing.
_PAYMENT_APP = lazy_compile(r"\b(?:cash ?app|venmo|zelle|paypal)\b")
_PAYMENT_APP_NAME = {"cashapp": "Cash App", "cash app": "Cash App", "venmo": "Venmo", "zelle": "Zelle", "paypal": "PayPal"}
_PAYMENT_HINTS = ("cash", "venmo", "zelle", "paypal")  # looked for in C before the pattern runs
# A $cashtag, an @handle or a phone number within a few words of the app's name, or the name in a paypal.me link.
_PAYMENT_AFTER = lazy_compile(
    rf"(?:\.me\s?/\s?|[^\n]{{0,40}}?)(\$[a-z][a-z0-9_-]{{2,19}}|@\s?[a-z0-9_.-]{{4,}}|{_PHONE}|(?<=/)[a-z0-9_.-]{{3,}})"
)
_ASKS_TO_PAY = lazy_compile(r"\b(?:send|donate|donations?|pay|tip|give|contribute|chip in)\b")


def _payment_contact(text: str) -> str | None:
    """How a lower-case text asks readers to pay someone directly on a payment app, or None."""
    if not _holds_any(text, _PAYMENT_HINTS):
        return None
    for app in _PAYMENT_APP.finditer(text):
        handle = _PAYMENT_AFTER.match(text, app.end())
        line_start = text.rfind("\n", 0, app.start()) + 1
        if handle and _ASKS_TO_PAY.search(text, max(line_start, app.start() - 80), app.start()):
            return f'on {_PAYMENT_APP_NAME[app.group(0)]} ("{handle.group(1)[:40]}")'
    return None


def _email_contact(text: str, sources: frozenset[str]) -> str | None:
    """The address a lower-case text asks readers to write to ("contact us at x@y.com"), or None.
    Addresses at a government, university or other reference source (``text.sources``), or at the site
    itself, are a reader pointing at an office or the newsroom, not a scam."""
    at = text.find("@")
    for _ in range(_EMAILS_READ):
        if at < 0:
            return None
        local = _EMAIL_AT.search(text, max(0, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at, at + 400)
        host = domain.group(1).replace(" ", "") if domain else ""
        if local and domain and not is_source(host, sources):
            line_start = text.rfind("\n", 0, local.start()) + 1
            if _ASKS_TO_WRITE.search(text, max(line_start, local.start() - 60), local.start()):
                address = local.group(1) + "@" + host
                return f'by e-mail ("{address[:40]}")'
        at = text.find("@", at + 1)
    return None


# Prescription drugs sold without one: "Buy Viagra, Cialis, Xanax without prescription. Discreet shipping",
# "V1@gr@ ch3ap 0nline, C1@l1s n0 prescr1pt10n". A drug's name and a pharmacy spammer's promise, in one
# comment, read with the digits and signs that stand for letters read as letters. News readers name these
# drugs (an opioid story, an Ozempic shortage) but not with those promises: none of 8,600 training
# comments and none of 460 readers' comments in the QA probes has both, where 17 probe spams do.
_DRUGS = (
    "viagra|cialis|levitra|kamagra|sildenafil|tadalafil|tramadol|xanax|valium|ambien|adderall|oxycodone|oxycontin"
    "|percocet|vicodin|hydrocodone|ozempic|wegovy|semaglutide|modafinil|phentermine|alprazolam|clonazepam|diazepam"
    "|lorazepam|ativan|klonopin|ritalin"
)
_DRUG = lazy_compile(rf"\b(?:{_DRUGS})\b")
_PHARMACY_PROMISE = lazy_compile(
    r"\b(?:(?:no|without(?: a| any)?) (?:prescriptions?|rx|script)|no ?rx|rx[- ]?free|online pharmacy"
    r"|(?:overnight|discreet|stealth) (?:shipping|delivery|packaging|shipment)"
    rf"|generic (?:{_DRUGS}))\b"
)
_LETTERS_FOR_SIGNS = str.maketrans("0134578@$", "oieastbas")
_ASCII_LETTERS_FOR_SIGNS = bytes.maketrans(b"0134578@$", b"oieastbas")  # the same, a C table lookup for ASCII text
# "!" and "|" stand for an "i" only inside a word ("v!agra", "c|alis"): "Buy Viagra!" keeps its mark.
# (Written to start with the mark, the letter before it looked back at: the engine skips to each "!" and "|"
# in C, where a pattern starting with a lookbehind is tried at every position.)
_I_INSIDE_A_WORD = re.compile(r"[!|](?<=\w.)(?=\w)")
# What any promise _PHARMACY_PROMISE matches holds, looked for in C first: one comment in a hundred has one.
_PROMISE_HINTS = ("prescri", "rx", "script", "pharmac", "shipping", "delivery", "packag", "shipment", "generic")


def _pharma_pitch(text: str) -> str | None:
    """The drug and the promise of a lower-case text that sells prescription drugs without one, or None."""
    read = _I_INSIDE_A_WORD.sub("i", text) if "!" in text or "|" in text else text
    # Its ASCII letters read in C: a promise is ASCII, so it is there if it is anywhere.
    letters = read.encode("ascii", "ignore").translate(_ASCII_LETTERS_FOR_SIGNS).decode("ascii")
    if not _holds_any(letters, _PROMISE_HINTS):
        return None
    read = letters if read.isascii() else read.translate(_LETTERS_FOR_SIGNS)
    if (drug := _DRUG.search(read)) and (promise := _PHARMACY_PROMISE.search(read)):
        return f'"{drug.group(0)}", "{promise.group(0)}"'
    return None


def _income_pitch(text: str) -> str | None:
    """The pitch of a lower-case text that offers an income opportunity and asks readers to message
    its author, or None."""
    if not _holds_any(text, _ASK_HINTS) or not _holds_any(text, _PITCH_WORDS):
        return None
    for pitch in _PITCH.finditer(text):
        start = max(0, pitch.start() - _PITCH_TO_ASK)
        if _ASKS_PRIVATELY.search(text, start, pitch.end() + _PITCH_TO_ASK):
            return pitch.group(0)
    return None


class ScamContactRule:
    name = "scam_contact"

    def __init__(self, config: RulesConfig | None = None) -> None:
        self.sources = (config or RulesConfig()).cited_sources

    def score(self, comment: CommentInput) -> list[Finding]:
        # The author's name and site too ("James (WhatsApp +1 555 …)"): one line each, and no
        # pattern reads across a line.
        text = "\n".join(filter(None, (comment.content, comment.author_name, comment.author_url)))
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
        found: list[Reason] = []
        # "DM on T.e.l.e.g.r.a.m @alphamine": the app's name spelled out reads as written plainly.
        lowered = letters_joined(text.lower())
        if how := _messenger_contact(lowered):
            found.append(Reason("messenger_contact", f"asks readers to write to someone {how}"))
        elif ("@" in text and (how := _email_contact(lowered, self.sources))) or (
            (spelled := address_spelled_out(lowered)) is not lowered and (how := _email_contact(spelled, self.sources))
        ):
            found.append(Reason("email_contact", f"asks readers to write to someone {how}"))
        if paid := _payment_contact(lowered):
            found.append(Reason("payment_contact", f"asks readers to pay someone directly {paid}"))
        if how is None and (pitch := _income_pitch(lowered)):
            found.append(Reason(
                "income_pitch", f'offers an income opportunity ("{pitch}") and asks readers to message its author'))
        if pitch := _pharma_pitch(lowered):
            found.append(Reason("pharma_pitch", f"sells prescription drugs without a prescription ({pitch})"))
        if _may_hold_wallet(text) and (wallet := _WALLET.search(text)):
            address = wallet.group(0)
            found.append(Reason("crypto_wallet", f'a cryptocurrency wallet address ("{address[:10]}…{address[-4:]}")'))
        # Held, for a reader may give a contact too ("email me if you found a gray cat"); evidence the
        # spam model may corroborate (``Finding.spam_evidence``).
        return [Finding(self.name, Effect.HOLD, reason, spam_evidence=True) for reason in found]


# Text that breaks the page it is published on, whatever it says: "Zalgo" letters under a tower of
# combining marks that spill over the lines around them (a script's own letters carry one to three),
# a run of letters with no space that no line can break, and the same few characters over and over.
_STACKED_MARKS = re.compile(r"[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{6,}")
_UNBROKEN = re.compile(r"[A-Za-z0-9]{120,}")
_REPEATED_FROM = 2_000  # characters: shorter text is read, not measured
_REPEATED_RATIO = 12  # zlib shrinks prose 2 to 4 times, and a page of "x" lines hundreds of times


class JunkTextRule:
    name = "junk_text"

    def score(self, comment: CommentInput) -> list[Finding]:
        text = comment.content
        why = None
        if not text.isascii() and (marks := _longest(_STACKED_MARKS, text)):
            why = f"letters under stacked accents ({marks:,} marks on one letter): they spill over the page's other lines"
        elif (run := _longest(_UNBROKEN, text)) and "://" not in text and "www." not in text:
            why = f"a {run:,}-character word with no space: no line of the page can break it"
        elif len(text) >= _REPEATED_FROM:
            import zlib  # only for long comments

            data = text.encode("utf-8", "surrogatepass")
            ratio = len(data) / len(zlib.compress(data, 1))
            if ratio >= _REPEATED_RATIO:
                why = f"the same few characters over and over ({len(text):,} characters that compress {ratio:.0f} to 1)"
        return [] if why is None else [Finding(self.name, Effect.HOLD, Reason("junk_text", why))]


class EmailListRule:
    """Two or more e-mail addresses in a comment: other people's contact details put on the page, or a
    list a spammer left; a reader's own address to write to is ``email_contact``'s. None of the 13,000
    comments of the training data and the probes gives two."""

    name = "email_list"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.content.count("@") < 2 or len(found := emails_in(comment.content)) < 2:
            return []
        why = f"gives {len(found):,} e-mail addresses: someone's contact details, or a list left for spam"
        return [Finding(self.name, Effect.HOLD, Reason("email_list", why))]


def _longest(pattern: re.Pattern[str], text: str) -> int:
    first = pattern.search(text)  # most texts have none: no generator is built for them
    if first is None:
        return 0
    return max(len(m.group(0)) for m in pattern.finditer(text, first.start()))


class WebsiteRule:
    """What the Website field says (``text.websites``): a host that names a trade comment spam sells, or praise
    that fits any post beside a website from an author not yet approved, is evidence of spam (held; the
    spam model's score may corroborate it); a social profile says nothing; any other site waits for a person
    until one of its author's comments was approved (``hold_new_websites``), as WordPress holds a first
    comment.

    Its reasons never quote the website: they stay with the comment for good and go out in the held mail,
    where the website itself is personal data kept 30 days (``pii#``) and erased on request."""

    name = "website"

    def __init__(self, config: RulesConfig) -> None:
        self.hold_new = config.hold_new_websites

    def score(self, comment: CommentInput) -> list[Finding]:
        url = comment.author_url
        if not url:
            return []
        # imported on first use: most comments give no website
        from ..text.websites import is_profile_link, spam_trade, template_praise

        if trade := spam_trade(url):
            why = f'the author\'s website names a trade comment spam sells ("{trade}")'
            return [Finding(self.name, Effect.HOLD, Reason("website_trade", why), spam_evidence=True)]
        # A returning author's "Keep up the good work, Sarah!" is a reader's; a site that turned into a casino
        # (an expired domain bought up) is not, whoever gave it.
        if not comment.author_trusted and (praise := template_praise(comment.content)):
            why = (f'praise that fits any post ("{praise}") from an author who gives a website: the text of comment '
                   "spam whose link is the Website field")
            return [Finding(self.name, Effect.HOLD, Reason("template_praise", why), spam_evidence=True)]
        if not self.hold_new or comment.author_trusted or is_profile_link(url):
            return []
        why = ("the author gives a website and no earlier comment of theirs was approved: "
               "comment spam puts its link there, so a first one waits for a person")
        # The site's rule for whom a person reads first, as new_author's: approving it is no mistake of the spam
        # filter, and a sweep of the spam desk must not file a photographer's first comment as spam.
        return [Finding(self.name, Effect.HOLD, Reason("new_website", why), held_for="site")]


class TrustedAuthorRule:
    name = "trusted_author"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.author_trusted:
            return [
                Finding(
                    self.name,
                    Effect.TRUST,
                    Reason("trusted_author", "this author has a previously approved comment"),
                )
            ]
        return []


class ManualApprovalRule:
    """WordPress's "Comment must be manually approved": every comment waits for a person, returning
    authors too; for the whole site, or for one post a moderator premoderates (a court case, a death,
    a story that draws abuse). The other rules and the models still run, so the moderator sees their
    reasons."""

    name = "manual_approval"
    held_for = "site"  # the site's own rule for whom a person reads first: says nothing of spam

    def __init__(self, config: RulesConfig) -> None:
        self.hold_all = config.hold_all

    def score(self, comment: CommentInput) -> list[Finding]:
        if self.hold_all:
            return [Finding(self.name, Effect.HOLD, Reason("manual_approval", "this site approves every comment by hand"))]
        if comment.post_premoderated:
            why = "a moderator approves every comment on this article by hand"
            return [Finding(self.name, Effect.HOLD, Reason("post_premoderated", why))]
        return []


class NewAuthorRule:
    """WordPress's "Comment author must have a previously approved comment": a first comment waits for a
    person; once one is approved (and so published), the author's email is trusted and the next ones
    are not held for this. A comment without an email has no author to trust, and is always held."""

    name = "new_author"
    held_for = "site"  # the site's own rule for whom a person reads first: says nothing of spam

    def __init__(self, config: RulesConfig) -> None:
        self.on = config.hold_new_authors

    def score(self, comment: CommentInput) -> list[Finding]:
        if not self.on or comment.author_trusted:
            return []
        why = "this site holds a first comment: no earlier comment " + (
            "under this name and email was approved" if comment.author_email else "can be matched without an email"
        )
        return [Finding(self.name, Effect.HOLD, Reason("new_author", why))]


class LanguageRule:
    """Antispam Bee's "allow comments only in certain languages". Antispam Bee files such a comment as
    spam; here it is held: a reader writing in their own language deserves a person's look, and the
    spam model still files the spam among them. A comment whose language cannot be told (too short,
    no common words of any language known here) is never held for it."""

    name = "language"
    held_for = "site"  # the site's own rule for whom a person reads first: says nothing of spam

    def __init__(self, config: RulesConfig) -> None:
        self.allowed = frozenset(config.allowed_languages)
        self.takes = ""
        if self.allowed:  # the language check is imported only by a site that limits languages
            from ..text.language import NAMES, detect

            self.takes = ", ".join(NAMES.get(c, c) for c in config.allowed_languages)
            self._detect = detect

    def score(self, comment: CommentInput) -> list[Finding]:
        if not self.allowed:
            return []
        language = self._detect(comment.content)
        if language is None or not language.known or self.allowed.intersection(language.codes):
            return []
        why = f"written in {language.describe()}; this site takes comments in {self.takes}"
        return [Finding(self.name, Effect.HOLD, Reason("language", why))]


class CountryRule:
    """Antispam Bee's "block or allow comments from specific countries", by the country the site's CDN tells
    (``ClientCountryHeader``). Antispam Bee files such a comment as spam; here it is held, as for the
    language: a reader abroad or behind a VPN deserves a person's look, and the spam model still files the
    spam among them. A comment whose country was not told is never held for it."""

    name = "country"
    held_for = "site"  # the site's own rule for whom a person reads first: says nothing of spam

    def __init__(self, config: RulesConfig) -> None:
        self.blocked = frozenset(config.blocked_countries)
        self.allowed = frozenset(config.allowed_countries)

    def score(self, comment: CommentInput) -> list[Finding]:
        country = comment.client_country
        if country is None:
            return []
        # The reason stays with the comment, the country only as long as the address (``client_country``).
        if country in self.blocked:
            why = f"sent from one of the countries this site holds comments from ({', '.join(sorted(self.blocked))})"
        elif self.allowed and country not in self.allowed:
            why = f"sent from a country this site does not take comments from (it takes {', '.join(sorted(self.allowed))})"
        else:
            return []
        return [Finding(self.name, Effect.HOLD, Reason("country", why))]


class MarkedSpamRule:
    """Antispam Bee's "local spam database": whoever a moderator caught spamming is caught again.

    Only a person's decision marks a sender: comments the filter itself filed as spam do not, so a
    mistake of the filter is not repeated on the reader's next comment. An email marked is spam; an
    address marked only holds, because an address is shared (a carrier's NAT, an office, a library).
    So does an email marked from another address than this comment's when it had approved comments: an
    email is typed, not proven, and a regular's (with her name, shown above her comments) is there for
    anyone to type under spam and have her filed as a spammer.
    """

    name = "marked_spam"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.author_marked_spam and comment.author_marked_elsewhere:
            why = ("a moderator marked an earlier comment from this email as spam, sent from another address; the "
                   "email had approved comments, so it may have been typed by someone else")
            return [Finding(self.name, Effect.HOLD, Reason("marked_spam_author", why))]
        if comment.author_marked_spam:
            why = "a moderator marked an earlier comment from this email as spam"
            return [Finding(self.name, Effect.SPAM, Reason("marked_spam_author", why))]
        if comment.address_marked_spam:
            why = "a moderator marked an earlier comment from this IP address as spam (others may share it)"
            return [Finding(self.name, Effect.HOLD, Reason("marked_spam_address", why))]
        return []


class BannedAuthorRule:
    """A reader a moderator banned (``PUT /moderation/comments/{id}/sender/ban``): until the ban ends, their
    comments go to the spam folder unread, as WordPress sends a comment matching its Disallowed Comment Keys
    (an email among them) out of sight, and the reader is not told. Whatever the text or the author's trust:
    the moderator judged the reader, not this comment.

    By email, as probation is. A banned reader's next email is one click away, so the ban also holds, for a
    shorter time, what comes from the address the banned comment came from, whatever email it gives, as Disqus
    bans by IP beside the email: held, never filed, because an address is shared (a household, an office, a
    carrier's NAT), and a person reads a neighbour's comment and publishes it. The hold says nothing of spam."""

    name = "author_banned"

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.author_banned_until is not None:
            why = (f"a moderator banned this email from commenting until {comment.author_banned_until}: its "
                   "comments go to the spam folder unread")
            return [Finding(self.name, Effect.SPAM, Reason("author_banned", why))]
        if comment.address_banned_until is not None:
            why = (f"a moderator banned a reader who wrote from this IP address: its comments wait for a moderator "
                   f"until {comment.address_banned_until}, whatever their email (others may share the address)")
            return [Finding(self.name, Effect.HOLD, Reason("banned_address", why), held_for="site")]
        return []


class AbuseProbationRule:
    """A reader on probation: a moderator found one of their comments abusive, and their comments wait for a
    person until the mark ends (``Settings.abuse_probation_days`` after the latest such decision), as news
    sites premoderate a reader who broke their rules. By email, never by address: an address is shared, and
    abuse is one person's. The hold says nothing of this text's abuse (the toxicity scorer's reasons do,
    beside it): approving it teaches the models nothing."""

    name = "abuse_probation"
    held_for = "site"  # the site's own rule for whom a person reads first

    def score(self, comment: CommentInput) -> list[Finding]:
        if comment.author_abusive_until is None:
            return []
        why = (f"a moderator found an earlier comment from this email abusive: its comments wait for a moderator "
               f"until {comment.author_abusive_until}")
        return [Finding(self.name, Effect.HOLD, Reason("abuse_probation", why))]


def rule_scorers(config: RulesConfig) -> list:
    return [
        HoneypotRule(),
        FormTimeRule(config),
        LinkCountRule(config),
        SpintaxRule(),
        WordListRule("disallowed_keys", config.disallowed_keys, Effect.SPAM, "disallowed_key"),
        WordListRule("moderation_keys", config.moderation_keys, Effect.HOLD, "moderation_key"),
        ScamContactRule(config),
        JunkTextRule(),
        EmailListRule(),
        WebsiteRule(config),
        LanguageRule(config),
        CountryRule(config),
        BannedAuthorRule(),
        MarkedSpamRule(),
        AbuseProbationRule(),
        TrustedAuthorRule(),
        ManualApprovalRule(config),
        NewAuthorRule(config),
    ]

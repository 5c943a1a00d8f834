"""The words of the pages a plain HTML comment form gets back (``forms``), in the languages a site may name
(SiteLanguage, or a form's ``lang`` field), as WordPress speaks its site's language on wp-comments-post.php's.

The words themselves are ``page_words.json``, a translator's file: for each language the pages' sentences, what a
form calls each field the API may name, and what each code says (README, "Error codes"). Portuguese is written
to read alike in Portugal and in Brazil.

In English a page says each problem as the API does. In another language it says it by its code: the API's
English words name details (a limit, which character) no table could, and a reader who does not read English is
better served by "too long" in their language than by the exact limit in English.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DEFAULT = "en"
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")  # SiteLanguage's AllowedValues
# Codes said in the same words as another: the reader mends them alike.
_ALIASES = {"blank": "required", "too_large": "too_long", "invalid_format": "invalid", "not_allowed": "invalid",
            "wrong_type": "invalid", "out_of_range": "invalid"}


@dataclass(frozen=True)
class Words:
    lang: str
    not_posted: str
    check_form: str
    back_to_article: str
    back_button: str  # a refusal with no page of the site to link back to
    thanks: str
    received: str
    thanks_back_button: str
    labels: dict[str, str]
    # A problem's or a refusal's words by its code; "invalid" says a field's problem no code here names, "error"
    # a refusal's. Empty in English, which says what the API says.
    codes: dict[str, str]
    colon: str = ": "  # between a field's label and its problem: French sets a space before the colon

    def label(self, field: str) -> str:
        return self.labels.get(field, field)

    def say(self, code: object, english: str, otherwise: str) -> str:
        """``english`` (the API's words) in English; in another language the words for ``code``, else for
        ``otherwise`` ("invalid" for a field, "error" for the request)."""
        if not self.codes:
            return english
        code = _ALIASES.get(str(code), str(code))
        return self.codes.get(code) or self.codes[otherwise]


@cache
def _all() -> dict[str, Words]:
    # Read on a form's first answer, not at import: most requests to the function are not forms.
    table = json.loads(Path(__file__).with_name("page_words.json").read_text(encoding="utf-8"))
    return {lang: Words(lang, **table[lang]) for lang in LANGUAGES}


def words(*tags: str | None) -> Words:
    """The words of the first language tag ("de", "de-CH", "pt_BR") there are words for; else English's."""
    table = _all()
    for tag in tags:
        base = (tag or "").strip().replace("_", "-").split("-", 1)[0].lower()
        if base in table:
            return table[base]
    return table[DEFAULT]

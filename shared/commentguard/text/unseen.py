"""Characters that show nothing, for the checks that must not be fooled by them: the duplicate check
(``normalize.duplicate_form``) and "shows no text" (``sanitize.shows_text``).

Unicode's Default_Ignorable_Code_Point: what a font draws as nothing when it has no glyph for it. Most are
format characters (Cf), which both checks dropped already; the rest are not, and got past them: the
combining grapheme joiner U+034F and the variation selectors (Mn), the Hangul fillers U+115F, U+1160, U+3164
and U+FFA0 (Lo), two Khmer vowels Unicode deprecates, and code points reserved to be ignored. Python's
unicodedata does not give the property, so the ranges are listed here, from Unicode's DerivedCoreProperties.txt.
The Braille blank U+2800 (a symbol, So) is no ignorable, but it shows as a space: a name of it is blank.

Only the checks fold them. A comment is kept and published as its reader wrote it: the zero-width joiner and
non-joiner and the variation selectors make emoji ("❤️", "👩‍⚕️") and Persian words ("می‌خواهم") show right.

Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

import re

_IGNORABLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_BRAILLE_BLANK = "\u2800"


def fold_unseen(text: str) -> str:
    """``text`` with Unicode's default-ignorable characters taken out and Braille blanks as spaces."""
    if text.isascii():  # every one of them is beyond ASCII
        return text
    return _IGNORABLE.sub("", text).replace(_BRAILLE_BLANK, " ")

"""Regular expressions compiled on first use, for the patterns few comments ever need.

Python compiles a pattern in Python code, 0.1 to 1 ms each; the scoring path holds about a hundred, and
most of its rarest only run after a cheap test in C found what they need (a pharmacy spammer's promise,
an unspun spintax template, an address written "name [at] mail [dot] com"). Compiled on import, they
cost every process its start (`commentguard score`, a Lambda's cold start) for comments it may never
see. Pure standard library: this runs inside the scoring Lambda.
"""

from __future__ import annotations

import re


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled the first time one of its methods is asked for; from then
    on the compiled pattern's own methods sit on the object, so a call costs what the pattern's does."""

    _METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # the source, as re.Pattern.pattern, for patterns built from this one
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str):  # only for what the object does not hold yet
        if name.startswith("_"):  # (an object made without __init__, as copy makes one)
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
            for method in self._METHODS:
                setattr(self, method, getattr(self._compiled, method))
        return getattr(self._compiled, name)


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)

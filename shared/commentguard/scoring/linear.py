"""What the learned scorers share: character n-grams and the logistic link."""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import repeat
from operator import itemgetter


@lru_cache(maxsize=256)
def _gram_cuts(size: int, lo: int, hi: int) -> tuple[slice, ...]:
    """Where the lo..hi-grams of a padded word of ``size`` characters stand, shortest first."""
    return tuple(slice(i, i + n) for n in range(lo, hi + 1) for i in range(size - n + 1))


@lru_cache(maxsize=256)
def _gram_cutter(size: int, lo: int, hi: int):
    """A function that cuts all those n-grams from a padded word at once, in C: half the time of
    slicing them one by one (a word the scorer has not seen yet costs its n-grams' slicing and lookups)."""
    cuts = _gram_cuts(size, lo, hi)
    if len(cuts) > 1:
        return itemgetter(*cuts)
    return lambda padded: tuple(padded[c] for c in cuts)  # itemgetter of one item returns it bare


def char_grams(word: str, lo: int = 2, hi: int = 5) -> list[str]:
    padded = f" {word} "
    return list(_gram_cutter(len(padded), lo, hi)(padded))


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


class CharGramWeights:
    """A word's character n-gram contribution: (sum of the n-grams' weights × scale, number of
    n-grams). Cached per word, since comments repeat their words; the cache is bounded."""

    def __init__(self, weights: dict[str, int], scale: float, limit: int = 50_000, lo: int = 2, hi: int = 5) -> None:
        self.weights, self.scale, self.limit = weights, scale, limit
        self.lo, self.hi = lo, hi
        self._cache: dict[str, tuple[float, int]] = {}
        self._cutters: dict[int, object] = {}  # _gram_cutter by padded size, without lru_cache's call
        self._weight = weights.get

    def __call__(self, word: str) -> tuple[float, int]:
        hit = self._cache.get(word)
        if hit is None:
            # char_grams' n-grams, cut and looked up in C.
            padded = " " + word + " "
            cut = self._cutters.get(len(padded))
            if cut is None:
                cut = self._cutters[len(padded)] = _gram_cutter(len(padded), self.lo, self.hi)
            grams = cut(padded)
            hit = (sum(map(self._weight, grams, repeat(0))) * self.scale, len(grams))
            if len(self._cache) >= self.limit:
                self._cache.clear()
            self._cache[word] = hit
        return hit


def style_features(signals: dict[str, float]) -> dict[str, float]:
    """How a text is written, from the normaliser's counts: shouting, repeated punctuation, stretched-out letters."""
    out: dict[str, float] = {}
    caps = signals.get("caps_ratio", 0.0)
    if caps > 0.5:
        out["shouting"] = round((caps - 0.5) * 2, 3)
    if signals.get("repeated_punct"):
        out["repeated_punct"] = 1.0
    if signals.get("elongated"):
        out["elongated"] = 1.0
    return out

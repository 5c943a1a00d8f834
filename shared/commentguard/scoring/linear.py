"""What the learned scorers share: character n-grams, the logistic link, English function words."""

from __future__ import annotations

import math

# Function words: never a useful reason, whatever their weight; and a cheap sign of English text.
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


def char_grams(word: str, lo: int = 2, hi: int = 5) -> list[str]:
    padded = f" {word} "
    size = len(padded)
    return [padded[i : i + n] for n in range(lo, hi + 1) for i in range(size - n + 1)]


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)

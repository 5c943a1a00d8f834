"""Keyed hashes of personal data: match a reader's address or email without storing it in an index."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata


def keyed_hash(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:40]


def client_key(key: bytes, address: str) -> str:
    return keyed_hash(key, "ip", address.strip().lower())


def author_key(key: bytes, email: str) -> str:
    return keyed_hash(key, "email", email.strip().lower())


def content_fingerprint(text: str) -> str:
    """Same text for duplicate detection: case, spacing and Unicode forms do not make a new comment."""
    folded = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(folded.encode()).hexdigest()[:40]

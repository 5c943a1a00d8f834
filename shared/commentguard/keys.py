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
    """Same text (or name) for duplicate detection: case, spacing, Unicode forms, invisible characters,
    markup and look-alike letters do not make a new comment (``normalize.duplicate_form``)."""
    from .text.normalize import duplicate_form  # its patterns compile on import: only the callers pay

    return _digest(duplicate_form(text))


def legacy_content_fingerprint(text: str) -> str:
    """The fingerprint before invisible characters, markup and look-alikes were folded. Guards written
    with it live 90 days and their comments have no record of them: erasure looks for these too."""
    return _digest(" ".join(unicodedata.normalize("NFKC", text).casefold().split()))


def _digest(form: str) -> str:
    return hashlib.sha256(form.encode()).hexdigest()[:40]

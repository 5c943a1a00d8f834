"""Keyed hashes of personal data: match a reader's address or email without storing it in an index."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata


def keyed_hash(key: bytes, kind: str, value: str) -> str:
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:40]


def client_key(key: bytes, address: str) -> str:
    """A reader's address for flood limits, reports, spam marks and form tokens. An IPv6 address counts by
    its /64, which a provider gives one home or phone whole: one reader could otherwise take as many
    addresses as the reports that take a comment down, or the comments a flood limit allows."""
    return keyed_hash(key, "ip", subscriber_of(address.strip().lower()))


#: The IPv6 network a reader's report counts by: the /48 a provider may delegate to one home or office whole (many
#: give a /56, some a /48), so that one household cannot be the readers who take a comment down. Readers of one
#: mobile network who share a /48 count as one: a takedown needs a few more of them, and a moderator acts alone.
REPORTER_PREFIX = 48


def reporter_key(key: bytes, address: str) -> str:
    """A reader's address for the reports that take a comment down (once per reader, ``ReportsPerHour``)."""
    return keyed_hash(key, "ip", subscriber_of(address.strip().lower(), REPORTER_PREFIX))


def subscriber_of(address: str, prefix: int = 64) -> str:
    """An IPv4 address as it is; an IPv6 one as its network ("2001:db8:1:2::/64"), or the IPv4 address it maps."""
    if ":" not in address:
        return address
    import ipaddress  # only for IPv6 readers

    try:
        ip = ipaddress.IPv6Address(address.split("%", 1)[0])
    except ValueError:
        return address
    if ip.ipv4_mapped is not None:
        return str(ip.ipv4_mapped)
    return str(ipaddress.IPv6Network((int(ip) >> (128 - prefix) << (128 - prefix), prefix)))


def author_key(key: bytes, email: str) -> str:
    return keyed_hash(key, "email", email.strip().lower())


def name_under(author_key: str, name: str) -> str:
    """A name as written under one email, for trust as WordPress gives it: a previously approved comment
    with the same name and email. Hashed with the email's keyed hash, so it is keyed too; case and spacing
    folded, as a database's collation compares names."""
    return hashlib.sha256(f"{author_key}|{_folded(name)}".encode()).hexdigest()[:24]


def content_fingerprint(text: str) -> str:
    """Same text (or name) for duplicate detection: case, spacing, Unicode forms, invisible characters,
    markup and look-alike letters do not make a new comment (``normalize.duplicate_form``)."""
    from .text.normalize import duplicate_form  # its patterns compile on import: only the callers pay

    return _digest(duplicate_form(text))


def legacy_content_fingerprint(text: str) -> str:
    """The fingerprint before invisible characters, markup and look-alikes were folded. Guards written
    with it live 90 days and their comments have no record of them: erasure looks for these too."""
    return _digest(_folded(text))


def _folded(text: str) -> str:
    """Unicode forms, case and spacing folded (and nothing else: no markup or look-alikes, which need normalize)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _digest(form: str) -> str:
    return hashlib.sha256(form.encode()).hexdigest()[:40]

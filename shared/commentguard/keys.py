"""Keyed hashes of personal data: match a reader's address or email without storing it in an index, and name
the guard items (duplicates, form tokens) that a comment holds without revealing what it says or who sent it."""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Comment


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


def author_key_of(key: bytes, email: str | None, user_id: str | None) -> str | None:
    """Who the author is, for trust, spam marks and duplicates: their email; a reader signed in to the
    site who gave none, their account there."""
    if email:
        return author_key(key, email)
    return keyed_hash(key, "user", user_id) if user_id else None


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


def duplicate_guard_ids(comment: Comment, key: bytes, legacy: bool = False) -> tuple[str, ...]:
    """WordPress: the same text on the same post and thread from the same author name or email; name
    and text folded alike, so an invisible character, empty markup or a look-alike letter is no way round.

    Keyed hashes, so a guard item reveals neither the name nor the text. The comment's ``pii#`` item
    records them for erasure: a moderator's edit changes what they would be now. ``legacy``: as they
    were computed before that record was kept (the name's case folded only), for erasure to find the
    guards of comments stored then. Those expire within 90 days of the change; ``legacy`` may go then."""
    if legacy:
        name, text = comment.author_name.casefold(), legacy_content_fingerprint(comment.content)
    else:
        name, text = content_fingerprint(comment.author_name), content_fingerprint(comment.content)
    where = f"{comment.post_id}|{comment.parent_id or ''}|{text}"
    duplicates = [f"dup#{keyed_hash(key, 'name', name + '|' + where)}"]
    if comment.author_key:
        duplicates.append(f"dup#{keyed_hash(key, 'email', comment.author_key + '|' + where)}")
    return tuple(duplicates)


def claimed_duplicate_ids(comment: Comment, key: bytes, recorded: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Every dup# guard the comment may hold, for the writes that delete them (erasure, "Delete
    Permanently", an edit of its text or name): the ids ``recorded`` at intake (``CommentStore.
    recorded_duplicate_ids``) and the ids as computed from the comment now, in both recipes, for a
    comment stored before they were recorded. Deleting an id that names no item does no harm."""
    return tuple(dict.fromkeys((*recorded, *duplicate_guard_ids(comment, key),
                                *duplicate_guard_ids(comment, key, legacy=True))))


def form_token_claim_id(key: bytes, token: str) -> str:
    """The item that records who sent a form token first (keyed hashes of their address and author)."""
    return f"formtok#{keyed_hash(key, 'form', token)}"


def _folded(text: str) -> str:
    """Unicode forms, case and spacing folded (and nothing else: no markup or look-alikes, which need normalize)."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _digest(form: str) -> str:
    return hashlib.sha256(form.encode()).hexdigest()[:40]

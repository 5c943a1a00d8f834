"""`commentguard import-wxr`: a WordPress site's comments, moved over from its export file (WXR).

Tools > Export in WordPress (or `wp export`) writes every post with its comments. What a reader saw
under each article comes over: its approved comments, published, in their threads and order, with each
post's count; and each author's record of approved comments, so a regular is trusted from the first
day as WordPress trusted them ("Comment author must have a previously approved comment"). Posts whose
comments were closed stay closed; each post's publication date starts CloseCommentsAfterDays' clock.

Left behind, and counted: the comments of drafts, private and password-protected posts (never the
public's), comments WordPress held, filed as spam or trashed (the new filter judges
what comes next; the old queue is the old site's), pingbacks and trackbacks, and comments the API would
refuse (no text once sanitised, over 65,525 bytes), and with ``--post-id slug`` the posts that share a slug with another
public post (a page and a post may): one thread under it would be two articles' comments, so only a slug one post
alone has comments under comes over. Personal data older than PersonalDataRetentionDays
is not brought over at all; newer data keeps what is left of its time. No duplicate or flood guards:
they matter for days, and these comments are older. No events go out: nothing changed on the pages.

Run it again after a failure: a comment already imported (its id is "wp-" and WordPress's) is skipped, and so
is one a moderator deleted for good since (it is remembered), and a post a moderator opened again stays open.
What changed in WordPress between two exports does not come over: a comment imported stays as Commentguard
keeps it (edited, trashed or not there).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from pathlib import Path
from typing import IO

from pydantic import TypeAdapter, ValidationError

from commentguard import keys
from commentguard.adapters.store import IMPORTED, CommentStore, Guards, StaleStatus
from commentguard.flow.publishing import put_on_the_page
from commentguard.models import Comment, iso_utc
from commentguard.sanitize import content_html, shows_text
from commentguard.settings import Settings
from commentguard.states import Status
from commentguard.submission import AUTHOR_MAX, CONTENT_MAX, PostId

ACTOR = IMPORTED
NO_GUARDS = Guards((), (), 0.0, 0.0)


@dataclass
class WpComment:
    wp_id: str
    parent: str
    author: str
    email: str
    url: str
    ip: str
    agent: str
    user_id: str  # the WordPress account of a reader signed in to it; "0": none
    date_gmt: str
    content: str
    approved: str
    kind: str


@dataclass
class WpPost:
    post_id: str
    date_gmt: str
    comment_status: str
    status: str = ""  # wp:status: publish, draft, private, ...; "inherit" for an attachment's page
    password: str = ""
    comments: list[WpComment] = field(default_factory=list)

    def public(self) -> bool:
        """Whether WordPress showed its comments to everyone: not a draft's, a private post's, nor a password's."""
        return self.status in ("", "publish", "inherit") and not self.password


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() if name != "comment_content" else child.text or ""
    return ""


# Control characters XML does not allow, which WordPress's exporter leaves in (a line break pasted from Word is
# \x0b): WordPress's own importer reads such a file, and so does this one. None is part of a UTF-8 sequence.
_NOT_XML = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])


def _elements(path: Path) -> Iterator[ET.Element]:
    parser = ET.XMLPullParser(events=("end",))
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                parser.feed(chunk.translate(None, _NOT_XML))
                yield from (element for _, element in parser.read_events())
        parser.close()
    except ET.ParseError as exc:  # a SyntaxError, which the command would show as a crash
        line, column = exc.position
        reason = str(exc).split(":")[0]
        raise ValueError(f"{path}: not a WordPress export: its XML breaks at line {line}, column {column + 1} ({reason}). "
                         "Any post before that point was imported; once the file is mended, importing it again "
                         "skips those") from None
    yield from (element for _, element in parser.read_events())


def read_wxr(path: Path, post_id_from: str = "id") -> Iterator[WpPost]:
    """The posts of a WXR file with their comments, whatever the export's version (1.0 to 1.2)."""
    for element in _elements(path):
        if _local(element.tag) != "item":
            continue
        post = WpPost(
            post_id=_child(element, "post_id" if post_id_from == "id" else "post_name"),
            date_gmt=_child(element, "post_date_gmt"),
            comment_status=_child(element, "comment_status"),
            status=_child(element, "status"),
            password=_child(element, "post_password"),
        )
        for node in element:
            if _local(node.tag) == "comment":
                post.comments.append(WpComment(
                    wp_id=_child(node, "comment_id"), parent=_child(node, "comment_parent"),
                    author=_child(node, "comment_author"), email=_child(node, "comment_author_email"),
                    url=_child(node, "comment_author_url"), ip=_child(node, "comment_author_IP"),
                    agent=_child(node, "comment_agent"), user_id=_child(node, "comment_user_id"),
                    date_gmt=_child(node, "comment_date_gmt") or
                    _child(node, "comment_date"), content=_child(node, "comment_content"),
                    approved=_child(node, "comment_approved"), kind=_child(node, "comment_type"),
                ))
        element.clear()
        if post.post_id:
            yield post


def _timestamp(wp_date: str) -> float | None:
    try:
        return datetime.strptime(wp_date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).timestamp()
    except ValueError:
        return None  # "0000-00-00 00:00:00", a draft's


def _our_id(wp_id: str) -> str:
    return f"wp-{wp_id}"


def import_wxr(store: CommentStore, path: Path, key: bytes, settings: Settings, now: float,
               post_id_from: str = "id") -> Counter:
    """Import what readers saw; returns how many comments came over and why the others did not."""
    tally: Counter = Counter()
    usable = TypeAdapter(PostId)
    shared = _shared_slugs(path) if post_id_from == "slug" else {}
    for post in read_wxr(path, post_id_from):
        try:
            usable.validate_python(post.post_id)
        except ValidationError:  # a slug with %-escapes or a "/": the API could never list it
            tally[f"skipped posts: {post_id_from} not a post id the API takes"] += 1
            continue
        if not post.public():
            # Its comments were never the public's, and a post id is easy to guess: nothing of it comes over.
            tally["skipped posts: draft, private or password-protected in WordPress"] += 1
            tally["skipped: on a post that is not public"] += len(post.comments)
            continue
        if post.post_id in shared and (shared[post.post_id] > 1 or not post.comments):
            # Two threads under one post id would be one thread on the page, and a post without comments would
            # close or date the other's: only a slug one post alone had comments under comes over.
            tally["skipped posts: slug another public post of the export has too (--post-id id tells them apart)"] += 1
            tally["skipped: on a post whose slug another post has too"] += len(post.comments)
            continue
        tally["posts"] += 1
        _import_post(store, post, key, settings, now, tally)
        published = _timestamp(post.date_gmt)
        # A post a moderator opened again since the last run stays open.
        closed = post.comment_status == "closed" and not store.reopened(post.post_id)
        if published is not None or closed:
            store.set_post(post.post_id, ACTOR, iso_utc(now), open_=False if closed else None,
                           published_at=published)
    return tally


def _shared_slugs(path: Path) -> dict[str, int]:
    """The slugs more than one public post has (WordPress lets a page and a post share one), each with how many
    of those posts have comments: a first read of the file, before anything is written."""
    posts: Counter = Counter()
    commented: Counter = Counter()
    for post in read_wxr(path, "slug"):
        if post.public():
            posts[post.post_id] += 1
            commented[post.post_id] += bool(post.comments)
    return {slug: commented[slug] for slug, count in posts.items() if count > 1}


def _import_post(store: CommentStore, post: WpPost, key: bytes, settings: Settings, now: float,
                 tally: Counter) -> None:
    readable: dict[str, WpComment] = {}
    html: dict[str, str] = {}
    when: dict[str, float | None] = {}
    for c in post.comments:
        if c.kind in ("pingback", "trackback"):
            tally["skipped: pingback or trackback"] += 1
        elif c.approved != "1":
            tally[f"skipped: {'held' if c.approved == '0' else c.approved} in WordPress"] += 1
        elif when.setdefault(c.wp_id, _timestamp(c.date_gmt)) is None or not c.wp_id:
            tally["skipped: no date or id"] += 1
        elif len(c.content.encode("utf-8")) > CONTENT_MAX or not shows_text(html.setdefault(c.wp_id, content_html(c.content))):
            tally["skipped: no text, or over 65,525 bytes"] += 1
        else:
            readable[c.wp_id] = c

    depth: dict[str, int] = {}

    def depth_of(wp_id: str, seen: tuple[str, ...] = ()) -> int:
        # A reply whose parent did not come over (held, spam, trashed) stands at the top, as it would show.
        if wp_id not in depth:
            parent = readable[wp_id].parent
            depth[wp_id] = 1 if parent not in readable or parent in seen else depth_of(parent, (*seen, wp_id)) + 1
        return depth[wp_id]

    deleted = store.deleted([_our_id(i) for i in readable])
    for c in sorted(readable.values(), key=lambda c: (when[c.wp_id], int(c.wp_id) if c.wp_id.isdigit() else 0)):
        comment_id = _our_id(c.wp_id)
        if comment_id in deleted:
            tally["skipped: deleted for good by a moderator since it was imported"] += 1
            continue
        if store.get(comment_id, consistent=False) is not None:
            tally["skipped: imported already"] += 1
            continue
        created = when[c.wp_id]
        level = depth_of(c.wp_id)
        keep_personal = settings.personal_data_expires_at(created) > now
        email = c.email.strip() or None
        account = c.user_id if c.user_id not in ("", "0") else None  # as the site's author_token names it
        # WordPress keeps a name escaped ("Tom &amp; Jerry"): as its reader types it again, for trust to match.
        name = " ".join(unescape(c.author).split())[:AUTHOR_MAX] or "Anonymous"
        comment = Comment(
            id=comment_id, post_id=post.post_id, author_name=name, content=c.content,
            content_html=html[c.wp_id], created_at=iso_utc(created), created_ts=created,
            parent_id=_our_id(c.parent) if level > 1 else None, depth=level,
            author_email=email if keep_personal else None,
            author_url=(c.url.strip() or None) if keep_personal else None,
            client_ip=(c.ip or None) if keep_personal else None,
            user_agent=(c.agent or None) if keep_personal else None,
            author_id=account if keep_personal else None,
            # The hashes outlive the raw data, as for every comment: trust and privacy requests find them.
            author_key=keys.author_key_of(key, email, account),
            client_key=keys.client_key(key, c.ip) if c.ip else None,
            correlation_id=ACTOR,  # no verdict: Commentguard's filter never judged it
            reasons=[{"code": "imported", "message": f"approved in WordPress (comment {c.wp_id}), imported"}],
            status=Status.APPROVED,
            history=[{"at": iso_utc(now), "actor": ACTOR, "to": Status.APPROVED.value, "note": "approved in WordPress"}],
        )
        # Stored approved, never pending: it carries WordPress's old date, so the resender's sweep finds it at
        # once, and a pending one it would send to be scored (and filed as spam, some of them). An approved one
        # it sends to the publisher, which may publish it before this does: the same publication.
        store.create(comment, NO_GUARDS, settings.personal_data_expires_at(created), even_if_closed=True)
        try:
            put_on_the_page(store, comment, comment.created_at, comment.created_ts, actor=ACTOR)
        except StaleStatus:
            if (stored := store.get(comment.id)) is None or stored.status is not Status.PUBLISHED:
                raise
        tally["comments imported"] += 1


def report(tally: Counter, out: IO[str]) -> None:
    for what, count in sorted(tally.items()):
        print(f"{count:>8,}  {what}", file=out)

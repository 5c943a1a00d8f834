"""Readers and moderators at random over the whole pipeline on moto, from fixed seeds: comments and replies, then
approve, hold, spam, not spam, trash, restore, permanent deletes, edits, staff replies, readers' reports, bulk
actions, rechecks, readers' erasure requests and posts closed, opened or premoderated, with queues delivered once
or twice. After each round, what readers see must be what moderation says is published, every listing must page
through to itself, the statistics must count the folders, and every comment's history must follow the state machine
(a comment written while its post was premoderated going first to a person).

Each decision is tested on its own elsewhere; this looks for what they do to each other. The seeds make each run
the same sequence, so a failure here can be replayed."""

from __future__ import annotations

import random
from urllib.parse import quote

import pytest

from commentguard.states import Status

POSTS = ("2026-12-06-budget-vote", "2026-12-06-tram-line")
TEXTS = (
    "The council should publish the full budget before the vote, not after it.",
    "Great reporting, thanks for covering the school board meeting so carefully.",
    "Buy cheap followers now at www.best-followers-cheap.com, limited offer, click here!!!",
    "You are a pathetic idiot and everyone on this page hates you.",
    "I disagree with the columnist: the bike lane has made my commute much safer.",
    "Make $500 a day from home, DM me on Telegram @richquick99 for the details.",
    "My grandmother ran that bakery for thirty years; it is sad to see it close.",
    "See https://a.example/x and https://b.example/y and https://c.example/z for the plan.",
)
ACTIONS = ("approve", "hold", "spam", "ham", "trash", "restore")


class Run:
    def __init__(self, pipeline, seed: int) -> None:
        self.pipeline, self.random = pipeline, random.Random(seed)
        self.moderator = pipeline.token("moderator", sub="mod-random")
        self.admin = pipeline.token("admin", sub="admin-random")
        self.post_of: dict[str, str] = {}  # every comment ever accepted, deleted ones too
        self.deleted: set[str] = set()
        self.answers: list[tuple[str, int]] = []
        self.closed: set[str] = set()
        self.premoderated: set[str] = set()
        self.premoderated_comments: set[str] = set()  # written while their post was premoderated

    def request(self, method: str, path: str, body=None, **kw):
        status, answer, _ = self.pipeline.request(method, path, body, **kw)
        assert status < 500, (method, path, body, answer)
        self.answers.append((f"{method} {path.split('/')[1]}", status))
        return status, answer

    def readers_post(self) -> None:
        post_id = self.random.choice(POSTS)
        n = len(self.post_of)
        body = {"post_id": post_id, "author_name": f"Reader {n}", "author_email": f"reader{n}@example.org",
                "content": f"{self.random.choice(TEXTS)} ({n})"}
        if self.random.random() < 0.3 and (published := self.pipeline.listing(post_id)):
            body["parent_id"] = self.random.choice(published)["id"]
        # Each reader from an address of their own: floods and duplicates are tested elsewhere.
        status, answer = self.request("POST", "/comments", body, ip=f"198.51.{n // 250}.{n % 250 + 1}")
        if post_id in self.closed:
            assert status == 403, answer
            return
        assert status == 202, answer
        self.post_of[answer["id"]] = post_id
        if post_id in self.premoderated:
            self.premoderated_comments.add(answer["id"])

    def moderate(self) -> None:
        comment_id = self.random.choice(list(self.post_of))
        roll = self.random.random()
        if roll < 0.5:
            self.request("POST", f"/moderation/comments/{comment_id}/actions",
                         {"action": self.random.choice(ACTIONS)}, token=self.moderator)
        elif roll < 0.6:
            # Delete Permanently, as a moderator would, from the trash or the spam folder mostly.
            _, folder = self.request("GET", f"/moderation/comments?status={self.random.choice(('trash', 'spam'))}",
                                          token=self.moderator)
            if folder["comments"] and self.random.random() < 0.8:
                comment_id = self.random.choice(folder["comments"])["id"]
            if self.request("DELETE", f"/moderation/comments/{comment_id}", token=self.moderator)[0] == 204:
                self.deleted.add(comment_id)
        elif roll < 0.7:
            self.request("PATCH", f"/moderation/comments/{comment_id}",
                         {"content": f"Edited by a moderator ({self.random.randrange(1000)})"}, token=self.moderator)
        elif roll < 0.77:
            status, answer = self.request("POST", f"/moderation/comments/{comment_id}/replies",
                                          {"content": "Thanks for writing in.", "author_name": "The Editors"},
                                          token=self.moderator)
            if status == 201:
                self.post_of[answer["id"]] = self.post_of[comment_id]
        elif roll < 0.85:
            self.request("POST", f"/comments/{comment_id}/reports", {"reason": "abuse"},
                         ip=f"203.0.113.{self.random.randrange(1, 250)}")
        elif roll < 0.92:
            ids = self.random.sample(list(self.post_of), min(len(self.post_of), self.random.randrange(1, 5)))
            action = self.random.choice((*ACTIONS, "delete"))
            status, answer = self.request("POST", "/moderation/actions", {"ids": ids, "action": action},
                                          token=self.moderator)
            if status == 200 and action == "delete":
                self.deleted.update(r["id"] for r in answer["results"] if r["code"] == 204)
        elif roll < 0.94:
            self.request("POST", "/moderation/recheck", {}, token=self.moderator)
        elif roll < 0.97:  # a post's comments closed or opened, or every new one held for a moderator, or not
            post_id = self.random.choice(POSTS)
            if self.random.random() < 0.5:
                closing = post_id not in self.closed
                body = {"comment_status": "closed" if closing else "open"}
                (self.closed.add if closing else self.closed.discard)(post_id)
            else:
                premoderating = post_id not in self.premoderated
                body = {"premoderated": premoderating}
                (self.premoderated.add if premoderating else self.premoderated.discard)(post_id)
            status, answer = self.request("PUT", f"/moderation/posts/{post_id}", body, token=self.moderator)
            assert status == 200, answer
        else:  # a reader asks for their data to be erased, as WordPress's Erase Personal Data
            email = f"reader{self.random.randrange(len(self.post_of))}@example.org"
            status, _ = self.request("POST", "/moderation/privacy/erase", {"email": email}, token=self.admin)
            assert status == 200
            status, export = self.request("POST", "/moderation/privacy/export", {"email": email}, token=self.admin)
            assert status == 200 and not export.get("comments"), export

    def pages(self, path: str, **kw) -> list[str]:
        """Every id of a listing read a few at a time, in one order or the other, cursor after cursor."""
        order = self.random.choice(("oldest", "newest"))
        ids, cursor = [], None
        while True:
            query = f"limit={self.random.randrange(1, 6)}&order={order}" + (f"&cursor={quote(cursor)}" if cursor else "")
            status, page = self.request("GET", f"{path}{'&' if '?' in path else '?'}{query}", **kw)
            assert status == 200, page
            ids += [c["id"] for c in page["comments"]]
            if not (cursor := page["next_cursor"]):
                return ids[::-1] if order == "newest" else ids

    def check(self) -> None:
        comments = {comment_id: self.pipeline.comment(comment_id) for comment_id in self.post_of}
        for post_id in POSTS:
            listed = [c["id"] for c in self.pipeline.listing(post_id)]
            assert len(listed) == len(set(listed)), f"{post_id} lists a comment twice"
            assert self.pages(f"/posts/{post_id}/comments") == listed, f"{post_id}'s pages differ from its listing"
            published = [c for c, comment in comments.items()
                         if self.post_of[c] == post_id and comment is not None and comment.status is Status.PUBLISHED]
            assert sorted(listed) == sorted(published), post_id
            status, counts = self.request("GET", f"/comment-counts?post_ids={post_id}")
            assert status == 200 and counts["counts"][post_id] == len(listed)
        status, stats = self.request("GET", "/moderation/stats", token=self.moderator)
        assert status == 200
        for folder in ("held", "spam", "trash"):
            paged = self.pages(f"/moderation/comments?status={folder}", token=self.moderator)
            assert len(paged) == len(set(paged)), f"the {folder} folder lists a comment twice"
            assert set(paged) == {c for c, comment in comments.items() if comment and comment.status.value == folder}
            assert stats["folders"][folder] == len(paged), (folder, stats["folders"])
        assert stats["moderation_queue"]["size"] == stats["folders"]["held"]
        for comment_id, comment in comments.items():
            assert (comment is None) == (comment_id in self.deleted), comment_id
            if comment is None:
                continue
            moves = self.pipeline.moves(comment)
            if comment_id in self.premoderated_comments:  # a person reads it first, whatever the filter thought
                assert moves[0][1] in ("held", "spam"), (comment_id, moves)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_what_readers_see_stays_what_moderation_published_through_random_decisions(pipeline, seed):
    run = Run(pipeline, seed)
    for _ in range(10):
        for _ in range(run.random.randrange(2, 6)):
            run.readers_post()
        pipeline.drain(times=run.random.choice((1, 1, 2)))
        for _ in range(run.random.randrange(3, 9)):
            run.moderate()
        pipeline.drain(times=run.random.choice((1, 1, 2)))
        run.check()
    # The run did what it meant to: decisions were taken, and some were refused as the state machine says.
    statuses = {status for _, status in run.answers}
    assert {200, 202}.issubset(statuses) and 409 in statuses
    assert run.deleted and any(pipeline.listing(post_id) for post_id in POSTS)

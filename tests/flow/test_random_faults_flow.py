"""AWS failing at random under the pipeline, from fixed seeds. While readers post and the queues are delivered, a
share of the functions' DynamoDB, SQS and EventBridge calls fail: some before they reach AWS (nothing done), some
after it answered (the write done, the answer lost on the way back). A reader whose POST got no 202 sends it again,
as a browser's retry or a second click does. Then AWS recovers: the queues drain, the resender sweeps as it does
every minute, and the dead-letter queues are redriven as RUNBOOK.md has an operator do.

A moderator decides meanwhile too (approves held comments, trashes, files as spam or takes back to the queue
published ones, edits a held or published one, replies to a published one as staff, deletes for good what they
trashed or filed as spam, or takes that back: restores it, or calls it not spam, and it is published again), and
retries a decision answered 503 until it is answered, as the answer asks. Readers report published comments,
retrying as they post; three readers' reports take a comment down for a moderator. Now and then a reader has their
data erased, the admin retrying as the moderator does.

After that, every comment a reader was told was accepted (202) must be there once, where the moderator's
decision or else its text sends it; no comment may be left pending or approved; what readers see must be exactly
what is published, counted right; each decision must be counted once; and no history may skip the state machine,
publish a comment twice or record a decision or an edit twice; each staff reply must be published once, each
comment deleted for good gone, counted once; each restored comment published again, once; each author's count of
published comments right; each reader's report counted once, a comment taken down by its reports once, and only
by three readers; and nothing left that leads back to a reader whose data was erased.

Each failure is tested on its own elsewhere (test_pipeline_flow.py); this looks for what they do together, at any
call. The seeds make each run the same sequence, so a failure here can be replayed."""

from __future__ import annotations

import collections
import io
import random

import pytest
from botocore.exceptions import ClientError

from commentguard import runtime
from commentguard.adapters import aws
from commentguard.adapters.store import standing_keys
from commentguard.flow.privacy import ANONYMOUS
from commentguard.keys import author_key_of
from commentguard.states import Status
from commentguard_dev import dlq

POSTS = ("2026-12-06-harbour-plan", "2026-12-06-school-merger")
# What each text becomes once the pipeline has read it: its author is new, and nobody moderates in this test.
TEXTS = {
    "The harbour plan leaves out the ferry terminal; the map in the article shows it on the wrong pier.": "published",
    "Thanks for covering the merger vote. Parents were told the bus routes would not change.": "published",
    "I grew up two streets from the school and the traffic there is already bad at 8 am.": "published",
    "Earn $900 a day from home!!! Message me on WhatsApp +44 7700 900123 to start today": "spam",
    "You are a pathetic idiot and everyone on this page hates you.": "held",
}
# Where each decision leads, and the comments it is taken on.
DECISIONS = {"approve": ("held", "published"), "trash": ("published", "trash"), "spam": ("published", "spam"),
             "hold": ("published", "held")}
# What takes a trash or spam decision back (WordPress's Restore and Not Spam): the comment was published, so it is again.
UNDO = {"trash": ("restore",), "spam": ("restore", "ham")}
EDITED = " [edited by a moderator]"  # an edit leaves the comment where it is: held, or on the page
STAFF = "The Editors"  # who signs the staff replies
# The comments each action is taken on: one action a comment, and a permanent delete or an undo after its trash or
# spam.
SINCE = {**{action: (since,) for action, (since, _) in DECISIONS.items()}, "edit": ("held", "published"),
         "reply": ("published",)}
SERVICES = ("dynamodb", "sqs", "events")
FAILURES = ("InternalServerError", "ThrottlingException", "ServiceUnavailable")


class Faults:
    """Fails a share of the AWS calls the functions make: before the call reaches AWS, or after AWS did what it
    asked (the answer lost). The test's own clients, and the event source mappings' receives and deletes, never
    fail: AWS runs those."""

    def __init__(self, rng: random.Random, rate: float) -> None:
        self.random, self.rate, self.on = rng, rate, False
        self.failed: dict[str, int] = {"before": 0, "after": 0}

    def install(self) -> None:
        for service in SERVICES:
            events = aws.client(service).meta.events
            events.register("before-call", self._before)
            events.register("after-call", self._after)

    def _fail(self, when: str, model) -> None:
        if self.on and self.random.random() < self.rate / 2:
            self.failed[when] += 1
            code = self.random.choice(FAILURES)
            raise ClientError({"Error": {"Code": code, "Message": f"injected {when} the call"}}, model.name)

    def _before(self, model, **_) -> None:
        self._fail("before", model)

    def _after(self, model, **_) -> None:
        self._fail("after", model)


class Run:
    def __init__(self, pipeline, seed: int, rate: float) -> None:
        self.pipeline, self.random = pipeline, random.Random(seed)
        self.faults = Faults(random.Random(seed + 1000), rate)
        self.faults.install()
        self.accepted: dict[str, tuple[str, str]] = {}  # id -> (post, text) of each comment answered 202
        self.sent: list[tuple[str, str, str]] = []  # (post, author, text) of each comment a reader sent
        self.email_of: dict[str, str] = {}  # each reader's email, by their name
        self.answers: list[int] = []
        self.moderator = pipeline.token("moderator", sub="mod-faults")
        self.decided: dict[str, str] = {}  # id -> the action a moderator took on it (one each)
        self.replied: dict[str, str] = {}  # id -> the text of the staff reply under it (one each)
        self.deleted: set[str] = set()  # deleted for good, after the moderator trashed or filed them as spam
        self.undone: dict[str, str] = {}  # id -> how the moderator took back trashing it or filing it as spam
        self.taken = collections.Counter()  # how many times the moderator took each action
        self.many = 0  # decisions taken on several comments at once
        self.given_up: set[str] = set()  # the comments whose action the moderator gave up on, every try refused
        self.reported: dict[str, list[str]] = {}  # id -> the addresses of the readers who reported it
        self.to_hold = runtime.settings().reports_to_hold  # readers whose reports take a comment down
        self.admin = pipeline.token("admin", sub="admin-faults")
        self.erased: dict[str, str] = {}  # the name -> the email of each reader whose data was erased

    def send(self, method: str, path: str, body: dict | None, answered: tuple[int, ...], **kw) -> tuple[int, dict]:
        """A request while AWS fails: a function that raised is API Gateway's 500. Each answer is one of
        ``answered`` or a 5xx (never a 4xx for a fault of ours)."""
        try:
            status, answer, _ = self.pipeline.request(method, path, body, **kw)
        except Exception:  # the function raised: API Gateway answers 500
            status, answer = 500, {}
        self.answers.append(status)
        assert status in (*answered, 500, 503), (status, answer)
        return status, answer

    def post(self, body: dict, ip: str) -> dict | None:
        status, answer = self.send("POST", "/comments", body, (202,), ip=ip)
        return answer if status == 202 else None

    def reader_posts(self) -> None:
        n = len(self.sent)
        post_id = self.random.choice(POSTS)
        text = self.random.choice(list(TEXTS))
        body = {"post_id": post_id, "author_name": f"Reader {n}", "author_email": f"reader{n}@example.org",
                "content": text}
        if self.random.random() < 0.3 and (published := [
                c for c, (p, _) in self.accepted.items()
                if p == post_id and self.status_of(c) == "published"]):
            body["parent_id"] = self.random.choice(published)
        self.sent.append((post_id, body["author_name"], text))
        self.email_of[body["author_name"]] = body["author_email"]
        ip = f"198.51.{n // 250}.{n % 250 + 1}"
        for _ in range(4):  # a reader tries a few times, then gives up (what was stored goes on all the same)
            if (answer := self.post(body, ip)) is not None:
                assert answer["status"] == "pending" and self.accepted.get(answer["id"], (post_id, text)) == (post_id, text)
                self.accepted[answer["id"]] = (post_id, text)
                return

    def moderator_decides(self, attempts: int = 6) -> None:
        """One decision (an edit, a staff reply) on a comment not decided yet, or a permanent delete or an undo of a
        trash or spam decision, sent again while it is answered 503; a decision or a delete now and then on two or
        three comments at once (``decide_many``). Of the actions that have a comment to take, one of those taken
        least so far: every seed takes each of them."""
        statuses = {c: self.status_of(c) for c in self.accepted}
        folders = [c for c, a in self.decided.items()
                   if a in UNDO and c not in self.deleted and c not in self.undone and statuses[c] == a]
        choices = {action: folders if action in ("delete", "undo") else self.untouched(SINCE[action], statuses)
                   for action in (*SINCE, "delete", "undo")}
        choices = {action: waiting for action, waiting in choices.items() if waiting}
        if not choices:
            return
        fewest = min(self.taken[action] for action in choices)
        action = self.random.choice([action for action in choices if self.taken[action] == fewest])
        self.taken[action] += 1
        waiting = choices[action]
        many = action in (*DECISIONS, "delete") and len(waiting) > 1 and self.random.random() < 0.4
        comment_ids = (self.random.sample(waiting, min(len(waiting), self.random.randrange(2, 4))) if many
                       else [self.random.choice(waiting)])
        # Taken before they are sent: one given up is sent again once AWS is back (``recover``).
        for comment_id in comment_ids:
            if action == "delete":
                self.deleted.add(comment_id)
            elif action == "undo":
                action = self.undone[comment_id] = self.random.choice(UNDO[self.decided[comment_id]])
            elif action == "reply":
                self.replied[comment_id] = f"Staff reply {len(self.replied)}."
            else:
                self.decided[comment_id] = action
        if many:
            self.many += 1
            self.decide_many(comment_ids, action, attempts)
            return
        for _ in range(attempts):
            status, answer = self.moderate(comment_id, action)
            if status in (200, 201, 204) or (status == 409 and action == "reply"):  # 409: the reply is there already
                assert status != 409 or "already under this comment" in answer["message"], answer
                return
        self.given_up.add(comment_id)

    def decide_many(self, comment_ids: list[str], action: str, attempts: int) -> None:
        """The same decision for several comments in one request (WordPress's Bulk actions), sent again for those
        answered 503 on their own, or for all when the whole request was answered 5xx."""
        left = comment_ids
        for _ in range(attempts):
            status, answer = self.send("POST", "/moderation/actions", {"action": action, "ids": left}, (200,),
                                       token=self.moderator)
            if status == 200:
                codes = {result["id"]: result["code"] for result in answer["results"]}
                assert set(codes) == set(left) and set(codes.values()) <= {200, 204, 503}, answer
                left = [c for c in left if codes[c] == 503]
                if not left:
                    return
        self.given_up.update(left)

    def readers_report(self) -> None:
        """Readers report a published comment no moderator acted on, enough of them to take it down (three or four)
        and too few (one or two) in turn, each sending it again after a 5xx, as a browser's retry does; one given up
        is sent again once AWS is back (``recover``)."""
        waiting = self.untouched(("published",))
        if not waiting:
            return
        comment_id = self.random.choice(waiting)
        first = sum(map(len, self.reported.values())) + 1  # each reader from an address of their own
        many = (self.to_hold if len(self.reported) % 2 == 0 else 1) + self.random.randrange(2)
        readers = self.reported[comment_id] = [f"203.0.113.{n}" for n in range(first, first + many)]
        for ip in readers:
            for _ in range(4):
                if self.report(comment_id, ip) == 202:
                    break

    def reader_erased(self) -> None:
        """A reader who commented has their data erased (WordPress's Erase Personal Data), sent again after a 5xx;
        one given up is sent again once AWS is back (``recover``)."""
        waiting = [name for _, name, _ in self.sent if name not in self.erased]
        if waiting:
            name = self.random.choice(waiting)
            email = self.erased[name] = self.email_of[name]
            for _ in range(4):
                if self.erase(email) == 200:
                    return

    def erase(self, email: str) -> int:
        return self.send("POST", "/moderation/privacy/erase", {"email": email}, (200,), token=self.admin)[0]

    def report(self, comment_id: str, ip: str) -> int:
        return self.send("POST", f"/comments/{comment_id}/reports", {"reason": "abuse"}, (202,), ip=ip)[0]

    def untouched(self, statuses: tuple[str, ...], now: dict[str, str | None] | None = None) -> list[str]:
        """The accepted comments in one of ``statuses`` that no moderator or reader has acted on yet (``now``: each
        comment's status, where it was just read)."""
        status_of = self.status_of if now is None else now.get
        return [c for c in self.accepted if c not in self.decided and c not in self.replied
                and c not in self.reported and status_of(c) in statuses]

    def status_of(self, comment_id: str) -> str | None:
        return None if (comment := self.pipeline.comment(comment_id)) is None else comment.status.value

    def moderate(self, comment_id: str, action: str) -> tuple[int, dict]:
        path = f"/moderation/comments/{comment_id}"
        if action == "delete":
            method, body = "DELETE", None
        elif action == "reply":
            method, path, body = "POST", f"{path}/replies", {"author_name": STAFF, "content": self.replied[comment_id]}
        elif action == "edit":
            method, body = "PATCH", {"content": self.accepted[comment_id][1] + EDITED}
        else:
            method, path, body = "POST", f"{path}/actions", {"action": action}
        return self.send(method, path, body, (200, 201, 204, 409), token=self.moderator)

    def deliver(self) -> None:
        """One batch from each queue, sometimes twice; a batch whose function raised stays in its queue."""
        times = self.random.choice((1, 1, 2))
        for queue in ("ScoringQueue", "PublishQueue"):
            try:
                self.pipeline.deliver(queue, times)
            except Exception:  # the redelivery's own invocation raised: Lambda retries the batch
                pass

    def recover(self, monkeypatch) -> None:
        """AWS is back: the queues drain, the dead-letter queues go back to theirs (``commentguard dlq redrive``)
        and the resender sweeps, with time enough passed for it to take every comment still waiting."""
        self.faults.on = False
        pipeline = self.pipeline
        stage = pipeline.template.physical_name("ScoringQueue").removeprefix("commentguard-scoring-")
        for comment_id, action in self.decided.items():  # the moderator's decisions still unanswered, again
            if comment_id in self.deleted:  # deleted once the decision was made: it is gone
                continue
            # (one taken back was answered: it was undone only once it was where it led)
            status, answer = self.moderate(comment_id, self.undone.get(comment_id, action))
            assert status == 200, answer
        for comment_id in self.replied:  # there already, unless every try failed before it was written
            status, answer = self.moderate(comment_id, "reply")
            if not (status == 201 and comment_id in self.given_up):
                assert status == 409 and "already under this comment" in answer["message"], answer
        for comment_id in self.deleted:
            status, answer = self.moderate(comment_id, "delete")
            assert status == 204, answer
        for comment_id, readers in self.reported.items():
            for ip in readers:
                assert self.report(comment_id, ip) == 202
        for email in self.erased.values():
            assert self.erase(email) == 200
        monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
        runtime.reset()
        for _ in range(3):
            pipeline.drain()
            for which in ("scoring", "publish"):
                assert dlq.redrive(pipeline.sqs, which, stage, io.StringIO()) == 0
            pipeline.functions["ResenderFunction"].invoke({})
        pipeline.drain()
        for queue in ("ScoringQueue", "PublishQueue", "ScoringDeadLetterQueue", "PublishDeadLetterQueue"):
            assert pipeline.depth(queue) == 0, queue

    def stored(self) -> dict:
        """Every comment in the table, whether or not its reader heard it was accepted."""
        pipeline, ids = self.pipeline, []
        pages = pipeline.dynamodb.get_paginator("scan").paginate(
            TableName=pipeline.store.table, ProjectionExpression="id, post_id", ConsistentRead=True)
        for page in pages:
            ids += [item["id"]["S"] for item in page["Items"] if "post_id" in item]
        return {c.id: c for c in (pipeline.comment(i) for i in ids) if c is not None}

    def check_erased(self, stored: dict) -> None:
        """Nothing that leads back to an erased reader is left: not their name, their email's keyed hash or their
        address on a comment, nor their personal data, trust, spam or abuse marks, or flood items; an export finds
        nothing of them."""
        anonymous = [c for c in stored.values() if c.author_name == ANONYMOUS]
        assert all(c.author_key is None and c.client_key is None for c in anonymous), anonymous
        left = [f"pii#{c.id}" for c in anonymous]
        for email in self.erased.values():
            author = author_key_of(runtime.secret_key(), email, None)
            left += [f"flood#email#{author}", *(k for k in standing_keys(author, None) if k)]
            status, export, _ = self.pipeline.request("POST", "/moderation/privacy/export", {"email": email},
                                                      token=self.admin)
            assert status == 200 and export["comments"] == [], export
        assert not (found := self.pipeline.store.get_many(left, consistent=True)), sorted(found)

    def check(self) -> None:
        stored = self.stored()
        assert set(self.accepted) - self.deleted <= set(stored), "a comment answered 202 was lost"
        assert not self.deleted & set(stored), "a comment deleted for good is still there"
        staff = {c.id: c for c in stored.values() if c.author_name == STAFF}
        stored = {i: c for i, c in stored.items() if i not in staff}
        replies = sorted((c.parent_id, c.content, c.status.value) for c in staff.values())
        assert replies == sorted((p, text, "published") for p, text in self.replied.items())
        # Each comment as its reader sent it, once (a retry stores nothing more); an erased reader's as "Anonymous".
        sent = collections.Counter((c.post_id, c.author_name, c.content.removesuffix(EDITED)) for c in stored.values())
        allowed = collections.Counter((p, ANONYMOUS if name in self.erased else name, t) for p, name, t in self.sent)
        assert not sent - allowed, f"stored twice, or not as sent: {sent - allowed}"
        self.check_erased(stored)
        for comment in stored.values():
            decided = self.decided.get(comment.id)
            text = comment.content.removesuffix(EDITED)
            assert (comment.content != text) == (decided == "edit"), (comment.id, comment.content)
            expected = DECISIONS[decided][1] if decided in DECISIONS else TEXTS[text]
            undone = comment.id in self.undone
            if undone:
                expected = "published"
            moves = self.pipeline.moves(comment)
            if readers := self.reported.get(comment.id):
                # A report after the take-down counts no more; one sent before it ended does.
                assert min(len(readers), self.to_hold) <= (comment.report_count or 0) <= len(readers), (comment.id, moves)
                if len(readers) >= self.to_hold:
                    expected = "held"
                    assert list(comment.held_for) == ["reports"], (comment.id, comment.held_for)
                    assert [to for _, to in moves].count("held") == 1, (comment.id, moves)
            assert comment.status.value == expected, (comment.id, comment.status, decided, comment.content)
            # Published once, and once more after an undo (it was on the page when it was trashed or filed as spam).
            published = [to for since, to in moves if since != to].count("published")
            assert published == 2 if undone else published <= 1, (comment.id, moves)
            # One decision, and its undo, each recorded once, whatever their retries.
            made = bool(decided) + undone
            assert sum(h.get("actor") == "mod-faults" for h in comment.history) == made, (comment.id, moves)
        # Each author (one comment each) counts a published comment once, and none of another.
        authors = {c.author_key: c for c in stored.values() if c.author_key}
        counted = self.pipeline.store.get_many([f"author#{k}" for k in authors], consistent=True)
        for key, comment in authors.items():
            count = int(counted.get(f"author#{key}", {}).get("approved_count", 0))
            assert count == (comment.status is Status.PUBLISHED), (comment.id, comment.status, count)
        status, stats, _ = self.pipeline.request("GET", "/moderation/stats", token=self.moderator)
        assert status == 200
        for action in DECISIONS:
            made = sum(1 for a in self.decided.values() if a == action)
            assert stats["decisions"].get(action, 0) == made, (action, stats["decisions"])
        assert stats["decisions"].get("delete", 0) == len(self.deleted), stats["decisions"]
        for action in ("restore", "ham"):
            made = sum(1 for a in self.undone.values() if a == action)
            assert stats["decisions"].get(action, 0) == made, (action, stats["decisions"])
        # The filter's mistakes, as the decisions told them: a published comment filed as spam was missed spam until
        # the moderator took that back; an approval out of a hold for abuse overrules the toxicity scorer.
        accuracy = stats["accuracy"]
        missed = sum(1 for c, a in self.decided.items() if a == "spam" and c not in self.undone)
        assert accuracy["missed_spam"] == missed, accuracy
        approved = sum(1 for a in self.decided.values() if a == "approve")
        assert accuracy["abuse_overruled"] == approved and accuracy["false_positives"] == 0, accuracy
        taken_down = sum(len(readers) >= self.to_hold for readers in self.reported.values())
        assert stats["reports"]["held"] == taken_down, stats["reports"]
        for post_id in POSTS:
            listed = [c["id"] for c in self.pipeline.listing(post_id)]
            published = [c.id for c in (*stored.values(), *staff.values())
                         if c.post_id == post_id and c.status is Status.PUBLISHED]
            assert sorted(listed) == sorted(published), f"{post_id} does not list what is published"
            status, counts, _ = self.pipeline.request("GET", f"/comment-counts?post_ids={post_id}")
            assert status == 200
            assert counts["counts"][post_id] == len(listed), f"{post_id} counts {counts['counts'][post_id]}, lists {len(listed)}"


@pytest.mark.parametrize(("seed", "rate"), [(1, 0.05), (2, 0.15), (4, 0.3)])
def test_every_accepted_comment_ends_where_its_text_or_its_moderator_sends_it_once_after_random_aws_failures(
        pipeline, monkeypatch, seed, rate):
    run = Run(pipeline, seed, rate)
    run.faults.on = True
    for _ in range(14):
        for _ in range(run.random.randrange(1, 5)):
            run.reader_posts()
        for _ in range(run.random.randrange(1, 4)):
            run.deliver()
        if run.random.random() < 0.5:
            run.readers_report()
        for _ in range(run.random.randrange(2, 5)):
            run.moderator_decides()
        if run.random.random() < 0.3:
            run.reader_erased()
    run.recover(monkeypatch)
    run.check()
    # The run did what it meant to: faults struck on both sides of a call, and readers were refused and retried.
    assert run.faults.failed["before"] and run.faults.failed["after"]
    assert 202 in run.answers and 200 in run.answers and {500, 503} & set(run.answers)
    assert set(run.decided.values()) == {*DECISIONS, "edit"} and run.replied and run.deleted and run.undone
    assert {len(readers) >= run.to_hold for readers in run.reported.values()} == {True, False}
    assert run.erased and run.many

"""Comments pushed through intake → scoring → publishing over real moto queues and tables."""

from __future__ import annotations

import json
import time

import boto3
import pytest

from commentguard import runtime
from commentguard.messages import CommentMessage
from commentguard.states import Status

POST = "2026-11-27-city-budget"
HAM = [
    "The article says the council voted 7 to 2, but the minutes I read list 6 to 3. Which is right?",
    "Thanks for covering this. The library cuts will hit the east side hardest.",
    "I was at the meeting; the mood in the room was a lot calmer than this piece suggests.",
    "Good reporting. Could you publish the full budget table next time?",
]


def _post_ok(pipeline, **fields) -> str:
    return pipeline.accepted(**{"post_id": POST, **fields})


@pytest.mark.parametrize(("depth", "message"), [("2", "at most 2 levels deep"), ("1", "takes no replies")])
def test_a_readers_reply_deeper_than_the_sites_thread_depth_is_refused_naming_parent_id(pipeline, monkeypatch,
                                                                                           depth, message):
    monkeypatch.setenv("MAX_THREAD_DEPTH", depth)
    runtime.reset()
    top = _post_ok(pipeline, author_name="Maria", content=HAM[0], ip="192.0.2.11")
    pipeline.drain()
    parent = top
    if depth == "2":
        parent = _post_ok(pipeline, author_name="Tom", parent_id=top, content=HAM[3], ip="192.0.2.12")
        pipeline.drain()
    status, body, _ = pipeline.post(post_id=POST, author_name="Ann", parent_id=parent, content=HAM[1], ip="192.0.2.13")
    assert status == 422 and body["errors"][0]["field"] == "parent_id"
    assert message in body["message"] and body["errors"][0]["problem"] == body["message"]
    assert [c["id"] for c in pipeline.listing(POST)] == ([top, parent] if depth == "2" else [top])


def test_a_mix_of_comments_each_ends_in_its_expected_state(pipeline, monkeypatch):
    monkeypatch.setenv("DISALLOWED_KEYS", "cheap-pills.example")
    runtime.reset()
    ham = _post_ok(pipeline, author_name="Maria", author_email="maria@example.org", content=HAM[0], ip="192.0.2.1")
    links = _post_ok(
        pipeline, author_name="Linker", ip="192.0.2.2",
        content="Useful: https://example.com/a and https://example.com/b and www.example.net",
    )
    honeypot = _post_ok(pipeline, author_name="Bot", honeypot="http://spam.example", content=HAM[1], ip="192.0.2.3")
    _, token, _ = pipeline.request("GET", f"/posts/{POST}/form-token")
    too_fast = _post_ok(pipeline, author_name="Speedy", form_token=token["token"], content=HAM[2], ip="192.0.2.4")
    disallowed = _post_ok(pipeline, author_name="Seller", content="visit cheap-pills.example today", ip="192.0.2.5")
    xss = _post_ok(
        pipeline, author_name="<b>Eve</b><script>alert(1)</script>", ip="192.0.2.6",
        content='Interesting <script>alert("x")</script><a href="javascript:alert(1)" onclick="x()">link</a> point.',
    )
    unicode = _post_ok(pipeline, author_name="Zoë Ångström", ip="192.0.2.7",
                       content="Très intéressant — 東京でも同じ議論があります. 👍")
    duplicate = pipeline.post(post_id=POST, author_name="Maria", author_email="maria@example.org", content=HAM[0],
                              ip="192.0.2.8")
    assert duplicate[0] == 409 and duplicate[1]["errors"][0]["field"] == "content"

    pipeline.drain()

    # A reply needs a published parent; a reply to a comment on another post is refused.
    reply = _post_ok(pipeline, author_name="Tom", parent_id=ham, content=HAM[3], ip="192.0.2.9")
    wrong_post = pipeline.post(post_id="another-post", author_name="Tom", parent_id=ham, content="Agreed.",
                               ip="192.0.2.10")
    assert wrong_post[0] == 422 and wrong_post[1]["errors"][0]["field"] == "parent_id"
    pipeline.drain()

    expected = {
        ham: Status.PUBLISHED, links: Status.HELD, honeypot: Status.SPAM, too_fast: Status.SPAM,
        disallowed: Status.SPAM, xss: Status.PUBLISHED, unicode: Status.PUBLISHED, reply: Status.PUBLISHED,
    }
    for comment_id, status in expected.items():
        comment = pipeline.comment(comment_id)
        assert comment.status is status, (comment.content, comment.reasons)
        assert comment.reasons or status is Status.PUBLISHED
    assert pipeline.comment(links).reasons[0]["code"] == "too_many_links"
    assert pipeline.comment(too_fast).reasons[0]["code"] == "form_too_fast"
    assert pipeline.comment(honeypot).reasons[0]["code"] == "honeypot"

    listing = {c["id"]: c for c in pipeline.listing(POST)}
    assert list(listing) == [ham, xss, unicode, reply]  # oldest first
    assert listing[reply]["parent_id"] == ham
    assert "<script" not in listing[xss]["content"] and "javascript:" not in listing[xss]["content"]
    assert "onclick" not in listing[xss]["content"]
    assert listing[xss]["author_name"] == "Eve"
    assert listing[unicode]["author_name"] == "Zoë Ångström"
    assert "東京" in listing[unicode]["content"]
    # The raw submission stays for moderators.
    assert "<script>" in pipeline.comment(xss).content


def test_the_public_reads_never_reveal_email_address_score_or_a_spam_verdict(pipeline):
    spam = _post_ok(pipeline, author_name="Bot", honeypot="x", content="hello there", ip="192.0.2.20")
    ham = _post_ok(pipeline, author_name="Ann", author_email="ann@example.org", content=HAM[1], ip="192.0.2.21")
    pipeline.drain()
    assert pipeline.comment(spam).status is Status.SPAM
    assert pipeline.request("GET", f"/comments/{spam}")[1] == {"id": spam, "status": "pending"}
    assert pipeline.request("GET", f"/comments/{ham}")[1] == {"id": ham, "status": "published"}
    [published] = pipeline.listing(POST)
    assert set(published) == {"id", "parent_id", "author_name", "author_role", "content", "created_at"}
    text = json.dumps(published)
    assert "ann@example.org" not in text and "192.0.2.21" not in text


def test_delivering_every_queue_message_twice_publishes_each_comment_exactly_once(pipeline):
    received_events = pipeline.watch_bus()
    ids = [_post_ok(pipeline, author_name=f"Reader {i}", content=text, ip=f"192.0.2.{30 + i}")
           for i, text in enumerate(HAM)]
    # The outbox sweep re-sending everything too: a third copy of each scoring message.
    for comment_id in ids:
        runtime.queues().send_to_scoring(CommentMessage(comment_id, POST, "sweep"))
    pipeline.drain(times=2)

    assert [c["id"] for c in pipeline.listing(POST)] == ids
    announced = [e["detail"]["comment_id"] for e in received_events() if e["detail-type"] == "Comment Published"]
    assert sorted(announced) == sorted(ids)
    first = {i: pipeline.comment(i).published_at for i in ids}
    pipeline.drain(times=2)
    assert {i: pipeline.comment(i).published_at for i in ids} == first


def test_a_posts_listing_may_be_cached_once_per_origin_of_the_pages_that_read_it(pipeline):
    status, _, headers = pipeline.request("GET", f"/posts/{POST}/comments")
    assert status == 200 and (headers["Cache-Control"], headers["Vary"]) == ("public, max-age=5", "Origin")


def test_answers_carry_text_in_other_scripts_as_text_not_escapes_two_to_six_times_longer(pipeline):
    comment_id = _post_ok(pipeline, author_name="Zoë Ångström", content="東京でも同じ議論があります 👍", ip="192.0.2.79")
    pipeline.drain()
    status, raw, _ = pipeline.request("GET", f"/posts/{POST}/comments", raw=True)
    assert status == 200 and "東京でも同じ議論があります 👍" in raw and "Zoë Ångström" in raw and "\\u" not in raw
    assert json.loads(raw)["comments"][0]["id"] == comment_id


LINKS = "Two sources: https://a.example/report and https://b.example/data, both worth reading."


def counts(pipeline, *post_ids: str) -> dict[str, int]:
    status, body, headers = pipeline.request("GET", "/comment-counts?post_ids=" + ",".join(post_ids))
    assert status == 200 and (headers["Cache-Control"], headers["Vary"]) == ("public, max-age=30", "Origin")
    return body["counts"]


def test_a_posts_comment_count_follows_its_listing_and_a_redelivery_counts_nothing_twice(pipeline):
    ids = [_post_ok(pipeline, author_name=f"Reader {i}", content=text, ip=f"192.0.2.{40 + i}")
           for i, text in enumerate(HAM[:3])]
    _post_ok(pipeline, author_name="Bot", honeypot="x", content=HAM[3], ip="192.0.2.44")  # spam: not shown
    _post_ok(pipeline, post_id="other-story", author_name="Ann", content=HAM[3], ip="192.0.2.45")
    for comment_id in ids:
        runtime.queues().send_to_publish(CommentMessage(comment_id, POST, "again"))
    pipeline.drain(times=2)
    assert counts(pipeline, POST, "other-story", "no-comments-yet") == {POST: 3, "other-story": 1, "no-comments-yet": 0}
    moderator = pipeline.token("moderator")
    decided = pipeline.request("POST", f"/moderation/comments/{ids[0]}/actions", {"action": "trash"}, token=moderator)
    assert decided[0] == 200
    assert counts(pipeline, POST) == {POST: 2} == {POST: len(pipeline.listing(POST))}
    assert pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]["comment_count"] == 2


def test_the_minutes_sweep_reports_how_many_comments_wait_for_a_moderator(pipeline, capfd):
    for i in range(2):
        _post_ok(pipeline, author_name=f"Linker {i}", content=f"{LINKS} ({i})", ip=f"192.0.2.{70 + i}")
    _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.72")
    pipeline.drain()
    capfd.readouterr()
    pipeline.functions["ResenderFunction"].invoke({})
    sizes = [line["ModerationQueueSize"] for line in map(json.loads, filter(None, capfd.readouterr().out.splitlines()))
             if "ModerationQueueSize" in line]
    assert sizes == [[2.0]]  # the two held; the published one waits for nobody


def _lose_counts(pipeline, **counts: int | None) -> None:
    """Post counts as a stack that published before counts existed (None: never counted) left them."""
    for post_id, count in counts.items():
        update = ("REMOVE comment_count", {}) if count is None else (
            "SET comment_count = :n", {"ExpressionAttributeValues": {":n": {"N": str(count)}}})
        pipeline.store.client.update_item(TableName=pipeline.store.table, Key={"id": {"S": f"post#{post_id}"}},
                                          UpdateExpression=update[0], **update[1])


def test_a_recount_sets_each_posts_count_to_what_its_listing_shows_and_a_second_one_sets_nothing(pipeline):
    import io

    from commentguard_dev.recount import recount

    for i, text in enumerate(HAM[:3]):
        _post_ok(pipeline, author_name=f"Reader {i}", content=text, ip=f"192.0.2.{50 + i}")
    _post_ok(pipeline, post_id="other-story", author_name="Ann", content=HAM[3], ip="192.0.2.54")
    pipeline.drain()
    _lose_counts(pipeline, **{POST: None, "other-story": -1, "emptied": 4})
    assert counts(pipeline, POST, "other-story", "emptied") == {POST: 0, "other-story": 0, "emptied": 4}

    out = io.StringIO()
    assert recount(pipeline.store, out) == {"posts": 2, "set": 2, "left": 0}
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [
        {"post_id": POST, "was": 0, "now": 3}, {"post_id": "other-story", "was": -1, "now": 1}]
    assert counts(pipeline, POST, "other-story") == {POST: 3, "other-story": 1}
    # A post whose listing is empty is found only when named.
    assert recount(pipeline.store, out := io.StringIO(), ["emptied"]) == {"posts": 1, "set": 1, "left": 0}
    assert counts(pipeline, "emptied") == {"emptied": 0}
    assert recount(pipeline.store, out := io.StringIO()) == {"posts": 2, "set": 0, "left": 0} and not out.getvalue()


def test_a_recount_never_overwrites_a_count_that_moved_while_it_counted(pipeline):
    import io

    from commentguard_dev import recount

    first = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.55")
    pipeline.drain()
    _lose_counts(pipeline, **{POST: None})
    store = pipeline.store
    real_read = store.stored_comment_count

    def read_then_publish(post_id):  # the publisher counts a comment between the recount's read and write
        seen = real_read(post_id)
        _post_ok(pipeline, author_name=f"Reader {seen}", content=HAM[1 + (seen or 0)], ip=f"192.0.2.{60 + (seen or 0)}")
        pipeline.drain()
        return seen

    store.stored_comment_count = read_then_publish
    out = io.StringIO()
    assert recount.recount(store, out) == {"posts": 1, "set": 0, "left": 1}
    assert "kept moving" in out.getvalue()
    del store.stored_comment_count
    assert counts(pipeline, POST) == {POST: recount.TRIES}  # the publisher's +1s stand; only the lost one is missing
    assert recount.recount(store, io.StringIO()) == {"posts": 1, "set": 1, "left": 0}
    assert counts(pipeline, POST) == {POST: 1 + recount.TRIES} == {POST: len(pipeline.listing(POST))}
    assert first in [c["id"] for c in pipeline.listing(POST)]


@pytest.mark.parametrize("query", ["", "?post_ids=", "?post_ids=a,,b", "?post_ids=a%20b",
                                   "?post_ids=" + ",".join(f"p{i}" for i in range(101))])
def test_comment_counts_need_one_to_a_hundred_post_ids(pipeline, query):
    status, body, _ = pipeline.request("GET", "/comment-counts" + query)
    assert status == 422 and body["errors"][0]["field"] == "post_ids"
    if query != "":  # missing: "is required"
        assert body["errors"][0]["problem"].startswith("must be up to 100 ids separated by commas")


@pytest.mark.parametrize("path", ["/comments/%20bad", "/posts/-lead/comments", "/comments/a%20b/reports"])
def test_an_id_of_the_wrong_shape_is_refused_in_words_not_with_the_pattern(pipeline, path):
    method = "POST" if path.endswith("/reports") else "GET"
    status, body, _ = pipeline.request(method, path, {"reason": "spam"} if method == "POST" else None)
    assert status == 422
    problem = body["errors"][0]["problem"]
    assert problem == "must be 1 to 128 letters, digits and . _ : - (a letter or digit first; no /)" and "^" not in problem


def test_a_held_comment_is_announced_to_moderators_once_with_its_reason_and_without_email_or_address(pipeline):
    received_events = pipeline.watch_bus()
    held = _post_ok(pipeline, author_name="Linker", author_email="linker@example.org", content=LINKS,
                    ip="192.0.2.35", post_url="https://news.example/budget")
    approved = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.36")
    pipeline.drain(times=2)  # every delivery twice: still one announcement
    assert pipeline.comment(held).status is Status.HELD

    events = [e for e in received_events() if e["detail-type"] == "Comment Held"]
    assert [e["detail"]["comment_id"] for e in events] == [held]
    detail = events[0]["detail"]
    assert detail["reasons"][0] == {"code": "too_many_links", "message": "2 links; this site holds a comment with 2 or more"}
    assert (detail["post_id"], detail["post_url"], detail["author_name"]) == (POST, "https://news.example/budget", "Linker")
    assert detail["excerpt"] == LINKS
    assert detail["held_for"] == ["spam"]  # the rules or the spam model, not the toxicity score
    assert "linker@example.org" not in json.dumps(events) and "192.0.2.35" not in json.dumps(events)
    assert approved not in json.dumps(events)


def test_a_hold_whose_delivery_died_before_telling_the_moderators_is_announced_by_the_redelivery(
        pipeline, monkeypatch):
    from commentguard.adapters.store import ANNOUNCE_PENDING
    from commentguard.flow import scoring

    received_events = pipeline.watch_bus()
    announce = scoring.announce_held

    def die_once(*args, **kwargs):  # the Lambda ends (a timeout, a crash) between the hold and the mail
        monkeypatch.setattr(scoring, "announce_held", announce)
        raise RuntimeError("the function timed out")

    monkeypatch.setattr(scoring, "announce_held", die_once)
    held = _post_ok(pipeline, author_name="Linker", content=LINKS, ip="192.0.2.39")
    pipeline.deliver("ScoringQueue")
    assert pipeline.comment(held).status is Status.HELD
    assert pipeline.comment(held).extra.get(ANNOUNCE_PENDING)
    assert [e for e in received_events() if e["detail-type"] == "Comment Held"] == []
    pipeline.drain()  # the redelivery
    assert [e["detail"]["comment_id"] for e in received_events() if e["detail-type"] == "Comment Held"] == [held]
    assert ANNOUNCE_PENDING not in pipeline.comment(held).extra
    pipeline.drain(times=2)
    assert [e for e in received_events() if e["detail-type"] == "Comment Held"] == []  # once only


def test_a_long_held_comment_is_announced_with_an_excerpt(pipeline):
    received_events = pipeline.watch_bus()
    _post_ok(pipeline, author_name="Linker", content=LINKS + " More words." * 100, ip="192.0.2.37")
    pipeline.drain()
    [event] = [e for e in received_events() if e["detail-type"] == "Comment Held"]
    assert len(event["detail"]["excerpt"]) == 300 and event["detail"]["excerpt"].endswith("…")


def test_an_announcement_that_fails_leaves_the_comment_held_the_record_done_and_a_metric_counted(
        pipeline, caplog, capfd):
    def refuse(**_):
        raise RuntimeError("EventBridge is down")

    runtime.events().client.meta.events.register("before-call.events.PutEvents", refuse)
    comment_id = _post_ok(pipeline, author_name="Linker", content=LINKS, ip="192.0.2.38")
    pipeline.deliver("ScoringQueue")
    assert pipeline.comment(comment_id).status is Status.HELD
    assert pipeline.depth("ScoringQueue") == 0  # not retried: scoring it again would change nothing
    [warning] = [r for r in caplog.records if "could not be announced" in r.getMessage()]
    assert warning.comment_id == comment_id  # what RUNBOOK tells an operator to look for
    assert '"HeldNotificationsFailed":[1.0]' in capfd.readouterr().out


def test_a_record_that_always_fails_lands_in_the_dlq_after_the_redrive_count(pipeline):
    sqs = boto3.client("sqs")
    poison = json.dumps({"version": 99, "comment_id": "c0ffee", "post_id": POST})
    sqs.send_message(QueueUrl=pipeline.queue_urls["ScoringQueue"], MessageBody=poison)
    redrive = json.loads(
        sqs.get_queue_attributes(QueueUrl=pipeline.queue_urls["ScoringQueue"], AttributeNames=["RedrivePolicy"])[
            "Attributes"]["RedrivePolicy"]
    )
    for _ in range(int(redrive["maxReceiveCount"])):
        assert pipeline.deliver("ScoringQueue") == 1
    assert pipeline.deliver("ScoringQueue") == 0
    dead = sqs.receive_message(QueueUrl=pipeline.queue_urls["ScoringDeadLetterQueue"]).get("Messages", [])
    assert [json.loads(m["Body"])["comment_id"] for m in dead] == ["c0ffee"]


def test_a_batch_with_one_bad_record_scores_the_others_and_retries_only_the_bad_one(pipeline):
    sqs = boto3.client("sqs")
    good = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.40")
    sqs.send_message(QueueUrl=pipeline.queue_urls["ScoringQueue"], MessageBody="{not json")
    assert pipeline.deliver("ScoringQueue") == 2
    assert pipeline.comment(good).status is Status.APPROVED
    assert pipeline.depth("ScoringQueue") == 1


def test_a_scoring_queue_send_that_fails_after_the_write_still_ends_with_the_comment_published(pipeline, monkeypatch):
    def refuse(**_):
        raise RuntimeError("SQS is down")

    sqs = runtime.queues().client
    sqs.meta.events.register("before-call.sqs.SendMessage", refuse)
    comment_id = _post_ok(pipeline, author_name="Ann", content=HAM[1], ip="192.0.2.50")
    sqs.meta.events.unregister("before-call.sqs.SendMessage", refuse)
    assert pipeline.depth("ScoringQueue") == 0
    assert pipeline.comment(comment_id).status is Status.PENDING

    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    time.sleep(0.01)
    assert pipeline.functions["ResenderFunction"].invoke({}) == {"to_scoring": 1, "to_publish": 0, "given_up": 0}
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.PUBLISHED


def test_a_publish_queue_send_that_fails_is_retried_by_the_scoring_redelivery(pipeline):
    comment_id = _post_ok(pipeline, author_name="Ann", content=HAM[2], ip="192.0.2.60")
    sqs = runtime.queues().client
    calls = []

    def refuse_publish(params, **_):
        if params["QueueUrl"].endswith(".fifo"):
            calls.append(1)
            raise RuntimeError("publish queue down")

    sqs.meta.events.register("provide-client-params.sqs.SendMessage", refuse_publish)
    pipeline.deliver("ScoringQueue")
    sqs.meta.events.unregister("provide-client-params.sqs.SendMessage", refuse_publish)
    assert calls and pipeline.comment(comment_id).status is Status.APPROVED
    assert pipeline.depth("ScoringQueue") == 1  # the record failed and returns
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.PUBLISHED


def test_a_posts_comments_publish_in_the_order_they_were_approved(pipeline):
    ids = [_post_ok(pipeline, author_name=f"R{i}", content=f"{HAM[i % 4]} ({i})", ip=f"192.0.2.{70 + i}")
           for i in range(12)]
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == ids


def test_a_site_that_requires_an_email_refuses_a_comment_without_one_naming_the_field(pipeline, monkeypatch):
    monkeypatch.setenv("REQUIRE_EMAIL", "true")
    runtime.reset()
    status, body, _ = pipeline.post(post_id=POST, author_name="Ann", content=HAM[0], ip="192.0.2.95")
    assert status == 422 and body["errors"][0]["field"] == "author_email" and "email" in body["message"]
    assert pipeline.depth("ScoringQueue") == 0
    _post_ok(pipeline, author_name="Ann", author_email="ann@example.org", content=HAM[0], ip="192.0.2.95")


def test_a_site_that_names_its_domains_refuses_a_post_url_elsewhere_which_would_go_out_in_the_moderators_mail(
        pipeline, monkeypatch):
    monkeypatch.setenv("SITE_DOMAINS", "news.example, www.news-example.org")
    runtime.reset()
    status, body, _ = pipeline.post(post_id=POST, author_name="Ann", content=HAM[0], ip="192.0.2.97",
                                    post_url="https://evil.example/cognito/login?next=moderation")
    assert status == 422 and body["errors"][0] == {
        "field": "post_url", "code": "foreign_post_url",
        "problem": "post_url must be a page of this site (news-example.org, news.example)"}
    assert pipeline.depth("ScoringQueue") == 0
    pages = ("https://news.example/2026/12/budget", "https://www.news-example.org/budget", "https://amp.news.example/b")
    for n, page in enumerate(pages):
        _post_ok(pipeline, author_name=f"Reader {n}", content=f"{HAM[0]} ({n})", ip=f"192.0.2.{110 + n}", post_url=page)


def test_a_post_url_a_browser_reads_as_another_host_than_the_site_is_refused_naming_the_field(pipeline, monkeypatch):
    monkeypatch.setenv("SITE_DOMAINS", "news.example")
    runtime.reset()
    status, body, _ = pipeline.post(post_id=POST, author_name="Ann", content=HAM[0], ip="192.0.2.98",
                                    post_url="https://evil.example\\@news.example/2026/budget")
    assert status == 422 and body["errors"][0]["field"] == "post_url" and '"\\"' in body["errors"][0]["problem"]
    assert pipeline.depth("ScoringQueue") == 0


def test_a_site_that_approves_every_comment_by_hand_holds_a_good_one_with_that_reason_first(pipeline, monkeypatch):
    monkeypatch.setenv("HOLD_ALL_COMMENTS", "true")
    runtime.reset()
    comment_id = _post_ok(pipeline, author_name="Ann", content=HAM[1], ip="192.0.2.96")
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.HELD and comment.reasons[0]["code"] == "manual_approval"


def test_a_site_that_takes_english_holds_a_portuguese_comment_for_a_moderator_and_publishes_english(pipeline,
                                                                                                      monkeypatch):
    monkeypatch.setenv("ALLOWED_LANGUAGES", "en")
    runtime.reset()
    foreign = _post_ok(pipeline, author_name="Rui", content="Não concordo com isso, o governo não tem razão nenhuma.",
                       ip="192.0.2.93")
    english = _post_ok(pipeline, author_name="Ann", content=HAM[1], ip="192.0.2.94")
    pipeline.drain()
    held = pipeline.comment(foreign)
    assert held.status is Status.HELD
    assert next(r for r in held.reasons if r["code"] == "language")["message"].startswith("written in Portuguese")
    assert pipeline.comment(english).status is Status.PUBLISHED


def test_a_site_that_holds_first_comments_publishes_a_readers_second_once_the_first_was_approved(pipeline, monkeypatch):
    monkeypatch.setenv("HOLD_NEW_AUTHORS", "true")
    runtime.reset()
    first = pipeline.judged(Status.HELD, post_id=POST, author_name="Ann", author_email="ann@example.org",
                            content=HAM[1], ip="192.0.2.97")
    assert pipeline.comment(first).reasons[0]["code"] == "new_author"
    status, _, _ = pipeline.request("POST", f"/moderation/comments/{first}/actions", {"action": "approve"},
                                    token=pipeline.token("moderator"))
    assert status == 200
    pipeline.drain()
    assert pipeline.comment(first).status is Status.PUBLISHED
    pipeline.judged(Status.PUBLISHED, post_id=POST, author_name="Ann", author_email="ann@example.org",
                    content=HAM[2], ip="192.0.2.97")


def test_a_reader_with_a_website_waits_once_then_publishes_under_her_name_and_a_casino_site_never_goes_unseen(
        pipeline):
    site = "https://www.sweetcrumbbakery.com"
    first = _post_ok(pipeline, author_name="Bea", author_email="bea@example.org", author_url=site, content=HAM[1],
                     ip="192.0.2.71")
    casino = _post_ok(pipeline, author_name="Lucky", author_email="lucky@example.net", content="Nice!",
                      author_url="https://livecasino-royale.net", ip="192.0.2.72")
    profile = _post_ok(pipeline, author_name="Cal", author_email="cal@example.org", content=HAM[3],
                       author_url="https://www.facebook.com/cal.r", ip="192.0.2.73")
    pipeline.drain()
    held = pipeline.comment(first)
    assert held.status is Status.HELD and [r["code"] for r in held.reasons][:1] == ["new_website"]
    assert held.held_for == ["site"]  # the site's rule, as new_author's: not the spam desk's
    assert pipeline.comment(casino).status is Status.HELD and pipeline.comment(casino).held_for == ["spam"]
    assert "website_trade" in [r["code"] for r in pipeline.comment(casino).reasons]
    assert pipeline.comment(profile).status is Status.PUBLISHED
    status, _, _ = pipeline.request("POST", f"/moderation/comments/{first}/actions", {"action": "approve"},
                                    token=pipeline.token("moderator"))
    assert status == 200
    pipeline.drain()
    second = _post_ok(pipeline, author_name="Bea", author_email="bea@example.org", author_url=site, content=HAM[2],
                      ip="192.0.2.71")
    impostor = _post_ok(pipeline, author_name="Cheap Flights", author_email="bea@example.org", content=HAM[3],
                        author_url="https://cheap-flights.example", ip="203.0.113.71")  # her email, typed by another
    pipeline.drain()
    assert pipeline.comment(second).status is Status.PUBLISHED
    assert pipeline.comment(impostor).status is Status.HELD  # WordPress trusts a name and email approved together
    assert "new_website" in [r["code"] for r in pipeline.comment(impostor).reasons]


def test_a_listing_pages_with_an_opaque_cursor(pipeline):
    ids = [_post_ok(pipeline, author_name=f"R{i}", content=f"{HAM[i % 4]} [{i}]", ip=f"192.0.2.{90 + i}")
           for i in range(5)]
    pipeline.drain()
    status, page1, _ = pipeline.request("GET", f"/posts/{POST}/comments?limit=3")
    assert status == 200 and [c["id"] for c in page1["comments"]] == ids[:3]
    status, page2, _ = pipeline.request("GET", f"/posts/{POST}/comments?limit=3&cursor={page1['next_cursor']}")
    assert [c["id"] for c in page2["comments"]] == ids[3:]
    assert pipeline.request("GET", f"/posts/{POST}/comments?cursor=bogus")[0] == 400

    status, newest, _ = pipeline.request("GET", f"/posts/{POST}/comments?limit=3&order=newest")
    assert status == 200 and [c["id"] for c in newest["comments"]] == ids[:1:-1]
    status, rest, _ = pipeline.request("GET", f"/posts/{POST}/comments?limit=3&order=newest&cursor={newest['next_cursor']}")
    assert [c["id"] for c in rest["comments"]] == ids[1::-1] and rest["next_cursor"] is None
    assert pipeline.request("GET", f"/posts/{POST}/comments?order=random")[0] == 422
    status, body, _ = pipeline.request("GET", f"/posts/{POST}/comments?limit=3&cursor={newest['next_cursor']}")
    assert status == 400 and "cursor pages order=newest" in body["message"]  # not the oldest page again


@pytest.mark.parametrize("flood_by", ["address", "email"])
def test_a_second_comment_within_the_flood_window_is_refused_with_retry_after(pipeline, monkeypatch, flood_by):
    monkeypatch.setenv("FLOOD_SECONDS", "15")
    runtime.reset()
    _post_ok(pipeline, author_name="Ann", author_email="ann@example.org", content=HAM[0], ip="192.0.2.100")
    second_ip = "192.0.2.100" if flood_by == "address" else "192.0.2.101"
    second_email = "other@example.org" if flood_by == "address" else "ann@example.org"
    status, body, headers = pipeline.post(post_id=POST, author_name="Ann", author_email=second_email,
                                          content=HAM[1], ip=second_ip)
    assert status == 429
    assert 1 <= int(headers["Retry-After"]) <= 15
    assert "quickly" in body["message"]
    # Another reader is not slowed down by Ann.
    _post_ok(pipeline, author_name="Bob", content=HAM[2], ip="192.0.2.102")


def test_a_site_that_takes_comments_from_signed_in_readers_only_refuses_others_and_ties_each_to_its_account(
        pipeline, monkeypatch):
    monkeypatch.setenv("REQUIRE_SIGNED_AUTHOR", "true")
    runtime.reset()
    status, body, _ = pipeline.post(post_id=POST, author_name="Anon", content=HAM[0], ip="192.0.2.190")
    assert (status, body["errors"][0]["field"]) == (403, "author_token")
    assert "signed-in readers only" in body["message"] and pipeline.depth("ScoringQueue") == 0

    token = pipeline.author_token("user-42", name="Ann Lee (subscriber)")
    comment_id = _post_ok(pipeline, author_name="Whatever the form said", content=HAM[1], author_token=token,
                          ip="192.0.2.191")
    moderator = pipeline.token("moderator")
    view = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]
    assert (view["author_name"], view["author_id"]) == ("Ann Lee (subscriber)", "user-42")

    forged = pipeline.author_token("user-42")[:-4] + "AAAA"
    status, body, _ = pipeline.post(post_id=POST, author_name="Ann", content=HAM[2], author_token=forged,
                                    ip="192.0.2.192")
    assert status == 422 and body["errors"][0]["field"] == "author_token"
    assert "is not signed with this site's AuthorSigningSecret" in body["message"]


def test_a_signed_in_reader_without_an_email_is_one_author_by_their_account_for_trust(pipeline):
    first = pipeline.judged(Status.PUBLISHED, post_id=POST, author_name="Bo", content=HAM[0],
                            author_token=pipeline.author_token("user-7"), ip="192.0.2.193")
    again = _post_ok(pipeline, author_name="Bo", content=HAM[1], author_token=pipeline.author_token("user-7"),
                     ip="192.0.2.194")
    assert pipeline.comment(again).author_key == pipeline.comment(first).author_key is not None
    stranger = _post_ok(pipeline, author_name="Bo", content=HAM[2], ip="192.0.2.195")  # the same name, unsigned
    assert pipeline.comment(stranger).author_key is None


def test_a_site_that_requires_the_forms_token_files_a_comment_posted_without_the_form_as_spam(pipeline, monkeypatch):
    monkeypatch.setenv("REQUIRE_FORM_TOKEN", "true")
    monkeypatch.setenv("MIN_FORM_SECONDS", "0")
    runtime.reset()
    bot = _post_ok(pipeline, author_name="Bot", content=HAM[0], ip="192.0.2.196")  # straight to the API
    status, form, _ = pipeline.request("GET", f"/posts/{POST}/form-token")
    assert status == 200
    reader = _post_ok(pipeline, author_name="Reader", content=HAM[1], form_token=form["token"], ip="192.0.2.197")
    pipeline.drain()
    assert pipeline.comment(bot).status is Status.SPAM
    assert pipeline.comment(bot).reasons[0]["code"] == "form_token_missing"
    assert pipeline.comment(reader).status is Status.PUBLISHED


def test_one_form_token_replayed_by_other_authors_from_other_addresses_is_spam_and_a_readers_own_replies_are_not(
        pipeline, monkeypatch):
    monkeypatch.setenv("MIN_FORM_SECONDS", "0")
    runtime.reset()
    token = pipeline.request("GET", f"/posts/{POST}/form-token")[1]["token"]
    reader = _post_ok(pipeline, author_name="Reader", content=HAM[0], form_token=token, ip="192.0.2.200")
    reply = _post_ok(pipeline, author_name="Reader", content=HAM[1], form_token=token, ip="192.0.2.200")
    on_the_move = _post_ok(pipeline, author_name="Reader", content=HAM[2], form_token=token,
                           ip="198.51.100.201")  # the same reader, her phone on another network now
    with_email = _post_ok(pipeline, author_name="Reader", author_email="reader@example.org", content=HAM[3],
                          form_token=token, ip="198.51.100.202")  # and the email field filled in this time
    replayed = [_post_ok(pipeline, author_name=f"Bot {n}", content=HAM[n], form_token=token, ip=f"203.0.113.{n}")
                for n in (1, 2)]
    pipeline.drain()
    for comment_id in (reader, reply, on_the_move, with_email):
        assert pipeline.comment(comment_id).status is Status.PUBLISHED, comment_id
    for comment_id in replayed:
        comment = pipeline.comment(comment_id)
        assert comment.status is Status.SPAM
        assert comment.reasons[0]["code"] == "form_token_reused" and "another address" in comment.reasons[0]["message"]


def test_behind_a_proxy_that_names_each_readers_address_readers_do_not_share_one_flood_limit(pipeline, monkeypatch):
    from commentguard.api.client import PROXY_HEADER, proxy_token

    proxy = "203.0.113.9"
    monkeypatch.setenv("FLOOD_SECONDS", "15")
    runtime.reset()

    def post(reader: str, content: str, peer: str = proxy) -> int:
        token = {PROXY_HEADER: proxy_token(runtime.secret_key())} if peer == proxy else {}
        return pipeline.request("POST", "/comments", {"post_id": POST, "author_name": f"R{reader[-1]}",
                                                      "content": content}, ip=peer,
                                headers={"cloudfront-viewer-address": f"{reader}:51000", **token})[0]

    assert post("198.51.100.11", HAM[0]) == 202
    assert post("198.51.100.12", HAM[1]) == 429  # by default the proxy's address is every reader's
    monkeypatch.setenv("CLIENT_ADDRESS_HEADER", "CloudFront-Viewer-Address")
    runtime.reset()
    assert post("198.51.100.13", HAM[2]) == 202
    assert post("198.51.100.14", HAM[3]) == 202
    assert post("198.51.100.14", HAM[0] + " Again.") == 429  # one reader still has the limit
    # A bot calling the API's own endpoint writes what address it likes: without the token, the peer it is.
    assert post("198.51.100.15", HAM[1] + " Direct.", peer="192.0.2.99") == 202
    assert post("198.51.100.16", HAM[2] + " Direct.", peer="192.0.2.99") == 429


def test_a_site_that_blocks_a_country_holds_its_comments_as_its_cdn_tells_it_and_believes_only_its_proxy(
        pipeline, monkeypatch):
    from commentguard.api.client import PROXY_HEADER, proxy_token

    monkeypatch.setenv("CLIENT_COUNTRY_HEADER", "CloudFront-Viewer-Country")
    monkeypatch.setenv("BLOCKED_COUNTRIES", "RU,CN")
    runtime.reset()

    def post(n: int, country: str, proxied: bool = True) -> str:
        token = {PROXY_HEADER: proxy_token(runtime.secret_key())} if proxied else {}
        status, body, _ = pipeline.request("POST", "/comments", {"post_id": POST, "author_name": f"R{n}",
                                                                 "content": HAM[n]}, ip=f"192.0.2.{120 + n}",
                                           headers={"cloudfront-viewer-country": country, **token})
        assert status == 202, body
        return body["id"]

    blocked, welcome, direct = post(0, "RU"), post(1, "DE"), post(2, "RU", proxied=False)
    pipeline.drain()
    held = pipeline.comment(blocked)
    assert (held.status, held.held_for) == (Status.HELD, ["site"])
    assert held.reasons[0] == {"code": "country",
                               "message": "sent from one of the countries this site holds comments from (CN, RU)"}
    assert pipeline.store.get(blocked, with_pii=True).client_country == "RU"  # kept with the address: personal data
    assert pipeline.comment(welcome).status is Status.PUBLISHED
    # Straight to the API's endpoint, a bot writes what country it likes: not believed, so not known.
    assert pipeline.comment(direct).status is Status.PUBLISHED
    assert pipeline.store.get(direct, with_pii=True).client_country is None
    moderator = pipeline.token("moderator")
    assert pipeline.request("GET", f"/moderation/comments/{blocked}", token=moderator)[1]["client_country"] == "RU"


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"author_name": "A", "content": "x" * 65_526}, "content"),
        ({"author_name": "A" * 246, "content": "hi"}, "author_name"),
        ({"author_name": "A", "content": "hi", "author_email": "a" * 95 + "@x.org"}, "author_email"),
        ({"author_name": "A", "content": "hi", "author_url": "http://x.org/" + "a" * 190}, "author_url"),
        ({"author_name": "A", "content": "hi", "author_url": "javascript:alert(1)"}, "author_url"),
        ({"author_name": "A", "content": " \n\t "}, "content"),
        ({"author_name": "A", "content": "<script>alert(1)</script>"}, "content"),  # nothing once sanitised
        ({"author_name": "<img src=x onerror=alert(1)>", "content": "hi"}, "author_name"),
        ({"author_name": "A"}, "content"),
        ({"author_name": "A", "content": "hi", "parent_id": "nope"}, "parent_id"),
    ],
)
def test_bad_input_gets_a_4xx_naming_the_field_and_stores_nothing(pipeline, payload, field):
    status, body, _ = pipeline.post(post_id=POST, **payload)
    assert 400 <= status < 500
    assert field in [e["field"] for e in body["errors"]]
    assert pipeline.depth("ScoringQueue") == 0


@pytest.mark.parametrize("raw", ["{not json", "[]", '"a string"', "", "null"])
def test_a_body_that_is_not_a_json_object_gets_a_4xx(pipeline, raw):
    status, body, _ = pipeline.request("POST", "/comments", raw)
    assert 400 <= status < 500, body
    assert body["message"]
    assert [e["field"] for e in body["errors"]] == ["body"]


def test_a_scoring_batch_reads_its_comments_in_a_few_requests_not_one_per_comment(pipeline):
    ids = [_post_ok(pipeline, author_name=f"R{i}", author_email=f"r{i}@example.org", content=f"{HAM[i % 4]} <{i}>",
                    ip=f"192.0.2.{150 + i}") for i in range(10)]
    calls: list[str] = []
    dynamodb = runtime.store().client
    dynamodb.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name))
    assert pipeline.deliver("ScoringQueue") == 10
    reads = [c for c in calls if c in ("GetItem", "BatchGetItem", "TransactGetItems", "Query")]
    assert reads == ["BatchGetItem", "BatchGetItem"]  # comments with their personal data; authors' trust
    assert all(pipeline.comment(i).status is Status.APPROVED for i in ids)


def test_a_comment_that_never_leaves_pending_is_resent_a_bounded_number_of_times(pipeline, monkeypatch):
    from commentguard.flow.resend import MAX_RESENDS

    comment_id = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.170")
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    resender = pipeline.functions["ResenderFunction"]
    sweeps = [resender.invoke({}) for _ in range(MAX_RESENDS + 2)]
    assert [s["to_scoring"] for s in sweeps] == [1] * MAX_RESENDS + [0, 0]
    assert sweeps[-1]["given_up"] == 1
    assert pipeline.depth("ScoringQueue") == 1 + MAX_RESENDS  # the original send and each re-send
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.PUBLISHED


def test_re_sends_a_queue_does_not_take_do_not_count_so_an_outage_longer_than_the_sweeps_loses_nothing(
        pipeline, monkeypatch):
    from commentguard.flow.resend import MAX_RESENDS

    def lose(queue):  # a send lost: the outbox sweep is all that is left
        pipeline.sqs.purge_queue(QueueUrl=pipeline.queue_urls[queue])

    approved = _post_ok(pipeline, author_name="Bob", content=HAM[1], ip="192.0.2.174")
    assert pipeline.deliver("ScoringQueue") == 1
    lose("PublishQueue")
    pending = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.173")
    lose("ScoringQueue")
    assert [pipeline.comment(i).status for i in (pending, approved)] == [Status.PENDING, Status.APPROVED]
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    resender = pipeline.functions["ResenderFunction"]

    def sqs_down(**_):
        raise RuntimeError("SQS is down")

    sqs = runtime.queues().client
    for call in ("SendMessage", "SendMessageBatch"):
        sqs.meta.events.register(f"before-call.sqs.{call}", sqs_down)
    try:
        for _ in range(MAX_RESENDS + 2):
            with pytest.raises(RuntimeError, match="SQS is down"):  # the function fails: its alarm
                resender.invoke({})
    finally:
        for call in ("SendMessage", "SendMessageBatch"):
            sqs.meta.events.unregister(f"before-call.sqs.{call}", sqs_down)
    assert all("resends" not in pipeline.comment(i).extra for i in (pending, approved))
    assert resender.invoke({}) == {"to_scoring": 1, "to_publish": 1, "given_up": 0}
    pipeline.drain()
    assert {pipeline.comment(i).status for i in (pending, approved)} == {Status.PUBLISHED}


def test_comments_given_up_on_at_the_head_of_the_index_do_not_keep_the_sweep_from_newer_ones(pipeline, monkeypatch):
    from commentguard.flow import resend

    monkeypatch.setattr(resend, "SWEEP_MOST", 2)
    old = [_post_ok(pipeline, author_name=f"Old{i}", content=HAM[i], ip=f"192.0.2.{175 + i}") for i in range(3)]
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    resender = pipeline.functions["ResenderFunction"]
    for _ in range(resend.MAX_RESENDS * 2):  # two a sweep: the three old ones use up their re-sends
        resender.invoke({})
    assert resender.invoke({})["given_up"] == 3
    newer = _post_ok(pipeline, author_name="New", content=HAM[3], ip="192.0.2.179")
    assert resender.invoke({}) == {"to_scoring": 1, "to_publish": 0, "given_up": 3}
    pipeline.drain()
    assert {pipeline.comment(i).status for i in (*old, newer)} == {Status.PUBLISHED}


def test_comments_the_resender_gave_up_on_do_not_keep_it_from_re_sending_a_newer_one(pipeline, monkeypatch):
    from commentguard.flow.resend import MAX_RESENDS

    given_up = _post_ok(pipeline, author_name="Ann", content=HAM[0], ip="192.0.2.171")
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    resender = pipeline.functions["ResenderFunction"]
    for _ in range(MAX_RESENDS):
        resender.invoke({})
    newer = _post_ok(pipeline, author_name="Bob", content=HAM[1], ip="192.0.2.172")
    assert resender.invoke({}) == {"to_scoring": 1, "to_publish": 0, "given_up": 1}
    assert resender.invoke({})["given_up"] == 1  # it still waits: counted each sweep until redriven
    pipeline.drain()
    assert {pipeline.comment(i).status for i in (given_up, newer)} == {Status.PUBLISHED}


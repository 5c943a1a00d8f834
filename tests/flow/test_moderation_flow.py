"""Moderators at work over the whole pipeline on moto: tokens, decisions, history, feedback, stats,
and a reader's export and erasure."""

from __future__ import annotations

import base64
import gzip
import json
import time
from datetime import UTC, datetime

import boto3
import pytest

from commentguard import runtime
from commentguard.models import iso_utc
from commentguard.scoring.toxicity import HELD_TOXICITY
from commentguard.states import TRANSITIONS, Status

POST = "2026-11-27-transit-plan"
GOOD = "The new tram line would finally connect the hospital with the train station, long overdue."


READER = {"post_id": POST, "author_name": "Reader"}  # what a test's comment leaves out


def _post(pipeline, **fields) -> str:
    return pipeline.accepted(**READER | fields)


def _judged(pipeline, status: Status, **fields) -> str:
    return pipeline.judged(status, **READER | fields)


def _held(pipeline, ip="192.0.2.1", content="See https://a.example/x and https://b.example/y for the plan.",
          **fields) -> str:
    return _judged(pipeline, Status.HELD, content=content, ip=ip, **fields)


def act(pipeline, comment_id, action, token, note=None, **said):
    body = {"action": action} | ({"note": note} if note else {}) | said
    return pipeline.request("POST", f"/moderation/comments/{comment_id}/actions", body, token=token)


HATEFUL = "Deport all of these animals, they are vermin and should go back where they came from."


def _held_for_abuse(pipeline, ip="192.0.2.60", content=HATEFUL, **fields) -> str:
    comment_id = _post(pipeline, content=content, ip=ip, **fields)
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.HELD and comment.toxicity_score >= 0.5 and comment.held_for == ["toxicity"]
    return comment_id


def _configure(monkeypatch, **env: str) -> None:
    """The site's settings for this test: the functions read them anew."""
    from commentguard import runtime

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    runtime.reset()


def _feedback(pipeline, comment_id) -> dict | None:
    return pipeline.store.item(f"feedback#{comment_id}")


def test_a_moderator_sees_a_held_comment_with_its_reasons_and_approves_it_into_the_listing(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    comment_id = _held(pipeline, author_email="writer@example.org")

    status, queue, _ = pipeline.request("GET", "/moderation/comments?status=held", token=moderator)
    assert status == 200
    [held] = queue["comments"]
    assert held["id"] == comment_id and held["reasons"][0]["code"] == "too_many_links"
    assert held["held_for"] == ["spam"]
    assert held["content_raw"].startswith("See https://") and held["spam_score"] is not None

    status, body, _ = act(pipeline, comment_id, "approve", moderator, note="links are to the city's own site")
    assert (status, body) == (200, {"id": comment_id, "status": "approved"})
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [comment_id]

    status, detail, _ = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)
    moves = [(h["from"], h["to"], h["actor"]) for h in detail["history"]]
    assert moves == [("pending", "held", "scoring"), ("held", "approved", "mod-anna"), ("approved", "published", "publisher")]
    assert detail["history"][1]["note"] == "links are to the city's own site"
    assert detail["author_email"] == "writer@example.org"
    assert detail["sender"] == {"trusted": True, "approved_comments": 1, "author_marked_spam": False,
                                "author_marked_elsewhere": False, "address_marked_spam": False,
                                "author_abusive_until": None, "author_banned_until": None,
                                "address_banned_until": None}


def test_marking_a_published_comment_as_spam_removes_it_from_the_listing_and_records_feedback(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.2")
    pipeline.drain()
    assert pipeline.listing(POST)
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    assert pipeline.listing(POST) == []
    assert pipeline.comment(comment_id).expires_at  # the spam folder expires
    feedback = pipeline.store.get_many([f"feedback#{comment_id}"])[f"feedback#{comment_id}"]
    assert feedback["label"] == "spam" and feedback["normalized"]

    status, stats, _ = pipeline.request("GET", "/moderation/stats", token=moderator)
    assert status == 200
    assert stats["accuracy"]["missed_spam"] == 1 and stats["verdicts"]["approve"] == 1


def test_an_approval_whose_publish_send_fails_is_still_an_approval_and_the_resender_publishes_it(pipeline, monkeypatch):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.70")

    def refuse(**_):
        raise RuntimeError("SQS is down")

    sqs = runtime.queues().client
    sqs.meta.events.register("before-call.sqs.SendMessage", refuse)
    try:
        assert act(pipeline, comment_id, "approve", moderator)[:2] == (200, {"id": comment_id, "status": "approved"})
    finally:
        sqs.meta.events.unregister("before-call.sqs.SendMessage", refuse)
    assert pipeline.depth("PublishQueue") == 0
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    time.sleep(0.01)
    assert pipeline.functions["ResenderFunction"].invoke({})["to_publish"] == 1
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.PUBLISHED


def test_a_comment_that_used_its_re_sends_while_pending_has_them_again_once_approved(pipeline, monkeypatch):
    from commentguard.flow.resend import MAX_RESENDS

    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content="See https://a.example/x and https://b.example/y for the plan.",
                       ip="192.0.2.71")
    _configure(monkeypatch, RESEND_AFTER_SECONDS="0")
    resender = pipeline.functions["ResenderFunction"]
    time.sleep(0.01)
    assert [resender.invoke({})["to_scoring"] for _ in range(MAX_RESENDS + 1)] == [1] * MAX_RESENDS + [0]
    pipeline.drain()  # a slow first scoring: held at last, its re-sends all spent in pending
    assert pipeline.comment(comment_id).status is Status.HELD

    def refuse(**_):
        raise RuntimeError("SQS is down")

    sqs = runtime.queues().client
    sqs.meta.events.register("before-call.sqs.SendMessage", refuse)
    try:
        assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    finally:
        sqs.meta.events.unregister("before-call.sqs.SendMessage", refuse)
    assert resender.invoke({}) == {"to_scoring": 0, "to_publish": 1, "given_up": 0}
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.PUBLISHED


def test_a_comment_approved_again_is_sent_to_publishing_under_a_new_name_so_sqs_does_not_drop_it(pipeline):
    # A FIFO queue drops a message whose deduplication id it saw in the last five minutes, even one
    # already consumed (moto forgets consumed ones, so the names are compared here).
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.72")
    names: list[str] = []
    sqs = runtime.queues().client
    record = lambda params, **_: names.append(params["MessageDeduplicationId"])  # noqa: E731
    sqs.meta.events.register("provide-client-params.sqs.SendMessage", record)
    try:
        for _ in range(2):
            assert act(pipeline, comment_id, "approve", moderator)[0] == 200
            pipeline.drain()
            assert pipeline.comment(comment_id).status is Status.PUBLISHED
            assert act(pipeline, comment_id, "hold", moderator)[0] == 200
    finally:
        sqs.meta.events.unregister("provide-client-params.sqs.SendMessage", record)
    assert len(names) == 2 and len(set(names)) == 2 and all(n.startswith(comment_id) for n in names)


def test_stats_count_the_comments_waiting_in_each_folder_a_moderator_empties(pipeline):
    moderator = pipeline.token("moderator")
    held = [_held(pipeline, ip=f"192.0.2.{60 + i}", content=f"See https://a.example/{i} and https://b.example/y for the plan.")
            for i in range(3)]
    pipeline.drain()
    folders = lambda: pipeline.request("GET", "/moderation/stats", token=moderator)[1]["folders"]  # noqa: E731
    assert folders() == {"held": 3, "spam": 0, "trash": 0}
    assert act(pipeline, held[0], "spam", moderator)[0] == 200
    assert act(pipeline, held[1], "trash", moderator)[0] == 200
    assert folders() == {"held": 1, "spam": 1, "trash": 1}
    assert pipeline.request("DELETE", f"/moderation/comments/{held[0]}", token=moderator)[0] == 204
    assert folders() == {"held": 1, "spam": 0, "trash": 1}


def test_taking_a_published_comment_down_is_announced_for_cache_purges_and_other_decisions_are_not(pipeline):
    moderator = pipeline.token("moderator")
    shown = _post(pipeline, content=GOOD, ip="192.0.2.4", post_url="https://news.example/tram")
    held = _held(pipeline, ip="192.0.2.5")
    pipeline.drain()
    caught = pipeline.watch_bus()
    assert act(pipeline, shown, "trash", moderator)[0] == 200
    assert act(pipeline, held, "spam", moderator)[0] == 200  # readers never saw it: nothing to purge

    [event] = caught()
    assert event["detail-type"] == "Comment Unpublished"
    detail = event["detail"]
    assert (detail["comment_id"], detail["post_id"], detail["post_url"], detail["status"]) == (
        shown, POST, "https://news.example/tram", "trash")
    assert detail["unpublished_at"] == pipeline.comment(shown).history[-1]["at"]


def test_when_the_bus_refuses_a_take_down_nothing_changes_and_the_moderator_is_asked_to_retry(pipeline):
    moderator = pipeline.token("moderator")
    shown = _post(pipeline, content=GOOD, ip="192.0.2.6")
    held = _held(pipeline, ip="192.0.2.7")
    pipeline.drain()
    from botocore.awsrequest import AWSResponse

    from commentguard import runtime

    def refuse(**_):  # PutEvents answers 200 with the entry failed: the bus's way of refusing
        return AWSResponse("https://events", 200, {}, None), {
            "FailedEntryCount": 1, "Entries": [{"ErrorCode": "InternalFailure", "ErrorMessage": "try later"}]}

    runtime.events().client.meta.events.register("before-call.events.PutEvents", refuse)
    status, body, headers = act(pipeline, shown, "spam", moderator)
    assert (status, headers.get("Retry-After")) == (503, "1") and "please retry" in body["message"]
    assert pipeline.comment(shown).status is Status.PUBLISHED and [c["id"] for c in pipeline.listing(POST)] == [shown]
    assert _feedback(pipeline, shown) is None  # nor a spam example

    status, body, _ = pipeline.request("POST", "/moderation/actions", {"action": "trash", "ids": [shown, held]},
                                       token=moderator)
    assert status == 200 and [r["code"] for r in body["results"]] == [503, 200]
    assert pipeline.comment(held).status is Status.TRASH
    assert edit(pipeline, shown, "Edited.", moderator)[0] == 503
    assert pipeline.comment(shown).content == GOOD


def test_not_spam_rescues_a_spam_comment_teaches_the_filter_and_counts_a_false_positive(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _judged(pipeline, Status.SPAM, content=GOOD, honeypot="filled by autofill", ip="192.0.2.3")
    assert act(pipeline, comment_id, "ham", moderator)[1] == {"id": comment_id, "status": "approved"}
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.PUBLISHED and comment.expires_at is None
    assert pipeline.store.get_many([f"feedback#{comment_id}"])[f"feedback#{comment_id}"]["label"] == "ham"
    stats = pipeline.request("GET", "/moderation/stats", token=moderator)[1]
    assert stats["accuracy"]["false_positives"] == 1


def _accuracy(pipeline, token) -> dict:
    return pipeline.request("GET", "/moderation/stats", token=token)[1]["accuracy"]


def test_a_comment_held_and_approved_again_counts_once_among_its_authors_published_comments(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, author_email="ann@example.org", ip="192.0.2.90")
    pipeline.drain()
    approved = lambda: pipeline.request("GET", f"/moderation/comments/{comment_id}",  # noqa: E731
                                        token=moderator)[1]["sender"]["approved_comments"]
    assert approved() == 1
    for _ in range(2):
        assert act(pipeline, comment_id, "hold", moderator)[0] == 200
        assert approved() == 0  # off the page: as Akismet counts, the author's approved comments now
        assert act(pipeline, comment_id, "approve", moderator)[0] == 200
        pipeline.drain()
        assert approved() == 1
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert approved() == 0


def test_a_moderator_changing_their_mind_is_not_counted_as_the_filters_mistake(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.91")
    pipeline.drain()  # the filter approves it, rightly
    for _ in range(2):
        assert act(pipeline, comment_id, "hold", moderator)[0] == 200
        assert act(pipeline, comment_id, "approve", moderator)[0] == 200
        pipeline.drain()
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    assert _accuracy(pipeline, moderator)["missed_spam"] == 1  # the filter let through what a person calls spam
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200  # a person's spam, undone
    accuracy = _accuracy(pipeline, moderator)
    assert accuracy["false_positives"] == 0
    assert accuracy["missed_spam"] == 0  # the person's last word: it was no spam, and the filter was right
    assert _feedback(pipeline, comment_id)["label"] == "ham"
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    assert act(pipeline, comment_id, "restore", moderator)[0] == 200  # Not Spam undoes it the same way
    assert _accuracy(pipeline, moderator)["missed_spam"] == 0


def test_a_not_spam_misclick_put_right_takes_back_the_false_positive_it_counted(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.182")
    assert act(pipeline, comment_id, "ham", moderator)[0] == 200
    assert _accuracy(pipeline, moderator)["false_positives"] == 1
    pipeline.drain()
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200  # it was spam after all: the filter was right
    assert _accuracy(pipeline, moderator)["false_positives"] == 0
    assert _feedback(pipeline, comment_id)["label"] == "spam"
    assert act(pipeline, comment_id, "restore", moderator)[0] == 200  # and not, once more: counted again, once
    assert _accuracy(pipeline, moderator)["false_positives"] == 0  # a person's own spam undone is not the filter's


def test_an_abusive_comment_approved_by_mistake_and_trashed_teaches_abusive_and_overrules_nothing(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held_for_abuse(pipeline, ip="192.0.2.183")
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is False
    assert _accuracy(pipeline, moderator)["abuse_overruled"] == 1
    pipeline.drain()
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is True
    assert _accuracy(pipeline, moderator)["abuse_overruled"] == 0
    assert act(pipeline, comment_id, "restore", moderator)[0] == 200
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert _accuracy(pipeline, moderator)["abuse_overruled"] == 0  # taken back once only


def test_a_moderator_who_holds_what_the_filter_let_through_and_then_calls_it_spam_counts_it_missed(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.92")
    pipeline.drain()
    assert act(pipeline, comment_id, "hold", moderator)[0] == 200
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    assert _accuracy(pipeline, moderator)["missed_spam"] == 1


def test_approving_a_comment_held_because_the_site_approves_every_comment_is_no_false_positive(pipeline, monkeypatch):
    _configure(monkeypatch, HOLD_ALL_COMMENTS="true")
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, content=GOOD, ip="192.0.2.93")
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    assert _accuracy(pipeline, moderator)["false_positives"] == 0


def test_a_spam_comment_trashed_and_then_approved_clears_its_senders_marks_and_teaches_ham(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, author_email="bea@example.org", ip="192.0.2.94")
    pipeline.drain()
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    pipeline.drain()
    sender = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["sender"]
    assert (sender["author_marked_spam"], sender["address_marked_spam"]) == (False, False)
    assert _feedback(pipeline, comment_id)["label"] == "ham"
    _judged(pipeline, Status.PUBLISHED, content="A second thought on the tram: the depot belongs by the ring road.",
            author_email="bea@example.org", ip="192.0.2.94")


def test_trashing_a_comment_held_for_abuse_teaches_the_toxicity_model_that_it_is_abusive(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held_for_abuse(pipeline)
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    feedback = _feedback(pipeline, comment_id)
    assert feedback["abusive"] is True and "label" not in feedback  # nothing said of spam
    assert feedback["text"] == HATEFUL
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert (accuracy["missed_abuse"], accuracy["abuse_overruled"]) == (0, 0)


def test_approving_a_comment_held_for_abuse_says_it_is_not_abusive_and_counts_the_hold_overruled(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held_for_abuse(pipeline)
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    feedback = _feedback(pipeline, comment_id)
    assert (feedback["label"], feedback["abusive"]) == ("ham", False)
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["abuse_overruled"] == 1
    assert accuracy["false_positives"] == 0  # the spam filter's figure: it did not hold this one


def test_trashing_a_comment_an_abuse_rule_held_says_it_is_abusive_whatever_the_model_read(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content="You are a stupid idiot, read the article before you comment.",
                       ip="192.0.2.66")
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.held_for == ["toxicity"] and comment.reasons[0]["code"] == "insult"  # the rule, not the model
    assert comment.toxicity_score == HELD_TOXICITY  # the model read less; the rule's hold sets the score
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is True


def test_a_veiled_threat_in_words_no_rule_lists_is_held_for_abuse_by_its_meaning_and_a_moderator_can_overrule_it(
        pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content="Nice truck you have there, Mr. Grant. Would be a pity if anything happened to it.",
                       ip="192.0.2.68")
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.HELD and comment.held_for == ["toxicity"]
    assert comment.reasons[0]["code"] == "resembles_abuse" and "Nice car you drive" in comment.reasons[0]["message"]
    assert comment.toxicity_score < 0.5  # a resemblance holds; the score stays the model's
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]["abuse_overruled"] == 1


def test_a_comment_a_moderator_put_back_on_hold_was_not_held_for_abuse_so_trashing_it_says_nothing(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held_for_abuse(pipeline, ip="192.0.2.67")
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200  # "not abusive"
    pipeline.drain()
    assert act(pipeline, comment_id, "hold", moderator, note="off topic, a second look")[0] == 200
    assert pipeline.comment(comment_id).held_for == ["moderator"]  # held by a person, not by what scoring found
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is False  # the trash was for something else
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["abuse_overruled"] == 1  # the approval, once


def test_the_trash_empties_itself_after_thirty_days_unless_the_comment_is_restored(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.65")
    now = time.time()
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert 29 * 86400 < pipeline.comment(comment_id).expires_at - now <= 30 * 86400 + 5
    assert act(pipeline, comment_id, "approve", moderator, note="restored")[0] == 200
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.PUBLISHED and comment.expires_at is None


def test_trashing_a_comment_held_for_its_links_says_nothing_of_abuse(pipeline):
    comment_id = _held(pipeline, ip="192.0.2.61")
    assert act(pipeline, comment_id, "trash", pipeline.token("moderator"))[0] == 200
    assert _feedback(pipeline, comment_id) is None


def test_a_moderator_who_says_a_published_comment_is_abusive_is_heard_and_counted_as_missed_abuse(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _judged(pipeline, Status.PUBLISHED, content=GOOD + " People like you should be ashamed.",
                         ip="192.0.2.62")
    assert act(pipeline, comment_id, "trash", moderator, abusive=True)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is True
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["missed_abuse"] == 1


def test_a_later_decision_keeps_what_an_earlier_one_said_and_it_did_not(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held_for_abuse(pipeline, ip="192.0.2.63")
    assert act(pipeline, comment_id, "approve", moderator, abusive=True)[0] == 200  # allowed, but abusive
    pipeline.drain()
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    feedback = _feedback(pipeline, comment_id)
    assert (feedback["label"], feedback["abusive"]) == ("spam", True)


def test_abusive_must_be_true_or_false(pipeline):
    comment_id = _held(pipeline, ip="192.0.2.64")
    status, body, _ = act(pipeline, comment_id, "trash", pipeline.token("moderator"), abusive="very")
    assert status == 422 and body["errors"][0]["field"] == "abusive"
    assert pipeline.comment(comment_id).status is Status.HELD


def edit(pipeline, comment_id, content, token, note=None):
    body = {"content": content} | ({"note": note} if note else {})
    return pipeline.request("PATCH", f"/moderation/comments/{comment_id}", body, token=token)


def test_a_moderator_edits_out_a_link_and_approves_and_readers_see_the_edited_sanitised_text(pipeline):
    moderator = pipeline.token("moderator", sub="mod-edit")
    comment_id = _held(pipeline, ip="192.0.2.70")
    status, detail, _ = edit(pipeline, comment_id, "See the plan on the <b>city's</b> own site.", moderator,
                             note="links removed")
    assert status == 200 and detail["content_raw"] == "See the plan on the <b>city's</b> own site."
    assert detail["status"] == "held"
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    pipeline.drain()
    [shown] = pipeline.listing(POST)
    assert shown["id"] == comment_id and "https://" not in shown["content"] and "<b>city's</b>" in shown["content"]
    history = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["history"]
    assert history[1] == {"at": history[1]["at"], "actor": "mod-edit", "from": "held", "to": "held",
                          "edited": ["content", "content_html", "edited_at", "edited_by"], "note": "links removed"}


def test_editing_a_published_comment_changes_what_readers_see_at_once_and_is_announced(pipeline):
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.71")
    pipeline.drain()
    caught = pipeline.watch_bus()
    assert edit(pipeline, comment_id, "A reply, <script>x</script>trimmed.", pipeline.token("moderator"))[0] == 200
    [shown] = pipeline.listing(POST)
    assert "<script>" not in shown["content"] and "trimmed." in shown["content"]
    assert pipeline.comment(comment_id).status is Status.PUBLISHED
    [event] = caught()
    assert (event["detail-type"], event["detail"]["comment_id"], event["detail"]["change"]) == (
        "Comment Changed", comment_id, "edited")


def test_a_moderator_renames_an_author_whose_name_is_an_insult_and_readers_see_the_new_name(pipeline):
    moderator = pipeline.token("moderator", sub="mod-rename")
    comment_id = _post(pipeline, author_name="Idiots Read This Paper", content=GOOD, ip="192.0.2.75")
    pipeline.drain()
    caught = pipeline.watch_bus()
    body = {"author_name": "  A reader  ", "note": "name was an insult"}
    status, detail, _ = pipeline.request("PATCH", f"/moderation/comments/{comment_id}", body, token=moderator)
    assert status == 200 and detail["author_name"] == "A reader" and detail["content_raw"] == GOOD
    [shown] = pipeline.listing(POST)
    assert (shown["author_name"], shown["id"]) == ("A reader", comment_id)
    assert detail["history"][-1]["edited"] == ["author_name", "edited_at", "edited_by"]
    [event] = caught()
    assert (event["detail-type"], event["detail"]["change"]) == ("Comment Changed", "edited")


def test_approving_a_comment_edited_after_an_abuse_hold_says_nothing_of_abuse(pipeline):
    moderator = pipeline.token("moderator", sub="mod-redact")
    comment_id = _held_for_abuse(pipeline, ip="192.0.2.74")
    status, detail, _ = edit(pipeline, comment_id, "They should go back where they came from.", moderator)
    assert (status, detail["edited_by"]) == (200, "mod-redact") and detail["edited_at"]
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    assert "abusive" not in _feedback(pipeline, comment_id)  # the score was the old text's
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["abuse_overruled"] == 0


def test_an_edit_needs_text_a_known_comment_a_verdict_and_a_moderator(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.72")
    status, body, _ = edit(pipeline, comment_id, "   ", moderator)
    assert status == 422 and body["errors"][0]["field"] == "content"
    status, body, _ = edit(pipeline, comment_id, "<script>alert(1)</script>", moderator)
    assert status == 422 and body["errors"][0]["field"] == "content"  # it would publish as nothing
    for nothing in ({}, {"note": "only a note"}, {"author_name": "  "}, {"author_name": "<img src=x>"}):
        status, body, _ = pipeline.request("PATCH", f"/moderation/comments/{comment_id}", nothing, token=moderator)
        assert status == 422, nothing
    assert edit(pipeline, "0123456789abcdef", "text", moderator)[0] == 404
    assert edit(pipeline, comment_id, "text", None)[0] == 401
    pending = _post(pipeline, content=GOOD + " (pending)", ip="192.0.2.73")
    status, body, _ = edit(pipeline, pending, "text", moderator)
    assert status == 409 and "being scored" in body["message"]
    assert pipeline.comment(comment_id).content.startswith("See https://")


def _reasons(pipeline, comment_id) -> list[str]:
    return [r["code"] for r in pipeline.comment(comment_id).reasons]


def test_a_sender_a_moderator_marked_as_spam_is_filed_as_spam_next_time_and_loses_their_trust(pipeline):
    moderator = pipeline.token("moderator")
    # Published, and the email is trusted now.
    first = _judged(pipeline, Status.PUBLISHED, content=GOOD, author_email="seller@example.org", ip="192.0.2.20")
    assert act(pipeline, first, "spam", moderator)[0] == 200

    detail = pipeline.request("GET", f"/moderation/comments/{first}", token=moderator)[1]
    assert detail["sender"] == {"trusted": False, "approved_comments": 0, "author_marked_spam": True,
                                "author_marked_elsewhere": False, "address_marked_spam": True,
                                "author_abusive_until": None, "author_banned_until": None,
                                "address_banned_until": None}

    again = _judged(pipeline, Status.SPAM, content=GOOD + " Again.", author_email="Seller@example.org", ip="192.0.2.21")
    reasons = _reasons(pipeline, again)
    assert reasons[0] == "marked_spam_author" and "trusted_author" not in reasons  # the mark revoked the trust


def test_a_regular_whose_email_and_name_someone_typed_under_spam_is_held_not_filed_as_spam(pipeline):
    moderator = pipeline.token("moderator")
    _judged(pipeline, Status.PUBLISHED, content=GOOD, author_name="Ida", author_email="ida@example.org", ip="192.0.2.25")
    forged = _post(pipeline, content=GOOD + " Buy followers at cheap-followers.example today",
                   author_name="Ida", author_email="ida@example.org", ip="192.0.2.26")
    pipeline.drain()
    assert act(pipeline, forged, "spam", moderator)[0] == 200

    # Held: a person reads it; it is not lost in the spam folder.
    hers = _judged(pipeline, Status.HELD, content=GOOD + " As I said before.", author_name="Ida",
                   author_email="ida@example.org", ip="192.0.2.25")
    [reason] = [r for r in pipeline.comment(hers).reasons if r["code"] == "marked_spam_author"]
    assert "may have been typed by someone else" in reason["message"]
    _judged(pipeline, Status.SPAM, content=GOOD + " Followers, cheap.", author_name="Ida",
            author_email="ida@example.org", ip="192.0.2.26")  # from where the spam came: filed as before


def test_another_reader_at_a_marked_address_is_held_not_filed_as_spam(pipeline):
    moderator = pipeline.token("moderator")
    spam = _post(pipeline, content=GOOD + " Cheap followers.", author_email="bot@example.org", ip="192.0.2.22")
    pipeline.drain()
    assert act(pipeline, spam, "spam", moderator)[0] == 200

    neighbour = _judged(pipeline, Status.HELD, content=GOOD + " Agreed.", author_email="cafe@example.org",
                        ip="192.0.2.22")
    assert _reasons(pipeline, neighbour)[0] == "marked_spam_address"


def test_not_spam_takes_the_senders_marks_away(pipeline):
    moderator = pipeline.token("moderator")
    first = _post(pipeline, content=GOOD, author_email="ann@example.org", ip="192.0.2.23")
    pipeline.drain()
    assert act(pipeline, first, "spam", moderator)[0] == 200
    _judged(pipeline, Status.HELD, content=GOOD + " Sorry.", author_email="other@example.org", ip="192.0.2.23")
    assert act(pipeline, first, "ham", moderator)[0] == 200  # the first one was not spam after all

    later = _judged(pipeline, Status.PUBLISHED, content=GOOD + " Later.", author_email="ann@example.org",
                    ip="192.0.2.23")
    assert "marked_spam_author" not in _reasons(pipeline, later)


def test_spam_the_filter_filed_by_itself_marks_no_sender(pipeline):
    _judged(pipeline, Status.SPAM, content=GOOD, honeypot="bot", author_email="auto@example.org", ip="192.0.2.24")
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " Human now.", author_email="auto@example.org", ip="192.0.2.24")


def _past_its_time(pipeline, key: str) -> None:
    """The item's expiry a second ago. DynamoDB deletes expired items only within days: a mark past its time
    must count no more, whether or not it is still in the table."""
    pipeline.dynamodb.update_item(
        TableName=pipeline.store.table, Key={"id": {"S": key}},
        UpdateExpression="SET expires_at = :t", ExpressionAttributeValues={":t": {"N": str(int(time.time()) - 1)}},
    )


def test_a_spam_mark_expires_with_the_spam_it_came_from(pipeline):
    from commentguard.adapters.store import standing_keys

    moderator = pipeline.token("moderator")
    spam = _post(pipeline, content=GOOD, author_email="old@example.org", ip="192.0.2.25")
    pipeline.drain()
    assert act(pipeline, spam, "spam", moderator)[0] == 200
    comment = pipeline.comment(spam)
    _, email_mark, address_mark, *_ = standing_keys(comment.author_key, comment.client_key)
    marks = pipeline.store.get_many([email_mark, address_mark])
    assert {m["expires_at"] for m in marks.values()} == {comment.expires_at}
    for key in marks:
        _past_its_time(pipeline, key)
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " Weeks later.", author_email="old@example.org", ip="192.0.2.25")


def _abuse_mark(pipeline, comment_id) -> dict | None:
    from commentguard.adapters.store import abuse_mark_key

    key = abuse_mark_key(pipeline.comment(comment_id).author_key)
    return pipeline.store.item(key)


def test_a_reader_whose_comment_a_moderator_trashed_as_abusive_waits_for_a_moderator_for_thirty_days(pipeline):
    moderator = pipeline.token("moderator")
    # A trusted regular, until...
    _judged(pipeline, Status.PUBLISHED, content=GOOD, author_email="hot@example.org", ip="192.0.2.70")
    abusive = _post(pipeline, content=HATEFUL, author_email="hot@example.org", ip="192.0.2.70")
    pipeline.drain()
    assert act(pipeline, abusive, "trash", moderator)[0] == 200  # out of a hold for abuse: found abusive

    later = _post(pipeline, content=GOOD + " Calmer now.", author_email="Hot@example.org", ip="192.0.2.71")
    pipeline.drain()
    comment = pipeline.comment(later)
    until = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    assert comment.status is Status.HELD and comment.held_for == ["site"]
    assert comment.reasons[0] == {"code": "abuse_probation", "message": "a moderator found an earlier comment from "
                                  f"this email abusive: its comments wait for a moderator until {until}"}
    detail = pipeline.request("GET", f"/moderation/comments/{later}", token=moderator)[1]
    assert detail["sender"]["author_abusive_until"] == until and detail["sender"]["trusted"] is True
    # By email, never by address: another reader at the same address is not on probation.
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " A neighbour.", author_email="kind@example.org", ip="192.0.2.71")

    # Approving what probation held says nothing of its abuse: nothing taught, no hold of the filter overruled.
    assert act(pipeline, later, "approve", moderator)[0] == 200
    assert (_feedback(pipeline, later) or {}).get("abusive") is None
    assert _accuracy(pipeline, moderator)["abuse_overruled"] == 0


def test_abuse_under_a_regulars_email_and_another_name_puts_nobody_on_probation_and_still_teaches(pipeline):
    moderator = pipeline.token("moderator")
    ann = dict(author_name="Ann Lee", author_email="ann.lee@example.org")
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " From Ann.", ip="192.0.2.152", **ann)
    impostor = _held_for_abuse(pipeline, ip="203.0.113.152", author_name="Not Ann", author_email="ann.lee@example.org")
    assert act(pipeline, impostor, "trash", moderator)[0] == 200  # out of a hold for abuse: found abusive

    assert _abuse_mark(pipeline, impostor) is None
    # Published: her email did not write it.
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " Ann again.", ip="192.0.2.153", **ann)
    assert _feedback(pipeline, impostor)["abusive"] is True  # the text was abusive all the same


def test_probation_ends_when_its_time_is_over(pipeline):
    moderator = pipeline.token("moderator")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.72", author_email="late@example.org")
    assert act(pipeline, abusive, "trash", moderator)[0] == 200
    mark = _abuse_mark(pipeline, abusive)
    assert mark["comments"] == {abusive} and mark["expires_at"] == pytest.approx(time.time() + 30 * 86400, abs=60)
    _past_its_time(pipeline, mark["id"])
    _judged(pipeline, Status.PUBLISHED, content=GOOD, ip="192.0.2.72", author_email="late@example.org")


def test_restoring_a_comment_trashed_as_abusive_takes_its_share_of_the_probation_back(pipeline):
    moderator = pipeline.token("moderator")
    first = _held_for_abuse(pipeline, ip="192.0.2.73", author_email="twice@example.org")
    second = _held_for_abuse(pipeline, ip="192.0.2.73", content=HATEFUL + " All of them.", author_email="twice@example.org")
    assert act(pipeline, first, "trash", moderator)[0] == 200
    assert act(pipeline, second, "trash", moderator)[0] == 200
    assert _abuse_mark(pipeline, first)["comments"] == {first, second}

    assert act(pipeline, first, "restore", moderator)[0] == 200  # a misclick: the other still stands
    held = _post(pipeline, content=GOOD, ip="192.0.2.73", author_email="twice@example.org")
    pipeline.drain()
    assert "abuse_probation" in _reasons(pipeline, held)
    assert act(pipeline, second, "restore", moderator)[0] == 200
    assert "comments" not in _abuse_mark(pipeline, first) and "abuse_marked" not in pipeline.comment(first).extra
    free = _post(pipeline, content=GOOD + " Free again.", ip="192.0.2.73", author_email="twice@example.org")
    pipeline.drain()
    assert "abuse_probation" not in _reasons(pipeline, free)


def test_a_moderator_who_says_a_comment_is_not_abusive_after_all_takes_the_probation_back(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, author_email="ok@example.org", ip="192.0.2.74")
    pipeline.drain()
    assert act(pipeline, comment_id, "spam", moderator, abusive=True)[0] == 200
    assert _abuse_mark(pipeline, comment_id)["comments"] == {comment_id}
    assert act(pipeline, comment_id, "trash", moderator, abusive=False)[0] == 200  # trashed all the same: not abuse
    assert "comments" not in _abuse_mark(pipeline, comment_id)


def test_a_moderator_ends_a_readers_probation_early_and_the_abusive_comment_stays_in_the_trash(pipeline):
    moderator = pipeline.token("moderator")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.77", author_email="sorry@example.org")
    assert act(pipeline, abusive, "trash", moderator)[0] == 200
    held = _post(pipeline, content=GOOD, ip="192.0.2.77", author_email="sorry@example.org")
    pipeline.drain()
    assert "abuse_probation" in _reasons(pipeline, held)

    path = f"/moderation/comments/{held}/sender/probation"  # from any comment of the reader's
    assert pipeline.request("DELETE", path, token=moderator)[0] == 204
    assert pipeline.request("DELETE", path, token=moderator)[0] == 204  # a second click: nothing more to end
    assert pipeline.comment(abusive).status is Status.TRASH and _feedback(pipeline, abusive)["abusive"] is True
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " Sorry about that.", ip="192.0.2.77",
            author_email="sorry@example.org")
    status, body, _ = pipeline.request("DELETE", "/moderation/comments/" + "0" * 32 + "/sender/probation",
                                       token=moderator)
    assert (status, body["errors"][0]["field"]) == (404, "id")


def _ban(pipeline, comment_id, token, days=30):
    return pipeline.request("PUT", f"/moderation/comments/{comment_id}/sender/ban", {"days": days}, token=token)


def test_a_banned_regulars_next_comments_go_to_the_spam_folder_unread_until_a_moderator_lifts_the_ban(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    # Trusted from now on, until...
    regular = _judged(pipeline, Status.PUBLISHED, content=GOOD, author_email="troll@example.org", ip="192.0.2.80")

    status, body, _ = _ban(pipeline, regular, moderator, days=7)
    until = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 7 * 86400))
    assert (status, body) == (200, {"id": regular, "author_banned_until": until, "address_held_until": until})
    assert pipeline.comment(regular).status is Status.PUBLISHED  # the comment itself is decided apart
    banned = _post(pipeline, content=GOOD + " Polite today.", author_email="Troll@example.org", ip="192.0.2.81")
    pipeline.drain()
    comment = pipeline.comment(banned)
    assert comment.status is Status.SPAM and comment.reasons[0]["code"] == "author_banned"
    assert f"until {until}" in comment.reasons[0]["message"]
    assert pipeline.request("GET", f"/comments/{banned}")[1]["status"] == "pending"  # the reader is not told
    detail = pipeline.request("GET", f"/moderation/comments/{banned}", token=moderator)[1]
    assert detail["sender"]["author_banned_until"] == until
    # By email, and the address the ban was given from holds: a new email from there waits for a person, who
    # may find a neighbour. Another reader where the banned email wrote from since is not held.
    disguised = _post(pipeline, content=GOOD + " A new me.", author_email="fresh@example.org", ip="192.0.2.80")
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " A neighbour.", author_email="kind@example.org", ip="192.0.2.81")
    held = pipeline.comment(disguised)
    assert (held.status, held.held_for, held.reasons[0]["code"]) == (Status.HELD, ["site"], "banned_address")
    detail = pipeline.request("GET", f"/moderation/comments/{disguised}", token=moderator)[1]
    assert (detail["sender"]["address_banned_until"], detail["sender"]["author_banned_until"]) == (until, None)
    # Beside it, what the banned reader wrote from there: the troll's again, or a neighbour's?
    there = pipeline.request("GET", f"/moderation/comments/{disguised}/sender?by=address", token=moderator)[1]
    assert [c["id"] for c in there["comments"]] == [disguised, regular]

    path = f"/moderation/comments/{banned}/sender/ban"  # from any comment of the reader's
    assert pipeline.request("DELETE", path, token=moderator)[0] == 204
    assert pipeline.request("DELETE", path, token=moderator)[0] == 204  # a second click: nothing more to lift
    after = _post(pipeline, content=GOOD + " Back again.", author_email="troll@example.org", ip="192.0.2.80")
    # Lifted from a comment sent from another address: the hold on the ban's own address goes too.
    again = _post(pipeline, content=GOOD + " A new me again.", author_email="fresh@example.org", ip="192.0.2.80")
    pipeline.drain()
    assert pipeline.comment(after).status is Status.PUBLISHED
    assert pipeline.comment(again).status is Status.PUBLISHED
    # Approving what the ban filed says nothing of spam: nothing taught, no mistake of the filter counted.
    assert act(pipeline, banned, "approve", moderator)[0] == 200
    pipeline.drain()
    assert pipeline.comment(banned).status is Status.PUBLISHED and _feedback(pipeline, banned) is None
    assert act(pipeline, disguised, "approve", moderator)[0] == 200  # the address's hold was the site's, not the filter's
    assert _accuracy(pipeline, moderator)["false_positives"] == 0


def test_a_ban_ends_on_its_day_and_a_second_ban_replaces_the_first(pipeline):
    from commentguard.adapters.store import address_ban_key, ban_key

    moderator = pipeline.token("moderator")
    first = _post(pipeline, content=GOOD, author_email="brief@example.org", ip="192.0.2.82")
    pipeline.drain()
    assert _ban(pipeline, first, moderator, days=3650)[1]["author_banned_until"] == time.strftime(
        "%Y-%m-%d", time.gmtime(time.time() + 3650 * 86400))
    assert _ban(pipeline, first, moderator, days=1)[0] == 200
    key = ban_key(pipeline.comment(first).author_key)
    assert pipeline.store.get_many([key])[key]["expires_at"] == pytest.approx(time.time() + 86400, abs=60)
    _judged(pipeline, Status.SPAM, content=GOOD + " Today.", author_email="brief@example.org", ip="192.0.2.82")
    _past_its_time(pipeline, key)
    _past_its_time(pipeline, address_ban_key(pipeline.comment(first).client_key))  # a one-day ban's hold: one day
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " A day later.", author_email="brief@example.org",
            ip="192.0.2.82")


def test_a_ban_holds_its_address_no_longer_than_a_spam_mark_and_not_at_all_where_the_moderator_says_so(pipeline):
    from commentguard.adapters.store import address_ban_key

    moderator = pipeline.token("moderator")
    library = _post(pipeline, content=GOOD, author_email="reader@example.org", ip="192.0.2.86")
    home = _post(pipeline, content=GOOD + " From home.", author_email="home@example.org", ip="192.0.2.87")
    pipeline.drain()
    status, body, _ = pipeline.request("PUT", f"/moderation/comments/{library}/sender/ban",
                                       {"days": 90, "hold_address": False}, token=moderator)
    assert (status, body["address_held_until"]) == (200, None)
    assert _ban(pipeline, home, moderator, days=90)[1]["address_held_until"] == time.strftime(
        "%Y-%m-%d", time.gmtime(time.time() + 15 * 86400))  # SpamRetentionDays: an address changes hands
    key = address_ban_key(pipeline.comment(home).client_key)
    assert pipeline.store.get_many([key])[key]["expires_at"] == pytest.approx(time.time() + 15 * 86400, abs=60)
    patron = _post(pipeline, content=GOOD + " Another patron.", author_email="patron@example.org", ip="192.0.2.86")
    sibling = _post(pipeline, content=GOOD + " A sibling.", author_email="sibling@example.org", ip="192.0.2.87")
    pipeline.drain()
    assert pipeline.comment(patron).status is Status.PUBLISHED
    assert (pipeline.comment(sibling).status, pipeline.comment(sibling).reasons[0]["code"]) == (
        Status.HELD, "banned_address")
    # The sibling turns out a troll too, banned in turn: lifting the first ban leaves the hold the second put.
    assert _ban(pipeline, sibling, moderator, days=90)[0] == 200
    fifteen = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 15 * 86400))
    assert {r["comment_id"]: r["address_held_until"] for r in _readers(pipeline, moderator)["readers"]} == {
        sibling: fifteen, home: None, library: None}  # the address is the sibling's ban's now
    assert pipeline.request("DELETE", f"/moderation/comments/{home}/sender/ban", token=moderator)[0] == 204
    assert pipeline.store.get_many([key])[key]["comment_id"] == sibling
    _past_its_time(pipeline, key)
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " A month on.", author_email="home@example.org", ip="192.0.2.87")


def _readers(pipeline, token, standing="banned", **query) -> dict:
    params = "&".join(f"{k}={v}" for k, v in {"standing": standing, **query}.items())
    status, body, _ = pipeline.request("GET", f"/moderation/readers?{params}", token=token)
    assert status == 200, body
    return body


def test_moderators_list_the_readers_banned_newest_first_and_no_longer_those_lifted_or_past_their_day(pipeline):
    from commentguard.adapters.store import ban_key

    moderator, colleague = pipeline.token("moderator", sub="mod-anna"), pipeline.token("moderator", sub="mod-ben")
    ids = {}
    for n, name in enumerate(["Ann", "Bob", "Cy", "Di"]):
        ids[name] = _post(pipeline, content=f"{GOOD} {name}", author_name=name, author_email=f"{name}@example.org",
                          ip=f"192.0.2.{90 + n}")
    pipeline.drain()
    for name in ids:  # Bob's address is a library's: the ban leaves it alone
        assert pipeline.request("PUT", f"/moderation/comments/{ids[name]}/sender/ban",
                                {"days": 10, "hold_address": name != "Bob"},
                                token=colleague if name == "Bob" else moderator)[0] == 200
    assert pipeline.request("DELETE", f"/moderation/comments/{ids['Cy']}/sender/ban", token=moderator)[0] == 204
    _past_its_time(pipeline, ban_key(pipeline.comment(ids["Di"]).author_key))

    body = _readers(pipeline, moderator)
    until = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 10 * 86400))
    assert [(r["author_name"], r["comment_id"], r["banned_by"], r["until"], r["address_held_until"])
            for r in body["readers"]] == [("Bob", ids["Bob"], "mod-ben", until, None),
                                          ("Ann", ids["Ann"], "mod-anna", until, until)]
    assert body["next_cursor"] is None and body["standing"] == "banned"
    first = _readers(pipeline, moderator, limit=1)
    assert first["readers"] == [] and first["next_cursor"]  # the newest, Di's, is past its day: a short page
    seen, cursor = [], None
    while True:
        page = _readers(pipeline, moderator, limit=1, **({"cursor": cursor} if cursor else {}))
        seen += [r["author_name"] for r in page["readers"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == ["Bob", "Ann"]
    status, body, _ = pipeline.request("GET", "/moderation/readers?cursor=bm90LWEtY3Vyc29y", token=moderator)
    assert (status, body["errors"][0]["field"]) == (400, "cursor")


def test_moderators_list_the_readers_on_probation_with_the_comments_found_abusive(pipeline):
    moderator = pipeline.token("moderator")
    first = _held_for_abuse(pipeline, ip="192.0.2.95", author_name="Hot", author_email="hot@example.org")
    second = _held_for_abuse(pipeline, ip="192.0.2.95", content=HATEFUL + " All of them.", author_name="Hot",
                             author_email="hot@example.org")
    forgiven = _held_for_abuse(pipeline, ip="192.0.2.96", author_name="Cool", author_email="cool@example.org")
    for comment_id in (first, second, forgiven):
        assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert act(pipeline, forgiven, "restore", moderator)[0] == 200  # its probation taken back

    [reader] = _readers(pipeline, moderator, "probation")["readers"]
    assert (reader["author_name"], reader["comment_id"], reader["comment_ids"]) == ("Hot", second, sorted([first, second]))
    assert reader["until"] == time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))
    assert _readers(pipeline, moderator)["readers"] == []  # nobody banned


def test_a_regulars_email_typed_under_another_name_cannot_be_banned_from_that_comment(pipeline):
    moderator = pipeline.token("moderator")
    regular = _judged(pipeline, Status.PUBLISHED, content=GOOD, author_name="Ida", author_email="ida@example.org",
                      ip="192.0.2.84")
    forged = _post(pipeline, content=GOOD + " Troll here.", author_name="Not Ida", author_email="ida@example.org",
                   ip="192.0.2.85")
    pipeline.drain()
    status, body, _ = _ban(pipeline, forged, moderator)
    assert (status, body["errors"][0]["field"]) == (409, "id") and "other names" in body["message"]
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " Me again.", author_name="Ida", author_email="ida@example.org",
            ip="192.0.2.84")  # nobody was banned
    assert _ban(pipeline, regular, moderator)[0] == 200  # from her own comment: the moderator means her


def test_a_ban_needs_an_email_a_known_comment_and_a_number_of_days(pipeline):
    moderator = pipeline.token("moderator")
    anonymous = _post(pipeline, content=GOOD, ip="192.0.2.83")  # no email given
    pipeline.drain()
    status, body, _ = _ban(pipeline, anonymous, moderator)
    assert (status, body["errors"][0]["field"]) == (409, "id") and "no email" in body["message"]
    assert _ban(pipeline, "0" * 32, moderator)[0] == 404
    for lifted in ("ban", "probation"):
        status, body, _ = pipeline.request("DELETE", f"/moderation/comments/{'0' * 32}/sender/{lifted}", token=moderator)
        assert (status, body["errors"][0]["field"], body["message"]) == (404, "id", "no such comment"), lifted
    for days in (0, 3651, "soon"):
        status, body, _ = _ban(pipeline, anonymous, moderator, days=days)
        assert (status, body["errors"][0]["field"]) == (422, "days"), days
    status, body, _ = pipeline.request("PUT", f"/moderation/comments/{anonymous}/sender/ban", {}, token=moderator)
    assert (status, body["errors"][0]["field"]) == (422, "days")


def test_trashing_for_another_reason_or_with_probation_off_puts_nobody_on_probation(pipeline, monkeypatch):
    moderator = pipeline.token("moderator")
    links = _held(pipeline, ip="192.0.2.75", author_email="links@example.org")
    assert act(pipeline, links, "trash", moderator)[0] == 200  # held for its links: says nothing of abuse
    assert _abuse_mark(pipeline, links) is None
    _configure(monkeypatch, ABUSE_PROBATION_DAYS="0")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.76", author_email="off@example.org")
    assert act(pipeline, abusive, "trash", moderator)[0] == 200
    assert _abuse_mark(pipeline, abusive) is None
    _judged(pipeline, Status.PUBLISHED, content=GOOD, ip="192.0.2.76", author_email="off@example.org")


def test_a_moderator_closes_a_posts_comments_and_a_new_comment_is_refused_with_nothing_stored(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    before = _post(pipeline, content=GOOD, ip="192.0.2.30")
    assert pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]["comment_status"] == "open"

    status, body, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"}, token=moderator)
    assert status == 200 and body["comment_status"] == "closed" and body["closed_by"] == "mod-anna"
    status, body, _ = pipeline.post(post_id=POST, author_name="Late", content=GOOD + " Late.", ip="192.0.2.31")
    assert (status, body["message"]) == (403, "comments are closed on this article")
    _post(pipeline, post_id="another-post", content=GOOD, ip="192.0.2.32")  # other posts stay open
    pipeline.drain()
    assert pipeline.comment(before).status is Status.PUBLISHED  # what came in before is untouched
    assert [c["id"] for c in pipeline.listing(POST)] == [before]

    assert pipeline.request("GET", f"/posts/{POST}/form-token")[:2] == (
        403, {"code": "closed", "message": "comments are closed on this article",  # the page shows that instead of the form
              "errors": [{"field": "post_id", "code": "closed", "problem": "comments are closed on this article"}]})

    assert pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "open"}, token=moderator)[0] == 200
    _post(pipeline, content=GOOD + " Reopened.", ip="192.0.2.31")
    status, form, _ = pipeline.request("GET", f"/posts/{POST}/form-token")
    assert status == 200 and form["token"] and "closes_at" not in form  # no clock unless the site sets one


def test_a_posts_comments_close_by_themselves_days_after_the_publication_the_site_gives(pipeline, monkeypatch):
    _configure(monkeypatch, CLOSE_COMMENTS_DAYS="14")
    moderator = pipeline.token("moderator")  # the CMS's own account, in the moderator group

    def published(days_ago: float):
        at = datetime.fromtimestamp(time.time() - days_ago * 86400, tz=UTC).isoformat()
        return pipeline.request("PUT", f"/moderation/posts/{POST}", {"published_at": at}, token=moderator)

    status, post, _ = published(20)  # an archive article that spammers found before any reader commented
    assert status == 200 and (post["comment_status"], post["closed_by"]) == ("closed", "automatic")
    status, body, _ = pipeline.post(post_id=POST, author_name="Spam", content=GOOD, ip="192.0.2.36")
    assert (status, body["message"]) == (403, "comments are closed on this article")

    status, post, _ = published(2)  # the site corrects the date: twelve days to go
    assert post["comment_status"] == "open"
    assert 12 * 86400 - 60 < datetime.fromisoformat(post["closes_at"]).timestamp() - time.time() <= 12 * 86400
    _post(pipeline, content=GOOD, ip="192.0.2.37")  # its first comment does not restart the clock
    assert pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]["closes_at"] == post["closes_at"]

    ahead = datetime.fromtimestamp(time.time() + 3 * 86400, tz=UTC).isoformat()
    for bad in ({"published_at": ahead}, {"published_at": "2026-12-01T10:00:00"}):  # no offset: whose 10 o'clock?
        status, body, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", bad, token=moderator)
        assert (status, body["errors"][0]["field"]) == (422, "published_at"), bad


def _opened_days_ago(pipeline, post_id: str, days: float) -> None:
    """As if the post's first comment had come ``days`` ago."""
    pipeline.dynamodb.update_item(
        TableName=pipeline.store.table, Key={"id": {"S": f"post#{post_id}"}},
        UpdateExpression="SET opened_at = :t", ExpressionAttributeValues={":t": {"N": str(time.time() - days * 86400)}},
    )


def test_a_posts_comments_close_by_themselves_days_after_its_first_published_one_until_a_moderator_reopens_it(
        pipeline, monkeypatch):
    _configure(monkeypatch, CLOSE_COMMENTS_DAYS="3")
    moderator = pipeline.token("moderator")
    _judged(pipeline, Status.SPAM, content="Buy cheap pills at https://pills.example", ip="192.0.2.32", honeypot="x")
    assert "closes_at" not in pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]  # spam: no clock
    first = _post(pipeline, content=GOOD, ip="192.0.2.33")
    pipeline.drain()  # its first published comment starts the clock, from when it was written
    status, post, _ = pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)
    assert status == 200 and post["comment_status"] == "open"
    assert 3 * 86400 - 60 < datetime.fromisoformat(post["closes_at"]).timestamp() - time.time() <= 3 * 86400
    assert pipeline.request("GET", f"/posts/{POST}/form-token")[1]["closes_at"] == post["closes_at"]
    _post(pipeline, content=GOOD + " Two days on.", ip="192.0.2.34")  # the clock runs from the first one
    pipeline.drain()
    assert pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]["closes_at"] == post["closes_at"]

    _opened_days_ago(pipeline, POST, 3.01)
    status, body, _ = pipeline.post(post_id=POST, author_name="Late", content=GOOD + " Late.", ip="192.0.2.35")
    assert (status, body["message"]) == (403, "comments are closed on this article")
    assert pipeline.request("GET", f"/posts/{POST}/form-token")[0] == 403
    closed = pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]
    assert (closed["comment_status"], closed["closed_by"]) == ("closed", "automatic") and closed["closed_at"]
    pipeline.drain()
    assert pipeline.comment(first).status is Status.PUBLISHED and len(pipeline.listing(POST)) == 2

    status, reopened, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "open"},
                                           token=moderator)
    assert status == 200 and reopened["comment_status"] == "open"  # for three days from now, said at once
    assert 3 * 86400 - 60 < datetime.fromisoformat(reopened["closes_at"]).timestamp() - time.time() <= 3 * 86400
    _post(pipeline, content=GOOD + " Reopened.", ip="192.0.2.35")
    pipeline.drain()
    assert pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]["closes_at"] == reopened["closes_at"]
    # The CMS sends the article's date again (an update to it): what the moderator reopened stays open.
    week_ago = datetime.fromtimestamp(time.time() - 7 * 86400, tz=UTC).isoformat()
    again = pipeline.request("PUT", f"/moderation/posts/{POST}", {"published_at": week_ago}, token=moderator)[1]
    assert (again["comment_status"], again["closes_at"]) == ("open", reopened["closes_at"])


def test_a_comment_that_waited_in_the_queue_does_not_close_again_a_post_a_moderator_reopened(pipeline, monkeypatch):
    _configure(monkeypatch, CLOSE_COMMENTS_DAYS="3")
    moderator = pipeline.token("moderator")
    waited = _held(pipeline, ip="192.0.2.38")
    pipeline.dynamodb.update_item(  # written four days ago, held since
        TableName=pipeline.store.table, Key={"id": {"S": waited}}, UpdateExpression="SET created_ts = :t",
        ExpressionAttributeValues={":t": {"N": str(time.time() - 4 * 86400)}})
    _opened_days_ago(pipeline, POST, 3.01)
    assert pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "open"}, token=moderator)[0] == 200
    assert act(pipeline, waited, "approve", moderator)[0] == 200
    pipeline.drain()
    post = pipeline.request("GET", f"/moderation/posts/{POST}", token=moderator)[1]
    assert post["comment_status"] == "open"  # three days from its publication, not from when it was written
    assert 3 * 86400 - 60 < datetime.fromisoformat(post["closes_at"]).timestamp() - time.time() <= 3 * 86400


def test_the_queue_shows_how_many_comments_of_each_author_were_published_counting_each_once(pipeline):
    moderator = pipeline.token("moderator")
    for i in range(2):
        _post(pipeline, author_email="ann@example.org", content=f"{GOOD} ({i})", ip=f"192.0.2.4{i}")
    pipeline.drain(times=2)  # every scoring and publishing message delivered twice
    links = "See https://a.example/x and https://b.example/y"
    regular = _held(pipeline, ip="192.0.2.43", author_email="ann@example.org", content=f"{links} for the plan.")
    newcomer = _held(pipeline, ip="192.0.2.44", author_email="new@example.org", content=f"{links} for the route.")
    anonymous = _held(pipeline, ip="192.0.2.45", content=f"{links} for the map.")
    queue = pipeline.request("GET", "/moderation/comments?status=held", token=moderator)[1]["comments"]
    assert {c["id"]: c["author_approved_comments"] for c in queue} == {regular: 2, newcomer: 0, anonymous: None}
    detail = pipeline.request("GET", f"/moderation/comments/{regular}", token=moderator)[1]
    assert detail["sender"]["trusted"] and detail["sender"]["approved_comments"] == 2


def test_a_premoderated_post_holds_every_new_comment_for_a_moderator_until_the_moderator_lifts_it(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    before = _post(pipeline, content=GOOD, ip="192.0.2.36")
    pipeline.drain()
    status, post, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"premoderated": True}, token=moderator)
    assert status == 200 and post["premoderated"] and post["premoderated_by"] == "mod-anna"
    assert post["comment_status"] == "open"
    assert pipeline.request("GET", f"/posts/{POST}/form-token")[1]["premoderated"] is True  # "reviewed first"

    held = _post(pipeline, content=GOOD + " On the trial.", ip="192.0.2.37")
    elsewhere = _post(pipeline, post_id="another-post", content=GOOD, ip="192.0.2.38")
    pipeline.drain()
    comment = pipeline.comment(held)
    assert comment.status is Status.HELD
    assert comment.reasons[0]["code"] == "post_premoderated"
    assert comment.held_for == ["site"]  # held for the site's rule, not as suspected spam
    assert pipeline.comment(elsewhere).status is Status.PUBLISHED
    assert pipeline.comment(before).status is Status.PUBLISHED  # what was already up stays up
    detail = pipeline.request("GET", f"/moderation/comments/{held}", token=moderator)[1]
    assert detail["post_premoderated"] is True and "post_premoderated" not in detail["sender"]
    # Held too (two links), on another post.
    other = _judged(pipeline, Status.HELD, post_id="another-post",
                    content="Both sides covered it: https://www.reuters.com/a and https://apnews.com/b", ip="192.0.2.40")
    queue = pipeline.request("GET", f"/moderation/comments?status=held&post_id={POST}", token=moderator)[1]
    assert [c["id"] for c in queue["comments"]] == [held]  # the article's own queue
    listed = lambda held_for: [c["id"] for c in pipeline.request(  # noqa: E731
        "GET", f"/moderation/comments?status=held&held_for={held_for}", token=moderator)[1]["comments"]]
    assert listed("site") == [held] and listed("spam") == [other]

    # Closing and opening the post leave its premoderation as it was, and the other way round.
    pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"}, token=moderator)
    status, post, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "open"}, token=moderator)
    assert (post["comment_status"], post["premoderated"]) == ("open", True)

    status, post, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"premoderated": False}, token=moderator)
    assert post == {"post_id": POST, "comment_status": "open", "premoderated": False, "comment_count": 1}
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " After the verdict.", ip="192.0.2.39")
    assert pipeline.request("GET", f"/posts/{POST}/form-token")[1]["premoderated"] is False


@pytest.mark.parametrize("body", [{"comment_status": "locked"}, {}, {"comment_status": None},
                                  {"premoderated": "sometimes"}])
def test_a_post_setting_other_than_open_closed_or_premoderated_is_refused(pipeline, body):
    status, answer, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", body, token=pipeline.token("moderator"))
    assert status == 422 and answer["message"]


def test_only_a_moderator_opens_or_closes_a_post(pipeline):
    status, _, _ = pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"},
                                    token=pipeline.token("reader"))
    assert status == 403
    assert pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"})[0] == 401


def test_a_moderator_sees_every_comment_from_the_same_email_or_address_newest_first(pipeline):
    moderator = pipeline.token("moderator")
    shared_ip = [_post(pipeline, author_email=f"r{i}@example.org", content=f"{GOOD} ({i})", ip="192.0.2.33")
                 for i in range(3)]
    same_email = _post(pipeline, author_email="r0@example.org", content=GOOD + " From home.", ip="192.0.2.34")
    pipeline.drain()

    def sender(comment_id, query):
        status, body, _ = pipeline.request("GET", f"/moderation/comments/{comment_id}/sender?{query}", token=moderator)
        assert status == 200, body
        return body

    assert [c["id"] for c in sender(shared_ip[0], "by=address")["comments"]] == shared_ip[::-1]
    assert [c["id"] for c in sender(shared_ip[0], "by=email")["comments"]] == [same_email, shared_ip[0]]
    first = sender(shared_ip[2], "by=address&limit=2")
    assert [c["id"] for c in first["comments"]] == shared_ip[:0:-1] and first["next_cursor"]
    rest = sender(shared_ip[2], f"by=address&limit=2&cursor={first['next_cursor']}")
    assert [c["id"] for c in rest["comments"]] == [shared_ip[0]] and rest["next_cursor"] is None
    assert "author_email" not in json.dumps(first)  # the list shows no personal data; one comment's detail does


def test_a_sender_without_email_is_the_comment_alone_with_where_else_to_look_and_an_unknown_one_is_not_found(
        pipeline):
    moderator = pipeline.token("moderator")
    anonymous = _post(pipeline, content=GOOD, ip="192.0.2.39")
    status, body, _ = pipeline.request("GET", f"/moderation/comments/{anonymous}/sender?by=email", token=moderator)
    assert (status, [c["id"] for c in body["comments"]]) == (200, [anonymous])
    assert body["message"] == "this comment gave no email, or it was erased: look by=address instead"
    status, _, _ = pipeline.request("GET", "/moderation/comments/nope/sender", token=moderator)
    assert status == 404
    status, _, _ = pipeline.request("GET", f"/moderation/comments/{anonymous}/sender?by=name", token=moderator)
    assert status == 422
    assert pipeline.request("GET", f"/moderation/comments/{anonymous}/sender", token=pipeline.token("reader"))[0] == 403


def _decisions(pipeline, token, query=""):
    status, body, _ = pipeline.request("GET", f"/moderation/decisions{query}", token=token)
    assert status == 200, body
    return body


def test_a_moderator_sees_their_latest_decisions_latest_first_each_with_the_action_that_undoes_it(pipeline):
    mine, colleague = pipeline.token("moderator"), pipeline.token("moderator", sub="moderator-2")
    approved, spam, trashed = (_held(pipeline, ip=f"192.0.2.{70 + n}", author_name=f"R{n}",
                                     content=f"See https://a.example/{n} and https://b.example/{n} for the plan.")
                               for n in range(3))
    assert act(pipeline, approved, "approve", mine)[0] == 200
    assert act(pipeline, spam, "spam", mine)[0] == 200
    assert act(pipeline, trashed, "trash", mine, note="off topic")[0] == 200
    pipeline.drain()

    body = _decisions(pipeline, mine)
    assert body["by"] == "moderator-1" and body["next_cursor"] is None
    assert [(c["id"], c["status"], c["undo"]) for c in body["comments"]] == [
        (trashed, "trash", "restore"), (spam, "spam", "restore"), (approved, "published", "hold")]
    decision = body["comments"][0]["decision"]
    assert {k: decision[k] for k in ("actor", "from", "to", "note")} == {
        "actor": "moderator-1", "from": "held", "to": "trash", "note": "off topic"}
    assert "author_email" not in json.dumps(body)  # a list, not one comment's detail

    # The undo, sent as the page says: the comment goes back to the queue, and the undo is the latest decision.
    undo = body["comments"][1]
    assert act(pipeline, spam, undo["undo"], mine, from_status=undo["status"])[0] == 200
    assert pipeline.comment(spam).status is Status.HELD
    # A colleague's decision since takes the comment into the colleague's history.
    assert act(pipeline, approved, "trash", colleague, from_status="published")[0] == 200
    pages = [_decisions(pipeline, mine, "?limit=1")]
    while pages[-1]["next_cursor"]:
        pages.append(_decisions(pipeline, mine, f"?limit=1&cursor={pages[-1]['next_cursor']}"))
    assert [(c["id"], c["undo"]) for page in pages for c in page["comments"]] == [(spam, "spam"), (trashed, "restore")]
    assert [c["id"] for c in _decisions(pipeline, colleague)["comments"]] == [approved]


def test_a_moderator_reads_only_their_own_decisions_and_an_admin_anyones(pipeline):
    mine = pipeline.token("moderator")
    decided = _held(pipeline)
    assert act(pipeline, decided, "trash", mine)[0] == 200
    status, body, _ = pipeline.request("GET", "/moderation/decisions?by=moderator-2", token=mine)
    assert (status, body["message"]) == (403, "this needs the admin role")
    assert [c["id"] for c in _decisions(pipeline, mine, "?by=moderator-1")["comments"]] == [decided]
    admin = pipeline.token("admin", sub="editor-in-chief")
    assert [c["id"] for c in _decisions(pipeline, admin, "?by=moderator-1")["comments"]] == [decided]
    assert _decisions(pipeline, admin)["comments"] == []  # the admin's own: none made
    cursor = _decisions(pipeline, mine, "?limit=1")["next_cursor"]
    for query, field in ((f"?by=moderator-1&cursor={cursor}", "cursor"), ("?cursor=bm90IGEgY3Vyc29y", "cursor"),
                         ("?by=", "by")):
        status, body, _ = pipeline.request("GET", f"/moderation/decisions{query}", token=admin)
        assert status in (400, 422) and body["errors"][0]["field"] == field, (query, body)


ACTION_TARGET = {"approve": Status.APPROVED, "hold": Status.HELD, "spam": Status.SPAM, "trash": Status.TRASH}


def _comment_in(pipeline, status: Status, n: int) -> str:
    """A comment brought to ``status`` by the pipeline and moderators, as it would get there."""
    admin = pipeline.token("moderator")
    if status is Status.PENDING:
        return _post(pipeline, content=f"{GOOD} ({n})", ip=f"192.0.2.{100 + n}")
    comment_id = _held(pipeline, ip=f"192.0.2.{100 + n}", author_name=f"R{n}")
    path = {
        Status.HELD: [],
        Status.APPROVED: ["approve"],
        Status.PUBLISHED: ["approve", None],
        Status.SPAM: ["spam"],
        Status.TRASH: ["trash"],
    }[status]
    for step in path:
        if step is None:
            pipeline.drain()
        else:
            assert act(pipeline, comment_id, step, admin)[0] == 200
    assert pipeline.comment(comment_id).status is status
    return comment_id


@pytest.mark.parametrize("current", [s for s in Status if s is not Status.PENDING])
@pytest.mark.parametrize("action", sorted(ACTION_TARGET))
def test_each_moderator_action_is_allowed_exactly_where_the_state_machine_allows_it(pipeline, current, action):
    moderator = pipeline.token("moderator")
    comment_id = _comment_in(pipeline, current, 1)
    status, body, _ = act(pipeline, comment_id, action, moderator)
    already = current is ACTION_TARGET[action] or (action == "approve" and current is Status.PUBLISHED)
    if already:  # a second click: answered with the comment as it is
        assert (status, body) == (200, {"id": comment_id, "status": current.value, "unchanged": True})
        assert pipeline.comment(comment_id).status is current
    elif ACTION_TARGET[action] in TRANSITIONS[current]:
        assert status == 200, body
        assert pipeline.comment(comment_id).status is ACTION_TARGET[action]
    else:
        assert status == 409, body
        assert pipeline.comment(comment_id).status is current


def test_not_spam_is_refused_for_a_trashed_comment(pipeline):
    comment_id = _comment_in(pipeline, Status.TRASH, 2)
    assert act(pipeline, comment_id, "ham", pipeline.token("moderator"))[0] == 409


def test_an_unknown_action_is_invalid_and_an_unknown_comment_is_not_found(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline)
    status, body, _ = act(pipeline, comment_id, "delete-forever", moderator)
    assert status == 422 and body["errors"][0]["field"] == "action"
    assert act(pipeline, "0123456789abcdef", "approve", moderator)[0] == 404


def test_the_queue_lists_newest_first_or_in_the_order_readers_have_waited(pipeline):
    moderator = pipeline.token("moderator")
    held = [_held(pipeline, ip=f"192.0.2.{30 + i}", author_name=f"R{i}") for i in range(3)]
    newest = pipeline.request("GET", "/moderation/comments?status=held", token=moderator)[1]
    assert [c["id"] for c in newest["comments"]] == held[::-1]
    first, *_ = pipeline.request("GET", "/moderation/comments?status=held&order=oldest&limit=2", token=moderator)[1:]
    rest = pipeline.request("GET", f"/moderation/comments?status=held&order=oldest&cursor={first['next_cursor']}",
                            token=moderator)[1]
    assert [c["id"] for c in first["comments"] + rest["comments"]] == held
    status, body, _ = pipeline.request("GET", "/moderation/comments?order=random", token=moderator)
    assert status == 422 and body["errors"][0]["field"] == "order"


def test_moderators_who_read_abuse_list_only_what_the_toxicity_score_or_abuse_rules_held(pipeline):
    moderator = pipeline.token("moderator")
    abuse = []
    for i in range(5):  # spam, abuse, spam, abuse, spam: oldest first
        if i % 2:
            abuse.append(_held_for_abuse(pipeline, ip=f"192.0.2.{40 + i}", content=f"{HATEFUL} ({i})"))
        else:
            _held(pipeline, ip=f"192.0.2.{40 + i}", content=f"See https://a.example/x and https://b.example/y for the plan ({i}).")

    def page(query):
        return pipeline.request("GET", f"/moderation/comments?status=held&order=oldest&{query}", token=moderator)[1]

    first = page("held_for=toxicity&limit=1")
    second = page(f"held_for=toxicity&limit=1&cursor={first['next_cursor']}")
    assert [c["id"] for c in first["comments"] + second["comments"]] == abuse
    assert all(c["held_for"] == ["toxicity"] for c in first["comments"] + second["comments"])
    last = page(f"held_for=toxicity&limit=1&cursor={second['next_cursor']}") if second["next_cursor"] else None
    assert last is None or last == {"comments": [], "next_cursor": None}
    spam = page("held_for=spam&limit=10")
    assert len(spam["comments"]) == 3 and spam["next_cursor"] is None
    status, body, _ = pipeline.request("GET", "/moderation/comments?held_for=abuse", token=moderator)
    assert status == 422 and body["errors"][0]["field"] == "held_for"


def test_a_bulk_action_reports_each_comment(pipeline):
    moderator = pipeline.token("moderator")
    first, second = _held(pipeline, ip="192.0.2.10", author_name="A"), _held(pipeline, ip="192.0.2.11", author_name="B")
    status, body, _ = pipeline.request(
        "POST", "/moderation/actions", {"action": "trash", "ids": [first, second, "nope0000"]}, token=moderator
    )
    assert status == 200
    assert [r["code"] for r in body["results"]] == [200, 200, 404]
    assert pipeline.comment(first).status is Status.TRASH


def test_a_bulk_approval_sends_its_comments_to_publishing_ten_to_a_request_and_all_are_published(pipeline):
    moderator = pipeline.token("moderator")
    held = [_held(pipeline, ip=f"192.0.2.{80 + i}", author_name=f"R{i}",
                  content=f"See https://a.example/{i} and https://b.example/y for the plan.") for i in range(12)]
    calls: list[str] = []
    sqs = runtime.queues().client
    sqs.meta.events.register("before-call.sqs", lambda model, **_: calls.append(model.name))
    status, body, _ = pipeline.request("POST", "/moderation/actions", {"action": "approve", "ids": held}, token=moderator)
    assert status == 200 and {r["code"] for r in body["results"]} == {200}
    assert calls == ["SendMessageBatch", "SendMessageBatch"]
    pipeline.drain()
    assert all(pipeline.comment(i).status is Status.PUBLISHED for i in held)


def test_a_bulk_approval_whose_sends_fail_is_still_approved_and_the_resender_publishes_it(pipeline, monkeypatch):
    moderator = pipeline.token("moderator")
    held = [_held(pipeline, ip=f"192.0.2.{100 + i}", author_name=f"S{i}",
                  content=f"See https://a.example/s{i} and https://b.example/y for the plan.") for i in range(2)]

    def refuse(**_):
        raise RuntimeError("SQS is down")

    sqs = runtime.queues().client
    sqs.meta.events.register("before-call.sqs.SendMessageBatch", refuse)
    try:
        status, body, _ = pipeline.request("POST", "/moderation/actions", {"action": "approve", "ids": held},
                                           token=moderator)
    finally:
        sqs.meta.events.unregister("before-call.sqs.SendMessageBatch", refuse)
    assert status == 200 and [r["status"] for r in body["results"]] == ["approved", "approved"]
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    time.sleep(0.01)
    assert pipeline.functions["ResenderFunction"].invoke({})["to_publish"] == 2
    pipeline.drain()
    assert all(pipeline.comment(i).status is Status.PUBLISHED for i in held)


# -- authentication matrix ---------------------------------------------------------------------

MODERATION_ROUTES = [
    ("GET", "/moderation/comments?status=held", None, "moderator"),
    ("GET", "/moderation/comments/{id}", None, "moderator"),
    ("PATCH", "/moderation/comments/{id}", {"content": "edited"}, "moderator"),
    ("GET", "/moderation/comments/{id}/sender?by=address", None, "moderator"),
    ("GET", "/moderation/decisions", None, "moderator"),
    ("DELETE", "/moderation/comments/{id}/sender/probation", None, "moderator"),
    ("PUT", "/moderation/comments/{id}/sender/ban", {"days": 1}, "moderator"),
    ("GET", "/moderation/readers?standing=probation", None, "moderator"),
    ("DELETE", "/moderation/comments/{id}/sender/ban", None, "moderator"),
    ("POST", "/moderation/comments/{id}/actions", {"action": "approve"}, "moderator"),
    ("POST", "/moderation/actions", {"action": "hold", "ids": ["{id}"]}, "moderator"),
    ("GET", f"/moderation/posts/{POST}", None, "moderator"),
    ("PUT", f"/moderation/posts/{POST}", {"comment_status": "open"}, "moderator"),
    ("GET", "/moderation/stats", None, "moderator"),
    ("DELETE", "/moderation/comments/{id}", None, "moderator"),
    ("POST", "/moderation/comments/{id}/replies", {"author_name": "The Editors", "content": "Thanks."}, "moderator"),
    ("POST", "/moderation/recheck", {}, "moderator"),
    ("POST", "/moderation/privacy/export", {"email": "x@example.org"}, "admin"),
    ("POST", "/moderation/privacy/erase", {"email": "x@example.org"}, "admin"),
]
# What the right role gets for a held comment where it is not 200: past the token, the comment's own state.
PAST_THE_TOKEN = {
    ("DELETE", "/moderation/comments/{id}"): 409,  # trash it first
    ("DELETE", "/moderation/comments/{id}/sender/probation"): 204,  # nothing to end: the same answer
    ("PUT", "/moderation/comments/{id}/sender/ban"): 409,  # the held comment gave no email: nobody to ban
    ("DELETE", "/moderation/comments/{id}/sender/ban"): 204,  # nothing to lift
    ("POST", "/moderation/comments/{id}/replies"): 201,  # Approve and Reply
    ("POST", "/moderation/recheck"): 202,
}


def _bad_tokens(pipeline) -> dict[str, str | None]:
    good = pipeline.token("admin")
    header, payload, signature = good.split(".")
    unsigned_header = _b64({"alg": "none", "typ": "JWT"})
    tampered_payload = _b64(json.loads(_unb64(payload)) | {"cognito:groups": ["admin", "owner"]})
    return {
        "no token": None,
        "malformed": "not-a-jwt",
        "unsigned (alg none)": f"{unsigned_header}.{payload}.",
        "tampered": f"{header}.{tampered_payload}.{signature}",
        "expired": pipeline.token("admin", ttl_seconds=-60),
        "another issuer's key": pipeline.foreign_token("admin"),
    }


def _b64(data: dict) -> str:
    import base64

    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@pytest.mark.parametrize("method, path, body, role", MODERATION_ROUTES)
def test_every_moderation_route_refuses_bad_tokens_and_wrong_roles(pipeline, method, path, body, role):
    comment_id = _held(pipeline)
    expected = PAST_THE_TOKEN.get((method, path), 200)
    path = path.replace("{id}", comment_id)
    body = json.loads(json.dumps(body).replace("{id}", comment_id)) if body is not None else None
    for name, token in _bad_tokens(pipeline).items():
        status, answer, headers = pipeline.request(method, path, body, token=token)
        assert status == 401, (name, answer)
        # The body says nothing more, as API Gateway's; the header says why, a moderator's tool may show it.
        assert answer == {"message": "Unauthorized"}
        challenge = headers["WWW-Authenticate"]
        assert challenge == "Bearer" if token is None else challenge.startswith('Bearer error="invalid_token"')
        if name == "expired":
            assert headers["WWW-Authenticate"].endswith('error_description="the token has expired"')
    status, _, _ = pipeline.request(method, path, body, token=pipeline.token("reader"))
    assert status == 403
    if role == "admin":
        assert pipeline.request(method, path, body, token=pipeline.token("moderator"))[0] == 403
    status, answer, _ = pipeline.request(method, path, body, token=pipeline.token(role))
    assert status == expected, answer


# -- privacy -----------------------------------------------------------------------------------

def _every_item(pipeline) -> str:
    """The whole table as text (a Scan: fine in a test, never on a request path)."""
    client = boto3.client("dynamodb")
    table = pipeline.template.physical_name("CommentsTable")
    items, start = [], None
    while True:
        page = client.scan(TableName=table, **({"ExclusiveStartKey": start} if start else {}))
        items += page["Items"]
        start = page.get("LastEvaluatedKey")
        if not start:
            return json.dumps(items)


def test_an_admin_exports_a_readers_comments_with_all_their_data_and_what_the_filters_said_of_them(pipeline):
    admin = pipeline.token("admin")
    ids = [_post(pipeline, author_name="Ida Reader", author_email="Ida@Example.org", content=f"{GOOD} {i}",
                 author_url="https://ida.example", ip=f"192.0.2.{40 + i}") for i in range(2)]
    _post(pipeline, author_name="Someone Else", author_email="else@example.org", content=GOOD, ip="192.0.2.50")
    pipeline.drain()
    status, export, _ = pipeline.request("POST", "/moderation/privacy/export", {"email": "ida@example.org"}, token=admin)
    assert status == 200
    assert sorted(c["id"] for c in export["comments"]) == sorted(ids)
    first = export["comments"][0]
    assert first["author_email"] == "Ida@Example.org" and first["client_ip"].startswith("192.0.2.4")
    assert first["user_agent"] and first["author_url"] == "https://ida.example" and first["content"]
    assert first["spam_score"] is not None and first["reasons"]  # what the filters said of it: data about her too
    assert "history" not in first  # it names the moderators
    # Both wait for a moderator (a first comment with a website): none published, no trust yet.
    assert {c["status"] for c in export["comments"]} == {"held"}
    assert export["sender"] == {"trusted": False, "approved_comments": 0, "author_marked_spam": False,
                                "author_abusive_until": None, "author_banned_until": None}


def test_an_export_tells_the_reader_of_the_ban_and_the_probation_on_their_email(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    published = _post(pipeline, content=GOOD, ip="192.0.2.51", author_email="ida@example.org")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.52", author_email="ida@example.org")
    assert act(pipeline, abusive, "trash", moderator)[0] == 200
    until = _ban(pipeline, abusive, moderator, days=90)[1]["author_banned_until"]
    status, export, _ = pipeline.request("POST", "/moderation/privacy/export", {"email": "ida@example.org"}, token=admin)
    assert status == 200 and sorted(c["id"] for c in export["comments"]) == sorted([published, abusive])
    assert (export["sender"]["trusted"], export["sender"]["approved_comments"]) == (True, 1)
    assert export["sender"]["author_banned_until"] == until and export["sender"]["author_marked_spam"] is False
    assert export["sender"]["author_abusive_until"] == time.strftime("%Y-%m-%d", time.gmtime(time.time() + 30 * 86400))


def test_erasure_leaves_no_trace_of_the_readers_name_or_email_anywhere(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    published = _post(pipeline, author_name="Ida Reader", author_email="ida@example.org", content=GOOD, ip="192.0.2.60")
    held = _held(pipeline, ip="192.0.2.61", author_name="Ida Reader", author_email="ida@example.org")
    pipeline.drain()
    assert act(pipeline, held, "spam", moderator)[0] == 200
    other = _post(pipeline, author_name="Bob", author_email="bob@example.org", content=GOOD + " too", ip="192.0.2.62")
    pipeline.drain()
    before = _every_item(pipeline)
    assert "Ida Reader" in before and "ida@example.org" in before
    caught = pipeline.watch_bus()

    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": "IDA@example.org"}, token=admin)
    assert (status, body) == (200, {"items_changed": 2, "ban_kept_until": None})
    # Only the published comment is on a page a cache may keep: that one is announced, without the name.
    events = caught()
    assert [(e["detail-type"], e["detail"]["comment_id"], e["detail"]["change"]) for e in events] == [
        ("Comment Changed", published, "anonymised")]
    assert "Ida" not in json.dumps(events) and "ida@example.org" not in json.dumps(events)

    after = _every_item(pipeline)
    assert "Ida Reader" not in after and "ida@example.org" not in after and "192.0.2.60" not in after
    from commentguard import keys, runtime

    assert keys.author_key(runtime.secret_key(), "ida@example.org") not in after
    assert keys.client_key(runtime.secret_key(), "192.0.2.61") not in after  # the address's spam mark
    listing = {c["id"]: c for c in pipeline.listing(POST)}
    assert listing[published]["author_name"] == "Anonymous" and listing[published]["content"]
    assert listing[other]["author_name"] == "Bob"
    # The author is a stranger again: no trust survives erasure.
    assert pipeline.request("POST", "/moderation/privacy/export", {"email": "ida@example.org"}, token=admin)[1][
        "comments"] == []


def test_erasure_takes_the_claim_of_the_form_token_the_reader_sent_first(pipeline, monkeypatch):
    _configure(monkeypatch, MIN_FORM_SECONDS="0")
    token = pipeline.request("GET", f"/posts/{POST}/form-token")[1]["token"]
    _post(pipeline, author_email="ida@example.org", content=GOOD, form_token=token, ip="192.0.2.64")
    pipeline.drain()
    assert '"formtok#' in _every_item(pipeline)
    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": "ida@example.org"},
                                       token=pipeline.token("admin"))
    assert (status, body) == (200, {"items_changed": 1, "ban_kept_until": None}) and '"formtok#' not in _every_item(pipeline)


def test_erasure_of_a_reader_with_several_comments_from_one_address_and_a_spam_mark_succeeds(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    ids = [_post(pipeline, author_email="ida@example.org", content=f"{GOOD} {i}", ip="192.0.2.65") for i in range(3)]
    pipeline.drain()
    assert act(pipeline, ids[0], "spam", moderator)[0] == 200
    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": "ida@example.org"}, token=admin)
    assert (status, body) == (200, {"items_changed": 3, "ban_kept_until": None})
    from commentguard import keys, runtime

    after = _every_item(pipeline)
    assert keys.author_key(runtime.secret_key(), "ida@example.org") not in after
    assert keys.client_key(runtime.secret_key(), "192.0.2.65") not in after


def test_erasure_keeps_a_readers_ban_in_force_by_their_emails_keyed_hash_alone(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    comment = _post(pipeline, content=GOOD, author_name="Ida Troll", author_email="ida@example.org", ip="192.0.2.67")
    pipeline.drain()
    until = _ban(pipeline, comment, moderator)[1]["author_banned_until"]

    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": "ida@example.org"}, token=admin)
    assert (status, body) == (200, {"items_changed": 1, "ban_kept_until": until})
    after = _every_item(pipeline)
    assert "Ida Troll" not in after and "ida@example.org" not in after and "192.0.2.67" not in after
    from commentguard import keys, runtime
    from commentguard.adapters.store import ban_key

    author = keys.author_key(runtime.secret_key(), "ida@example.org")
    assert [item["id"]["S"] for item in json.loads(after) if author in json.dumps(item)] == [ban_key(author)]
    # The hold the ban put on the address goes with every fingerprint of it: the ban is the email's.
    assert keys.client_key(runtime.secret_key(), "192.0.2.67") not in after
    # Asking to be forgotten does not lift the ban: the next comment goes to the spam folder unread, as before.
    again = _post(pipeline, content=GOOD + " Me again.", author_email="ida@example.org", ip="192.0.2.68")
    pipeline.drain()
    assert pipeline.comment(again).reasons[0]["code"] == "author_banned"
    assert pipeline.request("POST", "/moderation/privacy/export", {"email": "ida@example.org"}, token=admin)[1][
        "sender"]["author_banned_until"] == until
    # Moderators still see the ban, under the anonymised comment, and are told who lifts it from there.
    banned = pipeline.request("GET", "/moderation/readers?standing=banned", token=moderator)[1]["readers"]
    assert [(r["comment_id"], r["author_name"], r["until"]) for r in banned] == [(comment, "Anonymous", until)]
    status, body, _ = pipeline.request("DELETE", f"/moderation/comments/{comment}/sender/ban", token=moderator)
    assert status == 409 and "lift_ban" in body["message"]


def test_erasure_with_lift_ban_takes_the_ban_too_even_once_none_of_the_readers_comments_is_left(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    comment = _post(pipeline, content=GOOD, author_email="ida@example.org", ip="192.0.2.69")
    pipeline.drain()
    assert _ban(pipeline, comment, moderator)[0] == 200
    erase = "/moderation/privacy/erase"
    assert pipeline.request("POST", erase, {"email": "ida@example.org"}, token=admin)[1]["ban_kept_until"]
    status, body, _ = pipeline.request("POST", erase, {"email": "ida@example.org", "lift_ban": True}, token=admin)
    assert (status, body) == (200, {"items_changed": 0, "ban_kept_until": None})
    assert '"marked#ban#' not in _every_item(pipeline)
    from commentguard import keys, runtime

    assert keys.author_key(runtime.secret_key(), "ida@example.org") not in _every_item(pipeline)
    status, body, _ = pipeline.request("POST", erase, {"email": "ida@example.org", "lift_ban": "never"}, token=admin)
    assert status == 422 and body["errors"][0]["field"] == "lift_ban"


def test_erasure_deletes_a_ban_whose_day_has_passed_though_its_ttl_has_not_yet_come(pipeline):
    from commentguard.adapters.store import ban_key

    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    comment = _post(pipeline, content=GOOD, author_email="ida@example.org", ip="192.0.2.70")
    pipeline.drain()
    assert _ban(pipeline, comment, moderator, days=1)[0] == 200
    _past_its_time(pipeline, ban_key(pipeline.comment(comment).author_key))
    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"email": "ida@example.org"}, token=admin)
    assert (status, body) == (200, {"items_changed": 1, "ban_kept_until": None})
    assert '"marked#ban#' not in _every_item(pipeline)


def test_erasure_takes_a_readers_probation_with_their_email(pipeline):
    admin, moderator = pipeline.token("admin"), pipeline.token("moderator")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.66", author_email="ida@example.org")
    assert act(pipeline, abusive, "trash", moderator)[0] == 200
    assert _abuse_mark(pipeline, abusive) is not None
    assert pipeline.request("POST", "/moderation/privacy/erase", {"email": "ida@example.org"}, token=admin)[0] == 200
    from commentguard import keys, runtime

    assert keys.author_key(runtime.secret_key(), "ida@example.org") not in _every_item(pipeline)


def test_a_reader_signed_in_without_an_email_is_exported_and_erased_by_their_user_id(pipeline):
    admin = pipeline.token("admin")
    token = pipeline.author_token("user-42", name="Ann Lee")
    signed = _post(pipeline, author_name="Ann", content=GOOD + " Signed in.", author_token=token, ip="192.0.2.66")
    typed = _post(pipeline, author_name="Ann", content=GOOD + " Signed in, an email typed.", author_token=token,
                  author_email="someone@example.org", ip="192.0.2.68")  # the account is who she is, not the form
    unsigned = _post(pipeline, author_name="Ann Lee", content=GOOD + " Not signed in.", ip="192.0.2.67")
    pipeline.drain()
    status, export, _ = pipeline.request("POST", "/moderation/privacy/export", {"user_id": "user-42"}, token=admin)
    assert status == 200 and export["user_id"] == "user-42"
    assert sorted((c["id"], c["author_id"], c["author_email"]) for c in export["comments"]) == sorted(
        [(signed, "user-42", None), (typed, "user-42", None)])

    status, body, _ = pipeline.request("POST", "/moderation/privacy/erase", {"user_id": "user-42"}, token=admin)
    assert (status, body) == (200, {"items_changed": 2, "ban_kept_until": None})
    after = _every_item(pipeline)
    assert "user-42" not in after and "192.0.2.66" not in after and "someone@example.org" not in after
    names = {c["id"]: c["author_name"] for c in pipeline.listing(POST)}
    assert (names[signed], names[unsigned]) == ("Anonymous", "Ann Lee")  # a namesake who never signed in stays


@pytest.mark.parametrize("body", [{}, {"email": "ann@example.org", "user_id": "user-42"}, {"user_id": ""},
                                  {"user_id": "   "}])
def test_a_privacy_request_names_the_reader_by_email_or_by_user_id_and_not_both(pipeline, body):
    status, answer, _ = pipeline.request("POST", "/moderation/privacy/export", body, token=pipeline.token("admin"))
    assert status == 422 and answer["errors"]


def test_the_openapi_document_and_swagger_ui_open_in_a_browser_and_moderation_routes_ask_for_the_token(pipeline):
    status, document, _ = pipeline.request("GET", "/openapi.json")
    assert status == 200 and "/moderation/comments" in document["paths"] and "/comments" in document["paths"]
    assert document["components"]["securitySchemes"]["moderatorJwt"] | {"description": ""} == {
        "type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": ""}
    operations = [(path, op) for path, ops in document["paths"].items() for op in ops.values()]
    assert all(op.get("security") == [{"moderatorJwt": []}] for path, op in operations if path.startswith("/moderation"))
    assert not any(op.get("security") for path, op in operations if not path.startswith("/moderation"))
    # What a moderation app inserts as text and what as HTML: its authors read this first.
    assert "insert them as text, never as HTML" in document["info"]["description"]
    status, page, headers = pipeline.request("GET", "/moderation/swagger", raw=True)  # no token: a browser's GET
    assert status == 200 and "html" in headers.get("Content-Type", "") and "persistAuthorization: true" in page
    status, packed, headers = pipeline.request("GET", "/moderation/swagger", raw=True,
                                               headers={"accept-encoding": "gzip, deflate, br"})
    assert status == 200 and headers.get("Content-Encoding") == "gzip"
    assert gzip.decompress(base64.b64decode(packed)).decode() == page and len(packed) < len(page) / 2


def test_a_spam_comment_expires_and_its_raw_personal_data_with_it(pipeline):
    comment_id = _post(pipeline, content=GOOD, honeypot="x", author_email="t@example.org", ip="192.0.2.70")
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    now = time.time()
    assert 14 * 86400 < comment.expires_at - now <= 15 * 86400
    pii = pipeline.store.get_many([f"pii#{comment_id}"])[f"pii#{comment_id}"]
    assert pii["expires_at"] == comment.expires_at  # not the 30 days of a kept comment's


def test_moderators_decisions_export_as_training_examples_oldest_first(pipeline):
    import io

    from commentguard_dev.feedback import export_feedback

    moderator = pipeline.token("moderator")
    spam = _post(pipeline, content=GOOD + " buy followers now", ip="192.0.2.90")
    ham = _post(pipeline, content=GOOD, honeypot="autofill", ip="192.0.2.91")
    pipeline.drain()
    act(pipeline, spam, "spam", moderator)
    act(pipeline, ham, "ham", moderator)
    abusive = _held_for_abuse(pipeline)
    act(pipeline, abusive, "trash", moderator)
    out = io.StringIO()
    assert export_feedback(pipeline.store, out) == 3
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    said = [(x["comment_id"], x["label"], x["abusive"]) for x in lines]
    assert said == [(spam, "spam", None), (ham, "ham", None), (abusive, None, True)]
    assert lines[0]["text"].endswith("buy followers now")


def report(pipeline, comment_id, reason, ip):
    return pipeline.request("POST", f"/comments/{comment_id}/reports", {"reason": reason}, ip=ip)


def test_the_queue_has_waited_since_a_comment_was_held_not_since_it_was_written(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.86")
    pipeline.drain()
    written = iso_utc(time.time() - 3 * 86400)  # published three days ago
    pipeline.store.client.update_item(TableName=pipeline.store.table, Key={"id": {"S": comment_id}},
                                      UpdateExpression="SET created_at = :at",
                                      ExpressionAttributeValues={":at": {"S": written}})
    queue = lambda: pipeline.request("GET", "/moderation/stats", token=moderator)[1]["moderation_queue"]  # noqa: E731
    assert queue() == {"size": 0, "oldest_age_seconds": None}
    for n in range(3):
        assert report(pipeline, comment_id, "abuse", ip=f"198.51.100.{40 + n}")[0] == 202
    waited = queue()
    assert waited["size"] == 1 and 0 <= waited["oldest_age_seconds"] < 60  # held just now, by readers


def test_three_readers_reporting_a_published_comment_take_it_down_for_a_moderator(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.80", post_url="https://news.example/tram")
    pipeline.drain()
    caught = pipeline.watch_bus()
    assert report(pipeline, comment_id, "abuse", ip="198.51.100.1")[:2] == (202, {"id": comment_id})
    assert report(pipeline, comment_id, "spam", ip="198.51.100.1")[:2] == (202, {"id": comment_id})  # once each
    assert report(pipeline, comment_id, "abuse", ip="198.51.100.2")[0] == 202
    detail = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]
    assert (detail["status"], detail["report_count"], detail["report_reasons"]) == ("published", 2, ["abuse"])
    assert [c["id"] for c in pipeline.listing(POST)] == [comment_id]
    unreported = _post(pipeline, content=GOOD + " Agreed.", ip="192.0.2.85")
    pipeline.drain()
    status, page, _ = pipeline.request("GET", "/moderation/comments?status=published&reported=true", token=moderator)
    assert status == 200 and [c["id"] for c in page["comments"]] == [comment_id]  # reported, still on the page
    assert pipeline.request("GET", "/moderation/comments?status=published&reported=maybe", token=moderator)[0] == 422

    assert report(pipeline, comment_id, "off_topic", ip="198.51.100.3")[:2] == (202, {"id": comment_id})
    assert [c["id"] for c in pipeline.listing(POST)] == [unreported]
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.held_for) == (Status.HELD, ["reports"])
    assert comment.reasons[0] == {"code": "reported", "message": "reported by 3 readers: abuse, off topic"}
    assert (comment.history[-1]["actor"], comment.history[-1]["from"]) == ("readers", "published")
    unpublished, held = [e for e in caught() if e["detail"]["comment_id"] == comment_id]
    assert (unpublished["detail-type"], unpublished["detail"]["status"], unpublished["detail"]["post_url"]) == (
        "Comment Unpublished", "held", "https://news.example/tram")
    assert held["detail-type"] == "Comment Held"  # the moderators' mail
    assert (held["detail"]["held_for"], held["detail"]["reasons"][0]["code"]) == (["reports"], "reported")
    queue = pipeline.request("GET", "/moderation/comments?status=held&held_for=reports", token=moderator)[1]
    assert [c["id"] for c in queue["comments"]] == [comment_id]
    # A fourth reader, whose page still showed it: answered as the others were, counted no more.
    assert report(pipeline, comment_id, "abuse", ip="198.51.100.4")[:2] == (202, {"id": comment_id})
    assert pipeline.comment(comment_id).report_count == 3

    assert pipeline.request("GET", f"/comment-counts?post_ids={POST}")[1]["counts"] == {POST: 1}  # the other
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["reports"] == {"held": 1}
    assert act(pipeline, comment_id, "trash", moderator, abusive=True)[0] == 200
    assert _feedback(pipeline, comment_id)["abusive"] is True
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["missed_abuse"] == 1  # the filter let it through; readers caught it


def test_reports_from_the_addresses_and_networks_of_one_ipv6_48_count_as_one_reader(pipeline):
    comment_id = _post(pipeline, content=GOOD + " Seen from one home.", ip="192.0.2.81")
    pipeline.drain()
    # One home's /56 or /48: as many /64 networks, and addresses in each, as it likes.
    for network, host in ((0x9, 1), (0x9, 2), (0xA, 1), (0xBB01, 1), (0xFFFF, 7)):
        assert report(pipeline, comment_id, "abuse", ip=f"2001:db8:7:{network:x}::{host}")[0] == 202
    assert (pipeline.comment(comment_id).status, pipeline.comment(comment_id).report_count) == (Status.PUBLISHED, 1)
    assert report(pipeline, comment_id, "abuse", ip="2001:db8:8:9::1")[0] == 202  # the next /48: another reader
    assert pipeline.comment(comment_id).report_count == 2


def test_a_moderator_who_approves_a_reported_comment_puts_it_back_and_clears_its_reports(pipeline, monkeypatch):
    _configure(monkeypatch, REPORTS_TO_HOLD="1")
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.81")
    pipeline.drain()
    assert report(pipeline, comment_id, "other", ip="198.51.100.4")[0] == 202
    assert pipeline.comment(comment_id).status is Status.HELD
    assert act(pipeline, comment_id, "approve", moderator, note="fair criticism")[0] == 200
    pipeline.drain()
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.report_count, comment.report_reasons) == (Status.PUBLISHED, None, [])
    assert comment.held_for == []  # on the page, held for nothing
    assert "reported" not in [r["code"] for r in comment.reasons]  # the reports are answered
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["false_positives"] == 0  # readers held it, not the filter

    assert report(pipeline, comment_id, "abuse", ip="198.51.100.4")[0] == 202  # answered already
    assert pipeline.comment(comment_id).status is Status.PUBLISHED
    assert report(pipeline, comment_id, "abuse", ip="198.51.100.5")[0] == 202  # a new reader
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.HELD and [r["code"] for r in comment.reasons].count("reported") == 1


def test_a_take_down_the_bus_refused_is_finished_when_the_reader_retries(pipeline, monkeypatch):
    monkeypatch.setenv("REPORTS_TO_HOLD", "1")
    from botocore.awsrequest import AWSResponse

    from commentguard import runtime

    runtime.reset()
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.84")
    pipeline.drain()

    def refuse(**_):
        return AWSResponse("https://events", 200, {}, None), {
            "FailedEntryCount": 1, "Entries": [{"ErrorCode": "InternalFailure", "ErrorMessage": "try later"}]}

    runtime.events().client.meta.events.register("before-call.events.PutEvents", refuse)
    status, _, headers = report(pipeline, comment_id, "abuse", ip="198.51.100.7")
    assert (status, headers.get("Retry-After")) == (503, "1")
    assert pipeline.comment(comment_id).status is Status.PUBLISHED  # not taken down unannounced
    runtime.events().client.meta.events.unregister("before-call.events.PutEvents", refuse)
    assert report(pipeline, comment_id, "abuse", ip="198.51.100.7")[0] == 202
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.report_count) == (Status.HELD, 1)  # counted once


def test_with_reports_to_hold_at_zero_reports_are_only_counted_for_moderators(pipeline, monkeypatch):
    _configure(monkeypatch, REPORTS_TO_HOLD="0")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.82")
    pipeline.drain()
    for i in range(4):
        assert report(pipeline, comment_id, "spam", ip=f"198.51.100.{10 + i}")[0] == 202
    comment = pipeline.comment(comment_id)
    assert (comment.status, comment.report_count) == (Status.PUBLISHED, 4)


def test_an_address_past_its_reports_for_the_hour_gets_the_same_answer_and_counts_no_more(pipeline, monkeypatch):
    _configure(monkeypatch, REPORTS_PER_HOUR="2")
    first, second, third = (_post(pipeline, content=GOOD + f" Point {i}.", ip=f"192.0.2.{90 + i}") for i in range(3))
    pipeline.drain()
    answers = [report(pipeline, c, "abuse", ip="198.51.100.20")[:2] for c in (first, first, second, third)]
    assert answers == [(202, {"id": first}), (202, {"id": first}), (202, {"id": second}), (202, {"id": third})]
    counts = [pipeline.comment(c).report_count for c in (first, second, third)]
    assert counts == [1, 1, None]  # the repeat cost nothing; the third comment is past the two
    assert report(pipeline, third, "abuse", ip="198.51.100.21")[0] == 202  # another address
    assert pipeline.comment(third).report_count == 1


def test_a_report_needs_a_published_comment_and_one_of_the_reasons(pipeline):
    held = _held(pipeline, ip="192.0.2.83")
    status, body, _ = report(pipeline, held, "abuse", ip="198.51.100.6")
    assert (status, body["errors"][0]["field"]) == (404, "id")  # readers never saw it
    assert report(pipeline, "0123456789abcdef", "abuse", ip="198.51.100.6")[0] == 404
    status, body, _ = report(pipeline, held, "boring", ip="198.51.100.6")
    assert status == 422 and body["errors"][0]["field"] == "reason"
    assert pipeline.request("POST", f"/comments/{held}/reports", "{not json", ip="198.51.100.6")[0] == 422
    assert pipeline.comment(held).report_count is None


def reply(pipeline, comment_id, token, content="Thanks: the city confirmed the tram timetable today.",
          author_name="The Editors"):
    body = {"author_name": author_name, "content": content}
    return pipeline.request("POST", f"/moderation/comments/{comment_id}/replies", body, token=token)


def test_a_moderators_reply_is_published_under_the_comment_unscored_and_marked_as_staff(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.95", post_url="https://news.example/tram")
    pipeline.drain()
    caught = pipeline.watch_bus()
    status, body, _ = reply(pipeline, comment_id, moderator,
                            content="Buy cheap followers at https://a.example and https://b.example now")
    assert status == 201 and (body["status"], body["parent_id"]) == ("approved", comment_id)
    pipeline.drain()
    listed = pipeline.listing(POST)
    assert [(c["id"], c["parent_id"], c["author_role"]) for c in listed] == [
        (comment_id, None, None), (body["id"], comment_id, "staff")]
    assert listed[1]["author_name"] == "The Editors" and "nofollow" in listed[1]["content"]  # sanitised as any
    stored = pipeline.comment(body["id"])
    assert (stored.status, stored.spam_score, stored.depth) == (Status.PUBLISHED, None, 2)  # the filter never read it
    assert stored.reasons == [{"code": "staff_reply", "message": "written by moderator mod-anna: not scored"}]
    assert (stored.history[0]["actor"], stored.history[-1]["to"]) == ("mod-anna", "published")
    published = [e for e in caught() if e["detail-type"] == "Comment Published"]
    assert [(e["detail"]["comment_id"], e["detail"]["post_url"]) for e in published] == [
        (body["id"], "https://news.example/tram")]
    detail = pipeline.request("GET", f"/moderation/comments/{body['id']}", token=moderator)[1]
    assert (detail["author_role"], detail["author_email"]) == ("staff", None)


def test_a_reader_signing_as_the_editors_is_not_marked_as_staff(pipeline):
    _post(pipeline, content=GOOD, ip="192.0.2.96", author_name="The Editors")
    pipeline.drain()
    assert [(c["author_name"], c["author_role"]) for c in pipeline.listing(POST)] == [("The Editors", None)]


def test_a_reply_needs_a_comment_readers_see_or_will_see_a_name_and_a_text(pipeline):
    moderator = pipeline.token("moderator")
    spam = _post(pipeline, content=GOOD + " (autofilled)", honeypot="autofill", ip="192.0.2.99")
    pipeline.drain()
    status, body, _ = reply(pipeline, spam, moderator)
    assert (status, body["errors"][0]["field"]) == (409, "id")
    assert body["message"] == "readers will not see a spam comment: restore or approve it first"
    held = _held(pipeline, ip="192.0.2.97")
    assert reply(pipeline, "0123456789abcdef", moderator)[0] == 404
    assert reply(pipeline, held, moderator, author_name=" ")[0] == 422
    assert reply(pipeline, held, moderator, content="")[0] == 422
    assert reply(pipeline, held, pipeline.token())[0] == 403
    assert pipeline.comment(held).status is Status.HELD  # nothing refused changed anything
    assert not [c for c in pipeline.listing(POST) if c["id"] == held]


def test_a_reply_to_a_comment_another_moderator_approves_meanwhile_counts_one_approval_not_two(pipeline, monkeypatch):
    from commentguard.adapters import store as store_module

    held = _held(pipeline, ip="192.0.2.97")
    move = store_module.CommentStore.move

    def the_other_moderator_first(self, *args, **kwargs):
        monkeypatch.setattr(store_module.CommentStore, "move", move)
        move(self, *args, **{**kwargs, "actor": "mod-ben"})
        return move(self, *args, **kwargs)  # stale now: the comment was approved meanwhile

    from commentguard.api import moderation as api_moderation

    counted = []  # the decisions the API logs and puts in its metrics
    monkeypatch.setattr(api_moderation, "_counted", lambda action, decision: counted.append(action))
    monkeypatch.setattr(store_module.CommentStore, "move", the_other_moderator_first)
    moderator = pipeline.token("moderator", sub="mod-anna")
    status, body, _ = reply(pipeline, held, moderator)
    assert status == 201 and body["parent_status"] == "approved"
    assert counted == []  # mod-ben's approval, not this reply's
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["decisions"].get("approve") == 1


def test_replying_to_a_held_comment_approves_it_first_as_wordpress_approve_and_reply(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    held = _held(pipeline, ip="192.0.2.98")
    status, body, _ = reply(pipeline, held, moderator)
    assert status == 201 and (body["parent_id"], body["parent_status"]) == (held, "approved")
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [held, body["id"]]  # in the post's order
    parent = pipeline.comment(held)
    assert parent.status is Status.PUBLISHED
    approval = next(h for h in parent.history if h["to"] == "approved")
    assert (approval["actor"], approval["note"]) == ("mod-anna", "approved by replying")
    stats = pipeline.request("GET", "/moderation/stats", token=moderator)[1]
    assert stats["decisions"].get("approve") == 1  # a moderator's approval in all it counts
    status, again, _ = reply(pipeline, held, moderator, content="And the timetable is online now.")
    assert status == 201 and again["parent_status"] == "published"


def test_a_staff_reply_the_queue_would_not_take_never_goes_up_before_the_held_comment_it_approved(
        pipeline, monkeypatch):
    moderator = pipeline.token("moderator")
    held = _held(pipeline, ip="192.0.2.186")

    sqs = runtime.queues().client
    calls = ("SendMessage", "SendMessageBatch")

    def one_send_fails(**_):  # the first request to the queue fails; the next would pass
        for call in calls:
            sqs.meta.events.unregister(f"before-call.sqs.{call}", one_send_fails)
        raise RuntimeError("SQS hiccup")

    for call in calls:
        sqs.meta.events.register(f"before-call.sqs.{call}", one_send_fails)
    status, body, _ = reply(pipeline, held, moderator)
    assert status == 201
    pipeline.drain()
    assert pipeline.listing(POST) == []  # neither went: not the reply above nothing
    monkeypatch.setenv("RESEND_AFTER_SECONDS", "0")
    runtime.reset()
    assert pipeline.functions["ResenderFunction"].invoke({})["to_publish"] == 2
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [held, body["id"]]


def test_a_reply_sent_twice_is_published_once_and_answered_409_naming_content(pipeline):
    moderator = pipeline.token("moderator")
    top = _post(pipeline, content=GOOD, ip="192.0.2.197")
    pipeline.drain()
    status, first, _ = reply(pipeline, top, moderator)
    assert status == 201
    status, body, _ = reply(pipeline, top, moderator)  # a double click, a retry after a timeout
    assert (status, body["errors"][0]["field"]) == (409, "content") and "already under this comment" in body["message"]
    assert reply(pipeline, top, moderator, author_name="Anna Smith, Metro desk")[0] == 201  # signed otherwise: not the same
    pipeline.drain()
    assert [c["author_name"] for c in pipeline.listing(POST) if c["parent_id"] == top] == [
        "The Editors", "Anna Smith, Metro desk"]
    # Refused, a reply approves nothing: the comment it would answer, held again meanwhile, stays held.
    assert act(pipeline, top, "hold", moderator)[0] == 200
    assert reply(pipeline, top, moderator)[0] == 409
    assert pipeline.comment(top).status is Status.HELD
    assert act(pipeline, top, "approve", moderator)[0] == 200
    pipeline.drain()
    # Trashed and deleted, the reply frees its text for the newsroom to say again.
    assert act(pipeline, first["id"], "trash", moderator)[0] == 200
    assert pipeline.request("DELETE", f"/moderation/comments/{first['id']}", token=moderator)[0] == 204
    assert reply(pipeline, top, moderator)[0] == 201


@pytest.mark.parametrize("parent", ["published", "held"])
def test_a_reply_whose_answer_was_lost_goes_on_the_page_at_the_moderators_retry_not_minutes_later(pipeline, parent):
    moderator = pipeline.token("moderator")
    if parent == "published":
        answered = _post(pipeline, content=GOOD, ip="192.0.2.198")
        pipeline.drain()
    else:  # replying approves it first: that write is the first, the reply's the second
        answered = _held(pipeline, ip="192.0.2.199")
    _lose_the_answer_of(1 if parent == "published" else 2)  # the reply's
    assert reply(pipeline, answered, moderator)[0] == 503
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == ([answered] if parent == "published" else [])
    status, body, _ = reply(pipeline, answered, moderator)  # the moderator's retry: it is there already
    assert status == 409 and "already under this comment" in body["message"]
    pipeline.drain()
    assert [(c["id"] == answered, c.get("author_role")) for c in pipeline.listing(POST)] == [(True, None), (False, "staff")]
    assert pipeline.depth("PublishQueue") == 0


def test_a_reply_at_the_deepest_level_goes_beside_the_comment_and_a_closed_post_still_takes_staff_replies(
        pipeline, monkeypatch):
    _configure(monkeypatch, MAX_THREAD_DEPTH="2")
    moderator = pipeline.token("moderator")
    top = _post(pipeline, content=GOOD, ip="192.0.2.198")
    pipeline.drain()
    status, first, _ = reply(pipeline, top, moderator)
    pipeline.drain()
    status, body, _ = reply(pipeline, first["id"], moderator, content="And the timetable is online now.")
    assert status == 201 and (body["parent_id"], body["in_reply_to"]) == (top, first["id"])
    pipeline.drain()
    assert [(c["id"], c["parent_id"]) for c in pipeline.listing(POST)] == [
        (top, None), (first["id"], top), (body["id"], top)]  # after the comment it answers, no deeper
    pipeline.request("PUT", f"/moderation/posts/{POST}", {"comment_status": "closed"}, token=moderator)
    assert pipeline.post(post_id=POST, author_name="Ann", content=GOOD + " Late.", ip="192.0.2.199")[0] == 403
    status, last, _ = reply(pipeline, top, moderator, content="Comments are closed; thank you all.")
    assert status == 201  # as WordPress lets an editor answer on a closed post: closing keeps readers out
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [top, first["id"], body["id"], last["id"]]


def test_a_search_finds_the_comments_whose_name_and_text_hold_every_word_in_any_case_or_accent(pipeline):
    moderator = pipeline.token("moderator")
    cafe = _held(pipeline, ip="192.0.2.140", author_name="Zoë Brandt",
                 content="The Café on Main https://a.example/x https://b.example/y closed after the vote.")
    other = _held(pipeline, ip="192.0.2.141", author_name="Sam",
                  content="The cafe vote https://a.example/z https://b.example/w was rigged, read this.")
    _held(pipeline, ip="192.0.2.142")

    def search(query: str, extra: str = "") -> list[str]:
        status, body, _ = pipeline.request("GET", f"/moderation/comments?status=held&search={query}{extra}",
                                           token=moderator)
        assert status == 200, body
        return [c["id"] for c in body["comments"]]

    assert search("cafe") == [other, cafe]  # newest first, accents and case aside
    assert search("CAFÉ%20main") == [cafe]  # every word
    assert search("zoe") == [cafe]  # the author's name
    assert search("cafe", "&order=oldest&limit=1") == [cafe]
    assert search("bitcoin") == []
    for bad in ("x", "%20%20", "y" * 101):
        status, body, _ = pipeline.request("GET", f"/moderation/comments?search={bad}", token=moderator)
        assert status == 422 and body["errors"][0]["field"] == "search"


def test_a_trashed_or_spam_comment_is_deleted_permanently_with_its_personal_data_and_example(pipeline):
    moderator = pipeline.token("moderator")
    abusive = _held_for_abuse(pipeline, ip="192.0.2.150")
    spam = _held(pipeline, ip="192.0.2.151")
    delete = lambda comment_id: pipeline.request("DELETE", f"/moderation/comments/{comment_id}", token=moderator)  # noqa: E731

    status, body, _ = delete(abusive)
    assert status == 409 and "trash it first" in body["message"]  # held: still in the queue
    assert act(pipeline, abusive, "trash", moderator)[0] == 200  # says "abusive": a labelled example
    assert act(pipeline, spam, "spam", moderator)[0] == 200
    assert set(pipeline.store.get_many([f"feedback#{abusive}", f"pii#{abusive}"])) == {
        f"feedback#{abusive}", f"pii#{abusive}"}

    assert delete(abusive)[0] == 204
    assert delete(spam)[0] == 204
    for gone in (abusive, spam):
        assert pipeline.request("GET", f"/moderation/comments/{gone}", token=moderator)[0] == 404
        assert pipeline.store.get_many([gone, f"pii#{gone}", f"feedback#{gone}"]) == {}
        assert delete(gone)[0] == 204  # a second click: done already, and counted once
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["decisions"]["delete"] == 2
    # What is left of it: its id, for a day.
    marker = pipeline.store.get_many([f"deleted#{spam}"])[f"deleted#{spam}"]
    assert set(marker) == {"id", "expires_at"} and 86_000 < marker["expires_at"] - time.time() <= 86_400
    pipeline.store.client.put_item(TableName=pipeline.store.table, Item={
        "id": {"S": f"deleted#{spam}"}, "expires_at": {"N": str(int(time.time()) - 1)}})  # the day is over
    assert delete(spam)[0] == 404
    assert pipeline.request("DELETE", f"/moderation/comments/{spam}", token=pipeline.token())[0] == 403


def test_a_page_of_the_spam_folder_is_emptied_in_one_bulk_delete_and_only_the_spam_goes(pipeline):
    moderator = pipeline.token("moderator")
    spam = [_post(pipeline, content=f"{GOOD} ({i})", honeypot="bot", ip=f"192.0.2.{153 + i}") for i in range(3)]
    published = _post(pipeline, content=GOOD + " (kept)", ip="192.0.2.157")
    pipeline.drain()
    folder = pipeline.request("GET", "/moderation/comments?status=spam", token=moderator)[1]["comments"]
    assert sorted(c["id"] for c in folder) == sorted(spam)

    body = {"action": "delete", "ids": [c["id"] for c in folder] + [published, "0123456789abcdef"]}
    status, answer, _ = pipeline.request("POST", "/moderation/actions", body, token=moderator)
    assert status == 200
    assert [r["code"] for r in answer["results"]] == [204, 204, 204, 409, 404]
    assert pipeline.request("GET", "/moderation/comments?status=spam", token=moderator)[1]["comments"] == []
    assert pipeline.comment(published).status is Status.PUBLISHED
    status, answer, _ = pipeline.request("POST", f"/moderation/comments/{published}/actions", {"action": "delete"},
                                         token=moderator)
    assert status == 422 and answer["errors"][0]["field"] == "action"  # one comment: DELETE is its way


def test_a_published_comment_is_not_deleted_before_it_is_taken_off_the_page(pipeline):
    moderator = pipeline.token("moderator")
    published = _post(pipeline, content=GOOD, ip="192.0.2.152")
    pipeline.drain()
    status, body, _ = pipeline.request("DELETE", f"/moderation/comments/{published}", token=moderator)
    assert status == 409 and body["errors"][0]["field"] == "id"
    assert pipeline.comment(published).status is Status.PUBLISHED


def recheck(pipeline, token, **body):
    return pipeline.request("POST", "/moderation/recheck", body, token=token)


def test_check_for_spam_files_what_todays_filter_calls_spam_and_leaves_the_rest_held(pipeline, monkeypatch):
    moderator = pipeline.token("moderator", sub="mod-anna")
    spammy = _held(pipeline, ip="192.0.2.110", content="Deals at https://pills.example/x and https://b.example/y today.")
    still = _held(pipeline, ip="192.0.2.111")
    edited = _held(pipeline, ip="192.0.2.112", content="See https://pills.example/a and https://c.example/b here.")
    assert pipeline.request("PATCH", f"/moderation/comments/{edited}", {"content": "See the city site."},
                            token=moderator)[0] == 200
    by_hand = _post(pipeline, content=GOOD + " pills.example", ip="192.0.2.113")
    pipeline.drain()
    assert act(pipeline, by_hand, "hold", moderator)[0] == 200  # a moderator's hold: theirs to decide
    _configure(monkeypatch, DISALLOWED_KEYS="pills.example")  # the site learned of a spam wave

    status, body, _ = pipeline.request("POST", "/moderation/recheck", None, token=moderator)  # no body: the defaults
    assert (status, body) == (202, {"queued": 2, "not_queued": [], "next_cursor": None})  # the filter's own holds, unedited
    pipeline.drain()
    filed = pipeline.comment(spammy)
    assert (filed.status, filed.history[-1]["actor"], filed.held_for) == (Status.SPAM, "recheck", [])
    assert filed.reasons[0]["code"] == "disallowed_key"
    assert [pipeline.comment(c).status for c in (still, edited, by_hand)] == [Status.HELD] * 3
    assert pipeline.comment(still).history[-1]["actor"] == "scoring"  # left as it was
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["recheck"] == {"spam": 1}
    assert _feedback(pipeline, spammy) is None  # the filter's word, not a label for its training


def test_check_for_spam_does_not_file_a_comment_a_moderator_edited_while_it_was_being_read(pipeline, monkeypatch):
    from commentguard.adapters.store import CommentStore
    from commentguard_dev.localstack.iam import acting_as

    moderator = pipeline.token("moderator")
    held = _held(pipeline, ip="192.0.2.114", content="Deals at https://pills.example/x and https://b.example/y today.")
    _configure(monkeypatch, DISALLOWED_KEYS="pills.example")
    move, edited = CommentStore.move, []

    def edited_first(self, comment_id, current, target, **kwargs):
        if kwargs.get("actor") == "recheck" and not edited:  # the moderator's edit lands between its read and write
            edited.append(comment_id)
            with acting_as(None):
                self.edit(self.get(comment_id), actor="mod-ben", at=iso_utc(time.time()),
                          set_fields={"content": "The city's page has the plan.", "edited_by": "mod-ben",
                                      "edited_at": iso_utc(time.time())})
        return move(self, comment_id, current, target, **kwargs)
    monkeypatch.setattr(CommentStore, "move", edited_first)

    assert recheck(pipeline, moderator)[0] == 202
    pipeline.drain()
    assert edited == [held]
    comment = pipeline.comment(held)
    assert (comment.status, comment.content) == (Status.HELD, "The city's page has the plan.")  # the moderator's to decide


def test_check_for_spam_goes_a_page_at_a_time_and_one_post_at_a_time(pipeline):
    moderator = pipeline.token("moderator")
    held = [_held(pipeline, ip=f"192.0.2.{120 + i}", post_id=f"story-{i % 2}",
                  content=f"Read https://a.example/{i} and https://b.example/{i} first.") for i in range(3)]
    status, body, _ = recheck(pipeline, moderator, post_id="story-1")
    assert (status, body) == (202, {"queued": 1, "not_queued": [], "next_cursor": None})
    first = recheck(pipeline, moderator, limit=2)[1]
    assert first["queued"] == 2 and first["next_cursor"]
    assert recheck(pipeline, moderator, limit=2, cursor=first["next_cursor"])[1] == {"queued": 1, "not_queued": [], "next_cursor": None}
    assert act(pipeline, held[0], "trash", moderator)[0] == 200  # decided while its recheck waited
    pipeline.drain()
    assert [pipeline.comment(c).status for c in held] == [Status.TRASH, Status.HELD, Status.HELD]
    assert recheck(pipeline, moderator, cursor="not-a-cursor")[0] == 400
    assert recheck(pipeline, moderator, post_id="bad id")[0] == 422
    assert recheck(pipeline, pipeline.token())[0] == 403


def test_restore_takes_a_comment_out_of_the_trash_back_where_it_was_as_wordpress_does(pipeline):
    moderator = pipeline.token("moderator")
    held = _held(pipeline, ip="192.0.2.170")
    published = _post(pipeline, content=GOOD + " Restored.", ip="192.0.2.171")
    pipeline.drain()
    for comment_id in (held, published):
        assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    assert act(pipeline, held, "restore", moderator)[1]["status"] == "held"  # to the queue, not the page
    comment = pipeline.comment(held)
    assert comment.held_for == ["moderator"] and comment.expires_at is None
    assert act(pipeline, published, "restore", moderator)[1]["status"] == "approved"
    pipeline.drain()
    assert pipeline.comment(published).status is Status.PUBLISHED  # back on the page
    assert act(pipeline, held, "restore", moderator)[1] == {"id": held, "status": "held", "unchanged": True}
    never_trashed = _held(pipeline, ip="192.0.2.179", author_name="Another")
    status, body, _ = act(pipeline, never_trashed, "restore", moderator)
    assert status == 409 and body["message"] == ("a held comment is in neither the trash nor the spam folder; "
                                                 "a held comment can take: approve, spam, ham, trash")


def test_restore_from_the_spam_folder_is_not_spam_back_to_the_queue_and_teaches_the_filter(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _judged(pipeline, Status.SPAM, content=GOOD + " (a careful reader)", honeypot="autofill",
                         ip="192.0.2.172", author_email="careful@example.org")
    assert act(pipeline, comment_id, "restore", moderator)[1]["status"] == "held"  # WordPress: Not Spam -> Pending
    assert _feedback(pipeline, comment_id)["label"] == "ham"
    accuracy = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert accuracy["false_positives"] == 1


def test_an_action_a_comment_cannot_take_is_refused_with_the_ones_it_can(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD + " Twice.", ip="192.0.2.173")
    pipeline.drain()
    status, body, _ = act(pipeline, comment_id, "restore", moderator)  # never in the trash or the spam folder
    assert status == 409
    assert body["message"] == ("a published comment is in neither the trash nor the spam folder; "
                               "a published comment can take: hold, spam, trash")
    assert act(pipeline, comment_id, "trash", moderator)[0] == 200
    status, body, _ = act(pipeline, comment_id, "ham", moderator)
    assert status == 409 and body["message"] == ("a trash comment is not waiting on the filter's verdict; a trash "
                                                 "comment can take: approve, hold, restore, or be deleted for good")
    assert act(pipeline, comment_id, "hold", moderator)[0] == 200  # each action it names, it takes


def test_approving_twice_answers_the_comment_as_it_is_and_publishes_and_counts_it_once(pipeline):
    moderator = pipeline.token("moderator", sub="mod-anna")
    comment_id = _held(pipeline, ip="192.0.2.175")
    assert act(pipeline, comment_id, "approve", moderator)[:2] == (200, {"id": comment_id, "status": "approved"})
    again = act(pipeline, comment_id, "approve", pipeline.token("moderator", sub="mod-ben"))  # a second moderator
    assert again[:2] == (200, {"id": comment_id, "status": "approved", "unchanged": True})
    assert pipeline.depth("PublishQueue") == 1  # its message again, with the first one's deduplication id: dropped
    pipeline.drain()
    assert act(pipeline, comment_id, "approve", moderator)[1] == {"id": comment_id, "status": "published",
                                                                   "unchanged": True}  # a retry, once it is up
    assert [c["id"] for c in pipeline.listing(POST)].count(comment_id) == 1
    comment = pipeline.comment(comment_id)
    assert [(h["to"], h["actor"]) for h in comment.history if h["to"] == "approved"] == [("approved", "mod-anna")]
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["decisions"].get("approve") == 1


def _lose_the_answer_of(transaction: int) -> None:
    """The ``transaction``-th transaction the functions write from now on is made, and its answer lost on the way
    back (as a read timeout loses it)."""
    from botocore.exceptions import ClientError

    written = []

    def lose(**_):
        written.append(True)
        if len(written) == transaction:
            raise ClientError({"Error": {"Code": "InternalServerError", "Message": "lost"}}, "TransactWriteItems")

    runtime.store().client.meta.events.register("after-call.dynamodb.TransactWriteItems", lose)


@pytest.mark.parametrize("retry", ["one", "bulk"])
def test_an_approval_whose_answer_was_lost_goes_on_the_page_at_the_moderators_retry_not_minutes_later(
        pipeline, retry):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.178")
    _lose_the_answer_of(1)  # the decision's
    status, body, headers = act(pipeline, comment_id, "approve", moderator)
    assert (status, headers.get("Retry-After")) == (503, "1") and "please retry" in body["message"]
    # Approved, and no message on its way to the page: until now, it waited for the resender's sweep.
    assert pipeline.comment(comment_id).status is Status.APPROVED and pipeline.depth("PublishQueue") == 0
    if retry == "one":
        answer = act(pipeline, comment_id, "approve", moderator)[:2]
        assert answer == (200, {"id": comment_id, "status": "approved", "unchanged": True})
    else:
        status, body, _ = pipeline.request("POST", "/moderation/actions", {"action": "approve", "ids": [comment_id]},
                                           token=moderator)
        assert status == 200 and [r["code"] for r in body["results"]] == [200]
    pipeline.drain()
    assert [c["id"] for c in pipeline.listing(POST)] == [comment_id]
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["decisions"].get("approve") == 1


def test_an_edit_whose_answer_was_lost_is_retried_without_a_second_history_line_or_announcement(pipeline):
    moderator = pipeline.token("moderator", sub="mod-retry")
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.179")
    pipeline.drain()
    caught = pipeline.watch_bus()
    _lose_the_answer_of(1)  # the edit's
    assert edit(pipeline, comment_id, "A reply, trimmed.", moderator)[0] == 503
    status, detail, _ = edit(pipeline, comment_id, "A reply, trimmed.", moderator)  # the retry
    assert (status, detail["unchanged"], detail["content_raw"]) == (200, True, "A reply, trimmed.")
    assert [line["actor"] for line in detail["history"] if "edited" in line] == ["mod-retry"]
    assert [e["detail-type"] for e in caught()] == ["Comment Changed"]
    again = pipeline.request("PATCH", f"/moderation/comments/{comment_id}", {"author_name": " Reader "}, token=moderator)
    assert again[1]["unchanged"] is True and again[1]["history"] == detail["history"]  # the name it has already
    assert "unchanged" not in edit(pipeline, comment_id, "A reply, trimmed again.", moderator)[1]


def test_a_permanent_delete_whose_answer_was_lost_is_answered_done_at_the_retry_and_counted_once(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.180")
    assert act(pipeline, comment_id, "spam", moderator)[0] == 200
    _lose_the_answer_of(1)  # the delete's
    assert pipeline.request("DELETE", f"/moderation/comments/{comment_id}", token=moderator)[0] == 503
    assert pipeline.request("DELETE", f"/moderation/comments/{comment_id}", token=moderator)[0] == 204
    assert pipeline.request("GET", "/moderation/stats", token=moderator)[1]["decisions"]["delete"] == 1


def test_not_spam_twice_is_answered_once_done_but_never_for_a_comment_the_filter_let_through(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.176")
    assert act(pipeline, comment_id, "ham", moderator)[1] == {"id": comment_id, "status": "approved"}
    assert act(pipeline, comment_id, "ham", moderator)[1] == {"id": comment_id, "status": "approved", "unchanged": True}
    assert _feedback(pipeline, comment_id)["label"] == "ham"
    approved_by_filter = _post(pipeline, content=GOOD + " Once more.", ip="192.0.2.177")
    pipeline.drain()
    status, body, _ = act(pipeline, approved_by_filter, "ham", moderator)
    assert status == 409 and "not waiting on the filter's verdict" in body["message"]


@pytest.mark.parametrize("action", ["spam", "trash", "hold"])
def test_a_folder_decision_made_twice_changes_nothing_the_second_time(pipeline, action):
    moderator = pipeline.token("moderator")
    comment_id = _comment_in(pipeline, Status.PUBLISHED, 30)
    assert act(pipeline, comment_id, action, moderator)[0] == 200
    before = pipeline.comment(comment_id)
    status, body, _ = act(pipeline, comment_id, action, moderator)
    assert (status, body) == (200, {"id": comment_id, "status": ACTION_TARGET[action].value, "unchanged": True})
    assert pipeline.comment(comment_id).history == before.history


@pytest.mark.parametrize("folder, back", [("trash", "published"), ("spam", "held")])
def test_restoring_twice_answers_the_comment_where_the_first_restore_put_it(pipeline, folder, back):
    moderator = pipeline.token("moderator")
    comment_id = _comment_in(pipeline, Status.PUBLISHED if folder == "trash" else Status.HELD, 31)
    assert act(pipeline, comment_id, folder, moderator)[0] == 200
    assert act(pipeline, comment_id, "restore", moderator)[0] == 200
    pipeline.drain()
    assert act(pipeline, comment_id, "restore", moderator)[1] == {"id": comment_id, "status": back, "unchanged": True}
    assert [h["from"] for h in pipeline.comment(comment_id).history].count(folder) == 1  # restored once


def test_two_moderators_deciding_alike_at_once_both_get_the_decision_and_it_is_made_once(pipeline, monkeypatch):
    from commentguard.adapters import store as store_module

    comment_id = _held(pipeline, ip="192.0.2.178")
    move = store_module.CommentStore.move

    def the_other_moderator_first(self, *args, **kwargs):
        monkeypatch.setattr(store_module.CommentStore, "move", move)
        move(self, *args, **{**kwargs, "actor": "mod-ben"})  # the same decision, a moment earlier
        return move(self, *args, **kwargs)  # now stale: the comment left the queue meanwhile

    monkeypatch.setattr(store_module.CommentStore, "move", the_other_moderator_first)
    answer = act(pipeline, comment_id, "spam", pipeline.token("moderator", sub="mod-anna"))
    assert answer[:2] == (200, {"id": comment_id, "status": "spam", "unchanged": True})
    spam_moves = [h["actor"] for h in pipeline.comment(comment_id).history if h["to"] == "spam"]
    assert spam_moves == ["mod-ben"]


def test_a_colleagues_other_decision_at_the_same_moment_refuses_one_made_from_the_page_as_it_was(pipeline, monkeypatch):
    from commentguard.adapters import store as store_module

    comment_id = _held(pipeline, ip="192.0.2.180")
    move = store_module.CommentStore.move

    def the_other_moderator_first(self, comment_id, current, target, **kwargs):
        monkeypatch.setattr(store_module.CommentStore, "move", move)
        move(self, comment_id, current, Status.TRASH, **{**kwargs, "actor": "mod-ben"})  # Ben trashes it first
        return move(self, comment_id, current, target, **kwargs)

    monkeypatch.setattr(store_module.CommentStore, "move", the_other_moderator_first)
    status, body, _ = act(pipeline, comment_id, "approve", pipeline.token("moderator", sub="mod-anna"),
                          from_status="held")
    assert status == 409 and "is trash now by mod-ben" in body["message"]
    assert pipeline.comment(comment_id).status is Status.TRASH


def test_a_decision_without_from_status_that_meets_scorings_verdict_applies_where_the_comment_is_now(
        pipeline, monkeypatch):
    from commentguard.adapters import store as store_module

    comment_id = _post(pipeline, content=GOOD + " Sold here cheap.", ip="192.0.2.185")  # read while pending
    move = store_module.CommentStore.move

    def scoring_approves_first(self, comment_id, current, target, **kwargs):
        monkeypatch.setattr(store_module.CommentStore, "move", move)
        move(self, comment_id, Status.PENDING, Status.APPROVED, actor="scoring", at=kwargs["at"])
        return move(self, comment_id, current, target, **kwargs)

    monkeypatch.setattr(store_module.CommentStore, "move", scoring_approves_first)
    status, body, _ = act(pipeline, comment_id, "spam", pipeline.token("moderator"))
    assert (status, body) == (200, {"id": comment_id, "status": "spam"})
    pipeline.drain()
    assert pipeline.comment(comment_id).status is Status.SPAM and pipeline.listing(POST) == []


def test_a_comment_trashed_while_being_published_is_announced_unpublished_after_its_publication(
        pipeline, monkeypatch):
    from commentguard.adapters import store as store_module

    received = pipeline.watch_bus()
    comment_id = _post(pipeline, content=GOOD, ip="192.0.2.187")
    pipeline.deliver("ScoringQueue")
    assert pipeline.comment(comment_id).status is Status.APPROVED
    move = store_module.CommentStore.move

    def trashed_first(self, comment_id, current, target, **kwargs):  # between the publisher's read and write
        monkeypatch.setattr(store_module.CommentStore, "move", move)
        if kwargs.get("actor") == "publisher":
            move(self, comment_id, Status.APPROVED, Status.TRASH, actor="mod-ben", at=kwargs["at"])
        return move(self, comment_id, current, target, **kwargs)

    monkeypatch.setattr(store_module.CommentStore, "move", trashed_first)
    pipeline.deliver("PublishQueue")
    said = [(e["detail-type"], e["detail"].get("status")) for e in received() if e["detail"]["comment_id"] == comment_id]
    assert said == [("Comment Published", None), ("Comment Unpublished", "trash")]
    assert pipeline.comment(comment_id).status is Status.TRASH and pipeline.listing(POST) == []


def test_spam_under_a_regulars_email_and_another_name_marks_the_address_and_leaves_her_trusted(pipeline):
    moderator = pipeline.token("moderator")
    ann = dict(author_name="Ann Lee", author_email="ann@example.org")
    _judged(pipeline, Status.PUBLISHED, content=GOOD + " From Ann.", ip="192.0.2.150", **ann)
    impostor = _post(pipeline, author_name="Cheap Pills", author_email="ann@example.org", ip="203.0.113.150",
                     content=GOOD + " Also from a stranger.")
    pipeline.drain()
    assert act(pipeline, impostor, "spam", moderator)[0] == 200
    again = _post(pipeline, content=GOOD + " Ann again.", ip="192.0.2.151", **ann)
    from_there = _post(pipeline, author_name="Someone", content=GOOD + " Same address.", ip="203.0.113.150")
    pipeline.drain()
    assert pipeline.comment(again).status is Status.PUBLISHED  # her email was not the spammer's
    assert pipeline.comment(from_there).status is Status.HELD  # the address was
    assert "marked_spam_address" in [r["code"] for r in pipeline.comment(from_there).reasons]
    sender = pipeline.request("GET", f"/moderation/comments/{again}", token=moderator)[1]["sender"]
    assert (sender["trusted"], sender["approved_comments"], sender["author_marked_spam"]) == (True, 2, False)


def test_an_approval_taken_back_leaves_no_trust_behind(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _held(pipeline, ip="192.0.2.174", author_email="misclick@example.org")
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    pipeline.drain()
    sender = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["sender"]
    assert (sender["trusted"], sender["approved_comments"]) == (True, 1)
    assert act(pipeline, comment_id, "hold", moderator, note="misclick")[0] == 200  # WordPress's Unapprove
    sender = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["sender"]
    assert (sender["trusted"], sender["approved_comments"]) == (False, 0)  # as WordPress counts: approved now


def test_a_spam_misclick_undone_gives_a_regular_back_every_approval_she_had(pipeline, monkeypatch):
    _configure(monkeypatch, HOLD_NEW_AUTHORS="true")
    moderator = pipeline.token("moderator")
    regular = {"author_name": "Paula Green", "author_email": "paula@example.org", "ip": "192.0.2.177"}
    first = _post(pipeline, content=GOOD, **regular)
    pipeline.drain()
    assert act(pipeline, first, "approve", moderator)[0] == 200  # her first comment, held as the site asks
    pipeline.drain()
    later = []
    for n in range(2):
        later.append(_post(pipeline, content=f"{GOOD} Point {n} about the depot.", **regular))
        pipeline.drain()
    assert all(pipeline.comment(c).status is Status.PUBLISHED for c in later)

    assert act(pipeline, later[-1], "spam", moderator)[0] == 200  # a misclick...
    sender = pipeline.request("GET", f"/moderation/comments/{first}", token=moderator)[1]["sender"]
    assert (sender["trusted"], sender["approved_comments"]) == (False, 2)
    assert act(pipeline, later[-1], "restore", moderator)[0] == 200  # ...taken back
    pipeline.drain()
    sender = pipeline.request("GET", f"/moderation/comments/{first}", token=moderator)[1]["sender"]
    assert (sender["trusted"], sender["approved_comments"]) == (True, 3)

    _judged(pipeline, Status.PUBLISHED, content=GOOD + " And the timetable.", **regular)


def test_approving_a_first_comment_held_for_its_website_is_no_mistake_of_the_spam_filter(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _post(pipeline, content=GOOD, author_name="Bob Lens", author_email="bob@example.org",
                       author_url="https://boblens-photo.example", ip="192.0.2.181")
    pipeline.drain()
    assert pipeline.comment(comment_id).held_for == ["site"]
    before = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert act(pipeline, comment_id, "approve", moderator)[0] == 200
    after = pipeline.request("GET", "/moderation/stats", token=moderator)[1]["accuracy"]
    assert after["false_positives"] == before["false_positives"]


def test_a_moderator_sees_the_article_a_comment_was_posted_under_in_the_queue_and_the_detail(pipeline):
    moderator = pipeline.token("moderator")
    page = "https://news.example/2026/11/27/transit-plan"
    comment_id = _held(pipeline, ip="192.0.2.184", post_url=page)
    [listed] = pipeline.request("GET", "/moderation/comments?status=held", token=moderator)[1]["comments"]
    detail = pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]
    assert listed["post_url"] == detail["post_url"] == page


def test_a_decision_made_on_a_stale_page_is_refused_rather_than_overturn_a_colleagues(pipeline):
    anna, ben = pipeline.token("moderator", sub="anna"), pipeline.token("moderator", sub="ben")
    threat = _held(pipeline, ip="192.0.2.178")
    assert act(pipeline, threat, "trash", ben)[0] == 200  # Ben trashes it; Anna's page still shows it held
    status, body, _ = act(pipeline, threat, "approve", anna, from_status="held")
    assert status == 409 and body["errors"] == [{"field": "from_status", "code": "conflict", "problem": body["message"]}]
    assert "was held when you saw it and is trash now by ben at " in body["message"]
    assert pipeline.comment(threat).status is Status.TRASH

    status, body, _ = pipeline.request("POST", "/moderation/actions",
                                       {"action": "approve", "ids": [threat], "from_status": "held"}, token=anna)
    assert status == 200 and body["results"][0]["code"] == 409 and body["results"][0]["status"] == "trash"
    pipeline.drain()
    assert pipeline.listing(POST) == []
    # The same decision as the colleague's is still a harmless double click; without from_status, as before.
    assert act(pipeline, threat, "trash", anna, from_status="held")[1] == {"id": threat, "status": "trash",
                                                                           "unchanged": True}
    assert act(pipeline, threat, "restore", anna)[0] == 200


def test_a_comment_seen_approved_is_still_as_seen_once_published(pipeline):
    moderator = pipeline.token("moderator")
    comment_id = _judged(pipeline, Status.PUBLISHED, content=GOOD, ip="192.0.2.179")
    assert act(pipeline, comment_id, "hold", moderator, from_status="approved")[1]["status"] == "held"


def test_check_for_spam_reads_a_comment_held_for_the_sites_rule_but_not_one_a_person_put_in_the_queue(pipeline):
    moderator = pipeline.token("moderator")
    assert pipeline.request("PUT", "/moderation/posts/recheck-post", {"premoderated": True}, token=moderator)[0] == 200
    premoderated = _post(pipeline, post_id="recheck-post", content=GOOD + " Premoderated.", ip="192.0.2.175")
    pipeline.drain()
    assert pipeline.comment(premoderated).held_for == ["site"]
    unapproved = _post(pipeline, post_id="recheck-post-2", content=GOOD + " Unapproved.", ip="192.0.2.176")
    pipeline.drain()
    assert act(pipeline, unapproved, "hold", moderator)[0] == 200
    status, body, _ = pipeline.request("POST", "/moderation/recheck", {}, token=moderator)
    assert status == 202 and body["queued"] == 1  # the premoderated one: a person decided the other


def test_a_held_reply_shows_the_moderator_what_it_answers_in_the_queue_and_in_its_detail(pipeline):
    moderator = pipeline.token("moderator")
    parent = _post(pipeline, author_name="Marta", content=GOOD + " The old bus took an hour.", ip="192.0.2.90")
    pipeline.drain()
    reply = _post(pipeline, parent_id=parent, author_name="Jo", ip="192.0.2.91",
                  content="You are a stupid idiot, the bus took forty minutes.")
    top = _post(pipeline, content="You are a stupid idiot, read the article before you comment.", ip="192.0.2.92")
    pipeline.drain()
    queue = pipeline.request("GET", "/moderation/comments?status=held", token=moderator)[1]["comments"]
    shown = {c["id"]: c["parent"] for c in queue}
    assert shown[top] is None
    assert shown[reply] == {"id": parent, "status": "published", "author_name": "Marta",
                            "excerpt": GOOD + " The old bus took an hour."}
    detail = pipeline.request("GET", f"/moderation/comments/{reply}", token=moderator)[1]
    assert detail["parent"] == shown[reply]

    assert act(pipeline, parent, "trash", moderator)[0] == 200
    assert pipeline.request("DELETE", f"/moderation/comments/{parent}", token=moderator)[0] == 204
    detail = pipeline.request("GET", f"/moderation/comments/{reply}", token=moderator)[1]
    assert detail["parent"] == {"id": parent, "status": "deleted"}

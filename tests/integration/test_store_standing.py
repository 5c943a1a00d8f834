"""A sender's standing in the table on moto: trust, and the spam marks a moderator's decision leaves."""

from __future__ import annotations

import time

import boto3
import pytest

from commentguard.adapters.store import CommentStore, Standing
from commentguard.models import Comment

NOW = time.time()


@pytest.fixture
def store(aws):
    return CommentStore(boto3.client("dynamodb"), aws.physical_name("CommentsTable"))


def _comment(comment_id: str = "c1", author_key: str | None = "email-key", client_key: str | None = "ip-key",
             post_id: str = "p", author_name: str = "A", author_id: str | None = None) -> Comment:
    return Comment(id=comment_id, post_id=post_id, author_name=author_name, content="x", content_html="x",
                   created_at="2026-12-02T00:00:00.000Z", created_ts=NOW, author_key=author_key, client_key=client_key,
                   author_id=author_id)


def _sender(author_key: str | None, client_key: str | None, post_id: str = "p", **fields) -> Comment:
    return _comment("c9", author_key, client_key, post_id, **fields)


def _reads(store) -> list[str]:
    calls: list[str] = []
    store.client.meta.events.register("before-call.dynamodb", lambda model, **_: calls.append(model.name))
    return calls


def test_a_sender_nobody_judged_stands_clean(store):
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_a_sender_without_email_or_address_costs_only_the_read_of_its_post(store):
    calls = _reads(store)
    assert store.standing(_sender(None, None)) == Standing()
    assert calls == ["BatchGetItem"]


def test_marking_a_sender_as_spam_marks_email_and_address_and_takes_the_trust_away(store):
    comment = _comment()
    store.write_all([store.trust_author_item("email-key", "c0", "2026-12-01T00:00:00Z", None)])
    assert store.standing(_sender("email-key", "ip-key")).trusted
    store.write_all(store.mark_spam_items(comment, "2026-12-02T00:00:00Z", int(NOW) + 3600))
    # The count of approved comments stays what it is (Akismet shows it); the trust it gave is suspended.
    assert store.standing(_sender("email-key", "ip-key")) == Standing(
        approved_comments=1, author_marked_spam=True, address_marked_spam=True)
    assert store.standing(_sender(None, "ip-key")) == Standing(address_marked_spam=True)


def test_an_abuse_mark_puts_the_email_on_probation_until_its_day_and_lifts_with_the_last_comment_taken_back(store):
    first, second = _comment("c1"), _comment("c2")
    until = int(NOW) + 30 * 86400
    store.write_all(store.mark_abuse_items(first, "2026-12-02T00:00:00Z", until))
    store.write_all(store.mark_abuse_items(second, "2026-12-03T00:00:00Z", until))
    day = time.strftime("%Y-%m-%d", time.gmtime(until))
    assert store.standing(_sender("email-key", "ip-key")) == Standing(author_abusive_until=day)
    assert store.standing(_sender("email-key", None)) == Standing(author_abusive_until=day)  # by email
    assert store.standing(_sender("other-key", "ip-key")) == Standing()  # never by address
    store.write_all(store.unmark_abuse_items(first, NOW))
    assert store.standing(_sender("email-key", "ip-key")) == Standing(author_abusive_until=day)
    store.write_all(store.unmark_abuse_items(second, NOW))
    store.write_all(store.unmark_abuse_items(second, NOW))  # taken back twice: the same
    assert store.standing(_sender("email-key", "ip-key")) == Standing()
    # A mark past its day counts no more, whatever DynamoDB's TTL has not deleted yet.
    store.write_all(store.mark_abuse_items(first, "2026-12-04T00:00:00Z", int(NOW) - 1))
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_taking_a_comment_out_of_an_abuse_mark_the_ttl_deleted_leaves_nothing_that_outlives_its_ttl(store):
    store.write_all(store.unmark_abuse_items(_comment("c1"), NOW))
    item = store.get_many(["marked#abuse#email-key"])["marked#abuse#email-key"]
    assert item == {"id": "marked#abuse#email-key", "expires_at": int(NOW)}
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_a_new_publication_lifts_a_spam_marks_suspension_as_a_moderators_approval_vouches(store):
    store.write_all([store.trust_author_item("email-key", "c0", "2026-12-01T00:00:00Z", None)])
    store.write_all(store.mark_spam_items(_comment(), "2026-12-02T00:00:00Z", int(NOW) + 3600))
    store.write_all([store.trust_author_item("email-key", "c2", "2026-12-03T00:00:00Z", None)])
    standing = store.standing(_sender("email-key", "ip-key"))
    assert standing.trusted and standing.approved_comments == 2


def test_unmarking_a_sender_clears_both_marks(store):
    comment = _comment()
    store.write_all(store.mark_spam_items(comment, "2026-12-02T00:00:00Z", int(NOW) + 3600))
    store.write_all(store.unmark_spam_items(comment))
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_unmarking_a_sender_gives_back_the_trust_and_the_count_the_mark_suspended(store):
    for i in range(3):
        store.write_all([store.trust_author_item("email-key", f"c{i}", "2026-12-01T00:00:00Z", None)])
    comment = _comment()
    store.write_all(store.mark_spam_items(comment, "2026-12-02T00:00:00Z", int(NOW) + 3600))
    assert not store.standing(_sender("email-key", "ip-key")).trusted
    store.write_all(store.unmark_spam_items(comment))
    assert store.standing(_sender("email-key", "ip-key")) == Standing(trusted=True, approved_comments=3)


def test_a_mark_past_its_expiry_no_longer_counts_before_dynamodb_deletes_it(store):
    store.write_all(store.mark_spam_items(_comment(), "2026-11-01T00:00:00Z", int(NOW) - 1))
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_a_prefetched_batch_answers_every_senders_standing_from_one_read(store):
    for i in range(3):
        store.client.put_item(TableName=store.table, Item={
            "id": {"S": f"c{i}"}, "post_id": {"S": "p"}, "author_key": {"S": f"e{i}"}, "client_key": {"S": f"ip{i}"},
            "author_name": {"S": "A"}})
    store.write_all(store.mark_spam_items(_comment("c1", "e1", "ip1"), "2026-12-02T00:00:00Z", int(NOW) + 3600))
    calls = _reads(store)
    store.set_post("p", "mod", "2026-12-02T00:00:00Z", premoderated=True)
    calls = _reads(store)
    with store.prefetched(["c0", "c1", "c2"], standing=True):
        assert calls == ["BatchGetItem", "BatchGetItem"]  # the comments; their senders' standing and post
        assert store.standing(_sender("e1", "ip1", "p")) == Standing(author_marked_spam=True, address_marked_spam=True,
                                                           post_premoderated=True)
        assert store.standing(_sender("e0", "ip0", "p")) == Standing(post_premoderated=True)
        assert calls == ["BatchGetItem", "BatchGetItem"]


def test_a_premoderated_post_is_read_with_the_sender_in_one_request_and_lifting_it_clears_it(store):
    store.set_post("p", "mod", "2026-12-02T00:00:00Z", premoderated=True)
    calls = _reads(store)
    assert store.standing(_sender("email-key", "ip-key", "p")) == Standing(post_premoderated=True)
    assert store.standing(_sender(None, None, "other-post")) == Standing()
    assert calls == ["BatchGetItem", "BatchGetItem"]
    store.set_post("p", "mod", "2026-12-02T01:00:00Z", premoderated=False)
    assert store.standing(_sender(None, None, "p")) == Standing()


def test_closing_and_opening_a_post_keep_its_premoderation_and_one_write_can_change_both(store):
    calls = _reads(store)
    both = store.set_post("p", "mod", "2026-12-02T00:00:00Z", open_=False, premoderated=True)
    assert calls == ["UpdateItem"]
    assert both == {"post_id": "p", "comment_status": "closed", "closed_at": "2026-12-02T00:00:00Z",
                    "closed_by": "mod", "premoderated": True, "premoderated_at": "2026-12-02T00:00:00Z",
                    "premoderated_by": "mod", "comment_count": 0}
    reopened = store.set_post("p", "mod", "2026-12-03T00:00:00Z", open_=True)
    assert (reopened["comment_status"], reopened["premoderated"]) == ("open", True)
    assert store.post_comment_status("p") == reopened


def _approved(store, comment_id: str, name: str | None) -> Comment:
    """A comment published under ``name`` (its trust counted as the publisher counts it)."""
    from commentguard.adapters.store import AUTHOR_COUNTED, trust_name

    comment = _comment(comment_id, author_name=name or "A")
    counted = trust_name("email-key", name, None) if name else None
    store.write_all([store.trust_author_item("email-key", comment_id, "2026-12-01T00:00:00Z", counted)])
    comment.extra[AUTHOR_COUNTED] = counted or True
    return comment


def test_trust_needs_the_name_an_email_was_approved_under_as_wordpress_asks_but_not_from_a_signed_in_reader(store):
    _approved(store, "c0", "Ann Lee")
    assert store.standing(_sender("email-key", "ip-key", author_name="  ann   LEE ")).trusted  # case and spaces
    assert not store.standing(_sender("email-key", "ip-key", author_name="Buy Pills")).trusted
    assert store.standing(_sender("email-key", "ip-key", author_name="Buy Pills")).approved_comments == 1
    assert store.standing(_sender("email-key", "ip-key", author_name="Ann", author_id="user-42")).trusted


def test_a_name_approved_by_mistake_and_taken_back_is_a_stranger_again_and_the_regular_stays_trusted(store):
    _approved(store, "c0", "Ann Lee")
    mistake = _approved(store, "c1", "Buy Pills")
    assert store.standing(_sender("email-key", "ip-key", author_name="Buy Pills")).trusted
    store.write_all(store.uncount_author_items(mistake))
    assert not store.standing(_sender("email-key", "ip-key", author_name="Buy Pills")).trusted
    assert store.standing(_sender("email-key", "ip-key", author_name="Ann Lee")).trusted


def test_approvals_counted_before_names_were_trust_the_email_alone_until_they_are_taken_back(store):
    before = _approved(store, "c0", None)  # published before this release: counted without a name
    _approved(store, "c1", "Ann")
    assert store.standing(_sender("email-key", "ip-key", author_name="Ann Lee")).trusted  # her older name
    store.write_all(store.uncount_author_items(before))
    assert not store.standing(_sender("email-key", "ip-key", author_name="Ann Lee")).trusted
    assert store.standing(_sender("email-key", "ip-key", author_name="Ann")).trusted


def test_a_trust_item_written_before_names_were_kept_trusts_the_email_alone(store):
    store.client.put_item(TableName=store.table, Item={"id": {"S": "author#email-key"}, "approved_count": {"N": "2"}})
    assert store.standing(_sender("email-key", "ip-key", author_name="Anyone")).trusted


def test_an_email_approved_under_other_names_only_is_borrowed_and_one_with_older_or_own_approvals_is_not(store):
    _approved(store, "c0", "Ann Lee")
    assert store.email_borrowed(_sender("email-key", "ip-key", author_name="Cheap Pills"))
    assert not store.email_borrowed(_sender("email-key", "ip-key", author_name="Ann Lee"))
    published = _approved(store, "c1", "Cheap Pills")  # the stranger's own comment, counted under its name
    published.author_name = "Cheap Pills"
    assert store.email_borrowed(published)  # its own count is not an approval of the name by anyone else
    _approved(store, "c2", None)  # an approval from before names were counted: it may have been anyone's
    assert not store.email_borrowed(_sender("email-key", "ip-key", author_name="Cheap Pills"))


def test_a_ban_stands_by_email_until_its_day_and_a_second_ban_replaces_the_first(store):
    until = int(NOW) + 7 * 86400
    store.write_all(store.ban_items(_comment("c1"), "mod-anna", "2026-12-06T00:00:00Z", until))
    day = time.strftime("%Y-%m-%d", time.gmtime(until))
    assert store.standing(_sender("email-key", "ip-key")) == Standing(author_banned_until=day)
    assert store.standing(_sender("other-key", "ip-key")) == Standing()  # no hold on the address asked
    item = store.get_many(["marked#ban#email-key"])["marked#ban#email-key"]
    assert (item["by"], item["comment_id"], item["expires_at"]) == ("mod-anna", "c1", until)
    shorter = int(NOW) + 86400
    store.write_all(store.ban_items(_comment("c2"), "mod-ben", "2026-12-06T01:00:00Z", shorter))
    assert store.standing(_sender("email-key", None)) == Standing(
        author_banned_until=time.strftime("%Y-%m-%d", time.gmtime(shorter)))
    # Past its day it counts no more, whatever DynamoDB's TTL has not deleted yet.
    store.write_all(store.ban_items(_comment("c2"), "mod-ben", "2026-12-06T01:00:00Z", int(NOW) - 1))
    assert store.standing(_sender("email-key", "ip-key")) == Standing()


def test_a_ban_that_holds_its_address_holds_any_email_from_there_until_the_holds_own_day(store):
    until, held_until = int(NOW) + 90 * 86400, int(NOW) + 15 * 86400
    store.write_all(store.ban_items(_comment("c1"), "mod-anna", "2026-12-06T00:00:00Z", until, held_until))
    day, held_day = (time.strftime("%Y-%m-%d", time.gmtime(t)) for t in (until, held_until))
    assert store.standing(_sender("email-key", "ip-key")) == Standing(author_banned_until=day,
                                                                       address_banned_until=held_day)
    assert store.standing(_sender("new-email-key", "ip-key")) == Standing(address_banned_until=held_day)
    assert store.standing(_sender(None, "ip-key")) == Standing(address_banned_until=held_day)
    assert store.standing(_sender("new-email-key", "other-ip-key")) == Standing()
    # One reader is listed as banned: the address's item is no reader of its own.
    keys, _ = store.page_by_status("banned", 10, None)
    assert keys == ["marked#ban#email-key"]


def test_a_comment_without_an_email_gives_nobody_to_ban(store):
    assert store.ban_items(_comment(author_key=None), "mod-anna", "2026-12-06T00:00:00Z", int(NOW) + 86400,
                           int(NOW) + 86400) == []

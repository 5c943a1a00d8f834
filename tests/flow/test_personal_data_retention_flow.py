"""How long a comment's personal data (its ``pii#`` item: email, website, address, user agent) is kept
as the comment moves between folders, over the whole pipeline on moto: never longer than the comment."""

from __future__ import annotations

from commentguard import runtime
from commentguard.states import Status

POST = "2026-12-05-harbour-dredging"
GOOD = "The dredging schedule clashes with the ferry timetable; has the port authority said anything?"


def _post(pipeline, content: str, ip: str, **fields) -> str:
    comment_id = pipeline.accepted(post_id=POST, author_name="Reader", author_email="reader@example.org",
                                   content=content, ip=ip, **fields)
    pipeline.drain()
    return comment_id


def _personal_data_expires_at(pipeline, comment_id: str) -> int:
    return int(pipeline.store.get_many([f"pii#{comment_id}"])[f"pii#{comment_id}"]["expires_at"])


def _act(pipeline, comment_id: str, action: str) -> None:
    status, body, _ = pipeline.request("POST", f"/moderation/comments/{comment_id}/actions", {"action": action},
                                       token=pipeline.token("moderator"))
    assert status == 200, body


def _posting_plus_retention(comment) -> int:
    return runtime.settings().personal_data_expires_at(comment.created_ts)


def test_a_comment_filed_as_spam_by_the_filter_takes_its_personal_data_with_it_when_it_expires(pipeline):
    comment_id = _post(pipeline, GOOD + " (sent by a bot)", ip="192.0.2.20", honeypot="filled in")
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.SPAM and comment.expires_at < _posting_plus_retention(comment)
    assert _personal_data_expires_at(pipeline, comment_id) == comment.expires_at


def test_an_approved_comment_keeps_its_personal_data_for_the_retention_period_from_posting(pipeline):
    comment_id = _post(pipeline, GOOD, ip="192.0.2.21")
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.PUBLISHED
    assert _personal_data_expires_at(pipeline, comment_id) == _posting_plus_retention(comment)


def test_a_moderators_spam_shortens_the_personal_data_and_not_spam_gives_its_time_back(pipeline):
    comment_id = _post(pipeline, "See https://a.example/x and https://b.example/y for the dredging plan.",
                       ip="192.0.2.22")
    comment = pipeline.comment(comment_id)
    assert comment.status is Status.HELD
    kept = _posting_plus_retention(comment)
    assert _personal_data_expires_at(pipeline, comment_id) == kept

    _act(pipeline, comment_id, "spam")
    filed = pipeline.comment(comment_id)
    assert filed.expires_at < kept and _personal_data_expires_at(pipeline, comment_id) == filed.expires_at

    _act(pipeline, comment_id, "ham")  # "not spam": back in the queue, kept
    assert pipeline.comment(comment_id).expires_at is None
    assert _personal_data_expires_at(pipeline, comment_id) == kept


def test_the_trash_which_keeps_a_comment_as_long_as_its_personal_data_leaves_that_alone(pipeline):
    comment_id = _post(pipeline, GOOD + " (again)", ip="192.0.2.23")
    kept = _posting_plus_retention(pipeline.comment(comment_id))
    _act(pipeline, comment_id, "trash")
    assert pipeline.comment(comment_id).expires_at >= kept
    assert _personal_data_expires_at(pipeline, comment_id) == kept


def test_personal_data_whose_time_is_up_is_shown_to_no_one_though_dynamodb_has_not_deleted_it_yet(pipeline):
    comment_id = _post(pipeline, GOOD + " (old news)", ip="192.0.2.24", author_url="https://reader.example")
    moderator, admin = pipeline.token("moderator"), pipeline.token("admin")
    detail = lambda: pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]  # noqa: E731
    assert detail()["author_email"] == "reader@example.org"
    # Day 31: the TTL has passed; DynamoDB deletes the item within days, not at once.
    pipeline.dynamodb.update_item(TableName=pipeline.store.table, Key={"id": {"S": f"pii#{comment_id}"}},
                                  UpdateExpression="SET expires_at = :past",
                                  ExpressionAttributeValues={":past": {"N": "1000"}})
    shown = detail()
    assert (shown.get("author_email"), shown.get("client_ip"), shown.get("author_url")) == (None, None, None)
    exported = pipeline.request("POST", "/moderation/privacy/export", {"email": "reader@example.org"}, token=admin)[1]
    assert [c["author_email"] for c in exported["comments"]] in ([], [None])

"""Approvals on to the publish queue after the decisions are stored: a failed send is logged with the
comments it concerns, never raised (the resender sends approved comments on)."""

from __future__ import annotations

import logging

from commentguard.flow.publishing import publish_all
from commentguard.messages import CommentMessage


class _DownQueues:
    def send_to_publish(self, message):
        raise ConnectionError("SQS is down")

    def send_all_to_publish(self, messages):
        raise ConnectionError("SQS is down")


def _approved(n: int) -> list[CommentMessage]:
    return [CommentMessage(f"c{i}", "post-1", f"corr-{i}") for i in range(n)]


def test_a_send_that_fails_names_the_comments_the_resender_will_send_in_its_warning(caplog):
    for messages in (_approved(1), _approved(3)):
        caplog.clear()
        with caplog.at_level(logging.WARNING):
            publish_all(_DownQueues(), messages)  # no exception: the decisions stand
        [warning] = caplog.records
        assert "send failed" in warning.getMessage()
        assert warning.comment_ids == [m.comment_id for m in messages]

"""A fix for moto's SQS FIFO redelivery order, applied to the in-process moto the stack runs.

moto counts a message group as busy while any message of it was received and not deleted, even
after that message's visibility timeout ran out; it forgets such a message only when its receive
loop reaches it, and then recomputes the busy groups from what is left. When a consumer returns
several messages of one group (as Lambda does for a FIFO batch: the failed record and every later
record of its group) and they become visible together, moto skips the first ones because the later
ones still count as in flight, and delivers the group out of order (seen: 0, 1, 3, 4, 2).

SQS blocks a group only while a message of it is *in flight* (received and still invisible). The
patch makes moto's pending set forget a message as soon as its visibility timeout has run out, so
the busy groups are exactly the groups with a message in flight. It is applied once per process by
:func:`apply`, and only if moto's SQS ``Queue`` has the expected shape.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger("local_stack")

_applied = False


def _pending_messages(self: Any) -> set[Any]:
    pending = self._pending_messages
    for message in [m for m in pending if m.visible]:
        pending.discard(message)
    return pending


def _pending_message_groups(self: Any) -> set[str]:
    return {m.group_id for m in _pending_messages(self) if m.group_id is not None}


def apply() -> bool:
    """Patch moto's SQS Queue; returns whether the patch is in place."""
    global _applied
    if _applied:
        return True
    try:
        from moto.sqs.models import Queue
    except ImportError:  # pragma: no cover
        return False
    shaped = all(isinstance(Queue.__dict__.get(name), property)
                 for name in ("pending_messages", "pending_message_groups"))
    if not shaped:
        log.warning("moto's SQS Queue changed shape; FIFO redelivery order is moto's own")
        return False
    Queue.pending_messages = property(_pending_messages)  # type: ignore[assignment]
    Queue.pending_message_groups = property(_pending_message_groups)  # type: ignore[assignment]
    _applied = True
    return True

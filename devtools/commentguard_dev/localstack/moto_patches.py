"""Fixes for the in-process moto the stack runs: SQS FIFO redelivery order, and DynamoDB under concurrency and as
its tables grow.

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

moto's server answers each request on a thread of its own, and its DynamoDB backend is not thread-safe:
TransactWriteItems deep-copies every table it writes to (to roll back on a failed condition) while a
PutItem from another thread adds an item to it, and the copy fails ("dictionary changed size during
iteration", a 500). botocore retries, the wait grows with the table, and under a stack's own load (an
intake, a scoring batch and a moderator at once) a comment's POST ran past intake's 10 s timeout and
answered 500. DynamoDB itself takes concurrent writes: :func:`serialise_dynamodb` has the server take
DynamoDB requests one at a time, which is what moto's backend needs, and leaves the rest concurrent (a
poller's long wait on SQS must not hold up a PutItem).

That copy is also why the stack slowed as its table grew: moto copies the whole table once for each item of a
transaction, so every comment accepted, scored, published or imported cost time in proportion to every comment
before it (600 comments in, a POST took 8 s under load, and 14 s once, past intake's timeout). DynamoDB requests
taken one at a time, nothing else can touch the table while a transaction runs, so :func:`serialise_dynamodb` also
has moto's TransactWriteItems keep, instead, the items it is about to write, and put them back if it fails.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

log = logging.getLogger("local_stack")

_applied = False
_transactions_patched = False


def _pending_messages(self: Any) -> set[Any]:
    pending = self._pending_messages
    for message in [m for m in pending if m.visible]:
        pending.discard(message)
    return pending


def _pending_message_groups(self: Any) -> set[str]:
    return {m.group_id for m in _pending_messages(self) if m.group_id is not None}


def _transactions_keep_items() -> bool:
    """Have moto's TransactWriteItems undo a failed transaction from the items it wrote, not from copies of
    whole tables; returns whether it does. Only where DynamoDB requests come one at a time."""
    try:
        from moto.dynamodb import models
        from moto.dynamodb.models.table import Table
    except ImportError:  # pragma: no cover
        return False
    backend = models.DynamoDBBackend
    if getattr(models, "copy", None) is not copy or not all(
            hasattr(backend, name) for name in ("transact_write_items", "get_table", "get_keys_value")):
        log.warning("moto's DynamoDB backend changed shape; its transactions copy whole tables")
        return False

    def deepcopy(value: Any, memo: dict | None = None) -> Any:
        # The table stays itself: the transaction's own undo below restores what it wrote.
        return value if isinstance(value, Table) else copy.deepcopy(value, memo)

    transact = backend.transact_write_items

    def transact_write_items(self: Any, transact_items: list[dict[str, Any]]) -> None:
        kept = []
        for entry in transact_items[:100]:  # moto refuses more, before writing anything
            try:
                [(kind, op)] = entry.items()
                table = self.get_table(op["TableName"])
                hash_value, range_value = self.get_keys_value(table, op["Item"] if kind == "Put" else op["Key"])
                kept.append((table, hash_value, range_value, copy.deepcopy(table.get_item(hash_value, range_value))))
            except Exception:  # moto's own checks answer for an entry it cannot read
                continue
        try:
            transact(self, transact_items)
        except Exception:
            for table, hash_value, range_value, item in reversed(kept):
                if item is None:
                    table.delete_item(hash_value, range_value)
                elif range_value is None:
                    table.items[hash_value] = item
                else:
                    table.items[hash_value][range_value] = item
            raise

    models.copy = type("_CopyKeepingTables", (), {"deepcopy": staticmethod(deepcopy)})
    backend.transact_write_items = transact_write_items
    return True


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


#: What a WSGI application is, as far as this module needs: environ and start_response in, the body out.
WsgiApp = Callable[[dict, Callable], Iterable[bytes]]


def _one_dynamodb_request_at_a_time(app: WsgiApp) -> WsgiApp:
    """``app`` (moto's server) with its DynamoDB requests (``X-Amz-Target: DynamoDB_20120810.*``, the only
    way DynamoDB is called) answered one at a time; every other request as before."""
    lock = threading.Lock()

    def serialised(environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("HTTP_X_AMZ_TARGET", "").startswith("DynamoDB_"):
            with lock:  # moto has built the whole response body when the app returns
                return app(environ, start_response)
        return app(environ, start_response)

    return serialised


def serialise_dynamodb(server: Any) -> bool:
    """Put :func:`_one_dynamodb_request_at_a_time` in front of a started ``ThreadedMotoServer`` (whose werkzeug
    server reads its ``app`` at each request), and from then on have transactions undo from their items; returns
    whether the requests come one at a time."""
    wsgi = getattr(server, "_server", None)  # moto offers no other way to the app it serves
    if wsgi is None or not callable(getattr(wsgi, "app", None)):
        log.warning("moto's ThreadedMotoServer changed shape; DynamoDB requests run concurrently, as moto has them")
        return False
    wsgi.app = _one_dynamodb_request_at_a_time(wsgi.app)
    global _transactions_patched
    if not _transactions_patched:
        _transactions_patched = _transactions_keep_items()
    return True

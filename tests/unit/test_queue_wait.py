"""How long the moderation queue has waited: since each comment was held, not since it was written."""

from commentguard.flow.moderation import held_since, longest_wait
from commentguard.models import Comment
from commentguard.states import Status


def _comment(cid: str, written: str, *moves: tuple[str, str, str]) -> Comment:
    history = [{"at": at, "actor": "x", "from": a, "to": b} for at, a, b in moves]
    return Comment(id=cid, post_id="p", author_name="A", content="x", content_html="x", created_at=written,
                   created_ts=0.0, status=Status.HELD, history=history)


class PagedQueue:
    """The store's two reads the walk makes, over comments in the order they were written."""

    def __init__(self, comments: list[Comment], page: int) -> None:
        self.by_id = {c.id: c for c in comments}
        self.order, self.page, self.pages_read = [c.id for c in comments], page, 0

    def page_by_status(self, status, limit, cursor, newest_first=True):
        assert status == "held" and not newest_first
        start = int(cursor or 0)
        self.pages_read += 1
        end = start + self.page
        return self.order[start:end], (str(end) if end < len(self.order) else None)

    def comments(self, ids):
        return [self.by_id[i] for i in ids]


def test_a_comment_waits_from_its_last_move_into_the_queue_and_an_edit_there_does_not_restart_it():
    comment = _comment("c", "2026-12-01T00:00:00.000Z",
                       ("2026-12-01T00:00:01.000Z", "pending", "approved"),
                       ("2026-12-02T08:00:00.000Z", "published", "held"),
                       ("2026-12-02T09:00:00.000Z", "held", "held"))
    assert held_since(comment) == "2026-12-02T08:00:00.000Z"
    assert held_since(_comment("d", "2026-12-01T00:00:00.000Z")) == "2026-12-01T00:00:00.000Z"


def test_thelongest_wait_is_found_among_comments_written_before_it_and_the_walk_stops_there():
    comments = [
        _comment("old-reported", "2026-11-28T00:00:00.000Z", ("2026-12-03T10:00:00.000Z", "published", "held")),
        _comment("held-early", "2026-12-02T07:00:00.000Z", ("2026-12-02T07:00:01.000Z", "pending", "held")),
        _comment("held-later", "2026-12-02T09:00:00.000Z", ("2026-12-02T09:00:01.000Z", "pending", "held")),
        *[_comment(f"n{i}", f"2026-12-03T0{i}:00:00.000Z", (f"2026-12-03T0{i}:00:01.000Z", "pending", "held"))
          for i in range(6)],
    ]
    queue = PagedQueue(comments, page=2)
    assert longest_wait(queue) == "2026-12-02T07:00:01.000Z"
    assert queue.pages_read == 2  # "held-later" was written after that hold: nothing further can beat it
    assert longest_wait(PagedQueue([], page=2)) is None

"""A WordPress site moving over: `commentguard import-wxr` brings what its readers saw, and its regulars' trust."""

from __future__ import annotations

from pathlib import Path

from commentguard_dev import cli

WXR = Path(__file__).resolve().parents[1] / "fixtures" / "wordpress-export.xml"


def _import(capsys, *options: str) -> str:
    assert cli.main(["import-wxr", str(WXR), "--aws", *options]) == 0
    return capsys.readouterr().out


def test_the_published_comments_come_over_in_their_threads_and_order_with_each_posts_count(pipeline, capsys):
    out = _import(capsys)
    assert "5  comments imported" in out and "1  skipped: spam in WordPress" in out
    assert "1  skipped: held in WordPress" in out and "1  skipped: pingback or trackback" in out
    listing = pipeline.listing("101")
    assert [(c["id"], c["parent_id"]) for c in listing] == [
        ("wp-11", None), ("wp-12", "wp-11"),
        ("wp-15", None),  # its parent was never approved: it shows at the top, as WordPress showed it
    ]
    assert listing[0]["author_name"] == "Maria Lopez" and listing[0]["created_at"] == "2026-11-20T09:00:00.000Z"
    assert "<script>" not in listing[1]["content"] and "route 9" in listing[1]["content"]
    assert pipeline.request("GET", "/comment-counts?post_ids=101,7")[1]["counts"] == {"101": 3, "7": 1}


def test_a_regular_is_trusted_from_the_first_day_and_a_closed_post_stays_closed(pipeline, capsys):
    _import(capsys)
    moderator = pipeline.token("moderator")
    detail = pipeline.request("GET", "/moderation/comments/wp-11", token=moderator)[1]
    assert detail["sender"]["trusted"] is True and detail["sender"]["approved_comments"] == 2  # both posts
    assert detail["author_email"] == "maria@example.org" and detail["client_ip"] == "192.0.2.11"
    old = pipeline.request("GET", "/moderation/comments/wp-3", token=moderator)[1]
    assert old["author_email"] is None and old["client_ip"] is None  # older than the 30 days data is kept
    post = pipeline.request("GET", "/moderation/posts/7", token=moderator)[1]
    assert (post["comment_status"], post["closed_by"]) == ("closed", "import")
    status, body, _ = pipeline.post(post_id="7", author_name="Late", content="Is this still open?", ip="192.0.2.60")
    assert (status, body["message"]) == (403, "comments are closed on this article")


def test_running_the_import_again_brings_nothing_twice(pipeline, capsys):
    _import(capsys)
    again = _import(capsys)
    assert "comments imported" not in again and "5  skipped: imported already" in again
    assert pipeline.request("GET", "/comment-counts?post_ids=101")[1]["counts"] == {"101": 3}


def test_a_reader_who_was_signed_in_to_wordpress_is_the_same_reader_when_the_site_signs_them_in_now(pipeline, capsys):
    _import(capsys)  # Tom's reply: WordPress user 42, no email
    moderator = pipeline.token("moderator")
    assert pipeline.request("GET", "/moderation/comments/wp-12", token=moderator)[1]["author_id"] == "42"
    comment_id = pipeline.accepted(post_id="101", author_name="Tom", content="Route 9 is back on the agenda.",
                                   author_token=pipeline.author_token("42"), ip="192.0.2.61")
    assert pipeline.request("GET", f"/moderation/comments/{comment_id}", token=moderator)[1]["sender"]["trusted"]


def test_posts_named_by_slug_come_over_under_it_and_a_slug_the_api_cannot_take_is_left_behind_and_said(
        pipeline, capsys):
    out = _import(capsys, "--post-id", "slug")
    assert "1  skipped posts: slug not a post id the API takes" in out  # "%e6%97%a5...": use the post ID
    assert [c["id"] for c in pipeline.listing("council-passes-budget")] == ["wp-11", "wp-12", "wp-15"]


def _page(slug: str, comment: str = "") -> str:
    return (f"<item><title>A page</title><wp:post_id>9{len(slug)}</wp:post_id><wp:post_name>{slug}</wp:post_name>"
            f"<wp:post_type>page</wp:post_type><wp:status>publish</wp:status>"
            f"<wp:comment_status>closed</wp:comment_status>{comment}</item>")


def test_by_slug_two_threads_under_one_slug_stay_behind_and_a_page_without_comments_leaves_the_posts_alone(
        pipeline, capsys, tmp_path):
    comment = ("<wp:comment><wp:comment_id>90</wp:comment_id><wp:comment_author>Page reader</wp:comment_author>"
               "<wp:comment_date_gmt>2026-11-21 09:00:00</wp:comment_date_gmt>"
               "<wp:comment_content>About the page.</wp:comment_content>"
               "<wp:comment_approved>1</wp:comment_approved></wp:comment>")
    shared = WXR.read_text().replace(
        "</channel>", _page("council-passes-budget", comment) + _page("old-story") + "</channel>")
    (export := tmp_path / "export.xml").write_text(shared)

    assert cli.main(["import-wxr", str(export), "--aws", "--post-id", "slug"]) == 0
    out = capsys.readouterr().out
    assert "3  skipped posts: slug another public post of the export has too (--post-id id tells them apart)" in out
    assert "7  skipped: on a post whose slug another post has too" in out  # all the post's 6 and the page's 1
    assert pipeline.listing("council-passes-budget") == []  # not one thread of two articles' comments
    assert [c["id"] for c in pipeline.listing("old-story")] == ["wp-3"]  # the page had none to mix in


NOT_PUBLIC = WXR.with_name("wordpress-export-not-public.xml")


def test_comments_the_public_never_saw_stay_behind_and_a_control_character_stops_nothing(pipeline, capsys):
    assert cli.main(["import-wxr", str(NOT_PUBLIC), "--aws"]) == 0
    out = capsys.readouterr().out
    assert "1  comments imported" in out
    assert "3  skipped posts: draft, private or password-protected in WordPress" in out
    assert "3  skipped: on a post that is not public" in out
    assert [c["id"] for c in pipeline.listing("201")] == ["wp-2001"]
    for post in ("202", "203", "204"):
        assert pipeline.listing(post) == []


def test_a_name_wordpress_kept_escaped_comes_over_as_its_reader_types_it_and_keeps_her_trust(pipeline, capsys):
    assert cli.main(["import-wxr", str(NOT_PUBLIC), "--aws"]) == 0
    assert pipeline.listing("201")[0]["author_name"] == "Tom &amp; Jerry"  # escaped once, for the page
    comment_id = pipeline.accepted(post_id="201", author_name="Tom & Jerry", author_email="tom@example.org",
                                   author_url="https://tomandjerry.example", content="Back again on this story.",
                                   ip="192.0.2.62")
    pipeline.drain()
    assert "trusted_author" in [r["code"] for r in pipeline.comment(comment_id).reasons]


def test_an_imported_comment_is_never_pending_and_one_the_resender_published_first_counts_as_imported(
        pipeline, capsys, monkeypatch):
    from commentguard_dev import wxr_import

    statuses = []
    create = wxr_import.CommentStore.create
    monkeypatch.setattr(wxr_import.CommentStore, "create",
                        lambda self, comment, *a, **k: statuses.append(comment.status) or create(self, comment, *a, **k))
    put = wxr_import.put_on_the_page

    def the_publisher_first(store, comment, *args, **kwargs):  # the resender sent it on, and it was published
        put(store, comment, *args, **kwargs)
        return put(store, comment, *args, **kwargs)

    monkeypatch.setattr(wxr_import, "put_on_the_page", the_publisher_first)
    out = _import(capsys)
    assert "5  comments imported" in out
    assert set(statuses) == {wxr_import.Status.APPROVED}
    assert pipeline.request("GET", "/comment-counts?post_ids=101")[1]["counts"] == {"101": 3}


def test_run_again_the_import_leaves_out_what_a_moderator_deleted_and_keeps_open_what_one_reopened(pipeline, capsys):
    _import(capsys)
    moderator = pipeline.token("moderator")
    assert pipeline.request("POST", "/moderation/comments/wp-11/actions", {"action": "trash"}, token=moderator)[0] == 200
    assert pipeline.request("DELETE", "/moderation/comments/wp-11", token=moderator)[0] == 204  # a court order
    assert pipeline.request("PUT", "/moderation/posts/7", {"comment_status": "open"}, token=moderator)[0] == 200
    again = _import(capsys)
    assert "1  skipped: deleted for good by a moderator since it was imported" in again
    assert "wp-11" not in [c["id"] for c in pipeline.listing("101")]
    assert pipeline.request("GET", "/moderation/posts/7", token=moderator)[1]["comment_status"] == "open"


def test_a_file_whose_xml_breaks_is_told_where_and_the_posts_before_it_are_imported(pipeline, capsys, tmp_path):
    text = WXR.read_text(encoding="utf-8")
    second = text.index("<item>", text.index("<item>") + 1)
    broken = tmp_path / "cut-short.xml"
    broken.write_text(text[:second] + "<item><title>Half a post & its</title>\n", encoding="utf-8")
    assert cli.main(["import-wxr", str(broken), "--aws"]) == 1
    error = capsys.readouterr().err
    line = text[:second].count("\n") + 1
    assert error.startswith(f"commentguard: {broken}: not a WordPress export: its XML breaks at line {line}, column ")
    assert "Any post before that point was imported" in error and "importing it again skips those" in error
    assert [c["id"] for c in pipeline.listing("101")] == ["wp-11", "wp-12", "wp-15"]  # the first post, whole


def test_a_file_that_is_no_xml_at_all_is_refused_with_where_it_breaks(pipeline, capsys, tmp_path):
    notxml = tmp_path / "comments.json"
    notxml.write_text('{"comments": []}', encoding="utf-8")
    assert cli.main(["import-wxr", str(notxml), "--aws"]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"commentguard: {notxml}: not a WordPress export: its XML breaks at line 1, column 1 ")

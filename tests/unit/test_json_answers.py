"""How the HTTP functions write their JSON answers."""

from __future__ import annotations

import json

from commentguard.api.app import to_json


def test_text_in_other_scripts_is_written_as_text_and_reads_back_the_same():
    body = {"author_name": "Zoë Ångström", "content": "<p>東京でも 👍</p>"}
    assert to_json(body) == '{"author_name":"Zoë Ångström","content":"<p>東京でも 👍</p>"}'
    assert json.loads(to_json(body)) == body


def test_the_line_separators_a_script_tag_before_es2019_refuses_are_escaped():
    text = to_json({"content": "a\u2028b\u2029c"})
    assert "\u2028" not in text and "\u2029" not in text and json.loads(text) == {"content": "a\u2028b\u2029c"}


def test_a_lone_surrogate_is_escaped_rather_than_breaking_the_answer():
    text = to_json({"content": "x\udc00y"})
    assert text == '{"content":"x\\udc00y"}' and text.encode("utf-8")

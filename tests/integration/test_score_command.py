"""`commentguard score`: JSON lines in, one line out for each, whatever a line holds."""

from __future__ import annotations

import io
import json
import sys

from commentguard_dev import cli


def _score(capsys, data: bytes, tmp_path) -> tuple[int, list[dict]]:
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    status = cli.main(["score", "--scorer", "spam", str(path)])
    return status, [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_line_that_is_not_utf8_gets_an_error_line_and_the_lines_around_it_are_scored(capsys, tmp_path):
    good = b'{"content": "thanks for the article, very clear"}\n'
    status, out = _score(capsys, good * 3 + b'{"content": "caf\xff"}\n' + good * 3, tmp_path)
    assert status == 1
    assert len(out) == 7
    assert out[3] == {"line": 4, "error": "not UTF-8 text: byte 0xff at offset 16"}
    assert all(o["verdict"] == "approve" for o in out[:3] + out[4:])


def test_stdin_is_read_line_by_line_as_utf8_whatever_the_locale(capsys, monkeypatch):
    # An ASCII locale's stdin would refuse the "é" and the \xff alike, and the whole chunk with them.
    data = '{"content": "très bien écrit"}\n'.encode() + b'{"content": "\xff"}\n' + b'{"content": "merci"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
    assert cli.main(["score", "--scorer", "spam"]) == 1
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o.get("verdict") or o["error"][:13] for o in out] == ["approve", "not UTF-8 tex", "approve"]


def test_a_dash_for_the_file_reads_stdin_as_other_commands_do(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"content": "merci pour l\'article"}\n')))
    assert cli.main(["score", "--scorer", "spam", "-"]) == 0
    [out] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out["verdict"] == "approve"


def test_a_lone_surrogate_in_a_field_is_refused_and_every_other_line_is_still_written(capsys, tmp_path):
    # The reason for a link quotes it: a lone surrogate there once failed the write of the whole batch.
    good = b'{"content": "nice write-up"}\n'
    bad = rb'{"content": "join us at t.me/abc\ud800def now"}' + b"\n"
    named = rb'{"content": "hello", "author_name": "Bob \udc00"}' + b"\n"
    status, out = _score(capsys, good * 10 + bad + good * 10 + named + good, tmp_path)
    assert status == 1
    assert len(out) == 23
    assert out[10]["line"] == 11 and "'content'" in out[10]["error"] and "lone surrogate" in out[10]["error"]
    assert out[21]["line"] == 22 and "'author_name'" in out[21]["error"]
    assert sum("verdict" in o for o in out) == 21


def test_a_line_that_is_json_but_not_an_object_is_told_each_line_must_be_one(capsys, tmp_path):
    status, out = _score(capsys, b'[1, 2]\n"text"\n5\nnull\n{"content": "fine"}\n', tmp_path)
    assert status == 1
    assert [o.get("error") for o in out] == [
        "each line must be a JSON object, not an array",
        "each line must be a JSON object, not a string",
        "each line must be a JSON object, not a number",
        "each line must be a JSON object, not null",
        None,
    ]


def test_a_comment_the_scorers_fail_on_gets_an_error_line_and_the_others_are_scored(capsys, tmp_path, monkeypatch):
    from commentguard.scoring.pipeline import Pipeline

    real = Pipeline.score

    def score(self, comment):
        if comment.content == "boom":
            raise RuntimeError("a scorer's bug")
        return real(self, comment)

    monkeypatch.setattr(Pipeline, "score", score)
    status, out = _score(capsys, b'{"content": "one"}\n{"content": "boom"}\n{"content": "three"}\n', tmp_path)
    assert status == 1
    assert out[1] == {"line": 2, "error": "could not score this line: RuntimeError: a scorer's bug"}
    assert "verdict" in out[0] and "verdict" in out[2]


def test_a_blank_line_or_an_empty_comment_gets_an_error_line_in_its_place_so_outputs_match_inputs(capsys, tmp_path):
    status, out = _score(capsys, b'{"content": "one"}\n\n{"content": "  "}\n{"content": "two"}\n', tmp_path)
    assert status == 1
    assert [o.get("error") for o in out] == [
        None, "a blank line: no comment to score", "'content' is empty: POST /comments refuses such a comment (422)", None,
    ]


def test_the_toxicity_scorer_alone_gives_no_spam_score_and_the_spam_scorers_alone_no_toxicity_score(capsys, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"content": "You are a stupid idiot"}\n', encoding="utf-8")
    assert cli.main(["score", "--scorer", "toxicity", str(path)]) == 0
    (alone,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert alone["spam_score"] is None and alone["toxicity_score"] >= 0.9 and alone["verdict"] == "hold"
    assert cli.main(["score", "--scorer", "spam", str(path)]) == 0
    (spam,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert isinstance(spam["spam_score"], float) and "toxicity_score" not in spam

"""Text built to make a regular expression slow: long runs of spaces around the words the patterns look
for. Each must be read in about one pass (milliseconds). A pattern that tries every split of a run takes
minutes on these (a security review found "dot" and 2,000 spaces took 111 s to score, so a batch of the
scoring function timed out until the comment reached the DLQ); the guard below is that difference, a
minute against milliseconds, run in a child process so that a regression fails instead of hanging.
The milliseconds themselves are bench/bench_hostile_input.py's."""

from __future__ import annotations

import subprocess
import sys

import pytest

from commentguard.scoring.base import CommentInput
from commentguard.scoring.incitement import named_all_of_them
from commentguard.scoring.rules import ScamContactRule
from commentguard.text.normalize import normalize

HOSTILE = {
    "dot then spaces": "dot" + " " * 6000 + "x",
    "spaces then (at)": " " * 65_000 + "(at) x",
    "of them then newlines": "of them" + "\n" * 65_000,
}

_READ_ALL = """
import sys
from commentguard.scoring.base import CommentInput
from commentguard.scoring.incitement import named_all_of_them
from commentguard.scoring.rules import ScamContactRule
from commentguard.text.normalize import normalize
text = sys.stdin.read()
normalize(text)
ScamContactRule().score(CommentInput(content=text))
named_all_of_them(text)
"""


@pytest.mark.parametrize("name", HOSTILE)
def test_a_run_of_spaces_around_a_word_the_patterns_seek_is_read_in_one_pass(name):
    done = subprocess.run([sys.executable, "-c", _READ_ALL], input=HOSTILE[name], text=True, timeout=60,
                          capture_output=True)
    assert done.returncode == 0, done.stderr


def test_the_words_are_still_read_as_meant_with_any_spaces_around_them():
    assert "_url_" in normalize("visit mysite   (dot)   com today").text
    assert normalize("write to jo   [at]   example   dot   com").signals["emails"] == 1
    assert ScamContactRule().score(CommentInput(content="Contact him: jo [at] gmail [dot] com"))
    assert named_all_of_them("Deport them.\n\n   Parasites,    every last one of them") == (
        "parasites", "parasites, every last one of them")

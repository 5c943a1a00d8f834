"""Fixtures shared by the integration tests."""

import json

import pytest


@pytest.fixture
def small_toxic_corpus(tmp_path):
    """A data folder of thirty comments under three articles, each two of them with both kinds: the
    toxicity models fit on it in seconds."""
    hateful = ["Deport all of these {} animals, they are vermin", "Those {} savages should be sent back",
               "Every one of the {} is a parasite on this country"]
    civil = ["Thanks for the balanced report on the {} vote", "The {} meeting on Tuesday was well attended",
             "I disagree with the {} senator but respect her record"]
    words = ["city", "county", "state", "school", "harbour"]
    lines = []
    for n, (title, pool) in enumerate((("A", hateful), ("B", civil), ("C", hateful + civil))):
        for k, word in enumerate(words * 2):
            template = pool[k % len(pool)]
            text = template.format(f"{word} {n}{k}")
            lines.append({"title": title, "text": text, "label": int(template in hateful)})
    data = tmp_path / "data"
    (data / "toxic").mkdir(parents=True)
    (data / "toxic" / "small.jsonl").write_text("\n".join(json.dumps(r) for r in lines))
    return data

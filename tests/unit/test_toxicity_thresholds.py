"""What each hold threshold holds, as `commentguard eval --scorer toxicity` reports it."""

import numpy as np

from commentguard_dev.toxicity_training import THRESHOLDS, held_by_threshold


def test_each_threshold_reports_the_share_of_each_kind_of_comment_it_holds():
    p = np.array([0.10, 0.35, 0.55, 0.90])
    y = np.array([0, 0, 1, 1])
    held = held_by_threshold(p, y)
    assert list(held) == [f"{t:.1f}" for t in THRESHOLDS]
    assert held["0.3"] == {"not_hateful": 0.5, "hateful": 1.0}
    assert held["0.5"] == {"not_hateful": 0.0, "hateful": 1.0}
    assert held["0.6"] == {"not_hateful": 0.0, "hateful": 0.5}
    assert held["0.8"] == {"not_hateful": 0.0, "hateful": 0.5}

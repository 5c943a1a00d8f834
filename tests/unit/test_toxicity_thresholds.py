"""What each hold threshold holds, as `commentguard eval --scorer toxicity` reports it."""

import numpy as np

from commentguard.scoring.toxicity import HELD_TOXICITY
from commentguard_dev.toxicity_training import THRESHOLDS, as_shipped, held_by_rules, held_by_threshold


def test_each_threshold_reports_the_share_of_each_kind_of_comment_it_holds():
    p = np.array([0.10, 0.35, 0.55, 0.90])
    y = np.array([0, 0, 1, 1])
    held = held_by_threshold(p, y)
    assert list(held) == [f"{t:.1f}" for t in THRESHOLDS]
    assert held["0.3"] == {"not_hateful": 0.5, "hateful": 1.0}
    assert held["0.5"] == {"not_hateful": 0.0, "hateful": 1.0}
    assert held["0.6"] == {"not_hateful": 0.0, "hateful": 0.5}
    assert held["0.8"] == {"not_hateful": 0.0, "hateful": 0.5}


def test_the_score_as_shipped_is_the_models_probability_raised_to_the_floor_where_a_rule_holds():
    p = np.array([0.05, 0.95, 0.40])
    assert as_shipped(p, [True, True, False]).tolist() == [HELD_TOXICITY, 0.95, 0.40]


def test_the_evaluation_finds_the_comments_a_rule_or_list_holds_for_abuse_and_those_only_a_phrase_holds():
    texts = ["I know where you live.", "Thanks for the update on the bridge.",
             "Accidents happen to people who write stories like this."]
    assert held_by_rules(texts) == ([True, False, False], [False, False, True])

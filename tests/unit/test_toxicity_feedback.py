"""Moderators' word on abuse as training rows for the toxicity model (commentguard_dev, no torch needed)."""

from commentguard_dev.toxicity_training import _with, feedback_rows


def test_only_decisions_that_said_whether_a_text_is_abusive_become_rows_oldest_first():
    lines = [
        {"text": "They are vermin", "label": None, "abusive": True, "decided_at": "2026-12-02T10:00:00Z"},
        {"text": "Buy followers now", "label": "spam", "abusive": None, "decided_at": "2026-12-01T09:00:00Z"},
        {"text": "", "normalized": "thanks for the report", "label": "ham", "abusive": False,
         "decided_at": "2026-12-01T08:00:00Z"},
        {"text": "Nothing said", "label": "ham", "decided_at": "2026-12-01T07:00:00Z"},
    ]
    assert feedback_rows(lines) == [
        {"text": "thanks for the report", "label": 0, "title": "feedback", "decided_at": "2026-12-01T08:00:00Z"},
        {"text": "They are vermin", "label": 1, "title": "feedback", "decided_at": "2026-12-02T10:00:00Z"},
    ]


def test_a_moderators_label_replaces_the_corpus_label_of_the_same_text():
    corpus = [{"text": "Send them  all back", "label": 0, "title": "a"}, {"text": "Fine piece", "label": 0, "title": "a"}]
    said = feedback_rows([{"text": "Send them all back", "abusive": True, "decided_at": "2026-12-02"}])
    assert [(r["text"], r["label"]) for r in _with(corpus, said)] == [("Fine piece", 0), ("Send them all back", 1)]


def test_nothing_from_feedback_leaves_the_corpus_as_it_was():
    corpus = [{"text": "Fine piece", "label": 0, "title": "a"}]
    assert feedback_rows(None) == [] and _with(corpus, []) == corpus

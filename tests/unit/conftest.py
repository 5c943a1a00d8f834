"""What the unit tests of the abuse rules share."""

import pytest


@pytest.fixture(scope="session")
def rule_holds():
    """What the toxicity scorer's rules and lists hold a text for (no model, no phrase matcher), as scoring reads it:
    one scorer for the session, its holds a function of the text."""
    from commentguard.scoring.toxicity import load_scorer

    return load_scorer({"TOXICITY_ENCODER": "false", "TOXICITY_PHRASES": "false"}).holds

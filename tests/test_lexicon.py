"""Cue categories: the lists hold base forms, and every inflection of a listed word counts."""
import pytest

from onrecord.extract.lexicon import cue_category


@pytest.mark.parametrize("cue, category", [
    ("said", "speech"), ("told reporters", "speech"), ("blasted", "speech"), ("is citing", "speech"),
    ("likens", "speech"), ("―", "speech"), ("according to", "speech"), ("has long argued", "speech"),
    ("believes", "thought"), ("was hoping", "thought"), ("feared", "thought"),
    ("a new poll shows", "evidence"), ("studies found", "evidence"),
    ("ran", "other"), ("was", "other"), ("", "other"),
])
def test_cue_category_covers_inflections(cue, category):
    assert cue_category(cue) == category


@pytest.mark.parametrize("cue", ["did not respond to", "did not immediately respond to", "didn’t return", "never replied to"])
def test_not_responding_says_nothing(cue):
    assert cue_category(cue) == "other"
    assert cue_category("responded to") == cue_category("replied") == "speech"

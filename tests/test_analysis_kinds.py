"""Statement kinds on sentences written for these tests."""
import pytest

from onrecord.analysis.kinds import statement_kind


@pytest.mark.parametrize("content, cue, kind, polarity", [
    ("“We will continue to provide support to our partners,”", "said", "commitment", "positive"),
    ("he would not provide the loan", "said", "refusal", "negative"),
    ("that it will not seek his downfall", "said", "refusal", "negative"),
    ("that the minister has not discussed the deal", "denied", "denial", "negative"),
    ("assurances that they will not expand the fleet", "received", "assurance", "negative"),
    ("“Is the bridge safe?”", "asked", "question", "positive"),
    ("whether the vote would be delayed", "asked", "question", "positive"),
    ("“The plan is a terrible mistake,”", "said", "opinion", "negative"),
    ("the town grew by four percent last year", "said", "claim", "positive"),
])
def test_kind_and_polarity(content, cue, kind, polarity):
    result = statement_kind(content, cue)
    assert (result.kind, result.polarity) == (kind, polarity)

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
    ("that her brother would double the school budget", "pledged", "assurance", "positive"),
    ("they hold written promises from the mayor to fund the clinic", "say", "assurance", "positive"),
    ("to Approve the Harbour Plan?", "Refuses", "refusal", "negative"),
    ("a request for comment", "did not respond to", "refusal", "negative"),
    ("raising the toll this year", "ruled out", "refusal", "negative"),
    ("a second debate", "did not rule out", "claim", "negative"),
    ("to separate the two proposals", "sought", "claim", "positive"),
    ("to fraud charges", "pleaded guilty", "claim", "positive"),
    ("she’ll sign the bill on Monday", "said", "commitment", "positive"),
    ("he wants to visit every county before the vote", "said", "commitment", "positive"),
    ("“I’m not a liar, and I never took that money,”", "said", "denial", "negative"),
    ("“The whole process is rigged and corrupt,”", "said", "opinion", "positive"),
    ("when the council meets, the budget comes first", "said", "claim", "positive"),
    ("the senator has not visited the county in years", "say", "claim", "negative"),
])
def test_kind_and_polarity(content, cue, kind, polarity):
    result = statement_kind(content, cue)
    assert (result.kind, result.polarity) == (kind, polarity)

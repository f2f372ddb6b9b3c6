"""Grouping reports of one utterance across made-up articles, and the word-level diff between them."""
from hypothesis import given, strategies as st

from onrecord.analysis.attributions import attributions
from onrecord.analysis.variants import cluster_texts, group_quotes, word_changes
from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker

SENTENCE = "we will send more advanced missile systems and {} to our partners in the east"


def report(doc_id: str, quoted: str, published: str, outlet: str, direct: bool = True) -> ExtractedDocument:
    content = f"“{quoted}”" if direct else quoted
    text = f"The minister spoke on Friday. {content}, Minister Ada Vance said."
    start = text.index(content)
    quote = Quote(content=[Span(start, start + len(content))], speaker=Speaker("Ada Vance", "person", "Ada Vance"),
                  type="direct" if direct else "indirect")
    return ExtractedDocument(Document(doc_id, text, outlet=outlet, published=published), [quote])


def test_one_word_changed_is_grouped_flagged_and_diffed_against_the_earliest():
    later = report("b", SENTENCE.format("ammunition"), "2022-04-02", "Evening Star")
    earlier = report("a", SENTENCE.format("munitions").capitalize() + ".", "2022-04-01", "Daily Planet")
    unrelated = report("c", "the harvest this year was the best we have seen in a decade", "2022-04-01", "Daily Planet")
    groups = group_quotes(attributions([later, earlier, unrelated]))
    assert len(groups) == 1
    group = groups[0]
    assert group.earliest.ref.document_id == "a"
    assert group.outlets == ["Daily Planet", "Evening Star"]
    [misquote] = group.misquotes()
    assert [(c.earliest, c.variant) for c in misquote.changes] == [("munitions", "ammunition")]


def test_punctuation_case_and_partial_quoting_are_not_substantive():
    full = report("a", SENTENCE.format("munitions"), "2022-04-01", "Daily Planet")
    shouted = report("b", SENTENCE.format("munitions").upper().replace(" and", ", and"), "2022-04-02", "Evening Star")
    partial = report("c", "more advanced missile systems and munitions", "2022-04-03", "Morning Post")
    [group] = group_quotes(attributions([full, shouted, partial]))
    assert len(group.members) == 3
    assert group.misquotes() == []


def test_paraphrases_differing_in_words_are_grouped_but_not_called_misquotes():
    direct = report("a", SENTENCE.format("munitions"), "2022-04-01", "Daily Planet")
    indirect = report("b", SENTENCE.format("weapons"), "2022-04-02", "Evening Star", direct=False)
    [group] = group_quotes(attributions([direct, indirect]))
    assert [v.substantive for v in group.variants] == [True]
    assert group.misquotes() == []


def test_elided_words_are_not_changes_but_swapped_words_are():
    original = "the plan will cost far less than anyone expected last year"
    assert word_changes(original, "the plan will cost … than anyone expected") == []
    assert [c.to_dict() for c in word_changes(original, "the plan will cost far more than anyone expected")] == \
        [{"earliest": "less", "variant": "more"}]


def test_short_quotes_are_left_alone():
    assert cluster_texts(["no comment", "no comment", "not now"]) == []


@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "omega", "sigma"]), min_size=6, max_size=30))
def test_an_exact_copy_is_always_grouped_with_its_original(tokens):
    text = " ".join(tokens)
    assert cluster_texts([text, "Completely different words appear in this one sentence", text.upper()]) == [[0, 2]]

"""Training data for `onrecord train`: brat attributions become tagger entities faithfully."""
import spacy

from onrecord.extract.train import annotated_doc
from onrecord.ingest.brat import AnnotatedDocument
from onrecord.model import Quote, Span


def test_attribution_spans_become_trimmed_entities_and_overlaps_keep_the_longest():
    text = "The mayor said  the vote is final. "
    quotes = [
        Quote(content=[Span(14, 35)], cue=[Span(10, 14)], source=[Span(0, 9)]),
        Quote(content=[Span(19, 23)], cue=[], source=[]),  # nested inside the first content
    ]
    doc = annotated_doc(spacy.blank("en"), AnnotatedDocument(id="x", text=text, quotes=quotes))
    assert [(e.label_, e.text) for e in doc.ents] == [
        ("SOURCE", "The mayor"), ("CUE", "said"), ("CONTENT", "the vote is final.")]


def test_stripped_span_drops_white_space_at_its_edges():
    text = "said:  the vote is final \n"
    assert Span(5, 26).stripped(text) == Span(7, 24)
    assert len(Span(4, 7).stripped("abc    def")) == 0

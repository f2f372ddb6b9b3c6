"""The packaged model end to end, on short texts written for these tests."""
import pytest
from hypothesis import example, given, settings, strategies as st

import onrecord
from onrecord.extract.tagging import chunks
from onrecord.model import Document


def spans_text(text, spans):
    return [text[s.start:s.end] for s in spans]


def test_direct_quote_with_pronoun_speaker():
    text = ("Governor Lena Marsh spoke to farmers on Tuesday.\n"
            "“We will rebuild every bridge that the flood took,” she said.")
    quotes = onrecord.extract(text)
    direct = [q for q in quotes if q.type == "direct"]
    assert len(direct) == 1
    assert spans_text(text, direct[0].content) == ["“We will rebuild every bridge that the flood took,”"]
    assert spans_text(text, direct[0].cue) == ["said"]
    assert direct[0].speaker.name == "Lena Marsh" and direct[0].speaker.kind == "person"


def test_reported_speech_and_anonymous_official():
    text = "The bridge will reopen in May, a senior transport official told reporters on Monday."
    quotes = onrecord.extract(text)
    assert len(quotes) == 1
    assert "The bridge will reopen in May" in spans_text(text, quotes[0].content)[0]
    assert quotes[0].speaker.kind == "anonymous"
    assert quotes[0].category == "speech"


def test_empty_and_blank_input_give_no_attributions():
    assert onrecord.extract("") == []
    assert onrecord.extract("   \n\n  ") == []


def test_category_filter():
    text = ("Most residents believe the plan is too expensive. "
            "“It costs far too much for a town this size,” the mayor said.")
    speech = onrecord.extract(text, category="speech")
    assert speech and all(q.category == "speech" for q in speech)
    with pytest.raises(ValueError, match="unknown category"):
        onrecord.extract(text, category="gossip")


def test_extract_many_streams_in_input_order():
    texts = ["“First we fix the roads,” the mayor said.", "", "“Then the schools,” she added."]
    results = list(onrecord.extract_many(Document(id=str(i), text=t) for i, t in enumerate(texts)))
    assert [r.document.id for r in results] == ["0", "1", "2"]
    assert [len(r.quotes) for r in results] == [1, 0, 1]


def test_long_text_is_cut_at_paragraphs_and_offsets_add_up():
    text = ("A short paragraph here.\n" * 50).strip()
    pieces = chunks(text, limit=100)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= 100 for _, piece in pieces)


def test_quotes_found_across_chunk_boundaries_keep_true_offsets(monkeypatch):
    from onrecord.extract import tagging
    monkeypatch.setattr(tagging, "CHUNK_CHARS", 120)
    paragraph = "“We will not close the hospital this year,” the health minister said.\n"
    text = paragraph * 6
    quotes = onrecord.extract(text)
    assert len(quotes) == 6
    assert all(spans_text(text, q.cue) == ["said"] for q in quotes)


QUOTE_CHARS = st.sampled_from(list("\"'“”‘’«»`") + ["''", "``", "\n", "\n\n", " said ", " told reporters "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(min_size=0, max_size=30), QUOTE_CHARS), max_size=25).map("".join))
@example("“ told reporters 00000")  # an unclosed quotation holding its own cue
def test_extraction_never_raises_and_spans_are_sane(text):
    for quote in onrecord.extract(text):
        assert quote.content
        for span in quote.content + quote.cue + quote.source:
            assert 0 <= span.start < span.end <= len(text)
            assert span.text(text) == span.text(text).strip()  # spans name words, never the gaps around them
        assert not any(c.overlaps(s) for c in quote.cue for s in quote.content)
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.type in ("direct", "indirect", "mixed")


def test_loaded_tagger_scores_outside_lower_than_trained_weights():
    """The recall shift lives in the loader, so the shipped weights stay what `onrecord train` makes."""
    import spacy

    from onrecord.nlp import ATTRIBUTION_MODEL, OUTSIDE_SCORE_SHIFT, load_attribution_model

    def outside_bias(nlp):
        tagger = nlp.get_pipe("ner")
        actions = [tagger.moves.get_class_name(n) for n in range(tagger.moves.n_moves)]
        return float(tagger.model.get_ref("upper").get_param("b")[actions.index("O")])

    trained = outside_bias(spacy.load(ATTRIBUTION_MODEL))
    assert outside_bias(load_attribution_model()) == pytest.approx(trained - OUTSIDE_SCORE_SHIFT)
    assert OUTSIDE_SCORE_SHIFT > 0

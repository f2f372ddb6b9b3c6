"""Sentence and paragraph bounds that linking counts on."""
import pytest

from onrecord.extract.attribution import attribute, Tagged
from onrecord.extract.quotemarks import find_quotations
from onrecord.extract.sentences import PARAGRAPH_CHARS, Bounds


def test_blank_lines_part_paragraphs_without_counting_as_paragraphs():
    text = "First one.\n\nSecond one.\n \n\nThird one.\nFourth one."
    bounds = Bounds(text)
    assert [text[start:start + 5] for start in bounds.paragraph_starts] == ["First", "Secon", "Third", "Fourt"]


def test_a_paragraph_longer_than_news_writes_is_cut_at_sentence_starts():
    text = "The mayor spoke at length today. " * 1000
    starts = Bounds(text).paragraph_starts
    pieces = [end - start for start, end in zip(starts, starts[1:] + [len(text)])]
    assert len(starts) > 1 and max(pieces) <= 2 * PARAGRAPH_CHARS
    assert all(text[start:start + 5].lstrip().startswith("The") for start in starts)


def test_a_paragraph_of_news_length_is_never_cut():
    text = "The mayor spoke at length today. " * (PARAGRAPH_CHARS // 40)
    assert Bounds(text).paragraph_starts == [0]


def test_an_article_that_lost_its_line_breaks_links_as_the_one_that_kept_them():
    paragraph = "“We will win this vote,” the mayor said on Monday. The council met again."
    def links(text):
        tags = []
        for start in range(0, len(text), len(paragraph) + 1):
            cue = text.index("said", start)
            source = text.index("the mayor", start)
            tags += [Tagged("CUE", cue, cue + 4), Tagged("SOURCE", source, source + 9)]
        return [(q.content[0].start, q.cue[0].start, q.source[0].start)
                for q in attribute(text, tags, find_quotations(text))]
    assert links(" ".join([paragraph] * 300)) == links("\n".join([paragraph] * 300))


@pytest.mark.parametrize("dateline", ["WASHINGTON (AP) — ", "SAN FRANCISCO, Calif. (Reuters) -- ", "LONDON — ",
                                      "Washington (AFP) – ", "NAIROBI (Kenya Wire) — "])
def test_a_wire_dateline_ends_before_the_lead_sentence_begins(dateline):
    text = dateline + "Senator Ada Moss on Tuesday said the bill would pass.\n\nUS-China talks - a recap."
    bounds = Bounds(text)
    lead = text.index("Senator")
    assert bounds.sentence_span(lead, len(text))[0] == lead
    assert bounds.sentence_span(text.index("a recap"), len(text))[0] == text.index("US-China")


def test_a_letter_after_on_ends_a_sentence_but_an_initial_does_not():
    text = "Musk wrote it in a post on X. He added more. George W. Bush agreed."
    starts = Bounds(text).sentence_starts
    assert text.index(" He added") in starts  # a sentence starts at the space after its full stop
    assert text.index(" Bush") not in starts

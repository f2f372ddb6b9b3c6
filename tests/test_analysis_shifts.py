"""Position shifts on made-up statements."""
from onrecord.analysis.shifts import position_shifts, stance
from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker


def said(doc_id: str, published: str, quote: str) -> ExtractedDocument:
    text = f"Premier Lena Ortiz spoke. “{quote},” Ortiz said."
    start = text.index("“")
    end = text.index(",”") + 2
    return ExtractedDocument(Document(doc_id, text, published=published),
                             [Quote([Span(start, end)], speaker=Speaker("Lena Ortiz", "person", "Ortiz"), type="direct")])


def test_negated_sentences_can_still_take_opposite_stances():
    assert stance("this man can't stay in power")[0] == -1
    assert stance("we will not seek to bring about the downfall of Varnia")[0] == 1


def test_opposite_stances_on_one_topic_at_different_dates_are_reported_earlier_first():
    march = said("m", "2022-03-26", "The governor of Varnia can't stay in power")
    may = said("k", "2022-05-31", "We will not seek to bring about the downfall of the governor of Varnia")
    unrelated = said("u", "2022-04-01", "The harbour of Varnia must stay open")
    shifts = position_shifts([may, march, unrelated], speaker="Ortiz", topic="governor of Varnia")
    assert len(shifts) == 1
    shift = shifts[0]
    assert (shift.earlier.attribution.published, shift.later.attribution.published) == ("2022-03-26", "2022-05-31")
    assert shift.speaker == "Lena Ortiz"
    assert 0 < shift.confidence <= 1


def test_same_stance_or_same_day_is_no_shift():
    first = said("a", "2022-03-01", "Varnia must stay in the union")
    again = said("b", "2022-04-01", "Varnia should stay in the union")
    same_day = said("c", "2022-03-01", "Varnia cannot stay in the union")
    assert position_shifts([first, again], topic="Varnia") == []
    assert all({s.earlier.attribution.ref.document_id, s.later.attribution.ref.document_id} != {"a", "c"}
               for s in position_shifts([first, again, same_day], topic="Varnia"))


def test_a_line_repeated_in_many_reports_counts_once():
    repeats = [said(f"r{n}", "2022-03-26", "The governor of Varnia can't stay in power") for n in range(30)]
    later = said("k", "2022-05-31", "We will not seek to bring about the downfall of the governor of Varnia")
    shifts = position_shifts([*repeats, later], speaker="Ortiz", topic="governor of Varnia")
    assert len(shifts) == 1

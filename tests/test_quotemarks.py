"""The quotation-mark pass on short texts written for these tests."""
from onrecord.extract.quotemarks import find_quotations


def quoted(text):
    return [[text[s.start:s.end] for s in q.spans] for q in find_quotations(text)]


def test_curly_and_straight_double_quotes():
    text = '“We will win,” she said. He replied: "Not this year."'
    assert quoted(text) == [["“We will win,”"], ['"Not this year."']]


def test_typewriter_pairs_open_and_close_with_the_same_mark():
    text = "The mayor said ''we are ready'' and left. ''Nobody else is,'' she added."
    assert quoted(text) == [["''we are ready''"], ["''Nobody else is,''"]]


def test_apostrophes_are_not_quotation_marks():
    text = "The senators’ plan isn’t the voters’ choice, ‘at least not yet,’ she said."
    assert quoted(text) == [["‘at least not yet,’"]]


def test_quote_split_by_its_attribution_gives_two_pieces():
    text = "“First part,” the minister said. “Second part.”"
    assert quoted(text) == [["“First part,”"], ["“Second part.”"]]


def test_quote_running_over_paragraphs_continues_when_next_paragraph_opens_with_a_mark():
    text = "He said: “The first paragraph goes on\n“and the second one ends here.”\nAfter that, silence."
    assert quoted(text) == [["“The first paragraph goes on", "“and the second one ends here.”"]]


def test_unclosed_quote_is_closed_at_paragraph_end_not_carried_over():
    text = "She said: “We are not leaving\nThe council met on Monday. “Good,” he said."
    found = find_quotations(text)
    assert [text[q.start:q.end] for q in found] == ["“We are not leaving", "“Good,”"]
    assert found[0].balanced is False and found[1].balanced is True


def test_mismatched_single_closer_ends_an_open_double_quote():
    text = "“We sent help so they can sit at the table.’\nNext paragraph."
    found = find_quotations(text)
    assert [text[q.start:q.end] for q in found] == ["“We sent help so they can sit at the table.’"]
    assert found[0].balanced is False


def test_nested_quote_sharing_the_outer_closer():
    text = "“As the mayor said, the city will “never give up,” the governor wrote. “Next.”"
    spans = [text[q.start:q.end] for q in find_quotations(text)]
    assert spans == ["“As the mayor said, the city will “never give up,”", "“never give up,”", "“Next.”"]


def test_properly_nested_single_inside_double():
    text = "“He told me ‘do not worry about it’ and left,” she said."
    spans = [text[q.start:q.end] for q in find_quotations(text)]
    assert spans == ["“He told me ‘do not worry about it’ and left,”", "‘do not worry about it’"]


def test_no_marks_and_empty_text():
    assert find_quotations("") == []
    assert find_quotations("Nobody said anything at all.") == []


def test_closing_mark_typed_as_an_opener_at_paragraph_start():
    text = "Intro line.\n”We were never told about the plan,” one resident said."
    assert quoted(text) == [["”We were never told about the plan,”"]]


def test_british_single_quote_left_open_runs_on_into_a_paragraph_opening_with_a_mark():
    text = "‘We did nothing wrong,’ she said. ‘The report is a whitewash.\n\n‘We will appeal.’\n\nRain fell."
    assert quoted(text) == [["‘We did nothing wrong,’"], ["‘The report is a whitewash.", "‘We will appeal.’"]]


def test_a_lone_opening_single_mark_starts_no_quotation_when_the_next_paragraph_does_not_go_on():
    text = "She grew up in the ‘60s in a small town.\nShe left at eighteen."
    assert quoted(text) == []


def test_straight_single_quotes_close_after_punctuation():
    text = "Okafor said: 'Patients have waited. A payment will not fix it.' Later: 'It will not,' he said, 'ever.'"
    assert [text[q.start:q.end] for q in find_quotations(text)] == [
        "'Patients have waited. A payment will not fix it.'", "'It will not,'", "'ever.'"]
    apostrophes = "The students' union said the '90s were better, and the 'plan' was bad."
    assert [apostrophes[q.start:q.end] for q in find_quotations(apostrophes)] == ["'plan'"]


def test_a_quotation_opened_mid_paragraph_and_never_closed_ends_with_its_sentence():
    text = 'He called the plan "reckless. Then he left. Ada Moss said it would pass.\n\n"We will see. Maybe not.'
    assert [text[q.start:q.end] for q in find_quotations(text.split("\n")[0])] == ['"reckless.']


def test_a_quotation_runs_on_through_open_middle_paragraphs():
    text = '"I changed my major three times," she said. "It was hard.\n\n"But I learned.\n\n"So do not fear it."\n\nShe left.'
    [quote] = [q for q in find_quotations(text) if len(q.spans) > 1]
    assert [text[s.start:s.end] for s in quote.spans] == ['"It was hard.', '"But I learned.', '"So do not fear it."']

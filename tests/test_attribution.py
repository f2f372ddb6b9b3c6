"""Linking tagged spans into attributions, on short texts with hand-placed tags (no tagger model needed)."""
from functools import partial

import pytest

from onrecord.extract.attribution import Tagged, attribute, quote_type
from onrecord.extract.fallback import source_before
from onrecord.extract.quotemarks import find_quotations
from onrecord.extract.syntax import Syntax
from onrecord.model import Span
from onrecord.nlp import load_base
from onrecord.pipeline import PARSER_OFF


def tag(text, label, phrase, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Tagged(label, start, start + len(phrase))


def texts(text, spans):
    return [text[s.start:s.end] for s in spans]


def run(text, *tags):
    return attribute(text, list(tags), find_quotations(text))


def run_parsed(text, *tags):
    """`run` with the parser the pipeline uses on cue sentences."""
    return attribute(text, list(tags), find_quotations(text), partial(Syntax.parse, load_base(PARSER_OFF)))


def test_direct_quote_with_trailing_cue_and_source():
    text = "“We will not back down,” the mayor said on Monday."
    quotes = run(text, tag(text, "CONTENT", "We will not back down"), tag(text, "CUE", "said"),
                 tag(text, "SOURCE", "the mayor"))
    assert len(quotes) == 1
    q = quotes[0]
    assert texts(text, q.content) == ["“We will not back down,”"]  # snapped onto the marks
    assert texts(text, q.cue) == ["said"] and texts(text, q.source) == ["the mayor"]
    assert q.type == "direct" and q.category == "speech"


def test_indirect_speech_links_cue_before_content():
    text = "The senator said that the bill would fail. Rain fell."
    quotes = run(text, tag(text, "SOURCE", "The senator"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "that the bill would fail"))
    assert [(texts(text, q.source), texts(text, q.cue), q.type) for q in quotes] == \
        [(["The senator"], ["said"], "indirect")]


def test_a_clause_before_a_speaker_in_apposition_stops_before_the_speaker():
    text = "The bridge will reopen in May, Omar Haddad, the company's chief executive, said."
    quotes = run_parsed(text, tag(text, "CUE", "said"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["The bridge will reopen in May"], ["Omar Haddad, the company's chief executive"])]


def test_reported_speech_split_by_its_attribution_is_one_content_in_two_pieces():
    text = "The mayor spoke on Monday. The delay, he said, was unacceptable."
    quotes = run(text, tag(text, "SOURCE", "he", 2), tag(text, "CUE", "said"), tag(text, "CONTENT", "was unacceptable"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [(["The delay", "was unacceptable"], ["he"])]


def test_a_quote_paragraph_after_a_speaker_is_introduced_is_that_speakers():
    text = ("Shares fell.\n\nTom Quist, an analyst at a bank, was skeptical.\n\n"
            "“The guidance looks aggressive to me, and I do not see how they get there.”")
    quotes = run(text, tag(text, "SOURCE", "Tom Quist, an analyst at a bank,"),
                 tag(text, "CONTENT", "The guidance looks aggressive to me, and I do not see how they get there."))
    assert [texts(text, q.source) for q in quotes] == [["Tom Quist, an analyst at a bank,"]]


def test_a_tagged_source_run_across_a_while_clause_is_two_sources():
    text = "“It is overdue,” countered Tom Quist, a parent, while his wife, Ada, said she had no opinion."
    quotes = run(text, tag(text, "CONTENT", "It is overdue"), tag(text, "CUE", "countered"),
                 tag(text, "SOURCE", "Tom Quist, a parent, while his wife, Ada,"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "she had no opinion"))
    assert [texts(text, q.source) for q in quotes] == [["Tom Quist, a parent"], ["his wife, Ada,"]]


def test_split_quote_is_one_attribution_in_two_pieces():
    text = "“We are ready,” she said. “The city is not.”"
    quotes = run(text, tag(text, "CONTENT", "We are ready"), tag(text, "SOURCE", "she"), tag(text, "CUE", "said"))
    assert len(quotes) == 1
    assert texts(text, quotes[0].content) == ["“We are ready,”", "“The city is not.”"]


def test_a_participle_cue_after_a_quotation_starts_an_attribution_of_its_own():
    text = "“We are ready,” she said, adding that the city was “not even close.” “Nor is the state,” she said, smiling."
    quotes = run(text, tag(text, "CONTENT", "We are ready"), tag(text, "SOURCE", "she"), tag(text, "CUE", "said"),
                 tag(text, "CUE", "adding"), tag(text, "CONTENT", "that the city was “not even close.”"),
                 tag(text, "CONTENT", "Nor is the state"), tag(text, "SOURCE", "she", 1), tag(text, "CUE", "said", 1))
    assert [(texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["said"], ["“We are ready,”"]), (["adding"], ["that the city was “not even close.”"]),
        (["said"], ["“Nor is the state,”"])]
    assert texts(text, quotes[1].source) == ["she"]


def test_quotation_the_tagger_missed_is_recovered_and_floats_to_previous_speaker():
    text = "The coach said the team was tired.\n“We need a week off before the final,” he added.\n“Maybe two weeks at most, honestly.”"
    quotes = run(text, tag(text, "SOURCE", "The coach"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the team was tired"), tag(text, "SOURCE", "he"), tag(text, "CUE", "added"))
    assert len(quotes) == 2
    second = quotes[1]
    assert texts(text, second.cue) == ["added"] and texts(text, second.source) == ["he"]
    assert texts(text, second.content) == ["“We need a week off before the final,”", "“Maybe two weeks at most, honestly.”"]


@pytest.mark.parametrize("parting", ["\n", "\n\n", "\n \n\n"])
def test_a_floating_quote_continues_across_blank_lines_as_across_a_line_break(parting):
    text = f"The coach said the team needed a week off.{parting}“Maybe two weeks at most, honestly.”"
    quotes = run(text, tag(text, "SOURCE", "The coach"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the team needed a week off"))
    assert [(texts(text, q.source), len(q.content)) for q in quotes] == [(["The coach"], 2)]


def test_quoted_paragraphs_after_a_lead_in_all_continue_it():
    text = 'Moss stated:\n\n"The plan is not about justice any more. It is about power.\n\n' \
           '"The latest example is the so-called “Fair Tax.”\n\n"The answer is not politics, but property. Period."'
    quotes = run(text, tag(text, "SOURCE", "Moss"), tag(text, "CUE", "stated:"))
    assert [(texts(text, q.source), len(q.content)) for q in quotes] == [(["Moss"], 3)]


def test_a_floating_quote_passes_over_a_thought_told_in_passing_to_the_speaker_before_it():
    text = "“It is something, right?” said Moss, who thinks often about the final words.\n\n“I mean, I struggle with it every day.”"
    quotes = run(text, tag(text, "CONTENT", "It is something, right?"), tag(text, "CUE", "said"),
                 tag(text, "SOURCE", "Moss"), tag(text, "SOURCE", "who"), tag(text, "CUE", "thinks often about"),
                 tag(text, "CONTENT", "the final words"))
    last = quotes[-1]
    assert texts(text, last.content) == ["“I mean, I struggle with it every day.”"]
    assert (texts(text, last.cue), texts(text, last.source)) == (["said"], ["Moss"])


def test_orphan_cue_takes_the_clause_before_it():
    text = "Prices will rise again next year, officials said."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "SOURCE", "officials"))
    assert [texts(text, q.content) for q in quotes] == [["Prices will rise again next year"]]
    assert texts(text, quotes[0].source) == ["officials"]


def test_missing_source_found_before_the_cue():
    text = "A spokesman for the agency said the report was wrong."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "CONTENT", "the report was wrong"))
    assert texts(text, quotes[0].source) == ["A spokesman for the agency"]


def test_nested_quote_gets_its_own_attribution():
    text = "“As the mayor said, our city will “never give up,” the governor wrote."
    quotes = run(text, tag(text, "CONTENT", "As the mayor said, our city will “never give up,"),
                 tag(text, "SOURCE", "the governor"), tag(text, "CUE", "wrote"))
    by_content = {tuple(texts(text, q.content)): q for q in quotes}
    inner = by_content[("“never give up,”",)]
    assert texts(text, inner.cue) == ["said"] and "mayor" in texts(text, inner.source)[0]
    outer = by_content[("“As the mayor said, our city will “never give up,”",)]
    assert texts(text, outer.source) == ["the governor"]


def test_transcript_turns_are_attributed_to_their_label():
    text = "HOST: Welcome back to the program tonight.\nGUEST: Thank you for having me here."
    quotes = run(text)
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["HOST"], ["Welcome back to the program tonight."]),
        (["GUEST"], ["Thank you for having me here."])]
    assert [texts(text, q.cue) for q in quotes] == [[":"], [":"]]


def test_transcript_paragraphs_opening_with_a_mark_continue_the_turn():
    text = ('"HOST: Will you run again next year?\n"GUEST: We will see about that soon.\n'
            '"But first we have a budget to pass.\n"(CROSSTALK.)\n"HOST: Thank you.')
    quotes = run(text)
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["HOST"], ["Will you run again next year?"]),
        (["GUEST"], ["We will see about that soon.", "But first we have a budget to pass."]),
        (["HOST"], ["Thank you."])]


def test_interview_turns_are_spoken_by_their_labels_and_answers_run_to_the_next_question():
    text = ("In an interview with The Ledger, Senator Ada Lowe spoke about the farm bill.\n\n"
            "Q: Why did you vote against it?\n\nA: Because it cuts crop insurance.\n\n"
            "It also does nothing for dairy farmers.\n\nQ. Will you run again?\nA. I have not decided.")
    quotes = run(text)
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content), q.type) for q in quotes] == [
        (["Q"], [":"], ["Why did you vote against it?"], "direct"),
        (["A"], [":"], ["Because it cuts crop insurance.", "It also does nothing for dairy farmers."], "direct"),
        (["Q"], ["."], ["Will you run again?"], "direct"),
        (["A"], ["."], ["I have not decided."], "direct")]
    assert {q.category for q in quotes} == {"speech"}


def test_an_answer_stops_at_a_paragraph_reporting_someone_else_but_not_at_the_answerers_own_report():
    text = ("Senator Ada Lowe spoke to us from Lyon.\n\nQ: Were you afraid?\n\nA: Every day.\n\n"
            "I told my coach I would quit.\n\nHer doctor, Tom Reyes, said the recovery was slow.\n\nQ: And now?\n\nA: Never.")
    quotes = run(text, tag(text, "SOURCE", "I"), tag(text, "CUE", "told"), tag(text, "CONTENT", "I would quit"),
                 tag(text, "SOURCE", "Her doctor, Tom Reyes"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the recovery was slow"))
    answers = [texts(text, q.content) for q in quotes if texts(text, q.source) == ["A"]]
    assert answers == [["Every day.", "I told my coach I would quit."], ["Never."]]


def test_a_lone_answer_label_makes_no_interview():
    text = "A: The council meets on Tuesday.\n\nThe agenda is posted online."
    assert run(text) == []


def test_the_noun_phrase_closing_an_inverted_said_is_its_source_not_its_content():
    text = "The unit has lost money every quarter, said a person familiar with the matter."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "CONTENT", "a person familiar with the matter"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["a person familiar with the matter"], ["The unit has lost money every quarter"])]
    text = "The mayor, who arrived late, said the plan was dead."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "CONTENT", "the plan was dead"))
    assert [texts(text, q.content) for q in quotes] == [["the plan was dead"]]


def test_quoted_as_saying_is_the_outlets_attribution_nesting_the_speakers():
    text = "Xinhua quoted the minister as saying the navy was ready."
    quotes = run(text, tag(text, "SOURCE", "Xinhua"), tag(text, "CUE", "quoted"),
                 tag(text, "CONTENT", "the minister as saying the navy was ready"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Xinhua"], ["quoted"], ["the minister as saying the navy was ready"]),
        (["the minister"], ["as saying"], ["the navy was ready"])]
    text = 'Xinhua quoted Defense Minister Dong Hai as saying that the navy was "fully prepared."'
    quotes = run(text, tag(text, "SOURCE", "Xinhua"), tag(text, "CUE", "quoted"),
                 tag(text, "CONTENT", "Defense Minister Dong Hai"), tag(text, "CUE", "as saying"),
                 tag(text, "CONTENT", 'that the navy was "fully prepared."'))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Xinhua"], ["quoted"], ['Defense Minister Dong Hai as saying that the navy was "fully prepared."']),
        (["Defense Minister Dong Hai"], ["as saying"], ['that the navy was "fully prepared."'])]


def test_quoted_as_saying_without_an_outlet_is_the_subjects_own():
    text = "“We will win the vote,” Moss is quoted as saying."
    quotes = run(text, tag(text, "CONTENT", "We will win the vote"), tag(text, "SOURCE", "Moss"),
                 tag(text, "CUE", "is quoted as saying"))
    assert [(texts(text, q.source), texts(text, q.cue)) for q in quotes] == [(["Moss"], ["is quoted as saying"])]


def test_a_title_in_quotation_marks_is_no_quote_unless_someone_says_it():
    text = 'Calder directed "Starfall Protocol," which opened Friday.'
    assert run(text, tag(text, "SOURCE", "Calder"), tag(text, "CUE", "directed"),
               tag(text, "CONTENT", '"Starfall Protocol,"')) == []
    text = '"The risk is low," said Dr. Lee.\n\nHer book, "Notes on a Slow Pandemic," will be published in May.'
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "SOURCE", "Dr. Lee"))
    assert [texts(text, q.content) for q in quotes] == [['"The risk is low,"']]
    text = "“Make America Great Again,” Trump said."
    quotes = run(text, tag(text, "SOURCE", "Trump"), tag(text, "CUE", "said"))
    assert [texts(text, q.content) for q in quotes] == [["“Make America Great Again,”"]]


def test_when_something_was_said_is_no_part_of_its_source():
    text = "The UN rights chief on Monday said civilians must be protected."
    quotes = run(text, tag(text, "SOURCE", "The UN rights chief on Monday"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "civilians must be protected"))
    assert [texts(text, q.source) for q in quotes] == [["The UN rights chief"]]
    text = "Pence, who is running for reelection this week, praised the plan."
    quotes = run(text, tag(text, "SOURCE", "Pence, who is running for reelection this week,"), tag(text, "CUE", "praised"),
                 tag(text, "CONTENT", "the plan"))
    assert [texts(text, q.source) for q in quotes] == [["Pence, who is running for reelection this week,"]]


def test_a_content_run_on_into_its_own_attribution_ends_with_the_quotation():
    text = '"They remain friends," a rep for the couple said.'
    quotes = run(text, tag(text, "CONTENT", '"They remain friends," a rep for the couple said'))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["a rep for the couple"], ["said"], ['"They remain friends,"'])]


def test_a_source_followed_by_posted_speaks():
    text = 'A source said the deal was done.\n\n"I drove six hours for this show," one fan posted on X.'
    quotes = run(text, tag(text, "SOURCE", "A source"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the deal was done"), tag(text, "CONTENT", '"I drove six hours for this show,"'),
                 tag(text, "SOURCE", "one fan"))
    assert [(texts(text, q.source), texts(text, q.cue)) for q in quotes] == [
        (["A source"], ["said"]), (["one fan"], ["posted"])]


def test_a_content_stops_before_a_new_sentence_quoting_with_its_own_cue():
    text = 'Musk wrote that the recall was wrong in a post on X. "The word is flat wrong!" he added.'
    quotes = run(text, tag(text, "SOURCE", "Musk"), tag(text, "CUE", "wrote"),
                 tag(text, "CONTENT", 'that the recall was wrong in a post on X. "The word is flat wrong!"'),
                 tag(text, "SOURCE", "he"), tag(text, "CUE", "added"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["Musk"], ["that the recall was wrong in a post on X."]), (["he"], ['"The word is flat wrong!"'])]


def test_a_live_updates_label_is_no_speaker():
    text = "LIVE UPDATES: European summit on migration opens in Brussels\n\nLeaders arrived on Monday."
    assert run(text) == []


def test_where_it_was_said_belongs_to_the_cue():
    text = "The team said in a news release that Palmer had a broken hand."
    quotes = run(text, tag(text, "SOURCE", "The team"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "in a news release that Palmer had a broken hand"))
    assert [(texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["said in a news release"], ["that Palmer had a broken hand"])]


def test_a_mixed_quote_split_by_its_attribution_keeps_its_subject():
    text = 'Sanctions, she said, were "the only language that Caracas understands."'
    quotes = run(text, tag(text, "SOURCE", "she"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", 'were "the only language that Caracas understands."'))
    assert [texts(text, q.content) for q in quotes] == [
        ["Sanctions", 'were "the only language that Caracas understands."']]


def test_a_quote_after_a_sentence_introducing_its_speaker_is_theirs():
    text = 'Gulls coach Dana Ruiz was blunt. "We are not a good team right now."'
    quotes = run(text, tag(text, "SOURCE", "Gulls coach Dana Ruiz"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["Gulls coach Dana Ruiz"], ['"We are not a good team right now."'])]


def test_a_quote_laughed_or_beamed_by_someone_is_theirs_not_a_floating_quote():
    text = '"We are back," Hart beamed.\n\n"Let us go," laughed Miles.'
    quotes = run(text, tag(text, "SOURCE", "Hart"), tag(text, "CUE", "beamed"), tag(text, "SOURCE", "Miles"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Hart"], ["beamed"], ['"We are back,"']), (["Miles"], ["laughed"], ['"Let us go,"'])]


def test_a_tagged_name_runs_on_across_an_ampersand():
    text = "Johnson & Johnson said it would appeal."
    quotes = run(text, tag(text, "SOURCE", "Johnson"), tag(text, "CUE", "said"), tag(text, "CONTENT", "it would appeal"))
    assert [texts(text, q.source) for q in quotes] == [["Johnson & Johnson"]]


def test_headline_naming_its_speaker():
    text = "Sanders: Clinton needs to get past the personality contest.\n\nThe senator spoke on Sunday."
    quotes = run(text)
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Sanders"], [":"], ["Clinton needs to get past the personality contest"])]


def test_a_title_case_headline_with_a_colon_names_no_speaker_and_a_credit_line_attributes_nothing():
    text = ("Stealth Over Health: The Senator Was Headed to the Hospital.\n\nThe senator left early.\n\n"
            "Ada Moss reported from Kabul, and Tom Quist from Dayton, Ohio. Lee Park contributed to this report.")
    quotes = run(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "reported"),
                 tag(text, "CONTENT", "from Kabul, and Tom Quist from Dayton, Ohio"), tag(text, "SOURCE", "Lee Park"),
                 tag(text, "CUE", "contributed"), tag(text, "CONTENT", "to this report"))
    assert quotes == []


@pytest.mark.parametrize("label", ["Analysis", "Exclusive", "Q&A", "Fact check"])
def test_a_headline_label_before_a_colon_names_no_speaker(label):
    text = f"{label}: Clinton needs to get past the personality contest.\n\nThe senator spoke on Sunday."
    assert run(text, tag(text, "SOURCE", label), tag(text, "CUE", ":")) == []


def test_a_quoted_subheading_in_title_case_is_no_quote():
    text = "“It will not work,” said Ada Moss.\n\n‘Legend in the Coal Fields.’\n\nThe company later sold the mine."
    quotes = run(text, tag(text, "CONTENT", "It will not work"), tag(text, "CUE", "said"), tag(text, "SOURCE", "Ada Moss"))
    assert [texts(text, q.content) for q in quotes] == [["“It will not work,”"]]


def test_cue_never_overlaps_its_own_content():
    text = "He said “said is a word” yesterday."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "CUE", "said", 1), tag(text, "SOURCE", "He"))
    for q in quotes:
        assert not any(c.overlaps(s) for c in q.cue for s in q.content)


def test_quote_types():
    text = "“All of it.” Some of “it” here. None here."
    assert quote_type(text, [Span(0, 12)]) == "direct"
    assert quote_type(text, [Span(13, 31)]) == "mixed"
    assert quote_type(text, [Span(32, 42)]) == "indirect"


def test_category_follows_the_cue():
    text = "Most voters believe the economy is weak. A new poll shows the race is close."
    quotes = run(text, tag(text, "SOURCE", "Most voters"), tag(text, "CUE", "believe"),
                 tag(text, "CONTENT", "the economy is weak"), tag(text, "SOURCE", "A new poll"),
                 tag(text, "CUE", "shows"), tag(text, "CONTENT", "the race is close"))
    assert [q.category for q in quotes] == ["thought", "evidence"]


def test_signed_quote_takes_the_name_after_the_dash():
    text = "Readers wrote in.\n“The plan ignores the people it claims to help.” ― Dana Whitfield\nMore letters follow."
    quotes = run(text)
    assert [(texts(text, q.content), texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["“The plan ignores the people it claims to help.”"], ["―"], ["Dana Whitfield"])]


def test_signed_quote_may_say_more_after_the_name():
    text = "Talks went on.\n“We will keep talking until we find a way” — Commissioner Dana Whitfield, on Friday.\nMore."
    assert [(texts(text, q.content), texts(text, q.source)) for q in run(text)] == [
        (["“We will keep talking until we find a way”"], ["Commissioner Dana Whitfield"])]


def test_according_to_leaves_the_source_out_of_the_content():
    text = "According to the county clerk, turnout reached a record high this year."
    quotes = run(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "the county clerk"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["turnout reached a record high this year"], ["the county clerk"])]


def test_tagged_name_cut_short_runs_on_over_capitalised_words():
    text = "“We are done,” Councillor Ruth Adeyemi said. The vote was final."
    quotes = run(text, tag(text, "SOURCE", "Councillor Ruth"), tag(text, "CUE", "said"))
    assert texts(text, quotes[0].source) == ["Councillor Ruth Adeyemi"]


def test_quotation_ending_a_reported_clause_widens_to_the_whole_clause():
    text = "Details aside, the plan sends a message that the top ''pays more,'' Mr. Kamin said."
    quotes = run(text, tag(text, "CONTENT", "pays more,"), tag(text, "CUE", "said"), tag(text, "SOURCE", "Mr. Kamin"))
    assert texts(text, quotes[0].content) == ["Details aside, the plan sends a message that the top ''pays more,''"]
    assert quotes[0].type == "mixed"


def test_quotation_continued_by_reported_words_widens_to_the_sentence_end():
    text = "A spokeswoman said that “the charges are false” against the company and its staff."
    quotes = run(text, tag(text, "SOURCE", "A spokeswoman"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the charges are false"))
    assert texts(text, quotes[0].content) == ["“the charges are false” against the company and its staff"]


def test_passive_or_raising_cue_has_no_source_and_its_subject_is_reported():
    text = "The senator's veto is expected to come on Friday. The new tax plan seems too risky for families."
    quotes = run(text, tag(text, "SOURCE", "The senator's veto"), tag(text, "CUE", "is expected"),
                 tag(text, "CONTENT", "to come on Friday"), tag(text, "SOURCE", "The new tax plan"),
                 tag(text, "CUE", "seems"), tag(text, "CONTENT", "too risky for families"))
    assert [(texts(text, q.content), q.source) for q in quotes] == [
        (["The senator's veto", "to come on Friday"], []), (["The new tax plan", "too risky for families"], [])]


def test_raising_cue_after_a_modal_or_an_adverb_has_no_source():
    text = "The voters also did not appear to turn out. The race increasingly looks like a rout for the ruling party."
    quotes = run(text, tag(text, "SOURCE", "The voters"), tag(text, "CUE", "also did not appear"),
                 tag(text, "CONTENT", "to turn out"), tag(text, "SOURCE", "The race"),
                 tag(text, "CUE", "increasingly looks like"), tag(text, "CONTENT", "a rout for the ruling party"))
    assert [(texts(text, q.content), q.source) for q in quotes] == [
        (["The voters", "to turn out"], []), (["The race", "a rout for the ruling party"], [])]


def test_a_noun_described_by_a_participle_is_no_source():
    text = "He wrote a thriller titled ''The Long Night'' last year. The law, once known as the Golden Rule, was repealed."
    quotes = run(text, tag(text, "SOURCE", "a thriller"), tag(text, "CUE", "titled"),
                 tag(text, "SOURCE", "The law"), tag(text, "CUE", "once known as"), tag(text, "CONTENT", "the Golden Rule"))
    assert [(texts(text, q.content)[0], q.source) for q in quotes] == [("a thriller", []), ("The law", [])]


def test_passive_cue_with_adverbs_has_no_source():
    text = "Pence was also dubbed the winner of the debate."
    quotes = run(text, tag(text, "SOURCE", "Pence"), tag(text, "CUE", "was also dubbed"),
                 tag(text, "CONTENT", "the winner of the debate"))
    assert [(texts(text, q.content), q.source) for q in quotes] == [(["Pence", "the winner of the debate"], [])]


def test_contracted_has_before_a_participle_is_no_passive():
    text = "She’s repeatedly argued that the tax must go. He's said the vote is rigged."
    quotes = run(text, tag(text, "SOURCE", "She"), tag(text, "CUE", "’s repeatedly argued"),
                 tag(text, "CONTENT", "that the tax must go"), tag(text, "SOURCE", "He"), tag(text, "CUE", "'s said"),
                 tag(text, "CONTENT", "the vote is rigged"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["She"], ["that the tax must go"]), (["He"], ["the vote is rigged"])]


def test_passive_cue_after_a_degree_adverb_has_no_source():
    text = "He is perhaps best known for pitching in the 2004 series."
    quotes = run(text, tag(text, "SOURCE", "He"), tag(text, "CUE", "is perhaps best known for"),
                 tag(text, "CONTENT", "pitching in the 2004 series"))
    assert [(texts(text, q.content), q.source) for q in quotes] == [(["He", "pitching in the 2004 series"], [])]


def test_passive_cue_with_an_agent_keeps_its_source():
    text = "The claim was rejected by the court as baseless."
    quotes = run(text, tag(text, "CONTENT", "The claim"), tag(text, "CUE", "was rejected by"),
                 tag(text, "SOURCE", "the court"))
    assert texts(text, quotes[0].source) == ["the court"]


def test_clause_opening_with_that_takes_the_cue_before_it():
    text = "Clinton told the crowd that she believes reform must go on, saying that the plan works."
    quotes = run(text, tag(text, "SOURCE", "Clinton"), tag(text, "CUE", "told"),
                 tag(text, "CONTENT", "that she believes reform must go on"), tag(text, "CUE", "saying"),
                 tag(text, "CONTENT", "that the plan works"))
    assert [(texts(text, q.content), texts(text, q.cue)) for q in quotes] == [
        (["that she believes reform must go on"], ["told"]), (["that the plan works"], ["saying"])]


def test_a_cue_keeps_its_content_across_an_aside_in_dashes():
    text = "The senator said — and repeated twice during the hearing — that she would not support the nominee."
    quotes = run_parsed(text, tag(text, "SOURCE", "The senator"), tag(text, "CUE", "said"),
                        tag(text, "CONTENT", "that she would not support the nominee"))
    assert [(texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["said"], ["that she would not support the nominee"])]


def test_distant_cue_gives_way_to_the_verb_governing_the_content():
    text = "Officials said little. A federal court ruled on Friday against the state's procedure for purging voters."
    quotes = run_parsed(text, tag(text, "CUE", "said"), tag(text, "SOURCE", "A federal court"),
                        tag(text, "CONTENT", "against the state's procedure for purging voters"))
    [quote] = [q for q in quotes if "procedure" in texts(text, q.content)[0]]
    assert texts(text, quote.cue) == ["ruled"] and texts(text, quote.source) == ["A federal court"]


def test_mixed_quote_ends_with_its_quotation_when_a_new_clause_follows():
    text = "He is promising lower taxes and “jobs, jobs, jobs,” but he has also sharpened his attacks."
    quotes = run(text, tag(text, "SOURCE", "He"), tag(text, "CUE", "is promising"),
                 tag(text, "CONTENT", "lower taxes and “jobs, jobs, jobs,” but he has also sharpened his attacks"))
    assert texts(text, quotes[0].content) == ["lower taxes and “jobs, jobs, jobs,”"]


def test_mixed_quote_before_its_cue_mid_paragraph_reports_the_whole_clause():
    text = ("The storm hit at night. The agency’s models “did not capture the speed” at which it grew, a spokesperson "
            "said. Its “worst case” held, the mayor said.")
    quotes = run(text, tag(text, "CONTENT", "did not capture the speed"), tag(text, "SOURCE", "a spokesperson"),
                 tag(text, "CUE", "said"), tag(text, "CONTENT", "worst case"), tag(text, "SOURCE", "the mayor"),
                 tag(text, "CUE", "said", 1))
    assert [texts(text, q.content) for q in quotes] == [
        ["The agency’s models “did not capture the speed” at which it grew"], ["“worst case”"]]


def test_a_source_the_tagger_left_without_its_cue_still_speaks_and_a_percent_sign_stays_in_the_content():
    text = "Jobless claims rose to 3.9%, people familiar with the data said on Thursday."
    quotes = run_parsed(text, tag(text, "SOURCE", "people familiar with the data"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["people familiar with the data"], ["said"], ["Jobless claims rose to 3.9%"])]


def test_a_cue_released_by_the_next_sentence_s_content_still_gets_its_own():
    # the tagger tags `that he sold it` but not its cue; linked first to `According to`, the content is then taken by
    # the verb governing it, and the released cue must still be read with its source
    text = "According to court filings, Ruiz bought the land in 2019. Investigators believe that he sold it."
    quotes = run_parsed(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "court filings, Ruiz bought the land"),
                        tag(text, "CONTENT", "that he sold it"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["court filings"], ["According to"], ["Ruiz bought the land in 2019"]),
        (["Investigators"], ["believe"], ["that he sold it"])]


def test_a_day_misparsed_as_the_subject_gives_way_to_the_noun_phrase_before_it():
    text = "A federal jury on Friday ordered drug maker Halvex Industries to pay $12 million to patients."
    quotes = run_parsed(text, tag(text, "CUE", "ordered"),
                        tag(text, "CONTENT", "drug maker Halvex Industries to pay $12 million to patients"))
    assert [texts(text, q.source) for q in quotes] == [["A federal jury"]]


def test_according_to_takes_its_clause_before_another_cue_in_it_can():
    text = "The deal could be announced next week, according to two people familiar with the talks."
    quotes = run_parsed(text, tag(text, "CUE", "could be announced"), tag(text, "CUE", "according to"),
                        tag(text, "SOURCE", "two people familiar with the talks"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["two people familiar with the talks"], ["according to"], ["The deal could be announced next week"])]


def test_an_inverted_cue_before_its_source_takes_the_clause_before_the_comma():
    text = "The economy is slowing, warned Ada Moss, an economist at the bank."
    quotes = run_parsed(text, tag(text, "CUE", "warned"), tag(text, "SOURCE", "Ada Moss, an economist at the bank"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["Ada Moss, an economist at the bank"], ["The economy is slowing"])]


def test_clause_reporting_a_whole_attribution_is_an_attribution_too():
    text = "Trump said at a rally that Clinton once described the deal as “the gold standard” of trade."
    quotes = run_parsed(text, tag(text, "SOURCE", "Trump"), tag(text, "CUE", "said"), tag(text, "SOURCE", "Clinton"),
                        tag(text, "CUE", "once described"),
                        tag(text, "CONTENT", "the deal as “the gold standard” of trade"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Trump"], ["said"], ["that Clinton once described the deal as “the gold standard” of trade"]),
        (["Clinton"], ["once described"], ["the deal as “the gold standard” of trade"])]


def test_paragraph_ending_in_a_colon_introduces_the_quotation_after_it():
    text = "The senator read from her notes and then continued:\n\n“The health issue is partisan, and the numbers show it.”"
    quotes = run(text, tag(text, "SOURCE", "The senator"), tag(text, "CUE", "continued"))
    assert [(texts(text, q.source), texts(text, q.cue), q.type) for q in quotes] == [(["The senator"], ["continued"], "direct")]


def test_quotation_without_a_tagged_cue_takes_the_verb_governing_it():
    text = "At a fundraiser on Friday, the senator called the new tax plan “a gift to the rich.”"
    quotes = run_parsed(text, tag(text, "SOURCE", "the senator"),
                        tag(text, "CONTENT", "the new tax plan “a gift to the rich.”"))
    assert [(texts(text, q.source), texts(text, q.cue)) for q in quotes] == [(["the senator"], ["called"])]


def test_according_to_reports_a_whole_attribution_in_its_sentence():
    text = "According to the police report, officers saw the suspect drop a bag near the door."
    quotes = run(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "the police report"),
                 tag(text, "SOURCE", "officers"), tag(text, "CUE", "saw"),
                 tag(text, "CONTENT", "the suspect drop a bag near the door"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["the police report"], ["According to"], ["officers saw the suspect drop a bag near the door"]),
        (["officers"], ["saw"], ["the suspect drop a bag near the door"])]


def test_expletive_it_frame_is_the_cue_and_nobody_speaks():
    text = "By now it should be obvious that voters want to see the returns."
    quotes = run(text, tag(text, "SOURCE", "it"), tag(text, "CUE", "should be"),
                 tag(text, "CONTENT", "that voters want to see the returns"))
    assert [(texts(text, q.cue), q.source) for q in quotes] == [(["it should be obvious"], [])]


@pytest.mark.parametrize("frame, cue", [("it’s not clear", "’s"), ("it is far from certain", "is"),
                                        ("it is difficult to predict", "predict")])
def test_negated_or_judging_expletive_frames_are_the_cue_too(frame, cue):
    text = f"But {frame} whether the mayor will sign the bill."
    quotes = run(text, tag(text, "SOURCE", "it"), tag(text, "CUE", cue),
                 tag(text, "CONTENT", "whether the mayor will sign the bill"))
    assert [(texts(text, q.cue), q.source) for q in quotes] == [([frame], [])]


def test_raising_verb_with_a_complement_word_has_no_source():
    text = "Republicans seem confident they have the votes to override him."
    quotes = run(text, tag(text, "SOURCE", "Republicans"), tag(text, "CUE", "seem confident"),
                 tag(text, "CONTENT", "they have the votes to override him"))
    assert [(texts(text, q.content), q.source) for q in quotes] == [(["Republicans", "they have the votes to override him"], [])]


def test_raising_verb_before_a_verb_of_saying_or_thinking_keeps_its_speaker():
    text = "The mayor appeared to suggest that the fares would rise. Ms. Ortiz seemed to think the route was a mistake."
    quotes = run(text, tag(text, "SOURCE", "The mayor"), tag(text, "CUE", "appeared to suggest"),
                 tag(text, "CONTENT", "that the fares would rise"), tag(text, "SOURCE", "Ms. Ortiz"),
                 tag(text, "CUE", "seemed"), tag(text, "CONTENT", "to think the route was a mistake"))
    assert [(texts(text, q.content), texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["that the fares would rise"], ["appeared to suggest"], ["The mayor"]),
        (["the route was a mistake"], ["seemed to think"], ["Ms. Ortiz"])]


def test_saying_participle_between_two_quotations_starts_its_own_attribution():
    text = "Biden said he would send “more advanced rockets,” in an op-ed outlining “what America will not do.”"
    quotes = run(text, tag(text, "SOURCE", "Biden"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "he would send “more advanced rockets,” in an op-ed outlining “what America will not do.”"))
    assert [(texts(text, q.content), texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["he would send “more advanced rockets,”"], ["said"], ["Biden"]),
        (["“what America will not do.”"], ["outlining"], ["Biden"])]


def test_content_running_into_the_name_before_its_cue_gives_the_name_back():
    text = "“I admire the mechanics” of the plan, Mr. Holtz-Eakin said. It was late."
    quotes = run(text, tag(text, "CONTENT", "“I admire the mechanics” of the plan, Mr. Holtz-Eakin"), tag(text, "CUE", "said"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["“I admire the mechanics” of the plan"], ["Mr. Holtz-Eakin"])]


def test_passive_cue_with_an_agent_reports_its_subject():
    text = "The registration problem was first reported by The Washington Post."
    quotes = run(text, tag(text, "CUE", "was first reported"), tag(text, "SOURCE", "The Washington Post"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["The registration problem"], ["The Washington Post"])]


def test_participle_cue_after_an_attribution_in_its_sentence_shares_its_source():
    text = "The mayor told the council that the budget was tight at a meeting on Monday, adding that cuts would follow."
    quotes = run(text, tag(text, "SOURCE", "The mayor"), tag(text, "CUE", "told"),
                 tag(text, "CONTENT", "that the budget was tight"), tag(text, "CUE", "adding"),
                 tag(text, "CONTENT", "that cuts would follow"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["told"], ["The mayor"]), (["adding"], ["The mayor"])]


def test_who_faces_criticism_is_not_its_source_but_who_voices_it_is():
    text = ("The mayor has faced sharp criticism for raising the bus fares twice this year. Critics have voiced "
            "sharp criticism of the plan to close the depot. The council took heat over the delays to the new line.")
    quotes = run(text, tag(text, "SOURCE", "The mayor"), tag(text, "CUE", "has faced sharp criticism for"),
                 tag(text, "CONTENT", "raising the bus fares twice this year"), tag(text, "SOURCE", "Critics"),
                 tag(text, "CUE", "have voiced sharp criticism of"), tag(text, "CONTENT", "the plan to close the depot"),
                 tag(text, "SOURCE", "The council"), tag(text, "CUE", "took heat over"),
                 tag(text, "CONTENT", "the delays to the new line"))
    assert [texts(text, q.source) for q in quotes] == [[], ["Critics"], []]


def test_an_alleged_act_has_no_source_but_a_reported_statement_keeps_its_speaker():
    text = "The driver allegedly struck a cyclist near the old bridge. The aide reportedly said the plan had failed."
    quotes = run(text, tag(text, "SOURCE", "The driver"), tag(text, "CUE", "allegedly struck"),
                 tag(text, "CONTENT", "a cyclist near the old bridge"), tag(text, "SOURCE", "The aide"),
                 tag(text, "CUE", "reportedly said"), tag(text, "CONTENT", "the plan had failed"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["The driver", "a cyclist near the old bridge"], []), (["the plan had failed"], ["The aide"])]


def test_sentence_opening_asked_has_no_speaker():
    text = "The blast shook the block. Asked about the cause of the blast, the commissioner said it was too early to tell."
    quotes = run(text, tag(text, "CUE", "Asked about"), tag(text, "CONTENT", "the cause of the blast"),
                 tag(text, "SOURCE", "the commissioner"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "it was too early to tell"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["Asked about"], []), (["said"], ["the commissioner"])]


def test_a_question_asked_before_the_answer_ends_at_its_comma():
    text = "Asked about the rising crime figures, Hayes said she would hire 500 new troopers."
    quotes = run(text, tag(text, "CUE", "Asked about"), tag(text, "SOURCE", "Hayes"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "she would hire 500 new troopers"))
    assert not any("Hayes" in piece for q in quotes for piece in texts(text, q.content))
    assert [texts(text, q.content) for q in quotes if q.source] == [["she would hire 500 new troopers"]]


def test_a_question_run_into_its_answer_is_split_at_the_comma():
    text = "Asked whether he would fire his aide, de la Cruz said he was reviewing all options."
    quotes = run(text, tag(text, "CUE", "Asked"),
                 tag(text, "CONTENT", "whether he would fire his aide, de la Cruz said he was reviewing all options"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes if q.source] == [
        (["de la Cruz"], ["said"], ["he was reviewing all options"])]


def test_a_speaker_asked_a_question_mid_sentence_did_not_ask_it():
    text = ("Moss, asked whether she would run, said she was undecided. “We will see,” Quist said when asked about "
            "the vote.\n\n“It is too early.”")
    quotes = run(text, tag(text, "SOURCE", "Moss"), tag(text, "CUE", "asked"),
                 tag(text, "CONTENT", "whether she would run"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "she was undecided"), tag(text, "CONTENT", "We will see"),
                 tag(text, "SOURCE", "Quist"), tag(text, "CUE", "said", 1), tag(text, "CUE", "asked about"),
                 tag(text, "CONTENT", "the vote"), tag(text, "CONTENT", "It is too early"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["she was undecided"], ["Moss"]), (["“We will see,”"], ["Quist"]), (["“It is too early.”"], ["Quist"])]


def test_the_agent_of_a_passive_cue_is_its_source():
    text = ("As reported by The Harbor Times, the mayor had been warned for months. Asked by Ada Moss whether the "
            "port would close next year, Tom Quist said nothing. The plan was criticized by American farmers as unfair.")
    quotes = run(text, tag(text, "CUE", "reported"),
                 tag(text, "CONTENT", "by The Harbor Times, the mayor had been warned for months"),
                 tag(text, "CUE", "Asked"), tag(text, "CONTENT", "whether the port would close next year"),
                 tag(text, "SOURCE", "Tom Quist"), tag(text, "CUE", "said"), tag(text, "CONTENT", "nothing"),
                 tag(text, "CUE", "was criticized"), tag(text, "CONTENT", "The plan"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes][:2] == [
        (["reported"], ["The Harbor Times"]), (["Asked"], ["Ada Moss"])]
    assert texts(text, quotes[0].content) == ["the mayor had been warned for months"]  # the agent is no content
    assert all(texts(text, q.source) != ["American"] for q in quotes)  # an adjective before a noun is no name


def test_the_agent_further_on_in_a_passive_cues_content_is_its_source():
    text = ("The scheme has been called “a shell game” by Tom Quist, a banker in Leeds, and the name stuck. Ada Moss "
            "was sentenced to probation by a district judge for leaking files. The port was described as a hub used "
            "by Omar Haddad.")
    quotes = run(text, tag(text, "CUE", "has been called"),
                 tag(text, "CONTENT", "“a shell game” by Tom Quist, a banker in Leeds"),
                 tag(text, "CUE", "was sentenced"), tag(text, "CONTENT", "to probation by a district judge for leaking files"),
                 tag(text, "SOURCE", "a district judge"),
                 tag(text, "CUE", "was described"), tag(text, "CONTENT", "as a hub used by Omar Haddad"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes][:2] == [
        (["Tom Quist, a banker in Leeds"], ["The scheme", "“a shell game”"]),
        (["a district judge"], ["Ada Moss", "to probation", "for leaking files"])]
    assert texts(text, quotes[2].source) != ["Omar Haddad"]  # the agent of `used`, not of the cue


def test_who_asked_is_not_said_after_when():
    text = ("When asked whether the bridge would reopen, Ada Moss said she could not say. And when asked to explain "
            "the new budget plan, the mayor left the room.")
    quotes = run_parsed(text, tag(text, "CUE", "asked"), tag(text, "CONTENT", "whether the bridge would reopen"),
                        tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "said"), tag(text, "CONTENT", "she could not say"),
                        tag(text, "CUE", "asked", 1), tag(text, "CONTENT", "to explain the new budget plan"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["asked"], []), (["said"], ["Ada Moss"]), (["asked"], [])]


def test_a_topic_noun_before_a_copula_is_part_of_the_cue_not_a_speaker():
    text = "The real question is whether the council will pay. Her worry is that it will not."
    quotes = run(text, tag(text, "SOURCE", "The real question"), tag(text, "CUE", "is"),
                 tag(text, "CONTENT", "whether the council will pay"), tag(text, "SOURCE", "Her worry"),
                 tag(text, "CUE", "is", 1), tag(text, "CONTENT", "that it will not"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [
        (["The real question is"], []), (["is"], ["Her worry"])]  # a worry of hers is hers


def test_a_content_run_into_the_next_clause_ends_before_its_conjunction():
    text = "The minister declined to give a forecast but said costs had fallen."
    quotes = run(text, tag(text, "SOURCE", "The minister"), tag(text, "CUE", "declined"),
                 tag(text, "CONTENT", "to give a forecast but"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "costs had fallen"))
    assert [texts(text, q.content) for q in quotes] == [["to give a forecast"], ["costs had fallen"]]


def test_asking_for_anonymity_is_no_attribution_and_the_next_quote_stays_with_the_speaker():
    text = ("“It is a start,” said one teacher, who asked not to be named because she feared for her job. “But only a "
            "start.”\n\nAn aide, who spoke on the condition of anonymity to discuss the talks, said they had stalled.")
    quotes = run(text, tag(text, "CONTENT", "It is a start"), tag(text, "CUE", "said"), tag(text, "SOURCE", "one teacher"),
                 tag(text, "SOURCE", "who"), tag(text, "CUE", "asked"),
                 tag(text, "CONTENT", "not to be named because she feared for her job"),
                 tag(text, "CONTENT", "But only a start"), tag(text, "SOURCE", "An aide"),
                 tag(text, "CUE", "spoke on"), tag(text, "CONTENT", "the condition of anonymity to discuss the talks"),
                 tag(text, "CUE", "said", 1), tag(text, "CONTENT", "they had stalled"))
    assert [(texts(text, q.content), texts(text, q.source)) for q in quotes] == [
        (["“It is a start,”"], ["one teacher"]), (["“But only a start.”"], ["one teacher"]),
        (["they had stalled"], ["An aide"])]


def test_why_a_source_is_unnamed_is_no_attribution():
    text = ("A source said the vault was empty. The source spoke on condition of anonymity because they were not "
            "authorised to discuss the inquiry.")
    quotes = run(text, tag(text, "SOURCE", "A source"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the vault was empty"), tag(text, "SOURCE", "The source"),
                 tag(text, "CUE", "spoke on condition of anonymity"),
                 tag(text, "CONTENT", "because they were not authorised to discuss the inquiry"))
    assert [texts(text, q.content) for q in quotes] == [["the vault was empty"]]
    text = "Two officials, who were not authorised to discuss the inquiry, said it had stalled."
    quotes = run(text, tag(text, "SOURCE", "Two officials"), tag(text, "CUE", "were not authorised"),
                 tag(text, "CONTENT", "to discuss the inquiry"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "it had stalled"))
    assert [texts(text, q.content) for q in quotes] == [["it had stalled"]]
    text = "One parent, who declined to give his full name, said the school had failed."
    quotes = run(text, tag(text, "SOURCE", "One parent"), tag(text, "SOURCE", "who"), tag(text, "CUE", "declined"),
                 tag(text, "CONTENT", "to give his full name"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the school had failed"))
    assert [texts(text, q.content) for q in quotes] == [["the school had failed"]]


def test_passive_with_a_modal_or_an_irregular_participle_has_no_source():
    text = "The losing side could be expected to appeal. North Korea is not thought to have such missiles."
    quotes = run(text, tag(text, "SOURCE", "The losing side"), tag(text, "CUE", "could be expected"),
                 tag(text, "CONTENT", "to appeal"), tag(text, "SOURCE", "North Korea"), tag(text, "CUE", "is not thought"),
                 tag(text, "CONTENT", "to have such missiles"))
    assert [q.source for q in quotes] == [[], []]


@pytest.mark.parametrize("dateline", ["WASHINGTON —", "WASHINGTON, July 19 (UPI) --", "WASHINGTON -",
                                      "WASHINGTON, Kestria, June 3 (Continental Press) -"])
def test_dateline_never_speaks(dateline):
    text = f"{dateline} The senator, speaking on Friday, said the plan would pass."
    quotes = run(text, tag(text, "SOURCE", "WASHINGTON"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the plan would pass"))
    assert all(texts(text, q.source) != ["WASHINGTON"] for q in quotes)


def test_a_source_tagged_into_its_own_content_is_cut_back_before_it():
    text = "According to a harbour spokesman, the talks were constructive."
    quotes = run(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "a harbour spokesman, the talks"),
                 tag(text, "CONTENT", "the talks were constructive"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == \
        [(["a harbour spokesman"], ["the talks were constructive"])]


def test_british_quotation_running_over_paragraphs_is_direct():
    text = "‘The report is a whitewash,’ she said. ‘Everybody knows it.\n\n‘We will appeal.’"
    content = [Span(text.index("‘Everybody"), text.index("it.") + 3), Span(text.index("‘We"), len(text))]
    assert quote_type(text, content) == "direct"
    assert quote_type("He said the plan had ‘lost its way’ long ago.", [Span(8, 44)]) == "mixed"


def test_a_fragment_in_straight_single_quotes_makes_a_mixed_quote_but_an_apostrophe_does_not():
    text = "Ms Hale said the bill was 'fair and long overdue'. She said the bill's time had come."
    quotes = run(text, tag(text, "SOURCE", "Ms Hale"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", "the bill was 'fair and long overdue'"), tag(text, "SOURCE", "She"),
                 tag(text, "CUE", "said", 1), tag(text, "CONTENT", "the bill's time had come"))
    assert [q.type for q in quotes] == ["mixed", "indirect"]


def test_a_direct_quotation_with_a_cue_no_list_knows_is_speech():
    text = "“That is nonsense,” the mayor harrumphed on Monday."
    quotes = run(text, tag(text, "CONTENT", "That is nonsense"), tag(text, "CUE", "harrumphed"),
                 tag(text, "SOURCE", "the mayor"))
    assert [(q.type, q.category) for q in quotes] == [("direct", "speech")]
    text = "The mayor harrumphed that the plan was nonsense."
    quotes = run(text, tag(text, "SOURCE", "The mayor"), tag(text, "CUE", "harrumphed"),
                 tag(text, "CONTENT", "that the plan was nonsense"))
    assert [(q.type, q.category) for q in quotes] == [("indirect", "other")]


def test_a_tagged_name_runs_on_over_capitalised_words_but_not_past_a_sentence_end():
    text = "“This is the moment,” said Rep. Ada Moss, D-N.Y. Moss said she would vote no."
    quotes = run(text, tag(text, "CONTENT", "This is the moment"), tag(text, "CUE", "said"),
                 tag(text, "SOURCE", "Rep. Ada Moss, D-N.Y."))
    assert texts(text, quotes[0].source) == ["Rep. Ada Moss, D-N.Y."]
    text = "“We are ready,” said Sen. John F. Moss on Monday."
    quotes = run(text, tag(text, "CONTENT", "We are ready"), tag(text, "CUE", "said"), tag(text, "SOURCE", "Sen. John F."))
    assert texts(text, quotes[0].source) == ["Sen. John F. Moss"]


def test_cue_of_a_later_sentence_is_not_taken_by_the_quote_before_it():
    text = "“If it comes to a fight, we have lawyers,” Ms. Reyes said. But the money her party has, she added, is like " \
           "“a weapon you can never use.”"
    quotes = run(text, tag(text, "SOURCE", "Ms. Reyes"), tag(text, "CUE", "said"), tag(text, "SOURCE", "she"),
                 tag(text, "CUE", "added"), tag(text, "CONTENT", "If it comes to a fight, we have lawyers"))
    last = quotes[-1]
    assert texts(text, last.content) == ["“a weapon you can never use.”"]
    assert texts(text, last.cue) == ["added"] and texts(text, last.source) == ["she"]


def test_cue_word_the_tagger_missed_still_gets_its_parsed_subject():
    # the tagger runs the previous content over the speaker and its cue, and never tags `replied`: the lexicon
    # finds the cue word, and the parse who replied
    text = "She said fathers would not qualify, and when pressed on why, the 34-year-old mother of three replied, " \
           "“It is meant to help mothers.”"
    tags = [tag(text, "SOURCE", "She"), tag(text, "CUE", "said"),
            tag(text, "CONTENT", "fathers would not qualify, and when pressed on why, the 34-year-old mother of three replied")]
    quotes = run_parsed(text, *tags)
    replied = [q for q in quotes if texts(text, q.cue) == ["replied"]]
    assert [texts(text, q.source) for q in replied] == [["the 34-year-old mother of three"]]


def test_words_modifying_a_noun_cue_are_no_source():
    text = "The two sides had a heated debate about whether the tax would pass."
    tags = [tag(text, "SOURCE", "a heated"), tag(text, "CUE", "debate about"),
            tag(text, "CONTENT", "whether the tax would pass")]
    quotes = run_parsed(text, *tags)
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [(["debate about"], [])]


def test_speech_verb_in_the_quotes_own_sentence_beats_a_tagged_cue_in_the_sentence_before():
    text = "The mayor argued that the budget would help schools. As Ada Moss recently put it, “Nobody here will pay more for it.”"
    quotes = run(text, tag(text, "SOURCE", "The mayor"), tag(text, "CUE", "argued"),
                 tag(text, "CONTENT", "that the budget would help schools"))
    quoted = [q for q in quotes if q.type == "direct"]
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quoted] == [(["put it"], ["Ada Moss"])]


def test_a_wire_dateline_is_no_speaker_and_the_subject_after_it_is():
    text = "Moss visits.\n\nDenver (AFP) – Mayor Ada Moss on Monday praised the plan, calling it the best in years. " \
           "The plan passed.\n\nWASHINGTON (Reuters) - Senator Tom Reyes said the vote was rigged."
    quotes = run_parsed(text, tag(text, "SOURCE", "Denver (AFP"), tag(text, "CUE", "calling"),
                        tag(text, "CONTENT", "it the best in years"), tag(text, "SOURCE", "WASHINGTON (Reuters) - Senator Tom Reyes"),
                        tag(text, "CUE", "said"), tag(text, "CONTENT", "the vote was rigged"))
    assert [texts(text, q.source) for q in quotes] == [["Mayor Ada Moss"], ["Senator Tom Reyes"]]


def test_a_dateline_naming_any_agency_is_no_speaker_nor_is_its_dash():
    text = ("VELNAR, Kestria, June 3 (Continental Press) - Kestrian President Milos Varga on Monday accused the European "
            "Commission of lying.")
    quotes = run_parsed(text, tag(text, "CUE", "accused"), tag(text, "CONTENT", "the European Commission of lying"))
    assert [texts(text, q.source) for q in quotes] == [["Kestrian President Milos Varga"]]


def test_a_speech_verb_the_tagger_missed_right_before_a_quotation_is_its_cue():
    text = "Guests came, among them Ada Moss, who joked of the museum, “I have not seen it yet, but I am going to.”"
    quotes = run(text)
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [(["joked"], ["who"])]


def test_asked_after_a_quotation_names_who_asked():
    text = "The vote is close. “How do they get to a convention?” asked Sen. Ada Moss, who backs the reform."
    quotes = run(text, tag(text, "CONTENT", "How do they get to a convention?"), tag(text, "CUE", "asked"),
                 tag(text, "SOURCE", "Sen. Ada Moss"))
    assert [(texts(text, q.cue), texts(text, q.source)) for q in quotes] == [(["asked"], ["Sen. Ada Moss"])]


def test_a_cue_inside_a_relative_clause_reports_only_what_the_clause_holds():
    text = "Dorn, who had pleaded not guilty, stared at the floor as the verdict was read."
    quotes = run(text, tag(text, "SOURCE", "Dorn, who"), tag(text, "CUE", "had pleaded"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [(["Dorn, who"], ["not guilty"])]


def test_a_participle_describing_the_source_reports_nothing():
    text = "A memo quoted in the filing said: “We have lost control of the budget.”"
    quotes = run_parsed(text, tag(text, "SOURCE", "A memo"), tag(text, "CUE", "quoted"), tag(text, "CUE", "said:"),
                        tag(text, "CONTENT", "“We have lost control of the budget.”"))
    assert [(texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["said:"], ["“We have lost control of the budget.”"])]


def test_a_live_blog_entry_time_is_no_part_of_its_source_or_content():
    text = ("10:22 GMT — Councillor Ada Moss tells us the road is shut.\n\n"
            "11:05 BST — More than 2,000 homes have no power, the operator said.")
    quotes = run(text, tag(text, "SOURCE", "10:22 GMT — Councillor Ada Moss"), tag(text, "CUE", "tells us"),
                 tag(text, "CONTENT", "the road is shut"), tag(text, "CONTENT", "11:05 BST — More than 2,000 homes have no power"),
                 tag(text, "CUE", "said"), tag(text, "SOURCE", "the operator"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["Councillor Ada Moss"], ["the road is shut"]), (["the operator"], ["More than 2,000 homes have no power"])]


def test_the_name_a_cue_closes_on_is_no_part_of_the_content():
    text = "Ebright acknowledged under questioning from Boone that complaints would rise."
    quotes = run(text, tag(text, "SOURCE", "Ebright"), tag(text, "CUE", "acknowledged under questioning from"),
                 tag(text, "CONTENT", "Boone that complaints would rise"))
    assert [texts(text, q.content) for q in quotes] == [["that complaints would rise"]]


def test_a_clause_split_by_its_attribution_and_a_time_after_the_cue_is_one_content_in_two_pieces():
    text = "The new budget, the mayor said Tuesday, would cost the city too much."
    quotes = run(text, tag(text, "SOURCE", "the mayor"), tag(text, "CUE", "said Tuesday"))
    assert [(texts(text, q.source), texts(text, q.content)) for q in quotes] == [
        (["the mayor"], ["The new budget", "would cost the city too much"])]


def test_an_attribution_closing_its_sentence_takes_the_clause_before_a_cue_earlier_in_it():
    text = "Two men have been charged in a series of burglaries, police said."
    quotes = run(text, tag(text, "CUE", "have been charged in"), tag(text, "SOURCE", "police"), tag(text, "CUE", "said"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["police"], ["said"], ["Two men have been charged in a series of burglaries"])]


def test_what_an_anonymous_source_may_not_discuss_is_no_attribution_and_what_they_said_after_it_is():
    text = ("A diplomat, who spoke on condition of anonymity because he was not authorized to discuss the talks, said "
            "no deal was near. Two aides who spoke on condition of anonymity to discuss the plans said it was over.")
    quotes = run(text, tag(text, "SOURCE", "A diplomat"), tag(text, "CUE", "was not authorized"),
                 tag(text, "CONTENT", "the talks"), tag(text, "CUE", "said"), tag(text, "CONTENT", "no deal was near"),
                 tag(text, "SOURCE", "Two aides who spoke on condition of anonymity"), tag(text, "CUE", "discuss", 1),
                 tag(text, "CONTENT", "the plans said it was over"))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["A diplomat"], ["said"], ["no deal was near"]), (["Two aides"], ["said"], ["it was over"])]


def test_a_content_in_a_relative_clause_ends_where_the_main_verb_resumes_but_not_at_an_aside_inside_it():
    text = ("Officials from Dobara, which accuses Marandi of shelling villages, were unmoved. Ada Moss, who said that "
            "her father, a lawyer, was wrong, resigned.")
    quotes = run(text, tag(text, "SOURCE", "which"), tag(text, "CUE", "accuses"),
                 tag(text, "CONTENT", "Marandi of shelling villages, were unmoved"), tag(text, "SOURCE", "who"),
                 tag(text, "CUE", "said"), tag(text, "CONTENT", "that her father, a lawyer, was wrong, resigned"))
    assert [texts(text, q.content) for q in quotes] == [
        ["Marandi of shelling villages"], ["that her father, a lawyer, was wrong, resigned"]]


def test_pronounced_dead_is_no_statement():
    text = "One of the men, Dan Reyes, was pronounced dead at the scene."
    quotes = run(text, tag(text, "CONTENT", "One of the men, Dan Reyes"), tag(text, "CUE", "was pronounced"),
                 tag(text, "CONTENT", "dead at the scene"))
    assert quotes == []


def test_a_question_put_in_an_aside_ends_where_the_sentence_resumes():
    text = "Ada Moss, asked about those remarks at a news conference, smiled."
    quotes = run(text, tag(text, "SOURCE", "Ada Moss,"), tag(text, "CUE", "asked about"),
                 tag(text, "CONTENT", "those remarks at a news conference, smiled"))
    assert [texts(text, q.content) for q in quotes] == [["those remarks at a news conference"]]


def test_a_subject_with_an_apposition_before_said_is_the_speaker_not_an_inverted_content():
    text = "Another witness, a bartender, said the fight started over a drink."
    quotes = run(text, tag(text, "CUE", "said"), tag(text, "CONTENT", "the fight started over a drink"))
    assert [texts(text, q.content) for q in quotes] == [["the fight started over a drink"]]


def test_a_closing_cue_that_claims_the_next_quotation_also_reports_the_sentence_it_closes():
    text = ("Members may pay more “because they expect good service,” Ada Moss said. “But public courses cannot.”")
    quotes = run(text, tag(text, "SOURCE", "Members"), tag(text, "CUE", "may pay"),
                 tag(text, "CONTENT", "more “because they expect good service,”"), tag(text, "SOURCE", "Ada Moss"),
                 tag(text, "CUE", "said"), tag(text, "CONTENT", "“But public courses cannot.”"))
    moss = [q for q in quotes if texts(text, q.source) == ["Ada Moss"]]
    assert [texts(text, q.content) for q in moss] == [
        ["Members may pay more “because they expect good service,”", "“But public courses cannot.”"]]


def test_the_latest_kicker_is_nobody_speaking():
    text = "The Latest: Senate talks on border funding stall\n\nThe talks went on."
    quotes = run(text, tag(text, "SOURCE", "The Latest"), tag(text, "CUE", ":"),
                 tag(text, "CONTENT", "Senate talks on border funding stall"))
    assert quotes == []


def test_a_subordinate_clause_after_a_quotation_closed_without_punctuation_is_still_reported():
    text = 'Ada Moss told reporters that "nobody is going home" until the bill clears a vote.'
    quotes = run(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "told"),
                 tag(text, "CONTENT", 'that "nobody is going home" until the bill clears a vote'))
    assert [texts(text, q.content) for q in quotes] == [['that "nobody is going home" until the bill clears a vote']]


def test_a_programme_title_after_on_or_a_broadcaster_is_no_part_of_a_quote():
    text = '"I see no path," Ada Moss said on CNN\'s "State of the Union." "I wish I did."'
    quotes = run(text, tag(text, "CONTENT", '"I see no path,"'), tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "said"))
    assert [texts(text, q.content) for q in quotes] == [['"I see no path,"', '"I wish I did."']]


def test_how_a_quote_was_said_between_its_pieces_is_no_content():
    text = "“We lost everything,” Ada Moss said, her voice breaking. “I was paying to go to work.”"
    quotes = run(text, tag(text, "CONTENT", "“We lost everything,”"), tag(text, "SOURCE", "Ada Moss"),
                 tag(text, "CUE", "said"), tag(text, "CONTENT", "her voice breaking"),
                 tag(text, "CONTENT", "“I was paying to go to work.”"))
    assert [texts(text, q.content) for q in quotes] == [["“We lost everything,”", "“I was paying to go to work.”"]]


def test_a_that_clause_opening_a_quotation_after_an_aside_is_part_of_the_mixed_quote():
    text = 'Ada Moss claimed, without evidence, that her rival was "funded by the same people."'
    quotes = run(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "claimed"))
    assert [texts(text, q.content) for q in quotes] == [['that her rival was "funded by the same people."']]


def test_a_that_clause_opening_a_quotation_after_the_cues_object_is_part_of_the_mixed_quote():
    text = 'Ada Moss told a regular briefing that the levy was "not a punishment but a safeguard."'
    quotes = run(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "told"))
    assert [texts(text, q.content) for q in quotes] == [['that the levy was "not a punishment but a safeguard."']]


def test_a_clause_read_off_the_parse_never_stops_inside_the_quotation_it_opens():
    text = 'Ada Moss told reporters after the meeting that the plan was "dead on arrival."'
    quotes = run_parsed(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "told"))
    assert [texts(text, q.content) for q in quotes] == [['that the plan was "dead on arrival."']]


def test_a_content_or_quotation_with_neither_cue_nor_speaker_is_no_attribution():
    text = "The council approved the deal that the nations of the region reached in Lisbon in May to curb fishing."
    assert run(text, tag(text, "CONTENT", "that the nations of the region reached in Lisbon in May to curb fishing")) == []
    text = "Across town, the crowd was “shouting from the rooftops” by noon."
    assert run(text, tag(text, "CONTENT", "shouting from the rooftops")) == []


def test_according_to_after_a_closing_attribution_vouches_for_it_and_the_quotation_after():
    text = "“We will not back down. Not now,” Ada Moss said, according to the Ledger. “The voters sent us here.”"
    quotes = run(text, tag(text, "CONTENT", "“We will not back down. Not now,”"), tag(text, "SOURCE", "Ada Moss"),
                 tag(text, "CUE", "said"), tag(text, "CUE", "according to"), tag(text, "SOURCE", "the Ledger"))
    vouched = [q for q in quotes if texts(text, q.source) == ["the Ledger"]]
    assert [texts(text, q.content) for q in vouched] == [["“We will not back down. Not now,” Ada Moss said",
                                                          "“The voters sent us here.”"]]


def test_according_to_after_a_quotation_of_several_sentences_vouches_for_all_of_it():
    text = '"He is not a friend. He never was," Ada Moss told reporters, according to the Ledger, on a flight home.'
    quotes = run(text, tag(text, "CONTENT", '"He is not a friend. He never was,"'), tag(text, "SOURCE", "Ada Moss"),
                 tag(text, "CUE", "told"), tag(text, "CUE", "according to"), tag(text, "SOURCE", "the Ledger"))
    vouched = [q for q in quotes if texts(text, q.source) == ["the Ledger"]]
    assert [texts(text, q.content) for q in vouched] == [['"He is not a friend. He never was," Ada Moss told reporters']]


def test_a_cue_closing_a_sentence_after_a_quotation_reports_the_quotation_with_its_closing_mark():
    text = 'Asked about the delay, Ada Moss said: "There will always be setbacks," the Ledger reported.'
    quotes = run(text, tag(text, "SOURCE", "Ada Moss"), tag(text, "CUE", "said:"),
                 tag(text, "CONTENT", '"There will always be setbacks,"'), tag(text, "SOURCE", "the Ledger"),
                 tag(text, "CUE", "reported"))
    reported = [q for q in quotes if texts(text, q.source) == ["the Ledger"]]
    assert [texts(text, q.content) for q in reported] == [
        ['Asked about the delay, Ada Moss said: "There will always be setbacks,"']]


def test_a_source_tagged_after_a_cue_takes_the_clause_before_only_when_it_closes_the_sentence():
    text = 'A senior diplomat from Ostmark, who asked not to be named, said patience with the council had "run out."'
    quotes = run(text, tag(text, "SOURCE", "who"), tag(text, "CUE", "asked"), tag(text, "CONTENT", "not to be named"),
                 tag(text, "CUE", "said"), tag(text, "SOURCE", "patience with the council"))
    said = [q for q in quotes if texts(text, q.cue) == ["said"]]
    assert [texts(text, q.content) for q in said] == [['patience with the council had "run out."']]


def test_a_saying_participle_after_a_comma_inside_a_content_starts_an_attribution_of_its_own():
    text = 'Commissioner Ada Moss defended the levy, saying the science was "beyond doubt."'
    quotes = run(text, tag(text, "SOURCE", "Commissioner Ada Moss"), tag(text, "CUE", "defended"),
                 tag(text, "CONTENT", 'the levy, saying the science was "beyond doubt."'))
    assert [(texts(text, q.source), texts(text, q.cue), texts(text, q.content)) for q in quotes] == [
        (["Commissioner Ada Moss"], ["defended"], ["the levy"]),
        (["Commissioner Ada Moss"], ["saying"], ['the science was "beyond doubt."'])]


def test_a_time_clause_after_a_cue_closing_a_quotation_tells_when_not_what():
    text = "“We cannot wait any longer,” the minister told reporters as he arrived for the meeting."
    quotes = run(text, tag(text, "CONTENT", "We cannot wait any longer"), tag(text, "SOURCE", "the minister"),
                 tag(text, "CUE", "told"), tag(text, "CONTENT", "as he arrived for the meeting"))
    assert [texts(text, q.content) for q in quotes] == [["“We cannot wait any longer,”"]]
    text = "The mayor, whom she described as “a friend,” left."
    quotes = run(text, tag(text, "SOURCE", "she"), tag(text, "CUE", "described"), tag(text, "CONTENT", "whom"),
                 tag(text, "CONTENT", "as “a friend,”"))
    assert "as “a friend,”" in [piece for q in quotes for piece in texts(text, q.content)]


def test_a_mixed_quote_goes_on_past_but_when_the_same_subject_or_a_second_that_clause_follows():
    text = 'A spokeswoman said the firm "does not comment on leaks" but that "every concern is investigated."'
    quotes = run(text, tag(text, "SOURCE", "A spokeswoman"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", 'the firm "does not comment on leaks" but that "every concern is investigated."'))
    assert [texts(text, q.content) for q in quotes] == [
        ['the firm "does not comment on leaks" but that "every concern is investigated."']]
    text = 'The minister said she was "willing to listen" but he has since left the room.'
    quotes = run(text, tag(text, "SOURCE", "The minister"), tag(text, "CUE", "said"),
                 tag(text, "CONTENT", 'she was "willing to listen" but he has since left the room'))
    assert [texts(text, q.content) for q in quotes] == [['she was "willing to listen"']]


def test_a_subject_the_tagger_took_into_its_cue_speaks_but_not_a_relative_or_expletive_one():
    text = ("After long talks, all agreed that the levy would raise prices. It is assumed that prices will rise sharply "
            "next year.")
    quotes = run_parsed(text, tag(text, "CUE", "all agreed"), tag(text, "CONTENT", "that the levy would raise prices"),
                        tag(text, "CUE", "It is assumed"), tag(text, "CONTENT", "that prices will rise sharply next year"))
    assert [(texts(text, q.source), texts(text, q.cue)) for q in quotes] == [
        (["all"], ["agreed"]), ([], ["It is assumed"])]


def test_the_noun_phrase_guessed_before_a_cue_never_reaches_back_past_a_full_stop():
    text = "Two mines are poised for a rebound. Demand for steel rose. The regulator Ada Moss said so."
    demand, said = text.index("Demand for"), text.index("said")
    assert source_before(text, Span(demand, demand + len("Demand for"))) is None
    assert texts(text, [source_before(text, Span(said, said + 4))]) == ["The regulator Ada Moss"]


def test_a_source_tagged_across_an_according_to_clause_and_the_next_subject_is_two_sources():
    text = "According to a draft seen by Reuters, the presidency has suggested phasing the cut over two years."
    quotes = run(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "a draft seen by Reuters, the presidency"),
                 tag(text, "CUE", "has suggested"), tag(text, "CONTENT", "phasing the cut over two years"))
    assert [(texts(text, q.source), texts(text, q.cue)) for q in quotes] == [
        (["a draft seen by Reuters"], ["According to"]), (["the presidency"], ["has suggested"])]


def test_an_apposition_after_a_name_introduced_by_according_to_is_no_part_of_what_was_said():
    for text, content in (("According to Ada Moss, a spokeswoman for the firm, the plant will close in May.",
                           "the plant will close in May"),
                          ("According to Ada Moss, the plant will close in May, a year early.",
                           "the plant will close in May, a year early")):
        quotes = run(text, tag(text, "CUE", "According to"), tag(text, "SOURCE", "Ada Moss"))
        assert [texts(text, q.content) for q in quotes] == [[content]]

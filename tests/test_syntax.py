"""Reading cue subjects, complements and governors off spaCy's parse of cue sentences."""
from onrecord.extract.sentences import Bounds
from onrecord.extract.syntax import Syntax
from onrecord.model import Span
from onrecord.nlp import load_base
from onrecord.pipeline import PARSER_OFF


def parse(text, *phrases):
    offsets = [text.index(p) for p in phrases]
    return Syntax.parse(load_base(PARSER_OFF), text, Bounds(text), offsets)


def span_of(text, phrase):
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def words(text, span):
    return text[span.start:span.end] if span else None


def test_subject_found_across_an_interrupting_phrase_and_after_according_to():
    text = "Senator Ada Moss, like her rivals, has insisted that taxes must fall. According to the county clerk, turnout rose."
    syntax = parse(text, "insisted", "According")
    assert words(text, syntax.subject_of(span_of(text, "has insisted"))) == "Senator Ada Moss"
    assert words(text, syntax.subject_of(span_of(text, "According to"))) == "the county clerk"


def test_complement_and_governor_of_a_reported_clause():
    text = "The mayor continues to insist that the bridge is safe."
    syntax = parse(text, "insist")
    assert words(text, syntax.complement_of(span_of(text, "insist"))) == "that the bridge is safe"
    assert words(text, syntax.governor_of(span_of(text, "that the bridge is safe"))) == "insist"


def test_participle_climbs_to_the_main_subject():
    text = "The White House responded quickly, saying the remark was a joke."
    syntax = parse(text, "saying")
    assert words(text, syntax.subject_of(span_of(text, "saying"))) == "The White House"


def test_governor_reached_through_a_preposition():
    text = "The mayor complained about how the budget might affect the schools."
    syntax = parse(text, "how the budget")
    assert words(text, syntax.governor_of(span_of(text, "how the budget might affect the schools"))) == "complained about"


def test_a_cue_coordinated_past_a_reported_clause_belongs_to_the_reporter():
    text = "Senator Ada Moss said he had battled pneumonia three times and called it a common ailment."
    syntax = parse(text, "called")
    assert words(text, syntax.subject_of(span_of(text, "called"))) == "Senator Ada Moss"


def test_noun_of_saying_governs_its_clause_and_its_owner_is_the_source():
    text = "Reporters seized on the mayor's claim that crime had fallen by half this year."
    syntax = parse(text, "that crime")
    cue = syntax.governor_of(span_of(text, "that crime had fallen by half this year"))
    assert words(text, cue) == "claim"
    assert words(text, syntax.subject_of(cue)) == "the mayor's"  # PolNeAR keeps the possessive in the source


def test_passive_cue_takes_its_agent_as_subject():
    text = "The plan was praised by the union as a fair deal."
    syntax = parse(text, "praised")
    assert words(text, syntax.subject_of(span_of(text, "was praised"))) == "the union"


def test_object_of_a_control_verb_is_who_speaks_in_its_complement():
    text = "The senator pressed the bank's chief to admit that nobody was punished. The chief wanted to explain the losses."
    syntax = parse(text, "admit", "explain")
    assert words(text, syntax.subject_of(span_of(text, "to admit"))) == "the bank's chief"
    assert words(text, syntax.subject_of(span_of(text, "to explain"))) == "The chief"


def test_opening_participle_is_the_main_subjects_act():
    text = "Claiming the criticism of the coach is meant to pressure the referees, Moss told the radio host that he was tough."
    syntax = parse(text, "Claiming")
    assert words(text, syntax.subject_of(span_of(text, "Claiming"))) == "Moss"


def test_act_coordinated_under_an_adjective_belongs_to_the_copulas_subject():
    text = "The mayor will be unable to stop the vote and accuse the council of lying."
    syntax = parse(text, "accuse")
    assert words(text, syntax.subject_of(span_of(text, "accuse"))) == "The mayor"


def test_speaker_part_of_a_phrase_before_a_noun_cue():
    text = "Voters recalled his long-standing ideas about taxes and a heated debate about trade."
    syntax = parse(text, "ideas", "debate")
    assert words(text, syntax.speaker_part(span_of(text, "his long-standing"))) == "his"
    assert syntax.speaker_part(span_of(text, "a heated")) is None


def test_participle_is_the_subjects_act_even_when_the_parse_hangs_the_clause_off_a_quote_after_it():
    # the parser reads `Moss offered …` as the complement of the quoted `are`: the quote's speaker is not its speaker
    text = "Moss offered a sharp retort on the council's favourite mode of debate, tweeting at him, \"you aren't just a loser, you are a liar.\""
    syntax = parse(text, "tweeting")
    assert words(text, syntax.subject_of(span_of(text, "tweeting at"))) == "Moss"


def test_verb_coordinated_under_an_infinitive_of_an_object_belongs_to_the_main_subject():
    # the parser hangs `accused` on `jolt` (to jolt …, and accused …): the act is Moss's, not the ability's
    text = "During the election, Moss largely ran on her ability to jolt the economy into hyperdrive and accused Reyes of bungling it."
    syntax = parse(text, "accused")
    assert words(text, syntax.subject_of(span_of(text, "accused"))) == "Moss"


def test_the_speaker_part_never_cuts_a_hyphenated_word():
    text = '"It was bad," the 31-year-old said.'
    syntax = parse(text, "said")
    assert words(text, syntax.speaker_part(span_of(text, "the 31-year-old"))) == "the 31-year-old"


def test_a_participle_describing_the_subject_is_part_of_who_speaks_but_not_its_agent():
    text = "The unit has lost money every quarter, a person briefed on its finances said."
    syntax = parse(text, "said")
    assert words(text, syntax.subject_of(span_of(text, "said"))) == "a person briefed on its finances"
    text = "Other emails published by Vox suggest that he was wrong."
    syntax = parse(text, "suggest")
    assert words(text, syntax.subject_of(span_of(text, "suggest"))) == "Other emails"


def test_a_name_joined_by_an_ampersand_is_one_subject():
    text = "Johnson & Johnson said it would appeal the verdict."
    syntax = parse(text, "said")
    assert words(text, syntax.subject_of(span_of(text, "said"))) == "Johnson & Johnson"


def test_of_two_subjects_the_parser_gives_a_verb_the_one_next_to_it_speaks():
    text = "The new plan, Ada Moss said in an interview, would cost the city far too much."
    syntax = parse(text, "said")
    assert words(text, syntax.subject_of(span_of(text, "said in an interview"))) == "Ada Moss"


def test_describes_noun_tells_a_participle_after_a_noun_from_a_finite_verb():
    text = "A memo quoted in the filing said the budget was lost. Ada Moss quoted the memo on Friday."
    syntax = parse(text, "quoted in", "quoted the")
    assert syntax.describes_noun(span_of(text, "quoted in")) and not syntax.describes_noun(span_of(text, "quoted the"))


def test_a_closing_participle_hung_on_a_reported_clause_is_the_main_subjects_act():
    text = ("President Hamid Osei rejected accusations that his army had shelled villages, telling a U.N. session that "
            "the reports were \"fabrications.\"")
    syntax = parse(text, "telling")
    assert words(text, syntax.subject_of(span_of(text, "telling"))) == "President Hamid Osei"


def test_a_participle_the_parse_hangs_nowhere_useful_is_still_the_sentence_subjects_act():
    text = "The utilities have managed to hide many of their fees, in many cases reporting different numbers to regulators."
    syntax = parse(text, "reporting")
    assert words(text, syntax.main_subject(span_of(text, "reporting"))) == "The utilities"
    assert syntax.main_subject(span_of(text, "managed")) is None  # only a participle is read this way


def test_a_participle_used_as_an_adjective_or_after_a_demonstrative_subject_borrows_no_subject():
    text = "The report voiced growing concern about the banks. That left the council on Monday, saying nothing."
    syntax = parse(text, "growing", "saying")
    assert syntax.main_subject(span_of(text, "growing concern about")) is None
    assert syntax.main_subject(span_of(text, "saying")) is None


def test_a_noun_the_parse_joins_to_an_object_is_the_subject_of_the_coordinated_verb_after_it():
    text = "Several senators have said they will skip the hearing and others have said they are undecided."
    syntax = parse(text, "others")
    second = text.rindex("have said")
    assert words(text, syntax.subject_of(Span(second, second + len("have said")))) == "others"
    assert words(text, syntax.subject_of(span_of(text, "have said"))) == "Several senators"


def test_a_span_of_time_before_a_participle_is_no_speaker():
    text = "Professor Ada Moss has spent a decade arguing that growth is mismeasured."
    syntax = parse(text, "arguing")
    assert words(text, syntax.subject_of(span_of(text, "arguing"))) == "Professor Ada Moss"


def test_a_governor_stops_before_its_agent_which_then_speaks():
    text = "When pressed by Holt about how he would pay for it, the senator changed the subject."
    syntax = parse(text, "how he would")
    assert words(text, syntax.governor_of(span_of(text, "how he would pay for it"))) == "pressed"

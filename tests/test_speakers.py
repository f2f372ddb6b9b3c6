"""In-article speaker resolution on short made-up articles."""
from onrecord.model import Quote, Span
from onrecord.speakers.resolve import resolve_speakers


def quote_with_source(text, source, occurrence=0, content_after=True):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(source, start + 1)
    end = start + len(source)
    content = Span(end + 6, end + 10) if content_after else Span(max(0, start - 6), max(1, start - 2))
    return Quote(content=[content], source=[Span(start, end)])


def speakers(text, *sources):
    quotes = [quote_with_source(text, s, n) for s, n in sources]
    resolve_speakers(text, quotes)
    return [(q.speaker.name, q.speaker.kind) for q in quotes]


def test_surname_and_pronoun_resolve_to_the_fullest_name():
    text = ("Senator Maria Okafor said the vote was close. Okafor said it again later. "
            "She said nothing more.")
    assert speakers(text, ("Senator Maria Okafor", 0), ("Okafor", 1), ("She", 0)) == [
        ("Maria Okafor", "person")] * 3


def test_title_description_resolves_to_the_title_holder():
    text = ("President Ada Lindqvist spoke on Monday. Lindqvist said the budget was final. "
            "The president said taxes would not rise.")
    assert speakers(text, ("Lindqvist", 1), ("The president", 0))[1] == ("Ada Lindqvist", "person")


def test_the_newspaper_resolves_to_the_paper_named_earlier():
    text = "The Daily Courier reported the leak first. The newspaper said its sources were solid."
    assert speakers(text, ("The Daily Courier", 0), ("The newspaper", 0))[1] == ("Daily Courier", "organization")


def test_anonymous_official_keeps_descriptor_and_affiliation():
    text = "The plan was approved, a senior Harbor Authority official told reporters on Friday."
    quote = quote_with_source(text, "a senior Harbor Authority official", content_after=False)
    resolve_speakers(text, [quote])
    assert quote.speaker.kind == "anonymous"
    assert quote.speaker.descriptor == "senior Harbor Authority official"
    assert quote.speaker.affiliation == "Harbor Authority"


def test_plural_unnamed_group_is_anonymous():
    text = "Prices will rise, administration officials said on Tuesday."
    quote = quote_with_source(text, "administration officials", content_after=False)
    resolve_speakers(text, [quote])
    assert quote.speaker.kind == "anonymous"


def test_organisations_are_speakers():
    text = "The White House said the talks were over. The Kremlin said they had not begun."
    assert speakers(text, ("The White House", 0), ("The Kremlin", 0)) == [
        ("White House", "organization"), ("Kremlin", "organization")]


def test_pronoun_with_no_antecedent_stays_unknown():
    text = "He said the plan was a mistake."
    assert speakers(text, ("He", 0)) == [("He", "unknown")]


def test_attribution_without_source_has_no_speaker():
    text = "“It will rain,” came the reply."
    quote = Quote(content=[Span(0, 15)])
    resolve_speakers(text, [quote])
    assert quote.speaker is None


def test_quantifier_is_not_an_affiliation():
    text = "Most residents said the plan was rushed."
    quote = quote_with_source(text, "Most residents")
    resolve_speakers(text, [quote])
    assert quote.speaker.kind == "anonymous" and quote.speaker.affiliation is None


def test_relative_pronoun_speaks_for_the_phrase_before_it():
    text = ("Crowds cheered Senator Ada Moss, who said the vote was rigged. A clerk who said nothing left. "
            "Money came from a super PAC that said it backs her.")
    assert speakers(text, ("who", 0), ("who", 1), ("that", 0)) == [
        ("Ada Moss", "person"), ("a clerk", "unknown"), ("a super PAC", "unknown")]


def test_it_is_an_organisation_or_unknown_never_a_person():
    text = "The Kremlin said the talks failed. It said more."
    assert speakers(text, ("The Kremlin", 0), ("It", 0)) == [("Kremlin", "organization"), ("Kremlin", "organization")]
    assert speakers("It said the plan was a mistake.", ("It", 0)) == [("It", "unknown")]


def test_two_names_joined_are_not_one_person_and_outlets_are_organisations():
    text = "Trump and Sanders said trade deals failed. Western Journalism reported the claim."
    assert speakers(text, ("Trump and Sanders", 0), ("Western Journalism", 0)) == [
        ("Trump and Sanders", "unknown"), ("Western Journalism", "organization")]
    text = "Senator Ann Kim spoke. Kim (D-Ore.) and former Gov. Lee said the bill failed."
    assert speakers(text, ("Kim (D-Ore.) and former Gov. Lee", 0)) == [("Kim (D-Ore.) and former Gov. Lee", "unknown")]

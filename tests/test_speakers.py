"""In-article speaker resolution on short made-up articles."""
import pytest
from hypothesis import given, settings, strategies as st

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
    assert speakers("Rates will hold, Fed officials hinted. Rates held, Fed said.", ("Fed", 1)) == [("Fed", "organization")]


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
    bare = ("Subsidies pleased farmers who wanted them and angered city dwellers who said prices were high. "
            "Rallies drew anti-tax activists who said little, including some who had waited, and 23 percent who "
            "left. Prices rose. That worried the mayor.")
    assert speakers(bare, ("who", 0), ("who", 1), ("who", 2), ("who", 3), ("who", 4), ("That", 0)) == [
        ("farmers", "unknown"), ("dwellers", "unknown"), ("activists", "anonymous"), ("who", "unknown"),
        ("23 percent", "unknown"), ("That", "unknown")]


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


def test_a_name_in_apposition_is_the_speaker_whichever_side_it_stands():
    text = "The council's finance chief, Ada Lindqvist, said the fund was empty."
    assert speakers(text, ("The council's finance chief, Ada Lindqvist", 0)) == [("Ada Lindqvist", "person")]
    text = "Dr Tomas Berg, a lecturer at a northern university, said the data were thin."
    assert speakers(text, ("Dr Tomas Berg, a lecturer at a northern university", 0)) == [("Tomas Berg", "person")]


def test_a_title_before_a_full_name_is_no_part_of_it():
    text = "Retired Lt. Gen. Ada Lindqvist said the base would close. Lindqvist said more."
    assert speakers(text, ("Retired Lt. Gen. Ada Lindqvist", 0), ("Lindqvist", 1)) == [("Ada Lindqvist", "person")] * 2
    text = "Harbor County Sheriff Tomas Berg said the road was shut."
    assert speakers(text, ("Harbor County Sheriff Tomas Berg", 0)) == [("Tomas Berg", "person")]


def test_people_sharing_a_surname_stay_apart_but_a_surname_finds_its_owner():
    text = "Ada Lindqvist said the vote was close. Erik Lindqvist said it was not. Mrs. Lindqvist said more."
    names = speakers(text, ("Ada Lindqvist", 0), ("Erik Lindqvist", 0), ("Mrs. Lindqvist", 0))
    assert names[0] == ("Ada Lindqvist", "person") and names[1] == ("Erik Lindqvist", "person")
    text = "Osama bin Tariq said the deal was off. Bin Tariq said it twice."
    assert speakers(text, ("Osama bin Tariq", 0), ("Bin Tariq", 0)) == [("Osama bin Tariq", "person")] * 2


def test_a_name_never_runs_across_a_sentence_end():
    text = "The hall cheered President Lindqvist. Berg said the speech was long. He said it twice."
    assert speakers(text, ("Berg", 0), ("He", 0)) == [("Berg", "person")] * 2


def test_a_single_unnamed_lawmaker_or_backbencher_is_anonymous():
    for source in ("one senior Republican lawmaker", "a Conservative backbencher"):
        text = f"It is a shambles, {source} said."
        quote = quote_with_source(text, source, content_after=False)
        resolve_speakers(text, [quote])
        assert quote.speaker.kind == "anonymous", source


def test_a_description_trailing_a_relative_clause_keeps_only_its_head():
    text = "The spokesman, who asked not to be named, said the deal was dead."
    quote = quote_with_source(text, "The spokesman, who")
    resolve_speakers(text, [quote])
    assert (quote.speaker.name, quote.speaker.kind) == ("spokesman", "anonymous")


def test_a_pronoun_inside_a_direct_quote_is_not_the_quoting_speaker_but_in_reported_speech_it_is():
    text = 'Senator Ada Moss said: "She told me the figures were wrong." Moss said she would run.'
    outer = Quote(content=[Span(text.index('"She'), text.index('wrong."') + 7)], source=[Span(0, 20)])
    inner_start = text.index("She")
    inner = Quote(content=[Span(inner_start + 12, inner_start + 34)], source=[Span(inner_start, inner_start + 3)])
    reported = text.index("she would")
    indirect = Quote(content=[Span(text.index("she would"), len(text) - 1)],
                     source=[Span(text.index("Moss said she"), text.index("Moss said she") + 4)])
    nested = Quote(content=[Span(reported + 4, len(text) - 1)], source=[Span(reported, reported + 3)])
    resolve_speakers(text, [outer, inner, indirect, nested])
    assert outer.speaker.name == "Ada Moss"
    assert (inner.speaker.name, inner.speaker.kind) == ("She", "unknown")
    assert nested.speaker.name == "Ada Moss"


def test_numbers_and_party_tags_do_not_split_a_mention():
    text = "Some 5,300 employees said they were fired. Senator Ada Moss (D-Ore.), who chairs the panel, said more."
    assert speakers(text, ("5,300 employees", 0), ("Senator Ada Moss (D-Ore.), who chairs the panel", 0)) == [
        ("5,300 employees", "anonymous"), ("Ada Moss", "person")]


def test_a_title_inside_a_description_does_not_make_a_name():
    text = "Spokesmen at the FBI and Justice Department would not discuss the case."
    assert speakers(text, ("Spokesmen at the FBI and Justice Department", 0))[0][1] == "anonymous"
    text = "Harbor County Sheriff Tomas Berg said the road was shut."
    assert speakers(text, ("Harbor County Sheriff Tomas Berg", 0)) == [("Tomas Berg", "person")]


def test_a_bare_surname_is_the_full_name_the_article_writes_most():
    text = ("Voters cheered Hillary Lindqvist in Ohio. Former President Bill Lindqvist stayed home, and "
            "Hillary Lindqvist flew west. Lindqvist said the race was close.")
    assert speakers(text, ("Lindqvist", 3)) == [("Hillary Lindqvist", "person")]
    text = "The mine was founded by Tom Berg in 1990. Mr. Berg said the coal was gone. He said it twice."
    assert speakers(text, ("Mr. Berg", 0), ("He", 0)) == [("Tom Berg", "person")] * 2


def test_a_surname_held_by_an_office_or_by_a_man_and_a_woman_gets_no_guessed_given_name():
    text = "President Lindqvist spoke. Later, Marta Lindqvist waved. President Lindqvist said the war was over."
    assert speakers(text, ("President Lindqvist", 1)) == [("Lindqvist", "person")]
    text = "Many Lindqvists voted. Mr. Lindqvist said he was tired, and Mrs. Lindqvist agreed; Marta Lindqvist left."
    assert speakers(text, ("Mr. Lindqvist", 0)) == [("Lindqvist", "person")]


def test_words_that_open_a_sentence_or_are_written_in_lower_case_are_no_given_names():
    text = ("The writer Jared Berg teaches poetry. (See Berg's essay, and see his timeline.) Whether Berg stays is open. "
            "Berg said he would stay.")
    assert speakers(text, ("Berg", 3)) == [("Jared Berg", "person")]


def test_an_and_inside_a_description_does_not_make_a_list_of_names():
    text = "Bill Moss, the pollster for The Daily Courier and NBC News, said voters were tired."
    assert speakers(text, ("Bill Moss, the pollster for The Daily Courier and NBC News", 0)) == [("Bill Moss", "person")]
    text = "Ada Moss, Tom Berg and Ann Kim said the plan failed."
    assert speakers(text, ("Ada Moss, Tom Berg and Ann Kim", 0)) == [("Ada Moss, Tom Berg and Ann Kim", "unknown")]


def test_a_pronoun_skips_back_to_the_latest_speaker_of_its_gender_or_names_no_one():
    text = "Senator Tom Berg said the bill was dead. Ada Moss said it was not. He said it twice."
    assert speakers(text, ("Senator Tom Berg", 0), ("Ada Moss", 0), ("He", 0))[2] == ("Tom Berg", "person")
    text = "Mr. Berg said the bill was dead. She said it was not."
    assert speakers(text, ("Mr. Berg", 0), ("She", 0))[1] == ("She", "unknown")
    text = "Senator Alex Berg said the bill was dead. She said it was not."
    assert speakers(text, ("Senator Alex Berg", 0), ("She", 0))[1] == ("Alex Berg", "person")  # Alex: either


def test_a_description_before_a_name_is_no_part_of_it_unless_it_only_relates_to_the_name():
    for mention in ("Oscar-winning actress Ada Moss", "conservative radio host Ada Moss", "campaign spokesman Ada Moss"):
        text = f"{mention} said the plan failed."
        assert speakers(text, (mention, 0)) == [("Ada Moss", "person")], mention
    for mention in ("supporters of Ada Moss", "voters who backed Ada Moss"):
        text = f"{mention} said the plan failed."
        assert speakers(text, (mention, 0))[0][0] == mention, mention


def test_a_role_with_a_capitalised_qualifier_describes_a_person_and_is_not_looked_up_by_title():
    text = ("Commission President Ada von der Berg spoke. The Ukrainian president said the plan failed. "
            "Russian leader said more.")
    assert speakers(text, ("Commission President Ada von der Berg", 0), ("The Ukrainian president", 0),
                    ("Russian leader", 0)) == [("Ada von der Berg", "person"), ("Ukrainian president", "person"),
                                               ("Russian leader", "person")]


def test_a_generational_suffix_does_not_hide_the_surname():
    text = "Vice President Tomas R. Berg Jr. spoke first. Mr. Berg said the vote was close."
    assert speakers(text, ("Mr. Berg", 0)) == [("Tomas R. Berg Jr", "person")]


def test_a_pronoun_that_fits_no_speaker_goes_to_the_full_name_of_its_gender_just_before():
    text = ("“Prices stay,” the chief executive, Maria Lopez, said. Her predecessor, Tom Grant, disagreed. "
            "“They will rise,” he said.")
    he = text.index(" he said") + 1
    quotes = [quote_with_source(text, "the chief executive, Maria Lopez,", content_after=False),
              Quote(content=[Span(text.index("“They"), he - 2)], source=[Span(he, he + 2)])]
    resolve_speakers(text, quotes)
    assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [("Maria Lopez", "person"), ("Tom Grant", "person")]


def test_a_bare_surname_counts_full_names_written_with_a_generational_suffix():
    text = ("Judge Tom Quist Jr. ruled on Monday. Tom Quist Jr. said the case was closed. Tom Quist Jr. said more. "
            "Ada Quist, his cousin, said the ruling was wrong. Quist said again that it stood.")
    assert speakers(text, ("Tom Quist Jr.", 0), ("Ada Quist", 0), ("Quist", 4))[2] == ("Tom Quist Jr", "person")


def test_a_definite_short_name_is_the_longer_name_the_article_writes_most():
    text = ("The Riverside Post first reported the sale, and the Hill Post repeated it. The Riverside Post said "
            "the price was high. The Post said the buyer was local.")
    assert speakers(text, ("The Post", 0)) == [("Riverside Post", "organization")]
    tied = "The Riverside Post and the Hill Post both reported it. The Post said the price was high."
    assert speakers(tied, ("The Post", 0)) == [("Post", "organization")]
    partisan = "The county Republican office opened. The Kent Republican office closed. The Republican said it was fine."
    assert speakers(partisan, ("The Republican", 0)) != [("Kent Republican", "organization")]
    chamber = "White House aides met. The White House said little. The House said the bill would pass."
    assert speakers(chamber, ("The House", 0)) == [("House", "organization")]


def test_given_names_that_are_also_places_say_nothing_of_gender():
    from onrecord.speakers.given_names import gender_of

    assert (gender_of("Sherrod"), gender_of("Kamala"), gender_of("Virginia"), gender_of("Chelsea")) == ("m", "f", None, None)
    text = "Voters in Virginia Beach met on Monday. Tom Quist said the vote was close. She said it was not."
    assert speakers(text, ("Tom Quist", 0), ("She", 0))[1] == ("She", "unknown")


def test_a_reflexive_after_a_name_is_no_part_of_it():
    text = "Senator Maria Okafor spoke first. Okafor herself said the vote was close."
    assert speakers(text, ("Okafor herself", 0)) == [("Maria Okafor", "person")]


def test_initials_are_the_name_they_spell_out_in_the_article():
    text = ("The Harbor Trade Fund cut its forecast. The HTF said growth would slow. HTF officials agreed. "
            "The NRB said nothing.")
    assert speakers(text, ("The HTF", 0), ("The NRB", 0)) == [("Harbor Trade Fund", "organization"),
                                                               ("NRB", "organization")]
    linked = "The Bureau of Coastal Surveys said tides rose. The BCS said it again."
    assert speakers(linked, ("The BCS", 0)) == [("Bureau of Coastal Surveys", "organization")]


def test_a_qualified_local_office_is_its_only_holder_named_before_unless_the_article_places_them_elsewhere():
    text = "Rep. Ada Moss spoke first. The Ohio congresswoman said the bill would pass."
    assert speakers(text, ("The Ohio congresswoman", 0)) == [("Ada Moss", "person")]
    elsewhere = "Sen. Ada Moss, R-Iowa, spoke first. The Ohio senator said the bill would pass."
    assert speakers(elsewhere, ("The Ohio senator", 0)) == [("Ohio senator", "person")]
    abbreviated = "Sen. Ada Moss (R-Ohio) spoke first. The Ohio senator said the bill would pass."
    assert speakers(abbreviated, ("The Ohio senator", 0)) == [("Ada Moss", "person")]
    two = "Sen. Ada Moss and Sen. Tom Quist spoke. The Ohio senator said the bill would pass."
    assert speakers(two, ("The Ohio senator", 0)) == [("Ohio senator", "person")]


def test_a_titled_name_ends_at_a_possessive():
    text = "Mr. Quist's Harbor Show aired on Monday. Harbor Show said it would go on."
    assert speakers(text, ("Harbor Show", 1))[0][0] == "Harbor Show"


def test_a_pronoun_takes_whom_the_sentence_before_names_before_the_last_speaker():
    def second_speaker(text, first, pronoun_occurrence=0):
        quotes = [quote_with_source(text, first, content_after=False),
                  quote_with_source(text, " he said", pronoun_occurrence, content_after=False)]
        quotes[1].source = [Span(quotes[1].source[0].start + 1, quotes[1].source[0].start + 3)]
        resolve_speakers(text, quotes)
        return quotes[1].speaker.name

    assert second_speaker("“The plan works,” said Tom Quist, a lawyer. Senator Ben Okafor bristles at the plan. "
                          "“It will fail,” he said.", "Tom Quist, a lawyer") == "Ben Okafor"
    assert second_speaker("“The plan works,” said Tom Quist, a lawyer. He praised Senator Ben Okafor for his help. "
                          "“It will pass,” he said.", "Tom Quist, a lawyer") == "Tom Quist"  # a chain of pronouns
    assert second_speaker("“The plan works,” said Tom Quist. Quist thanked Senator Ben Okafor. “It will pass,” he said.",
                          "Tom Quist") == "Tom Quist"
    assert second_speaker("“The plan works,” said Tom Quist. “Senator Ben Okafor is wrong,” he said.",
                          "Tom Quist") == "Tom Quist"
    assert second_speaker("“The plan works,” said Tom Quist, an aide to George W. Bush. “It will pass,” he said.",
                          "Tom Quist, an aide to George W. Bush") == "Tom Quist"
    assert second_speaker("“The plan works,” said Tom Quist. The debate went on. Senator Lee Holt’s colleague Ben "
                          "Okafor was booed after he said it would fail.", "Tom Quist") == "Ben Okafor"  # own sentence
    assert second_speaker("“The plan works,” said Tom Quist. The debate went on. He attacked a deal made by Senator "
                          "Ben Okafor, and he said it would fail.", "Tom Quist") == "Tom Quist"  # `by`, after a he
    assert second_speaker("“The plan works,” said President Tom Quist. The article was milder than the president’s "
                          "call for Ben Okafor’s exit. “He must go,” he said.", "President Tom Quist") == "Tom Quist"


def test_a_pronoun_no_speaker_explains_goes_to_the_person_of_its_gender_named_sentences_before():
    text = "Rhys Tallon, the conductor, died on Friday. He was 84.\n\n“Silence is music too,” he said in 1992."
    assert speakers(text, ("he", 0)) == [("Rhys Tallon", "person")]


def test_a_he_opening_its_sentence_takes_whom_the_sentence_before_names():
    text = "“We are ready,” said Tom Quist. Rival coach Ben Okafor was calmer. He said the match would be close."
    assert speakers(text, ("Tom Quist", 0), ("He", 0)) == [("Tom Quist", "person"), ("Ben Okafor", "person")]


def test_a_relative_pronoun_after_a_place_of_work_speaks_for_the_person_working_there():
    text = "Aid went to Ada Moss, a clerk at the Harbor Authority who said the plan failed."
    assert speakers(text, ("who", 0)) == [("Ada Moss", "person")]
    named = "Aid went to Ada Moss of the Harbor Authority, who said the plan failed."
    assert speakers(named, ("who", 0)) == [("Ada Moss", "person")]
    share = "It angered a lot of Democrats who said the plan failed."
    assert speakers(share, ("who", 0))[0][0] != "a lot"
    town = "Ada Moss, a clerk in Dayton, Ohio, who said the plan failed, left. Tom Quist from Ohio, who said so, stayed."
    assert speakers(town, ("who", 0), ("who", 1)) == [("Ada Moss", "person"), ("Tom Quist", "person")]


def test_a_name_described_as_an_organisation_is_one():
    text = "Funds came from Harborview, a private foundation that said the plan failed. It said more."
    assert speakers(text, ("that", 0), ("It", 0)) == [("Harborview", "organization")] * 2
    person = "Ada Moss, a lawyer who runs a foundation, said the plan failed."
    assert speakers(person, ("Ada Moss, a lawyer who runs a foundation", 0)) == [("Ada Moss", "person")]



def test_a_description_is_the_person_the_article_described_so_before():
    text = ("Ohio businessman Tom Quist and President Ada Moss met. The Ohio businessman said the plan failed. "
            "Ukrainian President Petro Ivanenko arrived. The Ukrainian president said little. "
            "The Texas businessman said more.")
    assert speakers(text, ("The Ohio businessman", 0), ("The Ukrainian president", 0), ("The Texas businessman", 0)) == [
        ("Tom Quist", "person"), ("Petro Ivanenko", "person"), ("Texas businessman", "person")]
    apposed = "Tom Quist, a veteran pollster, spoke first. The pollster said the race was close."
    assert speakers(apposed, ("The pollster", 0)) == [("Tom Quist", "person")]
    subject = ("Senator Tom Quist toured Ohio. Quist met voters. Quist met Ada Moss. Quist said little. "
               "The retired surgeon said the plan failed.")
    assert speakers(subject, ("The retired surgeon", 0)) == [("Tom Quist", "person")]  # whom the article is about
    balanced = "Senator Tom Quist met Senator Ada Moss. Quist and Moss spoke. The retired surgeon said the plan failed."
    assert speakers(balanced, ("The retired surgeon", 0)) == [("The retired surgeon", "person")]


def test_a_description_left_unresolved_is_no_antecedent_for_a_pronoun():
    text = "“It is over,” Senator Ada Moss said. The Texas governor said the plan failed. “It is,” she said."
    quotes = [quote_with_source(text, "Senator Ada Moss", content_after=False),
              quote_with_source(text, "The Texas governor"),
              quote_with_source(text, "she", content_after=False)]
    resolve_speakers(text, quotes)
    assert [q.speaker.name for q in quotes] == ["Ada Moss", "Texas governor", "Ada Moss"]



def test_an_organisation_noun_takes_the_name_written_before_with_it():
    text = ("Harbor Board Spends Big.\nThe Harbor Supreme Court ruled. Tom Quist welcomed it. "
            "Aid went to the Kent Alliance for Fair Schools. But the Harbor Court of Appeals disagreed. "
            "The alliance said it would go on. The appeals court said the case was closed. The board said no.")
    assert speakers(text, ("The alliance", 0), ("The appeals court", 0), ("The board", 0)) == [
        ("Kent Alliance for Fair Schools", "organization"), ("Harbor Court of Appeals", "organization"),
        ("The board", "organization")]  # a Title Case headline names no board


def test_dotted_initials_and_reverends_are_named_in_full():
    text = "The Harbor Revenue Service wrote. The H.R.S. said taxes rose. The Rev. Ada Moss, of Kent Chapel, said more."
    assert speakers(text, ("The H.R.S.", 0), ("The Rev. Ada Moss, of Kent Chapel,", 0)) == [
        ("Harbor Revenue Service", "organization"), ("Ada Moss", "person")]


NEWS_WORDS = ["he", "she", "who", "that", "the", "a", "Senator", "Sen.", "Mr.", "Ada", "Moss", "Moss's", "IMF",
              "International", "Monetary", "Fund", "of", "at", "staffer", "foundation", "said", "R-Iowa", "(D-Ohio)",
              "Ohio", "senator", "“", "”", "''", "\"", ",", ".", "\n", "W.", "Jr.", "They", "It", "His", "group", "(",
              ")", "5,300"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=40), st.data())
def test_resolution_never_raises_and_names_every_sourced_attribution(words, data):
    """News-shaped word salad with sources over any run of its words: the regex-built resolver must not crash."""
    text = " ".join(words)
    starts = [sum(len(word) + 1 for word in words[:n]) for n in range(len(words))]
    quotes = []
    for _ in range(data.draw(st.integers(1, 4))):
        first = data.draw(st.integers(0, len(words) - 1))
        last = data.draw(st.integers(first, min(len(words) - 1, first + 8)))
        start, end = starts[first], starts[last] + len(words[last])
        quotes.append(Quote(content=[Span(end, len(text))] if end < len(text) else [Span(0, start or 1)],
                            source=[Span(start, end)]))
    for quote in resolve_speakers(text, quotes):
        assert quote.speaker is not None and quote.speaker.kind in ("person", "organization", "anonymous", "unknown")


def test_a_person_of_an_organisation_is_the_person_working_there():
    text = ("Ada Moss of the Harbor Authority said the fee was small. Bank of America said it was fair. "
            "Tom Quist of Ohio and Lisa Lee of Iowa said it was not.")
    quotes = [quote_with_source(text, "Ada Moss of the Harbor Authority"), quote_with_source(text, "Bank of America"),
              quote_with_source(text, "Tom Quist of Ohio and Lisa Lee of Iowa")]
    resolve_speakers(text, quotes)
    assert [(q.speaker.name, q.speaker.kind, q.speaker.affiliation) for q in quotes] == [
        ("Ada Moss", "person", "Harbor Authority"), ("Bank of America", "organization", None),
        ("Tom Quist of Ohio and Lisa Lee of Iowa", "unknown", None)]


def test_an_honorific_picks_the_person_of_its_gender_among_those_sharing_a_surname():
    text = ("Robert Hale said the branch must close. Linda Hale runs the library. “We never asked,” Ms. Hale said. "
            "Barack Obama spoke. Michelle Obama agreed. Mr. Obama said more.")
    assert speakers(text, ("Ms. Hale", 0), ("Mr. Obama", 0)) == [("Linda Hale", "person"), ("Barack Obama", "person")]


def test_a_pronoun_skips_the_last_speaker_when_a_given_name_says_another_gender():
    text = ("Governor Elena Vasquez said the state needed money. Senator Thomas Brandt disagreed. "
            "He said the state had enough.")
    assert speakers(text, ("Governor Elena Vasquez", 0), ("He", 0)) == [
        ("Elena Vasquez", "person"), ("Thomas Brandt", "person")]


def test_words_of_a_title_no_list_holds_are_dropped_before_a_given_name():
    text = "Chief Executive Laura Benning spoke. Secretary of State Paul Whitmore spoke. Striker Jonas Albrecht spoke."
    assert speakers(text, ("Chief Executive Laura Benning", 0), ("Secretary of State Paul Whitmore", 0),
                    ("Striker Jonas Albrecht", 0)) == [
        ("Laura Benning", "person"), ("Paul Whitmore", "person"), ("Jonas Albrecht", "person")]


def test_a_bare_given_name_is_the_one_person_the_article_names_with_it():
    text = "Denise Carter runs the bakery. Tom Quist and Tom Hale own the shop. Later, Denise said so. Tom said no."
    assert speakers(text, ("Denise", 1), ("Tom", 2)) == [("Denise Carter", "person"), ("Tom", "person")]


def test_a_contracted_pronoun_is_the_pronoun():
    text = "Tom Quist spoke first. He’s said it before. They’ve said it since."
    assert speakers(text, ("He’s", 0), ("They’ve", 0)) == [("Tom Quist", "person"), ("They’ve", "unknown")]


def test_a_description_by_age_or_party_is_the_person_just_named():
    text = ("Maria Lopez had lived in the town all her life. The 67-year-old said so. Senator Tom Brandt voted no. "
            "The Kansas Republican said so.")
    assert speakers(text, ("The 67-year-old", 0), ("The Kansas Republican", 0)) == [
        ("Maria Lopez", "person"), ("Tom Brandt", "person")]


def test_a_surname_with_a_lowercase_particle_is_a_name():
    text = "Gloria van der Berg criticized the plan. Later van der Berg said it failed."
    assert speakers(text, ("Gloria van der Berg", 0), ("van der Berg", 1)) == [("Gloria van der Berg", "person")] * 2


def test_a_document_speaks_for_who_issued_it():
    text = "A statement from Harlow Dynamics said it would appeal. A letter from Senator Ada Moss said no."
    assert speakers(text, ("A statement from Harlow Dynamics", 0), ("A letter from Senator Ada Moss", 0)) == [
        ("Harlow Dynamics", "organization"), ("Ada Moss", "person")]


def test_a_description_matches_the_whole_title_before_its_last_word():
    text = ("Economy Minister Ingrid Solberg said the budget was sound. Prime Minister Aleksander Nowak thanked her. "
            "The prime minister said the vote would be Friday.")
    assert speakers(text, ("Economy Minister Ingrid Solberg", 0), ("Prime Minister Aleksander Nowak", 0),
                    ("The prime minister", 0))[-1] == ("Aleksander Nowak", "person")


def interview_quotes(text):
    def span(phrase, after=0):
        start = text.index(phrase, after)
        return Span(start, start + len(phrase))
    question, answer = span("Q"), span("A", text.index("\nA") + 1)
    return [Quote(content=[Span(question.end + 2, answer.start - 2)], cue=[Span(question.end, question.end + 1)],
                  source=[question], type="direct"),
            Quote(content=[Span(answer.end + 2, len(text))], cue=[Span(answer.end, answer.end + 1)],
                  source=[answer], type="direct"),
            Quote(content=[span("to pay more")], cue=[span("ask")], source=[span("I", answer.end)], type="indirect")]


def test_interview_answers_and_the_i_inside_them_are_the_person_introduced_first():
    for intro, answerer in (("Mayor Tanya Brooks sat down with the Gazette.", "Tanya Brooks"),
                            ("In an interview with The Ledger, actress Diane Moss looked back.", "Diane Moss"),
                            ("Inside the Comeback of Diane Moss\n\nDiane Moss spoke to us from Lyon.", "Diane Moss")):
        text = intro + "\n\nQ: Will taxes rise?\nA: No. I will not ask homeowners to pay more."
        quotes = resolve_speakers(text, interview_quotes(text))
        assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [
            ("interviewer", "unknown"), (answerer, "person"), (answerer, "person")]


def test_a_transcript_introduced_by_its_questioning_has_the_questioner_ask_and_the_witness_answer():
    for intro in ("Prosecutor Helen Marsh questioned the witness, Colin Abbot.",
                  "Under questioning from prosecutor Helen Marsh, Colin Abbot described the meeting."):
        text = intro + "\n\nQ: Will taxes rise?\nA: No. I will not ask homeowners to pay more."
        quotes = resolve_speakers(text, interview_quotes(text))
        assert [(q.speaker.name, q.speaker.kind) for q in quotes] == [
            ("Helen Marsh", "person"), ("Colin Abbot", "person"), ("Colin Abbot", "person")]


def test_a_label_inside_a_line_is_no_interview_answer():
    text = "Mayor Tanya Brooks spoke. Plan A: cut the budget now."
    label = text.index("A:")
    quote = Quote(content=[Span(label + 3, len(text))], cue=[Span(label + 1, label + 2)], source=[Span(label, label + 1)],
                  type="direct")
    assert resolve_speakers(text, [quote])[0].speaker.name == "A"


def test_a_one_word_name_the_article_shows_to_be_a_business_is_an_organization():
    text = ("Chipmaker Nvidia reported record revenue. Nvidia said its supply would improve. "
            "Meta said in a blog post that it would appeal. The company said it had done nothing wrong.")
    assert speakers(text, ("Chipmaker Nvidia", 0), ("Nvidia", 1), ("Meta", 0), ("The company", 0)) == [
        ("Nvidia", "organization"), ("Nvidia", "organization"), ("Meta", "organization"), ("Meta", "organization")]


def test_a_surname_saying_it_stays_the_person():
    text = "Donald Trump spoke in Ohio. Trump said it will be a great year. Trump said its tariffs work."
    assert speakers(text, ("Trump", 1), ("Trump", 2)) == [("Donald Trump", "person")] * 2


def test_news_agencies_are_organizations_and_a_name_ending_un_is_no_un():
    text = "Xinhua said the talks went well. Leader Kim Jong Un said the talks went well."
    assert speakers(text, ("Xinhua", 0), ("Kim Jong Un", 0)) == [("Xinhua", "organization"), ("Kim Jong Un", "person")]


def test_a_player_described_by_position_is_the_person_just_named():
    text = 'Liam Doyle missed a penalty. "It was bad," the veteran midfielder said.'
    assert speakers(text, ("the veteran midfielder", 0)) == [("Liam Doyle", "person")]


def test_states_agencies_and_companies_by_their_names_and_descriptions_are_organizations():
    text = ("Beijing said the ship rammed a vessel. The Food and Drug Administration approved the drug. "
            "The agency said it was safe. Paramount Pictures said the film was delayed. WHO said supplies were low.")
    assert speakers(text, ("Beijing", 0), ("The agency", 0), ("Paramount Pictures", 0), ("WHO", 0)) == [
        ("Beijing", "organization"), ("Food and Drug Administration", "organization"),
        ("Paramount Pictures", "organization"), ("WHO", "organization")]


def test_unnamed_groups_are_anonymous_and_an_unresolved_description_is_no_antecedent():
    text = "Safety advocates said the recall was small. The league said the ban would stand. They said more."
    assert speakers(text, ("Safety advocates", 0), ("The league", 0), ("They", 0)) == [
        ("Safety advocates", "anonymous"), ("The league", "organization"), ("Safety advocates", "anonymous")]


def test_he_after_an_unnamed_source_who_just_spoke_is_that_source_unless_someone_is_named_between():
    def resolved(text):
        def span(phrase):
            return Span(text.rindex(phrase), text.rindex(phrase) + len(phrase))
        quotes = [Quote(content=[span('"It was an accident,"')], source=[span("Tom Moss")]),
                  Quote(content=[span("the incident was serious")], source=[span("A Western diplomat")]),
                  Quote(content=[span('"Both sides are testing each other,"')], source=[span("he")])]
        return [(q.speaker.name, q.speaker.kind) for q in resolve_speakers(text, quotes)][2]
    assert resolved('"It was an accident," Tom Moss said. A Western diplomat said the incident was serious. '
                    '"Both sides are testing each other," he said.') == ("Western diplomat", "anonymous")
    assert resolved('"It was an accident," Tom Moss said. A Western diplomat said the incident was serious for Moss. '
                    '"Both sides are testing each other," he said.') == ("Tom Moss", "person")


def test_a_surname_takes_the_given_name_after_a_capitalised_position():
    text = 'Quarterback Marcus Tillery threw two picks. "It was bad," Tillery said.'
    assert speakers(text, ("Tillery", 1)) == [("Marcus Tillery", "person")]


def test_the_statement_speaks_for_whoever_issued_it_and_the_band_for_the_band():
    text = ('The Kremlin issued a statement on Monday. "We will find other markets," the statement read. '
            'The Hollow Pines congratulated her. "Nobody deserved it more," the band wrote.')
    assert speakers(text, ("The Kremlin", 0), ("the statement", 0), ("The Hollow Pines", 0), ("the band", 0)) == [
        ("Kremlin", "organization"), ("Kremlin", "organization"), ("Hollow Pines", "organization"),
        ("Hollow Pines", "organization")]


def test_a_name_joined_by_an_ampersand_is_an_organization():
    text = "Procter & Gamble said it would appeal."
    assert speakers(text, ("Procter & Gamble", 0)) == [("Procter & Gamble", "organization")]


def test_a_longer_name_introduced_by_what_it_is_is_an_organization_but_not_one_opening_with_a_given_name():
    text = ("Watchdog group Harbour Integrity said the audit was late. Rating agency Castell Scores said the debt "
            "was safe. The group Maria Lopez founded said nothing. Maria Lopez said more.")
    assert speakers(text, ("Harbour Integrity", 0), ("Castell Scores", 0), ("Maria Lopez", 1)) == [
        ("Harbour Integrity", "organization"), ("Castell Scores", "organization"), ("Maria Lopez", "person")]


def test_a_title_opening_the_name_of_a_group_the_article_introduces_is_part_of_the_name():
    text = "Advocacy group Senator Watch said the bill was rushed. Senator Ada Moss said it was not."
    assert speakers(text, ("Advocacy group Senator Watch", 0), ("Senator Ada Moss", 0)) == [
        ("Senator Watch", "organization"), ("Ada Moss", "person")]


def test_a_position_no_title_list_holds_is_dropped_before_a_name_but_an_organisation_stays_whole():
    text = ("Chief Financial Officer Dana Okoro said margins held. Detective Sergeant Ravi Anand said the case was "
            "closed. The Economist Intelligence Unit said growth would slow.")
    assert speakers(text, ("Chief Financial Officer Dana Okoro", 0), ("Detective Sergeant Ravi Anand", 0),
                    ("The Economist Intelligence Unit", 0)) == [
        ("Dana Okoro", "person"), ("Ravi Anand", "person"), ("Economist Intelligence Unit", "organization")]


def test_unnamed_jurors_traders_and_fund_managers_are_anonymous():
    text = ("One juror said the video mattered. A portfolio manager at a Leeds-based fund said rates would rise. "
            "Traders said the selloff was overdone.")
    assert [kind for _, kind in speakers(text, ("One juror", 0), ("A portfolio manager at a Leeds-based fund", 0),
                                         ("Traders", 0))] == ["anonymous"] * 3


def test_one_unnamed_resident_nurse_or_representative_is_anonymous():
    text = ("One resident said the road flooded. A nurse at the clinic said staff were tired. A representative of "
            "Tarn Waste said the firm would pay.")
    assert [kind for _, kind in speakers(text, ("One resident", 0), ("A nurse at the clinic", 0),
                                         ("A representative of Tarn Waste", 0))] == ["anonymous"] * 3


def test_the_orchestra_and_the_hospital_are_the_ones_named_before():
    text = ("The Dunmore Philharmonic said its tour was off. The orchestra said refunds would follow. Kelby General "
            "Hospital said it was full. The hospital said beds were short.")
    assert speakers(text, ("The Dunmore Philharmonic", 0), ("The orchestra", 0), ("Kelby General Hospital", 0),
                    ("The hospital", 0))[1::2] == [
        ("Dunmore Philharmonic", "organization"), ("Kelby General Hospital", "organization")]


def test_an_operator_introduced_by_what_it_is_is_an_organization():
    text = "Power is out, according to Voltmark, the regional grid operator. Rail operator Tarnline says trains are off."
    assert speakers(text, ("Voltmark", 0), ("Rail operator Tarnline", 0)) == [
        ("Voltmark", "organization"), ("Tarnline", "organization")]


def test_a_surname_takes_the_given_name_written_after_a_plural_title_a_list_comma_or_a_councilmember():
    text = ("Councilmember Otis Prewitt moved to delay the vote. Commissioners Gail Somerby, Ray Ortolano and Peter "
            "Vance voted in favor.\n\nPrewitt said it was rushed. Somerby said she agreed. Ortolano said he did not.")
    assert [name for name, _ in speakers(text, ("Prewitt", 1), ("Somerby", 1), ("Ortolano", 1))] == [
        "Otis Prewitt", "Gail Somerby", "Ray Ortolano"]


def test_a_qualified_player_or_a_demonym_is_the_person_just_named():
    text = ("Tomasz Wilk scored twice. “I want to start,” the Polish striker said. Hugo Moreland was calm. “Goals will "
            "come,” the Spaniard said.")
    assert speakers(text, ("the Polish striker", 0), ("the Spaniard", 0)) == [
        ("Tomasz Wilk", "person"), ("Hugo Moreland", "person")]


def test_a_description_opening_a_sentence_is_no_name_and_colleagues_are_anonymous():
    text = "An exit poll for the broadcaster suggests a hung parliament. Colleagues said she was tireless."
    assert speakers(text, ("An exit poll for the broadcaster", 0), ("Colleagues", 0)) == [
        ("An exit poll for the broadcaster", "unknown"), ("Colleagues", "anonymous")]


def test_a_described_person_of_an_institution_is_named_without_either():
    text = "Political scientist Lotte Aasen of the University of Hallby says the count is close."
    quotes = [quote_with_source(text, "Political scientist Lotte Aasen of the University of Hallby")]
    resolve_speakers(text, quotes)
    assert (quotes[0].speaker.name, quotes[0].speaker.affiliation) == ("Lotte Aasen", "University of Hallby")


def test_an_acronym_spells_out_to_the_whole_name_but_not_to_the_next_organisation():
    text = ("The Office for Budget Oversight and Regulation tracks it. The OBO said costs rose. The National Farmers "
            "Association and Greenfield met. The NFA said prices fell.")
    assert [name for name, _ in speakers(text, ("The OBO", 0), ("The NFA", 0))] == [
        "Office for Budget Oversight and Regulation", "National Farmers Association"]


def test_a_given_name_tells_a_gender_a_relative_s_honorific_does_not():
    text = ("Margaret Ellery died on Sunday, her son, Daniel Ellery, said. Ms. Ellery ran the library for 40 years. "
            "“Books are doors,” she once said.")
    assert speakers(text, ("her son, Daniel Ellery", 0), ("she", 0)) == [
        ("Daniel Ellery", "person"), ("Margaret Ellery", "person")]


def test_police_in_any_case_is_an_organization():
    text = "A man was held, police said. The police said a gun was found."
    assert speakers(text, ("police", 0), ("The police", 0)) == [("police", "organization"), ("The police", "organization")]


def test_a_witness_a_fan_and_an_indefinite_role_are_anonymous_and_a_she_after_the_witness_is_the_witness():
    text = ("A witness said the car was fast. “It was nothing,” she said. One fan wrote that the show was over. "
            "A European ambassador said the visas never came.")
    assert speakers(text, ("A witness", 0), ("she", 0), ("One fan", 0), ("A European ambassador", 0)) == [
        ("witness", "anonymous"), ("witness", "anonymous"), ("fan", "anonymous"), ("European ambassador", "anonymous")]


def test_the_holder_of_a_role_of_somewhere_is_a_person():
    text = "The prime minister of Estavia said talks would resume. The father of the boy said he was kind."
    assert [kind for _, kind in speakers(text, ("The prime minister of Estavia", 0), ("The father of the boy", 0))] == [
        "person", "person"]


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name():
    text = "Actress Celeste Amory says she almost quit. Rapper Dion Vale said he was retiring."
    assert speakers(text, ("Actress Celeste Amory", 0), ("Rapper Dion Vale", 0)) == [
        ("Celeste Amory", "person"), ("Dion Vale", "person")]


def test_the_company_is_an_organisation_shown_doing_business():
    text = ("Fenwick & Rowe said it would close 38 stores. The company said the closures were needed. Halden Retail "
            "said it would cut jobs.")
    assert speakers(text, ("Fenwick & Rowe", 0), ("The company", 0), ("Halden Retail", 0)) == [
        ("Fenwick & Rowe", "organization"), ("Fenwick & Rowe", "organization"), ("Halden Retail", "organization")]


def test_one_word_of_an_organisation_s_name_is_the_organisation_unless_it_is_someone_s_surname():
    text = ("Solvane Technologies reported higher revenue. Solvane said it would buy back shares. Ada Quist founded "
            "Quist Holdings. Quist said she would stay.")
    assert speakers(text, ("Solvane", 1), ("Quist", 2)) == [
        ("Solvane Technologies", "organization"), ("Ada Quist", "person")]


def test_the_holder_of_an_office_of_a_place_named_after_a_comma_is_who_the_office_means():
    text = "The president will meet the governor of Colorado, Lucas Pratt. “We need help,” the governor said."
    assert speakers(text, ("the governor", 1)) == [("Lucas Pratt", "person")]


def test_a_statement_opening_a_sentence_is_from_the_subject_after_it():
    text = ("In a statement released through their lawyer, the Okafor family praised the police. “He was our light,” "
            "the statement said.")
    assert speakers(text, ("the statement", 0)) == [("Okafor family", "organization")]


def test_political_titles_and_labels_name_people():
    text = ("Rep. Marisol Delgado spoke first. Later, Rep. Delgado said the talks were over. The race against Democrat "
            "Keisha Boyd is tied. “I will win,” Boyd said. Former President Clay Trumbull held a rally. “They are "
            "coming,” the former president said. The state teachers union said it disagreed.")
    assert speakers(text, ("Rep. Delgado", 0), ("Boyd", 1), ("the former president", 0),
                    ("The state teachers union", 0)) == [
        ("Marisol Delgado", "person"), ("Keisha Boyd", "person"), ("Clay Trumbull", "person"),
        ("The state teachers union", "organization")]


def test_a_poll_speaks_as_itself_with_its_pollster_and_consultants_are_anonymous():
    text = "A Halden poll released Tuesday found the race tied. One GOP consultant said the ad was weak."
    quotes = [quote_with_source(text, "A Halden poll released Tuesday"), quote_with_source(text, "One GOP consultant")]
    resolve_speakers(text, quotes)
    assert [(q.speaker.name, q.speaker.kind, q.speaker.affiliation) for q in quotes] == [
        ("A Halden poll released Tuesday", "unknown", "Halden"), ("GOP consultant", "anonymous", "GOP")]


def test_a_named_person_of_a_place_in_apposition_to_a_description_is_the_speaker():
    text = "A Holloway ally, Rep. Janet Pike of Ohio, told reporters she was confident."
    assert speakers(text, ("A Holloway ally, Rep. Janet Pike of Ohio", 0)) == [("Janet Pike", "person")]


def test_a_pronoun_no_speaker_of_its_gender_fits_goes_to_the_latest_whose_name_tells_no_gender():
    text = "Clay Trumbull said the polls were rigged. Gov. Lydia Sandoval said they were not. He then said she was wrong."
    assert speakers(text, ("Clay Trumbull", 0), ("Gov. Lydia Sandoval", 0), ("He", 0))[2] == ("Clay Trumbull", "person")


def test_who_after_a_role_for_a_named_person_is_the_one_in_the_role():
    text = "A major fundraiser for Sen. Ada Moss, who asked not to be identified, said donors held back."
    assert speakers(text, ("who", 0)) == [("major fundraiser", "anonymous")]


def test_an_epithet_before_a_titled_name_is_no_part_of_it():
    text = "The bill passed, but the embattled Rep. Walter Gibbs said it was a graveyard."
    assert speakers(text, ("the embattled Rep. Walter Gibbs", 0)) == [("Walter Gibbs", "person")]


def test_his_campaign_is_the_campaign_of_whom_his_means():
    text = "Former Gov. Dale Henricksen said he had no plans to debate. His campaign later said he would attend a forum."
    assert speakers(text, ("Former Gov. Dale Henricksen", 0), ("His campaign", 0))[1] == (
        "Henricksen campaign", "organization")


def test_a_justice_is_the_judge():
    text = 'Justice Maeve Corrigan jailed the broker. "You betrayed them," the judge told him.'
    assert speakers(text, ("the judge", 0)) == [("Maeve Corrigan", "person")]


def test_some_of_a_group_is_described_by_the_group():
    text = "Two of the five board members said the fund was sound. One of their aides said more."
    assert speakers(text, ("Two of the five board members", 0), ("One of their aides", 0)) == [
        ("five board members", "anonymous"), ("aides", "anonymous")]


def test_a_capitalised_office_in_apposition_is_held_by_the_name():
    text = ("The Foreign Secretary, Nadia Brennan, rejected the report on Tuesday. "
            "Later the Foreign Secretary said the talks would go on.")
    assert speakers(text, ("The Foreign Secretary, Nadia Brennan", 0), ("the Foreign Secretary", 0)) == [
        ("Nadia Brennan", "person")] * 2


def test_a_knight_called_by_the_given_name_is_the_knight():
    text = "Sir Ambrose Tilney said the port would close. Sir Ambrose later told staff that it would reopen."
    assert speakers(text, ("Sir Ambrose Tilney", 0), ("Sir Ambrose", 1)) == [("Sir Ambrose Tilney", "person")] * 2


def test_a_pronoun_reaches_a_full_name_of_no_known_gender_in_the_sentence_before():
    text = "The Mill Cooperative met on Friday. Ysolde Orwell runs its bakery. She said the rent had doubled."
    assert speakers(text, ("She", 0)) == [("Ysolde Orwell", "person")]


def test_an_indefinite_person_noun_is_an_unnamed_source():
    text = "One junior whip conceded the vote was lost. A veteran surveyor warned that the bridge was unsafe."
    assert [kind for _, kind in speakers(text, ("One junior whip", 0), ("A veteran surveyor", 0))] == [
        "anonymous", "anonymous"]


def test_a_source_who_declined_to_be_named_is_anonymous_whatever_the_noun():
    text = "A second chemist, who declined to be named, said the samples were mixed up."
    quote = quote_with_source(text, "A second chemist")
    resolve_speakers(text, [quote])
    assert quote.speaker.kind == "anonymous"


def test_the_company_is_no_public_body_shown_with_which():
    text = ("Harlow Industries said it would withdraw its kettles. The Trading Standards Office, which tested them, "
            "warned buyers. The company said buyers would be repaid.")
    quotes = [quote_with_source(text, s) for s in ("Harlow Industries", "The Trading Standards Office", "The company")]
    resolve_speakers(text, quotes)
    assert quotes[2].speaker.name == "Harlow Industries"


def test_the_company_is_the_business_the_text_introduced_in_apposition():
    text = "The trial was paid for by Quillon, a seed company based in Ghent. The company said it had no say in it."
    assert speakers(text, ("The company", 0)) == [("Quillon", "organization")]


def test_some_of_your_group_is_described_by_the_group():
    text = "Many of your neighbours say the hedge is too tall."
    assert speakers(text, ("Many of your neighbours", 0)) == [("neighbours", "anonymous")]


def test_another_of_a_group_is_the_name_apposed_after_it():
    text = "One union steward said the offer was an insult. Another, the shift leader Corin Waddell, said it was fair."
    assert speakers(text, ("Another", 0)) == [("Corin Waddell", "person")]


def test_a_pronoun_skips_a_pair_of_capitals_after_a_preposition():
    text = "Tom Reilly spoke for the tenants. The dispute began in Corvo Lanes. He said the rent was fair."
    assert speakers(text, ("Tom Reilly", 0), ("He", 0)) == [("Tom Reilly", "person")] * 2



@pytest.mark.parametrize("text, sources, expected", [
    # `One` or `Another` before a profession qualifies no role: an unnamed source of that profession
    ("One academic said the data were thin. Another academic said the trial was far too small. "
     "One professor said it should go on.", [("One academic", 0), ("Another academic", 0), ("One professor", 0)],
     [("academic", "anonymous"), ("academic", "anonymous"), ("professor", "anonymous")]),
    # a journal is an organisation, as a newspaper is
    ("Bees can count to four, according to a paper published on Monday in the journal Apis Letters.",
     [("a paper published on Monday in the journal Apis Letters", 0)], [("Apis Letters", "organization")]),
    # the team of a person of a university is the university, not an organisation named after the person
    ("Professor Rahul Menon of Eastbridge University led the study. The team plans to test larger hives next year.",
     [("The team", 0)], [("Eastbridge University", "organization")]),
    # `The official` is the unnamed official just described, and so is a he after it
    ("A senior official from the state of Ostrava said talks had stalled. The official said a deal could still "
     "come this week. He said the border would open.",
     [("A senior official from the state of Ostrava", 0), ("The official", 0), ("He", 0)],
     [("senior official from the state of Ostrava", "anonymous")] * 3),
])
def test_unnamed_sources_and_the_organisations_of_named_ones(text, sources, expected):
    assert speakers(text, *sources) == expected

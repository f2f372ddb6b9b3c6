"""Canonical speakers across made-up articles: merge the same person, keep others apart."""
from onrecord.analysis.attributions import AttributionRef
from onrecord.analysis.names import name_key, parse_name
from onrecord.analysis.speakers import anonymous_type, canonical_speakers
from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker


def article(doc_id: str, text: str, said: list[tuple[str, str, str, str]], published: str | None = None,
            outlet: str | None = None) -> ExtractedDocument:
    """Quotes given as (content, speaker name, kind, mention) found in `text`."""
    quotes = []
    for content, name, kind, mention in said:
        start = text.index(content)
        source_start = text.index(mention) if mention in text else 0
        quotes.append(Quote(content=[Span(start, start + len(content))],
                            source=[Span(source_start, source_start + len(mention))],
                            speaker=Speaker(name, kind, mention, descriptor=name if kind == "anonymous" else None)))
    return ExtractedDocument(Document(doc_id, text, outlet=outlet, published=published), quotes)


FIRST = article("a1", "President Joe Biden spoke on Monday. “We will hold the line,” Biden said. "
                      "“The talks went well,” a senior White House official said.",
                [("“We will hold the line,”", "Joe Biden", "person", "Biden"),
                 ("“The talks went well,”", "senior White House official", "anonymous", "a senior White House official")],
                published="2022-03-01", outlet="Daily Planet")
SECOND = article("a2", "“Nothing has changed,” said President Biden, who met Chancellor Olaf Scholz. "
                       "“We disagree,” White House officials said.",
                 [("“Nothing has changed,”", "Biden", "person", "President Biden"),
                  ("“We disagree,”", "White House officials", "anonymous", "White House officials")],
                 published="2022-05-02", outlet="Evening Star")
THIRD = article("a3", "Joseph Biden arrived late. “I am tired,” the president said.",
                [("“I am tired,”", "Joseph Biden", "person", "the president")], published="2022-06-01")


def test_name_variants_of_one_person_merge_with_their_roles_and_dates():
    index = canonical_speakers([FIRST, SECOND, THIRD])
    people = [s for s in index.speakers.values() if s.kind == "person"]
    assert len(people) == 1
    biden = people[0]
    assert biden.name == "Joe Biden"
    assert biden.documents == {"a1", "a2", "a3"}
    assert {"Biden", "President Biden"} <= set(biden.aliases)
    assert biden.roles["president"].first_seen == "2022-03-01"
    assert biden.roles["president"].last_seen == "2022-06-01"
    assert biden.outlets == {"Daily Planet", "Evening Star"}


def test_anonymous_officials_are_typed_groups_never_merged_with_named_people():
    index = canonical_speakers([FIRST, SECOND])
    anonymous = {s.name: s for s in index.speakers.values() if s.kind == "anonymous"}
    assert set(anonymous) == {"senior White House official", "White House official"}
    biden = index.find("Biden")[0]
    assert all(index.of(ref).kind == "person" for ref in biden.mentions)
    assert not set(anonymous["White House official"].mentions) & set(biden.mentions)


def test_two_smiths_with_different_first_names_stay_apart():
    john = article("s1", "John Smith, a farmer, spoke. “Rain is late,” Smith said.",
                   [("“Rain is late,”", "John Smith", "person", "Smith")])
    mary = article("s2", "Mary Smith runs the mill. “Prices are up,” Smith said.",
                   [("“Prices are up,”", "Mary Smith", "person", "Smith")])
    index = canonical_speakers([john, mary])
    names = sorted(s.name for s in index.speakers.values())
    assert names == ["John Smith", "Mary Smith"]


def test_a_bare_surname_its_article_cannot_settle_is_not_merged_across_articles():
    both = article("c1", "Ann Clark and Bob Clark disagreed. “No,” Clark said.",
                   [("“No,”", "Clark", "person", "Clark")])
    ann = article("c2", "Ann Clark spoke. “Yes,” Ann Clark said.", [("“Yes,”", "Ann Clark", "person", "Ann Clark")])
    index = canonical_speakers([both, ann])
    assert index.of(AttributionRef("c1", 0)).id != index.of(AttributionRef("c2", 0)).id


def test_written_full_name_wins_over_a_wrong_in_article_resolution():
    text = "Donald Brown and Eric Brown spoke. “Fine,” Eric Brown said."
    doc = article("e1", text, [("“Fine,”", "Donald Brown", "person", "Eric Brown")])
    index = canonical_speakers([doc])
    assert [s.name for s in index.speakers.values()] == ["Eric Brown"]


def test_parse_name_separates_roles_from_the_name():
    parsed = parse_name("Clinton campaign Chairman John Podesta")
    assert (parsed.name, parsed.roles) == ("John Podesta", ["Clinton campaign Chairman"])
    parsed = parse_name("Axelrod, a former newspaperman, who")
    assert (parsed.name, parsed.roles) == ("Axelrod", ["former newspaperman"])
    assert parse_name("Only three senators").name is None


def test_name_key_ignores_initials_nicknames_and_accents_but_not_suffixes():
    assert name_key("Joe Biden") == name_key("Joseph R. Biden")
    assert name_key("Marcel Lazăr") == name_key("Marcel Lazar")
    assert name_key("Donald Trump Jr.") != name_key("Donald Trump")


def test_anonymous_type_drops_counts_and_clauses_and_singularises():
    assert anonymous_type("two senior White House officials, who spoke on condition of anonymity") == \
        "senior White House official"
    assert anonymous_type("people familiar with the talks") == "person familiar with the talks"
    assert anonymous_type("several aides") == "aide"


def test_an_organisation_left_as_a_description_is_never_merged_across_articles():
    left = article("p1", "“We will win,” the party said.", [("“We will win,”", "the party", "organization", "the party")])
    right = article("p2", "“We lost,” the party said.", [("“We lost,”", "the party", "organization", "the party")])
    index = canonical_speakers([left, right])
    assert sorted(len(s.documents) for s in index.speakers.values()) == [1, 1]

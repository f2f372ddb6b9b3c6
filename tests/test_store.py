"""The storage layer against SQLite and a real PostgreSQL server (started by .ci/setup)."""
from __future__ import annotations

import json
import os
import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker
from onrecord.store import SearchFilters, Store, StoreError, database_url
from onrecord.store.inputs import SuppliedExtraction, parse_jsonl_line, read_inputs
from onrecord.store.schema import SCHEMA_VERSION

PG_URL = os.environ.get("ONRECORD_TEST_PG_URL", "postgresql://onrecord:onrecord@127.0.0.1:5432/onrecord_test")

ARTICLE = ("“We will rebuild the harbour before winter,” Mayor Ana Ruiz said on Monday. "
           "The port authority said repairs would cost millions. "
           "“Nobody told us anything,” a fisherman complained.")


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def article_quotes(text: str = ARTICLE) -> list[Quote]:
    return [
        Quote(content=[span_of(text, "“We will rebuild the harbour before winter,”")], cue=[span_of(text, "said on")],
              source=[span_of(text, "Mayor Ana Ruiz")], speaker=Speaker("Ana Ruiz", "person", "Mayor Ana Ruiz"),
              type="direct", confidence=0.9),
        Quote(content=[span_of(text, "repairs would cost millions")], cue=[span_of(text, "said repairs")],
              source=[span_of(text, "The port authority")],
              speaker=Speaker("port authority", "organization", "The port authority"), type="indirect"),
        Quote(content=[span_of(text, "“Nobody told us anything,”")], cue=[span_of(text, "complained")],
              source=[span_of(text, "a fisherman")], speaker=Speaker("fisherman", "anonymous", "a fisherman"),
              type="direct"),
    ]


def extracted(text: str = ARTICLE, name: str = "harbour", quotes: list[Quote] | None = None,
              **metadata) -> ExtractedDocument:
    return ExtractedDocument(Document(id=name, text=text, **metadata),
                             article_quotes(text) if quotes is None else quotes)


def _postgres_store() -> Store:
    """A fresh schema on the test server; skips locally (fails in CI) when there is none."""
    try:
        engine = create_engine(database_url(PG_URL))
        with engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS mentions, attributions, speakers, documents, schema_version"))
        engine.dispose()
    except (OperationalError, ImportError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL but none is reachable at {PG_URL}: {error}")
        pytest.skip(f"no PostgreSQL at {PG_URL} ({error}); `bash .ci/setup` starts one")
    return Store(PG_URL)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    opened = Store(str(tmp_path / "record.db")) if request.param == "sqlite" else _postgres_store()
    yield opened
    opened.close()


def test_saved_document_reads_back_with_spans_speakers_and_metadata(store):
    outcome = store.save(extracted(outlet="Harbour Gazette", published="2021-03-04T10:00:00Z",
                                   url="https://example.org/harbour", title="Harbour repairs"), "1.0")
    assert outcome == "added"
    stored = store.document(store.document_id(ARTICLE))
    assert stored.document.text == ARTICLE
    assert (stored.document.outlet, stored.document.published) == ("Harbour Gazette", "2021-03-04")
    first = stored.attributions[0]
    assert first.quote.content == article_quotes()[0].content
    assert first.quote.speaker == Speaker("Ana Ruiz", "person", "Mayor Ana Ruiz")
    assert first.quote_text == "“We will rebuild the harbour before winter,”"
    assert [a.quote.type for a in stored.attributions] == ["direct", "indirect", "direct"]
    assert {a.extractor_version for a in stored.attributions} == {"1.0"}


def test_same_text_same_extractor_is_stored_once(store):
    assert store.save(extracted(), "1.0") == "added"
    assert store.save(extracted(name="copy"), "1.0") == "unchanged"
    assert store.counts() == {"documents": 1, "attributions": 3, "speakers": 3}


def test_newer_extractor_replaces_attributions_and_drops_orphan_speakers(store):
    store.save(extracted(), "1.0")
    assert store.save(extracted(quotes=article_quotes()[:1]), "2.0") == "replaced"
    stored = store.document(store.document_id(ARTICLE))
    assert [a.quote.speaker.name for a in stored.attributions] == ["Ana Ruiz"]
    assert stored.extractor_version == "2.0" and stored.attributions[0].extractor_version == "2.0"
    assert store.counts() == {"documents": 1, "attributions": 1, "speakers": 1}
    assert store.search(SearchFilters(query="fisherman")).total == 0


def test_a_failure_mid_document_leaves_no_half_document(store, monkeypatch):
    store.save(extracted(), "1.0")
    other = "Update: " + ARTICLE
    original = Store._insert_attribution
    calls = []

    def crash_on_second(self, *args):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("power cut")
        return original(self, *args)

    monkeypatch.setattr(Store, "_insert_attribution", crash_on_second)
    with pytest.raises(RuntimeError):
        store.save(extracted(other, name="bridge"), "1.0")
    assert store.document_id(other) is None
    assert store.counts() == {"documents": 1, "attributions": 3, "speakers": 3}


def test_speaker_keeps_every_new_mention_as_an_alias(store):
    store.save(extracted(), "1.0")
    second = "Ruiz said the work had started."
    store.save(extracted(second, "second", [Quote(content=[span_of(second, "the work had started")],
                                                  speaker=Speaker("Ana Ruiz", "person", "Ruiz"))]), "1.0")
    ruiz = next(s for s in store.speakers() if s.name == "Ana Ruiz")
    assert ruiz.aliases == ["Mayor Ana Ruiz", "Ruiz"] and ruiz.attribution_count == 2
    record = store.speaker(ruiz.id)
    assert {hit.quote_text for hit in record.attributions} == {
        "“We will rebuild the harbour before winter,”", "the work had started"}


def test_full_text_search_covers_quotes_and_speaker_names(store):
    store.save(extracted(), "1.0")
    assert [h.speaker_name for h in store.search(SearchFilters(query="rebuild winter")).hits] == ["Ana Ruiz"]
    assert [h.speaker_name for h in store.search(SearchFilters(query="Ruiz")).hits] == ["Ana Ruiz"]
    assert store.search(SearchFilters(query="harbour millions")).total == 0
    results = store.search(SearchFilters())
    assert results.total == 3
    assert results.counts_by_type == {"direct": 2, "indirect": 1}
    assert results.counts_by_kind == {"person": 1, "organization": 1, "anonymous": 1}


def test_filters_by_speaker_kind_outlet_date_and_type(store):
    store.save(extracted(outlet="Gazette", published="2021-03-04"), "1.0")
    later = ARTICLE.replace("Monday", "Friday")
    store.save(extracted(later, "later", outlet="Herald", published="2022-07-01"), "1.0")

    def total(**filters) -> int:
        return store.search(SearchFilters(**filters)).total
    assert total() == 6
    assert total(kind="anonymous") == 2
    assert total(type="indirect") == 2
    assert total(outlet="Herald") == 3
    assert total(speaker="ruiz") == 2
    assert total(speaker="%") == 0
    assert total(date_from=date(2022, 1, 1)) == 3
    assert total(date_to=date(2021, 12, 31), type="direct") == 2
    newest_first = store.search(SearchFilters(query="rebuild", sort="date")).hits
    assert [h.outlet for h in newest_first] == ["Herald", "Gazette"]


def test_relevance_ranks_the_better_match_first(store):
    store.save(extracted(), "1.0")
    text_b = "The harbour, the harbour, always the harbour,” the harbourmaster said."
    store.save(extracted(text_b, "b", [Quote(content=[span_of(text_b, "The harbour, the harbour, always the harbour,”")],
                                             speaker=Speaker("harbourmaster", "anonymous"))]), "1.0")
    hits = store.search(SearchFilters(query="harbour")).hits
    assert hits[0].speaker_name == "harbourmaster"


@pytest.mark.parametrize("hostile", ['"', "'; --", "(", "*", "^", ")", "%_"])
def test_query_syntax_characters_are_ignored(store, hostile):
    store.save(extracted(), "1.0")
    assert store.search(SearchFilters(query=f"{hostile} harbour {hostile}")).total == 1
    assert store.search(SearchFilters(query=hostile, speaker=hostile, outlet=hostile)).total == 0


def test_sql_in_a_query_is_only_words_to_find(store):
    store.save(extracted(), "1.0")
    assert store.search(SearchFilters(query="'; DROP TABLE documents; --", speaker="' OR 1=1 --")).total == 0
    assert store.counts()["documents"] == 1


def test_iter_search_pages_through_everything(store):
    for number in range(5):
        body = f"Report {number}: " + ARTICLE
        store.save(extracted(body, f"doc{number}"), "1.0")
    assert len(list(store.iter_search(SearchFilters(type="direct")))) == 10
    from onrecord.store.search import iter_hits
    with store.engine.connect() as connection:
        assert len(list(iter_hits(connection, SearchFilters(), page_size=4))) == 15


def test_database_newer_than_the_code_is_refused(store):
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": SCHEMA_VERSION + 1})
    url = store.engine.url.render_as_string(hide_password=False)
    with pytest.raises(StoreError, match="newer"):
        Store(url)


def test_sqlite_uses_wal_so_readers_work_during_a_write(tmp_path):
    store = Store(str(tmp_path / "wal.db"))
    store.save(extracted(), "1.0")
    writer = sqlite3.connect(tmp_path / "wal.db")
    assert writer.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM mentions")
    assert store.search(SearchFilters(query="rebuild")).total == 1
    writer.rollback()
    writer.close()


def test_unusable_database_locations_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="folder does not exist"):
        Store(str(tmp_path / "missing" / "record.db"))
    with pytest.raises(StoreError, match="cannot open database"):
        Store("postgresql://nobody:wrong@127.0.0.1:1/none")


def test_jsonl_lines_need_text_and_keep_supplied_quotes():
    quotes = [q.to_dict() for q in article_quotes()]
    supplied = parse_jsonl_line(json.dumps({"id": "a1", "text": ARTICLE, "outlet": "Gazette", "quotes": quotes}))
    assert isinstance(supplied, SuppliedExtraction)
    assert supplied.extracted.quotes == article_quotes() and supplied.extracted.document.outlet == "Gazette"
    plain = parse_jsonl_line(json.dumps({"id": 3, "text": ARTICLE}))
    assert isinstance(plain, Document) and plain.id == "3"
    with pytest.raises(ValueError, match='no "text"'):
        parse_jsonl_line(json.dumps({"id": "a1", "quotes": quotes}))
    with pytest.raises(ValueError, match="outside the text"):
        parse_jsonl_line(json.dumps({"id": "a1", "text": "short", "quotes": quotes}))
    with pytest.raises(ValueError, match="not JSON"):
        parse_jsonl_line("{oops")


def test_ingest_stores_supplied_and_extracted_articles_and_skips_bad_lines(tmp_path):
    from onrecord.store.ingest import EXTRACTOR_VERSION, IngestReport, ingest

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "note.txt").write_text("“The bridge will open in May,” said Tom Alder, the engineer.\n")
    lines = [json.dumps({"id": "given", "text": ARTICLE, "quotes": [q.to_dict() for q in article_quotes()]}),
             json.dumps({"id": "no-text", "quotes": []}), "not json"]
    (tmp_path / "in" / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02")
    store = Store(str(tmp_path / "record.db"))
    report = IngestReport()
    ingest(store, read_inputs([str(tmp_path / "in")], report.failures), report)
    assert (report.added, report.unchanged) == (2, 0)
    assert len(report.failures) == 3 and any("binary" in f for f in report.failures)
    note = store.document(store.document_id("“The bridge will open in May,” said Tom Alder, the engineer.\n"))
    assert note.extractor_version == EXTRACTOR_VERSION
    assert any("bridge will open" in a.quote_text for a in note.attributions)
    again = ingest(store, read_inputs([str(tmp_path / "in")], []))
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)


def test_ingest_loads_an_archive_written_by_onrecord_run(tmp_path):
    from onrecord.corpus.archive import ATTRIBUTIONS, DOCUMENTS, attribution_rows, document_row, write_parquet
    from onrecord.store.ingest import ingest

    result = extracted(outlet="Gazette", published="2021-03-04")
    for table in (DOCUMENTS, ATTRIBUTIONS):
        (tmp_path / "archive" / table).mkdir(parents=True)
    write_parquet(tmp_path / "archive" / DOCUMENTS / "part-0.parquet", DOCUMENTS, [document_row(result, "in.txt")])
    write_parquet(tmp_path / "archive" / ATTRIBUTIONS / "part-0.parquet", ATTRIBUTIONS, attribution_rows(result))
    store = Store(str(tmp_path / "record.db"))
    report = ingest(store, read_inputs([str(tmp_path / "archive")], []))
    assert report.added == 1
    stored = store.document(store.document_id(ARTICLE))
    assert [a.quote for a in stored.attributions] == article_quotes()
    assert stored.document.outlet == "Gazette" and stored.extractor_version == "supplied"


def test_text_search_counts_and_ranks_up_to_the_cap_then_says_so(store, monkeypatch):
    from onrecord.store import search as search_module

    monkeypatch.setattr(search_module, "COUNT_CAP", 4)
    monkeypatch.setattr(search_module, "RANK_CAP", 3)
    for number in range(5):
        store.save(extracted(f"Report {number}: " + ARTICLE, f"doc{number}", published=f"2021-03-0{number + 1}"), "1.0")
    frequent = store.search(SearchFilters(query="rebuild"))
    assert (frequent.total, frequent.capped) == (4, True)
    assert frequent.counts_by_type == {"direct": 4} and frequent.counts_by_kind == {"person": 4}
    assert [h.document_name for h in frequent.hits] == ["doc4", "doc3", "doc2"]
    filtered = store.search(SearchFilters(query="rebuild", date_from=date(2021, 3, 3)))
    assert (filtered.total, filtered.capped) == (3, True)
    outside_window = store.search(SearchFilters(query="rebuild", date_to=date(2021, 3, 1)))
    assert (outside_window.total, outside_window.capped, outside_window.hits) == (0, True, [])
    by_date = store.search(SearchFilters(query="rebuild", sort="date"))
    assert by_date.capped and [h.published for h in by_date.hits] == [date(2021, 3, d) for d in (5, 4, 3, 2, 1)]
    oldest_by_date = store.search(SearchFilters(query="rebuild", sort="date", date_to=date(2021, 3, 1))).hits
    assert [h.document_name for h in oldest_by_date] == ["doc0"]
    other_type = store.search(SearchFilters(query="rebuild", type="indirect"))
    assert (other_type.total, other_type.capped) == (0, True)
    assert len(list(store.iter_search(SearchFilters(query="rebuild")))) == 5
    without_words = store.search(SearchFilters())
    assert (without_words.total, without_words.capped) == (15, False)


def test_relevance_ranks_within_the_newest_matches_at_the_cap(store, monkeypatch):
    from onrecord.store import search as search_module

    text_b = "The harbour, the harbour, always the harbour,” the harbourmaster said."
    store.save(extracted(text_b, "b", [Quote(content=[span_of(text_b, "The harbour, the harbour, always the harbour,”")],
                                             speaker=Speaker("harbourmaster", "anonymous"))]), "1.0")
    for number in range(2):
        store.save(extracted(f"Report {number}: " + ARTICLE, f"doc{number}"), "1.0")
    assert store.search(SearchFilters(query="harbour")).hits[0].speaker_name == "harbourmaster"
    monkeypatch.setattr(search_module, "RANK_CAP", 2)
    assert {h.speaker_name for h in store.search(SearchFilters(query="harbour")).hits} == {"Ana Ruiz"}


STOP_WORD_ARTICLE = "“It is what it is,” the coach said after the match."


def test_stop_words_are_left_out_unless_the_query_has_nothing_else(store):
    store.save(extracted(), "1.0")
    store.save(extracted(STOP_WORD_ARTICLE, "coach", [
        Quote(content=[span_of(STOP_WORD_ARTICLE, "“It is what it is,”")], cue=[span_of(STOP_WORD_ARTICLE, "said")],
              source=[span_of(STOP_WORD_ARTICLE, "the coach")], speaker=Speaker("coach", "anonymous", "the coach"),
              type="direct")]), "1.0")

    def speakers_found(query: str) -> list[str]:
        return [hit.speaker_name for hit in store.search(SearchFilters(query=query)).hits]
    assert speakers_found("they rebuild harbour") == ["Ana Ruiz"]
    assert speakers_found("what it is") == ["coach"]
    assert speakers_found("IT IS") == ["coach"]
    assert speakers_found("is it what") == []
    phrase = store.search(SearchFilters(query="what it is", sort="date"))
    assert (phrase.total, phrase.capped) == (1, False)

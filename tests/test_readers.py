"""Readers for every input format: the Documents they yield and the records they skip, and why."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onrecord.ingest import records as records_module
from onrecord.ingest.html import document_from_html
from onrecord.ingest.jsonl import RecordFormatError, document_from_json
from onrecord.ingest.records import (INPUT_SUFFIXES, SkippedRecord, iter_raw_records, read_documents,
                                     to_document)
from onrecord.ingest.text import InputError, expand_paths, read_text_file
from onrecord.model import Document

PAGE = """<html><head><title>Bridge vote | The Riverside Courier</title>
<meta property="og:site_name" content="The Riverside Courier">
<meta property="og:title" content="Council approves the new bridge">
<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article><h1>Council approves the new bridge</h1>
<p>"We will open the bridge before the winter," Mayor Ana Lopez said on Tuesday after the vote.</p>
<p>The council approved the plan by seven votes to two, and the engineers said the work would take a year.</p>
<p>Opponents argued that the money should have gone to schools, according to a statement from the union.</p>
</article><footer>Copyright 2024 The Riverside Courier. All rights reserved.</footer></body></html>"""


def warc_bytes(responses: list[tuple[str, str, bytes, str]], compress: bool) -> bytes:
    """A WARC holding (url, status, body, content type) responses, plus a request record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, status, body, content_type in responses:
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True)
        writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
    return buffer.getvalue()


def skip_reasons(paths: list[Path]) -> tuple[list[Document], list[str]]:
    skipped: list[SkippedRecord] = []
    documents = list(read_documents(paths, skipped.append))
    return documents, [record.reason for record in skipped]


def test_json_line_maps_date_to_published_and_keeps_optional_fields():
    document = document_from_json('{"id": 7, "text": "He said so.", "url": "https://x.org/a", "title": "T", '
                                  '"outlet": "X", "date": "2021-02-03", "extra": [1]}')
    assert document == Document(id="7", text="He said so.", url="https://x.org/a", title="T", outlet="X",
                                published="2021-02-03")


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"), ("[1, 2]", "not a JSON object"), ('{"text": "x"}', '"id"'),
    ('{"id": true, "text": "x"}', '"id"'), ('{"id": "a"}', '"text"'),
    ('{"id": "a", "text": "x", "title": 3}', '"title" is not a string'),
])
def test_bad_json_lines_say_what_is_wrong(line, message):
    with pytest.raises(RecordFormatError, match=message):
        document_from_json(line)


def test_jsonl_file_skips_bad_lines_with_their_line_numbers_and_goes_on(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "text": "One."}\n\n{broken\n{"id": "b", "text": "   "}\n{"id": "c", "text": "Two."}\n')
    skipped: list[SkippedRecord] = []
    documents = list(read_documents([path], skipped.append))
    assert [d.id for d in documents] == ["a", "c"]
    assert [(s.origin, s.reason) for s in skipped] == [(f"{path} line 3", "bad record"),
                                                       (f"{path} line 4", "empty after extraction")]


def test_html_page_gives_main_text_and_metadata_without_boilerplate():
    document = document_from_html(PAGE.encode(), id="bridge", url="https://courier.example/bridge")
    assert document is not None and document.id == "bridge"
    assert "Mayor Ana Lopez said on Tuesday" in document.text
    assert "All rights reserved" not in document.text and "Sport" not in document.text
    assert document.title == "Council approves the new bridge"
    assert document.outlet == "The Riverside Courier"
    assert document.published == "2024-03-05"
    assert document.url == "https://courier.example/bridge"


def test_html_file_id_is_its_name_and_a_page_without_text_is_skipped(tmp_path):
    (tmp_path / "bridge.html").write_text(PAGE)
    (tmp_path / "blank.htm").write_text("<html><body><script>var page = 1;</script></body></html>")
    documents, reasons = skip_reasons(sorted(tmp_path.iterdir()))
    assert [d.id for d in documents] == ["bridge"]
    assert reasons == ["empty after extraction"]


@pytest.mark.parametrize("compress", [False, True])
def test_warc_keeps_html_responses_and_counts_the_rest(tmp_path, compress):
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc_bytes([
        ("https://courier.example/bridge", "200 OK", PAGE.encode(), "text/html; charset=utf-8"),
        ("https://courier.example/logo.png", "200 OK", b"\x89PNG\r\n", "image/png"),
        ("https://courier.example/gone", "404 Not Found", b"<html>gone</html>", "text/html"),
        ("https://courier.example/empty", "200 OK", b"<html><body></body></html>", "text/html"),
    ], compress))
    documents, reasons = skip_reasons([path])
    assert [d.url for d in documents] == ["https://courier.example/bridge"]
    assert "Mayor Ana Lopez" in documents[0].text and documents[0].outlet == "The Riverside Courier"
    assert reasons == ["not HTML", "HTTP error", "empty after extraction"]
    again = [r.id for r in iter_raw_records([path])]
    assert again == [r.id for r in iter_raw_records([path])] and documents[0].id == again[0]


def test_warc_body_stored_with_its_http_content_encoding_is_decoded(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = gzip.compress(PAGE.encode())
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Content-Encoding", "gzip"),
                                          ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://courier.example/a", "response",
                                                  payload=io.BytesIO(body), http_headers=headers))
    (tmp_path / "raw.warc").write_bytes(buffer.getvalue())
    documents, reasons = skip_reasons([tmp_path / "raw.warc"])
    assert reasons == [] and "Mayor Ana Lopez" in documents[0].text

def test_damaged_warc_keeps_the_records_before_the_damage(tmp_path):
    record = warc_bytes([("https://a.example/1", "200 OK", PAGE.encode(), "text/html")], False)
    path = tmp_path / "damaged.warc"
    path.write_bytes(record + b"garbage that is not a WARC header\r\n\r\n" + record)
    documents, reasons = skip_reasons([path])
    assert len(documents) == 1 and reasons == ["unreadable"]


def test_undecodable_and_oversized_texts_are_skipped_with_reasons(tmp_path, monkeypatch):
    (tmp_path / "a-latin1.txt").write_bytes("Café owners said prices would rise.".encode("latin-1"))
    (tmp_path / "b-long.txt").write_text("word " * 50)
    (tmp_path / "c-fine.txt").write_text("The mayor said the bridge would open.")
    monkeypatch.setattr(records_module, "MAX_TEXT_CHARS", 100)
    documents, reasons = skip_reasons(sorted(tmp_path.iterdir()))
    assert [d.id for d in documents] == ["c-fine"]
    assert reasons == ["undecodable", "too large"]


def test_record_error_is_an_input_error_with_a_one_line_message():
    with pytest.raises(InputError, match=r"^x\.jsonl line 2: bad record \(not JSON"):
        to_document(records_module.RawRecord("x.jsonl", "json", b"{", position="line 2"))


def test_expand_paths_takes_globs_and_compound_suffixes_in_sorted_order(tmp_path):
    for name in ("b.warc.gz", "a.jsonl", "c.txt", "notes.md", "d.gz"):
        (tmp_path / name).write_text("x")
    found = [p.name for p in expand_paths([str(tmp_path)], INPUT_SUFFIXES)]
    assert found == ["a.jsonl", "b.warc.gz", "c.txt"]
    assert [p.name for p in expand_paths([str(tmp_path / "*.t*")])] == ["c.txt"]
    with pytest.raises(InputError, match="no file matches"):
        list(expand_paths([str(tmp_path / "*.html")]))
    assert list(expand_paths([str(tmp_path)])) == [tmp_path / "c.txt"]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                                         lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner))
                 .map(json.dumps),
                 st.fixed_dictionaries({"id": st.integers() | st.text(), "text": st.text()},
                                       optional={"title": st.none() | st.text() | st.integers()}).map(json.dumps)))
def test_any_line_is_a_document_or_a_record_format_error(line):
    try:
        document = document_from_json(line)
    except RecordFormatError:
        return
    assert isinstance(document.id, str) and document.id and isinstance(document.text, str)


def test_a_byte_order_mark_stays_so_offsets_match_any_utf8_reader(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff“We will win,” Moss said.".encode("utf-8"))
    document = read_text_file(path)
    assert document.text == path.read_text(encoding="utf-8")
    assert document.text.index("“") == 1

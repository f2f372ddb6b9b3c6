"""The web UI and JSON API through FastAPI's TestClient, over a temporary SQLite record."""
from __future__ import annotations

import csv
import html
import io
import json
import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, strategies as st

from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker
from onrecord.store import Store
from onrecord.web import create_app
from onrecord.web.highlight import highlight
from onrecord.web.limits import MAX_BODY_BYTES
from onrecord.web.timeline import monthly_bars

HOSTILE = ("<script>window.pwned = true; alert(1)</script> Officials <b>met</b> on Tuesday.\n"
           "“The <script>alert(2)</script> budget is final,” said Dana Reyes & partners.\n")


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def hostile_quotes() -> list[Quote]:
    return [Quote(content=[span_of(HOSTILE, "“The <script>alert(2)</script> budget is final,”")],
                  cue=[span_of(HOSTILE, "said")], source=[span_of(HOSTILE, "Dana Reyes")],
                  speaker=Speaker("Dana Reyes", "person", "Dana Reyes"), type="direct", confidence=0.8)]


@pytest.fixture()
def store(tmp_path):
    opened = Store(str(tmp_path / "web.db"))
    opened.save(ExtractedDocument(Document(id="budget", text=HOSTILE, title="Budget <i>talks</i>",
                                           outlet="Courier", published="2023-02-01"), hostile_quotes()), "1.0")
    yield opened
    opened.close()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store))


def test_article_page_escapes_text_and_highlights_three_roles(client, store):
    page = client.get(f"/articles/{store.document_id(HOSTILE)}")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<script>window" not in page.text
    assert "<b>met</b>" not in page.text and "<i>talks</i>" not in page.text
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page.text
    for role in ("content", "cue", "source"):
        assert f'<mark class="hl hl-{role}" data-attributions="0"' in page.text
    speaker_id = store.speakers()[0].id
    assert f'href="/speakers/{speaker_id}">Dana Reyes</a>' in page.text


def test_search_page_shows_counts_filters_and_hits(client):
    page = client.get("/", params={"q": "budget", "type": "direct"})
    assert page.status_code == 200
    assert re.search(r"<strong>1</strong> attribution\b", page.text)
    assert "Dana Reyes" in page.text and "<option selected>direct</option>" in page.text
    empty = client.get("/", params={"q": "budget", "kind": "organization"})
    assert "<strong>0</strong> attributions" in empty.text
    bad = client.get("/", params={"kind": "robot"})
    assert bad.status_code == 400 and "kind must be one of" in bad.text


def test_speaker_page_lists_attributions_with_a_timeline(client, store):
    page = client.get(f"/speakers/{store.speakers()[0].id}")
    assert page.status_code == 200
    assert "<svg" in page.text and "<title>2023-02: 1</title>" in page.text
    assert "Courier" in page.text and "2023-02-01" in page.text
    assert client.get("/speakers/999").status_code == 404


def test_api_search_article_and_speaker(client, store):
    found = client.get("/api/search", params={"q": "budget"}).json()
    assert found["total"] == 1 and found["counts_by_type"] == {"direct": 1}
    hit = found["hits"][0]
    assert hit["speaker_name"] == "Dana Reyes" and hit["published"] == "2023-02-01"
    article = client.get(f"/api/articles/{hit['document_id']}").json()
    source = span_of(HOSTILE, "Dana Reyes")
    assert article["text"] == HOSTILE and article["quotes"][0]["source"] == [[source.start, source.end]]
    speaker = client.get(f"/api/speakers/{hit['speaker_id']}").json()
    assert speaker["name"] == "Dana Reyes" and len(speaker["attributions"]) == 1
    assert client.get("/api/articles/999").json() == {"detail": "no article 999"}
    assert client.get("/api/search", params={"date_from": "yesterday"}).status_code == 400
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_exports_stream_every_hit_as_csv_and_jsonl(client):
    rows = list(csv.DictReader(io.StringIO(client.get("/api/search.csv", params={"q": "budget"}).text)))
    assert [row["speaker_name"] for row in rows] == ["Dana Reyes"]
    assert rows[0]["quote_text"] == "“The <script>alert(2)</script> budget is final,”"
    lines = client.get("/api/search.jsonl", params={"speaker": "reyes"}).text.splitlines()
    assert [json.loads(line)["outlet"] for line in lines] == ["Courier"]
    assert client.get("/api/search.csv", params={"q": "nothing-like-this"}).text.count("\n") == 1


@pytest.mark.parametrize("data, message", [
    (b"", "empty upload"),
    (b"\x00\x01PNG\x00", "binary file"),
    ("café".encode("latin-1"), "not valid UTF-8"),
    (b"   \n ", "no text"),
])
def test_bad_uploads_get_a_clear_400(client, data, message):
    response = client.post("/analyse", files={"upload": ("article.txt", data, "text/plain")})
    assert response.status_code == 400 and message in response.text


def test_oversized_bodies_are_refused_with_413(client):
    response = client.post("/api/analyse", content=b"x" * (MAX_BODY_BYTES + 1),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413 and "larger than 5 MB" in response.json()["detail"]
    assert client.post("/api/analyse", json={"text": "  "}).status_code == 400


def test_analyse_extracts_without_storing_unless_asked(client, store):
    text = "“The tunnel opens in June,” said Priya Nair, the city engineer."
    shown = client.post("/analyse", data={"text": text})
    assert shown.status_code == 200 and 'class="hl hl-content"' in shown.text
    assert store.document_id(text) is None
    stored = client.post("/api/analyse", json={"text": text, "store": True}).json()
    assert stored["quotes"] and stored["document_id"] == store.document_id(text)


@given(st.text(alphabet=st.sampled_from("ab<>&\"' \n“”"), max_size=40), st.data())
def test_highlighting_only_adds_markup_and_keeps_the_text(text, data):
    quotes = []
    for _ in range(data.draw(st.integers(0, 3))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        quotes.append(Quote(content=[Span(start, end)], source=[Span(start, (start + end) // 2)]))
    marked = str(highlight(text, quotes, ["<speaker>"] * len(quotes)))
    assert "<speaker>" not in marked
    assert html.unescape(re.sub(r"<[^>]*>", "", marked)) == text
    assert not re.search(r"<(?!/?mark\b)", marked)


def test_nested_attributions_mark_the_inner_role_first():
    text = "She said he said yes."
    outer = Quote(content=[Span(9, 20)], cue=[Span(4, 8)], source=[Span(0, 3)])
    inner = Quote(content=[Span(17, 20)], cue=[Span(12, 16)], source=[Span(9, 11)])
    marked = str(highlight(text, [outer, inner], ["A", "B"]))
    assert '<mark class="hl hl-source" data-attributions="1 0" title="B">he</mark>' in marked
    assert '<mark class="hl hl-content" data-attributions="1 0" title="B">yes</mark>' in marked


def test_timeline_has_one_bar_per_month_including_empty_ones():
    from datetime import date
    bars = monthly_bars([date(2022, 11, 3), date(2023, 1, 9), date(2023, 1, 20)])
    assert [(bar.label, bar.count) for bar in bars] == [("2022-11", 1), ("2022-12", 0), ("2023-01", 2)]
    assert bars[2].height > bars[0].height > bars[1].height == 0


def test_capped_counts_show_as_lower_bounds(client, store, monkeypatch):
    from onrecord.store import search as search_module

    monkeypatch.setattr(search_module, "COUNT_CAP", 1)
    second = HOSTILE.replace("Tuesday", "Wednesday")
    store.save(ExtractedDocument(Document(id="again", text=second), [
        Quote(content=[span_of(second, "“The <script>alert(2)</script> budget is final,”")],
              speaker=Speaker("Dana Reyes", "person", "Dana Reyes"), type="direct")]), "1.0")
    page = client.get("/", params={"q": "budget"})
    assert re.search(r"<strong>1\+</strong> attributions\b", page.text) and ">direct 1+<" in page.text
    found = client.get("/api/search", params={"q": "budget"}).json()
    assert found["capped"] is True and found["total"] == 1
    assert client.get("/api/search", params={"q": "Dana"}).json()["capped"] is True
    assert client.get("/api/search").json()["capped"] is False

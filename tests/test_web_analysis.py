"""Cross-article analysis on the record: statement kinds, position shifts, a quote's reports, misquotes.

Every test runs on SQLite and on PostgreSQL (in its own schema of the store tests' database, since
finding a quote's other reports uses each backend's full-text index); PostgreSQL skips locally and
fails in CI when there is no server.
"""
from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from onrecord.analysis import statement_kind
from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker
from onrecord.store import Store, database_url
from onrecord.web import create_app
from onrecord.web.wording import marked_differences

LEDGER = ("Port talks resume\n"
          "“We will never abandon the harbour <workers> of Eastport,” said Mayor Ilse Varga on Monday.\n")
BEACON = ("Mayor stands firm\n"
          "Mayor Ilse Varga said: “We will never forsake the harbour <workers> of Eastport.”\n")
PLEDGE = ("Bridge plan\n"
          "“We will build the Tollgate Bridge next spring,” said councillor Ruben Aske.\n")
REVERSAL = ("Bridge plan shelved\n"
            "“We will not build the Tollgate Bridge,” councillor Ruben Aske said on Friday.\n")


def span_of(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def quote(text: str, content: str, cue: str, source: str) -> Quote:
    return Quote(content=[span_of(text, content)], cue=[span_of(text, cue)], source=[span_of(text, source)],
                 speaker=Speaker(source.split(" ", 1)[1] if source.startswith(("Mayor", "councillor")) else source,
                                 "person", source), type="direct", confidence=0.9)


ARTICLES = [
    (Document(id="ledger", text=LEDGER, title="Port <b>talks</b> resume", outlet="Ledger", published="2024-03-04"),
     quote(LEDGER, "“We will never abandon the harbour <workers> of Eastport,”", "said", "Mayor Ilse Varga")),
    (Document(id="beacon", text=BEACON, title="Mayor stands firm", outlet="Beacon", published="2024-03-05"),
     quote(BEACON, "“We will never forsake the harbour <workers> of Eastport.”", "said", "Mayor Ilse Varga")),
    (Document(id="pledge", text=PLEDGE, title="Bridge plan", outlet="Ledger", published="2024-01-10"),
     quote(PLEDGE, "“We will build the Tollgate Bridge next spring,”", "said", "councillor Ruben Aske")),
    (Document(id="reversal", text=REVERSAL, title="Bridge plan shelved", outlet="Beacon", published="2024-06-21"),
     quote(REVERSAL, "“We will not build the Tollgate Bridge,”", "said", "councillor Ruben Aske")),
]


PG_URL = os.environ.get("ONRECORD_TEST_PG_URL", "postgresql://onrecord:onrecord@127.0.0.1:5432/onrecord_test")
PG_SCHEMA = "web_analysis_test"


def _postgres_url() -> str:
    """The test server with a fresh schema of its own, so the store tests' tables are left alone."""
    try:
        engine = create_engine(database_url(PG_URL))
        with engine.begin() as connection:
            connection.execute(text(f"DROP SCHEMA IF EXISTS {PG_SCHEMA} CASCADE"))
            connection.execute(text(f"CREATE SCHEMA {PG_SCHEMA}"))
        engine.dispose()
    except (OperationalError, ImportError) as error:
        if os.environ.get("CI"):
            pytest.fail(f"CI must test PostgreSQL but none is reachable at {PG_URL}: {error}")
        pytest.skip(f"no PostgreSQL at {PG_URL} ({error}); `bash .ci/setup` starts one")
    return f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{PG_SCHEMA}"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    opened = Store(str(tmp_path / "analysis.db") if request.param == "sqlite" else _postgres_url())
    for document, made in ARTICLES:
        assert opened.save(ExtractedDocument(document, [made]), "test") == "added"
    yield opened
    opened.close()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store))


def speaker_id(store: Store, name: str) -> int:
    return next(s.id for s in store.speakers() if s.name == name)


def attribution_id(store: Store, text: str) -> int:
    return store.document(store.document_id(text)).attributions[0].id


def test_quote_reports_list_both_outlets_earliest_first_with_the_changed_word(client, store):
    found = client.get(f"/api/quotes/{attribution_id(store, BEACON)}/reports").json()
    assert [r["outlet"] for r in found["reports"]] == ["Ledger", "Beacon"]
    assert [r["published"] for r in found["reports"]] == ["2024-03-04", "2024-03-05"]
    assert found["reports"][0]["earliest"] and found["reports"][0]["changes"] == []
    assert found["reports"][1]["changes"] == [{"earliest": "abandon", "variant": "forsake"}]
    assert found["reports"][1]["misquote"] is True
    assert found["outlets"] == ["Beacon", "Ledger"] and found["documents"] == 2


def test_a_quote_nobody_else_reported_has_one_report_and_unknown_ids_404(client, store):
    found = client.get(f"/api/quotes/{attribution_id(store, PLEDGE)}/reports").json()
    assert [r["content"] for r in found["reports"]] == ["“We will build the Tollgate Bridge next spring,”"]
    assert client.get("/api/quotes/9999/reports").status_code == 404
    assert client.get("/quote/9999").status_code == 404


def test_quote_page_marks_the_changed_word_and_escapes_the_quote(client, store):
    page = client.get(f"/quote/{attribution_id(store, LEDGER)}")
    assert page.status_code == 200
    assert "<del>abandon</del> <ins>forsake</ins>" in page.text
    assert "&lt;workers&gt;" in page.text and "<workers>" not in page.text
    assert "Port &lt;b&gt;talks&lt;/b&gt; resume" in page.text and "<b>talks</b>" not in page.text
    assert page.text.index("2024-03-04") < page.text.index("2024-03-05")
    assert f'href="/articles/{store.document_id(BEACON)}#quote-{attribution_id(store, BEACON)}"' in page.text


def test_article_page_and_search_results_link_each_attribution_to_its_reports(client, store):
    ledger = attribution_id(store, LEDGER)
    article = client.get(f"/articles/{store.document_id(LEDGER)}")
    assert f'href="/quote/{ledger}"' in article.text and f'id="quote-{ledger}"' in article.text
    results = client.get("/", params={"q": "harbour"})
    assert f'href="/quote/{ledger}"' in results.text
    assert f'href="/quote/{attribution_id(store, BEACON)}"' in results.text


def test_misquotes_list_the_changed_quote_once(client, store):
    found = client.get("/api/misquotes").json()
    assert found["total"] == 1
    group = found["groups"][0]
    assert [r["outlet"] for r in group["reports"]] == ["Ledger", "Beacon"]
    assert client.get("/api/misquotes").json() == found


def test_misquotes_are_recomputed_after_an_ingest(client, store):
    assert client.get("/api/misquotes").json()["total"] == 1
    text = "“We will never desert the harbour workers of Eastport,” Ilse Varga told reporters.\n"
    store.save(ExtractedDocument(Document(id="herald", text=text, outlet="Herald", published="2024-03-06"),
                                 [quote(text, "“We will never desert the harbour workers of Eastport,”", "told",
                                        "Ilse Varga")]), "test")
    group = client.get("/api/misquotes").json()["groups"][0]
    assert [r["outlet"] for r in group["reports"]] == ["Ledger", "Beacon", "Herald"]


def test_speaker_kinds_label_each_attribution_and_count_them(client, store):
    aske = speaker_id(store, "Ruben Aske")
    found = client.get(f"/api/speakers/{aske}/kinds").json()
    contents = [a["content"] for a in found["attributions"]]
    assert contents == ["“We will build the Tollgate Bridge next spring,”", "“We will not build the Tollgate Bridge,”"]
    expected = [statement_kind(content, "said") for content in contents]
    assert [(a["kind"], a["polarity"]) for a in found["attributions"]] == [(k.kind, k.polarity) for k in expected]
    assert [k.kind for k in expected] == ["commitment", "refusal"]
    assert found["by_kind"] == {"commitment": 1, "refusal": 1}
    assert sum(found["by_polarity"].values()) == 2
    assert client.get("/api/speakers/9999/kinds").status_code == 404


def test_speaker_shifts_pair_the_commitment_with_the_later_refusal(client, store):
    aske = speaker_id(store, "Ruben Aske")
    shifts = client.get(f"/api/speakers/{aske}/shifts").json()
    assert [s["topic"] for s in shifts] == ["Tollgate Bridge"]
    shift = shifts[0]
    assert (shift["earlier"]["published"], shift["earlier"]["stance"], shift["earlier"]["outlet"]) == ("2024-01-10", "for", "Ledger")
    assert (shift["later"]["published"], shift["later"]["stance"], shift["later"]["outlet"]) == ("2024-06-21", "against", "Beacon")
    assert shift["later"]["document_id"] == store.document_id(REVERSAL)
    assert client.get(f"/api/speakers/{aske}/shifts", params={"topic": "Eastport"}).json() == []
    varga = speaker_id(store, "Ilse Varga")
    assert client.get(f"/api/speakers/{varga}/shifts").json() == []
    assert client.get("/api/speakers/9999/shifts").status_code == 404


def test_speaker_page_shows_kinds_and_shifts_with_links(client, store):
    aske = speaker_id(store, "Ruben Aske")
    page = client.get(f"/speakers/{aske}")
    assert page.status_code == 200
    assert "Statement kinds" in page.text and "Position shifts" in page.text
    assert "commitment · positive 1" in page.text or "commitment · negative 1" in page.text
    assert "On <strong>Tollgate Bridge</strong>" in page.text
    assert f'href="/articles/{store.document_id(PLEDGE)}#quote-{attribution_id(store, PLEDGE)}"' in page.text
    assert f'href="/articles/{store.document_id(REVERSAL)}#quote-{attribution_id(store, REVERSAL)}"' in page.text
    varga = client.get(f"/speakers/{speaker_id(store, 'Ilse Varga')}")
    assert "No statements of opposite stance" in varga.text
    assert "&lt;workers&gt;" in varga.text and "<workers>" not in varga.text


def test_openapi_documents_the_analysis_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/speakers/{speaker_id}/kinds", "/api/speakers/{speaker_id}/shifts",
                 "/api/quotes/{attribution_id}/reports", "/api/misquotes"):
        assert path in paths and paths[path]["get"]["description"]


def test_marked_differences_ignore_partial_quoting_and_escape():
    assert str(marked_differences("one two three four five six", "three four five six seven")) == "three four five six seven"
    assert str(marked_differences("we will never abandon them", "We will never <i>desert</i> them")) == \
        "We will never <del>abandon</del> <ins>&lt;i&gt;desert&lt;/i&gt;</ins> them"

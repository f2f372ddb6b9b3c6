"""Routes: HTML pages for people (/, /articles, /speakers, /quote, /analyse) and JSON under /api.

Handlers are plain functions (FastAPI runs them in its thread pool) over one shared `Store`.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Iterator, Optional

from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import BaseModel, Field

from onrecord.model import QUOTE_TYPES, SPEAKER_KINDS, CATEGORIES, Document, ExtractedDocument, Quote
from onrecord.pipeline import extract
from onrecord.store import SearchFilters, SearchHit, Store, StoredDocument
from onrecord.store.ingest import EXTRACTOR_VERSION
from onrecord.store.loader import speaker_exists
from onrecord.store.search import SORTS
from onrecord.web.analysis import MisquoteCache, quote_reports, speaker_kinds, speaker_shifts
from onrecord.web.highlight import highlight
from onrecord.web.limits import MAX_BODY_BYTES, BodySizeLimit, UploadError, text_from_upload
from onrecord.web.timeline import HEIGHT, WIDTH, monthly_bars
from onrecord.web.wording import marked_differences

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 20
MAX_API_LIMIT = 500


def _choice(value: str | None, allowed: tuple[str, ...], name: str) -> str | None:
    if not value:
        return None
    if value not in allowed:
        raise HTTPException(400, f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date like 2022-05-31, not {value!r}") from None


def search_filters(
    q: str = Query("", description="Words that must all occur in the quote or the speaker's name."),
    speaker: Optional[str] = Query(None, description="Part of the speaker's name."),
    speaker_id: Optional[int] = Query(None, description="Exactly this speaker."),
    kind: Optional[str] = Query(None, description="person, organization, anonymous or unknown."),
    outlet: Optional[str] = Query(None),
    date_from: Optional[str] = Query(None, description="Published on or after (YYYY-MM-DD)."),
    date_to: Optional[str] = Query(None, description="Published on or before (YYYY-MM-DD)."),
    type: Optional[str] = Query(None, description="direct, indirect or mixed."),
    category: Optional[str] = Query(None, description="speech, thought, evidence or other."),
    sort: str = Query("relevance", description="relevance or date."),
    limit: int = Query(PAGE_SIZE, ge=1, le=MAX_API_LIMIT),
    offset: int = Query(0, ge=0),
) -> SearchFilters:
    """Query parameters shared by the search page, the API and the exports; blanks mean "any"."""
    return SearchFilters(
        query=q.strip(), speaker=(speaker or "").strip() or None, speaker_id=speaker_id,
        kind=_choice(kind, SPEAKER_KINDS, "kind"), outlet=outlet or None,
        date_from=_date(date_from, "date_from"), date_to=_date(date_to, "date_to"),
        type=_choice(type, QUOTE_TYPES, "type"), category=_choice(category, CATEGORIES, "category"),
        sort=_choice(sort, SORTS, "sort") or "relevance", limit=limit, offset=offset)


class AnalyseRequest(BaseModel):
    text: str = Field(..., description="The article, as plain text.")
    store: bool = Field(False, description="Also save the article and its attributions in the record.")
    id: str = "pasted"
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None


def _article_json(stored: StoredDocument) -> dict:
    document = stored.document
    return {"id": stored.id, "name": document.id, "title": document.title, "url": document.url,
            "outlet": document.outlet, "published": document.published, "text": document.text,
            "content_hash": stored.content_hash, "extractor_version": stored.extractor_version,
            "quotes": [{"id": a.id, "speaker_id": a.speaker_id, **a.quote.to_dict()} for a in stored.attributions]}


def _cards(text: str, quotes: list[Quote], speaker_ids: list[int | None],
           attribution_ids: list[int | None]) -> list[dict]:
    """What the page says about each attribution, in reading order (stored ones link to their other reports)."""
    return [{"index": index, "quote": quote, "speaker_id": speaker_id, "attribution_id": attribution_id,
             "content": quote.content_text(text),
             "cue": " ".join(span.text(text) for span in quote.cue),
             "source": " ".join(span.text(text) for span in quote.source)}
            for index, (quote, speaker_id, attribution_id) in enumerate(zip(quotes, speaker_ids, attribution_ids))]


def _marked_up(text: str, quotes: list[Quote], speaker_ids: list[int | None],
               attribution_ids: list[int | None]) -> dict:
    titles = [f"{q.speaker.name} ({q.speaker.kind})" if q.speaker else "speaker not found" for q in quotes]
    return {"article_html": highlight(text, quotes, titles),
            "cards": _cards(text, quotes, speaker_ids, attribution_ids)}


def _hits_csv(hits: Iterator[SearchHit]) -> Iterator[str]:
    fields = list(SearchHit.__dataclass_fields__)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(fields)
    for hit in hits:
        writer.writerow([getattr(hit, name) for name in fields])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def create_app(store: Store) -> FastAPI:
    """The whole site over one store; tests build it around a temporary database."""
    app = FastAPI(title="onrecord", version=EXTRACTOR_VERSION,
                  description="Who said what, as data: search attributions, read articles, follow speakers.")
    app.add_middleware(BodySizeLimit, max_bytes=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True))
    templates.env.globals.update(kinds=SPEAKER_KINDS, types=QUOTE_TYPES, categories=CATEGORIES)

    def page(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    @app.exception_handler(HTTPException)
    def http_error(request: Request, error: HTTPException):
        if request.url.path.startswith("/api"):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code)
        return page(request, "error.html", status_code=error.status_code, message=error.detail)

    misquotes = MisquoteCache(store)

    def get_speaker(speaker_id: int) -> None:
        if not speaker_exists(store, speaker_id):
            raise HTTPException(404, f"no speaker {speaker_id}")

    def get_reports(attribution_id: int) -> dict:
        found = quote_reports(store, attribution_id)
        if found is None:
            raise HTTPException(404, f"no attribution {attribution_id}")
        return found

    def get_article(document_id: int) -> StoredDocument:
        stored = store.document(document_id)
        if stored is None:
            raise HTTPException(404, f"no article {document_id}")
        return stored

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, filters: SearchFilters = Depends(search_filters)):
        results = store.search(filters)
        browsing = not filters.query and filters == SearchFilters(limit=filters.limit, offset=filters.offset)
        return page(request, "search.html", filters=filters, results=results, outlets=store.outlets(),
                    page_size=filters.limit, browsing=browsing,
                    articles=store.documents(20) if browsing else [],
                    speakers=store.speakers(20) if browsing else [],
                    query_string=request.url.remove_query_params("offset").query)

    @app.get("/articles/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, document_id: int):
        stored = get_article(document_id)
        quotes = [a.quote for a in stored.attributions]
        return page(request, "article.html", stored=stored, document=stored.document,
                    **_marked_up(stored.document.text, quotes, [a.speaker_id for a in stored.attributions],
                                 [a.id for a in stored.attributions]))

    @app.get("/speakers/{speaker_id}", response_class=HTMLResponse, include_in_schema=False)
    def speaker_page(request: Request, speaker_id: int):
        record = store.speaker(speaker_id)
        if record is None:
            raise HTTPException(404, f"no speaker {speaker_id}")
        dates = [hit.published for hit in record.attributions if hit.published]
        return page(request, "speaker.html", record=record, bars=monthly_bars(dates),
                    undated=len(record.attributions) - len(dates), chart_width=WIDTH, chart_height=HEIGHT,
                    kinds=speaker_kinds(store, speaker_id), shifts=speaker_shifts(store, speaker_id))

    @app.get("/quote/{attribution_id}", response_class=HTMLResponse, include_in_schema=False)
    def quote_page(request: Request, attribution_id: int):
        found = get_reports(attribution_id)
        earliest = found["earliest"]["content"]
        for report in found["reports"]:
            report["marked"] = marked_differences(earliest, report["content"])
        return page(request, "quote.html", found=found)

    @app.get("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_form(request: Request):
        return page(request, "analyse.html")

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_page(request: Request, text: str = Form(""), upload: Optional[UploadFile] = File(None),
                     save: bool = Form(False)):
        try:
            if upload is not None and upload.filename:
                name = Path(upload.filename).stem or "upload"
                text = text_from_upload(upload.file.read(), upload.filename)
            elif text.strip():
                name = "pasted"
            else:
                raise UploadError("paste an article or choose a .txt file")
        except UploadError as error:
            return page(request, "analyse.html", status_code=400, error=str(error), text=text)
        quotes = extract(text)
        document_id = _save(Document(id=name, text=text), quotes) if save else None
        unstored = [None] * len(quotes)
        return page(request, "analyse.html", text=text, document_id=document_id, analysed=True,
                    **_marked_up(text, quotes, unstored, unstored))

    def _save(document: Document, quotes: list[Quote]) -> int | None:
        store.save(ExtractedDocument(document, quotes), EXTRACTOR_VERSION)
        return store.document_id(document.text)

    @app.get("/api/search", tags=["search"])
    def api_search(filters: SearchFilters = Depends(search_filters)) -> dict:
        """Attributions matching the words and filters, with counts by quote type and speaker kind.

        A text search looks only at the 10,000 most recently stored matches of its words (`capped` is
        then true: facets filter within them and the total and counts are lower bounds) and ranks by
        relevance the 2,000 most recently stored results; sorted by date it sees every match. Stop words are left out of the words unless
        there is nothing else; a query of stop words only is matched as a phrase."""
        results = store.search(filters)
        return {"total": results.total, "capped": results.capped, "counts_by_type": results.counts_by_type,
                "counts_by_kind": results.counts_by_kind, "hits": [asdict(hit) for hit in results.hits]}

    @app.get("/api/search.csv", tags=["export"], response_class=StreamingResponse)
    def api_search_csv(filters: SearchFilters = Depends(search_filters)):
        """Every hit of a search as CSV (limit is ignored; offset is honoured)."""
        return StreamingResponse(_hits_csv(store.iter_search(filters)), media_type="text/csv",
                                 headers={"Content-Disposition": 'attachment; filename="onrecord-search.csv"'})

    @app.get("/api/search.jsonl", tags=["export"], response_class=StreamingResponse)
    def api_search_jsonl(filters: SearchFilters = Depends(search_filters)):
        """Every hit of a search as JSON Lines (limit is ignored; offset is honoured)."""
        lines = (json.dumps(jsonable_encoder(asdict(hit)), ensure_ascii=False) + "\n"
                 for hit in store.iter_search(filters))
        return StreamingResponse(lines, media_type="application/x-ndjson",
                                 headers={"Content-Disposition": 'attachment; filename="onrecord-search.jsonl"'})

    @app.get("/api/articles/{document_id}", tags=["articles"])
    def api_article(document_id: int) -> dict:
        """An article's full text with every attribution as character spans into it."""
        return _article_json(get_article(document_id))

    @app.get("/api/speakers", tags=["speakers"])
    def api_speakers(limit: int = Query(50, ge=1, le=MAX_API_LIMIT)) -> list[dict]:
        """The most quoted speakers first."""
        return [asdict(speaker) for speaker in store.speakers(limit)]

    @app.get("/api/speakers/{speaker_id}", tags=["speakers"])
    def api_speaker(speaker_id: int) -> dict:
        """A speaker with aliases and every attribution of theirs, newest first."""
        record = store.speaker(speaker_id)
        if record is None:
            raise HTTPException(404, f"no speaker {speaker_id}")
        return {**asdict(record.speaker), "attributions": [asdict(hit) for hit in record.attributions]}

    @app.get("/api/speakers/{speaker_id}/kinds", tags=["analysis"])
    def api_speaker_kinds(speaker_id: int) -> dict:
        """Each of the speaker's attributions (the 1,000 most recently stored) labelled with its statement
        kind (commitment, refusal, denial, assurance, claim, opinion, question) and polarity, with counts."""
        get_speaker(speaker_id)
        return speaker_kinds(store, speaker_id)

    @app.get("/api/speakers/{speaker_id}/shifts", tags=["analysis"])
    def api_speaker_shifts(speaker_id: int,
                           topic: Optional[str] = Query(None, description="Only statements mentioning this phrase."),
                           limit: int = Query(20, ge=1, le=MAX_API_LIMIT)) -> list[dict]:
        """Pairs of the speaker's statements on one topic, at different dates, whose stances (for/against)
        disagree: earlier and later statement with dates, outlets and article ids, most confident first."""
        get_speaker(speaker_id)
        return speaker_shifts(store, speaker_id, topic=topic, limit=limit)

    @app.get("/api/quotes/{attribution_id}/reports", tags=["analysis"])
    def api_quote_reports(attribution_id: int) -> dict:
        """Every stored report of the utterance this attribution reports, earliest first, each with its
        word-level changes against the earliest report (`misquote`: a direct quotation whose words differ)."""
        return get_reports(attribution_id)

    @app.get("/api/misquotes", tags=["analysis"])
    def api_misquotes(limit: int = Query(50, ge=1, le=MAX_API_LIMIT), offset: int = Query(0, ge=0)) -> dict:
        """Groups of reports of one utterance whose direct quotations differ in substance, over the whole
        record, earliest group first. Computed once per database state and cached until an ingest changes it."""
        groups = misquotes.groups()
        return {"total": len(groups), "groups": groups[offset:offset + limit]}

    @app.post("/api/analyse", tags=["analyse"])
    def api_analyse(request: AnalyseRequest) -> dict:
        """Extract attributions from a text; stored only when asked to."""
        if not request.text.strip():
            raise HTTPException(400, "text is empty")
        quotes = extract(request.text)
        document = Document(id=request.id, text=request.text, title=request.title, url=request.url,
                            outlet=request.outlet, published=request.published)
        return {"document_id": _save(document, quotes) if request.store else None,
                "quotes": [quote.to_dict() for quote in quotes]}

    return app

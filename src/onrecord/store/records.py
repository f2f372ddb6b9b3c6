"""What the store hands back: plain dataclasses, so the web layer and the API never see SQL rows."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from onrecord.model import Document, Quote


@dataclass
class StoredSpeaker:
    id: int
    name: str
    kind: str
    aliases: list[str]
    attribution_count: int = 0


@dataclass
class StoredAttribution:
    id: int
    document_id: int
    quote: Quote
    quote_text: str
    speaker_id: int | None
    extractor_version: str


@dataclass
class StoredDocument:
    id: int
    document: Document
    content_hash: str
    extractor_version: str
    ingested_at: datetime
    attributions: list[StoredAttribution] = field(default_factory=list)


@dataclass
class SearchFilters:
    """One search: free text plus facets; every value reaches SQL as a bound parameter."""

    query: str = ""
    speaker: str | None = None
    speaker_id: int | None = None
    kind: str | None = None
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    type: str | None = None
    category: str | None = None
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0


@dataclass
class SearchHit:
    attribution_id: int
    document_id: int
    document_name: str
    title: str | None
    outlet: str | None
    published: date | None
    speaker_id: int | None
    speaker_name: str | None
    speaker_kind: str | None
    type: str
    category: str
    confidence: float
    quote_text: str


@dataclass
class SearchResults:
    """`capped`: a text search stopped counting at its cap, so the total and counts are lower bounds."""

    hits: list[SearchHit]
    total: int
    counts_by_type: dict[str, int]
    counts_by_kind: dict[str, int]
    capped: bool = False


@dataclass
class SpeakerRecord:
    """A speaker with every attribution of theirs, dated, for the speaker page."""

    speaker: StoredSpeaker
    attributions: list[SearchHit]


@dataclass
class DocumentSummary:
    id: int
    name: str
    title: str | None
    outlet: str | None
    published: date | None
    attribution_count: int

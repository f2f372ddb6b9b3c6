"""The record itself: one `Store` over SQLite (default, zero set-up) or PostgreSQL.

Each document is saved in its own transaction, so a crash mid-ingest keeps every document
already committed and leaves no half document behind.
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Iterator

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker
from onrecord.store import search as search_queries
from onrecord.store.records import (DocumentSummary, SearchFilters, SearchHit, SearchResults, SpeakerRecord, StoredAttribution,
                                    StoredDocument, StoredSpeaker)
from onrecord.store.schema import SchemaError, attributions, documents, mentions, migrate, speakers

DEFAULT_DB = "onrecord.db"


class StoreError(RuntimeError):
    """The database cannot be opened or used; the message is fit to show a user as is."""


def database_url(db: str) -> str:
    """A SQLAlchemy URL from what a user types: a file path, sqlite:///…, or postgresql://…."""
    if "://" not in db:
        return f"sqlite:///{Path(db).expanduser().resolve()}"
    if db.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    return db


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _spans(spans: list[Span]) -> list[list[int]]:
    return [[span.start, span.end] for span in spans]


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets readers (the web server) work while an ingest writes; memory-mapped reads let a search
    look up thousands of rows by id without copying each page into every connection's small cache."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(f"{url}: not a database path or URL") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:" and not Path(parsed.database).parent.is_dir():
            raise StoreError(f"{parsed.database}: folder does not exist")
        engine = create_engine(parsed, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


class Store:
    """Documents, attributions and speakers, with search; safe to share between threads."""

    def __init__(self, db: str = DEFAULT_DB):
        self.url = database_url(db)
        self.engine = _create_engine(self.url)
        try:
            with self.engine.begin() as connection:
                migrate(connection)
        except SchemaError as error:
            raise StoreError(str(error)) from None
        except OperationalError as error:
            raise StoreError(f"cannot open database {self.engine.url.render_as_string(hide_password=True)}: "
                             f"{str(error.orig).strip().splitlines()[0]}") from None

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def stored_version(self, text: str) -> str | None:
        """The extractor version a text was stored with, or None when it is not stored."""
        with self.engine.connect() as connection:
            return connection.execute(select(documents.c.extractor_version)
                                      .where(documents.c.content_hash == content_hash(text))).scalar()

    def document_id(self, text: str) -> int | None:
        with self.engine.connect() as connection:
            return connection.execute(select(documents.c.id)
                                      .where(documents.c.content_hash == content_hash(text))).scalar()

    def save(self, extracted: ExtractedDocument, extractor_version: str) -> str:
        """Store one document atomically: "added", "replaced" (new extractor) or "unchanged"."""
        document = extracted.document
        digest = content_hash(document.text)
        with self.engine.begin() as connection:
            existing = connection.execute(select(documents.c.id, documents.c.extractor_version)
                                          .where(documents.c.content_hash == digest)).first()
            if existing and existing.extractor_version == extractor_version:
                return "unchanged"
            if existing:
                document_id = existing.id
                self._remove_attributions(connection, document_id)
                connection.execute(update(documents).where(documents.c.id == document_id)
                                   .values(extractor_version=extractor_version))
            else:
                document_id = connection.execute(insert(documents).values(
                    name=document.id, url=document.url, outlet=document.outlet, title=document.title,
                    published=_published(document.published), text=document.text, content_hash=digest,
                    extractor_version=extractor_version).returning(documents.c.id)).scalar_one()
            for position, quote in enumerate(extracted.quotes):
                self._insert_attribution(connection, document_id, position, quote, document.text,
                                         extractor_version)
        return "replaced" if existing else "added"

    def _remove_attributions(self, connection: Connection, document_id: int) -> None:
        """Drop a document's attributions, and speakers left with none, before re-extraction."""
        old_speakers = select(attributions.c.speaker_id).where(attributions.c.document_id == document_id,
                                                               attributions.c.speaker_id.is_not(None))
        affected = list(connection.execute(old_speakers).scalars())
        connection.execute(delete(mentions).where(mentions.c.document_id == document_id))
        connection.execute(delete(attributions).where(attributions.c.document_id == document_id))
        if affected:
            still_quoted = select(attributions.c.speaker_id).where(attributions.c.speaker_id.is_not(None))
            connection.execute(delete(speakers).where(speakers.c.id.in_(affected),
                                                      speakers.c.id.not_in(still_quoted)))

    def _insert_attribution(self, connection: Connection, document_id: int, position: int, quote: Quote,
                            text: str, extractor_version: str) -> None:
        speaker = quote.speaker if quote.speaker and quote.speaker.name.strip() else None
        speaker_id = self._speaker_id(connection, speaker) if speaker else None
        speaker_text = f"{speaker.name} {speaker.mention}".strip() if speaker else ""
        attribution_id = connection.execute(insert(attributions).values(
            document_id=document_id, position=position, speaker_id=speaker_id, content=_spans(quote.content),
            cue=_spans(quote.cue), source=_spans(quote.source), quote_text=quote.content_text(text),
            speaker_text=speaker_text, type=quote.type, category=quote.category,
            confidence=float(quote.confidence), extractor_version=extractor_version,
        ).returning(attributions.c.id)).scalar_one()
        if speaker:
            connection.execute(insert(mentions).values(
                speaker_id=speaker_id, attribution_id=attribution_id, document_id=document_id,
                mention=speaker.mention or speaker.name, spans=_spans(quote.source)))

    def _speaker_id(self, connection: Connection, speaker: Speaker) -> int:
        """Speakers are keyed by (name, kind) until cross-document canonicalisation exists; each
        new surface form is kept as an alias."""
        key = (speaker.name.strip(), speaker.kind)
        mention = (speaker.mention or "").strip()
        row = connection.execute(select(speakers.c.id, speakers.c.aliases)
                                 .where(speakers.c.name == key[0], speakers.c.kind == key[1])).first()
        if row is None:
            aliases = [mention] if mention and mention != key[0] else []
            speaker_id = connection.execute(insert(speakers).values(name=key[0], kind=key[1], aliases=aliases)
                                            .returning(speakers.c.id)).scalar_one()
        else:
            speaker_id = row.id
            if mention and mention != key[0] and mention not in row.aliases:
                connection.execute(update(speakers).where(speakers.c.id == speaker_id)
                                   .values(aliases=[*row.aliases, mention]))
        return speaker_id

    def document(self, document_id: int) -> StoredDocument | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(documents).where(documents.c.id == document_id)).first()
            if row is None:
                return None
            stored = StoredDocument(
                id=row.id, content_hash=row.content_hash, extractor_version=row.extractor_version,
                ingested_at=row.ingested_at,
                document=Document(id=row.name, text=row.text, url=row.url, title=row.title, outlet=row.outlet,
                                  published=row.published.isoformat() if row.published else None))
            query = (select(attributions, speakers.c.name.label("speaker_name"), speakers.c.kind.label("speaker_kind"),
                            mentions.c.mention)
                     .select_from(attributions.outerjoin(speakers, attributions.c.speaker_id == speakers.c.id)
                                  .outerjoin(mentions, mentions.c.attribution_id == attributions.c.id))
                     .where(attributions.c.document_id == document_id).order_by(attributions.c.position))
            for item in connection.execute(query):
                speaker = (Speaker(name=item.speaker_name, kind=item.speaker_kind, mention=item.mention or "")
                           if item.speaker_id is not None else None)
                quote = Quote.from_dict({"content": item.content, "cue": item.cue, "source": item.source,
                                         "type": item.type, "category": item.category,
                                         "confidence": item.confidence})
                quote.speaker = speaker
                stored.attributions.append(StoredAttribution(
                    id=item.id, document_id=document_id, quote=quote, quote_text=item.quote_text,
                    speaker_id=item.speaker_id, extractor_version=item.extractor_version))
        return stored

    def speaker(self, speaker_id: int) -> SpeakerRecord | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(speakers).where(speakers.c.id == speaker_id)).first()
            if row is None:
                return None
            hits = search_queries.find_hits(connection, SearchFilters(speaker_id=speaker_id, sort="date",
                                                                      limit=100_000))
        return SpeakerRecord(StoredSpeaker(row.id, row.name, row.kind, list(row.aliases), len(hits)), hits)

    def speakers(self, limit: int = 50) -> list[StoredSpeaker]:
        """The most quoted speakers first."""
        count = func.count(attributions.c.id)
        query = (select(speakers, count.label("attribution_count"))
                 .select_from(speakers.join(attributions, attributions.c.speaker_id == speakers.c.id))
                 .group_by(speakers.c.id).order_by(count.desc(), speakers.c.name).limit(limit))
        with self.engine.connect() as connection:
            return [StoredSpeaker(r.id, r.name, r.kind, list(r.aliases), r.attribution_count)
                    for r in connection.execute(query)]

    def documents(self, limit: int = 50) -> list[DocumentSummary]:
        """The newest documents first (by publication date, then by when they were stored)."""
        count = func.count(attributions.c.id)
        query = (select(documents.c.id, documents.c.name, documents.c.title, documents.c.outlet,
                        documents.c.published, count)
                 .select_from(documents.outerjoin(attributions, attributions.c.document_id == documents.c.id))
                 .group_by(documents.c.id)
                 .order_by(documents.c.published.desc().nulls_last(), documents.c.id.desc()).limit(limit))
        with self.engine.connect() as connection:
            return [DocumentSummary(*row) for row in connection.execute(query)]

    def outlets(self) -> list[str]:
        with self.engine.connect() as connection:
            return list(connection.execute(select(documents.c.outlet).where(documents.c.outlet.is_not(None))
                                           .distinct().order_by(documents.c.outlet)).scalars())

    def search(self, filters: SearchFilters) -> SearchResults:
        with self.engine.connect() as connection:
            return search_queries.search(connection, filters)

    def iter_search(self, filters: SearchFilters) -> Iterator[SearchHit]:
        with self.engine.connect() as connection:
            yield from search_queries.iter_hits(connection, filters)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            return {table.name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                    for table in (documents, attributions, speakers)}

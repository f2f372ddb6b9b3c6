"""Stored rows back as model objects, so the cross-document analysis can run on the record.

The analysis functions take `ExtractedDocument`s; the pages need only a speaker's attributions or a
quote's likely other reports, so these loaders read just those attributions (each with its whole
article, since cues and sources are spans into it) and say which stored attribution each one is.
A loaded `Document.id` is the stored document id (names are not unique in the record).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, bindparam, func, literal_column, or_, select

from onrecord.model import Document, ExtractedDocument, Quote, Speaker
from onrecord.store.database import Store
from onrecord.store.schema import attributions, documents, mentions, speakers
from onrecord.store.search import _WORD, _fts

MAX_SPEAKER_ATTRIBUTIONS = 1000
MAX_CANDIDATES = 200
MAX_PHRASES = 40
PHRASE_WORDS = 3


@dataclass
class LoadedRecord:
    """Documents holding only the loaded attributions, and the stored id of each (document id, quote index)."""

    documents: list[ExtractedDocument] = field(default_factory=list)
    attribution_ids: dict[tuple[str, int], int] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


def _load(connection: Connection, attribution_ids: list[int]) -> LoadedRecord:
    rows = connection.execute(
        select(attributions, speakers.c.name.label("speaker_name"), speakers.c.kind.label("speaker_kind"),
               mentions.c.mention)
        .select_from(attributions.outerjoin(speakers, attributions.c.speaker_id == speakers.c.id)
                     .outerjoin(mentions, mentions.c.attribution_id == attributions.c.id))
        .where(attributions.c.id.in_(attribution_ids))
        .order_by(attributions.c.document_id, attributions.c.position)).all()
    document_ids = sorted({row.document_id for row in rows})
    articles = {row.id: row for row in connection.execute(
        select(documents.c.id, documents.c.name, documents.c.title, documents.c.url, documents.c.outlet,
               documents.c.published, documents.c.text).where(documents.c.id.in_(document_ids)))}
    loaded = LoadedRecord()
    by_document: dict[int, ExtractedDocument] = {}
    for row in rows:
        extracted = by_document.get(row.document_id)
        if extracted is None:
            article = articles[row.document_id]
            extracted = by_document[row.document_id] = ExtractedDocument(Document(
                id=str(article.id), text=article.text, url=article.url, title=article.title or article.name,
                outlet=article.outlet, published=article.published.isoformat() if article.published else None), [])
            loaded.documents.append(extracted)
            loaded.titles[extracted.document.id] = extracted.document.title
        quote = Quote.from_dict({"content": row.content, "cue": row.cue, "source": row.source, "type": row.type,
                                 "category": row.category, "confidence": row.confidence})
        if row.speaker_id is not None:
            quote.speaker = Speaker(name=row.speaker_name, kind=row.speaker_kind, mention=row.mention or "")
        loaded.attribution_ids[(extracted.document.id, len(extracted.quotes))] = row.id
        extracted.quotes.append(quote)
    return loaded


def load_speaker(store: Store, speaker_id: int, limit: int = MAX_SPEAKER_ATTRIBUTIONS) -> LoadedRecord:
    """A speaker's `limit` most recently stored attributions, with their articles."""
    with store.engine.connect() as connection:
        ids = list(connection.execute(select(attributions.c.id).where(attributions.c.speaker_id == speaker_id)
                                      .order_by(attributions.c.id.desc()).limit(limit)).scalars())
        return _load(connection, ids)


def speaker_exists(store: Store, speaker_id: int) -> bool:
    with store.engine.connect() as connection:
        return connection.execute(select(speakers.c.id).where(speakers.c.id == speaker_id)).first() is not None


def load_attributions(store: Store, attribution_ids: list[int]) -> LoadedRecord:
    with store.engine.connect() as connection:
        return _load(connection, attribution_ids)


def load_all(store: Store) -> LoadedRecord:
    """Every attribution in the record: for collection-wide analyses, which callers should cache."""
    with store.engine.connect() as connection:
        return _load(connection, list(connection.execute(select(attributions.c.id)).scalars()))


def state(store: Store) -> tuple:
    """Changes whenever attributions are added, replaced or removed: a key for caching whole-record analyses."""
    with store.engine.connect() as connection:
        return tuple(connection.execute(select(func.count(attributions.c.id), func.max(attributions.c.id))).one())


def phrases(text: str, size: int = PHRASE_WORDS, most: int = MAX_PHRASES) -> list[str]:
    """Runs of `size` words of a quote, evenly spread and at most `most`: another report of the same
    words shares several of them even where a word was changed."""
    words = _WORD.findall(text.lower())
    runs = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)] or ([" ".join(words)] if words else [])
    step = max(1, -(-len(runs) // most))
    return list(dict.fromkeys(runs[::step]))


def candidate_reports(store: Store, attribution_id: int, limit: int = MAX_CANDIDATES) -> list[int] | None:
    """Stored attributions sharing a three-word run with this one (itself included), found through the
    full-text index; None when there is no such attribution."""
    with store.engine.connect() as connection:
        quote_text = connection.execute(select(attributions.c.quote_text)
                                        .where(attributions.c.id == attribution_id)).scalar()
        if quote_text is None:
            return None
        runs = phrases(quote_text)
        if not runs:
            return [attribution_id]
        if connection.dialect.name == "sqlite":
            query = (select(_fts.c.rowid)
                     .where(literal_column("attribution_fts").op("MATCH")(
                         bindparam("runs", " OR ".join(f'"{run}"' for run in runs)))))
        else:
            vector = literal_column("attributions.search_vector")
            config = literal_column("'english'::regconfig")
            query = select(attributions.c.id).where(or_(*(
                vector.op("@@")(func.phraseto_tsquery(config, bindparam(f"run{number}", run)))
                for number, run in enumerate(runs))))
        found = list(connection.execute(query.limit(limit)).scalars())
    return sorted(set(found) | {attribution_id})

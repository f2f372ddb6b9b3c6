"""Full-text search over quote content and speaker names, with facets, on either backend.

SQLite ranks with FTS5's bm25; PostgreSQL with ts_rank over a generated tsvector. The user's
words are reduced to plain terms that must all occur (plainto_tsquery semantics on both), so
no query syntax of either engine leaks through, and every value is a bound parameter.
"""
from __future__ import annotations

import re
from typing import Iterator

from sqlalchemy import Connection, Select, bindparam, column, func, literal_column, select, table
from sqlalchemy.sql.elements import ColumnElement

from onrecord.store.records import SearchFilters, SearchHit, SearchResults
from onrecord.store.schema import attributions, documents, speakers

SORTS = ("relevance", "date")
_WORD = re.compile(r"\w+")
_fts = table("attribution_fts", column("rowid"))
_PG_TSQUERY_CONFIG = literal_column("'english'::regconfig")


def search_terms(query: str) -> list[str]:
    return _WORD.findall(query or "")


def _joined() -> Select:
    return select().select_from(
        attributions.join(documents, attributions.c.document_id == documents.c.id)
        .outerjoin(speakers, attributions.c.speaker_id == speakers.c.id))


def _facet_conditions(filters: SearchFilters) -> list[ColumnElement]:
    conditions: list[ColumnElement] = []
    if filters.speaker_id is not None:
        conditions.append(attributions.c.speaker_id == filters.speaker_id)
    if filters.speaker:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", filters.speaker.lower()) + "%"
        conditions.append(func.lower(speakers.c.name).like(pattern, escape="\\"))
    for value, target in ((filters.kind, speakers.c.kind), (filters.outlet, documents.c.outlet),
                          (filters.type, attributions.c.type), (filters.category, attributions.c.category)):
        if value:
            conditions.append(target == value)
    if filters.date_from:
        conditions.append(documents.c.published >= filters.date_from)
    if filters.date_to:
        conditions.append(documents.c.published <= filters.date_to)
    return conditions


def _matching(connection: Connection, filters: SearchFilters) -> tuple[Select, ColumnElement | None]:
    """The filtered join and, when there is text to match, its relevance score (higher is better)."""
    query = _joined()
    conditions = _facet_conditions(filters)
    if conditions:
        query = query.where(*conditions)
    terms = search_terms(filters.query)
    if not terms:
        return query, None
    if connection.dialect.name == "sqlite":
        fts_table = literal_column("attribution_fts")
        matches = (select(_fts.c.rowid.label("attribution_id"), func.bm25(fts_table, 1.0, 0.5).label("score"))
                   .where(fts_table.op("MATCH")(bindparam("fts_query", " ".join(f'"{t}"' for t in terms))))
                   .subquery())
        query = query.join(matches, matches.c.attribution_id == attributions.c.id)
        return query, -matches.c.score
    vector = literal_column("attributions.search_vector")
    tsquery = func.plainto_tsquery(_PG_TSQUERY_CONFIG, bindparam("ts_query", " ".join(terms)))
    return query.where(vector.op("@@")(tsquery)), func.ts_rank(vector, tsquery)


def _order(filters: SearchFilters, score: ColumnElement | None) -> list[ColumnElement]:
    by_date = [documents.c.published.desc().nulls_last(), attributions.c.id.desc()]
    if filters.sort == "relevance" and score is not None:
        return [score.desc(), *by_date]
    return by_date


_HIT_COLUMNS = (attributions.c.id, attributions.c.document_id, documents.c.name, documents.c.title,
                documents.c.outlet, documents.c.published, attributions.c.speaker_id, speakers.c.name,
                speakers.c.kind, attributions.c.type, attributions.c.category, attributions.c.confidence,
                attributions.c.quote_text)


def find_hits(connection: Connection, filters: SearchFilters) -> list[SearchHit]:
    query, score = _matching(connection, filters)
    rows = connection.execute(query.add_columns(*_HIT_COLUMNS).order_by(*_order(filters, score))
                              .limit(filters.limit).offset(filters.offset))
    return [SearchHit(*row) for row in rows]


def search(connection: Connection, filters: SearchFilters) -> SearchResults:
    """A page of hits plus counts by type and by speaker kind over the whole match."""
    query, _ = _matching(connection, filters)
    by_type = dict(connection.execute(query.add_columns(attributions.c.type, func.count())
                                      .group_by(attributions.c.type)).all())
    by_kind = {kind or "none": count for kind, count in connection.execute(
        query.add_columns(speakers.c.kind, func.count()).group_by(speakers.c.kind)).all()}
    hits = find_hits(connection, filters) if by_type else []
    return SearchResults(hits=hits, total=sum(by_type.values()), counts_by_type=by_type, counts_by_kind=by_kind)


def iter_hits(connection: Connection, filters: SearchFilters, page_size: int = 1000) -> Iterator[SearchHit]:
    """Every hit of a search, page by page, for exports that must not hold it all in memory."""
    offset = filters.offset
    while True:
        page = find_hits(connection, SearchFilters(**{**vars(filters), "limit": page_size, "offset": offset}))
        yield from page
        if len(page) < page_size:
            return
        offset += page_size

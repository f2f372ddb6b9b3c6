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


def _base(filters: SearchFilters, for_hits: bool) -> Select:
    """Attributions, joined to documents and speakers only when the filters or the hits need them."""
    joined = attributions
    if for_hits or filters.outlet or filters.date_from or filters.date_to:
        joined = joined.join(documents, attributions.c.document_id == documents.c.id)
    if for_hits:
        joined = joined.outerjoin(speakers, attributions.c.speaker_id == speakers.c.id)
    return select().select_from(joined)


def _facet_conditions(filters: SearchFilters) -> list[ColumnElement]:
    conditions: list[ColumnElement] = []
    if filters.speaker_id is not None:
        conditions.append(attributions.c.speaker_id == filters.speaker_id)
    if filters.speaker:
        pattern = "%" + re.sub(r"([\\%_])", r"\\\1", filters.speaker.lower()) + "%"
        conditions.append(attributions.c.speaker_id.in_(
            select(speakers.c.id).where(func.lower(speakers.c.name).like(pattern, escape="\\"))))
    if filters.kind:
        conditions.append(attributions.c.speaker_id.in_(select(speakers.c.id).where(speakers.c.kind == filters.kind)))
    for value, target in ((filters.outlet, documents.c.outlet),
                          (filters.type, attributions.c.type), (filters.category, attributions.c.category)):
        if value:
            conditions.append(target == value)
    if filters.date_from:
        conditions.append(documents.c.published >= filters.date_from)
    if filters.date_to:
        conditions.append(documents.c.published <= filters.date_to)
    return conditions


def _matching(connection: Connection, filters: SearchFilters,
              for_hits: bool = True) -> tuple[Select, ColumnElement | None]:
    """The filtered rows and, when there is text to match, their relevance score (higher is better)."""
    query = _base(filters, for_hits)
    conditions = _facet_conditions(filters)
    if conditions:
        query = query.where(*conditions)
    terms = search_terms(filters.query)
    if not terms:
        return query, None
    if connection.dialect.name == "sqlite":
        fts_table = literal_column("attribution_fts")
        match = fts_table.op("MATCH")(bindparam("fts_query", " ".join(f'"{t}"' for t in terms)))
        if not (for_hits and filters.sort == "relevance"):
            return query.where(attributions.c.id.in_(select(_fts.c.rowid).where(match))), None
        matches = (select(_fts.c.rowid.label("attribution_id"), func.bm25(fts_table, 1.0, 0.5).label("score"))
                   .where(match).subquery())
        query = query.join(matches, matches.c.attribution_id == attributions.c.id)
        return query, -matches.c.score
    vector = literal_column("attributions.search_vector")
    tsquery = func.plainto_tsquery(_PG_TSQUERY_CONFIG, bindparam("ts_query", " ".join(terms)))
    return query.where(vector.op("@@")(tsquery)), func.ts_rank(vector, tsquery)


def _order(filters: SearchFilters, score: ColumnElement | None, dialect: str) -> list[ColumnElement]:
    """Newest first, undated last (SQLite sorts NULLs last in DESC already, and saying so again
    would stop it walking the published index), then in reading order within a document."""
    published = documents.c.published.desc()
    by_date = [published if dialect == "sqlite" else published.nulls_last(), documents.c.id.desc(),
               attributions.c.position]
    if filters.sort == "relevance" and score is not None:
        return [score.desc(), *by_date]
    return by_date


_HIT_COLUMNS = (attributions.c.id, attributions.c.document_id, documents.c.name, documents.c.title,
                documents.c.outlet, documents.c.published, attributions.c.speaker_id, speakers.c.name,
                speakers.c.kind, attributions.c.type, attributions.c.category, attributions.c.confidence,
                attributions.c.quote_text)


def find_hits(connection: Connection, filters: SearchFilters) -> list[SearchHit]:
    query, score = _matching(connection, filters)
    rows = connection.execute(query.add_columns(*_HIT_COLUMNS).order_by(*_order(filters, score, connection.dialect.name))
                              .limit(filters.limit).offset(filters.offset))
    return [SearchHit(*row) for row in rows]


def search(connection: Connection, filters: SearchFilters) -> SearchResults:
    """A page of hits plus counts by type and by speaker kind over the whole match.

    Both counts come from one pass grouped by (type, speaker id); kinds are joined on afterwards,
    on a few hundred groups instead of every matching row.
    """
    query, _ = _matching(connection, filters, for_hits=False)
    groups = query.add_columns(attributions.c.type, attributions.c.speaker_id, func.count().label("n")) \
        .group_by(attributions.c.type, attributions.c.speaker_id).subquery()
    counts = connection.execute(
        select(groups.c.type, speakers.c.kind, func.sum(groups.c.n))
        .select_from(groups.outerjoin(speakers, speakers.c.id == groups.c.speaker_id))
        .group_by(groups.c.type, speakers.c.kind)).all()
    by_type: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    for quote_type, kind, count in counts:
        by_type[quote_type] = by_type.get(quote_type, 0) + int(count)
        by_kind[kind or "none"] = by_kind.get(kind or "none", 0) + int(count)
    hits = find_hits(connection, filters) if counts else []
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

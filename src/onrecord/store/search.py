"""Full-text search over quote content and speaker names, with facets, on either backend.

SQLite ranks with FTS5's bm25; PostgreSQL with ts_rank over a generated tsvector. The user's
words are reduced to plain terms that must all occur, English stop words left out (what
plainto_tsquery does), so no query syntax of either engine leaks through, and every value is a
bound parameter.

A word found in most attributions must not cost a pass over all of them, so a text search looks
only at the COUNT_CAP most recently stored matches of its words (its window): facets filter and
counts count within the window, and relevance ranks the RANK_CAP most recent results in it. When
fewer attributions match there is no window and everything is exact; otherwise
`SearchResults.capped` says the counts are lower bounds. Sorting by date, and exports, see every match.
"""
from __future__ import annotations

import re
from typing import Iterator

from sqlalchemy import Connection, Select, bindparam, column, exists, func, literal_column, or_, select, table
from sqlalchemy.sql.elements import ColumnElement

from onrecord.store.records import SearchFilters, SearchHit, SearchResults
from onrecord.store.schema import attributions, documents, speakers

SORTS = ("relevance", "date")
COUNT_CAP = 10_000
RANK_CAP = 2_000
# PostgreSQL's `english` stop list (Snowball), so both backends leave out the same words.
STOP_WORDS = frozenset("""
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves what which who whom this that these those am is
    are was were be been being have has had having do does did doing a an the and but if or because as until
    while of at by for with about against between into through during before after above below to from up
    down in out on off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will just don should now
""".split())
_WORD = re.compile(r"\w+")
_fts = table("attribution_fts", column("rowid"))
_fts_table = literal_column("attribution_fts")
_search_vector = literal_column("attributions.search_vector")
_PG_TSQUERY_CONFIG = literal_column("'english'::regconfig")


def search_terms(query: str) -> list[str]:
    """The words that must occur: stop words only when the query has nothing else (then as a phrase)."""
    words = _WORD.findall(query or "")
    return [word for word in words if word.lower() not in STOP_WORDS] or words


def _is_phrase(terms: list[str]) -> bool:
    return all(term.lower() in STOP_WORDS for term in terms)


def _text_match(dialect: str, terms: list[str]) -> tuple[ColumnElement, ColumnElement | None]:
    """The condition a matching attribution meets and its relevance score (higher is better).

    On PostgreSQL the tsvector holds no stop words, so a phrase of them is matched on the text with
    word boundaries, and ranked by date.
    """
    phrase = _is_phrase(terms)
    if dialect == "sqlite":
        fts_query = f'"{" ".join(terms)}"' if phrase else " ".join(f'"{term}"' for term in terms)
        return _fts_table.op("MATCH")(bindparam("fts_query", fts_query)), -func.bm25(_fts_table, 1.0, 0.5)
    if phrase:
        pattern = bindparam("phrase_pattern", r"\m" + r"\W+".join(terms) + r"\M")
        return or_(*(text.op("~*", is_comparison=True)(pattern)
                     for text in (attributions.c.quote_text, attributions.c.speaker_text))), None
    tsquery = func.plainto_tsquery(_PG_TSQUERY_CONFIG, bindparam("ts_query", " ".join(terms)))
    return _search_vector.op("@@")(tsquery), func.ts_rank(_search_vector, tsquery)


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


def _filtered(filters: SearchFilters, for_hits: bool, joined=attributions) -> Select:
    """Attributions meeting the facets, joined to documents and speakers only when needed."""
    if for_hits or filters.outlet or filters.date_from or filters.date_to:
        joined = joined.join(documents, attributions.c.document_id == documents.c.id)
    if for_hits:
        joined = joined.outerjoin(speakers, attributions.c.speaker_id == speakers.c.id)
    return select().select_from(joined).where(*_facet_conditions(filters))


def _match_id(dialect: str) -> ColumnElement:
    """Attribution ids, read from the FTS index on SQLite so it can be walked newest first."""
    return _fts.c.rowid if dialect == "sqlite" else attributions.c.id


def _window_start(connection: Connection, terms: list[str]) -> int | None:
    """The id of the COUNT_CAP-th most recently stored match of the words, or None when fewer match.

    Facets, counts and ranking then look only at matches from there on, so a word found in most
    attributions costs COUNT_CAP rows, not all of them (SQLite reads the FTS index newest first).
    """
    dialect = connection.dialect.name
    match, _ = _text_match(dialect, terms)
    match_id = _match_id(dialect)
    return connection.execute(select(match_id).where(match).order_by(match_id.desc())
                              .offset(COUNT_CAP - 1).limit(1)).scalar()


def _candidates(dialect: str, filters: SearchFilters, terms: list[str], start: int | None,
                cap: int | None, scored: bool):
    """The `cap` most recently stored attributions (from id `start` on) matching the words and
    facets, with their type, speaker and (when `scored`) relevance score."""
    match, score = _text_match(dialect, terms)
    match_id = _match_id(dialect)
    joined = _fts.join(attributions, attributions.c.id == _fts.c.rowid) if dialect == "sqlite" else attributions
    query = _filtered(filters, False, joined).where(match).add_columns(
        attributions.c.id.label("attribution_id"), attributions.c.type, attributions.c.speaker_id)
    if start is not None:
        query = query.where(match_id >= start)
    if scored:
        query = query.add_columns((score if score is not None else literal_column("0")).label("score"))
    return (query.order_by(match_id.desc()).limit(cap) if cap else query).subquery("candidates")


def _by_date(dialect: str) -> list[ColumnElement]:
    """Newest first, undated last (SQLite sorts NULLs last in DESC already, and saying so again
    would stop it walking the published index), then in reading order within a document."""
    published = documents.c.published.desc()
    return [published if dialect == "sqlite" else published.nulls_last(), documents.c.id.desc(),
            attributions.c.position]


_HIT_COLUMNS = (attributions.c.id, attributions.c.document_id, documents.c.name, documents.c.title,
                documents.c.outlet, documents.c.published, attributions.c.speaker_id, speakers.c.name,
                speakers.c.kind, attributions.c.type, attributions.c.category, attributions.c.confidence,
                attributions.c.quote_text)


def _hits_query(dialect: str, filters: SearchFilters, start: int | None, rank_cap: int | None,
                many_matches: bool = False) -> Select:
    """Hits in display order: by relevance within the candidates, or by date over every match.

    By date, SQLite looks up the matches first when they are few; when there are `many_matches` it
    walks attributions newest first asking the FTS index about each, so it stops after a page
    instead of gathering every match.
    """
    terms = search_terms(filters.query)
    if terms and filters.sort == "relevance":
        candidates = _candidates(dialect, filters, terms, start, rank_cap, scored=True)
        joined = (candidates.join(attributions, attributions.c.id == candidates.c.attribution_id)
                  .join(documents, attributions.c.document_id == documents.c.id)
                  .outerjoin(speakers, attributions.c.speaker_id == speakers.c.id))
        return select(*_HIT_COLUMNS).select_from(joined).order_by(candidates.c.score.desc(), *_by_date(dialect))
    query = _filtered(filters, True).add_columns(*_HIT_COLUMNS).order_by(*_by_date(dialect))
    if not terms:
        return query
    match, _ = _text_match(dialect, terms)
    if dialect == "sqlite" and many_matches:
        match = exists().where(match, _fts.c.rowid == attributions.c.id)
    elif dialect == "sqlite":
        match = attributions.c.id.in_(select(_fts.c.rowid).where(match))
    return query.where(match)


def _page(connection: Connection, filters: SearchFilters, start: int | None, many_matches: bool) -> list[SearchHit]:
    query = _hits_query(connection.dialect.name, filters, start, RANK_CAP, many_matches)
    return [SearchHit(*row) for row in connection.execute(query.limit(filters.limit).offset(filters.offset))]


def find_hits(connection: Connection, filters: SearchFilters) -> list[SearchHit]:
    terms = search_terms(filters.query)
    start = _window_start(connection, terms) if terms else None
    return _page(connection, filters, start, many_matches=start is not None)


def search(connection: Connection, filters: SearchFilters) -> SearchResults:
    """A page of hits plus counts by type and by speaker kind over the match, or over its newest
    COUNT_CAP (then `capped`: the counts are lower bounds). Without facets the capped count itself
    tells whether there is a window, so only faceted text searches look for where it starts.

    Both counts come from one pass grouped by (type, speaker id); kinds are joined on afterwards,
    on a few hundred groups instead of every matching row.
    """
    terms = search_terms(filters.query)
    start = _window_start(connection, terms) if terms and _facet_conditions(filters) else None
    if terms:
        candidates = _candidates(connection.dialect.name, filters, terms, start, COUNT_CAP, scored=False)
        groups = select(candidates.c.type, candidates.c.speaker_id, func.count().label("n")) \
            .group_by(candidates.c.type, candidates.c.speaker_id).subquery()
    else:
        groups = _filtered(filters, False).add_columns(attributions.c.type, attributions.c.speaker_id,
                                                       func.count().label("n")) \
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
    total = sum(by_type.values())
    capped = start is not None or (bool(terms) and total >= COUNT_CAP)
    hits = _page(connection, filters, start, many_matches=capped) if counts or capped else []
    return SearchResults(hits=hits, total=total, counts_by_type=by_type, counts_by_kind=by_kind, capped=capped)


def iter_hits(connection: Connection, filters: SearchFilters, page_size: int = 1000) -> Iterator[SearchHit]:
    """Every hit of a search, ranked over the whole match (an export is not capped), streamed in
    one query so memory stays flat and nothing is ranked twice."""
    query = _hits_query(connection.dialect.name, filters, None, None).offset(filters.offset)
    for row in connection.execution_options(yield_per=page_size).execute(query):
        yield SearchHit(*row)

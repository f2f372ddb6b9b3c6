"""The record's tables, written once in SQLAlchemy Core so SQLite and PostgreSQL share them.

Migrations are deliberately simple: `schema_version` holds one number; `migrate` runs
`create_all` plus the backend's full-text DDL and each newer version's upgrade steps, and refuses
a database newer than this code.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Column, Connection, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, UniqueConstraint, func, select, text)

SCHEMA_VERSION = 2

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("extractor_version", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_documents_outlet", "outlet"),
    Index("ix_documents_published", "published", "id"),
)

speakers = Table(
    "speakers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    UniqueConstraint("name", "kind", name="uq_speakers_name_kind"),
)

attributions = Table(
    "attributions", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="SET NULL")),
    Column("content", JSON, nullable=False),
    Column("cue", JSON, nullable=False),
    Column("source", JSON, nullable=False),
    Column("quote_text", Text, nullable=False),
    Column("speaker_text", Text, nullable=False),
    Column("type", Text, nullable=False),
    Column("category", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("extractor_version", Text, nullable=False),
    Index("ix_attributions_document", "document_id", "position"),
    Index("ix_attributions_speaker", "speaker_id"),
    Index("ix_attributions_type_speaker", "type", "speaker_id"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("attribution_id", Integer, ForeignKey("attributions.id", ondelete="CASCADE"), nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("mention", Text, nullable=False),
    Column("spans", JSON, nullable=False),
    Index("ix_mentions_speaker", "speaker_id"),
    Index("ix_mentions_attribution", "attribution_id"),
)

# Full-text DDL per backend: SQLite keeps an external-content FTS5 index in step with triggers;
# PostgreSQL keeps a generated tsvector column under a GIN index.
_FULL_TEXT_DDL = {
    "sqlite": [
        "CREATE VIRTUAL TABLE IF NOT EXISTS attribution_fts USING fts5("
        " quote_text, speaker_text, content='attributions', content_rowid='id',"
        " tokenize='porter unicode61 remove_diacritics 2')",
        "CREATE TRIGGER IF NOT EXISTS attributions_fts_insert AFTER INSERT ON attributions BEGIN"
        " INSERT INTO attribution_fts(rowid, quote_text, speaker_text)"
        " VALUES (new.id, new.quote_text, new.speaker_text); END",
        "CREATE TRIGGER IF NOT EXISTS attributions_fts_delete AFTER DELETE ON attributions BEGIN"
        " INSERT INTO attribution_fts(attribution_fts, rowid, quote_text, speaker_text)"
        " VALUES ('delete', old.id, old.quote_text, old.speaker_text); END",
    ],
    "postgresql": [
        "ALTER TABLE attributions ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS ("
        " setweight(to_tsvector('english', quote_text), 'A') ||"
        " setweight(to_tsvector('english', speaker_text), 'B')) STORED",
        "CREATE INDEX IF NOT EXISTS ix_attributions_search ON attributions USING gin (search_vector)",
    ],
}

# What each version adds beyond the tables, per backend; every statement is idempotent, so a new
# database runs them all and an older one the steps from its version on.
_UPGRADES = {
    # PostgreSQL cannot walk the (published, id) index for `published DESC NULLS LAST` (it would
    # need NULLS FIRST), so date-sorted searches and browsing sorted every document without this.
    2: {"postgresql": ["CREATE INDEX IF NOT EXISTS ix_documents_published_desc"
                       " ON documents (published DESC NULLS LAST, id DESC)"]},
}


class SchemaError(RuntimeError):
    """The database cannot be used by this version of onrecord; the message says why."""


def migrate(connection: Connection) -> None:
    """Bring an empty or older database up to SCHEMA_VERSION inside the caller's transaction."""
    dialect = connection.dialect.name
    if dialect not in _FULL_TEXT_DDL:
        raise SchemaError(f"unsupported database {dialect!r}: use SQLite or PostgreSQL")
    metadata.create_all(connection, tables=[schema_version])
    current = connection.execute(select(func.max(schema_version.c.version))).scalar() or 0
    if current > SCHEMA_VERSION:
        raise SchemaError(f"database schema v{current} is newer than this onrecord (v{SCHEMA_VERSION}): upgrade onrecord")
    if current == SCHEMA_VERSION:
        return
    metadata.create_all(connection)
    for statement in _FULL_TEXT_DDL[dialect]:
        connection.execute(text(statement))
    for version in range(current + 1, SCHEMA_VERSION + 1):
        for statement in _UPGRADES.get(version, {}).get(dialect, []):
            connection.execute(text(statement))
    connection.execute(schema_version.insert().values(version=SCHEMA_VERSION))

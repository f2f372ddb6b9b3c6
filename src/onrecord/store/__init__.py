"""The record: documents, attributions and speakers in SQLite or PostgreSQL, searchable."""
from onrecord.store.database import DEFAULT_DB, Store, StoreError, content_hash, database_url
from onrecord.store.records import (DocumentSummary, SearchFilters, SearchHit, SearchResults, SpeakerRecord, StoredAttribution,
                                    StoredDocument, StoredSpeaker)

__all__ = ["DocumentSummary", "DEFAULT_DB", "Store", "StoreError", "content_hash", "database_url", "SearchFilters", "SearchHit",
           "SearchResults", "SpeakerRecord", "StoredAttribution", "StoredDocument", "StoredSpeaker"]

"""Cross-document analysis: canonical speakers, one quote's many reports, statement kinds, shifts.

Every function takes plain lists of `ExtractedDocument` (with `Document.published`/`outlet` set
where known), so the CLI, the store and the web API can all call them on the data they hold.
"""
from onrecord.analysis.attributions import Attribution, AttributionRef, attributions
from onrecord.analysis.kinds import StatementKind, statement_kind, statement_kinds
from onrecord.analysis.shifts import Shift, position_shifts
from onrecord.analysis.speakers import CanonicalSpeaker, SpeakerIndex, canonical_speakers
from onrecord.analysis.variants import QuoteGroup, group_quotes, word_changes

__all__ = ["Attribution", "AttributionRef", "attributions", "CanonicalSpeaker", "SpeakerIndex",
           "canonical_speakers", "QuoteGroup", "group_quotes", "word_changes", "StatementKind", "statement_kind", "statement_kinds",
           "Shift", "position_shifts"]

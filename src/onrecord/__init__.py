"""onrecord: who said what, as data.

    >>> import onrecord
    >>> quotes = onrecord.extract('“We will win,” she said.')
"""
from onrecord.pipeline import extract, extract_many
from onrecord.model import Document, ExtractedDocument, Quote, Span, Speaker

__all__ = ["extract", "extract_many", "Document", "ExtractedDocument", "Quote", "Span", "Speaker"]
__version__ = "0.1.0"

"""Articles for cross-document analysis: plain text to extract now, or JSON Lines already extracted.

A JSON Lines record is `{"id", "text", "published"?, "outlet"?, "url"?, "title"?, "quotes"?}`:
`onrecord extract` output with the article text added. Records without "quotes" are extracted
on the fly, so a JSON Lines file of bare articles with dates and outlets works too.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Iterator

from onrecord.ingest.jsonl import RecordFormatError, document_from_json, iter_lines
from onrecord.ingest.text import InputError, decode, expand_paths, read_text_file
from onrecord.model import Document, ExtractedDocument, Quote

ARTICLE_SUFFIXES = (".txt", ".jsonl")


def read_records(path: Path) -> Iterator[Document | ExtractedDocument | InputError]:
    """One item per line; a bad line yields an InputError in its place so a batch can go on."""
    for number, line in iter_lines(path):
        try:
            text = decode(line, f"{path}:{number}")
            document = document_from_json(text)
            quotes = json.loads(text).get("quotes")
            if quotes is None:
                yield document
            elif not isinstance(quotes, list):
                raise RecordFormatError('"quotes" is not a list')
            else:
                yield ExtractedDocument(document, [Quote.from_dict(q) for q in quotes])
        except InputError as error:
            yield error
        except (RecordFormatError, ValueError, TypeError, AttributeError) as error:
            yield InputError(f"{path}:{number}: {error}")


def load_documents(paths: list[str], on_error: Callable[[str], None]) -> list[ExtractedDocument]:
    """Every article named by `paths`, extracted; unreadable ones are reported through `on_error` and skipped."""
    items: list[Document | ExtractedDocument] = []
    for target in expand_paths(paths, suffixes=ARTICLE_SUFFIXES):
        if target == "-":
            raise InputError("reading articles from stdin is not supported here: name files or folders")
        try:
            if target.suffix.lower() == ".jsonl":
                for item in read_records(target):
                    if isinstance(item, InputError):
                        on_error(str(item))
                    else:
                        items.append(item)
            else:
                items.append(read_text_file(target))
        except (InputError, OSError) as error:
            on_error(str(error))
    return _extract_missing(items)


def _extract_missing(items: Iterable[Document | ExtractedDocument]) -> list[ExtractedDocument]:
    items = list(items)
    pending = [item for item in items if isinstance(item, Document)]
    if not pending:
        return list(items)
    from onrecord.pipeline import extract_many

    extracted = iter(extract_many(pending))
    return [next(extracted) if isinstance(item, Document) else item for item in items]

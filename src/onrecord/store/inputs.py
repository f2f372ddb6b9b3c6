"""What `onrecord ingest` reads: .txt articles, JSON Lines of articles that carry their text, and
the Parquet archives `onrecord run` writes.

`onrecord extract` output has no text, so a JSONL line must have "text"; when it also has
"quotes" they are stored as given (checked against the text), otherwise the article is extracted.
An archive's attributions are stored as the archive holds them.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from onrecord.ingest.jsonl import document_from_json
from onrecord.ingest.text import InputError, decode, expand_paths, read_stdin, read_text_file
from onrecord.model import CATEGORIES, QUOTE_TYPES, SPEAKER_KINDS, Document, ExtractedDocument, Quote

SUFFIXES = (".txt", ".jsonl")
SUPPLIED_VERSION = "supplied"


@dataclass
class SuppliedExtraction:
    """Attributions that came with the input rather than from this extractor."""

    extracted: ExtractedDocument
    extractor_version: str


def _quote(data: Any, text: str) -> Quote:
    if not isinstance(data, dict):
        raise ValueError("a quote is not a JSON object")
    quote = Quote.from_dict(data)
    if not quote.content:
        raise ValueError("a quote has no content span")
    for span in (*quote.content, *quote.cue, *quote.source):
        if not 0 <= span.start <= span.end <= len(text):
            raise ValueError(f"span [{span.start}, {span.end}] lies outside the text ({len(text)} characters)")
    if quote.type not in QUOTE_TYPES or quote.category not in CATEGORIES:
        raise ValueError(f"unknown type {quote.type!r} or category {quote.category!r}")
    if quote.speaker and quote.speaker.kind not in SPEAKER_KINDS:
        raise ValueError(f"unknown speaker kind {quote.speaker.kind!r}")
    return quote


def parse_jsonl_line(line: str) -> Document | SuppliedExtraction:
    """One article from a JSONL line (the `onrecord run` JSONL reader's fields, plus optional
    "quotes"); ValueError with a user-readable reason when unusable."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not JSON ({error.msg})") from None
    if isinstance(data, dict) and not isinstance(data.get("text"), str):
        raise ValueError('no "text": ingest needs the article text (extract output alone has only offsets)')
    document = document_from_json(line)
    if not document.text.strip():
        raise ValueError("empty text")
    if "quotes" not in data:
        return document
    if not isinstance(data["quotes"], list):
        raise ValueError('"quotes" is not a list')
    try:
        quotes = [_quote(item, document.text) for item in data["quotes"]]
    except (TypeError, KeyError) as error:
        raise ValueError(f"malformed quote ({error})") from None
    return SuppliedExtraction(ExtractedDocument(document, quotes),
                              str(data.get("extractor_version") or SUPPLIED_VERSION))


def _read_jsonl(path: Path, failures: list[str]) -> Iterator[Document | SuppliedExtraction]:
    text = decode(path.read_bytes(), str(path))
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield parse_jsonl_line(line)
        except ValueError as error:
            failures.append(f"{path}:{number}: {error}")


def is_archive(path: str) -> bool:
    folder = Path(path)
    return folder.is_dir() and (folder / "documents").is_dir() and (folder / "attributions").is_dir()


def _read_archive(folder: Path, failures: list[str]) -> Iterator[SuppliedExtraction]:
    from onrecord.corpus.archive import read_archive

    try:
        for extracted in read_archive(folder):
            yield SuppliedExtraction(extracted, SUPPLIED_VERSION)
    except (OSError, ValueError) as error:
        failures.append(f"{folder}: unreadable archive ({str(error).splitlines()[0]})")


def read_inputs(paths: list[str], failures: list[str]) -> Iterator[Document | SuppliedExtraction]:
    """Every article under the paths, in order; unreadable ones are appended to `failures`.

    Raises InputError up front when a path does not exist, as `onrecord extract` does.
    """
    targets: list[Path | str] = []
    for raw in paths:
        targets.extend([Path(raw)] if is_archive(raw) else expand_paths([raw], SUFFIXES))

    def read() -> Iterator[Document | SuppliedExtraction]:
        for target in targets:
            try:
                if target == "-":
                    yield read_stdin()
                elif is_archive(str(target)):
                    yield from _read_archive(Path(target), failures)
                elif Path(target).suffix.lower() == ".jsonl":
                    yield from _read_jsonl(Path(target), failures)
                else:
                    yield read_text_file(Path(target))
            except (InputError, OSError) as error:
                failures.append(str(error))
    return read()

"""Every input format split into raw records, then turned into the one `Document` model.

Splitting is cheap and done once, in input order, so a run can number its work the same way
each time it is restarted; the costly part (decoding, HTML extraction) is `to_document`, which a
worker process runs. Bad records never raise out of a batch: they become `SkippedRecord`s with a
short reason a summary can count.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from onrecord.ingest.html import document_from_html
from onrecord.ingest.jsonl import RecordFormatError, document_from_json, iter_lines
from onrecord.ingest.text import InputError, decode
from onrecord.ingest.warc import iter_responses
from onrecord.model import Document

INPUT_SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")
MAX_RECORD_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000  # spaCy's own default limit on one text


class SkippedRecord(InputError):
    """A record left out of a batch; `reason` is one of a few short labels, `detail` says more."""

    def __init__(self, origin: str, reason: str, detail: str = "") -> None:
        self.origin, self.reason, self.detail = origin, reason, detail
        super().__init__(f"{origin}: {reason}" + (f" ({detail})" if detail else ""))


@dataclass
class RawRecord:
    """One would-be article before decoding: where it came from and its undecoded bytes."""

    source: str
    kind: str  # "text", "html" or "json"
    data: bytes
    id: str | None = None
    position: str | None = None
    url: str | None = None
    reason: str | None = None
    detail: str = ""

    @property
    def origin(self) -> str:
        return f"{self.source} {self.position}" if self.position else self.source


def iter_raw_records(targets: Iterable[Path | str]) -> Iterator[RawRecord]:
    """Records of each file in turn ('-' is stdin, one text); the order is stable across runs."""
    for target in targets:
        if target == "-":
            yield RawRecord("stdin", "text", sys.stdin.buffer.read(), id="stdin")
        else:
            yield from _file_records(Path(target))


def _file_records(path: Path) -> Iterator[RawRecord]:
    name, source = path.name.lower(), str(path)
    try:
        if name.endswith(".jsonl"):
            for number, line in iter_lines(path):
                yield RawRecord(source, "json", line, position=f"line {number}")
        elif name.endswith((".warc", ".warc.gz")):
            for response in iter_responses(path, MAX_RECORD_BYTES):
                yield RawRecord(source, "html", response.body, id=response.record_id, position=response.url
                                or response.record_id, url=response.url, reason=response.reason,
                                detail=response.detail)
        else:
            kind = "html" if name.endswith((".html", ".htm")) else "text"
            if path.stat().st_size > MAX_RECORD_BYTES:
                yield RawRecord(source, kind, b"", id=path.stem, reason="too large",
                                detail=f"{path.stat().st_size} bytes")
            else:
                yield RawRecord(source, kind, path.read_bytes(), id=path.stem)
    except OSError as error:
        yield RawRecord(source, "text", b"", reason="unreadable", detail=error.strerror or str(error))


def to_document(record: RawRecord) -> Document:
    """The record as an article, or SkippedRecord saying why it cannot be one."""
    if record.reason:
        raise SkippedRecord(record.origin, record.reason, record.detail)
    if len(record.data) > MAX_RECORD_BYTES:
        raise SkippedRecord(record.origin, "too large", f"over {MAX_RECORD_BYTES} bytes")
    if record.kind == "html":
        document = document_from_html(record.data, id=record.id or record.origin, url=record.url)
        if document is None:
            raise SkippedRecord(record.origin, "empty after extraction", "no main text found in the page")
    else:
        try:
            text = decode(record.data, record.origin)
        except InputError as error:
            raise SkippedRecord(record.origin, "undecodable", str(error).removeprefix(f"{record.origin}: ")) from None
        if record.kind == "json":
            try:
                document = document_from_json(text)
            except RecordFormatError as error:
                raise SkippedRecord(record.origin, "bad record", str(error)) from None
        else:
            document = Document(id=record.id or record.origin, text=text)
    if not document.text.strip():
        raise SkippedRecord(record.origin, "empty after extraction", "no text")
    if len(document.text) > MAX_TEXT_CHARS:
        raise SkippedRecord(record.origin, "too large", f"{len(document.text)} characters")
    return document


def read_documents(targets: Iterable[Path | str],
                   on_skip: Callable[[SkippedRecord], None] = lambda skipped: None) -> Iterator[Document]:
    """Articles from files of any supported format; bad records go to `on_skip` and reading goes on."""
    for record in iter_raw_records(targets):
        try:
            yield to_document(record)
        except SkippedRecord as skipped:
            on_skip(skipped)

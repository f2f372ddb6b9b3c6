"""Web archives (.warc, .warc.gz): each HTTP response is a candidate article."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator


@dataclass
class WarcResponse:
    """One response record, its body already read (up to `limit` + 1 bytes) or why it is skipped."""

    record_id: str
    url: str | None
    body: bytes
    reason: str | None = None
    detail: str = ""


def iter_responses(path: Path, limit: int) -> Iterator[WarcResponse]:
    """Response records in file order; requests, metadata and warcinfo records are not articles.

    Bodies are read with their transfer and content encodings undone. A damaged archive ends with
    one response carrying the problem rather than an exception, so the records before it still count.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.rec_type != "response":
                    continue
                record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
                record_id = record_id.removeprefix("urn:uuid:") or f"offset-{records.get_record_offset()}"
                url = record.rec_headers.get_header("WARC-Target-URI")
                yield _response(record, record_id, url, limit)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
            yield WarcResponse(f"offset-{records.get_record_offset()}", None, b"", "unreadable",
                               f"damaged archive ({type(error).__name__}: {error})")


def _response(record, record_id: str, url: str | None, limit: int) -> WarcResponse:
    headers = record.http_headers
    if headers is None:
        return WarcResponse(record_id, url, b"", "not HTML", "no HTTP headers")
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return WarcResponse(record_id, url, b"", "HTTP error", f"status {status}")
    content_type = (headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return WarcResponse(record_id, url, b"", "not HTML", content_type.split(";")[0] or "no content type")
    return WarcResponse(record_id, url, record.content_stream().read(limit + 1))

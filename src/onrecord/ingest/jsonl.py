"""JSON Lines articles: one object per line with id and text, optionally url, title, outlet, date."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from onrecord.model import Document

OPTIONAL_FIELDS = ("url", "title", "outlet")


class RecordFormatError(ValueError):
    """A line that is not a usable article object; the message says which field is wrong."""


def iter_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """Non-blank lines with their 1-based numbers, so a bad one can be pointed at."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield number, line


def document_from_json(line: str) -> Document:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as error:
        raise RecordFormatError(f"not JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(data, dict):
        raise RecordFormatError("not a JSON object")
    identifier, text = data.get("id"), data.get("text")
    if isinstance(identifier, bool) or not isinstance(identifier, (str, int)) or str(identifier) == "":
        raise RecordFormatError("no \"id\" (a string or number)")
    if not isinstance(text, str):
        raise RecordFormatError("no \"text\" string")
    fields = {key: _optional_string(data, key) for key in OPTIONAL_FIELDS}
    published = _optional_string(data, "published") or _optional_string(data, "date")
    return Document(id=str(identifier), text=text, published=published, **fields)


def _optional_string(data: dict, key: str) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RecordFormatError(f"\"{key}\" is not a string")
    return value

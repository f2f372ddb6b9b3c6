"""Plain-text articles: files, directories of them, or stdin."""
from __future__ import annotations

import glob
import sys
from pathlib import Path
from typing import Iterator

from onrecord.model import Document

MAX_BYTES = 50 * 1024 * 1024


class InputError(ValueError):
    """A document that cannot be read; the message is fit to show a user as is."""


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text; refuse binaries and other encodings rather than guess. A byte-order mark stays in the text as
    U+FEFF, so offsets index the text exactly as any UTF-8 reader of the file (or of a JSON copy of it) sees it."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"{origin}: not valid UTF-8 (byte {err.start}: {data[err.start:err.start + 1]!r})") from None
    return text


def read_text_file(path: Path) -> Document:
    if path.stat().st_size > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    return Document(id=path.stem, text=decode(path.read_bytes(), str(path)))


def expand_paths(paths: list[str], suffixes: tuple[str, ...] = (".txt",)) -> Iterator[Path | str]:
    """Files named, files inside named directories and matching globs (sorted, so a rerun sees the
    same order), and '-' for stdin, in order given. `suffixes` may be compound (".warc.gz")."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes))
            if not found:
                raise InputError(f"{path}: no {'/'.join(suffixes)} files in this directory")
            yield from found
        elif path.is_file():
            yield path
        elif glob.has_magic(raw):
            matches = sorted(Path(match) for match in glob.glob(raw, recursive=True) if Path(match).is_file())
            if not matches:
                raise InputError(f"{raw}: no file matches this pattern")
            yield from matches
        else:
            raise InputError(f"{path}: no such file or directory")


def read_stdin() -> Document:
    return Document(id="stdin", text=decode(sys.stdin.buffer.read(), "stdin"))

"""Work in numbered parts: each part is a fixed run of input records, processed and committed whole.

Records are numbered in input order, so part N holds the same records every time the same command
runs; a part is done once its record file `parts/part-N.json` exists, which is renamed into place
after its tables. Restarting a killed run therefore redoes at most the parts that were in flight.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from itertools import count, islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from onrecord.corpus.archive import (ATTRIBUTIONS, DOCUMENTS, attribution_rows, document_row, replace_atomically,
                                     write_jsonl, write_parquet)
from onrecord.ingest.records import RawRecord, SkippedRecord, to_document
from onrecord.model import Document

PARTS = "parts"
RUN_FILE, SUMMARY_FILE, ERRORS_FILE = "run.json", "summary.json", "errors.jsonl"


class OutputConflict(ValueError):
    """The output folder holds a different run; resuming into it would mix two corpora."""


@dataclass
class PartCounts:
    """What one part (or a whole run, summed) produced; kept in the part's record for resumed runs."""

    documents: int = 0
    attributions: int = 0
    words: int = 0
    skipped: Counter = field(default_factory=Counter)

    def add(self, other: "PartCounts") -> None:
        self.documents += other.documents
        self.attributions += other.attributions
        self.words += other.words
        self.skipped.update(other.skipped)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "attributions": self.attributions, "words": self.words,
                "skipped": dict(sorted(self.skipped.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PartCounts":
        return cls(data["documents"], data["attributions"], data["words"], Counter(data["skipped"]))


@dataclass
class ExtractedPart:
    documents: list[dict[str, Any]]
    attributions: list[dict[str, Any]]
    skipped: list[dict[str, str]]

    @property
    def counts(self) -> PartCounts:
        return PartCounts(len(self.documents), len(self.attributions), sum(row["words"] for row in self.documents),
                          Counter(row["reason"] for row in self.skipped))


def numbered_parts(records: Iterable[RawRecord], part_size: int) -> Iterator[tuple[int, list[RawRecord]]]:
    iterator = iter(records)
    for number in count():
        part = list(islice(iterator, part_size))
        if not part:
            return
        yield number, part


def skipped_row(skipped: SkippedRecord) -> dict[str, str]:
    return {"origin": skipped.origin, "reason": skipped.reason, "detail": skipped.detail}


def extract_part(records: list[RawRecord], category: list[str] | None) -> ExtractedPart:
    """Decode and extract one part in this process (its model is loaded once and cached).

    Should the extractor fail on some text, the part is redone a document at a time so that only
    the offending documents are skipped ("extraction failed") and the run goes on.
    """
    from onrecord.pipeline import extract_many

    readable: list[tuple[RawRecord, Document]] = []
    skipped: list[dict[str, str]] = []
    for record in records:
        try:
            readable.append((record, to_document(record)))
        except SkippedRecord as error:
            skipped.append(skipped_row(error))
    try:
        extracted = list(zip(readable, extract_many([document for _, document in readable], category=category)))
    except Exception:
        extracted = []
        for record, document in readable:
            try:
                extracted.extend(zip([(record, document)], extract_many([document], category=category)))
            except Exception as error:
                skipped.append(skipped_row(SkippedRecord(record.origin, "extraction failed",
                                                         f"{type(error).__name__}: {error}")))
    part = ExtractedPart([], [], skipped)
    for (record, _), result in extracted:
        part.documents.append(document_row(result, record.source))
        part.attributions.extend(attribution_rows(result))
    return part


def part_name(number: int) -> str:
    return f"part-{number:06d}"


def commit_part(out: Path, number: int, part: ExtractedPart, jsonl: bool) -> PartCounts:
    """Tables first, the part's record last: the record's presence is what marks the part done."""
    name = part_name(number)
    write_parquet(out / ATTRIBUTIONS / f"{name}.parquet", ATTRIBUTIONS, part.attributions)
    write_parquet(out / DOCUMENTS / f"{name}.parquet", DOCUMENTS, part.documents)
    if jsonl:
        write_jsonl(out / "jsonl" / ATTRIBUTIONS / f"{name}.jsonl", part.attributions)
        write_jsonl(out / "jsonl" / DOCUMENTS / f"{name}.jsonl", part.documents)
    counts = part.counts
    record = {"part": number, "counts": counts.to_dict(), "skipped": part.skipped}
    replace_atomically(out / PARTS / f"{name}.json",
                       lambda temporary: temporary.write_text(json.dumps(record, ensure_ascii=False)))
    return counts


def committed_parts(out: Path) -> dict[int, dict[str, Any]]:
    """The records of the parts already done in `out`, by part number."""
    return {record["part"]: record for record in
            (json.loads(path.read_text()) for path in sorted((out / PARTS).glob("part-*.json")))}


def prepare_output(out: Path, settings: dict[str, Any], jsonl: bool) -> None:
    """Create the layout, or check that `out` holds this same run, and drop leftovers of a killed one."""
    run_file = out / RUN_FILE
    if run_file.exists():
        previous = json.loads(run_file.read_text())
        if previous != settings:
            changed = sorted(key for key in settings.keys() | previous.keys() if settings.get(key) != previous.get(key))
            raise OutputConflict(f"{out} holds a run with different {', '.join(changed)}: "
                                 "rerun the same command to resume, or choose a new --out")
    else:
        if out.exists() and any(out.iterdir()):
            raise OutputConflict(f"{out} is not empty and holds no onrecord run: choose a new --out")
        out.mkdir(parents=True, exist_ok=True)
        replace_atomically(run_file, lambda temporary: temporary.write_text(json.dumps(settings, indent=2)))
    folders = [PARTS, DOCUMENTS, ATTRIBUTIONS] + ([f"jsonl/{DOCUMENTS}", f"jsonl/{ATTRIBUTIONS}"] if jsonl else [])
    for folder in folders:
        (out / folder).mkdir(parents=True, exist_ok=True)
        for leftover in (out / folder).glob("*.tmp-*"):
            leftover.unlink()


def finish_run(out: Path, counts: PartCounts, skipped: list[dict[str, str]], extra: dict[str, Any]) -> dict[str, Any]:
    """One errors file for the whole run (a line per skipped record, with its reason) and the summary."""
    write_jsonl(out / ERRORS_FILE, skipped)
    summary = {**counts.to_dict(), "skipped_total": sum(counts.skipped.values()), **extra}
    replace_atomically(out / SUMMARY_FILE, lambda temporary: temporary.write_text(json.dumps(summary, indent=2)))
    return summary

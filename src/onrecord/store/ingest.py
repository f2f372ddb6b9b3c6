"""Extract-and-store: the work behind `onrecord ingest`, usable from Python too."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from sqlalchemy.exc import SQLAlchemyError

from onrecord import __version__
from onrecord.model import Document
from onrecord.pipeline import extract_many
from onrecord.store.database import Store
from onrecord.store.inputs import SuppliedExtraction

EXTRACTOR_VERSION = __version__


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[str] = field(default_factory=list)

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)


def ingest(store: Store, items: Iterable[Document | SuppliedExtraction], report: IngestReport | None = None,
           batch_size: int = 16, on_saved: Callable[[str], None] | None = None) -> IngestReport:
    """Store every item, extracting only texts not already stored by this extractor version.

    Each document commits alone; a document the database refuses is reported and skipped.
    """
    report = report or IngestReport()

    def save(extracted, version: str) -> None:
        try:
            outcome = store.save(extracted, version)
        except SQLAlchemyError as error:
            reason = str(getattr(error, "orig", None) or error).splitlines()[0]
            report.failures.append(f"{extracted.document.id}: not stored ({reason})")
            return
        report.count(outcome)
        if on_saved:
            on_saved(outcome)

    def needing_extraction() -> Iterator[Document]:
        for item in items:
            if isinstance(item, SuppliedExtraction):
                save(item.extracted, item.extractor_version)
            elif store.stored_version(item.text) == EXTRACTOR_VERSION:
                report.count("unchanged")
                if on_saved:
                    on_saved("unchanged")
            else:
                yield item

    for result in extract_many(needing_extraction(), batch_size=batch_size):
        save(result, EXTRACTOR_VERSION)
    return report

"""A flat, cross-document view of attributions: what every analysis iterates over.

Analyses work on many articles at once, so each attribution carries its article's id, outlet and
date with it, plus the text of its content, cue and source (read once from the article).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from onrecord.model import ExtractedDocument, Quote, Speaker


@dataclass(frozen=True)
class AttributionRef:
    """Where an attribution lives: its article and its position in that article's quote list."""

    document_id: str
    index: int

    def to_dict(self) -> dict:
        return {"document": self.document_id, "quote": self.index}


@dataclass
class Attribution:
    ref: AttributionRef
    content: str
    cue: str
    source: str
    speaker: Speaker | None
    type: str
    outlet: str | None
    published: str | None
    quote: Quote

    @property
    def is_direct(self) -> bool:
        return self.type in ("direct", "mixed") or any(mark in self.content for mark in "\"“”«»") or "''" in self.content

    def to_dict(self) -> dict:
        out = self.ref.to_dict()
        out.update({"content": self.content, "speaker": self.speaker.name if self.speaker else None})
        for key in ("outlet", "published"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        return out


def attributions(documents: Iterable[ExtractedDocument]) -> Iterator[Attribution]:
    """Every attribution of every article, in article order then quote order."""
    for extracted in documents:
        document = extracted.document
        text = document.text
        for index, quote in enumerate(extracted.quotes):
            yield Attribution(
                ref=AttributionRef(document.id, index),
                content=quote.content_text(text),
                cue=" ".join(s.text(text) for s in quote.cue),
                source=" ".join(s.text(text) for s in quote.source),
                speaker=quote.speaker, type=quote.type, outlet=document.outlet,
                published=document.published, quote=quote)

"""The one data model every stage shares, and its one serialisation.

Spans are ``[start, end)`` offsets into the exact input string (Python ``str`` indices), so
any stage can point back into the article without re-tokenising it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SPEAKER_KINDS = ("person", "organization", "anonymous", "unknown")
QUOTE_TYPES = ("direct", "indirect", "mixed")
CATEGORIES = ("speech", "thought", "evidence", "other")


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    def text(self, document: str) -> str:
        return document[self.start:self.end]

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def __len__(self) -> int:
        return self.end - self.start

    def stripped(self, document: str) -> "Span":
        """The span without the white space at its edges (possibly empty): spans name words, not gaps."""
        words = self.text(document)
        start = self.start + len(words) - len(words.lstrip())
        return Span(start, max(start, self.end - len(words) + len(words.rstrip())))


@dataclass
class Speaker:
    """Who an attribution belongs to, resolved within the article.

    ``name`` is the fullest form the article gives ("Joe Biden" for "he"); anonymous sources
    keep their description and, where stated, the body they speak for, as does a person
    written with it ("Lisa Donner of Americans for Financial Reform").
    """

    name: str
    kind: str = "unknown"
    mention: str = ""
    descriptor: str | None = None
    affiliation: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "kind": self.kind, "mention": self.mention}
        if self.descriptor:
            out["descriptor"] = self.descriptor
        if self.affiliation:
            out["affiliation"] = self.affiliation
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Speaker":
        return cls(name=data.get("name") or "", kind=data.get("kind") or "unknown",
                   mention=data.get("mention") or "", descriptor=data.get("descriptor"),
                   affiliation=data.get("affiliation"))


@dataclass
class Quote:
    """One attribution: who (source, speaker), how (cue) and what (content)."""

    content: list[Span]
    cue: list[Span] = field(default_factory=list)
    source: list[Span] = field(default_factory=list)
    speaker: Speaker | None = None
    type: str = "indirect"
    category: str = "speech"
    confidence: float = 0.5

    def content_text(self, document: str) -> str:
        return " … ".join(span.text(document) for span in self.content)

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": [[s.start, s.end] for s in self.content],
            "cue": [[s.start, s.end] for s in self.cue],
            "source": [[s.start, s.end] for s in self.source],
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "type": self.type,
            "category": self.category,
            "confidence": round(self.confidence, 4),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Quote":
        spans = lambda key: [Span(int(s), int(e)) for s, e in data.get(key) or []]
        speaker = data.get("speaker")
        return cls(content=spans("content"), cue=spans("cue"), source=spans("source"),
                   speaker=Speaker.from_dict(speaker) if isinstance(speaker, dict) else None,
                   type=data.get("type", "indirect"), category=data.get("category", "speech"),
                   confidence=float(data.get("confidence", 0.5)))


@dataclass
class Document:
    """An article as every reader yields it, whatever its original format."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass
class ExtractedDocument:
    document: Document
    quotes: list[Quote]

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.document.id}
        for key in ("url", "title", "outlet", "published"):
            value = getattr(self.document, key)
            if value:
                out[key] = value
        out["quotes"] = [q.to_dict() for q in self.quotes]
        return out


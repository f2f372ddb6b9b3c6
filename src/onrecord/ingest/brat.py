"""Read brat standoff attribution annotations (PolNeAR's layout: text/ + attributions/).

Used for training and for `onrecord eval`; annotated corpora are inputs like any other.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from onrecord.model import Quote, Span

LABELS = ("Source", "Cue", "Content")


@dataclass
class AnnotatedDocument:
    id: str
    text: str
    quotes: list[Quote]


def parse_ann(ann_text: str) -> list[Quote]:
    """Attributions of one .ann file; discontiguous spans become several Spans."""
    spans: dict[str, tuple[str, list[Span]]] = {}
    events: list[dict[str, str]] = []
    for line in ann_text.splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            fragments = []
            for fragment in offsets.split(";"):
                start, end = fragment.split()
                fragments.append(Span(int(start), int(end)))
            spans[parts[0]] = (label, fragments)
        elif line.startswith("E"):
            parts = line.split("\t")
            roles = {}
            for arg in parts[1].split():
                role, _, ref = arg.partition(":")
                roles[role] = ref
            events.append(roles)
    quotes = []
    for roles in events:
        def fragments(role: str) -> list[Span]:
            ref = roles.get(role)
            return sorted(spans[ref][1]) if ref in spans else []
        content = fragments("Content")
        if content:
            quotes.append(Quote(content=content, cue=fragments("Cue"), source=fragments("Source")))
    return quotes


def read_corpus(root: str | Path, all_annotators: bool = False) -> list[AnnotatedDocument]:
    """Articles with their attributions; the first annotator (by file name) unless asked for all."""
    root = Path(root)
    text_dir, ann_dir = root / "text", root / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{root} is not a brat corpus: expected text/ and attributions/ in it")
    docs = []
    for text_path in sorted(text_dir.glob("*.txt")):
        ann_paths = sorted(ann_dir.glob(text_path.stem + "_*.ann"))
        if not ann_paths:
            continue
        text = text_path.read_text(encoding="utf-8")
        for ann_path in ann_paths if all_annotators else ann_paths[:1]:
            quotes = parse_ann(ann_path.read_text(encoding="utf-8"))
            docs.append(AnnotatedDocument(id=text_path.stem, text=text, quotes=quotes))
    return docs

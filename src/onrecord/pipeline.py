"""The whole trip for in-memory text: tag → attribute → resolve speakers.

This is the composition point of the stages, so it sits above them and they stay unaware of it.
"""
from __future__ import annotations

from collections import deque
from functools import partial
from typing import Iterable, Iterator

from onrecord.extract.attribution import Tagged, attribute
from onrecord.extract.quotemarks import find_quotations
from onrecord.extract.syntax import Syntax
from onrecord.extract.tagging import tag_texts
from onrecord.model import CATEGORIES, Document, ExtractedDocument, Quote
from onrecord.nlp import load_attribution_model, load_base
from onrecord.speakers.resolve import resolve_speakers


PARSER_OFF = ("ner", "lemmatizer", "attribute_ruler")


def _finish(text: str, tagged: list[Tagged], categories: set[str] | None) -> list[Quote]:
    parser = partial(Syntax.parse, load_base(PARSER_OFF))
    quotes = resolve_speakers(text, attribute(text, tagged, find_quotations(text), parser))
    return [q for q in quotes if categories is None or q.category in categories]


def extract(text: str, category: str | Iterable[str] | None = None) -> list[Quote]:
    """Every attribution in one article; `category` keeps only "speech", "thought", … ."""
    return next(extract_many([Document(id="text", text=text)], category=category)).quotes


def extract_many(documents: Iterable[Document | str], category: str | Iterable[str] | None = None,
                 batch_size: int = 16) -> Iterator[ExtractedDocument]:
    """Stream documents through one loaded model, batching the tagger; yields in input order."""
    categories = _categories(category)
    nlp = load_attribution_model()
    pending: deque[Document] = deque()

    def texts() -> Iterator[str]:
        for number, item in enumerate(documents):
            document = item if isinstance(item, Document) else Document(id=str(number), text=item)
            pending.append(document)
            yield document.text

    for tagged in tag_texts(nlp, texts(), batch_size=batch_size):
        document = pending.popleft()
        yield ExtractedDocument(document, _finish(document.text, tagged, categories))


def _categories(category: str | Iterable[str] | None) -> set[str] | None:
    if category is None:
        return None
    wanted = {category} if isinstance(category, str) else set(category)
    unknown = wanted - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown category {', '.join(sorted(unknown))}: choose from {', '.join(CATEGORIES)}")
    return wanted

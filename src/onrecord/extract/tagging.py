"""Run the learned SOURCE/CUE/CONTENT tagger over texts of any length in bounded memory."""
from __future__ import annotations

import re
from collections import deque
from typing import Iterable, Iterator

from spacy.language import Language

from onrecord.extract.attribution import Tagged

CHUNK_CHARS = 10_000  # × batch size bounds the tagger's working memory


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Pieces of at most `limit` characters cut at paragraph breaks (or spaces), with offsets."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = window.rfind("\n")
        if cut < limit // 2:
            cut = max(window.rfind(" "), limit // 2)
        pieces.append((start, text[start:start + cut + 1]))
        start += cut + 1
    pieces.append((start, text[start:]))
    return [(offset, piece) for offset, piece in pieces if piece]


def tag_texts(nlp: Language, texts: Iterable[str], batch_size: int = 16) -> Iterator[list[Tagged]]:
    """Tagged spans of each text, in input order; long texts are tagged piece by piece."""
    def pieces() -> Iterator[tuple[int, int, str]]:
        for number, text in enumerate(texts):
            parts = chunks(text, CHUNK_CHARS)
            if not parts:
                yield number, -1, ""
            for offset, piece in parts:
                yield number, offset, piece

    current: int | None = None
    found: list[Tagged] = []
    meta: deque[tuple[int, int]] = deque()

    def texts_only() -> Iterator[str]:
        for number, offset, piece in pieces():
            meta.append((number, offset))
            yield piece

    for doc in nlp.pipe(texts_only(), batch_size=batch_size):
        number, offset = meta.popleft()
        if current is not None and number != current:
            yield found
            found = []
        current = number
        if offset < 0:
            continue
        found.extend(Tagged(ent.label_, offset + ent.start_char, offset + ent.end_char) for ent in doc.ents
                     if re.search(r"\w|[:—–]", ent.text))
    if current is not None:
        yield found

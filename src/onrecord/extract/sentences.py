"""Cheap sentence and paragraph bounds: linking needs to know when it crosses one, not a parse."""
from __future__ import annotations

import bisect
import re

_SENTENCE_END = re.compile(r"""[.!?]+["”’'»)]*(?=\s+["“‘'«(]?[A-Z0-9])|\n+""")
_DATELINE = re.compile(r"(?:[A-Z][A-Z.’'-]+(?:[^\S\n]+[A-Z][A-Z.’'-]+)*(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?)?"
                       r"(?:[^\S\n]*\([A-Z][\w.&’' -]{0,24}\))?"  # `SAN FRANCISCO, Calif. (AP)`, `NAIROBI (Kenya Wire)`
                       r"|[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]*\((?:AP|AFP|Reuters|UPI|Bloomberg|dpa)\))"  # `Washington (AFP)`
                       r"(?:[^\S\n]+(?:--|-)|[^\S\n]*(?:—|–))[^\S\n]*")  # not `US-China`
PARAGRAPH_CHARS = 3_000  # PolNeAR's longest paragraph has 2,573 characters
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|Prof|Rev|U\.S|U\.N|No|vs|Inc|Corp|Co|[A-Z])\.$")


_LETTER_AFTER_LOWER_CASE = re.compile(r"\b(?:on|via|to|from|at)[^\S\n]+[A-Z]\.$")  # `in a post on X.` ends a sentence; `George W.` does not


class Bounds:
    """Sentence and paragraph numbers of character offsets."""

    def __init__(self, text: str):
        self.sentence_starts = [0]
        for match in _SENTENCE_END.finditer(text):
            if match.group().startswith("\n") or not _ABBREVIATION.search(text[max(0, match.start() - 6):match.end()].rstrip("\"”’'»)")) \
                    or _LETTER_AFTER_LOWER_CASE.search(text, max(0, match.start() - 30), match.start() + 1):
                self.sentence_starts.append(match.end())
        breaks = [0] + [m.end() for m in re.finditer(r"\n(?:[^\S\n]*\n)*", text)]  # blank lines part no paragraphs
        datelines = [m.end() for start in breaks if (m := _DATELINE.match(text, start)) and m.end() < len(text)]
        if datelines:  # `WASHINGTON (AP) — Moss said …`: the sentence, and its parse, begin after the dateline
            self.sentence_starts = sorted(set(self.sentence_starts + datelines))
        self.paragraph_starts = self._with_long_paragraphs_cut(text, breaks)

    def _with_long_paragraphs_cut(self, text: str, breaks: list[int]) -> list[int]:
        """A paragraph far longer than any in news (text that lost its line breaks) is cut at a sentence start every
        PARAGRAPH_CHARS or so: linking never reaches that far, and looks at a whole paragraph at a time."""
        starts = []
        for start, end in zip(breaks, breaks[1:] + [len(text)]):
            starts.append(start)
            while end - starts[-1] > 2 * PARAGRAPH_CHARS:
                floor = starts[-1] + PARAGRAPH_CHARS
                number = bisect.bisect_left(self.sentence_starts, floor)
                cut = self.sentence_starts[number] if number < len(self.sentence_starts) else end
                if cut >= min(end, floor + PARAGRAPH_CHARS):
                    space = text.find(" ", floor, end)
                    cut = space + 1 if space >= 0 else end
                if cut >= end:
                    break
                starts.append(cut)
        return starts

    def sentence(self, offset: int) -> int:
        return bisect.bisect_right(self.sentence_starts, offset) - 1

    def sentence_span(self, offset: int, text_length: int) -> tuple[int, int]:
        number = self.sentence(offset)
        end = self.sentence_starts[number + 1] if number + 1 < len(self.sentence_starts) else text_length
        return self.sentence_starts[number], end

    def paragraph(self, offset: int) -> int:
        return bisect.bisect_right(self.paragraph_starts, offset) - 1

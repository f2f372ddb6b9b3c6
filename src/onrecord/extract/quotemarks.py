"""Find direct quotations by their quotation marks, tolerating the marks real articles break.

Kept apart from the learned tagger (as Citron and the Gender Gap Tracker do) because quote marks
are near-certain evidence of direct speech, while a broken mark must never sink a whole article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.model import Span

DOUBLE_OPEN = {"“", "«", "„", "``"}
DOUBLE_CLOSE = {"”", "»"}
SINGLE_OPEN = {"‘"}
SINGLE_CLOSE = {"’"}
AMBIGUOUS_DOUBLE = {'"', "''"}  # New York Times texts write both ends of a quotation as ''

_CLOSING_PUNCTUATION = set(".,!?;:…")
_MARK = re.compile(r"``|''|[\"“”«»„‘’']")
_WORD_CHAR = re.compile(r"\w")
_INDENT = re.compile(r"[ \t]*")


@dataclass
class QuotedSpan:
    """A quotation with its marks; several spans when it runs over paragraphs."""

    spans: list[Span]
    balanced: bool = True

    @property
    def start(self) -> int:
        return self.spans[0].start

    @property
    def end(self) -> int:
        return self.spans[-1].end


@dataclass
class _Mark:
    pos: int
    end: int
    role: str  # "open" | "close" | "either"
    family: str  # "double" | "single"


def _classify(text: str, match: re.Match) -> _Mark | None:
    mark, pos, end = match.group(), match.start(), match.end()
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    word_before, word_after = bool(_WORD_CHAR.match(before)), bool(_WORD_CHAR.match(after))
    if mark in DOUBLE_OPEN:
        return _Mark(pos, end, "open", "double")
    if mark in DOUBLE_CLOSE:
        # ” typed where “ belongs: at a word's start, after a space or a line break
        misused_opener = not word_before and word_after and (before.isspace() or pos == 0)
        return _Mark(pos, end, "open" if misused_opener else "close", "double")
    if mark in AMBIGUOUS_DOUBLE:
        if not word_before and not after.isspace() and before not in ".,;:!?":
            return _Mark(pos, end, "open", "double")
        if after.isspace() or not word_after:
            return _Mark(pos, end, "close", "double")
        return _Mark(pos, end, "either", "double")
    # single marks double as apostrophes: only word-bounded uses can be quotation marks
    if word_before and word_after:
        return None
    if mark == "'" and after.isdigit() and not word_before:
        return None  # `the '90s`
    if mark == "'" and before in _CLOSING_PUNCTUATION and not word_after:
        return _Mark(pos, end, "close", "single")  # `… fix it,' he said`, `… years.'`
    if mark in SINGLE_OPEN or (mark == "'" and not word_before):
        return _Mark(pos, end, "open", "single") if not after.isspace() else None
    if mark in SINGLE_CLOSE or mark == "'":
        if word_before and before in "sS" and not word_after:
            return _Mark(pos, end, "close-or-apostrophe", "single")
        return _Mark(pos, end, "close", "single")
    return None


def _paragraphs(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in re.finditer(r"\n", text):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int, bool]], int | None, int | None]:
    """Closed quotes of one paragraph, where a double quote left open at its end began, and where a
    curly single quote left open began (British style; only taken up when the next paragraph goes on
    with a quotation mark, since a lone ‘ may be a misprinted apostrophe)."""
    marks = [m for m in (_classify(text, x) for x in _MARK.finditer(text, start, end)) if m]
    found: list[tuple[int, int, bool]] = []
    stack: list[_Mark] = []
    for index, mark in enumerate(marks):
        open_doubles = [m for m in stack if m.family == "double"]
        if mark.role == "either":
            mark.role = "close" if open_doubles else "open"
        if mark.role == "open":
            stack.append(mark)
            continue
        if mark.role == "close-or-apostrophe" and not any(m.family == "single" for m in stack):
            continue
        same = [m for m in stack if m.family == mark.family]
        if not same:
            # a mismatched closer: “… table.’ ends the open double quote when nothing else will
            if mark.family == "single" and open_doubles and text[mark.pos - 1] in ".,!?" and not _closer_ahead(marks[index + 1:]):
                opener = open_doubles[-1]
                stack.remove(opener)
                found.append((opener.pos, mark.end, False))
            continue
        opener = same[-1]
        stack = stack[:stack.index(opener)]
        found.append((opener.pos, mark.end, True))
        outer = [m for m in stack if m.family == mark.family]
        if outer and not _closer_ahead(marks[index + 1:], mark.family):
            # “A “B,” the president wrote: one closer ends the inner and the outer quote
            stack.remove(outer[-1])
            found.append((outer[-1].pos, mark.end, True))
    open_doubles = [m for m in stack if m.family == "double"]
    return found, (open_doubles[0].pos if open_doubles else None), \
        (stack[0].pos if stack and text[stack[0].pos] in SINGLE_OPEN else None)


def _closer_ahead(marks: list[_Mark], family: str = "double") -> bool:
    """Whether a closer of this family comes before the next opener of it."""
    for mark in marks:
        if mark.family != family:
            continue
        return mark.role in ("close", "either")
    return False


def find_quotations(text: str) -> list[QuotedSpan]:
    """Every quotation in the text, nested ones included, in order of their opening mark.

    A paragraph left open continues into the next paragraph when that one opens with a quotation
    mark (the newspaper convention); otherwise the quote is closed at the paragraph's end.
    """
    quotes: list[QuotedSpan] = []
    pending: list[Span] = []
    paragraphs = _paragraphs(text)
    for number, (start, end) in enumerate(paragraphs):
        found, open_at, open_single_at = _scan_paragraph(text, start, end)
        following = paragraphs[number + 1][0] if number + 1 < len(paragraphs) else None
        continues = (open_at is not None or open_single_at is not None) and following is not None \
            and _first_mark(text, following) is not None
        if pending:
            first = found[0] if found else None
            opening = _first_mark(text, start)
            if first and first[0] == opening:
                pending.append(Span(first[0], first[1]))
                quotes.append(QuotedSpan(pending, balanced=first[2]))
                found = found[1:]
            elif open_at is not None and open_at == opening and not found:
                pending.append(Span(open_at, end))  # a middle paragraph of a quotation running on over several
                if continues:
                    continue
                quotes.append(QuotedSpan(pending, balanced=False))
                pending = []
                continue
            else:
                quotes.append(QuotedSpan(pending, balanced=False))
            pending = []
        quotes.extend(QuotedSpan([Span(s, e)], balanced=ok) for s, e, ok in found)
        if open_at is not None:
            pending_span = Span(open_at, end)
            if continues:
                pending = [pending_span]
            else:
                quotes.append(QuotedSpan([_cut_at_sentence_end(text, start, pending_span)], balanced=False))
        elif open_single_at is not None and continues:
            pending = [Span(open_single_at, end)]
    if pending:
        quotes.append(QuotedSpan(pending, balanced=False))
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes


_SENTENCE_END = re.compile(r"[.!?](?=[^\S\n]+[A-Z])")


def _cut_at_sentence_end(text: str, paragraph_start: int, span: Span) -> Span:
    """A quotation opened mid-paragraph and never closed (`He called the plan "reckless. Then he left.`) most likely
    ends with its sentence; one opening its paragraph may run on to the paragraph's end."""
    if not text[paragraph_start:span.start].strip():
        return span
    end = _SENTENCE_END.search(text, span.start, span.end)
    return Span(span.start, end.end()) if end else span


def _first_mark(text: str, paragraph_start: int) -> int | None:
    """Position of the opening quotation mark a paragraph starts with, if it starts with one."""
    pos = _INDENT.match(text, paragraph_start).end()
    match = _MARK.match(text, pos)
    if match and match.group() not in DOUBLE_CLOSE | SINGLE_CLOSE:
        return pos
    return None

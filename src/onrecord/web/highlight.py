"""Article text with attributions marked up, built only from escaped pieces of the text.

Spans of different attributions may nest or overlap (a quote inside a quote), so the text is
cut at every span boundary and each piece is marked with the most specific role covering it
(source over cue over content) and every attribution it belongs to, most specific first.
"""
from __future__ import annotations

from markupsafe import Markup, escape

from onrecord.model import Quote

ROLES = ("content", "cue", "source")


def _role_spans(quotes: list[Quote], length: int) -> list[tuple[int, int, int, int]]:
    """(start, end, role rank, attribution index) for every non-empty span, clamped to the text."""
    found = []
    for index, quote in enumerate(quotes):
        for rank, role in enumerate(ROLES):
            for span in getattr(quote, role):
                start, end = max(0, span.start), min(length, span.end)
                if start < end:
                    found.append((start, end, rank, index))
    return found


def highlight(text: str, quotes: list[Quote], titles: list[str]) -> Markup:
    """`titles[i]` is the hover text for attribution i (its speaker, typically)."""
    spans = _role_spans(quotes, len(text))
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = sorted((-rank, stop - begin, index) for begin, stop, rank, index in spans
                          if begin <= start and end <= stop)
        piece = text[start:end]
        if not covering:
            pieces.append(escape(piece))
            continue
        ordered = list(dict.fromkeys(index for _, _, index in covering))
        pieces.append(Markup('<mark class="hl hl-{}" data-attributions="{}" title="{}">{}</mark>').format(
            ROLES[-covering[0][0]], " ".join(map(str, ordered)), titles[ordered[0]], piece))
    return Markup("").join(pieces)

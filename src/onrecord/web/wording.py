"""One report of a quote shown against the earliest: changed words in <del>/<ins>, from escaped pieces only.

Words are compared as the analysis compares them (`variants.words`: case, punctuation and
apostrophe style never count), and, as there, only inside the stretch both wordings cover, so a
report quoting more or less of the sentence is not marked as changing it.
"""
from __future__ import annotations

import difflib

from markupsafe import Markup, escape

from onrecord.analysis.variants import GAP, words


def _chunks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Whitespace-separated pieces with the words each holds (punctuation-only pieces hold none)."""
    return [(piece, tuple(words(piece))) for piece in text.split()]


def marked_differences(earliest: str, later: str) -> Markup:
    """`later` with words the earliest report lacks in <ins> and words it dropped in <del>."""
    old = [c for c in _chunks(earliest) if c[1]]
    new = _chunks(later)
    shown = [i for i, (_, key) in enumerate(new) if key]
    opcodes = difflib.SequenceMatcher(None, [k for _, k in old], [new[i][1] for i in shown], autojunk=False).get_opcodes()
    equal = [number for number, op in enumerate(opcodes) if op[0] == "equal"]
    if not equal:
        return Markup(" ").join(escape(piece) for piece, _ in new)
    inserted: set[int] = set()
    deleted_before: dict[int, list[str]] = {}
    for tag, old_start, old_end, new_start, new_end in opcodes[equal[0]:equal[-1] + 1]:
        if tag == "equal":
            continue
        removed = old[old_start:old_end]
        added = [shown[i] for i in range(new_start, new_end)]
        if any(GAP in key for _, key in removed) or any(GAP in new[i][1] for i in added):
            continue
        inserted.update(added)
        if removed:
            anchor = shown[new_start] if new_start < len(shown) else len(new)
            deleted_before.setdefault(anchor, []).extend(piece for piece, _ in removed)
    pieces = []
    for position, (piece, _) in enumerate(new + [("", ())]):
        if position in deleted_before:
            pieces.append(Markup("<del>{}</del>").format(" ".join(deleted_before[position])))
        if position == len(new):
            break
        pieces.append(Markup("<ins>{}</ins>").format(piece) if position in inserted else escape(piece))
    return Markup(" ").join(pieces)

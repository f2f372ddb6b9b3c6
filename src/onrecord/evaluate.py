"""`onrecord eval`: score extraction against brat attribution annotations.

A product feature, not the reference metric: attributions are paired one-to-one by the word
overlap of their content (F1 ≥ 0.5), then each part is scored on the pairs. A quote split around
its cue is one attribution in some annotations and two in others, so an unpaired attribution
lying mostly inside a paired one of the other side is a piece of it: neither a miss nor a false
alarm.
"""
from __future__ import annotations

import re
from pathlib import Path

from onrecord.ingest.brat import read_corpus
from onrecord.model import Quote, Span
from onrecord.pipeline import extract_many

_WORD = re.compile(r"\w+")
_EDGE = "\"“”‘’'`«» \n\t.,;:"


def _words(text: str, spans: list[Span]) -> set[int]:
    return {span.start + m.start() for span in spans for m in _WORD.finditer(span.text(text))}


def _f1(a: set[int], b: set[int]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _normalised(text: str, spans: list[Span]) -> str:
    return " ".join(s.text(text) for s in sorted(spans)).strip(_EDGE).lower()


def _prf(hits: int, predicted: int, gold: int) -> dict[str, float]:
    p = hits / predicted if predicted else 0.0
    r = hits / gold if gold else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def pair(gold_words: list[set[int]], pred_words: list[set[int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs of attributions (given as their content words), best overlap first."""
    scored = sorted(((_f1(g, p), i, j) for i, g in enumerate(gold_words) for j, p in enumerate(pred_words)),
                    reverse=True)
    used_gold, used_pred, pairs = set(), set(), []
    for score, i, j in scored:
        if score < 0.5:
            break
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return pairs


def _pieces(words: list[set[int]], paired: set[int], other_words: list[set[int]], other_paired: set[int]) -> int:
    """How many unpaired attributions lie mostly (≥ half their words) inside a paired one opposite."""
    return sum(1 for i, own in enumerate(words) if i not in paired and own and
               any(len(own & other_words[j]) >= 0.5 * len(own) for j in other_paired))


def score(documents: list[tuple[str, list[Quote], list[Quote]]]) -> dict:
    counts = dict(gold=0, pred=0, matched=0, exact=0, cue=0, source=0,
                  word_gold=0, word_pred=0, word_hit=0)
    for text, gold, predicted in documents:
        gold_each = [_words(text, q.content) for q in gold]
        pred_each = [_words(text, q.content) for q in predicted]
        pairs = pair(gold_each, pred_each)
        paired_gold, paired_pred = {i for i, _ in pairs}, {j for _, j in pairs}
        counts["gold"] += len(gold) - _pieces(gold_each, paired_gold, pred_each, paired_pred)
        counts["pred"] += len(predicted) - _pieces(pred_each, paired_pred, gold_each, paired_gold)
        gold_words = set().union(*gold_each)
        pred_words = set().union(*pred_each)
        counts["word_gold"] += len(gold_words)
        counts["word_pred"] += len(pred_words)
        counts["word_hit"] += len(gold_words & pred_words)
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            counts["matched"] += 1
            counts["exact"] += _normalised(text, g.content) == _normalised(text, p.content)
            cue_ok = _normalised(text, g.cue) == _normalised(text, p.cue)
            source_ok = any(a.overlaps(b) for a in g.source for b in p.source) or not (g.source or p.source)
            counts["cue"] += cue_ok
            counts["source"] += source_ok
    return {
        "documents": len(documents), "gold": counts["gold"], "predicted": counts["pred"],
        "content_overlap": _prf(counts["matched"], counts["pred"], counts["gold"]),
        "content_exact": _prf(counts["exact"], counts["pred"], counts["gold"]),
        "content_words": _prf(counts["word_hit"], counts["word_pred"], counts["word_gold"]),
        "cue": _prf(counts["cue"], counts["pred"], counts["gold"]),
        "cue_correct_of_matched": round(counts["cue"] / counts["matched"], 4) if counts["matched"] else 0.0,
        "source_correct_of_matched": round(counts["source"] / counts["matched"], 4) if counts["matched"] else 0.0,
        "end_to_end": _prf(counts["source"], counts["pred"], counts["gold"]),
    }


def evaluate_corpus(root: str | Path) -> dict:
    """Extract every article of a brat corpus and score it, overall and for direct quotes."""
    corpus = read_corpus(root)
    results = extract_many(item.text for item in corpus)
    documents = [(item.text, item.quotes, result.quotes) for item, result in zip(corpus, results)]
    direct = [(text, [q for q in gold if _direct(text, q)], [q for q in pred if _direct(text, q)])
              for text, gold, pred in documents]
    return {"all": score(documents), "direct": score(direct)}


def _direct(text: str, quote: Quote) -> bool:
    return any(mark in span.text(text) for span in quote.content for mark in ('"', "“", "”", "''", "``", "«", "»"))


def format_report(report: dict) -> str:
    lines = []
    for subset, scores in report.items():
        lines.append(f"[{subset}] documents={scores['documents']} gold={scores['gold']} predicted={scores['predicted']}")
        for key in ("content_overlap", "content_exact", "content_words", "cue", "end_to_end"):
            v = scores[key]
            lines.append(f"  {key:16} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}")
        lines.append(f"  cue correct of matched={scores['cue_correct_of_matched']:.3f}  "
                     f"source correct of matched={scores['source_correct_of_matched']:.3f}")
    return "\n".join(lines)

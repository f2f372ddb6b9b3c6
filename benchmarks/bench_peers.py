"""onrecord beside textacy's `direct_quotations`, a peer it must beat, on PolNeAR dev with the reference scorer.

Both systems run in this one process over the same texts; each system's whole extraction is timed (for
textacy that includes the full spaCy parse it needs), model loading excluded, best of alternating rounds.

    pip install -e .[peers]
    python benchmarks/bench_peers.py [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.report import publish  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "eval" / "polnear-dev.gold.jsonl"
SCORER = SHARED / "eval" / "score.py"
DOUBLE_MARKS = {'"', "“", "”", "''", "``"}


def reference_scorer():
    """The shared scorer is a script, not a package, so it is loaded from its file."""
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_onrecord(texts: list[str]) -> tuple[list, float]:
    import onrecord

    list(onrecord.extract_many(texts[:2]))
    start = time.perf_counter()
    results = list(onrecord.extract_many(texts))
    return results, time.perf_counter() - start


def run_textacy(texts: list[str]) -> tuple[list, float]:
    """(parse, triples) per text, triples None where textacy refuses the text (it raises on an odd number of
    quote-mark tokens); the parses are kept to say afterwards which marks it saw."""
    from textacy.extract.triples import direct_quotations

    from onrecord.nlp import load_base

    nlp = load_base()
    list(nlp.pipe(texts[:2]))
    start = time.perf_counter()
    results = []
    for doc in nlp.pipe(texts, batch_size=16):
        try:
            results.append((doc, list(direct_quotations(doc))))
        except ValueError:
            results.append((doc, None))
    return results, time.perf_counter() - start


def token_spans(tokens) -> list[list[int]]:
    """Character spans of a token list, adjacent tokens joined (a cue "has said" is one span)."""
    spans: list[list[int]] = []
    for token in sorted(tokens, key=lambda t: t.i):
        if spans and spans[-1][2] == token.i - 1:
            spans[-1][1:] = [token.idx + len(token), token.i]
        else:
            spans.append([token.idx, token.idx + len(token), token.i])
    return [[start, end] for start, end, _ in spans]


def textacy_predictions(ids: list[str], results: list) -> dict:
    """textacy finds no speaker names, only speaker tokens, so it is scored on its source spans alone."""
    return {doc_id: {"quotes": [{"content": [[t.content.start_char, t.content.end_char]], "cue": token_spans(t.cue),
                                 "source": token_spans(t.speaker)} for t in triples or []]}
            for doc_id, (_, triples) in zip(ids, results)}


def onrecord_predictions(ids: list[str], results: list) -> dict:
    """As `check.sh` scores `onrecord extract`: spans plus the resolved speaker name."""
    return {doc_id: {"quotes": [{**q.to_dict(), "speaker": q.speaker.name if q.speaker else None}
                                for q in result.quotes]} for doc_id, result in zip(ids, results)}


def table(scores: dict, rates: dict, refused: int, articles: int) -> list[str]:
    lines = ["| | onrecord | textacy 0.13.0 `direct_quotations` |", "|---|---|---|"]
    for subset, label in (("direct", "direct quotes"), ("all", "all attributions")):
        rows = {f"{label}: content P / R / F1": lambda r: " / ".join(
                    f"{r['content_overlap'][k]:.3f}" for k in ("p", "r", "f1")),
                f"{label}: gold / predicted, as the scorer counts them": lambda r: f"{r['gold']} / {r['pred']}",
                f"{label}: source correct of matched": lambda r: f"{r['source_overlap_of_matched']:.3f}",
                f"{label}: end-to-end F1": lambda r: f"{r['end_to_end']['f1']:.3f}"}
        lines += [f"| {row} | {cell(scores['onrecord'][subset])} | {cell(scores['textacy'][subset])} |"
                  for row, cell in rows.items()]
    return lines + [f"| words/s, whole extraction | {rates['onrecord']:,.0f} | {rates['textacy']:,.0f} "
                    "(spaCy full parse included) |",
                    f"| articles refused (odd number of quote marks; scored as no quotes) | 0 | "
                    f"{refused} of {articles} |"]


def quote_mark_note(texts: list[str], textacy_results: list) -> str:
    """What is and is not compared, with the quote marks textacy saw counted from its own parses."""
    refused = [doc for doc, triples in textacy_results if triples is None]
    odd_double = sum(sum(token.text in DOUBLE_MARKS for token in doc) % 2 for doc in refused)
    typewriter = sum(text.count("''") for text in texts)
    typewriter_marks = sum(token.text == "''" and token.is_quote for doc, _ in textacy_results for token in doc)
    return ("The fair comparison is the direct rows: textacy only looks for direct quotes with a reporting verb "
            "and a subject speaker, so it has no indirect or mixed attributions, and it gives no speaker names (it is "
            "scored on its source tokens alone, onrecord also on its resolved speaker name, as `check.sh` scores it). "
            "The scorer does not count a gold piece lying inside a matched prediction (a quote split around its cue) "
            "as a miss, nor the reverse as a false alarm, so its gold count differs by system. PolNeAR's New York "
            f"Times articles write double quotes as `''`: spaCy makes {typewriter_marks} of the {typewriter} a "
            "quote-mark token (`is_quote`), so textacy pairs them like `\"` and `“ ”`. It counts single marks too: "
            f"only {odd_double} of the {len(refused)} refused articles have an odd number of double marks, the others a "
            "lone `'` or `’` token such as a plural possessive (`voters’`) or a nested single quote. The texts are "
            "scored as they are, unchanged for either system.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="alternating timed rounds; the fastest of each is kept")
    parser.add_argument("--write", type=Path, help="update this markdown file's peers section")
    args = parser.parse_args()
    if not (GOLD.exists() and SCORER.exists()):
        sys.exit(f"skipped: {GOLD} or {SCORER} not found (the evaluation data lives in ../shared)")
    if importlib.util.find_spec("textacy") is None:
        sys.exit("skipped: textacy not installed: pip install -e .[peers]")
    scorer = reference_scorer()
    gold = scorer.load(GOLD)
    ids, texts = [d["id"] for d in gold], [d["text"] for d in gold]
    words = sum(len(text.split()) for text in texts)
    runs = {"onrecord": run_onrecord, "textacy": run_textacy}
    results, seconds = {}, {}
    for _ in range(args.rounds):
        for name, run in runs.items():
            results[name], elapsed = run(texts)
            seconds[name] = min(elapsed, seconds.get(name, elapsed))
    scores = {"onrecord": scorer.score(gold, onrecord_predictions(ids, results["onrecord"])),
              "textacy": scorer.score(gold, textacy_predictions(ids, results["textacy"]))}
    rates = {name: words / elapsed for name, elapsed in seconds.items()}
    lines = [f"PolNeAR dev, {len(gold)} articles, {words:,} words, scored with `../shared/eval/score.py`; words/s "
             f"single process, best of {args.rounds} alternating rounds:", "",
             *table(scores, rates, sum(triples is None for _, triples in results["textacy"]), len(gold)), "",
             quote_mark_note(texts, results["textacy"])]
    publish("\n".join(lines), args.write, "Peers (benchmarks/bench_peers.py)",
            "python benchmarks/bench_peers.py --write docs/benchmarks.md")


if __name__ == "__main__":
    main()

"""Accuracy on PolNeAR dev: the reference metric (../shared/eval/check.sh) and `onrecord eval`.

    python benchmarks/bench_accuracy.py [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.report import publish  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BARS = {"content F1, all": 0.80, "content F1, direct": 0.95, "source correct of matched": 0.92, "end-to-end F1": 0.75}


def reference() -> dict:
    result = subprocess.run(["bash", str(SHARED / "eval" / "check.sh"), "--json"], cwd=ROOT,
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout[result.stdout.index("{"):])


def own() -> dict:
    from onrecord.evaluate import evaluate_corpus
    return evaluate_corpus(SHARED / "corpora" / "polnear" / "dev")


def speech_only() -> dict[str, dict]:
    """Scores on the attributions whose gold cue the lexicon reads as speech: an evaluation set that annotates
    speech only looks like this subset, and `--category speech` is what a user who wants quotes runs."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # the reference scorer itself, so that these figures are its own

    from onrecord.extract.lexicon import cue_category
    from onrecord.model import Document
    from onrecord.pipeline import extract_many

    gold = score.load(SHARED / "eval" / "polnear-dev.gold.jsonl")
    speech_gold = [dict(document, quotes=[q for q in document["quotes"]
                                          if cue_category(score.trim(document["text"], q["cue"])) == "speech"])
                   for document in gold]
    predicted = {done.document.id: [dict(q.to_dict(), speaker=q.speaker.name if q.speaker else None)
                                    for q in done.quotes]
                 for done in extract_many(Document(id=d["id"], text=d["text"]) for d in gold)}
    every_category = {key: {"quotes": quotes} for key, quotes in predicted.items()}
    speech = {key: {"quotes": [q for q in quotes if q["category"] == "speech"]} for key, quotes in predicted.items()}
    return {"`--category speech`": score.score(speech_gold, speech),
            "every category (the default)": score.score(speech_gold, every_category)}


def speech_table(results: dict[str, dict]) -> list[str]:
    lines = ["| speech attributions of PolNeAR dev, reference scorer | gold / predicted | content F1 | direct F1 "
             "| source of matched | end-to-end F1 |", "|---|---|---|---|---|---|"]
    for output, result in results.items():
        every, direct = result["all"], result["direct"]
        lines.append(f"| output: {output} | {every['gold']} / {every['pred']} | {every['content_overlap']['f1']:.3f} "
                     f"| {direct['content_overlap']['f1']:.3f} | {every['source_overlap_of_matched']:.3f} "
                     f"| {every['end_to_end']['f1']:.3f} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="update this markdown file's accuracy section")
    args = parser.parse_args()
    if not (SHARED / "eval" / "check.sh").exists():
        sys.exit(f"skipped: {SHARED / 'eval'} not found")
    ref, mine = reference(), own()
    measured = {
        "content F1, all": (ref["all"]["content_overlap"]["f1"], mine["all"]["content_overlap"]["f1"]),
        "content F1, direct": (ref["direct"]["content_overlap"]["f1"], mine["direct"]["content_overlap"]["f1"]),
        "source correct of matched": (ref["all"]["source_overlap_of_matched"], mine["all"]["source_correct_of_matched"]),
        "end-to-end F1": (ref["all"]["end_to_end"]["f1"], mine["all"]["end_to_end"]["f1"]),
        "content exact F1, all": (ref["all"]["content_exact"]["f1"], mine["all"]["content_exact"]["f1"]),
        "cue exact of matched": (ref["all"]["cue_exact_of_matched"], mine["all"]["cue_correct_of_matched"]),
    }
    lines = ["| PolNeAR dev (84 articles) | reference `check.sh` | `onrecord eval` | bar |", "|---|---|---|---|"]
    for name, (ref_value, own_value) in measured.items():
        bar = BARS.get(name)
        flag = "" if bar is None else (" ✅" if ref_value >= bar else " ❌")
        lines.append(f"| {name} | {ref_value:.3f}{flag} | {own_value:.3f} | {'' if bar is None else f'≥ {bar:.2f}'} |")
    lines += ["", f"Reference: gold {ref['all']['gold']}, predicted {ref['all']['pred']}; "
              f"GGT metric at 0.3: F1 {ref['all']['ggt_0.3']['f1']:.3f}, at 0.8: F1 {ref['all']['ggt_0.8']['f1']:.3f}.",
              "", "PolNeAR annotates beliefs, findings and intentions as attributions too. The attributions whose gold "
              "cue `extract/lexicon.py` reads as speech (said, told, according to …) are what a set that annotates "
              "speech only would hold, so they are scored on their own below. The subset is chosen by the same "
              "lexicon that labels the output's categories, which favours `--category speech`: a speech "
              "attribution with a cue the lexicon does not know is in neither. With the default output, "
              "attributions of other categories count as false alarms here.", ""] + speech_table(speech_only())
    publish("\n".join(lines), args.write, "Accuracy", "python benchmarks/bench_accuracy.py --write docs/benchmarks.md")


if __name__ == "__main__":
    main()

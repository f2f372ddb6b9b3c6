"""Words per second of `onrecord.extract_many` against spaCy's full `en_core_web_sm`, side by side.

Each contender runs in its own fresh process (single process, same texts, model load excluded
from the timed part), so peak memory (max RSS) is per contender too.

    python benchmarks/bench_throughput.py [--docs N] [--write docs/benchmarks.md]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.report import publish  # noqa: E402

TRAIN_TEXTS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "polnear" / "train" / "text"

CONTENDER = r'''
import json, resource, sys, time
from pathlib import Path
paths = sorted(Path(sys.argv[2]).glob("*.txt"))[: int(sys.argv[3])]
texts = [p.read_text(encoding="utf-8") for p in paths]
words = sum(len(t.split()) for t in texts)
if sys.argv[1] == "spacy":
    from onrecord.nlp import load_base
    nlp = load_base()
    list(nlp.pipe(texts[:2]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
else:
    import onrecord
    list(onrecord.extract_many(texts[:2]))
    start = time.perf_counter()
    for _ in onrecord.extract_many(texts):
        pass
seconds = time.perf_counter() - start
print(json.dumps({"words": words, "seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
'''


def measure(contender: str, docs: int) -> dict:
    result = subprocess.run([sys.executable, "-c", CONTENDER, contender, str(TRAIN_TEXTS), str(docs)],
                            capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=840, help="how many PolNeAR train texts (default: all)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each is kept")
    parser.add_argument("--write", type=Path, help="update this markdown file's throughput section")
    args = parser.parse_args()
    if not TRAIN_TEXTS.is_dir():
        sys.exit(f"skipped: {TRAIN_TEXTS} not found (the PolNeAR corpus lives in ../shared)")
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for contender in ("spacy", "onrecord"):
            run = measure(contender, args.docs)
            if contender not in best or run["seconds"] < best[contender]["seconds"]:
                best[contender] = run
    rate = {name: r["words"] / r["seconds"] for name, r in best.items()}
    ratio = rate["onrecord"] / rate["spacy"]
    lines = [
        f"PolNeAR train, {args.docs} texts, {best['spacy']['words']:,} words, single process, best of {args.rounds} alternating rounds:",
        "",
        "| pipeline | words/s | peak memory (MB) |",
        "|---|---|---|",
        f"| spaCy `en_core_web_sm` full pipeline | {rate['spacy']:,.0f} | {best['spacy']['peak_mb']:.0f} |",
        f"| onrecord extract (tagger + cue-sentence parse + linking + speakers) | {rate['onrecord']:,.0f} | {best['onrecord']['peak_mb']:.0f} |",
        "",
        f"Ratio: **{ratio:.2f}×** (bar: ≥ 1.5×).",
    ]
    publish("\n".join(lines), args.write, "Throughput", "python benchmarks/bench_throughput.py --write docs/benchmarks.md")


if __name__ == "__main__":
    main()

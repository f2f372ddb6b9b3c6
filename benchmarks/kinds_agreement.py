"""Agreement between the first annotator's statement-kind labels and the blind second labelling of the test or holdout items.

    python benchmarks/kinds_agreement.py            # raw agreement, Cohen's kappa, per-class table, confusions
    python benchmarks/kinds_agreement.py --list     # every disagreement with content and cue (for adjudication)
    python benchmarks/kinds_agreement.py --split batch5    # the same for a later doubly labelled batch
    python benchmarks/kinds_agreement.py --third    # a later labeller's reading of 150 test items against the labels

The first labels are `kind_first`/`polarity_first` of benchmarks/data/statement_kinds.tsv once adjudicated
(`kind`/`polarity` before), the second ones benchmarks/data/statement_kinds_second.tsv; both ids and offsets only.
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from bench_analysis import first_label, labelled_attributions, read_labels, read_rows, scores
from onrecord.analysis.kinds import KINDS, POLARITIES

SECOND = Path(__file__).resolve().parent / "data" / "statement_kinds_second.tsv"
THIRD = Path(__file__).resolve().parent / "data" / "statement_kinds_third.tsv"


def read_labelling(path: Path) -> dict[tuple[str, str, str], dict]:
    """A later labelling's rows by the item they label (document, start, end)."""
    return {(r["document"], r["start"], r["end"]): r for r in read_rows(path)}


def kappa(first: list[str], second: list[str]) -> float:
    """Cohen's kappa: observed agreement corrected for the agreement the two label distributions give by chance."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    counts_first, counts_second = Counter(first), Counter(second)
    chance = sum(counts_first[label] * counts_second[label] for label in counts_first) / n / n
    return (observed - chance) / (1 - chance) if chance < 1 else 1.0


def agreement_table(first: list[str], second: list[str], classes) -> str:
    """Per class: counts by each labeller, agreement on the class (2·both / (first + second)) and one-vs-rest kappa."""
    lines = ["| class | first | second | both | specific agreement | kappa (one vs rest) |", "|---|---|---|---|---|---|"]
    for label in classes:
        a = [f == label for f in first]
        b = [s == label for s in second]
        both = sum(x and y for x, y in zip(a, b))
        specific = 2 * both / (sum(a) + sum(b)) if sum(a) + sum(b) else 0.0
        lines.append(f"| {label} | {sum(a)} | {sum(b)} | {both} | {specific:.2f} | {kappa(a, b):.2f} |")
    observed = sum(f == s for f, s in zip(first, second)) / len(first)
    lines.append(f"| **all** | {len(first)} | {len(second)} | {sum(f == s for f, s in zip(first, second))} "
                 f"| **{observed:.3f}** raw | **{kappa(first, second):.3f}** |")
    return "\n".join(lines)


def print_adjudication(pairs: list[tuple[dict, dict]]) -> None:
    """How the adjudicated evaluation labels differ from the first annotator's, and whose reading they kept."""
    for field, second_field in (("kind", "kind2"), ("polarity", "polarity2")):
        changed = Counter((first_label(row, field), row[field]) for row, _ in pairs if first_label(row, field) != row[field])
        disputed = [(row, other) for row, other in pairs if first_label(row, field) != other[second_field]]
        kept_first = sum(row[field] == first_label(row, field) for row, _ in disputed)
        kept_second = sum(row[field] == other[second_field] for row, other in disputed)
        print(f"\n{field}: {len(disputed)} disagreements adjudicated: first kept {kept_first}, second kept {kept_second}, "
              f"neither {len(disputed) - kept_first - kept_second}; {sum(changed.values())} evaluation labels changed:",
              ", ".join(f"{a} → {b} {n}" for (a, b), n in changed.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every disagreement with its content and cue")
    parser.add_argument("--split", default="test", choices=("test", "batch5", "batch7", "batch9", "batch10", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout10"),
                        help="the doubly labelled items to compare")
    parser.add_argument("--third", action="store_true", help="compare the third labelling of 150 test items instead")
    args = parser.parse_args()
    if args.third:
        compare_third()
        return
    second = read_labelling(SECOND)
    rows = read_labels(args.split)
    pairs = [(row, second[(row["document"], row["start"], row["end"])]) for row in rows]
    first_kinds = [first_label(row, "kind") for row, _ in pairs]
    second_kinds = [other["kind2"] for _, other in pairs]
    first_polarity = [first_label(row, "polarity") for row, _ in pairs]
    second_polarity = [other["polarity2"] for _, other in pairs]
    print(f"Kinds, first vs second labeller, {len(pairs)} {args.split} items:\n")
    print(agreement_table(first_kinds, second_kinds, KINDS))
    print("\nPolarity:\n")
    print(agreement_table(first_polarity, second_polarity, POLARITIES))
    confusions = Counter((f, s) for f, s in zip(first_kinds, second_kinds) if f != s)
    print("\nKind disagreements (first → second):", ", ".join(f"{f} → {s} {n}" for (f, s), n in confusions.most_common()))
    print_adjudication(pairs)
    if args.list:
        texts = {(row["document"], row["start"]): (content, cue) for row, content, cue in labelled_attributions(args.split)}
        for row, other in pairs:
            first = (first_label(row, "kind"), first_label(row, "polarity"))
            if first != (other["kind2"], other["polarity2"]):
                content, cue = texts[(row["document"], row["start"])]
                print(f"\n{row['document']}\t{row['start']}\tfirst {first[0]}/{first[1]}\tsecond "
                      f"{other['kind2']}/{other['polarity2']}\tnow {row['kind']}/{row['polarity']}\n"
                      f"  CUE: {cue}\n  CONTENT: {' '.join(content.split())[:500]}")


def compare_third() -> None:
    """Do labellers of today read the guideline as the earlier ones did? A drift here bounds what any classifier
    trained on the earlier labels can score on batches labelled today."""
    from onrecord.analysis.kinds import statement_kind

    third = read_labelling(THIRD)
    labelled = [(row, content, cue) for row, content, cue in labelled_attributions("test")
                if (row["document"], row["start"], row["end"]) in third]
    later = [third[(row["document"], row["start"], row["end"])]["kind3"] for row, _, _ in labelled]
    predicted = [statement_kind(content, cue).kind for _, content, cue in labelled]
    for name, labels in (("adjudicated labels", [row["kind"] for row, _, _ in labelled]),
                         ("first annotator's labels", [first_label(row, "kind") for row, _, _ in labelled])):
        agree = sum(a == b for a, b in zip(labels, later))
        print(f"third labeller vs {name}: raw {agree / len(later):.3f}, kappa {kappa(labels, later):.3f}")
    adjudicated = [row["kind"] for row, _, _ in labelled]
    print(f"classifier kinds macro F1 on these {len(later)} items: {scores(adjudicated, predicted, KINDS)[1]:.3f} against"
          f" the adjudicated labels, {scores(later, predicted, KINDS)[1]:.3f} against the third labeller's")
    confusions = Counter((a, b) for a, b in zip(adjudicated, later) if a != b)
    print("adjudicated → third:", ", ".join(f"{a} → {b} {n}" for (a, b), n in confusions.most_common()))


if __name__ == "__main__":
    main()

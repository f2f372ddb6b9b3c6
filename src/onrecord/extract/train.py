"""Reproduce the packaged span tagger from PolNeAR train (`onrecord train`).

The tagger marks SOURCE, CUE and CONTENT spans. Its CNN encoder starts from the installed English
model's own (trained on tagging and parsing), so it begins knowing where verbs and clauses are,
and stays as small as that model's: faster than spaCy's full pipeline, which the throughput bar
is measured against.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from onrecord.ingest.brat import AnnotatedDocument, read_corpus
from onrecord.nlp import base_model_package

LABEL_OF_ROLE = {"source": "SOURCE", "cue": "CUE", "content": "CONTENT"}
PACKAGED_MODEL = Path(__file__).resolve().parent.parent / "models" / "attribution"
ENCODER_WIDTH = 96  # the width of en_core_web_sm's tok2vec, whose weights the encoder starts from


def annotated_doc(nlp: spacy.Language, item: AnnotatedDocument) -> Doc:
    """A tokenised Doc whose entities are the attribution spans (overlaps resolved longest-first)."""
    doc = nlp.make_doc(item.text)
    spans = []
    for quote in item.quotes:
        for role, label in LABEL_OF_ROLE.items():
            for span in getattr(quote, role):
                words = span.stripped(item.text)
                if not len(words):
                    continue
                token_span = doc.char_span(words.start, words.end, label=label, alignment_mode="expand")
                if token_span is not None:
                    spans.append(token_span)
    doc.ents = filter_spans(spans)
    return doc


def write_docbin(corpus_dir: Path, out_path: Path) -> int:
    nlp = spacy.blank("en")
    docbin = DocBin()
    items = read_corpus(corpus_dir)
    for item in items:
        docbin.add(annotated_doc(nlp, item))
    docbin.to_disk(out_path)
    return len(items)


def train(train_dir: Path, dev_dir: Path, output: Path = PACKAGED_MODEL, max_steps: int = 8000,
          seed: int = 0) -> Path:
    """Train the tagger and install its best checkpoint where the package loads it from."""
    from spacy.cli.init_config import init_config
    from spacy.cli.train import train as spacy_train

    with tempfile.TemporaryDirectory() as workdir:
        work = Path(workdir)
        write_docbin(train_dir, work / "train.spacy")
        write_docbin(dev_dir, work / "dev.spacy")
        config = init_config(lang="en", pipeline=["ner"], optimize="efficiency")
        config["components"]["tok2vec"] = {"source": base_model_package()}
        config["components"]["ner"]["model"]["tok2vec"].update(upstream="tok2vec", width=ENCODER_WIDTH)
        config_path = work / "config.cfg"
        config.to_disk(config_path)
        overrides = {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "dev.spacy"),
            "training.max_steps": max_steps,
            "training.patience": 3000,
            "training.eval_frequency": 500,
            "training.seed": seed,
        }
        spacy_train(config_path, output_path=work / "out", overrides=overrides)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(work / "out" / "model-best", output)
    return output

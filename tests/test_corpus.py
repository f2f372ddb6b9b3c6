"""Quality floors on the real data in ../shared, read at run time (never copied into the repo)."""
from pathlib import Path

import pytest

import onrecord
from onrecord.evaluate import evaluate_corpus

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLE = SHARED / "examples" / "biden-ukraine-oped-coverage.txt"
POLNEAR_DEV = SHARED / "corpora" / "polnear" / "dev"


@pytest.fixture(scope="module")
def example():
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} not found: the example articles live in ../shared/examples")
    text = EXAMPLE.read_text(encoding="utf-8")
    return text, onrecord.extract(text)


def test_every_direct_quote_of_the_example_has_its_speaker(example):
    text, quotes = example
    direct = [q for q in quotes if q.type == "direct"]
    assert len(direct) >= 9
    expected = {"Joe Biden", "Volodymyr Zelenskyy", "White House official", "senior White House official"}
    assert {q.speaker.name for q in direct} <= expected
    assert all(q.speaker.kind == ("person" if q.speaker.name in ("Joe Biden", "Volodymyr Zelenskyy") else "anonymous")
               for q in direct)


def test_example_nested_quote_is_its_own_attribution(example):
    text, quotes = example
    # reported clauses may nest too (`…, saying …` inside a wider content); the nested *quote* is Zelenskyy's
    nested = [q for q in quotes if q.type != "indirect" and
              any(o is not q and o.content[0].start < q.content[0].start < o.content[0].end for o in quotes)]
    assert [q.speaker.name for q in nested] == ["Volodymyr Zelenskyy"]
    outer = next(o for o in quotes if o.content[0].start < nested[0].content[0].start < o.content[0].end)
    assert outer.speaker.name == "Joe Biden" and outer.source[0].text(text) == "the president"


def test_example_broken_closing_mark_does_not_lose_the_quote(example):
    text, quotes = example
    broken = [q for q in quotes if any(text[s.end - 1] == "’" and text[s.start] == "“" for s in q.content)]
    assert broken and broken[0].speaker.name == "Joe Biden"


def test_polnear_dev_quality_floor():
    if not POLNEAR_DEV.is_dir():
        pytest.skip(f"{POLNEAR_DEV} not found: PolNeAR lives in ../shared/corpora")
    report = evaluate_corpus(POLNEAR_DEV)
    assert report["all"]["content_overlap"]["f1"] >= 0.79
    assert report["direct"]["content_overlap"]["f1"] >= 0.945
    assert report["all"]["source_correct_of_matched"] >= 0.87
    assert report["all"]["end_to_end"]["f1"] >= 0.70

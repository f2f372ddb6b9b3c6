"""`onrecord eval`'s own scorer and the brat reader, on a tiny corpus written by the test."""
import json
import subprocess
import sys

from onrecord.evaluate import pair, score
from onrecord.ingest.brat import parse_ann, read_corpus
from onrecord.model import Quote, Span

TEXT = "“We will win,” the coach said. Fans said the team looked tired."
ANN = ("T1\tContent 0 14\t“We will win,”\nT2\tSource 15 24\tthe coach\nT3\tCue 25 29\tsaid\n"
       "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n"
       "T4\tSource 31 35\tFans\nT5\tCue 36 40\tsaid\nT6\tContent 41 62;62 63\tthe team looked tired.\n"
       "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n")


def test_parse_ann_reads_discontiguous_spans():
    quotes = parse_ann(ANN)
    assert [q.content for q in quotes] == [[Span(0, 14)], [Span(41, 62), Span(62, 63)]]
    assert quotes[1].source == [Span(31, 35)] and quotes[1].cue == [Span(36, 40)]


def test_scores_count_matches_cues_and_sources():
    gold = parse_ann(ANN)
    perfect = score([(TEXT, gold, gold)])
    assert perfect["content_overlap"]["f1"] == 1.0 and perfect["end_to_end"]["f1"] == 1.0
    wrong_source = [Quote(content=[Span(0, 14)], cue=[Span(25, 29)], source=[Span(31, 35)])]
    half = score([(TEXT, gold, wrong_source)])
    assert half["content_overlap"] == {"p": 1.0, "r": 0.5, "f1": 0.6667}
    assert half["source_correct_of_matched"] == 0.0 and half["end_to_end"]["f1"] == 0.0
    assert pair([{41, 46, 50, 57}], [{50}]) == []  # one word of four: no match


def test_split_quote_pieces_are_neither_misses_nor_false_alarms():
    text = "“We will win,” she said. “We always do.”"
    whole = [Quote(content=[Span(0, 14), Span(25, 40)], cue=[Span(19, 23)], source=[Span(15, 18)])]
    pieces = [Quote(content=[Span(0, 14)], cue=[Span(19, 23)], source=[Span(15, 18)]),
              Quote(content=[Span(25, 40)], cue=[Span(19, 23)], source=[Span(15, 18)])]
    assert score([(text, whole, pieces)])["content_overlap"]["f1"] == 1.0
    assert score([(text, pieces, whole)])["content_overlap"]["f1"] == 1.0
    stray = [Quote(content=[Span(0, 14)], cue=[Span(19, 23)], source=[Span(15, 18)]), Quote(content=[Span(3, 7)])]
    assert score([(text, whole, stray)])["predicted"] == 1  # a piece of the paired one, not a false alarm


def test_eval_command_on_a_brat_folder(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "match.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "match_annotator1.ann").write_text(ANN, encoding="utf-8")
    assert [d.id for d in read_corpus(tmp_path)] == ["match"]
    result = subprocess.run([sys.executable, "-m", "onrecord", "eval", str(tmp_path), "--json"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["all"]["gold"] == 2 and report["direct"]["gold"] == 1
    assert report["direct"]["content_overlap"]["f1"] == 1.0


def test_eval_refuses_a_folder_that_is_not_brat(tmp_path):
    result = subprocess.run([sys.executable, "-m", "onrecord", "eval", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 2 and "not a brat corpus" in result.stderr and "Traceback" not in result.stderr

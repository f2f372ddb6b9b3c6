"""`onrecord run` on this machine: the archive it writes, parallel runs, resumption after a kill."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.corpus.archive import ATTRIBUTIONS, DOCUMENTS, read_archive, read_table
from onrecord.corpus.local import run_local
from onrecord.corpus.parts import OutputConflict
from onrecord.ingest.records import read_documents
from onrecord.pipeline import extract_many
from test_readers import PAGE

NAMES = ("Ana Lopez", "Tom Becker", "Rita Okafor", "Sam Ives", "Lena Fischer", "Omar Haddad")
PROJECTS = ("bridge", "library", "tram line", "harbour wall", "school roof")


def article(number: int, paragraphs: int = 1) -> str:
    """A short council story with direct and indirect quotes; `number` varies who and what."""
    name, project = NAMES[number % len(NAMES)], PROJECTS[number % len(PROJECTS)]
    story = (f'"We will finish the {project} by {2025 + number % 5}," Mayor {name} said on Monday.\n\n'
             f"The council voted {number % 9 + 1} to two for the plan. Critics said the cost was too high, "
             "and a union spokesman told reporters that workers had not been consulted.\n\n"
             f'{name} later said the city would publish its accounts. "Nobody will be surprised," she added.\n\n')
    return story * paragraphs


def write_corpus(folder: Path) -> Path:
    """Three text files, a JSONL file with one bad line, an HTML page and an undecodable file."""
    folder.mkdir()
    for number in range(3):
        (folder / f"story-{number}.txt").write_text(article(number))
    lines = [json.dumps({"id": "j-1", "text": article(4), "url": "https://paper.example/j1", "title": "Vote",
                         "outlet": "The Paper", "date": "2024-01-02"}), "{not json",
             json.dumps({"id": "j-2", "text": article(5)})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "bridge.html").write_text(PAGE)
    (folder / "broken.txt").write_bytes("Le maire a déclaré".encode("latin-1"))
    return folder


def archive_dicts(out: Path) -> list[dict]:
    """The archive's documents with their quotes, sorted by id (engines differ in row order)."""
    return sorted((result.to_dict() | {"text": result.document.text} for result in read_archive(out)),
                  key=lambda document: document["id"])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("run") / "corpus")


@pytest.fixture(scope="module")
def single_run(corpus, tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("single") / "out"
    return out, run_local(sorted(corpus.iterdir()), out, jobs=1, part_size=2, jsonl=True)


def test_archive_holds_what_extract_many_finds_and_the_errors_file_the_rest(corpus, single_run):
    out, summary = single_run
    expected = sorted((result.to_dict() | {"text": result.document.text}
                       for result in extract_many(read_documents(sorted(corpus.iterdir())))), key=lambda d: d["id"])
    assert archive_dicts(out) == expected
    assert summary["documents"] == 6 and summary["attributions"] == sum(len(d["quotes"]) for d in expected) > 6
    assert summary["skipped"] == {"bad record": 1, "undecodable": 1} and summary["parts"] == 4
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text().splitlines()]
    assert [(Path(e["origin"]).name, e["reason"]) for e in errors] == [("broken.txt", "undecodable"),
                                                                       ("feed.jsonl line 2", "bad record")]
    jsonl_meta = next(d for d in expected if d["id"] == "j-1")
    assert (jsonl_meta["outlet"], jsonl_meta["published"]) == ("The Paper", "2024-01-02")


def test_local_archive_reads_back_in_input_order(corpus, single_run):
    ids = [result.document.id for result in read_archive(single_run[0])]
    assert ids == ["bridge", "j-1", "j-2", "story-0", "story-1", "story-2"]


def test_tables_carry_the_columns_ingest_reads(single_run):
    out, _ = single_run
    documents = pq.read_schema(out / DOCUMENTS / "part-000000.parquet").names
    attributions = pq.read_schema(out / ATTRIBUTIONS / "part-000000.parquet").names
    assert {"id", "text", "url", "title", "outlet", "published"} <= set(documents)
    assert {"document_id", "content", "cue", "source", "speaker_name", "speaker_kind", "speaker_mention", "type",
            "category", "confidence"} <= set(attributions)
    row = next(r for r in read_table(out, ATTRIBUTIONS) if r["speaker_name"] == "Ana Lopez")
    text = next(r["text"] for r in read_table(out, DOCUMENTS) if r["id"] == row["document_id"])
    start, end = row["content"][0]
    assert text[start:end] in row["content_text"] and row["speaker_kind"] == "person"


def test_json_lines_copy_holds_the_same_rows_as_parquet(single_run):
    out, _ = single_run
    for table in (DOCUMENTS, ATTRIBUTIONS):
        copied = [json.loads(line) for path in sorted((out / "jsonl" / table).glob("*.jsonl"))
                  for line in path.read_text().splitlines()]
        assert copied == [{k: (round(v, 4) if isinstance(v, float) else v) for k, v in row.items()}
                          for row in read_table(out, table)]


def test_two_workers_write_the_same_archive_as_one(corpus, single_run, tmp_path):
    summary = run_local(sorted(corpus.iterdir()), tmp_path / "out", jobs=2, part_size=2)
    assert archive_dicts(tmp_path / "out") == archive_dicts(single_run[0])
    assert summary["attributions"] == single_run[1]["attributions"]


def test_rerun_of_a_finished_run_redoes_nothing_and_duplicates_nothing(corpus, tmp_path):
    inputs = sorted(corpus.iterdir())
    first = run_local(inputs, tmp_path / "out", jobs=1, part_size=3)
    again = run_local(inputs, tmp_path / "out", jobs=1, part_size=3)
    assert again["resumed_parts"] == again["parts"] == first["parts"]
    assert {k: again[k] for k in ("documents", "attributions", "skipped")} == \
        {k: first[k] for k in ("documents", "attributions", "skipped")}
    ids = [row["id"] for row in read_table(tmp_path / "out", DOCUMENTS)]
    assert len(ids) == len(set(ids)) == 6


def test_output_of_another_run_or_another_folder_is_refused(corpus, tmp_path):
    inputs = sorted(corpus.iterdir())
    run_local(inputs[:2], tmp_path / "out", jobs=1)
    with pytest.raises(OutputConflict, match="different inputs"):
        run_local(inputs, tmp_path / "out", jobs=1)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(OutputConflict, match="not empty"):
        run_local(inputs, tmp_path / "other", jobs=1)


def test_cli_run_prints_a_summary_and_one_line_errors(corpus, tmp_path):
    runner = CliRunner()
    done = runner.invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert done.exit_code == 0, done.output
    assert "attributions" in done.output and "bad record: 1" in done.output
    missing = runner.invoke(app, ["run", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x")])
    assert missing.exit_code == 2 and "no such file or directory" in missing.output
    assert "Traceback" not in missing.output
    clash = runner.invoke(app, ["run", str(corpus / "story-0.txt"), "--out", str(tmp_path / "out")])
    assert clash.exit_code == 2 and "different inputs" in clash.output



def test_cli_run_reads_stdin_as_one_text_document(tmp_path):
    result = CliRunner().invoke(app, ["run", "-", "--out", str(tmp_path / "out"), "--jobs", "1"], input=article(1))
    assert result.exit_code == 0, result.output
    [row] = read_table(tmp_path / "out", DOCUMENTS)
    assert (row["id"], row["text"]) == ("stdin", article(1)) and row["attributions"] > 0


def test_a_document_the_extractor_fails_on_is_skipped_and_the_rest_kept(corpus, tmp_path, monkeypatch):
    import onrecord.pipeline

    real_extract_many = onrecord.pipeline.extract_many

    def failing_on_story_1(documents, **options):
        for result in real_extract_many(documents, **options):
            if result.document.id == "story-1":
                raise ValueError("extractor bug")
            yield result
    monkeypatch.setattr(onrecord.pipeline, "extract_many", failing_on_story_1)
    summary = run_local(sorted(corpus.iterdir()), tmp_path / "out", jobs=1, part_size=8)
    assert summary["documents"] == 5 and summary["skipped"]["extraction failed"] == 1
    assert "story-1" not in {row["id"] for row in read_table(tmp_path / "out", DOCUMENTS)}
    errors = (tmp_path / "out" / "errors.jsonl").read_text()
    assert "story-1.txt" in errors and "ValueError: extractor bug" in errors

RUN = [sys.executable, "-c", "import sys; from onrecord.cli import app; sys.argv[0] = 'onrecord'; app()", "run"]


def test_killed_run_restarted_gives_the_same_archive_as_an_uninterrupted_one(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number in range(48):
        (corpus / f"story-{number:02d}.txt").write_text(article(number, paragraphs=4))
    command = RUN + [str(corpus), "--jobs", "2", "--part-size", "2", "--out"]
    subprocess.run(command + [str(tmp_path / "whole")], check=True, capture_output=True)

    killed = subprocess.Popen(command + [str(tmp_path / "killed")], start_new_session=True,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = tmp_path / "killed" / "parts"
    deadline = time.monotonic() + 120
    while len(list(parts.glob("part-*.json"))) < 3 and time.monotonic() < deadline and killed.poll() is None:
        time.sleep(0.01)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait()
    done_before = len(list(parts.glob("part-*.json")))
    assert 3 <= done_before < 24, "the kill should land midway through the 24 parts"
    for table in (DOCUMENTS, ATTRIBUTIONS):
        for path in (tmp_path / "killed" / table).glob("*.parquet"):
            pq.read_table(path)  # every visible part is whole

    subprocess.run(command + [str(tmp_path / "killed")], check=True, capture_output=True)
    summary = json.loads((tmp_path / "killed" / "summary.json").read_text())
    assert summary["resumed_parts"] >= done_before and summary["parts"] == 24
    assert archive_dicts(tmp_path / "killed") == archive_dicts(tmp_path / "whole")
    assert not list((tmp_path / "killed").rglob("*.tmp-*"))

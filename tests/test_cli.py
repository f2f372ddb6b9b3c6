"""`onrecord extract` as a user runs it: real processes, real files, bad input included."""
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import onrecord

import jsonschema
import pytest

SCHEMA = json.loads((Path(onrecord.__file__).parent / "schema" / "extract-output.schema.json").read_text())


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "onrecord", *args], input=stdin, capture_output=True, timeout=300)


@pytest.fixture()
def article(tmp_path):
    path = tmp_path / "council-vote.txt"
    path.write_text("“The vote is final and we will not revisit it,” Councillor Ruth Adeyemi said on Monday.\n"
                    "Most residents believe the decision was rushed.\n", encoding="utf-8")
    return path


def test_jsonl_output_matches_the_published_schema(article):
    result = run("extract", str(article))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, SCHEMA)
    assert record["id"] == "council-vote"
    text = article.read_text(encoding="utf-8")
    first = record["quotes"][0]
    assert text[slice(*first["content"][0])].startswith("“The vote is final")
    assert first["speaker"]["name"] == "Ruth Adeyemi" and first["type"] == "direct"
    assert set(first) == {"content", "cue", "source", "speaker", "type", "category", "confidence"}


def test_stdin_and_category_filter(article):
    result = run("extract", "-", "--category", "speech", stdin=article.read_bytes())
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["id"] == "stdin"
    assert record["quotes"] and {q["category"] for q in record["quotes"]} == {"speech"}


def test_csv_and_table_formats(article):
    rows = list(csv.reader(io.StringIO(run("extract", str(article), "--format", "csv").stdout.decode())))
    assert rows[0][:3] == ["id", "speaker", "speaker_kind"] and rows[1][1] == "Ruth Adeyemi"
    table = run("extract", str(article), "--format", "table").stdout.decode()
    assert "Ruth Adeyemi" in table and "council-vote" in table


@pytest.mark.parametrize("content, message", [
    (b"caf\xe9 au lait said the owner", "not valid UTF-8"),
    (b"\x00\x01\x02binary\x00junk", "binary file"),
])
def test_unreadable_file_is_a_one_line_error(tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = run("extract", str(bad))
    assert result.returncode != 0
    stderr = result.stderr.decode()
    assert message in stderr and "Traceback" not in stderr


def test_missing_path_and_empty_directory(tmp_path):
    for target, message in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "no .txt files")):
        result = run("extract", str(target))
        assert result.returncode == 2
        assert message in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_batch_skips_a_bad_file_and_keeps_the_rest(tmp_path, article):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a-good.txt").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    (folder / "c-empty.txt").write_text("", encoding="utf-8")
    result = run("extract", str(folder))
    assert result.returncode == 1
    ids = [json.loads(line)["id"] for line in result.stdout.decode().splitlines()]
    assert ids == ["a-good", "c-empty"]
    assert "b-bad.txt" in result.stderr.decode() and "1 of 3 inputs could not be read" in result.stderr.decode()


def test_unknown_category_is_refused(article):
    result = run("extract", str(article), "--category", "gossip")
    assert result.returncode == 2 and "unknown category" in result.stderr.decode()

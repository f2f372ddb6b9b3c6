"""`onrecord run --engine spark` in local mode writes the same archive as the local runner."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.corpus.local import run_local
from onrecord.corpus.spark import SparkMissingError, run_spark
from test_readers import warc_bytes
from test_run import archive_dicts, article

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="PySpark needs Java: run .ci/setup")


def page(number: int) -> bytes:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in article(number).split("\n\n") if paragraph)
    return (f"<html><head><title>Council story {number}</title>"
            '<meta property="og:site_name" content="The Town Crier"></head>'
            f"<body><nav>Home | Local | Sport</nav><article><h1>Council story {number}</h1>{paragraphs}"
            "</article><footer>The Town Crier, all rights reserved</footer></body></html>").encode()


@pytest.fixture(scope="module")
def spark():
    pyspark_sql = pytest.importorskip("pyspark.sql", reason="the spark extra is not installed: pip install '.[spark]'")
    session = (pyspark_sql.SparkSession.builder.master("local[2]").appName("onrecord tests")
               .config("spark.sql.shuffle.partitions", "2").config("spark.ui.enabled", "false").getOrCreate())
    yield session
    session.stop()


@pytest.fixture(scope="module")
def crawl(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark") / "crawl.warc.gz"
    responses = [(f"https://crier.example/story-{n}", "200 OK", page(n), "text/html; charset=utf-8") for n in range(5)]
    responses.insert(2, ("https://crier.example/map.pdf", "200 OK", b"%PDF-1.4", "application/pdf"))
    path.write_bytes(warc_bytes(responses, compress=True))
    return path


def test_spark_local_mode_writes_the_same_archive_as_the_local_runner(spark, crawl, tmp_path):
    local = run_local([crawl], tmp_path / "local", jobs=1, part_size=2)
    distributed = run_spark([crawl], tmp_path / "spark", master="local[2]", part_size=2)
    expected = archive_dicts(tmp_path / "local")
    assert len(expected) == 5 and all(d["outlet"] == "The Town Crier" for d in expected)
    assert archive_dicts(tmp_path / "spark") == expected
    for key in ("documents", "attributions", "words", "skipped"):
        assert distributed[key] == local[key]
    assert distributed["skipped"] == {"not HTML": 1}
    errors = [json.loads(line) for line in (tmp_path / "spark" / "errors.jsonl").read_text().splitlines()]
    assert errors == [json.loads(line) for line in (tmp_path / "local" / "errors.jsonl").read_text().splitlines()]


def test_missing_pyspark_is_a_clear_one_line_error(crawl, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    with pytest.raises(SparkMissingError, match=r"pip install 'onrecord\[spark\]'"):
        run_spark([crawl], tmp_path / "out")
    result = CliRunner().invoke(app, ["run", str(crawl), "--out", str(tmp_path / "out"), "--engine", "spark"])
    assert result.exit_code == 2 and "needs PySpark" in result.output and "Traceback" not in result.output


def test_spark_engine_refuses_stdin_with_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["run", "-", "--out", str(tmp_path / "out"), "--engine", "spark"], input="x")
    assert result.exit_code == 2 and "reads files, not stdin" in result.output

"""`onrecord ingest` as a user runs it: summary line, idempotent rerun, one-line errors."""
from __future__ import annotations

from typer.testing import CliRunner

from onrecord.cli import app
from onrecord.store import Store


def test_ingest_twice_then_bad_inputs(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "dam.txt").write_text("“The dam is safe,” said Lena Holm, the chief engineer.\n", encoding="utf-8")
    db = str(tmp_path / "record.db")
    runner = CliRunner()

    first = runner.invoke(app, ["ingest", str(articles), "--db", db])
    assert first.exit_code == 0, first.output
    assert "1 added, 0 re-extracted, 0 unchanged, 0 skipped" in first.output
    assert Store(db).counts()["documents"] == 1
    again = runner.invoke(app, ["ingest", str(articles), "--db", db])
    assert "0 added, 0 re-extracted, 1 unchanged" in again.output

    (articles / "broken.jsonl").write_text('{"id": "x", "quotes": []}\n', encoding="utf-8")
    partial = runner.invoke(app, ["ingest", str(articles), "--db", db])
    assert partial.exit_code == 1 and 'no "text"' in partial.output

    missing = runner.invoke(app, ["ingest", str(tmp_path / "nowhere"), "--db", db])
    assert missing.exit_code == 2 and "no such file or directory" in missing.output
    bad_db = runner.invoke(app, ["ingest", str(articles), "--db", str(tmp_path / "no" / "such.db")])
    assert bad_db.exit_code == 2 and "folder does not exist" in bad_db.output
    assert "Traceback" not in missing.output + bad_db.output

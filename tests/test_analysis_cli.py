"""The analysis commands on a JSON Lines file of already-extracted made-up articles."""
import json

from typer.testing import CliRunner

from onrecord.cli import app

QUOTE = "we will send more advanced missile systems and {} to our partners"


def record(doc_id: str, word: str, published: str, outlet: str) -> dict:
    content = "“" + QUOTE.format(word) + ",”"
    text = f"Minister Ada Vance spoke. {content} Vance said."
    start = text.index(content)
    source = text.rindex("Vance")
    return {"id": doc_id, "text": text, "published": published, "outlet": outlet,
            "quotes": [{"content": [[start, start + len(content)]], "source": [[source, source + 5]],
                        "speaker": {"name": "Ada Vance", "kind": "person", "mention": "Vance"}, "type": "direct"}]}


def write(tmp_path, lines: list[str]):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_variants_misquotes_and_speakers_as_json(tmp_path):
    path = write(tmp_path, [json.dumps(record("a", "munitions", "2022-04-01", "Planet")),
                            json.dumps(record("b", "ammunition", "2022-04-02", "Star"))])
    runner = CliRunner()
    result = runner.invoke(app, ["variants", path, "--misquotes"])
    assert result.exit_code == 0, result.output
    [group] = json.loads(result.output)
    assert group["earliest"]["document"] == "a"
    assert group["misquotes"][0]["changes"] == [{"earliest": "munitions", "variant": "ammunition"}]
    speakers = json.loads(runner.invoke(app, ["speakers", path]).output)
    assert [(s["name"], s["documents"]) for s in speakers] == [("Ada Vance", 2)]
    kinds = json.loads(runner.invoke(app, ["kinds", path]).output)
    assert {k["kind"] for k in kinds} == {"commitment"}


def test_a_bad_line_is_skipped_reported_and_fails_the_run(tmp_path):
    path = write(tmp_path, [json.dumps(record("a", "munitions", "2022-04-01", "Planet")), "{not json"])
    result = CliRunner().invoke(app, ["speakers", path])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "line 2" in result.output or ":2:" in result.output


def test_a_missing_input_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["shifts", str(tmp_path / "nothing.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.output

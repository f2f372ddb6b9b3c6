"""A 5 MB article goes through the CLI in bounded memory, with every span pointing into it."""
import json
import random
import resource
import subprocess
import sys

FIVE_MB = 5 * 1024 * 1024


def write_article(path):
    rng = random.Random(7)
    words = "council budget vote school road plan city residents federal water power tax bridge".split()
    paragraphs, size, number = [], 0, 0
    while size < FIVE_MB:
        number += 1
        body = " ".join(rng.choice(words) for _ in range(20))
        paragraph = (f"“We will fund the {body},” Mayor Ola Brandt said on Monday." if number % 2
                     else f"The {body} was delayed again, a senior city official told reporters.")
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    path.write_text("\n".join(paragraphs), encoding="utf-8")
    return number


def test_five_megabyte_article(tmp_path):
    article = tmp_path / "huge.txt"
    paragraphs = write_article(article)
    result = subprocess.run([sys.executable, "-m", "onrecord", "extract", str(article)],
                            capture_output=True, timeout=1500)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert peak_mb < 3000, f"peak memory {peak_mb:.0f} MB"
    record = json.loads(result.stdout)
    text = article.read_text(encoding="utf-8")
    quotes = record["quotes"]
    assert len(quotes) >= 0.9 * paragraphs
    for quote in quotes[:: max(1, len(quotes) // 500)]:
        for start, end in quote["content"] + quote["cue"] + quote["source"]:
            assert 0 <= start < end <= len(text)
    direct = [q for q in quotes if q["type"] == "direct"]
    assert direct and all(text[q["content"][0][0]] == "“" for q in direct)
    assert {q["speaker"]["name"] for q in direct if q["speaker"]} == {"Ola Brandt"}

"""Keep docs/benchmarks.md as one file whose sections each benchmark rewrites on its own."""
from __future__ import annotations

import datetime
import re
from pathlib import Path


def write_section(path: Path, title: str, body: str) -> None:
    """Replace (or append) our own `## title` section, leaving the others alone."""
    section = f"## {title}\n\n{body.strip()}\n"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.parent.mkdir(exist_ok=True)
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def replace_section(path: Path, title: str, body: str, command: str) -> None:
    """Replace (or append) `## title` with fresh results and the command that produced them."""
    stamp = datetime.date.today().isoformat()
    write_section(path, title, f"Measured {stamp} with `{command}`:\n\n{body.strip()}")


def publish(report: str, path: Path | None, title: str, command: str) -> None:
    """Print a benchmark's results and, when asked, keep them in their section of the doc."""
    print(report)
    if path is not None:
        replace_section(path, title, report, command)

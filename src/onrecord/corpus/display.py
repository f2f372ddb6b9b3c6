"""What a terminal shows during and after a run: a progress bar and a summary table."""
from __future__ import annotations

import time
from contextlib import contextmanager
from typing import Any, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from onrecord.corpus.parts import PartCounts


@contextmanager
def run_progress(console: Console, total_records: int | None) -> Iterator:
    """A callback for `run_local` that advances a bar by records and shows attributions and words/s.

    The display is redrawn from the caller's thread (no refresh thread), so worker processes
    forked during the run never inherit a thread.
    """
    columns = (TextColumn("documents"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[attributions]:,} attributions"),
               TextColumn("{task.fields[speed]:,.0f} words/s"), TimeRemainingColumn())
    with Progress(*columns, console=console, auto_refresh=False, disable=not console.is_terminal) as progress:
        task = progress.add_task("run", total=total_records, attributions=0, speed=0.0)
        started, words = time.perf_counter(), 0

        def on_part(counts: PartCounts, resumed: bool) -> None:
            nonlocal words
            words += 0 if resumed else counts.words
            progress.update(task, advance=counts.documents + sum(counts.skipped.values()),
                            attributions=progress.tasks[0].fields["attributions"] + counts.attributions,
                            speed=words / max(time.perf_counter() - started, 1e-9))
            progress.refresh()
        yield on_part


def summary_table(summary: dict[str, Any], out: str) -> Table:
    table = Table(title=f"onrecord run → {out}", show_header=False)
    table.add_row("documents", f"{summary['documents']:,}")
    table.add_row("attributions", f"{summary['attributions']:,}")
    table.add_row("words", f"{summary['words']:,}")
    table.add_row("skipped", f"{summary['skipped_total']:,}" + "".join(
        f"\n  {reason}: {number:,}" for reason, number in summary["skipped"].items()))
    if summary.get("resumed_parts"):
        table.add_row("resumed", f"{summary['resumed_parts']} of {summary['parts']} parts already done")
    table.add_row("time", f"{summary['seconds']:,.1f} s ({summary['words_per_second']:,} words/s)")
    return table

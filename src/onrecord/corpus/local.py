"""Run a corpus on this machine: one worker process per core, each loading the NLP model once.

The main process only splits the input into numbered parts and hands them out (at most two per
worker queued, so memory stays flat however large the corpus); workers extract and commit
their parts themselves, and report counts back for the progress display.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterator

from onrecord.corpus.parts import (PartCounts, commit_part, committed_parts, extract_part, finish_run,
                                   numbered_parts, prepare_output)
from onrecord.ingest.records import RawRecord, iter_raw_records

ProgressCallback = Callable[[PartCounts, bool], None]  # counts of one part, whether it was resumed


def run_local(targets: list[Path | str], out: Path, jobs: int, part_size: int = 64,
              category: list[str] | None = None, jsonl: bool = False,
              on_part: ProgressCallback = lambda counts, resumed: None) -> dict[str, Any]:
    """Process every record of `targets` into the archive at `out`, resuming what a previous run left."""
    started = time.perf_counter()
    settings = {"inputs": [str(target) for target in targets], "part_size": part_size, "category": category,
                "jsonl": jsonl}
    prepare_output(out, settings, jsonl)
    done = committed_parts(out)
    total = PartCounts()
    for record in done.values():
        counts = PartCounts.from_dict(record["counts"])
        total.add(counts)
        on_part(counts, True)
    resumed = PartCounts(**vars(total))
    work = ((out, number, records, category, jsonl)
            for number, records in numbered_parts(iter_raw_records(targets), part_size) if number not in done)
    for counts in _run_parts(work, jobs):
        total.add(counts)
        on_part(counts, False)
    seconds = time.perf_counter() - started
    words_done_now = total.words - resumed.words
    parts = committed_parts(out)
    skipped = [row for number, record in sorted(parts.items()) for row in record["skipped"]]
    return finish_run(out, total, skipped, {"parts": len(parts), "resumed_parts": len(done),
                                            "jobs": jobs, "seconds": round(seconds, 2),
                                            "words_per_second": round(words_done_now / seconds) if seconds else 0})


def _process_part(task: tuple[Path, int, list[RawRecord], list[str] | None, bool]) -> PartCounts:
    out, number, records, category, jsonl = task
    return commit_part(out, number, extract_part(records, category), jsonl)


def _start_worker() -> None:
    """Load the model once per worker; Ctrl-C is the main process's to handle, not each worker's."""
    from onrecord.nlp import load_attribution_model

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_attribution_model()


def _run_parts(work: Iterator[tuple], jobs: int) -> Iterator[PartCounts]:
    if jobs <= 1:
        yield from map(_process_part, work)
        return
    # fork: workers start with the parent's imports already done. The CLI redraws its progress display
    # from this thread, and the executor forks all workers before starting its own thread, so no
    # other thread exists at fork time. A worker that dies (out of memory) fails the run loudly
    # instead of hanging it; its part is simply redone on restart.
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker)
    try:
        pending = {pool.submit(_process_part, task) for task in islice(work, 2 * jobs)}
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                yield future.result()
            pending |= {pool.submit(_process_part, task) for task in islice(work, len(finished))}
    except BaseException:
        # Interrupted or failed: stop at once. Parts in flight were not committed; a rerun redoes them.
        for worker in multiprocessing.active_children():
            worker.terminate()
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)

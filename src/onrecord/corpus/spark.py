"""Run a corpus on Spark: the same parts of work, scheduled by Spark instead of a local pool.

Each executor's Python worker loads the NLP model once (`load_attribution_model` caches it at module
level, and Spark reuses its Python workers across tasks), then extracts whole partitions with
`mapPartitions`. The tables are written by Spark's own Parquet writer; on a cluster, inputs and
output must be on a file system every executor mounts at the same path. Spark retries failed tasks
itself, so there are no resume parts here (a rerun overwrites the tables).
"""
from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path
from typing import Any, Iterator

from onrecord.corpus.archive import ATTRIBUTIONS, DOCUMENTS, TABLE_COLUMNS, spark_schema
from onrecord.corpus.parts import PartCounts, extract_part, finish_run, numbered_parts, prepare_output
from onrecord.ingest.records import RawRecord, iter_raw_records
from onrecord.ingest.text import InputError


class SparkMissingError(RuntimeError):
    """PySpark (or the Java it needs) is not installed; the message says how to get it."""


def run_spark(targets: list[Path | str], out: Path, master: str = "local[*]",
              category: list[str] | None = None, part_size: int = 64) -> dict[str, Any]:
    """Process every record of `targets` on Spark and write the archive's tables under `out`."""
    if "-" in targets:
        raise InputError("the spark engine reads files, not stdin: save the input to a file first")
    try:
        from pyspark import StorageLevel
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkMissingError("the spark engine needs PySpark: pip install 'onrecord[spark]' (and Java 17)") from None
    if not os.environ.get("JAVA_HOME") and shutil.which("java") is None:
        raise SparkMissingError("the spark engine needs Java 17 (e.g. apt-get install openjdk-17-jre-headless)")
    started = time.perf_counter()
    settings = {"inputs": [str(target) for target in targets], "engine": "spark", "category": category}
    prepare_output(out, settings, jsonl=False)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    spark = SparkSession.builder.master(master).appName("onrecord run").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    paths = [str(target) for target in targets]
    cores = spark.sparkContext.defaultParallelism
    # A task per few files (a task per small file costs more in scheduling than it does in work);
    # fewer files than cores, as with one large WARC, are spread over the cores after splitting.
    records = spark.sparkContext.parallelize(paths, min(len(paths), 4 * cores)) \
        .flatMap(lambda path: iter_raw_records([path]))
    if records.getNumPartitions() < cores:
        records = records.repartition(cores)
    rows = records.mapPartitions(lambda part: _extract_partition(part, category, part_size))
    rows = rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table in (DOCUMENTS, ATTRIBUTIONS):
            frame = spark.createDataFrame(rows.filter(lambda row: row[0] == table).map(lambda row: row[1]),
                                          spark_schema(table))
            frame.write.mode("overwrite").parquet(str(out / table))
        skipped = [row for _, row in rows.filter(lambda row: row[0] == "skipped").collect()]
        counts = PartCounts()
        for _, part_counts in rows.filter(lambda row: row[0] == "counts").collect():
            counts.add(PartCounts.from_dict(part_counts))
    finally:
        rows.unpersist()
    seconds = time.perf_counter() - started
    return finish_run(out, counts, skipped, {"engine": "spark", "master": master, "seconds": round(seconds, 2),
                                             "words_per_second": round(counts.words / seconds) if seconds else 0})


def _extract_partition(records: Iterator[RawRecord], category: list[str] | None,
                       part_size: int) -> Iterator[tuple[str, Any]]:
    """Tagged rows ("documents", "attributions", "skipped", "counts") of one partition, a part at a time."""
    for _, records_of_part in numbered_parts(records, part_size):
        part = extract_part(records_of_part, category)
        for table, rows in ((DOCUMENTS, part.documents), (ATTRIBUTIONS, part.attributions)):
            names = [name for name, _ in TABLE_COLUMNS[table]]
            for row in rows:
                yield table, tuple(row[name] for name in names)
        for row in part.skipped:
            yield "skipped", row
        yield "counts", part.counts.to_dict()

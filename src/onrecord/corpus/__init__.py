"""Corpus-scale runs: many articles in, a partitioned archive (Parquet, optionally JSON Lines) out.

`onrecord run` drives `local.run_local` (one process per core) or `spark.run_spark` (a Spark
cluster); both write the layout described in `archive` and docs/archive.md.
"""

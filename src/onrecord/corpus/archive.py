"""The archive layout a run writes and `onrecord ingest` reads: two tables, documents and attributions.

The column lists are declared once here and turned into both the Arrow schema (local runner) and
the Spark schema, so both engines write the same tables.
"""
from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

from onrecord.model import Document, ExtractedDocument, Quote

DOCUMENTS, ATTRIBUTIONS = "documents", "attributions"
DOCUMENT_COLUMNS = (("id", "string"), ("text", "string"), ("url", "string"), ("title", "string"),
                    ("outlet", "string"), ("published", "string"), ("input", "string"),
                    ("words", "int32"), ("attributions", "int32"))
SPEAKER_FIELDS = ("name", "kind", "mention", "descriptor", "affiliation")
ATTRIBUTION_COLUMNS = (("document_id", "string"), ("index", "int32"), ("content", "spans"), ("cue", "spans"),
                       ("source", "spans"), *((f"speaker_{key}", "string") for key in SPEAKER_FIELDS),
                       ("type", "string"), ("category", "string"), ("confidence", "float64"),
                       ("content_text", "string"))
TABLE_COLUMNS = {DOCUMENTS: DOCUMENT_COLUMNS, ATTRIBUTIONS: ATTRIBUTION_COLUMNS}


def document_row(result: ExtractedDocument, input_name: str) -> dict[str, Any]:
    document = result.document
    return {"id": document.id, "text": document.text, "url": document.url, "title": document.title,
            "outlet": document.outlet, "published": document.published, "input": input_name,
            "words": len(document.text.split()), "attributions": len(result.quotes)}


def attribution_rows(result: ExtractedDocument) -> list[dict[str, Any]]:
    """One flat row per quote; spans stay [[start, end], ...] offsets into the document's text."""
    rows = []
    for index, quote in enumerate(result.quotes):
        data = quote.to_dict()
        speaker = data.pop("speaker") or {}
        rows.append({"document_id": result.document.id, "index": index, **data,
                     **{f"speaker_{key}": speaker.get(key) for key in SPEAKER_FIELDS},
                     "content_text": quote.content_text(result.document.text)})
    return rows


def quote_from_row(row: dict[str, Any]) -> Quote:
    speaker = {key: row[f"speaker_{key}"] for key in SPEAKER_FIELDS}
    return Quote.from_dict({**row, "speaker": speaker if speaker["name"] is not None else None})


def arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(),
             "spans": pa.list_(pa.list_(pa.int32()))}
    return pa.schema([(name, types[kind]) for name, kind in TABLE_COLUMNS[table]])


def spark_schema(table: str):
    from pyspark.sql import types as T

    kinds = {"string": T.StringType(), "int32": T.IntegerType(), "float64": T.DoubleType(),
             "spans": T.ArrayType(T.ArrayType(T.IntegerType()))}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in TABLE_COLUMNS[table]])


def replace_atomically(path: Path, write) -> None:
    """Write through a temporary sibling then rename, so a killed run never leaves half a file."""
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    write(temporary)
    os.replace(temporary, path)


def write_parquet(path: Path, table: str, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    data = pa.Table.from_pylist(rows, schema=arrow_schema(table))
    replace_atomically(path, lambda temporary: pq.write_table(data, temporary, compression="zstd"))


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    replace_atomically(path, write)


def read_table(archive: Path, table: str) -> list[dict[str, Any]]:
    """Every row of one table, whichever engine wrote its part files."""
    return _read_rows(archive / table, table)


def _read_rows(path: Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.dataset as ds

    return ds.dataset(path, format="parquet", schema=arrow_schema(table)).to_table().to_pylist()


def read_archive(archive: Path) -> Iterator[ExtractedDocument]:
    """The archive back as the shared model.

    A local run's archive is read a part at a time (documents/part-N with attributions/part-N), in
    input order, so memory stays bounded by one part; Spark's part files do not pair up, so its
    archive is read whole, documents sorted by id.
    """
    documents = sorted((archive / DOCUMENTS).glob("part-*.parquet"))
    if documents and all((archive / ATTRIBUTIONS / path.name).exists() for path in documents):
        for path in documents:
            yield from _assemble(_read_rows(path, DOCUMENTS), _read_rows(archive / ATTRIBUTIONS / path.name,
                                                                         ATTRIBUTIONS))
    else:
        yield from _assemble(sorted(read_table(archive, DOCUMENTS), key=lambda row: row["id"]),
                             read_table(archive, ATTRIBUTIONS))


def _assemble(document_rows: list[dict[str, Any]], attribution_rows: list[dict[str, Any]]) -> Iterator[ExtractedDocument]:
    quotes: dict[str, list[tuple[int, Quote]]] = defaultdict(list)
    for row in attribution_rows:
        quotes[row["document_id"]].append((row["index"], quote_from_row(row)))
    for row in document_rows:
        document = Document(**{key: row[key] for key in ("id", "text", "url", "title", "outlet", "published")})
        yield ExtractedDocument(document, [quote for _, quote in sorted(quotes.get(row["id"], []),
                                                                         key=lambda pair: pair[0])])

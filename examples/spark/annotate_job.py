"""Annotate a JSONL corpus with Apache Spark: the `annotate` binary is shipped to the executors with
`SparkContext.addFile` and every partition is piped through `annotate run --out - -` (stream mode) with
`rdd.pipe(..., checkCode=True)`; the JSON records become the four tables of the CLI (documents,
segments, sentences, entities), written as Parquet or CSV.

    spark-submit examples/spark/annotate_job.py --binary target/release/annotate \
        --input corpus/*.jsonl.gz --output out/annotated --format parquet

Input lines are `{"id": ..., "text": ...}` objects, passed to the binary unparsed. A bad line becomes a
record with its status and error (`--exit-zero`), so it never fails the job; a binary that cannot run,
or a fatal error (a bad pipeline file), fails the task and so the job.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T

SPAN = [
    T.StructField("char_start", T.LongType()),
    T.StructField("char_end", T.LongType()),
    T.StructField("byte_start", T.LongType()),
    T.StructField("byte_end", T.LongType()),
]

# The JSON-lines record of `annotate run --out - -` (README, "Output contract").
RECORD = T.StructType(
    [
        T.StructField("id", T.StringType()),
        T.StructField("source", T.StringType()),
        T.StructField("status", T.StringType()),
        T.StructField("error", T.StringType()),
        T.StructField("language", T.StringType()),
        T.StructField("language_confidence", T.DoubleType()),
        T.StructField("chars", T.LongType()),
        T.StructField("bytes", T.LongType()),
        T.StructField(
            "segments",
            T.ArrayType(
                T.StructType(
                    SPAN
                    + [
                        T.StructField("language", T.StringType()),
                        T.StructField("script", T.StringType()),
                        T.StructField("confidence", T.DoubleType()),
                        T.StructField("text", T.StringType()),
                    ]
                )
            ),
        ),
        T.StructField(
            "sentences",
            T.ArrayType(
                T.StructType(
                    SPAN
                    + [
                        T.StructField("language", T.StringType()),
                        T.StructField("text", T.StringType()),
                    ]
                )
            ),
        ),
        T.StructField(
            "entities",
            T.ArrayType(
                T.StructType(
                    SPAN
                    + [
                        T.StructField("label", T.StringType()),
                        T.StructField("source", T.StringType()),
                        T.StructField("confidence", T.DoubleType()),
                        T.StructField("sentence", T.LongType()),
                        T.StructField("text", T.StringType()),
                    ]
                )
            ),
        ),
    ]
)

OFFSETS = ["char_start", "char_end", "byte_start", "byte_end"]


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--binary", required=True, help="the annotate binary (Linux, built for the executors)")
    p.add_argument("--input", required=True, help="JSONL file(s), folder or glob; .gz is fine")
    p.add_argument("--output", required=True, help="folder for the tables (one sub-folder each)")
    p.add_argument("--format", choices=["parquet", "csv"], default="parquet")
    p.add_argument("--pipeline", help="pipeline TOML file (shipped too) or a built-in name")
    p.add_argument("--partitions", type=int, default=0, help="minimum input partitions")
    p.add_argument("--threads", type=int, default=1, help="annotate threads per task (default 1)")
    p.add_argument("--master", help="Spark master when not given by spark-submit, e.g. local[2]")
    return p.parse_args(argv)


def ship(sc, path: str) -> str:
    """Ships a file to every executor and returns the path a task can open it by. On a cluster the
    executors fetch it into their working folder, where PySpark's pipe runs; in local mode driver and
    executor share the driver's SparkFiles folder."""
    sc.addFile(path)
    name = os.path.basename(path)
    if sc.master.startswith("local"):
        return SparkFiles.get(name)
    return "./" + name


def pipe_command(sc, args: argparse.Namespace) -> str:
    """The stream-mode command line each task runs (executable shipped with addFile)."""
    binary = ship(sc, args.binary)
    cmd = [binary, "run", "--quiet", "--exit-zero", "--threads", str(args.threads), "--out", "-"]
    if args.pipeline:
        pipeline = ship(sc, args.pipeline) if os.path.isfile(args.pipeline) else args.pipeline
        cmd += ["--pipeline", pipeline]
    return shlex.join(cmd + ["-"])


def annotate_lines(spark: SparkSession, lines, args: argparse.Namespace):
    """Pipes an RDD of JSONL lines through the binary; returns the RDD of JSON records (same order)."""
    return lines.pipe(pipe_command(spark.sparkContext, args), checkCode=True)


def tables(spark: SparkSession, records_rdd) -> dict[str, DataFrame]:
    """The CLI's four tables (contract columns) from the JSON records."""
    rec = spark.read.json(records_rdd, schema=RECORD, mode="FAILFAST")
    rec = rec.persist(StorageLevel.MEMORY_AND_DISK)  # four tables, one run of the binary
    documents = rec.select(
        F.col("id").alias("doc_id"),
        "source",
        "language",
        "language_confidence",
        "chars",
        "bytes",
        F.size("sentences").alias("sentences"),
        F.size("entities").alias("entities"),
        "status",
        "error",
    )

    def exploded(layer: str, index: str) -> DataFrame:
        return rec.select(F.col("id").alias("doc_id"), F.posexplode(layer).alias(index, "s"))

    segments = exploded("segments", "segment").select(
        "doc_id", "segment", *[f"s.{c}" for c in OFFSETS + ["language", "script", "confidence"]]
    )
    sentences = exploded("sentences", "sentence").select(
        "doc_id", "sentence", *[f"s.{c}" for c in OFFSETS + ["language", "text"]]
    )
    entities = exploded("entities", "entity").select(
        "doc_id",
        F.col("s.sentence").alias("sentence"),
        "entity",
        *[f"s.{c}" for c in OFFSETS + ["label", "text", "source", "confidence"]],
    )
    return {"documents": documents, "segments": segments, "sentences": sentences, "entities": entities}


def write(frames: dict[str, DataFrame], output: str, fmt: str) -> None:
    """Writes each table into OUTPUT/<table>/ (CSV with a header row and RFC 4180 quoting)."""
    for name, df in frames.items():
        writer = df.write.mode("overwrite")
        if fmt == "csv":
            writer = writer.option("header", True).option("escape", '"')
            writer.csv(os.path.join(output, name))
        else:
            writer.parquet(os.path.join(output, name))


def run_job(spark: SparkSession, args: argparse.Namespace) -> dict[str, int]:
    """Runs the whole job; returns the row count of each table."""
    sc = spark.sparkContext
    lines = sc.textFile(args.input, minPartitions=args.partitions or sc.defaultMinPartitions)
    frames = tables(spark, annotate_lines(spark, lines, args))
    write(frames, args.output, args.format)
    return {name: df.count() for name, df in frames.items()}


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    builder = SparkSession.builder.appName("annotate")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    try:
        counts = run_job(spark, args)
    finally:
        spark.stop()
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

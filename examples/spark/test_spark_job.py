"""The Spark job against the CLI: a PySpark `local[2]` run over a few hundred documents must give the
same tables as `annotate run` on the same file, and a command that fails must fail the job.

Needs pyspark and Java; the binary is $ANNOTATE_BIN (default target/release/annotate). Run by .ci/spark.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

pyspark = pytest.importorskip("pyspark")
import annotate_job  # noqa: E402

BIN = Path(os.environ.get("ANNOTATE_BIN", ROOT / "target" / "release" / "annotate"))

TEXTS = [
    "Dr. Ada Brown met the mayor of Leeds on 3 March 2021. Sales rose 12% to $4.5 million.",
    "Le président a visité Lyon mardi.\nIl a parlé pendant deux heures avec Marie Curie.",
    "Die Firma Siemens meldet 5 % mehr Umsatz. Das ist gut für Berlin.",
    "东京大学的研究人员发表了新论文。他们很高兴。",
    "Москва объявила о новых мерах. Президент выступил в среду.",
    'Quotes "inside", a tab\there, CRLF\r\nand a line separator\u2028too. Emoji 👍🏽 e\u0301.',
    "El Banco de España subió los tipos un 0,5 % el 14 de junio. Madrid reaccionó.",
]


def corpus(path: Path, n: int = 300) -> list[str]:
    lines = []
    for i in range(n):
        text = f"{TEXTS[i % len(TEXTS)]} Item {i}."
        lines.append(json.dumps({"id": f"doc-{i:04d}", "text": text}, ensure_ascii=i % 2 == 0))
    lines[17] = '{"id": "broken", "text": '  # a malformed line: an error record, not a failure
    lines[42] = json.dumps({"id": "blank", "text": "   "})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


@pytest.fixture(scope="module")
def spark():
    if not BIN.is_file():
        pytest.skip(f"{BIN} not built (cargo build --release)")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers see this venv's packages

    session = (
        SparkSession.builder.master("local[2]")
        .appName("annotate-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def job_args(tmp: Path, **kw) -> argparse.Namespace:
    args = annotate_job.parse_args(
        ["--binary", str(BIN), "--input", str(tmp / "in.jsonl"), "--output", str(tmp / "spark")]
    )
    args.partitions = 4
    for k, v in kw.items():
        setattr(args, k, v)
    return args


def cli_tables(tmp: Path) -> dict[str, list[dict[str, str]]]:
    out = tmp / "cli"
    done = subprocess.run(
        [str(BIN), "run", "--quiet", "--exit-zero", "--out", str(out), str(tmp / "in.jsonl")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    tables = {}
    for name in ["documents", "segments", "sentences", "entities"]:
        with open(out / f"{name}.csv", newline="", encoding="utf-8") as f:
            tables[name] = list(csv.DictReader(f))
    return tables


def norm(value) -> str:
    """A cell as the CLI's CSV writes it (floats with 4 decimals, None as empty)."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def doc_id(value: str) -> str:
    """A line without a readable id gets its source as id (`in.jsonl:18` from a file, `stdin:5`
    within a Spark partition): the one place where the two runs differ by design."""
    head, _, line = value.rpartition(":")
    return "<source>" if head and line.isdigit() else value


KEYS = {"documents": [], "segments": ["segment"], "sentences": ["sentence"], "entities": ["entity"]}


def test_spark_job_equals_the_cli(spark, tmp_path):
    lines = corpus(tmp_path / "in.jsonl")
    counts = annotate_job.run_job(spark, job_args(tmp_path))
    assert counts["documents"] == len(lines)
    want = cli_tables(tmp_path)
    for name, rows in want.items():
        df = spark.read.parquet(str(tmp_path / "spark" / name))
        assert counts[name] == len(rows), name
        columns = [c for c in df.columns if c != "source" or name == "entities"]
        got = sorted((doc_id(r["doc_id"]),) + tuple(norm(r[c]) for c in columns[1:]) for r in df.collect())
        exp = sorted((doc_id(row["doc_id"]),) + tuple(row[c] for c in columns[1:]) for row in rows)
        if name in ("documents", "segments", "entities"):
            # confidences are rounded once in JSON and once in CSV: compare them numerically
            conf = [i for i, c in enumerate(columns) if "confidence" in c]
            strip = lambda t: tuple(v for i, v in enumerate(t) if i not in conf)  # noqa: E731
            assert [strip(t) for t in got] == [strip(t) for t in exp], name
            for g, e in zip(got, exp):
                for i in conf:
                    assert (g[i] == e[i]) or abs(float(g[i]) - float(e[i])) <= 1.5e-4, (name, g, e)
        else:
            assert got == exp, name
    assert len(want["entities"]) > 100 and len(want["sentences"]) >= 2 * len(lines) - 10
    statuses = {r["doc_id"]: r["status"] for r in want["documents"]}
    assert statuses["blank"] == "empty"
    assert list(statuses.values()).count("malformed") == 1


def test_csv_output_reads_back_as_the_cli_tables(spark, tmp_path):
    corpus(tmp_path / "in.jsonl", n=60)
    annotate_job.run_job(spark, job_args(tmp_path, format="csv"))
    want = cli_tables(tmp_path)
    for name in ["sentences", "entities"]:
        rows = []
        for part in sorted((tmp_path / "spark" / name).glob("part-*.csv")):
            with open(part, newline="", encoding="utf-8") as f:
                rows.extend(csv.DictReader(f))
        columns = list(want[name][0])[:9]
        got = sorted(tuple(r[c] for c in columns) for r in rows)
        exp = sorted(tuple(r[c] for c in columns) for r in want[name])
        assert got == exp, name
    assert any('"' in r["text"] for r in want["sentences"])  # quoting was exercised


def test_piped_records_equal_the_cli_stream(spark, tmp_path):
    corpus(tmp_path / "in.jsonl", n=200)
    args = job_args(tmp_path)
    lines = spark.sparkContext.textFile(args.input, minPartitions=3)
    assert lines.getNumPartitions() >= 3
    piped = annotate_job.annotate_lines(spark, lines, args).collect()
    with open(tmp_path / "in.jsonl", "rb") as f:
        local = subprocess.run(
            [str(BIN), "run", "--quiet", "--exit-zero", "--out", "-", "-"],
            stdin=f,
            capture_output=True,
            check=True,
        )
    local_records = [json.loads(l) for l in local.stdout.decode("utf-8").splitlines()]
    spark_records = [json.loads(l) for l in piped]
    for r in local_records + spark_records:
        r.pop("source")  # stdin:LINE counts lines within each partition
        r["id"] = doc_id(r["id"])
    assert spark_records == local_records


def test_a_failing_command_fails_the_job(spark, tmp_path):
    corpus(tmp_path / "in.jsonl", n=50)
    bad = tmp_path / "bad.toml"
    bad.write_text("version = 1\nunknown_key = 3\n")
    args = job_args(tmp_path, pipeline=str(bad))
    lines = spark.sparkContext.textFile(args.input, minPartitions=2)
    with pytest.raises(Exception) as failure:
        annotate_job.annotate_lines(spark, lines, args).collect()
    assert "exited with error code 2" in str(failure.value)


def test_the_python_package_inside_spark_tasks_gives_the_same_records(spark, tmp_path):
    annotate = pytest.importorskip("annotate")
    corpus(tmp_path / "in.jsonl", n=120)
    args = job_args(tmp_path)
    lines = spark.sparkContext.textFile(args.input, minPartitions=3)
    piped = [json.loads(x) for x in annotate_job.annotate_lines(spark, lines, args).collect()]
    pipeline = annotate.Pipeline()  # pickled to the workers by its spec, loaded once per task

    def per_partition(rows):
        docs = []
        for row in rows:
            try:
                doc = json.loads(row)
            except ValueError:
                continue  # the package takes texts; malformed input lines are the caller's business
            docs.append(doc)
        return pipeline.annotate_batch_json([d["text"] for d in docs], ids=[d["id"] for d in docs], threads=1)

    in_tasks = [json.loads(x) for x in lines.mapPartitions(per_partition).collect()]
    readable = [r for r in piped if r["status"] != "malformed"]
    assert len(in_tasks) == len(readable) == 119
    for a, b in zip(in_tasks, readable):
        a.pop("source"), b.pop("source")
        assert a == b

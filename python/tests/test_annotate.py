"""Tests of the Python package: records equal the CLI's stream-mode records, offsets index Python
strings, batches keep order and release the interpreter, pipelines load, pickle and fail clearly."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import annotate

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("ANNOTATE_BIN", ROOT / "target" / "release" / "annotate"))

TEXTS = [
    "Dr. Ada Brown met the mayor of Leeds on 3 March 2021. Sales rose 12% to $4.5 million.",
    "Le président a visité Lyon mardi.\nIl a parlé pendant deux heures.",
    "东京大学的研究人员发表了新论文。他们很高兴。",
    "Москва объявила о новых мерах. Президент выступил в среду.",
    "Emoji 👍🏽 and e\u0301 and a line\u2028separator. Tabs\tand \"quotes\".",
    "a lone surrogate \ud800 here. Still text.",
    "   ",
    "",
]


@pytest.fixture(scope="module")
def pipeline():
    return annotate.Pipeline()


def test_record_fields_and_offsets(pipeline):
    rec = pipeline.annotate(TEXTS[0], id="d1")
    assert list(rec) == [
        "id", "source", "status", "error", "language", "language_confidence",
        "chars", "bytes", "segments", "sentences", "entities",
    ]
    assert rec["id"] == "d1" and rec["status"] == "ok" and rec["language"] == "en"
    assert len(rec["sentences"]) == 2
    assert {e["label"] for e in rec["entities"]} >= {"PER", "DATE", "PERCENT"}
    for text in TEXTS[:5]:
        rec = pipeline.annotate(text)
        data = text.encode("utf-8")
        assert rec["chars"] == len(text) and rec["bytes"] == len(data)
        for layer in ("segments", "sentences", "entities"):
            for span in rec[layer]:
                assert text[span["char_start"]:span["char_end"]] == span["text"]
                assert data[span["byte_start"]:span["byte_end"]].decode("utf-8") == span["text"]


def test_records_equal_the_cli_stream(pipeline):
    if not BIN.is_file():
        pytest.skip(f"{BIN} not built")
    ids = [f"t{i}" for i in range(len(TEXTS))]
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in zip(ids, TEXTS))
    done = subprocess.run(
        [str(BIN), "run", "--quiet", "--exit-zero", "--out", "-", "-"],
        input=lines.encode("utf-8"),
        capture_output=True,
        check=True,
    )
    cli = [json.loads(line) for line in done.stdout.decode("utf-8").split("\n") if line]
    ours = pipeline.annotate_batch(TEXTS, ids=ids)
    assert len(cli) == len(ours) == len(TEXTS)
    for c, o in zip(cli, ours):
        assert c.pop("source").startswith("stdin:") and o.pop("source").startswith("python:")
        assert c == o
    statuses = [r["status"] for r in ours]
    assert statuses[5] == "lossy" and statuses[6] == statuses[7] == "empty"


def test_json_variants_are_one_line_and_equal_the_dicts(pipeline):
    one = pipeline.annotate_json(TEXTS[4], id=3)
    assert "\n" not in one and "\u2028" not in one
    assert json.loads(one) == pipeline.annotate(TEXTS[4], id=3)
    lines = pipeline.annotate_batch_json(TEXTS[:4])
    assert [json.loads(line) for line in lines] == pipeline.annotate_batch(TEXTS[:4])
    assert annotate.annotate_batch_json(TEXTS[:2]) == lines[:2]


def test_batch_order_ids_and_threads(pipeline):
    texts = [f"Document number {i} mentions Paris and {i} people." for i in range(300)]
    one = pipeline.annotate_batch(texts, threads=1)
    two = pipeline.annotate_batch(iter(texts), threads=2)
    assert one == two
    assert [r["id"] for r in one] == [f"python:{i + 1}" for i in range(300)]
    assert [r["chars"] for r in one] == [len(t) for t in texts]
    ids = pipeline.annotate_batch(texts[:3], ids=[7, "x", None])
    assert [r["id"] for r in ids] == ["7", "x", "python:3"]
    assert annotate.annotate_batch(texts[:5]) == one[:5]
    assert annotate.annotate(texts[0]) == pipeline.annotate(texts[0])


def test_bad_arguments_raise_clear_errors(pipeline):
    with pytest.raises(ValueError, match="ids has 1 items but texts has 2"):
        pipeline.annotate_batch(["a.", "b."], ids=["x"])
    with pytest.raises(TypeError, match="text must be str or bytes"):
        pipeline.annotate(12)
    with pytest.raises(TypeError, match="id must be a str or an int"):
        pipeline.annotate("x", id=True)
    with pytest.raises(TypeError):
        pipeline.annotate_batch(["fine", 3.5])
    with pytest.raises(TypeError, match="not one text"):
        pipeline.annotate_batch("a whole text, not a list")
    # a null value (a missing column) is a record, not an exception that loses the whole batch
    recs = pipeline.annotate_batch(["Fine text.", None], ids=["a", "b"])
    assert [r["status"] for r in recs] == ["ok", "malformed"]
    assert recs[1]["id"] == "b" and recs[1]["error"] == "text is None, not a str"
    assert pipeline.annotate(b"caf\xc3\xa9 au lait. \xff")["status"] == "lossy"


def test_batch_releases_the_interpreter(pipeline):
    def ticks_during_batch(texts):
        span = {}

        def work():
            span["start"] = time.perf_counter()
            pipeline.annotate_batch(texts, threads=1)
            span["end"] = time.perf_counter()

        worker = threading.Thread(target=work)
        ticks = []
        worker.start()
        while worker.is_alive():
            ticks.append(time.perf_counter())
            time.sleep(0.001)
        worker.join()
        inside = [t for t in ticks if span["start"] <= t <= span["end"]]
        return inside, span["end"] - span["start"]

    texts = [TEXTS[i % 5] * 3 for i in range(1000)]
    inside, took = ticks_during_batch(texts)
    while took < 0.3 and len(texts) < 64000:  # a batch long enough to tell, on any machine
        texts = texts * 4
        inside, took = ticks_during_batch(texts)
    gaps = [b - a for a, b in zip(inside, inside[1:])]
    # Holding the interpreter, the main thread could not tick while the batch ran.
    assert len(inside) > 10 and max(gaps) < took / 2, (len(inside), max(gaps, default=0), took)


def test_concurrent_calls_from_threads_agree(pipeline):
    texts = [f"{TEXTS[i % 4]} {i}" for i in range(64)]
    want = pipeline.annotate_batch(texts)
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: pipeline.annotate(t[1], id=f"python:{t[0] + 1}"), enumerate(texts)))
    for g, w in zip(got, want):
        g["source"] = w["source"]
        assert g == w


def test_pipelines_load_pickle_and_fail_clearly(tmp_path):
    assert "default" in annotate.builtin_pipelines()
    sentences = annotate.Pipeline("sentences")
    assert sentences.processors == ["language", "sentences"]
    assert sentences.annotate("One. Two.")["entities"] == []
    back = pickle.loads(pickle.dumps(sentences))
    assert back.processors == sentences.processors
    assert back.annotate("One. Two.") == sentences.annotate("One. Two.")
    custom = tmp_path / "p.toml"
    custom.write_text(
        'version = 1\n[run]\nmax_document_bytes = 20\n'
        '[[processors]]\ntype = "language"\n[[processors]]\ntype = "sentences"\n'
    )
    p = annotate.Pipeline(custom)
    assert p.name == str(custom) and "p.toml" in repr(p)
    assert p.annotate("short text.")["status"] == "ok"
    big = p.annotate("x" * 21)
    assert big["status"] == "too_large" and "max_document_bytes" in big["error"]
    assert pickle.loads(pickle.dumps(p)).name == str(custom)
    bad = tmp_path / "bad.toml"
    bad.write_text('version = 1\n[[processors]]\ntype = "no_such_stage"\n')
    with pytest.raises(annotate.PipelineError, match="no_such_stage"):
        annotate.Pipeline(bad)
    with pytest.raises(ValueError, match="neither a file nor a built-in"):
        annotate.Pipeline("no-such-pipeline")

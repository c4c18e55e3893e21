#!/usr/bin/env python3
"""Reliability of the tagger's span confidences (the `confidence` column of entities.csv).

    scripts/calibration.py [--max-ece E] GOLD.jsonl ENTITIES.csv [GOLD.jsonl ENTITIES.csv ...]

GOLD.jsonl is a dev set exported with `tagger_harness export FILE` (one document a line: id, text
and gold entities as byte ranges with labels); ENTITIES.csv is `annotate run`'s table for that
same file. Only model spans (source `model`) whose label the gold file uses are counted. A span is
right when a gold entity has exactly its bytes and label. Prints, over all the pairs given, the
spans per confidence bin with their mean confidence and the share that is right, the expected
calibration error (ECE: the bins' |confidence - accuracy| weighted by their size) and the Brier
score (mean squared difference between confidence and 1 or 0). With --max-ece, exits 1 when the
ECE is above E (the CI gate, .ci/calibration_gate.txt).
"""
import csv
import json
import sys


def pairs(gold_path, entities_path):
    gold, labels = {}, set()
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            spans = {(s, e, l) for s, e, l in d["gold"]}
            gold[d["id"]] = spans
            labels |= {l for _, _, l in spans}
    with open(entities_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["source"] != "model" or row["label"] not in labels:
                continue
            key = (int(row["byte_start"]), int(row["byte_end"]), row["label"])
            yield float(row["confidence"]), key in gold.get(row["doc_id"], set())


def main(args):
    max_ece = None
    if args[:1] == ["--max-ece"] and len(args) > 1:
        max_ece, args = float(args[1]), args[2:]
    if len(args) < 2 or len(args) % 2:
        sys.exit(__doc__)
    seen = []
    for g, e in zip(args[::2], args[1::2]):
        seen.extend(pairs(g, e))
    if not seen:
        sys.exit("no model spans found")
    bins = [[] for _ in range(10)]
    for c, ok in seen:
        bins[min(int(c * 10), 9)].append((c, ok))
    print("confidence  spans  mean conf  right")
    ece = 0.0
    for i, b in enumerate(bins):
        if not b:
            continue
        conf = sum(c for c, _ in b) / len(b)
        acc = sum(ok for _, ok in b) / len(b)
        ece += len(b) / len(seen) * abs(conf - acc)
        print(f"{i / 10:.1f}-{(i + 1) / 10:.1f}  {len(b):6d}  {conf:9.3f}  {acc:5.3f}")
    brier = sum((c - ok) ** 2 for c, ok in seen) / len(seen)
    right = sum(ok for _, ok in seen) / len(seen)
    print(f"spans {len(seen)}, right {right:.3f}, ECE {ece:.4f}, Brier {brier:.4f}")
    if max_ece is not None and ece > max_ece:
        sys.exit(f"ECE {ece:.4f} is above {max_ece}")


if __name__ == "__main__":
    main(sys.argv[1:])

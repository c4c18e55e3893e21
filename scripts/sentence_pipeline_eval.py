#!/usr/bin/env python3
"""Sentence boundary F1 through the whole pipeline, as users meet it: rebuilds running documents
from a CoNLL-U file's gold sentences (`# text =`, joined by one space; a `# newdoc` starts a new
document, and a file without any is cut into documents of 20 sentences), runs `annotate run` on
them, and scores the sentence ends of `sentences.csv` against the gold ends (exact character
offsets). Unlike `annotate eval sentences`, which runs the splitter alone, this counts language
segmentation and every other stage too.

Usage: sentence_pipeline_eval.py CONLLU [ANNOTATE_BINARY] [SEPARATOR]
  e.g. scripts/sentence_pipeline_eval.py ../shared/data/ud/UD_Chinese-GSD/zh_gsd-ud-dev.conllu"""

import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

SENTENCES_PER_DOCUMENT = 20


def documents(conllu):
    """Gold sentences grouped into documents."""
    docs, current = [], []
    with open(conllu, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc") and current:
                docs.append(current)
                current = []
            if line.startswith("# text = "):
                current.append(line[len("# text = "):].rstrip("\n"))
    if current:
        docs.append(current)
    if len(docs) == 1:
        only = docs[0]
        docs = [only[i:i + SENTENCES_PER_DOCUMENT] for i in range(0, len(only), SENTENCES_PER_DOCUMENT)]
    return docs


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    conllu = sys.argv[1]
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/annotate"
    separator = sys.argv[3] if len(sys.argv) > 3 else " "
    gold = set()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = Path(tmp) / "documents.jsonl"
        with open(inputs, "w", encoding="utf-8") as f:
            for i, sentences in enumerate(documents(conllu)):
                text = ""
                for sentence in sentences:
                    if text:
                        text += separator
                    text += sentence
                    gold.add((str(i), len(text)))
                f.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
        out = Path(tmp) / "out"
        subprocess.run([binary, "run", "--out", str(out), str(inputs)], stderr=subprocess.DEVNULL, check=True)
        with open(out / "sentences.csv", encoding="utf-8") as f:
            predicted = {(row["doc_id"], int(row["char_end"])) for row in csv.DictReader(f)}
    found = len(gold & predicted)
    precision = found / len(predicted) if predicted else 0.0
    recall = found / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if found else 0.0
    print(f"{Path(conllu).name} sentences gold {len(gold)} predicted {len(predicted)} "
          f"P {precision:.4f} R {recall:.4f} F1 {f1:.4f}")


if __name__ == "__main__":
    main()

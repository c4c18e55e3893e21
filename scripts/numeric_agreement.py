#!/usr/bin/env python3
"""Agreement of our numeric entity types with spaCy en_core_web_sm on the same raw text.

usage: scripts/numeric_agreement.py [--shared ../shared] [--bin target/release/annotate]
                                    [--python /work/.venv-anchors/bin/python] [--work DIR]

Builds the CoNLL-2003 dev documents (tokens joined by spaces, sentences by newlines) and the UD
English-EWT dev documents (`# text =` lines, one document per `# newdoc`), runs the spaCy anchor
(`../shared/anchors/ner.py`) and `annotate run` on them, and prints, per label, how many exact
spans each side has, how many both have, and the agreement P (share of ours that spaCy has), R
(share of spaCy's that we have) and F. spaCy is a peer, not a gold standard: this measures
agreement, not accuracy (docs/rules.md, "Measured").
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys

LABELS = ["TIME", "QUANTITY", "ORDINAL", "CARDINAL", "DATE", "MONEY", "PERCENT"]


def conll_docs(path):
    docs, cur, sent = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("-DOCSTART-") or not line.strip():
            if sent:
                cur.append(" ".join(sent))
                sent = []
            if line.startswith("-DOCSTART-") and cur:
                docs.append("\n".join(cur))
                cur = []
            continue
        sent.append(line.split(" ")[0])
    if sent:
        cur.append(" ".join(sent))
    if cur:
        docs.append("\n".join(cur))
    return docs


def ud_docs(path):
    docs, cur = [], []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# newdoc") and cur:
            docs.append("\n".join(cur))
            cur = []
        elif line.startswith("# text = "):
            cur.append(line[len("# text = "):].rstrip("\n"))
    if cur:
        docs.append("\n".join(cur))
    return docs


def spans_of_spacy(path):
    out = collections.defaultdict(set)
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for start, end, label, _ in d["entities"]:
            out[label].add((d["id"], start, end))
    return out


def spans_of_ours(folder):
    out = collections.defaultdict(set)
    with open(os.path.join(folder, "entities.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[r["label"]].add((r["doc_id"], int(r["char_start"]), int(r["char_end"])))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--bin", default="target/release/annotate")
    ap.add_argument("--python", default="/work/.venv-anchors/bin/python")
    ap.add_argument("--work", default="/tmp/numeric-agreement")
    a = ap.parse_args()
    os.makedirs(a.work, exist_ok=True)
    data = os.path.join(a.shared, "data")
    sets = {
        "conll": conll_docs(os.path.join(data, "conll2003", "dev.txt")),
        "ewt": ud_docs(os.path.join(data, "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")),
    }
    for name, docs in sets.items():
        src = os.path.join(a.work, f"{name}.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, text in enumerate(docs):
                f.write(json.dumps({"id": f"{name}-{i}", "text": text}, ensure_ascii=False) + "\n")
        peer = os.path.join(a.work, f"spacy-{name}.jsonl")
        subprocess.run([a.python, "ner.py", os.path.abspath(src), os.path.abspath(peer)],
                       cwd=os.path.join(a.shared, "anchors"), check=True,
                       stderr=subprocess.DEVNULL)
        ours = os.path.join(a.work, f"ours-{name}")
        subprocess.run([a.bin, "run", "--quiet", "--out", ours, src], check=True)
        theirs, mine = spans_of_spacy(peer), spans_of_ours(ours)
        print(f"{name}: {len(docs)} documents")
        print(f"{'label':9} {'spaCy':>6} {'ours':>6} {'both':>6}     P      R      F")
        for label in LABELS:
            s, o = theirs.get(label, set()), mine.get(label, set())
            both = len(s & o)
            p = both / len(o) if o else 0.0
            r = both / len(s) if s else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{label:9} {len(s):6} {len(o):6} {both:6} {p:6.3f} {r:6.3f} {f1:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

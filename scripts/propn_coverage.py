#!/usr/bin/env python3
"""Proper-noun coverage, a proxy for entity recall and precision in languages without entity gold
(German, French, Spanish, Russian, Japanese). Universal Dependencies marks proper nouns (UPOS
PROPN), so this counts how many PROPN tokens fall inside an entity of any label (recall proxy) and
how many tokens of PER/ORG/LOC/MISC entities are PROPN (precision proxy: the common-noun and
adjective parts of a name, `Europäische Zentralbank`, count against it, so it stays below 1 even
when every entity is right). Sentences are joined ten to a document by newlines, as the entity
gates rebuild text.

Usage: python3 scripts/propn_coverage.py CONLLU ANNOTATE_BINARY [PIPELINE_TOML] [--show]
(--show prints the most frequent missed proper nouns and a sample of non-PROPN entity tokens)."""

import collections
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

NAMES = {"PER", "ORG", "LOC", "MISC"}


def read_sentences(path):
    """Each sentence's text and its surface tokens with their UPOS (multiword tokens as `MWT`)."""
    sentences, current, inside_mwt = [], None, set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# text = "):
                current = {"text": line[9:], "tokens": []}
                sentences.append(current)
                inside_mwt = set()
            elif line and not line.startswith("#") and current is not None:
                cols = line.split("\t")
                if "." in cols[0]:
                    continue
                if "-" in cols[0]:
                    a, b = map(int, cols[0].split("-"))
                    inside_mwt.update(range(a, b + 1))
                    current["tokens"].append((cols[1], "MWT"))
                elif int(cols[0]) not in inside_mwt:
                    current["tokens"].append((cols[1], cols[3]))
    return sentences


def documents(sentences, per_doc=10):
    """(id, text, [(char_start, char_end, upos, form)]) for groups of `per_doc` sentences."""
    out = []
    for i in range(0, len(sentences), per_doc):
        text, tokens = "", []
        for s in sentences[i : i + per_doc]:
            base, pos = len(text), 0
            for form, upos in s["tokens"]:
                j = s["text"].find(form, pos)
                if j < 0:
                    continue
                tokens.append((base + j, base + j + len(form), upos, form))
                pos = j + len(form)
            text += s["text"] + "\n"
        out.append((f"d{i}", text, tokens))
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) < 2:
        sys.exit(__doc__)
    conllu, binary, pipeline = args[0], args[1], args[2:3]
    docs = documents(read_sentences(conllu))
    work = tempfile.mkdtemp(prefix="propn-")
    inp = os.path.join(work, "in.jsonl")
    with open(inp, "w", encoding="utf-8") as f:
        for doc_id, text, _ in docs:
            f.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    out = os.path.join(work, "out")
    cmd = [binary, "run", "--quiet", "--out", out]
    cmd += ["--pipeline", pipeline[0]] if pipeline else []
    subprocess.run(cmd + [inp], check=True)
    entities = collections.defaultdict(list)
    with open(os.path.join(out, "entities.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            entities[r["doc_id"]].append(
                (int(r["char_start"]), int(r["char_end"]), r["label"], r["text"])
            )
    propn = covered = name_tokens = name_propn = 0
    missed, other = [], []
    for doc_id, _, tokens in docs:
        for a, b, upos, form in tokens:
            inside = [e for e in entities[doc_id] if e[0] < b and a < e[1]]
            names = [e for e in inside if e[2] in NAMES]
            if upos == "PROPN":
                propn += 1
                covered += bool(inside)
                if not inside:
                    missed.append(form)
            if names and upos != "PUNCT":
                name_tokens += 1
                name_propn += upos == "PROPN"
                if upos != "PROPN":
                    other.append((form, upos, names[0][3], names[0][2]))
    print(
        f"PROPN tokens {propn}, inside an entity {covered} ({covered / max(propn, 1):.3f}); "
        f"name-entity tokens {name_tokens}, PROPN {name_propn} "
        f"({name_propn / max(name_tokens, 1):.3f})"
    )
    if "--show" in sys.argv:
        random.seed(1)
        print("missed:", collections.Counter(missed).most_common(40))
        print("non-PROPN in names:", random.sample(other, min(40, len(other))))


if __name__ == "__main__":
    main()

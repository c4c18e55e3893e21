#!/usr/bin/env python3
"""Chooses a tagger model's confidence threshold by cross-validation on its own training data.

    scripts/cv_threshold.py LANG [--folds 5] [--work DIR] [--thresholds 0,0.05,...]

The model's own training file (UNER; CoNLL-2003 for English) is cut into folds of whole documents (`# newdoc`, `-DOCSTART-`; blocks
of 20 sentences where a corpus marks none). For each fold, `pipelines/models/train.sh LANG` retrains the
model with the exact shipped recipe, except that its own training file is the other folds (a copy
of ../shared/data whose other files are links); then `annotate eval entities --pipeline` scores the
held-out fold through the default pipeline with the fold's model, once per threshold
(`min_confidence`). The counts of all folds are pooled and the threshold with the best pooled F1
is printed. No dev file is read to choose anything (train.sh prints a dev score after training,
which this script ignores), so the threshold is as fair a choice as the model's own weights.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

DATA = os.environ.get("DATA", "../shared/data")
# each model's own training file, under DATA
CORPORA = {
    "en": "conll2003/train.txt",
    "zh": "uner/UNER_Chinese-GSD/zh_gsd-ud-train.iob2",
    "hr": "uner/UNER_Croatian-SET/hr_set-ud-train.iob2",
    "sr": "uner/UNER_Serbian-SET/sr_set-ud-train.iob2",
    "sk": "uner/UNER_Slovak-SNK/sk_snk-ud-train.iob2",
    "da": "uner/UNER_Danish-DDT/da_ddt-ud-train.iob2",
    "sv": "uner/UNER_Swedish-Talbanken/sv_talbanken-ud-train.iob2",
    "pt": "uner/UNER_Portuguese-Bosque/pt_bosque-ud-train.iob2",
}


def documents(path):
    """The corpus as a list of documents, each a list of sentences (`# newdoc` or `-DOCSTART-`
    starts a document; blocks of 20 sentences where a corpus marks none)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    sentences = [s for s in text.split("\n\n") if s.strip()]
    starts = lambda s: s.startswith("# newdoc") or s.startswith("-DOCSTART-")
    has_docs = any(starts(s) for s in sentences)
    docs = []
    for i, s in enumerate(sentences):
        if (starts(s) if has_docs else i % 20 == 0) or not docs:
            docs.append([])
        docs[-1].append(s)
    return docs


def write(path, docs):
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            for s in d:
                f.write(s.strip("\n") + "\n\n")


def fake_data(work, own, rest):
    """A copy of DATA in which the file `own` (relative to DATA) is `rest`: every folder on the
    way to it is real, everything else a link."""
    root = os.path.join(work, "data")
    if os.path.exists(root):
        shutil.rmtree(root)
    src = os.path.abspath(DATA)
    parts = own.split("/")
    for depth in range(len(parts)):
        here = os.path.join(root, *parts[:depth])
        os.makedirs(here, exist_ok=True)
        for entry in os.listdir(os.path.join(src, *parts[:depth])):
            if entry == parts[depth]:
                continue
            os.symlink(os.path.join(src, *parts[:depth], entry), os.path.join(here, entry))
    shutil.copy(rest, os.path.join(root, own))
    return root


def pipeline(work, lang, model, threshold):
    """The default pipeline with LANG's model replaced and `min_confidence` set."""
    with open("pipelines/default.toml", encoding="utf-8") as f:
        text = f.read()
    models = os.path.abspath("pipelines/models")
    text = text.replace('"models/', '"' + models + "/")
    text = text.replace(f'{lang} = "{models}/ner-{lang}.bin"', f'{lang} = "{os.path.abspath(model)}"')
    # the shipped per-model thresholds would floor the one under test (the higher of the two applies)
    text = re.sub(r"(?m)^model_min_confidence = .*\n", "", text)
    text = re.sub(r"(type = \"ner_model\"[^\n]*\n)", rf"\1min_confidence = {threshold}\n", text)
    path = os.path.join(work, f"pipeline-{threshold}.toml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def counts(pipeline_path, gold):
    out = subprocess.run(
        ["target/release/annotate", "eval", "entities", "--pipeline", pipeline_path, gold],
        check=True, capture_output=True, text=True,
    ).stdout
    for line in out.splitlines():
        f = line.split()
        if f and f[0] == "overall":
            gold_n, pred_n, p, r = int(f[1]), int(f[2]), float(f[3]), float(f[4])
            return gold_n, pred_n, round(r / 100 * gold_n)
    sys.exit("no overall line in:\n" + out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lang", choices=sorted(CORPORA))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--work", default=None)
    ap.add_argument("--thresholds", default="0,0.1,0.2,0.25,0.3,0.35,0.4,0.5")
    args = ap.parse_args()
    work = os.path.abspath(args.work or f"target/cv-{args.lang}")
    os.makedirs(work, exist_ok=True)
    thresholds = [float(t) for t in args.thresholds.split(",")]
    docs = documents(os.path.join(DATA, CORPORA[args.lang]))
    pooled = {t: [0, 0, 0] for t in thresholds}
    for k in range(args.folds):
        held = [d for i, d in enumerate(docs) if i % args.folds == k]
        rest = [d for i, d in enumerate(docs) if i % args.folds != k]
        ext = os.path.splitext(CORPORA[args.lang])[1]
        held_path = os.path.join(work, f"held-{k}{ext}")
        rest_path = os.path.join(work, f"rest-{k}{ext}")
        write(held_path, held)
        write(rest_path, rest)
        model = os.path.join(work, f"ner-{args.lang}-{k}.bin")
        if not os.path.exists(model):
            out = os.path.join(work, f"out-{k}")
            os.makedirs(out, exist_ok=True)
            env = dict(os.environ, DATA=fake_data(work, CORPORA[args.lang], rest_path), OUT=out)
            subprocess.run(["pipelines/models/train.sh", args.lang], check=True, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(out, f"ner-{args.lang}.bin"), model)
        for t in thresholds:
            g, p, c = counts(pipeline(work, args.lang, model, t), held_path)
            for i, v in enumerate((g, p, c)):
                pooled[t][i] += v
            print(f"fold {k} threshold {t}: gold {g} predicted {p} correct {c}", file=sys.stderr)
    best = None
    print("threshold  gold  predicted  correct  P      R      F1")
    for t in thresholds:
        g, p, c = pooled[t]
        prec, rec = c / max(p, 1), c / max(g, 1)
        f1 = 2 * prec * rec / max(prec + rec, 1e-9)
        print(f"{t:9.2f}  {g:4d}  {p:9d}  {c:7d}  {100*prec:5.2f}  {100*rec:5.2f}  {100*f1:5.2f}")
        if best is None or f1 > best[1] + 1e-9:
            best = (t, f1)
    print(f"best threshold {best[0]} (pooled F1 {100*best[1]:.2f})")


if __name__ == "__main__":
    main()

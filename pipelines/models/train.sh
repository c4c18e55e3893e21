#!/usr/bin/env bash
# Retrains every shipped entity model from ../shared/data (run from the repository root).
# Deterministic: the same data, seed and code give byte-identical model files.
# Usage: pipelines/models/train.sh [LANG...]      (default: all models)
# Until `annotate train` is wired, this drives the library through examples/tagger_harness.rs:
#   tagger_harness train LANG OUT EPOCHS SEED MIN_WEIGHT TRAIN_FILES... --dev DEV_FILES...
set -euo pipefail
cd "$(dirname "$0")/../.."
D=${DATA:-../shared/data}
U=$D/uner
OUT=pipelines/models
cargo build --release --example tagger_harness
H=target/release/examples/tagger_harness
run() { nice "$H" train "$@"; }

LANGS="${*:-en zh hr da pt sr sk sv}"

for lang in $LANGS; do
  case $lang in
    en) run en $OUT/ner-en.bin 10 1 0.1 $D/conll2003/train.txt --dev $D/conll2003/dev.txt ;;
    zh) run zh $OUT/ner-zh.bin 10 1 0.1 $U/UNER_Chinese-GSD/zh_gsd-ud-train.iob2 \
          $D/chinese_ner/resume/train.char.bmes $D/chinese_ner/weibo/weiboNER_2nd_conll.train \
          --dev $U/UNER_Chinese-GSD/zh_gsd-ud-dev.iob2 ;;
    hr) run hr $OUT/ner-hr.bin 10 1 0.1 $U/UNER_Croatian-SET/hr_set-ud-train.iob2 --dev $U/UNER_Croatian-SET/hr_set-ud-dev.iob2 ;;
    da) run da $OUT/ner-da.bin 10 1 0.1 $U/UNER_Danish-DDT/da_ddt-ud-train.iob2 --dev $U/UNER_Danish-DDT/da_ddt-ud-dev.iob2 ;;
    pt) run pt $OUT/ner-pt.bin 10 1 0.1 $U/UNER_Portuguese-Bosque/pt_bosque-ud-train.iob2 --dev $U/UNER_Portuguese-Bosque/pt_bosque-ud-dev.iob2 ;;
    sr) run sr $OUT/ner-sr.bin 10 1 0.1 $U/UNER_Serbian-SET/sr_set-ud-train.iob2 --dev $U/UNER_Serbian-SET/sr_set-ud-dev.iob2 ;;
    sk) run sk $OUT/ner-sk.bin 10 1 0.1 $U/UNER_Slovak-SNK/sk_snk-ud-train.iob2 --dev $U/UNER_Slovak-SNK/sk_snk-ud-dev.iob2 ;;
    sv) run sv $OUT/ner-sv.bin 10 1 0.1 $U/UNER_Swedish-Talbanken/sv_talbanken-ud-train.iob2 --dev $U/UNER_Swedish-Talbanken/sv_talbanken-ud-dev.iob2 ;;
    *) echo "unknown model language: $lang" >&2; exit 2 ;;
  esac
done

#!/usr/bin/env python3
"""Writes pipelines/models/common-LANG.txt, the common lower-case words of a language, a list an
entity model is trained with (`annotate train --common-words`, see pipelines/models/train.sh); the
pipeline never reads it (the model keeps the words' hashes). The English list is the exception: the
rules read it (pipelines/gazetteers/common_en.txt, src/rules/common_words.rs), written with
  gen_common_words.py en DIR/usr/share/hunspell/en_US pipelines/gazetteers/common_en.txt
  (DIR: `apt-get download hunspell-en-us && dpkg-deb -x hunspell-en-us_*.deb DIR`).

A capitalised word whose lower case is a common word ("Ryby", "Legenda") is usually capitalised
for its place (sentence start, heading), not because it is a name. The training text alone knows
few such words; this list adds the frequent word forms of the language: the words of wordfreq's
list (`pip install wordfreq==3.1.1`; its data is CC BY-SA 4.0, from Wikipedia, subtitles, news and
web text) that the language's Hunspell dictionary accepts in lower case (Debian's `hunspell-LANG`
package, read with `pip install spylls==0.1.7`). wordfreq folds case, so its list also holds names
(`bratislava`); Hunspell writes proper nouns capitalised and rejects them in lower case.

Usage: gen_common_words.py WORDFREQ_LANG HUNSPELL_BASE OUT
  e.g. gen_common_words.py sk /usr/share/hunspell/sk_SK pipelines/models/common-sk.txt
  (wordfreq writes Croatian and Serbian as one language, `sh`)"""

import gzip
import importlib.util
import os
import sys

import gazetteer_tsv
import msgpack
from spylls.hunspell import Dictionary


def wordfreq_words(lang):
    """wordfreq's words of `lang`, most frequent first (its `small` list: 30,000 or more)."""
    # the package's data file, read directly (importing wordfreq needs its other dependencies)
    package = os.path.dirname(importlib.util.find_spec("wordfreq").origin)
    data = os.path.join(package, "data", f"small_{lang}.msgpack.gz")
    with gzip.open(data) as f:
        buckets = msgpack.load(f, raw=False)
    return [w for bucket in buckets[1:] for w in bucket]


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    lang, hunspell, out = sys.argv[1:]
    dictionary = Dictionary.from_files(hunspell)
    words = [w for w in wordfreq_words(lang) if w.isalpha() and w.islower() and dictionary.lookup(w)]
    header = [
        f"# Common lower-case words of '{lang}': wordfreq 3.1.1 (CC BY-SA 4.0) words that",
        f"# Hunspell ({os.path.basename(hunspell)}) accepts in lower case; scripts/gen_common_words.py",
    ]
    gazetteer_tsv.write_to(out, header, words)
    print(f"{len(words)} words -> {out}")


if __name__ == "__main__":
    main()

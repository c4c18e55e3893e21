#!/usr/bin/env python3
"""Writes the place lists taken from the Unicode CLDR (Unicode licence) as the Babel package ships it
(`pip install babel==2.19.0`; BSD licence): the names of the world's countries, territories and
regions, and CLDR's example cities of each time zone, in a language.

- pipelines/gazetteers/cldr_zh.tsv: Chinese names, simplified (zh), traditional (zh_Hant) and Hong
  Kong traditional (zh_Hant_HK), of two or more characters.
- pipelines/gazetteers/cldr_sk.tsv: Slovak names with their case forms. A one-word name is declined
  by its ending (declension patterns below); a name of several words, a plural (`Bahamy`) and a name
  ending in another vowel (`Peru`, `Fidži`) keep their nominative only. A form that the Slovak
  training text writes in lower case (`mali`, "they had") is left out: it starts sentences too.

Both are rules (see rules::BUILTIN_LANGUAGES); no model reads them. Usage: python3
scripts/gen_cldr_names.py PATH_TO_UNER_SLOVAK_TRAIN (the .iob2 file, for the lower-case filter)."""

import sys

from babel import Locale

import gazetteer_tsv

# codes that name no place: the world, the EU and the euro area, the UN, unknown and outlying Oceania
NOT_PLACES = {"001", "EU", "EZ", "UN", "ZZ", "QO"}

HARD = "bdfghklmnprstvz"
SOFT_ENDINGS = ("c", "j", "š", "ž", "č", "ď", "ť", "ň", "ľ", "dz")


def names(locale):
    loc = Locale.parse(locale)
    out = [n for code, n in loc.territories.items() if code not in NOT_PLACES]
    out += [d["city"] for d in loc.time_zones.values() if d.get("city")]
    return out


def slovak_forms(name):
    """The case forms of a one-word Slovak place name (nominative first)."""
    if " " in name or "-" in name or "(" in name or not name[:1].isupper():
        return [name]
    low = name.lower()
    if low.endswith("ia"):
        stem, endings = name[:-2], ["ia", "ie", "ii", "iu", "iou"]
    elif low.endswith("a") and low[-2:-1] and low[-2] not in "aeiouyáéíóúý":
        stem = name[:-1]
        soft = low[:-1].endswith(SOFT_ENDINGS)
        endings = ["a", "e", "i", "u", "ou"] if soft else ["a", "y", "e", "u", "ou"]
    elif low.endswith("o") and low[-2:-1] and low[-2] not in "aeiouyáéíóúý":
        # the locative of a velar stem ends in -u (v Grónsku), of the others in -e (v Kosove)
        velar = low[:-1].endswith(("k", "g", "h"))
        stem, endings = name[:-1], ["o", "a", "u", "om"] + ([] if velar else ["e"])
    elif low[-1] in HARD:
        stem, endings = name, ["", "a", "u", "e", "om"]
    elif low.endswith(SOFT_ENDINGS):
        stem, endings = name, ["", "a", "u", "i", "om"]
    else:
        return [name]
    return [stem + e for e in endings]


def lower_words(path):
    words = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.split("\t")
            if len(cols) > 2 and not line.startswith("#"):
                words.add(cols[1])
    return {w for w in words if w.islower()}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    chinese = set()
    for locale in ["zh", "zh_Hant", "zh_Hant_HK"]:
        chinese.update(n for n in names(locale) if len(n) >= 2)
    head = "# Chinese names (simplified, traditional, Hong Kong) of countries, territories, regions and"
    gazetteer_tsv.write_to(
        "pipelines/gazetteers/cldr_zh.tsv",
        [
            head,
            "# CLDR's time-zone cities, from the Unicode CLDR via Babel 2.19.0; scripts/gen_cldr_names.py.",
            "# Do not edit. TSV: name<TAB>label. A rule in Chinese sentences only; no model reads it.",
        ],
        [f"{n}\tLOC" for n in sorted(chinese)],
    )
    lower = lower_words(sys.argv[1])
    slovak = set()
    for name in names("sk"):
        slovak.update(f for f in slovak_forms(name) if f[:1].isupper() and f.lower() not in lower)
    gazetteer_tsv.write_to(
        "pipelines/gazetteers/cldr_sk.tsv",
        [
            "# Slovak names of countries, territories, regions and CLDR's time-zone cities, with the case",
            "# forms of one-word names, from the Unicode CLDR via Babel 2.19.0; scripts/gen_cldr_names.py.",
            "# Do not edit. TSV: name<TAB>label. A rule in Slovak and Czech sentences; no model reads it.",
        ],
        [f"{n}\tLOC" for n in sorted(slovak)],
    )
    print(f"cldr_zh.tsv: {len(chinese)} names; cldr_sk.tsv: {len(slovak)} forms")


if __name__ == "__main__":
    main()

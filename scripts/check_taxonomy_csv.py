"""Quick check of taxonomy CSV files while writing them: sorting, ids, clashes across files.

Usage: python scripts/check_taxonomy_csv.py src/jdmatch/data/taxonomy/*.csv
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict

from jdmatch.taxonomy import CATEGORIES, HEADER, HEADER_V1, alias_key

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def norm(alias: str) -> str:
    """Words of an alias as the matcher sees them."""
    return " ".join(alias_key(alias))


def main(paths: list[str]) -> int:
    problems = []
    ids: dict[str, str] = {}
    alias_owner: dict[str, set[str]] = defaultdict(set)
    implies: list[tuple[str, str]] = []
    count = 0
    for path in paths:
        with open(path, encoding="utf-8", newline="") as f:
            reader = csv.reader(f)
            header = next(reader)
            if header not in (HEADER, HEADER_V1):
                problems.append(f"{path}: header must be {','.join(HEADER)}")
                continue
            width = len(header)
            prev = ""
            for n, row in enumerate(reader, start=2):
                if not row or not "".join(row).strip():
                    continue
                if len(row) != width:
                    problems.append(f"{path}:{n}: {len(row)} columns, want {width}")
                    continue
                sid, name, cat, _family, aliases, strict, imp, name_id = [*row, ""][:8]
                if name_id and (name_id.strip() != name_id or name_id == name):
                    problems.append(f"{path}:{n}: name_id {name_id!r} is padded or repeats name")
                count += 1
                if not ID_RE.match(sid):
                    problems.append(f"{path}:{n}: bad id {sid!r}")
                if sid < prev:
                    problems.append(f"{path}:{n}: not sorted by id ({sid} after {prev})")
                prev = sid
                if sid in ids:
                    problems.append(f"{path}:{n}: duplicate id {sid} (also in {ids[sid]})")
                ids[sid] = path
                if cat not in CATEGORIES:
                    problems.append(f"{path}:{n}: unknown category {cat!r}")
                strict_set = {a.strip() for a in strict.split(";") if a.strip()}
                names = {a.strip() for a in aliases.split(";") if a.strip()}
                if name not in strict_set:
                    names.add(name)
                for a in names:
                    k = norm(a)
                    if not k:
                        problems.append(f"{path}:{n}: alias {a!r} has no words")
                    alias_owner[k].add(sid)
                for a in strict_set:
                    alias_owner["strict:" + a].add(sid)
                for i in imp.split(";"):
                    if i.strip():
                        implies.append((sid, i.strip()))
    for k, owners in alias_owner.items():
        if len(owners) > 1:
            problems.append(f"alias {k!r} belongs to several skills: {', '.join(sorted(owners))}")
    for sid, target in implies:
        if target not in ids:
            problems.append(f"{sid} implies unknown id {target}")
    for p in problems:
        print(p)
    print(f"{count} skills, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

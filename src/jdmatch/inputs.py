"""The inputs of a batch: document files, folders of them, tables with one per row.

Each input becomes a `Source` with a report name that is safe (no separators, no dots, so
nothing is written outside the output folder) and unique (same-named files in different
folders get their folder in the name), the same on every run over the same inputs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from jdmatch import regexcache
from jdmatch.extract import SUPPORTED_SUFFIXES

#: Inputs read as tables of postings (or CVs), one document per row.
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
#: Columns tried, in order, for a row's text and title when the user names none: the names
#: scraped job lists use (LinkedIn, JobStreet, Kaggle dumps), in English and Indonesian.
TEXT_COLUMNS = ("text", "description", "job_description", "jd", "content", "body", "deskripsi")
TITLE_COLUMNS = ("title", "job_title", "position", "role", "judul", "posisi")
COMPANY_COLUMNS = ("company", "company_name", "organisation", "organization", "perusahaan")
#: Largest table read; its rows are held in memory. 200 MB is ~40,000 postings of 5 KB.
MAX_TABLE_BYTES = 200 * 1024 * 1024

#: Longest report file name stem; room for a title, far from the 255-byte limit.
MAX_NAME_LENGTH = 80
#: A row of a table: its number (1-based) and its cells by column name.
_Row = tuple[int, dict[str, object]]
_WINDOWS_RESERVED = regexcache.compile(r"(con|prn|aux|nul|com\d|lpt\d)", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One input to compare: a document file, or the text of one row of a table."""

    name: str  # as the user knows it: the path, or "jobs.csv#12" for a row
    path: Path | None = None
    text: str | None = None  # a row's text
    title: str | None = None  # a row's title column
    organisation: str | None = None  # a row's company column
    #: The name's parts, most general first, from which the report's file name is made.
    parts: tuple[str, ...] = ()
    report: str = ""  # the report's file name in OUTDIR/reports, without suffix


@dataclass(frozen=True)
class Failure:
    """An input that could not be compared, and why."""

    name: str
    reason: str


_NO_DOCUMENTS = "no PDF, DOCX, TXT, Markdown or HTML files in this folder"


def collect_sources(
    inputs: Iterable[str | Path],
    *,
    exclude: Iterable[Path] = (),
    text_column: str | None = None,
    title_column: str | None = None,
) -> tuple[list[Source], list[Failure]]:
    """The documents named by files, folders (searched recursively) and tables of rows.

    Paths in ``exclude`` (the output folder, the anchor) are skipped. Each source gets a
    report name that is safe and unique.
    """
    skip = {resolved(p) for p in exclude}
    sources: list[Source] = []
    failures: list[Failure] = []
    seen: set[Path] = set()
    for given in inputs:
        path = Path(given)
        if resolved(path) in skip:
            continue
        if path.is_dir():
            found = [
                p
                for p in _walk(path, skip)
                if p.suffix.lower() in SUPPORTED_SUFFIXES and resolved(p) not in seen
            ]
            if not found:
                failures.append(Failure(str(path), _NO_DOCUMENTS))
            for file in found:
                seen.add(resolved(file))
                parts = (*_parts(path), *file.relative_to(path).parts)
                sources.append(Source(str(file), path=file, parts=parts))
        elif path.suffix.lower() in TABLE_SUFFIXES and path.is_file():
            rows, problems = read_table(path, text_column=text_column, title_column=title_column)
            sources.extend(rows)
            failures.extend(problems)
        elif resolved(path) not in seen:
            seen.add(resolved(path))
            sources.append(Source(str(path), path=path, parts=_parts(path)))
    return assign_report_names(sources), failures


def resolved(path: Path) -> Path:
    """The absolute path with links resolved, or just absolute where they loop."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a symlink loop: extraction reports it
        return path.absolute()


def _parts(path: Path) -> tuple[str, ...]:
    return tuple(p for p in path.parts if p not in (path.anchor, ".", ".."))


def _walk(folder: Path, skip: set[Path]) -> Iterator[Path]:
    """Files under a folder, sorted, leaving out hidden ones and skipped paths."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith(".") or resolved(entry) in skip:
            continue
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(entry, skip)
        elif entry.is_file():
            yield entry


def read_table(
    path: Path, *, text_column: str | None = None, title_column: str | None = None
) -> tuple[list[Source], list[Failure]]:
    """The rows of a CSV, TSV or JSON Lines file, one document each.

    A problem with the whole file (unreadable, no text column) is one failure; an empty or
    malformed row is a failure of that row only.
    """
    try:
        size = path.stat().st_size
        if size > MAX_TABLE_BYTES:
            limit = MAX_TABLE_BYTES // 1048576
            return [], [Failure(str(path), f"the table is above {limit} MB; split it")]
        from jdmatch.extract.text import decode

        content = decode(path.read_bytes())
    except OSError as exc:
        return [], [Failure(str(path), f"cannot read the file ({exc.strerror})")]
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        rows, failures = _json_rows(content, path.name)
    else:
        rows, failures = _csv_rows(content, path.suffix.lower() == ".tsv", path.name)
    if not rows:
        return [], [*failures, Failure(str(path), "the table has no rows")]
    columns = {key.strip().lower(): key for _, row in rows for key in row if isinstance(key, str)}
    text_key = _column(columns, text_column, TEXT_COLUMNS)
    if text_key is None:
        wanted = text_column or " or ".join(TEXT_COLUMNS[:3])
        reason = f"no column {wanted!r}; name the text column with --text-column"
        return [], [*failures, Failure(str(path), reason)]
    title_key = _column(columns, title_column, TITLE_COLUMNS)
    company_key = _column(columns, None, COMPANY_COLUMNS)
    if title_column and title_key is None:
        failures.append(Failure(str(path), f"no column {title_column!r}; titles left out"))
    width = len(str(rows[-1][0]))
    sources: list[Source] = []
    for number, row in rows:
        name = f"{path.name}#{number}"
        text = row.get(text_key)
        if not isinstance(text, str) or not text.strip():
            failures.append(Failure(name, "the row's text is empty; there is nothing to match"))
            continue
        title = _cell(row, title_key)
        label = f"{path.stem}-{number:0{width}d}" + (f"-{title}" if title else "")
        parts = (*_parts(path.parent), label)
        organisation = _cell(row, company_key)
        sources.append(Source(name, text=text, title=title, organisation=organisation, parts=parts))
    return sources, failures


def _cell(row: dict[str, object], key: str | None) -> str | None:
    value = row.get(key) if key else None
    return " ".join(str(value).split()) or None if value else None


def _column(columns: dict[str, str], wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    for name in (wanted,) if wanted else defaults:
        if name.strip().lower() in columns:
            return columns[name.strip().lower()]
    return None


def _csv_rows(content: str, tabs: bool, name: str) -> tuple[list[_Row], list[Failure]]:
    import csv
    import io

    csv.field_size_limit(MAX_TABLE_BYTES)  # one posting per cell can exceed csv's 128 KB
    # The header line tells the delimiter: Excel in an Indonesian locale writes ";". (csv's
    # Sniffer guesses from whole rows and trips over long quoted posting texts.)
    header = content.split("\n", 1)[0]
    delimiter = "\t" if tabs else max(",;\t", key=header.count)
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    rows: list[_Row] = []
    try:
        for row in reader:
            rows.append((len(rows) + 1, dict(row)))
    except csv.Error as exc:  # the rest of the file cannot be split into rows
        return rows, [Failure(f"{name}#{len(rows) + 1}", f"not valid CSV from here on ({exc})")]
    return rows, []


def _json_rows(content: str, name: str) -> tuple[list[_Row], list[Failure]]:
    import json

    rows: list[_Row] = []
    failures: list[Failure] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            failures.append(Failure(f"{name}#{number}", f"not valid JSON ({exc.msg})"))
            continue
        except (ValueError, RecursionError):  # nested too deep, or numbers too long
            failures.append(Failure(f"{name}#{number}", "the JSON cannot be read"))
            continue
        if isinstance(row, dict):
            rows.append((number, row))
        else:
            failures.append(Failure(f"{name}#{number}", "the line is not a JSON object"))
    return rows, failures


# -- safe report names ----------------------------------------------------------------------------


def safe_name(text: str) -> str:
    """A file name stem from any text: ASCII letters, digits and dashes, never empty.

    No dots or separators survive, so a name can neither climb out of its folder nor hide.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    stem = stem[:MAX_NAME_LENGTH].rstrip("-") or "document"
    return f"{stem}-" if _WINDOWS_RESERVED.fullmatch(stem) else stem


def assign_report_names(sources: Sequence[Source]) -> list[Source]:
    """Give each source a report name no other source has, whatever the order of inputs.

    A name is the file's stem. Files whose stems clash all get more: their type
    ("jd-pdf", "jd-docx"), then their folders ("acme-jd", "beta-jd"), then a number
    ("jd-1", "jd-2").
    """
    candidates = [_name_candidates(source) for source in sources]
    names: list[str | None] = [None] * len(sources)
    used: set[str] = set()
    for level in range(max((len(c) for c in candidates), default=0)):
        groups: dict[str, list[int]] = defaultdict(list)
        for i, options in enumerate(candidates):
            if names[i] is None and level < len(options):
                groups[options[level]].append(i)
        for name, members in groups.items():
            if len(members) == 1 and name not in used:
                names[members[0]] = name
                used.add(name)
    for i, options in enumerate(candidates):
        number = 1
        while names[i] is None:
            name = f"{options[0][: MAX_NAME_LENGTH - 8]}-{number}"
            if name not in used:
                names[i] = name
                used.add(name)
            number += 1
    return [replace(s, report=name or "") for s, name in zip(sources, names, strict=True)]


def _name_candidates(source: Source) -> list[str]:
    """Names for a source's report, the plainest first."""
    parts = source.parts or (source.name,)
    last = Path(parts[-1]) if source.path else Path(safe_name(parts[-1]))
    names = [safe_name(last.stem)]
    if last.suffix:
        names.append(safe_name(f"{last.stem}-{last.suffix}"))
    for depth in range(2, len(parts) + 1):
        names.append(safe_name("-".join([*parts[-depth:-1], last.stem])))
    return list(dict.fromkeys(names))

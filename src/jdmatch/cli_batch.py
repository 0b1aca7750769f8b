"""`jdmatch batch`, `jdmatch rank` and `jdmatch cache`: many documents against one."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import click

from jdmatch.cli_common import (
    FILE,
    PathType,
    batch_options,
    build_settings,
    limit_options,
    reports_errors,
)

if TYPE_CHECKING:
    from pathlib import Path

_INPUT = PathType(readable=False)


@click.command()
@click.option("--cv", "anchor", required=True, type=FILE, help="Your CV.")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True, type=_INPUT)
@batch_options
@limit_options
@reports_errors
def batch(anchor: Path, inputs: tuple[Path, ...], **options: Any) -> None:
    """Compare many job postings with your CV: a report each and a ranked index.

    INPUT is a posting file, a folder (searched recursively for PDF, DOCX, TXT, MD and HTML
    files) or a CSV/JSONL file with one posting per row. Writes OUTDIR/index.md and one
    report per posting in OUTDIR/reports/.

    \b
    Exit codes: 0 all done, 1 some inputs failed (listed; the rest done), 2 wrong usage.
    Example:
      jdmatch batch --cv my-cv.pdf postings/ scraped.csv -o ranked/
    """
    _run("batch", anchor, inputs, **options)


@click.command()
@click.option("--jd", "anchor", required=True, type=FILE, help="The job posting.")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True, type=_INPUT)
@batch_options
@limit_options
@reports_errors
def rank(anchor: Path, inputs: tuple[Path, ...], **options: Any) -> None:
    """Compare many CVs with one job posting: a report each and a ranked index.

    INPUT is a CV file, a folder of CVs (searched recursively) or a CSV/JSONL file with
    one CV per row.

    \b
    Exit codes: 0 all done, 1 some inputs failed (listed; the rest done), 2 wrong usage.
    Example:
      jdmatch rank --jd job.pdf applicants/ -o shortlist/
    """
    _run("rank", anchor, inputs, **options)


def _run(command: str, anchor: Path, inputs: tuple[Path, ...], **options: Any) -> None:
    from jdmatch import batching

    run = batching.batch if command == "batch" else batching.rank
    with _progress_bar() as advance:
        result = run(
            anchor,
            inputs,
            outdir=options["outdir"],
            fmt=options["fmt"],
            jobs=options["jobs"],
            cache=not options["no_cache"],
            settings=build_settings(**options),
            text_column=options["text_column"],
            title_column=options["title_column"],
            progress=advance,
        )
    for failure in result.failures:
        click.echo(f"jdmatch: failed: {failure.name}: {failure.reason}", err=True)
    cached = f" ({result.from_cache} from the cache)" if result.from_cache else ""
    click.echo(
        f"jdmatch: {len(result.ranked)} done{cached}, {len(result.failures)} failed; "
        f"wrote {result.index}",
        err=True,
    )
    sys.exit(result.exit_code)


@contextlib.contextmanager
def _progress_bar() -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    # No refresh thread (auto_refresh=False): worker processes may be forked meanwhile.
    with Progress(
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        auto_refresh=False,
        transient=True,
    ) as bar:
        task = bar.add_task("jdmatch", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)
            bar.refresh()

        yield advance


@click.group()
def cache() -> None:
    """The cache of text read from files (batch and rank keep it; see the README)."""


@cache.command()
def clear() -> None:
    """Delete everything in the cache."""
    from jdmatch.cache import DiskCache, default_cache_dir

    folder = default_cache_dir()
    removed = DiskCache(folder).clear()
    click.echo(f"jdmatch: removed {removed} cached file(s) from {folder}", err=True)


@cache.command()
def info() -> None:
    """Show where the cache is and how big."""
    from jdmatch.cache import DiskCache, default_cache_dir

    folder = default_cache_dir()
    entries, size = DiskCache(folder).size()
    click.echo(f"{folder}\n{entries} file(s), {size / 1048576:.1f} MB")

"""The command line: parse options, call the library, print. Nothing else lives here."""

from __future__ import annotations

import atexit
import functools
import gc
from typing import TYPE_CHECKING, Any

import click

from jdmatch import __version__
from jdmatch.cli_batch import batch, cache, rank
from jdmatch.cli_common import (
    PathType,
    build_settings,
    limit_options,
    log_to_stderr,
    reports_errors,
)
from jdmatch.cli_taxonomy import taxonomy

if TYPE_CHECKING:
    from pathlib import Path

# readable=False: an unreadable file is our own one-line error with exit 1, not a usage error.
_PATH = PathType(dir_okay=True, exists=False, readable=False)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        from jdmatch.output import write_atomic

        write_atomic(output, text)
        click.echo(f"jdmatch: wrote {output}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="jdmatch")
@click.option(
    "-v",
    "--verbose",
    is_flag=True,
    help="Log each stage's timings and counts to stderr (never the documents' text).",
)
def main(verbose: bool) -> None:
    """Match a job description against a CV and prepare for the interview.

    jdmatch reads PDF, DOCX, TXT, Markdown and HTML files, in English and Indonesian,
    offline. Reports go to stdout unless -o is given; messages go to stderr.
    Exit codes: 0 done, 1 a document could not be read or written (batch, rank: some
    inputs failed, the rest done), 2 wrong usage.
    """
    if verbose:
        log_to_stderr()
    _skip_collection_at_exit()


@functools.cache
def _skip_collection_at_exit() -> None:
    # A command runs once and the process ends: Python's last garbage collections, at exit,
    # would pass over every object still alive (the loaded taxonomy's ~170,000 among them)
    # to free memory the exit gives back anyway, about a tenth of one analyze's time.
    # Frozen objects are skipped; atexit, so that a process running commands in turn (tests)
    # is collected as usual until its own end. Files are closed by the commands themselves.
    atexit.register(gc.freeze)


@main.command()
@click.argument("jd", type=_PATH)
@click.argument("cv", type=_PATH)
@click.option(
    "-o",
    "--output",
    type=PathType(dir_okay=False),
    help="Write the report to this file (atomically) instead of stdout.",
)
@click.option(
    "--lang",
    type=click.Choice(["en", "id"]),
    help="Report language (default: the job description's language).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["md", "json", "html"]),
    default=None,
    help="Report format (default: from the -o file's suffix, .json or .html; else md).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Add a section on each skill: which words fired it on which line, how its weight "
    "and level were decided, and the near misses.",
)
@limit_options
@reports_errors
def analyze(jd: Path, cv: Path, output: Path | None, fmt: str | None, **options: Any) -> None:
    """Compare a job description (JD) with a CV and write a match report.

    \b
    Example:
      jdmatch analyze job.pdf my-cv.docx -o report.md
      jdmatch analyze job.pdf my-cv.docx -o report.html   # one page, with charts
    """
    from jdmatch.analysis import analyze as run
    from jdmatch.report import SUFFIX_FORMATS, render

    if fmt is None:
        fmt = SUFFIX_FORMATS.get(output.suffix.lower(), "md") if output else "md"
    result = run(jd, cv, settings=build_settings(**options))
    _emit(render(result, fmt), output)


@main.command()
@click.argument("file", type=_PATH)
@click.option(
    "--kind",
    type=click.Choice(["auto", "jd", "cv"]),
    default="auto",
    show_default=True,
    help="Read the file as a job description or as a CV (decides the sections); auto tells "
    "them apart by their headings and dated jobs.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Show the words that fired each skill, where, and the words that look like a skill "
    "but did not count, with the rule that turned them down.",
)
@limit_options
@reports_errors
def skills(file: Path, kind: str, fmt: str, **options: Any) -> None:
    """List the skills found in one document, by category."""
    from jdmatch.skills_report import skills_json, skills_table

    listing = skills_json if fmt == "json" else skills_table
    click.echo(listing(file, kind, build_settings(**options)))


@main.command()
@click.argument("which", type=click.Choice(["report", "index"]), default="report")
def schema(which: str) -> None:
    """Print the JSON Schema of the JSON report (or of a batch's index.json).

    \b
    Example:
      jdmatch schema > jdmatch-report.schema.json
    """
    from jdmatch.schema import schema_text

    click.echo(schema_text(which), nl=False)


main.add_command(taxonomy)
main.add_command(batch)
main.add_command(rank)
main.add_command(cache)

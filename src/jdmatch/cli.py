"""The command line: parse options, call the library, print. Nothing else lives here."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from jdmatch import __version__

F = TypeVar("F", bound=Callable[..., Any])

_PATH = click.Path(path_type=Path, dir_okay=True, exists=False)


def reports_errors(func: F) -> F:
    """Turn a JdmatchError into one line on stderr and exit code 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from jdmatch.errors import JdmatchError

        try:
            return func(*args, **kwargs)
        except JdmatchError as exc:
            click.echo(f"jdmatch: error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("jdmatch: interrupted", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def limit_options(func: F) -> F:
    """The input limits every reading command shares."""
    func = click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=None,
        help="Most PDF pages to read (default 50).",
    )(func)
    func = click.option(
        "--max-file-size",
        "max_file_mb",
        type=click.FloatRange(min=0.001),
        default=None,
        help="Largest file to read, in MB (default 20).",
    )(func)
    func = click.option(
        "--taxonomy",
        "taxonomy_files",
        type=click.Path(path_type=Path, dir_okay=False),
        multiple=True,
        help="A CSV file of your own skills, merged over the built-in taxonomy (repeatable).",
    )(func)
    return func


def _settings(**options: Any) -> Any:
    from dataclasses import replace

    from jdmatch.settings import Settings

    settings = Settings()
    changes: dict[str, Any] = {}
    if options.get("lang"):
        changes["lang"] = options["lang"]
    if options.get("max_pages"):
        changes["max_pages"] = options["max_pages"]
    if options.get("max_file_mb"):
        changes["max_file_bytes"] = int(options["max_file_mb"] * 1024 * 1024)
    if options.get("taxonomy_files"):
        changes["taxonomy_files"] = tuple(options["taxonomy_files"])
    return replace(settings, **changes)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        from jdmatch.output import write_atomic

        write_atomic(output, text)
        click.echo(f"jdmatch: wrote {output}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="jdmatch")
def main() -> None:
    """Match a job description against a CV and prepare for the interview.

    jdmatch reads PDF, DOCX, TXT, Markdown and HTML files, in English and Indonesian,
    offline. Reports go to stdout unless -o is given; messages go to stderr.
    Exit codes: 0 done, 1 a document could not be read or written, 2 wrong usage.
    """


@main.command()
@click.argument("jd", type=_PATH)
@click.argument("cv", type=_PATH)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
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
    type=click.Choice(["md", "json"]),
    default="md",
    show_default=True,
    help="Report format.",
)
@limit_options
@reports_errors
def analyze(jd: Path, cv: Path, output: Path | None, fmt: str, **options: Any) -> None:
    """Compare a job description (JD) with a CV and write a match report.

    \b
    Example:
      jdmatch analyze job.pdf my-cv.docx -o report.md
    """
    from jdmatch.analysis import analyze as run
    from jdmatch.render import render

    result = run(jd, cv, settings=_settings(**options))
    _emit(render(result, fmt), output)


@main.command()
@click.argument("file", type=_PATH)
@click.option(
    "--kind",
    type=click.Choice(["jd", "cv"]),
    default="jd",
    show_default=True,
    help="Read the file as a job description or as a CV (decides the sections).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@limit_options
@reports_errors
def skills(file: Path, kind: str, fmt: str, **options: Any) -> None:
    """List the skills found in one document, by category."""
    from jdmatch.skills_report import skills_json, skills_table

    text = skills_json(file, kind, _settings(**options)) if fmt == "json" else None
    click.echo(text if text is not None else skills_table(file, kind, _settings(**options)))

"""What every command shares: the error decorator and the shared option groups."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


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

"""What every command shares: the error decorator and the shared option groups."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from pathlib import Path

F = TypeVar("F", bound=Callable[..., Any])


class PathType(click.Path):
    """``click.Path(path_type=pathlib.Path)``, with pathlib imported only when a path comes:
    `jdmatch --help` does not load it (7-11 ms, a third of jdmatch's own start-up)."""

    def coerce_path_result(self, value: Any) -> Any:
        from pathlib import Path

        return Path(value)


#: The kinds of path the commands take, one object each: building a click.Path looks up a
#: gettext translation on disk (a few milliseconds of every `--help` for a dozen of them).
#: A file that need not exist yet or be readable now (the command says why, if not).
FILE = PathType(dir_okay=False, readable=False)
#: A folder to write into.
FOLDER = PathType(file_okay=False)


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
        "--max-chars",
        type=click.IntRange(min=1),
        default=None,
        help="Most characters of text kept from one document (default 500,000).",
    )(func)
    func = click.option(
        "--time-limit",
        type=click.FloatRange(min=0),
        default=None,
        metavar="SECONDS",
        help="Most time to read one document; 0 for no limit (default 60).",
    )(func)
    func = click.option(
        "--no-profile",
        is_flag=True,
        help="Ignore your profile of corrections in the config folder.",
    )(func)
    func = click.option(
        "--profile",
        "profile_file",
        type=FILE,
        help="Your corrections: skills you have, and what never to match (JSON; default: "
        "profile.json in the config folder, if there is one).",
    )(func)
    func = click.option(
        "--taxonomy",
        "taxonomy_files",
        type=FILE,
        multiple=True,
        help="A CSV file of your own skills, merged over the built-in taxonomy (repeatable).",
    )(func)
    return func


def build_settings(**options: Any) -> Any:
    """Settings from the shared options (--lang and the limits); the rest are ignored."""
    from dataclasses import replace

    from jdmatch.settings import Settings

    changes: dict[str, Any] = {}
    if options.get("lang"):
        changes["lang"] = options["lang"]
    if options.get("max_pages"):
        changes["max_pages"] = options["max_pages"]
    if options.get("max_file_mb"):
        changes["max_file_bytes"] = int(options["max_file_mb"] * 1024 * 1024)
    if options.get("max_chars"):
        changes["max_chars"] = options["max_chars"]
    if options.get("time_limit") is not None:
        changes["time_limit"] = options["time_limit"]
    if options.get("taxonomy_files"):
        changes["taxonomy_files"] = tuple(options["taxonomy_files"])
    if options.get("explain"):
        changes["explain"] = True
    profile = _profile(options, changes.get("taxonomy_files", ()))
    if profile:
        changes["profile"] = profile
    return replace(Settings(), **changes)


def _profile(options: dict[str, Any], taxonomy_files: tuple[Path, ...]) -> Any:
    """The profile the options choose (--profile, else the default file if there is one),
    checked against the taxonomy now, so that a bad one stops the run before any work."""
    from jdmatch.profile import default_profile_path, load_profile, resolve
    from jdmatch.taxonomy import load_taxonomy

    path = options.get("profile_file")
    if path is None and options.get("no_profile"):
        return None
    if path is None:
        path = default_profile_path()
        if not path.is_file():
            return None
    profile = load_profile(path)
    resolve(profile, load_taxonomy(taxonomy_files))
    return profile


def batch_options(func: F) -> F:
    """The options `batch` and `rank` share: where, how, how fast, and table columns."""
    options = [
        click.option(
            "-o",
            "--output-dir",
            "outdir",
            required=True,
            type=FOLDER,
            help="Folder for index.md and reports/ (created; an existing one is added to).",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(["md", "json", "html"]),
            default="md",
            show_default=True,
            help="Format of the reports and the index.",
        ),
        click.option(
            "--lang",
            type=click.Choice(["en", "id"]),
            help="Report language (default: each JD's own; the index: the anchor's).",
        ),
        click.option(
            "-j",
            "--jobs",
            type=click.IntRange(min=1),
            default=None,
            help="Worker processes (default: the number of cores).",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Read every file afresh and keep nothing (see `jdmatch cache`).",
        ),
        click.option(
            "--explain",
            is_flag=True,
            help="Add to each report why each skill was matched or missed (as `analyze "
            "--explain`).",
        ),
        click.option(
            "--text-column",
            metavar="NAME",
            help="CSV/JSONL inputs: the column with each document's text (default: text, "
            "description, ...).",
        ),
        click.option(
            "--title-column",
            metavar="NAME",
            help="CSV/JSONL inputs: the column with each document's title (default: title, ...).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def log_to_stderr() -> None:
    """Send jdmatch's log (stage timings and counts, no document text) to stderr."""
    import logging

    logger = logging.getLogger("jdmatch")
    for handler in [h for h in logger.handlers if getattr(h, "jdmatch_cli", False)]:
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("jdmatch: %(message)s"))
    handler.jdmatch_cli = True  # type: ignore[attr-defined]
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)

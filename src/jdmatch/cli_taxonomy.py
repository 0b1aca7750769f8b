"""`jdmatch taxonomy`: check a taxonomy file of your own, and see what a word resolves to."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from jdmatch.cli_common import FILE, PathType, reports_errors

if TYPE_CHECKING:
    from pathlib import Path

#: Rows `taxonomy search` prints at most.
SEARCH_LIMIT = 25


@click.group()
def taxonomy() -> None:
    """Work with the skill taxonomy (see the README for the file format)."""


@taxonomy.command()
@click.argument("file", type=PathType(dir_okay=False))
@reports_errors
def check(file: Path) -> None:
    """Validate a taxonomy CSV file: columns, ids, categories, alias clashes."""
    from jdmatch.taxonomy import check_file

    problems = check_file(file)
    for problem in problems:
        click.echo(f"{file}: {problem}", err=True)
    if problems:
        click.echo(f"{file}: {len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"{file}: ok")


@taxonomy.command()
@click.argument("word", nargs=-1, required=True)
@click.option(
    "--taxonomy",
    "taxonomy_files",
    type=FILE,
    multiple=True,
    help="A CSV file of your own skills, merged over the built-in taxonomy (repeatable).",
)
@reports_errors
def search(word: tuple[str, ...], taxonomy_files: tuple[Path, ...]) -> None:
    """Show which skill a word or phrase resolves to, and aliases that contain it."""
    from jdmatch.taxonomy import load_taxonomy
    from jdmatch.taxonomy import search as find

    phrase = " ".join(word)
    results = find(phrase, load_taxonomy(tuple(taxonomy_files)))
    if not results:
        click.echo(f"{phrase!r} is not a skill in the taxonomy.")
        return
    for alias, skill in results[:SEARCH_LIMIT]:
        click.echo(f"{alias:<30} {skill.id:<28} {skill.name} ({skill.category})")
    if len(results) > SEARCH_LIMIT:
        click.echo(f"... and {len(results) - SEARCH_LIMIT} more", err=True)

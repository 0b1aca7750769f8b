"""Shared fixtures: the repository's samples, a CLI runner that explains its failures."""

from __future__ import annotations

import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from jdmatch.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


class Invoked:
    """A CLI run: exit code, stdout and stderr kept apart."""

    def __init__(self, result: Result) -> None:
        self.result = result
        self.exit_code = result.exit_code
        self.stdout = result.stdout
        self.stderr = result.stderr


@pytest.fixture
def cli_invoke():
    """Run `jdmatch ARGS...` in-process; on an unexpected exception print its traceback."""

    def invoke(*args: str) -> Invoked:
        runner = CliRunner()
        result = runner.invoke(main, [str(a) for a in args], catch_exceptions=True)
        if result.exception and not isinstance(result.exception, SystemExit):
            print("stdout:", result.stdout)
            print("stderr:", result.stderr)
            traceback.print_exception(*result.exc_info)  # type: ignore[misc]
        return Invoked(result)

    return invoke


@pytest.fixture(scope="session")
def samples() -> Path:
    """The folder of bundled sample documents."""
    return SAMPLES

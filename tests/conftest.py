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


@pytest.fixture(autouse=True)
def _no_user_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test runs with an empty config folder: a developer's own profile.json never
    changes what a command reports."""
    monkeypatch.setenv("JDMATCH_CONFIG_DIR", str(tmp_path_factory.getbasetemp() / "config"))

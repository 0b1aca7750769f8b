"""jdmatch never opens a network connection: every socket is refused while it runs."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("jdmatch tried to open a network socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_analyze_runs_without_network(no_network: None, cli_invoke, samples: Path) -> None:
    for pair in (("en", "jd.pdf", "cv.docx"), ("id", "jd.pdf", "cv.pdf")):
        folder, jd, cv = pair
        result = cli_invoke("analyze", samples / folder / jd, samples / folder / cv)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.startswith("#")


def test_skills_runs_without_network(no_network: None, cli_invoke, samples: Path) -> None:
    result = cli_invoke("skills", samples / "postings" / "marketing-analyst.html")
    assert result.exit_code == 0, result.stderr

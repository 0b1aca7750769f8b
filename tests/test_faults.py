"""Faults beyond one broken file: limits, unreadable files, a killed batch, no network."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from badfiles import dense_pdf

from jdmatch.errors import TimeLimitError
from jdmatch.extract import extract
from jdmatch.extract.budget import time_budget
from jdmatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _jdmatch(*args: object, env: dict[str, str] | None = None, **kwargs):
    """Run jdmatch as its own process, as a user or a script would."""
    command = [sys.executable, "-m", "jdmatch", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, env=env, **kwargs)


def _one_line_error(result, *words: str) -> None:
    assert result.exit_code == 1 if hasattr(result, "exit_code") else result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


def test_time_limit_stops_a_slow_pdf(cli_invoke, samples: Path, tmp_path: Path) -> None:
    slow = dense_pdf(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    started = time.monotonic()
    result = cli_invoke(
        "analyze", slow, samples / "en" / "cv.docx", "-o", out / "r.md", "--time-limit", "0.2"
    )
    assert time.monotonic() - started < 5
    _one_line_error(result, str(slow), "0.2 s", "--time-limit")
    assert list(out.iterdir()) == []
    # With no limit (0) the same file is read; here the character limit then refuses it.
    result = cli_invoke(
        "analyze", slow, samples / "en" / "cv.docx", "--time-limit", "0", "--max-chars", "5000"
    )
    _one_line_error(result, str(slow), "5,000", "--max-chars")


def test_time_limit_outside_the_main_thread(tmp_path: Path) -> None:
    """No alarm can be set in another thread: the pages are checked one by one instead."""
    slow = dense_pdf(tmp_path)
    caught: list[BaseException] = []

    def read() -> None:
        try:
            extract(slow, settings=Settings(time_limit=0.1))
        except BaseException as exc:
            caught.append(exc)

    thread = threading.Thread(target=read)
    thread.start()
    thread.join(timeout=30)
    assert len(caught) == 1 and isinstance(caught[0], TimeLimitError), caught


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no interval timers here")
def test_time_budget_restores_the_callers_timer() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(1))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with time_budget(5, "x"):
            pass
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < remaining <= 30
        with pytest.raises(TimeLimitError), time_budget(0.05, "x"):
            time.sleep(1)
        assert 20 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30
        assert fired == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_file_without_read_permission(samples: Path, tmp_path: Path) -> None:
    secret = tmp_path / "cv.pdf"
    shutil.copy(samples / "id" / "cv.pdf", secret)
    secret.chmod(0)
    out = tmp_path / "report.md"
    args = ["analyze", samples / "id" / "jd.pdf", secret, "-o", out]
    if os.geteuid() == 0:
        # root reads every file; without the two capabilities that allow it, it cannot.
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root and setpriv is not installed to drop privileges")
        probe = subprocess.run(
            [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "true"],
            capture_output=True,
        )
        if probe.returncode != 0:
            pytest.skip("running as root and cannot drop the file-reading capabilities")
        command = [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]
        result = subprocess.run(
            [*command, sys.executable, "-m", "jdmatch", *map(str, args)],
            capture_output=True,
            text=True,
        )
    else:
        result = _jdmatch(*args)
    _one_line_error(result, str(secret), "permission denied")
    assert not out.exists()


def _postings(folder: Path, samples: Path, count: int) -> Path:
    folder.mkdir()
    text = (samples / "postings" / "admin-gudang.txt").read_text(encoding="utf-8")
    for number in range(count):
        extra = f"\nKualifikasi tambahan nomor {number}: pengalaman gudang {number % 7} tahun.\n"
        (folder / f"posting-{number:03}.txt").write_text(text + extra, encoding="utf-8")
    return folder


def test_batch_killed_midway_leaves_only_whole_files(samples: Path, tmp_path: Path) -> None:
    """SIGKILL in the middle of a batch: every file left is whole, and a rerun finishes."""
    inputs = _postings(tmp_path / "in", samples, 60)
    out = tmp_path / "out"
    env = {**os.environ, "JDMATCH_CACHE_DIR": str(tmp_path / "cache")}
    args = ["batch", "--cv", samples / "id" / "cv.pdf", inputs, "-o", out, "-j", "1"]
    command = [sys.executable, "-m", "jdmatch", *map(str, args)]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    reports = out / "reports"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if reports.is_dir() and len(list(reports.glob("*.md"))) >= 5:
            break
        time.sleep(0.01)
    assert process.poll() is None, "the batch ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    left = {p.name: p.read_bytes() for p in reports.glob("*.md")}
    assert 5 <= len(left) < 60
    assert not (out / "index.md").exists()

    rerun = _jdmatch(*args, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    found = re.search(r"60 done \((\d+) from the cache\), 0 failed", rerun.stderr)
    assert found and int(found.group(1)) >= len(left), rerun.stderr  # killed after a cache write
    # What the killed run left is exactly what a whole run writes: nothing was half-written.
    for name, data in left.items():
        assert (reports / name).read_bytes() == data, name
    assert sorted(p.name for p in reports.iterdir()) == [f"posting-{n:03}.md" for n in range(60)]
    assert not [p for p in out.rglob("*.tmp")]


def test_batch_opens_no_socket_in_any_process(samples: Path, tmp_path: Path) -> None:
    """Worker processes included: every process started gets a socket module that refuses."""
    site = tmp_path / "site"
    site.mkdir()
    tripped = tmp_path / "tripped"
    (site / "sitecustomize.py").write_text(
        textwrap.dedent(f"""
        import socket

        def _refuse(*args, **kwargs):
            with open({str(tripped)!r}, "a") as f:
                f.write("socket\\n")
            raise OSError("network access is blocked in this test")

        socket.socket = _refuse
        socket.create_connection = _refuse
        socket.getaddrinfo = _refuse
        """),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
        "JDMATCH_CACHE_DIR": str(tmp_path / "cache"),
    }
    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"], env=env, capture_output=True
    )
    assert check.returncode != 0 and tripped.exists(), "the socket block is not in force"
    tripped.unlink()
    out = tmp_path / "out"
    for command, anchor in (("batch", "--cv"), ("rank", "--jd")):
        document = samples / "en" / ("cv.docx" if command == "batch" else "jd.pdf")
        inputs = samples / ("postings" if command == "batch" else "en")
        result = _jdmatch(command, anchor, document, inputs, "-o", out / command, "-j", "2",
                          env=env, timeout=300)  # fmt: skip
        assert result.returncode == 0, result.stderr
    result = _jdmatch("analyze", samples / "id" / "jd.pdf", samples / "id" / "cv.pdf", env=env)
    assert result.returncode == 0, result.stderr
    assert not tripped.exists()


def test_stale_temporaries_of_dead_runs_are_removed(tmp_path: Path) -> None:
    from jdmatch.output import remove_stale_temporaries, write_atomic

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    stale = tmp_path / f".a.md.{dead}.k3j_x9q2.tmp"
    mine = tmp_path / f".b.md.{os.getpid()}.abcdefgh.tmp"
    other = tmp_path / ".notes.tmp"
    for path in (stale, mine, other):
        path.write_text("half a rep", encoding="utf-8")
    write_atomic(tmp_path / "a.md", "whole\n")
    assert remove_stale_temporaries(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.md", mine.name, other.name])

"""A time budget per document: a file that takes too long to read is reported, not waited on.

In the main thread of a process (the CLI, and each batch worker) a SIGALRM timer interrupts
the extractor wherever it is, even inside one pathological PDF page. Where no alarm can be set
(another thread, Windows), the extractors call `check()` between pages instead.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from jdmatch.errors import TimeLimitError

__all__ = ["check", "time_budget"]


class _Expired(BaseException):
    """Raised inside library code when the budget is spent.

    A BaseException, so that no ``except Exception`` in a PDF or XML library swallows it.
    """


_state = threading.local()


def _on_alarm(signum: int, frame: Any) -> None:
    if getattr(_state, "deadline", None) is not None:
        # If the exception lands in a finalizer, Python drops it: ring again shortly.
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        raise _Expired


def check() -> None:
    """Stop the current extraction if its budget is spent (a cheap call; use between pages)."""
    deadline = getattr(_state, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise _Expired


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None, path: str | Path) -> Iterator[None]:
    """Run the body with at most `seconds` of wall time; over it, raise TimeLimitError.

    None or 0 means no limit. A timer set by the caller is restored afterwards.
    """
    if not seconds:
        yield
        return
    outer = getattr(_state, "deadline", None)
    _state.deadline = time.monotonic() + seconds
    alarm = _can_alarm()
    previous: tuple[Any, tuple[float, float]] | None = None
    if alarm:
        handler = signal.signal(signal.SIGALRM, _on_alarm)
        previous = (handler, signal.setitimer(signal.ITIMER_REAL, seconds))
    started = time.monotonic()

    def disarm() -> None:
        nonlocal previous
        _state.deadline = outer
        if previous is not None:
            handler, (delay, interval) = previous
            previous = None
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, handler)
            if delay > 0:  # the caller's own timer goes on with what it had left
                remaining = max(delay - (time.monotonic() - started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, remaining, interval)

    try:
        try:
            yield
        finally:
            disarm()
    except _Expired:
        disarm()  # the alarm may have fired inside the first disarm
        raise TimeLimitError(
            f"reading the file took longer than the limit of {seconds:g} s; "
            "pass --time-limit to allow more",
            path,
        ) from None

"""Writing reports: whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from jdmatch import regexcache
from jdmatch.errors import OutputError


def write_atomic(path: str | Path, text: str) -> None:
    """Write text to a temporary file beside path, then rename it over path.

    A reader never sees a half-written report, and a failure leaves any old file intact.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder)
    except FileNotFoundError:
        raise OutputError("the folder to write the report in does not exist", path) from None
    except OSError as exc:
        raise OutputError(f"cannot write the report here ({exc.strerror})", path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise OutputError(f"cannot write the report ({exc.strerror})", path) from None


#: A temporary file of write_atomic: ".NAME.PID.RANDOM.tmp".
_TEMPORARY = regexcache.compile(r"\..+\.(\d+)\.[a-z0-9_]+\.tmp")


def remove_stale_temporaries(folder: str | Path) -> int:
    """Delete the temporary files that a killed run left in folder; return how many.

    Only files named as write_atomic names them, and only those whose writing process is gone,
    so that two runs writing into one folder never remove each other's files.
    """
    removed = 0
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return 0
    for entry in entries:
        found = _TEMPORARY.fullmatch(entry.name)
        if found is None or _alive(int(found.group(1))):
            continue
        with contextlib.suppress(OSError):
            entry.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True  # someone else's process, or a pid we cannot ask about: leave it
    return True

"""jdmatch's regular expressions, compiled once per machine and kept on disk.

Python compiles a regular expression in Python code: jdmatch's few hundred patterns (the cue
words, the requirement phrases, the section headings) take about 0.15 s to compile, a
sixth of a cold ``jdmatch analyze``. What re's compiler makes of a pattern is a list of
integers that the C engine runs; this module keeps those lists in the user cache folder
(``regex-*.marshal``, one file per Python build) and hands them straight to the engine, which
checks them before it runs them.

A pattern is cached only when what it builds equals what ``re.compile`` builds (the same
flags, text, code, groups and group names), so a Python whose compiler works differently
simply compiles every time. ``JDMATCH_NO_CACHE=1`` turns the cache off, as it does the taxonomy's.

Only patterns built from jdmatch's own code and data go through here, never one built from
a document's text: the file would keep it.
"""

from __future__ import annotations

import atexit
import os
import re
import sys
from pathlib import Path
from typing import Any

try:  # Python 3.11 and later
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

try:
    import _sre  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - a Python without CPython's engine: no cache
    _sre = None

#: The cache file keeps at most this many patterns; past it, a write keeps only the patterns
#: this process used (old releases' patterns would otherwise pile up).
MAX_ENTRIES = 4000

#: (pattern, flags) -> the compiled pattern, for this process.
_patterns: dict[tuple[str, int], re.Pattern[str]] = {}
#: (pattern, flags) -> the engine's arguments, as the cache file holds them; None: no cache.
_entries: dict[tuple[str, int], tuple[Any, ...]] | None = None
_loaded = False
#: Whether this process compiled a pattern the file did not hold.
_changed = False


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the disk cache when it holds the pattern."""
    key = (pattern, int(flags))
    compiled = _patterns.get(key)
    if compiled is None:
        compiled = _patterns[key] = _build(*key)
    return compiled


def _build(pattern: str, flags: int) -> re.Pattern[str]:
    global _changed
    entries = _entries if _loaded else _load()
    if entries is None or _sre is None:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    entry = entries.get(key)
    if entry is not None:
        try:
            return _sre.compile(pattern, *entry)  # type: ignore[no-any-return]
        except Exception:  # code the engine rejects (any way it does): compile it afresh
            del entries[key]
    compiled = re.compile(pattern, flags)
    entry = _engine_arguments(pattern, flags)
    if entry is not None and _rebuilds(pattern, entry, compiled):
        entries[key] = entry
        if not _changed:
            _changed = True
            atexit.register(_save)
    return compiled


def _rebuilds(pattern: str, entry: tuple[Any, ...], compiled: re.Pattern[str]) -> bool:
    """Whether the engine, given these arguments, builds the very pattern re.compile built:
    the same flags, text, code, groups and group names."""
    try:
        built = _sre.compile(pattern, *entry)
    except Exception:  # another Python's engine takes other arguments: no cache, no harm
        return False
    return built == compiled and (built.groups, built.groupindex) == (
        compiled.groups,
        compiled.groupindex,
    )


def _engine_arguments(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What re's compiler passes to the engine for a pattern (re._compiler.compile's steps),
    in types that marshal writes; None where this Python's compiler has other steps."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(op) for op in _compiler._code(parsed, flags)]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # pragma: no cover - another Python's re works otherwise
        return None


def cache_file() -> Path | None:
    """The cache file for this Python build; None when the cache is off."""
    if os.environ.get("JDMATCH_NO_CACHE"):
        return None
    import hashlib

    try:
        from platformdirs import user_cache_dir
    except ImportError:  # pragma: no cover - platformdirs is a dependency
        return None
    # The engine's code changes between Python releases: one file per build and engine.
    engine = (getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
    build = f"{sys.version}|{sys.implementation.cache_tag}|{engine}"
    digest = hashlib.sha1(build.encode()).hexdigest()[:16]
    return Path(user_cache_dir("jdmatch")) / f"regex-{digest}.marshal"


def _load() -> dict[tuple[str, int], tuple[Any, ...]] | None:
    global _entries, _loaded
    _loaded = True
    path = cache_file()
    if path is None:
        return None
    _entries = _read(path)
    return _entries


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    import marshal

    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}  # none yet, or unreadable: compile, and write a new one
    return entries if isinstance(entries, dict) else {}


def _save() -> None:
    """Write this process's patterns into the cache file, merged with what another process
    wrote meanwhile, atomically (at exit, once)."""
    import contextlib
    import marshal
    import tempfile

    path = cache_file()
    if path is None or _entries is None:
        return
    with contextlib.suppress(OSError, ValueError):
        merged = _read(path)
        merged.update(_entries)
        if len(merged) > MAX_ENTRIES:
            merged = {key: merged[key] for key in _patterns if key in merged}
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(marshal.dumps(merged))
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

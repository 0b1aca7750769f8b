"""The batch cache: a file's clean text, and a whole comparison, kept on disk by content hash.

Reading a PDF is most of the time a batch takes; its text only changes when its bytes, the
extraction limits or the extraction code change, so those make the key. A comparison (the
report and the index's summary of it) is kept too, keyed by both documents' bytes, the
settings (with the content of the user's taxonomy files) and all of jdmatch's own files,
so rerunning a batch after adding a few postings only compares the new ones.

One JSON file per entry, written to a temporary file and renamed into place: two runs
sharing the cache never see a half-written entry, and a reader that loses a race with
``jdmatch cache clear`` just misses. Entries hold document text: the folder is private
(mode 0700, files 0600).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, fields
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from jdmatch import __version__, regexcache
from jdmatch.extract import ExtractedText, extract_bytes, read_bytes
from jdmatch.settings import Settings

#: Bumped when the layout of an entry changes; old entries then simply miss.
CACHE_FORMAT = 1
#: Overrides the platform's user cache folder (tests, CI, a shared disk).
CACHE_ENV = "JDMATCH_CACHE_DIR"
#: Settings that cannot change extracted text. Every other field is part of the key, so a
#: limit added to Settings later invalidates old entries instead of serving stale text.
NOT_EXTRACTION_SETTINGS = frozenset({"lang", "taxonomy_files", "today", "profile", "explain"})
#: Settings that decide only whether a run fails, never what a finished one holds.
NOT_OUTPUT_SETTINGS = frozenset({"time_limit"})
_ENTRY = regexcache.compile(r"[0-9a-f]{64}\.json")
_PACKAGE = Path(__file__).resolve().parent


def default_cache_dir() -> Path:
    """Where the cache lives: $JDMATCH_CACHE_DIR, else the user cache folder."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    import platformdirs

    return Path(platformdirs.user_cache_dir("jdmatch", appauthor=False)) / "batch"


@lru_cache(maxsize=4)
def code_fingerprint(folder: str = "") -> str:
    """A hash of jdmatch's own files (code, data, templates) under a package folder.

    Part of every key, so that a changed extractor or taxonomy never serves an old entry,
    even between releases (a few milliseconds, once per process).
    """
    digest = hashlib.sha256(__version__.encode())
    root = _PACKAGE / folder
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def settings_fingerprint(settings: Settings, *, extraction_only: bool = False) -> str:
    """The settings as text for a key; a user's taxonomy file counts by its content."""
    values: dict[str, object] = {}
    for f in fields(settings):
        if extraction_only and f.name in NOT_EXTRACTION_SETTINGS:
            continue
        if f.name in NOT_OUTPUT_SETTINGS:
            continue
        value = getattr(settings, f.name)
        if f.name == "taxonomy_files":
            value = [(str(p), _file_hash(Path(p))) for p in value]
        if f.name == "today" and value is None:
            # A CV's "Present" counts to today: yesterday's years are not today's.
            value = date.today()
        values[f.name] = str(value)
    return json.dumps(values, sort_keys=True)


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"


def cache_key(*parts: str | bytes) -> str:
    """One key from several parts, kept apart so that ("ab", "c") and ("a", "bc") differ."""
    digest = hashlib.sha256(str(CACHE_FORMAT).encode())
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def extraction_key(data: bytes, settings: Settings) -> str:
    """The key of a file's extracted text: its bytes, the extractor's code, the limits."""
    return cache_key(
        "extract",
        code_fingerprint("extract"),
        settings_fingerprint(settings, extraction_only=True),
        data,
    )


@dataclass(frozen=True)
class DiskCache:
    """JSON entries on disk, one file per key."""

    folder: Path

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict[str, Any] | None:
        """The entry for a key, or None when it is absent or unreadable."""
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent or damaged: compute it again
        return entry if isinstance(entry, dict) else None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        """Store an entry atomically; a cache that cannot be written is not an error."""
        path = self._path(key)
        tmp = None
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)  # mode 0600
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(entry, f, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def clear(self) -> int:
        """Delete the cache's entries (only files it wrote) and return how many."""
        removed = 0
        if not self.folder.is_dir():
            return 0
        for sub in self.folder.iterdir():
            if not (sub.is_dir() and re.fullmatch(r"[0-9a-f]{2}", sub.name)):
                continue
            for entry in sub.iterdir():
                if _ENTRY.fullmatch(entry.name) or entry.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        entry.unlink()
                        removed += entry.name.endswith(".json")
            with contextlib.suppress(OSError):
                sub.rmdir()
        return removed

    def size(self) -> tuple[int, int]:
        """Entries and bytes on disk."""
        if not self.folder.is_dir():
            return 0, 0
        entries = [p for p in self.folder.glob("??/*.json") if _ENTRY.fullmatch(p.name)]
        total = 0
        for entry in entries:
            with contextlib.suppress(OSError):
                total += entry.stat().st_size
        return len(entries), total


def cached_extract_bytes(
    data: bytes, name: str, *, settings: Settings, cache: DiskCache | None
) -> tuple[ExtractedText, bool]:
    """Extract a file's bytes through the cache; also says whether the cache had them."""
    if cache is None:
        return extract_bytes(data, name, settings=settings), False
    key = extraction_key(data, settings)
    entry = cache.get(key)
    if entry is not None:
        with contextlib.suppress(TypeError):
            return ExtractedText(**entry), True
    extracted = extract_bytes(data, name, settings=settings)
    cache.put(key, asdict(extracted))
    return extracted, False


def cached_extract(
    path: str | Path, *, settings: Settings, cache: DiskCache | None
) -> tuple[ExtractedText, bool]:
    """Extract a file through the cache; also says whether the cache had it."""
    data = read_bytes(path, settings=settings)
    return cached_extract_bytes(data, str(path), settings=settings, cache=cache)

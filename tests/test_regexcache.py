"""The compiled-pattern cache: what it builds is what re.compile builds, from disk or not."""

from __future__ import annotations

import _sre
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from jdmatch import regexcache
from jdmatch.analysis import analyze

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The cache module as a new process finds it, with its file in a temporary folder."""
    path = tmp_path / "regex-test.marshal"
    monkeypatch.setattr(regexcache, "cache_file", lambda: path)
    monkeypatch.setattr(regexcache, "_patterns", {})
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_loaded", False)
    monkeypatch.setattr(regexcache, "_changed", False)
    return path


def _restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the patterns of this 'process', as the next process starts without them."""
    monkeypatch.setattr(regexcache, "_patterns", {})
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_loaded", False)
    monkeypatch.setattr(regexcache, "_changed", False)


PATTERNS = [
    (r"(?P<year>\d{4})\s*[-–]\s*(?P<end>\d{4}|present|sekarang)", re.IGNORECASE),
    (r"(?<!\w)(?:power\s+bi|python|sql)(?!\w)", 0),
    (r"^\s*[•\-*]\s*", re.MULTILINE),
    (r"(?i:about|tentang)\s+(?P<org>[A-Z]\w*)", 0),
]


def test_every_pattern_of_a_run_is_built_as_re_builds_it() -> None:
    analyze(SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx")
    analyze(SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf")
    assert len(regexcache._patterns) > 100
    for pattern, flags in regexcache._patterns:
        entry = regexcache._engine_arguments(pattern, flags)
        assert entry is not None
        built = _sre.compile(pattern, *entry)
        expected = re.compile(pattern, flags)
        assert built == expected, pattern
        assert (built.flags, built.groups, built.groupindex) == (
            expected.flags,
            expected.groups,
            expected.groupindex,
        )


def test_a_second_process_takes_the_patterns_from_disk(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [regexcache.compile(p, f) for p, f in PATTERNS]
    assert regexcache._changed and not fresh.exists()
    regexcache._save()
    assert fresh.exists()
    _restart(monkeypatch)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled afresh, not read from the cache")

    monkeypatch.setattr(re, "compile", no_compiling)
    again = [regexcache.compile(p, f) for p, f in PATTERNS]
    assert again == first
    assert not regexcache._changed  # nothing new to write
    assert again[0].match("2019 - Present").group("end") == "Present"
    assert again[3].match("TENTANG Kopi").group("org") == "Kopi"


def test_the_same_pattern_twice_is_one_object(fresh: Path) -> None:
    assert regexcache.compile(r"\bsql\b", re.I) is regexcache.compile(r"\bsql\b", re.I)
    assert regexcache.compile(r"\bsql\b", re.I) is not regexcache.compile(r"\bsql\b")


def test_an_unreadable_file_is_replaced(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh.write_bytes(b"\x00 not marshal at all")
    compiled = regexcache.compile(r"(\d+)\s*tahun", re.I)
    assert compiled.search("5 Tahun").group(1) == "5"
    regexcache._save()
    _restart(monkeypatch)
    regexcache._load()
    assert (r"(\d+)\s*tahun", int(re.I)) in regexcache._entries  # type: ignore[operator]


def test_code_the_engine_rejects_is_compiled_afresh(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pattern = r"(?<!\w)kotlin(?!\w)"
    regexcache.compile(pattern)
    flags, code, *rest = regexcache._entries[(pattern, 0)]  # type: ignore[index]
    regexcache._entries[(pattern, 0)] = (flags, [9999, *code[1:]], *rest)  # type: ignore[index]
    regexcache._save()
    _restart(monkeypatch)
    compiled = regexcache.compile(pattern)
    assert compiled == re.compile(pattern)
    assert compiled.search("Java, Kotlin") is None and compiled.search("java, kotlin")
    assert regexcache._changed  # the mended entry is written back


def test_no_cache_writes_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JDMATCH_NO_CACHE", "1")
    assert regexcache.cache_file() is None
    monkeypatch.setattr(regexcache, "_patterns", {})
    monkeypatch.setattr(regexcache, "_entries", None)
    monkeypatch.setattr(regexcache, "_loaded", False)
    assert regexcache.compile(r"go(?:lang)?").fullmatch("golang")
    assert regexcache._entries is None


def test_a_full_file_keeps_the_patterns_in_use(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 3)
    for word in ("alpha", "beta", "gamma"):
        regexcache.compile(word)
    regexcache._save()
    _restart(monkeypatch)
    regexcache.compile("delta")
    regexcache._save()
    _restart(monkeypatch)
    assert set(regexcache._load() or {}) == {("delta", 0)}


_KEYS = """
import json, sys
from jdmatch import regexcache
from jdmatch.analysis import analyze
analyze(sys.argv[1], sys.argv[2])
print(json.dumps(sorted(regexcache._patterns)))
"""


def test_patterns_are_the_same_text_in_every_process(tmp_path: Path) -> None:
    # A pattern built from a set in its iteration order would differ with the hash seed,
    # and miss the cache in every new process.
    keys = []
    for seed in ("1", "2"):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                _KEYS,
                str(SAMPLES / "id" / "jd.pdf"),
                str(SAMPLES / "id" / "cv.pdf"),
            ],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        keys.append(json.loads(out.stdout))
    assert len(keys[0]) > 100
    assert keys[0] == keys[1]


def test_no_pattern_holds_a_document_s_words() -> None:
    # The cache file is on disk: a pattern built from a CV or posting would keep its text.
    names = []
    for jd, cv in (("en/jd.pdf", "en/cv.docx"), ("id/jd.pdf", "id/cv.pdf")):
        analysis = analyze(SAMPLES / jd, SAMPLES / cv)
        for address in re.findall(r"[\w.]+(?=@)", analysis.cv.text):
            names += [address, *address.split(".")]  # the candidate's name, as in the address
    assert len(names) >= 6
    patterns = "\n".join(pattern.lower() for pattern, _ in regexcache._patterns)
    for name in names:
        assert name.lower() not in patterns, name


def test_an_engine_that_takes_other_arguments_is_not_cached(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Another Python's compiler steps: the arguments do not build the pattern, or the engine
    # refuses them. Nothing is kept, and the pattern is re.compile's.
    for arguments in (lambda p, f: (0,), lambda p, f: (f, [1, 2, 3], 0, {}, (None,))):
        monkeypatch.setattr(regexcache, "_engine_arguments", arguments)
        compiled = regexcache.compile(r"(?P<n>\d+)\+? tahun", re.I)
        assert compiled == re.compile(r"(?P<n>\d+)\+? tahun", re.I)
        assert compiled.search("5+ Tahun").group("n") == "5"
        assert regexcache._entries == {} and not regexcache._changed
        _restart(monkeypatch)


def test_without_the_engine_module_patterns_compile_as_ever(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexcache, "_sre", None)
    assert regexcache.compile(r"\bpython\b", re.I).search("PYTHON 3")
    assert not regexcache._changed

"""The skill finder's shortcuts give what the plain computation gives (see skills._scan)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdmatch import skills
from jdmatch.skills import (
    _NICE_BEGINNINGS,
    _NICE_CUES,
    _REQUIRED_BEGINNINGS,
    _REQUIRED_CUES,
    EDUCATION_BEGINNINGS,
    EDUCATION_LINE,
)
from jdmatch.taxonomy import WORD, Taxonomy, load_taxonomy, normalise_word, start_words
from jdmatch.textscan import search_beginning

#: Pieces of postings: aliases alone and in longer names, words that only begin longer
#: aliases, affixed Indonesian words, words with inner dots and apostrophes, strict names.
PIECES = [
    "Python", "python", "Ms.", "Ms. Excel", "Microsoft", "Excel", "Power BI", "power", "the",
    "a", "in", "with", "machine learning", "machine", "A/B testing", "node.js", "Node.JS",
    "e.g.", "don't", "company's", "we’re", "berkomunikasi", "komunikatif", "kepemimpinan",
    "pendisiplinan", "menanggapi", "mengkomunikasikan",
    "Go", "R", "C++", "C#", ".NET", "k8s", "Docker", "SQL", "Word", "Access", "Spring 2014",
    "CI/CD", "R&D", "Straße", "İstanbul", "\u0345", "x_y", "3.5", "v1.2.3", "(SEM)",
    "Search Engine Marketing", "-", ",", ".", "'", "’", "/", "&", "(", ")", "\n", "  ",
]  # fmt: skip
texts = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join) | st.lists(
    st.sampled_from(PIECES), max_size=30
).map("".join)


def _plain_scan(text: str, table: Taxonomy) -> list[tuple[object, int, int]]:
    """_scan with every word tried as a start and every word normalised one by one."""
    original = (skills._words, skills._start_indices)

    def plain_words(text: str, folded: str) -> tuple[list[re.Match[str]], list[str]]:
        matches = list(WORD.finditer(text))
        return matches, [normalise_word(m.group()) for m in matches]

    skills._words = plain_words  # type: ignore[assignment]
    skills._start_indices = lambda table, words: list(range(len(words)))  # type: ignore[assignment]
    try:
        return skills._scan(text, table)  # type: ignore[return-value]
    finally:
        skills._words, skills._start_indices = original


@settings(max_examples=300, deadline=None)
@given(texts)
def test_scan_finds_what_trying_every_word_finds(text: str) -> None:
    table = load_taxonomy()
    assert skills._scan(text, table) == _plain_scan(text, table)


def test_scan_agrees_on_the_samples_and_their_variants() -> None:
    table = load_taxonomy()
    root = Path(__file__).resolve().parent.parent / "samples"
    found = 0
    for path in sorted(root.glob("**/*.md")) + sorted(root.glob("**/*.txt")):
        text = path.read_text("utf-8")
        for variant in (text, text.upper(), text.replace("\n", " "), "Straße " + text):
            fast = skills._scan(variant, table)
            assert fast == _plain_scan(variant, table)
            found += len(fast)
    assert found > 50


@settings(max_examples=200, deadline=None)
@given(texts)
def test_words_are_normalised_one_by_one(text: str) -> None:
    matches, words = skills._words(text, text.casefold())
    assert [m.span() for m in matches] == [m.span() for m in WORD.finditer(text)]
    assert words == [normalise_word(m.group()) for m in matches]


def test_start_words_are_the_tries_own() -> None:
    table = load_taxonomy()
    assert table.starts == start_words(table.trie)
    # A user's skill changes the trie, and the start words with it.
    extra = Taxonomy(dict(table.skills), trie=dict(table.trie), starts=table.starts)
    extra.add_ignore("zebra quagga")
    assert "zebra" in extra.starts.prefixes and "zebra" in extra.starts.extendable
    assert extra.starts == start_words(extra.trie)


def test_affixed_words_are_those_affixed_reads() -> None:
    table = load_taxonomy()
    words = {"berkomunikasi", "komunikatif", "menempati", "ab", "x1", "pendisiplinan", "rapat"}
    words |= {w.casefold() for p in PIECES for w in WORD.findall(p)}
    expected = {w for w in words if table.affixed(w) is not None}
    assert expected  # some are read through their affixes
    assert table.affixed_words(set(words)) == expected
    assert table.affixed_words(set(words)) == expected  # remembered: the same answer


# -- a line searched only where a cue can begin ------------------------------------------------

_CUE_WORDS = [
    "nice to have", "Nice-To-Have", "a plus", "is a plus", "plus point", "bonus", "preferred",
    "preferably", "advantageous", "desirable", "ideally", "good to have", "would be great",
    "diutamakan", "nilai plus", "nilai tambah", "lebih disukai", "menjadi nilai", "poin plus",
    "akan menjadi kelebihan", "menjadi keuntungan", "must", "required", "requirement",
    "mandatory", "minimum", "minimal", "at least", "essential", "need to", "wajib", "harus",
    "diwajibkan", "mutlak", "Bachelor's", "masters", "degree", "diploma", "graduated",
    "lulusan", "pendidikan", "jurusan", "sarjana", "S1", "s2", "D3", "d4", "SMA", "smk",
    "PhD", "BSc", "msc", "plus", "amust", "degrees", "S1/S2", "\u0131s a plus", "mu\u017ft",
    "\u0130", "Python", "SQL", " ", "-", "/", "(", ")", "é",
]  # fmt: skip
lines = st.lists(st.sampled_from(_CUE_WORDS), max_size=12).map(" ".join) | st.lists(
    st.sampled_from(_CUE_WORDS), max_size=12
).map("".join)
_PATTERNS = [
    (_NICE_CUES, _NICE_BEGINNINGS),
    (_REQUIRED_CUES, _REQUIRED_BEGINNINGS),
    (EDUCATION_LINE, EDUCATION_BEGINNINGS),
]


@settings(max_examples=300, deadline=None)
@given(lines, st.sampled_from([str, str.upper, str.title, str.lower]))
def test_search_beginning_finds_what_search_finds(line: str, case: object) -> None:
    line = case(line)  # type: ignore[operator]
    for pattern, beginnings in _PATTERNS:
        fast = search_beginning(pattern, line, beginnings)
        plain = pattern.search(line)
        assert (fast and fast.span()) == (plain and plain.span()), pattern.pattern


@pytest.mark.parametrize("pattern,beginnings", _PATTERNS)
def test_every_cue_word_is_found_where_it_begins(
    pattern: re.Pattern[str], beginnings: tuple[str, ...]
) -> None:
    found = 0
    for word in _CUE_WORDS:
        line = f"We ask for Python; {word} (SQL)"
        plain = pattern.search(line)
        fast = search_beginning(pattern, line, beginnings)
        assert (fast and fast.span()) == (plain and plain.span()), word
        found += plain is not None
    assert found >= 10

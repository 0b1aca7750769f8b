"""The shortcuts the CV's own preparation takes for speed give what the plain computation
gives (see also test_fast_prep.py)."""

from __future__ import annotations

import math
from collections import Counter

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_fast_paths import FAMILIES, _cues

from jdmatch import weights
from jdmatch.prep.cues import _lowered_starts, any_cue_starts, cue_positions

#: Words and pieces of CV and posting lines: repeated words, case, digits, joiners, letters
#: that lower-case oddly, and words the IDF table does not hold.
_PIECES = [
    "data",
    "Data",
    "DATA",
    "sql",
    "SQL",
    "python",
    "dashboard",
    "dashboards",
    "laporan",
    "zzqxw",
    "a",
    "x1",
    "12%",
    "_",
    "-",
    " ",
    "\n",
    ", ",
    "İ",
    "ß",
    "é",
    "\u212a",
]


#: Characters around words: ASCII and Unicode letters, digits (Arabic-Indic too), marks,
#: bullets and dashes, and letters that lower-case to ASCII (Kelvin sign) or to two.
_CHARACTERS = "aZ_9 \n.-•–’éÉßİı\u212a\u0307\u0663ǅ²µ"


@given(st.text(alphabet=_CHARACTERS, max_size=40))
def test_terms_are_the_unicode_patterns(text: str) -> None:
    for case in (text, text.lower()):
        assert weights._terms(case) == weights._TERM.findall(case)


def test_terms_of_a_text_with_a_letter_beyond_ascii() -> None:
    # "•" alone keeps the ASCII pattern; "é" needs the Unicode one.
    assert weights._terms("• data-driven, sql_2 x") == ["data", "driven", "sql"]
    assert weights._terms("• analisis café") == ["analisis", "café"]


def _plain_term_vector(text: str, idf: weights.IdfTable, sublinear: bool) -> dict[str, float]:
    # The computation before its shortcut: every word counted.
    counts = Counter(weights._TERM.findall(text.lower()))
    words, default = idf.words, idf.default_word
    vector = {
        term: (1.0 + math.log(count) if sublinear else float(count)) * words.get(term, default)
        for term, count in counts.items()
    }
    norm = math.sqrt(sum([v * v for v in vector.values()]))
    return {t: v / norm for t, v in vector.items()} if norm else {}


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join), st.booleans())
def test_term_vector_is_the_plain_one(text: str, sublinear: bool) -> None:
    idf = weights.load_idf()
    found = weights._term_vector(text, idf, sublinear)
    plain = _plain_term_vector(text, idf, sublinear)
    # The same weights to the last bit, in the same order (cosine sums in that order).
    assert list(found.items()) == list(plain.items())


def test_term_vector_counts_a_repeated_word() -> None:
    idf = weights.load_idf()
    vector = weights._term_vector("data sql data", idf, True)
    data, sql = idf.words.get("data", idf.default_word), idf.words.get("sql", idf.default_word)
    norm = math.hypot((1.0 + math.log(2)) * data, sql)
    assert list(vector) == ["data", "sql"]
    assert math.isclose(vector["data"], (1.0 + math.log(2)) * data / norm)


#: ASCII pieces around cue words: every character class the word boundary tells apart
#: (letters in both cases, digits, "_", spaces, punctuation, control characters).
_ASCII_PIECES = [" ", "_", "-", ".", "/", "(", "\t", "\x00", "\x7f", "2", "x", "X", "s", "ing"]
_ASCII_CUES = sorted({c.rstrip("*") for ps in FAMILIES.values() for p in ps for c in _cues(p)})
_ASCII_CUES = [c for c in _ASCII_CUES if c.isascii()]


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ASCII_PIECES),
            st.sampled_from(_ASCII_CUES).flatmap(
                lambda c: st.sampled_from([c, c.upper(), c.title()])
            ),
        ),
        max_size=10,
    ).map("".join)
)
def test_cue_scans_of_an_ascii_text_find_the_plain_starts(text: str) -> None:
    for paths in FAMILIES.values():
        starts = any_cue_starts(*paths)
        assert _lowered_starts(starts.pattern, True) is not None  # the ASCII scan is tested
        plain = [hit.start() for hit in starts.finditer(text)]
        assert cue_positions(starts, text) == plain

"""The shortcuts parse, match and the hard requirements take for speed give what the plain
computation gives: words counted without the regex engine where white space already splits
them, a text's words read once for two uses, evidence built without dataclass setattr, and
a skill's years merged once for each set of jobs."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from jdmatch import match as match_module
from jdmatch import parse as parse_module
from jdmatch import weights
from jdmatch.analysis import Analysis, analyze
from jdmatch.match import Evidence
from jdmatch.requirements.cv import WORK_SECTIONS, read_candidate, total_years
from jdmatch.requirements.patterns import _PLAIN_TOKEN, line_tokens

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = {
    "en": (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
    "id": (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
}

#: Pieces of text where splitting at white space and a regex's runs of letters may differ:
#: punctuation glued to words, digits inside words, underscores, letters that are numbers
#: but not digits (², Ⅻ, ½), digits of other scripts (٣), white space other than the space,
#: accented and dotted capitals, and the function words both languages are told apart by.
_PIECES = [
    *" \t\n\u00a0\u2003,.;:!?()[]-–/'’_@#&*0123456789",
    "\u00b2", "\u216b", "\u00bd", "\u0663", "\u0130", "\u00e9", "\u00df", "Ǆ",
    "the", "The", "AND", "and", "of", "a", "A", "to", "experience", "skills", "team",
    "dan", "Dan", "yang", "di", "untuk", "pengalaman", "tahun", "minimal", "tim",
    "data", "driven", "Excel", "S1", "A.Md", "x",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(max_size=200),
)


@pytest.fixture(scope="module", params=sorted(PAIRS))
def sample(request: pytest.FixtureRequest) -> Analysis:
    """The analysis of one bundled JD/CV pair."""
    return analyze(*PAIRS[request.param])


def _plain_language(text: str) -> str:
    # detect_language as it was: every word found by the regex engine, then counted.
    counts = Counter(parse_module._WORD.findall(text[:20000].lower()))
    id_ = sum(counts[word] for word in parse_module._ID_WORDS)
    en = sum(counts[word] for word in parse_module._EN_WORDS - parse_module._ID_WORDS)
    return "id" if id_ > en else "en"


def _plain_words(text: str) -> list[str]:
    return parse_module._WORD.findall(text.lower())


@hypothesis_settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_language_is_told_as_the_counted_words_tell_it(text: str) -> None:
    assert parse_module.detect_language(text) == _plain_language(text)


def test_language_of_texts_that_lean_each_way() -> None:
    # The votes add up as the two counts compared: a tie is English, a word of both lists
    # (none today) would count as Indonesian, and a word glued to punctuation still counts.
    texts = [
        "dan, yang; di: the",
        "(dan) the and",
        "the-and dan",
        "experience,skills,team dan-yang-di",
        "",
        "dan the",
        "x" * 19999 + " dan",
        "x" * 19998 + " dan",
    ]
    for text in texts:
        assert parse_module.detect_language(text) == _plain_language(text), text
    assert parse_module.detect_language("the, and. dan") == "en"
    assert parse_module.detect_language("dan, yang. the") == "id"


def test_language_of_the_sample_documents(sample: Analysis) -> None:
    for document in (sample.jd, sample.cv):
        assert parse_module.detect_language(document.text) == _plain_language(document.text)
        assert document.language == _plain_language(document.text)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_TEXTS)
def test_line_tokens_are_the_plain_token_pattern_s_words(text: str) -> None:
    assert line_tokens(text) == set(_PLAIN_TOKEN.findall(text.lower().replace(".", "")))


def _plain_count_vector(text: str) -> dict[str, float]:
    # count_vector as it was: its own pass over the text.
    stop = weights.stop_words()
    counts = Counter(w for w in weights._TERM.findall(text.lower()) if w not in stop)
    norm = sum(n * n for n in counts.values()) ** 0.5
    return {t: n / norm for t, n in counts.items()} if norm else {}


@hypothesis_settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["Data Analyst", "Head of the Team", "a", "dan yang", ""]))
def test_a_text_s_word_counts_serve_count_vector_and_words_shown(text: str, phrase: str) -> None:
    idf = weights.load_idf()
    weights._vectors.clear()
    vector = weights.count_vector(text)
    assert vector == _plain_count_vector(text)
    assert list(vector) == list(_plain_count_vector(text))  # the same order: the same sums
    weights._vectors.clear()
    # words_shown read the keys of the text's plain-count TF-IDF vector before.
    used = weights._term_vector(text, idf, sublinear=False)
    asked = set(weights._TERM.findall(phrase.lower()))
    expected = None
    if asked:
        weight = {w: idf.words.get(w, idf.default_word) for w in asked}
        expected = sum(v for w, v in weight.items() if w in used) / sum(weight.values())
    assert weights.words_shown(phrase, text, idf) == expected
    # In either order, from the cache or not.
    assert weights.count_vector(text) == _plain_count_vector(text)


def test_word_counts_are_forgotten_with_the_vectors() -> None:
    # A benchmark that times each pair as new clears weights._vectors: the counts go too.
    weights.word_counts("some words of a text")
    assert any(key[2] == "some words of a text" for key in weights._vectors)
    weights._vectors.clear()
    assert weights.word_counts("some words of a text") == Counter(
        {"some": 1, "words": 1, "of": 1, "text": 1}
    )


def test_evidence_is_the_dataclass_built_plainly(sample: Analysis) -> None:
    checked = 0
    for document, mentions in ((sample.jd, sample.jd_mentions), (sample.cv, sample.cv_mentions)):
        for mention in mentions:
            evidence = match_module._evidence(document, mention)
            line = document.line_at(mention.start)
            assert line is not None
            plain = Evidence(mention.line or 0, line.section, line.text, mention.alias)
            assert type(evidence) is Evidence
            assert evidence == plain and hash(evidence) == hash(plain)
            assert repr(evidence) == repr(plain)
            assert vars(evidence) == vars(plain)
            checked += 1
    assert checked > 20
    with pytest.raises(AttributeError):
        evidence.line = 0  # type: ignore[misc]  # still frozen


def test_skill_years_are_merged_per_skill(sample: Analysis) -> None:
    record = read_candidate(sample.cv, list(sample.cv_mentions), today=date(2026, 1, 1))
    spans: dict[str, list[tuple[float, float]]] = {}
    for job in record.jobs:
        if job.start is None or job.end is None or job.experience.section not in WORK_SECTIONS:
            continue
        for skill_id in job.skill_ids:
            spans.setdefault(skill_id, []).append((job.start, job.end))
    expected = sorted(
        ((s, total_years(found)) for s, found in spans.items()), key=lambda i: (-i[1], i[0])
    )
    assert record.skill_years == tuple(expected)
    assert len({years for _, years in expected}) > 1  # skills of different sets of jobs


#: Pieces of a job's header: months in both languages and cases, years and other numbers,
#: the separators of a range, white space of any length, "Present" and its kin.
_DATE_PIECES = [
    *" \t\u00a0,.-–/()|:", "  ", "     ", "\n",
    "Jan", "jan.", "January", "SEPTEMBER", "September.", "Agustus", "Mei", "Des", "sept",
    "2019", "2020", "1999", "2021", "1899", "3021", "20", "19", "12", "03", "15", "7", "0",
    "\u0663", "s/d", "to", "until", "Present", "Sekarang", "saat ini", "onwards", "now",
    "Analyst", "PT Maju", "x",
]  # fmt: skip


@hypothesis_settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=16).map("".join))
def test_date_ranges_are_found_where_the_pattern_finds_them(text: str) -> None:
    found = parse_module.find_date_range(text)
    expected = parse_module.DATE_RANGE.search(text)
    assert (found and (found.span(), found.groupdict())) == (
        expected and (expected.span(), expected.groupdict())
    )


def test_date_ranges_after_a_long_run_of_white_space_and_earlier_numbers() -> None:
    texts = [
        "Data Analyst, PT Maju September,          2019 - Present",
        "Analyst 12 people 2018 Mar 2019 – Jun 2021",
        "Since 1999:   Jan.   2020 s/d sekarang",
        "15/03/2019 - 01/02/2020",
        "12 / 2019 - 03 / 2020",
        "2019-03 – 2020-04",
        "ref 20 and 19 then 2021",
        "",
    ]
    for text in texts:
        found = parse_module.find_date_range(text)
        expected = parse_module.DATE_RANGE.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
    assert parse_module.find_date_range(texts[0]) is not None

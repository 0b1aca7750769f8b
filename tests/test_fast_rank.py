"""The rank shape's shortcuts (one posting against many CVs) give what the plain computation
gives: what comes from the posting alone is kept once per posting (memo.py), never for
another posting or other inputs; and the CV's record is read with fewer regex passes."""

from __future__ import annotations

import dataclasses
import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from jdmatch import memo
from jdmatch.analysis import analyze_documents, load
from jdmatch.model import Document
from jdmatch.parse import parse, requirement_words
from jdmatch.prep import company_facts
from jdmatch.prep.manager import manager_jd_lines, manager_signals
from jdmatch.prep.questions import (
    CLASSIC,
    _first_duty,
    classic_jd_lines,
    classic_questions,
    reverse_questions,
    team_name,
)
from jdmatch.prep.signals import workflow_jd_lines, workflow_signals
from jdmatch.report import render
from jdmatch.requirements import patterns as requirement_patterns
from jdmatch.requirements.cv import Education, _cv_education, _cv_field, _stated_years
from jdmatch.requirements.patterns import (
    PLAIN_LEVELS,
    Patterns,
    _level_locator,
    _start_words,
    education_level_of,
    read_number,
)
from jdmatch.textscan import occurrences

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# The module, not prep's function of the same name.
readability = importlib.import_module("jdmatch.prep.readability")


@pytest.fixture(autouse=True)
def _fresh() -> None:
    memo.forget()


def _found(matches: Any) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


# -- the CV's record: education levels, field labels, stated years (requirements/) ----------

_LEVEL_FORMS = [
    form
    for level, spec in requirement_words()["education_levels"].items()
    if not level.startswith("_")
    for form in (*spec["exact"], *spec["words"])
]

#: Pieces of CV lines around education levels and stated years: every level as written,
#: separators (the dot a level may not follow), cue words, labels, numbers and units, and
#: the characters a case-insensitive pattern reads as ASCII letters.
_PIECES = [
    *" ,.-/():;|\n",
    "  ",
    "S1", "s1", "S2", "D3", "D-3", "D III", "SMA", "SMK", "A.Md", "S.Kom", "B.S.", "BS in",
    "BS/MS", "MBA", "PhD", "Ph.D", "Bachelor", "bachelor's", "SARJANA", "Diploma", "diploma 3",
    "Master of", "master's", "high school", "Senior High School", "4-year degree",
    "education", "Pendidikan", "degree", "graduated", "lulusan", "minimal", "admin", "pend",
    "Jurusan", "jurusan:", "Major in", "majoring", "Program Studi", "prodi", "bidang studi",
    "Teknik Informatika", "Computer Science", "in", "Accounting", "University", "Negeri 1",
    "2019", "5+", "3", "three", "someone", "years", "tahun", "months", "bulan",
    "experience", "pengalaman", "berpengalaman", "track record", "age", "usia", "since",
    "\u0130", "\u0131", "\u017f", "\u212a", "\u00e9", "x", "A",
]  # fmt: skip
_LINES = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=16).map("".join),
    st.lists(st.sampled_from(_PIECES), max_size=12).map(" ".join),
)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_LINES)
def test_levels_are_the_level_pattern_s_matches(text: str) -> None:
    p = requirement_patterns()
    assert _found(p.levels(text)) == _found(p.level.finditer(text))


def test_levels_on_every_form_in_three_cases() -> None:
    p = requirement_patterns()
    found = 0
    for form in _LEVEL_FORMS:
        # The long s reads as "s" to a case-insensitive pattern ("ſarjana"): searched plainly.
        folded = form.replace("s", "\u017f").replace("S", "\u017f")
        for text in (
            form,
            f"{form.upper()}, {form}.{form}",
            f"x({form.title()})/{form} {form}",
            f"x {folded} {form}",
        ):
            assert _found(p.levels(text)) == _found(p.level.finditer(text)), text
            found += len(p.levels(text))
    assert found > 3 * len(_LEVEL_FORMS)


def test_levels_without_a_locator_are_searched_the_plain_way() -> None:
    # A level that begins with a character outside ASCII letters and digits: no locator.
    assert _level_locator(["S1"], ["élève"]) is None
    assert _level_locator(["S1"], ["sarjana"]) is not None
    p = Patterns()
    p._level_after = None
    text = "S1 Teknik, SMA; Master of Science"
    assert _found(p.levels(text)) == _found(p.level.finditer(text))


@hypothesis_settings(max_examples=300, deadline=None)
@given(_LINES)
def test_field_labels_and_experience_cues_are_found_where_the_patterns_find_them(
    text: str,
) -> None:
    p = requirement_patterns()
    assert _found(filter(None, [p.find_field_label(text)])) == _found(
        filter(None, [p.field_label.search(text)])
    )
    assert _found(filter(None, [p.find_experience_cue(text)])) == _found(
        filter(None, [p.experience_cue.search(text)])
    )


def test_field_labels_and_experience_cues_on_every_phrase() -> None:
    p = requirement_patterns()
    labels = ["jurusan", "major in", "majoring", "major", "program studi", "prodi"]
    labels += ["bidang studi", "konsentrasi", "peminatan"]
    cues = ["experience", "experienced", "pengalaman", "berpengalaman", "track record"]
    for pattern, find, phrases in (
        (p.field_label, p.find_field_label, labels),
        (p.experience_cue, p.find_experience_cue, cues),
    ):
        for phrase in phrases:
            for text in (f"x {phrase}: y", f"{phrase.upper()}", f"{phrase.title()} {phrase}"):
                quick, plain = find(text), pattern.search(text)
                assert plain is not None, text
                assert _found([quick] if quick else []) == _found([plain]), text


def test_quantities_one_at_a_time_on_cases() -> None:
    p = requirement_patterns()
    texts = ["5 to 10 years", "2-3 tahun", "three to five years", "1,5 years; 10 months"]
    texts += ["someone 2 years", "min. 3 (tiga) tahun, 6 bulan"]
    for text in texts:
        assert _found(p.each_quantity(text)) == _found(p.quantity.finditer(text)), text
        assert _found(p.each_quantity(text)), text


@hypothesis_settings(max_examples=300, deadline=None)
@given(_LINES)
def test_each_quantity_is_the_quantity_pattern_s_next_match(text: str) -> None:
    p = requirement_patterns()
    assert _found(p.each_quantity(text)) == _found(p.quantity.finditer(text))


@hypothesis_settings(max_examples=300, deadline=None)
@given(_LINES, st.sampled_from(["education_cues", "relocation", "travel", "number_words"]))
def test_start_words_begin_where_every_first_word_begins(text: str, family: str) -> None:
    # A first word that begins with another ("minimal", "min") is left out: found where
    # the other is, so the places searched are the same.
    phrases = list(requirement_words()[family])
    every = {phrase.lower().split(" ")[0] for phrase in phrases}
    words = _start_words(phrases)
    assert words is not None and set(words) <= every
    lower = text.lower()
    assert set(occurrences(lower, words)) == set(occurrences(lower, every))


def _plain_cv_education(cv: Document, p: Patterns) -> Education | None:
    # requirements.cv._cv_education as it was: every level's cue looked for.
    lines = [line for line in cv.lines if line.section == "education" and not line.heading]
    if not lines:
        lines = [
            line
            for line in cv.lines
            if line.section not in ("experience", "projects", "skills") and not line.heading
        ]
    best: Education | None = None
    for line in lines:
        for found in p.level.finditer(line.text):
            level = education_level_of(found, p)
            if level is None:
                continue
            if (
                line.section != "education"
                and not p.education_cue.search(line.text)
                and found.group("exact") not in PLAIN_LEVELS
            ):
                continue
            rank = p.rank[level]
            if best is None or rank > best.rank:
                best = Education(level, rank, _cv_field(line.text, found, p), line)
    return best


def _plain_stated_years(cv: Document, p: Patterns) -> tuple[float, Any] | None:
    # requirements.cv._stated_years as it was: every quantity of the line found first.
    for line in cv.lines:
        if line.section not in ("summary", "header", "other") or line.heading:
            continue
        if not p.experience_cue.search(line.text):
            continue
        for quantity in p.quantity.finditer(line.text):
            if p.not_experience.search(line.text[: quantity.start()]):
                continue
            years = read_number(quantity.group("n"), p)
            if quantity.group("unit").lower().startswith(("month", "bulan", "bln")):
                years /= 12
            return round(years, 1), line
    return None


_HEADINGS = ["Summary", "EDUCATION", "Pendidikan", "Experience", "Skills", "Projects", "Other"]
_CV_TEXTS = st.lists(
    st.one_of(st.sampled_from(_HEADINGS), _LINES, st.just("Budi Santoso")), max_size=10
).map("\n".join)


@hypothesis_settings(max_examples=300, deadline=None)
@given(_CV_TEXTS)
def test_a_cv_s_education_and_stated_years_are_the_plain_ones(text: str) -> None:
    p = requirement_patterns()
    cv = parse(text, kind="cv")
    assert _cv_education(cv, p) == _plain_cv_education(cv, p)
    assert _stated_years(cv, p) == _plain_stated_years(cv, p)


def test_a_cv_s_education_on_cases() -> None:
    p = requirement_patterns()
    texts = [
        "Budi\nEducation\nSMA Negeri 1 Bandung\nS1 Teknik Informatika, Universitas X, 2019",
        "Budi\nSummary\nBachelor of Science in Computer Science; SMA; degree: Master of Arts",
        "Budi\nSummary\nMBA, Prasetiya Mulya. S2 jurusan Akuntansi. D3 majoring in Tax",
        "Budi\nSummary\nHolds a BSc and an MSc in Physics; graduated 2015",  # no plain level
        "Budi\nOther\nS1 admin. D3. SMA",  # no education cue: only the plain levels count
        "Budi\nSummary\nBSc Physics, 2015. MSc, Bandung",  # no cue, no plain level: none
        "Budi\nSummary\nDiploma\nBachelor of Arts (education: D3, then S1)",
        "Budi\nSummary\n5+ years of experience in sales; age 25",
        "Budi\nSummary\nusia 30 tahun, pengalaman lebih dari 3 tahun",
        "Budi\nSummary\nsomeone with experience: three years",
    ]
    found = 0
    for text in texts:
        cv = parse(text, kind="cv")
        assert _cv_education(cv, p) == _plain_cv_education(cv, p), text
        assert _stated_years(cv, p) == _plain_stated_years(cv, p), text
        found += _cv_education(cv, p) is not None
    assert found >= 5


# -- the CV's readability: glued words looked for only in the words that can hold one -------

#: Pieces of CV words: lower-case runs, capitals, letters outside ASCII, digits, separators.
_WORD_PIECES = ["data", "Analyst", "experience", "Skills", "PT", "abc", "Q", "é", "É", "1"]
_WORD_PIECES += ["_", "-", ".", "@", " ", "  ", "\n", "\u212a"]


@hypothesis_settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=14).map("".join))
def test_words_with_a_glued_core_are_those_the_plain_core_finds(text: str) -> None:
    core = re.compile(r"[a-z]{4}[A-Z][a-z]{3}")
    words = " ".join(w for w in text.split() if len(w) >= 8)
    assert bool(readability._GLUED_CORE.search(words)) == bool(core.search(words))
    with_core = " ".join(w for w in words.split(" ") if core.search(w))
    assert readability._with_core(words) == with_core
    glued = [m.group(0) for m in readability._GLUED.finditer(words)]
    assert [m.group(0) for m in readability._GLUED.finditer(with_core)] == glued


def test_glued_words_on_cases() -> None:
    texts = ["dataAnalyst", "x dataAnalyst", "dataAnalystdataSkills y experienceSkills"]
    texts += ["dataAnalyst experience dataSkills", "AnalystPT", ""]
    expected = ["dataAnalyst", "dataAnalyst", "dataAnalystdataSkills experienceSkills"]
    expected += ["dataAnalyst dataSkills", "", ""]
    assert [readability._with_core(text) for text in texts] == expected
    cores = {"abcdSkil": True, "1abcSkills": False, "abcdSki": False, "ABCDSkills": False}
    cores |= {"abcdÉkills": False, "abcdeFghi": True, "x abcd Skil": False}
    for text, found in cores.items():
        assert bool(readability._GLUED_CORE.search(text)) == found, text


# -- what comes from the posting alone, once per posting (prep/) ---------------------------


@pytest.fixture(scope="module")
def documents() -> tuple[list[Document], list[Document]]:
    """Three postings (two sample JDs, a plain-text one) and the two sample CVs."""
    jds = [load(SAMPLES / lang / "jd.pdf", kind="jd") for lang in ("en", "id")]
    jds.append(load(SAMPLES / "postings" / "customer-service.txt", kind="jd"))
    cvs = [load(SAMPLES / "en" / "cv.docx", kind="cv"), load(SAMPLES / "id" / "cv.pdf", kind="cv")]
    return jds, cvs


def _fresh_copy(document: Document) -> Document:
    # An equal document that is another object: nothing of the first is remembered for it.
    return dataclasses.replace(document)


def test_a_posting_s_side_is_computed_once_and_equals_the_plain_one(
    documents: tuple[list[Document], list[Document]],
) -> None:
    jds, cvs = documents
    found = 0
    for jd in jds:
        for cv in cvs:  # the second CV reads what the first kept of the posting
            kept = (workflow_signals(jd, cv), manager_signals(jd, cv, ()))
            assert memo.per_document(jd, "workflow_jd_lines", list) == workflow_jd_lines(jd)
            assert memo.per_document(jd, "manager_jd_lines", list) == manager_jd_lines(jd)
            fresh_jd, fresh_cv = _fresh_copy(jd), _fresh_copy(cv)
            assert kept == (
                workflow_signals(fresh_jd, fresh_cv),
                manager_signals(fresh_jd, fresh_cv, ()),
            )
            found += len(kept[0]) + len(kept[1])
    assert found > 5


def test_a_posting_s_memo_is_not_reused_for_another_posting(
    documents: tuple[list[Document], list[Document]],
) -> None:
    jds, cvs = documents
    jd, cv = jds[0], cvs[0]
    match = analyze_documents(jd, cv).match

    def posting_side(posting: Document) -> tuple[Any, ...]:
        # What the posting's memos gave, next to the plain computation of each.
        reverse = reverse_questions(posting, match, (), (), ())  # no ranking: the first duty
        classic = classic_questions(posting, (), (), ())
        kept = (
            tuple((s.kind, s.jd_lines) for s in workflow_signals(posting, cv)),
            tuple((s.kind, s.jd_line) for s in manager_signals(posting, cv, ())),
            [q.jd_line for q in classic],
            (reverse[0].jd_line, reverse[1].team),
        )
        plain = (
            workflow_jd_lines(posting),
            manager_jd_lines(posting),
            [classic_jd_lines(posting).get(kind) for kind in CLASSIC],
            (_first_duty(posting), team_name(posting)),
        )
        assert kept == plain
        return kept

    before = posting_side(jd)
    # Other postings, and the same posting changed (another object): each gets its own.
    half = dataclasses.replace(jd, lines=jd.lines[: len(jd.lines) // 3])
    differ = [posting_side(other) != before for other in (jds[1], half, jds[2], jd)]
    assert differ == [True, True, True, False]


def test_a_posting_s_prep_against_many_cvs_is_the_plain_one(
    documents: tuple[list[Document], list[Document]],
) -> None:
    jds, cvs = documents
    for jd in jds:
        for cv in cvs:
            kept = analyze_documents(jd, cv).prep
            assert memo.per_document(jd, "company_facts", list) == company_facts(jd)
            assert kept.company == company_facts(jd)
            assert analyze_documents(_fresh_copy(jd), _fresh_copy(cv)).prep == kept


def test_one_posting_ranked_against_many_cvs_gives_the_reports_of_fresh_pairs(
    documents: tuple[list[Document], list[Document]],
) -> None:
    """The rank shape: one parsed posting against several CVs, another posting between."""
    jds, cvs = documents
    texts = [
        "Budi Santoso\nSummary\nSales lead with 5+ years of experience in retail. Fluent "
        "English.\nEducation\nS1 Manajemen, Universitas Indonesia, 2015\nSkills\nExcel, CRM",
        "Sari\nExperience\nCustomer Service, PT Maju (2019 - Present)\n- Answered 80 calls a day"
        " in Zendesk, cutting waiting time by 20%\n- Worked in shifts with a cross-functional team",
    ]
    many = [*cvs, *(parse(text, kind="cv") for text in texts)]
    reports = []
    for cv in many:
        for jd in (jds[0], jds[2]):  # interleaved: each posting's memo kept apart
            reports.append((jd, cv, render(analyze_documents(jd, cv), "md")))
    assert len({report for _, _, report in reports}) == len(reports)
    for jd, cv, report in reports:
        memo.forget()
        fresh = analyze_documents(_fresh_copy(jd), _fresh_copy(cv))
        assert render(fresh, "md") == report

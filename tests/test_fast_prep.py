"""The shortcuts prep takes for speed give what the plain computation gives (see also
test_fast_paths.py)."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from test_fast_paths import _all_results as _every_result  # the plain computation

from jdmatch.prep import questions, signals, stories
from jdmatch.prep.bullets import MAX_IMPACT_KINDS, fitting_kinds
from jdmatch.prep.cues import (
    cue_pattern,
    impact_kinds,
    measurable_results,
)
from jdmatch.prep.cues import signals as cue_lists
from jdmatch.skills import EDUCATION_LINE, is_education_line

# The module, not prep's function of the same name.
readability = importlib.import_module("jdmatch.prep.readability")

#: Pieces of CV text around contact details and run-together words: names, domains, digits,
#: separators, Unicode spaces and letters that lower-case or fold oddly.
_CONTACT_PIECES = [
    "a",
    "Budi",
    "_",
    ".",
    "+",
    "-",
    "@",
    "@@",
    "gmail",
    ".com",
    ".co.id",
    "linkedin",
    "LinkedIn",
    "LINKEDIN.COM/",
    ".com/",
    "ın",
    "İn",
    "\u212a",
    " ",
    "\n",
    "\u00a0",
    "\u2003",
    "\x1c",
    "/",
    "(",
    ")",
    "08",
    "1234",
    "é",
    "•",
]
_RUN_PIECES = [
    "experience",
    "Skills",
    "AnalystPT",
    "data",
    "Repo",
    "Penanggungjawab",
    "pertanggungjawaban",
    "managementinformation",
    "x",
    "Z",
    "é",
    "ß",
    "3",
    "_",
    "-",
    "/",
    ".",
    " ",
    "\n",
    "\t",
    "\u00a0",
    "\u2028",
    "\x1f",
]


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=24).map("".join)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_text(_CONTACT_PIECES))
def test_an_email_is_found_from_its_at_sign(text: str) -> None:
    assert readability._has_email(text) == bool(readability._EMAIL.search(text))


def test_an_email_from_its_at_sign_on_cases() -> None:
    for text in ["a@b.co", "x @b.co", "@b.co", "a@b", "a@b.", "é.+@b-c.d", "@a@b.c"]:
        assert readability._has_email(text) == bool(readability._EMAIL.search(text)), text


@hypothesis_settings(max_examples=500, deadline=None)
@given(_text(_CONTACT_PIECES))
def test_linkedin_is_ruled_out_only_where_it_cannot_match(text: str) -> None:
    if not readability._may_name_linkedin(text):
        assert readability._LINKEDIN.search(text) is None


def test_linkedin_written_with_folding_letters_is_searched() -> None:
    # "lınkedın" (dotless i) matches the pattern ignoring case, but not in lower case.
    text = "www.l\u0131nked\u0131n.com/in/budi"
    assert readability._LINKEDIN.search(text) is not None
    assert readability._may_name_linkedin(text)


def _run_together_plainly(text: str) -> list[str]:
    # readability's search over the whole text, as it read before the shortcut.
    glued: list[str] = []
    for pattern in (readability._LONG_WORD, readability._GLUED):
        for hit in pattern.finditer(text):
            if hit.group(0) not in glued:
                glued.append(hit.group(0))
    return glued


@hypothesis_settings(max_examples=500, deadline=None)
@given(_text(_RUN_PIECES))
def test_run_together_words_are_found_among_the_long_words(text: str) -> None:
    assert readability._run_together(text) == _run_together_plainly(text)


def test_run_together_words_on_cases() -> None:
    texts = [
        "experienceSkills and AnalystPT",
        "a" * 22 + " " + "b" * 21,
        "xpertanggungjawabanpertanggungjawaban/dataAnalyst",
        "dataAnalysis_reportBuilder 3dataAnalyst",
        "a dataRepo b",  # the shortest glued word: 8 letters
    ]
    for text in texts:
        assert readability._run_together(text) == _run_together_plainly(text), text
    assert readability._run_together(texts[0]) == ["experienceSkills"]


# -- the JD's sentences, abbreviations, education lines and team names --

#: Pieces of posting text: sentence ends, capitals and abbreviations, plurals, hyphens and
#: slashes next to them, education words in any case, team phrases, Unicode spaces and
#: letters that fold to ASCII.
_JD_PIECES = [
    "We",
    "grow",
    ".",
    "!",
    "?",
    " ",
    "  ",
    "\n",
    "\u00a0",
    "\u2003",
    "A",
    "3",
    '"',
    "\u201c",
    "a",
    "GMV",
    "GMVs",
    "CTE",
    "s",
    "SQLX",
    "ABCDEFG",
    "-",
    "/",
    "_",
    "é",
    "É",
    "Bachelor's",
    "DEGREE",
    "s1",
    "S1",
    "Sarjana",
    "ph",
    "D",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "the",
    "our",
    "The",
    "Data",
    "Commercial",
    "team",
    "teams",
    "tim",
    "divisi",
    "Finance",
]
_JD_TEXTS = st.lists(st.sampled_from(_JD_PIECES), max_size=20).map("".join)
_SPACED_JD_TEXTS = st.lists(st.sampled_from(_JD_PIECES), max_size=14).map(" ".join)
_ANY_JD_TEXT = st.one_of(_JD_TEXTS, _SPACED_JD_TEXTS)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_ANY_JD_TEXT)
def test_sentences_split_where_the_plain_pattern_splits(text: str) -> None:
    plain = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“])")
    assert signals.SENTENCE_END.split(text) == plain.split(text)


@hypothesis_settings(max_examples=500, deadline=None)
@given(_ANY_JD_TEXT)
def test_abbreviations_are_the_plain_pattern_s(text: str) -> None:
    plain = re.compile(r"(?<![\w\-/])([A-Z]{2,6})(s?)(?![\w\-/])")
    found = [(m.span(), m.groups()) for m in signals._ABBREVIATION.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


@hypothesis_settings(max_examples=500, deadline=None)
@given(_ANY_JD_TEXT, st.sampled_from(["GMV", "CTE", "SQLX", "A"]))
def test_an_abbreviation_is_used_where_the_plain_search_finds_it(text: str, stem: str) -> None:
    plain = re.search(rf"(?<![\w\-]){re.escape(stem)}s?(?![\w\-])", text)
    assert signals._uses(text, stem) == bool(plain)


def test_an_abbreviation_is_used_on_cases() -> None:
    cases = {
        "GMV": True,
        "GMVs.": True,
        "GMV-based": False,
        "x-GMV": False,
        "GMVx GMV/": True,
        "GMVss": False,
        "aGMV": False,
        "GMV_": False,
    }
    for text, used in cases.items():
        plain = re.search(r"(?<![\w\-])GMVs?(?![\w\-])", text)
        assert signals._uses(text, "GMV") == used == bool(plain), text


def test_every_education_word_is_ruled_in() -> None:
    # Each word of skills.EDUCATION_LINE, as the pattern spells it, in three cases.
    words = EDUCATION_LINE.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|")
    assert len(words) > 15
    for word in words:
        word = word.replace("'?s?", "'s").replace("'?", "'")
        for text in (word, word.upper(), f"a {word.title()} in x"):
            assert EDUCATION_LINE.search(text), text
            assert is_education_line(text), text


@hypothesis_settings(max_examples=500, deadline=None)
@given(_ANY_JD_TEXT)
def test_team_names_are_found_where_the_patterns_find_them(text: str) -> None:
    for pattern, _, firsts in questions._TEAM_WORDS:
        plain = pattern.search(text)
        found = questions._search_from(pattern, text, firsts)
        assert (found and found.span()) == (plain and plain.span())


def test_team_names_on_cases() -> None:
    cases = {
        "Join the Commercial Analytics team today": "Commercial Analytics",
        "the team of our Data team": "Data",
        "bergabung dengan tim Finance dan divisi HR": "Finance",
    }
    for text, team in cases.items():
        found = [
            questions._search_from(pattern, text, firsts)
            for pattern, _, firsts in questions._TEAM_WORDS
        ]
        assert next(f.group(1).strip() for f in found if f) == team


def test_story_result_kinds_are_the_lines_fitting_kinds() -> None:
    # CvLines.result_kinds remembers fitting_kinds per CV; the stories and impact_check read it.
    from jdmatch.analysis import analyze
    from jdmatch.prep.bullets import fitting_kinds
    from jdmatch.weights import load_idf

    samples = Path(__file__).resolve().parent.parent / "samples" / "en"
    analysis = analyze(samples / "jd.pdf", samples / "cv.docx")
    lines = stories.CvLines(analysis.prep.bullets, load_idf())
    texts = [b.text for b in analysis.prep.bullets]
    texts += [" ".join(texts[:2]), "Reduced the time to close by two days", "Handled it"]
    for text in texts:
        assert lines.result_kinds(text) == fitting_kinds(text), text
        assert lines.result_kinds(text) is lines.result_kinds(text)
    for gap in analysis.prep.impact:
        assert gap.kinds == fitting_kinds(gap.bullet.text)
    for story in analysis.prep.stories:
        if not story.results:
            assert story.result_kinds == fitting_kinds(" ".join(b.text for b in story.bullets))


# -- measurable results: the count pattern ruled out by the line's words (cues._may_count) --


#: Pieces of CV lines around counts: units and numbers' words in two cases, words that hold
#: one ("often", "leads"), digits, and what may stand next to a unit without a space.
_COUNT_PIECES = sorted(
    {
        written
        for key in ("count_units", "number_words", "time_units", "percent")
        for word in cue_lists()["results"][key][:12]
        for written in (word, word.upper(), word.title())
    }
)
_COUNT_PIECES += ["often", "Attention", "individual", "network", "SKUs", "uſers", "ſix", "İtems"]
_COUNT_PIECES += [*"0123456789", "1,200", "25+", "PPh ", "_", "-", "/", ".", "%", "é", "ß"]
_COUNT_PIECES += [" ", " ", "\u00a0", "\u212a", "\u0131", "\u0663"]
_COUNT_LINES = st.lists(st.sampled_from(_COUNT_PIECES), max_size=12)
_ANY_COUNT_LINE = st.one_of(_COUNT_LINES.map("".join), _COUNT_LINES.map(" ".join))


@hypothesis_settings(max_examples=500, deadline=None)
@given(_ANY_COUNT_LINE)
def test_counts_are_ruled_out_only_where_the_pattern_finds_none(text: str) -> None:
    assert measurable_results(text) == _every_result(text)


def test_counts_ruled_out_by_the_words_on_cases() -> None:
    found = 0
    for unit in cue_lists()["results"]["count_units"]:
        for line in (
            f"Trained 12 {unit}",
            f"Served two {unit.upper()}/day",
            f"Led ten {unit}_x",
            f"Led 5 {unit}s and often {unit}",
            f"Led six new {unit}.",
            f"Often {unit}",
        ):
            assert measurable_results(line) == _every_result(line), line
            found += bool(_every_result(line))
    for line in ("Served 300 uſers", "Trained ſix analysts", "Trained \u212aix analysts"):
        assert measurable_results(line) == _every_result(line), line
    assert found > 400


# -- the kinds of number a line fits: the kinds' patterns looked up once (_kind_cues) --------


def _plain_kinds(text: str) -> tuple[str, ...]:
    # Each kind's cues counted over the whole text; the most first, ties in the kinds' order.
    counts = [(len(cue_pattern("impact_kinds", k).findall(text)), k) for k in impact_kinds()]
    ranked = sorted((c for c in counts if c[0]), key=lambda c: -c[0])
    return tuple(kind for _, kind in ranked[:MAX_IMPACT_KINDS]) or ("volume",)


_KIND_PIECES = sorted(
    {
        written
        for cues in cue_lists()["impact_kinds"].values()
        for cue in cues[:8]
        for written in (cue.rstrip("*"), cue.rstrip("*").upper(), cue.rstrip("*") + "ed")
    }
)
_KIND_PIECES += ["the", "data", "3", "-", "/", "ı", "İ", "ſ", "é"]
_KIND_LINES = st.lists(st.sampled_from(_KIND_PIECES), max_size=10)


@hypothesis_settings(max_examples=500, deadline=None)
@given(st.one_of(_KIND_LINES.map(" ".join), _KIND_LINES.map("".join)))
def test_fitting_kinds_are_those_of_every_kind_s_cues(text: str) -> None:
    assert fitting_kinds(text) == _plain_kinds(text)


def test_fitting_kinds_on_cases() -> None:
    kinds = set()
    for cues in cue_lists()["impact_kinds"].values():
        for cue in cues:
            word = cue.rstrip("*")
            for line in (word, f"Handled {word.upper()} and {word}", f"{word} then {word}ing"):
                assert fitting_kinds(line) == _plain_kinds(line), line
                kinds.add(fitting_kinds(line)[0])
    assert kinds == set(impact_kinds())

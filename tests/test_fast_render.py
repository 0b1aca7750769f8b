"""The shortcuts the Markdown report takes for speed give what the plain computation gives:
text that needs no escaping found by one scan, escaping by substitution instead of a
translation table, each skill's name escaped once per report, and lines quoted once per
document (a batch's anchor document is quoted alike in every report)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from jdmatch import memo, report
from jdmatch.analysis import Analysis, analyze_documents, load
from jdmatch.match import Evidence
from jdmatch.render_prep import Wording, clip
from jdmatch.settings import Settings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = {
    "en": (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
    "id": (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
}

#: Pieces where escaping may change a text: Markdown's characters, character references and
#: bare "&", list markers ("-", "+", "1.", "2)") at the start, digits of other scripts (٣, ²),
#: white space other than the space, doubled, leading or trailing.
_PIECES = [
    *"\\`*_{}[]<>|#!~&-+.)0123456789;", "&amp;", "&#60;", "&x", "\u0663", "\u00b2",
    " ", "  ", "\t", "\n", "\r", "\x0b", "\x1c", "\x85", "\xa0", "\u2003", "\u2028",
    "\u3000", "\u200b", "a", "Word", "SQL", "C++", "C#", "node_js", "é",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=14).map("".join),
    st.text(max_size=60),
)


def _plain_md_escape(text: str) -> str:
    # md_escape as first written: every text split into words and translated.
    table = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>|#!~"})
    escaped = " ".join(text.split()).translate(table)
    escaped = re.sub(r"&(?=#?[0-9A-Za-z]+;)", r"\\&", escaped)

    def list_start(match: re.Match[str]) -> str:
        marker = match.group(1)
        return "\\" + marker if len(marker) == 1 else marker[:-1] + "\\" + marker[-1]

    return re.sub(r"^([-+]|\d{1,9}[.)])(?=\s|$)", list_start, escaped)


@hypothesis_settings(max_examples=1500, deadline=None)
@given(_TEXTS)
def test_md_escape_is_the_plain_escape(text: str) -> None:
    assert report.md_escape(text) == _plain_md_escape(text)
    assert report.md_escape_spaced(report.single_spaced(text)) == _plain_md_escape(text)


def test_md_escape_changes_what_it_must() -> None:
    cases = {
        "plain words": "plain words",
        "R&D, Q&A": "R&D, Q&A",
        "&amp; &#60;": "\\&amp; &\\#60;",
        "- item": "\\- item",
        "12. done": "12\\. done",
        "3 years": "3 years",
        " a \t b ": "a b",
        "node_js *or* [C#]": "node\\_js \\*or\\* \\[C\\#\\]",
        "a\u00a0b": "a b",
    }
    for text, escaped in cases.items():
        assert report.md_escape(text) == escaped == _plain_md_escape(text), text
    assert report.md_escape(2024) == "2024"


# -- lines quoted once per document, names escaped once per report (render_prep.Wording) ----

#: Words of a line, with "İ" (lower-cased, two characters) and white space to squeeze.
_WORDS = ["Python", "python", "SQL", "dashboards", "a", "the", "and", ",", ".", "*", "[x]", "İ"]
_LINES = st.lists(
    st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", " ", "  ", "\t", "\n "])),
    min_size=1,
    max_size=60,
).map(lambda pieces: "".join(word + space for word, space in pieces))


@pytest.fixture(scope="module")
def sample() -> Analysis:
    """The analysis of the English sample pair."""
    return analyze_documents(load(PAIRS["en"][0], kind="jd"), load(PAIRS["en"][1], kind="cv"))


@hypothesis_settings(max_examples=300, deadline=None)
@given(
    st.lists(_LINES, min_size=1, max_size=3),
    st.lists(
        st.tuples(
            st.integers(0, 2),
            st.sampled_from(["", "Python", "python", "SQL", "dash"]),
            st.sampled_from([20, 40, 120, 240]),
            st.sampled_from(["", ".", " ."]),
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_quoted_lines_are_clipped_and_escaped(
    sample: Analysis, lines: list[str], quotes: list[tuple[int, str, int, str]]
) -> None:
    # A few lines, each quoted with other anchors, limits and ends, again and again, in a
    # fresh wording and in one that has quoted lines before: each its own plain quote.
    memo.forget()
    for w in (Wording(sample, report.strings("en")), Wording(sample, report.strings("id"))):
        for n, anchor, limit, end in quotes + quotes[::-1]:
            text = lines[n % len(lines)]
            plain = report.md_escape(clip(text, anchor, limit).rstrip(end))
            assert w.cv_text(text, anchor, limit, end) == plain
            assert w.jd_text(text, anchor, limit, end) == plain
            evidence = Evidence(line=1, section="experience", text=text, alias=anchor)
            assert w.jd(evidence) == report.md_escape(clip(text, anchor).rstrip("."))
            assert w.jd_line(text) == report.md_escape(text)
            assert w.cv_evidence(evidence) == report.md_escape(report.quote(evidence))


def test_skill_names_are_escaped_once_per_report(sample: Analysis) -> None:
    skills = [r.skill for r in sample.match.requirements]
    odd = [replace(skills[0], name="C# *and* [R]", name_id="")]  # an id seen, a new name
    for lang in ("en", "id"):
        w = Wording(replace(sample, lang=lang), report.strings(lang))
        for skill in skills + odd + skills[::-1] + odd:
            assert w.md_name(skill) == report.md_escape(skill.display_name(lang))
    assert w.md_name(odd[0]) == "C\\# \\*and\\* \\[R\\]"


def test_documents_reused_across_reports_are_quoted_as_fresh_ones() -> None:
    # A batch (one CV, many postings) and a ranking (one posting, many CVs), in both report
    # languages and in both orders: each report is the one fresh documents give.
    def fresh(jd_path: Path, cv_path: Path, lang: str) -> str:
        memo.forget()
        jd, cv = load(jd_path, kind="jd"), load(cv_path, kind="cv")
        return report.render(analyze_documents(jd, cv, settings=Settings(lang=lang)), "md")

    jd_paths = [PAIRS["en"][0], PAIRS["id"][0]]
    cv_paths = [PAIRS["en"][1], PAIRS["id"][1]]
    expected = {
        (j, c, lang): fresh(j, c, lang) for j in jd_paths for c in cv_paths for lang in ("en", "id")
    }
    for order in (1, -1):
        memo.forget()
        jds = {j: load(j, kind="jd") for j in jd_paths}
        cvs = {c: load(c, kind="cv") for c in cv_paths}
        for (j, c, lang), markdown in list(expected.items())[::order]:
            analysis = analyze_documents(jds[j], cvs[c], settings=Settings(lang=lang))
            assert report.render(analysis, "md") == markdown


def test_hard_requirements_quote_the_cv_as_found_text_does(sample: Analysis) -> None:
    from jdmatch.render_requirements import found_text

    checks = [c for c in sample.requirements if c.evidence]
    assert checks
    # And the same checks quoting long lines, cut to the table's width.
    long = " ".join(["Led the *data* team  of five", "C# and SQL\tdashboards"] * 12)
    checks += [
        replace(c, evidence=tuple(replace(e, text=f"{n} {long}") for e in c.evidence))
        for n, c in enumerate(checks)
    ]
    for lang in ("en", "id"):
        t = report.strings(lang)
        w = Wording(replace(sample, lang=lang), t)
        for check in checks + checks:
            assert found_text(check, t, None, w) == found_text(check, t)

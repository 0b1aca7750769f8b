"""Preparation: STAR stories, impact, questions, signals, checklist, readability; both languages."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from jdmatch.analysis import Analysis, analyze, analyze_documents
from jdmatch.parse import parse
from jdmatch.prep.bullets import fitting_kinds
from jdmatch.prep.cues import measurable_results
from jdmatch.prep.questions import important_gaps
from jdmatch.prep.stories import MAX_STORIES, MIN_STORIES, ranked_requirements
from jdmatch.report import render, strings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PAIRS = {
    "en": (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
    "id": (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def sample(request: pytest.FixtureRequest) -> Analysis:
    """The analysis of one bundled JD/CV pair."""
    jd, cv = PAIRS[request.param]
    return analyze(jd, cv)


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    """Both sample pairs, each reported in both languages."""
    return {
        f"{pair}-{lang}": analyze(*PAIRS[pair], lang=lang)
        for pair in PAIRS
        for lang in ("en", "id")
    }


# -- STAR stories ---------------------------------------------------------------------------


def test_stories_cite_lines_that_are_in_the_cv(sample: Analysis) -> None:
    cv = sample.cv
    assert sample.prep.stories
    for story in sample.prep.stories:
        for bullet in story.bullets:
            lines = cv.lines[bullet.line - 1 : bullet.last_line]
            assert bullet.text == " ".join(line.text for line in lines)
            assert all(line.section in ("experience", "projects") for line in lines)


def test_stories_are_three_to_six_and_answer_jd_requirements(sample: Analysis) -> None:
    stories = sample.prep.stories
    assert MIN_STORIES <= len(stories) <= MAX_STORIES
    asked = {r.skill.id for r in sample.match.requirements}
    for story in stories:
        assert story.answers, "a sample story answers named requirements"
        assert all(a.skill.id in asked for a in story.answers)
        assert sample.jd.lines[story.jd_line.line - 1].text == story.jd_line.text


def test_story_comes_with_its_job(sample: Analysis) -> None:
    for story in sample.prep.stories:
        job = story.experience
        assert job is not None and job.role and job.start
        assert job.first_line <= story.bullets[0].line <= job.last_line


def test_story_result_says_whether_it_is_measurable(sample: Analysis) -> None:
    for story in sample.prep.stories:
        assert story.measurable == bool(story.results)
        assert story.measurable or story.result_kinds
        for result in story.results:
            assert any(result in b.text for b in story.bullets)


def test_important_requirements_without_story_are_listed(sample: Analysis) -> None:
    told = {a.skill.id for s in sample.prep.stories for a in s.answers}
    ranked = ranked_requirements(sample.match, sample.jd)[:10]
    untold = {r.skill.id for r in sample.prep.without_story}
    assert {r.skill.id for r in ranked} <= told | untold
    assert not told & untold


def test_expected_stories_of_the_samples() -> None:
    en = analyze(*PAIRS["en"])
    by_skill = {a.skill.name: s for s in en.prep.stories for a in s.answers}
    assert by_skill["A/B Testing"].bullets[0].results == ("12%",)
    assert by_skill["Tableau"].answers[-1].via is not None  # told through Power BI
    assert "from 6 hours to 1 hour" in by_skill["pandas"].results
    id_ = analyze(*PAIRS["id"])
    by_skill = {a.skill.name: s for s in id_.prep.stories for a in s.answers}
    assert by_skill["PPh 21"].results == ("85 karyawan",)
    # A bullet that the PDF wrapped inside its brackets is read as one line, and told whole.
    statements = by_skill["Financial Statements"].bullets[0]
    assert statements.last_line == statements.line and "Gresik" in statements.text


# -- measurable results and impact --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "results"),
    [
        ("Increased conversion by 30% in one quarter.", ("30%",)),
        ("Menemukan selisih persediaan senilai Rp 200 juta.", ("Rp 200 juta",)),
        ("Waktu laporan turun dari 6 jam menjadi 1 jam.", ("dari 6 jam menjadi 1 jam",)),
        ("Menghitung PPh 21 untuk 85 karyawan.", ("85 karyawan",)),
        ("Cut preparation time from 6 hours to 1 hour.", ("from 6 hours to 1 hour",)),
        ("Built 25+ Power BI dashboards.", ("25+ Power BI dashboards",)),
        ("Mentor two junior analysts.", ("two junior analysts",)),
        ("Grew revenue 3x to $1.5M.", ("3x", "$1.5M")),
        ("Menaikkan penjualan 15 persen.", ("15 persen",)),
        ("Menghitung PPh 21 karyawan setiap bulan.", ()),
        ("Analyst with 5 years of experience since 2019.", ()),
        ("Certified PL-300, IELTS 7.0, Excel 2016.", ()),
        ("Work in two-week Agile sprints.", ()),
    ],
)
def test_measurable_results(text: str, results: tuple[str, ...]) -> None:
    assert measurable_results(text) == results


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Automated the weekly report with Python.", "time_saved"),
        ("Melakukan rekonsiliasi bank harian.", "error_rate"),
        ("Mentor two junior analysts.", "people"),
        ("Mengarsip faktur, nota dan bukti pembayaran.", "volume"),
        ("Grew sales in the East Java region.", "target"),
    ],
)
def test_kind_of_number_that_fits_a_line(text: str, kind: str) -> None:
    assert fitting_kinds(text)[0] == kind


def test_impact_check_lists_exactly_the_lines_without_a_number(sample: Analysis) -> None:
    listed = {g.bullet.line for g in sample.prep.impact}
    assert listed == {b.line for b in sample.prep.bullets if not b.results}
    assert all(g.kinds for g in sample.prep.impact)


# -- likely questions ---------------------------------------------------------------------


def test_each_skill_question_names_a_skill_of_the_jd(analyses: dict[str, Analysis]) -> None:
    for name, analysis in analyses.items():
        asked = {r.skill.id for r in analysis.match.requirements}
        report = render(analysis, "md")
        technical = [q for q in analysis.prep.questions if q.kind == "technical"]
        assert technical, name
        for question in technical:
            assert question.skills and all(s.id in asked for s in question.skills)
            assert question.jd_line is not None
            assert all(f"**{s.display_name(analysis.lang)}**" in report for s in question.skills)


def test_each_important_gap_has_a_probing_question(sample: Analysis) -> None:
    gaps = important_gaps(sample.match, ranked_requirements(sample.match, sample.jd))
    assert gaps
    probed = {s.id for q in sample.prep.questions if q.kind == "gap" for s in q.skills}
    assert {g.skill.id for g in gaps} <= probed


def test_classic_questions_are_there_and_tied_to_the_jd(sample: Analysis) -> None:
    classic = {q.kind: q for q in sample.prep.questions if q.kind not in ("technical", "gap")}
    assert set(classic) == {"deadline", "disagreement", "failure"}
    for question in classic.values():
        assert question.jd_line is not None
        assert question.cv_line is not None or question.story is not None
    lines = [q.cv_line.line for q in classic.values() if q.cv_line]
    assert len(lines) == len(set(lines)), "each classic question gets its own CV line"


def test_hints_point_to_real_stories(sample: Analysis) -> None:
    for question in sample.prep.questions:
        if question.story is not None:
            assert 1 <= question.story <= len(sample.prep.stories)


# -- reverse questions, vocabulary, signals, checklist ------------------------------------


def test_reverse_questions_are_specific(sample: Analysis) -> None:
    reverse = sample.prep.reverse_questions
    assert 5 <= len(reverse) <= 8
    kinds = [q.kind for q in reverse]
    assert kinds[:3] == ["success", "challenge", "tools"]
    tools = next(q for q in reverse if q.kind == "tools")
    asked = {r.skill.id for r in sample.match.requirements if r.skill.category == "tool"}
    assert tools.skills and {s.id for s in tools.skills} <= asked


def test_tool_choice_question_reads_alternatives_from_the_jd() -> None:
    id_ = analyze(*PAIRS["id"])
    choice = next(q for q in id_.prep.reverse_questions if q.kind == "tool_choice")
    assert {s.name for s in choice.skills} == {"Accurate", "Zahir"}


def test_vocabulary_uses_the_documents_own_words(sample: Analysis) -> None:
    assert sample.prep.vocabulary
    for term in sample.prep.vocabulary:
        first = term.term.split(" / ")[0]
        assert first.lower() in sample.jd.text.lower()
        if term.shared:
            assert term.cv_term and term.cv_term.lower() in sample.cv.text.lower()


def test_workflow_signals_of_the_samples() -> None:
    en = {s.kind: s for s in analyze(*PAIRS["en"]).prep.signals}
    assert {"agile", "cross_functional", "remote_hybrid", "reporting_line"} <= set(en)
    assert en["agile"].cv_lines  # the CV plans in sprints too
    id_ = {s.kind: s for s in analyze(*PAIRS["id"]).prep.signals}
    assert {"travel", "deadlines"} <= set(id_)
    assert "dinas" in id_["travel"].jd_lines[0].text


def test_checklist_is_computed(sample: Analysis) -> None:
    items = {c.kind: c for c in sample.prep.checklist}
    assert list(items) == ["concrete_results", "team_process", "honest_gaps", "enthusiasm"]
    results = items["concrete_results"]
    assert results.total == len(sample.prep.bullets)
    assert results.count == len(sample.prep.impact)
    assert items["team_process"].signals == tuple(s.kind for s in sample.prep.signals)
    assert items["honest_gaps"].skills
    assert items["enthusiasm"].facts


# -- readability --------------------------------------------------------------------------


def test_readability_of_a_clean_docx_and_a_canva_style_pdf() -> None:
    en = {c.kind: c for c in analyze(*PAIRS["en"]).prep.readability}
    assert all(c.ok for c in en.values()), [c for c in en.values() if not c.ok]
    assert en["file_type"].found == ("docx",)
    assert set(en["contact"].found) == {"email", "phone", "linkedin"}
    id_ = {c.kind: c for c in analyze(*PAIRS["id"]).prep.readability}
    assert not id_["reading_order"].ok and not id_["letter_spaced"].ok
    assert id_["reading_order"].examples[0] == "KONTAK"


def test_readability_finds_missing_sections_and_contact() -> None:
    jd = parse("Requirements:\n- SQL and Excel\n", kind="jd", name="jd.txt")
    cv = parse(
        "Budi\nWorkexperienceAtPTContohSejahtera and moreGluedWordsTogetherHere\n"
        "Skills\nSQL, Excel\n",
        kind="cv",
        name="cv.txt",
    )
    checks = {c.kind: c for c in analyze_documents(jd, cv).prep.readability}
    assert not checks["file_type"].ok
    assert set(checks["sections"].missing) == {"experience", "education"}
    assert set(checks["contact"].missing) == {"email", "phone"}
    assert not checks["run_together"].ok


# -- documents without work lines ---------------------------------------------------------


def test_a_cv_without_jobs_still_gets_a_full_report() -> None:
    jd = parse(
        "Responsibilities\n- Build dashboards in Tableau every week.\n"
        "Requirements\n- Strong SQL and Python.\n",
        kind="jd",
        name="jd.txt",
    )
    cv = parse("Siti\nsiti@example.com\nSkills\nSQL, Python\n", kind="cv", name="cv.txt")
    analysis = analyze_documents(jd, cv)
    assert analysis.prep.stories == () and analysis.prep.bullets == ()
    for lang in ("en", "id"):
        report = render(replace(analysis, lang=lang), "md")
        assert strings(lang)["no_work_lines"] in report


# -- wording: both languages --------------------------------------------------------------


def test_strings_files_have_the_same_keys_and_placeholders() -> None:
    en, id_ = strings("en"), strings("id")
    assert set(en) == set(id_)
    placeholders = re.compile(r"\{(\w+)\}")
    for key in en:
        assert set(placeholders.findall(en[key])) == set(placeholders.findall(id_[key])), key


def _template_fragments(text: str) -> list[str]:
    # The literal parts of a string between its placeholders, long enough to be unique.
    return [p.strip(' .,:;"') for p in re.split(r"\{\w+\}", text) if len(p.split()) >= 3]


def test_indonesian_report_has_no_english_template_text(analyses: dict[str, Analysis]) -> None:
    en = strings("en")
    for name in ("en-id", "id-id"):
        report = render(analyses[name], "md")
        # Quotes of the documents may be English; the report's own words may not.
        own = re.sub(r'"[^"\n]*"', "", report)
        for key, value in en.items():
            for fragment in _template_fragments(value):
                assert fragment not in own, (name, key, fragment)


def test_indonesian_strings_read_as_indonesian() -> None:
    english = re.compile(r"\b(?:the|and|your|you|with|what|which|how|this|that|for|of|to|is|are)\b")
    for key, value in strings("id").items():
        words = re.sub(r"\{\w+\}|\"[^\"]*\"", "", value)
        assert not english.search(words), (key, value)


def test_every_section_is_in_both_languages(analyses: dict[str, Analysis]) -> None:
    headings = (
        "stories_heading",
        "impact_heading",
        "questions_heading",
        "reverse_heading",
        "vocabulary_heading",
        "signals_heading",
        "checklist_heading",
        "ats_heading",
    )
    for name, analysis in analyses.items():
        report = render(analysis, "md")
        t = strings(analysis.lang)
        for key in headings:
            assert f"## {t[key]}\n" in report, (name, key)


def test_json_carries_the_same_facts(sample: Analysis) -> None:
    data = json.loads(render(sample, "json"))["prep"]
    assert len(data["stories"]) == len(sample.prep.stories)
    assert data["stories"][0]["cv_lines"][0]["text"] == sample.prep.stories[0].bullets[0].text
    assert {q["kind"] for q in data["questions"]} >= {"technical", "gap", "deadline"}
    assert len(data["reverse_questions"]) == len(sample.prep.reverse_questions)
    assert [c["kind"] for c in data["readability"]] == [c.kind for c in sample.prep.readability]


# -- determinism --------------------------------------------------------------------------


def test_same_input_same_report_whatever_the_hash_seed() -> None:
    # Set order depends on the hash seed: a report that leaked it would differ between runs.
    code = (
        "import sys, jdmatch; a = jdmatch.analyze(sys.argv[1], sys.argv[2]);"
        "sys.stdout.write(jdmatch.render(a, 'md') + jdmatch.render(a, 'json'))"
    )
    jd, cv = PAIRS["id"]
    outputs = set()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", code, str(jd), str(cv)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_readme_excerpt_is_from_the_english_sample_report() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    part = readme.split("## Preparing for the interview", 1)[1].split("\n## ", 1)[0]
    excerpt = part.split("```markdown\n", 1)[1].split("```", 1)[0]
    report = (ROOT / "tests" / "golden" / "en" / "report.md").read_text(encoding="utf-8")
    for line in excerpt.splitlines():
        if line.strip() and line.strip() != "…":
            assert line in report.splitlines(), line

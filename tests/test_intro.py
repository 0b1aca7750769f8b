""" "Tell me about yourself" and fit with the hiring manager: grounded in real lines, both
languages, and graceful when the CV or the JD says little."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from jdmatch.analysis import Analysis, analyze, analyze_documents
from jdmatch.match import Evidence
from jdmatch.model import Document
from jdmatch.parse import parse
from jdmatch.prep.intro import current_job, result_strength, spoken_clause
from jdmatch.prep.questions import important_gaps
from jdmatch.prep.stories import ranked_requirements
from jdmatch.report import markdown_context, render, strings

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
PAIRS = {
    "en": (SAMPLES / "en" / "jd.pdf", SAMPLES / "en" / "cv.docx"),
    "id": (SAMPLES / "id" / "jd.pdf", SAMPLES / "id" / "cv.pdf"),
}


@pytest.fixture(scope="module", params=sorted(PAIRS))
def sample(request: pytest.FixtureRequest) -> Analysis:
    return analyze(*PAIRS[request.param])


def _flat(text: str) -> str:
    return " ".join(text.split())


def assert_cites(document: Document, evidence: Evidence) -> None:
    """The evidence is text of the document, starting on the line it names."""
    assert _flat(evidence.text) in _flat(document.text), evidence
    line = document.lines[evidence.line - 1]
    first = _flat(evidence.text)[:20]
    assert first in _flat(line.text) or _flat(line.text) in _flat(evidence.text), evidence
    assert line.section == evidence.section


# -- the outline cites real lines ---------------------------------------------------------


def test_outline_cites_real_cv_and_jd_lines(sample: Analysis) -> None:
    intro = sample.prep.introduction
    assert intro is not None
    assert intro.current is not None and intro.current_line is not None
    assert_cites(sample.cv, intro.current_line)
    assert intro.current.role and intro.current.role in intro.current_line.text
    assert intro.strengths
    for strength in intro.strengths:
        assert_cites(sample.cv, strength.cv_line)
        assert_cites(sample.jd, strength.jd_line)
        # The strength is a skill the JD asks for and the CV shows.
        assert strength.skill.id in {m.skill.id for m in sample.match.matched}
    assert 2 <= len(intro.achievements) <= 3
    for achievement in intro.achievements:
        bullet = achievement.bullet
        assert bullet.results and _flat(bullet.text) in _flat(sample.cv.text)
        if achievement.story is not None:
            assert bullet in sample.prep.stories[achievement.story - 1].bullets
    assert intro.company
    for fact in intro.company:
        assert _flat(fact.text.rstrip(" …")) in _flat(sample.jd.text)
    assert intro.role_line is not None
    assert_cites(sample.jd, intro.role_line)


def test_expected_outline_of_the_samples() -> None:
    en = analyze(*PAIRS["en"]).prep.introduction
    assert en is not None and en.current is not None
    assert en.current.organisation == "Ladangpintar (online grocery)"
    # The best numbers: a before-and-after first, then shares; each is a STAR story.
    assert [a.bullet.line for a in en.achievements] == [9, 10, 11]
    assert all(a.story is not None for a in en.achievements)
    assert en.company[0].text.startswith("Kiosara is an online marketplace")
    id_ = analyze(*PAIRS["id"]).prep.introduction
    assert id_ is not None and id_.current is not None
    assert id_.current.role == "Staff Accounting" and id_.current.end == "Sekarang"
    assert [a.bullet.line for a in id_.achievements][:2] == [40, 43]
    assert id_.company[0].text.startswith("PT Cahaya Bangun Sentosa adalah perusahaan")


def test_draft_is_spoken_from_the_documents_and_ends_on_the_role() -> None:
    analysis = analyze(*PAIRS["en"])
    intro = markdown_context(analysis)["intro"]
    draft = intro["draft"]
    assert draft.startswith("I'm a Data Analyst at Ladangpintar,")
    # A verb-led CV bullet becomes the speaker's own sentence, its words kept.
    assert "I automated the weekly sales pack with Python (pandas)" in draft
    assert "I read that Kiosara is an online marketplace" in draft
    assert draft.endswith("to your team.") and "Data Analyst role" in draft.split(". ")[-1]
    words = len(re.findall(r"\w+", draft))
    assert f"about {words} words, about {round(words / 2.5)} seconds" in intro["tips"][0]
    assert 60 <= words / 2.5 <= 90
    id_draft = markdown_context(analyze(*PAIRS["id"]))["intro"]["draft"]
    assert id_draft.startswith("Saat ini saya bekerja sebagai Staff Accounting di PT Mitra")
    assert "saya mempercepat closing bulanan dari 10 hari menjadi 5 hari" in id_draft
    assert "Saya membaca bahwa PT Cahaya Bangun Sentosa adalah perusahaan distributor" in id_draft


def test_a_line_in_another_language_is_quoted_not_spoken() -> None:
    analysis = analyze(*PAIRS["id"], lang="en")
    draft = markdown_context(analysis)["intro"]["draft"]
    assert '"Mempercepat closing bulanan' in draft
    assert "I read that" not in draft  # the JD's Indonesian sentence stays a quote


@pytest.mark.parametrize(
    ("better", "worse"),
    [
        ("from 6 hours to 1 hour", "25+ Power BI dashboards"),
        ("12%", "85 karyawan"),
        ("Rp 200 juta", "300 transaksi"),
        ("dari 10 hari menjadi 5 hari", "5 hari"),
    ],
)
def test_stronger_results_rank_first(better: str, worse: str) -> None:
    assert result_strength(better) > result_strength(worse)


@pytest.mark.parametrize(
    ("line", "lang", "clause"),
    [
        ("Automated the weekly sales pack.", "en", "automated the weekly sales pack"),
        ("Built and maintain 25+ dashboards", "en", "built and maintain 25+ dashboards"),
        ("Mentor two junior analysts", "en", "mentor two junior analysts"),
        ("Power BI dashboards for sales", "en", None),
        ("SQL, Python and Excel", "en", None),
        ("Menemukan selisih persediaan.", "id", "menemukan selisih persediaan"),
        ("Laporan keuangan bulanan", "id", None),
    ],
)
def test_spoken_clause_only_from_a_verb(line: str, lang: str, clause: str | None) -> None:
    assert spoken_clause(line, lang) == clause


# -- graceful when the documents say little -------------------------------------------------

BARE_JD = (
    "Data Analyst\n"
    "Responsibilities\n"
    "- Build dashboards in Tableau every week.\n"
    "Requirements\n"
    "- Strong SQL and Python.\n"
)


def test_no_jobs_and_no_company_say_so() -> None:
    jd = parse(BARE_JD, kind="jd", name="jd.txt")
    cv = parse("Siti\nsiti@example.com\nSkills\nSQL, Python\n", kind="cv", name="cv.txt")
    analysis = analyze_documents(jd, cv)
    intro = analysis.prep.introduction
    assert intro is not None
    assert intro.current is None and intro.current_line is None and intro.company == ()
    for lang in ("en", "id"):
        t = strings(lang)
        report = render(replace(analysis, lang=lang), "md")
        assert f"## {t['intro_heading']}" in report
        assert t["intro_present_none"] in report
        assert t["intro_past_none"] in report
        assert t["intro_future_no_company"].format(company=t["company_fallback"]) in report
        assert f"## {t['manager_heading']}" in report
        assert t["manager_none"] in report  # the JD says nothing about how the team works
        for kind in ("style", "feedback"):
            assert t[f"mq_{kind}"] in report


def test_no_jobs_but_a_summary_opens_with_the_summary() -> None:
    jd = parse(BARE_JD, kind="jd", name="jd.txt")
    cv = parse(
        "Siti\nSummary\nData analyst with 3 years of SQL reporting. I like clean data.\n"
        "Skills\nSQL, Python\n",
        kind="cv",
        name="cv.txt",
    )
    intro = analyze_documents(jd, cv).prep.introduction
    assert intro is not None and intro.current is None
    assert intro.current_line is not None
    assert intro.current_line.text == "Data analyst with 3 years of SQL reporting."
    assert_cites(cv, intro.current_line)


# -- fit with the manager -----------------------------------------------------------------------


def test_manager_signals_of_the_samples() -> None:
    en = analyze(*PAIRS["en"])
    fit = en.prep.manager
    assert fit is not None
    kinds = {s.kind: s for s in fit.signals}
    assert set(kinds) == {"reporting_line", "autonomy", "collaboration"}
    assert kinds["reporting_line"].jd_line.alias == "report to"
    # "the monthly management report for the board" is no line manager: not quoted.
    assert kinds["reporting_line"].cv_line is None
    assert kinds["collaboration"].cv_line is not None
    assert kinds["collaboration"].cv_line.alias == "cross-functional"
    for signal in fit.signals:
        assert_cites(en.jd, signal.jd_line)
        assert signal.jd_line.alias.lower() in signal.jd_line.text.lower()
        if signal.cv_line is not None:
            assert_cites(en.cv, signal.cv_line)
    # Openness to direction is about the gaps the report names, heaviest first.
    ranked = ranked_requirements(en.match, en.jd)
    assert fit.gaps == important_gaps(en.match, ranked)[:3]
    assert [g.skill.name for g in fit.gaps] == ["Tableau", "Customer Retention", "Data Quality"]
    assert fit.learning is not None and "Power BI" in fit.learning.text  # Tableau's relative
    id_ = analyze(*PAIRS["id"])
    assert id_.prep.manager is not None
    kinds = {s.kind: s for s in id_.prep.manager.signals}
    assert {"autonomy", "collaboration", "pace", "travel"} <= set(kinds)
    assert kinds["travel"].jd_line.alias == "dinas"
    # A motorbike licence is no travel: Hard requirements says travel is not in the CV.
    assert kinds["travel"].cv_line is None
    # "terbiasa bekerja dengan tenggat closing yang ketat" shows the deadlines, and the
    # gaps agree: Time Management is matched on it.
    pace = kinds["pace"]
    assert pace.cv_line is not None and pace.shown and "tenggat" in pace.cv_line.text
    matched = {m.skill.id: m for m in id_.match.matched}
    assert "time-management" in matched
    assert matched["time-management"].evidence[0].line == pace.cv_line.line
    learning = id_.prep.manager.learning
    assert learning is not None
    # A course the PDF wrapped over two lines is quoted whole.
    assert learning.text == "Pelatihan Accurate 5 untuk Perusahaan Dagang, 2020"
    assert_cites(id_.cv, learning)


def test_manager_questions_do_not_repeat_the_reverse_questions(sample: Analysis) -> None:
    fit = sample.prep.manager
    assert fit is not None and 1 <= len(fit.questions) <= 2
    asked = {q.topic for q in sample.prep.reverse_questions if q.kind == "workflow"}
    same = {"reporting_line": "reporting_line", "pace": "deadlines"}
    assert not {q.kind for q in fit.questions if same.get(q.kind) in asked}


def test_sections_in_both_languages_and_in_json(sample: Analysis) -> None:
    for lang in ("en", "id"):
        t = strings(lang)
        report = render(replace(sample, lang=lang), "md")
        for key in ("intro_heading", "manager_heading", "manager_questions_heading"):
            assert t[key] in report
        assert report.index(t["intro_heading"]) < report.index(t["questions_heading"])
    data = json.loads(render(sample, "json"))["prep"]
    assert data["introduction"]["achievements"][0]["results"]
    assert {s["kind"] for s in data["manager"]["signals"]} == {
        s.kind
        for s in sample.prep.manager.signals  # type: ignore[union-attr]
    }


def test_current_job_is_the_one_parse_marks_ongoing() -> None:
    # "November" contains "now"; the job that runs to the present is the second one listed.
    cv = parse(
        "Budi\nExperience\nData Analyst | PT Satu | Mar 2018 - November 2020\n"
        "- Built SQL reports for finance.\n"
        "Senior Data Analyst | PT Dua | Dec 2020 - Present\n- Built Power BI dashboards.\n",
        kind="cv",
        name="cv.txt",
    )
    assert current_job(cv) is not None
    assert current_job(cv).role == "Senior Data Analyst"  # type: ignore[union-attr]


MANAGER_JD = (
    "Admin Cabang\nKualifikasi:\n- Menguasai Microsoft Excel\n"
    "- Bersedia sesekali dinas ke kantor cabang\n"
    "- Mampu bekerja di bawah tekanan\n"
    "- You will report to the Finance Manager\n"
)


def test_manager_quotes_no_line_that_only_comes_near_the_way_of_working() -> None:
    jd = parse(MANAGER_JD, kind="jd", name="jd.txt")
    cv = parse(
        "Rina\nPengalaman\nAdmin | PT Satu | Jan 2020 - Sekarang\n"
        "- Menyusun laporan bulanan di Microsoft Excel untuk direksi dan manajemen.\n"
        "- Menyelesaikan closing bulanan lebih cepat.\n"
        "Sertifikasi\nSIM C & motor pribadi\n",
        kind="cv",
        name="cv.txt",
    )
    analysis = analyze_documents(jd, cv)
    assert analysis.prep.manager is not None
    kinds = {s.kind: s for s in analysis.prep.manager.signals}
    assert {"travel", "pace", "reporting_line"} <= set(kinds)
    assert all(kinds[k].cv_line is None for k in ("travel", "pace", "reporting_line"))


def test_manager_words_a_line_near_a_soft_skill_gap_as_the_closest_only() -> None:
    # The JD line asks for working under pressure, a gap of the report; the CV's "urgent"
    # line comes near it, but may not be quoted as showing it.
    jd = parse(MANAGER_JD, kind="jd", name="jd.txt")
    cv = parse(
        "Rina\nPengalaman\nAdmin | PT Satu | Jan 2020 - Sekarang\n"
        "- Mengerjakan permintaan mendesak dari cabang di Microsoft Excel.\n",
        kind="cv",
        name="cv.txt",
    )
    analysis = analyze_documents(jd, cv)
    assert "work-under-pressure" in {g.skill.id for g in analysis.match.missing}
    assert analysis.prep.manager is not None
    pace = next(s for s in analysis.prep.manager.signals if s.kind == "pace")
    assert pace.cv_line is not None and not pace.shown
    for lang in ("en", "id"):
        t = strings(lang)
        report = render(replace(analysis, lang=lang), "md")
        near = t["manager_cv_near"].split("{quote}")[0]
        assert near in report
        assert t["manager_cv"].split("{quote}")[0] not in report
    data = json.loads(render(analysis, "json"))["prep"]["manager"]["signals"]
    assert next(s for s in data if s["kind"] == "pace")["shown"] is False

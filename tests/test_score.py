"""The fit score: its parts, their weights, and the orderings a person would expect."""

from __future__ import annotations

from datetime import date

import pytest

from jdmatch.analysis import Analysis, analyze_documents
from jdmatch.match import combine, score_if_shown
from jdmatch.parse import parse
from jdmatch.report import render_markdown, strings
from jdmatch.settings import SCORE_WEIGHTS, Settings
from jdmatch.weights import document_similarity, load_idf, stop_words, words_shown

JD = """Machine Learning Engineer

Requirements
- Build machine learning models in Python with PyTorch and scikit-learn.
- Train deep learning models for natural language processing and computer vision.
- Deploy models to production and evaluate them; feature engineering with pandas.
- Minimum 3 years of experience; a Bachelor's degree in Computer Science.
"""

ML_CV = """Dewi Lestari
Machine Learning Engineer

Experience
Machine Learning Engineer, Kiosara, Jan 2021 - Present
- Trained deep learning models in PyTorch for natural language processing.
- Built computer vision models with scikit-learn and pandas and deployed them to production.

Education
Bachelor of Computer Science, Universitas Indonesia, 2016 - 2020

Skills
Python, PyTorch, scikit-learn, pandas, deep learning, computer vision
"""

WEB_CV = """Budi Santoso
Web Developer

Experience
Web Developer, Tokoku, Jan 2025 - Present
- Built online shop pages in PHP and Laravel with MySQL.
- Designed landing pages in HTML, CSS and JavaScript with jQuery and WordPress.

Skills
PHP, Laravel, MySQL, HTML, CSS, JavaScript, jQuery, WordPress
"""

# The ML CV's skills plus a long list of web work: the same JD skills, less focus.
MIXED_CV = (
    ML_CV
    + """
Projects
- Built online shop pages in PHP and Laravel with MySQL.
- Designed landing pages in HTML, CSS and JavaScript with jQuery, WordPress and Bootstrap.

Other skills
PHP, Laravel, MySQL, HTML, CSS, JavaScript, jQuery, WordPress, Bootstrap, Figma
"""
)


TODAY = date(2026, 1, 1)  # "Present" ends here, so the years never drift


def analysis(jd: str, cv: str, lang: str | None = None) -> Analysis:
    return analyze_documents(
        parse(jd, kind="jd"), parse(cv, kind="cv"), settings=Settings(lang=lang, today=TODAY)
    )


def parts(result: Analysis) -> dict[str, float]:
    return {p.name: p.value for p in result.match.score.parts}


def test_the_shipped_weights_sum_to_one() -> None:
    assert sum(SCORE_WEIGHTS.values()) == pytest.approx(1.0)
    assert all(0 < w < 1 for w in SCORE_WEIGHTS.values())


def test_every_score_has_all_parts_and_its_weights_sum_to_one() -> None:
    score = analysis(JD, ML_CV).match.score
    assert [p.name for p in score.parts] == list(SCORE_WEIGHTS)
    assert sum(p.weight for p in score.parts) == pytest.approx(1.0, abs=1e-3)
    assert score.total == round(sum(p.points for p in score.parts))


def test_a_cv_with_the_jobs_role_and_skills_scores_above_one_with_neither() -> None:
    ml, web = analysis(JD, ML_CV), analysis(JD, WEB_CV)
    assert ml.score > web.score + 30
    ml_parts, web_parts = parts(ml), parts(web)
    for name in SCORE_WEIGHTS:
        assert ml_parts[name] > web_parts[name], name


def test_off_topic_skills_lower_the_focus_but_not_the_skills_shown() -> None:
    focused, mixed = parts(analysis(JD, ML_CV)), parts(analysis(JD, MIXED_CV))
    assert mixed["skills"] == pytest.approx(focused["skills"])
    assert mixed["focus"] < focused["focus"] - 0.2


def test_the_role_part_is_left_out_without_a_jd_title_and_the_weights_rescaled() -> None:
    values = {"skills": 0.5, "focus": 0.5, "text": 0.5, "role": None}
    score = combine(values)
    assert [p.name for p in score.parts] == ["skills", "focus", "text"]
    assert sum(p.weight for p in score.parts) == pytest.approx(1.0, abs=1e-3)
    assert score.total == 50


def test_combine_takes_other_weights() -> None:
    values = {"skills": 1.0, "focus": 0.0, "text": 0.0, "role": 0.0}
    assert combine(values, {"skills": 1.0, "focus": 0.0, "text": 0.0, "role": 0.0}).total == 100
    assert combine(values, {"skills": 0.0, "focus": 0.5, "text": 0.5, "role": 0.0}).total == 0


def test_words_shown_weighs_rare_words_more() -> None:
    idf = load_idf()
    python_only = words_shown("Senior Python Engineer", "I write Python every day.", idf)
    engineer_only = words_shown("Senior Python Engineer", "I am an engineer.", idf)
    assert python_only is not None and engineer_only is not None
    assert 1 / 3 < python_only < 1
    assert engineer_only < python_only
    assert words_shown("Senior Python Engineer", "Senior Python engineer.", idf) == 1.0
    assert words_shown("Senior Python Engineer", "Akuntan pajak", idf) == 0.0
    assert words_shown("123 - 456", "anything", idf) is None


def test_document_similarity_keeps_what_a_text_dwells_on() -> None:
    # Plain counts: the CV that is mostly about the JD's main subject is the closer one.
    jd = "Tax accountant. Tax reports, tax audits and tax planning; some payroll."
    mostly_tax = "Tax accountant: tax reports, tax audits, tax filings. Payroll once."
    mostly_payroll = "Payroll officer: payroll, payroll audits, payroll reports. Tax once."
    assert document_similarity(jd, mostly_tax) > document_similarity(jd, mostly_payroll)
    assert document_similarity(jd, jd) == pytest.approx(1.0)
    assert document_similarity(jd, "Pemrograman") == 0.0


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_report_shows_every_part_with_its_label(lang: str) -> None:
    t = strings(lang)
    result = analysis(JD, ML_CV, lang=lang)
    report = render_markdown(result)
    score = result.match.score
    for part in score.parts:
        label = t[f"part_{part.name}"]
        row = next(line for line in report.splitlines() if line.startswith(f"| {label} |"))
        assert f"{round(part.weight * 100)}%" in row
        assert f"{part.points:.1f}".replace(".", t["decimal_separator"]) in row
    assert f"**{score.total}**" in report


def test_showing_a_missing_skill_raises_the_skills_shown_and_the_focus() -> None:
    m = analysis(JD, MIXED_CV).match
    assert m.missing
    before = {p.name: p.value for p in m.score.parts}
    for gap in m.missing:
        after = {p.name: p.value for p in score_if_shown(m, gap).parts}
        assert after["skills"] > before["skills"]
        assert after["focus"] > before["focus"]
        assert (after["text"], after["role"]) == (before["text"], before["role"])


def test_document_similarity_ignores_function_words_in_both_languages() -> None:
    # Grammar shared by two texts about different work is no similarity at all...
    assert document_similarity("the tax and the audit of the year", "the code and the tests") == 0.0
    assert document_similarity("yang dan dengan pajak", "yang dan dengan kode") == 0.0
    # ...and a text's grammar does not dilute the words it shares.
    assert document_similarity("Python and SQL for the data team", "python sql data team") == (
        pytest.approx(1.0)
    )
    assert document_similarity("pengalaman dengan Python yang baik", "Python pengalaman") == (
        pytest.approx(1.0)
    )


def test_stop_words_are_function_words_only() -> None:
    words = stop_words()
    assert {"the", "and", "of", "yang", "dengan", "untuk"} <= words
    # Content words a job or a CV is about stay in the text part.
    content = {"system", "data", "python", "pajak", "sales", "detail", "computer", "kerja"}
    assert not content & words
    assert all(w == w.lower() and w.isalpha() for w in words)


def test_texts_in_different_languages_leave_the_text_part_out() -> None:
    # Word counts compare words: an Indonesian CV shares few with an English posting whatever
    # the fit, so the text part is left out and the report says why.
    cv_id = """Dewi Lestari
Machine Learning Engineer

Pengalaman
- Membangun model machine learning dengan Python, PyTorch dan scikit-learn untuk
  memprediksi permintaan pelanggan di perusahaan ritel.
- Menyiapkan data dengan pandas dan SQL, lalu menyajikan hasilnya kepada tim bisnis.
- Memasang model ke produksi dengan Docker dan memantau kinerjanya setiap minggu.
"""
    result = analysis(JD, cv_id, lang="en")
    assert (result.jd.language, result.cv.language) == ("en", "id")
    assert result.match.text_similarity is None
    assert "text" not in [p.name for p in result.match.score.parts]
    assert sum(p.weight for p in result.match.score.parts) == pytest.approx(1.0, abs=1e-3)
    assert strings("en")["score_text_language"] in render_markdown(result)
    same = analysis(JD, ML_CV, lang="en")
    assert same.match.text_similarity is not None
    assert "text" in [p.name for p in same.match.score.parts]


def test_a_posting_of_one_line_leaves_the_text_part_out() -> None:
    result = analysis("Machine Learning Engineer\n\nPython, PyTorch.\n", ML_CV, lang="en")
    assert result.match.text_similarity is None
    assert strings("en")["score_text_short"] in render_markdown(result)

"""Hard requirements: JD patterns in English and Indonesian, the CV's record (dates, overlaps,
"Present", missing dates, education, languages) and their comparison."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from jdmatch.analysis import analyze_documents
from jdmatch.model import Experience
from jdmatch.parse import DATE_RANGE, parse, read_date
from jdmatch.report import render, strings
from jdmatch.requirements import (
    INFO_KINDS,
    KINDS,
    HardRequirement,
    RequirementCheck,
    hard_requirements,
    job_span,
    met_share,
    read_candidate,
    read_hard_requirements,
    reference_month,
)
from jdmatch.settings import Settings
from jdmatch.skills import document_mentions

FIXTURE = Path(__file__).parent / "fixtures" / "cv_snippets.json"
#: The issue's target: years within ±0.5 and the education level exact on 90% of snippets.
TARGET_ACCURACY = 0.90
YEARS_TOLERANCE = 0.5


def _jd(text: str) -> tuple[HardRequirement, ...]:
    doc = parse(text, kind="jd")
    return read_hard_requirements(doc, document_mentions(doc))


def _cv(text: str, today: date = date(2025, 1, 1)):
    doc = parse(text, kind="cv")
    return read_candidate(doc, document_mentions(doc), today=today)


def _one(text: str, kind: str) -> HardRequirement:
    found = [r for r in _jd("Requirements:\n- " + text) if r.kind == kind]
    assert len(found) == 1, (text, _jd("Requirements:\n- " + text))
    return found[0]


# -- the fixture --------------------------------------------------------------------------------


def fixture_accuracy() -> tuple[float, list[str]]:
    """Share of the fixture's snippets with years within ±0.5 and the level exact."""
    data = json.loads(FIXTURE.read_text("utf-8"))
    today = date.fromisoformat(data["today"])
    wrong = []
    for snippet in data["snippets"]:
        record = _cv(snippet["text"], today)
        level = record.education.level if record.education else None
        years, truth = record.total_years, snippet["total_years"]
        years_ok = (years is None) == (truth is None) and (
            truth is None or abs(years - truth) <= YEARS_TOLERANCE
        )
        if not (years_ok and level == snippet["education"]):
            wrong.append(f"{snippet['id']}: {years} years, {level}")
    return 1 - len(wrong) / len(data["snippets"]), wrong


def test_fixture_accuracy_meets_the_target() -> None:
    data = json.loads(FIXTURE.read_text("utf-8"))
    assert len(data["snippets"]) >= 20
    assert {s["lang"] for s in data["snippets"]} == {"en", "id"}
    accuracy, wrong = fixture_accuracy()
    print(f"CV snippets: years ±{YEARS_TOLERANCE} and level exact on {accuracy:.0%}")
    assert accuracy >= TARGET_ACCURACY, wrong


# -- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2019 – Present", "2019-01", None),
        ("Maret 2017 - Sekarang", "2017-03", None),
        ("03/2015 – 06/2016", "2015-03", "2016-06"),
        ("2018 - 2020", "2018", "2020"),
        ("Agustus 2016 s/d Juli 2018", "2016-08", "2018-07"),
        ("Sept. 2019 to now", "2019-09", None),
        ("2021-03 – 2023-02", "2021-03", "2023-02"),
        ("Mei 2019 - saat ini", "2019-05", None),
        ("Okt 2021 - Skrg", "2021-10", None),
        ("Desember 2020 - Februari 2021", "2020-12", "2021-02"),
    ],
)
def test_date_ranges_in_both_languages(text: str, start: str, end: str | None) -> None:
    found = DATE_RANGE.search(f"Staff | PT Contoh | {text}")
    assert found is not None
    assert read_date(found.group("start")) == start
    assert read_date(found.group("end")) == end


def test_month_names_inside_words_are_no_dates() -> None:
    found = DATE_RANGE.search("Gamar 2019 - now")
    assert found is not None and found.group("start") == "2019"  # not "mar 2019"
    assert read_date("Summary 2019") is None


def _job(start: str | None, end: str | None, ongoing: bool = False) -> Experience:
    return Experience(None, None, start, end, 1, 1, start_date=start, end_date=end, ongoing=ongoing)


def test_job_spans_months_years_and_present() -> None:
    now = reference_month(date(2025, 1, 1))
    assert job_span(_job("2019-01", "2019-06"), now) == (2019 * 12, 2019 * 12 + 6)  # six months
    start, end = job_span(_job("2018", "2020"), now)
    assert end - start == 24  # a year alone is mid-year: two years
    start, end = job_span(_job("2022-01", None, ongoing=True), now)
    assert (end - start) / 12 == 3.0
    assert job_span(_job("2026-01", None, ongoing=True), now) is None  # starts after today
    assert job_span(_job(None, None), now) is None
    start, end = job_span(_job("2019", "2019"), now)
    assert end - start == 6  # within one year


def test_present_counts_to_the_injected_today() -> None:
    text = "Experience\nAnalyst | PT A | Jan 2020 – Present\n- Did things.\n"
    assert _cv(text, date(2022, 1, 1)).total_years == 2.0
    assert _cv(text, date(2024, 7, 1)).total_years == 4.5
    assert _cv(text, date(2024, 7, 1)).reference == "2024-07"


def test_overlapping_jobs_count_once() -> None:
    text = (
        "Pengalaman Kerja\nAdmin - PT A | Januari 2018 - Desember 2020\n- Input data.\n"
        "Freelance - CV B | Juni 2019 - Juni 2021\n- Desain.\n"
    )
    record = _cv(text)
    assert [job.years for job in record.jobs] == [3.0, 2.1]
    assert record.total_years == 3.5  # Jan 2018 to Jun 2021, not 5.1


def test_missing_dates_give_no_years_unless_the_summary_says() -> None:
    undated = "Experience\nSales Executive, PT Segar\n- Sold things.\n"
    assert _cv(undated).total_years is None
    assert _cv(undated).total_source == "none"
    stated = "Summary\nSales executive with 4+ years of experience in FMCG.\n" + undated
    record = _cv(stated)
    assert (record.total_years, record.total_source) == (4.0, "statement")
    dated = stated + "Junior Sales, PT Lain, 2019 - 2020\n- Sold more.\n"
    assert _cv(dated).total_years == 1.0  # dated jobs beat the summary's claim


def test_organisations_keep_their_skills_out_of_the_years() -> None:
    text = (
        "PENGALAMAN KERJA\nKasir - Toko Z | 2021 - 2023\n- Melayani pembayaran.\n"
        "PENGALAMAN ORGANISASI\nBendahara - Himpunan Akuntansi | 2017 - 2019\n"
        "- Menyusun anggaran.\n"
    )
    record = _cv(text)
    assert [job.experience.section for job in record.jobs] == ["experience", "organisation"]
    assert record.total_years == 2.0


def test_years_per_skill_merge_the_jobs_that_name_it() -> None:
    text = (
        "Experience\nData Analyst | PT A | Jan 2020 – Dec 2021\n- Wrote SQL and Python reports.\n"
        "BI Analyst | PT B | Jan 2021 – Dec 2022\n- Wrote SQL for dashboards.\n"
        "Intern | PT C | Jan 2019 – Jun 2019\n- Cleaned data in Excel.\n"
    )
    years = dict(_cv(text).skill_years)
    assert years["sql"] == 3.0  # 2020-2022 once, not 2 + 2
    assert years["python"] == 2.0
    assert years["microsoft-excel"] == 0.5


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("S1 Teknik Informatika, Universitas Gunadarma", "bachelor", "Teknik Informatika"),
        ("Bachelor of Commerce, University of Melbourne", "bachelor", "Commerce"),
        ("SMK Negeri 2 Surabaya, Jurusan Akuntansi", "secondary", "Akuntansi"),
        ("SMA Negeri 1 Bandung", "secondary", None),
        ("D3 Akuntansi - Politeknik Negeri Jakarta", "d3", "Akuntansi"),
        ("Master of Science in Data Science, ITB", "master", "Data Science"),
        (
            "Bachelor of Science (S.Si.) in Statistics, Universitas Cendana",
            "bachelor",
            "Statistics",
        ),
        ("PhD in Physics, University of Tokyo", "doctorate", "Physics"),
        ("MBA, Prasetiya Mulya Business School", "master", None),
    ],
)
def test_education_level_and_field(line: str, level: str, field: str | None) -> None:
    education = _cv(f"Education\n{line}\n").education
    assert education is not None
    assert (education.level, education.field) == (level, field)


def test_the_highest_education_wins() -> None:
    education = _cv("Pendidikan\nS1 Akuntansi, Univ A\nS2 Magister Manajemen, Univ B\n").education
    assert education is not None and education.level == "master"


def test_languages_and_their_levels() -> None:
    record = _cv(
        "Bahasa\nBahasa Indonesia - aktif\nBahasa Inggris - menengah\nFluent in Japanese\n"
    )
    levels = {s.skill_id: s.level for s in record.languages}
    assert levels == {"indonesian": "fluent", "english": "intermediate", "japanese": "fluent"}


# -- the JD -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years", "skills"),
    [
        ("3+ years of Python", "3", ("python",)),
        ("At least 5 years' experience in financial reporting", "5", ("financial-statements",)),
        ("Minimal 2 tahun di bidang akuntansi", "2", ("accounting",)),
        ("Pengalaman min. 1 tahun", "1", ()),
        ("Pengalaman kerja minimal 2 tahun sebagai sales", "2", ("sales",)),
        ("Berpengalaman minimal 6 bulan di posisi yang sama", "0.5", ()),
        ("Minimum of two years of relevant experience", "2", ()),
        ("2-4 years of experience in a similar role", "2", ()),
    ],
)
def test_experience_in_the_jd(line: str, years: str, skills: tuple[str, ...]) -> None:
    requirement = _one(line, "experience")
    assert (requirement.wanted, requirement.skills) == (years, skills)


@pytest.mark.parametrize(
    "line",
    [
        "Fresh graduate dipersilakan melamar",
        "Fresh graduates are welcome to apply",
        "Terbuka untuk fresh graduate",
        "Tidak harus berpengalaman",
    ],
)
def test_fresh_graduates_welcome_means_no_years(line: str) -> None:
    assert _one(line, "experience").wanted == "0"


def test_fresh_graduates_make_stated_years_a_wish() -> None:
    found = _jd("Kualifikasi:\n- Pengalaman minimal 1 tahun\n- Fresh graduate dipersilakan\n")
    levels = {r.wanted: r.level for r in found if r.kind == "experience"}
    assert levels == {"1": "nice", "0": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "Since 2010 we have served customers for 15 years.",
        "Usia 25-35 tahun",
        "Kontrak 1 tahun, dapat diperpanjang",
        "IPK minimal 3,00",
    ],
)
def test_numbers_that_are_no_years_of_experience(line: str) -> None:
    assert not [r for r in _jd("Requirements:\n- " + line) if r.kind == "experience"]


@pytest.mark.parametrize(
    ("line", "level", "fields", "related"),
    [
        ("Pendidikan minimal S1 Akuntansi", "bachelor", "Akuntansi", False),
        (
            "Bachelor's degree in Computer Science or related field",
            "bachelor",
            "Computer Science",
            True,
        ),
        ("D3/S1 Teknik", "d3", "Teknik", False),
        ("Lulusan SMA/SMK sederajat", "secondary", None, None),
        ("Master's degree in Statistics, Economics or Mathematics", "master", None, False),
        ("S1 semua jurusan", "bachelor", None, None),
    ],
)
def test_education_in_the_jd(line: str, level: str, fields: str | None, related) -> None:
    assert _one(line, "education").wanted == level
    field = [r for r in _jd("Requirements:\n- " + line) if r.kind == "field_of_study"]
    if related is None:
        assert not field
    else:
        assert len(field) == 1 and field[0].related_ok is related
        if fields:
            assert field[0].wanted == fields


def test_amazon_s3_is_no_doctorate() -> None:
    assert not [
        r for r in _jd("Requirements:\n- Store files in AWS S3 buckets") if r.kind == "education"
    ]


def test_languages_licences_certificates_place_and_terms() -> None:
    found = _jd(
        "Kualifikasi:\n- Bahasa Inggris aktif\n- Memiliki SIM C\n- Memiliki sertifikat Brevet A\n"
        "- Bersedia ditempatkan di seluruh Indonesia\n- Willing to travel\n- Penempatan Jakarta\n"
        "- Status karyawan kontrak, full-time\n- Remote work possible\n"
    )
    by_kind: dict[str, list[str]] = {}
    for r in found:
        by_kind.setdefault(r.kind, []).append(r.wanted)
    assert by_kind["language"] == ["fluent"]
    assert by_kind["licence"] == ["sim-c"]
    assert by_kind["certification"] == ["brevet-a"]
    assert by_kind["relocation"] == ["yes"]
    assert by_kind["travel"] == ["yes"]
    assert by_kind["location"] == ["Jakarta"]
    # Remote, hybrid or on-site is how the work is arranged, not the kind of employment.
    assert sorted(by_kind["employment_type"]) == ["contract", "full_time"]
    assert by_kind["work_arrangement"] == ["remote"]
    assert "work_arrangement" in INFO_KINDS


def test_words_that_only_look_like_terms() -> None:
    found = _jd(
        "Responsibilities:\n- Handle contract management with vendors and remote monitoring "
        "of hybrid cloud systems during the shift to new tools\n"
    )
    assert not [r for r in found if r.kind == "employment_type"]


def test_age_gender_and_marital_status_are_information_only() -> None:
    found = _jd("Kualifikasi:\n- Pria/Wanita, usia maksimal 30 tahun, belum menikah\n")
    personal = {r.kind: r.wanted for r in found if r.kind in INFO_KINDS}
    assert personal == {"age": "max:30", "gender": "any", "marital_status": "unmarried"}
    jd = parse("Kualifikasi:\n- Wanita, usia 20-28 tahun\n", kind="jd")
    cv = parse("Pengalaman Kerja\nAdmin | PT A | 2019 - 2021\n- Input.\n", kind="cv")
    checks, _ = hard_requirements(
        jd, cv, document_mentions(jd), document_mentions(cv), today=date(2025, 1, 1)
    )
    assert {c.kind: (c.wanted, c.status) for c in checks} == {
        "age": ("range:20-28", "info"),
        "gender": ("female", "info"),
    }
    assert met_share(checks) is None  # never scored


# -- the comparison -----------------------------------------------------------------------------

ID_JD = """Lowongan Staff Accounting
Kualifikasi:
- Pendidikan minimal S1 Akuntansi
- Pengalaman minimal 2 tahun di bidang akuntansi
- Bahasa Inggris aktif
- Memiliki SIM A
- Penempatan Surabaya
"""
ID_CV = """Rina Lestari
Surabaya | rina@example.com
Pengalaman Kerja
Staff Accounting - PT A | Jan 2020 - Sekarang
- Menyusun laporan akuntansi bulanan.
Admin Gudang - PT B | Jan 2018 - Des 2019
- Mencatat stok.
Pendidikan
D3 Akuntansi, Politeknik Negeri Malang
Bahasa
Bahasa Inggris - menengah
"""


def _checks(jd_text: str, cv_text: str, today: date = date(2025, 1, 1)):
    jd, cv = parse(jd_text, kind="jd"), parse(cv_text, kind="cv")
    return hard_requirements(jd, cv, document_mentions(jd), document_mentions(cv), today=today)


def test_each_requirement_met_or_not_with_its_evidence() -> None:
    checks, record = _checks(ID_JD, ID_CV)
    assert record.total_years == 7.0
    status = {c.kind: (c.found, c.status) for c in checks}
    assert status["experience"] == ("5", "met")  # 5 years in the job that names accounting
    assert status["education"] == ("d3", "not_met")
    assert status["field_of_study"] == ("Akuntansi", "met")
    assert status["language"] == ("intermediate", "not_met")  # aktif wanted
    assert status["licence"] == (None, "not_met")
    assert status["location"][1] == "met"
    experience = next(c for c in checks if c.kind == "experience")
    assert experience.evidence[0].text.startswith("Staff Accounting - PT A")
    assert met_share(checks) == round(3 / 6, 4)


def test_a_licence_of_the_same_family_is_named_but_does_not_count() -> None:
    # A private car licence is no commercial one, but the report names it.
    checks, _ = _checks(
        "Requirements:\n- Memiliki SIM A Umum\n", "Lainnya\nSIM A & mobil pribadi\n"
    )
    assert [(c.found, c.status, c.source) for c in checks] == [("SIM A", "not_met", "family")]
    checks, _ = _checks("Requirements:\n- Memiliki SIM A\n", "Lainnya\nSIM C & motor pribadi\n")
    assert [(c.found, c.status, c.source) for c in checks] == [(None, "not_met", "")]


def test_years_short_of_the_requirement_are_not_met() -> None:
    checks, _ = _checks(
        "Requirements:\n- 5+ years of experience\n- 3+ years of Python\n",
        "Experience\nDeveloper | PT A | Jan 2021 – Dec 2022\n- Built Python services.\n"
        "Tester | PT B | Jan 2019 – Dec 2020\n- Tested apps by hand.\n",
    )
    assert [(c.wanted, c.found, c.status) for c in checks] == [
        ("5", "4", "not_met"),
        ("3", "2", "not_met"),
    ]


def test_a_field_the_cv_never_names_is_unknown_not_missed() -> None:
    checks, _ = _checks(
        "Requirements:\n- 2+ years of experience in Kubernetes\n",
        "Experience\nEngineer | PT A | Jan 2018 – Dec 2022\n- Built services.\n",
    )
    assert [(c.found, c.status) for c in checks] == [("5", "unknown")]


@pytest.mark.parametrize(
    ("jd_line", "cv_job"),
    [
        # The taxonomy does not know the field: the job's title names it.
        ("Pengalaman minimal 1 tahun di bidang gudang", "Staff Gudang – PT Maju"),
        # Affixed: "pergudangan" is the field "gudang".
        ("Pengalaman minimal 1 tahun di bidang gudang", "Admin Pergudangan – PT Maju"),
        ("3+ years of experience as a data analyst or similar", "Data Analyst | PT Maju"),
        ("2+ years of experience as a barista", "Head Barista | Kopi Kita"),
    ],
)
def test_years_in_a_field_count_the_jobs_whose_title_names_it(jd_line: str, cv_job: str) -> None:
    checks, _ = _checks(
        f"Requirements:\n- {jd_line}\n",
        f"Pengalaman Kerja\n{cv_job} | Februari 2020 - sekarang\n- Mengecek stok barang\n",
    )
    assert [(c.found, c.status, c.source) for c in checks] == [("4.9", "met", "skill_jobs")]
    assert checks[0].evidence[0].text.startswith(cv_job)


@pytest.mark.parametrize(
    "jd_line",
    ["3+ years of experience as a data analyst", "Pengalaman minimal 1 tahun di bidang gudang"],
)
def test_a_field_of_work_no_dated_job_names_is_not_met(jd_line: str) -> None:
    # Every job is dated and none is in the field: the CV shows no years in it.
    checks, _ = _checks(
        f"Requirements:\n- {jd_line}\n",
        "Experience\nStaff Accounting | PT A | Jan 2018 – Dec 2022\n- Prepared journals.\n"
        "Admin Keuangan | PT B | Jan 2016 – Dec 2017\n- Filed invoices.\n",
    )
    assert [(c.found, c.status, c.source) for c in checks] == [("7", "not_met", "no_field_jobs")]
    assert len(checks[0].evidence) == 2  # the jobs it looked at
    # With no dated job, only the summary's years: the CV does not say in which field.
    checks, _ = _checks(
        f"Requirements:\n- {jd_line}\n", "Summary\nAccountant with 8 years of experience.\n"
    )
    assert [(c.found, c.status) for c in checks] == [("8", "unknown")]


def test_undated_cv_leaves_years_unknown() -> None:
    checks, _ = _checks(
        "Requirements:\n- Minimum 3 years of experience\n",
        "Experience\nEngineer, PT A\n- Built services.\n",
    )
    assert [(c.found, c.status) for c in checks] == [(None, "unknown")]


def test_the_cv_language_counts_for_the_language_it_is_written_in() -> None:
    checks, _ = _checks(
        "Requirements:\n- Good English communication skills\n",
        "Summary\nAnalyst with a strong record in the retail sector.\n",
    )
    assert [(c.found, c.status, c.source) for c in checks] == [("fluent", "met", "cv_language")]


def test_met_share_weighs_nice_to_have_at_half() -> None:
    def check(status: str, level: str = "required") -> RequirementCheck:
        return RequirementCheck("licence", 1, "", "sim-c", None, None, status, (), level)

    assert met_share(()) is None
    assert met_share((check("unknown"), check("info"))) is None
    assert met_share((check("met"), check("not_met", "nice"))) == round(1 / 1.5, 4)


# -- in the analysis and the report --------------------------------------------------------------


def test_the_analysis_and_both_reports_show_the_requirements() -> None:
    jd, cv = parse(ID_JD, kind="jd"), parse(ID_CV, kind="cv")
    settings = Settings(today=date(2025, 1, 1))
    analysis = analyze_documents(jd, cv, settings=settings)
    assert analysis.requirements and analysis.candidate is not None
    assert analysis.requirements_met_share == 0.5
    report_id = render(analysis, "md")
    assert "## Syarat pokok" in report_id and "✗ belum terpenuhi" in report_id
    report_en = render(replace(analysis, lang="en"), "md")
    assert "## Hard requirements" in report_en and "D3 diploma" in report_en
    data = json.loads(render(analysis, "json"))["hard_requirements"]
    assert data["met_share"] == 0.5
    assert data["candidate"]["total_years"] == 7.0
    assert {c["kind"] for c in data["checks"]} >= {"experience", "education", "language"}


def test_reports_do_not_change_with_the_day_when_today_is_fixed() -> None:
    jd, cv = parse(ID_JD, kind="jd"), parse(ID_CV, kind="cv")
    first = analyze_documents(jd, cv, settings=Settings(today=date(2025, 1, 1)))
    later = analyze_documents(jd, cv, settings=Settings(today=date(2026, 1, 1)))
    assert first.candidate.total_years == 7.0 and later.candidate.total_years == 8.0
    again = analyze_documents(jd, cv, settings=Settings(today=date(2025, 1, 1)))
    assert render(first, "md") == render(again, "md")


@pytest.mark.parametrize(
    "text",
    [
        "word " * 60,  # long, with spaces to cut at
        "x" * 300,  # one long token: no space to cut at
        "https://example.com/" + "a" * 200 + " tail",
    ],
)
def test_long_quotes_are_cut_to_a_readable_length(text: str) -> None:
    from jdmatch.model import Line
    from jdmatch.render_requirements import QUOTE_MAX, found_text

    evidence = Line(1, 0, text, "experience")
    check = RequirementCheck(
        "licence", 1, text, "sim-c", "SIM C", "SIM C", "met", (evidence,), source="cv"
    )
    quote = found_text(check, strings("en")).split(": ", 1)[1].strip('"')
    assert quote.endswith("…")
    assert 20 <= len(quote) <= QUOTE_MAX + 1
    assert text.startswith(quote.rstrip("…").replace("\\", ""))


def test_the_hard_part_of_the_score_names_what_it_counts() -> None:
    # met_share counts every kind that can be met: the label must not promise fewer.
    counted = set(KINDS) - INFO_KINDS
    assert {"location", "relocation", "travel"} <= counted
    for lang, words in (("en", ("place", "travel")), ("id", ("lokasi", "dinas"))):
        label = strings(lang)["part_hard"].lower()
        assert all(word in label for word in words), (lang, label)
